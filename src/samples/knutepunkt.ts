/**
 * Sample: Knutepunkt Sørlandet, seven municipalities around Kristiansand that share one IT
 * platform and one IT unit (IT strategy 2007–2011). Norwegian headers, NOK, whole kroner.
 * Running costs go by a PC-driftsavgift (key `pc`), coordination by shared keys, school systems
 * by a custom key (`Elever`, pupils), national common solutions by the Danish KOMBIT model
 * (full rate per inhabitant up to 150,000, half above: `avtrapp`, contract v1.1 §9). The
 * criteria's weights come from pairwise judgements (Kriteriepar, v1.1 §10) and one proposal is
 * left out by the council (Utelatt, v1.1 §11). Planning year 2026, three budget years.
 */
import { inputFormats } from '../engine/template';
import type { TableSheet } from '../engine/table';
import { proposals } from './knutepunktProposals';
import { scoreRows, type Scorer } from './build';

const municipalities: TableSheet = {
  tableName: 'Municipalities',
  sheetName: 'Kommuner',
  headers: ['Kommune', 'Innbyggere', 'PC-er', 'Budsjett', 'Elever'],
  formats: [...inputFormats('Municipalities'), 'integer'],
  rows: [
    ['Kristiansand', 77857, 5200, 26_000_000, 10900],
    ['Vennesla', 12703, 950, 3_900_000, 2000],
    ['Søgne', 9889, 700, 3_100_000, 1600],
    ['Lillesand', 9093, 640, 2_700_000, 1450],
    ['Songdalen', 5700, 420, 1_900_000, 1000],
    ['Birkenes', 4384, 330, 1_300_000, 700],
    ['Iveland', 1161, 110, 820_000, 170],
  ],
};

const costs: TableSheet = {
  tableName: 'Costs',
  sheetName: 'Kostnader',
  headers: ['Post', 'Beløp', 'Type', 'Nøkkel', 'Deltakere', 'År'],
  formats: inputFormats('Costs'),
  rows: [
    ['PC-driftsavgift, felles driftssenter', 9_600_000, 'årlig', 'pc', null, null],
    ['Stamnett og internettlinjer', 2_400_000, 'årlig', 'innbyggere', null, null],
    ['IT-ledelse og fellesadministrasjon', 1_800_000, 'årlig', 'lik', null, null],
    [
      'Koordinering av fagsystemer (felleskapsmodellen)',
      1_500_000,
      'engang',
      '30% lik + 70% innbyggere',
      null,
      2026,
    ],
    ['Skoleadministrativ driftsstøtte', 1_050_000, 'årlig', 'Elever', null, null],
    ['Sikkerhetsrevisjon', 450_000, 'engang', '33,3% lik + 66,7% innbyggere', null, 2026],
    ['Bredbånd til grendeskoler', 300_000, 'engang', 'innbyggere', 'Birkenes; Iveland', 2026],
    // KOMBIT's taper: no member is above 150,000 inhabitants yet, so today it splits by population.
    [
      'Nasjonale fellesløsninger (KOMBIT-modellen)',
      640_000,
      'årlig',
      'avtrapp(innbyggere; 150000; 50 %)',
      null,
      null,
    ],
  ],
};

const systems: TableSheet = {
  tableName: 'Systems',
  sheetName: 'Systemer',
  headers: [
    'Fagsystem',
    'Systemeier',
    'Lisenskostnad',
    'Grunnlag',
    'Deltakere',
    'Avtale utløper',
    'Samarbeidsnivå',
  ],
  formats: inputFormats('Systems'),
  rows: [
    [
      'Visma Enterprise økonomi og lønn',
      'Økonomisjef Kristiansand',
      2_100_000,
      'pc',
      null,
      '2027-12-31',
      5,
    ],
    ['ePhorte sak/arkiv', 'Arkivleder Vennesla', 1_200_000, 'innbyggere', null, '2026-09-30', 4],
    [
      'Gerica pleie og omsorg',
      null,
      950_000,
      null,
      'Kristiansand, Søgne, Songdalen',
      '2025-06-30',
      2,
    ],
    ['Microsoft 365', 'IT-sjef', 3_400_000, 'pc', null, '2026-06-30', 5],
    ['Visma Flyt Skole', 'Oppvekstsjef Lillesand', 600_000, 'Elever', null, '2026-12-31', 3],
  ],
};

const CRITERIA = [
  'Gevinst og effektivisering',
  'Innbyggernes behov',
  'Nasjonale fellesløsninger',
  'Risiko og gjennomførbarhet',
  'Universell utforming',
] as const;

