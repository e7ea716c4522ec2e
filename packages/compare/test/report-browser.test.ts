// report.html in a real browser: Debian's Chromium driven by playwright-core, the page opened from
// disk with every non-file request refused. .ci/run installs Chromium; without one this file is
// skipped and says so.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComparison, parseInstitutionMap, renderReport } from '../src/index.ts';
import { FIXTURES, fixturePlan } from './plans.ts';

const CHROMIUM = [process.env.TC_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => p !== undefined && p !== '' && existsSync(p));
const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url).pathname;
const skipMessage = 'SKIPPED: no Chromium found (set TC_CHROMIUM, or apt-get install chromium; .ci/run installs it)';

describe.skipIf(CHROMIUM === undefined)(CHROMIUM === undefined ? skipMessage : 'report.html in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const refused: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-report-'));
    const rules = parseInstitutionMap('pattern,institution,period\nfixtures/plans/brighton/*,Brighton (fixture),\n');
    const comparison = buildComparison(FIXTURES.map((slug) => ({ file: `fixtures/plans/${slug}/plan.txt`, plan: fixturePlan(slug) })), { institutions: rules });
    writeFileSync(join(dir, 'report.html'), (await renderReport(comparison)).html);
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox', '--disable-gpu'] });
    const context = await browser.newContext({ viewport: { width: 1300, height: 900 }, offline: true });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      refused.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens from disk with no network request and no console error', () => {
    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('draws marks in every chart', async () => {
    const marks = await page.$$eval('figure.chart', (figures) =>
      figures.map((f) => [f.getAttribute('data-chart'), f.querySelectorAll('svg g.role-mark > path').length]),
    );
    expect(marks.map(([name]) => name)).toEqual(['theme-balance', 'topic-coverage', 'timeline']);
    // 5 institutions x 4 themes bars, 5 x 26 heatmap cells, one bar per institution and year due.
    expect(marks.map(([, count]) => count)).toEqual([20, 130, 12]);
    const box = await page.locator('figure[data-chart="theme-balance"] svg').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
  });

  it('sorts a table by a column, and back', async () => {
    const names = () => page.$$eval('#institutions tbody tr', (rows) => rows.map((r) => r.cells[0]!.textContent));
    const header = page.locator('#institutions thead th', { hasText: /^actions$/ });
    await header.click();
    expect(await names()).toEqual(['Brighton (fixture)', 'University of Plymouth', 'University of Portsmouth', 'University of Leicester', 'University of Chester']);
    await header.click();
    expect((await names())[0]).toBe('University of Chester');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
  });

  it('filters a table by the words typed', async () => {
    await page.fill('input[data-filter="all-actions"]', 'professional registration');
    const visible = await page.$$eval('#all-actions tbody tr', (rows) => rows.filter((r) => !r.hidden).map((r) => r.textContent!.toLowerCase()));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(120);
    for (const text of visible) expect(text).toMatch(/professional(?=[\s\S]*registration)|registration(?=[\s\S]*professional)/);
    expect(await page.textContent('#all-actions-count')).toBe(`${visible.length} shown`);
    await page.fill('input[data-filter="all-actions"]', '');
    expect(await page.textContent('#all-actions-count')).toBe('120 shown');
  });

  it('keeps a screenshot of the page as an artefact', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, 'compare-report.png');
    await page.screenshot({ path, fullPage: true });
    expect(existsSync(path)).toBe(true);
  });
});
