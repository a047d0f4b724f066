// normalize -> extract -> resolve over one article's plain text: the core of
// `extract()`, with no I/O.
import type { Document, Figure } from './validate/schema.js';
import { normalize, toOriginalSpan } from './text/normalize.js';
import { analyzeStructure, indexAt, startOf } from './read/structure.js';
import { placeAtEnd, subRegion } from './rules/regions.js';
import { extractFigures, type Draft } from './rules/figures.js';
import type { SetAside } from './rules/draft.js';
import { findZeroFigures } from './read/zero.js';
import { findDates } from './read/dates.js';
import { resolveTimeline, type ResolvedDate } from './read/timeline.js';
import { findPublished, firstLines, yearReference, type Published } from './read/published.js';
import { articleRegion } from './read/region.js';
import { findPlaces } from './lexicon/places.js';
import { refineFigures } from './refine/refine.js';
import { SO_FAR_METRICS } from './lexicon/vocabulary.js';
import { decidedBy } from './rules/engine.js';

const LOCAL_BY_DEFAULT = new Set(['cases.confirmed', 'cases.asymptomatic', 'cases.positive']);

export interface AnalyzeOptions {
  year?: number;
  published?: string | null;
  title?: string | null;
  explain?: boolean;
}

export interface Analysis {
  script: 'hans' | 'hant';
  title: string | null;
  published: string | null;
  region: string | null;
  figures: Figure[];
  warnings: string[];
  /** with `explain`: the numbers a rule set aside */
  setAside?: Document['setAside'];
}

export function analyzeText(original: string, options: AnalyzeOptions = {}): Analysis {
  const warnings: string[] = [];
  if (!/\S/.test(original)) warnings.push('empty text: no figures');
  const norm = normalize(original);
  const text = norm.text;
  const structure = analyzeStructure(text);
  const title = options.title ?? guessTitle(text);

  const published: Published | null = findPublished(text);
  const ref = yearReference(text, published, options);
  const pubString = published ? published.format(ref) : null;
  if (!ref && /\d{1,2}月\d{1,2}日/.test(text)) warnings.push('no year found in the article: dates are yearless (give --year)');

  const today = published?.m !== undefined && published.d !== undefined
    ? { y: published.y ?? (ref ? ref.y : undefined), m: published.m, d: published.d }
    : givenDay(options.published) ?? numberedToday(text) ?? firstDay(text);
  const dates = resolveTimeline(findDates(text), { ref, today: today ?? null });

  const places = findPlaces(text);
  const region = articleRegion(text, title, places);
  const { drafts, setAside } = extractFigures(text, { region, dates, places }, structure);
  for (const z of findZeroFigures(text)) {
    const sentence = indexAt(structure.sentences, z.start);
    const paragraph = indexAt(structure.paragraphs, z.start);
    // 徐汇区无新增本土新冠肺炎确诊病例: the place right before a zero is the zero's
    const before = text.slice(Math.max(startOf(structure.clauses, z.start), z.start - 10), z.start);
    const zeroRegion = subRegion(before ? placeAtEnd(before) : null, region);
    drafts.push({
      metric: z.metric, value: 0, unit: '', approx: 'exact',
      scope: /新增/.test(z.modifiers) ? 'new' : /现有/.test(z.modifiers) ? 'current' : null,
      origin: /境外输入|输入/.test(z.modifiers) ? 'imported' : /本土|本地/.test(z.modifiers) ? 'local' : null,
      region: zeroRegion, subject: null, date: null, start: z.start, end: z.end,
      trace: [{ field: 'metric', rule: 'zero-in-words', value: z.metric }], inherited: false,
      mention: { start: z.start, end: z.end, numStart: z.start, numEnd: z.end, unitEnd: z.end, value: 0, unit: '', approx: 'exact', chinese: true },
      sentence, paragraph, windowDate: false,
    });
  }
  drafts.sort((a, b) => a.mention.start - b.mention.start || a.start - b.start);
  // 累计治愈出院病例7338例,无死亡病例: a zero in words continues its sentence's scope and origin
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i];
    const prev = drafts[i - 1];
    if (d.trace[0]?.rule !== 'zero-in-words' || prev.sentence !== d.sentence || !prev.metric.startsWith('cases.')) continue;
    d.scope ??= prev.scope;
    d.origin ??= prev.origin;
    if (d.scope === 'current' && SO_FAR_METRICS.has(d.metric)) d.scope = 'cumulative';
  }
  const refined = refineFigures(text, drafts, dates, structure);
  // 累计报告本土确诊病例103例 … 新增确诊病例11例: an article that counts only local cases, and never
  // imported ones, counts local cases throughout
  if (/本土(?:新冠肺炎)?(?:确诊|无症状|阳性)/.test(text) && !/境外|输入|移入/.test(text)) {
    for (const d of refined) if (d.origin === null && LOCAL_BY_DEFAULT.has(d.metric)) d.origin = 'local';
  }

  const figures: Figure[] = refined.map((d) => toFigure(original, norm, d, options.explain === true));
  const explained = options.explain ? { setAside: setAside.map((s) => setAsideRecord(original, norm, s)) } : {};
  return {
    ...explained,
    script: norm.script,
    title,
    published: pubString,
    region: region ? region.full : null,
    figures,
    warnings,
  };
}

