// Times `extract()` on one adversarial text:
//   node bench/linearity-child.mjs SHAPE BYTES REPS [APP_ROOT]
// Prints one JSON line when the text is built, then one per repetition.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SHAPES, realConcat, makeText } from './adversarial.mjs';
import { loadSources, ROOT } from './corpus.mjs';

const [name, bytesArg, repsArg, appRoot = ROOT] = process.argv.slice(2);
const shape = name === 'real-concat' ? realConcat(loadSources().map((s) => s.text)) : SHAPES[name];
if (!shape) {
  process.stderr.write(`unknown shape ${name}\n`);
  process.exit(2);
}
const { extract } = await import(pathToFileURL(path.join(appRoot, 'dist', 'index.js')).href);
const text = makeText(shape, Number(bytesArg));
// warm up the code on a small piece of the same shape
extract(makeText(shape, 4096, 11));
process.stdout.write(JSON.stringify({ ready: true, chars: text.length, bytes: Buffer.byteLength(text) }) + '\n');
// a slow shape gets fewer repetitions: none starts after 8 s in all
const began = performance.now();
for (let rep = 0; rep < Number(repsArg || 3) && (rep === 0 || performance.now() - began < 8000); rep++) {
  const start = performance.now();
  const doc = extract(text);
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ rep, ms, figures: doc.figures.length }) + '\n');
}
