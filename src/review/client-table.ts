// The review page's table of all figures: a part of the page script (see
// client.ts), inside its function, so it shares its helpers (A, el, $, show,
// checksByFigure, STEP). Rows are drawn 300 at a time, filtered and sorted
// over the whole batch.
export const TABLE_SCRIPT = String.raw`
  // ---- the table of all figures -------------------------------------------
  var rows = null, tableShown = STEP, sortKey = 'file', sortDir = 1;
  var COLUMNS = ['file', 'metric', 'value', 'unit', 'scope', 'origin', 'region', 'subject', 'date', 'quote', 'warning'];
  function allRows() {
    if (rows) return rows;
    rows = [];
    A.forEach(function (a, ai) {
      var byFig = checksByFigure(a);
      a.figures.forEach(function (f, fi) {
        var checks = byFig[fi] || [];
        rows.push({ a: ai, f: fi, fig: f, file: a.file, region: f.region || a.region || '', warning: checks.map(function (c) { return c.kind + ': ' + c.message; }).join('; '), docWarn: a.warnings.length > 0 });
      });
    });
    var metrics = {};
    rows.forEach(function (r) { metrics[r.fig.metric] = (metrics[r.fig.metric] || 0) + 1; });
    var sel = $('t-metric');
    Object.keys(metrics).sort().forEach(function (m) { var o = el('option', null, m + ' (' + metrics[m] + ')'); o.value = m; sel.appendChild(o); });
    return rows;
  }
  function cell(r, key) {
    if (key === 'file' || key === 'region' || key === 'warning') return r[key];
    var v = r.fig[key];
    return v === null || v === undefined ? '' : v;
  }
  function filteredRows() {
    var metric = $('t-metric').value, region = $('t-region').value.trim(), date = $('t-date').value.trim();
    var file = $('t-file').value.trim().toLowerCase(), warn = $('t-warn').value;
    var out = allRows().filter(function (r) {
      if (metric && r.fig.metric !== metric) return false;
      if (region && r.region.indexOf(region) < 0) return false;
      if (date && (r.fig.date || '').indexOf(date) !== 0) return false;
      if (file && r.file.toLowerCase().indexOf(file) < 0) return false;
      if (warn === 'check' && !r.warning) return false;
      if (warn === 'article' && !r.docWarn && !r.warning) return false;
      if (warn === 'none' && (r.warning || r.docWarn)) return false;
      return true;
    });
    var key = sortKey, dir = sortDir;
    out.sort(function (x, y) {
      var a = cell(x, key), b = cell(y, key);
      if (a === b) return x.a - y.a || x.f - y.f;
      if (a === '') return 1;
      if (b === '') return -1;
      return (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1) * dir;
    });
    return out;
  }
  function renderTable() {
    var list = filteredRows(), body = $('t-body');
    body.textContent = '';
    list.slice(0, tableShown).forEach(function (r) {
      var tr = el('tr');
      COLUMNS.forEach(function (key) {
        var td = el('td', key === 'value' ? 'num' : key);
        if (key === 'file') {
          // the file's name; its whole path on hover (paths of a batch share long beginnings)
          var l = el('a', null, r.file.slice(r.file.lastIndexOf('/') + 1));
          l.href = '#a' + r.a + 'f' + r.f;
          l.title = r.file;
          td.appendChild(l);
        } else {
          td.textContent = key === 'value' ? r.fig.value : show(cell(r, key));
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    $('t-count').textContent = list.length + ' of ' + rows.length + ' figures' + (list.length > tableShown ? ' (first ' + tableShown + ' shown)' : '');
    $('t-more').hidden = list.length <= tableShown;
    Array.prototype.forEach.call(document.querySelectorAll('#t-head th'), function (th) {
      th.setAttribute('aria-sort', th.dataset.key === sortKey ? (sortDir > 0 ? 'ascending' : 'descending') : 'none');
    });
  }

`;
