// Library entry: `extract(textOrBuffer, options) -> Document`, with no I/O.
export { extract, type ExtractOptions } from './pipeline.js';
export {
  DocumentSchema,
  FigureSchema,
  METRICS,
  PRIMARY_METRICS,
  SECONDARY_METRICS,
  documentJsonSchema,
  validateDocument,
  type Document,
  type Figure,
  type Metric,
} from './validate/schema.js';
