/** Problem messages (contract §7): what was expected and what was found, in the user's language. */
import { fill, type Catalogue, type Language } from './language';
import { formatNumber } from './numbers';
import type { LocalisedProblem, Problem, ProblemCode } from '../engine/problem';

export const PROBLEM_MESSAGES: Catalogue<ProblemCode> = {
  en: {
    MISSING_TABLE: 'The workbook has no {table} table (or sheet). It is required.',
    MISSING_COLUMN: 'The {table} table has no {column} column. It is required.',
    DUPLICATE_COLUMN: 'The {table} table has the column {column} twice.',
    EMPTY_TABLE: 'The {table} table has no rows. At least one is required.',
    REQUIRED: '{column} is required here, but the cell is blank.',
    EXCEL_ERROR: '{column} holds the Excel error {found}; a value was expected.',
    NOT_A_NUMBER: '{column} should be a number, but it is "{found}".',
    NOT_WHOLE: '{column} should be a whole number, but it is "{found}".',
    NEGATIVE: '{column} cannot be negative, but it is "{found}".',
    NOT_POSITIVE: '{column} must be greater than 0, but it is "{found}".',
    OUT_OF_RANGE: '{column} should be between {min} and {max}, but it is "{found}".',
    NOT_BOOLEAN: '{column} should be yes or no, but it is "{found}".',
    NOT_A_DATE: '{column} should be a date (2026-03-31 or 31.03.2026), but it is "{found}".',
    NOT_TEXT: '{column} should be text, but it is "{found}".',
    DUPLICATE: '"{found}" appears twice in {column}; it was already in {first}.',
    UNKNOWN_KIND: 'Kind should be one-off or annual, but it is "{found}".',
    UNKNOWN_MUNICIPALITY: '"{found}" is not a municipality in the Municipalities table.',
    UNKNOWN_PROPOSAL: '"{found}" is not a proposal ID in the Proposals table.',
    UNKNOWN_ITEM: '"{found}" is not a cost item, system or proposal.',
    UNKNOWN_SETTING_VALUE: 'The setting {setting} cannot be "{found}"; expected {expected}.',
    BAD_KEY:
      'The key "{found}" cannot be read; write e.g. population, or 20% equal + 80% population.',
    UNKNOWN_KEY:
      '"{found}" is not a key: use population, equal, pcs, standalone or a number column of Municipalities.',
    KEY_PERCENT_SUM: 'The percentages in "{found}" add up to {total}, not 100.',
    DEPENDENCY_CYCLE: 'These proposals depend on each other in a circle: {ids}.',
    ZERO_WEIGHTS: '"{item}" cannot be split: every participant has 0 in its key.',
    STANDALONE_MISSING:
      '"{item}" is split by standalone, but {municipality} has no stand-alone cost for it.',
    BUDGET_SHORT: 'The mandatory proposals do not fit: {budget} for {year} is {amount} short.',
  },
  nb: {
    MISSING_TABLE: 'Arbeidsboken mangler tabellen (eller arket) {table}. Den er påkrevd.',
    MISSING_COLUMN: 'Tabellen {table} mangler kolonnen {column}. Den er påkrevd.',
    DUPLICATE_COLUMN: 'Tabellen {table} har kolonnen {column} to ganger.',
    EMPTY_TABLE: 'Tabellen {table} har ingen rader. Minst én er påkrevd.',
    REQUIRED: '{column} må fylles ut her, men cellen er tom.',
    EXCEL_ERROR: '{column} inneholder Excel-feilen {found}; en verdi var ventet.',
    NOT_A_NUMBER: '{column} skal være et tall, men er «{found}».',
    NOT_WHOLE: '{column} skal være et heltall, men er «{found}».',
    NEGATIVE: '{column} kan ikke være negativ, men er «{found}».',
    NOT_POSITIVE: '{column} må være større enn 0, men er «{found}».',
    OUT_OF_RANGE: '{column} skal være mellom {min} og {max}, men er «{found}».',
    NOT_BOOLEAN: '{column} skal være ja eller nei, men er «{found}».',
    NOT_A_DATE: '{column} skal være en dato (2026-03-31 eller 31.03.2026), men er «{found}».',
    NOT_TEXT: '{column} skal være tekst, men er «{found}».',
    DUPLICATE: '«{found}» står to ganger i {column}; den står allerede i {first}.',
    UNKNOWN_KIND: 'Type skal være engang eller årlig, men er «{found}».',
    UNKNOWN_MUNICIPALITY: '«{found}» er ikke en kommune i tabellen Municipalities.',
    UNKNOWN_PROPOSAL: '«{found}» er ikke en tiltaks-ID i tabellen Proposals.',
    UNKNOWN_ITEM: '«{found}» er ikke en kostnadspost, et system eller et tiltak.',
    UNKNOWN_SETTING_VALUE: 'Innstillingen {setting} kan ikke være «{found}»; ventet {expected}.',
    BAD_KEY:
      'Nøkkelen «{found}» kan ikke leses; skriv f.eks. innbyggere, eller 20% likt + 80% innbyggere.',
    UNKNOWN_KEY:
      '«{found}» er ingen nøkkel: bruk innbyggere, likt, pc, frittstående eller en tallkolonne i Municipalities.',
    KEY_PERCENT_SUM: 'Prosentene i «{found}» blir {total}, ikke 100.',
    DEPENDENCY_CYCLE: 'Disse tiltakene avhenger av hverandre i ring: {ids}.',
    ZERO_WEIGHTS: '«{item}» kan ikke fordeles: alle deltakerne har 0 i nøkkelen.',
    STANDALONE_MISSING:
      '«{item}» fordeles frittstående, men {municipality} mangler frittstående kostnad for den.',
    BUDGET_SHORT: 'De lovpålagte tiltakene får ikke plass: {budget} for {year} mangler {amount}.',
  },
  sv: {
    MISSING_TABLE: 'Arbetsboken saknar tabellen (eller bladet) {table}. Den krävs.',
    MISSING_COLUMN: 'Tabellen {table} saknar kolumnen {column}. Den krävs.',
    DUPLICATE_COLUMN: 'Tabellen {table} har kolumnen {column} två gånger.',
    EMPTY_TABLE: 'Tabellen {table} har inga rader. Minst en krävs.',
    REQUIRED: '{column} måste fyllas i här, men cellen är tom.',
    EXCEL_ERROR: '{column} innehåller Excel-felet {found}; ett värde väntades.',
    NOT_A_NUMBER: '{column} ska vara ett tal, men är ”{found}”.',
    NOT_WHOLE: '{column} ska vara ett heltal, men är ”{found}”.',
    NEGATIVE: '{column} kan inte vara negativ, men är ”{found}”.',
    NOT_POSITIVE: '{column} måste vara större än 0, men är ”{found}”.',
    OUT_OF_RANGE: '{column} ska vara mellan {min} och {max}, men är ”{found}”.',
    NOT_BOOLEAN: '{column} ska vara ja eller nej, men är ”{found}”.',
    NOT_A_DATE: '{column} ska vara ett datum (2026-03-31 eller 31.03.2026), men är ”{found}”.',
    NOT_TEXT: '{column} ska vara text, men är ”{found}”.',
    DUPLICATE: '”{found}” står två gånger i {column}; den finns redan i {first}.',
    UNKNOWN_KIND: 'Typ ska vara engång eller löpande, men är ”{found}”.',
    UNKNOWN_MUNICIPALITY: '”{found}” är inte en kommun i tabellen Municipalities.',
    UNKNOWN_PROPOSAL: '”{found}” är inte ett förslags-ID i tabellen Proposals.',
    UNKNOWN_ITEM: '”{found}” är inte en kostnadspost, ett system eller ett förslag.',
    UNKNOWN_SETTING_VALUE: 'Inställningen {setting} kan inte vara ”{found}”; väntat {expected}.',
    BAD_KEY:
      'Nyckeln ”{found}” kan inte läsas; skriv t.ex. invånare, eller 20% lika + 80% invånare.',
    UNKNOWN_KEY:
      '”{found}” är ingen nyckel: använd invånare, lika, datorer, fristående eller en talkolumn i Municipalities.',
    KEY_PERCENT_SUM: 'Procentsatserna i ”{found}” blir {total}, inte 100.',
    DEPENDENCY_CYCLE: 'Dessa förslag är beroende av varandra i en cirkel: {ids}.',
    ZERO_WEIGHTS: '”{item}” kan inte fördelas: alla deltagare har 0 i nyckeln.',
    STANDALONE_MISSING:
      '”{item}” fördelas fristående, men {municipality} saknar fristående kostnad för den.',
    BUDGET_SHORT: 'De obligatoriska förslagen får inte plats: {budget} för {year} saknar {amount}.',
  },
  es: {
    MISSING_TABLE: 'El libro no tiene la tabla (ni la hoja) {table}. Es obligatoria.',
    MISSING_COLUMN: 'La tabla {table} no tiene la columna {column}. Es obligatoria.',
    DUPLICATE_COLUMN: 'La tabla {table} tiene la columna {column} dos veces.',
    EMPTY_TABLE: 'La tabla {table} no tiene filas. Se necesita al menos una.',
    REQUIRED: '{column} es obligatorio aquí, pero la celda está vacía.',
    EXCEL_ERROR: '{column} contiene el error de Excel {found}; se esperaba un valor.',
    NOT_A_NUMBER: '{column} debe ser un número, pero es «{found}».',
    NOT_WHOLE: '{column} debe ser un número entero, pero es «{found}».',
    NEGATIVE: '{column} no puede ser negativo, pero es «{found}».',
    NOT_POSITIVE: '{column} debe ser mayor que 0, pero es «{found}».',
    OUT_OF_RANGE: '{column} debe estar entre {min} y {max}, pero es «{found}».',
    NOT_BOOLEAN: '{column} debe ser sí o no, pero es «{found}».',
    NOT_A_DATE: '{column} debe ser una fecha (2026-03-31 o 31.03.2026), pero es «{found}».',
    NOT_TEXT: '{column} debe ser texto, pero es «{found}».',
    DUPLICATE: '«{found}» aparece dos veces en {column}; ya estaba en {first}.',
    UNKNOWN_KIND: 'Tipo debe ser único o anual, pero es «{found}».',
    UNKNOWN_MUNICIPALITY: '«{found}» no es un municipio de la tabla Municipalities.',
    UNKNOWN_PROPOSAL: '«{found}» no es un ID de propuesta de la tabla Proposals.',
    UNKNOWN_ITEM: '«{found}» no es una partida, un sistema ni una propuesta.',
    UNKNOWN_SETTING_VALUE: 'El ajuste {setting} no puede ser «{found}»; se esperaba {expected}.',
    BAD_KEY:
      'La clave «{found}» no se puede leer; escriba p. ej. población, o 20% igual + 80% población.',
    UNKNOWN_KEY:
      '«{found}» no es una clave: use población, igual, pcs, standalone o una columna numérica de Municipalities.',
    KEY_PERCENT_SUM: 'Los porcentajes de «{found}» suman {total}, no 100.',
    DEPENDENCY_CYCLE: 'Estas propuestas dependen unas de otras en círculo: {ids}.',
    ZERO_WEIGHTS: '«{item}» no se puede repartir: todos los participantes tienen 0 en su clave.',
    STANDALONE_MISSING:
      '«{item}» se reparte por standalone, pero {municipality} no tiene coste en solitario para ella.',
    BUDGET_SHORT: 'Las propuestas obligatorias no caben: a {budget} de {year} le faltan {amount}.',
  },
};

/** The problem with its message in `language`; a money `amount` is written the language's way. */
export function renderProblem(p: Problem, language: Language): LocalisedProblem {
  const params = { ...p.params };
  if (typeof params['amount'] === 'number')
    params['amount'] = formatNumber(params['amount'], language, 2);
  return { ...p, message: fill(PROBLEM_MESSAGES[language][p.code], params) };
}
