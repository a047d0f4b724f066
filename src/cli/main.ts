// Command-line entry. Kept light: commands import what they need when they
// run, so `pressfig --version` and `--help` load neither the HTML parser nor
// the schema library.
import { existsSync, readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerReview } from '../review/command.js';
import { addExplainCommand, addExtractCommand, addSchemaCommand, addTableCommand } from './commands.js';
import { TOP_EXAMPLES } from './help.js';
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

  addExtractCommand(program);
  addTableCommand(program);
  addExplainCommand(program);
  addSchemaCommand(program);
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
