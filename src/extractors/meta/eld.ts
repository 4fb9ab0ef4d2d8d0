import { eld } from 'eld/extrasmall';
import type { LanguageDetector } from '../../parts/types.js';

/** eld, an n-gram detector about ten times faster than franc on article-length text; null when it is unsure. */
export function detect(sample: string): string | null {
  const result = eld.detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}

/** The `language` part: this module is one as it stands (the Node build requires it), and so is this object. */
export const eldDetector: LanguageDetector = { detect };
