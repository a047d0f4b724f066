// Small multiples: each metric over time, one line per region, as SVG drawn
// here (no chart library: a few paths and labels). Only figures with a full
// day and no subject are drawn: a subset (`subject`) or a period would put
// unlike numbers on one line.
import type { ReviewArticle } from './data.js';
import { escapeHtml } from './html.js';

export interface ChartPoint {
  day: string;
  value: number;
  /** Article index and figure index, for the point's link. */
  article: number;
  figure: number;
  published: string | null;
}

export interface ChartSeries {
  region: string;
  points: ChartPoint[];
}

export interface Chart {
  metric: string;
  scope: string | null;
  origin: string | null;
  series: ChartSeries[];
  /** Regions left out of the drawing (beyond MAX_SERIES). */
  omitted: number;
}

const MAX_SERIES = 6;
const MAX_CHARTS = 48;
/** Distinct days a chart needs before a line means anything. */
const MIN_DAYS = 2;
/** Days between two values beyond which their line is broken. */
export const MAX_GAP_DAYS = 7;
const DAY = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2})?$/;
export const SERIES_COLOURS = ['#1f6feb', '#d1242f', '#1a7f37', '#8250df', '#bc4c00', '#0a7b83'];

/** The charts a batch gives, busiest first; none when it holds fewer than two dated days per metric. */
export function charts(articles: ReviewArticle[]): Chart[] {
  const byKey = new Map<string, Map<string, ChartPoint[]>>();
  articles.forEach((a, ai) => {
    a.figures.forEach((f, fi) => {
      if (f.subject !== null || f.date === null) return;
      const m = DAY.exec(f.date);
      if (!m) return;
      const key = `${f.metric}|${f.scope ?? ''}|${f.origin ?? ''}`;
      const region = f.region ?? a.region ?? '(region not stated)';
      let regions = byKey.get(key);
      if (!regions) byKey.set(key, (regions = new Map()));
      let points = regions.get(region);
      if (!points) regions.set(region, (points = []));
      points.push({ day: m[1], value: f.value, article: ai, figure: fi, published: a.published });
    });
  });
  const out: Chart[] = [];
  for (const [key, regions] of byKey) {
    const days = new Set<string>();
    for (const points of regions.values()) for (const p of points) days.add(p.day);
    if (days.size < MIN_DAYS) continue;
    const [metric, scope, origin] = key.split('|');
    const series = [...regions].map(([region, points]) => ({ region, points: points.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0)) }));
    series.sort((x, y) => y.points.length - x.points.length || (x.region < y.region ? -1 : 1));
    out.push({ metric, scope: scope || null, origin: origin || null, series: series.slice(0, MAX_SERIES), omitted: Math.max(0, series.length - MAX_SERIES) });
  }
  const size = (c: Chart) => c.series.reduce((n, s) => n + s.points.length, 0);
  return out.sort((x, y) => size(y) - size(x) || (x.metric < y.metric ? -1 : 1)).slice(0, MAX_CHARTS);
}

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

/**
 * The value a line goes through on one day: when several articles state
 * different values, the latest published one (as a later bulletin corrects an
 * earlier); every value is still drawn as a dot.
 */
export function lineValues(points: ChartPoint[]): Array<{ day: string; value: number }> {
  const byDay = new Map<string, ChartPoint>();
  for (const p of points) {
    const held = byDay.get(p.day);
    if (!held || (p.published ?? '') > (held.published ?? '')) byDay.set(p.day, p);
  }
  return [...byDay.values()].map((p) => ({ day: p.day, value: p.value }));
}

/** A round number at or above `max` for the top of the axis (1, 2 or 5 times a power of ten). */
export function niceCeiling(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const W = 320;
const H = 170;
const M = { left: 44, right: 10, top: 10, bottom: 24 };

function compact(n: number): string {
  if (n >= 10_000) return `${+(n / 10_000).toFixed(1)}万`;
  return String(+n.toFixed(2));
}

export function chartTitle(c: Chart): string {
  return [c.metric, c.scope, c.origin].filter(Boolean).join(' · ');
}

export function chartSvg(c: Chart): string {
  const all = c.series.flatMap((s) => s.points);
  const d0 = Math.min(...all.map((p) => dayNumber(p.day)));
  const d1 = Math.max(...all.map((p) => dayNumber(p.day)));
  const top = niceCeiling(Math.max(...all.map((p) => p.value)));
  const x = (day: string) => M.left + ((dayNumber(day) - d0) / Math.max(1, d1 - d0)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - (v / top) * (H - M.top - M.bottom);
  const first = all.reduce((a, p) => (p.day < a ? p.day : a), all[0].day);
  const last = all.reduce((a, p) => (p.day > a ? p.day : a), all[0].day);
  const parts: string[] = [
    `<line class="axis" x1="${M.left}" y1="${y(0)}" x2="${W - M.right}" y2="${y(0)}"/>`,
    `<line class="grid" x1="${M.left}" y1="${y(top)}" x2="${W - M.right}" y2="${y(top)}"/>`,
    `<text class="tick" x="${M.left - 4}" y="${y(0) + 4}" text-anchor="end">0</text>`,
    `<text class="tick" x="${M.left - 4}" y="${y(top) + 4}" text-anchor="end">${compact(top)}</text>`,
    `<text class="tick" x="${M.left}" y="${H - 6}">${first}</text>`,
    `<text class="tick" x="${W - M.right}" y="${H - 6}" text-anchor="end">${last}</text>`,
  ];
  c.series.forEach((s, k) => {
    const colour = SERIES_COLOURS[k % SERIES_COLOURS.length];
    // a line only joins days close together: across a longer gap nothing is known
    let prev = -Infinity;
    const line = lineValues(s.points)
      .map((p) => {
        const d = dayNumber(p.day);
        const move = d - prev > MAX_GAP_DAYS ? 'M' : 'L';
        prev = d;
        return `${move}${x(p.day).toFixed(1)},${y(p.value).toFixed(1)}`;
      })
      .join('');
    parts.push(`<path d="${line}" fill="none" stroke="${colour}" stroke-width="1.5"/>`);
    for (const p of s.points) {
      const label = `${s.region} ${p.day}: ${p.value}`;
      parts.push(
        `<a href="#a${p.article}f${p.figure}"><circle cx="${x(p.day).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="2.5" fill="${colour}"><title>${escapeHtml(label)}</title></circle></a>`,
      );
    }
  });
  const label = `${chartTitle(c)} by day, ${c.series.map((s) => s.region).join(', ')}`;
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(label)}">${parts.join('')}</svg>`;
}

/** The charts section: one figure element per chart, with its legend. */
export function chartsHtml(list: Chart[]): string {
  return list
    .map((c) => {
      const legend = c.series
        .map((s, k) => `<li><span class="swatch" style="background:${SERIES_COLOURS[k % SERIES_COLOURS.length]}"></span>${escapeHtml(s.region)} (${s.points.length})</li>`)
        .join('');
      const more = c.omitted ? `<li class="muted">${c.omitted} more regions not drawn</li>` : '';
      return `<figure class="chart"><figcaption>${escapeHtml(chartTitle(c))}</figcaption>${chartSvg(c)}<ul class="legend">${legend}${more}</ul></figure>`;
    })
    .join('\n');
}
