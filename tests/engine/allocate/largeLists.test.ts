/**
 * A list whose length a user controls is never spread into a call's arguments, which overflows
 * the stack past ~100,000: the allocation's problems on a Municipalities table of 200,000 rows.
 */
import { allocateAll } from '../../../src/engine/allocate';
import { workbook } from './workbookBuilder';

const COUNT = 200_000;

test(`a standalone item missing for all ${COUNT.toLocaleString('en')} members: every problem, no RangeError`, () => {
  let builder = workbook();
  for (let i = 0; i < COUNT; i += 1) builder = builder.municipality(`M${i}`, { population: 1 });
  const wb = builder.cost('Alone', '100', { key: 'standalone' }).build();
  const { lines, problems } = allocateAll(wb, new Map());
  expect(lines).toHaveLength(0);
  expect(problems).toHaveLength(COUNT);
  expect(problems[COUNT - 1]).toMatchObject({
    code: 'STANDALONE_MISSING',
    params: { item: 'Alone', municipality: `M${COUNT - 1}` },
  });
});

test('lines whose shares together fill more than one block of places each keep their own shares', () => {
  let builder = workbook();
  const count = 30_000;
  for (let i = 0; i < count; i += 1) builder = builder.municipality(`M${i}`, { population: 1 + i });
  // 4 × 30,000 shares: past the 65,536 places of a block, and the last line opens another.
  const amounts = ['1000000', '2000000.01', '3000000.02', '4000000.03'];
  for (const [c, amount] of amounts.entries()) builder = builder.cost(`Item ${c}`, amount);
  const { lines } = allocateAll(builder.build(), new Map());
  expect(lines).toHaveLength(amounts.length);
  for (const line of lines) {
    const { units } = line;
    if (!units) throw new Error('a safe amount has units');
    expect(units).toHaveLength(count);
    expect(units.reduce((a, b) => a + b, 0)).toBe(Number(line.amount));
    expect(
      line.participants.every((name, i) => line.shares.get(name) === BigInt(units[i] ?? -1)),
    ).toBe(true);
  }
});
