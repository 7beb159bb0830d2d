import { describe, expect, it } from 'vitest';
import { ENTROPY_THRESHOLD, scanText, secretAssignmentDetector, secretTokenDetector, shannonEntropy } from '../../../electron/core/privacy';

const secrets = (text: string): string[] => scanText(text).spans.filter((s) => s.type === 'SECRET').map((s) => text.slice(s.start, s.end));
const jwt = (header: object, payload: object): string =>
  `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`;

describe('SECRET: provider tokens', () => {
  it.each([
    ['OPENAI_API_KEY=sk-proj-abc123DEF456ghi789JKL012mno345PQR678', 'sk-proj-abc123DEF456ghi789JKL012mno345PQR678'],
    ['key sk-ant-api03-Zx9_k2LmQ8rT4vB7nP1sW6yH3jD5fG0aKcE', 'sk-ant-api03-Zx9_k2LmQ8rT4vB7nP1sW6yH3jD5fG0aKcE'],
    ['aws id AKIAIOSFODNN7EXAMPLE in config', 'AKIAIOSFODNN7EXAMPLE'],
    ['token ghp_1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5tU6v', 'ghp_1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5tU6v'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz'],
    ['glpat-9aB8cD7eF6gH5iJ4kL3m', 'glpat-9aB8cD7eF6gH5iJ4kL3m'],
    ['slack xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'],
    ['stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['rk_live_51Hh2kLmN0pQrStUvWxYz123', 'rk_live_51Hh2kLmN0pQrStUvWxYz123'],
    ['maps key AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY', 'AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'],
    ['HF_TOKEN hf_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789', 'hf_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789'],
  ])('finds the token in %j', (text, value) => expect(secrets(text)).toEqual([value]));

  it('finds a JWT with a JSON header, not three random dotted parts', () => {
    const token = jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '1234567890', name: 'x' });
    expect(secrets(`Authorization header was ${token} yesterday`)).toEqual([token]);
    expect(secretTokenDetector.detect('eyJub3Rqc29u.eyJhYmMiOjF9.abcdefgh')).toEqual([]);
  });

  it('takes a whole PEM private key block, and a pasted key without its footer', () => {
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----';
    expect(secrets(`here:\n${key}\nthanks`)).toEqual([key]);
    const partial = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7';
    expect(secrets(partial)).toEqual([partial]);
    expect(secrets('-----BEGIN PUBLIC KEY-----\nMIIBIjANBg\n-----END PUBLIC KEY-----')).toEqual([]);
  });
});

describe('SECRET: assignments and connection strings', () => {
  it.each([
    ['aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['password=hunter2!', 'hunter2!'],
    ['{"user": "bob", "pwd": "s3cr3t-Pa55"}', 's3cr3t-Pa55'],
    ["DB_PASSWORD: 'Tr0ub4dor&3'", 'Tr0ub4dor&3'],
    ['DATABASE_URL=postgres://admin:S3cretPw9@db.internal:5432/app', 'S3cretPw9'],
    ['client_secret = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
    ['curl -H "Authorization: Bearer a8F3kL9qZ2xW7mN4pR6tV1yB"', 'a8F3kL9qZ2xW7mN4pR6tV1yB'],
    ['my password is Summer2024!', 'Summer2024!'],
  ])('finds the value in %j', (text, value) => expect(secrets(text)).toEqual([value]));

  it.each([
    'const key = process.env.OPENAI_API_KEY;',
    'api_key = os.environ["OPENAI_API_KEY"]',
    'OPENAI_API_KEY=sk-...',
    'export OPENAI_API_KEY=YOUR_API_KEY',
    'api_key: "xxxxxxxxxxxxxxxxxxxxxxxx"',
    'password = getPassword()',
    'password = req.body.password;',
    'password: ********',
    'token: ${GITHUB_TOKEN}',
    'postgres://user:password@localhost/db',
    'postgres://user:${DB_PASS}@localhost/db',
    'max_tokens: 4096',
    'Write a function that validates passwords of at least 12 characters.',
    'sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"',
    'commit 5d41402abc4b2a76b9719d911017c592 fixed it',
    'request id 123e4567-e89b-12d3-a456-426614174000',
    'see https://example.com/path?a=1',
    'author: Jane Smith',
    'the task-management-system-for-large-teams module',
    'Bearer token authentication explained',
    '<input type="password" name="pwd" placeholder="Password">',
  ])('ignores %j', (text) => expect(secrets(text)).toEqual([]));

  it('uses a Shannon entropy threshold for credential-context values', () => {
    expect(shannonEntropy('aaaaaaaaaaaaaaaa')).toBe(0);
    expect(shannonEntropy('0123456789abcdef')).toBeCloseTo(4, 9);
    expect(ENTROPY_THRESHOLD).toBeGreaterThan(2);
    expect(secretAssignmentDetector.detect('secret_key = "abababababababab1"')).toEqual([]);
  });
});

describe('SECRET: passwords in prose', () => {
  it.each([
    ['The leaked credentials included user lily with password Qr7!dke#39.', 'Qr7!dke#39'],
    ["found UserID 'svc' with password 'B@nZes94!', attempting", 'B@nZes94!'],
    ['mein Passwort: Sommer#2024', 'Sommer#2024'],
  ])('finds %j', (text, value) => expect(secrets(text)).toEqual([value]));
  it.each([
    'Please reset your password reset link.', 'The password policy requires 12 characters.', 'password hashing with bcrypt',
    'Use a password manager.', 'Forgot password? Click here.',
  ])('ignores %j', (text) => expect(secrets(text)).toEqual([]));
});
