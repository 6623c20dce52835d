/**
 * Problem messages (contract §7): what was expected and what was found, in the user's language.
 * The params each code carries are listed in {@link PROBLEM_PARAMS}; every message uses them.
 */
import { fill, type Catalogue, type Language } from './language';
import { formatNumber } from './numbers';
import type { LocalisedProblem, Problem, ProblemCode } from '../engine/problem';
import { INPUT_TABLE_NAMES, type InputTableName } from '../engine/table';
import { PREFERRED_HEADERS } from '../engine/parse/headers';

/** The params each problem code carries (what raises it must give them all). */
export const PROBLEM_PARAMS: Readonly<Record<ProblemCode, readonly string[]>> = {
  MISSING_TABLE: ['table'],
  MISSING_COLUMN: ['table', 'column'],
  DUPLICATE_COLUMN: ['table', 'column', 'found', 'first'],
  EMPTY_TABLE: ['table'],
  REQUIRED: ['column'],
  EXCEL_ERROR: ['column', 'found'],
  NOT_A_NUMBER: ['column', 'found'],
  NOT_WHOLE: ['column', 'found'],
  NEGATIVE: ['column', 'found'],
  NOT_POSITIVE: ['column', 'found'],
  OUT_OF_RANGE: ['column', 'found', 'min', 'max'],
  NOT_BOOLEAN: ['column', 'found'],
  NOT_A_DATE: ['column', 'found'],
  DUPLICATE: ['column', 'found', 'first'],
  UNKNOWN_KIND: ['column', 'found'],
  UNKNOWN_MUNICIPALITY: ['column', 'found'],
  UNKNOWN_PROPOSAL: ['column', 'found'],
  UNKNOWN_ITEM: ['column', 'found'],
  UNKNOWN_SETTING_VALUE: ['setting', 'found', 'expected'],
  BAD_KEY: ['column', 'found'],
  UNKNOWN_KEY: ['column', 'found'],
  KEY_PERCENT_SUM: ['column', 'found', 'total'],
  DEPENDENCY_CYCLE: ['ids'],
  TOTAL_TOO_LARGE: ['tables', 'total', 'max'],
  ZERO_WEIGHTS: ['item'],
  STANDALONE_MISSING: ['item', 'municipality'],
  BUDGET_SHORT: ['year', 'amount', 'budget'],
  PLAN_TOO_LARGE: ['limit', 'found', 'max'],
  OUTPUT_TOO_WIDE: ['table', 'count', 'max'],
  OUTPUT_TOO_LONG: ['table', 'count', 'max'],
  BAD_TAPER: ['column', 'found'],
  COALITION_OUTSIDE: ['item', 'municipality'],
  COALITION_SINGLETON_MISSING: ['item', 'municipality'],
  SHAPLEY_TOO_MANY: ['item', 'count', 'max'],
  COALITIONS_TOO_MANY: ['item', 'count', 'max'],
  SHAPLEY_NEGATIVE: ['item', 'municipality', 'amount'],
  UNKNOWN_CRITERION: ['column', 'found'],
  PAIR_SELF: ['column', 'found'],
  PAIR_MISSING: ['a', 'b'],
  CRITERIA_TOO_MANY: ['count', 'max'],
  EXCLUDED_MANDATORY: ['id', 'mandatory'],
};

