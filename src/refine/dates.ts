// The date of each figure: the last date expression before it in its
// paragraph (or since its table's header line), and one date per number for
// a list of dates followed by 分别.
import type { ResolvedDate } from '../read/timeline.js';
import type { Draft } from '../rules/draft.js';
import { setField } from '../rules/engine.js';
import type { NamedRule } from '../rules/rule.js';
import type { DraftRefiner, RefineContext } from './context.js';
import { indexAt } from '../read/structure.js';

const PARAGRAPH_DATE = 'date-of-paragraph';
const LISTED_DATE = 'date-of-listed-days';

function assignDates({ text, dates, structure: s }: RefineContext, drafts: Draft[]): Draft[] {
  // drafts and dates are both in text order: walk them together
  const order = [...drafts].sort((a, b) => a.mention.start - b.mention.start);
  const seriesDone = new Map<ResolvedDate, Draft[]>();
  let k = 0;
  let governing: ResolvedDate | null = null;
  // whether the governing date heads the sections below it: asked only when a figure lies past its paragraph
  let heading: boolean | null = null;
  for (const d of order) {
    while (k < dates.length && dates[k].end <= d.mention.start) {
      governing = dates[k++];
      heading = null;
    }
    const paraStart = Math.min(s.paragraphs[d.paragraph], d.datesFrom ?? Infinity);
    if (!governing) continue;
    if (governing.start < paraStart && !(heading ??= headingWindow(text, s, dates, k - 1))) continue;
    setField(d, 'date', governing.value, PARAGRAPH_DATE);
    d.windowDate = governing.window;
    d.asOfDate = governing.asOf === true;
    const list = governing.list;
    if (list && list.length > 1) {
      // 分别为9例、10例、16例: one date per number, in order
      // 分别 between the listed days and the number (looked for nearby only)
      const fenbie = d.mention.start - governing.end > 300 ? -1 : text.slice(governing.end, d.mention.start).indexOf('分别');
      if (fenbie < 0) continue;
      let series = seriesDone.get(governing);
      if (!series) {
        const at = governing.end + fenbie;
        series = order.filter((x) => x.sentence === d.sentence && x.mention.start > at).slice(0, list.length);
        seriesDone.set(governing, series);
      }
      const i = series.indexOf(d);
      if (series.length === list.length && i >= 0) setField(d, 'date', list[i], LISTED_DATE);
    }
  }
  return drafts;
}

/**
 * A reporting window on a line of its own (2022年11月9日(0-24时) above 1.新增本土确诊病例1133例) heads the
 * sections below it, up to the next date. A bare day on its own line is not one: it is how a page
 * states its publication date.
 */
function headingWindow(text: string, s: RefineContext['structure'], dates: ResolvedDate[], k: number): boolean {
  const date = dates[k];
  const p = indexAt(s.paragraphs, date.start);
  const from = s.paragraphs[p];
  const to = s.paragraphs[p + 1] ?? text.length;
  if (to - from > 40) return false;
  const line = text.slice(from, to);
  // a day alone on a line is how a page states its publication date; a window names its hours
  if (!/时/.test(line)) return false;
  // the line holds its dates and the marks between them, nothing else
  let rest = '';
  let at = from;
  let first = k;
  while (first > 0 && dates[first - 1].end > from) first--;
  for (let i = first; i < dates.length && dates[i].start < to; i++) {
    const d = dates[i];
    rest += text.slice(at, Math.max(at, d.start));
    at = Math.max(at, d.end);
  }
  rest += text.slice(at, to);
  return /^[\s()（）\[\]【】0-9:：\-—–~至时]*$/.test(rest);
}

export const dateOfParagraph: DraftRefiner = {
  name: PARAGRAPH_DATE,
  phase: 'refine',
  apply: assignDates,
  examples: [
    { text: '4月3日0—24时,全市新增本土确诊病例5例。', figure: { value: 5, date: '2022-04-03' } },
    { text: '2022年11月9日(0-24时)\n1.新增本土确诊病例1133例\n广东500例。', figure: { value: 1133, date: '2022-11-09' } },
  ],
  negatives: [
    { text: '全市新增本土确诊病例5例。', figure: { value: 5, date: null } },
    { text: '2022年11月10日\n\n全市新增本土确诊病例5例。', figure: { value: 5, date: null } },
  ],
};

/** A decision the paragraph-date step also makes: the day of a 分别 list, one per number. */
export const dateOfListedDays: NamedRule = {
  name: LISTED_DATE,
  phase: 'date',
  examples: [{ text: '4月1日、4月2日、4月3日,全市分别新增本土确诊病例9例、10例、16例。', figure: { value: 10, date: '2022-04-02' } }],
  negatives: [{ text: '4月1日至4月3日,全市新增本土确诊病例35例。', figure: { value: 35 } }],
};
