/**
 * Source of the worker thread that makes the actual keychain calls. The synchronous @napi-rs/keyring
 * calls run there, so a keyring that hangs (locked, waiting on a prompt) never blocks the engine's event
 * loop and the caller can give up after a timeout. Plain CommonJS so it runs unchanged under Node, tsx,
 * Vitest and Electron (an `eval` worker needs no file on disk or TypeScript loader).
 */
export const keychainWorkerSource = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { Entry } = require(workerData.modulePath);
function run(message) {
  const entry = new Entry(workerData.service, message.account, workerData.options);
  switch (message.op) {
    case 'get': return entry.getPassword() ?? null;
    case 'has': return entry.getPassword() !== null;
    case 'set': entry.setPassword(message.value); return null;
    case 'delete': return entry.deleteCredential();
    default: throw new Error('unknown keychain operation');
  }
}
parentPort.on('message', (message) => {
  try {
    parentPort.postMessage({ id: message.id, ok: true, value: run(message) });
  } catch (error) {
    parentPort.postMessage({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
`;
