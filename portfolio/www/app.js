// The portfolio page (portfolio/www/index.html): lays out what the wasm (portfolio/src) returns.
// Two views on one page: the portfolio (a spreadsheet of firms, every firm evaluated in the
// browser, in chunks that yield to the event loop) and the comparison (`#compare&a=…&an=…&b=…&bn=…`,
// the calculator's clients link here in exactly this format). No request is made after load:
// the file is read by the browser, downloads are made from Blobs.
import { TEXT } from './text.js';

const LANG_KEY = 'srdi-calculator.lang'; // shared with the calculator (src/prefs.rs)
/** Rows laid out at first, and added by each "show more": the table's layout costs about 5 ms a
 *  row in Chromium here, so 10,000 rows at once would hold the page. */
const PAGE = 50;
/** Evaluate for at most this long before yielding to the event loop (progress bar, input). */
const SLICE_MS = 25;
/** Firms per call into the wasm. */
const CHUNK = 25;

let wasm;
const state = {
  lang: 'zh',
  book: null,
  fileName: '',
  rows: [],
  error: '',
  busy: false,
  done: 0,
  total: 0,
  ms: 0,
  sort: { key: 'row', dir: 1 },
  filter: '',
  show: 'all',
  limit: PAGE,
  picked: [],
  /** The evaluation date of the rows that give none of their own (评估日); today by default. */
  date: '',
  /** Each evaluation run's number: a run stops when a newer one has started. */
  run: 0,
};

const t = () => TEXT[state.lang];

/** Creates an element: attributes (on*, a function, become listeners) and children. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** Today in the browser's time zone, "YYYY-MM-DD". */
function today() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Saves text as a file the browser makes (no request): CSV with its byte-order mark from the wasm. */
function download(name, text, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV as Excel and WPS save it: UTF-8 (with or without BOM), else GBK. */
export function decodeText(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gbk', { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
}

function setLang(lang) {
  state.lang = lang;
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  try { localStorage.setItem(LANG_KEY, lang); } catch { /* storage off: the choice lasts this visit */ }
  const refocus = () => document.getElementById('lang')?.focus();
  if (state.book) evaluateAll().then(refocus); else { route(); refocus(); }
}

function masthead(compareView) {
  return h('header', { class: 'masthead' },
    h('div', {},
      h('h1', { text: compareView ? t().compareTitle : t().title }),
      h('p', { text: compareView ? t().compareHelp : t().subtitle }),
      h('p', { class: 'privacy', text: t().privacy })),
    h('nav', { class: 'nav', 'aria-label': state.lang === 'en' ? 'Pages' : '页面' },
      h('a', { href: '../', text: t().calculator }),
      h('button', { type: 'button', id: 'lang', lang: state.lang === 'en' ? 'zh-CN' : 'en', 'aria-label': t().langSwitchLabel,
        onclick: () => setLang(state.lang === 'en' ? 'zh' : 'en'), text: t().langSwitch })));
}

function route() {
  const app = document.getElementById('app');
  const hash = location.hash.slice(1);
  const view = hash.startsWith('compare') ? compareView(hash) : portfolioView();
  app.replaceChildren(...view.filter(Boolean));
  document.title = `${hash.startsWith('compare') ? t().compareTitle : t().title} · ${state.lang === 'en' ? 'SRDI Support Calculator' : '专精特新惠企计算器'}`;
}

// ---------------------------------------------------------------- the portfolio

function portfolioView() {
  return [masthead(false), openPanel(), state.book || state.error || state.busy ? resultPanel() : null];
}

function openPanel() {
  const input = h('input', { type: 'file', id: 'file', accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    onchange: (e) => { const f = e.target.files?.[0]; if (f) openFile(f); } });
  return h('section', { class: 'panel no-print', 'aria-labelledby': 'open-title' },
    h('h2', { id: 'open-title', text: t().openTitle }),
    h('p', { class: 'help', id: 'open-help', text: t().openHelp }),
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: 'file', text: t().fileLabel }), input),
      h('div', { class: 'field' }, h('label', { for: 'eval-date', text: t().dateLabel }),
        h('input', { type: 'date', id: 'eval-date', value: state.date, 'aria-describedby': 'date-help', onchange: (e) => {
          if (!/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) return; // half-typed: the last valid date stays
          state.date = e.target.value;
          if (state.book) evaluateAll().then(() => document.getElementById('eval-date')?.focus());
          else rerenderKeepingFocus('eval-date');
        } }),
        h('span', { class: 'help', id: 'date-help', text: t().dateHelp })),
      h('button', { type: 'button', id: 'template', onclick: () => download(wasm.templateFileName(state.lang), wasm.templateCsv(state.lang)), text: t().template })),
    state.busy ? h('div', {},
      h('label', { for: 'progress', text: t().progress }),
      h('progress', { id: 'progress', max: String(state.total || 1), value: String(state.done) })) : null);
}

