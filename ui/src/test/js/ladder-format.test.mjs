import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAge, formatSize, parseLadder, priceKey, samePrice, thirtySeconds, toPlain } from '../../main/resources/static/ladder-format.js';

test('a ladder keeps its prices as the decimal text the server wrote', () => {
  const ladder = parseLadder('{"instrument":"ZNH24","bestBid":"112.50","bestAsk":"110.015625","volume":10486,'
    + '"levels":[{"price":"112.484375","bidSize":5}],"tickSize":"0.015625","lastPrice":null}');
  assert.equal(ladder.bestBid, '112.50');
  assert.equal(ladder.bestAsk, '110.015625');
  assert.equal(ladder.levels[0].price, '112.484375');
  assert.equal(ladder.levels[0].bidSize, 5);
  assert.equal(ladder.volume, 10486);
  assert.equal(ladder.tickSize, '0.015625');
  assert.equal(ladder.lastPrice, null);
  assert.equal(toPlain(ladder.bestBid), '112.50');
});

test('prices past what a JS number holds stay exact', () => {
  const ladder = parseLadder('{"bestBid":"9007199254740993","bestAsk":"12345678901234567890.123456789",'
    + '"levels":[{"price":"0.30000000000000000001"}]}');
  assert.equal(toPlain(ladder.bestBid), '9007199254740993');
  assert.equal(toPlain(ladder.bestAsk), '12345678901234567890.123456789');
  assert.equal(ladder.levels[0].price, '0.30000000000000000001');
  // As numbers these pairs would be equal; as the server's text they are not.
  assert.ok(!samePrice(ladder.bestBid, '9007199254740992'));
  assert.ok(!samePrice(ladder.levels[0].price, '0.3'));
  assert.notEqual(priceKey('9007199254740993'), priceKey('9007199254740992'));
});

test('sums a JS number gets wrong are never made of prices', () => {
  assert.ok(!samePrice(String(0.1 + 0.2), '0.3'));
  assert.ok(samePrice('0.30', '0.3'));
  assert.equal(priceKey('110.0156250'), '110.015625');
  assert.equal(priceKey('1.125E+2'), priceKey('112.500'));
});

test('the JSON is read as it is, not rewritten: only the server decides what is text', () => {
  const answer = parseLadder('{"instrument":"ODD \\"price\\":1.50","bestBid":"2.00","chart":[{"price":1.5}]}');
  assert.equal(answer.instrument, 'ODD "price":1.50');
  assert.equal(answer.bestBid, '2.00');
  assert.equal(answer.chart[0].price, 1.5);
});

test('exponent notation becomes plain decimal text', () => {
  assert.equal(toPlain('1.125E+2'), '112.5');
  assert.equal(toPlain('5E-3'), '0.005');
  assert.equal(toPlain('-2.5e1'), '-25');
  assert.equal(toPlain('112.50'), '112.50');
  assert.equal(toPlain(null), '');
});

test('prices compare by value, not by their text', () => {
  assert.ok(samePrice('112.50', '112.5'));
  assert.ok(samePrice('1.125E+2', '112.500'));
  assert.ok(samePrice('-0.0', '0'));
  assert.ok(!samePrice('112.5', '112.515625'));
  assert.ok(!samePrice(null, '1'));
});

test('treasury prices read in 32nds only for binary-fraction ticks', () => {
  assert.equal(thirtySeconds('112.515625', '0.015625'), '112-16+');
  assert.equal(thirtySeconds('112.5', '0.015625'), '112-16');
  assert.equal(thirtySeconds('112.5078125', '0.0078125'), '112-16' + '2');
  assert.equal(thirtySeconds('4500.25', '0.25'), '');
});

test('sizes and ages read as the desk reads them', () => {
  assert.equal(formatSize(15000), '15,000');
  assert.equal(formatSize(null), '');
  assert.equal(formatAge(1500), 'updated 1.5 s ago');
  assert.equal(formatAge(125_000), 'updated 2 min ago');
  assert.equal(formatAge(7_200_000), 'updated 2 h ago');
});
