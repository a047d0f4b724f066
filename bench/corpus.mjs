// Builds the benchmark corpus: variations of the real articles under
// ../shared/seeds, ../shared/corpus and fixtures/, with other numbers, dates
// and district names, some in traditional script, some wrapped in HTML page
// chrome, a few stored as GB18030 or Big5. Deterministic for a given seed.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';
import { createRng } from './prng.mjs';

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SHARED = path.resolve(ROOT, '..', 'shared');

function listFiles(dir, exts) {
  const out = [];
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, exts));
    else if (exts.some((x) => e.name.toLowerCase().endsWith(x))) out.push(p);
  }
  return out;
}

/** The real articles the corpus is made from (UTF-8 plain text only). */
export function loadSources() {
  const files = [
    ...listFiles(path.join(SHARED, 'seeds'), ['.txt']),
    ...listFiles(path.join(SHARED, 'corpus'), ['.txt']),
    ...listFiles(path.join(ROOT, 'fixtures'), ['.txt']),
  ];
  const sources = [];
  const seen = new Set();
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const text = bytes.toString('utf8');
    const key = text.replace(/\s+/g, '');
    if (seen.has(key)) continue; // fixtures often copy the shared articles
    seen.add(key);
    if (text.includes('\uFFFD') || !/[\u4e00-\u9fff]{8}/.test(text)) continue; // not UTF-8 Chinese text
    sources.push({ file: path.relative(ROOT, file), text: text.replace(/\r\n?/g, '\n') });
  }
  if (sources.length === 0) throw new Error(`no source articles found under ${SHARED}/seeds or ${SHARED}/corpus`);
  return sources;
}

function paragraphs(text) {
  return text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
}

/** District-level names (区/县/旗) from china-area-data, in both scripts. */
function loadDistricts(toTrad) {
  const data = require('china-area-data/data.json');
  const names = new Set();
  for (const parent of Object.keys(data)) {
    for (const [code, name] of Object.entries(data[parent])) {
      if (code.endsWith('00')) continue;
      if (!/^[\u4e00-\u9fff]{2,6}[区县旗]$/.test(name)) continue;
      names.add(name);
    }
  }
  const simp = [...names].sort();
  const trad = toTrad(simp.join('\n')).split('\n');
  const bySuffix = { simp: new Map(), trad: new Map() };
  const known = { simp: new Set(simp), trad: new Set(trad) };
  simp.forEach((s, i) => {
    for (const [kind, name] of [['simp', s], ['trad', trad[i]]]) {
      const suffix = name.slice(-1);
      if (!bySuffix[kind].has(suffix)) bySuffix[kind].set(suffix, []);
      bySuffix[kind].get(suffix).push(name);
    }
  });
  return { bySuffix, known };
}

const pad2 = (n) => String(n).padStart(2, '0');

/**
 * Other numbers, dates, times and district names, consistently within one
 * article (a date shift and a district mapping per article).
 */
function substitute(text, rng, districts, kind) {
  const year = rng.int(2020, 2022);
  const shiftDays = rng.int(0, 300);
  const shift = (y, m, d) => {
    const t = new Date(Date.UTC(y ?? year, m - 1, d));
    if (Number.isNaN(t.getTime())) return null;
    t.setUTCDate(t.getUTCDate() + shiftDays);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  };
  const pattern = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日|(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2}):(\d{2})|(\d+)(?=时|時|点|點|小时|小時|天|日|月|年)|\d+/g;
  text = text.replace(pattern, (all, y1, m1, d1, y2, m2, d2, hh, mm, keep) => {
    if (m1 !== undefined) {
      const r = shift(y1 ? Number(y1) : undefined, Number(m1), Number(d1));
      if (!r || Number(m1) > 12) return all;
      return `${y1 ? `${r.y}年` : ''}${r.m}月${r.d}日`;
    }
    if (y2 !== undefined) {
      const r = shift(Number(y2), Number(m2), Number(d2));
      if (!r || Number(m2) > 12) return all;
      return `${r.y}-${pad2(r.m)}-${pad2(r.d)}`;
    }
    if (hh !== undefined) return `${pad2(rng.int(0, 23))}:${pad2(rng.int(0, 59))}`;
    if (keep !== undefined) return all;
    if (all.length === 1) return all === '0' ? all : String(rng.int(1, 9));
    const len = Math.max(2, all.length + (rng.chance(0.3) ? rng.int(-1, 1) : 0));
    return rng.digits(len);
  });
  const mapping = new Map();
  const known = districts.known[kind];
  const pools = districts.bySuffix[kind];
  text = text.replace(/[\u4e00-\u9fff]{1,6}[区县旗區縣]/g, (m) => {
    for (let k = 0; k <= m.length - 3; k++) {
      const name = m.slice(k);
      if (!known.has(name)) continue;
      let other = mapping.get(name);
      if (!other) {
        other = rng.pick(pools.get(name.slice(-1)));
        mapping.set(name, other);
      }
      return m.slice(0, k) + other;
    }
    return m;
  });
  return text;
}