async function openFile(file) {
  state.run++; // stops a run still going on the previous file before that file's book is freed
  state.fileName = file.name;
  state.error = '';
  state.book?.free();
  state.book = null;
  state.picked = [];
  state.rows = [];
  state.busy = true; // "reading…" in place of the previous file's table
  state.done = 0;
  state.total = 0;
  route();
  const started = performance.now();
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    const xlsx = /\.xlsx$/i.test(file.name) || (bytes[0] === 0x50 && bytes[1] === 0x4b);
    if (xlsx) {
      state.book = wasm.Book.fromXlsx(bytes, state.lang);
    } else {
      const text = decodeText(bytes);
      if (text === null) throw new Error(t().notDecoded);
      await pause(); // the decoding and the reading below are the two longest steps: apart
      state.book = wasm.Book.fromCsv(text, state.lang);
    }
  } catch (e) {
    state.error = t().unreadable(e?.message ?? String(e));
    route();
    return;
  }
  await pause();
  await evaluateAll(started);
}

/** Lets the browser paint and handle input before the next step. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Evaluates every firm of the book, a chunk at a time, yielding so the page never freezes. */
async function evaluateAll(started = performance.now()) {
  const book = state.book;
  const run = ++state.run;
  book.rewind();
  state.rows = [];
  state.busy = true;
  state.total = book.len();
  state.done = 0;
  state.limit = PAGE;
  route();
  const lang = state.lang;
  const day = state.date || today();
  let slice = performance.now();
  while (!book.finished()) {
    const part = JSON.parse(book.evaluateNext(CHUNK, day, lang));
    for (const r of part) state.rows.push(r);
    state.done = state.rows.length;
    if (performance.now() - slice > SLICE_MS) {
      const bar = document.getElementById('progress');
      if (bar) bar.value = state.done;
      await pause();
      if (state.run !== run) return; // another file, language or date since: that run goes on
      slice = performance.now();
    }
  }
  state.busy = false;
  state.ms = performance.now() - started;
  route();
}

const COLUMNS = [
  { key: 'row', head: 'colRow', num: true, value: (r) => r.row },
  { key: 'name', head: 'colName', value: (r) => r.name },
  { key: 'place', head: 'colPlace', value: (r) => r.place },
  { key: 'tier', head: 'colTier', value: (r) => r.tier },
  { key: 'claimable', head: 'colClaimable', num: true, value: (r) => r.ok ? Number(r.claimable.all.v) : -1 },
  { key: 'county', head: 'colCounty', num: true, value: (r) => r.ok ? Number(r.claimable.county.v) : -1 },
  { key: 'city', head: 'colCity', num: true, value: (r) => r.ok ? Number(r.claimable.city.v) : -1 },
  { key: 'province', head: 'colProvince', num: true, value: (r) => r.ok ? Number(r.claimable.province.v) : -1 },
  { key: 'ended', head: 'colEnded', num: true, value: (r) => r.ok ? Number(r.ended.v) : -1 },
  { key: 'planned', head: 'colPlanned', num: true, value: (r) => r.ok ? Number(r.planned.v) : -1 },
];

/** The rows that pass the filter, in the chosen order (numbers for ordering only: every figure
 *  shown is the engine's Decimal, as text). */
function visibleRows() {
  const q = state.filter.trim().toLowerCase();
  const keep = {
    all: () => true,
    ok: (r) => r.ok,
    bad: (r) => !r.ok,
    claimable: (r) => r.ok && Number(r.claimable.all.v) > 0,
  }[state.show];
  const rows = state.rows.filter((r) => keep(r) && (!q || `${r.name} ${r.place} ${r.tier}`.toLowerCase().includes(q)));
  const col = COLUMNS.find((c) => c.key === state.sort.key) ?? COLUMNS[0];
  const collator = new Intl.Collator(state.lang === 'en' ? 'en' : 'zh-CN');
  const cmp = col.num ? (a, b) => col.value(a) - col.value(b) : (a, b) => collator.compare(String(col.value(a)), String(col.value(b)));
  return rows.sort((a, b) => state.sort.dir * cmp(a, b) || a.row - b.row);
}

