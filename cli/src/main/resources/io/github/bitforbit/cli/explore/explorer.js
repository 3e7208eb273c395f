// bit-for-bit explorer: the page's state lives in its address (#...), every request carries all of
// it, and every change re-runs the paired Monte Carlo on the server. No build step: plain ES2017.
'use strict';

const KINDS = ['completed', 'collapsed', 'stalled'];
const COLORS = ['#2b6cb0', '#c05621', '#2f855a', '#6b46c1', '#b83280', '#4a5568'];
const KIND_COLORS = { completed: '#2f855a', collapsed: '#c53030', stalled: '#a0aec0' };
const CLIENT = randomId();
const $ = (id) => document.getElementById(id);

const state = {
  scenario: null, upload: null, designs: [], runs: 2000, precision: '', seed: 0,
  set: {}, traceDesign: 0, traceRun: 0, tab: 'compare',
  heat: { x: '', xLow: null, xHigh: null, y: '', yLow: null, yHigh: null, levels: 6, runs: 300, show: 'diff' }
};
let described = null;        // the scenario as described without overrides: its own values
const pending = {};          // kind -> AbortController of the request under way
const timers = {};
let latest = { compare: 0, sweep: 0 };
const charts = {};

function randomId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
  return charts[id];
}
window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));

// ------------------------------------------------------------------ the address carries the state

function readHash() {
  const h = new URLSearchParams(location.hash.slice(1));
  if (!h.has('s') && !h.has('u')) return false;
  state.scenario = h.get('s');
  if (h.has('u')) {
    const text = h.has('ut') ? decodeText(h.get('ut')) : sessionStorage.getItem('upload:' + h.get('u'));
    if (text != null) state.upload = { name: h.get('u'), text };
  }
  if (h.has('d')) state.designs = h.get('d').split(',').filter((d) => d);
  if (h.has('n')) state.runs = Number(h.get('n'));
  if (h.has('p')) state.precision = h.get('p');
  if (h.has('seed')) state.seed = Number(h.get('seed'));
  if (h.has('t')) { const [d, r] = h.get('t').split('.'); state.traceDesign = Number(d) || 0; state.traceRun = Number(r) || 0; }
  if (h.has('tab')) state.tab = h.get('tab');
  for (const [k, v] of h.entries()) {
    if (k.startsWith('set.')) state.set[k.slice(4)] = v;
  }
  const hk = { hx: 'x', hxl: 'xLow', hxh: 'xHigh', hy: 'y', hyl: 'yLow', hyh: 'yHigh', hl: 'levels', hr: 'runs', hs: 'show' };
  for (const [k, f] of Object.entries(hk)) {
    if (h.has(k)) state.heat[f] = ['x', 'y', 'show'].includes(f) ? h.get(k) : Number(h.get(k));
  }
  return true;
}

function writeHash() {
  const h = new URLSearchParams();
  if (state.upload) {
    h.set('u', state.upload.name);
    const encoded = encodeText(state.upload.text);
    if (encoded.length <= 6000) h.set('ut', encoded);
    else sessionStorage.setItem('upload:' + state.upload.name, state.upload.text);
  } else {
    h.set('s', state.scenario);
  }
  h.set('d', state.designs.join(','));
  h.set('n', state.runs);
  if (state.precision) h.set('p', state.precision);
  h.set('seed', state.seed);
  h.set('t', state.traceDesign + '.' + state.traceRun);
  for (const [k, v] of Object.entries(state.set)) h.set('set.' + k, v);
  h.set('tab', state.tab);
  if (state.heat.x) {
    const hs = state.heat;
    Object.entries({ hx: hs.x, hxl: hs.xLow, hxh: hs.xHigh, hy: hs.y, hyl: hs.yLow, hyh: hs.yHigh, hl: hs.levels, hr: hs.runs, hs: hs.show })
      .forEach(([k, v]) => h.set(k, v));
  }
  history.replaceState(null, '', '#' + h.toString());
  $('share').href = location.href;
}

function encodeText(text) {
  const bytes = new TextEncoder().encode(text);
  let s = '';
  bytes.forEach((b) => { s += String.fromCharCode(b); });
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeText(b64) {
  try {
    const s = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder().decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
  } catch (e) {
    return null;
  }
}

// ------------------------------------------------------------------ talking to the server

function body(extra) {
  const b = { client: CLIENT, designs: state.designs, runs: state.runs, seed: state.seed, set: state.set,
    trace: { design: state.traceDesign, run: state.traceRun } };
  if (state.upload) b.upload = state.upload; else b.scenario = state.scenario;
  if (state.precision) b.precision = Number(state.precision);
  return Object.assign(b, extra || {});
}

async function post(path, payload, kind) {
  if (kind && pending[kind]) pending[kind].abort();
  const controller = new AbortController();
  if (kind) pending[kind] = controller;
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload), signal: controller.signal });
  const type = response.headers.get('Content-Type') || '';
  const data = type.startsWith('application/json') ? await response.json() : await response.text();
  return { status: response.status, data };
}

