// Browser test of the playground: opens /graphql in Debian's Chromium (driven by playwright-core), runs the
// preloaded mediators query, waits for the answer, saves a screenshot and fails if any request left localhost.
// Usage: node tests/browser/playground.mjs http://127.0.0.1:PORT/graphql <screenshot.png>
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';

const url = process.argv[2];
const screenshot = process.argv[3] ?? 'playground.png';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const userDataDir = mkdtempSync(join(tmpdir(), 'graph-chromium-'));

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 900 },
});
const outside = [];
context.on('request', (request) => {
  const host = new URL(request.url()).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
    outside.push(request.url());
  }
});

let ok = false;
try {
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('.graphiql-container', { timeout: 30000 });
  // The first preloaded tab holds the mediators query; run it with the toolbar's execute button.
  const run = page.locator('.graphiql-execute-button');
  await run.click();
  const result = page.locator('.graphiql-response');
  await page.waitForFunction(() => {
    const el = document.querySelector('.graphiql-response');
    return el && /"mediators"/.test(el.textContent ?? '');
  }, null, { timeout: 30000 });
  const text = await result.innerText();
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: false });
  const mentions = ['International Committee of the Red Cross', 'Georgia'].filter((name) => text.includes(name));
  console.log(`response shows: ${mentions.join(', ') || '(none of the expected mediators)'}`);
  ok = mentions.length > 0;
} finally {
  await context.close();
}
if (outside.length > 0) {
  console.error(`requests left localhost:\n${outside.join('\n')}`);
  process.exit(1);
}
console.log(ok ? `playground ran the mediators query; screenshot: ${screenshot}` : 'the mediators query did not show the expected answer');
process.exit(ok ? 0 : 1);
