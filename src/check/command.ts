// Registers `pressfig check`. Light on purpose: the pipeline is imported only
// when the command runs.
import type { Command } from 'commander';

const CHECK_HELP = `
Every article (.txt, .html, .htm) with a NAME.expected.json beside it is
extracted and compared with the figures a person read in it. Figures pair on
metric and value; then every attribute the expected figure states is compared
(unit, approx, scope, origin, region, subject, date). Differences print as
missing, extra or changed, with their quotes; known gaps ("known" on a
figure, "knownExtra" in the file) print as known and do not fail.

--update rewrites only that bookkeeping to match the current output: newly
missing or differing figures become known, fixed ones are cleared, new extras
go to knownExtra. Values are never touched. Read the report first.

Examples:
  $ pressfig check                        every fixture under ./fixtures
  $ pressfig check fixtures/c10_guangzhou-2021-06-01-pressconf68-samples-contacts-truncated.txt
  $ pressfig check --json fixtures > report.json
  $ pressfig check --update fixtures      after reviewing the report

Exit status: 0 no unknown difference, 1 unknown differences or fixed gaps
(or an article that could not be checked), 2 usage error.`;

export function register(program: Command): void {
  program
    .command('check')
    .description('compare extracted figures with the expected figures beside each article')
    .argument('[paths...]', 'articles, NAME.expected.json files or directories (default: fixtures)')
    .option('--update', 'rewrite the known-gap bookkeeping of the expected files to match the current output')
    .option('--json', 'print the reports and the summary as JSON')
    .addHelpText('after', CHECK_HELP)
    .action(async (paths: string[], opts: { update?: boolean; json?: boolean }) => {
      const { runCheck } = await import('./run.js');
      process.exitCode = await runCheck(paths, { update: !!opts.update, json: !!opts.json }, { stdout: process.stdout, stderr: process.stderr });
    });
}
