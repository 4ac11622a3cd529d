import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyFrame, diffUrl, instantAt, sliderValue, stateAsFrame, stateUrl, streamUrl,
} from '../../main/resources/static/replay-timeline.js';

const FROM = '2024-01-15T10:00:00Z';
const TO = '2024-01-15T10:10:00Z';
const ladder = (instrument, last) => ({ instrument, lastPrice: last, levels: [] });
const orders = (instrument, n) => ({ instrument, orders: Array(n).fill({}), levels: [] });

test('an instant and its slider position map onto each other across the window', () => {
  assert.equal(sliderValue(FROM, FROM, TO), 0);
  assert.equal(sliderValue(TO, FROM, TO), 1000);
  assert.equal(sliderValue('2024-01-15T10:05:00Z', FROM, TO), 500);
  assert.equal(sliderValue('2024-01-15T09:00:00Z', FROM, TO), 0, 'before the window: its start');
  assert.equal(sliderValue('2024-01-15T11:00:00Z', FROM, TO), 1000, 'after it: its end');
  assert.equal(instantAt(500, FROM, TO), '2024-01-15T10:05:00.000Z');
  assert.equal(instantAt(sliderValue('2024-01-15T10:01:12.600Z', FROM, TO), FROM, TO), '2024-01-15T10:01:12.600Z');
});

test('the instant is asked on the chosen clock', () => {
  assert.equal(stateUrl(FROM, 'desk', 'ZNH24'), 'api/audit/state?at=2024-01-15T10%3A00%3A00Z&instrument=ZNH24');
  assert.equal(stateUrl(FROM, 'feed', 'ZNH24'), 'api/audit/state?feedTime=2024-01-15T10%3A00%3A00Z&instrument=ZNH24');
  assert.match(streamUrl(FROM, TO, 'file', 'feed', 'ZN H24'), /speed=file&clock=feed&instrument=ZN\+H24$/);
});

test('a diff always asks from the earlier instant to the later', () => {
  assert.equal(diffUrl(TO, FROM, 'desk', 'ZNH24'), diffUrl(FROM, TO, 'desk', 'ZNH24'));
  assert.match(diffUrl(TO, FROM, 'desk', 'ZNH24'), /^api\/replay\/diff\?a=2024-01-15T10%3A00%3A00Z&b=2024-01-15T10%3A10/);
});

test('a file frame changes only what it carries; a start, end or state frame replaces everything', () => {
  const start = { kind: 'start', at: FROM, ladders: [ladder('ZNH24', '112.5')], orders: [orders('ZNH24', 2)],
    positions: { positions: [1] }, feeds: [{ feedId: 'A' }] };
  let views = applyFrame({}, start, 'ZNH24');
  assert.equal(views.ladder.lastPrice, '112.5');

  views = applyFrame(views, { kind: 'file', at: FROM, ladders: [ladder('ZNH24', '112.515625')], orders: [],
    positions: null, feeds: null }, 'ZNH24');
  assert.equal(views.ladder.lastPrice, '112.515625', 'the file\u2019s ladder');
  assert.equal(views.orders.orders.length, 2, 'orders it did not touch stay');
  assert.deepEqual(views.positions, { positions: [1] });
  assert.deepEqual(views.feeds, [{ feedId: 'A' }]);

  views = applyFrame(views, { kind: 'file', at: FROM, ladders: [ladder('ZNH24 C111', '1.8')], orders: [],
    positions: null, feeds: null }, 'ZNH24');
  assert.equal(views.ladder.lastPrice, '112.515625', 'another instrument\u2019s ladder is not ours');

  views = applyFrame(views, stateAsFrame({ at: TO, lastGlobalIndex: 9, ladders: [], orders: [],
    positions: null, feeds: [] }), 'ZNH24');
  assert.equal(views.ladder, null, 'no quote at that instant');
  assert.equal(views.orders, null);
});
