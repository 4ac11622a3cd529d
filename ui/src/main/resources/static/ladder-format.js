// Reading and showing ladder numbers. Prices stay decimal text from the server to the screen:
// as JS numbers 112.50 would lose its zero, 0.1 + 0.2 would not be 0.3 and a price past 2^53
// would change. The server sends the prices of the ladder, the orders and the replay's quote
// changes as JSON strings (docs/adr/0028), so a plain JSON.parse keeps them exact.

/** A ladder, orders or replay answer; its prices arrive as strings and stay so. */
export function parseLadder(json) {
  return JSON.parse(json);
}

/** "1.125E+2" -> "112.5"; a plain decimal comes back unchanged. */
export function toPlain(text) {
  if (text === null || text === undefined) return '';
  const match = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/.exec(String(text));
  if (!match) return String(text);
  const [, sign, whole, fraction = '', exponent] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  let plain;
  if (point <= 0) plain = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) plain = digits + '0'.repeat(point - digits.length);
  else plain = digits.slice(0, point) + '.' + digits.slice(point);
  return sign + plain.replace(/^0+(?=\d)/, '');
}

/** The same text for the same value, so "112.50" and "112.5" match. */
export function samePrice(a, b) {
  return a !== null && a !== undefined && b !== null && b !== undefined && priceKey(a) === priceKey(b);
}

/** One text per value ("112.50", "112.5" and "1.125E+2" all give "112.5"), for keying maps by price. */
export function priceKey(text) {
  let plain = toPlain(text);
  if (plain.includes('.')) plain = plain.replace(/0+$/, '').replace(/\.$/, '');
  return plain === '-0' ? '0' : plain;
}

/**
 * Treasury notation as a hint, "112.515625" -> "112-16+", when the tick is a binary fraction of a
 * 32nd (1/32, 1/64, 1/128 or 1/256); those prices are exact as JS numbers. Empty otherwise.
 */
export function thirtySeconds(price, tickSize) {
  const tick = Number(tickSize);
  const value = Number(toPlain(price));
  if (!(tick > 0 && tick <= 1 / 32 && Number.isInteger(tick * 256)) || !(value >= 0)) return '';
  const whole = Math.floor(value);
  const inThirtySeconds = (value - whole) * 32;
  const count = Math.floor(inThirtySeconds);
  const rest = inThirtySeconds - count;
  const suffix = rest === 0 ? '' : rest === 0.5 ? '+' : String(Math.floor(rest * 10));
  return whole + '-' + String(count).padStart(2, '0') + suffix;
}

export function formatSize(size) {
  return size === null || size === undefined ? '' : Number(size).toLocaleString('en-US');
}

/** An ISO instant (or epoch seconds, if Jackson was told to write numbers) as local time. */
export function formatTime(instant) {
  if (instant === null || instant === undefined) return '–';
  const date = typeof instant === 'number' ? new Date(instant * 1000) : new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  return date.toLocaleTimeString('en-GB',
    { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hour12: false });
}

export function formatAge(millis) {
  if (millis < 60_000) return 'updated ' + (millis / 1000).toFixed(1) + ' s ago';
  if (millis < 3_600_000) return 'updated ' + Math.floor(millis / 60_000) + ' min ago';
  return 'updated ' + Math.floor(millis / 3_600_000) + ' h ago';
}
