// JUnit XML for CI systems: one test suite, one test case per article, the
// article's text report as the failure's body. The shape meets both the
// Jenkins schema and the stricter Apache Ant one (testsuites without
// attributes; properties, system-out and system-err present; at most one
// failure or error per test case).
import { hostname } from 'node:os';
import { passed, type ArticleResult, type Verdict } from './check.js';
import type { Summary } from './summary.js';
import { formatArticle, formatSummary } from './text.js';
import { FAMILIES } from './types.js';

/** Drops what XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF). */
export function xmlChars(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const allowed = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    out += allowed ? ch : '\ufffd';
  }
  return out;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };
const attr = (s: string): string => xmlChars(s).replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c]);
const text = (s: string): string => xmlChars(s).replace(/[&<>]/g, (c) => ENTITIES[c]);
const seconds = (s: number): string => s.toFixed(3);

function testcase(r: ArticleResult, opts: Verdict): string {
  const open = `    <testcase name="${attr(r.fixture.article)}" classname="pressfig.check" time="${seconds(r.seconds)}"`;
  if (passed(r, opts)) return `${open}/>`;
  const body = text(formatArticle(r, opts));
  let child: string;
  if (r.error !== undefined) {
    const type = r.problems ? 'invalid expected file' : 'error';
    const message = r.problems ? `${r.fixture.expected}: ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}` : r.error.split('\n')[0];
    child = `<error type="${type}" message="${attr(message)}">${body}</error>`;
  } else {
    const rep = r.report!;
    const n = rep.document.length + rep.missing.length + rep.changed.length + rep.extra.length + rep.fixed.length;
    const type = n ? 'difference' : 'not reviewed';
    const message = n ? `${n} difference${n === 1 ? '' : 's'} from ${r.fixture.expected}` : `${r.fixture.expected} is not reviewed`;
    child = `<failure type="${type}" message="${attr(message)}">${body}</failure>`;
  }
  return `${open}>\n      ${child}\n    </testcase>`;
}

const rate = (x: number | null): string => (x === null ? '-' : (100 * x).toFixed(1) + '%');

export function formatJunit(results: ArticleResult[], summary: Summary, opts: Verdict & { shown?: ArticleResult[] } = {}): string {
  const shown = opts.shown ?? results;
  const failures = shown.filter((r) => r.error === undefined && !passed(r, opts)).length;
  const errors = shown.filter((r) => r.error !== undefined).length;
  const time = seconds(results.reduce((t, r) => t + r.seconds, 0));
  const properties = FAMILIES.flatMap((f) => {
    const s = summary.families[f];
    return [`precision.${f}`, `recall.${f}`].map((name, i) => `      <property name="${name}" value="${rate(i ? s.recall : s.precision)}"/>`);
  });
  const stamp = new Date().toISOString().slice(0, 19);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites>',
    `  <testsuite name="pressfig check" package="pressfig" id="0" tests="${shown.length}" failures="${failures}" errors="${errors}" time="${time}" timestamp="${stamp}" hostname="${attr(hostname() || 'localhost')}">`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...shown.map((r) => testcase(r, opts)),
    `    <system-out>${text(formatSummary(summary, opts))}</system-out>`,
    '    <system-err></system-err>',
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
