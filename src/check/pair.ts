// Pairing expected figures with produced ones, in the order a person would:
// same metric and value first, then the known extras, then the same figure
// (metric, place, date, subject, scope, origin) with another value.
import { attributeAgrees, sameValue, statedAttributes } from './attributes.js';
import type { ActualFigure, Attribute, ExpectedFigure, KnownExtra } from './types.js';

/** Pairs expected figures (required first, then optional) with actual ones on metric and value; returns the actual index per expected figure (-1: none). */
export function pairByValue(expected: ExpectedFigure[], actual: ActualFigure[], docRegion: string | null): number[] {
  const taken = new Set<number>();
  const result: number[] = new Array(expected.length).fill(-1);
  const order = [...expected.keys()].sort((a, b) => Number(!!expected[a].optional) - Number(!!expected[b].optional));
  for (const i of order) {
    const g = expected[i];
    let best = -1;
    let bestScore = -1;
    actual.forEach((p, j) => {
      if (taken.has(j) || p.metric !== g.metric || !sameValue(p.value, g.value)) return;
      const score = statedAttributes(g).filter((k) => attributeAgrees(k, g, p, docRegion)).length;
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    });
    if (best >= 0) taken.add(best);
    result[i] = best;
  }
  return result;
}

/** Per produced figure, the known extra that accounts for it, if any. */
export type ExtraMatch = Array<KnownExtra | undefined>;

/** Matches unpaired actual figures with the known extras: metric and value, same quote preferred. */
export function matchKnownExtras(extras: ActualFigure[], known: KnownExtra[]): ExtraMatch {
  const used = new Set<number>();
  const result: ExtraMatch = new Array(extras.length).fill(undefined);
  for (const preferQuote of [true, false]) {
    extras.forEach((a, i) => {
      if (result[i]) return;
      const k = known.findIndex(
        (e, j) => !used.has(j) && e.metric === a.metric && sameValue(a.value, e.value) && (!preferQuote || e.quote === undefined || e.quote === a.quote),
      );
      if (k >= 0) {
        used.add(k);
        result[i] = known[k];
      }
    });
  }
  return result;
}

/** What makes two readings the same figure, whatever its value. */
const IDENTITY: Attribute[] = ['region', 'date', 'subject', 'scope', 'origin'];

function sameFigure(g: ExpectedFigure, a: ActualFigure, docRegion: string | null): boolean {
  return a.metric === g.metric && IDENTITY.every((k) => !(k in g) || attributeAgrees(k, g, a, docRegion));
}

/**
 * Pairs the required expected figures left unpaired with the produced figures
 * nothing accounts for (`free`, indexes into `actual`), when they are the same
 * figure by metric and the identity attributes the expected figure states, and
 * neither has another such partner: an ambiguous pair stays missing and extra.
 * Returns expected index -> actual index.
 */
export function pairByIdentity(
  expected: ExpectedFigure[],
  pairing: number[],
  actual: ActualFigure[],
  free: number[],
  docRegion: string | null,
): Map<number, number> {
  const open = expected.map((_, i) => i).filter((i) => pairing[i] < 0 && !expected[i].optional);
  const candidates = new Map<number, number[]>(open.map((i) => [i, free.filter((j) => sameFigure(expected[i], actual[j], docRegion))]));
  const suitors = new Map<number, number>();
  for (const js of candidates.values()) for (const j of js) suitors.set(j, (suitors.get(j) ?? 0) + 1);
  const result = new Map<number, number>();
  for (const [i, js] of candidates) if (js.length === 1 && suitors.get(js[0]) === 1) result.set(i, js[0]);
  return result;
}
