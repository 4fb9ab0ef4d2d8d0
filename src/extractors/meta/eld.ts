import { eld } from 'eld/extrasmall';
import type { LanguageDetector } from '../../parts/types.js';

/** eld, an n-gram detector about ten times faster than franc on article-length text; null when it is unsure. */
export const eldDetector: LanguageDetector = {
  detect(sample) {
    const result = eld.detect(sample);
    return result.language && result.isReliable() ? result.language : null;
  },
};
