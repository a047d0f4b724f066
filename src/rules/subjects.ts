// What exactly a figure counts, in the text's words: goods for supplies, the
// test kind for tests, who for staff, the group or cluster for cases.
import type { Metric } from '../lexicon/metrics.js';
import type { Mention } from '../read/mentions.js';
import type { CueChoice, Draft } from './draft.js';
import { lastWord, testKindFinder } from '../lexicon/finders.js';
import { placeAt } from '../lexicon/places.js';

/** Words around a subject that are not part of it; stripped by plain loops (linear, no backtracking). */
const SUBJECT_PREFIX_NOISE = [' ', ',', '，', '、', '分别', '全市', '全区', '全省', '我市', '本市', '各类', '累计', '共计', '合计', '总计',
  '共', '已经', '已', '目前', '现有', '现', '从', '向', '对', '为', '将', '其中', '当中', '此外', '同时', '另外', '免费', '陆续', '库存',
  '储备', '增加到', '增至', '达到', '达', '约', '的'];
const SUBJECT_SUFFIX_NOISE = ['分别', '陆续', '已', '将', '共', '均', '的', '增加到', '增至', '达到', '达', '为', '共计', '合计', '总计', '日均', '每日', '日',
  '预计总', '预计', '总'];

export function stripWords(s: string, prefixes: readonly string[], suffixes: readonly string[]): string {
  let a = 0;
  let b = s.length;
  for (let again = true; again && a < b; ) {
    again = false;
    for (const w of prefixes) if (s.startsWith(w, a) && a + w.length <= b) { a += w.length; again = true; break; }
  }
  for (let again = true; again && a < b; ) {
    again = false;
    for (const w of suffixes) if (b - w.length >= a && s.startsWith(w, b - w.length)) { b -= w.length; again = true; break; }
  }
  return s.slice(a, b);
}

/** The text before the first of the words (linear: one indexOf per word). */
export function cutAtFirst(s: string, words: readonly string[]): string {
  let cut = s.length;
  for (const w of words) {
    const i = s.indexOf(w);
    if (i >= 0 && i < cut) cut = i;
  }
  return s.slice(0, cut);
}

/** 武汉蔬菜 -> 蔬菜: the place goods are in is the figure's region, not what it counts. */
function withoutPlace(s: string): string {
  const p = placeAt(s, 0);
  return p && s.length - p.name.length >= 2 ? s.slice(p.name.length) : s;
}

export function cleanSubject(s: string): string | null {
  const t = stripWords(s, SUBJECT_PREFIX_NOISE, SUBJECT_SUFFIX_NOISE).replace(/^[“"]|[”"]$/g, '').trim();
  if (t.length < 2 || t.length > 20 || /[0-9]/.test(t)) return null;
  return t;
}

