// Library entry: `extract(textOrBuffer, options) -> Document`, with no I/O.
export { extract, type ExtractOptions } from './pipeline.js';
export { crossCheck } from './crosscheck/index.js';
export { Pivot, KEY_FIELDS, tableCsv, tableJsonl, tableWide, type TableRow, type KeyField } from './table/index.js';
export {
  CHECK_KINDS,
  CheckSchema,
  DocumentSchema,
  FigureSchema,
  METRICS,
  PRIMARY_METRICS,
  SECONDARY_METRICS,
  documentJsonSchema,
  validateDocument,
  type Check,
  type CheckKind,
  type Document,
  type Figure,
  type Metric,
} from './validate/schema.js';
