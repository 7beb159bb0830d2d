/**
 * Source of the helper process that makes the actual keychain calls. @napi-rs/keyring blocks the
 * calling thread (even its constructor talks to D-Bus), and a locked or hung keyring may never answer;
 * only a separate process can be abandoned then (a stuck worker thread would also hang process exit).
 * Plain CommonJS, configured through the environment, so it runs as `node -e` or as a file.
 */
export const keychainHelperSource = String.raw`
const modulePath = process.env.SWITCHYARD_KEYRING_MODULE;
const service = process.env.SWITCHYARD_KEYRING_SERVICE;
let Entry;
let loadError;
try {
  ({ Entry } = require(modulePath));
} catch (error) {
  loadError = 'the keychain library failed to load: ' + (error instanceof Error ? error.message : String(error));
}
function run(message) {
  if (loadError) throw new Error(loadError);
  const entry = new Entry(service, message.account, { linux: { store: 'secret-service' } });
  switch (message.op) {
    case 'get': return entry.getPassword() ?? null;
    case 'has': return entry.getPassword() !== null;
    case 'set': entry.setPassword(message.value); return null;
    case 'delete': return entry.deleteCredential();
    default: throw new Error('unknown keychain operation');
  }
}
process.on('message', (message) => {
  try {
    process.send({ id: message.id, ok: true, value: run(message) });
  } catch (error) {
    process.send({ id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
process.on('disconnect', () => process.exit(0));
`;
