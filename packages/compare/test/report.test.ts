import { describe, expect, it } from 'vitest';
import { buildComparison, renderReport } from '../src/index.ts';
import { FIXTURES, fixturePlan, variant } from './plans.ts';

const inputs = FIXTURES.map((slug) => ({ file: `fixtures/plans/${slug}/plan.txt`, plan: fixturePlan(slug) }));
const hostile = variant(fixturePlan('chester'), { institution: '<script>alert(1)</script> & "Co"' });
const comparison = buildComparison([...inputs, { file: 'x/evil.txt', plan: variant(hostile, { actions: hostile.actions.slice(0, 2) }) }]);
const report = await renderReport(comparison);

describe('report.html', () => {
  it('is one self-contained page: nothing loaded from elsewhere, one inline script', () => {
    expect(report.html).not.toMatch(/\s(src|srcset)=/i);
    expect(report.html).not.toMatch(/<link\b/i);
    expect(report.html).not.toMatch(/url\((?!#)/i);
    expect(report.html).not.toMatch(/href="(https?:)?\/\//i);
    expect(report.html.match(/<script>/g)).toHaveLength(1);
    expect(report.html).toContain("default-src 'none'");
  });

  it('draws every chart as inline SVG with marks, a title, a text alternative and its data table', () => {
    for (const name of ['theme-balance', 'topic-coverage', 'timeline']) {
      const figure = new RegExp(`<figure class="chart" data-chart="${name}">([\\s\\S]*?)</figure>`).exec(report.html)?.[1] ?? '';
      expect(figure).toMatch(new RegExp(`<svg role="img" aria-labelledby="${name}-title ${name}-desc"`));
      expect((figure.match(/<path [^>]*class|<path/g) ?? []).length).toBeGreaterThan(10);
      expect(figure).toMatch(new RegExp(`<span id="${name}-desc" class="alt">[^<]{40,}</span>`));
      expect(report.html).toContain(`<table class="data" id="${name}-data">`);
    }
    expect(report.charts.map((c) => c.name)).toEqual(['theme-balance', 'topic-coverage', 'timeline']);
  });

  it('orders the timeline by year, then ongoing, then undated', () => {
    const header = /<table class="data" id="timeline-data">.*?<thead><tr>(.*?)<\/tr>/.exec(report.html)![1]!;
    expect([...header.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(['institution', '2019', '2020', '2021', '2022', '2023', '2024', '2026', 'ongoing', 'none']);
  });

  it('links every action to its plan file and place', () => {
    const table = /<table class="data" id="all-actions">([\s\S]*?)<\/table>/.exec(report.html)![1]!;
    expect((table.match(/<tr>/g) ?? []).length).toBe(1 + comparison.actions.length);
    expect(table).toContain('<a href="fixtures/plans/chester/plan.txt">fixtures/plans/chester/plan.txt</a> <span class="place">line ');
  });

  it('lists the plans counted and the files merged into each', () => {
    const table = /<table class="data" id="plans">([\s\S]*?)<\/table>/.exec(report.html)![1]!;
    expect((table.match(/<tr>/g) ?? []).length).toBe(1 + comparison.plans.length);
    expect(table).toContain('<td>fixtures/plans/leicester/plan.txt</td>');
  });

  it('escapes what plans say', () => {
    expect(report.html).not.toContain('<script>alert(1)</script>');
    expect(report.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
  });
});
