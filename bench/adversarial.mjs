// Adversarial text shapes for the linearity check: each builds a text of
// about `bytes` UTF-8 bytes from a seeded generator.
import { createRng } from './prng.mjs';

const CUES = ['确诊病例', '无症状感染者', '密接', '密切接触者', '次密接', '核酸检测', '累计', '新增', '分别', '本土', '境外输入', '治愈出院', '死亡病例', '疑似病例', '重症'];
const UNITS = ['例', '人', '人次', '万人次', '份', '名', '个'];
const DISTRICTS = ['小店区', '迎泽区', '万柏林区', '晋源区', '清徐县', '杏花岭区', '尖草坪区', '阳曲县', '娄烦县', '古交市', '天河区', '浦东新区', '朝阳区', '海淀区', '江宁区'];
const NUMERALS = '一二三四五六七八九十百千万亿两零';

function cnNumber(rng) {
  const n = rng.int(1, 99999);
  const digits = '零一二三四五六七八九';
  const units = ['', '十', '百', '千', '万'];
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const u = units[s.length - 1 - i];
    if (d === 0) {
      if (!out.endsWith('零') && i < s.length - 1) out += '零';
    } else out += digits[d] + u;
  }
  return out.replace(/零+$/, '').replace(/^一十/, '十');
}