export const PROBLEM_MESSAGES: Catalogue<ProblemCode> = {
  en: {
    MISSING_TABLE: 'The workbook has no {table} table (nor a sheet of that name); it is required.',
    MISSING_COLUMN: 'The {table} table has no {column} column; it is required.',
    DUPLICATE_COLUMN:
      'The {table} table has two {column} columns: "{found}" here and {first}. Keep only one.',
    EMPTY_TABLE: 'The {table} table has no rows; at least one is required.',
    REQUIRED: '{column} is required here, but the cell is blank.',
    EXCEL_ERROR: '{column} holds the Excel error {found}; a value was expected.',
    NOT_A_NUMBER: '{column} should be a number, but it is "{found}".',
    NOT_WHOLE: '{column} should be a whole number, but it is "{found}".',
    NEGATIVE: '{column} should be 0 or more, but it is "{found}".',
    NOT_POSITIVE: '{column} should be greater than 0, but it is "{found}".',
    OUT_OF_RANGE: '{column} should be from {min} to {max}, but it is "{found}".',
    NOT_BOOLEAN: '{column} should be yes or no, but it is "{found}".',
    NOT_A_DATE: '{column} should be a date (2026-03-31 or 31.03.2026), but it is "{found}".',
    DUPLICATE: '{column} must be unique, but "{found}" is already in {first}.',
    UNKNOWN_KIND: '{column} should be one-off or annual, but it is "{found}".',
    UNKNOWN_MUNICIPALITY:
      '{column} should name municipalities of the Municipalities table, but "{found}" is not one.',
    UNKNOWN_PROPOSAL:
      '{column} should name proposal IDs of the Proposals table, but "{found}" is not one.',
    UNKNOWN_ITEM:
      '{column} should name a cost item, a system or a proposal ID, but "{found}" is none of them.',
    UNKNOWN_SETTING_VALUE: 'The setting {setting} should be {expected}, but it is "{found}".',
    BAD_KEY:
      '{column} should be a key such as population, or a mix such as 20% equal + 80% population, but it is "{found}".',
    UNKNOWN_KEY:
      '{column} should use population, equal, pcs, standalone or a number column of Municipalities, but "{found}" is none of them.',
    KEY_PERCENT_SUM:
      'The percentages of a key in {column} should add up to 100, but "{found}" adds up to {total}.',
    DEPENDENCY_CYCLE: 'Proposals should not depend on each other in a circle, but these do: {ids}.',
    TOTAL_TOO_LARGE:
      'The amounts in {tables} add up to {total}, but a total can be at most {max} to be split and shown exactly (15 digits).',
    ZERO_WEIGHTS:
      '"{item}" cannot be split: its key should give some participant more than 0, but all have 0.',
    STANDALONE_MISSING:
      '"{item}" is split by standalone, so every participant needs a StandAlone cost for it, but {municipality} has none.',
    BUDGET_SHORT:
      'Every mandatory proposal should be funded, but {budget} for {year} is {amount} short.',
    PLAN_TOO_LARGE:
      'The funding plan is too large to work out: {limit} is {found}, and at most {max} is allowed. Plan fewer budget years, fewer proposals or shorter DependsOn chains.',
    OUTPUT_TOO_WIDE:
      'The output {table} would have {count} columns, but an Excel sheet holds at most {max}. Split the workbook into smaller ones.',
    OUTPUT_TOO_LONG:
      'The output {table} would have {count} rows, but an Excel sheet holds at most {max}. Split the workbook into smaller ones.',
    BAD_TAPER:
      '{column} should be a taper such as taper(population; 150000; 50%): a key (population, pcs or a number column of Municipalities), a threshold of 0 or more and a percentage from 0 to 100, but it is "{found}".',
    COALITION_OUTSIDE:
      'This coalition should name only municipalities that take part in "{item}", but {municipality} does not.',
    COALITION_SINGLETON_MISSING:
      '"{item}" has coalition costs, so every participant needs what it would pay alone (a CoalitionCosts row of its own or a StandAlone cost), but {municipality} has none.',
    SHAPLEY_TOO_MANY:
      '"{item}" is split by shapley, which takes at most {max} participants, but it has {count}.',
    COALITIONS_TOO_MANY:
      'The coalitions of two or more of "{item}" should name at most {max} municipalities in all, but they name {count}.',
    SHAPLEY_NEGATIVE:
      '"{item}" cannot be split by shapley: every Shapley value should be 0 or more, but {municipality}\'s is {amount}. Check its coalition costs.',
    UNKNOWN_CRITERION:
      '{column} should name a criterion of the Criteria table, but "{found}" is not one.',
    PAIR_SELF:
      '{column} should name another criterion than its row\'s first, but it is "{found}" again.',
    PAIR_MISSING:
      'CriteriaPairs should judge every pair of criteria once, but it has no row comparing {a} and {b}.',
    CRITERIA_TOO_MANY:
      "Weights from CriteriaPairs need at most {max} criteria (Saaty's consistency table ends there), but there are {count}.",
    EXCLUDED_MANDATORY:
      'Proposal {id} is both excluded here and mandatory in {mandatory}; a mandatory proposal cannot be left out. Clear one of them.',
  },
  nb: {
    MISSING_TABLE:
      'Arbeidsboken har ingen tabell {table} (og intet ark med det navnet); den er påkrevd.',
    MISSING_COLUMN: 'Tabellen {table} har ingen kolonne {column}; den er påkrevd.',
    DUPLICATE_COLUMN:
      'Tabellen {table} har to kolonner for {column}: «{found}» her og {first}. Behold bare én.',
    EMPTY_TABLE: 'Tabellen {table} har ingen rader; minst én er påkrevd.',
    REQUIRED: '{column} må fylles ut her, men cellen er tom.',
    EXCEL_ERROR: '{column} inneholder Excel-feilen {found}; en verdi var ventet.',
    NOT_A_NUMBER: '{column} skal være et tall, men er «{found}».',
    NOT_WHOLE: '{column} skal være et heltall, men er «{found}».',
    NEGATIVE: '{column} skal være 0 eller mer, men er «{found}».',
    NOT_POSITIVE: '{column} skal være større enn 0, men er «{found}».',
    OUT_OF_RANGE: '{column} skal være fra {min} til {max}, men er «{found}».',
    NOT_BOOLEAN: '{column} skal være ja eller nei, men er «{found}».',
    NOT_A_DATE: '{column} skal være en dato (2026-03-31 eller 31.03.2026), men er «{found}».',
    DUPLICATE: '{column} må være unik, men «{found}» står allerede i {first}.',
    UNKNOWN_KIND: '{column} skal være engang eller årlig, men er «{found}».',
    UNKNOWN_MUNICIPALITY:
      '{column} skal inneholde kommuner fra tabellen Municipalities, men «{found}» er ikke en av dem.',
    UNKNOWN_PROPOSAL:
      '{column} skal inneholde tiltaks-ID-er fra tabellen Proposals, men «{found}» er ikke en av dem.',
    UNKNOWN_ITEM:
      '{column} skal være en kostnadspost, et system eller en tiltaks-ID, men «{found}» er ingen av dem.',
    UNKNOWN_SETTING_VALUE: 'Innstillingen {setting} skal være {expected}, men er «{found}».',
    BAD_KEY:
      '{column} skal være en nøkkel som innbyggere, eller en blanding som 20% likt + 80% innbyggere, men er «{found}».',
    UNKNOWN_KEY:
      '{column} skal bruke innbyggere, likt, pc, frittstående eller en tallkolonne i Municipalities, men «{found}» er ingen av dem.',
    KEY_PERCENT_SUM:
      'Prosentene i en nøkkel i {column} skal bli 100 til sammen, men «{found}» blir {total}.',
    DEPENDENCY_CYCLE: 'Tiltak skal ikke avhenge av hverandre i ring, men disse gjør det: {ids}.',
    TOTAL_TOO_LARGE:
      'Beløpene i {tables} blir til sammen {total}, men en sum kan være høyst {max} for å fordeles og vises eksakt (15 sifre).',
    ZERO_WEIGHTS:
      '«{item}» kan ikke fordeles: nøkkelen skal gi minst én deltaker mer enn 0, men alle har 0.',
    STANDALONE_MISSING:
      '«{item}» fordeles frittstående, så hver deltaker trenger en frittstående kostnad for den, men {municipality} mangler den.',
    BUDGET_SHORT:
      'Alle lovpålagte tiltak skal finansieres, men {budget} for {year} mangler {amount}.',
    PLAN_TOO_LARGE:
      'Finansieringsplanen er for stor til å beregnes: {limit} er {found}, og høyst {max} er tillatt. Planlegg færre budsjettår, færre tiltak eller kortere DependsOn-kjeder.',
    OUTPUT_TOO_WIDE:
      'Resultatet {table} ville fått {count} kolonner, men et Excel-ark rommer høyst {max}. Del arbeidsboken i mindre.',
    OUTPUT_TOO_LONG:
      'Resultatet {table} ville fått {count} rader, men et Excel-ark rommer høyst {max}. Del arbeidsboken i mindre.',
    BAD_TAPER:
      '{column} skal være en avtrapping som avtrapp(innbyggere; 150000; 50 %): en nøkkel (innbyggere, pc eller en tallkolonne i Municipalities), en terskel på 0 eller mer og en prosent fra 0 til 100, men er «{found}».',
    COALITION_OUTSIDE:
      'Denne koalisjonen skal bare nevne kommuner som deltar i «{item}», men {municipality} gjør ikke det.',
    COALITION_SINGLETON_MISSING:
      '«{item}» har koalisjonskostnader, så hver deltaker trenger hva den ville betalt alene (en egen rad i CoalitionCosts eller en frittstående kostnad), men {municipality} mangler det.',
    SHAPLEY_TOO_MANY:
      '«{item}» fordeles med shapley, som tar høyst {max} deltakere, men den har {count}.',
    COALITIONS_TOO_MANY:
      'Koalisjonene med to eller flere kommuner for «{item}» skal nevne høyst {max} kommuner i alt, men de nevner {count}.',
    SHAPLEY_NEGATIVE:
      '«{item}» kan ikke fordeles med shapley: hver Shapley-verdi skal være 0 eller mer, men verdien for {municipality} er {amount}. Kontroller koalisjonskostnadene.',
    UNKNOWN_CRITERION:
      '{column} skal være et kriterium i Criteria-tabellen, men «{found}» er ikke det.',
    PAIR_SELF:
      '{column} skal være et annet kriterium enn det første i raden, men er «{found}» igjen.',
    PAIR_MISSING:
      'Kriteriepar skal sammenligne hvert par av kriterier én gang, men ingen rad sammenligner {a} og {b}.',
    CRITERIA_TOO_MANY:
      'Vekter fra kriteriepar krever høyst {max} kriterier (Saatys konsistenstabell slutter der), men det er {count}.',
    EXCLUDED_MANDATORY:
      'Tiltak {id} er både utelatt her og lovpålagt i {mandatory}; et lovpålagt tiltak kan ikke utelates. Fjern det ene.',
  },
  sv: {
    MISSING_TABLE:
      'Arbetsboken har ingen tabell {table} (och inget blad med det namnet); den krävs.',
    MISSING_COLUMN: 'Tabellen {table} har ingen kolumn {column}; den krävs.',
    DUPLICATE_COLUMN:
      'Tabellen {table} har två kolumner för {column}: ”{found}” här och {first}. Behåll bara en.',
    EMPTY_TABLE: 'Tabellen {table} har inga rader; minst en krävs.',
    REQUIRED: '{column} måste fyllas i här, men cellen är tom.',
    EXCEL_ERROR: '{column} innehåller Excel-felet {found}; ett värde väntades.',
    NOT_A_NUMBER: '{column} ska vara ett tal, men är ”{found}”.',
    NOT_WHOLE: '{column} ska vara ett heltal, men är ”{found}”.',
    NEGATIVE: '{column} ska vara 0 eller mer, men är ”{found}”.',
    NOT_POSITIVE: '{column} ska vara större än 0, men är ”{found}”.',
    OUT_OF_RANGE: '{column} ska vara från {min} till {max}, men är ”{found}”.',
    NOT_BOOLEAN: '{column} ska vara ja eller nej, men är ”{found}”.',
    NOT_A_DATE: '{column} ska vara ett datum (2026-03-31 eller 31.03.2026), men är ”{found}”.',
    DUPLICATE: '{column} måste vara unik, men ”{found}” finns redan i {first}.',
    UNKNOWN_KIND: '{column} ska vara engång eller löpande, men är ”{found}”.',
    UNKNOWN_MUNICIPALITY:
      '{column} ska innehålla kommuner från tabellen Municipalities, men ”{found}” är inte en av dem.',
    UNKNOWN_PROPOSAL:
      '{column} ska innehålla förslags-ID:n från tabellen Proposals, men ”{found}” är inte ett av dem.',
    UNKNOWN_ITEM:
      '{column} ska vara en kostnadspost, ett system eller ett förslags-ID, men ”{found}” är inget av dem.',
    UNKNOWN_SETTING_VALUE: 'Inställningen {setting} ska vara {expected}, men är ”{found}”.',
    BAD_KEY:
      '{column} ska vara en nyckel som invånare, eller en blandning som 20% lika + 80% invånare, men är ”{found}”.',
    UNKNOWN_KEY:
      '{column} ska använda invånare, lika, datorer, fristående eller en talkolumn i Municipalities, men ”{found}” är inget av dem.',
    KEY_PERCENT_SUM:
      'Procentsatserna i en nyckel i {column} ska bli 100 tillsammans, men ”{found}” blir {total}.',
    DEPENDENCY_CYCLE:
      'Förslag ska inte vara beroende av varandra i en cirkel, men dessa är det: {ids}.',
    TOTAL_TOO_LARGE:
      'Beloppen i {tables} blir tillsammans {total}, men en summa får vara högst {max} för att fördelas och visas exakt (15 siffror).',
    ZERO_WEIGHTS:
      '”{item}” kan inte fördelas: nyckeln ska ge minst en deltagare mer än 0, men alla har 0.',
    STANDALONE_MISSING:
      '”{item}” fördelas fristående, så varje deltagare behöver en fristående kostnad för den, men {municipality} saknar den.',
    BUDGET_SHORT:
      'Alla obligatoriska förslag ska finansieras, men {budget} för {year} saknar {amount}.',
    PLAN_TOO_LARGE:
      'Finansieringsplanen är för stor för att beräknas: {limit} är {found}, och högst {max} är tillåtet. Planera färre budgetår, färre förslag eller kortare DependsOn-kedjor.',
    OUTPUT_TOO_WIDE:
      'Resultatet {table} skulle få {count} kolumner, men ett Excel-blad rymmer högst {max}. Dela arbetsboken i mindre.',
    OUTPUT_TOO_LONG:
      'Resultatet {table} skulle få {count} rader, men ett Excel-blad rymmer högst {max}. Dela arbetsboken i mindre.',
    BAD_TAPER:
      '{column} ska vara en avtrappning som avtrappa(invånare; 150000; 50 %): en nyckel (invånare, datorer eller en talkolumn i Municipalities), en tröskel på 0 eller mer och en procentsats från 0 till 100, men är ”{found}”.',
    COALITION_OUTSIDE:
      'Den här koalitionen ska bara nämna kommuner som deltar i ”{item}”, men {municipality} gör inte det.',
    COALITION_SINGLETON_MISSING:
      '”{item}” har koalitionskostnader, så varje deltagare behöver vad den skulle betala ensam (en egen rad i CoalitionCosts eller en fristående kostnad), men {municipality} saknar det.',
    SHAPLEY_TOO_MANY:
      '”{item}” fördelas med shapley, som tar högst {max} deltagare, men den har {count}.',
    COALITIONS_TOO_MANY:
      'Koalitionerna med två eller fler kommuner för ”{item}” ska nämna högst {max} kommuner sammanlagt, men de nämner {count}.',
    SHAPLEY_NEGATIVE:
      '”{item}” kan inte fördelas med shapley: varje Shapley-värde ska vara 0 eller mer, men värdet för {municipality} är {amount}. Kontrollera koalitionskostnaderna.',
    UNKNOWN_CRITERION:
      '{column} ska vara ett kriterium i tabellen Criteria, men ”{found}” är inte det.',
    PAIR_SELF:
      '{column} ska vara ett annat kriterium än det första i raden, men är ”{found}” igen.',
    PAIR_MISSING:
      'Kriteriepar ska jämföra varje par av kriterier en gång, men ingen rad jämför {a} och {b}.',
    CRITERIA_TOO_MANY:
      'Vikter från kriteriepar kräver högst {max} kriterier (Saatys konsistenstabell slutar där), men det finns {count}.',
    EXCLUDED_MANDATORY:
      'Förslag {id} är både uteslutet här och obligatoriskt i {mandatory}; ett obligatoriskt förslag kan inte uteslutas. Ta bort det ena.',
  },
  es: {
    MISSING_TABLE:
      'El libro no tiene la tabla {table} (ni una hoja con ese nombre); es obligatoria.',
    MISSING_COLUMN: 'La tabla {table} no tiene la columna {column}; es obligatoria.',
    DUPLICATE_COLUMN:
      'La tabla {table} tiene dos columnas para {column}: «{found}» aquí y {first}. Deje solo una.',
    EMPTY_TABLE: 'La tabla {table} no tiene filas; se necesita al menos una.',
    REQUIRED: '{column} es obligatorio aquí, pero la celda está vacía.',
    EXCEL_ERROR: '{column} contiene el error de Excel {found}; se esperaba un valor.',
    NOT_A_NUMBER: '{column} debe ser un número, pero es «{found}».',
    NOT_WHOLE: '{column} debe ser un número entero, pero es «{found}».',
    NEGATIVE: '{column} debe ser 0 o más, pero es «{found}».',
    NOT_POSITIVE: '{column} debe ser mayor que 0, pero es «{found}».',
    OUT_OF_RANGE: '{column} debe estar entre {min} y {max}, pero es «{found}».',
    NOT_BOOLEAN: '{column} debe ser sí o no, pero es «{found}».',
    NOT_A_DATE: '{column} debe ser una fecha (2026-03-31 o 31.03.2026), pero es «{found}».',
    DUPLICATE: '{column} debe ser único, pero «{found}» ya está en {first}.',
    UNKNOWN_KIND: '{column} debe ser único o anual, pero es «{found}».',
    UNKNOWN_MUNICIPALITY:
      '{column} debe nombrar municipios de la tabla Municipalities, pero «{found}» no es uno de ellos.',
    UNKNOWN_PROPOSAL:
      '{column} debe nombrar ID de propuestas de la tabla Proposals, pero «{found}» no es uno de ellos.',
    UNKNOWN_ITEM:
      '{column} debe ser una partida, un sistema o un ID de propuesta, pero «{found}» no es ninguno.',
    UNKNOWN_SETTING_VALUE: 'El ajuste {setting} debe ser {expected}, pero es «{found}».',
    BAD_KEY:
      '{column} debe ser una clave como población, o una mezcla como 20% igual + 80% población, pero es «{found}».',
    UNKNOWN_KEY:
      '{column} debe usar población, igual, pcs, standalone o una columna numérica de Municipalities, pero «{found}» no es ninguna.',
    KEY_PERCENT_SUM:
      'Los porcentajes de una clave en {column} deben sumar 100, pero «{found}» suma {total}.',
    DEPENDENCY_CYCLE:
      'Las propuestas no deben depender unas de otras en círculo, pero estas sí: {ids}.',
    TOTAL_TOO_LARGE:
      'Los importes de {tables} suman {total}, pero un total puede ser como máximo {max} para repartirse y mostrarse exactamente (15 cifras).',
    ZERO_WEIGHTS:
      '«{item}» no se puede repartir: su clave debe dar más de 0 a algún participante, pero todos tienen 0.',
    STANDALONE_MISSING:
      '«{item}» se reparte por standalone, así que cada participante necesita un coste en solitario, pero {municipality} no lo tiene.',
    BUDGET_SHORT:
      'Todas las propuestas obligatorias deben financiarse, pero a {budget} de {year} le faltan {amount}.',
    PLAN_TOO_LARGE:
      'El plan de financiación es demasiado grande para calcularlo: {limit} es {found}, y se permite como máximo {max}. Planifique menos años de presupuesto, menos propuestas o cadenas de DependsOn más cortas.',
    OUTPUT_TOO_WIDE:
      'El resultado {table} tendría {count} columnas, pero una hoja de Excel admite como máximo {max}. Divida el libro en otros más pequeños.',
    OUTPUT_TOO_LONG:
      'El resultado {table} tendría {count} filas, pero una hoja de Excel admite como máximo {max}. Divida el libro en otros más pequeños.',
    BAD_TAPER:
      '{column} debe ser un escalonado como escalonar(población; 150000; 50%): una clave (población, pcs o una columna numérica de Municipalities), un umbral de 0 o más y un porcentaje de 0 a 100, pero es «{found}».',
    COALITION_OUTSIDE:
      'Esta coalición debe nombrar solo municipios que participan en «{item}», pero {municipality} no participa.',
    COALITION_SINGLETON_MISSING:
      '«{item}» tiene costes de coalición, así que cada participante necesita lo que pagaría en solitario (una fila propia en CoalitionCosts o un coste en StandAlone), pero {municipality} no lo tiene.',
    SHAPLEY_TOO_MANY:
      '«{item}» se reparte por shapley, que admite como máximo {max} participantes, pero tiene {count}.',
    COALITIONS_TOO_MANY:
      'Las coaliciones de dos o más municipios de «{item}» deben nombrar como máximo {max} municipios en total, pero nombran {count}.',
    SHAPLEY_NEGATIVE:
      '«{item}» no se puede repartir por shapley: cada valor de Shapley debe ser 0 o más, pero el de {municipality} es {amount}. Revise sus costes de coalición.',
    UNKNOWN_CRITERION:
      '{column} debe nombrar un criterio de la tabla Criteria, pero «{found}» no lo es.',
    PAIR_SELF:
      '{column} debe nombrar otro criterio que el primero de su fila, pero es «{found}» otra vez.',
    PAIR_MISSING:
      'Los pares de criterios deben comparar cada par una vez, pero ninguna fila compara {a} y {b}.',
    CRITERIA_TOO_MANY:
      'Los pesos por pares admiten como máximo {max} criterios (la tabla de consistencia de Saaty termina ahí), pero hay {count}.',
    EXCLUDED_MANDATORY:
      'La propuesta {id} está excluida aquí y es obligatoria en {mandatory}; una propuesta obligatoria no se puede excluir. Quite una de las dos.',
  },
};

