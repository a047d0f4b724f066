// What a number counts: the cue word chosen from its phrase, a topic or table
// header, or the figure it breaks down, and the checks that set a number aside
// as no figure at all (除…外, negatives, classifiers counting their own noun).
import type { CueChoice, Draft, Naming, Phrase, Reading } from './draft.js';
import { lastWord, originFinder, scopeFinder } from '../lexicon/finders.js';
import { startOf } from '../read/structure.js';
import { chooseCue, cueFits, lastCueBefore, sense, tableHeader, unitFits } from './cues.js';
import { decide } from './engine.js';
import { CLASSIFIERS, COMMODITY, METRIC_RULES, type CountContext } from './metric.js';
import type { TraceEntry } from './rule.js';
import { labelBefore } from './labels.js';
import { findParent, recentTotal } from './parents.js';
import { SO_FAR_METRICS, type Cue } from '../lexicon/vocabulary.js';
import type { WordHit } from '../util/words.js';

/** Nouns that only say "cases", whatever the count is. */
const BARE_CASES = new Set(['病例', '个案', '患者']);

/** The cue chosen for a number, and what it says beyond the cue. */
interface ChoiceRead {
  choice: CueChoice | null;
  topicStart: number | null;
  continuesParent: boolean;
}

/** The number's metric and how it was read, or null when the number is no figure. */
export function nameCount(r: Reading, p: Phrase, left: WordHit<Cue[]>[], right: WordHit<Cue[]>[]): Naming | null {
  const { text, structure } = r;
  const { m, sentence, leftBound } = p;
  const parent = findParent(text, r.drafts, m, sentence, structure, r.sentenceFirst);
  const read = chooseFor(r, p, left, right, parent);
  if (!read) return null;
  const { choice, topicStart, continuesParent } = read;
  const trace: TraceEntry[] = [];
  // the words right before the number, read once: breakdown label, quote start, 各 lists
  const label = labelBefore(text, m, leftBound);
  // 另有50宗初步确诊个案: preliminary positives, not yet confirmed
  const afterPreliminary = choice !== null && text.slice(Math.max(0, choice.hit.start - 2), choice.hit.start) === '初步';
  const context: CountContext = { r, p, parent, choice, topicStart, continuesParent, label, afterPreliminary, trace };
  const metric = decide(METRIC_RULES, context, null, trace, true);
  if (!metric) {
    if (trace.length > 0) r.setAside.push({ mention: m, trace });
    return null;
  }
  const inherited = trace.some((t) => t.rule === 'breakdown-part');
  return { metric, choice, parent, topicStart, continuesParent, inherited, trace, label, afterPreliminary };
}