function resultPanel() {
  if (state.error) return h('section', { class: 'panel' }, h('p', { class: 'error', role: 'alert', id: 'file-error', 'data-file': state.fileName, text: state.error }));
  const ok = state.rows.filter((r) => r.ok).length;
  const status = h('p', { class: 'status', role: 'status', id: 'status', 'data-state': state.busy ? 'busy' : 'done', 'data-file': state.fileName, 'data-ms': String(Math.round(state.ms)) },
    state.busy ? t().reading : t().evaluated(state.rows.length, ok, state.rows.length - ok, (state.ms / 1000).toFixed(2)));
  if (state.busy) return h('section', { class: 'panel' }, status);
  const rows = visibleRows();
  return h('section', { class: 'panel', 'aria-labelledby': 'result-title' },
    h('h2', { id: 'result-title', text: state.fileName }),
    status,
    overall(),
    controls(rows),
    h('p', { class: 'help', id: 'shown', text: `${t().shown(Math.min(rows.length, state.limit), rows.length)}${t().unitNote}` }),
    h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'result-title' }, table(rows.slice(0, state.limit))),
    rows.length > state.limit ? h('p', { class: 'no-print' }, h('button', { type: 'button', id: 'more', onclick: () => { state.limit += PAGE; route(); }, text: t().more(Math.min(PAGE, rows.length - state.limit)) })) : null);
}

function overall() {
  const o = JSON.parse(state.book.overall(state.lang));
  return h('dl', { class: 'overall', id: 'overall' },
    h('dt', { text: t().overall }),
    ...o.map(([name, value]) => h('dd', { text: `${name} ${value}` })));
}

function controls(rows) {
  const search = h('input', { type: 'search', id: 'filter', value: state.filter, placeholder: t().filterPlaceholder,
    oninput: (e) => { state.filter = e.target.value; state.limit = PAGE; rerenderKeepingFocus('filter'); } });
  const show = h('select', { id: 'show', onchange: (e) => { state.show = e.target.value; state.limit = PAGE; rerenderKeepingFocus('show'); } },
    ...[['all', 'showAll'], ['ok', 'showOk'], ['bad', 'showBad'], ['claimable', 'showClaimable']]
      .map(([v, k]) => h('option', { value: v, selected: state.show === v, text: t()[k] })));
  const csvName = `${state.lang === 'en' ? 'portfolio' : '企业清单测算'}-${today()}.csv`;
  return h('div', { class: 'row no-print' },
    h('div', { class: 'field' }, h('label', { for: 'filter', text: t().filterLabel }), search),
    h('div', { class: 'field' }, h('label', { for: 'show', text: t().showLabel }), show),
    h('button', { type: 'button', id: 'export', onclick: () => download(csvName, state.book.csv(Uint32Array.from(rows.map((r) => r.index)), state.lang)), text: t().exportCsv }),
    h('button', { type: 'button', id: 'print', onclick: () => window.print(), text: t().print }),
    h('button', { type: 'button', id: 'compare', disabled: state.picked.length !== 2, onclick: compareSelected, text: t().compareSelected }),
    state.picked.length !== 2 ? h('span', { class: 'help', text: t().compareHint }) : null);
}

/** Re-renders and puts the focus (and the caret) back in the control being used. */
function rerenderKeepingFocus(id) {
  const el = document.getElementById(id);
  const caret = el?.type === 'search' ? el.selectionStart : null;
  route();
  const again = document.getElementById(id);
  again?.focus();
  if (caret != null && again?.setSelectionRange) again.setSelectionRange(caret, caret);
}

function sortHeader(col) {
  const active = state.sort.key === col.key;
  const label = t()[col.head];
  return h('th', { scope: 'col', class: col.num ? 'num' : null, 'aria-sort': active ? (state.sort.dir > 0 ? 'ascending' : 'descending') : null },
    h('button', { type: 'button', class: 'sort', id: `sort-${col.key}`, 'data-sort': col.key, title: t().sortBy(label),
      onclick: () => { state.sort = { key: col.key, dir: active ? -state.sort.dir : (col.num && col.key !== 'row' ? -1 : 1) }; rerenderKeepingFocus(`sort-${col.key}`); } },
    label, active ? (state.sort.dir > 0 ? ' ▲' : ' ▼') : ''));
}

