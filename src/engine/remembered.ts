/** The value `cache` holds for `id`, made by `make` and kept the first time it is asked for. */
export function remembered<K, V>(
  cache: { get(id: K): V | undefined; set(id: K, value: V): unknown },
  id: K,
  make: () => V,
): V {
  let value = cache.get(id);
  if (value === undefined) {
    value = make();
    cache.set(id, value);
  }
  return value;
}
