/**
 * Sample: the five Dalsland municipalities (IT policy 2009–2013). Swedish headers, SEK, öre.
 * Common investments are split by population unless otherwise agreed; some shared services are
 * split by stand-alone costs (equal proportional savings, key `fristående`), with a StandAlone
 * table saying what each would cost a municipality alone. The shared running of the finance
 * system is split by the Shapley value of its coalition costs (`shapley`, contract v1.1 §12), and
 * the Raindance licence, still split by population, is checked against what groups of members
 * would pay for it on their own. Every application has a systemägare (one does not, yet) and a
 * level of cooperation. Planning year 2027, three budget years.
 */
import { inputFormats } from '../engine/template';
import type { TableSheet } from '../engine/table';
import { proposals } from './dalslandProposals';
import { excelDate, scoreRows, type Scorer } from './build';

const municipalities: TableSheet = {
  tableName: 'Municipalities',
  sheetName: 'Kommuner',
  headers: ['Kommun', 'Invånare', 'Datorer', 'Budget', 'Anställda'],
  formats: [...inputFormats('Municipalities'), 'integer'],
  rows: [
    ['Bengtsfors', 9_600, 700, 5_400_000, 820],
    ['Dals-Ed', 4_700, 360, 2_200_000, 410],
    ['Färgelanda', 6_500, 480, 3_900_000, 560],
    ['Mellerud', 9_100, 650, 4_900_000, 790],
    ['Åmål', 12_600, 900, 6_600_000, 1_080],
  ],
};

const E_SERVICES = 'Gemensam e-tjänsteplattform';
const SWITCHBOARD = 'Gemensam växel';
const PAYROLL = 'Gemensam lönehantering';
const FINANCE = 'Ekonomisystem, drift och förvaltning';
const RAINDANCE = 'Raindance ekonomi';

const costs: TableSheet = {
  tableName: 'Costs',
  sheetName: 'Kostnader',
  headers: ['Kostnadspost', 'Belopp', 'Typ', 'Fördelningsnyckel', 'Deltagare', 'År'],
  formats: inputFormats('Costs'),
  rows: [
    ['Gemensam IT-drift (IT-nämnden)', 8_500_000, 'löpande', 'invånare', null, null],
    [E_SERVICES, 1_200_000, 'engång', 'fristående', null, 2027],
    [SWITCHBOARD, 900_000, 'löpande', 'fristående', null, null],
    [PAYROLL, 1_000_000, 'löpande', 'invånare', null, null],
    [FINANCE, 1_650_000, 'löpande', 'shapley', null, null],
    ['IT-säkerhetssamordnare', 750_000, 'löpande', 'lika', null, null],
    ['Licenser kontorsprogram', 2_100_000, 'löpande', 'datorer', null, null],
    ['Utbildning för systemägare', 200_000, 'engång', '20% lika + 80% invånare', null, 2027],
    ['Personalsystemets drift', 640_000.5, 'löpande', 'Anställda', null, null],
    [
      'Fiberanslutning av skolor',
      450_000,
      'engång',
      'invånare',
      'Dals-Ed; Färgelanda; Bengtsfors',
      2027,
    ],
  ],
};

/** What each municipality would pay going alone; Dals-Ed would run its own payroll cheaply. */
const standAlone: TableSheet = {
  tableName: 'StandAlone',
  sheetName: 'Fristående',
  headers: ['Kostnadspost', 'Kommun', 'Kostnad'],
  formats: inputFormats('StandAlone'),
  rows: [
    [E_SERVICES, 'Bengtsfors', 420_000],
    [E_SERVICES, 'Dals-Ed', 300_000],
    [E_SERVICES, 'Färgelanda', 340_000],
    [E_SERVICES, 'Mellerud', 410_000],
    [E_SERVICES, 'Åmål', 480_000],
    [SWITCHBOARD, 'Bengtsfors', 260_000],
    [SWITCHBOARD, 'Dals-Ed', 170_000],
    [SWITCHBOARD, 'Färgelanda', 200_000],
    [SWITCHBOARD, 'Mellerud', 250_000],
    [SWITCHBOARD, 'Åmål', 300_000],
    [PAYROLL, 'Bengtsfors', 260_000],
    [PAYROLL, 'Dals-Ed', 100_000],
    [PAYROLL, 'Färgelanda', 190_000],
    [PAYROLL, 'Mellerud', 250_000],
    [PAYROLL, 'Åmål', 330_000],
    ['D05', 'Bengtsfors', 330_000],
    ['D05', 'Dals-Ed', 210_000],
    ['D05', 'Färgelanda', 260_000],
    ['D05', 'Mellerud', 320_000],
    ['D05', 'Åmål', 390_000],
  ],
};

/**
 * What the finance system would cost each municipality, and groups of them, without the others
 * (Koalitionskostnader): running it alone costs a small municipality nearly as much as a large
 * one; the northern pair Åmål–Bengtsfors and the southern Mellerud–Färgelanda would share a
 * server room and a system administrator. Raindance's licence priced for smaller groups too.
 */
