// The review page in a real browser (Debian's Chromium, driven by
// playwright-core): highlights hold their quotes, a hovered or focused
// highlight shows its record, the figure list scrolls to the quote, the
// table filters and sorts, and screenshots are saved under test-results/
// for a person to look at.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReviewPage } from '../../src/review/page.js';
import { ROOT, run } from '../cli/run.js';
import { CHECKED_TEXT, FIXTURE_ARTICLES, checkedDocument } from './batch.js';

const SHOTS = join(ROOT, 'test-results');

function chromiumPath(): string {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (p && existsSync(p)) return p;
  throw new Error('Chromium not found: apt-get install -y chromium (.ci/run does), or set CHROMIUM_PATH');
}

interface PageFigure {
  metric: string;
  value: number;
  region: string | null;
  quote: string;
}
interface PageArticle {
  file: string;
  region: string | null;
  text: string;
  figures: PageFigure[];
  checks: Array<{ figures: number[] }>;
}

let dir: string;
let browser: Browser;
let page: Page;
let articles: PageArticle[];
const pageUrl = () => 'file://' + join(dir, 'review.html');
/** The hand-made document comes last in the batch. */
const checkedIndex = () => articles.length - 1;

async function go(hash: string): Promise<void> {
  await page.evaluate((h) => {
    if (location.hash === h) return;
    return new Promise<void>((resolve) => {
      window.addEventListener('hashchange', () => resolve(), { once: true });
      location.hash = h;
    });
  }, hash);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-review-'));
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(dir, 'checked.jsonl'), JSON.stringify(checkedDocument()) + '\n');
  const r = run(['review', ...FIXTURE_ARTICLES, join(dir, 'checked.jsonl'), '-o', join(dir, 'review.html'), '--title', 'fixture batch']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  browser = await chromium.launch({ executablePath: chromiumPath() });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (req) => {
    if (!req.url().startsWith('file:')) errors.push(`fetched ${req.url()}`);
  });
  await page.goto(pageUrl());
  await page.waitForSelector('html[data-ready]');
  articles = await page.evaluate(() => JSON.parse(document.getElementById('review-data')!.textContent!).articles);
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('review page in Chromium', () => {
  it('holds the batch: every fixture article and the hand-made document, in order', () => {
    expect(articles.map((a) => a.file)).toEqual([...FIXTURE_ARTICLES, 'hand/shanghai-2022-04-10-districts.txt']);
    expect(articles.every((a) => a.figures.length > 0)).toBe(true);
  });

  it("highlights every figure of every article exactly at its quote, and shows the text as written", async () => {
    const result = await page.evaluate(async (list) => {
      const problems: string[] = [];
      let checked = 0;
      for (let a = 0; a < list.length; a++) {
        await new Promise<void>((resolve) => {
          window.addEventListener('hashchange', () => resolve(), { once: true });
          location.hash = '#a' + a + (location.hash === '#a' + a ? 'f0' : '');
        });
        const box = document.getElementById('article-text')!;
        if (box.textContent !== list[a].text) problems.push(`article ${a}: text differs`);
        const marks = Array.from(box.querySelectorAll('mark')) as HTMLElement[];
        list[a].figures.forEach((f, i) => {
          checked++;
          const held = marks.filter((m) => m.dataset.figs!.split(' ').includes(String(i))).map((m) => m.textContent).join('');
          if (held !== f.quote) problems.push(`article ${a} figure ${i}: ${JSON.stringify(held)} != ${JSON.stringify(f.quote)}`);
        });
      }
      return { checked, problems };
    }, articles);
    expect(result.problems).toEqual([]);
    expect(result.checked).toBe(articles.reduce((n, a) => n + a.figures.length, 0));
    // the quotes are the text's own: offsets and quote agree
    for (const a of articles) for (const f of a.figures as Array<PageFigure & { start: number; end: number }>) expect(a.text.slice(f.start, f.end)).toBe(f.quote);
    // the text's own </script> and markup are text, not elements
    await go(`#a${checkedIndex()}`);
    expect(await page.locator('#article-text b').count()).toBe(0);
    expect(await page.textContent('#article-text')).toBe(CHECKED_TEXT);
  });

  it('shows the record of a hovered highlight, with its failed check', async () => {
    await go(`#a${checkedIndex()}`);
    // "浦东新区" is covered by figure 1 alone (figure 4 starts at "200")
    const mark = page.locator('#article-text mark[data-figs="1"]');
    expect(await mark.textContent()).toBe('浦东新区');
    await mark.hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const field = (name: string) => tip.locator(`.f-${name}`).textContent();
    expect(await field('metric')).toBe('cases.confirmed');
    expect(await field('value')).toBe('200');
    expect(await field('unit')).toBe('例');
    expect(await field('scope')).toBe('new');
    expect(await field('origin')).toBe('local');
    expect(await field('region')).toBe('浦东新区');
    expect(await field('subject')).toBe('—');
    expect(await field('date')).toBe('2022-04-10');
    expect(await field('rule')).toBe('hand-made');
    expect(await tip.textContent()).toContain('浦东新区 200 + 闵行区 64 = 264, but the stated total is 865');
    expect(await tip.locator('.trace').textContent()).toBe('decided by: metric ← right-cue:例; region ← place-before; scope ← parent-scope');
    // where quotes overlap, the record of each figure under the pointer
    await page.locator('#article-text mark[data-figs="1 4"]').hover();
    expect(await tip.locator('.f-rule').allTextContents()).toEqual(['hand-made', 'hand-made-overlap']);
    await page.screenshot({ path: join(SHOTS, 'review-checks-hover-1280x800.png') });
    await page.mouse.move(1, 1);
    await expect.poll(() => tip.isVisible()).toBe(false);
  });

  it('puts the warnings and failed checks next to the figures they concern', async () => {
    await go(`#a${checkedIndex()}`);
    expect(await page.locator('.notes').first().textContent()).toContain('the district figures do not cover the city total');
    const flagged = await page.locator('.figlist button').evaluateAll((bs) => bs.map((b) => b.querySelector('.why')?.textContent ?? ''));
    expect(flagged.map((w) => w.includes('parts-vs-total'))).toEqual([true, true, true, false, false]);
    // the check's figure buttons lead to the figures
    await page.locator('.notes.checks button[data-fig="2"]').click();
    expect((await page.locator('#article-text mark.current').allTextContents()).join('')).toBe('闵行区64例');
    expect(await page.evaluate(() => location.hash)).toBe(`#a${checkedIndex()}f2`);
  });

  it('works from the keyboard: tab through highlights, Enter to the figure, a figure to its quote', async () => {
    await go('#a1');
    await page.locator('#article-text mark').first().focus();
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.figs);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.figs!);
    expect(focused).not.toBe(first);
    const i = Number(focused.split(' ')[0]);
    expect(await page.locator('#tip .f-metric').first().textContent()).toBe(articles[1].figures[i].metric);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.fig)).toBe(String(i));
    // the last figure in the list: its quote is scrolled into view and focused
    const last = articles[1].figures.length - 1;
    await page.locator(`.figlist button[data-fig="${last}"]`).press('Enter');
    const mark = page.locator('#article-text mark.current').first();
    await expect.poll(() => mark.evaluate((m) => m === document.activeElement)).toBe(true);
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect((await page.locator('#article-text mark.current').allTextContents()).join('')).toBe(articles[1].figures[last].quote);
    await page.screenshot({ path: join(SHOTS, 'review-article-1280x800.png') });
  });

  it('filters the article list', async () => {
    await page.fill('#list-filter', 'jilin');
    expect(await page.locator('#article-list li').count()).toBe(3);
    await page.fill('#list-filter', '');
    await page.check('#list-warn');
    const withNotes = articles.filter((a) => (a as unknown as { warnings: string[] }).warnings.length || a.checks.length).length;
    expect(await page.locator('#article-list li').count()).toBe(withNotes);
    await page.uncheck('#list-warn');
  });

  it('filters and sorts the table of all figures', async () => {
    await go('#figures');
    const rows = page.locator('#t-body tr');
    const all = articles.flatMap((a, ai) => a.figures.map((f, fi) => ({ ...f, ai, fi, region: f.region ?? a.region ?? '', file: a.file })));
    expect(await rows.count()).toBe(Math.min(300, all.length));
    await page.selectOption('#t-metric', 'cases.confirmed');
    const confirmed = all.filter((f) => f.metric === 'cases.confirmed');
    expect(await rows.count()).toBe(confirmed.length);
    // typed filters apply once typing pauses
    await page.fill('#t-region', '浦东新区');
    await expect.poll(() => rows.count()).toBe(confirmed.filter((f) => f.region.includes('浦东新区')).length);
    await page.fill('#t-region', '');
    await expect.poll(() => rows.count()).toBe(confirmed.length);
    // value, twice: descending
    await page.click('#t-head th[data-key="value"] button');
    await page.click('#t-head th[data-key="value"] button');
    const values = (await page.locator('#t-body td.num').allTextContents()).map(Number);
    expect(values[0]).toBe(Math.max(...confirmed.map((f) => f.value)));
    expect(values).toEqual([...values].sort((x, y) => y - x));
    await page.screenshot({ path: join(SHOTS, 'review-table-1280x800.png') });
    await page.selectOption('#t-warn', 'check');
    // the hand-made document's three figures, and any fixture figure a cross-check of its article names
    const checked = confirmed.filter((f) => articles[f.ai].checks.some((c) => c.figures.includes(f.fi)));
    const shown = await page.locator('#t-body td.file a').evaluateAll((as) => as.map((a) => [a.textContent, a.title]));
    expect(shown.map((x) => x.join('|')).sort()).toEqual(checked.map((f) => `${f.file.split('/').pop()}|${f.file}`).sort());
    expect(shown.filter(([, title]) => title === 'hand/shanghai-2022-04-10-districts.txt')).toHaveLength(3);
    await page.selectOption('#t-warn', '');
    await page.selectOption('#t-metric', '');
    // a row leads to its article, at the figure
    await page.click('#t-body td.file a >> nth=0');
    expect(await page.isVisible('#view-article')).toBe(true);
    expect(await page.locator('#article-text mark.current').count()).toBeGreaterThan(0);
  });

  it('draws each metric by day and region for the dated bulletins', async () => {
    await go('#charts');
    const captions = await page.locator('figure.chart figcaption').allTextContents();
    expect(captions.length).toBeGreaterThan(0);
    // the three Jilin bulletins give the province's daily new local cases
    expect(captions).toContain('cases.confirmed · new · local');
    const chart = page.locator('figure.chart', { hasText: 'cases.confirmed · new · local' }).first();
    expect(await chart.locator('ul.legend').textContent()).toContain('吉林省');
    expect(await chart.locator('circle').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: join(SHOTS, 'review-charts-1280x800.png') });
  });

  it('reads on a phone-width screen and in print', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(pageUrl() + '#a0');
    await phone.waitForSelector('html[data-ready]');
    // one column: nothing wider than the screen
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const text = (await phone.locator('#article-text').boundingBox())!;
    const figs = (await phone.locator('aside.figures').boundingBox())!;
    expect(figs.y).toBeGreaterThan(text.y);
    await phone.screenshot({ path: join(SHOTS, 'review-phone-390x844.png') });
    await phone.emulateMedia({ media: 'print' });
    expect(await phone.isVisible('#sidebar')).toBe(false);
    expect(await phone.isVisible('#article-text mark')).toBe(true);
    await phone.close();
  });
});

