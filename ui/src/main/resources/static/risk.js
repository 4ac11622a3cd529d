// Risk per account and underlying, limits, positions and the P&L chart, live over SSE.
import { cell, live, number, signed } from './risk-format.js';
import { startPnlChart, showLivePnl } from './pnl-chart.js';

let lastRisk = { accounts: [] };
let lastLimits = { limits: [], breaches: [] };

function riskRow(account, name, figures, total) {
  const tr = document.createElement('tr');
  tr.dataset.account = account;
  tr.dataset.underlying = total ? 'total' : name;
  if (total) tr.className = 'total';
  tr.append(cell(total ? account : '', 'account'), cell(total ? 'Total' : name), cell(number(figures.position), 'position'),
    signed(cell(number(figures.delta), 'delta'), figures.delta), signed(cell(number(figures.gamma), 'gamma'), figures.gamma),
    signed(cell(number(figures.vega), 'vega'), figures.vega), signed(cell(number(figures.theta), 'theta'), figures.theta),
    signed(cell(number(figures.pnl, 2), 'pnl'), figures.pnl));
  return tr;
}

function renderRisk(view) {
  lastRisk = view;
  document.getElementById('dates').textContent = view.startOfDayDate
    ? 'start of day ' + view.startOfDayDate + (view.settlementDate ? ' · settlements of ' + view.settlementDate : ' · no settlements')
    : 'no start-of-day file yet';
  const body = document.createElement('tbody');
  body.id = 'risk-body';
  const notes = document.createElement('ul');
  notes.id = 'notes';
  notes.className = 'notes';
  for (const account of view.accounts) {
    body.appendChild(riskRow(account.account, null, account.total, true));
    for (const underlying of account.underlyings) body.appendChild(riskRow(account.account, underlying.underlying, underlying, false));
    for (const note of account.notes) {
      const li = document.createElement('li');
      li.textContent = account.account + ' ' + note.instrument + ': no ' + note.missing + '; assumed ' + note.assumed;
      notes.appendChild(li);
    }
  }
  if (!view.accounts.length) body.innerHTML = '<tr class="placeholder"><td colspan="8">No positions yet.</td></tr>';
  document.getElementById('risk-body').replaceWith(body);
  document.getElementById('notes').replaceWith(notes);
  showLivePnl(view);
  renderLimits(lastLimits);
}

function renderLimits(view) {
  lastLimits = view;
  const body = document.createElement('tbody');
  body.id = 'limits-body';
  const totals = new Map(lastRisk.accounts.map((a) => [a.account, a.total]));
  const accounts = new Set([...view.limits.map((l) => l.account), ...view.breaches.map((b) => b.account)]);
  for (const account of [...accounts].sort()) {
    const limit = view.limits.find((l) => l.account === account) || {};
    const open = view.breaches.filter((b) => b.account === account).map((b) => b.limit.toLowerCase());
    const tr = document.createElement('tr');
    tr.dataset.account = account;
    tr.dataset.state = open.length ? 'breached' : 'inside';
    const total = totals.get(account) || {};
    tr.append(cell(account), cell(number(limit.maxAbsDelta)), cell(number(limit.maxLoss)), cell(number(total.delta)),
      cell(number(total.pnl, 2)), cell(open.length ? 'breached: ' + open.join(', ') : 'inside', 'state'));
    body.appendChild(tr);
  }
  if (!accounts.size) body.innerHTML = '<tr class="placeholder"><td colspan="6">No limits configured.</td></tr>';
  document.getElementById('limits-body').replaceWith(body);
}

function renderPositions(view) {
  const body = document.createElement('tbody');
  body.id = 'positions-body';
  for (const p of view.positions) {
    const tr = document.createElement('tr');
    tr.dataset.account = p.account;
    tr.dataset.instrument = p.instrument;
    tr.append(cell(p.account), cell(p.instrument), cell(number(p.startOfDay)), cell(number(p.filled)),
      cell(number(p.live), 'live'), cell(number(p.avgPrice, 6)), cell(number(p.lastPrice, 6)));
    body.appendChild(tr);
  }
  document.getElementById('positions-body').replaceWith(body);
}

live('api/risk/stream', 'risk', renderRisk);
live('api/risk/positions/stream', 'positions', renderPositions, 'status');
new EventSource('api/risk/limits/stream').addEventListener('limits', (event) => renderLimits(JSON.parse(event.data)));
startPnlChart();
