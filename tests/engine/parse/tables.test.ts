import { rational } from '../../../src/engine/rational';
import { codesAt, parsed, problemsOf } from './helpers';

describe('Contract §2 input tables: Municipalities', () => {
  it('names are unique after trimming, case-insensitively: DUPLICATE names the first cell', () => {
    const problems = problemsOf({
      Municipalities: [
        ['Kommune', 'Innbyggere'],
        ['Åmål', 1],
        [' åmål ', 2],
      ],
    });
    expect(problems).toEqual([
      {
        code: 'DUPLICATE',
        cell: 'Municipalities!A3',
        params: { column: 'Kommune', found: 'åmål', first: 'Municipalities!A2' },
      },
    ]);
  });

  it('requires a name, and whole numbers ≥ 0 for Population and PCs', () => {
    const problems = problemsOf({
      Municipalities: [
        ['Kommune', 'Innbyggere', 'PC'],
        [null, 1, 1],
        ['A', 1.5, -2],
        ['B', '1 000', 'mange'],
      ],
      Costs: [
        ['Item', 'Amount', 'Key'],
        ['X', 1, 'equal'],
      ],
    });
    expect(codesAt(problems)).toEqual([
      'REQUIRED@Municipalities!A2',
      'NOT_WHOLE@Municipalities!B3',
      'NEGATIVE@Municipalities!C3',
      'NOT_A_NUMBER@Municipalities!C4',
    ]);
  });

  it('keeps the name as written (trimmed) and Budget as exact money', () => {
    const wb = parsed({
      Municipalities: [
        ['Kommune', 'Budsjett'],
        ['  Iveland ', '1 234,56'],
      ],
    });
    expect(wb.municipalities[0]?.name).toBe('Iveland');
    expect(wb.municipalities[0]?.budget).toEqual(rational(123456n, 100n));
    expect(wb.municipalities[0]?.population).toBeNull();
  });

  it('takes every extra column of numbers as a custom key, and not a text column', () => {
    const wb = parsed({
      Municipalities: [
        ['Kommune', 'Innbyggere', 'Elever', 'Region', 'Tom'],
        ['A', 1, 30, 'Agder', null],
        ['B', 2, '12,5', 'Agder', null],
        ['C', 3, null, null, null],
      ],
    });
    const keys = wb.municipalities.map((m) => [...m.customKeys]);
    expect(keys).toEqual([
      [['Elever', rational(30n)]],
      [['Elever', rational(25n, 2n)]],
      [['Elever', null]],
    ]);
  });

  it('does not check an extra column no key uses (errors and negatives there stop nothing)', () => {
    const wb = parsed({
      Municipalities: [
        ['Kommune', 'Innbyggere', 'Endring'],
        ['A', 1, -5],
        ['B', 2, { error: '#REF!' }],
      ],
    });
    expect(wb.municipalities.map((m) => m.customKeys.get('Endring'))).toEqual([
      rational(-5n),
      null,
    ]);
  });
});

