// PostgreSQL's in-memory sort (src/include/lib/sort_template.h, the quicksort of tuplesort.c),
// for rows an ORDER BY used to sort and JS now sorts: it is not stable, so rows that compare
// equal come out in an order only this algorithm gives. Clustering names the first of a rumour's
// equally good texts as "the match" (cluster-report.ts scoreByWording); sorting them any other
// way would change which report moderators see as the reason for a join.

/** Sorts `rows` in place as PostgreSQL sorts tuples in memory, given the ORDER BY as `compare`. */
export function sortAsPostgres<T>(rows: T[], compare: (a: T, b: T) => number): T[] {
  const swap = (i: number, j: number) => {
    const x = rows[i]!;
    rows[i] = rows[j]!;
    rows[j] = x;
  };
  const swapN = (i: number, j: number, n: number) => {
    for (let k = 0; k < n; k++) swap(i + k, j + k);
  };
  const cmp = (i: number, j: number) => compare(rows[i]!, rows[j]!);
  const med3 = (a: number, b: number, c: number) => (cmp(a, b) < 0 ? (cmp(b, c) < 0 ? b : cmp(a, c) < 0 ? c : a) : cmp(b, c) > 0 ? b : cmp(a, c) < 0 ? a : c);
  const sort = (start: number, count: number): void => {
    let a = start;
    let n = count;
    for (;;) {
      if (n < 7) {
        for (let m = a + 1; m < a + n; m++) for (let l = m; l > a && cmp(l - 1, l) > 0; l--) swap(l, l - 1);
        return;
      }
      let presorted = true;
      for (let m = a + 1; m < a + n; m++) {
        if (cmp(m - 1, m) > 0) {
          presorted = false;
          break;
        }
      }
      if (presorted) return;
      let m = a + Math.floor(n / 2);
      if (n > 7) {
        let l = a;
        let last = a + n - 1;
        if (n > 40) {
          const d = Math.floor(n / 8);
          l = med3(l, l + d, l + 2 * d);
          m = med3(m - d, m, m + d);
          last = med3(last - 2 * d, last - d, last);
        }
        m = med3(l, m, last);
      }
      swap(a, m);
      let pa = a + 1;
      let pb = pa;
      let pc = a + n - 1;
      let pd = pc;
      for (;;) {
        let r: number;
        while (pb <= pc && (r = cmp(pb, a)) <= 0) {
          if (r === 0) swap(pa++, pb);
          pb++;
        }
        while (pb <= pc && (r = cmp(pc, a)) >= 0) {
          if (r === 0) swap(pc, pd--);
          pc--;
        }
        if (pb > pc) break;
        swap(pb++, pc--);
      }
      const pn = a + n;
      let d1 = Math.min(pa - a, pb - pa);
      swapN(a, pb - d1, d1);
      d1 = Math.min(pd - pc, pn - pd - 1);
      swapN(pb, pn - d1, d1);
      d1 = pb - pa;
      const d2 = pd - pc;
      // recurse into the smaller part, then go on with the larger
      if (d1 <= d2) {
        if (d1 > 1) sort(a, d1);
        if (d2 <= 1) return;
        a = pn - d2;
        n = d2;
      } else {
        if (d2 > 1) sort(pn - d2, d2);
        if (d1 <= 1) return;
        n = d1;
      }
    }
  };
  sort(0, rows.length);
  return rows;
}
