/**
 * RouteLLM's routing metrics (Ong et al., 2024), computed exactly over every threshold instead of 11 quantiles.
 * Routing the prompts whose score is ≥ a threshold to the strong model gives a point (c, quality) with c the
 * share of strong calls. PGR(c) = (quality − weak) / (strong − weak); APGR is the area under PGR over c ∈ [0,1]
 * (RouteLLM's evaluate.py: trapezoid area, normalised by the weak/strong areas); CPT(x) is the smallest c with
 * PGR(c) ≥ x. Equal scores are broken at random, so a tie group contributes its expected value: the curve
 * is linear across it. A router giving every prompt the same score is therefore the random router
 * (APGR 0.5, CPT(x) = x) computed the same way.
 */
export interface RoutedItem {
  score: number;
  /** Quality of each model's answer to this prompt (1/0 correctness on GSM8K and MMLU). */
  strong: number;
  weak: number;
}

export interface RoutingMetrics {
  n: number;
  weakQuality: number;
  strongQuality: number;
  apgr: number;
  /** Share of strong calls (0..1) needed for 50% / 80% of the gap; null if never reached. */
  cpt50: number | null;
  cpt80: number | null;
  /** Share of strong calls needed for 95% of the strong model's quality; null if never reached. */
  share95: number | null;
}

/** PGR at each tie-group boundary, c ascending from 0 to 1. */
export function pgrCurve(items: readonly RoutedItem[]): { c: number; pgr: number }[] {
  const n = items.length;
  const weak = items.reduce((s, i) => s + i.weak, 0);
  const strong = items.reduce((s, i) => s + i.strong, 0);
  const gap = strong - weak;
  if (n === 0 || gap === 0) throw new Error('routing metrics need prompts on which the two models differ');
  const sorted = [...items].sort((a, b) => b.score - a.score);
  const points = [{ c: 0, pgr: 0 }];
  let gain = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && sorted[j]?.score === sorted[i]?.score) {
      const item = sorted[j];
      if (item) gain += item.strong - item.weak;
      j++;
    }
    points.push({ c: j / n, pgr: gain / gap });
    i = j;
  }
  return points;
}

export function routingMetrics(items: readonly RoutedItem[]): RoutingMetrics {
  const curve = pgrCurve(items);
  let area = 0;
  for (let k = 1; k < curve.length; k++) {
    const a = curve[k - 1];
    const b = curve[k];
    if (a && b) area += ((a.pgr + b.pgr) / 2) * (b.c - a.c);
  }
  const n = items.length;
  return {
    n,
    weakQuality: items.reduce((s, i) => s + i.weak, 0) / n,
    strongQuality: items.reduce((s, i) => s + i.strong, 0) / n,
    apgr: area,
    cpt50: callsToReach(curve, 0.5),
    cpt80: callsToReach(curve, 0.8),
    share95: shareForQuality(curve, items, 0.95),
  };
}

function callsToReach(curve: readonly { c: number; pgr: number }[], target: number): number | null {
  for (let k = 1; k < curve.length; k++) {
    const a = curve[k - 1];
    const b = curve[k];
    if (a && b && b.pgr >= target) {
      if (a.pgr >= target) return a.c;
      return a.c + ((target - a.pgr) / (b.pgr - a.pgr)) * (b.c - a.c);
    }
  }
  return null;
}

/** The smallest share of strong calls whose routed quality reaches `fraction` of the strong model's. */
function shareForQuality(curve: readonly { c: number; pgr: number }[], items: readonly RoutedItem[], fraction: number): number | null {
  const n = items.length;
  const weak = items.reduce((s, i) => s + i.weak, 0) / n;
  const strong = items.reduce((s, i) => s + i.strong, 0) / n;
  if (weak >= fraction * strong) return 0;
  return callsToReach(curve, (fraction * strong - weak) / (strong - weak));
}
