// A colleague whose instance dies (scripts/failover-test.sh): a browser through the load balancer,
// pinned to instance 1 by HAProxy's cookie, with a card open. When the file <killedFile> appears
// (the script killed instance 1), the colleague clicks on; the load balancer sends them to the
// other instance, which shows the login page; they sign in and must land on the card they were at.
// Prints one JSON line: whether they landed there, and the milliseconds from the click to the login
// page and from signing in to the card; screenshots in the output folder.
//
//   node after-instance-dies.mjs <lbUrl> <username> <password> <cardPath> <readyFile> <killedFile> <outDir>
import { chromium } from 'playwright-core';
import { existsSync, writeFileSync } from 'node:fs';

const [lbUrl, username, password, cardPath, readyFile, killedFile, outDir] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 900 } });
await context.addCookies([{ name: 'KRSERVER', value: 'app1', url: lbUrl }]);
const page = await context.newPage();

async function signIn() {
  await page.fill('vaadin-login-form #vaadinLoginUsername input', username);
  await page.fill('vaadin-login-form #vaadinLoginPassword input', password);
  await page.click('vaadin-login-form vaadin-button[slot=submit]');
}

await page.goto(`${lbUrl}/login`);
await signIn();
await page.waitForSelector('#user-menu-button');
await page.goto(`${lbUrl}${cardPath}`);
await page.waitForSelector('#card-title');
await page.screenshot({ path: `${outDir}/before-instance-died.png` });
writeFileSync(readyFile, 'ready');
while (!existsSync(killedFile)) {
  await page.waitForTimeout(100);
}

const clicked = Date.now();
await page.click('#actions-menu').catch(() => {});
await page.waitForSelector('vaadin-login-form #vaadinLoginUsername input', { timeout: 30_000 });
const loginShown = Date.now();
await page.screenshot({ path: `${outDir}/login-on-the-other-instance.png` });
await signIn();
await page.waitForSelector('#card-title', { timeout: 30_000 });
const landed = Date.now();
await page.screenshot({ path: `${outDir}/back-on-the-card.png` });
const url = new URL(page.url());
const server = (await context.cookies()).find((cookie) => cookie.name === 'KRSERVER')?.value;
console.log(JSON.stringify({
  landedOnTheCard: url.pathname === cardPath, path: url.pathname, server,
  clickToLoginMs: loginShown - clicked, signInToCardMs: landed - loginShown,
}));
await browser.close();
