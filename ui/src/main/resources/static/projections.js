// Every projection's state and progress, re-read every second, with the buttons to rebuild and cancel.
import { csrfToken } from './csrf.js';

const REFRESH_MS = 1000;
const rows = document.getElementById('projections');
const status = document.getElementById('status');
const message = document.getElementById('projections-message');

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  if (className) td.className = className;
  return td;
}

function count(value) {
  return value == null ? '' : Math.round(value).toLocaleString('en-US');
}

function eta(seconds) {
  if (seconds == null) return '';
  const m = Math.floor(seconds / 60), s = seconds % 60;
  return m > 0 ? `${m}m ${s}s` : `${s}s`;
}

function progressCell(view) {
  const td = cell('', 'progress');
  const bar = document.createElement('progress');
  bar.max = 1;
  bar.value = view.progress;
  const percent = document.createElement('span');
  percent.textContent = Math.floor(view.progress * 100) + '%';
  td.append(bar, percent);
  return td;
}

function lastRebuild(rebuild) {
  if (!rebuild) return '';
  const text = `v${rebuild.version} ${rebuild.outcome}`;
  return rebuild.reason ? `${text}: ${rebuild.reason}` : text;
}

function say(text, kind) {
  message.textContent = text;
  message.dataset.kind = kind || 'info';
}

async function act(name, method) {
  const answer = await fetch(`api/projections/${encodeURIComponent(name)}/rebuild`,
    { method, headers: { 'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json' } });
  if (answer.ok) {
    say(method === 'POST' ? `Rebuild of ${name} started.` : `Rebuild of ${name} cancelled.`);
  } else {
    const problem = await answer.json().catch(() => ({}));
    say(problem.detail || `${method} failed: ${answer.status}`, 'error');
  }
  refresh();
}

function button(view) {
  const td = cell('');
  const running = view.rebuild && view.rebuild.outcome === 'running';
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = running ? 'Cancel' : 'Rebuild';
  b.className = running ? 'cancel' : 'start';
  b.dataset.projection = view.name;
  b.disabled = running && view.kind === 'history';
  b.title = b.disabled ? 'A history rebuild rewrites in place and cannot be cancelled' : '';
  b.addEventListener('click', () => act(view.name, running ? 'DELETE' : 'POST'));
  td.appendChild(b);
  return td;
}

function row(view) {
  const tr = document.createElement('tr');
  tr.dataset.state = view.state;
  tr.dataset.projection = view.name;
  const version = view.version === view.liveVersion ? `v${view.version}` : `v${view.version} (live v${view.liveVersion})`;
  tr.append(cell(view.name, 'name'), cell(view.state, 'state'), cell(version), progressCell(view),
    cell(count(view.position)), cell(count(view.head)), cell(count(view.lag)), cell(count(view.eventsPerSecond)),
    cell(eta(view.etaSeconds)), cell(lastRebuild(view.rebuild), 'last'), button(view));
  return tr;
}

async function refresh() {
  try {
    const answer = await fetch('api/projections', { headers: { Accept: 'application/json' } });
    if (!answer.ok) throw new Error(String(answer.status));
    const body = await answer.json();
    rows.replaceChildren(...body.projections.map(row));
    status.textContent = 'live';
    status.dataset.state = 'live';
  } catch (e) {
    status.textContent = 'disconnected';
    status.dataset.state = 'error';
  }
}

refresh();
setInterval(refresh, REFRESH_MS);
