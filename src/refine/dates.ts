// The date of each figure: the last date expression before it in its
// paragraph (or since its table's header line), and one date per number for
// a list of dates followed by 分别.
import type { ResolvedDate } from '../read/timeline.js';
import type { Draft } from '../rules/draft.js';
import { setField } from '../rules/engine.js';
import type { NamedRule } from '../rules/rule.js';
import type { DraftRefiner, RefineContext } from './context.js';

const PARAGRAPH_DATE = 'date-of-paragraph';
const LISTED_DATE = 'date-of-listed-days';

function assignDates({ text, dates, structure: s }: RefineContext, drafts: Draft[]): Draft[] {
  // drafts and dates are both in text order: walk them together
  const order = [...drafts].sort((a, b) => a.mention.start - b.mention.start);
  const seriesDone = new Map<ResolvedDate, Draft[]>();
  let k = 0;
  let governing: ResolvedDate | null = null;
  for (const d of order) {
    while (k < dates.length && dates[k].end <= d.mention.start) governing = dates[k++];
    const paraStart = Math.min(s.paragraphs[d.paragraph], d.datesFrom ?? Infinity);
    if (!governing || governing.start < paraStart) continue;
    setField(d, 'date', governing.value, PARAGRAPH_DATE);
    d.windowDate = governing.window;
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

export const dateOfParagraph: DraftRefiner = {
  name: PARAGRAPH_DATE,
  phase: 'refine',
  apply: assignDates,
  examples: [{ text: '4月3日0—24时,全市新增本土确诊病例5例。', figure: { value: 5, date: '2022-04-03' } }],
  negatives: [{ text: '全市新增本土确诊病例5例。', figure: { value: 5, date: null } }],
};

/** A decision the paragraph-date step also makes: the day of a 分别 list, one per number. */
export const dateOfListedDays: NamedRule = {
  name: LISTED_DATE,
  phase: 'date',
  examples: [{ text: '4月1日、4月2日、4月3日,全市分别新增本土确诊病例9例、10例、16例。', figure: { value: 10, date: '2022-04-02' } }],
  negatives: [{ text: '4月1日至4月3日,全市新增本土确诊病例35例。', figure: { value: 35 } }],
};
