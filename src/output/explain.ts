// `pressfig explain`: each figure of a document with the rule that decided
// each of its fields, for a person asking why a number was read as it was.
import { decidedBy } from '../rules/engine.js';
import { FIELDS } from '../rules/rule.js';
import type { Document, Figure } from '../validate/schema.js';

const shown = (v: unknown) => (v === null || v === undefined ? '–' : String(v));

/** One figure: its value and quote, then a line per field with its value and the rule that set it. */
export function explainFigure(f: Figure, index: number): string {
  const lines = [`  #${index + 1} ${f.metric} ${f.value}${f.unit} ${f.approx === 'exact' ? '' : `(${f.approx}) `}«${f.quote}» [${f.start},${f.end})`];
  const trace = f.trace ?? [];
  for (const field of FIELDS) {
    const by = decidedBy(trace, field);
    const rule = by ? `${by.rule}${by.detail ? ` (${by.detail})` : ''}` : 'no rule: left empty';
    // a field a rule set and a later step emptied is shown by what is left: the value
    lines.push(`     ${field.padEnd(8)}${shown(f[field]).padEnd(24)}${rule}`);
  }
  const overridden = trace.filter((t, i) => trace.findIndex((u, j) => j > i && u.field === t.field) >= 0);
  if (overridden.length > 0) {
    lines.push(`     earlier: ${overridden.map((t) => `${t.field} ${shown(t.value)} by ${t.rule}${t.detail ? ` (${t.detail})` : ''}`).join('; ')}`);
  }
  return lines.join('\n');
}

/** A document: its name, region and publication, then each figure explained. */
export function explainDocument(doc: Document): string {
  const head = `${doc.file}: region ${shown(doc.region)}, published ${shown(doc.published)}, ${doc.figures.length} figure${doc.figures.length === 1 ? '' : 's'}`;
  const warnings = doc.warnings.map((w) => `  warning: ${w}`);
  const setAside = (doc.setAside ?? []).map((s) => `  set aside: ${s.value} «${s.quote}» [${s.start},${s.end}) by ${s.rule}`);
  return [head, ...warnings, ...doc.figures.map(explainFigure), ...setAside].join('\n') + '\n';
}
