import { findResourceDir } from '../../resources/resource-dir';
import type { Detector } from '../types';
import { dropCodeSpans } from './code-regions';
import { loadTaggerModel, tagText, type TaggerModel } from './tagger-model';

/** resources/pii-model; a packaged desktop app ships it as an extra resource beside the asar (forge.config.ts). */
export function defaultPiiModelDir(): string {
  return findResourceDir('pii-model', 'model.json', import.meta.url);
}

/**
 * PERSON and STREET_ADDRESS from the learned tagger (tools/train-pii). The model loads on first use; when it cannot
 * be loaded every call throws, so the scanner fails closed (the request is treated as sensitive), as for any
 * detector that throws. A failed load is not retried on every call: the error is kept.
 */
export function createLearnedPiiDetector(load: () => TaggerModel = () => loadTaggerModel(defaultPiiModelDir())): Detector {
  let model: TaggerModel | undefined;
  let failure: Error | undefined;
  return {
    name: 'learned-pii',
    detect(text) {
      if (failure !== undefined) throw failure;
      if (model === undefined) {
        try {
          model = load();
        } catch {
          // Not the cause's message: it may name a path; the scanner reports only the detector's name anyway.
          failure = new Error('the PII tagger model could not be loaded');
          throw failure;
        }
      }
      // In code, a tagged identifier (`max`, `elif`) is no name: only string literals there keep their spans.
      return dropCodeSpans(text, tagText(model, text));
    },
  };
}

export const learnedPiiDetector: Detector = createLearnedPiiDetector();
