import {
  canonicalColumn,
  COLUMN_ALIASES,
  normaliseHeader,
  PREFERRED_HEADERS,
} from '../../../src/engine/parse';
import { rational } from '../../../src/engine/rational';
import { INPUT_TABLE_NAMES } from '../../../src/engine/table';
import { codesAt, parse, parsed, problemsOf } from './helpers';
import { inputTable } from './tableBuilder';
import { parseWorkbook } from '../../../src/engine/parse';

describe('Contract §1 finding inputs: headers', () => {
  it('matches headers case-insensitively, ignoring spaces, -, _ and .', () => {
    expect(normaliseHeader(' Antall_P.C - ')).toBe(normaliseHeader('antallpc'));
    const wb = parsed({
      Municipalities: [
        ['  MUNICIPALITY ', 'popu-lation', 'p_c.s'],
        ['Åmål', 12800, 700],
      ],
    });
    expect(wb.municipalities[0]).toMatchObject({ name: 'Åmål', population: 12800, pcs: 700 });
  });

  it.each([
    ['nb', ['Kommune', 'Innbyggere', 'Antall PC', 'Budsjett']],
    ['sv', ['Kommun', 'Invånare', 'Datorer', 'Budget']],
    ['es', ['Municipio', 'Población', 'Ordenadores', 'Presupuesto']],
    ['other aliases', ['Member', 'Folketall', 'PC-er', 'Budsjett']],
  ])('reads the %s aliases of Municipalities', (_, headers) => {
    const wb = parsed({ Municipalities: [headers, ['Åmål', 12800, 700, '1 000']] });
    expect(wb.municipalities[0]).toMatchObject({ name: 'Åmål', population: 12800, pcs: 700 });
    expect(wb.municipalities[0]?.budget).toEqual(rational(1000n));
  });

  it('reads aliases of every other table in Norwegian, Swedish and Spanish', () => {
    const wb = parsed({
      Costs: [
        ['Kostnadspost', 'Belopp', 'Typ', 'Fördelningsnyckel', 'Deltagare', 'År'],
        ['X', 10, 'engång', 'lika', 'Vennesla', 2027],
      ],
      Systems: [
        [
          'Sistema',
          'Propietario',
          'Coste de licencia',
          'Base',
          'Participantes',
          'Fin de contrato',
          'Nivel',
        ],
        ['S', 'TI', 5, 'igual', null, '2027-01-31', 3],
      ],
      Proposals: [
        [
          'ID',
          'Título',
          'Inversión',
          'Coste anual',
          'Beneficio anual',
          'Vida útil',
          'Clave',
          'Coste/beneficio',
          'Depende de',
          'Obligatorio',
          'Año mínimo',
          'Ámbito',
        ],
        ['P1', 'T', 10, 2, 3, 4, 'igual', 'sí', null, 'no', 2028, 'Salud'],
      ],
      Criteria: [
        ['Kriterium', 'Vikt'],
        ['Nytta', 2],
      ],
      Scores: [
        ['Förslag', 'Bedömare', 'Nytta'],
        ['P1', 'Eva', 4],
      ],
      Budget: [
        ['Año', 'Inversión', 'Operativo'],
        [2027, 100, 50],
      ],
      Settings: [
        ['Inställning', 'Värde'],
        ['Valuta', 'sek'],
      ],
    });
    expect(wb.costs[0]).toMatchObject({
      item: 'X',
      kind: 'one-off',
      year: 2027,
      participants: ['Vennesla'],
    });
    expect(wb.costs[0]?.key.text).toBe('equal');
    expect(wb.systems[0]).toMatchObject({
      owner: 'TI',
      cooperationLevel: 3,
      contractExpiry: { year: 2027, month: 1, day: 31 },
    });
    expect(wb.proposals[0]).toMatchObject({
      title: 'T',
      lifetime: 4,
      costBenefit: true,
      mandatory: false,
      earliestYear: 2028,
      area: 'Salud',
    });
    expect(wb.criteria).toEqual([{ name: 'Nytta', weight: 2, cell: 'Criteria!A2' }]);
    expect(wb.scores[0]?.scores).toEqual([4]);
    expect(wb.budget?.[0]?.operating).toEqual(rational(50n));
    expect(wb.settings.currency).toBe('SEK');
  });

  it('reports two headers for the same column as DUPLICATE_COLUMN at the second', () => {
    const problems = problemsOf({
      Municipalities: [
        ['Kommune', 'Innbyggere', 'Folketall'],
        ['A', 1, 1],
      ],
    });
    expect(problems).toEqual([
      {
        code: 'DUPLICATE_COLUMN',
        cell: 'Municipalities!C1',
        params: {
          table: 'Municipalities',
          column: 'Population',
          found: 'Folketall',
          first: 'Municipalities!B1',
        },
      },
    ]);
  });

  it('reports a missing required column as Table[Column] and still checks the other cells', () => {
    const problems = problemsOf({
      Costs: [
        ['Post', 'Type'],
        ['X', 'ukentlig'],
      ],
    });
    expect(codesAt(problems)).toEqual(['MISSING_COLUMN@Costs[Amount]', 'UNKNOWN_KIND@Costs!B2']);
    expect(problems[0]?.params).toEqual({ table: 'Costs', column: 'Amount' });
  });

  it('keeps unknown extra columns and ignores them outside Municipalities and Scores', () => {
    const wb = parsed({
      Costs: [
        ['Item', 'Amount', 'Kommentar'],
        ['X', 10, { error: '#N/A' }],
      ],
    });
    expect(wb.costs.map((c) => c.item)).toEqual(['X']);
  });

  it('each preferred header reads back as its own column, and en is the canonical name', () => {
    for (const table of INPUT_TABLE_NAMES) {
      for (const [column, spellings] of Object.entries(PREFERRED_HEADERS[table])) {
        expect(spellings.en).toBe(column);
        for (const header of Object.values(spellings)) {
          expect([table, header, canonicalColumn(table, header)]).toEqual([table, header, column]);
        }
      }
    }
    expect(PREFERRED_HEADERS.Municipalities['Population']).toEqual({
      en: 'Population',
      nb: 'Innbyggere',
      sv: 'Invånare',
      es: 'Población',
    });
  });

  it('no alias names two columns of one table', () => {
    for (const table of INPUT_TABLE_NAMES) {
      const all = Object.entries(COLUMN_ALIASES[table]).flatMap(([c, aliases]) =>
        [c, ...aliases].map((a) => [normaliseHeader(a), c] as const),
      );
      for (const [alias, column] of all)
        expect([alias, canonicalColumn(table, alias)]).toEqual([alias, column]);
    }
  });
});

