// Drives the demo page of examples/web as a person would: chooses a file, waits for the plan, and
// takes the Plan JSON and actions CSV from the page's own download links.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';

export interface DemoRun {
  plan: unknown;
  csv: string;
  /** Milliseconds the page took from reading the file to the plan (parsePlan alone, bar the read). */
  ms: number;
}

export interface DemoPage {
  page: Page;
  /** Console errors and warnings, uncaught exceptions and failed requests. */
  problems: string[];
  /** Every URL the page and its workers requested. */
  requests: string[];
  /** The script URL of every Web Worker the page started. */
  workers: string[];
  read(file: string, options?: { downloads?: boolean }): Promise<DemoRun>;
}

export async function openDemo(context: BrowserContext, url: string): Promise<DemoPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  const workers: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => requests.push(r.url()));
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(url);
  let runs = 0;
  return {
    page,
    problems,
    requests,
    workers,
    async read(file, { downloads = true } = {}) {
      runs += 1;
      // Cleared first: choosing the file already chosen would not be a change.
      await page.setInputFiles('#file', []);
      await page.setInputFiles('#file', file);
      const status = page.locator(`#status[data-run="${runs}"]:is([data-state="done"], [data-state="error"])`);
      await status.waitFor({ timeout: 120_000 });
      if ((await status.getAttribute('data-state')) === 'error') throw new Error(`${file}: ${await status.textContent()}`);
      const ms = Number(await status.getAttribute('data-ms'));
      if (!downloads) return { plan: null, csv: '', ms };
      const take = async (link: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click(link)]);
        return readFile((await download.path())!, 'utf8');
      };
      return { plan: JSON.parse(await take('#download-json')), csv: await take('#download-csv'), ms };
    },
  };
}
