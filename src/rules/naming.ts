// What a number counts: the cue word chosen from its phrase, a topic or table
// header, or the figure it breaks down, and the checks that set a number aside
// as no figure at all (除…外, negatives, classifiers counting their own noun).
import type { Metric } from '../validate/schema.js';
import { PLACE_FORM } from '../lexicon/places.js';
import type { CueChoice, Draft, Naming, Phrase, Reading } from './draft.js';
import { lastWord, originFinder, scopeFinder } from '../lexicon/finders.js';
import { placeAtEnd } from './regions.js';
import { startOf } from '../read/structure.js';
import { chooseCue, cueFits, lastCueBefore, sense, tableHeader, unitFits } from './cues.js';
import { labelBefore } from './labels.js';
import { findParent, recentTotal } from './parents.js';
import { SO_FAR_METRICS, type Cue } from '../lexicon/vocabulary.js';
import type { WordHit } from '../util/words.js';

/** Goods that supplies figures count. */
const GOODS = ['口罩', '蔬菜', '粮', '肉', '蛋', '奶', '米', '面', '水果', '物资', '药品', '食品', '盒饭', '防护服', '消毒', '抗原', '试剂'];
/** Goods named anywhere in a noun phrase (近10万份免费蔬菜包); short words only as part of longer ones. */
const COMMODITY_IN = new RegExp([...GOODS, '食用油', '爱心菜', '菜包'].join('|'));
/** Goods opening a noun: a classifier before them still counts supplies (售出106万个口罩). */
export const COMMODITY = new RegExp(`^(?:${[...GOODS, '油', '生活', '爱心', '菜', '包', '套餐'].join('|')})`);
/** Classifiers that count the noun right after them (20个网格, 2万套系统), never a cue before them. */
export const CLASSIFIERS = new Set(['个', '处', '家', '所', '套', '间', '张', '台', '辆', '座', '批']);
/** A delivery verb opening the predicate after the goods (已陆续送达, 已全部派送到, 就迅速到位). */
const DELIVERED_AFTER = /^(?:已经|已|均|正在|将|就)?(?:陆续|全部|迅速|及时|顺利)?(?:送达|发放|配送|派送|运抵|送到|发往|到位|分发|运送)/;
/** Nouns that only say "cases", whatever the count is. */
const BARE_CASES = new Set(['病例', '个案', '患者']);
const CASE_UNITS = new Set(['例', '宗']);
const PEOPLE_UNITS = new Set(['人', '名']);
const FOUND_UNITS = new Set(['例', '人', '名', '宗']);

/** The cue chosen for a number, and what it says beyond the cue. */
interface ChoiceRead {
  choice: CueChoice | null;
  topicStart: number | null;
  continuesParent: boolean;
}

