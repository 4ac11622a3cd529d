import { test } from 'node:test';
import assert from 'node:assert/strict';
import { number } from '../../main/resources/static/risk-format.js';

test('risk numbers show at most the digits asked for, with a dash for none', () => {
  assert.equal(number(1234.56789), '1,234.5679');
  assert.equal(number(-0.5, 2), '-0.5');
  assert.equal(number(null), '–');
  assert.equal(number(undefined), '–');
});
