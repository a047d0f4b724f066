// Command-line entry. Kept light: commands import what they need when they
// run, so `pressfig --version` and `--help` load neither the HTML parser nor
// the schema library.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { registerReview } from '../review/command.js';
import { DEFAULT_MAX_INPUT_SIZE, DEFAULT_READ_TIMEOUT_MS, formatSize, parseSize } from '../input/bounded.js';
import { EXIT_OUTPUT, EXIT_USAGE, OutputError, UsageError } from './usage.js';

/** Module that adds the `check` command: it exports `register(program: Command): void`. */
const CHECK_MODULE = '../check/command.js';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number of at least 1.');
  const n = Number(value);
  if (n < 1 || n > 256) throw new InvalidArgumentError('expected a number from 1 to 256.');
  return n;
}

function parseExtensions(value: string, previous: string[] | undefined): string[] {
  const list = value.split(',').map((e) => e.trim()).filter(Boolean);
  for (const e of list) if (!/^\.?[A-Za-z0-9_-]{1,16}$/.test(e)) throw new InvalidArgumentError(`"${e}" is not a file extension such as .md`);
  return [...(previous ?? []), ...list];
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new InvalidArgumentError('expected a four-digit year such as 2022.');
  const n = Number(value);
  if (n < 1900 || n > 2100) throw new InvalidArgumentError('expected a year from 1900 to 2100.');
  return n;
}

function parseMaxInputSize(value: string): number {
  const n = parseSize(value);
  if (!(n >= 1)) throw new InvalidArgumentError('expected a size such as 32M, 512K, 1G or a number of bytes.');
  return n;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 0)) throw new InvalidArgumentError('expected a number of seconds above 0.');
  return n;
}

/** The output reference shipped in the package. */
const SPEC_PATH = fileURLToPath(new URL('../../docs/spec.md', import.meta.url));

const EXTRACT_EXAMPLES = `
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

const TABLE_EXAMPLES = `
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

const EXPLAIN_EXAMPLES = `
Examples:
  $ pressfig explain article.txt                      each figure, then the rule behind every field
  $ echo '今日新增死亡病例12例。' | pressfig explain --year 2022
  $ pressfig explain --json page.html                 the document as JSONL, each figure with its trace`;

const SCHEMA_EXAMPLES = `
Examples:
  $ pressfig schema > document.schema.json
  $ pressfig schema --expected > expected.schema.json`;

const TOP_EXAMPLES = `
Examples:
  $ pressfig extract article.txt
  $ pressfig extract --format csv --out figures.csv corpus/
  $ pressfig schema
  $ pressfig review fixtures/ -o review.html
  $ pressfig extract --help

The output (document and figure fields, metrics, dates, reading conventions)
is described in docs/spec.md: ${SPEC_PATH}`;

async function addCheckCommand(program: Command): Promise<void> {
  // The module only registers the command; what it runs loads when it runs.
  const url = new URL(CHECK_MODULE, import.meta.url);
  if (!existsSync(url)) return;
  const mod = (await import(url.href)) as { register?: (p: Command) => void; default?: (p: Command) => void };
  (mod.register ?? mod.default)?.(program);
}

