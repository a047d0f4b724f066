// normalize -> extract -> resolve over one article's plain text.
import type { Figure } from './validate/schema.js';

export interface AnalyzeOptions {
  year?: number;
  published?: string | null;
  title?: string | null;
}

export interface Analysis {
  script: 'hans' | 'hant';
  title: string | null;
  published: string | null;
  region: string | null;
  figures: Figure[];
  warnings: string[];
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  return { script: 'hans', title: options.title ?? null, published: options.published ?? null, region: null, figures: [], warnings: [] };
}
