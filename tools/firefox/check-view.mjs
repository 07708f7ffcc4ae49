// Open a kg HTML view from file:// in Debian's firefox-esr (WebDriver BiDi, no browser download)
// and print what a test needs as one JSON line: pixels drawn on the network canvas, console
// errors and uncaught exceptions, every non-file request, and whether a script payload ran.
// usage: node check-view.mjs /abs/path/view.html [firefox binary]
import puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [html, executablePath = '/usr/bin/firefox-esr'] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'kg-firefox-'));
const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true,
  args: ['--no-remote'], userDataDir: profile });
try {
  const page = await browser.newPage();
  const errors = [], requests = [];
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  page.on('request', r => requests.push(r.url()));
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto('file://' + html, { waitUntil: 'load' });
  await page.waitForFunction(() => {
    const c = document.querySelector('canvas');
    if (!c) return false;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true;
    return false;
  }, { timeout: 20000 }).catch(() => {});
  const result = await page.evaluate(() => {
    const c = document.querySelector('canvas');
    let drawn = 0;
    if (c) {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) drawn++;
    }
    return { drawn, pwned: window.__pwned ?? null, bodyText: document.body.innerText.slice(0, 4000) };
  });
  const external = requests.filter(u => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'));
  console.log(JSON.stringify({ ...result, errors, external }));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
