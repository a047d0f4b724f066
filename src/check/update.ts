// `check --update`: the known-gap bookkeeping of an expected file set to what
// the report found, and the file written back one figure per line. Values
// and attributes are never touched.
import { matchKnownExtras } from './pair.js';
import { DOCUMENT_FIELDS, type ComparisonReport, type DocumentField, type ExpectedDocument, type ExpectedFigure, type KnownExtra } from './types.js';

export interface UpdateResult {
  document: ExpectedDocument;
  /** One line per change made to the bookkeeping. */
  changes: string[];
}

const describe = (f: { metric: string; value: number }): string => `${f.metric}=${f.value}`;

/** knownDocument set to the document fields that differ, in files that enforce them (those with `reviewed`). */
function updateKnownDocument(expected: ExpectedDocument, report: ComparisonReport, changes: string[]): DocumentField[] {
  if (!('reviewed' in expected)) return expected.knownDocument ?? [];
  const before = new Set(expected.knownDocument ?? []);
  const now = DOCUMENT_FIELDS.filter((f) => report.documentStatus.includes(f));
  for (const f of now) if (!before.has(f)) changes.push(`known document ${f}: ${JSON.stringify(expected[f] ?? null)}`);
  for (const f of before) if (!now.includes(f)) changes.push(`fixed (document): ${f}`);
  return now;
}

/**
 * The expected document with its known-gap bookkeeping set to the report: figures
 * now missing or differing are marked `known`, fixed ones unmarked,
 * `knownExtra` lists exactly the produced figures no expected figure accounts
 * for, and `knownDocument` the document fields that differ.
 */
export function updateExpected(expected: ExpectedDocument, report: ComparisonReport): UpdateResult {
  const changes: string[] = [];
  const figures = expected.figures.map((g, i) => {
    const state = g.optional ? undefined : report.status[i];
    if (state === g.known) return g;
    const { known: _previous, ...rest } = g;
    if (state === undefined) {
      changes.push(`fixed (${g.known}): ${describe(g)}`);
      return rest as ExpectedFigure;
    }
    changes.push(`known ${state}${g.known ? ` (was ${g.known})` : ''}: ${describe(g)}`);
    return { ...rest, known: state } as ExpectedFigure;
  });
  const previous = expected.knownExtra ?? [];
  const matches = matchKnownExtras(report.unpaired, previous);
  const knownExtra = report.unpaired.map((a, i) => {
    const kept = matches[i];
    if (kept) return kept;
    const entry: KnownExtra = { metric: a.metric, value: a.value, quote: a.quote ?? '' };
    changes.push(`known extra: ${describe(entry)} ${JSON.stringify(entry.quote)}`);
    return entry;
  });
  const kept = new Set(matches.filter((m): m is KnownExtra => !!m));
  for (const e of previous) if (!kept.has(e)) changes.push(`fixed (extra): ${describe(e)}${e.quote ? ` ${JSON.stringify(e.quote)}` : ''}`);
  const knownDocument = updateKnownDocument(expected, report, changes);

  const document: ExpectedDocument = { ...expected, figures };
  if (knownExtra.length) document.knownExtra = knownExtra;
  else delete document.knownExtra;
  if (knownDocument.length) document.knownDocument = knownDocument;
  else delete document.knownDocument;
  return { document, changes };
}

/** Serializes an expected document as the gold files are written: one figure per line. */
export function formatExpected(doc: ExpectedDocument): string {
  const inline = (o: object): string =>
    '{' +
    Object.entries(o)
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(', ') +
    '}';
  const list = (items: object[]): string => (items.length ? '[\n' + items.map((x) => '    ' + inline(x)).join(',\n') + '\n  ]' : '[]');
  const lines = Object.entries(doc).map(([k, v]) => {
    const body = (k === 'figures' || k === 'knownExtra') && Array.isArray(v) ? list(v as object[]) : JSON.stringify(v);
    return `  ${JSON.stringify(k)}: ${body}`;
  });
  return '{\n' + lines.join(',\n') + '\n}\n';
}
