/**
 * Synthetic cooperations at three sizes, seeded: a region (7 municipalities, like Knutepunkt
 * Sørlandet), a county (50) and the nation (357 municipalities, 2,000 cost items, 500 systems,
 * 1,000 proposals × 10 criteria × 15 scorers, 5 budget years).
 *
 * The data exercise what real workbooks hold: every kind of key (population, equal, pcs, mixes, a
 * custom column, stand-alone for a few items with a StandAlone table), participant subsets,
 * Nordic number and boolean text, dependencies between proposals, and mandatory proposals kept
 * small enough that the plan stays feasible.
 */
import type { OutputValue } from '../../src/engine/table';
import { seededRandom, type Random } from './prng';
import type { InputSheet } from './sheets';

export interface Size {
  readonly name: string;
  readonly municipalities: number;
  readonly costs: number;
  readonly systems: number;
  readonly proposals: number;
  readonly criteria: number;
  readonly scorers: number;
  readonly years: number;
}

export const SIZES = {
  region: {
    name: 'region',
    municipalities: 7,
    costs: 60,
    systems: 25,
    proposals: 30,
    criteria: 6,
    scorers: 5,
    years: 5,
  },
  county: {
    name: 'county',
    municipalities: 50,
    costs: 400,
    systems: 120,
    proposals: 200,
    criteria: 8,
    scorers: 10,
    years: 5,
  },
  national: {
    name: 'national',
    municipalities: 357,
    costs: 2000,
    systems: 500,
    proposals: 1000,
    criteria: 10,
    scorers: 15,
    years: 5,
  },
} as const satisfies Record<string, Size>;

/** The national size with `factor` times its municipalities, cost items and systems. */
export const scaledNational = (factor: number): Size => ({
  ...SIZES.national,
  name: `national ×${factor}`,
  municipalities: SIZES.national.municipalities * factor,
  costs: SIZES.national.costs * factor,
  systems: SIZES.national.systems * factor,
});

export const PLANNING_YEAR = 2026;
/** The custom key column of `Municipalities` (a user count, say of the shared case system). */
export const CUSTOM_KEY = 'Users';

const PREFIXES = [
  'Ås',
  'Bø',
  'Dal',
  'Fjell',
  'Hav',
  'Lund',
  'Mo',
  'Nes',
  'Sand',
  'Skog',
  'Strand',
  'Vik',
  'Berg',
  'Eid',
  'Holm',
  'Øy',
  'Å',
  'Rød',
  'Tved',
  'Lille',
];
const SUFFIXES = [
  'by',
  'dal',
  'nes',
  'vik',
  'berg',
  'stad',
  'sund',
  'heim',
  'fjord',
  'land',
  'ås',
  'øy',
  'rud',
  'moen',
  'haug',
  'seter',
  'li',
  'bø',
  'vang',
  'torp',
];
const CATEGORIES = [
  'Network',
  'Case archive',
  'Payroll',
  'Finance system',
  'Service desk',
  'Backup',
  'E-mail',
  'Identity',
  'Data centre',
  'School platform',
  'Health records',
  'GIS',
];
const AREAS = ['Digital services', 'Infrastructure', 'Health', 'Schools', 'Administration'];
const CRITERIA = [
  'Benefit to residents',
  'Efficiency',
  'Reuse of data',
  'Competence',
  'Resource use',
  'National solutions',
  'Universal design',
  'Standards',
  'Security',
  'Risk',
  'Sustainability',
  'Cooperation',
];
const PEOPLE = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Sofia',
  'Erik',
  'Astrid',
  'Nils',
  'Maja',
  'Jonas',
];

/** Unique names in the Nordic manner: Åsby, Bødal, ..., then numbered past 400. */
export function municipalityName(i: number): string {
  const combos = PREFIXES.length * SUFFIXES.length;
  const base = `${PREFIXES[i % PREFIXES.length]}${SUFFIXES[Math.floor(i / PREFIXES.length) % SUFFIXES.length]}`;
  return i < combos ? base : `${base} ${Math.floor(i / combos) + 1}`;
}

