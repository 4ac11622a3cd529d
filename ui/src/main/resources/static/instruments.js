// Every instrument seen: per underlying its future and option chain (calls | strike | puts), live.
import { cell, live, number } from './risk-format.js';

const SIDE = ['last', 'bid', 'ask', 'delta', 'gamma', 'vega', 'theta'];

function link(mark) {
  const td = document.createElement('td');
  td.className = 'name';
  const a = document.createElement('a');
  a.href = './?instrument=' + encodeURIComponent(mark.instrument);
  a.textContent = mark.instrument;
  a.dataset.instrument = mark.instrument;
  td.appendChild(a);
  return td;
}

function values(mark) {
  const last = mark?.lastPrice, row = mark ? [last, mark.bid, mark.ask, mark.delta, mark.gamma, mark.vega, mark.theta] : [];
  return SIDE.map((name, i) => cell(mark ? number(row[i], 6) : '', name));
}

function header(...names) {
  const tr = document.createElement('tr');
  for (const name of names) {
    const th = document.createElement('th');
    th.textContent = name;
    tr.appendChild(th);
  }
  return tr;
}

function futureTable(group) {
  const table = document.createElement('table');
  table.className = 'marks';
  const head = table.createTHead();
  head.appendChild(header('Instrument', ...SIDE));
  const body = table.createTBody();
  for (const mark of [group.future, ...group.others].filter(Boolean)) {
    const tr = document.createElement('tr');
    tr.append(link(mark), ...values(mark));
    body.appendChild(tr);
  }
  return table;
}

function chainTable(group) {
  const table = document.createElement('table');
  table.className = 'chain';
  const head = table.createTHead();
  head.appendChild(header('Call', ...SIDE, 'Strike', 'Put', ...SIDE));
  const body = table.createTBody();
  for (const strike of group.strikes) {
    const tr = document.createElement('tr');
    tr.append(strike.call ? link(strike.call) : cell(''), ...values(strike.call), cell(number(strike.strike, 6), 'strike'),
      strike.put ? link(strike.put) : cell(''), ...values(strike.put));
    body.appendChild(tr);
  }
  return table;
}

function render(view) {
  const container = document.createElement('div');
  container.id = 'underlyings';
  for (const group of view.underlyings) {
    const section = document.createElement('section');
    section.className = 'underlying';
    section.dataset.underlying = group.underlying;
    const h2 = document.createElement('h2');
    h2.textContent = (group.product ? group.product + ' · ' : '') + group.underlying;
    section.append(h2, futureTable(group));
    if (group.strikes.length) section.appendChild(chainTable(group));
    container.appendChild(section);
  }
  if (!view.underlyings.length) container.innerHTML = '<p class="placeholder">No instrument quoted yet.</p>';
  document.getElementById('underlyings').replaceWith(container);
}

live('api/instruments/stream', 'instruments', render);
