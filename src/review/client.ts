// The review page's script, as it is written into the page. It reads the
// page's JSON and draws only what is looked at: one article at a time, the
// article list and the figure table in steps, so a batch of thousands of
// articles opens as fast as one. Plain ES2017, no framework, no network.
// (A string, since it runs in the browser and the page must hold it whole;
// it contains no backquote and no closing script tag.)
import { ARTICLE_SCRIPT } from './client-article.js';
import { TABLE_SCRIPT } from './client-table.js';

export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var A = data.articles;
  var FIELDS = ['metric', 'value', 'unit', 'approx', 'scope', 'origin', 'region', 'subject', 'date', 'rule'];
  var STEP = 300;
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function family(m) { var i = m.indexOf('.'); return i < 0 ? m : m.slice(0, i); }
  function show(v) { return v === null || v === undefined || v === '' ? '—' : String(v); }
  function valueText(f) { return f.value + (f.unit ? ' ' + f.unit : '') + (f.approx && f.approx !== 'exact' ? ' (' + f.approx + ')' : ''); }
  function checksByFigure(a) {
    if (!a._byFig) {
      a._byFig = {};
      a.checks.forEach(function (c) {
        c.figures.forEach(function (i) { (a._byFig[i] = a._byFig[i] || []).push(c); });
      });
    }
    return a._byFig;
  }
  function figureLabel(a, i) { var f = a.figures[i]; return '#' + (i + 1) + ' ' + f.metric + ' ' + valueText(f); }

  // ---- article list ------------------------------------------------------
  var listShown = STEP, listItems = [];
  function listMatches() {
    var q = $('list-filter').value.trim().toLowerCase();
    var onlyWarn = $('list-warn').checked;
    var out = [];
    for (var i = 0; i < A.length; i++) {
      var a = A[i];
      if (onlyWarn && !a.warnings.length && !a.checks.length) continue;
      if (q && (a.file + ' ' + (a.title || '') + ' ' + (a.region || '') + ' ' + (a.published || '')).toLowerCase().indexOf(q) < 0) continue;
      out.push(i);
    }
    return out;
  }
  function renderList() {
    var ol = $('article-list');
    ol.textContent = '';
    listItems = listMatches();
    listItems.slice(0, listShown).forEach(function (i) {
      var a = A[i], li = el('li'), link = el('a');
      link.href = '#a' + i;
      link.dataset.article = i;
      if (i === current) link.setAttribute('aria-current', 'true');
      link.appendChild(el('span', 'name', a.title || a.file));
      var meta = el('span', 'meta', (a.published || 'no date') + ' · ' + a.figures.length + ' figures ');
      if (a.warnings.length) meta.appendChild(el('span', 'badge', a.warnings.length + ' warning' + (a.warnings.length > 1 ? 's' : '')));
      if (a.checks.length) meta.appendChild(el('span', 'badge check', a.checks.length + ' check' + (a.checks.length > 1 ? 's' : '')));
      link.appendChild(meta);
      li.appendChild(link);
      ol.appendChild(li);
    });
    $('list-count').textContent = listItems.length + ' of ' + A.length + ' articles';
    var more = $('list-more');
    more.hidden = listItems.length <= listShown;
  }
${ARTICLE_SCRIPT}
${TABLE_SCRIPT}
  // ---- views ------------------------------------------------------------
  var views = { article: $('view-article'), figures: $('view-figures'), charts: $('view-charts') };
  function setView(name) {
    if (views[name] && views[name].hidden) window.scrollTo(0, 0);
    Object.keys(views).forEach(function (k) { if (views[k]) views[k].hidden = k !== name; });
    document.querySelector('.layout').classList.toggle('wide', name !== 'article');
    Array.prototype.forEach.call(document.querySelectorAll('header.top nav a'), function (l) {
      if (l.dataset.view === name) l.setAttribute('aria-current', 'page'); else l.removeAttribute('aria-current');
    });
  }
  function route() {
    hideTip();
    var h = location.hash, m = /^#a(\d+)(?:f(\d+))?$/.exec(h);
    if (h === '#figures') { setView('figures'); renderTable(); return; }
    if (h === '#charts' && views.charts) { setView('charts'); return; }
    if (!A.length) { setView('article'); $('view-article').textContent = 'No articles.'; return; }
    var ai = m ? Math.min(Number(m[1]), A.length - 1) : 0;
    setView('article');
    if (ai !== current) { showArticle(ai); window.scrollTo(0, 0); }
    if (m && m[2] !== undefined && Number(m[2]) < A[ai].figures.length) selectFigure(Number(m[2]), true);
  }

  // ---- events -----------------------------------------------------------
  document.addEventListener('click', function (ev) {
    var b = ev.target.closest && ev.target.closest('button[data-fig]');
    if (b) selectFigure(Number(b.dataset.fig), true);
  });
  document.addEventListener('mouseover', function (ev) {
    var m = ev.target.closest && ev.target.closest('#article-text mark');
    if (m) showTip(m);
  });
  document.addEventListener('mouseout', function (ev) {
    if (ev.target.closest && ev.target.closest('#article-text mark') && document.activeElement !== ev.target) hideTip();
  });
  document.addEventListener('focusin', function (ev) {
    if (ev.target.matches && ev.target.matches('#article-text mark')) showTip(ev.target); else hideTip();
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape') { hideTip(); return; }
    var t = ev.target;
    if (t.matches && t.matches('input, select, textarea')) return;
    if (ev.key === 'Enter' && t.matches && t.matches('#article-text mark')) {
      var b = document.querySelector('.figlist button[data-fig="' + t.dataset.figs.split(' ')[0] + '"]');
      // without preventDefault the Enter would also press the button it moves to
      ev.preventDefault();
      if (b) { b.scrollIntoView({ block: 'nearest' }); b.focus(); }
      return;
    }
    if ((ev.key === 'j' || ev.key === 'k') && !ev.ctrlKey && !ev.metaKey && !ev.altKey && current >= 0 && !views.article.hidden) {
      var next = current + (ev.key === 'j' ? 1 : -1);
      if (next >= 0 && next < A.length) location.hash = '#a' + next;
    }
  });
  window.addEventListener('scroll', hideTip, { passive: true });
  $('list-filter').addEventListener('input', function () { listShown = STEP; renderList(); });
  $('list-warn').addEventListener('change', function () { listShown = STEP; renderList(); });
  $('list-more').addEventListener('click', function () { listShown += STEP; renderList(); });
  // typing filters once it pauses: each pass sorts the whole batch's figures
  var typing = 0;
  ['t-metric', 't-region', 't-date', 't-file', 't-warn'].forEach(function (id) {
    $(id).addEventListener('input', function (ev) {
      clearTimeout(typing);
      var again = function () { tableShown = STEP; renderTable(); };
      if (ev.target.tagName === 'SELECT') again(); else typing = setTimeout(again, 120);
    });
  });
  $('t-more').addEventListener('click', function () { tableShown += STEP; renderTable(); });
  $('t-head').addEventListener('click', function (ev) {
    var th = ev.target.closest('th');
    if (!th) return;
    if (sortKey === th.dataset.key) sortDir = -sortDir; else { sortKey = th.dataset.key; sortDir = 1; }
    renderTable();
  });
  window.addEventListener('hashchange', route);
  route();
  document.documentElement.dataset.ready = 'true';
})();
`;
