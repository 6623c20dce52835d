/**
 * The words and numbers of a share's explanation (`samkost explain`, the pane's Explain view) and
 * of the two report commands' messages, in nb, sv, en and es. Names, items and keys stay as the
 * workbook writes them; numbers are written the way each language writes them.
 */
import type { LineExplanation, ParticipantExplanation } from '../engine/explain';
import type { Rational } from '../engine/rational';
import { EXPLAIN_ENTRY_TEXT } from './explainEntry';
import { fill, type Catalogue, type Language } from './language';
import { money } from '../engine/outputs/numbers';
import { formatNumber } from './numbers';

const en = {
  ...EXPLAIN_ENTRY_TEXT.en,
  'part.years': 'By budget year (one-off costs of the year, annual costs running that year):',
  'part.year': '{year}: {total} ({oneOff} one-off, {annual} annual)',
  'pane.heading': 'What {municipality} pays',
  'pane.gone': 'The workbook gives {municipality} no share now; run Samkost again.',
  'pane.lineHint': 'Choose a line to see how the share was worked out.',
  'pane.cellChanged':
    'The workbook has changed since the last run: run Samkost again to explain this cell.',
  'pane.back': 'All lines',
  'pane.close': 'Close',
  'pane.statement': 'Open statement',
  'pane.saveStatement': 'Save statement (HTML)',
  'pane.statementBlocked':
    'The statement could not open in a new window; save it and open the file instead.',
  'pane.participants': 'Every participant',
  'pane.participant':
    '{name}: weight {weight} ({percent}), quotient {quotient}, floor {floor}, {unit}, share {share}',
  'usage.explain': [
    '  samkost explain <workbook.xlsx> --municipality <name> [--item <item>] [--lang nb|sv|en|es]',
    '      Show what a municipality pays line by line; with --item, how each share of that line was',
    '      worked out: the key, every weight, the exact quotient, the rounding and the tie rule.',
    '  samkost statement <workbook.xlsx> --municipality <name> -o <file.html> [--lang nb|sv|en|es]',
    '  samkost statement <workbook.xlsx> --all -o <folder> [--lang nb|sv|en|es]',
    '      Write a print-ready statement (HTML) for one municipality, or one per municipality.',
  ].join('\n'),
  'error.missingMunicipality':
    'name the municipality with --municipality, e.g. samkost {command} budget.xlsx --municipality Iveland',
  'error.missingStatementFile': 'name the file to write with -o, e.g. -o iveland.html',
  'error.missingStatementFolder': 'name the folder to write into with -o, e.g. -o statements',
  'error.allOrOne': 'use either --municipality or --all, not both',
  'error.allOnlyStatement': '--all is for samkost statement; explain one municipality at a time',
  'error.itemOnlyExplain': '--item is for samkost explain',
  'error.noMunicipality': 'no municipality is named "{found}"; the workbook has: {names}',
  'error.noItem': '{municipality} takes part in no line named "{found}"; its lines: {items}',
  'written.one': 'Wrote the statement for {municipality} to {file}.',
  'written.all': 'Wrote {count} statements to {folder}.',
  'source.cost': 'cost',
  'source.system': 'system licence',
  'source.proposal': 'proposal',
  'kind.oneOff': 'one-off {year}',
  'kind.annual': 'annual',
  'part.title': '{municipality} pays {total} {currency}: {oneOff} one-off and {annual} annual.',
  'part.lines': 'Its {count} lines:',
  'part.line': '{item} ({source}, {kind}), key {key}: {share} of {amount}',
  'part.hint': 'Add --item "<item>" to see how one of these shares was worked out.',
  'line.title': '{item} ({source}, {kind}), split by the key {key}',
  'line.amount':
    'Amount: {amount} {currency}, that is {units} units of {roundTo} {currency} (rounded half away from zero).',
  'line.weights': 'Each participant’s weight under the key; the weights add up to {total}.',
  'line.quotient': 'Quotient = {units} × weight / {total}, exactly; the floor is its whole part.',
  'line.floors': 'The floors add up to {floors}, so {left} unit(s) are left over.',
  'line.noneLeft': 'The floors add up to the amount: no unit is left over.',
  'line.recipients':
    'The units left go one each to the largest fractional parts; ties go to the larger weight, then to the name that sorts first: {recipients}.',
  'column.participant': 'Participant',
  'column.weight': 'Weight',
  'column.weightShare': 'Share of weights',
  'column.quotient': 'Exact quotient',
  'column.floor': 'Floor',
  'column.unit': 'Unit left',
  'column.share': 'Share',
  'rule.fraction': 'largest fractional part',
  'rule.weight': 'tie, larger weight',
  'rule.name': 'tie, same weight, name sorts first',
  'unit.place': '+1 ({place}: {rule})',
  'unit.none': '—',
  'unit.noneLeft': 'no unit left',
  'verdict.got':
    '{municipality}: quotient {quotient} ≈ {decimal}, floor {floor}; it got remainder unit {place} of {left}, by {rule}; so it pays {share} {currency}.',
  'verdict.lost.fraction':
    '{municipality}: quotient {quotient} ≈ {decimal}, floor {floor}; the units left went to larger fractional parts, so it pays its floor, {share} {currency}.',
  'verdict.lost.weight':
    '{municipality}: quotient {quotient} ≈ {decimal}, floor {floor}; it tied for a unit left, and a larger weight came first, so it pays its floor, {share} {currency}.',
  'verdict.lost.name':
    '{municipality}: quotient {quotient} ≈ {decimal}, floor {floor}; it tied for a unit left at the same weight, and a name that sorts first came first, so it pays its floor, {share} {currency}.',
  'verdict.none':
    '{municipality}: quotient {quotient} exactly, no unit left over; so it pays {share} {currency}.',
};

