// The report's stylesheet, inlined so the page needs no other file.
export const REPORT_STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 0 1rem 3rem; color: #1a1a1a; }
header h1 { font-size: 1.6rem; margin: 1.2rem 0 .3rem; }
nav { margin: .5rem 0 1rem; }
section { margin: 2rem 0; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
.scroll { overflow-x: auto; max-height: 36rem; overflow-y: auto; }
table.data { border-collapse: collapse; font-size: .85rem; }
table.data caption { text-align: left; font-weight: 600; padding: .3rem 0; }
table.data th, table.data td { border: 1px solid #ddd; padding: .2rem .45rem; vertical-align: top; }
table.data th { background: #f3f3f3; cursor: pointer; position: sticky; top: 0; }
table.data th[aria-sort="ascending"]::after { content: " ▲"; }
table.data th[aria-sort="descending"]::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.chart-row { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
figure.chart { margin: 0; max-width: 100%; overflow-x: auto; }
figcaption .alt { color: #444; font-size: .85rem; }
.place { color: #666; white-space: nowrap; }
.notes li { margin: .2rem 0; }
`;