describe('Contract §2 input tables: Costs', () => {
  it('requires Item and Amount ≥ 0; blank Amount is REQUIRED, not 0', () => {
    const problems = problemsOf({
      Costs: [
        ['Item', 'Amount'],
        [null, 5],
        ['X', null],
        ['Y', -1],
        ['Z', 'ti'],
      ],
    });
    expect(codesAt(problems)).toEqual([
      'REQUIRED@Costs!A2',
      'REQUIRED@Costs!B3',
      'NEGATIVE@Costs!B4',
      'NOT_A_NUMBER@Costs!B5',
    ]);
  });

  it.each([
    ['one-off', 'one-off'],
    ['One off', 'one-off'],
    ['oneoff', 'one-off'],
    ['engang', 'one-off'],
    ['Engangs', 'one-off'],
    ['engång', 'one-off'],
    ['único', 'one-off'],
    ['annual', 'annual'],
    ['årlig', 'annual'],
    ['Drift', 'annual'],
    ['löpande', 'annual'],
    ['anual', 'annual'],
    [null, 'annual'],
  ])('reads Kind %p as %p', (kind, expected) => {
    const wb = parsed({
      Costs: [
        ['Item', 'Amount', 'Kind'],
        ['X', 1, kind],
      ],
    });
    expect(wb.costs[0]?.kind).toBe(expected);
  });

  it('reports an unknown Kind as UNKNOWN_KIND with what it found', () => {
    const problems = problemsOf({
      Costs: [
        ['Item', 'Amount', 'Type'],
        ['X', 1, 'ukentlig'],
      ],
    });
    expect(problems).toEqual([
      { code: 'UNKNOWN_KIND', cell: 'Costs!C2', params: { column: 'Type', found: 'ukentlig' } },
    ]);
  });

  it('defaults Key to population and Participants to everyone; Year is an optional whole year', () => {
    const wb = parsed({
      Costs: [
        ['Item', 'Amount', 'Year'],
        ['X', 1, null],
        ['Y', 2, 2027],
      ],
    });
    expect(wb.costs.map((c) => [c.key.text, c.participants, c.year])).toEqual([
      ['population', null, null],
      ['population', null, 2027],
    ]);
    expect(
      codesAt(
        problemsOf({
          Costs: [
            ['Item', 'Amount', 'Year'],
            ['X', 1, 2027.5],
          ],
        }),
      ),
    ).toEqual(['NOT_WHOLE@Costs!C2']);
  });

  it('reads the amount exactly and points the item at its cells', () => {
    const wb = parsed({
      Costs: [
        ['Post', 'Beløp', 'Nøkkel'],
        ['Drift', '1 234,50', 'likt'],
      ],
    });
    expect(wb.costs[0]).toMatchObject({
      amount: rational(123450n, 100n),
      cell: 'Costs!A2',
      cells: { Item: 'Costs!A2', Amount: 'Costs!B2', Key: 'Costs!C2' },
    });
  });
});

describe('Contract §2 input tables: Participants', () => {
  it('matches names trimmed and case-insensitively, keeps them as written, collapses repeats', () => {
    const wb = parsed({
      Costs: [
        ['Item', 'Amount', 'Participants'],
        ['X', 1, ' iveland; VENNESLA,Iveland '],
      ],
    });
    expect(wb.costs[0]?.participants).toEqual(['Iveland', 'Vennesla']);
  });

  it('reports each unknown name as UNKNOWN_MUNICIPALITY naming it', () => {
    const problems = problemsOf({
      Costs: [
        ['Item', 'Amount', 'Deltakere'],
        ['X', 1, 'Oslo; Vennesla; Bergen'],
      ],
    });
    expect(problems.map((p) => [p.code, p.cell, p.params['found']])).toEqual([
      ['UNKNOWN_MUNICIPALITY', 'Costs!C2', 'Oslo'],
      ['UNKNOWN_MUNICIPALITY', 'Costs!C2', 'Bergen'],
    ]);
  });

  it('reads a list repeated on many rows alike, and reports an unknown name on every row', () => {
    const wb = parsed({
      Costs: [
        ['Item', 'Amount', 'Participants'],
        ['X', 1, 'vennesla; Iveland'],
        ['Y', 1, 'vennesla; Iveland'],
      ],
    });
    expect(wb.costs.map((c) => c.participants)).toEqual([
      ['Vennesla', 'Iveland'],
      ['Vennesla', 'Iveland'],
    ]);
    const problems = problemsOf({
      Costs: [
        ['Item', 'Amount', 'Participants'],
        ['X', 1, 'Oslo; Vennesla'],
        ['Y', 1, 'Oslo; Vennesla'],
      ],
    });
    expect(problems.map((p) => [p.code, p.cell, p.params['found']])).toEqual([
      ['UNKNOWN_MUNICIPALITY', 'Costs!C2', 'Oslo'],
      ['UNKNOWN_MUNICIPALITY', 'Costs!C3', 'Oslo'],
    ]);
  });

  it('does not call every participant unknown when Municipalities has no name column', () => {
    const problems = problemsOf({
      Municipalities: [
        ['Navn', 'Innbyggere'],
        ['A', 1],
      ],
      Costs: [
        ['Item', 'Amount', 'Deltakere'],
        ['X', 1, 'A'],
      ],
    });
    expect(codesAt(problems)).toEqual(['MISSING_COLUMN@Municipalities[Municipality]']);
  });
});

