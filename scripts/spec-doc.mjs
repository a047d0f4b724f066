#!/usr/bin/env node
// Writes docs/spec.md, the users' reference of the output, from the zod
// schema (fields and their types), the vocabulary tables (every metric's cue
// words and units, the scope and origin words), the approximation words of
// the mention finder and the CSV columns; the prose around them is written
// here. `--check` exits 1 when docs/spec.md differs from what would be
// written (a test runs it), so the reference cannot drift from the code.
//
//   node scripts/spec-doc.mjs [--check] [--out FILE]     (needs a build: npm run build)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (rel) => import(pathToFileURL(path.join(root, 'dist', rel)).href);

/** What each field means, in users' words; the type comes from the schema. */
const DOCUMENT_FIELDS = {
  file: 'the input path as given on the command line, `-` for standard input, or the `id` of a JSONL line',
  sha256: 'SHA-256 of the raw input bytes, in hex: the same article gives the same hash however it is named',
  encoding: 'the encoding the bytes were read in (`utf-8`, `gb18030`, `big5`, `utf-16le`, …)',
  script: '`hans` for simplified, `hant` for traditional Chinese, as written in the input (figures are read after conversion to simplified)',
  title: 'the headline, when the page or the JSONL line gives one',
  published: 'when the article says it was published (a date form below); `null` when it does not say',
  region: 'the place the article reports on, in simplified Chinese (`太原市`)',
  figures: 'the figures, in the order of their quotes in the text',
  warnings: 'what a reader of the record should know: no year could be found, the text looks cut off, bytes that were not valid in their encoding, …',
  text: 'only with `--include-text`: the plain text the offsets count in (for HTML, the text taken from the page)',
  checks: 'present only when a cross-check fails: `{kind, message, figures}`, `figures` the indexes of the figures concerned (parts against their total, new or current above cumulative, one fact with two values, a date after publication; docs/checks.md)',
  setAside: 'only with `--explain`: the numbers a rule read and set aside as no figure, each with its quote, offsets, the rule and its trace',
};

const FIGURE_FIELDS = {
  metric: 'what is counted: one of the metrics listed below',
  value: 'the number with its multipliers applied (`3.2万` is 32000, `两` is 2)',
  unit: 'the count word as written, in simplified Chinese (`例`, `人`, `人次`, `吨`, …); empty when the number stands without one',
  approx: 'whether the text gives the number exactly or as a bound or estimate; the words are listed below',
  scope: '`new` (in the reporting period), `cumulative` (so far), `current` (at the time); `null` when the text does not tell',
  origin: '`local` or `imported` cases, when the text says which; otherwise `null`',
  region: 'the place the counted people or things are in, when it is not the article\'s region; otherwise `null`',
  subject: 'what exactly is counted, in the text\'s words: a commodity, a kind of test, a group or cluster, who the staff are',
  date: 'the day, time or period the number is for (a date form below); `null` when the text gives none',
  quote: 'the words the figure was read from, exactly as in the input (traditional script stays traditional)',
  start: 'where `quote` starts in the text (see Offsets)',
  end: 'where `quote` ends in the text (see Offsets)',
  rule: 'the name of the rule that decided the metric (`pressfig explain` shows the rule behind every field)',
  trace: 'only with `--explain`: every change a rule made to the figure, in order, as `{field, rule, value, detail?}`; the last change of a field decided it',
};

