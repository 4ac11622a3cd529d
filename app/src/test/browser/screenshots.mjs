// The README's screenshots, with the same tooling as RiskViewsIT: Debian's chromium through playwright-core.
// Usage (the app running on the demo feed): node screenshots.mjs http://localhost:8080 ../../../../docs/images
// Signs in as FRGM_OPERATOR (user:password), by default admin with the password in ./data/admin-password.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, dir] = process.argv.slice(2);
const [user, password] = (process.env.FRGM_OPERATOR
  || 'admin:' + readFileSync('data/admin-password', 'utf8').trim()).split(/:(.*)/s);
const profile = mkdtempSync(join(tmpdir(), 'frgm-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1180, height: 720 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-quic', '--disable-sync'],
});
try {
  const page = await context.newPage();
  await page.goto(base + '/login');
  await page.waitForSelector('#form:not([hidden])');
  await page.fill('#username', user);
  await page.fill('#password', password);
  await page.click('#sign-in');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const pages = [['ladder', '/', '#ladder-body tr[data-price]'], ['instruments', '/instruments.html', 'table.chain a'],
    ['risk', '/risk.html', '#risk-body tr[data-underlying="total"]']];
  for (const [name, path, ready] of pages) {
    await page.goto(base + path);
    await page.waitForSelector(ready, { timeout: 30_000 });
    await page.waitForTimeout(1_500); // the chart's first refresh and the next live view
    await page.screenshot({ path: join(dir, name + '.png') });
    console.log('wrote ' + join(dir, name + '.png'));
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
