// The report a person reads: one block per article, then precision and
// recall per family. Colour only when asked for (a terminal without NO_COLOR).
import type { ArticleResult, Verdict } from './check.js';
import { passed } from './check.js';
import { formatPath } from './expected-file.js';
import type { Score } from './score.js';
import type { ActualFigure, ChangedEntry, DocumentDifference, ExpectedFigure, FieldDifference, FixedEntry, GapEntry } from './types.js';
import { FAMILIES } from './types.js';
import type { Summary } from './summary.js';

export interface TextStyle extends Verdict {
  colour?: boolean;
}

/** Colour for a terminal: not when NO_COLOR is set to anything, not on a dumb terminal, not into a pipe or file. */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

const SGR = { red: '31', green: '32', yellow: '33', cyan: '36', dim: '2', bold: '1' } as const;
type Paint = (colour: keyof typeof SGR, s: string) => string;
const painter = (on: boolean | undefined): Paint => (on ? (c, s) => `\x1b[${SGR[c]}m${s}\x1b[0m` : (_c, s) => s);

export const show = (v: unknown): string => (v === undefined ? '-' : JSON.stringify(v));

export function figureLabel(f: ExpectedFigure | ActualFigure, withValue = true): string {
  let s = withValue ? `${f.metric}=${f.value}${f.unit ?? ''}` : f.metric;
  if (f.region) s += ` @${f.region}`;
  if (f.subject) s += ` [${f.subject}]`;
  if (f.date) s += ` ${f.date}`;
  return s;
}

const expectedQuote = (f: ExpectedFigure): string => (typeof f.evidence === 'string' ? `  «${f.evidence}»` : '');
const actualQuote = (f: ActualFigure): string => (f.quote ? `  «${f.quote}»` : '');
const INDENT = ' '.repeat(11);

/** `cases.confirmed @浦东新区 2022-04-03: 120 → 121`, then one line per other field that differs. */
export function describeChange(c: Pick<ChangedEntry, 'expected' | 'actual' | 'differences'>): string[] {
  const value = c.differences.find((d) => d.attribute === 'value');
  const head = value ? `${figureLabel(c.expected, false)}: ${c.expected.value} → ${c.actual.value}` : figureLabel(c.expected);
  const rest = c.differences.filter((d) => d.attribute !== 'value').map((d: FieldDifference) => `${INDENT}${d.attribute}: ${show(d.expected)} → ${show(d.actual)}`);
  return [head + actualQuote(c.actual), ...rest];
}

export const describeDocument = (d: DocumentDifference): string => `${d.field}: ${show(d.expected)} → ${show(d.actual)}`;

export function describeFixed(f: FixedEntry): string {
  if (f.kind === 'extra') return `extra ${f.entry.metric}=${f.entry.value} is no longer produced${f.entry.quote ? `  «${f.entry.quote}»` : ''}`;
  if (f.kind === 'document') return `document ${f.field} is now read as expected: ${show(f.expected)}`;
  return `${f.kind} ${figureLabel(f.expected)} is now produced as expected${actualQuote(f.actual)}`;
}

function describeKnown(k: GapEntry): string[] {
  if (k.kind === 'missing') return [`missing ${figureLabel(k.expected)}${expectedQuote(k.expected)}`];
  if (k.kind === 'differs') {
    const [head, ...rest] = describeChange(k);
    return [`differs ${head}`, ...rest];
  }
  if (k.kind === 'document') return [`document ${describeDocument(k)}`];
  return [`extra ${figureLabel(k.actual)}${actualQuote(k.actual)}`];
}

export const UNREVIEWED_HINT = 'written by --init from the tool\'s own output: read every figure against the article, correct what is wrong, then set "reviewed": true';

