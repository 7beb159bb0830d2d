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
  /** Expected quality on the routing ladder, 1 (smallest) … 5 (frontier), when settings declare it. */
  quality?: number;
  /** Local models: parameter count from the GGUF header, which ranks them on the ladder. */
  parameters?: number;
  /** Cloud models: US dollars per million output tokens, which ranks them on the ladder. */
  outputPrice?: number;
  /** Cloud-protocol models served on this machine (a base URL on loopback): reachable without a network. */
  onThisMachine?: boolean;
  loaded?: boolean;
  /**
   * Local models whose inference host process died: `crashed` restarts on the next request, `down` (after
   * repeated crashes in a row) waits until the model is loaded again. Absent while healthy.
   */
  status?: { state: 'crashed' | 'down'; reason: string };
}
