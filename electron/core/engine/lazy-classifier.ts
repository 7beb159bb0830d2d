import type { Classifier } from '../router';

/**
 * Loads the ONNX classifier in the background (its module too: transformers.js and onnxruntime cost ~0.3 s
 * and ~60 MB), so start-up never waits for it. Until it is ready (or if it cannot load) classify() fails and
 * the router scores with the heuristic, saying so in the decision's reasons.
 */
export function backgroundClassifier(dir: string | undefined, log: (message: string) => void): Classifier {
  const loading = import('../router/classifier').then(({ loadClassifier }) => loadClassifier(dir));
  let ready: Classifier | undefined;
  let failed: Error | undefined;
  loading.then(
    (c) => (ready = c),
    (error: unknown) => {
      failed = error instanceof Error ? error : new Error(String(error));
      log(`router classifier unavailable, routing with the heuristic only: ${failed.message}`);
    },
  );
  return {
    classify(text) {
      if (ready !== undefined) return ready.classify(text);
      return Promise.reject(failed ?? new Error('the router classifier is still loading'));
    },
  };
}
