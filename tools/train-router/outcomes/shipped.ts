/** The shipped outcome model's recipe, as cross-validation and leave-one-source-out chose it (README.md). */
export const SHIPPED = {
  label: 'soft', bits: 18, epochs: 6, rate: 0.1, l2: 1e-2, l2Hashed: 0.3,
  groupWeights: { routerbench: 1, llmrouter: 1, arena: 0.5, priors: 1 }, seed: 7,
} as const;