/** Appends pieces from `next()` until the text reaches `bytes`. */
function fill(bytes, next, { head = '', tail = '' } = {}) {
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  while (size < bytes) {
    const p = next();
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  parts.push(tail);
  return parts.join('');
}

export const SHAPES = {
  'digit-run': {
    about: 'one run of digits the length of the whole text, after a cue: 新增确诊病例1234…例。',
    make: (rng, bytes) => fill(bytes, () => rng.digits(1000), { head: '新增确诊病例', tail: '例。' }),
  },
  'digit-runs': {
    about: 'long digit runs (20–400 digits) separated by spaces, units and 、, no sentence end',
    make: (rng, bytes) => fill(bytes, () => rng.digits(rng.int(20, 400)) + rng.pick([' ', '例', '人次', ',', '、', ''])),
  },
  'cue-soup': {
    about: 'cue words, numbers and units back to back with no punctuation or line break (one sentence)',
    make: (rng, bytes) => fill(bytes, () => rng.pick(CUES) + (rng.chance(0.7) ? rng.digits(rng.int(1, 5)) + rng.pick(UNITS) : '')),
  },
  'cue-sentences': {
    about: 'dense but well-formed bulletin sentences and paragraphs',
    make: (rng, bytes) => fill(bytes, () => {
      const m = rng.int(1, 12), d = rng.int(1, 28);
      const s = `${m}月${d}日0—24时,新增本土确诊病例${rng.int(1, 999)}例,无症状感染者${rng.int(0, 99)}例;累计报告密接${rng.int(100, 99999)}人,核酸检测${rng.int(1, 999)}.${rng.int(1, 9)}万人次。`;
      return rng.chance(0.2) ? s + '\n' : s;
    }),
  },
  'list-one': {
    about: 'a single 、 list spanning the whole text inside one parenthesis: 累计报告本土确诊病例N例(小店区24例、迎泽区2例、…)',
    make: (rng, bytes) => fill(bytes, () => `${rng.pick(DISTRICTS)}${rng.int(1, 999)}例、`, { head: '截至4月15日24时,本轮疫情累计报告本土确诊病例43例(', tail: '晋源区1例)。' }),
  },
  'list-blocks': {
    about: 'sentences each with a 、 list of 2000 district counts',
    make: (rng, bytes) => fill(bytes, () => {
      const items = Array.from({ length: 2000 }, () => `${rng.pick(DISTRICTS)}${rng.int(1, 999)}例`).join('、');
      return `累计报告本土确诊病例${rng.int(1000, 9999)}例(${items})。\n`;
    }),
  },
  'fenbie': {
    about: '1000 names then 分别 then 1000 counts: 小店区、迎泽区、…分别新增1例、2例、…',
    make: (rng, bytes) => fill(bytes, () => {
      const names = Array.from({ length: 1000 }, () => rng.pick(DISTRICTS)).join('、');
      const counts = Array.from({ length: 1000 }, () => `${rng.int(1, 99)}例`).join('、');
      return `${names}分别新增确诊病例${counts}。`;
    }),
  },
  'comma-sentence': {
    about: 'one sentence of comma-separated counts with no full stop: 确诊病例1例,确诊病例2例,…',
    make: (rng, bytes) => {
      let i = 0;
      return fill(bytes, () => `确诊病例${++i}例,`);
    },
  },
  'parens-open': {
    about: 'unbalanced opening parentheses: (新增确诊病例3例 repeated, never closed',
    make: (rng, bytes) => fill(bytes, () => `${rng.pick(['(', '(', '【', '“'])}${rng.pick(CUES)}${rng.int(1, 999)}${rng.pick(UNITS)}`),
  },
  'parens-close': {
    about: 'unbalanced closing parentheses: 新增确诊病例3例) repeated',
    make: (rng, bytes) => fill(bytes, () => `${rng.pick(CUES)}${rng.int(1, 999)}${rng.pick(UNITS)}${rng.pick([')', ')', '】', '”'])}`),
  },
  'parens-nested': {
    about: 'deep nesting: 500 opening parentheses, counts, 500 closing, repeated',
    make: (rng, bytes) => fill(bytes, () => '('.repeat(500) + `确诊病例${rng.int(1, 99)}例` + ')'.repeat(500) + '。'),
  },
  'chinese-numerals': {
    about: 'counts in Chinese numerals: 新增确诊病例一千二百一十八例,无症状感染者四十九例,…',
    make: (rng, bytes) => fill(bytes, () => `${rng.pick(CUES)}${cnNumber(rng)}${rng.pick(UNITS)}${rng.pick([',', '、', '。', ''])}`),
  },
  'numeral-run': {
    about: 'runs of 5000 random Chinese numeral characters (一二三…百千万亿两零) each ending in 例',
    make: (rng, bytes) => fill(bytes, () => Array.from({ length: 5000 }, () => rng.pick(NUMERALS)).join('') + '例'),
  },
  'date-list': {
    about: 'a 、 list of thousands of dates with counts: 4月1日、4月2日、…分别新增…',
    make: (rng, bytes) => fill(bytes, () => `${rng.int(1, 12)}月${rng.int(1, 28)}日${rng.pick(['、', '至', '', '0—24时'])}${rng.chance(0.2) ? `新增确诊病例${rng.int(1, 99)}例` : ''}`),
  },
  'daily-timeline': {
    about: 'a timeline of daily bulletins, the same count on consecutive days: 2020年1月1日新增本土确诊病例5例。2020年1月2日…',
    make: (rng, bytes) => {
      let i = 0;
      return fill(bytes, () => {
        const day = new Date(Date.UTC(1950, 0, 1 + i++));
        return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日新增本土确诊病例${rng.chance(0.9) ? 5 : rng.int(1, 9)}例。`;
      });
    },
  },
  'short-lines': {
    about: 'one short figure per line (many paragraphs and headline-like lines)',
    make: (rng, bytes) => fill(bytes, () => `${rng.pick(DISTRICTS)}确诊${rng.int(1, 99)}例\n`),
  },
  'html-nested': {
    about: 'an HTML page nested as deep as it is long: <div><span><h1>… never closed, a figure in about one level of twenty',
    make: (rng, bytes) => fill(bytes, () => rng.pick(['<div>', '<span>', '<h1>', '<section>', '<b>', '<article>', '<header>', '<p>', '<li>']) + (rng.chance(0.05) ? `新增确诊病例${rng.int(1, 99)}例` : ''), { head: '<html><body>' }),
  },
  'html-stray-close': {
    about: 'an HTML page of unmatched closing tags between paragraphs left open: <div>…</span></p></td>…',
    make: (rng, bytes) => fill(bytes, () => (rng.chance(0.3) ? `<div>${rng.pick(DISTRICTS)}确诊${rng.int(1, 99)}例` : rng.pick(['</span>', '</p>', '</td>', '</li>', '</br>', '</a>'])), { head: '<html><body>' }),
  },
};

/** Real articles concatenated into one text: the baseline shape. */
export function realConcat(texts) {
  return {
    about: 'real articles concatenated (baseline)',
    make: (rng, bytes) => fill(bytes, () => rng.pick(texts) + '\n'),
  };
}

export function makeText(shape, bytes, seed = 7) {
  return shape.make(createRng(seed), bytes);
}