describe('Contract §2 input tables: Systems', () => {
  it('defaults LicenceCost to 0 and Basis to pcs; Owner blank is no error (a risk flag)', () => {
    const wb = parsed({
      Systems: [
        ['System', 'Owner'],
        ['Visma', null],
      ],
    });
    expect(wb.systems[0]).toMatchObject({
      system: 'Visma',
      owner: null,
      licenceCost: rational(0n),
    });
    expect(wb.systems[0]?.basis.text).toBe('pcs');
  });

  it('checks dates and a CooperationLevel that is a whole number 1–5', () => {
    const problems = problemsOf({
      Systems: [
        ['System', 'ContractExpiry', 'CooperationLevel'],
        ['A', '31.02.2026', 0],
        ['B', '2026-12-31', 6],
        ['C', 46112, 2.5],
      ],
    });
    expect(codesAt(problems)).toEqual([
      'NOT_A_DATE@Systems!B2',
      'OUT_OF_RANGE@Systems!C2',
      'OUT_OF_RANGE@Systems!C3',
      'NOT_WHOLE@Systems!C4',
    ]);
  });
});

describe('Contract §2 input tables: Proposals', () => {
  it('applies the defaults: costs 0, Lifetime 5, CostBenefit and Mandatory no, Key population', () => {
    const wb = parsed({
      Proposals: [
        ['ID', 'Title'],
        ['P1', 'Felles sak'],
      ],
    });
    expect(wb.proposals[0]).toMatchObject({
      id: 'P1',
      title: 'Felles sak',
      oneOffCost: rational(0n),
      annualCost: rational(0n),
      annualBenefit: rational(0n),
      lifetime: 5,
      costBenefit: false,
      mandatory: false,
      dependsOn: [],
      earliestYear: null,
      participants: null,
    });
    expect(wb.proposals[0]?.key.text).toBe('population');
  });

  it('requires a unique ID and a Title; Lifetime is whole and ≥ 1', () => {
    const problems = problemsOf({
      Proposals: [
        ['ID', 'Title', 'Lifetime'],
        ['P1', 'A', 0],
        ['p1', 'B', 2.5],
        ['P2', null, 3],
      ],
    });
    expect(codesAt(problems)).toEqual([
      'OUT_OF_RANGE@Proposals!C2',
      'NOT_WHOLE@Proposals!C3',
      'DUPLICATE@Proposals!A3',
      'REQUIRED@Proposals!B4',
    ]);
  });

  it('resolves DependsOn to the IDs as written, in any case, once each', () => {
    const wb = parsed({
      Proposals: [
        ['ID', 'Title', 'DependsOn'],
        ['P1', 'A', null],
        ['P2', 'B', 'p1; P1'],
        ['P3', 'C', 'P1, p2'],
      ],
    });
    expect(wb.proposals.map((p) => p.dependsOn)).toEqual([[], ['P1'], ['P1', 'P2']]);
  });

  it('reports unknown dependencies, self-dependencies and cycles naming the IDs', () => {
    const problems = problemsOf({
      Proposals: [
        ['ID', 'Title', 'Avhenger av'],
        ['P1', 'A', 'P3'],
        ['P2', 'B', 'P1'],
        ['P3', 'C', 'P2'],
        ['P4', 'D', 'P4'],
        ['P5', 'E', 'P9'],
      ],
    });
    expect(problems).toEqual([
      {
        code: 'UNKNOWN_PROPOSAL',
        cell: 'Proposals!C6',
        params: { column: 'Avhenger av', found: 'P9' },
      },
      { code: 'DEPENDENCY_CYCLE', cell: 'Proposals!C2', params: { ids: 'P1 → P3 → P2 → P1' } },
      { code: 'DEPENDENCY_CYCLE', cell: 'Proposals!C5', params: { ids: 'P4 → P4' } },
    ]);
  });

  it('does not report a dependency on a proposal whose row has another problem', () => {
    const problems = problemsOf({
      Proposals: [
        ['ID', 'Title', 'DependsOn'],
        ['P1', null, null],
        ['P2', 'B', 'P1'],
      ],
    });
    expect(codesAt(problems)).toEqual(['REQUIRED@Proposals!B2']);
  });
});

