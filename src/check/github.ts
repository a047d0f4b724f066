// GitHub Actions workflow commands: one error annotation per difference,
// pointing at the line of the expected file it concerns, then the summary.
import { passed, type ArticleResult, type Verdict } from './check.js';
import type { JsonPath } from './json-offsets.js';
import { formatPath } from './expected-file.js';
import type { Summary } from './summary.js';
import { describeChange, describeDocument, describeFixed, figureLabel, formatSummary, UNREVIEWED_HINT } from './text.js';

const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(file: string, line: number | undefined, title: string, message: string): string {
  const where = `file=${property(file)}${line ? `,line=${line}` : ''}`;
  return `::error ${where},title=${property(title)}::${data(message)}`;
}

function annotate(r: ArticleResult, opts: Verdict): string[] {
  const file = r.fixture.expected;
  const lineOf = (path: JsonPath): number | undefined => r.expected?.lineOf(path);
  const title = (what: string): string => `pressfig check: ${what} (${r.fixture.article})`;
  if (r.error !== undefined) {
    if (r.problems) return r.problems.map((p) => annotation(file, p.line, title('invalid expected file'), `${p.path.length ? formatPath(p.path) + ': ' : ''}${p.message}`));
    return [annotation(file, undefined, title('could not be checked'), r.error)];
  }
  const rep = r.report!;
  const out: string[] = [];
  if (!rep.reviewed && !opts.allowUnreviewed) out.push(annotation(file, lineOf(['reviewed']), title('not reviewed'), UNREVIEWED_HINT));
  for (const d of rep.document) out.push(annotation(file, lineOf([d.field]), title('changed'), describeDocument(d)));
  for (const m of rep.missing) out.push(annotation(file, lineOf(['figures', m.index]), title('missing'), `${figureLabel(m.expected)} is not produced`));
  for (const c of rep.changed) out.push(annotation(file, lineOf(['figures', c.index]), title('changed'), describeChange(c).map((l) => l.trim()).join('\n')));
  for (const x of rep.extra) out.push(annotation(file, lineOf(['figures']), title('extra'), `${figureLabel(x.actual)} is produced but not expected${x.actual.quote ? `: «${x.actual.quote}»` : ''}`));
  for (const f of rep.fixed) {
    const path: JsonPath = f.kind === 'extra' ? ['knownExtra', f.index] : f.kind === 'document' ? ['knownDocument'] : ['figures', f.index];
    out.push(annotation(file, lineOf(path), title('fixed'), `${describeFixed(f)}; run pressfig check --update`));
  }
  return out;
}

export function formatGithub(shown: ArticleResult[], summary: Summary, opts: Verdict = {}): string {
  const lines = shown.filter((r) => !passed(r, opts)).flatMap((r) => annotate(r, opts));
  return (lines.length ? lines.join('\n') + '\n' : '') + formatSummary(summary, opts);
}
