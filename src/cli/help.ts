// The examples and notes at the end of each command's help.
import { fileURLToPath } from 'node:url';

/** The output reference shipped in the package. */
const SPEC_PATH = fileURLToPath(new URL('../../docs/spec.md', import.meta.url));

export const EXTRACT_EXAMPLES = `
Examples:
  $ pressfig extract article.txt                      one document as JSONL
  $ pressfig extract --format json page.html          the document as a JSON object
  $ pressfig extract --format csv --bom corpus/ --out figures.csv
                                                      every .txt/.html/.htm/.shtml/.jsonl file under corpus/
  $ cat article.txt | pressfig extract --year 2022    standard input, dates without a year read as 2022
  $ pressfig extract - < batch.jsonl                   JSONL lines {"id", "text" | "html", "published"?, "title"?}
                                                      (detected from the first line; -v says so)
  $ pressfig extract --select .TRS_Editor --title-select h1 site-archive/
                                                      the body and headline of one site's pages, by CSS selector
  $ pressfig extract --errors failed.jsonl --jobs 4 archive/

Output fields, metrics and their cue words, date forms and reading conventions:
docs/spec.md in the package (${SPEC_PATH}).

Exit status: 0 all inputs processed, 1 some inputs failed (the others are
still written; 0 with --keep-going) or, with --strict, some document failed a
cross-check, 2 usage error, 3 the output could not be written (a full disk,
/dev/full).`;

export const TABLE_EXAMPLES = `
Examples:
  $ pressfig extract archive/ > docs.jsonl && pressfig table docs.jsonl > table.csv
  $ pressfig table --conflicts --format jsonl docs.jsonl
                                                      rows as JSONL, with the values sources disagree on
  $ pressfig table --wide --bom docs.jsonl --out series.csv
                                                      dates as rows, region × metric as columns
  $ pressfig extract --input-format jsonl - < batch.jsonl | pressfig table --by region,date

Each row: the value of the latest publication, how many articles state it, its
first source (file, quote), and how many other values articles state
("conflicting"; --conflicts lists them). "checks" names a cumulative count
that falls between two bulletins.

Exit status: 0 all inputs read, 1 some inputs failed (the others are still
in the table), 2 usage error.`;

export const EXPLAIN_EXAMPLES = `
Examples:
  $ pressfig explain article.txt                      each figure, then the rule behind every field
  $ echo '今日新增死亡病例12例。' | pressfig explain --year 2022
  $ pressfig explain --json page.html                 the document as JSONL, each figure with its trace`;

export const SCHEMA_EXAMPLES = `
Examples:
  $ pressfig schema > document.schema.json
  $ pressfig schema --expected > expected.schema.json`;

export const TOP_EXAMPLES = `
Examples:
  $ pressfig extract article.txt
  $ pressfig extract --format csv --out figures.csv corpus/
  $ pressfig schema
  $ pressfig review fixtures/ -o review.html
  $ pressfig extract --help

The output (document and figure fields, metrics, dates, reading conventions)
is described in docs/spec.md: ${SPEC_PATH}`;
