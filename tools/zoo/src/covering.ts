// A covering design over a family's dimensions: each variant is one row, and over a few variants
// every value of every dimension appears, with the dimensions shifted against each other so that
// pairs of values vary too — without building every combination.

/**
 * The dimension values of row `variant`. Dimension k advances by a different stride (1, 2, 3 …
 * coprime with its size where possible), so rows differ in several dimensions at once.
 */
export function coveringRow<const D extends Record<string, readonly string[]>>(variant: number, dimensions: D): { [K in keyof D]: D[K][number] } {
  const out: Record<string, string> = {};
  let k = 0;
  for (const [name, values] of Object.entries(dimensions)) {
    const n = values.length;
    let stride = (k % n) + 1;
    while (n > 1 && gcd(stride, n) !== 1) stride++;
    out[name] = values[(variant * stride + k) % n]!;
    k++;
  }
  return out as { [K in keyof D]: D[K][number] };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
