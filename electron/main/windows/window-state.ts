import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

const boundsSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().min(320), height: z.number().int().min(240) });
export type WindowBounds = z.infer<typeof boundsSchema>;
const fileSchema = z.record(z.string(), boundsSchema);

/** Size and position per window name, in one small JSON file; a missing or broken file gives the defaults. */
export function loadBounds(file: string, name: string): WindowBounds | undefined {
  try {
    return fileSchema.parse(JSON.parse(readFileSync(file, 'utf8')))[name];
  } catch {
    return undefined;
  }
}

export function saveBounds(file: string, name: string, bounds: WindowBounds): void {
  let all: Record<string, WindowBounds> = {};
  try {
    all = fileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    // first save, or a broken file that this write replaces
  }
  const parsed = boundsSchema.safeParse(bounds);
  if (!parsed.success) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...all, [name]: parsed.data }));
}