describe('Contract §2 input tables: Criteria and Scores', () => {
  const proposals = [
    ['ID', 'Title'],
    ['P1', 'A'],
    ['P2', 'B'],
  ] as const;

  it('takes criteria from Criteria, matches Scores columns to them like headers, scores in Criteria order', () => {
    const wb = parsed({
      Proposals: [...proposals],
      Criteria: [
        ['Criterion', 'Weight'],
        ['Nytte', 3],
        ['Risiko', '0,5'],
        ['Kost', 1],
      ],
      Scores: [
        ['Proposal', 'Scorer', 'Kommentar', 'risiko ', 'NYTTE'],
        ['p1', 'Ola', 'fin', 2, 4],
      ],
    });
    expect(wb.criteria.map((c) => [c.name, c.weight])).toEqual([
      ['Nytte', 3],
      ['Risiko', 0.5],
      ['Kost', 1],
    ]);
    expect(wb.scores[0]?.proposal).toBe('P1');
    // Nytte, Risiko, Kost (no column: not scored), whatever the columns' order.
    expect(wb.scores[0]?.scores).toEqual([4, 2, null]);
  });

  it('without Criteria every extra Scores column is a criterion of weight 1', () => {
    const wb = parsed({
      Proposals: [...proposals],
      Scores: [
        ['Tiltak', 'Vurdert av', 'Nytte', 'Risiko'],
        ['P1', 'Ola', 4, '2,5'],
      ],
    });
    expect(wb.criteria).toEqual([
      { name: 'Nytte', weight: 1, cell: 'Scores!C1' },
      { name: 'Risiko', weight: 1, cell: 'Scores!D1' },
    ]);
    expect(wb.scores[0]?.scores).toEqual([4, 2.5]);
  });

  it('ignores Scores when there are no Proposals', () => {
    const wb = parsed({
      Scores: [
        ['Proposal', 'Scorer', 'Nytte'],
        ['P9', null, 99],
      ],
    });
    expect(wb.scores).toEqual([]);
  });

  it('checks weights > 0, unique criteria, scores 0..ScoreMax, known proposals and scorers', () => {
    const problems = problemsOf({
      Proposals: [...proposals],
      Criteria: [
        ['Criterion', 'Weight'],
        ['Nytte', 0],
        ['nytte', 1],
        ['Risiko', null],
      ],
      Scores: [
        ['Proposal', 'Scorer', 'Nytte'],
        ['P1', 'Ola', 6],
        ['P7', 'Kari', 3],
        ['P2', null, -1],
        ['P2', 'Eva', 'høy'],
        ['p2', 'eva', 1],
      ],
      Settings: [
        ['Setting', 'Value'],
        ['ScoreMax', 5],
      ],
    });
    expect(codesAt(problems)).toEqual([
      'NOT_POSITIVE@Criteria!B2',
      'DUPLICATE@Criteria!A3',
      'REQUIRED@Criteria!B4',
      'OUT_OF_RANGE@Scores!C2',
      'UNKNOWN_PROPOSAL@Scores!A3',
      'REQUIRED@Scores!B4',
      'OUT_OF_RANGE@Scores!C4',
      'NOT_A_NUMBER@Scores!C5',
      'DUPLICATE@Scores!B6',
    ]);
    expect(problems[3]?.params).toEqual({ column: 'Nytte', found: '6', min: 0, max: 5 });
    expect(problems[8]?.params).toEqual({
      column: 'Proposal + Scorer',
      found: 'P2 + eva',
      first: 'Scores!B5',
    });
  });

  it('scores against the ScoreMax setting', () => {
    const wb = parsed({
      Proposals: [...proposals],
      Scores: [
        ['Proposal', 'Scorer', 'Nytte'],
        ['P1', 'Ola', 9],
      ],
      Settings: [
        ['Setting', 'Value'],
        ['ScoreMax', 10],
      ],
    });
    expect(wb.scores[0]?.scores).toEqual([9]);
  });
});

