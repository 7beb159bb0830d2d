import { describe, expect, it } from 'vitest';
import { scanText } from '../../../electron/core/privacy';

/** Everything the scanner reports, as "TYPE:text". */
const findings = (text: string): string[] => scanText(text).spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('look-alikes do not fire (whole scanner)', () => {
  it.each([
    ['order numbers', 'Your order #4111111111111111 and order 1234-5678-9012 shipped; tracking 1Z999AA10123456784.'],
    ['ISBNs', 'ISBN 978-0-306-40615-7 and ISBN-10 0-306-40615-2, also 9780306406157.'],
    ['versions', 'Upgrade from v2.10.3.1 to version 3.0.0.12; node 20.19.0; build 4521; Release 1.2.3.4 is out.'],
    ['hashes', 'sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709, md5 d41d8cd98f00b204e9800998ecf8427e, sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['UUIDs', 'request 123e4567-e89b-12d3-a456-426614174000 and 550e8400-e29b-41d4-a716-446655440000 failed'],
    ['timestamps', 'at 2024-11-21T12:30:45.123Z, 12:30:45, 1700000000000 ms, 21/11/2024 10:45 and 2024-11-21 08:00:00'],
    ['amounts', 'It costs $1,234,567.89 or €4.111,11, 12.5% off, total 4111111111 cents'],
    ['code mentioning keys', 'const key = process.env.OPENAI_API_KEY;\napi_key = os.environ["ANTHROPIC_API_KEY"]\nheaders = {"Authorization": f"Bearer {token}"}\nOPENAI_API_KEY=sk-...\nexport GITHUB_TOKEN=YOUR_TOKEN_HERE\naws_secret_access_key = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['numeric tables', '| n | a | b |\n| 1 |  3   6  10  15 |\n| 2 |  5   9  14  20 |\nrange 1495-1505, ports 8080-8090'],
    ['math and physics', 'Solve 3x^2 + 2x - 1 = 0; e = 2.718281828459045; c = 299792458 m/s; pi ≈ 3.14159265358979'],
    ['coordinates and sizes', 'lat 48.8566, lon 2.3522; image 1920x1080; matrix 3x3; see section 10.5 of the spec'],
  ])('%s', (_name, text) => expect(findings(text)).toEqual([]));
});
