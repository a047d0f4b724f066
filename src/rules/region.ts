// The region phase: which place a figure belongs to. A part takes the place
// its label names (or the place it is said to be from), else its parent's; a
// figure of its own takes the place right before it, the figure its
// parenthesis follows, its clause's or its paragraph's place. The article's
// own place is no sub-region.
import { abroadNamed, PLACE_FORM, placeAt } from '../lexicon/places.js';
import { startOf } from '../read/structure.js';
import { decidedBy } from './engine.js';
import { isListSibling } from './parents.js';
import { innermostPlace, labelAfter, labelBeforeParenthesis } from './labels.js';
import { clausePlace, paragraphTopic, parenthesisOwner, placeAtEnd, subRegion } from './regions.js';
import type { Rule } from './rule.js';
import type { PhraseContext, PartLabel } from './scope.js';
import { stripWords } from './subjects.js';
import { charIs, CharSet, isOpenParenCode } from '../util/charset.js';

type RegionRule = Rule<PhraseContext, string | null>;

const partLabel: RegionRule = {
  name: 'region-of-part-label',
  phase: 'region',
  when: 'unset',
  // 其中浦东新区3例, 新北市(16,609例), 16份来自同安: the place a part's label names
  apply: ({ part }) => part?.region ?? undefined,
  examples: [{ text: '上海市新增本土确诊病例5例,其中浦东新区3例、徐汇区2例。', figure: { value: 3, region: '浦东新区' } }],
  negatives: [{ text: '上海市新增本土确诊病例5例,其中男性3例、女性2例。', figure: { value: 3, region: null } }],
};

const parentRegion: RegionRule = {
  name: 'region-of-parent',
  phase: 'region',
  when: 'unset',
  // 武汉市新增确诊病例5例,其中男性3例: a part of no place of its own is of its whole's place
  // (…香港2例、泰國1例: a place a sibling's own label names is that sibling's, not the list's)
  apply: ({ r: { text }, p: { m }, n: { inherited, parent } }) =>
    inherited && parent && !(parent.inherited && decidedBy(parent.trace, 'region')?.rule === partLabel.name &&
      isListSibling(text, parent.mention.end, m.start)) ? parent.region ?? undefined : undefined,
  examples: [{ text: '湖北省新增确诊病例8例。武汉市新增确诊病例5例,其中男性3例、女性2例。', figure: { value: 3, region: '武汉市' } }],
  negatives: [
    { text: '湖北省新增确诊病例8例,其中男性5例、女性3例。', figure: { value: 5, region: null } },
    { text: '台湾新增死亡病例3例,其中香港2例、调查中1例。', figure: { value: 1, region: null } },
  ],
};

const beforeNumber: RegionRule = {
  name: 'region-before-number',
  phase: 'region',
  when: 'unset',
  // 分布为新北市656例, 新北市(16,609例): a place right before the number
  apply: ({ n: { inherited }, adjacent }) => (inherited ? undefined : adjacent ?? undefined),
  examples: [{ text: '台湾新增本土病例1000例,个案分布为新北市656例。', figure: { value: 656, region: '新北市' } }],
  negatives: [{ text: '台湾新增本土病例1000例。', figure: { value: 1000, region: null } }],
};

/** A header cell saying the rows are places: 区域, 地区, 縣市別, 省份. */
const PLACE_COLUMN = /^(?:区域|地区|辖区|区县|县区|县市别?|县市区|城市|省份|省市|区|县|市|各区|行政区)/;

const tableRowPlace: RegionRule = {
  name: 'region-of-table-row',
  phase: 'region',
  when: 'unset',
  // 区域 在院治疗确诊病例 / 浦东 120: a row's label is its place (written as the table writes it)
  apply({ r: { text }, n: { topicStart, label }, origin }) {
    if (topicStart === null) return undefined;
    const name = label.text.trim();
    if (!/^[\u4e00-\u9fa5]{2,8}$/.test(name) || /^(?:合计|总计|小计|共计)/.test(name)) return undefined;
    const place = placeAtEnd(name);
    if (place) return place;
    const header = text.slice(topicStart, text.indexOf('\n', topicStart) >>> 0).trim();
    // (under 本市居住或工作地 the rows are the city's districts)
    return PLACE_COLUMN.test(header) || origin === 'local' ? name : undefined;
  },
  examples: [{ text: '截至5月3日24时,各区在院治疗情况如下。\n区域 在院治疗确诊病例\n浦东 120\n徐汇 45\n合计 165', figure: { value: 120, region: '浦东' } }],
  negatives: [{ text: '截至5月3日24时,在院治疗情况如下。\n分类 在院治疗确诊病例\n轻型 100\n普通型 20', figure: { value: 100, region: null } }],
};

