/** The CoalitionCosts table and the games it makes (contract v1.1 §12): reading and problems. */
import { runEngine } from '../../../src/engine/run';
import { renderProblem } from '../../../src/i18n/problems';
import { LANGUAGES } from '../../../src/i18n/language';
import { codesAt, parsed, problemsOf, TODAY } from './helpers';
import { workbookTables, type TableSpec } from './tableBuilder';
import { rational } from '../../../src/engine/rational';

const MEMBERS: TableSpec = [
  ['Kommun', 'Invånare'],
  ['Bengtsfors', 9600],
  ['Dals-Ed', 4700],
  ['Åmål', 12600],
];
const COSTS: TableSpec = [
  ['Kostnadspost', 'Belopp', 'Fördelningsnyckel', 'Deltagare'],
  ['Ekonomisystem', 900, 'shapley', null],
  ['Växel', 600, 'invånare', 'Bengtsfors; Åmål'],
];

describe('Contract v1.1 §12: CoalitionCosts', () => {
  it('reads coalitions as sets of municipalities in Municipalities order, names matched like Participants', () => {
    const wb = parsed({
      Municipalities: MEMBERS,
      Costs: COSTS,
      CoalitionCosts: [
        ['Kostnadspost', 'Koalition', 'Kostnad'],
        ['ekonomisystem', ' åmål ; BENGTSFORS, Åmål', '650'],
        ['Ekonomisystem', 'Bengtsfors', 500],
        ['Ekonomisystem', 'Dals-Ed', 300],
        ['Ekonomisystem', 'Åmål', 600],
      ],
    });
    expect(wb.coalitionCosts?.[0]).toEqual({
      item: 'Ekonomisystem',
      coalition: ['Bengtsfors', 'Åmål'],
      cost: rational(650n),
      cell: 'CoalitionCosts!B2',
    });
  });

  it('needs no CoalitionCosts rows for shapley when StandAlone gives every c({i})', () => {
    const result = runEngine(
      workbookTables({
        Municipalities: MEMBERS,
        Costs: COSTS,
        StandAlone: [
          ['Item', 'Municipality', 'Cost'],
          ['Ekonomisystem', 'Bengtsfors', 400],
          ['Ekonomisystem', 'Dals-Ed', 300],
          ['Ekonomisystem', 'Åmål', 500],
        ],
      }),
      { language: 'en', today: TODAY, solver: null, contractJson: true },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    // Additive game: each pays its stand-alone cost less a third of the 300 saved.
    expect(
      result.json?.allocation.filter((a) => a.item === 'Ekonomisystem').map((a) => a.amount),
    ).toEqual([300, 200, 400]);
    // No CoalitionCosts row: no item "with coalition costs", no exit analysis.
    expect(result.json?.exitAnalysis).toEqual([]);
    expect(result.outputs.map((o) => o.name)).not.toContain('ExitAnalysis');
  });

  it('reports every problem at once, each at its cell', () => {
    const problems = problemsOf({
      Municipalities: MEMBERS,
      Costs: COSTS,
      CoalitionCosts: [
        ['Item', 'Coalition', 'Cost'],
        ['Ekonomisystem', 'Bengtsfors; Dals-Ed', 700], // fine
        ['Ekonomisystem', 'Dals-Ed, Bengtsfors', 650], // the same coalition again
        ['Ekonomisystem', 'Bengtsfors; Uddevalla', 100], // no such municipality
        ['Lönesystem', 'Bengtsfors', 100], // no such item
        ['Ekonomisystem', 'Åmål', -5], // negative
        ['Ekonomisystem', null, 5], // blank coalition
        ['Ekonomisystem', ' ; ', 5], // only separators
        ['Växel', 'Dals-Ed; Åmål', 300], // Dals-Ed does not take part in Växel
        ['Ekonomisystem', 'Åmål', '#REF!'],
      ],
    });
    expect(codesAt(problems)).toEqual([
      'DUPLICATE@CoalitionCosts!B3',
      'UNKNOWN_MUNICIPALITY@CoalitionCosts!B4',
      'UNKNOWN_ITEM@CoalitionCosts!A5',
      'NEGATIVE@CoalitionCosts!C6',
      'REQUIRED@CoalitionCosts!B7',
      'REQUIRED@CoalitionCosts!B8',
      'NOT_A_NUMBER@CoalitionCosts!C10',
      // Ekonomisystem (shapley): nobody has c({i}) (Åmål's rows were refused).
      'COALITION_SINGLETON_MISSING@Costs!A2',
      'COALITION_SINGLETON_MISSING@Costs!A2',
      'COALITION_SINGLETON_MISSING@Costs!A2',
      // Växel: a coalition outside its participants, and no c({i}) for either participant.
      'COALITION_OUTSIDE@CoalitionCosts!B9',
      'COALITION_SINGLETON_MISSING@Costs!A3',
      'COALITION_SINGLETON_MISSING@Costs!A3',
    ]);
    expect(problems.find((p) => p.code === 'COALITION_OUTSIDE')?.params).toEqual({
      item: 'Växel',
      municipality: 'Dals-Ed',
    });
  });

  it('refuses shapley over more than 12 participants, and coalitions naming more than 12', () => {
    const names = Array.from({ length: 13 }, (_, i) => `K${i + 1}`);
    const problems = problemsOf({
      Municipalities: [['Municipality', 'Population'], ...names.map((n) => [n, 1000])],
      Costs: [
        ['Item', 'Amount', 'Key'],
        ['Shared', 1000, 'shapley'],
        ['Other', 1000, 'equal'],
      ],
      StandAlone: [
        ['Item', 'Municipality', 'Cost'],
        ...names.flatMap((n) => [
          ['Shared', n, 100],
          ['Other', n, 100],
        ]),
      ],
      CoalitionCosts: [
        ['Item', 'Coalition', 'Cost'],
        ['Other', names.slice(0, 7).join(', '), 500],
        ['Other', names.slice(6).join(', '), 500],
      ],
    });
    expect(codesAt(problems)).toEqual([
      'SHAPLEY_TOO_MANY@Costs!C2',
      'COALITIONS_TOO_MANY@Costs!A3',
    ]);
    expect(problems[0]?.params).toEqual({ item: 'Shared', count: 13, max: 12 });
  });

  it('refuses a negative Shapley value, naming the item and the municipality', () => {
    const result = runEngine(
      workbookTables({
        Municipalities: MEMBERS,
        Costs: [
          ['Item', 'Amount', 'Key'],
          ['Ekonomisystem', 100, 'shapley'],
        ],
        CoalitionCosts: [
          ['Item', 'Coalition', 'Cost'],
          ['Ekonomisystem', 'Bengtsfors', 500],
          ['Ekonomisystem', 'Dals-Ed', 10],
          ['Ekonomisystem', 'Åmål', 500],
        ],
      }),
      { language: 'en', today: TODAY, solver: null },
    );
    if (result.ok) throw new Error('expected problems');
    // c(N) = 100 but alone they cost 1,010: each gets its own cost less a third of 910.
    expect(codesAt(result.problems)).toEqual(['SHAPLEY_NEGATIVE@Costs!A2']);
    expect(result.problems[0]?.message).toBe(
      '"Ekonomisystem" cannot be split by shapley: every Shapley value should be 0 or more, but Dals-Ed\'s is -293.33. Check its coalition costs.',
    );
  });

  it('has a message for each new problem in every language, using every param', () => {
    const samples = [
      { code: 'BAD_TAPER', cell: 'Costs!C2', params: { column: 'Key', found: 'taper(x)' } },
      { code: 'COALITION_OUTSIDE', cell: 'C!B2', params: { item: 'X', municipality: 'M' } },
      {
        code: 'COALITION_SINGLETON_MISSING',
        cell: 'C!A2',
        params: { item: 'X', municipality: 'M' },
      },
      { code: 'SHAPLEY_TOO_MANY', cell: 'C!C2', params: { item: 'X', count: 13, max: 12 } },
      { code: 'COALITIONS_TOO_MANY', cell: 'C!A2', params: { item: 'X', count: 13, max: 12 } },
      {
        code: 'SHAPLEY_NEGATIVE',
        cell: 'C!A2',
        params: { item: 'X', municipality: 'M', amount: -1.5 },
      },
    ] as const;
    for (const language of LANGUAGES) {
      for (const p of samples) {
        const message = renderProblem({ ...p, params: { ...p.params } }, language).message;
        expect(message).not.toMatch(/\{\w+\}/);
        const subject = 'item' in p.params ? p.params.item : p.params.found;
        expect(message).toContain(subject);
      }
    }
  });
});
