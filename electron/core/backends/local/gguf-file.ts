import { constants } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import { InvalidRequestError } from '../../../../shared/errors';

const GGUF_MAGIC = 'GGUF';

/**
 * Checks that `path` is a readable GGUF file before it joins the model list, with a message a person can act
 * on. Only the four magic bytes are read, and they are never echoed back (the path may name any file).
 */
export async function assertGgufFile(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new InvalidRequestError(`No file at ${path}; check the path (it is read on the machine running Switchyard).`, 'path', 'model_file_not_found');
  if (!info.isFile()) throw new InvalidRequestError(`${path} is not a file; give the path of a .gguf file.`, 'path', 'model_file_not_found');
  try {
    await access(path, constants.R_OK);
  } catch {
    throw new InvalidRequestError(`${path} cannot be read by Switchyard; check its permissions.`, 'path', 'model_file_unreadable');
  }
  const handle = await open(path, 'r');
  try {
    const magic = Buffer.alloc(4);
    const { bytesRead } = await handle.read(magic, 0, 4, 0);
    if (bytesRead < 4 || magic.toString('latin1') !== GGUF_MAGIC) {
      throw new InvalidRequestError(`${path} is not a GGUF model file (it does not start with the GGUF signature).`, 'path', 'not_gguf');
    }
  } finally {
    await handle.close();
  }
  return info.size;
}
