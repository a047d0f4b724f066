// A named figure's scope, origin, region and subject: read from its own
// phrase, from the topic it is counted under, or carried over from the figure
// it breaks down.
import { PLACE_FORM } from '../lexicon/places.js';
import type { Naming, Origin, Phrase, Reading, Scope, Span } from './draft.js';
import { clausePlace, paragraphTopic, parenthesisOwner, placeAtEnd, subRegion } from './regions.js';
import { cleanSubject, cutAtFirst, readSubject, stripWords } from './subjects.js';
import { startOf } from '../read/structure.js';
import { innermostPlace, labelAfter, labelBeforeParenthesis } from './labels.js';
import { decide } from './engine.js';
import { ORIGIN_RULES } from './origin.js';
import { SCOPE_RULES, scopeContext } from './scope.js';

const SEVERITY_CLASS = new Set(['轻型', '普通型', '轻症']);

/** Scope: the scope phase's rules over the number's phrase. */
export function scopeOf(r: Reading, p: Phrase, n: Naming, s: Span): Scope | null {
  return decide(SCOPE_RULES, scopeContext({ r, p, n, s }), null, n.trace);
}

/** Origin: the origin phase's rules over the number's phrase. */
export function originOf(r: Reading, p: Phrase, n: Naming, s: Span): Origin | null {
  return decide(ORIGIN_RULES, { r, p, n, s }, null, n.trace);
}

/** Region and subject: a breakdown label naming a place or a group, the clause's own place, or the parent's. */
export function placeAndSubject(r: Reading, p: Phrase, n: Naming, s: Span): { region: string | null; subject: string | null } {
  const { text, structure, drafts, ctx } = r;
  const { m, sentenceStart, paragraph, rightEnd } = p;
  const { parent, inherited } = n;
  const itemLabel = n.label.text;
  const { clauseStart } = s;
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
      if (from) region = placeAtEnd(from[1]) ?? from[1];
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
  region = subRegion(region, ctx.region);
  return { region, subject: subject || subjectOf(r, p, n, s, region) };
}

/** Subject: 确诊病例中,男性20例 -> 男性; the kind of site, goods or zone counted; a severity class. */
function subjectOf(r: Reading, p: Phrase, n: Naming, s: Span, region: string | null): string | null {
  const { text, structure, drafts } = r;
  const { m, sentence, sentenceStart, leftBound, rightEnd, nounEnd } = p;
  const { metric, choice, parent, topicStart, inherited, trace, label, afterPreliminary } = n;
  const itemLabel = label.text;
  const { clauseStart } = s;
  let subject: string | null = null;
  if (topicStart !== null) {
    // (隔离观察人员9例 under 现住东城区: the label is a group even when the region comes from elsewhere)
    if (itemLabel && (!region || (!placeAtEnd(itemLabel) && !PLACE_FORM.test(itemLabel)))) {
      subject = stripWords(itemLabel, ['其中', '当中'], ['筛查发现', '中发现', '发现']) || null;
    }
  }
  // 轻型1例, 普通型135例: a severity class is counted as confirmed cases of that class
  if (!subject && choice && metric === 'cases.confirmed' && SEVERITY_CLASS.has(choice.hit.word)) subject = choice.hit.word;
  if (!subject && trace.some((t) => t.rule === 'goods-delivered')) subject = cleanSubject(text.slice(m.end, nounEnd));
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
  if (!subject) subject = readSubject(text, metric, m, choice, clauseStart, leftBound, rightEnd, parent ?? null, inherited);
  // 蔬菜储备3.44万吨,可保障市场一周左右供应; 目前储备的米面、食用油等基础物资,能满足居民一个月的需求:
  // the days of supply are of the goods the clause before names
  if (!subject && metric === 'supplies.days' && clauseStart > sentenceStart) {
    const before = drafts[drafts.length - 1];
    if (before && before.sentence === sentence && before.metric.startsWith('supplies.') && before.subject) subject = before.subject;
    else subject = cleanSubject(cutAtFirst(text.slice(startOf(structure.clauses, clauseStart - 1), clauseStart - 1).replace(/^.*的/, ''), ['等']));
  }
  if (!subject && parent && parent.subject && parent.sentence === sentence && metric.startsWith('cases.') &&
      parent.metric.startsWith('cases.') && text[parent.mention.end] === '、') subject = parent.subject;
  return subject;
}
