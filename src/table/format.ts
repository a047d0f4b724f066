// The table as CSV (one row per key), JSONL, or a wide CSV with dates as rows
// and one column per place, metric, scope, origin and subject.
import { stringify } from 'csv-stringify/sync';
import { KEY_FIELDS, type KeyField, type Statement, type TableRow } from './pivot.js';

export interface TableFormatOptions {
  /** Key fields that lead, in this order (the others follow). */
  by?: readonly KeyField[];
  /** Add the conflicting values themselves, not only their number. */
  conflicts?: boolean;
  /** Start with a UTF-8 byte-order mark (CSV). */
  bom?: boolean;
}

const keyOrder = (by: readonly KeyField[] = []): KeyField[] => [...by, ...KEY_FIELDS.filter((k) => !by.includes(k))];

/** `300例 (2 articles: b.txt «…»)` for a conflicting value. */
function describeStatement(s: Statement): string {
  return `${s.value}${s.unit} (${s.articles} article${s.articles === 1 ? '' : 's'}: ${s.file} «${s.quote}»)`;
}

/** The columns of a long table, key fields first. */
export function tableColumns(options: TableFormatOptions = {}): string[] {
  return [
    ...keyOrder(options.by),
    'value', 'unit', 'approx', 'articles', 'file', 'quote', 'published', 'conflicting',
    ...(options.conflicts ? ['conflicts'] : []),
    'checks',
  ];
}

function record(r: TableRow, options: TableFormatOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keyOrder(options.by)) out[k] = r[k];
  Object.assign(out, { value: r.value, unit: r.unit, approx: r.approx, articles: r.articles, file: r.file, quote: r.quote, published: r.published });
  out.conflicting = r.conflicts.length;
  if (options.conflicts) out.conflicts = r.conflicts;
  out.checks = r.checks;
  return out;
}

export function tableCsv(rows: readonly TableRow[], options: TableFormatOptions = {}): string {
  const columns = tableColumns(options);
  const body = rows.map((r) => {
    const rec = record(r, options);
    return columns.map((c) => {
      if (c === 'conflicts') return r.conflicts.map(describeStatement).join('; ');
      if (c === 'checks') return r.checks.map((x) => x.message).join('; ');
      return rec[c];
    });
  });
  return (options.bom ? '\ufeff' : '') + stringify([columns, ...body]);
}

export function tableJsonl(rows: readonly TableRow[], options: TableFormatOptions = {}): string {
  return rows.map((r) => JSON.stringify(record(r, options)) + '\n').join('');
}

/** The column a row goes to in the wide table: its key without the date. */
function seriesName(r: TableRow, order: readonly KeyField[]): string {
  return order
    .filter((k) => k !== 'date')
    .map((k) => r[k])
    .filter((v): v is string => !!v)
    .join(' ');
}

export interface WideTable {
  csv: string;
  /** Rows left out: a wide table has no place for a figure without a date. */
  undated: number;
}

/** Dates as rows, one column per place × metric (and scope, origin, subject where stated); each cell the row's value. */
export function tableWide(rows: readonly TableRow[], options: TableFormatOptions = {}): WideTable {
  const order = keyOrder(options.by);
  const columns = new Map<string, number>();
  const dates = new Map<string, Map<number, number>>();
  let undated = 0;
  const sortedRows = [...rows].sort((a, b) => {
    const x = seriesName(a, order);
    const y = seriesName(b, order);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  for (const r of sortedRows) {
    if (!r.date) {
      undated++;
      continue;
    }
    const name = seriesName(r, order);
    if (!columns.has(name)) columns.set(name, columns.size);
    let cells = dates.get(r.date);
    if (!cells) dates.set(r.date, (cells = new Map()));
    cells.set(columns.get(name)!, r.value);
  }
  const header = ['date', ...columns.keys()];
  const body = [...dates.keys()].sort().map((d) => {
    const cells = dates.get(d)!;
    return [d, ...[...columns.values()].map((i) => cells.get(i) ?? null)];
  });
  return { csv: (options.bom ? '\ufeff' : '') + stringify([header, ...body]), undated };
}