/** What each metric counts, in a few words. */
const METRIC_NOTES = {
  'cases.confirmed': 'confirmed cases (also clinical types such as 轻型, with `subject`)',
  'cases.asymptomatic': 'asymptomatic infections',
  'cases.positive': 'infections or positive results not split into confirmed and asymptomatic',
  'cases.suspected': 'suspected cases',
  'cases.discharged': 'cases discharged from hospital or shelter',
  'cases.released': 'asymptomatic infections released from medical observation',
  'cases.hospitalized': 'cases in hospital',
  'cases.in_shelter': 'cases in shelter (fangcang) hospitals',
  'cases.severe': 'severe cases',
  'cases.critical': 'critical cases',
  'cases.deaths': 'deaths',
  'cases.reclassified': 'asymptomatic infections later confirmed',
  'contacts.close': 'close contacts',
  'contacts.secondary': 'contacts of close contacts',
  'contacts.released': 'close contacts released from observation',
  'tests.samples': 'samples taken or tested (`subject`: 核酸, 抗原, …)',
  'tests.rounds': 'rounds of mass testing',
  'tests.sites': 'sampling or testing sites',
  'tests.capacity': 'testing capacity (per day)',
  'supplies.stock': 'goods in stock or reserve',
  'supplies.delivered': 'goods brought in, handed out or delivered',
  'supplies.produced': 'goods produced',
  'supplies.traded': 'goods sold or traded',
  'supplies.days': 'days the supply lasts',
  'supplies.value': 'money value of goods',
  'resources.beds': 'beds',
  'resources.isolation_rooms': 'isolation rooms',
  'resources.staff': 'staff, volunteers, police (`subject` says who)',
  'resources.vehicles': 'vehicles',
  'resources.passes': 'passes issued',
  'resources.facilities': 'hospitals, shelter hospitals, laboratories and other facilities',
  'areas.high_risk': 'high-risk areas (sealed zones of 2022 count here)',
  'areas.medium_risk': 'medium-risk areas (controlled zones)',
  'areas.low_risk': 'low-risk areas (precaution zones)',
  'areas.lifted': 'risk areas lifted or lowered (`subject` says which level)',
};

/** How a metric without cue words of its own is read. */
const READ_FROM = {
  'contacts.released': 'the release words of `cases.released` said of contacts or of people counted in `人` (`解除医学观察的密切接触者`)',
};

function typeOf(prop) {
  if (prop.anyOf) return prop.anyOf.map(typeOf).join(' \\| ');
  if (Array.isArray(prop.type)) return prop.type.join(' \\| ');
  if (prop.enum && prop.enum.length > 6) return 'string (one of the metrics below)';
  if (prop.enum) return prop.enum.map((v) => `\`"${v}"\``).join(' \\| ');
  if (prop.type === 'array') return `${prop.items?.$ref || prop.items?.type === 'object' ? 'Figure' : typeOf(prop.items)}[]`;
  if (prop.type === 'integer') return 'integer';
  return prop.type ?? 'value';
}

