// Zero stated in words (无新增死亡病例, 无重症病例): a figure of 0 for each noun the
// reader found, in the place right before it, with the scope and origin its
// modifiers say.
import type { Metric, Scope } from '../lexicon/metrics.js';
import type { Place } from '../lexicon/places.js';
import { indexAt, startOf, type Structure } from '../read/structure.js';
import { findZeroFigures } from '../read/zero.js';
import type { Draft } from './draft.js';
import { placeAtEnd, subRegion } from './regions.js';
import { placeAt } from '../lexicon/places.js';
import type { NamedRule, TraceEntry } from './rule.js';
import { lastTestingRound } from './subjects.js';

export const ZERO_IN_WORDS = 'zero-in-words';

export const zeroInWords: NamedRule = {
  name: ZERO_IN_WORDS,
  phase: 'metric',
  examples: [{ text: '上海市新增本土确诊病例3例。徐汇区无新增本土新冠肺炎确诊病例。', figure: { value: 0, metric: 'cases.confirmed', scope: 'new', origin: 'local', region: '徐汇区' } }],
  negatives: [{ text: '今日新增无症状感染者3例。', figure: { value: 3, metric: 'cases.asymptomatic' } }],
};

/** Patients in a state now: 目前无重症病例 is a current zero. */
const NOW_STATES = new Set<Metric>(['cases.severe', 'cases.critical', 'cases.hospitalized', 'cases.in_shelter', 'cases.suspected']);

/** 当日无转为确诊病例, 目前无重症病例: a day or a now right before 无 scopes the zero. */
function scopeBefore(before: string, metric: Metric): Scope | null {
  if (/(?:当日|当天|今日|今天|昨日)$/.test(before)) return 'new';
  if (/(?:目前|现在|现)$/.test(before) && NOW_STATES.has(metric)) return 'current';
  return null;
}

export function zeroFigures(text: string, structure: Structure, region: Place | null): Draft[] {
  const drafts: Draft[] = [];
  for (const z of findZeroFigures(text)) {
    const sentence = indexAt(structure.sentences, z.start);
    const paragraph = indexAt(structure.paragraphs, z.start);
    // 徐汇区无新增本土新冠肺炎确诊病例: the place right before a zero is the zero's
    const clauseStart = startOf(structure.clauses, z.start);
    const before = text.slice(Math.max(clauseStart, z.start - 10), z.start);
    // 厦门的第二轮全民检测没有发现阳性个案: a round's zero is of the place its clause opens with, and of that round
    const opening = z.metric === 'cases.positive' ? placeAt(text, clauseStart)?.full ?? null : null;
    const zeroRegion = subRegion(before ? placeAtEnd(before) ?? opening : opening, region);
    const round = z.metric === 'cases.positive'
      ? lastTestingRound(text.slice(Math.max(structure.sentences[sentence], z.start - 60), z.start)) : null;
    const scope = /新增/.test(z.modifiers) ? 'new' : /现有/.test(z.modifiers) ? 'current' : scopeBefore(before, z.metric);
    const origin = /境外输入|输入/.test(z.modifiers) ? 'imported' : /本土|本地/.test(z.modifiers) ? 'local' : null;
    const trace: TraceEntry[] = [{ field: 'metric', rule: ZERO_IN_WORDS, value: z.metric }];
    if (scope) trace.push({ field: 'scope', rule: ZERO_IN_WORDS, value: scope });
    if (origin) trace.push({ field: 'origin', rule: ZERO_IN_WORDS, value: origin });
    if (zeroRegion) trace.push({ field: 'region', rule: ZERO_IN_WORDS, value: zeroRegion });
    if (round) trace.push({ field: 'subject', rule: ZERO_IN_WORDS, value: round });
    drafts.push({
      metric: z.metric, value: 0, unit: z.unit, approx: 'exact', scope, origin,
      region: zeroRegion, subject: round, date: null, start: z.start, end: z.end,
      trace, inherited: false,
      mention: { start: z.start, end: z.end, numStart: z.start, numEnd: z.end, unitEnd: z.end, value: 0, unit: z.unit, approx: 'exact', chinese: true },
      // (every field a draft from a number has, in its order: the drafts keep one shape)
      sentence, paragraph, windowDate: false, asOfDate: false, parent: undefined, datesFrom: undefined, hidden: false,
    });
  }
  return drafts;
}
