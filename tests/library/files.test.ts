// extractFiles and writeDocuments: the command line's reader and writers as library calls.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFiles, writeDocuments, type Document, type InputFailure } from '../../src/index.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressfig-lib-'));
  writeFileSync(join(dir, 'a.txt'), '4月2日，全市新增本土确诊病例7例。');
  writeFileSync(
    join(dir, 'b.jsonl'),
    ['{"id":"n1","text":"新增无症状感染者3例","published":"2022-04-03"}', 'not json', '{"id":"n3","title":"无正文"}', ''].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(it: AsyncIterable<Document>): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const d of it) docs.push(d);
  return docs;
}

describe('extractFiles', () => {
  it('yields the documents of a directory in order and reports the bad JSONL lines by file and line', async () => {
    const failures: InputFailure[] = [];
    const docs = await collect(extractFiles([dir, join(dir, 'missing.txt')], { year: 2022, onError: (f) => failures.push(f) }));
    expect(docs.map((d) => d.file)).toEqual([join(dir, 'a.txt'), 'n1']);
    expect(docs[0].figures.map((f) => [f.metric, f.value, f.date])).toEqual([['cases.confirmed', 7, '2022-04-02']]);
    expect(docs[1].figures.map((f) => [f.metric, f.value])).toEqual([['cases.asymptomatic', 3]]);
    expect(failures).toEqual([
      { file: join(dir, 'b.jsonl'), line: 2, error: expect.stringMatching(/invalid JSON/) },
      { file: join(dir, 'b.jsonl'), line: 3, id: 'n3', error: 'no "text" or "html" string' },
      { file: join(dir, 'missing.txt'), error: 'no such file or directory' },
    ]);
  });

  it('throws at the first failure, naming the input, when no onError is given', async () => {
    await expect(collect(extractFiles(join(dir, 'b.jsonl')))).rejects.toThrow(`${join(dir, 'b.jsonl')}:2: invalid JSON`);
  });
});

describe('writeDocuments', () => {
  it('writes CSV with the command line writer, with and without the header row', async () => {
    const csv = async (header: boolean) => {
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c) => chunks.push(c));
      const n = await writeDocuments(extractFiles(join(dir, 'a.txt')), out, { format: 'csv', header, end: true });
      expect(n).toBe(1);
      return Buffer.concat(chunks).toString('utf8').trim().split('\n');
    };
    const withHeader = await csv(true);
    expect(withHeader[0]).toBe('file,published,doc_region,metric,value,unit,approx,scope,origin,region,subject,date,quote,start,end');
    expect(withHeader[1]).toContain('cases.confirmed,7,例,exact,new,local');
    expect(await csv(false)).toEqual(withHeader.slice(1));
  });
});
