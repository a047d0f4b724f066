// `pressfig explain`: inputs -> extract() with traces -> each figure with the
// rule behind every field. Reads what `extract` reads; one input at a time.
import { isSourceError, readSources, type InputFormat } from '../input/sources.js';
import { explainDocument } from '../output/explain.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import { EXIT_OK, EXIT_SOME_FAILED } from './usage.js';

export interface ExplainCommandOptions {
  year?: number;
  encoding?: string;
  inputFormat: InputFormat;
  json?: boolean;
}

export async function runExplain(paths: string[], opts: ExplainCommandOptions,
  io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  let failed = 0;
  for await (const src of readSources(paths, { inputFormat: opts.inputFormat, stdin: io.stdin })) {
    const where = src.line !== undefined ? `${'source' in src && src.source ? src.source : src.file}:${src.line}` : src.file;
    if (isSourceError(src)) {
      failed++;
      io.stderr.write(`pressfig: ${where}: ${src.error}\n`);
      continue;
    }
    const options: ExtractOptions = { file: src.file, explain: true };
    if (opts.year !== undefined) options.year = opts.year;
    if (opts.encoding) options.encoding = opts.encoding;
    if (src.published !== undefined) options.published = src.published;
    if (src.title !== undefined) options.title = src.title;
    if (src.format) options.format = src.format;
    try {
      const doc = extract(src.bytes ?? src.text ?? '', options);
      io.stdout.write(opts.json ? JSON.stringify(doc) + '\n' : explainDocument(doc));
    } catch (err) {
      failed++;
      io.stderr.write(`pressfig: ${where}: ${(err as Error).message}\n`);
    }
  }
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
