import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { impossibleDate, rawNumberOf, readJsonl } from '../../src/input/jsonl.js';
import type { Source } from '../../src/input/sources.js';

async function collect(chunks: Array<string | Buffer>, maxLineSize: number, stopAtOverlong = false) {
  const notices: string[] = [];
  const out: Source[] = [];
  for await (const s of readJsonl(Readable.from(chunks.map((c) => Buffer.from(c))), 'in.jsonl', { maxLineSize, stopAtOverlong, onNotice: (m) => notices.push(m) })) out.push(s);
  return { out, notices };
}

describe('rawNumberOf', () => {
  it('gives the top-level number as written', () => {
    expect(rawNumberOf('{"id": 12345678901234567890, "text": "x"}', 'id')).toBe('12345678901234567890');
    expect(rawNumberOf('{"id":7.0,"text":"x"}', 'id')).toBe('7.0');
    expect(rawNumberOf('{"id": -1e3}', 'id')).toBe('-1e3');
  });

  it('skips keys inside nested values and strings that look like keys, and takes the last of repeated keys as JSON.parse does', () => {
    expect(rawNumberOf('{"meta": {"id": 1}, "text": "\\"id\\": 2", "id": 3}', 'id')).toBe('3');
    expect(rawNumberOf('{"list": [{"id": 1}], "id": 4, "id": 5.50}', 'id')).toBe('5.50');
    expect(rawNumberOf('{"\\u0069d": 6}', 'id')).toBe('6');
    expect(rawNumberOf('{"id": "7"}', 'id')).toBeUndefined();
  });
});

describe('impossibleDate', () => {
  it('accepts real days (leap years included) and names impossible ones', () => {
    expect(impossibleDate('2024-02-29')).toBeNull();
    expect(impossibleDate('2022-04-17T08:00:00+08:00')).toBeNull();
    expect(impossibleDate('2022-02-29')).toBe('"published" is not a real date: 2022-02-29');
    expect(impossibleDate('2022-04-31')).toBe('"published" is not a real date: 2022-04-31');
    expect(impossibleDate('2022-13-01')).toBe('"published" has no month 13: 2022-13-01');
    expect(impossibleDate('1900-02-29')).toBe('"published" is not a real date: 1900-02-29');
  });
});

describe('readJsonl', () => {
  it('splits lines across chunks, \\r\\n included, and keeps the BOM out of the first line', () => {
    return collect(['\ufeff{"id":"a","te', 'xt":"x"}\r\n{"id":"b",', '"text":"y"}'], 1000).then(({ out }) => {
      expect(out.map((s) => [s.file, s.line])).toEqual([['a', 1], ['b', 2]]);
    });
  });

  it('drops a line past the limit with an error giving its size, and goes on', async () => {
    const long = JSON.stringify({ id: 'long', text: 'x'.repeat(5000) });
    const { out } = await collect(['{"id":"a","text":"x"}\n', long.slice(0, 100), long.slice(100) + '\n{"id":"c","text":"z"}\n'], 1024);
    expect(out).toEqual([
      expect.objectContaining({ file: 'a', line: 1 }),
      { file: 'in.jsonl', line: 2, error: `line is 4.9 KB, past the limit of 1 KB (--max-input-size)` },
      expect.objectContaining({ file: 'c', line: 3 }),
    ]);
  });

  it('stops at a line past the limit when asked (a device)', async () => {
    const { out } = await collect(['{"id":"a","text":"x"}\n', 'y'.repeat(3000), 'y'.repeat(3000)], 1024, true);
    expect(out).toEqual([expect.objectContaining({ file: 'a' }), { file: 'in.jsonl', line: 2, error: 'line is over the limit of 1 KB (--max-input-size)' }]);
  });

  it('notes a duplicate id with the line of the first', async () => {
    const { notices } = await collect(['{"id":"a","text":"x"}\n{"id":"b","text":"x"}\n{"id":"a","text":"x"}\n'], 1000);
    expect(notices).toEqual(['in.jsonl:3: duplicate id "a" (first on line 1)']);
  });
});
