// Browser test of the dashboard: Debian's chromium driven by playwright-core (no browser download).
//   node tests/e2e.mjs http://127.0.0.1:PORT/ [SCREENSHOT_DIR]
// Expects a store holding the sample corpus (FRA–KAZ events) and a hostile article with the word "zorglub".
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const url = process.argv[2];
const shots = process.argv[3] ?? 'target/e2e';
if (!url) {
  console.error('usage: node tests/e2e.mjs URL [SCREENSHOT_DIR]');
  process.exit(2);
}
const host = new URL(url).hostname;
if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
  console.error('e2e: loopback URLs only, not ' + host);
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'veille-e2e-'));
const failures = [];
const check = (ok, what) => { console.log((ok ? 'ok   ' : 'FAIL ') + what); if (!ok) failures.push(what); };

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 1000 },
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  const offLoopback = [];
  await page.route('**/*', route => {
    const h = new URL(route.request().url()).hostname;
    if (h === host) return route.continue();
    offLoopback.push(route.request().url());
    return route.abort();
  });
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('dialog', d => { errors.push('dialog: ' + d.message()); void d.dismiss(); });

  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });

  // 1. pick FRA–KAZ: the timeline has bars, the table has FRA–KAZ rows
  await page.selectOption('#actor', 'FRA');
  await page.selectOption('#recipient', 'KAZ');
  await page.waitForFunction(() => Number(document.getElementById('timeline').dataset.points) > 0
    && document.querySelectorAll('#events tbody tr[data-event-id]').length > 0, null, { timeout: 15000 });
  const points = Number(await page.getAttribute('#timeline', 'data-points'));
  check(points > 0, `timeline FRA–KAZ has ${points} data points`);
  const bars = await page.locator('#timeline svg path').count();
  check(bars > 0, `timeline chart drew ${bars} SVG paths`);
  const rows = await page.$$eval('#events tbody tr[data-event-id]', trs => trs.map(tr =>
    [...tr.querySelectorAll('td')].map(td => td.textContent)));
  check(rows.length > 0, `event table lists ${rows.length} FRA–KAZ events`);
  // FRA acting on KAZ, or a joint act of both (a symmetric event lists every party as actor)
  check(rows.every(r => (r[2] + ' ' + r[3]).includes('FRA') && (r[2] + ' ' + r[3]).includes('KAZ')),
    'every row is an FRA–KAZ event');
  const future = await page.locator('#events tbody tr.future').count();
  console.log(`     (${future} planned events shown distinct in the table)`);
  check(Number(await page.getAttribute('#map', 'data-filled')) > 0, 'world map fills at least one country');
  check(Number(await page.getAttribute('#network', 'data-nodes')) > 1, 'actor network has nodes');
  await page.screenshot({ path: join(shots, '1-dashboard-fra-kaz.png'), fullPage: true });

  // 2. open an event: its sentence with the quote in <mark>
  const firstId = await page.getAttribute('#events tbody tr[data-event-id]', 'data-event-id');
  await page.click('#events tbody tr[data-event-id]');
  await page.waitForSelector('#event-detail mark', { timeout: 10000 });
  const detail = await page.evaluate(async id => (await fetch('/api/events/' + id)).json(), firstId);
  const markText = await page.textContent('#event-detail mark');
  check(markText === detail.mentions[0].quote, `event ${firstId}: <mark> holds the quote « ${markText} »`);
  await page.locator('#event-panel').screenshot({ path: join(shots, '2-event-evidence.png') });

  // 3. the article of that event, the span marked
  await page.click('#event-detail a[data-article-id]');
  await page.waitForSelector('#article-detail mark.current', { timeout: 10000 });
  check((await page.textContent('#article-detail mark.current')) === detail.mentions[0].quote,
    'article view marks the evidence span');
  await page.locator('#article-panel').screenshot({ path: join(shots, '3-article-span.png') });

  // 4. the hostile article, found with the search box, renders as text and runs nothing
  await page.fill('#search', 'zorglub');
  await page.press('#search', 'Enter');
  await page.waitForSelector('#search-results a[data-article-id]', { timeout: 10000 });
  await page.click('#search-results a[data-article-id]');
  await page.waitForSelector('#article-detail .article-text', { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector('#article-detail .article-text')?.textContent.includes('zorglub'));
  const text = await page.textContent('#article-detail .article-text');
  const title = await page.textContent('#article-detail .article-title');
  check(text.includes('<script>window.__pwned=1</script>'), 'hostile <script> shown as text in the article');
  check(text.includes('<img src=x onerror="window.__pwned=1">'), 'hostile <img onerror> shown as text');
  check(title.includes('<script>'), 'hostile title shown as text');
  check(await page.locator('#article-detail script, #article-detail img, #search-results img, #search-results script').count() === 0,
    'no script or img element created from article data');
  await page.waitForTimeout(500);
  check(await page.evaluate(() => typeof window.__pwned) === 'undefined', 'window.__pwned is undefined');
  await page.locator('#article-panel').screenshot({ path: join(shots, '4-hostile-article.png') });
  await page.screenshot({ path: join(shots, '5-full-page.png'), fullPage: true });

  check(errors.length === 0, 'no page errors or dialogs' + (errors.length ? ': ' + errors.join('; ') : ''));
  check(offLoopback.length === 0, 'no request left loopback' + (offLoopback.length ? ': ' + offLoopback.join(' ') : ''));
} catch (e) {
  failures.push(String(e));
  console.error('FAIL ' + (e.stack ?? e));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(failures.length ? `e2e: ${failures.length} failure(s)` : 'e2e: all checks passed');
process.exit(failures.length ? 1 : 0);
