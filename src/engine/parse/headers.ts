/**
 * Header matching (contract §1): case-insensitive, ignoring spaces, `-`, `_` and `.`, with the
 * Norwegian, Swedish and Spanish aliases of §2.
 */
import type { InputTableName } from '../table';

/** The form two headers are compared in: `Antall PC` and `antall_pc` are the same column. */
export const normaliseHeader = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-_.]+/g, '');

const PARTICIPANTS = ['Deltakere', 'Deltagare', 'Participantes'];
const KEY = ['Nøkkel', 'Fordelingsnøkkel', 'Nyckel', 'Fördelningsnyckel', 'Clave'];
const OWNER = ['Systemeier', 'Systemägare', 'Propietario'];

/** Canonical column → its aliases, per input table. */
export const COLUMN_ALIASES: Readonly<
  Record<InputTableName, Readonly<Record<string, readonly string[]>>>
> = {
  Municipalities: {
    Municipality: ['Kommune', 'Kommun', 'Municipio', 'Member'],
    Population: ['Innbyggere', 'Folketall', 'Invånare', 'Befolkning', 'Población'],
    PCs: ['PC', 'Antall PC', 'PC-er', 'Datorer', 'Ordenadores', 'Devices'],
    Budget: ['Budsjett', 'Presupuesto'],
  },
  Costs: {
    Item: ['Post', 'Kostnadspost', 'Partida'],
    Amount: ['Beløp', 'Belopp', 'Importe'],
    Kind: ['Type', 'Art', 'Typ', 'Tipo'],
    Key: KEY,
    Participants: PARTICIPANTS,
    Year: ['År', 'Año'],
  },
  Systems: {
    System: ['Fagsystem', 'Applikasjon', 'Applikation', 'Sistema'],
    Owner: OWNER,
    LicenceCost: ['LicenseCost', 'Lisenskostnad', 'Licenskostnad', 'Coste de licencia'],
    Basis: ['Grunnlag', 'Grund', 'Base'],
    Participants: PARTICIPANTS,
    ContractExpiry: ['Avtale utløper', 'Avtal löper ut', 'Fin de contrato'],
    CooperationLevel: ['Samarbeidsnivå', 'Samverkansnivå', 'Nivel'],
  },
  Proposals: {
    ID: [],
    Title: ['Tittel', 'Tiltak', 'Titel', 'Título'],
    Owner: OWNER,
    Area: ['Område', 'Innsatsområde', 'Ámbito'],
    OneOffCost: ['Engangskostnad', 'Engångskostnad', 'Inversión'],
    AnnualCost: ['Årlig kostnad', 'Driftskostnad', 'Coste anual'],
    AnnualBenefit: ['Årlig gevinst', 'Gevinst', 'Årlig nytta', 'Beneficio anual'],
    Lifetime: ['Levetid', 'Livslängd', 'Vida útil'],
    Key: KEY,
    Participants: PARTICIPANTS,
    CostBenefit: ['Kost/nytte', 'Kostnad/nytta', 'Coste/beneficio'],
    DependsOn: ['Avhenger av', 'Beroende av', 'Depende de'],
    Mandatory: ['Lovpålagt', 'Obligatorisk', 'Obligatorio'],
    EarliestYear: ['Tidligst', 'Tidigast', 'Año mínimo'],
  },
  Criteria: {
    Criterion: ['Kriterium', 'Criterio'],
    Weight: ['Vekt', 'Vikt', 'Peso'],
  },
  Scores: {
    Proposal: ['Tiltak', 'Förslag', 'Propuesta'],
    Scorer: ['Vurdert av', 'Bedömare', 'Evaluador'],
  },
  Budget: {
    Year: ['År', 'Año'],
    Investment: ['Investering', 'Inversión'],
    Operating: ['Drift', 'Operativo'],
  },
  StandAlone: {
    Item: ['Post', 'Kostnadspost', 'Partida'],
    Municipality: ['Kommune', 'Kommun', 'Municipio', 'Member'],
    Cost: ['Kostnad', 'Coste'],
  },
  Settings: {
    Setting: ['Innstilling', 'Inställning', 'Ajuste'],
    Value: ['Verdi', 'Värde', 'Valor'],
  },
};

/** The canonical column a header names in a table, or null for an extra column. */
export function canonicalColumn(table: InputTableName, header: string): string | null {
  const wanted = normaliseHeader(header);
  for (const [canonical, aliases] of Object.entries(COLUMN_ALIASES[table])) {
    if (normaliseHeader(canonical) === wanted) return canonical;
    if (aliases.some((alias) => normaliseHeader(alias) === wanted)) return canonical;
  }
  return null;
}
