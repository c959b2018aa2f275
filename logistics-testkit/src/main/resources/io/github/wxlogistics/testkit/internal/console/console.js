// The fake WeChat server's console: draws whatever views the server lists (tables, row details,
// row actions, forms), follows the server's change events, and runs actions. No framework, no build.
'use strict';

const token = document.querySelector('meta[name="console-token"]').content;
const state = { views: [], current: null, reveal: false, open: new Set(), formsOf: null, pending: null };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
}

async function api(path, options = {}) {
  const response = await fetch('api/' + path, {
    ...options, headers: { 'X-Console-Token': token, 'Content-Type': 'application/json' }
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
  return body;
}

function chinaTime(seconds) {
  if (!seconds) return '—';
  const d = new Date(seconds * 1000 + 8 * 3600 * 1000);
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

function cell(column, row) {
  const value = row.cells[column.key];
  const td = el('td', { class: column.type === 'mono' ? 'mono' : '' });
  const text = value == null ? '' : column.type === 'time' ? chinaTime(value) : String(value);
  if (column.type === 'badge') {
    td.append(el('span', { class: 'badge ' + (row.badges[column.key] || ''), text }));
  } else {
    td.textContent = text;
  }
  td.title = text;
  return td;
}

function blocks(detail) {
  return el('div', { class: 'blocks' }, ...detail.map(b =>
    el('div', { class: 'block' }, el('h4', { text: b.label }), el('pre', { text: b.text }))));
}

function table(section) {
  if (section.rows.length === 0) {
    return el('p', { class: 'empty', text: 'Nothing yet.' });
  }
  const withActions = section.rows.some(r => r.actions.length > 0);
  const head = el('tr', {}, ...section.columns.map(c => el('th', { text: c.label })),
    withActions ? el('th', {}) : null);
  const body = el('tbody');
  for (const row of section.rows) {
    const open = state.open.has(row.id);
    const tr = el('tr', { class: 'row' + (open ? ' open' : ''), 'data-id': row.id });
    section.columns.forEach(c => tr.append(cell(c, row)));
    if (withActions) {
      tr.append(el('td', { class: 'actions' }, ...row.actions.map(a => el('button', {
        type: 'button', class: 'btn', 'data-action': a.action, text: a.label,
        onclick: event => { event.stopPropagation(); run(a.action, a.args); }
      }))));
    }
    tr.addEventListener('click', () => {
      if (state.open.has(row.id)) state.open.delete(row.id); else state.open.add(row.id);
      refresh();
    });
    body.append(tr);
    if (open && row.detail.length > 0) {
      body.append(el('tr', { class: 'detail', 'data-detail': row.id },
        el('td', { colspan: String(section.columns.length + (withActions ? 1 : 0)) }, blocks(row.detail))));
    }
  }
  return el('table', {}, el('thead', {}, head), body);
}

function field(f) {
  if (f.type === 'hidden') return el('input', { type: 'hidden', name: f.name, value: f.value });
  let input;
  if (f.type === 'select') {
    input = el('select', { name: f.name }, ...f.options.map(o => el('option', { value: o, text: o })));
    input.value = f.value;
  } else if (f.type === 'json') {
    input = el('textarea', { name: f.name, spellcheck: 'false' });
    input.value = f.value;
  } else {
    input = el('input', { name: f.name, type: f.type === 'number' ? 'text' : 'text', value: f.value });
  }
  return el('div', {}, el('label', { text: f.label }), input);
}

function forms(section) {
  if (section.forms.length === 0) return null;
  return el('div', { class: 'forms' }, ...section.forms.map(f => {
    const simple = f.fields.filter(x => x.type !== 'json' && x.type !== 'hidden');
    const form = el('form', { 'data-form': f.action + ':' + f.label },
      el('h4', { text: f.label }), el('p', { text: f.description }),
      simple.length ? el('div', { class: 'inline' }, ...simple.map(field)) : null,
      ...f.fields.filter(x => x.type === 'json' || x.type === 'hidden').map(field),
      el('button', { type: 'submit', text: f.fields.length ? 'Run' : f.label }));
    form.addEventListener('submit', event => {
      event.preventDefault();
      const args = {};
      for (const [k, v] of new FormData(form).entries()) args[k] = v;
      run(f.action, args);
    });
    return form;
  }));
}

function draw(view) {
  const main = document.getElementById('view');
  const sameView = state.formsOf === state.current && main.querySelectorAll('.card').length === view.sections.length;
  if (!sameView) {
    main.replaceChildren(el('h2', { text: view.title }), ...view.sections.map(s =>
      el('section', { class: 'card' }, s.title === view.title ? null : el('h3', { text: s.title }), s.note ? el('p', { class: 'note', text: s.note }) : null,
        s.columns.length ? el('div', { class: 'table' }) : null, forms(s))));
    state.formsOf = state.current;
  }
  // Only the tables are redrawn on a change, so a form being edited keeps its text.
  main.querySelectorAll('.card').forEach((card, i) => {
    const holder = card.querySelector('.table');
    if (holder) holder.replaceChildren(table(view.sections[i]));
    const note = card.querySelector('.note');
    if (note && view.sections[i].note) note.textContent = view.sections[i].note;
  });
}

async function refresh() {
  if (!state.current) return;
  try {
    draw(await api('view/' + state.current + (state.reveal ? '?reveal=true' : '')));
  } catch (e) {
    show({ message: 'Could not load the view: ' + e.message }, true);
  }
}

// At most one redraw every 150 ms however busy the server is.
let timer = null;
function soon() {
  if (timer) return;
  timer = setTimeout(() => { timer = null; refresh(); }, 150);
}

function select(name) {
  state.current = name;
  state.formsOf = null;
  history.replaceState(null, '', '#' + name);
  document.querySelectorAll('.tabs button').forEach(b => b.classList.toggle('active', b.dataset.view === name));
  refresh();
}

function show(result, error) {
  const box = document.getElementById('result');
  box.classList.toggle('error', !!error);
  document.getElementById('result-message').textContent = result.message;
  document.getElementById('result-detail').replaceChildren(result.detail ? blocks(result.detail) : '');
  box.hidden = false;
}

async function run(action, args) {
  try {
    const result = await api('action/' + action + (state.reveal ? '?reveal=true' : ''),
      { method: 'POST', body: JSON.stringify(args || {}) });
    show(result, false);
  } catch (e) {
    show({ message: e.message }, true);
  }
  soon();
}

async function start() {
  document.getElementById('result-close').addEventListener('click', () => {
    document.getElementById('result').hidden = true;
  });
  document.getElementById('reveal').addEventListener('change', e => { state.reveal = e.target.checked; refresh(); });
  document.getElementById('reset').addEventListener('click', () => {
    if (confirm('Reset the fake to its starting data and drop scripted faults?')) run('reset', {});
  });
  const about = await api('about');
  document.getElementById('about').textContent = 'AppID ' + about.app_id + ' · ' + about.base_uri
    + (about.merchant_push ? ' · merchant push ' + about.merchant_push : '');
  state.views = about.views;
  document.getElementById('tabs').replaceChildren(...about.views.map(v =>
    el('button', { type: 'button', 'data-view': v.name, id: 'tab-' + v.name, text: v.title, onclick: () => select(v.name) })));
  const wanted = location.hash.slice(1);
  select(about.views.some(v => v.name === wanted) ? wanted : about.views[0].name);
  const live = document.getElementById('live');
  const events = new EventSource('api/events');
  events.onopen = () => live.classList.add('on');
  events.onmessage = soon;
  events.onerror = () => live.classList.remove('on');
}

start().catch(e => show({ message: 'The console could not start: ' + e.message }, true));
