import type { CliIo } from '../cli-io';
import { UsageError } from '../cli-io';

interface RawTty extends NodeJS.ReadableStream {
  isTTY: true;
  setRawMode(mode: boolean): unknown;
}

const isRawTty = (stream: NodeJS.ReadableStream): stream is RawTty =>
  'isTTY' in stream && stream.isTTY === true && 'setRawMode' in stream && typeof stream.setRawMode === 'function';

/**
 * Reads a secret from stdin: on a terminal without echo (raw mode, prompt on stderr), else the piped
 * input. Either way the key never appears on screen or in shell history.
 */
export async function readSecret(io: CliIo, prompt: string): Promise<string> {
  if (isRawTty(io.stdin)) return readHidden(io.stdin, io.stderr, prompt);
  let text = '';
  for await (const chunk of io.stdin) text += String(chunk);
  return text.trim();
}

function readHidden(stdin: RawTty, stderr: NodeJS.WritableStream, prompt: string): Promise<string> {
  stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error) => {
      stdin.removeListener('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of String(chunk)) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') return finish(new UsageError('Cancelled; no key was saved.'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}