function table(rows) {
  return h('table', { class: 'portfolio', id: 'firms' },
    h('caption', { class: 'visually-hidden', text: state.fileName }),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', class: 'no-print', text: t().colPick }),
      ...COLUMNS.map(sortHeader),
      h('th', { scope: 'col', text: t().colTop }),
      h('th', { scope: 'col', class: 'no-print', text: t().colOpen }))),
    h('tbody', {}, ...rows.map(firmRow)));
}

function firmRow(r) {
  const td = (head, content, cls) => h('td', { 'data-label': t()[head], class: cls }, content);
  if (!r.ok) {
    return h('tr', { class: 'bad', 'data-row': String(r.row) },
      td('colPick', '', 'no-print'),
      td('colRow', String(r.row), 'num'),
      td('colName', r.name, 'name'),
      h('td', { colspan: '10', class: 'wide' },
        h('strong', { text: t().errorsIn(r.errors.length) }),
        h('ul', { class: 'top-lines errors' }, ...r.errors.map((e) => h('li', { class: 'error', 'data-column': e.column, text: e.message })))));
  }
  const picked = state.picked.includes(r.index);
  return h('tr', { 'data-row': String(r.row) },
    td('colPick', h('input', { type: 'checkbox', id: `pick-${r.index}`, checked: picked, 'aria-label': t().pick(r.name || r.row),
      onchange: (e) => {
        state.picked = e.target.checked ? [...state.picked, r.index].slice(-2) : state.picked.filter((i) => i !== r.index);
        rerenderKeepingFocus(`pick-${r.index}`);
      } }), 'no-print'),
    td('colRow', String(r.row), 'num'),
    td('colName', r.name, 'name'),
    td('colPlace', r.place, 'place'),
    td('colTier', r.tier, 'tier'),
    td('colClaimable', figure(r.claimable.all, true), 'num total'),
    td('colCounty', figure(r.claimable.county), 'num'),
    td('colCity', figure(r.claimable.city), 'num'),
    td('colProvince', figure(r.claimable.province), 'num'),
    td('colEnded', figure(r.ended), 'num'),
    td('colPlanned', figure(r.planned), 'num'),
    td('colTop', h('ol', { class: 'top-lines' }, ...r.top.map((l) => h('li', { text: l }))), 'wide'),
    td('colOpen', h('a', { href: `../#${r.link}`, target: '_blank', rel: 'noopener', 'aria-label': t().openNamed(r.name || r.row), text: t().open }), 'no-print'));
}

/** A total: the exact amount without its unit (the note above the table gives it: the
 *  columns stay narrow enough for a 1280 px screen), then "+ 最高 …" and (for the firm's total)
 *  the lines with no amount. */
function figure(f, withCount = false) {
  return [f.t.replace(/\s(元|yuan)$/, ''),
    f.up ? h('span', { class: 'sub', text: `+ ${f.up}` }) : null,
    withCount && f.u ? h('span', { class: 'sub', text: t().unquantified(f.u) }) : null];
}

function compareSelected() {
  const [a, b] = state.picked.map((i) => state.rows.find((r) => r.index === i));
  if (!a || !b) return;
  location.hash = compareHash(a.link, a.name, b.link, b.name);
}

/** The comparison link, in the format the calculator's clients use. */
export function compareHash(a, an, b, bn) {
  const e = encodeURIComponent;
  return `compare&a=${e(a)}&an=${e(an)}&b=${e(b)}&bn=${e(bn)}`;
}

// ---------------------------------------------------------------- the comparison

let onlyDiff = false;

