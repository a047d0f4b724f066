// The commands extract, table, explain and schema: each maps its flags to the
// library, which it imports when it runs (review and check register their own).
import { Option, type Command } from 'commander';
import { DEFAULT_MAX_INPUT_SIZE, DEFAULT_READ_TIMEOUT_MS, formatSize } from '../input/bounded.js';
import type { ExtractCommandOptions } from './extract-options.js';
import { parseExtensions, parseJobs, parseMaxInputSize, parseSeconds, parseYear } from './flags.js';
import { EXPLAIN_EXAMPLES, EXTRACT_EXAMPLES, SCHEMA_EXAMPLES, TABLE_EXAMPLES } from './help.js';

export function addExtractCommand(program: Command): void {
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
      const code = await runExtract(paths, extractOptions(opts), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
      process.exitCode = code;
    });
}

/** The options of commander, as the options of the extract command. */
function extractOptions(opts: Record<string, unknown>): ExtractCommandOptions {
  return {
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
  };
}

export function addTableCommand(program: Command): void {
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
}

export function addExplainCommand(program: Command): void {
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
}

export function addSchemaCommand(program: Command): void {
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
}
