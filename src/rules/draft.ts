// The figure drafts the rules build, and the context they are read in.
import type { Metric } from '../lexicon/metrics.js';
import type { Mention } from '../read/mentions.js';
import type { Cue } from '../lexicon/vocabulary.js';
import type { WordHit } from '../util/words.js';
import type { Place, PlaceMention } from '../lexicon/places.js';
import type { ResolvedDate } from '../read/timeline.js';
import type { Structure } from '../read/structure.js';
import type { TraceEntry } from './rule.js';

export type { Origin, Scope } from '../lexicon/metrics.js';
import type { Origin, Scope } from '../lexicon/metrics.js';

export interface Draft {
  metric: Metric;
  value: number;
  unit: string;
  approx: Mention['approx'];
  scope: Scope | null;
  origin: Origin | null;
  region: string | null;
  subject: string | null;
  date: string | null;
  /** evidence span in the normalized text */
  start: number;
  end: number;
  /** every change a rule made to it, in order: the last change of a field names the rule that decided it */
  trace: TraceEntry[];
  /** a part of its parent's count, named by it (no cue of its own) */
  inherited: boolean;
  mention: Mention;
  sentence: number;
  paragraph: number;
  /** the date expression governing it was a reporting day or window */
  windowDate: boolean;
  /** the date expression governing it was an as-of instant (截至…) */
  asOfDate?: boolean;
  /** the figure this one breaks down or continues */
  parent?: Draft;
  /** where date expressions may govern this figure from, when not its paragraph (a table's header line) */
  datesFrom?: number;
  /** a restatement that only introduces a breakdown (31例确诊病例中,30例…): a parent, not a figure */
  hidden?: boolean;
}

export interface FigureContext {
  /** article region (full name), for 全市/本市/我市 */
  region: Place | null;
  dates: ResolvedDate[];
  /** every place mention, in text order */
  places?: PlaceMention[];
  /** clause-opening places already read, by clause start */
  clauseMemo?: Map<number, string | null>;
}

export interface CueChoice {
  cue: Cue;
  hit: WordHit<Cue[]>;
  side: 'left' | 'right';
  /** another cue joined by 、/和/及 before it (密接、次密接人员) */
  joined?: WordHit<Cue[]>;
}

/** The article being read: what the reading of every number shares. */
export interface Reading {
  text: string;
  structure: Structure;
  ctx: FigureContext;
  mentions: Mention[];
  /** every cue word, in text order */
  cues: WordHit<Cue[]>[];
  drafts: Draft[];
  /** cues already read as the noun of an earlier number (471名密接和671名次密接) */
  consumed: Set<number>;
  /** the first figure read in each sentence */
  sentenceFirst: Map<number, Draft>;
  /** whether the text says 空号 anywhere */
  anyBlank: boolean;
  /** whether the article names a cluster or a ward at all (群组, 病房) */
  anyCluster: boolean;
  /** whether the article names a place abroad (a country, 香港) at all: imports by country need one */
  anyAbroad: boolean;
  /** the first cue that can still lie in a later number's phrase */
  cueIdx: number;
  /** numbers a rule set aside as no figure, with the trace that says which */
  setAside: SetAside[];
}

/** A number that a rule read and set aside as no figure. */
export interface SetAside {
  mention: Mention;
  trace: TraceEntry[];
}

/** A number and the span around it that its words are read from. */
export interface Phrase {
  m: Mention;
  next: Mention | undefined;
  /** its clause opens with 除 */
  exception: boolean;
  sentence: number;
  sentenceStart: number;
  paragraph: number;
  /** cue words before the number are read from here (its clause, after the number before) */
  leftBound: number;
  /** the phrase after the number ends here */
  rightEnd: number;
  /** the noun after the number ends here, where its predicate starts */
  nounEnd: number;
}

/** What a number counts, and how that was read. */
export interface Naming {
  metric: Metric;
  choice: CueChoice | null;
  parent: Draft | null;
  /** where a topic or table header that names the count begins, when the count is named there */
  topicStart: number | null;
  /** a bare 病例 or 个案 continuing the parent's count */
  continuesParent: boolean;
  /** the metric is the parent's: the number is a part of it */
  inherited: boolean;
  /** the rules that named it */
  trace: TraceEntry[];
  /** the words right before the number (a breakdown label) */
  label: { text: string; start: number };
  /** the cue follows 初步 (另有50宗初步确诊个案) */
  afterPreliminary: boolean;
}

/** Where a figure's phrase and quote lie. */
export interface Span {
  phraseStart: number;
  clauseStart: number;
  quoteStart: number;
  quoteEnd: number;
  /** a topic (确诊病例中,) may open this far back */
  topicFrom: number;
}

/** What the metric rules read: the number's phrase, the figure it breaks down, the cue chosen, the label before it. */
export interface CountContext {
  r: Reading;
  p: Phrase;
  parent: Draft | null;
  choice: CueChoice | null;
  /** where the topic or table header that named the count begins */
  topicStart: number | null;
  /** a bare 病例 or 个案 continuing the parent's count */
  continuesParent: boolean;
  label: { text: string; start: number };
  /** the cue follows 初步 (另有50宗初步确诊个案) */
  afterPreliminary: boolean;
  /** the changes made so far, so that a rule can ask which rule named the number */
  trace: readonly TraceEntry[];
}
