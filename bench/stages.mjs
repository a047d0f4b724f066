// Per-stage timings, in process, on a sample of the corpus: each stage runs
// over the whole sample at a time (its inputs prepared by the stage before),
// so the numbers add up to roughly the cost of `extract()`.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { median } from './measure.mjs';

async function load(root, rel) {
  return import(pathToFileURL(path.join(root, 'dist', rel)).href);
}

function timeLoop(items, fn) {
  const start = performance.now();
  for (let i = 0; i < items.length; i++) fn(items[i], i);
  return performance.now() - start;
}

/**
 * sample: [{ bytes: Buffer, html: boolean }]. Returns per stage
 * { name, ms, msPerMB, share } with ms the median over `reps` passes.
 */
export async function stageTimings(root, sample, { reps = 3 } = {}) {
  const [decode, html, norm, structure, figures, zero, dates, timeline, published, region, refine, schema, index] = await Promise.all([
    load(root, 'text/decode.js'),
    load(root, 'text/html.js'),
    load(root, 'text/normalize.js'),
    load(root, 'read/structure.js'),
    load(root, 'rules/figures.js'),
    load(root, 'read/zero.js'),
    load(root, 'read/dates.js'),
    load(root, 'read/timeline.js'),
    load(root, 'read/published.js'),
    load(root, 'read/region.js'),
    load(root, 'refine/index.js'),
    load(root, 'validate/schema.js'),
    load(root, 'index.js'),
  ]);
  const totalBytes = sample.reduce((a, s) => a + s.bytes.length, 0);
  const htmlBytes = sample.filter((s) => s.html).reduce((a, s) => a + s.bytes.length, 0);
  const mb = totalBytes / 1e6;

  // One untimed pass builds every stage's inputs (and warms the code up).
  const st = sample.map((s) => ({ bytes: s.bytes, html: s.html }));
  for (const s of st) {
    s.decoded = decode.decodeBytes(s.bytes).text;
    const isHtml = s.html || html.looksLikeHtml(s.decoded);
    s.isHtml = isHtml;
    const page = isHtml ? html.htmlToText(s.decoded) : null;
    s.plain = page ? page.text : s.decoded;
    s.title = page ? page.title : null;
    s.norm = norm.normalize(s.plain).text;
    s.structure = structure.analyzeStructure(s.norm);
    s.dateExprs = dates.findDates(s.norm);
    s.published = published.findPublished(s.norm);
    s.ref = published.yearReference(s.norm, s.published, {});
    const p = s.published;
    s.today = p && p.m !== undefined && p.d !== undefined ? { y: p.y ?? s.ref?.y, m: p.m, d: p.d } : null;
    s.dates = timeline.resolveTimeline(s.dateExprs, { ref: s.ref, today: s.today });
    s.region = region.articleRegion(s.norm, s.title);
    s.drafts = figures.extractFigures(s.norm, { region: s.region, dates: s.dates }, s.structure).drafts;
    s.draftCopies = Array.from({ length: reps + 1 }, () => structuredClone(s.drafts));
    s.doc = index.extract(s.bytes, { file: 'x' });
    s.json = JSON.stringify(s.doc);
  }
  const htmlItems = st.filter((s) => s.isHtml);

  const stages = [
    ['decode (decodeBytes)', st, (s) => decode.decodeBytes(s.bytes)],
    ['html→text (htmlToText, HTML inputs)', htmlItems, (s) => html.htmlToText(s.decoded)],
    ['normalize', st, (s) => norm.normalize(s.plain)],
    ['structure (analyzeStructure)', st, (s) => structure.analyzeStructure(s.norm)],
    ['dates (findDates)', st, (s) => dates.findDates(s.norm)],
    ['figures (extractFigures + zero)', st, (s) => {
      figures.extractFigures(s.norm, { region: s.region, dates: s.dates }, s.structure);
      zero.findZeroFigures(s.norm);
    }],
    ['read and refine (published, timeline, region, refiners)', st, (s, i, rep) => {
      const p = published.findPublished(s.norm);
      const ref = published.yearReference(s.norm, p, {});
      const resolved = timeline.resolveTimeline(s.dateExprs, { ref, today: s.today });
      region.articleRegion(s.norm, s.title);
      refine.refine({ text: s.norm, structure: s.structure, dates: resolved, setAside: [] }, s.draftCopies[rep]);
    }],
    ['validate (validateDocument)', st, (s) => schema.validateDocument(s.doc)],
    ['serialize (JSON.stringify)', st, (s) => JSON.stringify(s.doc)],
    ['extract() whole (bytes → document)', st, (s) => index.extract(s.bytes, { file: 'x' })],
  ];

  const results = [];
  for (const [name, items, fn] of stages) {
    const times = [];
    let error = null;
    for (let rep = 0; rep < reps; rep++) {
      try {
        times.push(timeLoop(items, (s, i) => fn(s, i, rep)));
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        break;
      }
    }
    // what only the resolve stage needed: keep the heap small for the stages after it
    if (name.startsWith('read and refine')) for (const s of st) s.draftCopies = null;
    const ms = error ? NaN : median(times);
    const bytes = items.reduce((a, s) => a + s.bytes.length, 0);
    results.push({
      name,
      articles: items.length,
      bytes,
      ms,
      msPerMB: ms / mb,
      msPerOwnMB: bytes ? ms / (bytes / 1e6) : NaN,
      error,
    });
  }
  const whole = results[results.length - 1].ms;
  for (const r of results) r.share = r.ms / whole;
  return { articles: sample.length, bytes: totalBytes, htmlBytes, reps, stages: results };
}
