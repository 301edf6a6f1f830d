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
