// Reads figures from number mentions: each mention's metric comes from the
// cue words around it (its own phrase first), or from the figure it breaks
// down (其中…, parentheses, 、 lists). Scope, origin, region, subject and date
// are read from the same phrase, or carried over from that parent figure.
import type { Metric } from '../validate/schema.js';
import { findMentions } from './mentions.js';
import { STATE_METRICS, type Cue } from './vocabulary.js';
import type { WordHit } from './words.js';
import { analyzeStructure, indexAt, isExcluded, startOf, type Structure } from './structure.js';
import { PLACE_FORM } from '../resolve/places.js';
import type { Draft, FigureContext, Origin, Scope } from './draft.js';
import { cueFinder, lastWord, originFinder, scopeFinder } from './finders.js';
import { clausePlace, distributeFenbieRegions, paragraphTopic, parenthesisOwner, placeAtEnd, samePlace } from './regions.js';
import { cleanSubject, cutAtFirst, readSubject, stripWords } from './subjects.js';
import { isHanCode } from '../input/cjk.js';
import { chooseCue, cueFits, lastCueBefore, parenthesesBetween, sense, tableHeader, unitFits } from './cues.js';
import { innermostPlace, labelAfter, labelBefore, labelBeforeParenthesis, listBefore, RIGHT_STOP } from './labels.js';
import { findParent, recentTotal, recentTotalOf } from './parents.js';

export type { Draft, FigureContext, Origin, Scope } from './draft.js';
export { samePlace } from './regions.js';
export { cutAtFirst, stripWords } from './subjects.js';

const MAX_LEFT = 40;
/** A noun phrase after "N unit" ends where its predicate starts (1723名医护人员开展核酸检测). */
const PREDICATE = /开展|进行|参与|参加|支援|负责|完成|实施|赶赴|深入|组建|共同|前往|驻守|协助|投入|落实|已经|已|正在|均|将/g;
/** A verb between a cue and the number means the number counts something else (高风险地区共封闭社区24个). */
const VERB_BREAK = /封闭|封控|划分|设立|建成|开设|涉及|派出|组织|抽调|招募|动员|出动/;
/** 核酸采样又发现4人: after 发现 or 检出 the count is of what was found, not of the tests. */
const FOUND_BREAK = /发现|检出/;
/** A delivery verb opening the predicate after the goods (已陆续送达, 已全部派送到, 就迅速到位). */
const DELIVERED_AFTER = /^(?:已经|已|均|正在|将|就)?(?:陆续|全部|迅速|及时|顺利)?(?:送达|发放|配送|派送|运抵|送到|发往|到位|分发|运送)/;
/** Goods that supplies figures count. */
const GOODS = ['口罩', '蔬菜', '粮', '肉', '蛋', '奶', '米', '面', '水果', '物资', '药品', '食品', '盒饭', '防护服', '消毒', '抗原', '试剂'];
/** Goods named anywhere in a noun phrase (近10万份免费蔬菜包); short words only as part of longer ones. */
const COMMODITY_IN = new RegExp([...GOODS, '食用油', '爱心菜', '菜包'].join('|'));
/** Goods opening a noun: a classifier before them still counts supplies (售出106万个口罩). */
const COMMODITY = new RegExp(`^(?:${[...GOODS, '油', '生活', '爱心', '菜', '包', '套餐'].join('|')})`);
/** Classifiers that count the noun right after them (20个网格, 2万套系统), never a cue before them. */
const CLASSIFIERS = new Set(['个', '处', '家', '所', '套', '间', '张', '台', '辆', '座', '批']);
const MAX_RIGHT = 24;
const SEVERITY_CLASS = new Set(['轻型', '普通型', '轻症']);
/** A parenthesis holding only another name of the disease: (武汉肺炎), (COVID-19), (新冠肺炎). */
const DISEASE_ALIAS = /^[(（](?:武汉肺炎|新冠肺炎|新型冠状病毒肺炎|新型冠状病毒|新冠病毒|COVID-19|2019冠状病毒病|严重特殊传染性肺炎)[)）]/;


