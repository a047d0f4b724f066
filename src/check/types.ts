// The shapes `pressfig check` reads (expected files, extracted documents) and
// reports. The expected file's schema is in expected-schema.ts.

export const ATTRIBUTES = ['unit', 'approx', 'scope', 'origin', 'region', 'subject', 'date'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/** Document fields compared when the expected file states them. */
export const DOCUMENT_FIELDS = ['title', 'published', 'region'] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

export const PRIMARY_FAMILIES = ['cases', 'contacts', 'tests', 'supplies'] as const;
export const SECONDARY_FAMILIES = ['resources', 'areas'] as const;
export const FAMILIES = [...PRIMARY_FAMILIES, ...SECONDARY_FAMILIES] as const;
export type Family = (typeof FAMILIES)[number];

export type KnownGap = 'missing' | 'differs';

/** The attributes a figure may state, expected or produced. */
export interface FigureAttributes {
  metric: string;
  value: number;
  unit?: string;
  approx?: string;
  scope?: string | null;
  origin?: string | null;
  region?: string | null;
  subject?: string | null;
  date?: string | null;
}

/** A figure as a person read it. Attributes that are absent are not compared (`approx` defaults to exact). */
export interface ExpectedFigure extends FigureAttributes {
  /** Neither required nor, when produced, counted as extra. */
  optional?: boolean;
  /** The words the figure was read from. */
  evidence?: string;
  /** A known gap: the tool does not produce the figure, or produces it with a wrong value or attribute. */
  known?: KnownGap;
}

/** A figure the tool produces that a person judged wrong. */
export interface KnownExtra {
  metric: string;
  value: number;
  quote?: string;
}

export interface ExpectedDocument {
  file: string;
  /** false: written by `check --init` and not yet read by a person. Absent: a file written by hand, which counts as reviewed. */
  reviewed?: boolean;
  title?: string | null;
  published?: string | null;
  region?: string | null;
  figures: ExpectedFigure[];
  knownExtra?: KnownExtra[];
  /** Document fields the tool is known to get wrong. */
  knownDocument?: DocumentField[];
}

/** The part of an extracted figure the comparison reads. */
export interface ActualFigure extends FigureAttributes {
  quote?: string;
  [key: string]: unknown;
}

export interface ActualDocument {
  title?: string | null;
  published?: string | null;
  region?: string | null;
  figures: ActualFigure[];
}

export interface FieldDifference {
  attribute: Attribute | 'value';
  expected: unknown;
  actual: unknown;
}

export interface DocumentDifference {
  field: DocumentField;
  expected: unknown;
  actual: unknown;
}

/** An expected figure the tool does not produce. */
export interface MissingEntry {
  index: number;
  expected: ExpectedFigure;
}

/** An expected figure produced with another value or with some stated attribute wrong. */
export interface ChangedEntry {
  index: number;
  expected: ExpectedFigure;
  actual: ActualFigure;
  differences: FieldDifference[];
}

/** A produced figure no expected figure accounts for. */
export interface ExtraEntry {
  actual: ActualFigure;
}

export type GapEntry =
  | ({ kind: 'missing' } & MissingEntry)
  | ({ kind: 'differs' } & ChangedEntry)
  | { kind: 'extra'; actual: ActualFigure; entry: KnownExtra }
  | ({ kind: 'document' } & DocumentDifference);

/** A known gap that no longer occurs. */
export type FixedEntry =
  | { kind: 'missing' | 'differs'; index: number; expected: ExpectedFigure; actual: ActualFigure }
  | { kind: 'extra'; index: number; entry: KnownExtra }
  | ({ kind: 'document' } & DocumentDifference);

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ComparisonReport {
  file: string;
  /** False only for a file marked `"reviewed": false`. */
  reviewed: boolean;
  /** Document fields that differ in a file without `reviewed`: shown, never failing. */
  notes: DocumentDifference[];
  /** Unknown differences: each fails the check. */
  document: DocumentDifference[];
  missing: MissingEntry[];
  changed: ChangedEntry[];
  extra: ExtraEntry[];
  /** Known gaps that still occur. */
  known: GapEntry[];
  /** Known gaps that no longer occur: each fails the check until the expectation is updated. */
  fixed: FixedEntry[];
  /** Per family: paired on metric and value (tp), produced but not paired so (fp), expected but not produced so (fn). Optional figures are not counted. */
  counts: Record<Family, Counts>;
  /** Current state of every expected figure, by index: undefined when it is produced as read. */
  status: Array<KnownGap | undefined>;
  /** Document fields that currently differ. */
  documentStatus: DocumentField[];
  /** Every produced figure that no expected figure accounts for, known or not, in text order. */
  unpaired: ActualFigure[];
  /** True when there is no unknown difference and no fixed gap (whether the file is reviewed is judged apart). */
  ok: boolean;
}
