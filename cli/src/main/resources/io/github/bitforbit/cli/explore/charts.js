// bit-for-bit explorer: drawing the results (tables, and charts with ECharts from the jar).
// Loaded before explorer.js, which owns the page's state and calls these.
'use strict';

const COLORS = ['#2b6cb0', '#c05621', '#2f855a', '#6b46c1', '#b83280', '#4a5568'];
const charts = {};

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
  return charts[id];
}
window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));

// Rounds as the command line does (Java's %.1f of 100 * v: its shortest decimal, half up), not as
// toFixed does (the exact binary value): 0.9185 reads 91.9% in both, not 91.8% here.
const pct = (v) => {
  const x = 100 * v;
  const m = /^(-?\d+)\.(\d)(\d*)$/.exec(String(x));
  if (!m) {
    return x.toFixed(1) + '%';
  }
  const kept = Number(m[1] + '.' + m[2]);
  const up = m[3].length > 0 && m[3][0] >= '5';
  return (up ? kept + (x < 0 ? -0.1 : 0.1) : kept).toFixed(1) + '%';
};
const pts = (v) => (v >= 0 ? '+' : '\u2212') + Math.abs(100 * v).toFixed(1);

function cell(tag, text, attrs) {
  const c = document.createElement(tag);
  if (text instanceof Node) c.append(text); else c.textContent = text;
  Object.entries(attrs || {}).forEach(([k, v]) => c.setAttribute(k, v));
  return c;
}

function withInterval(main, low, high, fmt) {
  const span = document.createElement('span');
  span.append(main + ' ');
  span.append(cell('span', '[' + fmt(low) + ', ' + fmt(high) + ']', { class: 'ci' }));
  return span;
}

/** Empties a table and gives it a heading row. */

function table(id, headings) {
  const t = $(id);
  t.innerHTML = '';
  row(t, null, headings.map((h) => cell('th', h)));
  return t;
}

function row(t, first, cells) {
  const tr = document.createElement('tr');
  if (first) tr.append(first);
  tr.append(...cells);
  t.append(tr);
}

function renderCompare(data, payload) {
  const summary = $('summary');
  summary.textContent = data.runs.toLocaleString('en') + ' paired runs per design of ' + data.title + ' (seed '
    + data.seed + (data.precision ? ', precision \u00b1' + 100 * data.precision + ' points'
    + (data.reachedPrecision ? ' reached' : ' not reached') : '') + ') \u00b7 computed in '
    + Math.round(data.elapsedMs) + ' ms';
  summary.dataset.request = JSON.stringify({ set: payload.set, designs: payload.designs, runs: payload.runs, seed: payload.seed });

  const shares = table('shares', ['design', ...KINDS]);
  data.designs.forEach((d, i) => row(shares, cell('td', d.name), KINDS.map((k) => {
    const s = d.shares[k];
    return cell('td', withInterval(pct(s.estimate), s.low, s.high, (v) => (100 * v).toFixed(1)), {
      id: 'share-' + i + '-' + k, 'data-estimate': s.estimate, 'data-count': s.count,
      'data-low': s.low, 'data-high': s.high, 'data-design': d.name });
  })));
  drawShares(data);

  const pairs = table('pairs', ['points', ...KINDS]);
  data.pairs.forEach((p, i) => row(pairs, cell('td', p.a + ' \u2212 ' + p.b), KINDS.map((k) => {
    const s = p.shares[k];
    const span = withInterval(pts(s.estimate), s.low, s.high, (v) => pts(v));
    span.append(cell('span', ' (' + pts(s.unpairedLow) + ', ' + pts(s.unpairedHigh) + ')', { class: 'ci' }));
    return cell('td', span, { id: 'pair-' + i + '-' + k, 'data-estimate': s.estimate, 'data-low': s.low, 'data-high': s.high });
  })));

  const causes = table('causes', ['who walked out, why', ...data.designs.map((d) => d.name)]);
  const keys = [];
  const info = {};
  data.designs.forEach((d) => d.causes.forEach((c) => {
    const k = c.party + ': ' + c.cause;
    if (!keys.includes(k)) { keys.push(k); info[k] = c.description; }
  }));
  keys.forEach((k) => row(causes, cell('td', k, { title: info[k] }), data.designs.map((d) => {
    const c = d.causes.find((x) => x.party + ': ' + x.cause === k);
    return cell('td', c ? pct(c.shareOfRuns) : '\u2013', { title: c ? c.count + ' runs, ' + pct(c.shareOfCollapses) + ' of collapses' : '' });
  })));
  if (!keys.length) causes.append(cell('tr', cell('td', 'no collapses')));

  drawIncidence(data);
  renderTrace(data);
}