function setStatus(text, which) {
  const s = $('status');
  s.textContent = text;
  s.dataset.state = which;
}

function showError(where, data) {
  const box = $(where);
  if (!data) { box.hidden = true; box.textContent = ''; return; }
  const lines = [data.error || String(data)];
  (data.problems || []).forEach((p) => lines.push(p.text));
  box.textContent = lines.join('\n');
  box.hidden = false;
}

// ------------------------------------------------------------------ scenario and controls

async function loadScenario() {
  const r = await post('/api/describe', Object.assign(body(), { set: {} }), 'describe');
  if (r.status !== 200) {
    showError('scenario-error', r.data);
    setStatus('invalid scenario', 'error');
    return false;
  }
  showError('scenario-error', null);
  described = r.data;
  $('title').textContent = described.title;
  const known = new Set(described.designs);
  state.designs = state.designs.filter((d) => known.has(d));
  if (state.designs.length < 2) state.designs = described.defaultDesigns.filter((d) => known.has(d));
  const paths = new Set(described.paths);
  for (const k of Object.keys(state.set)) if (!paths.has(k) && k !== 'ruleSet') delete state.set[k];
  buildDesigns();
  buildParameters();
  buildHeatControls();
  return true;
}

function buildDesigns() {
  const box = $('designs');
  box.innerHTML = '';
  described.designs.forEach((d) => {
    const label = document.createElement('label');
    const box2 = document.createElement('input');
    box2.type = 'checkbox';
    box2.value = d;
    box2.id = 'design-' + d;
    box2.checked = state.designs.includes(d);
    box2.addEventListener('change', () => {
      state.designs = described.designs.filter((n) => $('design-' + n).checked);
      changed();
    });
    label.append(box2, ' ' + d);
    box.append(label);
  });
}

function paramValue(p) {
  return state.set[p.path] !== undefined ? Number(state.set[p.path]) : p.value;
}

function buildParameters() {
  const box = $('parameters');
  box.innerHTML = '';
  let group = null;
  described.parameters.forEach((p) => {
    if (p.group !== group) {
      group = p.group;
      const g = document.createElement('div');
      g.className = 'group';
      g.textContent = group;
      box.append(g);
    }
    const row = document.createElement('div');
    row.className = 'param';
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = p.name;
    name.title = p.name + ' (' + p.path + '): ' + p.doc + '. Unit: ' + p.unit + '; valid range ' + p.range
      + '; this scenario: ' + p.value;
    const slider = document.createElement('input');
    slider.type = 'range';
    slider.min = p.min; slider.max = p.max; slider.step = p.step;
    slider.id = 'slider-' + p.path;
    slider.title = name.title;
    slider.setAttribute('aria-label', p.group + ' ' + p.name);
    const field = document.createElement('input');
    field.type = 'number';
    field.step = p.step;
    field.id = 'field-' + p.path;
    field.setAttribute('aria-label', p.group + ' ' + p.name + ' value');
    const show = () => {
      const v = paramValue(p);
      slider.value = v;
      field.value = v;
      name.classList.toggle('changed', state.set[p.path] !== undefined);
    };
    const apply = (raw) => {
      const v = Number(raw);
      if (raw === '' || !Number.isFinite(v)) return;
      const rounded = Number(v.toFixed(6));
      if (rounded === p.value) delete state.set[p.path]; else state.set[p.path] = String(rounded);
      show();
      renderExtra();
      changed();
    };
    slider.addEventListener('input', () => apply(slider.value));
    field.addEventListener('change', () => apply(field.value));
    row.append(name, slider, field);
    box.append(row);
    show();
  });
  const list = $('paths');
  list.innerHTML = '';
  described.paths.forEach((path) => { const o = document.createElement('option'); o.value = path; list.append(o); });
  renderExtra();
}

function keyPaths() {
  return new Set(described.parameters.map((p) => p.path));
}

function renderExtra() {
  const ul = $('extra');
  ul.innerHTML = '';
  const keys = keyPaths();
  Object.entries(state.set).filter(([k]) => !keys.has(k)).forEach(([k, v]) => {
    const li = document.createElement('li');
    li.textContent = k + ' = ' + v;
    const rm = document.createElement('button');
    rm.type = 'button';
    rm.textContent = 'remove';
    rm.addEventListener('click', () => { delete state.set[k]; renderExtra(); changed(); });
    li.append(rm);
    ul.append(li);
  });
}

