// Two browsers on two application instances, as two colleagues behind the load balancer: browser A
// (instance A) has a volger's card open; browser B (instance B) edits its hoofd's woonadres and saves.
// Measures, per round, the time from clicking "Opslaan" in B until A's open card shows the new
// street (R6: the volger follows at once, across instances through Redis). Prints the times, p50,
// p95 and max as one JSON line, and leaves screenshots of both browsers in the output folder.
//
//   node cross-instance-refresh.mjs <urlA> <urlB> <username> <password> <hoofdId> <volgerId> <rounds> <outDir>
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [urlA, urlB, username, password, headId, followerId, roundsText, outDir] = process.argv.slice(2);
const rounds = Number(roundsText ?? 20);
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function signedIn(base) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.fill('vaadin-login-form #vaadinLoginUsername input', username);
  await page.fill('vaadin-login-form #vaadinLoginPassword input', password);
  await page.click('vaadin-login-form vaadin-button[slot=submit]');
  await page.waitForSelector('#user-menu-button');
  return page;
}

const street = '#woonadres-straat input';
const follower = await signedIn(urlA);
const head = await signedIn(urlB);
await follower.goto(`${urlA}/contactpersonen/${followerId}`);
await follower.waitForSelector('#follower-title');
await head.goto(`${urlB}/klanten/persoon/${headId}`);
await head.waitForSelector('#head-title');

const times = [];
for (let round = 1; round <= rounds; round++) {
  const value = `Failoverstraat ${round}-${Date.now() % 100000}`;
  await head.click('#actions-menu');
  await head.click('#action-edit');
  await head.fill(street, value);
  await head.press(street, 'Tab');
  const clicked = Date.now();
  await head.click('#save');
  await follower.waitForFunction(
    ([selector, expected]) => document.querySelector(selector)?.value === expected,
    [street, value], { timeout: 10_000, polling: 10 });
  times.push(Date.now() - clicked);
  await head.waitForSelector('#save', { state: 'hidden' });
  if (round === 1) {
    await follower.screenshot({ path: `${outDir}/volger-on-instance-a.png` });
    await head.screenshot({ path: `${outDir}/hoofd-on-instance-b.png` });
  }
  await head.waitForTimeout(300);
}
await browser.close();

const sorted = [...times].sort((a, b) => a - b);
const pick = (p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
console.log(JSON.stringify({ rounds, p50: pick(50), p95: pick(95), max: sorted.at(-1), times }));