/** Messages for a code whose params say more: a blank cell that a key of some item needs. */
const REQUIRED_FOR_ITEM: Readonly<Record<Language, string>> = {
  en: '{column} is required here because the key of "{item}" uses it, but the cell is blank.',
  nb: '{column} må fylles ut her fordi nøkkelen til «{item}» bruker den, men cellen er tom.',
  sv: '{column} måste fyllas i här eftersom nyckeln för ”{item}” använder den, men cellen är tom.',
  es: '{column} es obligatorio aquí porque la clave de «{item}» lo usa, pero la celda está vacía.',
};

/** OUT_OF_RANGE for money (params with `digits`): an amount too large to split exactly. */
const MONEY_OUT_OF_RANGE: Readonly<Record<Language, string>> = {
  en: '{column} should be at most {max}, but it is "{found}": Samkost splits amounts of up to {digits} digits (in units of RoundTo) exactly, and no larger.',
  nb: '{column} skal være høyst {max}, men er «{found}»: Samkost fordeler beløp på opptil {digits} sifre (i enheter av RoundTo) eksakt, og ikke større.',
  sv: '{column} ska vara högst {max}, men är ”{found}”: Samkost fördelar belopp på upp till {digits} siffror (i enheter av RoundTo) exakt, och inga större.',
  es: '{column} debe ser como máximo {max}, pero es «{found}»: Samkost reparte exactamente importes de hasta {digits} cifras (en unidades de RoundTo), y no mayores.',
};

