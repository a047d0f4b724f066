// Reading an expected file: JSON, then the schema, with every problem named
// by file, line, figure and field (`figures[3].metric: unknown metric
// "cases.death" (did you mean "cases.deaths"?)`), and the line of every value
// kept so that reports can point into the file.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { METRICS } from '../validate/schema.js';
import { DOCUMENT_KEYS, ExpectedDocumentSchema, FIGURE_KEYS, KNOWN_EXTRA_KEYS } from './expected-schema.js';
import { jsonOffsets, jsonSyntaxError, lineAt, type JsonPath } from './json-offsets.js';
import type { ExpectedDocument } from './types.js';

export interface Problem {
  /** Where in the document, e.g. ['figures', 3, 'metric']. */
  path: JsonPath;
  line: number;
  message: string;
}

export interface ExpectedFile {
  path: string;
  document: ExpectedDocument;
  /** The line a value (or, for object members, its key) starts on; the nearest enclosing value's line when absent. */
  lineOf(path: JsonPath): number;
}

/** An expected file that cannot be used: its problems, each with a line. */
export class ExpectedFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(problems.map((p) => `${file}:${p.line}: ${formatPath(p.path)}${p.path.length ? ': ' : ''}${p.message}`).join('\n'));
  }
}

/** figures[3].metric */
export function formatPath(path: JsonPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/** The closest name, if it is close enough to be a slip of the keyboard. */
function suggest(word: unknown, names: readonly string[]): string {
  if (typeof word !== 'string') return '';
  let best = '';
  let bestDistance = Infinity;
  for (const n of names) {
    const d = distance(word, n);
    if (d < bestDistance) [best, bestDistance] = [n, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? ` (did you mean ${JSON.stringify(best)}?)` : '';
}

function valueAt(doc: unknown, path: JsonPath): unknown {
  let v = doc;
  for (const k of path) v = v != null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

function keysFor(path: JsonPath): readonly string[] {
  if (path.length === 0) return DOCUMENT_KEYS;
  return path[0] === 'knownExtra' ? KNOWN_EXTRA_KEYS : FIGURE_KEYS;
}

/** Zod's issues said in the file's terms, one per field. */
function describeIssues(doc: unknown, issues: z.core.$ZodIssue[]): Array<{ path: JsonPath; message: string }> {
  const out: Array<{ path: JsonPath; message: string }> = [];
  for (const issue of issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const input = valueAt(doc, path);
    const field = path[path.length - 1];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...path, key], message: `unknown field${suggest(key, keysFor(path))}` });
    } else if (issue.code === 'invalid_value' && field === 'metric') {
      out.push({ path, message: `unknown metric ${JSON.stringify(input)}${suggest(input, METRICS)}` });
    } else if (issue.code === 'invalid_value') {
      out.push({ path, message: `${JSON.stringify(input)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` });
    } else if (issue.code === 'invalid_type' && input === undefined) {
      out.push({ path, message: 'required field is missing' });
    } else if (issue.code === 'invalid_type') {
      out.push({ path, message: `expected ${issue.expected}, got ${JSON.stringify(input)}` });
    } else {
      out.push({ path, message: `${issue.message}${input === undefined ? '' : `, got ${JSON.stringify(input)}`}` });
    }
  }
  return out;
}

/** Where the text stops being JSON, as line and column. */
function syntaxProblem(text: string): Problem {
  const { offset, message } = jsonSyntaxError(text);
  const line = lineAt(text, offset);
  const column = offset - text.lastIndexOf('\n', offset - 1);
  return { path: [], line, message: `not valid JSON: ${message} (line ${line}, column ${column})` };
}

/** Parses and validates the text of an expected file; throws ExpectedFileError naming every problem. */
export function parseExpected(text: string, file: string): ExpectedFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(source);
  } catch {
    throw new ExpectedFileError(file, [syntaxProblem(source)]);
  }
  const offsets = jsonOffsets(source);
  const lineOf = (path: JsonPath): number => {
    for (let n = path.length; n >= 0; n--) {
      const at = offsets.get(JSON.stringify(path.slice(0, n)));
      if (at !== undefined) return lineAt(source, at);
    }
    return 1;
  };
  const parsed = ExpectedDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    const problems = describeIssues(doc, parsed.error.issues).map((p) => ({ ...p, line: lineOf(p.path) }));
    throw new ExpectedFileError(file, problems);
  }
  return { path: file, document: doc as ExpectedDocument, lineOf };
}

export function readExpectedFile(path: string): ExpectedFile {
  return parseExpected(readFileSync(path, 'utf8'), path);
}
