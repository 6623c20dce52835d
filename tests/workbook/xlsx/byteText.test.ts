import { ByteText } from '../../../src/workbook/xlsx/byteText';

/** What `write` puts into a fresh ByteText, as text. */
const written = (write: (out: ByteText) => void): string => {
  const out = new ByteText();
  write(out);
  return out.string();
};

describe('ByteText', () => {
  it('spells every number as String does, so a cell reads back the value written', () => {
    const values = [
      0,
      -0,
      1,
      -1,
      9,
      10,
      99,
      100,
      0.5,
      -0.5,
      0.05,
      0.1,
      0.01,
      1.1,
      136.1,
      979745.29,
      -979745.29,
      2 ** 31 - 1,
      2 ** 31,
      2 ** 31 + 0.25,
      1e12 + 0.01,
      9999999999999.99,
      1e13,
      1e13 + 1,
      1e15,
      2 ** 53,
      1e21,
      1e-7,
      0.001,
      123.456,
      1 / 3,
      -2 / 3,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
    ];
    // Amounts in whole cents at every scale, and arbitrary doubles.
    let seed = 7;
    const random = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 20_000; i += 1) {
      values.push(Math.round((random() - 0.5) * 10 ** (1 + (i % 14))) / 100);
      values.push((random() - 0.5) * 10 ** (i % 20));
    }
    const wrong = values.filter((value) => written((out) => out.number(value)) !== String(value));
    expect(wrong).toEqual([]);
  });

  it('writes text as UTF-8 and integers as digits, across its chunks', () => {
    const text = 'Bøby – Åsdal ✓ 𝄞 ';
    const expected: string[] = [];
    const out = new ByteText();
    for (let i = 0; i < 100_000; i += 1) {
      out.text(text);
      out.uint(i * 7919);
      expected.push(text, String(i * 7919));
    }
    expect(new TextDecoder().decode(out.bytes())).toBe(expected.join(''));
  });
});