/** The limit a PLAN_TOO_LARGE names (`years` or `size`), as each language says it. */
const PLAN_LIMITS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    years: 'the number of budget years',
    variables:
      'the number of start years to choose from (proposals × the budget years each may start in)',
    dependencies:
      'the number of proposals this one brings along through DependsOn (itself included)',
    size: 'the size of its model in coefficients (proposals × budget years; Operating and DependsOn add to it)',
  },
  nb: {
    years: 'antall budsjettår',
    variables: 'antall startår å velge mellom (tiltak × budsjettårene hvert kan starte i)',
    dependencies: 'antall tiltak dette tar med seg gjennom DependsOn (seg selv medregnet)',
    size: 'størrelsen på modellen i koeffisienter (tiltak × budsjettår; Operating og DependsOn gjør den større)',
  },
  sv: {
    years: 'antalet budgetår',
    variables: 'antalet startår att välja mellan (förslag × de budgetår varje kan starta i)',
    dependencies: 'antalet förslag detta drar med sig genom DependsOn (sig självt inräknat)',
    size: 'modellens storlek i koefficienter (förslag × budgetår; Operating och DependsOn gör den större)',
  },
  es: {
    years: 'el número de años de presupuesto',
    variables:
      'el número de años de inicio posibles (propuestas × los años de presupuesto en que cada una puede empezar)',
    dependencies: 'el número de propuestas que esta arrastra por DependsOn (incluida ella misma)',
    size: 'el tamaño de su modelo en coeficientes (propuestas × años de presupuesto; Operating y DependsOn lo aumentan)',
  },
};

