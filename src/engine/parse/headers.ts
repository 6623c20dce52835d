/**
 * Header matching (contract §1): case-insensitive, ignoring spaces, `-`, `_` and `.`, with the
 * Norwegian, Swedish and Spanish aliases of §2; and the header each language's template writes.
 */
import type { Language } from '../../i18n/language';
import type { InputTableName } from '../table';

/** The form two headers are compared in: `Antall PC` and `antall_pc` are the same column. */
export const normaliseHeader = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-_.]+/g, '');

/** Headers as each language writes them: [nb, sv, es], the first being the preferred one. */
type Spelling = readonly [nb: string, sv: string, es: string];
/** Canonical column → [preferred nb, sv, es, then every other alias]. */
type Columns = Readonly<Record<string, readonly [...Spelling, ...string[]]>>;

const MUNICIPALITY = ['Kommune', 'Kommun', 'Municipio', 'Member'] as const;
const ITEM = ['Post', 'Kostnadspost', 'Partida'] as const;
const KEY = ['Nøkkel', 'Nyckel', 'Clave', 'Fordelingsnøkkel', 'Fördelningsnyckel'] as const;
const PARTICIPANTS = ['Deltakere', 'Deltagare', 'Participantes'] as const;
const OWNER = ['Systemeier', 'Systemägare', 'Propietario'] as const;
const YEAR = ['År', 'År', 'Año'] as const;

/**
 * Every alias of every column, by table, the preferred nb/sv/es spellings first. Where the
 * contract gives a language no alias of its own, the canonical name stands in (`Budget` in
 * Swedish, `ID` everywhere). Extension: `LicenseCost` (US spelling) is accepted as well.
 */
const COLUMNS: Readonly<Record<InputTableName, Columns>> = {
  Municipalities: {
    Municipality: MUNICIPALITY,
    Population: ['Innbyggere', 'Invånare', 'Población', 'Folketall', 'Befolkning'],
    PCs: ['Antall PC', 'Datorer', 'Ordenadores', 'PC', 'PC-er', 'Devices'],
    Budget: ['Budsjett', 'Budget', 'Presupuesto'],
  },
  Costs: {
    Item: ITEM,
    Amount: ['Beløp', 'Belopp', 'Importe'],
    Kind: ['Type', 'Typ', 'Tipo', 'Art'],
    Key: KEY,
    Participants: PARTICIPANTS,
    Year: YEAR,
  },
  Systems: {
    System: ['Fagsystem', 'Applikation', 'Sistema', 'Applikasjon'],
    Owner: OWNER,
    LicenceCost: ['Lisenskostnad', 'Licenskostnad', 'Coste de licencia', 'LicenseCost'],
    Basis: ['Grunnlag', 'Grund', 'Base'],
    Participants: PARTICIPANTS,
    ContractExpiry: ['Avtale utløper', 'Avtal löper ut', 'Fin de contrato'],
    CooperationLevel: ['Samarbeidsnivå', 'Samverkansnivå', 'Nivel'],
  },
  Proposals: {
    ID: ['ID', 'ID', 'ID'],
    Title: ['Tittel', 'Titel', 'Título', 'Tiltak'],
    Owner: OWNER,
    Area: ['Område', 'Område', 'Ámbito', 'Innsatsområde'],
    OneOffCost: ['Engangskostnad', 'Engångskostnad', 'Inversión'],
    AnnualCost: ['Årlig kostnad', 'Driftskostnad', 'Coste anual'],
    AnnualBenefit: ['Årlig gevinst', 'Årlig nytta', 'Beneficio anual', 'Gevinst'],
    Lifetime: ['Levetid', 'Livslängd', 'Vida útil'],
    Key: KEY,
    Participants: PARTICIPANTS,
    CostBenefit: ['Kost/nytte', 'Kostnad/nytta', 'Coste/beneficio'],
    DependsOn: ['Avhenger av', 'Beroende av', 'Depende de'],
    Mandatory: ['Lovpålagt', 'Obligatorisk', 'Obligatorio'],
    EarliestYear: ['Tidligst', 'Tidigast', 'Año mínimo'],
    Excluded: ['Utelatt', 'Utesluten', 'Excluido'],
  },
  Criteria: {
    Criterion: ['Kriterium', 'Kriterium', 'Criterio'],
    Weight: ['Vekt', 'Vikt', 'Peso'],
  },
  Scores: {
    Proposal: ['Tiltak', 'Förslag', 'Propuesta'],
    Scorer: ['Vurdert av', 'Bedömare', 'Evaluador'],
  },
  Budget: {
    Year: YEAR,
    Investment: ['Investering', 'Investering', 'Inversión'],
    Operating: ['Drift', 'Drift', 'Operativo'],
  },
  StandAlone: {
    Item: ITEM,
    Municipality: MUNICIPALITY,
    Cost: ['Kostnad', 'Kostnad', 'Coste'],
  },
  Settings: {
    Setting: ['Innstilling', 'Inställning', 'Ajuste'],
    Value: ['Verdi', 'Värde', 'Valor'],
  },
  // Contract v1.1 §12 names no Coalition aliases: these are the languages' own words.
  CoalitionCosts: {
    Item: ITEM,
    Coalition: ['Koalisjon', 'Koalition', 'Coalición'],
    Cost: ['Kostnad', 'Kostnad', 'Coste'],
  },
  // Contract v1.1 §10 names only Ratio's aliases: the criteria columns take Criteria's words.
  CriteriaPairs: {
    CriterionA: ['Kriterium A', 'Kriterium A', 'Criterio A'],
    CriterionB: ['Kriterium B', 'Kriterium B', 'Criterio B'],
    Ratio: ['Forhold', 'Förhållande', 'Razón'],
  },
};

