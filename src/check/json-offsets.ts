// Where each value of a JSON text starts, by path, so that errors and CI
// annotations can name a line of the expected file. The text has already
// passed JSON.parse: this walk only needs to find the values, not to judge.

export type JsonPath = Array<string | number>;

const WHITE = new Set([' ', '\t', '\n', '\r']);
const END = new Set([',', ']', '}', ' ', '\t', '\n', '\r']);

/** Offsets by JSON.stringify(path): the key of an object member, the start of an array element. */
export function jsonOffsets(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  const skipWhite = (): void => {
    while (i < text.length && WHITE.has(text[i])) i++;
  };
  const readString = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  // an explicit stack instead of recursion: nesting depth is the file's to choose
  const stack: Array<{ path: JsonPath; array: boolean; index: number }> = [];
  const value = (path: JsonPath): void => {
    skipWhite();
    const key = JSON.stringify(path);
    if (!out.has(key)) out.set(key, i);
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      stack.push({ path, array: c === '[', index: 0 });
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !END.has(text[i])) i++;
    }
  };
  value([]);
  while (stack.length) {
    const top = stack[stack.length - 1];
    skipWhite();
    if (text[i] === ']' || text[i] === '}') {
      i++;
      stack.pop();
      continue;
    }
    if (text[i] === ',') {
      i++;
      skipWhite();
    }
    if (top.array) {
      value([...top.path, top.index++]);
    } else {
      const at = i;
      const name = readString();
      out.set(JSON.stringify([...top.path, name]), at);
      skipWhite();
      i++; // the colon
      value([...top.path, name]);
    }
    if (i > text.length) break;
  }
  return out;
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/**
 * The first syntax error of a JSON text, where JSON.parse (which on Node 20 gives no position) found one.
 * (Kept whole: one small recursive-descent scanner whose steps share the position and the open containers.)
 */
export function jsonSyntaxError(text: string): { offset: number; message: string } {
  let i = 0;
  const fail = (message: string): never => {
    throw Object.assign(new Error(message), { offset: i });
  };
  const skipWhite = (): void => {
    while (i < text.length && WHITE.has(text[i])) i++;
  };
  const what = (): string => (i >= text.length ? 'end of file' : JSON.stringify(text[i]));
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail('control character in a string');
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
  };
  // containers still open, innermost last: '}' or ']'
  const open: string[] = [];
  const value = (): void => {
    skipWhite();
    const c = text[i];
    if (c === '{' || c === '[') {
      open.push(c === '{' ? '}' : ']');
      i++;
      skipWhite();
      if (text[i] === open[open.length - 1]) {
        i++;
        open.pop();
      } else if (c === '{') member();
      else value();
      return;
    }
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    const literal = LITERALS.find((l) => text.startsWith(l, i));
    if (literal) i += literal.length;
    else fail(`unexpected ${what()}`);
  };
  const member = (): void => {
    skipWhite();
    if (text[i] !== '"') fail(`expected a "key", found ${what()}`);
    string();
    skipWhite();
    if (text[i] !== ':') fail(`expected ':', found ${what()}`);
    i++;
    value();
  };
  try {
    value();
    for (;;) {
      skipWhite();
      if (!open.length) break;
      const close = open[open.length - 1];
      if (text[i] === close) {
        i++;
        open.pop();
      } else if (text[i] === ',') {
        i++;
        if (close === '}') member();
        else value();
      } else fail(`expected ',' or '${close}', found ${what()}`);
    }
    if (i < text.length) fail(`unexpected ${what()} after the end of the JSON value`);
  } catch (err) {
    const e = err as Error & { offset?: number };
    if (e.offset !== undefined) return { offset: e.offset, message: e.message };
    throw err;
  }
  return { offset: i, message: 'not valid JSON' };
}