function fieldTable(schema, notes, what) {
  const props = schema.properties;
  const names = Object.keys(props);
  const missing = names.filter((n) => !(n in notes));
  const extra = Object.keys(notes).filter((n) => !names.includes(n));
  if (missing.length || extra.length) throw new Error(`${what} fields: describe ${missing.join(', ') || '-'}; no longer in the schema: ${extra.join(', ') || '-'}`);
  const rows = names.map((n) => {
    const optional = !(schema.required ?? []).includes(n) ? ' (optional)' : '';
    return `| \`${n}\` | ${typeOf(props[n])}${optional} | ${notes[n]} |`;
  });
  return ['| field | type | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The [word, kind] pairs of a `const NAME: ... = [ ... ];` table in a source file. */
function pairsOf(source, name) {
  const start = source.indexOf(`const ${name}`);
  if (start < 0) throw new Error(`${name} not found`);
  const body = source.slice(start, source.indexOf('];', start));
  return [...body.matchAll(/\['([^']+)', '([a-z]+)'\]/g)].map((m) => [m[1], m[2]]);
}

const words = (list) => list.map((w) => `\`${w}\``).join(' ');

function grouped(pairs) {
  const by = new Map();
  for (const [w, k] of pairs) by.set(k, [...(by.get(k) ?? []), w]);
  return by;
}

export async function specDoc() {
  const schema = await load('validate/schema.js');
  const vocab = await load('lexicon/vocabulary.js');
  const writers = await load('output/writers.js');
  const json = schema.documentJsonSchema();
  const figureSchema = json.properties.figures.items;
  const units = readFileSync(path.join(root, 'src', 'read', 'units.ts'), 'utf8');
  const approx = grouped([...pairsOf(units, 'PREFIX_APPROX'), ...pairsOf(units, 'SUFFIX_APPROX')]);
  const scope = grouped(vocab.SCOPE_WORDS);
  const origin = grouped(vocab.ORIGIN_WORDS);

  const metricTable = (metrics) => {
    const rows = metrics.map((m) => {
      const cues = vocab.CUES.filter((c) => c.metric === m);
      if (!METRIC_NOTES[m]) throw new Error(`metric ${m}: describe it in scripts/spec-doc.mjs`);
      // a metric without cue words of its own is read from another's words and the counted noun
      const cueWords = cues.length ? words([...new Set(cues.map((c) => c.word))]) : READ_FROM[m];
      if (!cueWords) throw new Error(`metric ${m} has no cue words: say how it is read in READ_FROM`);
      return `| \`${m}\` | ${METRIC_NOTES[m]} | ${cueWords} | ${words(vocab.METRIC_UNITS[m])} |`;
    });
    return ['| metric | counts | cue words | units |', '| --- | --- | --- | --- |', ...rows].join('\n');
  };
  const stale = Object.keys(METRIC_NOTES).filter((m) => !schema.METRICS.includes(m));
  if (stale.length) throw new Error(`metrics no longer in the schema: ${stale.join(', ')}`);

  return `<!-- Generated by scripts/spec-doc.mjs from the schema and the vocabulary tables: edit the script, not this file. -->
# pressfig output reference

pressfig turns each input article into one **document** record, and every
number in it that counts something about the epidemic into a **figure** of
that document. This page lists every field, every metric with the words that
name it, the forms dates take, and how the figures are read. \`pressfig schema\`
prints the same contract as JSON Schema; every record is checked against it
before it is written.

## Document

${fieldTable(json, DOCUMENT_FIELDS, 'document')}

## Figure

${fieldTable(figureSchema, FIGURE_FIELDS, 'figure')}

### Approximation words

| \`approx\` | words before or after the number |
| --- | --- |
| \`exact\` | none of the words below |
${[...approx].map(([k, ws]) => `| \`${k}\` | ${words(ws)} |`).join('\n')}

### Scope and origin words

| value | words |
| --- | --- |
${[...scope].map(([k, ws]) => `| scope \`${k}\` | ${words(ws)} |`).join('\n')}
${[...origin].map(([k, ws]) => `| origin \`${k}\` | ${words(ws)} |`).join('\n')}

Counts of events over time (${words([...vocab.SO_FAR_METRICS])}) are \`new\` or
\`cumulative\`, never \`current\`; states (${words([...vocab.STATE_METRICS])}) are
\`current\` unless the text says otherwise.

### Offsets

\`start\` and \`end\` locate \`quote\` in the text the figure was read from: the
decoded input, or for HTML the plain text taken from the page
(\`--include-text\` adds it as \`text\`). By default they count UTF-16 code
units, JavaScript's string indices, so \`text.slice(start, end) === quote\`.
Outside JavaScript choose another unit with \`--offsets\` (library:
\`offsets\` of \`extractFiles\`, or \`convertOffsets\`):

| \`--offsets\` | counts | check |
| --- | --- | --- |
| \`utf16\` (default) | UTF-16 code units | JavaScript \`text.slice(start, end)\` |
| \`codepoint\` | Unicode code points | Python \`text[start:end]\` |
| \`utf8\` | bytes of the text as UTF-8 | \`text.encode()[start:end]\` |

They differ only after a character outside the Basic Multilingual Plane
(\`𠮷\`, many rare place-name characters): it is two UTF-16 units, one code
point, four UTF-8 bytes. Records with offsets other than \`utf16\` are no longer
checked by \`validateDocument\`, whose rule is \`end - start\` equals the
quote's JavaScript length.

Text that was Big5 or GBK but was decoded as Latin-1 before it reached the
tool (\`·s¼W\` for \`新增\`) is read as the Chinese it was, and the document
warns; its quotes and offsets stay those of the text as given.

## Metrics

The cue words are those the rules look for, in simplified Chinese
(traditional text is converted before reading). A cue word can name more than
one metric; the count word after the number decides (\`检测…人次\` are samples,
\`检测…轮\` rounds). The units are the count words each metric accepts.

### Primary: cases, contacts, tests, supplies

${metricTable(schema.PRIMARY_METRICS)}

### Secondary: resources and risk areas

${metricTable(schema.SECONDARY_METRICS)}

Test kinds read as the \`subject\` of test figures: ${words(vocab.TEST_KINDS)}.

## Dates

Dates are local time as printed; no time zone is added. \`date\` and
\`published\` take these forms:

| form | example | from text such as |
| --- | --- | --- |
| day | \`2022-04-15\` | \`截至4月15日24时\` (24时 ends the day), \`12月2日0时至24时\` |
| day and time | \`2022-10-19T17:00\` | \`截至10月19日17时\`, \`2022年04月17日 07:11\` |
| period | \`2022-04-03/2022-04-12\` | \`4月3日至12日\` |
| open period | \`2022-04-03/..\` | \`4月3日以来\` |
| part of a day | \`2022-03-15T00:00/2022-03-15T12:00\` | \`3月15日0-12时\` |
| day of unknown year | \`--10-29\`, \`--10-20T17:06\`, \`--04-03/--04-12\` | any of the above when no year can be found |

\`published\` is the page's own timestamp: a publication-time meta tag
(\`PubDate\`, \`article:published_time\`, …) or a WeChat page's \`ct\`, read in
China Standard Time (UTC+8), else a date line under the headline
(\`发稿时间：2022-06-14 10:05:33\`), else a wire dateline (\`新华社长春4月2日电\`).
Seconds are dropped.

The year comes from the article: its publication date or a full date in it,
never from page furniture (related links, crawl stamps, copyright lines).
A month and day later in the year than the publication date are of the year
before, since reports look back. When the article has no year, \`--year\` (or
\`published\` on a JSONL line) supplies one; without it the dates stay without a
year and the document warns.

A figure's \`date\` is the date that governs it: one in its own clause, or else
the nearest date before it in the same paragraph. A figure whose text gives no
date has \`date: null\`; the publication date is never put in its place.

## How figures are read

- A fact is reported once. A headline that repeats a number of the body gives
  no second figure; a fact only the headline states is a figure.
- Only counts of the metrics above are figures: dates, times, ordinals
  (\`第150次\`), phone and road numbers, percentages, page counters and
  numbers about other topics are not.
- \`分别\` with several numbers gives one figure per number, each with its own
  date or region.
- A breakdown (\`确诊病例43例(小店区24例、迎泽区2例…)\`, a county list under a
  head line, the rows of a table of place and count) gives the total and one
  figure per part; each part takes the head's metric, scope, origin and date
  and its own \`region\`.
- One number for two groups (\`密接、次密接人员共1828人\`) is one figure of the
  first-named metric, with \`subject\` naming both.
- A zero in words is a figure: \`无新增死亡病例\` is \`cases.deaths\`, 0, scope
  \`new\`, unit \`例\`; without a count word in the noun the unit is empty.
- An as-of total without a scope word (\`截至3月5日24时，全省共报告确诊病例120例\`,
  \`增至120例\`) is \`cumulative\`; stocks and states as of a time (\`库存\`, \`在院\`)
  are \`current\`. \`较前一日新增N例\` is a day's new count; other day-on-day
  changes are not figures.
- \`今日\`, \`今天\`, \`当日\` are the article's own day: a bulletin's reporting
  day, else its publication day. A day without a month (\`截至13日24时\`) takes
  the month of the article's day or of the nearest date before it.
- The publication date is the page's own timestamp (a meta \`PubDate\`,
  \`article:published_time\`, a WeChat page's \`ct\`/\`publish_time\` read as
  UTC+8), else a wire dateline (\`新华社长春4月2日电\`); never the day of an event
  in the body.
- \`region\` is where the counted people or things are. Imported cases listed by
  the country they came from keep the reporting place (\`region: null\`) and
  name the country in \`subject\`; cases counted in another country have it as
  their \`region\`.

## Input lines (JSONL)

A JSONL line is one article: \`{"id": …, "text": …}\` or \`{"id": …, "html": …}\`,
with \`published\` (used for the year) and \`title\` if known. The \`id\` becomes
\`file\`; offsets count in \`text\`, or in the text taken from \`html\`. A bad
line gives an error naming its \`id\` and line, and the rest goes on.

## Output formats

- \`jsonl\` (default): one document a line.
- \`json\`: one document for one input, an array otherwise.
- \`csv\`: one row a figure, columns ${words(writers.CSV_COLUMNS)}
  (\`doc_region\` is the document's \`region\`); a document without figures
  gives one row with the figure columns empty. \`--bom\` starts the file with
  a byte-order mark for spreadsheets; \`--no-header\` leaves out the header
  row, so that the outputs of the chunks of a split batch concatenate.
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  const file = i >= 0 ? path.resolve(args[i + 1]) : path.join(root, 'docs', 'spec.md');
  const text = await specDoc();
  if (args.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== text) {
      process.stderr.write(`${path.relative(root, file)} is out of date: run node scripts/spec-doc.mjs (after npm run build)\n`);
      process.exit(1);
    }
  } else writeFileSync(file, text);
}