const mapTables = <T>(f: (columns: Columns) => T): Readonly<Record<InputTableName, T>> => ({
  Municipalities: f(COLUMNS.Municipalities),
  Costs: f(COLUMNS.Costs),
  Systems: f(COLUMNS.Systems),
  Proposals: f(COLUMNS.Proposals),
  Criteria: f(COLUMNS.Criteria),
  Scores: f(COLUMNS.Scores),
  Budget: f(COLUMNS.Budget),
  StandAlone: f(COLUMNS.StandAlone),
  Settings: f(COLUMNS.Settings),
  CoalitionCosts: f(COLUMNS.CoalitionCosts),
  CriteriaPairs: f(COLUMNS.CriteriaPairs),
});

/** Canonical column → its aliases (every spelling but the canonical name), per input table. */
export const COLUMN_ALIASES: Readonly<
  Record<InputTableName, Readonly<Record<string, readonly string[]>>>
> = mapTables((columns) =>
  Object.fromEntries(
    Object.entries(columns).map(([canonical, aliases]) => [
      canonical,
      [...new Set(aliases)].filter((alias) => alias !== canonical),
    ]),
  ),
);

/**
 * The header a template writes for each column, per language: en is the canonical name, nb, sv
 * and es the first alias of that language in the contract (the canonical name where it has none).
 * The parser reads every one of them back as its column.
 */
export const PREFERRED_HEADERS: Readonly<
  Record<InputTableName, Readonly<Record<string, Readonly<Record<Language, string>>>>>
> = mapTables((columns) =>
  Object.fromEntries(
    Object.entries(columns).map(([canonical, [nb, sv, es]]) => [
      canonical,
      { en: canonical, nb, sv, es },
    ]),
  ),
);

/** Normalised header → canonical column, per table. */
const LOOKUP: Readonly<Record<InputTableName, ReadonlyMap<string, string>>> = mapTables(
  (columns) =>
    new Map(
      Object.entries(columns).flatMap(([canonical, aliases]) =>
        [canonical, ...aliases].map((h) => [normaliseHeader(h), canonical] as const),
      ),
    ),
);

/** The canonical column a header names in a table, or null for an extra column. */
export function canonicalColumn(table: InputTableName, header: string): string | null {
  return LOOKUP[table].get(normaliseHeader(header)) ?? null;
}
