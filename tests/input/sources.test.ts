import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSourceError, parseJsonlLine, readSources, type Source, type SourceItem } from '../../src/input/sources.js';

let dir: string;

async function collect(paths: string[], options: Parameters<typeof readSources>[1] = {}): Promise<Source[]> {
  const out: Source[] = [];
  for await (const s of readSources(paths, options)) out.push(s);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-sources-'));
  mkdirSync(join(dir, 'corpus', 'b-sub'), { recursive: true });
  writeFileSync(join(dir, 'corpus', 'c.txt'), '确诊病例3例');
  writeFileSync(join(dir, 'corpus', 'a.html'), '<p>出院4例</p>');
  writeFileSync(join(dir, 'corpus', 'b-sub', 'd.htm'), '<p>密接5人</p>');
  writeFileSync(join(dir, 'corpus', 'notes.md'), 'skipped');
  writeFileSync(join(dir, 'corpus', 'image.png'), 'skipped');
  writeFileSync(join(dir, 'corpus', '.hidden.txt'), 'skipped');
  writeFileSync(
    join(dir, 'corpus', 'e.jsonl'),
    [
      JSON.stringify({ id: 'first', text: '确诊病例3例', published: '2022-04-17', title: '通报' }),
      '',
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text', body: 'x' }),
      JSON.stringify({ html: '<p>出院4例</p>' }),
      JSON.stringify([1, 2]),
    ].join('\n') + '\n',
  );
  mkdirSync(join(dir, 'loop', 'inner'), { recursive: true });
  writeFileSync(join(dir, 'loop', 'inner', 'x.txt'), '确诊');
  symlinkSync('..', join(dir, 'loop', 'inner', 'up'));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'loop', 'broken.txt'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSources', () => {
  it('walks a directory recursively in sorted order, reading only article files', async () => {
    const items = await collect([join(dir, 'corpus')]);
    const names = items.map((s) => (isSourceError(s) ? `${s.file}:${s.line}!` : s.file).replace(dir + '/corpus/', ''));
    expect(names).toEqual(['a.html', 'b-sub/d.htm', 'c.txt', 'first', expect.stringMatching(/e\.jsonl:3!$/), expect.stringMatching(/e\.jsonl:4!$/), 'e.jsonl:5', expect.stringMatching(/e\.jsonl:6!$/)]);
  });

  it('gives file bytes with an HTML hint from the extension', async () => {
    const [html, txt] = (await collect([join(dir, 'corpus', 'a.html'), join(dir, 'corpus', 'c.txt')])) as SourceItem[];
    expect(Buffer.from(html.bytes!).toString('utf8')).toBe('<p>出院4例</p>');
    expect(html.format).toBe('html');
    expect(txt.format).toBeUndefined();
    expect(txt.size).toBe(Buffer.byteLength('确诊病例3例'));
  });

  it('forces the format with --input-format', async () => {
    const [txt] = (await collect([join(dir, 'corpus', 'a.html')], { inputFormat: 'text' })) as SourceItem[];
    expect(txt.format).toBe('text');
  });

  it('turns JSONL lines into items and bad lines into errors with line numbers', async () => {
    const path = join(dir, 'corpus', 'e.jsonl');
    const items = await collect([path]);
    expect(items[0]).toMatchObject({ file: 'first', text: '确诊病例3例', format: 'text', published: '2022-04-17', title: '通报', line: 1, source: path });
    expect(items[1]).toMatchObject({ file: path, line: 3 });
    expect((items[1] as { error: string }).error).toMatch(/invalid JSON/);
    // a line that parses keeps its id in the error, so that the failure names the record
    expect(items[2]).toEqual({ file: path, line: 4, id: 'no-text', error: 'no "text" or "html" string' });
    expect(items[3]).toMatchObject({ file: `${path}:5`, text: '<p>出院4例</p>', format: 'html', line: 5 });
    expect(items[4]).toEqual({ file: path, line: 6, error: 'not a JSON object' });
  });

  it('reports missing paths, symlink loops and broken links, and goes on', async () => {
    const items = await collect([join(dir, 'missing.txt'), join(dir, 'loop'), join(dir, 'corpus', 'c.txt')]);
    const errors = items.filter(isSourceError);
    expect(errors).toEqual([
      { file: join(dir, 'missing.txt'), error: 'no such file or directory' },
      { file: join(dir, 'loop', 'broken.txt'), error: 'broken symbolic link' },
      { file: join(dir, 'loop', 'inner', 'up'), error: 'symlink loop' },
    ]);
    const files = items.filter((s) => !isSourceError(s)).map((s) => s.file);
    expect(files).toEqual([join(dir, 'loop', 'inner', 'x.txt'), join(dir, 'corpus', 'c.txt')]);
  });

  it('reads standard input as bytes for "-" and for no path', async () => {
    const bytes = Buffer.from([0xc4, 0xe3, 0xba, 0xc3]);
    for (const paths of [[], ['-']]) {
      const [item] = (await collect(paths, { stdin: Readable.from([bytes.subarray(0, 1), bytes.subarray(1)]) })) as SourceItem[];
      expect(item.file).toBe('-');
      expect(Buffer.from(item.bytes!).equals(bytes)).toBe(true);
    }
  });

  it('reads standard input as JSONL with --input-format jsonl', async () => {
    const stdin = Readable.from(['{"id":"a","text":"确诊"}\n{"id":', '"b","html":"<p>x</p>"}\nnope\n']);
    const items = await collect(['-'], { stdin, inputFormat: 'jsonl' });
    expect(items.map((s) => s.file)).toEqual(['a', 'b', '-']);
    expect(items[2]).toMatchObject({ line: 3 });
  });

  it('streams a 100 000-line JSONL file', async () => {
    const path = join(dir, 'big.jsonl');
    const out = createWriteStream(path);
    for (let i = 0; i < 100_000; i++) out.write(`{"id":"n${i}","text":"第${i}条：确诊病例${i}例"}\n`);
    await new Promise((resolve) => out.end(resolve));
    let count = 0;
    let last: Source | null = null;
    for await (const s of readSources([path])) {
      count++;
      last = s;
    }
    expect(count).toBe(100_000);
    expect(last).toMatchObject({ file: 'n99999', line: 100_000, text: '第99999条：确诊病例99999例' });
  });
});

describe('parseJsonlLine', () => {
  it('validates field types', () => {
    expect(parseJsonlLine('  ', 'f', 1)).toBeNull();
    expect(parseJsonlLine('{"id": 7, "text": "x"}', 'f', 2)).toMatchObject({ file: '7', text: 'x' });
    expect(parseJsonlLine('{"id": {}, "text": "x"}', 'f', 3)).toEqual({ file: 'f', line: 3, error: '"id" must be a string or a number' });
    expect(parseJsonlLine('{"text": "x", "published": 2022}', 'f', 4)).toEqual({ file: 'f', line: 4, error: '"published" must be a string' });
    expect(parseJsonlLine('null', 'f', 5)).toEqual({ file: 'f', line: 5, error: 'not a JSON object' });
  });
});
