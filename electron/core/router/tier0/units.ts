/**
 * Units tier-0 converts between. Factors are exact definitions (international yard and pound, US
 * customary volumes, IEC binary prefixes) relative to one base unit per dimension; temperatures carry
 * an offset. Deliberately absent because they are ambiguous: year, month, ton, t, nm, us, "m" for minutes.
 * Data sizes: kB/KB/MB… are decimal (SI), KiB/MiB… binary (IEC); a lone lowercase "b" is bytes only in
 * "kb/mb/gb/tb" spellings, "Mb/Gb/Mbit" are bits.
 */
export type Dimension = 'length' | 'mass' | 'temperature' | 'volume' | 'time' | 'speed' | 'data' | 'area';

export interface Unit { dim: Dimension; factor: number; offset: number; symbol: string }

type Spec = [symbol: string, factor: number, aliases: string[], offset?: number];

const SPECS: Record<Dimension, Spec[]> = {
  length: [
    ['mm', 0.001, ['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres']],
    ['cm', 0.01, ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres']],
    ['m', 1, ['m', 'meter', 'meters', 'metre', 'metres']],
    ['km', 1000, ['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'kms']],
    ['µm', 1e-6, ['µm', 'micrometer', 'micrometers', 'micron', 'microns']],
    ['in', 0.0254, ['in', 'inch', 'inches']],
    ['ft', 0.3048, ['ft', 'foot', 'feet']],
    ['yd', 0.9144, ['yd', 'yds', 'yard', 'yards']],
    ['mi', 1609.344, ['mi', 'mile', 'miles']],
    ['nmi', 1852, ['nmi', 'nautical mile', 'nautical miles']],
  ],
  mass: [
    ['mg', 1e-6, ['mg', 'milligram', 'milligrams']],
    ['g', 0.001, ['g', 'gram', 'grams', 'gramme', 'grammes']],
    ['kg', 1, ['kg', 'kgs', 'kilogram', 'kilograms', 'kilo', 'kilos']],
    ['tonne', 1000, ['tonne', 'tonnes', 'metric ton', 'metric tons']],
    ['oz', 0.028349523125, ['oz', 'ounce', 'ounces']],
    ['lb', 0.45359237, ['lb', 'lbs', 'pound', 'pounds']],
    ['st', 6.35029318, ['stone', 'stones']],
  ],
  temperature: [
    ['°C', 1, ['c', '°c', 'celsius', 'centigrade', 'degrees celsius', 'degree celsius', 'degrees c', 'deg c', 'degc'], 273.15],
    ['°F', 5 / 9, ['f', '°f', 'fahrenheit', 'degrees fahrenheit', 'degree fahrenheit', 'degrees f', 'deg f', 'degf'], 459.67],
    ['K', 1, ['k', 'kelvin', 'kelvins', 'degrees kelvin'], 0],
  ],
  volume: [
    ['ml', 0.001, ['ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres']],
    ['cl', 0.01, ['cl', 'centiliter', 'centiliters', 'centilitre', 'centilitres']],
    ['dl', 0.1, ['dl', 'deciliter', 'deciliters', 'decilitre', 'decilitres']],
    ['l', 1, ['l', 'liter', 'liters', 'litre', 'litres', 'ltr']],
    ['m³', 1000, ['m3', 'm³', 'cubic meter', 'cubic meters', 'cubic metre', 'cubic metres']],
    ['ft³', 28.316846592, ['ft3', 'ft³', 'cubic foot', 'cubic feet']],
    ['in³', 0.016387064, ['in3', 'in³', 'cubic inch', 'cubic inches']],
    ['tsp', 0.00492892159375, ['tsp', 'teaspoon', 'teaspoons']],
    ['tbsp', 0.01478676478125, ['tbsp', 'tablespoon', 'tablespoons']],
    ['fl oz', 0.0295735295625, ['fl oz', 'floz', 'fluid ounce', 'fluid ounces']],
    ['cup', 0.2365882365, ['cup', 'cups']],
    ['pt', 0.473176473, ['pt', 'pint', 'pints']],
    ['qt', 0.946352946, ['qt', 'quart', 'quarts']],
    ['gal', 3.785411784, ['gal', 'gallon', 'gallons', 'us gallon', 'us gallons']],
    ['imp gal', 4.54609, ['imperial gallon', 'imperial gallons', 'uk gallon', 'uk gallons']],
  ],
  time: [
    ['ms', 0.001, ['ms', 'millisecond', 'milliseconds', 'msec']],
    ['µs', 1e-6, ['µs', 'microsecond', 'microseconds']],
    ['s', 1, ['s', 'sec', 'secs', 'second', 'seconds']],
    ['min', 60, ['min', 'mins', 'minute', 'minutes']],
    ['h', 3600, ['h', 'hr', 'hrs', 'hour', 'hours']],
    ['days', 86400, ['day', 'days']],
    ['weeks', 604800, ['week', 'weeks', 'wk', 'wks']],
  ],
  speed: [
    ['m/s', 1, ['m/s', 'mps', 'meters per second', 'metres per second', 'meter per second', 'metre per second']],
    ['km/h', 1 / 3.6, ['km/h', 'kmh', 'kph', 'km/hr', 'kmph', 'km per hour', 'kilometers per hour', 'kilometres per hour', 'kilometer per hour', 'kilometre per hour']],
    ['mph', 0.44704, ['mph', 'mi/h', 'miles per hour', 'mile per hour']],
    ['kn', 1852 / 3600, ['kn', 'knot', 'knots']],
    ['ft/s', 0.3048, ['ft/s', 'fps', 'feet per second', 'foot per second']],
  ],
  data: [
    ['bit', 0.125, ['bit', 'bits']],
    ['B', 1, ['B', 'byte', 'bytes']],
    ['kB', 1e3, ['kB', 'KB', 'kb', 'kilobyte', 'kilobytes']],
    ['MB', 1e6, ['MB', 'mb', 'megabyte', 'megabytes']],
    ['GB', 1e9, ['GB', 'gb', 'gigabyte', 'gigabytes']],
    ['TB', 1e12, ['TB', 'tb', 'terabyte', 'terabytes']],
    ['PB', 1e15, ['PB', 'pb', 'petabyte', 'petabytes']],
    ['KiB', 1024, ['KiB', 'kib', 'kibibyte', 'kibibytes']],
    ['MiB', 1024 ** 2, ['MiB', 'mib', 'mebibyte', 'mebibytes']],
    ['GiB', 1024 ** 3, ['GiB', 'gib', 'gibibyte', 'gibibytes']],
    ['TiB', 1024 ** 4, ['TiB', 'tib', 'tebibyte', 'tebibytes']],
    ['PiB', 1024 ** 5, ['PiB', 'pib', 'pebibyte', 'pebibytes']],
    ['kbit', 125, ['kbit', 'kbits', 'Kb', 'kilobit', 'kilobits']],
    ['Mbit', 125e3, ['Mbit', 'mbit', 'mbits', 'Mb', 'megabit', 'megabits']],
    ['Gbit', 125e6, ['Gbit', 'gbit', 'gbits', 'Gb', 'gigabit', 'gigabits']],
    ['Tbit', 125e9, ['Tbit', 'tbit', 'tbits', 'Tb', 'terabit', 'terabits']],
  ],
  area: [
    ['cm²', 1e-4, ['cm2', 'cm²', 'sq cm', 'square centimeter', 'square centimeters', 'square centimetre', 'square centimetres']],
    ['m²', 1, ['m2', 'm²', 'sq m', 'sqm', 'square meter', 'square meters', 'square metre', 'square metres']],
    ['km²', 1e6, ['km2', 'km²', 'sq km', 'square kilometer', 'square kilometers', 'square kilometre', 'square kilometres']],
    ['in²', 0.00064516, ['in2', 'in²', 'sq in', 'square inch', 'square inches']],
    ['ft²', 0.09290304, ['ft2', 'ft²', 'sq ft', 'sqft', 'square foot', 'square feet']],
    ['yd²', 0.83612736, ['yd2', 'yd²', 'sq yd', 'square yard', 'square yards']],
    ['mi²', 2589988.110336, ['mi2', 'mi²', 'sq mi', 'square mile', 'square miles']],
    ['acres', 4046.8564224, ['acre', 'acres']],
    ['ha', 10000, ['ha', 'hectare', 'hectares']],
  ],
};

// Case-sensitive spellings are checked first (MB vs Mb), then a lower-cased table for the rest.
const exact = new Map<string, Unit>();
const folded = new Map<string, Unit>();
for (const [dim, specs] of Object.entries(SPECS) as [Dimension, Spec[]][]) {
  for (const [symbol, factor, aliases, offset] of specs) {
    const unit: Unit = { dim, factor, offset: offset ?? 0, symbol };
    for (const alias of aliases) {
      exact.set(alias, unit);
      const lower = alias.toLowerCase();
      if (lower === alias && !folded.has(lower)) folded.set(lower, unit);
    }
  }
}

export function lookupUnit(phrase: string): Unit | undefined {
  const text = phrase.trim().replace(/\s+/g, ' ').replace(/^(?:a |an |the )/i, '');
  return exact.get(text) ?? folded.get(text.toLowerCase()) ?? folded.get(text.toLowerCase().replace(/^degrees? /, ''));
}

/** Converts; null when the dimensions differ or the result is not finite. */
export function convert(value: number, from: Unit, to: Unit): number | null {
  if (from.dim !== to.dim) return null;
  if (from.dim === 'temperature') {
    const kelvin = (value + from.offset) * from.factor;
    if (kelvin < 0) return null; // below absolute zero: the question has no answer
    return kelvin / to.factor - to.offset;
  }
  const result = (value * from.factor) / to.factor;
  return Number.isFinite(result) ? result : null;
}
