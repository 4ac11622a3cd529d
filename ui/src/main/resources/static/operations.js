// The operations page (operators only): dead-letter queues with a retry each, and the log of
// operator actions from /api/operations/log. The retry is a POST with the session's CSRF token.
import { post } from './csrf.js';

const GROUPS = ['history-market', 'history-positions', 'history-orders'];

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

function showMessage(text) {
  const message = document.getElementById('message');
  message.textContent = text;
  message.hidden = !text;
}

async function renderDeadLetters() {
  const body = document.getElementById('dead-letters-body');
  const rows = await Promise.all(GROUPS.map(async (group) => {
    const answer = await fetch('actuator/deadletters/' + group);
    const sequences = answer.ok ? await answer.json() : null;
    const row = document.createElement('tr');
    row.dataset.group = group;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'retry';
    retry.textContent = 'Retry';
    retry.addEventListener('click', () => retryGroup(group));
    const action = document.createElement('td');
    action.appendChild(retry);
    row.append(cell(group), cell(sequences === null ? 'unavailable' : String(sequences.length)), action);
    return row;
  }));
  body.replaceChildren(...rows);
}

async function retryGroup(group) {
  const answer = await post('actuator/deadletters/' + group);
  if (answer.ok) {
    const retried = await answer.json();
    showMessage(group + ': ' + retried.succeeded + ' of ' + retried.sequencesBefore + ' parked sequences went through.');
  } else {
    const problem = await answer.json().catch(() => ({}));
    showMessage(group + ': retry refused (' + answer.status + ') ' + (problem.detail || ''));
  }
  await Promise.all([renderDeadLetters(), renderLog()]);
}

async function renderLog() {
  const answer = await fetch('api/operations/log');
  if (!answer.ok) return;
  const log = await answer.json();
  const body = document.getElementById('operations-body');
  if (!log.actions.length) return;
  body.replaceChildren(...log.actions.map((action) => {
    const row = document.createElement('tr');
    row.className = 'operation';
    row.append(cell(new Date(action.at).toLocaleString('en-GB', { hour12: false })), cell(action.operator),
      cell(action.action), cell(action.target), cell(action.outcome));
    return row;
  }));
}

renderDeadLetters();
renderLog();
