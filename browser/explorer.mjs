// The explorer page at / as a user meets it, in a real browser: it loads with no console error and no failed
// request; picking Kyrgyzstan shows stories with their figures and draws both charts (the currency series and a
// figure label by month); a page ingested through POST /api/pages while the page is open appears on it within
// 2 s, through the subscription; search works; it fits a phone-width screen. Queries go as GET with persisted-query
// hashes: once the hashes are registered, a reload sends no POST at all. Screenshots of each state go to
// target/browser/.
//   node explorer.mjs http://127.0.0.1:8080 [api-key]
import { launch, watchedPage, screenshot, fail } from './browser.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const apiKey = process.argv[3] ?? process.env.NEWSGRAPH_API_KEY ?? 'dev-key-change-me';
const LIVE_LIMIT_MS = 2000;

/** A Kyrgyz page with a ticker and a remittance figure, published on `day` (no date line of its own). */
function page({ title, day, rate, millions }) {
  const ticker = `• KGS/USD = ${rate} 0%\n  • KZT/USD = 0.00198 0%\n`.repeat(3);
  return `${ticker}\n${title}\n\nRemittance inflows to Kyrgyzstan reached $${millions} million last month, the National Bank `
      + `of Kyrgyzstan said on Monday. Most of the transfers came from Russia, where about 350,000 Kyrgyz citizens work.\n\n`
      + `Bishkek expects the inflows to grow by ${5 + millions % 7}% this year as construction work picks up.\n\n`
      + `\u201cThe transfers keep thousands of families afloat,\u201d economist Aidai Asanova said.\n`;
}

async function ingest(text, day) {
  const url = new URL('/api/pages', base);
  if (day) url.searchParams.set('publishedOn', day);
  const response = await fetch(url, { method: 'POST', headers: { 'X-API-Key': apiKey, 'Content-Type': 'text/plain' }, body: text });
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`POST /api/pages answered ${response.status}: ${await response.text()}`);
  }
  return response.json();
}

/** Pixels of a chart's canvas that are drawn on (not transparent). */
async function drawnPixels(page, selector) {
  return page.$eval(selector, canvas => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  }).catch(() => 0);
}

// Four months of Kyrgyz pages, so that both charts have a series to draw.
const months = [['2025-09-15', '0.01139', 212], ['2025-10-15', '0.01141', 238], ['2025-11-14', '0.01143', 251], ['2025-12-12', '0.01144', 276]];
for (const [day, rate, millions] of months) {
  await ingest(page({ title: `Kyrgyz Remittances Reach $${millions} Million in ${day.slice(0, 7)}`, day, rate, millions }), day);
}

