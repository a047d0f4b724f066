// The review page's stylesheet: wide screens get the article list, the text
// and its figures side by side; a phone-width screen one column; print the
// article with its highlights and figure list, without the controls.
export const STYLE = String.raw`
:root { --fg: #1f2328; --cjk: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei"; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --soft: #f6f8fa; --accent: #0969da; --warn: #b42318; }
* { box-sizing: border-box; }
html { font-size: 15px; }
body { margin: 0; color: var(--fg); background: var(--bg); font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", var(--cjk), sans-serif; line-height: 1.5; }
a { color: var(--accent); }
button, input, select { font: inherit; }
:focus-visible { outline: 3px solid #fb8f44; outline-offset: 1px; }
.muted { color: var(--muted); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 10; }
header.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 16px; padding: 8px 16px; border-bottom: 1px solid var(--line); background: var(--soft); }
header.top h1 { font-size: 1.1rem; margin: 0; }
header.top nav { display: flex; gap: 4px; margin-left: auto; }
header.top nav a { padding: 4px 10px; border-radius: 6px; text-decoration: none; }
header.top nav a[aria-current="page"] { background: var(--fg); color: #fff; }
.legend-families { display: flex; flex-wrap: wrap; gap: 4px 10px; margin: 0; padding: 0; list-style: none; font-size: .85rem; }
.layout { display: grid; grid-template-columns: 280px minmax(0, 1fr); min-height: calc(100vh - 50px); }
.layout.wide { grid-template-columns: minmax(0, 1fr); }
.layout.wide #sidebar { display: none; }
#sidebar { border-right: 1px solid var(--line); padding: 8px; position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
#sidebar label { display: block; font-size: .85rem; }
#sidebar input[type=search] { width: 100%; padding: 4px 6px; }
#article-list { list-style: none; margin: 8px 0; padding: 0; }
#article-list a { display: block; padding: 5px 6px; border-radius: 6px; text-decoration: none; color: inherit; border-left: 3px solid transparent; }
#article-list a:hover { background: var(--soft); }
#article-list a[aria-current="true"] { background: #ddf4ff; border-left-color: var(--accent); }
#article-list .name { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-size: .9rem; }
#article-list .meta { font-size: .78rem; color: var(--muted); }
.badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: .75rem; background: #fff1e5; color: #953800; border: 1px solid #ffb77c; white-space: nowrap; }
.badge.check { background: #ffebe9; color: var(--warn); border-color: #ffaba8; }
main { padding: 12px 20px 40px; min-width: 0; }
.article-head h2 { font-size: 1.15rem; margin: 0 0 2px; }
.article-head .pager { float: right; display: flex; gap: 4px; }
.notes { margin: 8px 0; padding: 6px 10px; border-left: 4px solid #ffb77c; background: #fff8f2; }
.notes.checks { border-left-color: var(--warn); background: #fff5f4; }
.notes ul { margin: 2px 0; padding-left: 18px; }
.notes button.to-fig { border: 1px solid var(--line); background: #fff; border-radius: 10px; padding: 0 8px; margin: 2px 4px 2px 0; font-size: .8rem; cursor: pointer; }
.notes button.to-fig:hover { border-color: var(--fg); }
.reading { display: grid; grid-template-columns: minmax(0, 1fr) 330px; gap: 20px; align-items: start; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.02rem; line-height: 1.85; max-width: 48em; }
mark.fig { color: inherit; border-radius: 2px; padding: 1px 0; cursor: help; border-bottom: 2px solid transparent; }
mark.multi { border-bottom: 2px double var(--fg); }
mark.flag { text-decoration: underline wavy var(--warn); text-underline-offset: 4px; }
mark.current { outline: 2px solid var(--fg); }
.fam-cases { --fam: #c9372c; --fam-bg: #ffd8d3; }
.fam-contacts { --fam: #b35c00; --fam-bg: #ffe2b8; }
.fam-tests { --fam: #1f5fbf; --fam-bg: #cfe3ff; }
.fam-supplies { --fam: #237a3b; --fam-bg: #d3f0d8; }
.fam-resources { --fam: #6e45c4; --fam-bg: #e6dcff; }
.fam-areas { --fam: #7a5a2b; --fam-bg: #f0e0c8; }
mark.fig, .swatch { background: var(--fam-bg, #eee); }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -1px; margin-right: 4px; border: 1px solid rgba(0,0,0,.25); }
aside.figures { position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto; border: 1px solid var(--line); border-radius: 8px; padding: 6px; }
aside.figures h3 { font-size: .95rem; margin: 2px 4px 6px; }
.figlist { list-style: none; margin: 0; padding: 0; }
.figlist button { display: block; width: 100%; text-align: left; border: 0; border-left: 5px solid var(--fam, #888); background: none; padding: 4px 6px; margin: 2px 0; border-radius: 4px; cursor: pointer; }
.figlist button:hover, .figlist button.current { background: var(--soft); }
.figlist button.current { box-shadow: inset 0 0 0 2px var(--fg); }
.figlist .v { font-weight: 600; }
.figlist .m { font-size: .85rem; }
.figlist .d { display: block; font-size: .78rem; color: var(--muted); }
.figlist .why { display: block; font-size: .78rem; color: var(--warn); }
#tip { position: fixed; z-index: 20; max-width: 420px; background: #fff; border: 1px solid var(--fg); border-radius: 6px; padding: 6px 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); font-size: .85rem; pointer-events: none; }
#tip[hidden] { display: none; }
#tip dl { display: grid; grid-template-columns: auto 1fr auto 1fr; gap: 0 8px; margin: 2px 0 4px; }
#tip dt { color: var(--muted); }
#tip dd { margin: 0; overflow-wrap: anywhere; }
#tip .head { font-weight: 600; }
#tip .why, .notes .why { color: var(--warn); }
#tip .trace { color: var(--muted); font-size: .8rem; overflow-wrap: anywhere; }
#tip + #tip, #tip .sep { border-top: 1px solid var(--line); margin-top: 4px; padding-top: 4px; }
.filters { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: end; margin: 4px 0 8px; }
.filters label { font-size: .8rem; color: var(--muted); display: flex; flex-direction: column; }
.filters input, .filters select { padding: 3px 6px; min-width: 8em; color: var(--fg); }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table.figs { border-collapse: collapse; width: 100%; font-size: .86rem; }
table.figs th, table.figs td { padding: 3px 6px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
table.figs th { background: var(--soft); position: sticky; top: 0; white-space: nowrap; }
table.figs th button { border: 0; background: none; padding: 0; font-weight: 600; cursor: pointer; }
table.figs th[aria-sort="ascending"] button::after { content: " ▲"; }
table.figs th[aria-sort="descending"] button::after { content: " ▼"; }
table.figs td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.figs td.quote { min-width: 12em; }
table.figs td.file { max-width: 16em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
table.figs td.date, table.figs td.metric { white-space: nowrap; }
.more { margin: 8px 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 16px; }
figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 6px 8px; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; font-size: .9rem; }
figure.chart svg { width: 100%; height: auto; display: block; }
figure.chart .axis { stroke: var(--fg); }
figure.chart .grid { stroke: var(--line); stroke-dasharray: 3 3; }
figure.chart .tick { font-size: 10px; fill: var(--muted); }
ul.legend { list-style: none; margin: 2px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 10px; font-size: .8rem; }
@media (max-width: 1100px) {
  .reading { grid-template-columns: minmax(0, 1fr); }
  aside.figures { position: static; max-height: none; }
}
@media (max-width: 760px) {
  html { font-size: 14px; }
  .layout { grid-template-columns: minmax(0, 1fr); }
  #sidebar { position: static; max-height: 34vh; border-right: 0; border-bottom: 1px solid var(--line); }
  main { padding: 8px 10px 30px; }
  header.top nav { margin-left: 0; }
  .article-head .pager { float: none; margin-bottom: 4px; }
}
@media print {
  html { font-size: 11pt; }
  header.top nav, #sidebar, .filters, .more, .pager, #tip, .skip { display: none !important; }
  .layout, .reading { display: block; }
  main { padding: 0; }
  aside.figures { position: static; max-height: none; overflow: visible; border: 0; padding: 0; margin-top: 12pt; }
  .figlist button { border-left-width: 3pt; padding: 1pt 4pt; }
  mark.fig, .swatch, .figlist button { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .text { max-width: none; }
  a { color: inherit; text-decoration: none; }
}
`;
