// The replay page: a window of the past played forward from the server (SSE), paused, stepped,
// scrubbed, with its marks on the timeline and a diff of two instants. Pausing closes the stream,
// so the server's replay thread is free; playing again opens one from the instant shown.
import { formatSize, formatTime, parseLadder, toPlain } from './ladder-format.js';
import { centreOnBestPrices, showLadder, showNoLadder, showOrders } from './ladder-view.js';
import {
  applyFrame, diffUrl, instantAt, marksUrl, sliderValue, stateAsFrame, stateUrl, streamUrl,
} from './replay-timeline.js';

const byId = (id) => document.getElementById(id);
const replay = { from: null, to: null, clock: 'desk', instrument: null, at: null };
let views = { ladder: null, orders: null, positions: null, feeds: [] };
let source = null;
let centred = false;

function setState(state, text) {
  document.body.dataset.replayState = state;
  byId('status').dataset.state = state === 'error' ? 'error' : state === 'playing' ? 'live' : 'connecting';
  byId('status').textContent = text || state;
  byId('play').disabled = !replay.from || state === 'playing' || state === 'loading';
  byId('pause').disabled = state !== 'playing';
  byId('step').disabled = !replay.from || state === 'playing' || state === 'loading';
  byId('scrub').disabled = !replay.from;
}

function showMessage(text) {
  byId('message').textContent = text || '';
  byId('message').hidden = !text;
}

function show(frame) {
  views = applyFrame(views, frame, replay.instrument);
  replay.at = frame.at;
  document.body.dataset.replayAt = frame.at;
  document.body.dataset.globalIndex = String(frame.globalIndex);
  byId('replay-at').textContent = formatTime(frame.at);
  byId('replay-at').title = frame.at;
  byId('scrub').value = String(sliderValue(frame.at, replay.from, replay.to));
  if (views.ladder) {
    const body = showLadder(views.ladder, views.orders);
    if (!centred) centred = centreOnBestPrices(body);
  } else {
    showNoLadder('No quote for ' + replay.instrument + ' at this instant.');
  }
  showOrders(views.orders ?? { orders: [], levels: [], position: null, positionMayBeIncomplete: false });
  showPositions(views.positions?.positions ?? []);
  showFeeds(views.feeds ?? []);
  document.title = 'REPLAY ' + replay.instrument + ' ' + (toPlain(views.ladder?.lastPrice) || '') + ' · Ladder';
}

function cells(tr, texts) {
  for (const text of texts) {
    const td = document.createElement('td');
    td.textContent = text;
    tr.appendChild(td);
  }
  return tr;
}

function replaceBody(id, rows) {
  const body = document.createElement('tbody');
  body.id = id;
  rows.forEach((row) => body.appendChild(row));
  byId(id).replaceWith(body);
}

function showPositions(positions) {
  replaceBody('positions-body', positions.map((p) => cells(document.createElement('tr'),
    [p.account, p.instrument, formatSize(p.startOfDay), formatSize(p.filledSince), formatSize(p.live)])));
}

function showFeeds(feeds) {
  replaceBody('feeds-body', feeds.map((feed) => {
    const tr = cells(document.createElement('tr'), [feed.feedKind + ' ' + feed.feedId, feed.state,
      feed.lastFileKey ?? '–', formatTime(feed.lastFileTime ?? feed.lastFileStoredAt), String(feed.rejectsToday)]);
    tr.dataset.state = feed.state;
    return tr;
  }));
}

function stop() {
  if (source) source.close();
  source = null;
}

/** Plays from the instant shown to the window's end; {@code steps} frames only when given (Step). */
function play(speed, steps) {
  stop();
  showMessage('');
  let files = 0;
  let ended = false;
  document.body.dataset.playedFiles = '0';
  const from = replay.at && Date.parse(replay.at) < Date.parse(replay.to) ? replay.at : replay.from;
  source = new EventSource(streamUrl(from, replay.to, speed, replay.clock, replay.instrument));
  const opened = source;
  setState(steps ? 'stepping' : 'playing', steps ? 'stepping' : 'playing ' + (speed === 'file' ? 'file by file' : speed + '×'));
  const onFrame = (event) => {
    if (source !== opened) return;
    show(parseLadder(event.data));
    if (event.type === 'file') document.body.dataset.playedFiles = String(++files);
    if (event.type === 'end') {
      ended = true;
      stop();
      setState('ended', 'ended at the window\u2019s end');
    } else if (steps && files >= steps) {
      stop();
      setState('paused', 'paused');
    }
  };
  for (const kind of ['start', 'file', 'end']) source.addEventListener(kind, onFrame);
  source.onerror = () => {
    if (source !== opened || ended) return;
    // The server ended the stream without an end frame, or refused it (too busy, a bad window):
    // the browser would reconnect and replay from the start, so stop here and say so.
    stop();
    setState('error', 'stopped');
    showMessage('The replay stopped: the server refused or ended it (it may be busy with other replays). Press Play to go on.');
  };
}

function pause() {
  stop();
  setState('paused', 'paused');
}

async function fetchJson(url) {
  const answer = await fetch(url);
  const text = await answer.text();
  const body = text ? parseLadder(text) : {};
  if (!answer.ok) throw new Error(body.detail || (url + ' answered ' + answer.status));
  return body;
}

/** Shows the state at {@code at} (a point-in-time answer), then plays on if it was playing. */
async function scrubTo(at) {
  const wasPlaying = document.body.dataset.replayState === 'playing';
  stop();
  setState('loading', 'loading');
  try {
    show(stateAsFrame(await fetchJson(stateUrl(at, replay.clock, replay.instrument))));
    if (wasPlaying) play(byId('speed').value);
    else setState('paused', 'paused');
  } catch (error) {
    setState('error', 'error');
    showMessage(error.message);
  }
}