function compareView(hash) {
  const params = new Map(hash.split('&').slice(1).map((p) => {
    const i = p.indexOf('=');
    const dec = (s) => { try { return decodeURIComponent(s); } catch { return s; } };
    return i < 0 ? [p, ''] : [p.slice(0, i), dec(p.slice(i + 1))];
  }));
  const back = state.book
    ? h('p', { class: 'no-print' }, h('button', { type: 'button', id: 'back', onclick: () => { history.length > 1 ? history.back() : (location.hash = ''); }, text: t().backToPortfolio }))
    : null;
  if (!params.get('a') && !params.get('b')) {
    return [masthead(true), back, h('p', { class: 'error', role: 'alert', text: t().noCompare })];
  }
  const names = [params.get('an') || t().firmA, params.get('bn') || t().firmB];
  const { comparison: c, unread } = JSON.parse(wasm.compareLinks(params.get('a') ?? '', names[0], params.get('b') ?? '', names[1], today(), state.lang));
  return [
    masthead(true),
    back,
    h('section', { class: 'panel', 'aria-labelledby': 'names-title' },
      h('h2', { id: 'names-title', class: 'visually-hidden', text: t().compareTitle }),
      h('div', { class: 'names' }, ...[0, 1].map((i) => h('div', { id: `name-${i ? 'b' : 'a'}` },
        h('strong', { text: `${i ? t().firmB : t().firmA}：${c.names[i]}` }),
        h('span', { class: 'sub', text: t().evalOn(c.dates[i]) })))),
      ...unread.map((parts, i) => parts.length ? h('p', { class: 'error', text: t().unreadParts(c.names[i], parts.join('; ')) }) : null),
      h('p', { class: 'status', id: 'differences', role: 'status', text: t().differences(c.differences) }),
      h('p', { class: 'no-print' }, h('label', {},
        h('input', { type: 'checkbox', id: 'only-diff', checked: onlyDiff, onchange: (e) => { onlyDiff = e.target.checked; route(); document.getElementById('only-diff')?.focus(); } }),
        ' ', t().onlyDiff), ' ',
      h('button', { type: 'button', id: 'print', onclick: () => window.print(), text: t().print }))),
    h('section', { class: 'panel', 'aria-labelledby': 'totals-title' },
      h('h2', { id: 'totals-title', text: t().totalsTitle }),
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'totals-title' }, totalsTable(c))),
    h('section', { class: 'panel', 'aria-labelledby': 'lines-title' },
      h('h2', { id: 'lines-title', text: t().linesTitle }),
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'lines-title' }, linesTable(c))),
  ];
}

function differsCell(differs) {
  return h('td', { class: 'flag' }, differs ? h('span', { class: 'mark', title: t().differsLabel }, t().differsMark, h('span', { class: 'visually-hidden', text: t().differsLabel })) : '');
}

function totalsTable(c) {
  return h('table', { class: 'compare', id: 'compare-totals' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: t().differsLabel })),
      h('th', { scope: 'col', text: t().colStanding }),
      h('th', { scope: 'col', text: t().colLevel }),
      h('th', { scope: 'col', class: 'num', text: `${t().firmA}：${c.names[0]}` }),
      h('th', { scope: 'col', class: 'num', text: `${t().firmB}：${c.names[1]}` }))),
    h('tbody', {}, ...c.totals.filter((r) => !onlyDiff || r.differs).map((r) => h('tr', { class: r.differs ? 'differs' : null },
      differsCell(r.differs),
      h('td', { class: 'head', text: r.standing }),
      h('td', { class: 'head', text: r.level }),
      h('td', { class: 'num', 'data-label': t().firmA, text: r.values[0] }),
      h('td', { class: 'num', 'data-label': t().firmB, text: r.values[1] })))));
}

function sideCell(cell, label) {
  if (cell.amount) return h('td', { class: 'num', 'data-label': label }, cell.amount, h('span', { class: 'sub', text: cell.standing }));
  return h('td', { class: 'num', 'data-label': label }, '—', h('span', { class: 'sub', text: cell.excluded ?? t().notGot }));
}

function linesTable(c) {
  return h('table', { class: 'compare', id: 'compare-lines' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: t().differsLabel })),
      h('th', { scope: 'col', text: t().colEntry }),
      h('th', { scope: 'col', class: 'num', text: `${t().firmA}：${c.names[0]}` }),
      h('th', { scope: 'col', class: 'num', text: `${t().firmB}：${c.names[1]}` }),
      h('th', { scope: 'col', class: 'num', text: t().colDelta }))),
    h('tbody', {}, ...c.rows.filter((r) => !onlyDiff || r.differs).map((r) => h('tr', { class: r.differs ? 'differs' : null, 'data-entry': r.entry },
      differsCell(r.differs),
      h('td', { class: 'head' }, r.title, h('span', { class: 'sub', text: `${r.payer} · ${r.source}` })),
      sideCell(r.cells[0], t().firmA),
      sideCell(r.cells[1], t().firmB),
      h('td', { class: 'num delta', 'data-label': t().colDelta, text: r.delta ?? '' })))));
}

// ---------------------------------------------------------------- start

export function start(module) {
  wasm = module;
  let saved = null;
  try { saved = localStorage.getItem(LANG_KEY); } catch { /* storage off */ }
  state.lang = saved === 'en' ? 'en' : 'zh';
  state.date = today();
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  window.addEventListener('hashchange', route);
  route();
  document.body.dataset.ready = '1';
}