function buildProgram(version: string): Command {
  const program = new Command('pressfig');
  program
    .description('Extract quoted COVID-19 figures from Chinese-language press releases as JSON, JSONL or CSV.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(`pressfig: ${str}`) })
    .addHelpText('after', TOP_EXAMPLES);

  program
    .command('extract')
    .description('extract figures from articles (files, directories, JSONL, or standard input)')
    .argument('[paths...]', 'files or directories; "-" or nothing reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'json', 'csv']).default('jsonl'))
    .option('-o, --out <file>', 'write to FILE instead of standard output (a regular file atomically, keeping its mode; a device or FIFO directly; - is standard output)')
    .option('--bom', 'start CSV output with a UTF-8 byte-order mark (for spreadsheets)')
    .option('--year <yyyy>', 'year for dates in articles that state none', parseYear)
    .option('--include-text', 'add the plain text that figure offsets refer to as "text"')
    .option('--encoding <name>', 'read input bytes in this encoding (default: detect; e.g. utf-8, gb18030, big5)')
    .addOption(
      new Option('--input-format <kind>', 'how to read inputs: detect HTML, force text or HTML, or JSONL lines')
        .choices(['auto', 'text', 'html', 'jsonl'])
        .default('auto'),
    )
    .option(
      '--errors <path>',
      'also write failures as JSONL records {file, line?, id?, error}: to FILE, to a file of its own per process in DIR/, or to a name with %p (process id) and %h (host)',
    )
    .option('-k, --keep-going', 'exit 0 even when some inputs failed (they are still reported): for engine tasks')
    .option(
      '-j, --jobs <n>',
      'worker threads (default: one thread for standard input and for small batches, else cores-1 workers)',
      parseJobs,
    )
    .addOption(
      new Option('--offsets <unit>', 'unit of figure start/end: UTF-16 code units (JavaScript), code points (Python), UTF-8 bytes')
        .choices(['utf16', 'codepoint', 'utf8'])
        .default('utf16'),
    )
    .option('--no-header', 'CSV without the header row (chunks of a split batch concatenate)')
    .option('--select <css>', 'read only the elements matching this CSS selector as the article body (e.g. ".TRS_Editor", "#js_content")')
    .option('--title-select <css>', 'take the headline from the first element matching this CSS selector (e.g. "#activity-name")')
    .option('--ext <list>', 'also read files with these extensions in directories (e.g. .md,.xml)', parseExtensions)
    .option('-v, --verbose', 'say how inputs are read, list every warning on stderr one per line, and end with a summary line')
    .option('-q, --quiet', 'no progress display')
    .option('--strict', 'exit 1 when any document fails a cross-check (its "checks")')
    .option('--explain', 'add each figure\'s trace: the rules that decided its fields (see `pressfig explain`)')
    .option('--max-input-size <size>', `refuse an input (file, standard input, JSONL line) past SIZE (default ${formatSize(DEFAULT_MAX_INPUT_SIZE)})`, parseMaxInputSize)
    .option('--read-timeout <seconds>', `give up on a FIFO or device named as input after this long without data (default ${DEFAULT_READ_TIMEOUT_MS / 1000})`, parseSeconds)
    .option('--follow-symlinks', 'follow symbolic links that lead out of a directory walked')
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runExtract } = await import('./extract.js');
      const code = await runExtract(
        paths,
        {
          format: opts.format as 'jsonl' | 'json' | 'csv',
          out: opts.out as string | undefined,
          bom: !!opts.bom,
          year: opts.year as number | undefined,
          includeText: !!opts.includeText,
          encoding: opts.encoding as string | undefined,
          inputFormat: opts.inputFormat as 'auto' | 'text' | 'html' | 'jsonl',
          errors: opts.errors as string | undefined,
          jobs: opts.jobs as number | undefined,
          quiet: !!opts.quiet,
          strict: !!opts.strict,
          explain: !!opts.explain,
          verbose: !!opts.verbose,
          maxInputSize: opts.maxInputSize as number | undefined,
          readTimeout: opts.readTimeout as number | undefined,
          followSymlinks: !!opts.followSymlinks,
          offsets: opts.offsets as 'utf16' | 'codepoint' | 'utf8',
          header: opts.header !== false,
          ext: opts.ext as string[] | undefined,
          keepGoing: !!opts.keepGoing,
          select: opts.select as string | undefined,
          titleSelect: opts.titleSelect as string | undefined,
        },
        { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
      );
      process.exitCode = code;
    });

  program
    .command('table')
    .description('pivot a batch (articles, or JSONL documents from extract) into one row per date, region, metric, scope, origin and subject')
    .argument('[paths...]', 'JSONL documents from extract, or articles (files, directories); "-" or nothing reads JSONL from standard input')
    .option('--by <fields>', 'key fields that lead the columns and the sort order', 'date,region,metric')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'jsonl']).default('csv'))
    .option('--wide', 'CSV with dates as rows and one column per region × metric (and scope, origin, subject)')
    .option('--conflicts', 'list the conflicting values with their sources, not only their number')
    .option('--bom', 'start CSV output with a UTF-8 byte-order mark (for spreadsheets)')
    .option('-o, --out <file>', 'write to FILE (atomically) instead of standard output')
    .option('--year <yyyy>', 'year for dates in articles that state none', parseYear)
    .addOption(
      new Option('--input-format <kind>', 'how to read article inputs (standard input is JSONL unless text or html)')
        .choices(['auto', 'text', 'html', 'jsonl'])
        .default('auto'),
    )
    .addHelpText('after', TABLE_EXAMPLES)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runTable } = await import('./table.js');
      process.exitCode = await runTable(
        paths,
        {
          by: opts.by as string,
          format: opts.format as 'csv' | 'jsonl',
          wide: !!opts.wide,
          conflicts: !!opts.conflicts,
          bom: !!opts.bom,
          out: opts.out as string | undefined,
          year: opts.year as number | undefined,
          inputFormat: opts.inputFormat as 'auto' | 'text' | 'html' | 'jsonl',
        },
        { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
      );
    });

  program
    .command('explain')
    .description('show, for each figure, the rule that decided its metric, scope, origin, region, subject and date')
    .argument('[paths...]', 'files, directories or - for standard input (as for extract)')
    .option('--year <yyyy>', 'year for dates written without one', parseYear)
    .option('--encoding <name>', 'read input bytes in this encoding (default: detect)')
    .addOption(
      new Option('--input-format <kind>', 'how to read inputs: detect HTML, force text or HTML, or JSONL lines')
        .choices(['auto', 'text', 'html', 'jsonl'])
        .default('auto'),
    )
    .option('--json', 'one JSONL document per input, each figure with its trace, instead of the readable report')
    .addHelpText('after', EXPLAIN_EXAMPLES)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runExplain } = await import('./explain.js');
      process.exitCode = await runExplain(paths, {
        year: opts.year as number | undefined,
        encoding: opts.encoding as string | undefined,
        inputFormat: opts.inputFormat as 'auto' | 'text' | 'html' | 'jsonl',
        json: !!opts.json,
      }, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    });

  program
    .command('schema')
    .description('print the JSON Schema of the document records (or, with --expected, of the expected files of `check`)')
    .option('--expected', 'the schema of NAME.expected.json files instead')
    .addHelpText('after', SCHEMA_EXAMPLES)
    .action(async (opts: { expected?: boolean }) => {
      if (opts.expected) {
        const { expectedJsonSchema } = await import('../check/expected-schema.js');
        process.stdout.write(JSON.stringify(expectedJsonSchema(), null, 2) + '\n');
        return;
      }
      const { documentJsonSchema } = await import('../validate/schema.js');
      process.stdout.write(JSON.stringify(documentJsonSchema(), null, 2) + '\n');
    });

  registerReview(program);

  return program;
}

