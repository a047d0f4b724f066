// The page's own timestamp in its markup: a publication-time <meta>
// (PubDate, article:published_time, og:release_date, itemprop=datePublished,
// …) or, on a WeChat article page, its script (`var ct = "<unix seconds>"`,
// `publish_time`). An instant with a zone, and unix seconds, are read in China
// Standard Time (UTC+8); a time printed without a zone stays as printed.
import type { DomNode } from './tree.js';

/** A local date and time of day, as the page gives it (minutes at most). */
export interface PageTime {
  y: number;
  m: number;
  d: number;
  h?: number;
  min?: number;
}

/**
 * Names of publication-time metas (name, property or itemprop), lower-case
 * without `-`, `_`, `.` or spaces, most specific first. Modification times are
 * not publication times and are not here.
 */
const META_RANK = [
  'article:publishedtime', 'og:article:publishedtime', 'og:publishedtime', 'pubdate', 'publishdate', 'publishtime',
  'pubtime', 'publisheddate', 'publishedtime', 'datepublished', 'firstpublishedtime', 'og:releasedate', 'releasedate',
  'publicationdate', 'dcdateissued', 'dctermsissued', 'parselypubdate', 'sailthrudate', 'dcdate', 'date',
];
const RANK = new Map(META_RANK.map((name, i) => [name, i]));

const CST_MS = 8 * 3600 * 1000;

/** 2022-05-12 09:30, 2022/5/12, 2022年05月12日 09:30, 2022-05-12-09:30:54, 2022-10-08T07:45:12+08:00, …Z, …-0400 */
const DATE_TIME = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s-]{1,3}(\d{1,2})[:：时](\d{2})(?::\d{2}(?:\.\d{1,9})?)?)?\s?(Z|[+-]\d{2}:?\d{2})?/i;
const UNIX = /^\s*(\d{10}|\d{13})\s*$/;

/** A PageTime from its parts; null when the day is impossible. A time out of range is dropped. */
function make(y: number, m: number, d: number, h?: number, min?: number): PageTime | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  if (h === undefined || min === undefined || h > 23 || min > 59) return { y, m, d };
  return { y, m, d, h, min };
}

/** An instant (milliseconds since the epoch) in China Standard Time. */
function fromInstant(ms: number): PageTime | null {
  if (!Number.isFinite(ms)) return null;
  const t = new Date(ms + CST_MS);
  return make(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes());
}

/** The time a meta's content gives, or null. */
function parsePageTime(content: string): PageTime | null {
  const unix = UNIX.exec(content);
  if (unix) return fromInstant(unix[1].length === 13 ? Number(unix[1]) : Number(unix[1]) * 1000);
  const m = DATE_TIME.exec(content);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const h = m[4] !== undefined ? Number(m[4]) : undefined;
  const min = m[5] !== undefined ? Number(m[5]) : undefined;
  const zone = m[6];
  if (!zone || h === undefined || min === undefined || h > 23 || min > 59) return make(y, mo, d, h, min);
  const local = make(y, mo, d);
  if (!local) return null;
  const offset = zone.toUpperCase() === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return fromInstant(Date.UTC(y, mo - 1, d, h, min) - offset * 60_000);
}

const metaKey = (name: string) => name.toLowerCase().replace(/[-_.\s]/g, '');

/** WeChat: `var ct = "1654136400"` (unix seconds), `var publish_time = "2022-06-02" || ""`. */
const WECHAT_CT = /\bct\s{0,3}=\s{0,3}["']?(\d{10})(?![\d.])/;
const WECHAT_PUBLISH_TIME = /\bpublish_time\s{0,3}[=:]\s{0,3}["'](\d{4}-\d{1,2}-\d{1,2}(?:\s{1,3}\d{1,2}:\d{2})?)["']/;

/** Marks of a WeChat article page: its content container, its headline, its layout classes. */
function isWeChatMark(attribs: Record<string, string>): boolean {
  const id = attribs.id;
  return id === 'js_content' || id === 'activity-name' || (attribs.class !== undefined && attribs.class.includes('rich_media'));
}

/** The page's own timestamp in its markup, or null (an iterative walk over the elements of the tree). */
export function readPageTime(root: DomNode): PageTime | null {
  let best: PageTime | null = null;
  let bestRank = Infinity;
  let wechat = false;
  const scripts: string[] = [];
  const stack: DomNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const a = n.attribs;
    if (a) {
      if (!wechat && isWeChatMark(a)) wechat = true;
      // a meta, or any element that says it holds the publication time (<time itemprop="datePublished" datetime=…>)
      const name = n.name === 'meta' ? a.name ?? a.property ?? a.itemprop : a.itemprop;
      const content = a.content ?? a.datetime;
      if (name !== undefined && content !== undefined) {
        const rank = RANK.get(metaKey(name));
        if (rank !== undefined && rank < bestRank) {
          const t = parsePageTime(content);
          if (t) {
            best = t;
            bestRank = rank;
          }
        }
      }
    }
    const kids = n.children;
    if (!kids) continue;
    if (n.name === 'script') {
      for (const c of kids) if (c.type === 'text' && c.data) scripts.push(c.data);
      continue;
    }
    for (let k = kids.length - 1; k >= 0; k--) if (kids[k].type !== 'text') stack.push(kids[k]);
  }
  if (best || !wechat) return best;
  return weChatTime(scripts);
}

/** A WeChat page's timestamp in its scripts: ct (with the time of day) before publish_time. */
function weChatTime(scripts: string[]): PageTime | null {
  for (const s of scripts) {
    const ct = WECHAT_CT.exec(s);
    if (ct) return fromInstant(Number(ct[1]) * 1000);
  }
  for (const s of scripts) {
    const p = WECHAT_PUBLISH_TIME.exec(s);
    if (p) return parsePageTime(p[1]);
  }
  return null;
}
