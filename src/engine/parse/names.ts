/** How names that refer to each other are compared: trimmed, case-insensitive, Unicode-composed. */
export function nameKey(name: string): string {
  const trimmed = name.trim();
  // Composing (NFC) only changes non-ASCII text; skipping it keeps large workbooks quick.
  return (/^[\x20-\x7e]*$/.test(trimmed) ? trimmed : trimmed.normalize('NFC')).toLowerCase();
}

/** Names another table may refer to, looked up the way {@link nameKey} compares them. */
export interface NameIndex {
  /** False when the names are unknown (their column is missing): no reference can be checked. */
  readonly checkable: boolean;
  /** The name as first written, or undefined when there is none such. */
  readonly find: (name: string) => string | undefined;
}

export function nameIndex(...lists: readonly (readonly string[] | null)[]): NameIndex {
  const byKey = new Map<string, string>();
  for (const name of lists.flatMap((list) => list ?? [])) {
    if (!byKey.has(nameKey(name))) byKey.set(nameKey(name), name);
  }
  // The same few hundred names are looked up again and again (each participant list names them):
  // remember each spelling's answer rather than trim, test and lower-case it every time.
  // null: asked before, no such name (one look-up per known spelling, not two).
  const answers = new Map<string, string | null>();
  return {
    checkable: lists.every((list) => list !== null),
    find: (name) => {
      const known = answers.get(name);
      if (known !== undefined) return known ?? undefined;
      const found = byKey.get(nameKey(name));
      answers.set(name, found ?? null);
      return found;
    },
  };
}
