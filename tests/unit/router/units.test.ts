import { describe, expect, it } from 'vitest';
import { answerTier0 } from '../../../electron/core/router/index';

const answer = (q: string): string | null => answerTier0(q)?.answer ?? null;

describe('tier-0 unit conversions are exact', () => {
  it.each([
    // length (international inch, foot, yard, mile)
    ['Convert 100 km to miles', '62.13711922 mi'],
    ['5 ft in cm', '152.4 cm'],
    ['1 mile to feet', '5280 ft'],
    ['1 yard in inches', '36 in'],
    ['12 inches to cm', '30.48 cm'],
    ['100km to miles', '62.13711922 mi'],
    ['1,000 m to km', '1 km'],
    ['1 nautical mile to meters', '1852 m'],
    // mass
    ['1 lb to kg', '0.45359237 kg'],
    ['1 kg in pounds', '2.204622622 lb'],
    ['16 oz to lb', '1 lb'],
    ['1 stone to pounds', '14 lb'],
    ['2 tonnes to kg', '2000 kg'],
    // temperature
    ['Convert 30 degrees Celsius to Fahrenheit', '86 °F'],
    ['212 °F to °C', '100 °C'],
    ['-40 F to C', '-40 °C'],
    ['0 celsius to kelvin', '273.15 K'],
    ['300 K to C', '26.85 °C'],
    ['98.6 fahrenheit in celsius', '37 °C'],
    // volume (US customary)
    ['1 gallon to liters', '3.785411784 l'],
    ['how many milliliters are in 2 gallons', '7570.823568 ml'],
    ['1 cup to ml', '236.5882365 ml'],
    ['3 teaspoons to tablespoons', '1 tbsp'],
    ['2 pints to quarts', '1 qt'],
    ['1 imperial gallon to liters', '4.54609 l'],
    ['1 cubic meter to liters', '1000 l'],
    // time
    ['How many minutes are in 2.5 hours?', '150 min'],
    ['how many seconds in 1 day', '86400 s'],
    ['2 weeks to days', '14 days'],
    ['90 minutes to hours', '1.5 h'],
    ['1500 ms to seconds', '1.5 s'],
    ['3 hours is how many minutes', '180 min'],
    // speed
    ['60 mph to km/h', '96.56064 km/h'],
    ['100 km/h to mph', '62.13711922 mph'],
    ['10 m/s to km/h', '36 km/h'],
    ['1 knot to km/h', '1.852 km/h'],
    // data sizes: SI decimal vs IEC binary, bits vs bytes
    ['1 GB to MB', '1000 MB'],
    ['1 GiB to MiB', '1024 MiB'],
    ['10 GB to GiB', '9.313225746 GiB'],
    ['1 KiB to bytes', '1024 B'],
    ['1 KB to bytes', '1000 B'],
    ['100 Mb to MB', '12.5 MB'],
    ['1 byte to bits', '8 bit'],
    ['1 TB in GB', '1000 GB'],
    // area
    ['1 acre in square feet', '43560 ft²'],
    ['1 hectare to m2', '10000 m²'],
    ['1 sq mi to km²', '2.58998811 km²'],
    ['how many pounds are in 10 kilos', '22.04622622 lb'],
    ['how many inches are in 36 feet', '432 in'],
  ])('%s → %s', (q, expected) => {
    expect(answer(q)).toBe(expected);
  });

  it('round-trips without drift', () => {
    const miles = Number((answer('123.456 km to miles') as string).split(' ')[0]);
    const back = Number((answer(`${miles} miles to km`) as string).split(' ')[0]);
    expect(back).toBeCloseTo(123.456, 6);
  });
});
