import { describe, expect, it } from 'vitest';
import { creditCardDetector, emailDetector, ibanDetector, ipAddressDetector, phoneDetector, usSsnDetector } from '../../../electron/core/privacy';
import type { Detector } from '../../../electron/core/privacy';

/** The substrings a detector finds in a text. */
const found = (detector: Detector, text: string): string[] => detector.detect(text).map((s) => text.slice(s.start, s.end));

describe('EMAIL', () => {
  it.each([
    ['Ping me at sam.lee@example.org.', 'sam.lee@example.org'],
    ['<Jane.O\'Neil+news@mail.co.uk>', "Jane.O'Neil+news@mail.co.uk"],
    ['contact: a_b-c@sub.domain-x.io, thanks', 'a_b-c@sub.domain-x.io'],
  ])('finds the address in %j', (text, value) => expect(found(emailDetector, text)).toEqual([value]));
  it.each([
    'logo@2x.png', '@types/node', 'user@localhost', 'git@github.com:org/repo.git', '@@@@@@', 'a@b', 'price @ 5.00',
    'decorator @Component({})', 'name@.com',
  ])('ignores %j', (text) => expect(found(emailDetector, text)).toEqual([]));
});

describe('CREDIT_CARD', () => {
  it.each([
    ['Card 4111 1111 1111 1111 was charged.', '4111 1111 1111 1111'],
    ['visa 4111-1111-1111-1111', '4111-1111-1111-1111'],
    ['amex 3782 822463 10005 ok', '3782 822463 10005'],
    ['pay with 5555555555554444', '5555555555554444'],
    ['my card 6304 0000 0000 (maestro)', '6304 0000 0000'],
    ['4000056655665556', '4000056655665556'],
  ])('finds the card in %j', (text, value) => expect(found(creditCardDetector, text)).toEqual([value]));
  it.each([
    'Order 4111 1111 1111 1112 is a tracking code, not a card.',
    'Order 4111 1111 1111 1111 shipped', // Luhn-valid, but an order number without a card word
    'ISBN 978-0-306-40615-7',
    'timestamp 1700000000000',
    'phone +1 415 555 2671',
    '4111.1111.1111.1111', // dots are versions or amounts, not card groupings
    'id 1234567812345678',
    'x4111111111111111', '41111111111111111111111111',
    'sha 5d41402abc4b2a76b9719d911017c592',
  ])('ignores %j', (text) => expect(found(creditCardDetector, text)).toEqual([]));
});

describe('US_SSN', () => {
  it.each([
    ['The SSN on the W-2 is 432-11-8765.', '432-11-8765'],
    ['ssn: 432 11 8765', '432 11 8765'],
    ['social security number 432118765', '432118765'],
  ])('finds %j', (text, value) => expect(found(usSsnDetector, text)).toEqual([value]));
  it.each([
    'call 432118765 now', '000-12-3456', '666-12-3456', '900-12-3456', '432-00-8765', '432-11-0000', '123-45-6789',
    '432-11-87654', 'v432-11-8765', 'dated 2024-11-21', '432.11.8765',
  ])('ignores %j', (text) => expect(found(usSsnDetector, text)).toEqual([]));
});

describe('IBAN', () => {
  it.each([
    ['IBAN GB82 WEST 1234 5698 7654 32 for the refund.', 'GB82 WEST 1234 5698 7654 32'],
    ['DE89370400440532013000', 'DE89370400440532013000'],
    ['iban: fr1420041010050500013m02606', 'fr1420041010050500013m02606'],
  ])('finds %j', (text, value) => expect(found(ibanDetector, text)).toEqual([value]));
  it.each(['GB82 WEST 1234 5698 7654 33', 'DE8937040044053201300', 'XX89370400440532013000', 'AB12 is a code'])('ignores %j', (text) => {
    expect(found(ibanDetector, text)).toEqual([]);
  });
});

describe('IP_ADDRESS', () => {
  it.each([
    ['Traffic from 8.8.4.4 looked normal', ['8.8.4.4']],
    ['fe80::1ff:fe23:4567:890a and 2001:db8::ff00:42:8329', ['fe80::1ff:fe23:4567:890a', '2001:db8::ff00:42:8329']],
    ['mapped ::ffff:192.0.2.128 here', ['::ffff:192.0.2.128']],
    ['full 2001:0db8:85a3:0000:0000:8a2e:0370:7334.', ['2001:0db8:85a3:0000:0000:8a2e:0370:7334']],
    ['server 10.0.0.255:8080', ['10.0.0.255']],
  ])('finds %j', (text, values) => expect(found(ipAddressDetector, text)).toEqual(values));
  it.each([
    'Release 2.10.3.1 is out', 'version 1.2.3.4', 'at 12:30:45 sharp', '256.1.1.1', '1.2.3.4.5', 'std::vector<int>',
    'MAC 00:1a:2b:3c:4d:5e', 'Foo::Bar::baz', 'ratio 3:2', 'uuid 123e4567-e89b-12d3-a456-426614174000', 'v1.2.3.4',
  ])('ignores %j', (text) => expect(found(ipAddressDetector, text)).toEqual([]));
});

describe('PHONE', () => {
  it.each([
    ['Ping me at 312-555-0186.', '312-555-0186'],
    ['Call +44 20 7946 0958 today', '+44 20 7946 0958'],
    ['tel: (415) 555-2671', '(415) 555-2671'],
    ['mobile 07700 900123', '07700 900123'],
    ['Appelez le 01 42 68 53 00', '01 42 68 53 00'],
    ['office: +49 30 901820 ext. 12', '+49 30 901820 ext. 12'],
  ])('finds %j', (text, value) => expect(found(phoneDetector, text)).toEqual([value]));
  it.each([
    'Release 2.10.3.1 is out; see build 4521.', 'on 2024-01-05 at 12:30:45', 'dated 05/01/2024', 'costs $1,234,567.00',
    'Order 312-555-0186 shipped', 'ISBN 978-3-16-148410-0', 'the total was 12345678', 'invoice no. 5550186123',
    '17151 2450 Crown Street', 'grew 3.1415926', 'driver\'s license number is 6940579', 'pi is 3.14159265358979',
  ])('ignores %j', (text) => expect(found(phoneDetector, text)).toEqual([]));
});
