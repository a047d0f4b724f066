// A resolved day in the SPEC date forms (2022-04-15, --10-29, 2022-10-19T17:00),
// and the year of a month-day written without one.

export interface YearReference {
  /** a full reference date (publication date), or only a year */
  y: number;
  m?: number;
  d?: number;
}

export interface ResolvedDay {
  y?: number;
  m: number;
  d: number;
  h?: number;
  min?: number;
}

const pad = (x: number) => String(x).padStart(2, '0');

function ordinal(m: number, d: number): number {
  return m * 31 + d;
}

/** The year of a month-day: near the reference, in the past rather than the future. */
export function inferYear(m: number, d: number, ref: YearReference | null): number | undefined {
  if (!ref) return undefined;
  if (ref.m === undefined || ref.d === undefined) return ref.y;
  const diff = ordinal(m, d) - ordinal(ref.m, ref.d); // in ~days
  if (diff > 45) return ref.y - 1; // press releases report the past
  if (diff < -320) return ref.y + 1; // early January reported in late December
  return ref.y;
}

export function formatDay(p: ResolvedDay, withTime: boolean): string {
  const day = `${p.y !== undefined ? String(p.y) : '-'}-${pad(p.m)}-${pad(p.d)}`;
  if (!withTime || p.h === undefined) return day;
  return `${day}T${pad(p.h)}:${pad(p.min ?? 0)}`;
}