describe('a large batch', () => {
  it('opens with one article drawn, the list and the table in steps', async () => {
    const doc = checkedDocument();
    const docs = Array.from({ length: 3000 }, (_, i) => ({ ...doc, file: `batch/${String(i).padStart(4, '0')}.txt` }));
    writeFileSync(join(dir, 'large.html'), renderReviewPage(docs));
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await p.goto('file://' + join(dir, 'large.html'));
    await p.waitForSelector('html[data-ready]');
    // the first article's pieces only: 新增本土新冠肺炎 | 确诊病例865例 | 浦东新区 | 200例 | ， | 闵行区 | 64例
    expect(await p.locator('#article-text mark').allTextContents()).toEqual(['新增本土新冠肺炎', '确诊病例865例', '浦东新区', '200例', '，', '闵行区', '64例']);
    expect(await p.locator('#article-list li').count()).toBe(300);
    expect(await p.textContent('#list-count')).toBe('3000 of 3000 articles');
    await p.click('#list-more');
    expect(await p.locator('#article-list li').count()).toBe(600);
    await p.evaluate(() => (location.hash = '#figures'));
    await p.waitForSelector('#t-body tr');
    expect(await p.locator('#t-body tr').count()).toBe(300);
    expect(await p.textContent('#t-count')).toBe('15000 of 15000 figures (first 300 shown)');
    await p.close();
  });
});