/** A large number in a message, the language's way, with `decimals` decimals. */
const large = (value: number, language: Language, decimals = 0): string =>
  formatNumber(value, language, decimals);

/** The budget a BUDGET_SHORT names (`Investment` or `Operating`), as each language calls it. */
const BUDGET_WORDS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: { Investment: 'the investment budget', Operating: 'the operating budget' },
  nb: { Investment: 'investeringsbudsjettet', Operating: 'driftsbudsjettet' },
  sv: { Investment: 'investeringsbudgeten', Operating: 'driftbudgeten' },
  es: { Investment: 'el presupuesto de inversión', Operating: 'el presupuesto operativo' },
};

const isInputTable = (name: string | number | undefined): name is InputTableName =>
  (INPUT_TABLE_NAMES as readonly unknown[]).includes(name);

/** A missing column as the user's template heads it, with the contract's name: `Beløp (Amount)`. */
function columnInLanguage(table: InputTableName, column: string, language: Language): string {
  const preferred = PREFERRED_HEADERS[table][column]?.[language] ?? column;
  return preferred === column ? column : `${preferred} (${column})`;
}

/**
 * The problem with its message in `language`. A money `amount` is written the language's way
 * (nb `1 234,50`), a budget by its name, a missing column by its header in that language.
 */