const browser = await launch();
const shots = [];
const results = [];
try {
  const { page: tab, problems } = await watchedPage(browser);
  const graphqlRequests = [];
  tab.on('request', r => { if (new URL(r.url()).pathname.endsWith('/graphql')) graphqlRequests.push(r); });

  await tab.goto(`${base}/`, { waitUntil: 'networkidle0', timeout: 60_000 });
  await tab.waitForFunction(() => document.querySelectorAll('#country option').length > 100, { timeout: 30_000 });
  shots.push(await screenshot(tab, 'explorer-loaded'));
  results.push(`loaded with ${await tab.$$eval('#country option', o => o.length)} countries`);

  // Pick Kyrgyzstan: its stories with figures, and both charts.
  await tab.select('#country', 'KG');
  await tab.waitForFunction(() => document.querySelectorAll('.story .figures tbody tr').length > 0, { timeout: 30_000 });
  await tab.waitForSelector('#quotes-chart canvas', { timeout: 30_000 });
  await tab.waitForSelector('#label-chart canvas', { timeout: 30_000 });
  await tab.waitForFunction(() => document.querySelector('#live')?.dataset.state === 'live', { timeout: 30_000 });
  const stories = await tab.$$eval('.story', s => s.length);
  const figures = await tab.$$eval('.story .figures tbody tr', r => r.length);
  const kinds = await tab.$$eval('.story .figures .kind', k => [...new Set(k.map(e => e.textContent))]);
  const quotesPixels = await drawnPixels(tab, '#quotes-chart canvas');
  const labelPixels = await drawnPixels(tab, '#label-chart canvas');
  if (stories === 0 || figures === 0) fail(`Kyrgyzstan shows ${stories} stories and ${figures} figures`);
  if (quotesPixels < 500) fail(`the currency chart is empty (${quotesPixels} pixels drawn)`);
  if (labelPixels < 500) fail(`the remittances chart is empty (${labelPixels} pixels drawn)`);
  shots.push(await screenshot(tab, 'explorer-kg'));
  results.push(`KG: ${stories} stories, ${figures} figures (${kinds.join(', ')}); currency chart ${quotesPixels} px drawn, `
      + `remittances chart ${labelPixels} px drawn`);

  // A page ingested now appears on the open page within 2 s, through the storyAdded subscription.
  const title = `Kyrgyzstan Opens Solar Plant Number ${Date.now() % 100000}`;
  // Timed from the moment the POST is sent: the ingest, its commit, the notification and the subscription's answer.
  const start = Date.now();
  await ingest(page({ title, day: '2026-01-14', rate: '0.01145', millions: 290 }), '2026-01-14');
  const answered = Date.now() - start;
  const appeared = await tab.waitForFunction(t => [...document.querySelectorAll('.story h3')].some(h => h.textContent === t),
      { timeout: Math.max(1, LIVE_LIMIT_MS - answered) }, title).then(() => Date.now() - start, () => null);
  if (appeared === null) {
    fail(`the story POSTed during the test was not on the page within ${LIVE_LIMIT_MS} ms of the POST`);
  } else {
    results.push(`live: the story POSTed during the test was on the page ${appeared} ms after the POST was sent `
        + `(the ingest answered after ${answered} ms)`);
  }
  shots.push(await screenshot(tab, 'explorer-live'));

  // Search.
  await tab.type('#search-words', 'remittances');
  await tab.click('#search button');
  await tab.waitForFunction(() => document.querySelectorAll('.story .snippet mark').length > 0, { timeout: 30_000 })
      .catch(() => fail('the search shows no highlighted matches'));
  const hits = await tab.$$eval('.story', s => s.length);
  results.push(`search "remittances": ${hits} stories with highlighted snippets`);
  shots.push(await screenshot(tab, 'explorer-search'));

  // Every query went as GET with a hash; a reload (hashes known to the server) sends no POST at all.
  const beforeReload = graphqlRequests.length;
  const gets = graphqlRequests.filter(r => r.method() === 'GET');
  if (!gets.every(r => new URL(r.url()).searchParams.get('extensions')?.includes('sha256Hash'))) {
    fail('a GET query was sent without a persisted-query hash');
  }
  await tab.evaluate(() => { location.hash = '#KG'; });
  await tab.reload({ waitUntil: 'networkidle0', timeout: 60_000 });
  await tab.waitForFunction(() => document.querySelectorAll('.story .figures tbody tr').length > 0, { timeout: 30_000 });
  const afterReload = graphqlRequests.slice(beforeReload);
  const posts = afterReload.filter(r => r.method() === 'POST');
  if (afterReload.length === 0 || posts.length > 0) {
    fail(`after a reload ${posts.length} of ${afterReload.length} GraphQL requests were POSTs`);
  }
  results.push(`queries: ${gets.length} GETs with persisted-query hashes before the reload, `
      + `${afterReload.length} GETs and ${posts.length} POSTs after it`);

  // Phone width: the same page fits without sideways scrolling.
  const { page: phone, problems: phoneProblems } = await watchedPage(browser, { width: 390, height: 844 });
  await phone.goto(`${base}/#KG`, { waitUntil: 'networkidle0', timeout: 60_000 });
  await phone.waitForFunction(() => document.querySelectorAll('.story .figures tbody tr').length > 0, { timeout: 30_000 });
  await phone.waitForSelector('#label-chart canvas', { timeout: 30_000 });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) fail(`at 390 px the page is ${overflow} px wider than the screen`);
  shots.push(await screenshot(phone, 'explorer-phone'));
  results.push(`phone (390 px): ${overflow > 0 ? overflow + ' px too wide' : 'fits'}; `
      + `label chart ${await drawnPixels(phone, '#label-chart canvas')} px drawn`);

  for (const p of [...problems, ...phoneProblems]) fail(p);
  results.push(`${problems.length + phoneProblems.length} failed requests or console errors`);
} finally {
  await browser.close();
}
for (const line of results) console.log(`Explorer at ${base}/: ${line}`);
console.log(`Screenshots: ${shots.join(' ')}`);
if (process.exitCode) {
  console.error('Explorer check failed');
} else {
  console.log('Explorer check passed');
}
