// The peer: Microsoft Recognizers-Text, as commonly used for figures in
// Chinese text (numbers and date-times, both per article), against pressfig's
// `extract()` on the same plain texts, measured in the same process and run.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { median } from './measure.mjs';

const require = createRequire(import.meta.url);

export async function peerComparison(root, texts, { timeCapMs = 20000, reps = 3 } = {}) {
  let suite;
  try {
    suite = require('@microsoft/recognizers-text-suite');
  } catch (e) {
    return { skipped: `@microsoft/recognizers-text-suite not installed (${e.message})` };
  }
  const { recognizeNumber, recognizeDateTime, Culture } = suite;
  const { extract } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
  const bytesOf = (t) => Buffer.byteLength(t, 'utf8');
  const totalBytes = texts.reduce((a, t) => a + bytesOf(t), 0);

  // pressfig, warmed up, median of `reps` passes over all texts
  for (const t of texts.slice(0, 50)) extract(t);
  const passes = [];
  let figures = 0;
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    let n = 0;
    for (const t of texts) n += extract(t).figures.length;
    passes.push(performance.now() - start);
    figures = n;
  }
  const oursMs = median(passes);
  const oursMBps = totalBytes / 1e6 / (oursMs / 1000);

  // the peer: its one-time model construction is excluded (warm-up on a short text)
  const warm = performance.now();
  recognizeNumber('新增确诊病例12例', Culture.Chinese);
  recognizeDateTime('4月15日24时', Culture.Chinese);
  const initMs = performance.now() - warm;
  let done = 0;
  let doneBytes = 0;
  let numbers = 0;
  let datetimes = 0;
  const start = performance.now();
  for (const t of texts) {
    numbers += recognizeNumber(t, Culture.Chinese).length;
    datetimes += recognizeDateTime(t, Culture.Chinese).length;
    done++;
    doneBytes += bytesOf(t);
    if (performance.now() - start > timeCapMs) break;
  }
  const peerMs = performance.now() - start;
  const peerMBps = doneBytes / 1e6 / (peerMs / 1000);
  return {
    articles: texts.length,
    bytes: totalBytes,
    pressfig: { ms: oursMs, mbPerS: oursMBps, articlesPerS: texts.length / (oursMs / 1000), figures },
    peer: {
      articles: done,
      bytes: doneBytes,
      ms: peerMs,
      initMs,
      cappedByTime: done < texts.length,
      mbPerS: peerMBps,
      articlesPerS: done / (peerMs / 1000),
      numbers,
      datetimes,
    },
    ratio: oursMBps / peerMBps,
  };
}