export type ExplainKey = keyof typeof en;

const nb: Record<ExplainKey, string> = {
  ...EXPLAIN_ENTRY_TEXT.nb,
  'part.years': 'Etter budsjettår (årets engangskostnader, årlige kostnader som løper det året):',
  'part.year': '{year}: {total} ({oneOff} engangs, {annual} årlig)',
  'pane.heading': 'Hva {municipality} betaler',
  'pane.gone': 'Arbeidsboken gir ikke lenger {municipality} noen andel; kjør Samkost på nytt.',
  'pane.lineHint': 'Velg en linje for å se hvordan andelen ble regnet ut.',
  'pane.cellChanged':
    'Arbeidsboken er endret siden siste kjøring: kjør Samkost på nytt for å forklare denne cellen.',
  'pane.back': 'Alle linjer',
  'pane.close': 'Lukk',
  'pane.statement': 'Åpne oppstilling',
  'pane.saveStatement': 'Lagre oppstilling (HTML)',
  'pane.statementBlocked':
    'Oppstillingen kunne ikke åpnes i et nytt vindu; lagre den og åpne filen i stedet.',
  'pane.participants': 'Alle deltakere',
  'pane.participant':
    '{name}: vekt {weight} ({percent}), kvotient {quotient}, gulv {floor}, {unit}, andel {share}',
  'usage.explain': [
    '  samkost explain <arbeidsbok.xlsx> --municipality <navn> [--item <post>] [--lang nb|sv|en|es]',
    '      Vis hva en kommune betaler, linje for linje; med --item hvordan hver andel av linjen ble',
    '      regnet ut: nøkkelen, hver vekt, den eksakte kvotienten, avrundingen og regelen ved likhet.',
    '  samkost statement <arbeidsbok.xlsx> --municipality <navn> -o <fil.html> [--lang nb|sv|en|es]',
    '  samkost statement <arbeidsbok.xlsx> --all -o <mappe> [--lang nb|sv|en|es]',
    '      Skriv en utskriftsklar oppstilling (HTML) for én kommune, eller én per kommune.',
  ].join('\n'),
  'error.missingMunicipality':
    'angi kommunen med --municipality, f.eks. samkost {command} budsjett.xlsx --municipality Iveland',
  'error.missingStatementFile': 'angi filen som skal skrives med -o, f.eks. -o iveland.html',
  'error.missingStatementFolder':
    'angi mappen det skal skrives til med -o, f.eks. -o oppstillinger',
  'error.allOrOne': 'bruk enten --municipality eller --all, ikke begge',
  'error.allOnlyStatement': '--all gjelder samkost statement; forklar én kommune om gangen',
  'error.itemOnlyExplain': '--item gjelder samkost explain',
  'error.noMunicipality': 'ingen kommune heter «{found}»; arbeidsboken har: {names}',
  'error.noItem':
    '{municipality} er ikke med i noen linje som heter «{found}»; linjene er: {items}',
  'written.one': 'Skrev oppstillingen for {municipality} til {file}.',
  'written.all': 'Skrev {count} oppstillinger til {folder}.',
  'source.cost': 'kostnad',
  'source.system': 'systemlisens',
  'source.proposal': 'tiltak',
  'kind.oneOff': 'engang {year}',
  'kind.annual': 'årlig',
  'part.title': '{municipality} betaler {total} {currency}: {oneOff} engangs og {annual} årlig.',
  'part.lines': 'Linjene ({count}):',
  'part.line': '{item} ({source}, {kind}), nøkkel {key}: {share} av {amount}',
  'part.hint': 'Legg til --item "<post>" for å se hvordan én av andelene ble regnet ut.',
  'line.title': '{item} ({source}, {kind}), fordelt etter nøkkelen {key}',
  'line.amount':
    'Beløp: {amount} {currency}, det vil si {units} enheter à {roundTo} {currency} (avrundet halvt bort fra null).',
  'line.weights': 'Hver deltakers vekt etter nøkkelen; vektene er til sammen {total}.',
  'line.quotient': 'Kvotient = {units} × vekt / {total}, eksakt; gulvet er heltallsdelen.',
  'line.floors': 'Gulvene er til sammen {floors}, så {left} enhet(er) er til overs.',
  'line.noneLeft': 'Gulvene er til sammen beløpet: ingen enhet er til overs.',
  'line.recipients':
    'Enhetene til overs går én til hver av de største brøkdelene; ved likhet til den største vekten, deretter til navnet som kommer først: {recipients}.',
  'column.participant': 'Deltaker',
  'column.weight': 'Vekt',
  'column.weightShare': 'Andel av vektene',
  'column.quotient': 'Eksakt kvotient',
  'column.floor': 'Gulv',
  'column.unit': 'Enhet til overs',
  'column.share': 'Andel',
  'rule.fraction': 'største brøkdel',
  'rule.weight': 'likhet, større vekt',
  'rule.name': 'likhet, samme vekt, navnet kommer først',
  'unit.place': '+1 ({place}: {rule})',
  'unit.none': '—',
  'unit.noneLeft': 'ingen enhet til overs',
  'verdict.got':
    '{municipality}: kvotient {quotient} ≈ {decimal}, gulv {floor}; fikk enhet {place} av {left} til overs, etter {rule}; betaler derfor {share} {currency}.',
  'verdict.lost.fraction':
    '{municipality}: kvotient {quotient} ≈ {decimal}, gulv {floor}; enhetene til overs gikk til større brøkdeler, så den betaler gulvet, {share} {currency}.',
  'verdict.lost.weight':
    '{municipality}: kvotient {quotient} ≈ {decimal}, gulv {floor}; den sto likt om en enhet til overs, og en større vekt gikk foran, så den betaler gulvet, {share} {currency}.',
  'verdict.lost.name':
    '{municipality}: kvotient {quotient} ≈ {decimal}, gulv {floor}; den sto likt om en enhet til overs med samme vekt, og et navn som kommer først gikk foran, så den betaler gulvet, {share} {currency}.',
  'verdict.none':
    '{municipality}: kvotient {quotient} eksakt, ingen enhet til overs; betaler derfor {share} {currency}.',
};

