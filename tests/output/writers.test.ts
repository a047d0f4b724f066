import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/output/sink.js';
import { CSV_COLUMNS, createWriter, serializeDocument, type OutputFormat } from '../../src/output/writers.js';
import type { Document } from '../../src/validate/schema.js';
import { SlowSink, figure, makeDoc, parseCsv } from './helpers.js';

async function render(format: OutputFormat, docs: Document[], inputs = docs.length, bom = false, asBytes = false): Promise<string> {
  const stream = new SlowSink();
  const sink = new Sink(stream);
  const writer = createWriter(format, sink, { bom });
  for (const d of docs) {
    const piece = serializeDocument(format, d);
    // worker threads hand over each document as UTF-8 bytes
    await writer.write(asBytes ? new TextEncoder().encode(piece) : piece);
  }
  await writer.end(inputs);
  await sink.end();
  return stream.text;
}

const withFigures = makeDoc('a.txt', [figure('确诊病例43例', 43, 5), figure('新增"本土"3例,\n其中', 3, 20, { region: '小店区', approx: 'over' })]);
const empty = makeDoc('b.txt', [], { published: null, region: null });

describe('jsonl', () => {
  it('writes one document per line', async () => {
    const out = await render('jsonl', [withFigures, empty]);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0])).toEqual(withFigures);
    expect(JSON.parse(lines[1])).toEqual(empty);
  });

  it('writes nothing for no documents', async () => {
    expect(await render('jsonl', [])).toBe('');
  });
});

describe('json', () => {
  it('writes the object itself for a single input', async () => {
    expect(JSON.parse(await render('json', [withFigures]))).toEqual(withFigures);
  });

  it('writes an array for several inputs', async () => {
    expect(JSON.parse(await render('json', [withFigures, empty, withFigures]))).toEqual([withFigures, empty, withFigures]);
  });

  it('writes an array when other inputs failed, and [] when all did', async () => {
    expect(JSON.parse(await render('json', [empty], 2))).toEqual([empty]);
    expect(JSON.parse(await render('json', [], 3))).toEqual([]);
    expect(JSON.parse(await render('json', [], 0))).toEqual([]);
  });
});

describe('csv', () => {
  it('has the header of the output contract', async () => {
    const rows = parseCsv(await render('csv', []));
    expect(rows).toEqual([[...CSV_COLUMNS]]);
    expect(CSV_COLUMNS).toEqual([
      'file', 'published', 'doc_region', 'metric', 'value', 'unit', 'approx', 'scope', 'origin', 'region', 'subject', 'date', 'quote', 'start', 'end',
    ]);
  });

  it('writes one row per figure and one empty row for a document without figures', async () => {
    const rows = parseCsv(await render('csv', [withFigures, empty]));
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(['a.txt', '2022-04-17', '太原市', 'cases.confirmed', '43', '例', 'exact', 'new', 'local', '', '', '2022-04-16', '确诊病例43例', '5', '12']);
    expect(rows[2].slice(9, 10)).toEqual(['小店区']);
    expect(rows[2][6]).toBe('over');
    expect(rows[2][12]).toBe('新增"本土"3例,\n其中');
    expect(rows[3]).toEqual(['b.txt', '', '', ...Array(12).fill('')]);
    for (const r of rows) expect(r).toHaveLength(15);
  });

  it('prefixes a byte-order mark with --bom', async () => {
    const out = await render('csv', [empty], 1, true);
    expect(out.startsWith('\ufefffile,published,')).toBe(true);
    expect(out.indexOf('\ufeff', 1)).toBe(-1);
    expect((await render('csv', [], 0, true)).startsWith('\ufefffile,')).toBe(true);
    expect((await render('csv', [empty])).startsWith('file,')).toBe(true);
  });
});

describe('documents given as UTF-8 bytes', () => {
  for (const format of ['jsonl', 'json', 'csv'] as const) {
    it(`writes the same ${format} as documents given as text`, async () => {
      for (const docs of [[withFigures], [withFigures, empty, withFigures], []]) {
        const bytes = await render(format, docs, docs.length, format === 'csv', true);
        expect(bytes).toBe(await render(format, docs, docs.length, format === 'csv'));
      }
    });
  }

  it('reads a json piece that is a view into a larger buffer', async () => {
    const stream = new SlowSink();
    const sink = new Sink(stream);
    const writer = createWriter('json', sink);
    const piece = serializeDocument('json', withFigures);
    const padded = new TextEncoder().encode('xx' + piece + 'yy');
    await writer.write(padded.subarray(2, padded.length - 2));
    await writer.end(1);
    await sink.end();
    expect(stream.text).toBe(piece + '\n');
  });

  it('keeps the characters of the source quotes', async () => {
    const out = await render('jsonl', [withFigures], 1, false, true);
    expect(JSON.parse(out).figures[1].quote).toBe('新增"本土"3例,\n其中');
  });
});

describe('Sink', () => {
  it('keeps order under backpressure', async () => {
    const stream = new SlowSink();
    const sink = new Sink(stream);
    const parts = Array.from({ length: 200 }, (_, i) => `${i},`);
    for (const p of parts) await sink.write(p);
    await sink.end();
    expect(stream.text).toBe(parts.join(''));
  });

  it('keeps order with text and bytes mixed, under backpressure', async () => {
    const stream = new SlowSink();
    const sink = new Sink(stream);
    // pieces of about 40 KB, so that batches fill and the stream pushes back
    const parts = Array.from({ length: 40 }, (_, i) => `${i}:${'确诊'.repeat(7000 + i)}\n`);
    for (const [i, p] of parts.entries()) await sink.write(i % 3 ? new TextEncoder().encode(p) : p);
    await sink.end();
    expect(stream.text).toBe(parts.join(''));
  });

  for (const vectored of [true, false]) {
    it(`gathers small byte pieces into one write (${vectored ? 'vectored' : 'one chunk at a time'})`, async () => {
      const stream = new SlowSink({ vectored });
      const sink = new Sink(stream);
      const parts = Array.from({ length: 50 }, (_, i) => `第${i}行\n`);
      for (const p of parts) await sink.write(new TextEncoder().encode(p));
      await sink.end();
      expect(stream.text).toBe(parts.join(''));
      expect(stream.writes).toBe(1);
    });
  }

  it('writes bytes as batches fill, and waits for the stream', async () => {
    const stream = new SlowSink();
    const sink = new Sink(stream);
    const piece = new TextEncoder().encode('确诊病例'.repeat(2500)); // 30 KB
    let most = 0;
    for (let i = 0; i < 70; i++) {
      await sink.write(piece);
      most = Math.max(most, stream.writableLength);
    }
    // about 2 MB went out before the end, never more than a batch held in the stream
    expect(stream.text.length).toBeGreaterThan(60 * 10000);
    expect(most).toBeLessThan(256 * 1024);
    await sink.end();
    expect(stream.text).toBe('确诊病例'.repeat(2500 * 70));
  });

  it('writes the bytes of a quiet stream after a short pause, before the end', async () => {
    const stream = new SlowSink();
    const sink = new Sink(stream);
    await sink.write(new TextEncoder().encode('{"file":"a.txt"}\n'));
    await new Promise((r) => setTimeout(r, 150));
    expect(stream.text).toBe('{"file":"a.txt"}\n');
    await sink.end();
  });
});
