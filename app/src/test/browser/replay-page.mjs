// ReplayPageIT's browser half: Debian's chromium through playwright-core (never a downloaded browser).
// Usage: node replay-page.mjs <base url> <from> <to> <instrument> [screenshot dir], with FRGM_OPERATOR set
// to user:password (the replay page is the operator's). Signs in, plays the window,
// checks the ladder shown at its end against the store's point-in-time answer, pauses, scrubs, diffs.
// Exit 0 = every check held.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, from, to, instrument, shots] = process.argv.slice(2);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-quic', '--disable-sync'];
const TIMEOUT = 30_000;
const OPERATOR = process.env.FRGM_OPERATOR.split(':');
const BASIC = 'Basic ' + Buffer.from(OPERATOR.join(':')).toString('base64');

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log('ok - ' + message);
}

async function shot(page, name) {
  if (shots) await page.screenshot({ path: join(shots, name + '.png'), fullPage: true });
}

async function json(path) {
  const answer = await fetch(base + path, { headers: { Authorization: BASIC } });
  if (!answer.ok) throw new Error(path + ' answered ' + answer.status + ': ' + await answer.text());
  return answer.json();
}

async function state(page, wanted) {
  await page.waitForFunction((s) => document.body.dataset.replayState === s, wanted, { timeout: TIMEOUT });
}

/** The ladder on the screen: price, bid size, ask size per row, as numbers (null where empty). */
async function shownLadder(page) {
  return page.$$eval('#ladder-body tr[data-price]', (rows) => rows.map((row) => {
    const number = (td) => (td.textContent.trim() === '' ? null : Number(td.textContent.replaceAll(',', '')));
    return [Number(row.dataset.price), number(row.querySelector('td.bid:not(.working)')),
      number(row.querySelector('td.ask:not(.working)'))];
  }));
}

/** The store's answer at {@code at}: the same three numbers per level. */
async function storedLadder(at) {
  const answer = await json('/api/audit/state?' + new URLSearchParams({ at, instrument }));
  check(answer.ladders.length === 1, 'the store has a ladder for ' + instrument + ' at ' + at);
  return { answer, levels: answer.ladders[0].levels.map((l) => [Number(l.price), l.bidSize ?? null, l.askSize ?? null]) };
}

const profile = mkdtempSync(join(tmpdir(), 'frgm-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 1280, height: 900 },
});
let failed = false;
let page;
try {
  page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (error) => console.log('page error: ' + error.message));

  // The live page's streams and chart are not this test's business: its link is.
  await page.goto(base + '/', { waitUntil: 'domcontentloaded' });
  await page.waitForURL(/\/login$/, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#form:not([hidden])');
  await page.fill('#username', OPERATOR[0]);
  await page.fill('#password', OPERATOR[1]);
  await page.click('#sign-in');
  await page.waitForURL((url) => url.pathname === '/', { waitUntil: 'domcontentloaded' });
  const link = await page.$eval('nav.pages a[href="replay"]', (a) => a.href);
  check(new URL(link).pathname === '/replay', 'the live page links to the replay page');

  await page.goto(base + '/replay?' + new URLSearchParams({ from, to, instrument, clock: 'desk' }));
  await state(page, 'paused');
  check((await page.textContent('#replay-banner')).includes('REPLAY'), 'the banner says REPLAY');
  check(await page.isVisible('#replay-banner'), 'the banner is shown');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundImage);
  check(background.includes('gradient'), 'the page has the replay background, not the live one');
  await page.waitForSelector('#marks .mark-file');
  const marks = await json('/api/replay/marks?' + new URLSearchParams({ from, to, clock: 'desk' }));
  check(await page.locator('#marks .mark').count() === marks.marks.length && marks.marks.length >= 4,
    'the timeline shows every mark of the window (' + marks.marks.length + ')');
  check(await page.locator('#marks .mark-reject').count() === 1, 'the rejected file is marked');

  // Play the whole window at 10x: the ladder at its end is what the store says at the end.
  await page.selectOption('#speed', '10');
  await page.click('#play');
  await state(page, 'ended');
  const files = Number(await page.evaluate(() => document.body.dataset.playedFiles));
  check(files >= 4, 'the window played file by file (' + files + ' files)');
  check(Date.parse(await page.evaluate(() => document.body.dataset.replayAt)) === Date.parse(to),
    'the replay ended at the window\u2019s end');
  const atEnd = await storedLadder(to);
  const shownAtEnd = await shownLadder(page);
  check(JSON.stringify(shownAtEnd) === JSON.stringify(atEnd.levels),
    'the ladder shown at the end equals the store\u2019s at ' + to + ' (' + shownAtEnd.length + ' levels)');
  const ordersAtEnd = atEnd.answer.orders.find((o) => o.instrument === instrument)?.orders ?? [];
  check(await page.locator('#orders-body tr').count() === ordersAtEnd.length && ordersAtEnd.length > 0,
    'the working orders shown at the end are the store\u2019s (' + ordersAtEnd.length + ')');
  await shot(page, 'replay-end');

  // Pause: at 1x the window takes seconds; once paused, the instant shown stays.
  await page.selectOption('#speed', '1');
  await page.click('#play');
  await state(page, 'playing');
  await page.waitForFunction(() => document.body.dataset.playedFiles !== '0' || document.body.dataset.replayAt);
  await page.click('#pause');
  await state(page, 'paused');
  const pausedAt = await page.evaluate(() => document.body.dataset.replayAt);
  await page.waitForTimeout(1_500);
  check(await page.evaluate(() => document.body.dataset.replayAt) === pausedAt, 'paused, the replay stays at ' + pausedAt);

  // Scrub to the middle of the window: the page shows the store's state at that instant.
  await page.$eval('#scrub', (slider) => {
    slider.value = '500';
    slider.dispatchEvent(new Event('change'));
  });
  const middle = new Date(Date.parse(from) + Math.round((Date.parse(to) - Date.parse(from)) / 2)).toISOString();
  await page.waitForFunction((at) => Date.parse(document.body.dataset.replayAt) === Date.parse(at)
    && document.body.dataset.replayState === 'paused', middle);
  const atMiddle = await storedLadder(middle);
  check(JSON.stringify(await shownLadder(page)) === JSON.stringify(atMiddle.levels),
    'scrubbed to ' + middle + ', the ladder is the store\u2019s at that instant');

  // Diff the window's two ends.
  await page.fill('#diff-a', from);
  await page.fill('#diff-b', to);
  await page.click('#diff-run');
  await page.waitForFunction(() => document.body.dataset.diffQuotes !== undefined);
  const diff = await json('/api/replay/diff?' + new URLSearchParams({ a: from, b: to, instrument, clock: 'desk' }));
  check(diff.quotes.length > 0 && await page.locator('#diff-quotes-body tr').count() === diff.quotes.length,
    'the diff lists the ' + diff.quotes.length + ' quote levels that changed');
  check(await page.locator('#diff-orders-body tr').count() === diff.orders.length && diff.orders.length > 0,
    'the diff lists the ' + diff.orders.length + ' orders that changed');
  await shot(page, 'replay-diff');
} catch (e) {
  failed = true;
  console.log('not ok - ' + e.message);
  if (page) {
    console.log('# at ' + page.url() + ', state ' + await page.evaluate(() => document.body?.dataset.replayState)
      .catch(() => 'unknown'));
    await shot(page, 'replay-failure').catch(() => {});
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
