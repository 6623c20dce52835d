/**
 * Sorting the sensitivity's 1,000 sums 1,024 times: a comparison sort of each corner was most of
 * its time. Sums spread over a range fall one or two to a bucket of a counting sort by their
 * place between the smallest and the largest, so this sort is linear in practice.
 */

/** A bucket this crowded makes insertion quadratic: the corner is then sorted natively. */
const CROWDED = 32;

/**
 * A sorter of `count` sums: each call returns the indices 0 … count − 1 ordered by their sums,
 * largest first, exactly as the floats compare (equal sums in any order). The returned array is
 * reused by the next call.
 */
export function descendingSorter(count: number): (sums: Float64Array) => Int32Array {
  const buckets = count;
  const end = new Int32Array(buckets);
  const bucketOf = new Int32Array(count);
  const order = new Int32Array(count);
  return (sums) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = 0; k < count; k++) {
      const s = sums[k] ?? 0;
      if (s < lo) lo = s;
      if (s > hi) hi = s;
    }
    // Bucket 0 holds the largest sums: (hi − s) · scale never decreases as s does (rounding is
    // monotone), so a larger sum never lands in a later bucket.
    const scale = hi > lo ? (buckets - 1) / (hi - lo) : 0;
    end.fill(0);
    let crowded = false;
    for (let k = 0; k < count; k++) {
      // ≥ 0 and below `buckets` (two roundings cannot add a whole bucket): `| 0` is floor.
      const b = ((hi - (sums[k] ?? 0)) * scale) | 0;
      bucketOf[k] = b;
      const size = (end[b] ?? 0) + 1;
      end[b] = size;
      if (size > CROWDED) crowded = true;
    }
    for (let b = 1; b < buckets; b++) end[b] = (end[b] ?? 0) + (end[b - 1] ?? 0);
    // Fill each bucket from its end, backwards: the last index goes last.
    for (let k = count - 1; k >= 0; k--) {
      const b = bucketOf[k] ?? 0;
      const at = (end[b] ?? 0) - 1;
      order[at] = k;
      end[b] = at;
    }
    if (crowded) return order.sort((a, b) => (sums[b] ?? 0) - (sums[a] ?? 0));
    // Only sums of one bucket are out of order: insertion moves each within its bucket.
    for (let i = 1; i < count; i++) {
      const k = order[i] ?? 0;
      const s = sums[k] ?? 0;
      let j = i - 1;
      for (; j >= 0 && (sums[order[j] ?? 0] ?? 0) < s; j--) order[j + 1] = order[j] ?? 0;
      order[j + 1] = k;
    }
    return order;
  };
}
