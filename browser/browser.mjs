// A headless Chromium for the browser checks: the binary carried by @sparticuz/chromium, driven by puppeteer-core
// (no browser is installed on the build machines and browser downloads are not reachable).
import chromium from '@sparticuz/chromium';
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';

export async function launch() {
  // The machines' locale (LANG=C.UTF-8) reaches pages as navigator.language 'en-US@posix', a tag Intl refuses (uPlot
  // formats numbers with it): give the browser a language as a user's browser has one.
  return puppeteer.launch({ executablePath: await chromium.executablePath(), args: [...chromium.args, '--lang=en-US'],
    headless: true, env: { ...process.env, LANG: 'en_US.UTF-8' } });
}

/**
 * A page that records what a user would see go wrong: console errors, uncaught exceptions, and every HTTP answer
 * of 400 or above.
 */
export async function watchedPage(browser, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const problems = [];
  page.on('console', m => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', e => problems.push(`uncaught: ${e.message}`));
  page.on('response', r => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`); });
  page.on('requestfailed', r => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  return { page, problems };
}

export async function screenshot(page, name) {
  const dir = new URL('../target/browser/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${name}.png`, dir).pathname;
  await page.screenshot({ path: file });
  return file;
}

export function fail(message) {
  console.error(`FAIL ${message}`);
  process.exitCode = 1;
}