describe('Contract §2 input tables: Budget', () => {
  it('reads years sorted, Operating null when blank or absent', () => {
    const wb = parsed({
      Budget: [
        ['Year', 'Investment', 'Operating'],
        [2028, 5, null],
        [2027, '1 000', 40],
      ],
    });
    expect(wb.budget?.map((b) => [b.year, b.investment, b.operating])).toEqual([
      [2027, rational(1000n), rational(40n)],
      [2028, rational(5n), null],
    ]);
    expect(
      parsed({
        Budget: [
          ['År', 'Investering'],
          [2027, 0],
        ],
      }).budget?.[0]?.operating,
    ).toBeNull();
  });

  it('requires a unique whole Year and an Investment ≥ 0', () => {
    const problems = problemsOf({
      Budget: [
        ['Year', 'Investment', 'Operating'],
        [2027, 1, -1],
        [2027, 2, null],
        [null, 3, null],
        [2029.5, null, null],
      ],
    });
    expect(codesAt(problems)).toEqual([
      'NEGATIVE@Budget!C2',
      'DUPLICATE@Budget!A3',
      'REQUIRED@Budget!A4',
      'NOT_WHOLE@Budget!A5',
      'REQUIRED@Budget!B5',
    ]);
  });
});

describe('Contract §2 input tables: StandAlone', () => {
  it('maps items and municipalities to their names as written', () => {
    const wb = parsed({
      Costs: [
        ['Item', 'Amount', 'Key'],
        ['Arkiv', 100, 'standalone'],
      ],
      StandAlone: [
        ['Item', 'Municipality', 'Cost'],
        ['arkiv', 'kristiansand', 80],
        ['ARKIV', 'Vennesla', '20,5'],
        ['Arkiv', 'iveland', 0],
      ],
    });
    expect(wb.standAlone).toEqual([
      { item: 'Arkiv', municipality: 'Kristiansand', cost: rational(80n), cell: 'StandAlone!C2' },
      { item: 'Arkiv', municipality: 'Vennesla', cost: rational(41n, 2n), cell: 'StandAlone!C3' },
      { item: 'Arkiv', municipality: 'Iveland', cost: rational(0n), cell: 'StandAlone!C4' },
    ]);
  });

  it('reports unknown items and municipalities, duplicates and missing costs', () => {
    const problems = problemsOf({
      Systems: [['System'], ['Visma']],
      Proposals: [
        ['ID', 'Title'],
        ['P1', 'A'],
      ],
      StandAlone: [
        ['Post', 'Kommune', 'Kostnad'],
        ['Visma', 'Vennesla', 1],
        ['P1', 'Oslo', 1],
        ['Ukjent', 'Vennesla', 1],
        ['visma', 'VENNESLA', 2],
        ['P1', 'Iveland', null],
      ],
    });
    expect(codesAt(problems)).toEqual([
      'UNKNOWN_MUNICIPALITY@StandAlone!B3',
      'UNKNOWN_ITEM@StandAlone!A4',
      'DUPLICATE@StandAlone!A5',
      'REQUIRED@StandAlone!C6',
    ]);
    expect(problems[2]?.params).toEqual({
      column: 'Post + Kommune',
      found: 'Visma + Vennesla',
      first: 'StandAlone!A2',
    });
  });
});