/** Leave quietly when the reader of our output goes away (`pressfig … | head`). */
function quietOnBrokenPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
      process.exit(process.exitCode ?? 0);
    }
    const why = err.code === 'ENOSPC' ? 'no space left on device' : err.message;
    process.stderr.write(`pressfig: error: cannot write standard output: ${why}\n`);
    process.exit(EXIT_OUTPUT);
  });
}

export async function main(argv: string[] = process.argv): Promise<number> {
  quietOnBrokenPipe();
  const program = buildProgram(packageVersion());
  try {
    await addCheckCommand(program);
    if (argv.length <= 2) {
      program.outputHelp({ error: true });
      process.exitCode = EXIT_USAGE;
      return EXIT_USAGE;
    }
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
    } else if (err instanceof UsageError) {
      process.stderr.write(`pressfig: error: ${err.message}\n`);
      process.exitCode = EXIT_USAGE;
    } else if (err instanceof OutputError) {
      process.stderr.write(`pressfig: error: ${err.message}\n`);
      process.exitCode = EXIT_OUTPUT;
    } else {
      const e = err as NodeJS.ErrnoException;
      if (e && (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED')) process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      process.stderr.write(`pressfig: error: ${e && e.message ? e.message : String(err)}\n`);
      process.exitCode = 1;
    }
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
