// bit-for-bit explorer: the page's state lives in its address (#...), every request carries all of
// it, and every change re-runs the paired Monte Carlo on the server. No build step: plain ES2017.
// The results are drawn by charts.js, loaded first.
'use strict';

const KINDS = ['completed', 'collapsed', 'stalled'];
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

function randomId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

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
      if (state.traceDesign >= state.designs.length) state.traceDesign = 0;
      buildHeatControls();
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
    name.title = p.name + ' (' + p.path + '): ' + p.doc + '. Unit: ' + (p.unit || 'none') + '; valid range '
      + p.range + '; default ' + (p.defaultValue == null ? 'none' : p.defaultValue)
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
  if (!options.length) return;
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

// Posts a computation of one kind (compare, sweep). The answer, or null when a newer request of
// that kind superseded it (the page aborted it, or the server cancelled it with 409) or when the
// server did not answer (then lost() says so).
async function compute(kind, payload, lost) {
  const seq = ++latest[kind];
  let r;
  try {
    r = await post('/api/' + kind, payload, kind);
  } catch (e) {
    if (e.name !== 'AbortError') lost();
    return null;
  }
  return seq !== latest[kind] || r.status === 409 ? null : r;
}

async function runCompare() {
  const payload = body();
  setStatus('running ' + state.runs.toLocaleString('en') + ' paired runs…', 'running');
  const r = await compute('compare', payload, () => setStatus('no answer from the server', 'error'));
  if (!r) return;
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
  const payload = body({ sweep: { x: { path: h.x, low: h.xLow, high: h.xHigh, levels: h.levels },
    y: { path: h.y, low: h.yLow, high: h.yHigh, levels: h.levels }, runsPerPoint: h.runs } });
  $('heat-summary').textContent = 'running the sweep…';
  const r = await compute('sweep', payload, () => { $('heat-summary').textContent = 'no answer from the server'; });
  if (!r) return;
  if (r.status !== 200) {
    showError('error', r.data);
    $('heat-summary').textContent = '';
    return;
  }
  showError('error', null);
  renderHeatmap(r.data);
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
      $('scenario').value = '';
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
