/** Streams a command writes to; injected so tests can capture them. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export const processIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });

/** A command's mistake by the user: printed as one line, no stack, exit code 2. */
export class UsageError extends Error {}