function buildHeatControls() {
  const numeric = described.parameters;
  const fill = (sel, chosen) => {
    sel.innerHTML = '';
    numeric.forEach((p) => {
      const o = document.createElement('option');
      o.value = p.path;
      o.textContent = p.group + ': ' + p.name;
      sel.append(o);
    });
    sel.value = chosen;
  };
  const h = state.heat;
  const byPath = (path) => numeric.find((p) => p.path === path);
  if (!byPath(h.x)) { h.x = (numeric.find((p) => /trust\.initial$/.test(p.path) && p.group.includes('target')) || numeric[0]).path; h.xLow = null; }
  if (!byPath(h.y) || h.y === h.x) { h.y = (numeric.find((p) => /verifiability$/.test(p.path)) || numeric[1]).path; h.yLow = null; }
  if (h.xLow == null) [h.xLow, h.xHigh] = inner(byPath(h.x));
  if (h.yLow == null) [h.yLow, h.yHigh] = inner(byPath(h.y));
  fill($('hx'), h.x);
  fill($('hy'), h.y);
  $('hx-low').value = h.xLow; $('hx-high').value = h.xHigh;
  $('hy-low').value = h.yLow; $('hy-high').value = h.yHigh;
  $('hlevels').value = h.levels; $('hruns').value = h.runs;
  const show = $('hshow');
  show.innerHTML = '';
  const options = [];
  if (state.designs.length >= 2) options.push(['diff', 'collapse: ' + state.designs[0] + ' minus ' + state.designs[1]]);
  state.designs.forEach((d, i) => {
    options.push(['collapsed:' + i, 'collapse share: ' + d]);
    options.push(['completed:' + i, 'completion share: ' + d]);
  });
  options.forEach(([v, t]) => { const o = document.createElement('option'); o.value = v; o.textContent = t; show.append(o); });
  if (!options.some(([v]) => v === h.show)) h.show = options[0][0];
  show.value = h.show;
}

// A heatmap axis's default: the slider's range less a tenth at each end, since the ends of a
// range (a verifiability of 0, a patience of 1) are often degenerate for some designs.
function inner(p) {
  const span = p.max - p.min;
  const round = (v) => (p.step >= 1 ? Math.round(v) : Number(v.toFixed(3)));
  return [round(p.min + span / 10), round(p.max - span / 10)];
}

function readHeatControls() {
  const h = state.heat;
  const byPath = (path) => described.parameters.find((p) => p.path === path);
  if ($('hx').value !== h.x) { h.x = $('hx').value; [$('hx-low').value, $('hx-high').value] = inner(byPath(h.x)); }
  if ($('hy').value !== h.y) { h.y = $('hy').value; [$('hy-low').value, $('hy-high').value] = inner(byPath(h.y)); }
  h.xLow = Number($('hx-low').value); h.xHigh = Number($('hx-high').value);
  h.yLow = Number($('hy-low').value); h.yHigh = Number($('hy-high').value);
  h.levels = Number($('hlevels').value); h.runs = Number($('hruns').value); h.show = $('hshow').value;
}

// ------------------------------------------------------------------ re-running on every change

function changed() {
  writeHash();
  schedule('compare', 120, runCompare);
  if (state.tab === 'heatmap') schedule('sweep', 350, runSweep);
}

function schedule(kind, ms, fn) {
  clearTimeout(timers[kind]);
  timers[kind] = setTimeout(fn, ms);
}

async function runCompare() {
  const seq = ++latest.compare;
  const payload = body();
  setStatus('running ' + state.runs.toLocaleString('en') + ' paired runs…', 'running');
  let r;
  try {
    r = await post('/api/compare', payload, 'compare');
  } catch (e) {
    if (e.name === 'AbortError') return;
    setStatus('no answer from the server', 'error');
    return;
  }
  if (seq !== latest.compare || r.status === 409) return;
  if (r.status !== 200) {
    showError(r.data && r.data.problems ? 'scenario-error' : 'error', r.data);
    setStatus('error', 'error');
    return;
  }
  showError('error', null);
  renderCompare(r.data, payload);
  setStatus('done in ' + Math.round(r.data.elapsedMs) + ' ms', 'done');
}

async function runSweep() {
  if (state.designs.length < 2) return;
  readHeatControls();
  writeHash();
  const h = state.heat;
  const seq = ++latest.sweep;
  const payload = body({ sweep: { x: { path: h.x, low: h.xLow, high: h.xHigh, levels: h.levels },
    y: { path: h.y, low: h.yLow, high: h.yHigh, levels: h.levels }, runsPerPoint: h.runs } });
  $('heat-summary').textContent = 'running the sweep…';
  let r;
  try {
    r = await post('/api/sweep', payload, 'sweep');
  } catch (e) {
    if (e.name === 'AbortError') return;
    $('heat-summary').textContent = 'no answer from the server';
    return;
  }
  if (seq !== latest.sweep || r.status === 409) return;
  if (r.status !== 200) {
    showError('error', r.data);
    $('heat-summary').textContent = '';
    return;
  }
  showError('error', null);
  renderHeatmap(r.data);
}

