// --select / --title-select: the body and headline of pages picked by CSS
// selectors (cheerio), on saved pages of two families: a government site's
// .TRS_Editor body and a WeChat article's #js_content (fixtures/select/).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from './run.js';

const dir = join(ROOT, 'fixtures', 'select');
const SHANXI = join(dir, 'shanxi-gov-2019-09-18-trs-editor-fragment.html');
const WECHAT = join(dir, 'wechat-2017-01-17-qbii-js-content-fragment.html');
const doc = (args: string[], input?: string) => {
  const r = run(['extract', '--include-text', ...args], input === undefined ? {} : { input });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('a government page with a .TRS_Editor body', () => {
  it('reads only the body and the headline the selectors pick', () => {
    const d = doc(['--select', '.TRS_Editor', '--title-select', '.detail-article-title h2', SHANXI]);
    // the automatic choice takes the site logo as the title and the page's info line into the text
    expect(doc([SHANXI]).title).toBe('山西省人民政府网站');
    expect(d.title).toBe('山西品牌丝路行（南美站）正式启动');
    expect(d.text.startsWith('图为山西品牌丝路行（南美站）启动仪式。（刘通摄）')).toBe(true);
    expect(d.text.endsWith('南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）')).toBe(true);
    for (const furniture of ['山西省人大', '热门搜索', '来源：', '打印', '时间：', '字体']) {
      expect(d.text).not.toContain(furniture);
    }
    // a trade mission: distances, dates, shares, companies and people, no epidemic counts
    expect(d.figures).toEqual([]);
    // the hash and encoding are those of the file as a whole
    expect(d.sha256).toBe(doc([SHANXI]).sha256);
    expect(d.encoding).toBe('utf-8');
  });
});

describe('a WeChat article with a #js_content body', () => {
  it('reads the article body without the account box, and the #activity-name headline', () => {
    const d = doc(['--select', '#js_content', '--title-select', '#activity-name', WECHAT]);
    expect(d.title).toBe('全新身份QBII，钱宝5.0时代身具跨时代新标识');
    expect(d.text.startsWith('（钱宝网）昨天的《雷声》留下的神秘感')).toBe(true);
    expect(d.text.endsWith('来吧，点击留言说出你们的心声')).toBe(true);
    for (const furniture of ['藤榕数据平台', '2017-01-17', '微信扫一扫', '投诉', 'tengrongdt']) expect(d.text).not.toContain(furniture);
    expect(d.figures).toEqual([]);
  });
});

describe('selectors', () => {
  // a bulletin page whose side bar lists other bulletins with their own numbers
  const page =
    '<html><head><title>通报</title></head><body><div class="side"><ul><li><a href="/1">昨日新增确诊病例99例</a></li><li><a href="/2">新增无症状感染者88例</a></li></ul></div>' +
    '<div class="TRS_Editor"><p>4月2日0—24时，全市新增本土确诊病例5例，新增本土无症状感染者12例。</p></div>' +
    '<div class="TRS_Editor"><p>截至4月2日24时，累计报告确诊病例120例。</p></div></body></html>';

  it('take every matching element in page order, and the figures only from them, with offsets into their text', () => {
    const d = doc(['--select', '.TRS_Editor', '--year', '2022', '-'], page);
    expect(d.figures.map((f: { metric: string; value: number; scope: string }) => [f.metric, f.value, f.scope])).toEqual([
      ['cases.confirmed', 5, 'new'],
      ['cases.asymptomatic', 12, 'new'],
      ['cases.confirmed', 120, 'cumulative'],
    ]);
    for (const f of d.figures) expect(d.text.slice(f.start, f.end)).toBe(f.quote);
    expect(d.text).not.toContain('99例');
  });

  it('apply to JSONL html lines and to batches run by worker threads', () => {
    const lines = [1, 2, 3].map((i) => JSON.stringify({ id: `p${i}`, html: page })).join('\n') + '\n';
    const r = run(['extract', '--jobs', '2', '--select', '.TRS_Editor', '--year', '2022', '-'], { input: lines });
    expect(r.code).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((x) => [x.file, x.figures.length])).toEqual([['p1', 3], ['p2', 3], ['p3', 3]]);
  });

  it('report a page where the body selector matches nothing, and go on with the batch', () => {
    const r = run(['extract', '--select', '#js_content', WECHAT, SHANXI]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${SHANXI}: --select "#js_content" matches nothing in the page`);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual([WECHAT]);
  });

  it('warn when the title selector matches nothing and keep the page title', () => {
    const d = JSON.parse(run(['extract', '--title-select', 'h1.none', WECHAT]).stdout);
    expect(d.title).toBe('全新身份QBII，钱宝5.0时代身具跨时代新标识');
    expect(d.warnings).toContain('--title-select "h1.none" matches nothing; the title is the page\'s own');
  });

  it('refuse a selector that is not CSS before any work', () => {
    const r = run(['extract', '--select', 'div[', WECHAT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--select: "div\[" is not a CSS selector/);
    expect(r.stdout).toBe('');
  });
});

describe('cheerio', () => {
  /** The files an entry point loads before any dynamic import. */
  function staticGraph(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/^(?:import|export)\b[^;'"]*?(?:from\s*)?(["'])(\.[^"']+)\1;/gm)) visit(join(dirname(file), m[2]));
    };
    visit(entry);
    return seen;
  }

  it('is loaded only when a selector is given: no bundle loaded without one holds it', () => {
    const dist = join(ROOT, 'dist');
    const holders = readdirSync(join(dist, 'cli'))
      .filter((f) => f.endsWith('.js') && readFileSync(join(dist, 'cli', f), 'utf8').includes('Cheerio'))
      .map((f) => join(dist, 'cli', f));
    expect(holders.length).toBeGreaterThan(0);
    for (const entry of ['cli/main.js', 'cli/extract.js', 'cli/worker.js', 'index.js']) {
      const graph = staticGraph(join(dist, entry));
      for (const h of holders) expect(graph.has(h), `${entry} loads ${h}`).toBe(false);
    }
  });
});
