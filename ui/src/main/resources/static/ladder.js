// The live price ladder: one EventSource per page, re-rendered on every "ladder" event.
import { formatAge, formatSize, formatTime, parseLadder, samePrice, thirtySeconds, toPlain } from './ladder-format.js';
import { startPriceChart } from './price-chart.js';

const STALE_AFTER_MS = 10_000;
const MAX_RETRY_MS = 30_000;

const byId = (id) => document.getElementById(id);
let lastReceivedAt = null;
let centred = false;
let retryMs = 1_000;
let lastLadder = null;
let ourOrders = { levels: [], orders: [], position: null };

function setStatus(state, text) {
  const status = byId('status');
  status.dataset.state = state;
  status.textContent = text || state;
}

function showMessage(text) {
  byId('message').textContent = text || '';
  byId('message').hidden = !text;
}

function render(view) {
  lastLadder = view;
  byId('instrument').textContent = view.instrument;
  byId('last-price').textContent = toPlain(view.lastPrice) || '–';
  byId('last-price-32nds').textContent = thirtySeconds(view.lastPrice, view.tickSize);
  byId('volume').textContent = formatSize(view.volume) || '–';
  byId('quote-time').textContent = formatTime(view.quoteTime);
  byId('quote-time').title = String(view.quoteTime ?? '');
  byId('best-bid').textContent = bestText(view.bestBid, view.bestBidSize);
  byId('best-ask').textContent = bestText(view.bestAsk, view.bestAskSize);
  document.title = view.instrument + ' ' + (toPlain(view.lastPrice) || '') + ' · Ladder';

  const working = workingByPrice();
  const deepest = Math.max(1, ...view.levels.map((level) => Math.max(level.bidSize ?? 0, level.askSize ?? 0)));
  const body = document.createElement('tbody');
  body.id = 'ladder-body';
  for (const level of view.levels) body.appendChild(row(level, view, deepest, working));
  if (view.levels.length === 0) body.appendChild(placeholder('No prices in the ladder.'));
  byId('ladder-body').replaceWith(body);

  if (!centred) centred = centreOnBestPrices(body);
}

function bestText(price, size) {
  if (price === null || price === undefined) return '–';
  return toPlain(price) + (size === null || size === undefined ? '' : ' × ' + formatSize(size));
}

function workingByPrice() {
  const byPrice = new Map();
  for (const level of ourOrders.levels) byPrice.set(toPlain(level.price), level);
  return byPrice;
}

function workingCell(side, qty) {
  const td = document.createElement('td');
  td.className = 'working ' + side;
  td.textContent = qty ? formatSize(qty) : '';
  return td;
}

function row(level, view, deepest, working) {
  const tr = document.createElement('tr');
  tr.dataset.price = toPlain(level.price);
  tr.classList.toggle('best-bid', samePrice(level.price, view.bestBid));
  tr.classList.toggle('best-ask', samePrice(level.price, view.bestAsk));
  tr.classList.toggle('last-trade', samePrice(level.price, view.lastPrice));
  const ours = working.get(toPlain(level.price));
  tr.append(workingCell('bid', ours?.workingBuyQty), sizeCell('bid', level.bidSize, deepest),
    priceCell(level, view.tickSize), sizeCell('ask', level.askSize, deepest), workingCell('ask', ours?.workingSellQty));
  return tr;
}

function sizeCell(side, size, deepest) {
  const td = document.createElement('td');
  td.className = side;
  td.textContent = formatSize(size);
  if (size) td.style.setProperty('--depth', (100 * size / deepest).toFixed(1) + '%');
  return td;
}

function priceCell(level, tickSize) {
  const td = document.createElement('td');
  td.className = 'price';
  td.textContent = toPlain(level.price);
  const hint = thirtySeconds(level.price, tickSize);
  if (hint) {
    const small = document.createElement('small');
    small.textContent = hint;
    td.append(' ', small);
  }
  return td;
}

function placeholder(text) {
  const tr = document.createElement('tr');
  tr.className = 'placeholder';
  const td = document.createElement('td');
  td.colSpan = 5;
  td.textContent = text;
  tr.appendChild(td);
  return tr;
}

function centreOnBestPrices(body) {
  const best = body.querySelector('tr.best-bid, tr.best-ask, tr.last-trade');
  if (best) best.scrollIntoView({ block: 'center' });
  return Boolean(best);
}