const parenthesisOwnerRegion: RegionRule = {
  name: 'region-of-parenthesis-owner',
  phase: 'region',
  when: 'unset',
  // 香港12052例(出院…,死亡…): inside a parenthesis after a figure, that figure's place
  apply: ({ n: { inherited }, owner }) => (inherited || !owner ? undefined : owner.region ?? undefined),
  examples: [{ text: '国家卫生健康委员会通报,累计收到港澳台地区通报确诊病例16000例。其中,澳门特别行政区63例(出院59例),台湾地区15916例(出院13581例,死亡828例)。', figure: { value: 13581, region: '台湾地区' } }],
  negatives: [{ text: '香港特别行政区累计确诊病例12052例,出院11800例,死亡213例。', figure: { value: 11800 } }],
};

const clauseRegion: RegionRule = {
  name: 'region-of-clause',
  phase: 'region',
  when: 'unset',
  // 浦东新区新增…, 扬州市共有…: the place the number's clause opens with
  apply: ({ r: { text, ctx }, p: { m }, n: { inherited }, s: { clauseStart }, owner }) =>
    inherited || owner ? undefined : clausePlace(text, clauseStart, m.start, ctx) ?? undefined,
  examples: [{ text: '上海市新增本土确诊病例31例。浦东新区新增本土无症状感染者165例。', figure: { value: 165, region: '浦东新区' } }],
  negatives: [{ text: '新增本土无症状感染者165例。', figure: { value: 165, region: null } }],
};

const sharedClauseRegion: RegionRule = {
  name: 'region-of-shared-clause',
  phase: 'region',
  when: 'unset',
  // 浦东新区新增8例本土确诊病例、127例本土无症状感染者: a figure coordinated with the one before it in the
  // clause that place opens is of that place too
  apply({ r: { text, structure }, p: { m }, n: { inherited, parent }, owner }) {
    if (inherited || owner || !parent?.region || decidedBy(parent.trace, 'region')?.rule !== clauseRegion.name) return undefined;
    if (parent.mention.start < startOf(structure.clauses, m.start)) return undefined;
    return namesNoPlace(text.slice(parent.mention.end, m.start)) ? parent.region : undefined;
  },
  examples: [{ text: '上海市新增本土确诊病例9例。浦东新区新增8例本土确诊病例、127例本土无症状感染者。', figure: { value: 127, region: '浦东新区' } }],
  negatives: [{ text: '上海市新增本土确诊病例9例。浦东新区新增8例本土确诊病例、全市新增127例本土无症状感染者。', figure: { value: 127, region: null } }],
};

/** Words between two coordinated figures that name no place of their own (not 全市, not 徐汇区). */
function namesNoPlace(between: string): boolean {
  if (/[全本我][市省区县州国港澳]/.test(between)) return false;
  for (let i = 0; i < between.length - 1; i++) if (placeAt(between, i)) return false;
  return true;
}

const paragraphRegion: RegionRule = {
  name: 'region-of-paragraph',
  phase: 'region',
  when: 'unset',
  // 8月19日,扬州市对…,共采样…: the place the paragraph's clauses last opened with
  apply: ({ r: { text, structure, ctx }, p: { paragraph }, n: { inherited }, s: { clauseStart }, owner }) =>
    inherited || owner ? undefined : paragraphTopic(text, structure, structure.paragraphs[paragraph], clauseStart, ctx) ?? undefined,
  examples: [{ text: '江苏省新增本土确诊病例2例。8月19日,扬州市开展全员核酸检测,共采样95.64万人。', figure: { value: 956400, region: '扬州市' } }],
  negatives: [{ text: '8月19日,全省开展全员核酸检测,共采样95.64万人。', figure: { value: 956400, region: null } }],
};

/** Words saying the counted people came from the place (来自美国3例, 自印尼(6例)移入, 美国输入1例). */
const CAME_FROM = /来自|自|输入|移入|入境|抵/;

/**
 * The country imported cases came from: the country their label or the words before them name, when the
 * figure is imported or its words say the people came from there. Such a country is no region (SPEC).
 */
export function importedFrom(c: PhraseContext): string | null {
  const written = c.part?.region ?? c.adjacent ?? null;
  const country = written ? abroadNamed(written) : null;
  if (!country) return null;
  if (c.origin === 'imported') return country;
  const { m } = c.p;
  return CAME_FROM.test(c.r.text.slice(Math.max(0, m.start - 12), m.end + 6)) ? country : null;
}

/** The region is a place abroad that the figure's people came from (1例诊断为无症状感染者(缅甸输入)). */
function cameFrom(c: PhraseContext, region: string): boolean {
  if (abroadNamed(region) === null) return false;
  if (c.origin === 'imported') return true;
  const { m, rightEnd } = c.p;
  return CAME_FROM.test(c.r.text.slice(Math.max(0, m.start - 12), rightEnd + 8));
}

