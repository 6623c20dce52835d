/** How names that refer to each other are compared: trimmed, case-insensitive, Unicode-composed. */
export function nameKey(name: string): string {
  const trimmed = name.trim();
  // Composing (NFC) only changes non-ASCII text; skipping it keeps large workbooks quick.
  return (isPrintableAscii(trimmed) ? trimmed : trimmed.normalize('NFC')).toLowerCase();
}

/** Only the characters space to `~`: text NFC leaves as it is. (A loop: a regex here was a hot spot.) */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** Names another table may refer to, looked up the way {@link nameKey} compares them. */
export interface NameIndex {
  /** False when the names are unknown (their column is missing): no reference can be checked. */
  readonly checkable: boolean;
  /** The name as first written, or undefined when there is none such. */
  readonly find: (name: string) => string | undefined;
  /**
   * The name's position among the distinct names (in the order first written), or -1 when there
   * is none such: a number to mark a name by, where a list must name each once.
   */
  readonly position: (name: string) => number;
  /** The name at a {@link position}, as first written. */
  readonly name: (position: number) => string;
  /** How many distinct names there are (positions run from 0 to size - 1). */
  readonly size: number;
  /** {@link position} of the name written in `text` from `start` to `end` (exclusive). */
  readonly positionAt: (text: string, start: number, end: number) => number;
}

/**
 * The same few hundred names are looked up again and again (each participant list names them):
 * each spelling's answer is remembered rather than trimmed, tested and lower-cased every time.
 */
class Names implements NameIndex {
  private readonly distinct: string[] = [];
  private readonly byKey = new Map<string, number>();
  /** Spelling → position; -1: asked before, no such name (one look-up per known spelling, not two). */
  private readonly answers = new Map<string, number>();

  constructor(
    lists: readonly (readonly string[] | null)[],
    readonly checkable: boolean,
  ) {
    for (const list of lists) {
      for (const name of list ?? []) {
        const key = nameKey(name);
        if (this.byKey.has(key)) continue;
        this.byKey.set(key, this.distinct.length);
        this.distinct.push(name);
      }
    }
  }

  get size(): number {
    return this.distinct.length;
  }

  readonly position = (name: string): number => {
    const known = this.answers.get(name);
    if (known !== undefined) return known;
    const found = this.byKey.get(nameKey(name)) ?? -1;
    this.answers.set(name, found);
    return found;
  };

  readonly find = (name: string): string | undefined => this.distinct[this.position(name)];

  readonly name = (position: number): string => this.distinct[position] ?? '';

  /**
   * Each spelling met in a list, in an open-addressing table keyed by its characters, so that a
   * name inside a long list is looked up where it stands, without a string cut out of the list
   * for each name (hundreds of thousands of them in a national workbook).
   */
  private spellings: (string | undefined)[] = new Array<string | undefined>(64);
  private spellingHashes = new Int32Array(64);
  private spellingPositions = new Int32Array(64);
  private spellingCount = 0;

  readonly positionAt = (text: string, start: number, end: number): number => {
    const hash = hashRange(text, start, end);
    const mask = this.spellings.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const spelling = this.spellings[slot];
      if (spelling === undefined) break;
      if (this.spellingHashes[slot] === hash && spelling.length === length) {
        let i = 0;
        while (i < length && spelling.charCodeAt(i) === text.charCodeAt(start + i)) i++;
        if (i === length) return this.spellingPositions[slot] ?? -1;
      }
    }
    const spelling = text.slice(start, end);
    const found = this.position(spelling);
    this.remember(spelling, hash, found);
    return found;
  };

  private remember(spelling: string, hash: number, found: number): void {
    if ((this.spellingCount + 1) * 2 > this.spellings.length) {
      // Half full at most, so that a miss ends soon: twice the room, every spelling placed again.
      const spellings = this.spellings;
      const hashes = this.spellingHashes;
      const positions = this.spellingPositions;
      this.spellings = new Array<string | undefined>(spellings.length * 2);
      this.spellingHashes = new Int32Array(spellings.length * 2);
      this.spellingPositions = new Int32Array(spellings.length * 2);
      this.spellingCount = 0;
      spellings.forEach((s, slot) => {
        if (s !== undefined) this.place(s, hashes[slot] ?? 0, positions[slot] ?? -1);
      });
    }
    this.place(spelling, hash, found);
  }

  private place(spelling: string, hash: number, found: number): void {
    const mask = this.spellings.length - 1;
    let slot = hash & mask;
    while (this.spellings[slot] !== undefined) slot = (slot + 1) & mask;
    this.spellings[slot] = spelling;
    this.spellingHashes[slot] = hash;
    this.spellingPositions[slot] = found;
    this.spellingCount += 1;
  }
}

/** FNV-1a over the UTF-16 units of text[start, end). */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

export function nameIndex(...lists: readonly (readonly string[] | null)[]): NameIndex {
  return new Names(
    lists,
    lists.every((list) => list !== null),
  );
}