export function renderProblem(problem: Problem, language: Language): LocalisedProblem {
  const params: Record<string, string | number> = { ...problem.params };
  const { amount, budget, table, column } = problem.params;
  if (typeof amount === 'number') params['amount'] = formatNumber(amount, language, 2);
  if (typeof budget === 'string') params['budget'] = BUDGET_WORDS[language][budget] ?? budget;
  if (problem.code === 'MISSING_COLUMN' && isInputTable(table) && typeof column === 'string')
    params['column'] = columnInLanguage(table, column, language);
  const money = problem.code === 'OUT_OF_RANGE' && 'digits' in problem.params;
  const { max, total, found, limit } = problem.params;
  if (money || problem.code === 'TOTAL_TOO_LARGE') {
    // Money as RoundTo gives it: the limit is whole with RoundTo 1, in øre with 0.01.
    const decimals = typeof max === 'number' && Number.isInteger(max) ? 0 : 2;
    if (typeof max === 'number') params['max'] = large(max, language, decimals);
    if (typeof total === 'number') params['total'] = large(total, language, decimals);
  }
  if (problem.code === 'PLAN_TOO_LARGE') {
    if (typeof max === 'number') params['max'] = large(max, language);
    if (typeof found === 'number') params['found'] = large(found, language);
    if (typeof limit === 'string') params['limit'] = PLAN_LIMITS[language][limit] ?? limit;
  }
  if (problem.code === 'OUTPUT_TOO_WIDE' || problem.code === 'OUTPUT_TOO_LONG') {
    const { count } = problem.params;
    if (typeof max === 'number') params['max'] = large(max, language);
    if (typeof count === 'number') params['count'] = large(count, language);
  }
  const template = money
    ? MONEY_OUT_OF_RANGE[language]
    : problem.code === 'REQUIRED' && 'item' in problem.params
      ? REQUIRED_FOR_ITEM[language]
      : PROBLEM_MESSAGES[language][problem.code];
  return { ...problem, message: fill(template, params) };
}