const importCountry: RegionRule = {
  name: 'import-country-is-no-region',
  phase: 'region',
  when: 'set',
  // 来自美国3例, 境外输入病例5例(美国3例、英国2例): the country imported cases came from names them (subject);
  // the reporting place stays their region
  apply: (c, region) => (region !== null && c.r.anyAbroad && (importedFrom(c) !== null || cameFrom(c, region)) ? null : undefined),
  examples: [{ text: '广州市新增境外输入确诊病例5例,其中美国3例、英国2例。', figure: { value: 3, region: null, subject: '美国' } }],
  negatives: [{ text: '全国新增确诊病例30例。另收到日本通报确诊病例2例。', figure: { value: 2, region: '日本' } }],
};

const articleOwn: RegionRule = {
  name: 'article-own-region',
  phase: 'region',
  when: 'set',
  // 全市, 本市, or the article's place named again: a figure of the article's own place has no sub-region
  apply: ({ r: { ctx } }, region) => (subRegion(region, ctx.region) === null ? null : undefined),
  examples: [{ text: '上海市新增本土确诊病例5例。上海市新增本土无症状感染者30例。', figure: { value: 30, region: null } }],
  negatives: [{ text: '新增本土无症状感染者30例,其中男性12例。', figure: { value: 30, region: null } }],
};

/** The region phase, in the order the rules are asked. */
export const REGION_RULES: readonly RegionRule[] = [
  partLabel, parentRegion, beforeNumber, tableRowPlace, parenthesisOwnerRegion, clauseRegion, sharedClauseRegion, paragraphRegion, importCountry,
  articleOwn,
];

/** Reads, for the region phase, the part's label once, or the parenthesis owner and the place before the number. */
export function readPlaces(c: PhraseContext): PhraseContext {
  const { text, drafts } = c.r;
  const { m, sentenceStart } = c.p;
  if (c.n.inherited) {
    c.part = readPart(c);
    return c;
  }
  c.owner = parenthesisOwner(text, drafts, m, sentenceStart);
  const before = isOpenParenCode(text.charCodeAt(m.start - 1)) ? labelBeforeParenthesis(text, m, sentenceStart) : c.n.label.text;
  // (浦东 120: a table's cells set apart by a space)
  c.adjacent = before ? placeAtEnd(before.trimEnd()) : null;
  return c;
}

const ORIGIN_FIRST = new CharSet('境输本');

/** A part's label (其中浦东新区3例, 男性20例) or the words after it (16份来自同安): a place, or the group it counts. */
function readPart({ r: { text }, p: { m, sentenceStart, rightEnd }, n: { label } }: PhraseContext): PartLabel {
  let labelText = label.text.trimEnd();
  // (an origin word alone is no label; the pattern is tried only on a label that opens like one)
  if (ORIGIN_FIRST.has(labelText.charCodeAt(0))) labelText = labelText.replace(/^(?:境外输入|境外移入|输入|本土|本地)(?:病例|个案)?(?:及|和|、)?$/, '');
  // 1例不明及14例调查中: a label ending in 及 belongs to the number before
  if (/[及和]$/.test(labelText)) labelText = '';
  if (!labelText && charIs(text, m.start - 1, '(')) {
    // 新北市(16,609例); but not 19 095宗快速抗原测试阳性个案(13 973宗有病征…), whose words are the whole's
    const before = labelBeforeParenthesis(text, m, sentenceStart);
    if (placeAtEnd(before) || PLACE_FORM.test(before)) labelText = before;
  }
  // 其中,扬州市报告58例: the place before a reporting verb
  const reported = /^(.{2,12}?)(?:报告|新增|累计|发现|共)+$/.exec(labelText);
  if (reported && placeAtEnd(reported[1])) labelText = reported[1];
  const place = labelText ? placeAtEnd(labelText) : null;
  if (place) return { region: place, subject: null };
  if (labelText && PLACE_FORM.test(labelText) && labelText.length <= 10) {
    return { region: innermostPlace(labelText.replace(/^(?:以|在|于|其次为)(?=.{3})/, '')), subject: null };
  }
  if (labelText) return { region: null, subject: stripWords(labelText, [], ['筛查发现', '中发现', '发现', '中检出', '检出', '筛查']) || labelText };
  const after = labelAfter(text, m, rightEnd);
  // 16份来自同安, 26人位于同安: the place the number is from
  const from = /^(?:来自|位于|在)([\u4e00-\u9fa5]{2,8})$/.exec(after);
  if (from) return { region: placeAtEnd(from[1]) ?? from[1], subject: null };
  return { region: null, subject: after || null };
}