export function formatArticle(result: ArticleResult, style: TextStyle = {}): string {
  const paint = painter(style.colour);
  const name = result.fixture.article;
  const label = (word: string, colour: keyof typeof SGR): string => `  ${paint(colour, word.padEnd(8))} `;
  if (result.error !== undefined) {
    const lines = [`${paint('red', 'FAIL')} ${name} (could not be checked)`];
    if (result.problems) for (const p of result.problems) lines.push(`${label('invalid', 'red')}${result.fixture.expected}:${p.line}: ${p.path.length ? `${formatPath(p.path)}: ` : ''}${p.message}`);
    else lines.push(`${label('error', 'red')}${result.error}`);
    return lines.join('\n') + '\n';
  }
  const r = result.report!;
  const differences = r.document.length + r.missing.length + r.changed.length + r.extra.length + r.fixed.length;
  const extras = [r.known.length ? `${r.known.length} known` : '', r.reviewed ? '' : 'not reviewed'].filter(Boolean);
  const tail = extras.length ? `, ${extras.join(', ')}` : '';
  const lines: string[] = [];
  if (passed(result, style)) lines.push(`${paint('green', 'ok  ')} ${name} (${r.status.length} expected${tail})`);
  else if (differences) lines.push(`${paint('red', 'FAIL')} ${name} (${differences} difference${differences === 1 ? '' : 's'}${tail})`);
  else lines.push(`${paint('red', 'FAIL')} ${name} (not reviewed${r.known.length ? `, ${r.known.length} known` : ''})`);
  if (!r.reviewed) lines.push(`${label('review', style.allowUnreviewed ? 'yellow' : 'red')}${result.fixture.expected}: ${UNREVIEWED_HINT}`);
  for (const n of r.notes) lines.push(`${label('note', 'dim')}${describeDocument(n)} (not enforced: the file has no "reviewed" field)`);
  for (const d of r.document) lines.push(`${label('changed', 'yellow')}${describeDocument(d)}`);
  // missing and changed figures in the order of the expected file
  const figures: Array<[number, string[]]> = [
    ...r.missing.map((m): [number, string[]] => [m.index, [`${label('missing', 'yellow')}${figureLabel(m.expected)}${expectedQuote(m.expected)}`]]),
    ...r.changed.map((c): [number, string[]] => {
      const [head, ...rest] = describeChange(c);
      return [c.index, [`${label('changed', 'yellow')}${head}`, ...rest]];
    }),
  ];
  for (const [, entry] of figures.sort((a, b) => a[0] - b[0])) lines.push(...entry);
  for (const x of r.extra) lines.push(`${label('extra', 'yellow')}${figureLabel(x.actual)}${actualQuote(x.actual)}`);
  for (const f of r.fixed) lines.push(`${label('fixed', 'cyan')}${describeFixed(f)}`);
  for (const k of r.known) {
    const [head, ...rest] = describeKnown(k);
    lines.push(`${label('known', 'dim')}${head}`, ...rest);
  }
  for (const c of result.checks ?? []) lines.push(`${label('check', 'dim')}${c.kind}: ${c.message}`);
  return lines.join('\n') + '\n';
}

const pct = (x: number | null): string => (x === null ? '-' : (100 * x).toFixed(1) + '%').padStart(9);

function row(name: string, v: Score): string {
  return `${name.padEnd(10)} ${String(v.tp).padStart(5)} ${String(v.fp).padStart(5)} ${String(v.fn).padStart(5)} ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)}`;
}

export function formatSummary(s: Summary, style: TextStyle = {}): string {
  const paint = painter(style.colour);
  const ok = s.articles - s.failed;
  const unreviewed = s.unreviewed ? `, ${s.unreviewed} not reviewed${style.allowUnreviewed ? ' (allowed)' : ''}` : '';
  const verdict = `${s.articles} article${s.articles === 1 ? '' : 's'}: ${ok} ok, ${s.failed} failed${s.errors ? ` (${s.errors} could not be checked)` : ''}${unreviewed}; ${s.known} known gap${s.known === 1 ? '' : 's'}, ${s.fixed} fixed`;
  const lines = [
    '',
    `family        tp    fp    fn precision    recall        f1`,
    ...FAMILIES.map((f) => row(f, s.families[f])),
    row('primary', s.primary),
    row('secondary', s.secondary),
    row('total', s.total),
    '',
    paint(s.failed ? 'red' : 'green', verdict),
  ];
  return lines.join('\n') + '\n';
}
