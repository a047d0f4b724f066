// Registers `pressfig check`. Light on purpose: the pipeline is imported only
// when the command runs.
import { Option, type Command } from 'commander';

const CHECK_HELP = `
Every article (.txt, .html, .htm) with a NAME.expected.json beside it is
extracted and compared with the figures a person read in it. Figures pair on
metric and value, then as the same figure (metric, place, date, subject,
scope, origin) with another value; every attribute the expected figure states
is compared, and so are the document's title, published and region (they
fail only in files that carry "reviewed"; in older files they are notes). Each
difference prints as missing, extra or changed, with its quote; known gaps
("known" on a figure, "knownExtra", "knownDocument") print as known and do not
fail. Expected files are validated against \`pressfig schema --expected\`.

--init writes NAME.expected.json beside each article from the current output,
with "reviewed": false: check fails on it until a person has read it against
the article and set "reviewed": true (or --allow-unreviewed is given).

--update rewrites only the known-gap bookkeeping of reviewed expected files to
match the current output. Values are never touched. Read the report first.

Examples:
  $ pressfig check --init my-fixtures/        an expected file for each new article
  $ pressfig check                            every fixture under ./fixtures
  $ pressfig check --format junit fixtures > check.xml
  $ pressfig check --format github --only-failures fixtures
  $ pressfig check --update fixtures          after reviewing the report

Colour only on a terminal, never with NO_COLOR set or into a pipe.

Exit status: 0 every article passes, 1 an unknown difference, a fixed gap, an
unreviewed or invalid expected file (or an article that could not be
checked), 2 usage error.`;

export function register(program: Command): void {
  program
    .command('check')
    .description('compare extracted figures with the expected figures beside each article')
    .argument('[paths...]', 'articles, NAME.expected.json files or directories (default: fixtures)')
    .option('--init', 'write NAME.expected.json ("reviewed": false) beside each article that has none, from the current output')
    .option('--update', 'rewrite the known-gap bookkeeping of the expected files to match the current output')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json', 'junit', 'github']).default('text'))
    .option('--json', 'same as --format json')
    .option('--only-failures', 'report only the articles that fail (the summary still counts all)')
    .option('--allow-unreviewed', 'let expected files marked "reviewed": false pass')
    .addHelpText('after', CHECK_HELP)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { runCheck } = await import('./run.js');
      const format = opts.json ? 'json' : (opts.format as 'text' | 'json' | 'junit' | 'github');
      process.exitCode = await runCheck(
        paths,
        { init: !!opts.init, update: !!opts.update, format, onlyFailures: !!opts.onlyFailures, allowUnreviewed: !!opts.allowUnreviewed },
        { stdout: process.stdout, stderr: process.stderr },
      );
    });
}
