import { z } from 'zod';

export const capabilitiesSchema = z.object({
  tools: z.boolean().default(false),
  vision: z.boolean().default(false),
  jsonSchema: z.boolean().default(false),
  embeddings: z.boolean().default(false),
});
export type Capabilities = z.infer<typeof capabilitiesSchema>;

/** A model the engine can route to, local or cloud. */
export interface ModelInfo {
  id: string;
  /** `local` for GGUF models on this machine, else the cloud provider's id. */
  provider: string;
  kind: 'local' | 'cloud';
  contextLength: number;
  capabilities: Capabilities;
  loaded?: boolean;
}
