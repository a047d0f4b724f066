// Drafts become output records: spans mapped back to the original text, the
// quote cut from it, the deciding rule named, the trace kept when asked.
import type { Draft, SetAside } from '../rules/draft.js';
import { decidedBy } from '../rules/engine.js';
import type { TraceEntry } from '../rules/rule.js';
import { toOriginalSpan, type Normalized } from '../text/normalize.js';
import type { Document, Figure } from './schema.js';

type Trace = NonNullable<Figure['trace']>;
const traceRecord = (trace: TraceEntry[]): Trace => trace.map((t) => ({ ...t, value: t.value as string | number | null }));

export function toFigure(original: string, norm: Normalized, d: Draft, explain: boolean): Figure {
  const [start, end] = toOriginalSpan(norm, d.start, d.end);
  const figure: Figure = {
    metric: d.metric,
    value: d.value,
    unit: d.unit,
    approx: d.approx,
    scope: d.scope,
    origin: d.origin,
    region: d.region,
    subject: d.subject,
    date: d.date,
    quote: original.slice(start, end),
    start,
    end,
    rule: decidedBy(d.trace, 'metric')?.rule ?? '',
  };
  if (explain) figure.trace = traceRecord(d.trace);
  return figure;
}

export function toSetAside(original: string, norm: Normalized, s: SetAside): NonNullable<Document['setAside']>[number] {
  const [start, end] = toOriginalSpan(norm, s.mention.start, s.mention.end);
  const last = s.trace[s.trace.length - 1];
  const rule = last?.field === 'figure' ? last.rule : decidedBy(s.trace, 'metric')?.rule ?? '';
  return { value: s.mention.value, quote: original.slice(start, end), start, end, rule, trace: traceRecord(s.trace) };
}