function drawShares(data) {
  const n = data.designs.length;
  const series = data.designs.map((d, i) => ({
    name: d.name, type: 'bar', barGap: '0%', barCategoryGap: '30%', itemStyle: { color: COLORS[i % COLORS.length] },
    data: KINDS.map((k) => d.shares[k].estimate)
  }));
  series.push({
    name: '95% interval', type: 'custom', z: 10,
    renderItem: (params, api) => {
      const k = api.value(0); const i = api.value(3);
      const band = api.size([1, 0])[0];
      const width = 0.7 * band / n;
      const x = api.coord([k, 0])[0] - 0.35 * band + (i + 0.5) * width;
      const lo = api.coord([k, api.value(1)])[1];
      const hi = api.coord([k, api.value(2)])[1];
      const style = { stroke: '#1a202c', lineWidth: 1.2 };
      return { type: 'group', children: [
        { type: 'line', shape: { x1: x, y1: lo, x2: x, y2: hi }, style },
        { type: 'line', shape: { x1: x - 4, y1: lo, x2: x + 4, y2: lo }, style },
        { type: 'line', shape: { x1: x - 4, y1: hi, x2: x + 4, y2: hi }, style }] };
    },
    encode: { x: 0, y: [1, 2] },
    data: data.designs.flatMap((d, i) => KINDS.map((k, j) => [j, d.shares[k].low, d.shares[k].high, i])),
    tooltip: { show: false }
  });
  chart('chart-shares').setOption({
    animation: false, grid: { left: 44, right: 10, top: 28, bottom: 24 },
    legend: { top: 0, data: data.designs.map((d) => d.name) },
    tooltip: { trigger: 'axis', valueFormatter: (v) => pct(v) },
    xAxis: { type: 'category', data: KINDS },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => Math.round(100 * v) + '%' } },
    series
  }, true);
}

function drawIncidence(data) {
  const months = data.designs[0].incidence.collapsed.estimate.map((_, t) => t + 1);
  const series = [];
  data.designs.forEach((d, i) => {
    const color = COLORS[i % COLORS.length];
    [['collapsed', 'solid'], ['completed', 'dashed']].forEach(([k, dash]) => {
      const c = d.incidence[k];
      const stack = 'band-' + i + '-' + k;
      const label = k === 'collapsed' ? 'collapsed before completion' : 'ever completed';
      series.push({ name: d.name + ' ' + label, type: 'line', data: c.estimate, showSymbol: false,
        lineStyle: { color, type: dash, width: 2 }, itemStyle: { color } });
      series.push({ type: 'line', data: c.low, stack, lineStyle: { opacity: 0 }, showSymbol: false, silent: true, tooltip: { show: false } });
      series.push({ type: 'line', data: c.high.map((h, t) => h - c.low[t]), stack, lineStyle: { opacity: 0 },
        areaStyle: { color, opacity: 0.12 }, showSymbol: false, silent: true, tooltip: { show: false } });
    });
  });
  chart('chart-incidence').setOption({
    animation: false, grid: { left: 44, right: 16, top: 30, bottom: 36 },
    legend: { top: 0, data: series.filter((s) => s.name).map((s) => s.name) },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v == null ? '' : pct(v)) },
    xAxis: { type: 'category', data: months, name: 'month', nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => Math.round(100 * v) + '%' } },
    series
  }, true);
}

