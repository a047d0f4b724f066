// `pressfig table`: read a batch (documents or articles), pivot it, write the table.
import { AtomicFile, OutputPathError, abortAllAtomicFiles } from '../output/atomic.js';
import { isBatchError, readBatch } from '../table/inputs.js';
import { KEY_FIELDS, Pivot, tableCsv, tableJsonl, tableWide, type KeyField } from '../table/index.js';
import type { InputFormat } from '../input/sources.js';
import { EXIT_OK, EXIT_SOME_FAILED, UsageError } from './usage.js';

export interface TableCommandOptions {
  by: string;
  format: 'csv' | 'jsonl';
  wide?: boolean;
  conflicts?: boolean;
  bom?: boolean;
  out?: string;
  year?: number;
  inputFormat: InputFormat;
}

export interface TableIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export function parseBy(value: string): KeyField[] {
  const fields = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const f of fields) {
    if (!(KEY_FIELDS as readonly string[]).includes(f)) throw new UsageError(`--by: unknown field "${f}" (fields: ${KEY_FIELDS.join(', ')})`);
  }
  if (new Set(fields).size !== fields.length) throw new UsageError('--by: a field is named twice');
  return fields as KeyField[];
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (err) => (err ? reject(err) : resolve())));
}

export async function runTable(paths: string[], opts: TableCommandOptions, io: TableIo): Promise<number> {
  const by = parseBy(opts.by);
  if (opts.wide && opts.format !== 'csv') throw new UsageError('--wide writes CSV; leave out --format jsonl');
  let out: AtomicFile | null = null;
  try {
    out = opts.out ? AtomicFile.create(opts.out) : null;
  } catch (err) {
    if (err instanceof OutputPathError) throw new UsageError(`--out: ${err.message}`);
    throw err;
  }
  const onSignal = (signal: NodeJS.Signals) => {
    abortAllAtomicFiles();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const pivot = new Pivot();
  let failures = 0;
  try {
    for await (const item of readBatch(paths, { year: opts.year, inputFormat: opts.inputFormat, stdin: io.stdin })) {
      if (isBatchError(item)) {
        failures++;
        await write(io.stderr, `pressfig: ${item.file}${item.line !== undefined ? `:${item.line}` : ''}: ${item.error}\n`);
      } else pivot.add(item.doc, item.published);
    }
    const rows = pivot.rows(by);
    const format = { by, conflicts: !!opts.conflicts, bom: !!opts.bom };
    let text: string;
    if (opts.wide) {
      const wide = tableWide(rows, format);
      text = wide.csv;
      if (wide.undated) await write(io.stderr, `pressfig: ${wide.undated} row${wide.undated === 1 ? '' : 's'} without a date left out of --wide\n`);
    } else text = opts.format === 'jsonl' ? tableJsonl(rows, format) : tableCsv(rows, format);
    const falls = rows.reduce((n, r) => n + r.checks.length, 0);
    if (falls) await write(io.stderr, `pressfig: ${falls} cumulative count${falls === 1 ? '' : 's'} fall between bulletins (see "checks")\n`);
    if (out) {
      await write(out.stream, text);
      await new Promise<void>((resolve, reject) => out!.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
      out.commit();
    } else await write(io.stdout, text);
  } catch (err) {
    out?.abort();
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return failures > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
