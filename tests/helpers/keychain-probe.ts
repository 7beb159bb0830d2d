import { createLayeredSecrets, KeychainSecrets } from '../../electron/core/config/secrets';

/**
 * Run in a child process by tests/integration/keychain.test.ts, with whatever D-Bus address the test
 * sets: tries to save a key through the layered secrets and prints one JSON line with the outcome.
 * A child keeps a keychain call that hangs, and the environment it needs, away from the test runner.
 * Usage: tsx tests/helpers/keychain-probe.ts TIMEOUT_MS
 */
const timeoutMs = Number(process.argv[2] ?? '3000');
const keychain = new KeychainSecrets({ service: 'switchyard-probe', timeoutMs });
const secrets = createLayeredSecrets({ keychain, env: {}, envVars: { acme: 'ACME_KEY' } });
const started = performance.now();
try {
  await secrets.set('acme', 'sk-probe-secret-value');
  await secrets.delete('acme');
  console.log(JSON.stringify({ ok: true, ms: performance.now() - started }));
} catch (error) {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  console.log(JSON.stringify({ ok: false, name, code, message, ms: performance.now() - started }));
}
process.exit(0);
