// `table`: a batch's figures pivoted into one row per key, with provenance.
export { KEY_FIELDS, Pivot, type Key, type KeyField, type PivotDocument, type RowCheck, type Statement, type TableRow } from './pivot.js';
export { tableColumns, tableCsv, tableJsonl, tableWide, type TableFormatOptions, type WideTable } from './format.js';
