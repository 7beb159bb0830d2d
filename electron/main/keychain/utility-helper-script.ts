import { keychainHelperSource } from '../../core/config/secrets';

/**
 * The keychain helper as a file for Electron's utilityProcess: a packaged app's RunAsNode fuse is off, so
 * `process.execPath -e` cannot run it. A utility process talks through `process.parentPort`, not
 * `process.send`; the prelude maps one onto the other so the helper source stays the same for both launchers.
 */
export const utilityHelperScript = String.raw`
if (typeof process.send !== 'function' && process.parentPort) {
  const port = process.parentPort;
  process.send = (message) => port.postMessage(message);
  port.on('message', (event) => process.emit('message', event.data));
}
` + keychainHelperSource;