const sv: Record<ExplainKey, string> = {
  ...EXPLAIN_ENTRY_TEXT.sv,
  'part.years': 'Efter budgetår (årets engångskostnader, årliga kostnader som löper det året):',
  'part.year': '{year}: {total} ({oneOff} engång, {annual} årligen)',
  'pane.heading': 'Vad {municipality} betalar',
  'pane.gone': 'Arbetsboken ger inte längre {municipality} någon andel; kör Samkost igen.',
  'pane.lineHint': 'Välj en rad för att se hur andelen räknades fram.',
  'pane.cellChanged':
    'Arbetsboken har ändrats sedan senaste körningen: kör Samkost igen för att förklara den här cellen.',
  'pane.back': 'Alla rader',
  'pane.close': 'Stäng',
  'pane.statement': 'Öppna sammanställning',
  'pane.saveStatement': 'Spara sammanställning (HTML)',
  'pane.statementBlocked':
    'Sammanställningen kunde inte öppnas i ett nytt fönster; spara den och öppna filen i stället.',
  'pane.participants': 'Alla deltagare',
  'pane.participant':
    '{name}: vikt {weight} ({percent}), kvot {quotient}, golv {floor}, {unit}, andel {share}',
  'usage.explain': [
    '  samkost explain <arbetsbok.xlsx> --municipality <namn> [--item <post>] [--lang nb|sv|en|es]',
    '      Visa vad en kommun betalar, rad för rad; med --item hur varje andel av raden räknades',
    '      fram: nyckeln, varje vikt, den exakta kvoten, avrundningen och regeln vid lika.',
    '  samkost statement <arbetsbok.xlsx> --municipality <namn> -o <fil.html> [--lang nb|sv|en|es]',
    '  samkost statement <arbetsbok.xlsx> --all -o <mapp> [--lang nb|sv|en|es]',
    '      Skriv en utskriftsklar sammanställning (HTML) för en kommun, eller en per kommun.',
  ].join('\n'),
  'error.missingMunicipality':
    'ange kommunen med --municipality, t.ex. samkost {command} budget.xlsx --municipality Bengtsfors',
  'error.missingStatementFile': 'ange filen som ska skrivas med -o, t.ex. -o bengtsfors.html',
  'error.missingStatementFolder': 'ange mappen att skriva till med -o, t.ex. -o sammanstallningar',
  'error.allOrOne': 'använd antingen --municipality eller --all, inte båda',
  'error.allOnlyStatement': '--all gäller samkost statement; förklara en kommun i taget',
  'error.itemOnlyExplain': '--item gäller samkost explain',
  'error.noMunicipality': 'ingen kommun heter ”{found}”; arbetsboken har: {names}',
  'error.noItem': '{municipality} deltar inte i någon rad som heter ”{found}”; raderna är: {items}',
  'written.one': 'Skrev sammanställningen för {municipality} till {file}.',
  'written.all': 'Skrev {count} sammanställningar till {folder}.',
  'source.cost': 'kostnad',
  'source.system': 'systemlicens',
  'source.proposal': 'förslag',
  'kind.oneOff': 'engång {year}',
  'kind.annual': 'årlig',
  'part.title': '{municipality} betalar {total} {currency}: {oneOff} engång och {annual} årligen.',
  'part.lines': 'Raderna ({count}):',
  'part.line': '{item} ({source}, {kind}), nyckel {key}: {share} av {amount}',
  'part.hint': 'Lägg till --item "<post>" för att se hur en av andelarna räknades fram.',
  'line.title': '{item} ({source}, {kind}), fördelad efter nyckeln {key}',
  'line.amount':
    'Belopp: {amount} {currency}, det vill säga {units} enheter à {roundTo} {currency} (avrundat halvt bort från noll).',
  'line.weights': 'Varje deltagares vikt enligt nyckeln; vikterna är sammanlagt {total}.',
  'line.quotient': 'Kvot = {units} × vikt / {total}, exakt; golvet är heltalsdelen.',
  'line.floors': 'Golven är sammanlagt {floors}, så {left} enhet(er) blir över.',
  'line.noneLeft': 'Golven är sammanlagt beloppet: ingen enhet blir över.',
  'line.recipients':
    'Enheterna som blir över går en till var och en av de största bråkdelarna; vid lika till den större vikten, sedan till namnet som kommer först: {recipients}.',
  'column.participant': 'Deltagare',
  'column.weight': 'Vikt',
  'column.weightShare': 'Andel av vikterna',
  'column.quotient': 'Exakt kvot',
  'column.floor': 'Golv',
  'column.unit': 'Enhet över',
  'column.share': 'Andel',
  'rule.fraction': 'största bråkdel',
  'rule.weight': 'lika, större vikt',
  'rule.name': 'lika, samma vikt, namnet kommer först',
  'unit.place': '+1 ({place}: {rule})',
  'unit.none': '—',
  'unit.noneLeft': 'ingen enhet över',
  'verdict.got':
    '{municipality}: kvot {quotient} ≈ {decimal}, golv {floor}; fick enhet {place} av {left} som blev över, genom {rule}; betalar därför {share} {currency}.',
  'verdict.lost.fraction':
    '{municipality}: kvot {quotient} ≈ {decimal}, golv {floor}; enheterna som blev över gick till större bråkdelar, så den betalar golvet, {share} {currency}.',
  'verdict.lost.weight':
    '{municipality}: kvot {quotient} ≈ {decimal}, golv {floor}; den låg lika om en enhet över, och en större vikt gick före, så den betalar golvet, {share} {currency}.',
  'verdict.lost.name':
    '{municipality}: kvot {quotient} ≈ {decimal}, golv {floor}; den låg lika om en enhet över med samma vikt, och ett namn som kommer först gick före, så den betalar golvet, {share} {currency}.',
  'verdict.none':
    '{municipality}: kvot {quotient} exakt, ingen enhet över; betalar därför {share} {currency}.',
};