/** The number's metric and how it was read, or null when the number is no figure. */
export function nameCount(r: Reading, p: Phrase, left: WordHit<Cue[]>[], right: WordHit<Cue[]>[]): Naming | null {
  const { text, structure } = r;
  const { m, sentence, sentenceStart, leftBound, rightEnd, nounEnd } = p;
  const parent = findParent(text, r.drafts, m, sentence, structure, r.sentenceFirst);
  const read = chooseFor(r, p, left, right, parent);
  if (!read) return null;
  const { choice, topicStart, continuesParent } = read;
  let metric: Metric | null = choice ? choice.cue.metric : null;
  // 又发现4人, 筛查出2例: found, with nothing else named, are positives
  if (!choice && (!parent || !unitFits(parent.metric, m.unit)) && FOUND_UNITS.has(m.unit) &&
      /(?:发现|筛查出|检出)[^,，。;；]{0,4}$/.test(text.slice(leftBound, m.start)) && !(m.unit === '人' && /检出/.test(text.slice(leftBound, m.start)))) {
    metric = 'cases.positive';
  }
  // 轮 counts testing rounds whenever the sentence is about testing
  if (!metric && m.unit === '轮' && /核酸|抗原|检测|筛查|核检|核筛/.test(
    text.slice(Math.max(sentenceStart, m.start - 60), Math.min(structure.sentences[sentence + 1] ?? text.length, m.end + 60)))) {
    metric = 'tests.rounds';
  }
  let rule = choice ? `${choice.side}-cue:${choice.hit.word}` : metric === 'tests.rounds' ? 'rounds' : metric ? 'found' : '';
  let inherited = false;
  // the words right before the number, read once: breakdown label, quote start, 各 lists
  const label = labelBefore(text, m, leftBound);
  const itemLabel = label.text;
  if (!metric && parent && isPartOf(text, p, parent, itemLabel)) {
    metric = parent.metric;
    inherited = true;
    rule = 'breakdown';
    // …已解除观察1729人,尚在接受医学观察20366人: those still observed are contacts, not released ones
    if (metric === 'contacts.released' && /尚在|正在|仍在/.test(itemLabel)) metric = 'contacts.close';
  }
  // 近10万份免费蔬菜包已陆续送达…, 1万份蔬菜包已全部派送到…: goods counted before the verb that delivers them
  if (!metric && !choice && unitFits('supplies.delivered', m.unit) && COMMODITY_IN.test(text.slice(m.end, nounEnd)) &&
      DELIVERED_AFTER.test(text.slice(nounEnd, rightEnd + 12).replace(/[,，。;；].*$/s, ''))) {
    metric = 'supplies.delivered';
    rule = 'goods-delivered';
  }
  if (!metric) return null;
  // 108例境外移入(75例为航班落地采检阳性): a part of confirmed cases said to have been found positive is still
  // confirmed; 为 describes how they were found
  if (metric === 'cases.positive' && parent?.metric === 'cases.confirmed' && parent.sentence === sentence && choice?.side === 'right' &&
      /^[为是系]/.test(text.slice(m.end, m.end + 1))) {
    metric = parent.metric;
  }
  // 全市有14个区无本地报告新增确诊病例, 3个省: a count of places, whatever the sentence goes on to count
  // (risk areas are places counted: 2个区域划定为高风险区)
  if (CLASSIFIERS.has(m.unit) && !metric.startsWith('areas.') &&
      /^(?:区|县|市|省|镇|乡|村|街道|社区|国家|地区)/.test(text.slice(m.unitEnd, m.unitEnd + 4))) return null;
  // 4个阳性环境标本: positive samples are not infected people
  if (metric.startsWith('cases.') && choice?.side === 'right' &&
      /^[\u4e00-\u9fa5]{0,3}(?:标本|样本|样品)/.test(text.slice(choice.hit.end, choice.hit.end + 6))) return null;
  // 储备…可满足一轮次全市核酸检测: what stocks suffice for, not rounds carried out
  if (metric === 'tests.rounds' && /(?:满足|保障|足够|够)$/.test(text.slice(Math.max(leftBound, m.start - 4), m.start))) return null;
  // 解除医学观察 of people, or of contacts, is contacts.released
  const window = text.slice(leftBound, rightEnd);
  // 另有50宗初步确诊个案: preliminary positives, not yet confirmed
  const afterPreliminary = choice !== null && text.slice(Math.max(0, choice.hit.start - 2), choice.hit.start) === '初步';
  if (metric === 'cases.confirmed' && afterPreliminary && /^(?:确诊|阳性)/.test(choice!.hit.word)) metric = 'cases.positive';
  // 累计公布14,653位确诊个案,已有13,195人解除隔离 (Taiwan): confirmed cases released from isolation have
  // recovered; the sentence is about cases, and names no contacts and no medical observation
  if (metric === 'cases.released' && choice?.hit.word === '解除隔离' &&
      aboutCasesOnly(text.slice(sentenceStart, structure.sentences[sentence + 1] ?? text.length))) {
    metric = 'cases.discharged';
  } else if (metric === 'cases.released' && (/密切接触|密接/.test(window) || (PEOPLE_UNITS.has(m.unit) && !/无症状|确诊|感染者/.test(window)))) {
    metric = 'contacts.released';
  }
  // 解离 is the short form of 解除隔离 (共解离密切接触者9667人), 解除观察 of 解除医学观察
  if ((metric === 'contacts.close' || metric === 'contacts.secondary') && /解除(?:隔离)?(?:医学观察|隔离|观察)|解除隔离|解离/.test(text.slice(Math.max(leftBound, m.start - 12), m.start)) && !/尚在|正在/.test(window)) {
    metric = 'contacts.released';
  }
  if (metric === 'contacts.released' && !unitFits(metric, m.unit)) return null;
  if (!choice && !inherited && metric !== 'tests.rounds' && metric !== 'cases.positive' && rule !== 'goods-delivered') return null;
  return { metric, choice, parent, topicStart, continuesParent, inherited, rule, label, afterPreliminary };
}

/** Whether a number with no cue of its own is a part of the parent's count (其中…, 、 lists, parentheses). */
function isPartOf(text: string, p: Phrase, parent: Draft, itemLabel: string): boolean {
  const m = p.m;
  // 中九龙干线地盘多2人,累计22人确诊;将军澳蓝田隧道群组再多2宗: after cases counted in people, 例 and 宗 still count
  // cases (the other way, 24例确诊个案,…接触者共255人, the people are often another group)
  const sameUnit = parent.unit === m.unit || parent.metric.startsWith('supplies.') ||
    (CASE_UNITS.has(parent.unit) && CASE_UNITS.has(m.unit)) ||
    (parent.metric.startsWith('cases.') && PEOPLE_UNITS.has(parent.unit) && CASE_UNITS.has(m.unit)) ||
    // 14例境外移入个案,为8名男性、6名女性: cases described as people by sex
    (parent.metric.startsWith('cases.') && CASE_UNITS.has(parent.unit) && m.unit === '名' && /^[为是]?\d*名?$/.test(itemLabel) &&
      /^(?:男|女)/.test(text.slice(m.end, m.end + 1)));
  if (!sameUnit) return false;
  // 11297人为阴性: negatives are not a breakdown of the positives before them
  if (/^[为呈均]?阴性/.test(text.slice(m.end, m.end + 4))) return false;
  // 同轨迹人士6,216人 after 次密切接触者…人: another group of people, not a part of the contacts
  // (尚在接受医学观察20366人 after the contacts traced is a state of the same contacts, not another group)
  if (parent.metric.startsWith('contacts.') && itemLabel.length > 0 && !placeAtEnd(itemLabel) && !PLACE_FORM.test(itemLabel) &&
      !/观察|隔离/.test(itemLabel)) return false;
  return unitFits(parent.metric, m.unit) && !/^(?:除|比|较|增加|减少|超过|达到|占|总共|合计|共计|总计)/.test(itemLabel);
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

/** A sentence about cases that names no contacts and no medical observation. */
function aboutCasesOnly(sentence: string): boolean {
  return /确诊|病例|个案/.test(sentence) && !/接触|密接|观察|无症状/.test(sentence);
}
