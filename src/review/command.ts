// Registers `pressfig review`. Light on purpose: the page generator loads
// only when the command runs.
import type { Command } from 'commander';

const REVIEW_HELP = `
Writes one self-contained HTML page (no network needed; open it from disk):
each article's text with its figures highlighted at their quotes (hover or
focus one for its record), the figures beside the text, the warnings and
failed checks next to the figures they concern, a filterable table of all
figures, and, for dated bulletins, each metric by day and region.

Inputs are articles (.txt, .html, .htm, directories) or JSONL: documents
written by "extract --include-text" are shown as they are (with any checks),
{"id", "text"|"html"} lines are extracted.

Examples:
  $ pressfig review fixtures/ -o review.html
  $ pressfig extract --include-text archive/ > docs.jsonl && pressfig review docs.jsonl -o review.html
  $ cat batch.jsonl | pressfig extract --input-format jsonl --include-text - | pressfig review - -o review.html

Exit status: 0 all inputs shown, 1 some inputs failed (the page shows the
others), 2 usage error.`;

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new Error('expected a four-digit year such as 2022.');
  return Number(value);
}

export function registerReview(program: Command): void {
  program
    .command('review')
    .description('write an HTML page to review the figures of a batch in the browser')
    .argument('[paths...]', 'articles, directories or JSONL files; "-" or nothing reads standard input')
    .option('-o, --out <file>', 'write the page to FILE (atomically) instead of standard output')
    .option('--title <text>', 'the page title')
    .option('--year <yyyy>', 'year for dates in articles that state none', parseYear)
    .option('-q, --quiet', 'no progress display')
    .option('-v, --verbose', 'list every warning on stderr, one per line, and end with a summary line')
    .addHelpText('after', REVIEW_HELP)
    .action(async (paths: string[], opts: { out?: string; title?: string; year?: number; quiet?: boolean; verbose?: boolean }) => {
      const { runReview } = await import('./run.js');
      process.exitCode = await runReview(paths, opts, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    });
}
