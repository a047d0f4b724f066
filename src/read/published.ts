// The publication date: the page's own timestamp, in its markup (read by the
// HTML stage) or in the header lines (`2022年04月17日 07:11`, `2021-10-26
// 15:26:31`, a yearless `10-20 17:06`), else a wire dateline (`中新社拉萨8月12日电`).
// Event dates in the body are not it.
import { formatDay, inferYear, type YearReference } from './date-forms.js';
import { furnitureSpans, furnitureTest, inSpans } from './furniture.js';
import type { PageTime } from '../text/page-time.js';

export interface Published {
  y?: number;
  m: number;
  d: number;
  h?: number;
  min?: number;
  format(ref: YearReference | null): string;
}

const STAMP = /(?:^|[^\d])(?<y>\d{4})\s?[-/.年]\s?(?<m>\d{1,2})\s?[-/.月]\s?(?<d>\d{1,2})日?(?:\s*(?<h>\d{1,2}):(?<min>\d{2})(?::\d{2})?)?(?!\d)/;
/** A day given from outside the text (JSONL `published`): 2022-04-03… */
export const ISO_DAY = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/;
const YEARLESS_STAMP = /(?:^|\s)(?<m>\d{1,2})-(?<d>\d{1,2})\s+(?<h>\d{1,2}):(?<min>\d{2})(?!\d)/;
const DATELINE = /^[^\n。,]{0,24}?(\d{1,2})月(\d{1,2})日(?:电|讯)/;

function make(y: number | undefined, m: number, d: number, h?: number, min?: number): Published | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  // 0022年12月07日 (a damaged stamp) is no publication year, and no SPEC date either
  if (y !== undefined && (y < 1900 || y > 2100)) return null;
  return {
    y, m, d, h, min,
    format(ref) {
      const year = y ?? (ref ? inferYear(m, d, ref) : undefined);
      return formatDay({ y: year, m, d, h, min }, h !== undefined);
    },
  };
}

/** The first n lines, without splitting the whole text. */
export function firstLines(text: string, n: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < n && start <= text.length) {
    const nl = text.indexOf('\n', start);
    out.push(text.slice(start, nl < 0 ? text.length : nl));
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** The publication date: the page's markup timestamp when it has one, else read from the text. */
export function findPublished(text: string, page: PageTime | null = null): Published | null {
  if (page) return make(page.y, page.m, page.d, page.h, page.min);
  const lines = firstLines(text, 44);
  // crawl stamps and related links carry other pages' dates
  // (the lines joined again are the start of the text: a slice of it, not a copy)
  const furniture = furnitureSpans(text.slice(0, lines.reduce((n, line) => n + line.length + 1, -1)));
  const isFurniture = new Uint8Array(lines.length);
  for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++) if (inSpans(furniture, at)) isFurniture[i] = 1;
  let found: Published | null = null;
  let bodyLine = -1;
  for (let i = 0; i < lines.length && i < 40; i++) {
    if (isFurniture[i]) continue;
    const line = lines[i].trim();
    if (line.length >= 60) {
      bodyLine = i;
      break;
    }
    const s = STAMP.exec(line);
    if (s) {
      // a stamp line is short or labelled: not a sentence that mentions a date
      const g = s.groups!;
      const p = make(Number(g.y), Number(g.m), Number(g.d), g.h !== undefined ? Number(g.h) : undefined, g.min !== undefined ? Number(g.min) : undefined);
      const rest = line.slice(s.index + s[0].length);
      if (p && !/截至|截止|以来/.test(line.slice(0, s.index + 1)) && !/^\s*[,，、]|[，。]/.test(rest)) {
        // the same day again without its time (a date line under a timestamped byline) adds nothing
        const sameDayLessPrecise = found && found.y === p.y && found.m === p.m && found.d === p.d && found.h !== undefined && p.h === undefined;
        if (!sameDayLessPrecise) found = p;
      }
      continue;
    }
    const y = YEARLESS_STAMP.exec(line);
    if (y) {
      const g = y.groups!;
      const p = make(undefined, Number(g.m), Number(g.d), Number(g.h), Number(g.min));
      if (p) found = p;
    }
  }
  if (found) return found;
  // a wire dateline opens the first paragraphs of the body
  const start = bodyLine >= 0 ? bodyLine : 0;
  for (let i = start; i < lines.length && i < start + 3; i++) {
    if (isFurniture[i]) continue;
    const d = DATELINE.exec(lines[i].trim().replace(/^[【\[]/, ''));
    if (d) return make(undefined, Number(d[1]), Number(d[2]));
  }
  for (let i = 0; i < Math.min(lines.length, 6); i++) {
    if (isFurniture[i]) continue;
    const d = DATELINE.exec(lines[i].trim().replace(/^[【\[]/, ''));
    if (d) return make(undefined, Number(d[1]), Number(d[2]));
  }
  return null;
}

const FULL_DATE = /(?<y>\d{4})\s?[年\-/.]\s?(?<m>\d{1,2})\s?[月\-/.]\s?(?<d>\d{1,2})/g;
const YEAR_ONLY = /(20[0-4]\d)\)?年/g;

/** The year the article's month-days belong near: stated, given, or read from its full dates. */
export function yearReference(text: string, published: Published | null,
  options: { year?: number; published?: string | null }): YearReference | null {
  if (published?.y !== undefined) return { y: published.y, m: published.m, d: published.d };
  const given = options.published ? ISO_DAY.exec(options.published)?.groups : undefined;
  if (given) return { y: Number(given.y), m: Number(given.m), d: Number(given.d) };
  let best: YearReference | null = null;
  // related links, crawl stamps and copyright lines are not the article: their years are not its year
  const inFurniture = furnitureTest(text);
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m; m = FULL_DATE.exec(text)) {
    const y = Number(m.groups!.y), mo = Number(m.groups!.m), d = Number(m.groups!.d);
    if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 || inFurniture(m.index)) continue;
    if (!best || y * 400 + mo * 31 + d > best.y * 400 + (best.m ?? 0) * 31 + (best.d ?? 0)) best = { y, m: mo, d };
  }
  if (best) {
    // the publication day is the anchor when known without its year
    if (published) return { y: inferYear(published.m, published.d, best) ?? best.y, m: published.m, d: published.d };
    return best;
  }
  if (options.year !== undefined) return published ? { y: options.year, m: published.m, d: published.d } : { y: options.year };
  // the latest year mentioned, by a loop: Math.max(...years) overflows the stack on a long list
  let latest = -1;
  YEAR_ONLY.lastIndex = 0;
  for (let m = YEAR_ONLY.exec(text); m; m = YEAR_ONLY.exec(text)) if (!inFurniture(m.index)) latest = Math.max(latest, Number(m[1]));
  if (latest >= 0) return { y: latest };
  return null;
}