/** The cue a number is named by, from its phrase or its topic; null when the number is set aside. */
function chooseFor(r: Reading, p: Phrase, left: WordHit<Cue[]>[], right: WordHit<Cue[]>[], parent: Draft | null): ChoiceRead | null {
  const { text, drafts } = r;
  const { m, next, sentence, paragraph, leftBound, nounEnd } = p;
  let topicStart: number | null = null;
  let choice = chooseCue(text, m, left, right);
  // 除5例普通型外: an exception, not a count; 除2份呈阳性外均为阴性 still counts the positives
  if (p.exception && !(choice && choice.side === 'right' && choice.cue.kind === 'verb')) return null;
  // 检测结果呈阴性的207321人: counts of negatives are not figures
  if (/阴性[的]?$/.test(text.slice(Math.max(leftBound, m.start - 4), m.start))) return null;
  // 20个和27个网格: coordinated counts share the noun after the last one
  let nounAfter = text.slice(m.end, nounEnd);
  if (next && /^(?:和|、|或|至|到|-)$/.test(text.slice(m.end, next.start)) && next.unit === m.unit) {
    nounAfter = text.slice(next.end, next.end + 6);
  }
  if (CLASSIFIERS.has(m.unit) && (!choice || choice.side === 'left') && /^[\u4e00-\u9fff]{2}/.test(nounAfter) &&
      !cueFits(nounAfter, m.unit) && !(choice && choice.cue.metric.startsWith('supplies.') && COMMODITY.test(nounAfter)) &&
      !/^(?:以上|左右|上下|余|多)/.test(text.slice(m.unitEnd, m.unitEnd + 2)) && !/^[的为在均已是和及、]/.test(nounAfter)) {
    // 划分为20个网格: the classifier counts its own noun, not the cue before it
    return null;
  }
  // 设立接驳点共608个,其中花果园封控区82个: a zone right before a part of another count is where the part is
  if (choice && choice.side === 'left' && /^(?:封控区|管控区|防范区)$/.test(choice.hit.word) && parent && parent.unit === m.unit &&
      !parent.metric.startsWith('areas.')) {
    choice = null;
  }
  let continuesParent = false;
  // 病例, 个案: the kind of case the sentence is already counting
  if (choice && choice.cue.kind === 'generic') {
    // 病例, 个案 continue whatever the sentence counts; 境外输入病例 after 出院63例 names the kind of case,
    // not what happened to them (出院63例,60例为境外输入病例)
    const bare = BARE_CASES.has(choice.hit.word);
    if (parent && parent.metric.startsWith('cases.') && unitFits(parent.metric, m.unit) && (bare || !SO_FAR_METRICS.has(parent.metric))) {
      choice = { ...choice, cue: { ...choice.cue, metric: parent.metric } };
      continuesParent = true;
    } else if (!parent && !lastWord(scopeFinder, text, leftBound, Math.max(m.start, choice.hit.start)) &&
               !lastWord(originFinder, text, leftBound, Math.max(m.end + 4, choice.hit.start))) {
      choice = null; // a bare 患者 or 病例 with nothing to say which count it is
    } else if (!parent && bare) {
      // 新增57宗核酸阳性个案…。新增个案中,33宗属社区发现: the cases the paragraph is counting
      const total = recentTotal(drafts, paragraph, true);
      if (total && total.metric.startsWith('cases.') && total.metric !== choice.cue.metric && unitFits(total.metric, m.unit) &&
          !SO_FAR_METRICS.has(total.metric)) {
        choice = { ...choice, cue: { ...choice.cue, metric: total.metric } };
      }
    }
  }
  if (!choice && !parent) {
    const topic = topicCue(r, p);
    if (topic) {
      choice = topic.choice;
      topicStart = topic.topicStart;
    }
  }
  // 已解除高风险区15个、中风险区3个: the listed areas are lifted too
  if (choice && choice.cue.metric.startsWith('areas.') && parent?.metric === 'areas.lifted' && parent.sentence === sentence &&
      /^[、和及]$/.test(text.slice(parent.mention.end, choice.hit.start))) {
    choice = { ...choice, cue: { ...choice.cue, metric: 'areas.lifted', kind: 'verb' } };
  }
  // 两个大型批发市场供应, 蔬菜品种400多个: places and kinds are not goods
  if (choice && choice.cue.metric.startsWith('supplies.') && CLASSIFIERS.has(m.unit)) {
    const noun = choice.side === 'right' ? text.slice(m.end, choice.hit.start) : '';
    if ((noun.length >= 2 && !COMMODITY.test(noun)) || /(?:品种|种类|批次|类)$/.test(text.slice(Math.max(leftBound, m.start - 4), m.start))) return null;
  }
  return { choice, topicStart, continuesParent };
}

/**
 * 昨日新增确诊病例中,A区、B区分别报告5例、3例: the sentence's topic names what is counted;
 * 各区新增本土确诊病例如下:\n小店区 24例: so does a table's header line.
 */
function topicCue(r: Reading, p: Phrase): { choice: CueChoice; topicStart: number } | null {
  const { text, structure, cues, drafts } = r;
  const { m, sentence, sentenceStart, paragraph } = p;
  const header = tableHeader(text, structure, m.start);
  // 感染者5307至5317:现住东城区。其中隔离观察人员9例: 其中 breaks down what the sentence before names
  const previous = sentence > 0 ? structure.sentences[sentence - 1] : sentenceStart;
  const breaksDown = header === null && previous >= structure.paragraphs[paragraph] && previous < sentenceStart &&
    /^\s*(?:其中|当中)/.test(text.slice(sentenceStart, sentenceStart + 4));
  const topicFrom = header ?? (breaksDown ? previous : sentenceStart);
  for (let c = lastCueBefore(cues, m.start); c >= 0 && c >= lastCueBefore(cues, m.start) - 40; c--) {
    const h = cues[c];
    if (h.start < topicFrom) break;
    if (text[h.end] !== '中' && !(header !== null && h.start < structure.paragraphs[paragraph]) && !(breaksDown && h.start < sentenceStart)) continue;
    let cue = sense(h, m.unit);
    let hit = h;
    // 新增出院病例中,长沙市9例: the generic 病例 of a topic is the specific count written before it
    const before = c > 0 ? cues[c - 1] : null;
    const specific = before && before.end === h.start ? sense(before, m.unit) : null;
    if (cue && cue.kind === 'generic' && specific && specific.kind !== 'generic') {
      cue = specific;
      hit = before!;
    } else if (cue && cue.kind === 'generic') {
      // 新增5宗阳性个案…。新增个案中,33宗属社区发现: the cases the paragraph is counting
      const total = recentTotal(drafts, paragraph, true);
      if (total && total.metric.startsWith('cases.') && unitFits(total.metric, m.unit)) cue = { ...cue, metric: total.metric };
    }
    return cue ? { choice: { cue, hit, side: 'left' }, topicStart: header ?? startOf(structure.clauses, hit.start) } : null;
  }
  return null;
}
