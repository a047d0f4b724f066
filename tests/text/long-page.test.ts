// A page too long for a tree, given as bytes, is decoded and read a piece at
// a time: its text is the text the block reader makes of the page in one
// piece, cut where the kept text passes 2 000 000 characters, with a warning.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { htmlToText } from '../../src/text/html.js';
import { readInputText } from '../../src/text/input-text.js';

const TITLE = '上海市各区在院治疗情况_上海发布';
const INTRO = '截至2022年5月3日24时，全市累计报告本土确诊病例100例。';
const AFTER = '新增本土确诊病例7例。';
const NAMES = ['浦东', '徐汇', '闵行', '宝山', '嘉定'];
// no digit in a row: the rows hold no count
const FILLER = '各项防控措施落实到位群众生活物资供应保障有序';
const ROWS = 80_000;
const KEPT = 2_000_000;

/** Each row's texts, in the order the page gives them: a name, then the filler, `&` (an entity) and 正常 in one cell. */
const rowTexts = (i: number) => [NAMES[i % NAMES.length], FILLER, '&', '正常'];

function page(): string {
  const rows: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const [name, filler] = rowTexts(i);
    rows.push(`<tr class="r${i % 3}"><td>${name}</td><td>${filler}&amp;正常</td></tr>`);
    // comments and a script among the rows: they hold no text
    if (i % 7 === 0) rows.push('<!-- 行 -->');
    if (i % 1000 === 0) rows.push('<script>var s = "<td>不读</td>";</script>');
  }
  return `<html><head><meta charset="utf-8"><title>${TITLE}</title></head><body><p>${INTRO}</p>` +
    `<table>${rows.join('')}</table><p>${AFTER}</p></body></html>`;
}

/**
 * The text expected of the page: the intro, then one line per row (its cells apart by a space), up to the cut.
 * A text is kept while fewer than KEPT characters were kept before it.
 */
function expectedText(): string {
  let kept = INTRO.length;
  const lines: string[] = [];
  for (let i = 0; i < ROWS && kept < KEPT; i++) {
    const texts: string[] = [];
    for (const t of rowTexts(i)) {
      if (kept >= KEPT) break;
      kept += t.length;
      texts.push(t);
    }
    lines.push(texts.length > 1 ? `${texts[0]} ${texts.slice(1).join('')}` : texts[0]);
  }
  return `${INTRO}\n\n${lines.join('\n')}`;
}

describe('a page too long for a tree, given as bytes', () => {
  const html = page();
  const bytes = new TextEncoder().encode(html);

  it('is read as it is decoded: the text, cut after 2 000 000 characters, is the one of the page in one piece', () => {
    expect(html.length).toBeGreaterThan(4_000_000);
    const read = readInputText(bytes, {});
    expect(read.text).toBe('');
    expect(read.encoding).toBe('utf-8');
    expect(read.warnings).toEqual([]);
    const text = expectedText();
    expect(read.page!.text).toBe(text);
    expect(read.page!.title).toBe('上海市各区在院治疗情况');
    expect(read.page!.cut).toBe(true);
    expect(text.split('\n')[2]).toBe(`浦东 ${FILLER}&正常`);
    expect(read.page).toEqual(htmlToText(html));
  });

  it('gives the figures of the text kept, and says that the text was cut', () => {
    const doc = extract(bytes, { file: 'long.html' });
    expect(doc.warnings).toEqual(['the page\'s text was cut after 2 000 000 characters: a page this long holds more than any report']);
    // the intro's count is the only one: the rows hold none, and the count after the table is past the cut
    expect(doc.figures).toHaveLength(1);
    const [figure] = doc.figures;
    expect(figure).toMatchObject({ metric: 'cases.confirmed', value: 100, scope: 'cumulative', origin: 'local', date: '2022-05-03' });
    expect(INTRO).toContain(figure.quote);
    expect(figure.quote).toContain('确诊病例100例');
  });
});
