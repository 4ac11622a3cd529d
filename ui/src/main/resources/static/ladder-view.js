// The ladder, our working orders and the position as the live page shows them; the replay page
// shows the past through the same code, so both read alike.
import { formatSize, formatTime, priceKey, samePrice, thirtySeconds, toPlain } from './ladder-format.js';

const byId = (id) => document.getElementById(id);

/** The ladder and the stats above it; {@code ourOrders} puts our working quantity beside each price. */
export function showLadder(view, ourOrders) {
  byId('instrument').textContent = view.instrument;
  byId('last-price').textContent = toPlain(view.lastPrice) || '–';
  byId('last-price-32nds').textContent = thirtySeconds(view.lastPrice, view.tickSize);
  byId('volume').textContent = formatSize(view.volume) || '–';
  byId('quote-time').textContent = formatTime(view.quoteTime);
  byId('quote-time').title = String(view.quoteTime ?? '');
  byId('best-bid').textContent = bestText(view.bestBid, view.bestBidSize);
  byId('best-ask').textContent = bestText(view.bestAsk, view.bestAskSize);

  const working = workingByPrice(ourOrders);
  const deepest = Math.max(1, ...view.levels.map((level) => Math.max(level.bidSize ?? 0, level.askSize ?? 0)));
  const body = document.createElement('tbody');
  body.id = 'ladder-body';
  for (const level of view.levels) body.appendChild(row(level, view, deepest, working));
  if (view.levels.length === 0) body.appendChild(placeholder('No prices in the ladder.'));
  byId('ladder-body').replaceWith(body);
  return body;
}

/** An empty ladder with {@code text} in it, and no stats. */
export function showNoLadder(text) {
  for (const id of ['last-price', 'volume', 'quote-time', 'best-bid', 'best-ask']) byId(id).textContent = '–';
  byId('last-price-32nds').textContent = '';
  const body = document.createElement('tbody');
  body.id = 'ladder-body';
  body.appendChild(placeholder(text));
  byId('ladder-body').replaceWith(body);
}

/** Our working orders in the instrument and the position beside the stats. */
export function showOrders(view) {
  byId('position').textContent = view.position === null || view.position === undefined ? '–' : formatSize(view.position);
  byId('position-incomplete').hidden = !view.positionMayBeIncomplete;
  const body = document.createElement('tbody');
  body.id = 'orders-body';
  for (const order of view.orders) {
    const tr = document.createElement('tr');
    tr.dataset.orderId = order.orderId;
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
}

export function centreOnBestPrices(body) {
  const best = body.querySelector('tr.best-bid, tr.best-ask, tr.last-trade');
  if (best) best.scrollIntoView({ block: 'center' });
  return Boolean(best);
}

function bestText(price, size) {
  if (price === null || price === undefined) return '–';
  return toPlain(price) + (size === null || size === undefined ? '' : ' × ' + formatSize(size));
}

function workingByPrice(ourOrders) {
  const byPrice = new Map();
  for (const level of ourOrders?.levels ?? []) byPrice.set(priceKey(level.price), level);
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
  const ours = working.get(priceKey(level.price));
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
