// The review page's article view: an article's text with its figures marked,
// its notes and figure list, and the record under a highlight. A part of the
// page script (see client.ts), inside its function, so it shares its helpers
// (A, el, $, family, show, valueText, checksByFigure, figureLabel, renderList).
export const ARTICLE_SCRIPT = String.raw`
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
`;