// ------------------------------------------------------------------ drawing the results

const pct = (v) => (100 * v).toFixed(1) + '%';
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
      series.push({ name: d.name + ' ' + k, type: 'line', data: c.estimate, showSymbol: false,
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

// ------------------------------------------------------------------ wiring

function selectTab(tab) {
  state.tab = tab;
  $('tab-compare').classList.toggle('active', tab === 'compare');
  $('tab-heatmap').classList.toggle('active', tab === 'heatmap');
  $('pane-compare').hidden = tab !== 'compare';
  $('pane-heatmap').hidden = tab !== 'heatmap';
  writeHash();
  if (tab === 'heatmap') { schedule('sweep', 10, runSweep); setTimeout(() => charts['chart-heatmap'] && charts['chart-heatmap'].resize(), 50); }
  else Object.values(charts).forEach((c) => c.resize());
}

async function switchScenario() {
  setStatus('loading…', 'running');
  if (await loadScenario()) changed();
}

function wire() {
  $('scenario').addEventListener('change', () => {
    state.scenario = $('scenario').value;
    state.upload = null;
    state.set = {};
    $('upload').value = '';
    $('upload-name').textContent = '';
    switchScenario();
  });
  $('upload').addEventListener('change', async () => {
    const file = $('upload').files[0];
    if (!file) return;
    if (file.size > 1048576) {
      showError('scenario-error', { error: file.name + ' is ' + file.size + ' bytes, over the 1 MiB limit' });
      return;
    }
    const text = await file.text();
    const previous = { upload: state.upload, set: state.set };
    state.upload = { name: file.name, text };
    state.set = {};
    $('upload-name').textContent = 'uploaded: ' + file.name;
    if (await loadScenario()) {
      changed();
    } else {
      state.upload = previous.upload;
      state.set = previous.set;
      $('upload-name').textContent = state.upload ? 'uploaded: ' + state.upload.name : '';
    }
  });
  $('runs').addEventListener('change', () => { state.runs = Number($('runs').value); changed(); });
  $('precision').addEventListener('change', () => { state.precision = $('precision').value; changed(); });
  $('seed').addEventListener('change', () => { state.seed = Math.trunc(Number($('seed').value)) || 0; changed(); });
  $('trace-design').addEventListener('change', () => { state.traceDesign = Number($('trace-design').value); changed(); });
  $('trace-run').addEventListener('change', () => {
    state.traceRun = Math.min(Math.max(0, Math.trunc(Number($('trace-run').value)) || 0), state.runs - 1);
    changed();
  });
  $('any-add').addEventListener('click', () => {
    const path = $('any-path').value.trim();
    const value = $('any-value').value.trim();
    if (!path || !value) return;
    state.set[path] = value;
    buildParameters();
    changed();
  });
  $('reset').addEventListener('click', () => { state.set = {}; buildParameters(); changed(); });
  $('download').addEventListener('click', async () => {
    const r = await post('/api/yaml', body(), null);
    if (r.status !== 200) { showError('error', r.data); return; }
    const url = URL.createObjectURL(new Blob([r.data], { type: 'application/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = (described ? described.name : 'scenario') + '.yaml';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  $('tab-compare').addEventListener('click', () => selectTab('compare'));
  $('tab-heatmap').addEventListener('click', () => selectTab('heatmap'));
  ['hx', 'hy', 'hx-low', 'hx-high', 'hy-low', 'hy-high', 'hlevels', 'hruns', 'hshow'].forEach((id) =>
    $(id).addEventListener('change', () => schedule('sweep', 50, runSweep)));
}

async function main() {
  wire();
  const fromHash = readHash();
  const list = await (await fetch('/api/scenarios')).json();
  list.scenarios.forEach((s) => {
    const o = document.createElement('option');
    o.value = s.name;
    o.textContent = s.name + ' \u2013 ' + s.title;
    $('scenario').append(o);
  });
  if (!fromHash) {
    const initial = await (await fetch('/api/initial')).json();
    if (initial.upload) state.upload = initial.upload; else state.scenario = initial.scenario;
  }
  if (!state.scenario) state.scenario = list.default;
  $('scenario').value = state.upload ? '' : state.scenario;
  if (state.upload) $('upload-name').textContent = 'uploaded: ' + state.upload.name;
  $('runs').value = String(state.runs);
  $('precision').value = state.precision;
  $('seed').value = state.seed;
  if (await loadScenario()) {
    selectTab(state.tab === 'heatmap' ? 'heatmap' : 'compare');
    changed();
  }
}

main();
