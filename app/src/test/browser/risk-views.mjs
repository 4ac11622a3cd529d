// RiskViewsIT's browser half: Debian's chromium through playwright-core (never a downloaded browser).
// Usage: node risk-views.mjs <base url> [screenshot dir], with FRGM_OPERATOR and FRGM_VIEWER set to
// user:password. Signs in as the operator; prints READY_FOR_BREACH when the test may drop the file that
// breaches RISK01's delta limit, then waits for the banner; prints READY_FOR_QUOTE when the test may
// drop a new ZNH24 quote, then waits for the ladder to move; retries dead letters from the operations
// page and finds it in the log; signs out; signs in as the viewer, who sees no operator controls.
// Exit 0 = every check held.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, shots] = process.argv.slice(2);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-quic', '--disable-sync'];
const TIMEOUT = 30_000;
const OPERATOR = process.env.FRGM_OPERATOR.split(':');
const VIEWER = process.env.FRGM_VIEWER.split(':');

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log('ok - ' + message);
}

async function shot(page, name) {
  if (shots) await page.screenshot({ path: join(shots, name + '.png') });
}

async function text(page, selector) {
  await page.waitForSelector(selector, { timeout: TIMEOUT });
  return (await page.textContent(selector)).trim();
}

async function signIn(page, [user, password]) {
  await page.waitForURL(/\/login$/, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#form:not([hidden])');
  await page.fill('#username', user);
  await page.fill('#password', password);
  await page.click('#sign-in');
}

async function signOut(page) {
  await page.click('#sign-out');
  await page.waitForURL(/\/login\?signed-out$/);
  check(await text(page, '#notice') === 'You are signed out.', 'signed out');
  await page.goto(base + '/', { waitUntil: 'domcontentloaded' });
  check(/\/login$/.test(page.url()), 'after signing out, a page sends the browser to the sign-in page');
}

const profile = mkdtempSync(join(tmpdir(), 'frgm-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 1180, height: 760 },
});
let failed = false;
const page = await context.newPage();
// The last answers the page got, printed when a check fails.
const traffic = [];
page.on('response', (response) => traffic.push(response.status() + ' ' + response.request().method() + ' ' + response.url()));
page.on('requestfailed', (request) => traffic.push('failed ' + request.method() + ' ' + request.url()));
// Whatever the content security policy blocked (an inline script or style would be).
const blocked = [];
page.on('console', (message) => { if (message.text().includes('Content Security Policy')) blocked.push(message.text()); });
try {
  page.setDefaultTimeout(TIMEOUT);

  await page.goto(base + '/instruments.html');
  check(/\/login$/.test(page.url()), 'a page without a session sends the browser to the sign-in page');
  await signIn(page, OPERATOR);
  await page.waitForURL(/\/instruments\.html$/);
  check(await text(page, '#user') === OPERATOR[0], 'signed in as the operator, back on the page asked for');
  await page.waitForSelector('section[data-underlying="ZNH24"] table.chain a[data-instrument="ZNH24 C112"]');
  check(await page.locator('table.chain tr', { hasText: 'ZNH24 P111' }).count() === 1, 'instruments: the put is in the chain');
  await shot(page, 'instruments');
  await page.click('a[data-instrument="ZNH24"]');
  await page.waitForURL(/instrument=ZNH24$/);
  await page.waitForSelector('#ladder-body tr[data-price]');
  check(await text(page, '#instrument') === 'ZNH24', 'a click on ZNH24 opens its ladder');

  await page.goto(base + '/risk.html');
  const total = (account, column) => `#risk-body tr[data-account="${account}"][data-underlying="total"] td.${column}`;
  await page.waitForFunction((selector) => document.querySelector(selector)?.textContent === '-11.7', total('RISK02', 'delta'));
  check(true, 'risk: RISK02 delta -11.7');
  check(await text(page, total('RISK01', 'delta')) === '-4', 'risk: RISK01 delta -4');
  check(await text(page, total('RISK02', 'pnl')) === '-3,375', 'risk: RISK02 P&L -3,375');
  check(await page.isHidden('#risk-banner'), 'no banner while every account is inside its limits');
  await shot(page, 'risk');

  console.log('READY_FOR_BREACH');
  await page.waitForSelector('#risk-banner .breach[data-account="RISK01"][data-limit="DELTA"]', { timeout: TIMEOUT });
  check((await text(page, '#risk-banner')).includes('RISK01 delta 5 beyond 4.5'), 'the breach shows the banner');
  await page.waitForFunction((selector) => document.querySelector(selector)?.textContent === '-5', total('RISK01', 'delta'));
  await shot(page, 'risk-breach');
  for (const path of ['/', '/instruments.html']) {
    await page.goto(base + path);
    await page.waitForSelector('#risk-banner .breach[data-account="RISK01"]');
    check(true, 'the banner is on ' + path);
  }

  await page.goto(base + '/?instrument=ZNH24');
  await page.waitForSelector('#ladder-body tr[data-price]');
  const before = await text(page, '#last-price');
  console.log('READY_FOR_QUOTE');
  await page.waitForFunction((previous) => document.getElementById('last-price').textContent !== previous, before);
  check(true, 'the live ladder moves: last ' + before + ' -> ' + await text(page, '#last-price'));

  check(await page.isVisible('#operations-link'), 'the operator sees the operations link');
  await page.click('#operations-link');
  await page.waitForSelector('#dead-letters-body tr[data-group="history-market"] button.retry');
  await page.click('#dead-letters-body tr[data-group="history-market"] button.retry');
  await page.waitForFunction(() => document.getElementById('message').textContent.includes('history-market: 0 of 0'));
  check(true, 'a retry from the page is a POST with the CSRF token that goes through');
  for (let attempt = 0; ; attempt++) {
    await page.reload();
    await page.waitForSelector('#operations-body tr');
    if (await page.locator('#operations-body tr.operation', { hasText: 'dead-letters-retried' }).count() > 0) break;
    if (attempt > 40) throw new Error('the retry never reached the operations log');
    await page.waitForTimeout(250);
  }
  check((await text(page, '#operations-body tr.operation')).includes(OPERATOR[0]), 'the log names who retried');
  await signOut(page);

  await signIn(page, VIEWER);
  await page.waitForURL(/\/$/, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#user');
  // The bar's links are drawn before the user's name, so both are settled now.
  check(await text(page, '#user') === VIEWER[0], 'signed in as the viewer');
  check(await page.locator('#operations-link').count() === 0, 'a viewer sees no operator controls');
  const refused = await page.goto(base + '/operations.html', { waitUntil: 'domcontentloaded' });
  check(refused.status() === 403, 'a viewer is refused the operations page');
  await page.goto(base + '/', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#user');
  await signOut(page);
  check(blocked.length === 0, 'the content security policy blocked nothing on any page' + (blocked.length ? ': ' + blocked : ''));
} catch (e) {
  failed = true;
  console.log('not ok - ' + e.message + ' (at ' + page.url() + ')');
  traffic.slice(-15).forEach((line) => console.log('# ' + line));
  await shot(page, 'failure').catch(() => {});
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