export function extractFigures(text: string, context: FigureContext, structure: Structure = analyzeStructure(text)): Draft[] {
  const ctx: FigureContext = { ...context, clauseMemo: new Map() };
  const mentions = findMentions(text);
  // 其中重症: 中重症 (moderate or severe) only where it is not the 中 of 其中
  const cues = cueFinder.findOverlapping(text).map((h) =>
    h.word === '中重症' && text[h.start - 1] === '其' ? { ...h, start: h.start + 1, word: '重症' } : h);
  const drafts: Draft[] = [];
  /** cues already read as the noun of an earlier number (471名密接和671名次密接) */
  const consumed = new Set<number>();
  const sentenceFirst = new Map<number, Draft>();
  const anyBlank = text.includes('空号');

  let cueIdx = 0;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (isExcluded(structure, m.numStart)) continue;
    const exception = /^\s*除/.test(text.slice(startOf(structure.clauses, m.start), m.start));
    // 1例空号病例, 累计111例(空号): numbers withdrawn from the count are not cases
    const ownClause = startOf(structure.clauses, m.start);
    if (anyBlank && text.slice(Math.max(ownClause, m.start - 12), m.end + 6).replace(/[,，。;；].*$/s, '').includes('空号')) continue;
    const sentence = indexAt(structure.sentences, m.start);
    const sentenceStart = structure.sentences[sentence];
    const paragraph = indexAt(structure.paragraphs, m.start);
    const prev = mentions[k - 1];
    // a cue is read within the number's own clause (密切接触者,二人为同事 is not a count)
    const leftBound = Math.max(startOf(structure.clauses, m.start), prev ? prev.end : 0, m.start - MAX_LEFT);
    let rightEnd = m.end;
    const next = mentions[k + 1];
    let skipped = 0;
    while (rightEnd < text.length && rightEnd - m.end - skipped < MAX_RIGHT && (!next || rightEnd < next.start)) {
      if (RIGHT_STOP.has(text.charCodeAt(rightEnd))) {
        // 315例COVID-19(武汉肺炎)确诊病例: a disease's other name in parentheses stays inside the noun phrase
        const open = text.charCodeAt(rightEnd) === 0x28 || text.charCodeAt(rightEnd) === 0xff08;
        const named = open ? DISEASE_ALIAS.exec(text.slice(rightEnd, rightEnd + 14)) : null;
        if (named) {
          skipped += named[0].length;
          rightEnd += named[0].length;
          continue;
        }
        // 12名确诊…的病人(个案编号:12049、…)出院: case numbers in parentheses are set aside, not counted in the phrase
        const close = open && /^[(（](?:个案编号|病例编号|编号|案)/.test(text.slice(rightEnd, rightEnd + 6)) ? text.indexOf(')', rightEnd) : -1;
        if (close > rightEnd && close - rightEnd < 200 && (!next || close < next.start)) {
          skipped += close + 1 - rightEnd;
          rightEnd = close + 1;
          continue;
        }
        break;
      }
      // 本港增18宗创44日新低 一日三年长患者不治: a space between phrases of a headline ends the noun phrase
      if (rightEnd > m.end && text.charCodeAt(rightEnd) === 0x20 && isHanCode(text.charCodeAt(rightEnd - 1)) &&
          isHanCode(text.charCodeAt(rightEnd + 1))) break;
      rightEnd++;
    }
    PREDICATE.lastIndex = 0;
    const pred = PREDICATE.exec(text.slice(m.end, rightEnd));
    const nounEnd = pred && pred.index > 0 ? m.end + pred.index : rightEnd;
    while (cueIdx < cues.length && cues[cueIdx].end <= leftBound) cueIdx++;
    const left: WordHit<Cue[]>[] = [];
    const right: WordHit<Cue[]>[] = [];
    for (let c = cueIdx; c < cues.length && cues[c].start < rightEnd; c++) {
      const hit = cues[c];
      if (hit.start >= m.end) {
        if (hit.end <= nounEnd) right.push(hit);
        continue;
      }
      if (hit.end > m.start || hit.start < leftBound || consumed.has(hit.start)) continue;
      const between = text.slice(hit.end, m.start);
      const parens = parenthesesBetween(text, hit.end, m.start);
      if (VERB_BREAK.test(between) || parens.closes || (parens.opens && /^.{0,2}[(（]/.test(between))) continue;
      if (hit.data.every((s) => s.metric.startsWith('tests.')) && FOUND_BREAK.test(between)) continue;
      left.push(hit);
    }
    const parent = findParent(text, drafts, m, sentence, structure, sentenceFirst);
    /** where a topic or table header that names the count begins, when the count is named there */
    let topicStart: number | null = null;
    let choice = chooseCue(text, m, left, right);
    // 除5例普通型外: an exception, not a count; 除2份呈阳性外均为阴性 still counts the positives
    if (exception && !(choice && choice.side === 'right' && choice.cue.kind === 'verb')) continue;
    // 检测结果呈阴性的207321人: counts of negatives are not figures
    if (/阴性[的]?$/.test(text.slice(Math.max(leftBound, m.start - 4), m.start))) continue;
    // 20个和27个网格: coordinated counts share the noun after the last one
    let nounAfter = text.slice(m.end, nounEnd);
    if (next && /^(?:和|、|或|至|到|-)$/.test(text.slice(m.end, next.start)) && next.unit === m.unit) {
      nounAfter = text.slice(next.end, next.end + 6);
    }
    if (CLASSIFIERS.has(m.unit) && (!choice || choice.side === 'left') && /^[\u4e00-\u9fff]{2}/.test(nounAfter) &&
        !cueFits(nounAfter, m.unit) && !(choice && choice.cue.metric.startsWith('supplies.') && COMMODITY.test(nounAfter)) &&
        !/^(?:以上|左右|上下|余|多)/.test(text.slice(m.unitEnd, m.unitEnd + 2)) && !/^[的为在均已是和及、]/.test(nounAfter)) {
      // 划分为20个网格: the classifier counts its own noun, not the cue before it
      continue;
    }
    // 设立接驳点共608个,其中花果园封控区82个: a zone right before a part of another count is where the part is
    if (choice && choice.side === 'left' && /^(?:封控区|管控区|防范区)$/.test(choice.hit.word) && parent && parent.unit === m.unit &&
        !parent.metric.startsWith('areas.')) {
      choice = null;
    }
    /** 个案分布为新北市(360例): a bare 病例 or 个案 continuing the parent's count */
    let continuesParent = false;
    // 病例, 个案: the kind of case the sentence is already counting
    if (choice && choice.cue.kind === 'generic') {
      // 病例, 个案 continue whatever the sentence counts; 境外输入病例 after 出院63例 names the kind of case,
      // not what happened to them (出院63例,60例为境外输入病例)
      const bare = ['病例', '个案', '患者'].includes(choice.hit.word);
      if (parent && parent.metric.startsWith('cases.') && unitFits(parent.metric, m.unit) &&
          (bare || !['cases.discharged', 'cases.deaths', 'cases.released', 'cases.reclassified'].includes(parent.metric))) {
        choice = { ...choice, cue: { ...choice.cue, metric: parent.metric } };
        continuesParent = true;
      } else if (!parent && !lastWord(scopeFinder, text, leftBound, Math.max(m.start, choice.hit.start)) &&
                 !lastWord(originFinder, text, leftBound, Math.max(m.end + 4, choice.hit.start))) {
        choice = null; // a bare 患者 or 病例 with nothing to say which count it is
      } else if (!parent && bare) {
        // 新增57宗核酸阳性个案…。新增个案中,33宗属社区发现: the cases the paragraph is counting
        const total = recentTotal(drafts, paragraph, true);
        if (total && total.metric.startsWith('cases.') && total.metric !== choice.cue.metric && unitFits(total.metric, m.unit) &&
            !['cases.discharged', 'cases.deaths', 'cases.released', 'cases.reclassified'].includes(total.metric)) {
          choice = { ...choice, cue: { ...choice.cue, metric: total.metric } };
        }
      }
    }
    if (!choice && !parent) {
      // 昨日新增确诊病例中,A区、B区分别报告5例、3例: the sentence's topic names what is counted;
      // 各区新增本土确诊病例如下:\n小店区 24例: so does a table's header line
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
        if (cue) {
          choice = { cue, hit, side: 'left' };
          topicStart = header ?? startOf(structure.clauses, hit.start);
        }
        break;
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
      if ((noun.length >= 2 && !COMMODITY.test(noun)) || /(?:品种|种类|批次|类)$/.test(text.slice(Math.max(leftBound, m.start - 4), m.start))) continue;
    }
    let metric: Metric | null = choice ? choice.cue.metric : null;
    // 又发现4人, 筛查出2例: found, with nothing else named, are positives
    if (!choice && (!parent || !unitFits(parent.metric, m.unit)) && ['例', '人', '名', '宗'].includes(m.unit) &&
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
    // 中九龙干线地盘多2人,累计22人确诊;将军澳蓝田隧道群组再多2宗: after cases counted in people, 例 and 宗 still count
    // cases (the other way, 24例确诊个案,…接触者共255人, the people are often another group)
    const sameUnit = parent && (parent.unit === m.unit || parent.metric.startsWith('supplies.') ||
      (['例', '宗'].includes(parent.unit) && ['例', '宗'].includes(m.unit)) ||
      (parent.metric.startsWith('cases.') && ['人', '名'].includes(parent.unit) && ['例', '宗'].includes(m.unit)) ||
      // 14例境外移入个案,为8名男性、6名女性: cases described as people by sex
      (parent.metric.startsWith('cases.') && ['例', '宗'].includes(parent.unit) && m.unit === '名' && /^[为是]?\d*名?$/.test(itemLabel) &&
        /^(?:男|女)/.test(text.slice(m.end, m.end + 1))));
    // 11297人为阴性: negatives are not a breakdown of the positives before them
    const negative = /^[为呈均]?阴性/.test(text.slice(m.end, m.end + 4));
    // 同轨迹人士6,216人 after 次密切接触者…人: another group of people, not a part of the contacts
    // (尚在接受医学观察20366人 after the contacts traced is a state of the same contacts, not another group)
    const siblingGroup = parent?.metric.startsWith('contacts.') && itemLabel.length > 0 && !placeAtEnd(itemLabel) && !PLACE_FORM.test(itemLabel) &&
      !/观察|隔离/.test(itemLabel);
    if (!metric && parent && sameUnit && !negative && !siblingGroup && unitFits(parent.metric, m.unit) &&
        !/^(?:除|比|较|增加|减少|超过|达到|占|总共|合计|共计|总计)/.test(itemLabel)) {
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
    if (!metric) continue;
    // 108例境外移入(75例为航班落地采检阳性): a part of confirmed cases said to have been found positive is still
    // confirmed; 为 describes how they were found
    if (metric === 'cases.positive' && parent?.metric === 'cases.confirmed' && parent.sentence === sentence && choice?.side === 'right' &&
        /^[为是系]/.test(text.slice(m.end, m.end + 1))) {
      metric = parent.metric;
    }
    // 全市有14个区无本地报告新增确诊病例, 3个省: a count of places, whatever the sentence goes on to count
    // (risk areas are places counted: 2个区域划定为高风险区)
    if (CLASSIFIERS.has(m.unit) && !metric.startsWith('areas.') &&
        /^(?:区|县|市|省|镇|乡|村|街道|社区|国家|地区)/.test(text.slice(m.unitEnd, m.unitEnd + 4))) continue;
    // 4个阳性环境标本: positive samples are not infected people
    if (metric.startsWith('cases.') && choice?.side === 'right' &&
        /^[\u4e00-\u9fa5]{0,3}(?:标本|样本|样品)/.test(text.slice(choice.hit.end, choice.hit.end + 6))) continue;
    // 储备…可满足一轮次全市核酸检测: what stocks suffice for, not rounds carried out
    if (metric === 'tests.rounds' && /(?:满足|保障|足够|够)$/.test(text.slice(Math.max(leftBound, m.start - 4), m.start))) continue;
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
    } else if (metric === 'cases.released' && (/密切接触|密接/.test(window) || (['人', '名'].includes(m.unit) && !/无症状|确诊|感染者/.test(window)))) {
      metric = 'contacts.released';
    }
    // 解离 is the short form of 解除隔离 (共解离密切接触者9667人), 解除观察 of 解除医学观察
    if ((metric === 'contacts.close' || metric === 'contacts.secondary') && /解除(?:隔离)?(?:医学观察|隔离|观察)|解除隔离|解离/.test(text.slice(Math.max(leftBound, m.start - 12), m.start)) && !/尚在|正在/.test(window)) {
      metric = 'contacts.released';
    }
    if (metric === 'contacts.released' && !unitFits(metric, m.unit)) continue;
    if (!choice && !inherited && metric !== 'tests.rounds' && metric !== 'cases.positive' && rule !== 'goods-delivered') continue;
    // the whole noun phrase after the number belongs to it
    if (choice && choice.side === 'right') for (const h of right) if (h.start <= choice.hit.start) consumed.add(h.start);

    const phraseStart = choice && choice.side === 'left' ? Math.min(choice.joined ? choice.hit.start : choice.hit.start, m.start) : m.start;
    const clauseStart = Math.max(startOf(structure.clauses, m.start), leftBound);
    const quoteStart = inherited || topicStart !== null ? label.start : Math.min(phraseStart, m.start);
    const quoteEnd = choice && choice.side === 'right' ? Math.max(choice.hit.end, m.end) : m.end;

    // scope: a scope word in the phrase, else the parent's, else the metric's nature
    const scopeFrom = topicStart ?? Math.min(clauseStart, phraseStart);
    const scopeHit = lastWord(scopeFinder, text, scopeFrom, topicStart !== null ? choice!.hit.start : Math.max(m.start, choice && choice.side === 'right' ? choice.hit.start : m.start));
    let scope: Scope | null = scopeHit ? scopeHit.data : null;
    // 新增确诊病例中,轻型5例: the topic's scope
    const topicFrom = Math.max(sentenceStart, clauseStart - 60);
    if (!scope && /中[,，:：]/.test(text.slice(topicFrom, clauseStart))) {
      const topicScope = lastWord(scopeFinder, text, topicFrom, clauseStart);
      if (topicScope) scope = topicScope.data;
    }
    // 累计报告确诊病例968例…死亡病例2例。其中:\n确诊病例中,长沙市228例: a topic naming a count of the
    // totals just stated breaks that total down, and has its scope
    if (!scope && topicStart !== null) scope = recentTotalOf(drafts, metric, m.start)?.scope ?? null;
    // 国内累计315,592例相关通报(…),其中3,139例确诊: a 其中 clause counts within the 累计 of the clause before
    if (!scope && !parent && /^\s*(?:其中|当中)/.test(text.slice(clauseStart, clauseStart + 3)) && clauseStart > sentenceStart) {
      const before = lastWord(scopeFinder, text, startOf(structure.clauses, clauseStart - 1), clauseStart);
      if (before && before.data === 'cumulative') scope = 'cumulative';
    }
    if (scope === 'current' && STATE_METRICS.has(metric)) scope = 'current';
    if (!scope && parent) scope = parent.scope;
    if (STATE_METRICS.has(metric)) scope = 'current';
    if (scope === 'current' && ['cases.discharged', 'cases.released', 'cases.deaths', 'cases.reclassified', 'contacts.released'].includes(metric)) {
      scope = scopeHit && scopeHit.word === '共有' ? null : 'cumulative';
    }

    // origin: in the phrase, in a parenthesis right after it (均为境外输入), or the parent's
    // 5,589宗…阳性检测本地个案: the origin anywhere in the number's own noun phrase
    const originEnd = choice && choice.side === 'right' ? Math.max(choice.hit.end, nounEnd) : m.end;
    let originHit = lastWord(originFinder, text, topicStart ?? Math.min(clauseStart, phraseStart), topicStart !== null ? choice!.hit.end : originEnd);
    // 新增确诊病例3例,均为境外输入: an origin stated for the whole count right after it
    if (!originHit && !inherited) {
      const all = /^[,，]?(?:均为|均系|全部为|都是)(境外输入|境外移入|输入|本土|本地)/.exec(text.slice(rightEnd, rightEnd + 10));
      if (all) originHit = originFinder.findAll(all[1])[0] ?? null;
    }
    if (!originHit && /^[(（]均为/.test(text.slice(rightEnd, rightEnd + 3))) {
      const close = text.indexOf(')', rightEnd);
      if (close > 0 && close - rightEnd < 16) originHit = lastWord(originFinder, text, rightEnd, close);
    }
    if (inherited) {
      // 分别为978例本土及23例境外移入: the origin written after the number is its own
      const own = originFinder.findAll(text, m.end, rightEnd)[0];
      if (own) originHit = own;
    }
    let origin: Origin | null = originHit ? originHit.data : null;
    // 在本地个案中,49宗个案与其他确诊者有关: the topic's origin
    if (!origin && metric.startsWith('cases.') && /中[,，:：]/.test(text.slice(topicFrom, clauseStart))) {
      const topicOrigin = lastWord(originFinder, text, topicFrom, clauseStart);
      if (topicOrigin && /中[,，:：]/.test(text.slice(topicOrigin.end, clauseStart))) origin = topicOrigin.data;
    }
    // 境外输入现有确诊病例746例…。累计确诊病例8084例: a paragraph that opens with an origin is about it
    if (!origin && metric.startsWith('cases.')) {
      const opening = /^\s*(境外输入|本土)/.exec(text.slice(structure.paragraphs[paragraph], structure.paragraphs[paragraph] + 8));
      if (opening) origin = opening[1] === '本土' ? 'local' : 'imported';
    }
    if (!origin && parent && metric.startsWith('cases.') && parent.metric.startsWith('cases.') && parent.paragraph === paragraph &&
        (inherited || continuesParent || parent.sentence === sentence)) {
      origin = parent.origin;
    }

    // region: a breakdown label naming a place, the clause's own place, or the parent's
    let region: string | null = null;
    let subject: string | null = null;
    if (inherited) {
      let labelText = itemLabel.replace(/^(?:境外输入|境外移入|输入|本土|本地)(?:病例|个案)?(?:及|和|、)?$/, '');
      // 1例不明及14例调查中: a label ending in 及 belongs to the number before
      if (/[及和]$/.test(labelText)) labelText = '';
      if (!labelText && text[m.start - 1] === '(' ) {
        // 新北市(16,609例); but not 19 095宗快速抗原测试阳性个案(13 973宗有病征…), whose words are the whole's
        const before = labelBeforeParenthesis(text, m, sentenceStart);
        if (placeAtEnd(before) || PLACE_FORM.test(before)) labelText = before;
      }
      // 其中,扬州市报告58例: the place before a reporting verb
      const reported = /^(.{2,12}?)(?:报告|新增|累计|发现|共)+$/.exec(labelText);
      if (reported && placeAtEnd(reported[1])) labelText = reported[1];
      const place = labelText ? placeAtEnd(labelText) : null;
      if (place) region = place;
      else if (labelText && PLACE_FORM.test(labelText) && labelText.length <= 10) region = innermostPlace(labelText.replace(/^(?:以|在|于|其次为)(?=.{3})/, ''));
      else if (labelText) subject = stripWords(labelText, [], ['筛查发现', '中发现', '发现', '中检出', '检出', '筛查']) || labelText;
      else {
        const after = labelAfter(text, m, rightEnd);
        // 16份来自同安, 26人位于同安: the place the number is from
        const from = /^(?:来自|位于|在)([\u4e00-\u9fa5]{2,8})$/.exec(after);
        if (from) region = placeAtEnd(from[1]) ?? (PLACE_FORM.test(from[1]) ? from[1] : null) ?? from[1];
        else if (after) subject = after;
      }
      if (!region && parent) region = parent.region;
      // 16份来自同安: a part by place is still of what the whole counts
      if (region && !subject && parent?.subject) subject = parent.subject;
    } else {
      // inside a parenthesis after a figure: that figure's region (香港…(出院…,死亡…))
      const owner = parenthesisOwner(text, drafts, m, sentenceStart);
      // 分布为新北市656例, 新北市(16,609例): a place right before the number
      const before = text[m.start - 1] === '(' || text[m.start - 1] === '（' ? labelBeforeParenthesis(text, m, sentenceStart) : itemLabel;
      const adjacent = before ? placeAtEnd(before) : null;
      if (adjacent) region = adjacent;
      else if (owner) region = owner.region;
      else region = clausePlace(text, clauseStart, m.start, ctx);
      // else the place the paragraph's clauses last opened with (8月19日,扬州市对…,共采样…)
      if (!region && !owner) region = paragraphTopic(text, structure, structure.paragraphs[paragraph], clauseStart, ctx);
    }
    if (region && ctx.region && samePlace(region, ctx.region.full)) region = null;

    // subject: 确诊病例中,男性20例 -> 男性
    if (!subject && topicStart !== null) {
      // (隔离观察人员9例 under 现住东城区: the label is a group even when the region comes from elsewhere)
      if (itemLabel && (!region || (!placeAtEnd(itemLabel) && !PLACE_FORM.test(itemLabel)))) {
        subject = stripWords(itemLabel, ['其中', '当中'], ['筛查发现', '中发现', '发现']) || null;
      }
    }
    // 轻型1例, 普通型135例: a severity class is counted as confirmed cases of that class
    if (!subject && choice && metric === 'cases.confirmed' && SEVERITY_CLASS.has(choice.hit.word)) subject = choice.hit.word;
    if (!subject && rule === 'goods-delivered') subject = cleanSubject(text.slice(m.end, nounEnd));
    if (!subject && metric === 'cases.positive' && afterPreliminary) subject = choice!.hit.word.startsWith('阳性') ? '初步阳性' : '初步确诊';
    // recovered cases counted by their release from isolation say so
    if (!subject && metric === 'cases.discharged' && choice?.hit.word === '解除隔离') subject = '解除隔离';
    // 捐赠的蔬菜264吨、生鲜包5.1万份、大米2吨、速食4657箱: each item of a list of goods names its goods
    if (!subject && metric.startsWith('supplies.') && metric !== 'supplies.days' && choice && (choice.side === 'right' || choice.hit.end < label.start) &&
        /^[\u4e00-\u9fa5]{1,8}$/.test(itemLabel) && text[label.start - 1] === '、') {
      subject = itemLabel;
    }
    // 封控区14个: a zone stands for its risk level, and says which zone it is
    if (!subject && metric.startsWith('areas.') && choice && /^(?:封控区|管控区|防范区)$/.test(choice.hit.word)) subject = choice.hit.word;
    // 采样点1066个: sites are counted by the kind of site
    if (!subject && metric === 'tests.sites' && choice) subject = choice.hit.word;
    if (!subject) subject = readSubject(text, metric, m, choice, clauseStart, leftBound, rightEnd, parent, inherited);
    // 蔬菜储备3.44万吨,可保障市场一周左右供应; 目前储备的米面、食用油等基础物资,能满足居民一个月的需求:
    // the days of supply are of the goods the clause before names
    if (!subject && metric === 'supplies.days' && clauseStart > sentenceStart) {
      const before = drafts[drafts.length - 1];
      if (before && before.sentence === sentence && before.metric.startsWith('supplies.') && before.subject) subject = before.subject;
      else subject = cleanSubject(cutAtFirst(text.slice(startOf(structure.clauses, clauseStart - 1), clauseStart - 1).replace(/^.*的/, ''), ['等']));
    }
    if (!subject && parent && parent.subject && parent.sentence === sentence && metric.startsWith('cases.') &&
        parent.metric.startsWith('cases.') && text[parent.mention.end] === '、') subject = parent.subject;

    drafts.push({
      metric, value: m.value, unit: m.unit, approx: m.approx, scope, origin, region, subject, date: null,
      start: quoteStart, end: quoteEnd, rule, mention: m, sentence, paragraph, windowDate: false, parent: parent ?? undefined,
      datesFrom: topicStart ?? undefined,
      hidden: choice?.side === 'right' && /^中[,，:：]/.test(text.slice(choice.hit.end, choice.hit.end + 2)),
    });
    const added = drafts[drafts.length - 1];
    // 宜兰县及花莲县各2例: one figure for each place named before 各
    const each = !/各$/.test(itemLabel) ? null : text[m.start - 2] === '(' && text[m.start - 1] === '各'
      ? /^(.{2,60})$/.exec(listBefore(text, m.start - 2, Math.max(sentenceStart, m.start - 62)))
      : /^(.{2,60})各$/.exec(listBefore(text, m.start, leftBound));
    if (each && inherited) {
      // …、宜兰县2例、屏东县、南投县各1例: the list item starts after the 、 that ends the one before
      const places = each[1].split(/[及和、与]/).filter((n) => n.length > 0).map((n) => placeAtEnd(n) ?? (PLACE_FORM.test(n) ? n : null));
      if (places.length >= 2 && places.every((p) => p !== null)) {
        added.region = places[0];
        added.subject = parent?.subject ?? null;
        for (const place of places.slice(1)) drafts.push({ ...added, region: place });
      }
    }
    if (added.hidden) {
      // 31例确诊病例中: the restated figure's attributes, for the breakdown that follows
      const twin = [...drafts].reverse().find((d) => d !== added && d.metric === added.metric && d.value === added.value);
      if (twin) {
        added.origin ??= twin.origin;
        added.scope ??= twin.scope;
        added.region ??= twin.region;
      }
    }
    if (!sentenceFirst.has(sentence)) sentenceFirst.set(sentence, added);
  }
  distributeFenbieRegions(text, drafts, ctx);
  return drafts;
}

/** A sentence about cases that names no contacts and no medical observation. */
function aboutCasesOnly(sentence: string): boolean {
  return /确诊|病例|个案/.test(sentence) && !/接触|密接|观察|无症状/.test(sentence);
}