const es: Record<ExplainKey, string> = {
  ...EXPLAIN_ENTRY_TEXT.es,
  'part.years': 'Por año presupuestario (costes únicos del año, costes anuales vigentes ese año):',
  'part.year': '{year}: {total} ({oneOff} únicos, {annual} anuales)',
  'pane.heading': 'Lo que paga {municipality}',
  'pane.gone': 'El libro ya no da ninguna parte a {municipality}; vuelva a ejecutar Samkost.',
  'pane.lineHint': 'Elija una línea para ver cómo se calculó la parte.',
  'pane.cellChanged':
    'El libro ha cambiado desde la última ejecución: vuelva a ejecutar Samkost para explicar esta celda.',
  'pane.back': 'Todas las líneas',
  'pane.close': 'Cerrar',
  'pane.statement': 'Abrir extracto',
  'pane.saveStatement': 'Guardar extracto (HTML)',
  'pane.statementBlocked':
    'No se pudo abrir el extracto en una ventana nueva; guárdelo y abra el archivo.',
  'pane.participants': 'Todos los participantes',
  'pane.participant':
    '{name}: peso {weight} ({percent}), cociente {quotient}, suelo {floor}, {unit}, parte {share}',
  'usage.explain': [
    '  samkost explain <libro.xlsx> --municipality <nombre> [--item <partida>] [--lang nb|sv|en|es]',
    '      Muestra lo que paga un municipio, línea a línea; con --item, cómo se calculó cada parte de',
    '      esa línea: la clave, cada peso, el cociente exacto, el redondeo y la regla de desempate.',
    '  samkost statement <libro.xlsx> --municipality <nombre> -o <archivo.html> [--lang nb|sv|en|es]',
    '  samkost statement <libro.xlsx> --all -o <carpeta> [--lang nb|sv|en|es]',
    '      Escribe un extracto listo para imprimir (HTML) de un municipio, o uno por municipio.',
  ].join('\n'),
  'error.missingMunicipality':
    'indique el municipio con --municipality, p. ej. samkost {command} presupuesto.xlsx --municipality Iveland',
  'error.missingStatementFile': 'indique el archivo que escribir con -o, p. ej. -o iveland.html',
  'error.missingStatementFolder': 'indique la carpeta donde escribir con -o, p. ej. -o extractos',
  'error.allOrOne': 'use --municipality o --all, no ambos',
  'error.allOnlyStatement': '--all es para samkost statement; explique un municipio cada vez',
  'error.itemOnlyExplain': '--item es para samkost explain',
  'error.noMunicipality': 'ningún municipio se llama «{found}»; el libro tiene: {names}',
  'error.noItem':
    '{municipality} no participa en ninguna línea llamada «{found}»; sus líneas: {items}',
  'written.one': 'Se escribió el extracto de {municipality} en {file}.',
  'written.all': 'Se escribieron {count} extractos en {folder}.',
  'source.cost': 'coste',
  'source.system': 'licencia de sistema',
  'source.proposal': 'propuesta',
  'kind.oneOff': 'único {year}',
  'kind.annual': 'anual',
  'part.title': '{municipality} paga {total} {currency}: {oneOff} únicos y {annual} anuales.',
  'part.lines': 'Sus {count} líneas:',
  'part.line': '{item} ({source}, {kind}), clave {key}: {share} de {amount}',
  'part.hint': 'Añada --item "<partida>" para ver cómo se calculó una de estas partes.',
  'line.title': '{item} ({source}, {kind}), repartido según la clave {key}',
  'line.amount':
    'Importe: {amount} {currency}, es decir, {units} unidades de {roundTo} {currency} (redondeo de mitades alejándose de cero).',
  'line.weights': 'El peso de cada participante según la clave; los pesos suman {total}.',
  'line.quotient': 'Cociente = {units} × peso / {total}, exacto; el suelo es su parte entera.',
  'line.floors': 'Los suelos suman {floors}, así que sobran {left} unidad(es).',
  'line.noneLeft': 'Los suelos suman el importe: no sobra ninguna unidad.',
  'line.recipients':
    'Las unidades sobrantes van una a cada una de las mayores partes fraccionarias; en caso de empate, al mayor peso y después al nombre que se ordena primero: {recipients}.',
  'column.participant': 'Participante',
  'column.weight': 'Peso',
  'column.weightShare': 'Parte de los pesos',
  'column.quotient': 'Cociente exacto',
  'column.floor': 'Suelo',
  'column.unit': 'Unidad sobrante',
  'column.share': 'Parte',
  'rule.fraction': 'mayor parte fraccionaria',
  'rule.weight': 'empate, mayor peso',
  'rule.name': 'empate, mismo peso, el nombre va primero',
  'unit.place': '+1 ({place}: {rule})',
  'unit.none': '—',
  'unit.noneLeft': 'ninguna unidad sobrante',
  'verdict.got':
    '{municipality}: cociente {quotient} ≈ {decimal}, suelo {floor}; recibió la unidad sobrante {place} de {left}, por {rule}; por eso paga {share} {currency}.',
  'verdict.lost.fraction':
    '{municipality}: cociente {quotient} ≈ {decimal}, suelo {floor}; las unidades sobrantes fueron a partes fraccionarias mayores, así que paga su suelo, {share} {currency}.',
  'verdict.lost.weight':
    '{municipality}: cociente {quotient} ≈ {decimal}, suelo {floor}; empató por una unidad sobrante y pasó antes un peso mayor, así que paga su suelo, {share} {currency}.',
  'verdict.lost.name':
    '{municipality}: cociente {quotient} ≈ {decimal}, suelo {floor}; empató por una unidad sobrante con el mismo peso y pasó antes un nombre que se ordena primero, así que paga su suelo, {share} {currency}.',
  'verdict.none':
    '{municipality}: cociente {quotient} exacto, no sobra ninguna unidad; por eso paga {share} {currency}.',
};

