import { scanList, Spellings } from './lists';

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
  /**
   * Each entry of the list `text` (see `lists.ts`) as the {@link position} of the name it names
   * and the range [start, end) it fills.
   */
  readonly eachListed: (
    text: string,
    visit: (position: number, start: number, end: number) => void,
  ) => void;
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

  readonly find = (name: string): string | undefined => {
    const position = this.position(name);
    return position < 0 ? undefined : this.distinct[position];
  };

  readonly name = (position: number): string => this.distinct[position] ?? '';

  /** The names as written, for matching inside lists (built on first use). */
  private spellings: Spellings | null = null;

  readonly eachListed = (
    text: string,
    visit: (position: number, start: number, end: number) => void,
  ): void => {
    this.spellings ??= new Spellings(this.distinct);
    scanList(text, this.spellings, (start, end, spelling) =>
      // Anything but a name exactly as first written (another case, spacing or composition, or
      // no name at all) is looked up the general way.
      visit(spelling >= 0 ? spelling : this.position(text.slice(start, end)), start, end),
    );
  };
}

export function nameIndex(...lists: readonly (readonly string[] | null)[]): NameIndex {
  return new Names(
    lists,
    lists.every((list) => list !== null),
  );
}
