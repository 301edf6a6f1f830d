// Launches Debian's Chromium (never a downloaded build) through playwright-core, headless, with
// the flags this machine needs: no sandbox as root, and no background traffic to Google.
import { chromium } from 'playwright-core';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-extensions', '--metrics-recording-only', '--lang=zh-CN',
    ],
  });
}

/**
 * Serves `dir` (the release build by default) and launches the browser for one test file;
 * returns an object whose `origin` and `browser` are set once the file's `before` hook ran.
 */
export function servedPage(before, after, dir = 'dist') {
  const env = { origin: '', browser: null, server: null };
  before(async () => {
    const { serve } = await import('../../scripts/serve.mjs');
    const { resolve } = await import('node:path');
    env.server = await serve(resolve(dir), 0);
    env.origin = `http://127.0.0.1:${env.server.address().port}`;
    env.browser = await launch();
  });
  after(async () => { await env.browser?.close(); env.server?.close(); });
  return env;
}

/**
 * Answers the first two steps for a firm in 永春县: place, then tier, the evaluation date (if
 * given) and the dates of first recognition ({ tier: 'YYYY-MM-DD' }).
 */
export async function answerYongchun(page, tier, recognitions = {}, evalDate = null) {
  await page.selectOption('#city', 'quanzhou');
  await page.selectOption('#county', 'yongchun');
  await page.click('#next');
  await page.selectOption('#tier', tier);
  if (evalDate) await page.fill('#eval-date', evalDate);
  for (const [t, date] of Object.entries(recognitions)) await page.fill(`#rec-${t}`, date);
}