function toFigure(original: string, norm: ReturnType<typeof normalize>, d: Draft, explain: boolean): Figure {
  const [start, end] = toOriginalSpan(norm, d.start, d.end);
  const figure: Figure = {
    metric: d.metric,
    value: d.value,
    unit: d.unit,
    approx: d.approx,
    scope: d.scope,
    origin: d.origin,
    region: d.region,
    subject: d.subject,
    date: d.date,
    quote: original.slice(start, end),
    start,
    end,
    rule: decidedBy(d.trace, 'metric')?.rule ?? '',
  };
  if (explain) figure.trace = d.trace.map((t) => ({ ...t, value: t.value as string | number | null }));
  return figure;
}

function setAsideRecord(original: string, norm: ReturnType<typeof normalize>, s: SetAside): NonNullable<Document['setAside']>[number] {
  const [start, end] = toOriginalSpan(norm, s.mention.start, s.mention.end);
  const rule = decidedBy(s.trace, 'metric')?.rule ?? '';
  return { value: s.mention.value, quote: original.slice(start, end), start, end, rule, trace: s.trace.map((t) => ({ ...t, value: t.value as string | number | null })) };
}

function guessTitle(text: string): string | null {
  for (const raw of firstLines(text, 12)) {
    const line = raw.trim();
    if (line.length < 6 || line.length > 60) continue;
    if (/^(?:\d{4}[-年]|来源|作者|时间|发布|您当前的位置|首页)/.test(line)) continue;
    if (/记者|编辑|通讯员|来源[:：]|作者[:：]|\/文|\/图|摄$/.test(line)) continue;
    if (!/[\u4e00-\u9fff]{4}/.test(line)) continue;
    // a sentence of the body (新增确诊病例中,长沙市5例、…。) is not a headline
    if (/[。;；]$/.test(line) && /[,，]/.test(line)) continue;
    return line;
  }
  return null;
}

function givenDay(published: string | null | undefined): { y: number; m: number; d: number } | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/**
 * 今(14)日 (Taiwan and Macau releases): the article's own day by its number; the month is that of a
 * date stated with the same day (发病日介于今(2022)年4月2日至4月14日), the latest such month, else
 * that of a date in the week before (采检日介于5月8日至5月20日, 今(21)日).
 */
function numberedToday(text: string): { m: number; d: number } | null {
  const t = /今\s?\((\d{1,2})\)\s?日/.exec(text);
  if (!t) return null;
  const d = Number(t[1]);
  let same = 0;
  let before = 0;
  for (const md of text.matchAll(/(\d{1,2})月(\d{1,2})日/g)) {
    const month = Number(md[1]);
    const day = Number(md[2]);
    if (month < 1 || month > 12) continue;
    if (day === d) same = Math.max(same, month);
    else if (day < d && d - day <= 7) before = Math.max(before, month);
  }
  const m = same || before;
  return m ? { m, d } : null;
}

/** The article's own day when it has no publication date: the first month-day it states. */
function firstDay(text: string): { m: number; d: number } | null {
  // only a date that opens a line (3月23日,南京市举行…) is the article's day; one inside a sentence is an event
  for (const line of firstLines(text.slice(0, 600), 20)) {
    const m = /(\d{1,2})月(\d{1,2})日/.exec(line);
    if (m && m.index <= 14 && !/[，,。]/.test(line.slice(0, m.index))) return { m: Number(m[1]), d: Number(m[2]) };
  }
  return null;
}

export type { ResolvedDate };