describe('Contract §1 finding inputs: tables', () => {
  it('requires only Municipalities (MISSING_TABLE, named by the table)', () => {
    const result = parseWorkbook({}, { year: 2026, month: 1, day: 1 });
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'MISSING_TABLE', cell: 'Municipalities', params: { table: 'Municipalities' } },
      ],
      language: null,
    });
  });

  it('reports Municipalities without rows as EMPTY_TABLE', () => {
    expect(codesAt(problemsOf({ Municipalities: [['Kommune']] }))).toEqual([
      'EMPTY_TABLE@Municipalities',
    ]);
  });

  it('lists the tables present; missing optional tables turn things off, never an error', () => {
    const wb = parsed({
      Costs: [
        ['Item', 'Amount'],
        ['X', 1],
      ],
    });
    expect([...wb.present].sort()).toEqual(['Costs', 'Municipalities']);
    expect(wb.budget).toBeNull();
    expect(wb.proposals).toEqual([]);
    expect(wb.systems).toEqual([]);
    expect(wb.criteria).toEqual([]);
  });

  it('skips rows whose cells are all blank, wherever they are', () => {
    const wb = parsed({
      Municipalities: [
        ['Kommune', 'Innbyggere'],
        ['A', 1],
        [null, null],
        ['  ', ''],
        ['B', 2],
      ],
    });
    expect(wb.municipalities.map((m) => m.name)).toEqual(['A', 'B']);
  });

  it('reads tables anywhere on a sheet, with addresses where the cells are', () => {
    const municipalities = inputTable(
      'Kommuner i Agder',
      ['Kommune', 'Innbyggere'],
      [['A', null]],
      {
        name: 'Municipalities',
        origin: { column: 2, row: 4 },
      },
    );
    const costs = inputTable('Costs', ['Item', 'Amount'], [['X', 5]]);
    const result = parseWorkbook(
      { Municipalities: municipalities, Costs: costs },
      { year: 2026, month: 1, day: 1 },
    );
    expect(result.ok ? [] : codesAt(result.problems)).toEqual(["REQUIRED@'Kommuner i Agder'!D5"]);
  });

  it('gives each municipality its name cell and the cells of every column present', () => {
    const wb = parsed({
      Municipalities: [
        ['Kommune', 'Innbyggere', 'Elever'],
        ['A', 1, 3],
      ],
    });
    expect(wb.municipalities[0]?.cell).toBe('Municipalities!A2');
    expect(wb.municipalities[0]?.cells).toEqual({
      Municipality: 'Municipalities!A2',
      Population: 'Municipalities!B2',
      Elever: 'Municipalities!C2',
    });
  });

  it('returns the Language setting with the problems, to render them in', () => {
    const result = parse({
      Municipalities: [['Kommune']],
      Settings: [
        ['Setting', 'Value'],
        ['Språk', 'svenska'],
      ],
    });
    expect(result.ok ? null : result.language).toBe('sv');
  });
});
