// The figures of a batch as one row per (date, region, metric, scope, origin,
// subject): the value the latest publication states, how many articles state
// it, its first source, and the values other articles state instead.
import type { Figure } from '../validate/schema.js';

export const KEY_FIELDS = ['date', 'region', 'metric', 'scope', 'origin', 'subject'] as const;
export type KeyField = (typeof KEY_FIELDS)[number];
export type Key = Record<KeyField, string | null>;

/** What the pivot reads of a document. */
export interface PivotDocument {
  file: string;
  published: string | null;
  region: string | null;
  figures: readonly Figure[];
}

/** One value of a key and the articles that state it. */
export interface Statement {
  value: number;
  unit: string;
  approx: Figure['approx'];
  /** How many articles state this value. */
  articles: number;
  /** The first source: the earliest publication stating it (input order among equals). */
  file: string;
  quote: string;
  published: string | null;
}

/** A check of the batch that one row fails. */
export interface RowCheck {
  kind: 'cumulative-falls';
  message: string;
}

export interface TableRow extends Key, Statement {
  /** The other values articles state for the key, most stated first. */
  conflicts: Statement[];
  checks: RowCheck[];
}

interface Seen {
  value: number;
  unit: string;
  approx: Figure['approx'];
  file: string;
  quote: string;
  published: string | null;
  /**
   * The order of statements: publication, then input order, then text order reversed. Within one
   * article the first statement wins: a bulletin states its totals before the parts it splits off
   * (`无症状感染者13086例，其中…12592例…在隔离管控中发现`).
   */
  rank: [string, number, number];
  doc: number;
}

const before = (a: Seen['rank'], b: Seen['rank']): boolean =>
  a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];

export class Pivot {
  private readonly keys = new Map<string, { key: Key; seen: Seen[] }>();
  private docs = 0;

  /** Adds a document's figures; `published` stands in when the document states none (JSONL `published`). */
  add(doc: PivotDocument, published: string | null = null): void {
    const order = this.docs++;
    const when = doc.published ?? published;
    doc.figures.forEach((f, i) => {
      const key: Key = { date: f.date, region: f.region ?? doc.region, metric: f.metric, scope: f.scope, origin: f.origin, subject: f.subject };
      const id = KEY_FIELDS.map((k) => key[k] ?? '').join('\u0001');
      let entry = this.keys.get(id);
      if (!entry) this.keys.set(id, (entry = { key, seen: [] }));
      entry.seen.push({ value: f.value, unit: f.unit, approx: f.approx, file: doc.file, quote: f.quote, published: when, rank: [when ?? '', order, -i], doc: order });
    });
  }

  /** The rows, ordered by the `by` fields first and then the other key fields. */
  rows(by: readonly KeyField[] = ['date', 'region', 'metric']): TableRow[] {
    const rows = [...this.keys.values()].map(({ key, seen }) => row(key, seen));
    const order = [...by, ...KEY_FIELDS.filter((k) => !by.includes(k))];
    rows.sort((a, b) => {
      for (const k of order) {
        const x = a[k] ?? '';
        const y = b[k] ?? '';
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    });
    cumulativeFalls(rows);
    return rows;
  }
}

function row(key: Key, seen: Seen[]): TableRow {
  let latest = seen[0];
  for (const s of seen) if (before(latest.rank, s.rank)) latest = s;
  const byValue = new Map<string, Seen[]>();
  for (const s of seen) {
    const v = `${s.value}\u0001${s.unit}`;
    const list = byValue.get(v);
    if (list) list.push(s);
    else byValue.set(v, [s]);
  }
  const statements = [...byValue.values()].map(statement);
  const chosen = statements.find((s) => s.value === latest.value && s.unit === latest.unit)!;
  const conflicts = statements.filter((s) => s !== chosen).sort((a, b) => b.articles - a.articles);
  return { ...key, ...chosen, conflicts, checks: [] };
}

function statement(list: Seen[]): Statement {
  let first = list[0];
  for (const s of list) if (before(s.rank, first.rank)) first = s;
  const articles = new Set(list.map((s) => s.doc)).size;
  return { value: first.value, unit: first.unit, approx: first.approx, articles, file: first.file, quote: first.quote, published: first.published };
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

/**
 * A cumulative count that falls from one date to a later one, for one place,
 * metric, origin and subject: a cumulative never decreases, so one of the two
 * bulletins (or their reading) is wrong. The later row carries the check.
 */
function cumulativeFalls(rows: TableRow[]): void {
  const series = new Map<string, TableRow[]>();
  for (const r of rows) {
    if (r.scope !== 'cumulative' || !r.date || !FULL_DAY.test(r.date)) continue;
    const id = [r.region, r.metric, r.origin, r.subject, r.unit].map((x) => x ?? '').join('\u0001');
    const list = series.get(id);
    if (list) list.push(r);
    else series.set(id, [r]);
  }
  for (const list of series.values()) {
    list.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    for (let i = 1; i < list.length; i++) {
      const [prev, cur] = [list[i - 1], list[i]];
      if (cur.value >= prev.value || cur.approx !== 'exact' || prev.approx !== 'exact') continue;
      const what = [cur.metric, cur.origin, cur.region, cur.subject].filter(Boolean).join(' ');
      cur.checks.push({
        kind: 'cumulative-falls',
        message: `cumulative ${what} falls from ${prev.value}${prev.unit} on ${prev.date} (${prev.file}) to ${cur.value}${cur.unit} on ${cur.date} (${cur.file})`,
      });
    }
  }
}
