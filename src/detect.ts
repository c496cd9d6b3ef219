// Stage 3: which language an article is written in.
import { franc } from 'franc';
import type { Detection } from './types.js';

const ISO: Record<string, string> = { eng: 'en', ind: 'id', zlm: 'ms', msa: 'ms' };

export function detectLanguage(text: string): Detection {
  const code = franc(text, { minLength: 1, only: ['eng', 'ind', 'zlm'] });
  return { language: ISO[code] ?? 'und', confidence: code === 'und' ? 0 : 0.5 };
}