/** The weights come from the council's pairwise judgements below, so Vekt is left blank. */
const criteria: TableSheet = {
  tableName: 'Criteria',
  sheetName: 'Kriterier',
  headers: ['Kriterium', 'Vekt'],
  formats: ['text', 'integer'],
  rows: CRITERIA.map((name) => [name, null]),
};

/**
 * The IKT-råd's pairwise judgements (contract v1.1 §10), on Saaty's scale: gevinst first,
 * innbyggernes behov close behind, national solutions last. Not perfectly consistent, as a real
 * council's are not: CR 0.089, just under the 0.10 that would raise INCONSISTENT_WEIGHTS.
 * Fractions are written as text, as a user types them (`1/3`).
 */
const criteriaPairs: TableSheet = {
  tableName: 'CriteriaPairs',
  sheetName: 'Kriteriepar',
  headers: ['Kriterium A', 'Kriterium B', 'Forhold'],
  formats: inputFormats('CriteriaPairs'),
  rows: [
    [CRITERIA[0], CRITERIA[1], 2],
    [CRITERIA[0], CRITERIA[2], 3],
    [CRITERIA[0], CRITERIA[3], 2],
    [CRITERIA[0], CRITERIA[4], 3],
    [CRITERIA[1], CRITERIA[2], 2],
    [CRITERIA[1], CRITERIA[3], 2],
    [CRITERIA[1], CRITERIA[4], 4],
    [CRITERIA[2], CRITERIA[3], '1/2'],
    [CRITERIA[2], CRITERIA[4], '1/3'],
    [CRITERIA[3], CRITERIA[4], 3],
  ],
};

/** The IKT-råd: five members, each leaning a little their own way. */
const SCORERS: readonly Scorer[] = [
  { name: 'IT-sjef', leaning: [0, 0, 1, 0, 0] },
  { name: 'Rådmann Vennesla', leaning: [0, 1, 0, -1, 0] },
  { name: 'Rådmann Lillesand', leaning: [-1, 0, 0, 0, 1] },
  { name: 'Økonomisjef Kristiansand', leaning: [1, 0, 0, 0, -1] },
  { name: 'Kommunalsjef Birkenes', leaning: [0, 1, -1, 0, 0] },
];

const scores: TableSheet = {
  tableName: 'Scores',
  sheetName: 'Poeng',
  headers: ['Tiltak', 'Vurdert av', ...CRITERIA],
  formats: ['text', 'text', 'integer', 'integer', 'integer', 'integer', 'integer'],
  rows: scoreRows(
    {
      P01: [5, 3, 3, 3, 2],
      P02: [4, 3, 4, 4, 3],
      P03: [3, 4, 5, 4, 4],
      P04: [2, 4, 3, 5, 5],
      P05: [3, 3, 1, 3, 2],
      P06: [4, 5, 2, 2, 3],
      P07: [2, 3, 1, 4, 2],
      P08: [2, 4, 2, 3, 4],
      P09: [4, 2, 3, 3, 2],
      // Nobody has judged the byggesak app's universal design yet.
      P10: [3, 3, 3, 3, null],
    },
    SCORERS,
    {
      // The council is split on a shared service desk: Kristiansand sees savings, Birkenes
      // fears losing its local support.
      'P05|Økonomisjef Kristiansand': [5, 5, 1, 4, 2],
      'P05|Kommunalsjef Birkenes': [1, 1, 1, 1, 2],
    },
  ),
};

const budget: TableSheet = {
  tableName: 'Budget',
  sheetName: 'Budsjett',
  headers: ['År', 'Investering', 'Drift'],
  formats: inputFormats('Budget'),
  rows: [
    [2026, 3_500_000, 1_000_000],
    [2027, 3_000_000, 1_500_000],
    [2028, 2_500_000, 1_800_000],
  ],
};

const settings: TableSheet = {
  tableName: 'Settings',
  sheetName: 'Innstillinger',
  headers: ['Innstilling', 'Verdi'],
  rows: [
    ['Valuta', 'NOK'],
    ['Planår', 2026],
    ['Avrunding', 1],
    ['Kalkulasjonsrente', '4 %'],
    ['Varsel avtale måneder', 12],
    ['Uenighetsgrense', 1],
    ['Maks poeng', 5],
  ],
};

/** Knutepunkt Sørlandet's workbook, one table per sheet, in the order a user would keep them. */
export const knutepunktSample: readonly TableSheet[] = [
  municipalities,
  costs,
  systems,
  proposals,
  criteria,
  criteriaPairs,
  scores,
  budget,
  settings,
];
