/**
 * Text written straight into UTF-8 bytes, in large chunks: a national output sheet is 40 MB of
 * XML and 1.5 million numbers. Building it as strings cost more than all else in the write
 * (concatenation, flattening, encoding, and `String(number)` itself), so markup goes in as ASCII
 * bytes and numbers as digits.
 */

/**
 * Bytes of the first chunk, and most of any chunk: each is twice the one before, up to a size
 * at which the per-chunk work vanishes, small beside a sheet (a row's cells need few).
 */
const FIRST_CHUNK = 256;
const CHUNK = 1 << 20;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** ASCII markup as bytes, to be put many times (a column's `<c r="AB`, say). */
export const asciiBytes = (text: string): Uint8Array => encoder.encode(text);

export class ByteText {
  private readonly chunks: Uint8Array[] = [];
  private buffer: Uint8Array;
  private at = 0;

  /**
   * With a `sink`, each full chunk is handed to it as soon as it is written (and not kept): a
   * part is compressed while the rest of it is written. {@link rest} then gives the last one.
   */
  constructor(private readonly sink?: (chunk: Uint8Array) => void) {
    this.buffer = new Uint8Array(sink ? CHUNK : FIRST_CHUNK);
  }

  /** Room for `n` more bytes in the current chunk. */
  private room(n: number): void {
    if (this.at + n <= this.buffer.length) return;
    if (this.at > 0) {
      const full = this.buffer.subarray(0, this.at);
      if (this.sink) this.sink(full);
      else this.chunks.push(full);
    }
    this.buffer = new Uint8Array(Math.max(Math.min(CHUNK, 2 * this.buffer.length), n));
    this.at = 0;
  }

  /** Bytes made by {@link asciiBytes}; short ones copied by hand, which beats `set` on a few. */
  put(bytes: Uint8Array): void {
    const n = bytes.length;
    this.room(n);
    const buffer = this.buffer;
    let at = this.at;
    if (n > 32) buffer.set(bytes, at);
    else for (let i = 0; i < n; i += 1) buffer[at + i] = bytes[i] ?? 0;
    at += n;
    this.at = at;
  }

  /** Any text, as UTF-8. */
  text(text: string): void {
    this.room(text.length * 3);
    this.at += encoder.encodeInto(text, this.buffer.subarray(this.at)).written;
  }

  /** A non-negative integer below 2^53, in decimal. */
  uint(value: number): void {
    // Below 2^31 the digits come from integer arithmetic; a double's `%` is a call into C.
    if (value >= 0x80000000) {
      this.text(String(value));
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = (rest / 10) | 0) digits += 1;
    this.room(digits);
    const buffer = this.buffer;
    let rest = value | 0;
    for (let i = this.at + digits - 1; i >= this.at; i -= 1) {
      const next = (rest / 10) | 0;
      buffer[i] = 48 + rest - next * 10;
      rest = next;
    }
    this.at += digits;
  }

  /**
   * A finite number as `String(value)` spells it (and so as Excel and every reader parse it).
   * Integers and whole cents, nearly every number an output holds, are written as digits; any
   * other number goes through `String`.
   */
  number(value: number): void {
    const magnitude = value < 0 ? -value : value;
    if (magnitude < 1e13) {
      // Room for a sign, 13 digits, a point and two decimals, so the bytes below need no check.
      this.room(17);
      if (Number.isInteger(value)) {
        if (value < 0) this.byte(45);
        this.uint(magnitude);
        return;
      }
      const cents = Math.round(magnitude * 100);
      if (cents / 100 === magnitude) {
        if (value < 0) this.byte(45);
        const whole = Math.floor(cents / 100);
        this.uint(whole);
        const fraction = cents - whole * 100;
        const tenths = (fraction / 10) | 0;
        const hundredths = fraction - tenths * 10;
        this.byte(46);
        this.byte(48 + tenths);
        if (hundredths !== 0) this.byte(48 + hundredths);
        return;
      }
    }
    this.text(String(value));
  }

  /** One byte, where room for it was made. */
  private byte(code: number): void {
    this.buffer[this.at] = code;
    this.at += 1;
  }

  /** What the sink has not been handed yet. */
  rest(): Uint8Array {
    return this.buffer.subarray(0, this.at);
  }

  /** Everything written, as one array (without a sink). */
  bytes(): Uint8Array {
    return joined([...this.chunks, this.buffer.subarray(0, this.at)]);
  }

  /** Everything written, as a string. */
  string(): string {
    return decoder.decode(this.bytes());
  }
}

/** `pieces` one after another in one array (the piece itself when there is one). */
export function joined(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1 && pieces[0]) return pieces[0];
  const out = new Uint8Array(pieces.reduce((n, piece) => n + piece.byteLength, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.byteLength;
  }
  return out;
}