const coalitionCosts: TableSheet = {
  tableName: 'CoalitionCosts',
  sheetName: 'Koalitionskostnader',
  headers: ['Kostnadspost', 'Koalition', 'Kostnad'],
  formats: inputFormats('CoalitionCosts'),
  rows: [
    [FINANCE, 'Bengtsfors', 520_000],
    [FINANCE, 'Dals-Ed', 330_000],
    [FINANCE, 'Färgelanda', 400_000],
    [FINANCE, 'Mellerud', 500_000],
    [FINANCE, 'Åmål', 610_000],
    [FINANCE, 'Åmål, Bengtsfors', 880_000],
    [FINANCE, 'Mellerud, Färgelanda', 690_000],
    [FINANCE, 'Bengtsfors, Dals-Ed', 680_000],
    [FINANCE, 'Åmål, Bengtsfors, Dals-Ed', 1_080_000],
    [FINANCE, 'Mellerud, Färgelanda, Dals-Ed', 880_000],
    [RAINDANCE, 'Bengtsfors', 310_000],
    [RAINDANCE, 'Dals-Ed', 190_000],
    [RAINDANCE, 'Färgelanda', 240_000],
    [RAINDANCE, 'Mellerud', 300_000],
    [RAINDANCE, 'Åmål', 370_000],
    [RAINDANCE, 'Åmål, Bengtsfors', 540_000],
    [RAINDANCE, 'Mellerud, Färgelanda, Dals-Ed', 560_000],
  ],
};

const systems: TableSheet = {
  tableName: 'Systems',
  sheetName: 'System',
  headers: [
    'Applikation',
    'Systemägare',
    'Licenskostnad',
    'Grund',
    'Deltagare',
    'Avtal löper ut',
    'Samverkansnivå',
  ],
  formats: inputFormats('Systems'),
  rows: [
    [RAINDANCE, 'Ekonomichef Åmål', 1_100_000, 'invånare', null, excelDate(2028, 12, 31), 5],
    [
      'Procapita vård och omsorg',
      'Socialchef Mellerud',
      1_400_000,
      null,
      'Bengtsfors, Mellerud, Åmål',
      excelDate(2027, 3, 31),
      2,
    ],
    ['Lex dokumenthantering', null, 400_000, 'lika', null, excelDate(2026, 9, 30), 3],
    [
      'Heroma personal och lön',
      'HR-chef Bengtsfors',
      800_000,
      'Anställda',
      null,
      excelDate(2029, 6, 30),
      4,
    ],
    [
      'Skolplattform',
      'Förvaltningschef Dals-Ed',
      500_000,
      'invånare',
      'Dals-Ed, Färgelanda',
      null,
      1,
    ],
  ],
};

const CRITERIA = [
  'Nytta för invånarna',
  'Effektivisering',
  'Samverkan i Dalsland',
  'Risk',
  'Nationella standarder',
] as const;

const criteria: TableSheet = {
  tableName: 'Criteria',
  sheetName: 'Kriterier',
  headers: ['Kriterium', 'Vikt'],
  formats: inputFormats('Criteria'),
  rows: [
    [CRITERIA[0], 3],
    [CRITERIA[1], 2.5],
    [CRITERIA[2], 2],
    [CRITERIA[3], 1.5],
    [CRITERIA[4], 1],
  ],
};

const SCORERS: readonly Scorer[] = [
  { name: 'IT-chef', leaning: [0, 1, 0, 0, 1] },
  { name: 'Kommunchef Åmål', leaning: [0, 0, -1, 0, 0] },
  { name: 'Ekonomichef Mellerud', leaning: [-1, 1, 0, 0, 0] },
  { name: 'Kommunchef Bengtsfors', leaning: [1, 0, 0, -1, 0] },
  { name: 'Förvaltningschef Dals-Ed', leaning: [0, -1, 1, 0, 0] },
];

const scores: TableSheet = {
  tableName: 'Scores',
  sheetName: 'Bedömningar',
  headers: ['Förslag', 'Bedömare', ...CRITERIA],
  formats: ['text', 'text', 'integer', 'integer', 'integer', 'integer', 'integer'],
  rows: scoreRows(
    {
      D01: [3, 5, 4, 3, 3],
      D02: [3, 3, 4, 4, 5],
      D03: [5, 3, 3, 4, 5],
      D04: [4, 2, 2, 5, 4],
      D05: [4, 4, 5, 3, 3],
      D06: [2, 4, 4, 3, 2],
      D07: [3, 2, 2, 4, 2],
      D08: [3, 3, 2, 4, 3],
      D09: [5, 3, 2, 2, 3],
      // The GIS platform has not been weighed against national standards yet.
      D10: [2, 3, 4, 3, null],
    },
    SCORERS,
    {
      // Åmål wants the support desk; Dals-Ed fears its own technician would be moved.
      'D06|Kommunchef Åmål': [4, 5, 5, 4, 2],
      'D06|Förvaltningschef Dals-Ed': [0, 1, 1, 1, 2],
    },
  ),
};

const budget: TableSheet = {
  tableName: 'Budget',
  sheetName: 'Budget',
  headers: ['År', 'Investering', 'Drift'],
  formats: inputFormats('Budget'),
  rows: [
    [2027, 2_500_000, 700_000],
    [2028, 2_000_000, 1_000_000],
    [2029, 1_500_000, 1_200_000],
  ],
};

const settings: TableSheet = {
  tableName: 'Settings',
  sheetName: 'Inställningar',
  headers: ['Inställning', 'Värde'],
  rows: [
    ['Valuta', 'SEK'],
    ['Planeringsår', 2027],
    ['Avrundning', 0.01],
    ['Kalkylränta', '3,5 %'],
    ['Varsel avtal månader', 12],
    ['Oenighetsgräns', 1],
    ['Max poäng', 5],
  ],
};

/** Dalsland's workbook, one table per sheet. */
export const dalslandSample: readonly TableSheet[] = [
  municipalities,
  costs,
  standAlone,
  coalitionCosts,
  systems,
  proposals,
  criteria,
  scores,
  budget,
  settings,
];
