// No file in src/ past 300 lines and no function past 60 (from the line it
// starts on to the line it ends on), unless it is on the allow-lists below
// with the reason it stays whole. An entry that no longer passes the limit
// fails too, so that the lists stay short.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 60;

/** Files past the limit: path -> why. */
const LONG_FILES: Record<string, string> = {};

/** Functions past the limit: "path#name" -> why. */
const LONG_FUNCTIONS: Record<string, string> = {
  'src/read/numbers.ts#parseChineseNumber': 'one state machine over the characters; every branch reads and sets total, section and pending',
  'src/check/json-offsets.ts#jsonSyntaxError': 'one recursive-descent scanner whose steps share the position and the open containers',
};

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

function nameOf(node: ts.SignatureDeclaration, sf: ts.SourceFile): string {
  if (node.name) return node.name.getText(sf);
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) return parent.name.getText(sf);
  return `(anonymous at line ${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1})`;
}

/** The functions of a source longer than the limit, as "name: lines". */
function longFunctions(path: string, text: string): Array<{ name: string; lines: number }> {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Array<{ name: string; lines: number }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_FUNCTION_LINES) found.push({ name: nameOf(node, sf), lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

describe('sizes', () => {
  const files = sourceFiles(join(root, 'src')).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));

  it('no file in src/ passes 300 lines unless allowed with a reason', () => {
    const long = files.filter((f) => lineCount(f.text) > MAX_FILE_LINES).map((f) => f.path);
    expect(long.filter((p) => !(p in LONG_FILES)).map((p) => `${p}: ${lineCount(files.find((f) => f.path === p)!.text)} lines`)).toEqual([]);
    expect(Object.keys(LONG_FILES).filter((p) => !long.includes(p))).toEqual([]);
  });

  it('no function in src/ passes 60 lines unless allowed with a reason', () => {
    const long = files.flatMap((f) => longFunctions(f.path, f.text).map((fn) => ({ key: `${f.path}#${fn.name}`, lines: fn.lines })));
    expect(long.filter((l) => !(l.key in LONG_FUNCTIONS)).map((l) => `${l.key}: ${l.lines} lines`)).toEqual([]);
    expect(Object.keys(LONG_FUNCTIONS).filter((k) => !long.some((l) => l.key === k))).toEqual([]);
  });

  it('counts a function from its first line to its last, nested and arrow ones too', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const x${i} = ${i};`).join('\n');
    const source = [
      `export function fits() {\n${body(MAX_FUNCTION_LINES - 2)}\n}`,
      `export function tooLong() {\n${body(MAX_FUNCTION_LINES - 1)}\n}`,
      `const outer = () => {\n  const inner = function () {\n${body(MAX_FUNCTION_LINES)}\n  };\n  return inner;\n};`,
      `class A {\n  method() {\n${body(MAX_FUNCTION_LINES - 1)}\n  }\n}`,
    ].join('\n');
    expect(longFunctions('x.ts', source).map((f) => `${f.name}: ${f.lines}`)).toEqual([
      `tooLong: ${MAX_FUNCTION_LINES + 1}`,
      `outer: ${MAX_FUNCTION_LINES + 5}`,
      `inner: ${MAX_FUNCTION_LINES + 2}`,
      `method: ${MAX_FUNCTION_LINES + 1}`,
    ]);
    expect(lineCount('a\n'.repeat(MAX_FILE_LINES + 1))).toBe(MAX_FILE_LINES + 1);
  });
});
