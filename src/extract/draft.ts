// The figure drafts the rules build, and the context they are read in.
import type { Metric } from '../validate/schema.js';
import type { Mention } from './mentions.js';
import type { Cue } from './vocabulary.js';
import type { WordHit } from './words.js';
import type { Place, PlaceMention } from '../resolve/places.js';
import type { ResolvedDate } from '../resolve/timeline.js';

export type Scope = 'new' | 'cumulative' | 'current';
export type Origin = 'local' | 'imported';

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
  rule: string;
  mention: Mention;
  sentence: number;
  paragraph: number;
  /** the date expression governing it was a reporting day or window */
  windowDate: boolean;
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
