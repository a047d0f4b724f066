// The review page's script, as it is written into the page. It reads the
// page's JSON and draws only what is looked at: one article at a time, the
// article list and the figure table in steps, so a batch of thousands of
// articles opens as fast as one. Plain ES2017, no framework, no network.
// (A string, since it runs in the browser and the page must hold it whole;
// it contains no backquote and no closing script tag.)
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

  // ---- one article -------------------------------------------------------
  var current = -1, currentFig = -1;
  function markClasses(a, figs, flagged) {
    var cls = 'fig fam-' + family(a.figures[figs[0]].metric);
    if (figs.length > 1) cls += ' multi';
    for (var k = 0; k < figs.length; k++) if (flagged[figs[k]]) { cls += ' flag'; break; }
    return cls;
  }
  // The text cut at every figure's start and end; each covered piece is a mark
  // naming the figures over it, so identical and overlapping quotes each hold
  // exactly their pieces.
  function renderText(a, box) {
    var text = a.text, n = text.length, cuts = [0, n], figs = a.figures;
    figs.forEach(function (f) { if (f.end <= n && f.end > f.start) { cuts.push(f.start, f.end); } });
    cuts.sort(function (x, y) { return x - y; });
    var flagged = checksByFigure(a), frag = document.createDocumentFragment();
    for (var k = 0; k + 1 < cuts.length; k++) {
      var s = cuts[k], e = cuts[k + 1];
      if (e === s) continue;
      var over = [];
      for (var i = 0; i < figs.length; i++) if (figs[i].start <= s && figs[i].end >= e && figs[i].end <= n) over.push(i);
      if (!over.length) { frag.appendChild(document.createTextNode(text.slice(s, e))); continue; }
      var m = el('mark', markClasses(a, over, flagged), text.slice(s, e));
      m.tabIndex = 0;
      m.dataset.figs = over.join(' ');
      frag.appendChild(m);
    }
    box.appendChild(frag);
  }
  function renderNotes(a, box) {
    if (a.warnings.length) {
      var w = el('div', 'notes');
      w.appendChild(el('strong', null, 'Warnings'));
      var ul = el('ul');
      a.warnings.forEach(function (s) { ul.appendChild(el('li', null, s)); });
      w.appendChild(ul);
      box.appendChild(w);
    }
    if (a.checks.length) {
      var c = el('div', 'notes checks');
      c.appendChild(el('strong', null, 'Checks that do not add up'));
      var list = el('ul');
      a.checks.forEach(function (chk) {
        var li = el('li');
        li.appendChild(el('span', 'badge check', chk.kind));
        li.appendChild(document.createTextNode(' ' + chk.message + ' '));
        chk.figures.forEach(function (i) {
          var b = el('button', 'to-fig', figureLabel(a, i));
          b.type = 'button';
          b.dataset.fig = i;
          li.appendChild(b);
        });
        list.appendChild(li);
      });
      c.appendChild(list);
      box.appendChild(c);
    }
  }
  function renderFigureList(a, aside) {
    aside.appendChild(el('h3', null, a.figures.length + ' figures'));
    var ol = el('ol', 'figlist'), byFig = checksByFigure(a);
    a.figures.forEach(function (f, i) {
      var li = el('li'), b = el('button', 'fam-' + family(f.metric));
      b.type = 'button';
      b.dataset.fig = i;
      b.appendChild(el('span', 'v', valueText(f)));
      b.appendChild(document.createTextNode(' '));
      b.appendChild(el('span', 'm', f.metric));
      var d = [f.date, f.scope, f.origin, f.region, f.subject].filter(function (x) { return x; }).join(' · ');
      b.appendChild(el('span', 'd', d || '—'));
      (byFig[i] || []).forEach(function (c) { b.appendChild(el('span', 'why', '⚠ ' + c.kind + ': ' + c.message)); });
      li.appendChild(b);
      ol.appendChild(li);
    });
    aside.appendChild(ol);
  }
  function showArticle(ai) {
    var view = $('view-article');
    view.textContent = '';
    current = ai;
    currentFig = -1;
    var a = A[ai];
    var head = el('div', 'article-head');
    var pager = el('div', 'pager');
    [['prev', ai - 1, '← previous'], ['next', ai + 1, 'next →']].forEach(function (p) {
      if (p[1] < 0 || p[1] >= A.length) return;
      var l = el('a', null, p[2]);
      l.href = '#a' + p[1];
      l.rel = p[0];
      pager.appendChild(l);
    });
    head.appendChild(pager);
    head.appendChild(el('h2', null, a.title || a.file));
    head.appendChild(el('div', 'muted', [a.file, a.published ? 'published ' + a.published : 'no publication date', a.region || 'no region'].join(' · ')));
    view.appendChild(head);
    renderNotes(a, view);
    var reading = el('div', 'reading'), textBox = el('div', 'text'), aside = el('aside', 'figures');
    textBox.id = 'article-text';
    textBox.setAttribute('lang', 'zh');
    if (a.text === null) {
      textBox.appendChild(el('p', 'notes', 'This document came without its text (extract with --include-text): the quotes are listed instead.'));
      a.figures.forEach(function (f, i) {
        var p = el('p'), m = el('mark', markClasses(a, [i], checksByFigure(a)), f.quote);
        m.tabIndex = 0;
        m.dataset.figs = String(i);
        p.appendChild(m);
        textBox.appendChild(p);
      });
    } else {
      renderText(a, textBox);
    }
    if (!a.figures.length) aside.appendChild(el('p', 'muted', 'No figures were found in this article.'));
    else renderFigureList(a, aside);
    reading.appendChild(textBox);
    reading.appendChild(aside);
    view.appendChild(reading);
    document.title = (a.title || a.file) + ' · ' + data.title;
    renderList();
  }
  function marksOf(i) {
    return Array.prototype.filter.call(document.querySelectorAll('#article-text mark'), function (m) {
      return (' ' + m.dataset.figs + ' ').indexOf(' ' + i + ' ') >= 0;
    });
  }
  function selectFigure(i, focus) {
    Array.prototype.forEach.call(document.querySelectorAll('#view-article .current'), function (e) { e.classList.remove('current'); });
    currentFig = i;
    var marks = marksOf(i);
    marks.forEach(function (m) { m.classList.add('current'); });
    var b = document.querySelector('.figlist button[data-fig="' + i + '"]');
    if (b) b.classList.add('current');
    if (marks.length) {
      marks[0].scrollIntoView({ block: 'center' });
      if (focus) marks[0].focus({ preventScroll: true });
    }
    history.replaceState(null, '', '#a' + current + 'f' + i);
  }

  // ---- the record under a highlight ---------------------------------------
  var tip = $('tip');
  function showTip(mark) {
    var a = A[current], byFig = checksByFigure(a);
    tip.textContent = '';
    mark.dataset.figs.split(' ').forEach(function (s, k) {
      var i = Number(s), f = a.figures[i];
      if (k) tip.appendChild(el('div', 'sep'));
      tip.appendChild(el('div', 'head', '#' + (i + 1) + ' ' + f.metric + ' «' + f.quote + '»'));
      var dl = el('dl');
      FIELDS.forEach(function (name) {
        dl.appendChild(el('dt', null, name));
        dl.appendChild(el('dd', 'f-' + name, name === 'value' ? f.value : show(f[name])));
      });
      tip.appendChild(dl);
      if (f.trace && f.trace.length) {
        // with extract --explain: the rule that last set each field decided it
        var last = {};
        f.trace.forEach(function (t) { last[t.field] = t.rule; });
        tip.appendChild(el('div', 'trace', 'decided by: ' + Object.keys(last).map(function (k) { return k + ' ← ' + last[k]; }).join('; ')));
      }
      (byFig[i] || []).forEach(function (c) { tip.appendChild(el('div', 'why', '⚠ ' + c.kind + ': ' + c.message)); });
    });
    tip.hidden = false;
    mark.setAttribute('aria-describedby', 'tip');
    var r = mark.getBoundingClientRect(), w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.max(4, Math.min(r.left, window.innerWidth - w - 4));
    var top = r.bottom + 6 + h > window.innerHeight ? r.top - h - 6 : r.bottom + 6;
    tip.style.left = left + 'px';
    tip.style.top = Math.max(4, top) + 'px';
  }
  function hideTip() { tip.hidden = true; }

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
