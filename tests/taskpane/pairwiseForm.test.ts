/** The editor's pairs: pre-filled from CriteriaPairs either way round, and what a save writes. */
import { initialPairs, pairsToSave } from '../../src/taskpane/components/pairwiseForm';

const CRITERIA = ['Value', 'Risk', 'Cost'];

it('has every pair once, A before B in criteria order, from rows written either way round', () => {
  const pairs = initialPairs(CRITERIA, [
    { a: 'risk ', b: 'VALUE', ratio: 4 }, // reversed, and spelt as a header match would
    { a: 'Risk', b: 'Cost', ratio: 0.5 },
  ]);
  expect(pairs).toEqual([
    { a: 0, b: 1, ratio: 0.25, original: 0.25 },
    { a: 0, b: 2, ratio: 1, original: null },
    { a: 1, b: 2, ratio: 0.5, original: 0.5 },
  ]);
});

it('marks moved and missing pairs changed, and writes reciprocals as the council types them', () => {
  const [valueRisk, valueCost, riskCost] = initialPairs(CRITERIA, [
    { a: 'Value', b: 'Risk', ratio: 3 },
    { a: 'Risk', b: 'Cost', ratio: 1.5 },
  ]);
  if (!valueRisk || !valueCost || !riskCost) throw new Error('three pairs expected');
  const saved = pairsToSave(CRITERIA, [{ ...valueRisk, ratio: 1 / 3 }, valueCost, riskCost]);
  expect(saved).toEqual([
    { a: 'Value', b: 'Risk', ratio: '1/3', reversed: 3, changed: true },
    { a: 'Value', b: 'Cost', ratio: 1, reversed: 1, changed: true },
    // Untouched and off the scale: kept as written (not rounded to a step).
    { a: 'Risk', b: 'Cost', ratio: 1.5, reversed: 1 / 1.5, changed: false },
  ]);
});
