// The count a sentence's topic or a table's header line names: 新增确诊病例中,
// A区5例; 各区新增本土确诊病例如下:\n小店区 24例.
import { startOf } from '../read/structure.js';
import type { CueChoice, Phrase, Reading } from './draft.js';
import { lastCueBefore, sense, tableHeader, unitFits } from './cues.js';
import { recentTotal } from './parents.js';
import { charIs } from '../util/charset.js';

/**
 * 昨日新增确诊病例中,A区、B区分别报告5例、3例: the sentence's topic names what is counted;
 * 各区新增本土确诊病例如下:\n小店区 24例: so does a table's header line.
 */
export function topicCue(r: Reading, p: Phrase): { choice: CueChoice; topicStart: number } | null {
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
    // 港澳台地区累计确诊病例如下:香港12例; 国外通报确诊病例:新加坡18例: a count named before a colon heads the list after it
    const heads = charIs(text, h.end, '中') || /^(?:情况|分布)?(?:如下)?[:：]/.test(text.slice(h.end, h.end + 5));
    if (!heads && !(header !== null && h.start < structure.paragraphs[paragraph]) && !(breaksDown && h.start < sentenceStart)) continue;
    // (a table cell has no unit: the header's word counts in its own)
    let cue = m.unit === '' ? h.data[0] ?? null : sense(h, m.unit);
    let hit = h;
    // 新增出院病例中,长沙市9例: the generic 病例 of a topic is the specific count written before it
    const before = c > 0 ? cues[c - 1] : null;
    const specific = before && before.end === h.start ? sense(before, m.unit) : null;
    // 在院治疗确诊病例 in a header: what state the cases are in decides, as it does in a phrase
    const stated = before && before.end === h.start ? before.data.find((x) => x.kind === 'state' || x.kind === 'verb') ?? null : null;
    if (cue && m.unit === '' && stated && cue.kind !== 'state' && cue.kind !== 'verb') {
      cue = stated;
      hit = before!;
    } else if (cue && cue.kind === 'generic' && specific && specific.kind !== 'generic') {
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