const money = (random: Random, min: number, max: number): number =>
  Math.round(random.logUniform(min, max) * 100) / 100;

/** Money as a finance officer sometimes types it: `1 234 567,50` (a Nordic text number). */
const nordic = (amount: number): string => {
  const [whole = '0', cents = '00'] = amount.toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${cents}`;
};
const moneyCell = (random: Random, amount: number): OutputValue =>
  random.chance(0.1) ? nordic(amount) : amount;

/** Blank (everyone) most of the time, else a subset written with `,` or `;`. */
function participants(random: Random, names: readonly string[], everyone: number): OutputValue {
  if (names.length < 3 || random.chance(everyone)) return null;
  const count = Math.max(2, Math.round(names.length * random.between(0.2, 0.9)));
  const separator = random.chance(0.5) ? ', ' : '; ';
  return random
    .sample(names.length, count)
    .map((i) => names[i])
    .join(separator);
}

/** A key expression of every kind the contract knows; `standalone` is chosen by the caller. */
function key(random: Random): OutputValue {
  const roll = random.next();
  if (roll < 0.25) return 'population';
  if (roll < 0.35) return null; // blank = population
  if (roll < 0.45) return random.pick(['equal', 'likt', 'lika']);
  if (roll < 0.6) return random.pick(['pcs', 'pc']);
  if (roll < 0.75) return '20% equal + 80% population';
  if (roll < 0.82) return '30% equal + 50% population + 20% pcs';
  if (roll < 0.9) return '50% innbyggere + 50% pc';
  return CUSTOM_KEY;
}

interface Municipal {
  readonly name: string;
  readonly population: number;
}

function municipalitiesSheet(random: Random, size: Size): InputSheet & { members: Municipal[] } {
  const members: Municipal[] = [];
  const rows: OutputValue[][] = [];
  for (let i = 0; i < size.municipalities; i += 1) {
    const name = municipalityName(i);
    const population = Math.round(random.logUniform(800, i === 0 ? 700_000 : 120_000));
    const pcs = Math.max(10, Math.round(population * random.between(0.05, 0.12)));
    const budget = Math.round(population * random.between(1500, 3000));
    members.push({ name, population });
    rows.push([name, population, pcs, budget, Math.round(population * random.between(0.2, 0.4))]);
  }
  return {
    tableName: 'Municipalities',
    sheetName: 'Kommuner',
    headers: ['Kommune', 'Innbyggere', 'PCs', 'Budsjett', CUSTOM_KEY],
    rows,
    members,
  };
}

/** Costs, with a few `standalone` items whose stand-alone costs go into `standAlone`. */
function costsSheets(
  random: Random,
  size: Size,
  members: readonly Municipal[],
): { costs: InputSheet; standAlone: InputSheet } {
  const names = members.map((m) => m.name);
  const population = new Map(members.map((m) => [m.name, m.population]));
  const rows: OutputValue[][] = [];
  const standAloneRows: OutputValue[][] = [];
  const standAloneEvery = Math.max(10, Math.round(size.costs / 20));
  for (let i = 0; i < size.costs; i += 1) {
    const item = `${CATEGORIES[i % CATEGORIES.length]} ${String(i + 1).padStart(4, '0')}`;
    const amount = money(random, 10_000, 5_000_000);
    const oneOff = random.chance(0.3);
    const kind = oneOff
      ? random.pick(['one-off', 'engang'])
      : random.pick(['annual', 'årlig', null]);
    const year =
      oneOff && random.chance(0.5) ? PLANNING_YEAR + random.int(0, size.years - 1) : null;
    if (i % standAloneEvery === standAloneEvery - 1) {
      // Stand-alone (equal proportional savings): each participant's cost alone exceeds its
      // population share, so the shared amount is below Σ SA as the contract requires.
      const who = participants(random, names, 0.3);
      const list = who === null ? names : String(who).split(/[,;]\s*/);
      const total = list.reduce((n, m) => n + (population.get(m) ?? 0), 0);
      for (const m of list) {
        const share = (amount * (population.get(m) ?? 0)) / total;
        standAloneRows.push([item, m, Math.round(share * random.between(1.2, 2) * 100) / 100]);
      }
      rows.push([item, amount, kind, 'standalone', who, year]);
      continue;
    }
    rows.push([
      item,
      moneyCell(random, amount),
      kind,
      key(random),
      participants(random, names, 0.6),
      year,
    ]);
  }
  return {
    costs: {
      tableName: 'Costs',
      sheetName: 'Kostnader',
      headers: ['Post', 'Beløp', 'Type', 'Nøkkel', 'Deltakere', 'År'],
      rows,
    },
    standAlone: {
      tableName: 'StandAlone',
      sheetName: 'Frittstående',
      headers: ['Item', 'Municipality', 'Cost'],
      rows: standAloneRows,
    },
  };
}

function systemsSheet(random: Random, size: Size, names: readonly string[]): InputSheet {
  const rows: OutputValue[][] = [];
  for (let i = 0; i < size.systems; i += 1) {
    const expiry = random.chance(0.3)
      ? null
      : `${PLANNING_YEAR - 1 + random.int(0, 6)}-${String(random.int(1, 12)).padStart(2, '0')}-28`;
    rows.push([
      `System ${String(i + 1).padStart(4, '0')}`,
      random.chance(0.9) ? random.pick(PEOPLE) : null,
      random.chance(0.05) ? null : money(random, 5_000, 2_000_000),
      random.pick([null, null, null, 'pcs', 'population', 'equal']),
      participants(random, names, 0.5),
      expiry,
      random.chance(0.2) ? null : random.int(1, 5),
    ]);
  }
  return {
    tableName: 'Systems',
    sheetName: 'Fagsystemer',
    headers: [
      'System',
      'Systemeier',
      'Lisenskostnad',
      'Grunnlag',
      'Deltakere',
      'Avtale utløper',
      'Samarbeidsnivå',
    ],
    rows,
  };
}

interface ProposalFacts {
  readonly oneOff: number;
  readonly annual: number;
}

function proposalsSheet(
  random: Random,
  who: Random,
  size: Size,
  names: readonly string[],
): InputSheet & { facts: ProposalFacts[] } {
  const rows: OutputValue[][] = [];
  const facts: ProposalFacts[] = [];
  const id = (i: number): string => `P${String(i + 1).padStart(4, '0')}`;
  for (let i = 0; i < size.proposals; i += 1) {
    // Mandatory proposals are small and free of dependencies and start years: always fundable.
    const mandatory = random.chance(0.02);
    const oneOff = mandatory
      ? money(random, 10_000, 200_000)
      : random.chance(0.1)
        ? 0
        : money(random, 50_000, 5_000_000);
    const annual = random.chance(0.2) ? 0 : money(random, 5_000, mandatory ? 20_000 : 500_000);
    const dependsOn =
      !mandatory && i > 5 && random.chance(0.1)
        ? random.sample(i, random.int(1, 2)).map(id).join(', ')
        : null;
    facts.push({ oneOff, annual });
    rows.push([
      id(i),
      `${random.pick(CATEGORIES)} upgrade ${i + 1}`,
      random.chance(0.95) ? random.pick(PEOPLE) : null,
      random.pick(AREAS),
      oneOff,
      annual,
      money(random, 1_000, 1_500_000),
      random.chance(0.2) ? null : random.int(3, 10),
      key(random),
      participants(who, names, 0.6),
      random.pick(['yes', 'no', 'ja', 'nei', null]),
      dependsOn,
      mandatory ? random.pick(['yes', 'ja', 'x']) : null,
      !mandatory && random.chance(0.15)
        ? PLANNING_YEAR + random.int(1, Math.min(3, size.years - 1))
        : null,
    ]);
  }
  return {
    tableName: 'Proposals',
    sheetName: 'Tiltak',
    headers: [
      'ID',
      'Tittel',
      'Owner',
      'Område',
      'Engangskostnad',
      'Årlig kostnad',
      'Årlig gevinst',
      'Levetid',
      'Key',
      'Participants',
      'Kost/nytte',
      'Avhenger av',
      'Lovpålagt',
      'Tidligst',
    ],
    rows,
    facts,
  };
}

function scoringSheets(random: Random, size: Size): { criteria: InputSheet; scores: InputSheet } {
  const criteria = CRITERIA.slice(0, size.criteria);
  const rows: OutputValue[][] = [];
  for (let p = 0; p < size.proposals; p += 1) {
    const merit = criteria.map(() => random.between(0.5, 4.5));
    for (let s = 0; s < size.scorers; s += 1) {
      const scores = merit.map((m) =>
        random.chance(0.03)
          ? null
          : Math.min(5, Math.max(0, Math.round(m + random.between(-1.2, 1.2)))),
      );
      rows.push([`P${String(p + 1).padStart(4, '0')}`, `Member ${s + 1}`, ...scores]);
    }
  }
  return {
    criteria: {
      tableName: 'Criteria',
      sheetName: 'Kriterier',
      headers: ['Kriterium', 'Vekt'],
      rows: criteria.map((c, i) => [c, 1 + (i % 5)]),
    },
    scores: {
      tableName: 'Scores',
      sheetName: 'Vurderinger',
      headers: ['Tiltak', 'Vurdert av', ...criteria],
      rows,
    },
  };
}

/**
 * Budget years that fund roughly a third of what is proposed: the plan has real choices to make,
 * and the mandatory proposals (small, no conditions) always fit.
 */
function budgetSheet(size: Size, facts: readonly ProposalFacts[]): InputSheet {
  const oneOff = facts.reduce((n, f) => n + f.oneOff, 0);
  const annual = facts.reduce((n, f) => n + f.annual, 0);
  const rows: OutputValue[][] = [];
  for (let y = 0; y < size.years; y += 1) {
    rows.push([
      PLANNING_YEAR + y,
      Math.round((0.35 * oneOff) / size.years),
      Math.round(annual * (0.15 + 0.08 * y)),
    ]);
  }
  return {
    tableName: 'Budget',
    sheetName: 'Budsjett',
    headers: ['År', 'Investering', 'Drift'],
    rows,
  };
}

const settingsSheet = (): InputSheet => ({
  tableName: 'Settings',
  sheetName: 'Innstillinger',
  headers: ['Setting', 'Value'],
  rows: [
    ['Currency', 'NOK'],
    ['PlanningYear', PLANNING_YEAR],
    ['RoundTo', 0.01],
    ['Language', 'en'],
  ],
});

/** The whole synthetic workbook of `size`, the same for the same `seed`. */
export function generateWorkbook(size: Size, seed = 20260101): readonly InputSheet[] {
  // Separate streams per table: the proposals and scores of a scaled workbook are the national
  // ones, so its funding plan is the same and only the allocation grows.
  const { members, ...municipalities } = municipalitiesSheet(seededRandom(seed), size);
  const names = members.map((m) => m.name);
  const { costs, standAlone } = costsSheets(seededRandom(seed + 1), size, members);
  const systems = systemsSheet(seededRandom(seed + 2), size, names);
  const { facts, ...proposals } = proposalsSheet(
    seededRandom(seed + 3),
    seededRandom(seed + 5),
    size,
    names,
  );
  const { criteria, scores } = scoringSheets(seededRandom(seed + 4), size);
  return [
    municipalities,
    costs,
    systems,
    proposals,
    criteria,
    scores,
    budgetSheet(size, facts),
    standAlone,
    settingsSheet(),
  ];
}
