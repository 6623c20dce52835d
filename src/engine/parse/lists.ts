/**
 * Lists in a cell: entries separated by `,` or `;`, each trimmed, empty entries skipped
 * (Participants, Coalition, DependsOn). Read in one pass over the characters: a national
 * workbook's participant lists hold millions of characters, and splitting them into arrays of
 * trimmed strings was a fifth of its parse.
 */

/**
 * Whether String.prototype.trim removes the UTF-16 unit `c`: ECMAScript's WhiteSpace (tab, VT,
 * FF, BOM and Unicode's space separators) and LineTerminator.
 */
export function isTrimmed(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return c === 0xa0;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The most transitions a {@link Spellings} holds (16 MB of them); a larger one matches nothing. */
const MAX_TRANSITIONS = 1 << 22;

/**
 * Names as written, as a trie whose transitions are a table over character classes, so that a
 * list is matched against them while it is scanned: one table read per character, no string cut
 * out and no hash. Only exact spellings match (names with surrounding spaces never do).
 */
export class Spellings {
  /** Character → its class (1…), 0 for a character no name has. */
  readonly classes = new Uint16Array(0x10000);
  /**
   * transitions[state * width + class] → the next state. State 1 is the start; state 0 has no
   * way out, so a text that has left every name stays out without a test per character.
   */
  readonly transitions: Int32Array;
  readonly width: number;
  /** accepts[state] − 1: the index of the name that ends in `state`, or −1. */
  readonly accepts: Int32Array;

  constructor(names: readonly string[]) {
    const exact = names.filter((name) => name !== '' && name.trim() === name);
    let classCount = 0;
    let states = 2;
    for (const name of exact) {
      states += name.length;
      for (let i = 0; i < name.length; i++) {
        const c = name.charCodeAt(i);
        if (this.classes[c] === 0) this.classes[c] = ++classCount;
      }
    }
    this.width = classCount + 1;
    const fits = states * this.width <= MAX_TRANSITIONS;
    this.transitions = new Int32Array(fits ? states * this.width : 2 * this.width);
    this.accepts = new Int32Array(fits ? states : 2);
    if (!fits) return;
    let next = 2;
    names.forEach((name, index) => {
      if (name === '' || name.trim() !== name) return;
      let state = 1;
      for (let i = 0; i < name.length; i++) {
        const at = state * this.width + (this.classes[name.charCodeAt(i)] ?? 0);
        state = this.transitions[at] || (this.transitions[at] = next++);
      }
      if (this.accepts[state] === 0) this.accepts[state] = index + 1;
    });
  }
}

const NO_SPELLINGS = new Spellings([]);

/**
 * Each entry of the list `text` as the range [start, end) it fills, trimmed, with the index of
 * the name in `spellings` it is exactly (−1 when none or no spellings are given).
 */
export function scanList(
  text: string,
  spellings: Spellings | null,
  visit: (start: number, end: number, spelling: number) => void,
): void {
  const { classes, transitions, width, accepts } = spellings ?? NO_SPELLINGS;
  const length = text.length;
  let i = 0;
  while (i <= length) {
    while (i < length && isTrimmed(text.charCodeAt(i))) i++;
    const start = i;
    let state = 1;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 44 /* , */ || c === 59 /* ; */) break;
      state = transitions[state * width + (classes[c] ?? 0)] ?? 0;
    }
    const matched = (accepts[state] ?? 0) - 1;
    let end = i;
    // An exact spelling has no spaces around it; anything else is trimmed here.
    if (matched < 0) while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
    if (end > start) visit(start, end, matched);
    i += 1;
  }
}

/** A list's entries, trimmed, without empty ones. */
export function splitList(text: string): string[] {
  const entries: string[] = [];
  scanList(text, null, (start, end) => entries.push(text.slice(start, end)));
  return entries;
}