function fullWidth(text) {
  return text.replace(/[0-9,:()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const SITES = ['新闻网', '日报', '发布', '融媒体中心', '卫生健康委员会', '人民政府网'];
const NAV = ['首页', '要闻', '时政', '本地', '国内', '国际', '财经', '社会', '健康', '教育', '文旅', '体育', '视频', '图片', '专题', '评论', '政务', '公告', '服务', '互动'];

function htmlPage(title, paras, rng, headlines, charset) {
  const site = rng.pick(SITES);
  const nav = NAV.map((n, i) => `<li><a href="/${i}/index.html">${n}</a></li>`).join('');
  const links = Array.from({ length: rng.int(6, 14) }, (_, i) => `<li><a href="/news/${rng.digits(7)}.html" title="${escapeHtml(headlines[i % headlines.length])}">${escapeHtml(headlines[i % headlines.length])}</a><span>${rng.int(1, 12)}-${rng.int(1, 28)}</span></li>`).join('\n');
  const body = paras.map((p) => `<p style="text-indent:2em">${escapeHtml(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="${charset}"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}_${site}</title>
<link rel="stylesheet" href="/static/css/main.css"><script src="/static/js/jquery.min.js"></script>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.example.com/hm.js?${rng.digits(12)}";})();</script>
<style>.nav li{float:left;margin:0 8px}.footer{color:#999}</style>
</head><body>
<div class="top-bar"><span>欢迎访问本站</span> <a href="/login">登录</a> | <a href="/register">注册</a> <a href="/m/">手机版</a></div>
<div class="header"><a class="logo" href="/"><img src="/static/logo.png" alt="${site}"></a><ul class="nav">${nav}</ul>
<form action="/search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="crumb">您当前的位置:<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div>
<div class="main"><div class="article">
<h1>${escapeHtml(title)}</h1>
<div class="info">来源:${site} 编辑:${rng.pick(['王', '李', '张', '刘', '陈'])}${rng.pick(['明', '华', '婷', '伟', '静'])} 浏览次数:${rng.int(100, 99999)}</div>
<div class="content" id="zoom">
${body}
</div>
<div class="share">分享到:<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="pages"><a href="#">上一篇</a> <a href="#">下一篇</a></div>
</div>
<div class="sidebar"><h3>热点新闻</h3><ul>
${links}
</ul><h3>推荐阅读</h3><ul>${links.split('\n').slice(0, 4).join('\n')}</ul></div></div>
<div class="footer"><p>主办单位:${site} 版权所有 未经授权禁止复制或建立镜像</p><p>备案号:ICP备${rng.digits(8)}号-${rng.int(1, 9)} 公网安备 ${rng.digits(14)}号</p><p>违法和不良信息举报电话:${rng.digits(3)}-${rng.digits(8)}</p></div>
</body></html>
`;
}

function guessTitle(paras) {
  for (const p of paras.slice(0, 10)) {
    if (p.length < 6 || p.length > 60) continue;
    if (/^(?:\d|您当前|您當前|来源|來源|作者|时间|時間|发布|發布|首页|首頁)/.test(p)) continue;
    return p;
  }
  return paras[0].slice(0, 30);
}

/** Target size of one article in UTF-8 bytes: mostly 5–10 KB, some short, some long. */
function targetBytes(rng) {
  const r = rng.next();
  if (r < 0.25) return rng.int(1000, 3500);
  if (r < 0.8) return rng.int(3500, 7000);
  return rng.int(7000, 13000);
}

/**
 * Writes the corpus into `dir/full/NNN/NNNNN.{txt,html}` and hard links its
 * first quarter of articles into `dir/quarter/`, that quarter's two halves
 * into `dir/half-a/` and `dir/half-b/`, and the whole corpus's two halves into
 * `dir/full-a/` and `dir/full-b/`.
 */
export async function buildCorpus(dir, { minArticles, minBytes, seed = 20240601, sampleSize = 2000 }) {
  let iconv = null;
  try {
    iconv = require('iconv-lite');
  } catch {
    iconv = null; // GB18030/Big5 variants are optional
  }
  const toTrad = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const districts = loadDistricts(toTrad);
  const sources = loadSources().map((s) => {
    const simp = paragraphs(s.text);
    const trad = toTrad(simp.join('\n')).split('\n');
    return { file: s.file, simp, trad };
  });
  const headlines = { simp: sources.map((s) => guessTitle(s.simp)), trad: sources.map((s) => guessTitle(s.trad)) };

  const rng = createRng(seed);
  const fullDir = path.join(dir, 'full');
  const stats = { count: 0, bytes: 0, html: 0, trad: 0, gb18030: 0, big5: 0, fullWidth: 0, sources: sources.length };
  const files = [];
  const sample = [];
  const sampleEvery = Math.max(1, Math.floor(minArticles / sampleSize));
  let madeDir = -1;

  while (stats.count < minArticles || stats.bytes < minBytes) {
    const i = stats.count;
    const kind = rng.chance(0.25) ? 'trad' : 'simp';
    const base = rng.pick(sources);
    const target = targetBytes(rng);
    const paras = [];
    let size = 0;
    for (const p of base[kind]) {
      if (size >= target && paras.length >= 3) break;
      paras.push(p);
      size += Buffer.byteLength(p) + 1;
    }
    let guard = 0;
    while (size < target && guard++ < 50) {
      const other = rng.pick(sources)[kind];
      const from = rng.int(0, Math.max(0, other.length - 2));
      for (const p of other.slice(from, from + rng.int(2, 8))) {
        paras.push(p);
        size += Buffer.byteLength(p) + 1;
      }
    }
    let text = substitute(paras.join('\n'), rng, districts, kind);
    if (rng.chance(0.08)) {
      text = fullWidth(text);
      stats.fullWidth++;
    }
    const isHtml = rng.chance(0.3);
    let encoding = 'utf-8';
    if (iconv && rng.chance(0.06)) encoding = kind === 'simp' ? 'gb18030' : 'big5';
    let content;
    if (isHtml) {
      const lines = text.split('\n');
      const title = guessTitle(lines);
      content = htmlPage(title, lines.filter((l) => l !== title), rng, headlines[kind], encoding);
    } else {
      const lines = text.split('\n').map((l) => (rng.chance(0.5) ? `  ${l}` : l));
      content = lines.join(rng.chance(0.05) ? '\r\n' : rng.chance(0.5) ? '\n\n' : '\n') + '\n';
    }
    const bytes = encoding === 'utf-8' ? Buffer.from(content, 'utf8') : iconv.encode(content, encoding);
    const bucket = Math.floor(i / 1000);
    if (bucket !== madeDir) {
      fs.mkdirSync(path.join(fullDir, String(bucket).padStart(3, '0')), { recursive: true });
      madeDir = bucket;
    }
    const rel = path.join(String(bucket).padStart(3, '0'), `${String(i).padStart(6, '0')}${isHtml ? '.html' : '.txt'}`);
    fs.writeFileSync(path.join(fullDir, rel), bytes);
    files.push({ rel, size: bytes.length });
    if (i % sampleEvery === 0 && sample.length < sampleSize) {
      sample.push({ file: rel, bytes, html: isHtml, encoding, kind, text: !isHtml && encoding === 'utf-8' ? content : null });
    }
    stats.count++;
    stats.bytes += bytes.length;
    if (isHtml) stats.html++;
    if (kind === 'trad') stats.trad++;
    if (encoding === 'gb18030') stats.gb18030++;
    if (encoding === 'big5') stats.big5++;
  }

  const link = (name, list) => {
    const to = path.join(dir, name);
    let bytes = 0;
    for (const f of list) {
      const p = path.join(to, f.rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      try {
        fs.linkSync(path.join(fullDir, f.rel), p);
      } catch {
        fs.copyFileSync(path.join(fullDir, f.rel), p);
      }
      bytes += f.size;
    }
    return { dir: to, count: list.length, bytes };
  };
  const quarterCount = Math.ceil(stats.count / 4);
  const quarter = files.slice(0, quarterCount);
  return {
    full: { dir: fullDir, count: stats.count, bytes: stats.bytes },
    quarter: link('quarter', quarter),
    // the quarter in two halves, for two independent processes side by side
    halves: [link('half-a', quarter.filter((_, i) => i % 2 === 0)), link('half-b', quarter.filter((_, i) => i % 2 === 1))],
    // the whole corpus in two halves, likewise
    fullHalves: [link('full-a', files.filter((_, i) => i % 2 === 0)), link('full-b', files.filter((_, i) => i % 2 === 1))],
    stats,
    sample,
  };
}
