import { describe, expect, it } from 'vitest';
import { CUES, METRIC_UNITS, ORIGIN_WORDS, SCOPE_WORDS } from '../../src/lexicon/vocabulary.js';
import { findMentions } from '../../src/read/mentions.js';
import { UNITS } from '../../src/read/units.js';
import { METRICS } from '../../src/validate/schema.js';

describe('vocabulary tables', () => {
  it('every metric has units, and every unit is one the mention reader knows', () => {
    for (const metric of METRICS) expect(METRIC_UNITS[metric]?.length ?? 0, metric).toBeGreaterThan(0);
    const unreadable = Object.entries(METRIC_UNITS).flatMap(([metric, units]) =>
      units.filter((u) => !(UNITS as readonly string[]).includes(u)).map((u) => `${metric}: ${u}`));
    expect(unreadable).toEqual([]);
  });

  const readAs = (u: string) => {
    const ms = findMentions(`12${u}`);
    return ms.length === 1 && ms[0].unit === u && ms[0].value === 12;
  };

  it('every unit of a metric is read as that unit after a number (千克 apart, below)', () => {
    const misread = Object.values(METRIC_UNITS).flat().filter((u) => u !== '千克' && !readAs(u));
    expect([...new Set(misread)]).toEqual([]);
  });

  // 千 is a numeral, so 12千克 is read as the number 12千 (12000) followed by 克, which is no unit: no mention.
  it('千克 is read as a unit after a number: 12千克', () => {
    expect(readAs('千克')).toBe(true);
  });

  it('every cue names a known metric and is a non-empty word', () => {
    const known = new Set<string>(METRICS);
    expect(CUES.filter((c) => !known.has(c.metric) || c.word.length === 0)).toEqual([]);
  });

  it('a cue word with several senses is told apart by the unit (the unit sets do not overlap)', () => {
    const senses = new Map<string, string[]>();
    for (const c of CUES) senses.set(c.word, [...(senses.get(c.word) ?? []), c.metric]);
    const ambiguous: string[] = [];
    for (const [word, metrics] of senses) {
      const distinct = [...new Set(metrics)];
      for (let i = 0; i < distinct.length; i++) {
        for (let j = i + 1; j < distinct.length; j++) {
          const shared = METRIC_UNITS[distinct[i] as keyof typeof METRIC_UNITS]
            .filter((u) => METRIC_UNITS[distinct[j] as keyof typeof METRIC_UNITS].includes(u));
          if (shared.length) ambiguous.push(`${word}: ${distinct[i]} / ${distinct[j]} share ${shared.join(' ')}`);
        }
      }
    }
    expect(ambiguous).toEqual([]);
  });

  it('scope and origin words are the SPEC ones', () => {
    const scope = Object.fromEntries(SCOPE_WORDS);
    expect(scope['新增']).toBe('new');
    expect(scope['累计']).toBe('cumulative');
    expect(scope['现有']).toBe('current');
    expect(scope['尚有']).toBe('current');
    const origin = Object.fromEntries(ORIGIN_WORDS);
    expect(origin['本土']).toBe('local');
    expect(origin['境外输入']).toBe('imported');
  });
});