describe('Contract §2 input tables: Settings', () => {
  it('applies the contract defaults without a Settings table', () => {
    const wb = parsed();
    expect(wb.settings).toEqual({
      currency: 'NOK',
      roundTo: rational(1n, 100n),
      discountRate: 0.04,
      planningYear: 2026,
      contractWarningMonths: 12,
      disagreementThreshold: 1,
      scoreMax: 5,
      language: null,
      sensitivity: rational(1n, 5n),
      cells: {},
    });
  });

  it('reads every setting, by English or localised name, and records the Value cells', () => {
    const wb = parsed({
      Settings: [
        ['Innstilling', 'Verdi', 'Beskrivelse'],
        ['Valuta', 'sek', 'x'],
        ['round_to', 1, null],
        ['Kalkulasjonsrente', '2,5 %', null],
        ['Planår', 2027, null],
        ['Varsel avtale måneder', 6, null],
        ['DisagreementThreshold', '1,5', null],
        ['Maks poeng', 10, null],
        ['Språk', 'Svenska', null],
        ['Ukjent innstilling', 'hva som helst', null],
      ],
    });
    expect(wb.settings).toMatchObject({
      currency: 'SEK',
      roundTo: rational(1n),
      discountRate: 0.025,
      planningYear: 2027,
      contractWarningMonths: 6,
      disagreementThreshold: 1.5,
      scoreMax: 10,
      language: 'sv',
    });
    expect(wb.settings.cells['DiscountRate']).toBe('Settings!B4');
  });

  it.each<[string | number, number]>([
    ['4 %', 0.04],
    [0.04, 0.04],
    [4, 0.04],
    ['3,5', 0.035],
    [1, 1],
  ])('reads DiscountRate %p as %p (plain numbers above 1 are percent)', (value, expected) => {
    const wb = parsed({
      Settings: [
        ['Setting', 'Value'],
        ['DiscountRate', value],
      ],
    });
    expect(wb.settings.discountRate).toBeCloseTo(expected, 12);
  });

  it.each([
    ['nb', 'nb'],
    ['Norsk', 'nb'],
    ['bokmål', 'nb'],
    ['SV', 'sv'],
    ['english', 'en'],
    ['Español', 'es'],
  ])('reads Language %p as %p', (value, expected) => {
    expect(
      parsed({
        Settings: [
          ['Setting', 'Value'],
          ['Language', value],
        ],
      }).settings.language,
    ).toBe(expected);
  });

  it('keeps the default for a blank value, and refuses values that are not allowed', () => {
    const problems = problemsOf({
      Settings: [
        ['Setting', 'Value'],
        ['Currency', null],
        ['RoundTo', 0.5],
        ['DiscountRate', 'lav'],
        ['PlanningYear', 2027.5],
        ['ScoreMax', 0],
        ['Language', 'tysk'],
        ['DisagreementThreshold', -1],
        ['ContractWarningMonths', { error: '#DIV/0!' }],
        ['RoundTo', 1],
      ],
    });
    expect(codesAt(problems)).toEqual([
      'UNKNOWN_SETTING_VALUE@Settings!B3',
      'UNKNOWN_SETTING_VALUE@Settings!B4',
      'UNKNOWN_SETTING_VALUE@Settings!B5',
      'UNKNOWN_SETTING_VALUE@Settings!B6',
      'UNKNOWN_SETTING_VALUE@Settings!B7',
      'UNKNOWN_SETTING_VALUE@Settings!B8',
      'EXCEL_ERROR@Settings!B9',
      'DUPLICATE@Settings!A10',
    ]);
    expect(problems[0]?.params).toEqual({ setting: 'RoundTo', found: '0.5', expected: '0.01 | 1' });
  });
});
