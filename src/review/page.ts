// The review page: one self-contained HTML file (styles, script, data and
// charts inline; nothing fetched), so it opens from disk and can be mailed.
import { charts, chartsHtml } from './charts.js';
import { CLIENT_SCRIPT } from './client.js';
import { FAMILIES, reviewData, scriptSafeJson, type ReviewData, type ReviewDocument } from './data.js';
import { escapeHtml } from './html.js';
import { STYLE } from './style.js';

export interface ReviewPageOptions {
  /** The page's title (default "pressfig review"). */
  title?: string;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** Counts shown in the page's header. */
export function reviewCounts(data: ReviewData): { articles: number; figures: number; warnings: number; checks: number; empty: number } {
  let figures = 0;
  let warnings = 0;
  let checks = 0;
  let empty = 0;
  for (const a of data.articles) {
    figures += a.figures.length;
    warnings += a.warnings.length;
    checks += a.checks.length;
    if (a.figures.length === 0) empty++;
  }
  return { articles: data.articles.length, figures, warnings, checks, empty };
}

const TABLE_HEAD = ['file', 'metric', 'value', 'unit', 'scope', 'origin', 'region', 'subject', 'date', 'quote', 'warning'];

function tableSection(): string {
  const head = TABLE_HEAD.map((k) => `<th data-key="${k}" aria-sort="none"><button type="button">${k}</button></th>`).join('');
  return `<section id="view-figures" hidden aria-labelledby="figures-h">
<h2 id="figures-h">All figures</h2>
<div class="filters" role="search">
<label>metric<select id="t-metric"><option value="">all metrics</option></select></label>
<label>region<input id="t-region" type="search" placeholder="e.g. 浦东新区"></label>
<label>date starts with<input id="t-date" type="search" placeholder="2022-04"></label>
<label>file<input id="t-file" type="search"></label>
<label>warning<select id="t-warn"><option value="">any</option><option value="check">figure has a failed check</option><option value="article">its article has warnings or checks</option><option value="none">no warning at all</option></select></label>
<span id="t-count" class="muted" aria-live="polite"></span>
</div>
<div class="table-wrap"><table class="figs"><thead><tr id="t-head">${head}</tr></thead><tbody id="t-body"></tbody></table></div>
<button type="button" id="t-more" class="more" hidden>show more rows</button>
</section>`;
}

/** The review page for a batch of documents, as one HTML string. */
export function renderReviewPage(docs: Iterable<ReviewDocument>, options: ReviewPageOptions = {}): string {
  const data = reviewData(docs, options.title ?? 'pressfig review');
  const counts = reviewCounts(data);
  const chartList = charts(data.articles);
  const legend = FAMILIES.map((f) => `<li><span class="swatch fam-${f}"></span>${f}</li>`).join('');
  const summary = [
    plural(counts.articles, 'article'),
    plural(counts.figures, 'figure'),
    plural(counts.empty, 'article') + ' without figures',
    plural(counts.warnings, 'warning'),
    plural(counts.checks, 'failed check'),
  ].join(' · ');
  const chartsNav = chartList.length ? `<a href="#charts" data-view="charts">Charts</a>` : '';
  const chartsView = chartList.length
    ? `<section id="view-charts" hidden aria-labelledby="charts-h"><h2 id="charts-h">Each metric by day and region</h2>
<p class="muted">Figures with a full date and no subject; one line per region through the value of the latest published article on each day, a dot for every value stated (several dots on one day: articles disagree). Click a dot to open its article.</p>
<div class="charts">${chartsHtml(chartList)}</div></section>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">skip to the article</a>
<header class="top">
<h1>${escapeHtml(data.title)}</h1>
<span class="muted" id="summary">${summary}</span>
<ul class="legend-families" aria-label="colours of the figure families">${legend}</ul>
<nav aria-label="views"><a href="#a0" data-view="article">Articles</a><a href="#figures" data-view="figures">Figures table</a>${chartsNav}</nav>
</header>
<div class="layout">
<div id="sidebar">
<label for="list-filter">filter articles (file, title, region, date)</label>
<input id="list-filter" type="search" autocomplete="off">
<label><input id="list-warn" type="checkbox"> only articles with warnings or checks</label>
<div id="list-count" class="muted" aria-live="polite"></div>
<ol id="article-list" aria-label="articles"></ol>
<button type="button" id="list-more" class="more" hidden>show more articles</button>
</div>
<main id="main" tabindex="-1">
<section id="view-article" aria-live="polite"></section>
${tableSection()}
${chartsView}
</main>
</div>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="review-data">${scriptSafeJson(data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
