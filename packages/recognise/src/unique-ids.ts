/**
 * Returns a function that makes each id unique within one plan: the first `base` is kept, later
 * ones become `base-2`, `base-3` …, skipping any id already given out. The next suffix of each
 * base is remembered, so n actions sharing one reference (a table row copied n times) take O(n),
 * not the O(n²) of counting up from 2 each time.
 */
export function uniqueIds(): (base: string) => string {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return (base) => {
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    if (used.has(id)) {
      do id = `${base}-${n++}`;
      while (used.has(id));
      nextSuffix.set(base, n);
    }
    used.add(id);
    return id;
  };
}