function renderTrace(data) {
  const t = data.trace;
  const sel = $('trace-design');
  sel.innerHTML = '';
  data.designs.forEach((d, i) => { const o = document.createElement('option'); o.value = i; o.textContent = d.name; sel.append(o); });
  sel.value = state.traceDesign;
  $('trace-run').value = state.traceRun;
  $('trace-outcome').textContent = 'Run ' + t.run + ' under ' + t.design + ' (seed ' + t.seed + '): ' + t.description + '.';
  const months = t.months.map((m) => m.month);
  const line = (name, key, color) => ({ name, type: 'line', data: t.months.map((m) => m[key]), showSymbol: false,
    lineStyle: { color, width: 2 }, itemStyle: { color } });
  const marks = t.events.filter((e) => ['PhaseCompleted', 'Restored', 'Ended', 'Halted', 'RuleFired'].includes(e.type));
  chart('chart-trace').setOption({
    animation: false, grid: { left: 44, right: 16, top: 30, bottom: 36 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? v.toFixed(2) : v) },
    xAxis: { type: 'category', data: months, name: 'month', nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'value', min: 0, max: 1 },
    series: [
      line('trust in the target', 'trustInTarget', '#2b6cb0'),
      line('trust in the sanctioner', 'trustInSanctioner', '#c05621'),
      line('capability left', 'capability', '#6b46c1'),
      line('relief delivered', 'relief', '#2f855a'),
      { name: 'events', type: 'scatter', symbolSize: 9, itemStyle: { color: '#1a202c' },
        data: marks.map((e) => ({ value: [String(e.month), 0.02], name: e.text })),
        tooltip: { trigger: 'item', formatter: (p) => 'month ' + p.value[0] + ': ' + p.name } }
    ]
  }, true);
  const ol = $('trace-events');
  ol.innerHTML = '';
  t.events.forEach((e) => {
    const li = document.createElement('li');
    li.append(cell('span', 'month ' + e.month, { class: 'month' }), e.text);
    ol.append(li);
  });
}

function renderHeatmap(data) {
  const show = state.heat.show;
  const values = [];
  const at = {};
  data.cells.forEach((c) => { at[c.x + ',' + c.y + ',' + c.design] = c; });
  let min = 0; let max = 1; let label = '';
  for (let x = 0; x < data.xValues.length; x++) {
    for (let y = 0; y < data.yValues.length; y++) {
      let v;
      if (show === 'diff') {
        v = at[x + ',' + y + ',0'].collapsed - at[x + ',' + y + ',1'].collapsed;
      } else {
        const [k, i] = show.split(':');
        v = at[x + ',' + y + ',' + i][k];
      }
      values.push([x, y, Number(v.toFixed(4))]);
    }
  }
  if (show === 'diff') { min = -1; max = 1; label = 'collapse share, ' + data.designs[0] + ' minus ' + data.designs[1]; }
  else { const [k, i] = show.split(':'); label = k + ' share, ' + data.designs[Number(i)]; }
  const name = (path) => { const p = described.parameters.find((q) => q.path === path); return p ? p.group + ': ' + p.name : path; };
  const fmt = (v) => (Math.abs(v) >= 10 ? v.toFixed(0) : v.toFixed(2));
  $('heat-summary').textContent = label + ' \u00b7 ' + data.xValues.length + ' \u00d7 ' + data.yValues.length + ' points, '
    + data.runsPerPoint + ' runs per point and design \u00b7 computed in ' + Math.round(data.elapsedMs) + ' ms';
  chart('chart-heatmap').setOption({
    animation: false, grid: { left: 90, right: 110, top: 20, bottom: 60 },
    tooltip: { formatter: (p) => name(data.x) + ' = ' + fmt(data.xValues[p.value[0]]) + '<br>' + name(data.y) + ' = '
      + fmt(data.yValues[p.value[1]]) + '<br>' + label + ': ' + (show === 'diff' ? pts(p.value[2]) + ' points' : pct(p.value[2])) },
    xAxis: { type: 'category', data: data.xValues.map(fmt), name: name(data.x), nameLocation: 'middle', nameGap: 32 },
    yAxis: { type: 'category', data: data.yValues.map(fmt), name: name(data.y), nameLocation: 'middle', nameGap: 60 },
    visualMap: { min, max, calculable: true, orient: 'vertical', right: 10, top: 'center',
      inRange: { color: show === 'diff' ? ['#2b6cb0', '#f7fafc', '#c53030'] : ['#f7fafc', show.startsWith('completed') ? '#2f855a' : '#c53030'] },
      formatter: (v) => (show === 'diff' ? pts(v) : pct(v)) },
    series: [{ type: 'heatmap', data: values, label: { show: true, formatter: (p) => (show === 'diff' ? pts(p.value[2]) : Math.round(100 * p.value[2])) } }]
  }, true);
}
