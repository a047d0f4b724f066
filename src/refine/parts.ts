// Which head a list of places belongs to: the one its parts add up to. A list
// on the lines under several heads was first given to the nearest; when its
// parts do not add up to that head but do add up to another one just before,
// or to two heads together (confirmed + asymptomatic = positives), the parts
// take that head's metric, scope, origin and date.
import { familyOf, type Metric } from '../lexicon/metrics.js';
import type { Draft } from '../rules/draft.js';
import { decidedBy, setField } from '../rules/engine.js';
import { isListSibling } from '../rules/parents.js';
import type { DraftRefiner, RefineContext } from './context.js';

const PARTS_SUM = 'parts-sum-to-head';

/** How far back a head may stand before its list: a few figures, a few paragraphs. */
const HEADS_BACK = 12;
const PARAGRAPHS_BACK = 3;

/** Two heads a list of places may add up to together, and the count they make. */
const TOGETHER: ReadonlyArray<readonly [Metric, Metric, Metric]> = [
  ['cases.confirmed', 'cases.asymptomatic', 'cases.positive'],
];

interface Head {
  draft: Draft;
  metric: Metric;
}

function reassignParts({ text }: RefineContext, drafts: Draft[]): Draft[] {
  // a list's parts, by the figure the list breaks down: an item after a sibling (…天府新区18例,高新区298例)
  // joins the sibling's list; an item after 其中 or inside a parenthesis starts a list of its own
  const headOf = new Map<Draft, Draft>();
  const groups = new Map<Draft, number[]>();
  drafts.forEach((d, i) => {
    if (!d.inherited || d.region === null || !d.parent) return;
    const p = d.parent;
    const head = p.inherited && p.region !== null && isListSibling(text, p.mention.end, d.mention.start) ? headOf.get(p) ?? p : p;
    headOf.set(d, head);
    const list = groups.get(head);
    if (list) list.push(i);
    else groups.set(head, [i]);
  });
  for (const [parent, members] of groups) {
    if (members.length < 2) continue;
    const parts = members.map((i) => drafts[i]);
    // only a list that follows its head in a later sentence or line was given to the nearest head by guess
    if (parts[0].sentence === parent.sentence || parts.some((p) => p.unit !== parts[0].unit)) continue;
    const sum = parts.reduce((s, p) => s + p.value, 0);
    if (sum === parent.value) continue;
    const head = headOfSum(drafts, members[0], parts[0], sum);
    if (!head) continue;
    for (const part of parts) retype(part, head, parent);
  }
  return drafts;
}

/** The head just before the list whose count the parts add up to, alone or with the head beside it. */
function headOfSum(drafts: Draft[], first: number, part: Draft, sum: number): Head | null {
  const candidates: Draft[] = [];
  for (let i = first - 1; i >= 0 && i >= first - HEADS_BACK; i--) {
    const d = drafts[i];
    if (part.paragraph - d.paragraph > PARAGRAPHS_BACK) break;
    if (!d.inherited && d.region === null && d.unit === part.unit && familyOf(d.metric) === familyOf(part.metric)) candidates.push(d);
  }
  for (const d of candidates) if (d.value === sum) return { draft: d, metric: d.metric };
  for (let k = 0; k + 1 < candidates.length; k++) {
    const [b, a] = [candidates[k], candidates[k + 1]];
    const pair = TOGETHER.find(([x, y]) => x === a.metric && y === b.metric);
    if (pair && a.value + b.value === sum && a.scope === b.scope && a.date === b.date) return { draft: a, metric: pair[2] };
  }
  return null;
}

function retype(part: Draft, head: Head, old: Draft): void {
  const { draft } = head;
  setField(part, 'metric', head.metric, PARTS_SUM);
  setField(part, 'scope', draft.scope, PARTS_SUM);
  setField(part, 'origin', draft.origin, PARTS_SUM);
  setField(part, 'date', draft.date, PARTS_SUM);
  // a group named after the wrong head is not the parts' group
  if (part.subject !== null && part.subject === old.subject && decidedBy(part.trace, 'subject') !== null) {
    setField(part, 'subject', draft.subject, PARTS_SUM);
  }
  part.parent = draft;
}

export const partsSumToHead: DraftRefiner = {
  name: PARTS_SUM,
  phase: 'refine',
  apply: reassignParts,
  examples: [
    {
      text: '11月20日0-24时,成都新增本土感染者316例。另有3例既往通报的无症状感染者转确诊。\n成都新增本土感染者按报告地统计:天府新区18例,高新区298例。',
      figure: { value: 298, metric: 'cases.positive', region: '高新区', subject: null },
    },
    {
      text: '4月5日0时至24时,大连市新增本土确诊病例3例,新增本土无症状感染者40例。分区情况:甘井子区20例,沙河口区15例,中山区8例。',
      figure: { value: 20, metric: 'cases.positive', region: '甘井子区' },
    },
  ],
  negatives: [
    {
      // the parts add up to no head: they stay with the nearest (the cross-check says they fall short)
      text: '4月5日0时至24时,大连市新增本土无症状感染者40例。分区情况:甘井子区20例,沙河口区15例。',
      figure: { value: 20, metric: 'cases.asymptomatic', region: '甘井子区' },
    },
  ],
};