export function readSubject(text: string, metric: Metric, m: Mention, choice: CueChoice | null, clauseStart: number,
  leftBound: number, rightEnd: number, parent: Draft | null, inherited: boolean): string | null {
  const family = metric.slice(0, metric.indexOf('.'));
  if (family === 'tests') {
    const from = Math.max(0, Math.min(clauseStart, leftBound) - 30);
    const kind = lastWord(testKindFinder, text, from, rightEnd);
    return kind ? kind.data : null;
  }
  if (choice?.joined) return cleanSubject(text.slice(choice.hit.start, choice.joined.end));
  if (metric === 'areas.lifted') {
    if (choice && choice.side === 'right') {
      const area = /[高中低]风险(?:区域|地区|区)/.exec(text.slice(m.end, choice.hit.start));
      if (area) return area[0];
    }
    const area = /[高中低]风险(?:区域|地区|区)/.exec(text.slice(Math.max(clauseStart, leftBound), m.start));
    if (area) return area[0];
    if (parent && parent.metric.startsWith('areas.')) return parent.subject ?? { 'areas.high_risk': '高风险区', 'areas.medium_risk': '中风险区', 'areas.low_risk': '低风险区' }[parent.metric as string] ?? null;
    return null;
  }
  if (metric === 'resources.beds') {
    // 2所方舱医院(2500张床位), 定点救治医院共设置400个床位: the beds are the hospital's
    const before = text.slice(Math.max(0, clauseStart - 30), m.start);
    const at = Math.max(before.lastIndexOf('医院'), before.lastIndexOf('方舱'));
    if (at >= 0) {
      const end = before.startsWith('医院', at) ? at + 2 : before.startsWith('医院', at + 2) ? at + 4 : at + 2;
      // the hospital's name back to a classifier or a break: 三家方舱医院 -> 方舱医院
      let start = at;
      while (start > 0 && at - start < 6 && !'家个所座、,，的和及在由(（'.includes(before[start - 1]) && /[\u4e00-\u9fa5]/.test(before[start - 1])) start--;
      return before.slice(start, end);
    }
  }
  if (family === 'resources' && choice) {
    if (choice.side === 'right') return cleanSubject(text.slice(m.end, choice.hit.end));
    return choice.hit.word;
  }
  if (metric === 'supplies.days' && choice && choice.side === 'left') {
    return cleanSubject(text.slice(Math.max(clauseStart, leftBound), choice.hit.start).replace(/^.*的/, ''));
  }
  if (family === 'supplies' || family === 'resources') {
    if (inherited) return parent?.subject ?? null;
    if (choice && choice.side === 'left') {
      const between = cleanSubject(text.slice(choice.hit.end, m.start));
      if (between) return between;
      // 调运3万份蔬菜包3月28日送达: the goods named right after the count
      if (family === 'supplies') {
        const after = /^[\u4e00-\u9fa5“”"]{2,8}/.exec(cutAtFirst(text.slice(m.end, rightEnd), ['送达', '发往', '运往', '运抵', '抵达', '陆续', '已', '将', '到', '至', '给', '的']));
        const goods = after ? cleanSubject(after[0]) : null;
        if (goods) return goods;
      }
      const before = cleanSubject(withoutPlace(text.slice(Math.max(clauseStart, leftBound), choice.hit.start).replace(/^.*的/, '')));
      if (before) return before;
      if (family === 'resources') return choice.hit.word;
      return parent && parent.metric.startsWith('supplies') ? parent.subject : null;
    }
    if (choice && choice.side === 'right') {
      // (4657箱已陆续送达南明并有序发放: words after 已 are the predicate, not the goods)
      const raw = text.slice(m.end, choice.hit.start);
      const between = /^(?:已|将|正在|均|陆续|并)/.test(raw) ? null : cleanSubject(raw);
      if (between) return between;
      if (family === 'resources') return cleanSubject(cutAtFirst(text.slice(m.end, rightEnd), ['支援', '参与', '深入', '日夜', '在', '赶赴', '已', '的']));
    }
    return null;
  }
  if (family === 'cases' && !inherited) {
    const found = /^在(.{2,20}?)中?(?:发现|检出)/.exec(text.slice(m.end, rightEnd + 12));
    if (found) return found[1];
    // 核酸检测阳性个案, 快速抗原测试阳性个案: positives by test kind
    // (核酸检测阳性个案占1,626宗: the test kind may sit just before the cue word)
    const phrase = choice ? text.slice(Math.max(clauseStart, Math.min(choice.hit.start, m.start) - 6), Math.max(choice.hit.end, m.end)) : '';
    if (metric === 'cases.positive' && /阳性(?:检测)?(?:个案|样本)|检测阳性|测试阳性/.test(phrase)) {
      const kind = /抗原/.test(phrase) ? '抗原' : /核酸/.test(phrase) ? '核酸' : null;
      if (kind) return kind;
    }
    if (choice && choice.side === 'right') {
      // 3名院友染疫, 1例缅籍人员核酸检测呈阳性, 17份混管阳性样本: who or what the count is of
      const between = cutAtFirst(text.slice(m.end, choice.hit.start), ['核酸', '抗原', '检测', '结果'])
        .replace(/新冠肺炎|新冠病毒|新型冠状病毒|COVID-19|本土|本地|境外输入|境外移入|输入|新增|的/g, '').replace(/^[为是系]/, '').trim();
      if (between.length >= 2 && between.length <= 12 && /^[\u4e00-\u9fa5]+$/.test(between)) {
        return choice.hit.word.endsWith('样本') ? between + choice.hit.word : between;
      }
    }
    if (choice && choice.side === 'left') {
      const before = stripWords(text.slice(clauseStart, choice.hit.start),
        [' ', ',', '，', '其中', '当中', '本轮疫情', '本轮', '累计', '新增', '报告', '发现', '共', '已', '目前'],
        ['累计', '新增', '报告', '发现', '共', '已', '本土', '境外输入', '新冠肺炎', '相关聚集性疫情', '相关']);
      if (/(?:链|链条|市场|园区|分部|公司|社会面|人员|院友|酒店)$/.test(before) && before.length <= 16) return before;
      const head = /社会面|封控区|管控区|隔离点|闭环管理|重点人群|混管|单管/.exec(before);
      if (head) return head[0];
    }
  }
  return null;
}

