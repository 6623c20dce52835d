/** Inputs are found by their contract name or, for v1.1's new tables, the names the contract gives. */
import { isInputNamed } from '../../src/engine/table';

describe('isInputNamed', () => {
  it('takes the contract name in any case', () => {
    expect(isInputNamed('coalitioncosts', 'CoalitionCosts')).toBe(true);
    expect(isInputNamed('COSTS', 'Costs')).toBe(true);
  });

  it('takes the v1.1 names of CoalitionCosts as table or sheet names (spaces ignored)', () => {
    expect(isInputNamed('Koalisjonskostnader', 'CoalitionCosts')).toBe(true);
    expect(isInputNamed('Koalitionskostnader', 'CoalitionCosts')).toBe(true);
    expect(isInputNamed('Costes de coalición', 'CoalitionCosts')).toBe(true);
    expect(isInputNamed('Costes_de_coalición', 'CoalitionCosts')).toBe(true);
  });

  it('does not take another input’s name, nor an alias of a table that has none', () => {
    expect(isInputNamed('Koalisjonskostnader', 'Costs')).toBe(false);
    expect(isInputNamed('Kostnader', 'Costs')).toBe(false);
    expect(isInputNamed('Cost', 'Costs')).toBe(false);
  });
});
