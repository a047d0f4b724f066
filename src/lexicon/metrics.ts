// The metrics of the output contract, and the values of scope and origin:
// the table every stage names figures by.

export const PRIMARY_METRICS = [
  'cases.confirmed',
  'cases.asymptomatic',
  'cases.positive',
  'cases.suspected',
  'cases.discharged',
  'cases.released',
  'cases.hospitalized',
  'cases.in_shelter',
  'cases.severe',
  'cases.critical',
  'cases.deaths',
  'cases.reclassified',
  'contacts.close',
  'contacts.secondary',
  'contacts.released',
  'tests.samples',
  'tests.rounds',
  'tests.sites',
  'tests.capacity',
  'supplies.stock',
  'supplies.delivered',
  'supplies.produced',
  'supplies.traded',
  'supplies.days',
  'supplies.value',
] as const;

export const SECONDARY_METRICS = [
  'resources.beds',
  'resources.isolation_rooms',
  'resources.staff',
  'resources.vehicles',
  'resources.passes',
  'resources.facilities',
  'areas.high_risk',
  'areas.medium_risk',
  'areas.low_risk',
  'areas.lifted',
] as const;

export const METRICS = [...PRIMARY_METRICS, ...SECONDARY_METRICS] as const;
export type Metric = (typeof METRICS)[number];

/** A metric's family, the part before the dot: `cases` of `cases.confirmed`. */
export function familyOf(metric: string): string {
  const dot = metric.indexOf('.');
  return dot < 0 ? metric : metric.slice(0, dot);
}

export type Scope = 'new' | 'cumulative' | 'current';
export type Origin = 'local' | 'imported';
