// When an expected and a produced value agree: places without their
// administrative suffix, subjects by containment, numbers within rounding,
// everything else exactly.
import { ATTRIBUTES, type ActualFigure, type Attribute, type DocumentField, type ExpectedFigure } from './types.js';

export const sameValue = (a: unknown, b: number): boolean => typeof a === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const norm = (s: unknown): string => String(s ?? '').replace(/[\s“”"'‘’「」]/g, '');
const PLACE_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|新区|省|市|区|县)$/;
/** Place names compare without their administrative suffix: 广东 = 广东省, 浦东 = 浦东新区. */
const place = (s: unknown): string => norm(s).replace(PLACE_SUFFIX, '');
export const samePlace = (a: unknown, b: unknown): boolean => a != null && b != null && place(a) === place(b);

/** The attributes an expected figure states: approx always, the others when present. */
export function statedAttributes(figure: ExpectedFigure): Attribute[] {
  return ATTRIBUTES.filter((k) => k === 'approx' || k in figure);
}

export function attributeAgrees(key: Attribute, expected: ExpectedFigure, actual: ActualFigure, docRegion: string | null): boolean {
  const e = key === 'approx' ? (expected.approx ?? 'exact') : (expected[key] ?? null);
  const a = actual[key] ?? null;
  if (key === 'region') {
    if (e === null) return a === null || samePlace(a, docRegion);
    return a !== null && samePlace(a, e);
  }
  if (key === 'subject') {
    if (e === null) return a === null;
    if (a === null) return false;
    const x = norm(e);
    const y = norm(a);
    return x.includes(y) || y.includes(x);
  }
  return e === a;
}

/** attributeAgrees, and the value. */
export function agreesOn(key: Attribute | 'value', expected: ExpectedFigure, actual: ActualFigure, docRegion: string | null): boolean {
  return key === 'value' ? sameValue(actual.value, expected.value) : attributeAgrees(key, expected, actual, docRegion);
}

const spaced = (s: unknown): string => String(s).replace(/\s+/g, ' ').trim();

/** Titles compare with runs of white space as one space; regions as places; dates exactly. */
export function documentAgrees(field: DocumentField, expected: unknown, actual: unknown): boolean {
  if (expected == null || actual == null) return expected == null && actual == null;
  if (field === 'region') return samePlace(expected, actual);
  if (field === 'title') return spaced(expected) === spaced(actual);
  return expected === actual;
}
