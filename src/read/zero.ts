// Zero stated in words: 无新增死亡病例, 无重症病例, 当日无转为确诊病例,
// 无新增报告境外输入确诊病例、疑似病例、无症状感染者 (one figure per noun).
import type { Metric } from '../lexicon/metrics.js';

export const ZERO_NOUNS: ReadonlyArray<readonly [string, Metric]> = [
  ['无症状感染者转为确诊病例', 'cases.reclassified'], ['转为确诊病例', 'cases.reclassified'],
  ['解除医学观察无症状感染者', 'cases.released'], ['解除医学观察的无症状感染者', 'cases.released'],
  ['无症状感染者', 'cases.asymptomatic'], ['确诊病例', 'cases.confirmed'], ['疑似病例', 'cases.suspected'],
  // Hong Kong: 並無新增確診個案, 無新增死亡個案
  ['确诊个案', 'cases.confirmed'], ['死亡个案', 'cases.deaths'],
  ['死亡病例', 'cases.deaths'], ['危重症病例', 'cases.critical'], ['危重型', 'cases.critical'], ['危重症', 'cases.critical'],
  ['重症病例', 'cases.severe'], ['重型', 'cases.severe'], ['重症', 'cases.severe'], ['死亡', 'cases.deaths'],
];

const NOUN = ZERO_NOUNS.map(([w]) => w).join('|');
const MODIFIERS = '(?:新增|报告|现有|本土|本地|境外输入性?|输入性?|新冠肺炎|新冠病毒|新型冠状病毒肺炎)';
// 无 (not 无症状) + up to four modifiers + a noun, then more 、nouns. Bounded repetition.
const ZERO = new RegExp(`无(?!症状)(${MODIFIERS}{0,4})(${NOUN})((?:、(?:${NOUN})){0,4})(?=[,，。;；、)）(（\\s]|患者|$)`, 'g');

export interface ZeroHit {
  start: number;
  end: number;
  metric: Metric;
  modifiers: string;
  /** the noun's count word: 例 for 病例 (无新增死亡病例), none for 无症状感染者 or 重症 (SPEC, zero units) */
  unit: string;
}

/** 没有发现阳性个案, 未检测出阳性: a round of mass testing that found no positive */
const NO_POSITIVE = /(?:没有|未)(?:发现|检测出|检出|验出)(?:任何)?阳性/g;

export function findZeroFigures(text: string): ZeroHit[] {
  const out: ZeroHit[] = [];
  NO_POSITIVE.lastIndex = 0;
  for (let m = NO_POSITIVE.exec(text); m; m = NO_POSITIVE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, metric: 'cases.positive', modifiers: '', unit: '' });
  }
  ZERO.lastIndex = 0;
  for (let m = ZERO.exec(text); m; m = ZERO.exec(text)) {
    const nouns = [m[2], ...m[3].split('、').filter(Boolean)];
    const seen = new Set<Metric>();
    for (const noun of nouns) {
      const metric = ZERO_NOUNS.find(([w]) => w === noun)![1];
      if (seen.has(metric)) continue;
      seen.add(metric);
      out.push({ start: m.index, end: m.index + m[0].length, metric, modifiers: m[1], unit: noun.endsWith('病例') ? '例' : '' });
    }
  }
  return out;
}
