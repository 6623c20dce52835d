/**
 * Saaty's scale on the slider: 17 positions from "A nine times as important" through equal to
 * "B nine times", the ratio each shows and writes, and where a ratio written off the scale sits.
 */
import {
  SCALE_MAX,
  SCALE_MIN,
  leaning,
  onScale,
  positionOf,
  ratioAt,
  ratioCell,
  ratioText,
} from '../../src/taskpane/components/pairwiseScale';

const positions = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);

it('has 17 positions: 9 … 2 for A, 1 in the middle, 1/2 … 1/9 for B', () => {
  expect(positions).toHaveLength(17);
  expect(positions.map((p) => ratioText(ratioAt(p), 'en'))).toEqual([
    ...['9', '8', '7', '6', '5', '4', '3', '2', '1'],
    ...['1/2', '1/3', '1/4', '1/5', '1/6', '1/7', '1/8', '1/9'],
  ]);
});

it('finds every position again from its ratio, and its reciprocal mirrored', () => {
  for (const p of positions) {
    expect(positionOf(ratioAt(p))).toBe(p);
    expect(positionOf(1 / ratioAt(p)) + p).toBe(0);
    expect(onScale(ratioAt(p))).toBe(true);
  }
});

it('puts a ratio written off the scale at the nearest step by factor, and shows it as written', () => {
  expect(positionOf(1.5)).toBe(-1); // 1.5 is 1.33× from 2 but 1.5× from 1
  expect(positionOf(0.333)).toBe(2); // 1/3
  expect(positionOf(0.11)).toBe(8); // 1/9 written as a decimal
  expect(onScale(0.333)).toBe(false);
  expect(ratioText(1.5, 'nb')).toBe('1,50');
  expect(ratioText(0.333, 'en')).toBe('0.33');
});

it('writes a step as the council types it, and anything else as its number', () => {
  expect(ratioCell(ratioAt(-4))).toBe(5);
  expect(ratioCell(ratioAt(0))).toBe(1);
  expect(ratioCell(ratioAt(2))).toBe('1/3');
  expect(ratioCell(1 / ratioAt(2))).toBe(3);
  expect(ratioCell(1.5)).toBe(1.5);
});

it('says which criterion a position favours and by which step', () => {
  expect(leaning(-8)).toEqual({ side: 'a', step: 9 });
  expect(leaning(0)).toEqual({ side: 'a', step: 1 });
  expect(leaning(3)).toEqual({ side: 'b', step: 4 });
});
