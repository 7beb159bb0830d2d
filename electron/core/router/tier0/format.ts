/**
 * Formats a tier-0 result for people: integers below 1e15 exactly, everything else to 10 significant
 * digits so binary float noise (0.1 + 0.2) never shows, trailing zeros stripped, no thousands separators
 * (answers are also read by scripts).
 */
export function formatNumber(value: number): string {
  if (Object.is(value, -0)) return '0';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const rounded = Number(value.toPrecision(10));
  if (rounded !== 0 && (Math.abs(rounded) >= 1e15 || Math.abs(rounded) < 1e-6)) {
    return rounded.toExponential().replace(/\.?0+e/, 'e');
  }
  return String(rounded);
}
