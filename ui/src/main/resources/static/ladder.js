// The live price ladder: one EventSource per page, re-rendered on every "ladder" event.
import { formatAge, formatTime, parseLadder, toPlain } from './ladder-format.js';
import { centreOnBestPrices, showLadder, showOrders } from './ladder-view.js';
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
  const body = showLadder(view, ourOrders);
  document.title = view.instrument + ' ' + (toPlain(view.lastPrice) || '') + ' · Ladder';
  if (!centred) centred = centreOnBestPrices(body);
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
  showOrders(view);
  if (lastLadder) render(lastLadder);
}

function connectOrders(instrument) {
  // The browser reconnects this stream by itself; orders are an overlay, the ladder owns the status.
  const source = new EventSource('api/orders/' + encodeURIComponent(instrument) + '/stream');
  source.addEventListener('orders', (event) => renderOrders(parseLadder(event.data)));
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
