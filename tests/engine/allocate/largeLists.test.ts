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