function showMarks(view) {
  const marks = byId('marks');
  marks.replaceChildren();
  for (const mark of view.marks) {
    const span = document.createElement('span');
    span.className = 'mark mark-' + mark.kind;
    span.dataset.kind = mark.kind;
    span.dataset.at = mark.at;
    span.style.left = (100 * sliderValue(mark.at, replay.from, replay.to) / 1000).toFixed(2) + '%';
    span.title = mark.kind + ' ' + formatTime(mark.at) + ': ' + [mark.feedId, mark.fileKey, mark.detail]
      .filter(Boolean).join(' · ');
    span.addEventListener('click', () => scrubTo(mark.at));
    marks.appendChild(span);
  }
  const counts = {};
  view.marks.forEach((mark) => { counts[mark.kind] = (counts[mark.kind] ?? 0) + 1; });
  byId('marks-note').textContent = ['file', 'reject', 'stall', 'fill'].map((kind) => (counts[kind] ?? 0) + ' ' + kind
    + ((counts[kind] ?? 0) === 1 ? '' : 's')).join(' · ') + (view.truncated ? ' (some left out)' : '');
}

async function load() {
  stop();
  showMessage('');
  const from = byId('from').value.trim();
  const to = byId('to').value.trim();
  Object.assign(replay, { from, to, clock: byId('clock').value, instrument: byId('instrument-input').value.trim(),
    at: from });
  centred = false;
  history.replaceState(null, '', '?' + new URLSearchParams({ from, to, clock: replay.clock,
    instrument: replay.instrument }));
  byId('replay-window').textContent = from + ' → ' + to + ' on the ' + (replay.clock === 'feed'
    ? 'feed\u2019s clock (as stamped)' : 'desk\u2019s clock (when stored)');
  byId('timeline-from').textContent = formatTime(from);
  byId('timeline-to').textContent = formatTime(to);
  byId('diff-a').value = from;
  byId('diff-b').value = to;
  setState('loading', 'loading');
  try {
    showMarks(await fetchJson(marksUrl(from, to, replay.clock)));
    show(stateAsFrame(await fetchJson(stateUrl(from, replay.clock, replay.instrument))));
    setState('paused', 'ready');
  } catch (error) {
    replay.from = null;
    setState('error', 'error');
    showMessage(error.message);
  }
}

async function diff() {
  // A diff is two replays: pausing first frees the replay thread the playback holds.
  if (source) pause();
  const a = byId('diff-a').value.trim();
  const b = byId('diff-b').value.trim();
  byId('diff-summary').textContent = 'comparing…';
  try {
    const view = await fetchJson(diffUrl(a, b, replay.clock, replay.instrument));
    replaceBody('diff-quotes-body', view.quotes.map((q) => cells(document.createElement('tr'),
      [q.instrument, toPlain(q.price), formatSize(q.bidSizeA), formatSize(q.bidSizeB), formatSize(q.askSizeA),
        formatSize(q.askSizeB)])));
    replaceBody('diff-orders-body', view.orders.map((o) => cells(document.createElement('tr'),
      [o.orderId, o.change, orderText(o.a), orderText(o.b)])));
    replaceBody('diff-positions-body', view.positions.map((p) => cells(document.createElement('tr'),
      [p.account, p.instrument, formatSize(p.liveA), formatSize(p.liveB)])));
    byId('diff-summary').textContent = view.quotes.length + ' quote levels, ' + view.orders.length + ' orders, '
      + view.positions.length + ' positions changed from ' + formatTime(view.a) + ' to ' + formatTime(view.b);
    document.body.dataset.diffQuotes = String(view.quotes.length);
  } catch (error) {
    byId('diff-summary').textContent = '';
    showMessage(error.message);
  }
}

function orderText(order) {
  if (!order) return '–';
  return order.side + ' ' + formatSize(order.qty) + ' @ ' + toPlain(order.price) + ' filled ' + formatSize(order.filledQty)
    + ' ' + (order.status ?? '');
}

async function defaults() {
  const params = new URLSearchParams(location.search);
  let instrument = params.get('instrument');
  if (!instrument) {
    const answer = await fetch('api/ui-config');
    instrument = answer.ok ? (await answer.json()).defaultInstrument : '';
  }
  const to = params.get('to') ?? new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
  const from = params.get('from') ?? new Date(Date.parse(to) - 10 * 60_000).toISOString();
  byId('from').value = from;
  byId('to').value = to;
  byId('clock').value = params.get('clock') === 'feed' ? 'feed' : 'desk';
  byId('instrument-input').value = instrument;
  return params.has('from') && params.has('to');
}

function wire() {
  byId('window').addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  byId('play').addEventListener('click', () => play(byId('speed').value));
  byId('pause').addEventListener('click', pause);
  byId('step').addEventListener('click', () => play('file', 1));
  byId('scrub').addEventListener('change', (event) => scrubTo(instantAt(event.target.value, replay.from, replay.to)));
  byId('diff-a-now').addEventListener('click', () => { byId('diff-a').value = replay.at ?? ''; });
  byId('diff-b-now').addEventListener('click', () => { byId('diff-b').value = replay.at ?? ''; });
  byId('diff').addEventListener('submit', (event) => {
    event.preventDefault();
    diff();
  });
}

async function start() {
  wire();
  setState('idle', 'idle');
  try {
    if (await defaults()) await load();
  } catch (error) {
    setState('error', 'error');
    showMessage('Could not load the page settings: ' + error.message);
  }
}

start();