function refreshAge() {
  const age = byId('updated-age');
  if (lastReceivedAt === null) return;
  const millis = performance.now() - lastReceivedAt;
  age.textContent = formatAge(millis);
  age.classList.toggle('stale', millis > STALE_AFTER_MS);
}

function connect(instrument) {
  const source = new EventSource('api/ladder/' + encodeURIComponent(instrument) + '/stream');
  source.onopen = () => {
    retryMs = 1_000;
    setStatus('live');
    showMessage('');
  };
  source.addEventListener('ladder', (event) => {
    render(parseLadder(event.data));
    lastReceivedAt = performance.now();
    refreshAge();
    document.body.dataset.eventSequence = event.lastEventId;
  });
  source.onerror = () => {
    setStatus('reconnecting');
    // CONNECTING: the browser retries by itself. CLOSED: it gave up after an answer that was not
    // an event stream (a bad instrument, or a proxy while the server restarts).
    if (source.readyState === EventSource.CLOSED) retryAfterGivingUp(instrument);
  };
}

function renderOrders(view) {
  ourOrders = view;
  byId('position').textContent = view.position === null || view.position === undefined ? '–' : formatSize(view.position);
  byId('position-incomplete').hidden = !view.positionMayBeIncomplete;
  const body = document.createElement('tbody');
  body.id = 'orders-body';
  for (const order of view.orders) {
    const tr = document.createElement('tr');
    for (const text of [order.orderId, order.account, order.side, toPlain(order.price), formatSize(order.qty),
      formatSize(order.filledQty), order.status ?? '']) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    }
    tr.className = order.side === 'BUY' ? 'bid' : 'ask';
    body.appendChild(tr);
  }
  byId('orders-body').replaceWith(body);
  if (lastLadder) render(lastLadder);
}

function connectOrders(instrument) {
  // The browser reconnects this stream by itself; orders are an overlay, the ladder owns the status.
  const source = new EventSource('api/orders/' + encodeURIComponent(instrument) + '/stream');
  source.addEventListener('orders', (event) => renderOrders(JSON.parse(event.data)));
}

async function refreshFeeds() {
  try {
    const answer = await fetch('api/feeds');
    if (!answer.ok) return;
    const feeds = await answer.json();
    const body = document.createElement('tbody');
    body.id = 'feeds-body';
    for (const feed of feeds.feeds) {
      const tr = document.createElement('tr');
      tr.dataset.state = feed.state;
      const state = feed.backlogFiles === null || feed.backlogFiles === undefined ? feed.state
        : feed.state + ' (' + feed.backlogFiles + ' waiting'
          + (feed.backlogAgeMillis === null ? '' : ', oldest ' + Math.round(feed.backlogAgeMillis / 1000) + ' s') + ')';
      for (const text of [feed.feed, state, formatTime(feed.lastFileTime), String(feed.filesPerMinute),
        String(feed.rowsPerMinute), String(feed.rejects), feed.ingestLagMillis === null ? '–' : feed.ingestLagMillis + ' ms']) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    byId('feeds-body').replaceWith(body);
  } catch (networkError) {
    // The ladder's status already tells the user the server is unreachable.
  }
}

async function retryAfterGivingUp(instrument) {
  try {
    const answer = await fetch('api/ladder/' + encodeURIComponent(instrument));
    if (answer.status === 400) {
      const body = await answer.json().catch(() => ({}));
      setStatus('error');
      showMessage(body.detail || 'This instrument name is not accepted.');
      return;
    }
  } catch (networkError) {
    // Server unreachable: retry below like any other outage.
  }
  setTimeout(() => connect(instrument), retryMs);
  retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
}

async function chooseInstrument() {
  const requested = new URLSearchParams(location.search).get('instrument');
  if (requested) return requested;
  const answer = await fetch('api/ui-config');
  if (!answer.ok) throw new Error('ui-config answered ' + answer.status);
  return (await answer.json()).defaultInstrument;
}

async function start() {
  setInterval(refreshAge, 100);
  try {
    const instrument = await chooseInstrument();
    byId('instrument').textContent = instrument;
    byId('instrument-input').value = instrument;
    document.title = instrument + ' · Ladder';
    connect(instrument);
    connectOrders(instrument);
    startPriceChart(instrument);
    refreshFeeds();
    setInterval(refreshFeeds, 5_000);
  } catch (error) {
    setStatus('error');
    showMessage('Could not load the page settings: ' + error.message);
  }
}

start();