/** The explanation's strings; the compiler checks that every language has every key. */
export const EXPLAIN_TEXT: Catalogue<ExplainKey> = { en, nb, sv, es };

export type ExplainTranslate = (
  key: ExplainKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

export function explainText(language: Language): ExplainTranslate {
  const strings = EXPLAIN_TEXT[language];
  return (key, params) => fill(strings[key], params ?? {});
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A whole number as the language writes it (beyond a safe integer: its plain digits). */
export function formatWhole(value: bigint, language: Language): string {
  const magnitude = value < 0n ? -value : value;
  return magnitude <= MAX_SAFE ? formatNumber(Number(value), language, 0) : value.toString();
}

/**
 * A quotient as its floor and its fractional part over ΣW, the way the split compares them:
 * `23 068 + 85 340/120 787` (nb). Every participant's part has the same denominator, so which is
 * larger shows at a glance; the floor alone when there is no fractional part.
 */
export function formatQuotient(
  floor: bigint,
  remainder: bigint,
  total: bigint,
  language: Language,
): string {
  const whole = formatWhole(floor, language);
  if (remainder === 0n) return whole;
  return `${whole} + ${formatWhole(remainder, language)}/${formatWhole(total, language)}`;
}

/**
 * A non-negative rational rounded half up to `decimals` (≥ 1) decimals, written as the language
 * writes it: the nearest number to a safe decimal formats back to that very decimal.
 */
export function formatDecimal(value: Rational, language: Language, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = (2n * value.num * scale + value.den) / (2n * value.den);
  if (scaled > MAX_SAFE) {
    const digits = scaled.toString().padStart(decimals + 1, '0');
    // Plain digits, with the language's own decimal mark (what 0.5 is written with).
    const mark = formatNumber(0.5, language, 1).replace(/\d/g, '');
    return `${digits.slice(0, -decimals)}${mark}${digits.slice(-decimals)}`;
  }
  return formatNumber(Number(scaled) / Number(scale), language, decimals);
}

/**
 * Whole units of RoundTo as currency, the way the language writes money: øre shown when RoundTo
 * is below 1, whole units otherwise (as the run's own messages do).
 */
export function moneyFormat(roundTo: Rational, language: Language): (units: bigint) => string {
  const decimals = roundTo.den === 1n ? 0 : 2;
  return (units) => formatNumber(money(units, roundTo), language, decimals);
}

/** How a line names its source and kind: `cost`, `one-off 2027`. */
export function lineLabel(
  t: ExplainTranslate,
  line: Pick<LineExplanation, 'source' | 'kind' | 'year'>,
): { source: string; kind: string } {
  return {
    source: t(`source.${line.source}`),
    kind: line.kind === 'annual' ? t('kind.annual') : t('kind.oneOff', { year: line.year ?? '' }),
  };
}

/** The sentence that says why `p` pays `share` for `line`: its quotient, floor and unit left. */
export function verdict(
  t: ExplainTranslate,
  line: LineExplanation,
  p: ParticipantExplanation,
  share: string,
  currency: string,
  language: Language,
): string {
  const params = {
    municipality: p.name,
    quotient: formatQuotient(p.floor, p.remainder, line.weightTotal, language),
    decimal: formatDecimal(p.quotient, language, 4),
    floor: formatWhole(p.floor, language),
    share,
    currency,
    left: line.unitsLeft,
    place: p.unitPlace ?? '',
    rule: p.rule ? t(`rule.${p.rule}`) : '',
  };
  if (p.rule === null) return t('verdict.none', params);
  if (p.unitPlace !== null) return t('verdict.got', params);
  return t(`verdict.lost.${p.rule}`, params);
}

/** A participant's weight as a share of all the weights: `44,44 %`. */
export const weightPercent = (weight: bigint, total: bigint, language: Language): string =>
  `${formatDecimal({ num: 100n * weight, den: total }, language, 2)} %`;

/** RoundTo as the language writes it: `1`, `0,01`. */
export const formatRoundTo = (roundTo: Rational, language: Language): string =>
  roundTo.den === 1n ? formatWhole(roundTo.num, language) : formatDecimal(roundTo, language, 2);
