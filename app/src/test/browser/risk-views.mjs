// RiskViewsIT's browser half: Debian's chromium through playwright-core (never a downloaded browser).
// Usage: node risk-views.mjs <base url> [screenshot dir]. Prints READY_FOR_BREACH when the test may
// drop the file that breaches RISK01's delta limit, then waits for the banner. Exit 0 = every check held.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, shots] = process.argv.slice(2);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-quic', '--disable-sync'];
const TIMEOUT = 30_000;

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

const profile = mkdtempSync(join(tmpdir(), 'frgm-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 1180, height: 760 },
});
let failed = false;
try {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);

  await page.goto(base + '/instruments.html');
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
} catch (e) {
  failed = true;
  console.log('not ok - ' + e.message);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
