// Small documents for the comparison tests: produced figures, the produced
// document, and its expectation (a Taiyuan article unless told otherwise).
import type { ActualFigure, ExpectedDocument } from '../../src/check/compare.js';

export function fig(metric: string, value: number, attrs: Partial<ActualFigure> = {}): ActualFigure {
  return { metric, value, unit: '例', approx: 'exact', scope: null, origin: null, region: null, subject: null, date: null, quote: `${value}例`, ...attrs };
}

export function doc(figures: ActualFigure[], extra: { published?: string | null; region?: string | null } = {}) {
  return { published: null, region: '太原市', ...extra, figures };
}

export function expected(figures: ExpectedDocument['figures'], more: Partial<ExpectedDocument> = {}): ExpectedDocument {
  return { file: 'a.txt', published: null, region: '太原市', figures, ...more };
}
