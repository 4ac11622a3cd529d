// The replay page's arithmetic, apart from the page: instants on the timeline, the API's
// addresses, and what a frame changes in the views shown.

export const SLIDER_STEPS = 1000;

/** Where {@code at} lies in the window, 0 to SLIDER_STEPS. */
export function sliderValue(at, from, to) {
  const span = Date.parse(to) - Date.parse(from);
  if (!(span > 0)) return 0;
  const part = (Date.parse(at) - Date.parse(from)) / span;
  return Math.round(Math.min(1, Math.max(0, part)) * SLIDER_STEPS);
}

/** The instant at slider position {@code value}, as ISO text to the millisecond. */
export function instantAt(value, from, to) {
  const start = Date.parse(from);
  const span = Date.parse(to) - start;
  return new Date(start + Math.round(span * Number(value) / SLIDER_STEPS)).toISOString();
}

/** The instant's query parameter: the desk's clock is {@code at}, the feed's {@code feedTime}. */
export function stateUrl(at, clock, instrument) {
  const name = clock === 'feed' ? 'feedTime' : 'at';
  return 'api/audit/state?' + new URLSearchParams({ [name]: at, instrument });
}

export function streamUrl(from, to, speed, clock, instrument) {
  return 'api/replay/stream?' + new URLSearchParams({ from, to, speed, clock, instrument });
}

export function marksUrl(from, to, clock) {
  return 'api/replay/marks?' + new URLSearchParams({ from, to, clock });
}

export function diffUrl(a, b, clock, instrument) {
  const [first, second] = Date.parse(a) <= Date.parse(b) ? [a, b] : [b, a];
  return 'api/replay/diff?' + new URLSearchParams({ a: first, b: second, clock, instrument });
}

/**
 * The views after {@code frame}: a start or end frame (or a point-in-time answer) replaces them
 * all; a file frame only what it carries (its other views are unchanged).
 */
export function applyFrame(views, frame, instrument) {
  const whole = frame.kind !== 'file';
  const ladder = frame.ladders.find((each) => each.instrument === instrument);
  const orders = frame.orders.find((each) => each.instrument === instrument);
  return {
    ladder: ladder ?? (whole ? null : views.ladder),
    orders: orders ?? (whole ? null : views.orders),
    positions: frame.positions ?? (whole ? null : views.positions),
    feeds: frame.feeds ?? (whole ? [] : views.feeds),
  };
}

/** A point-in-time answer as a frame of its own. */
export function stateAsFrame(state) {
  return { kind: 'state', at: state.at, globalIndex: state.lastGlobalIndex, ladders: state.ladders,
    orders: state.orders, positions: state.positions, feeds: state.feeds };
}
