/**
 * The words of a municipality's statement (what a finance officer sends each member), in nb, sv,
 * en and es. Sources and kinds are named as the explanation names them (./explain.ts).
 */
import { fill, type Catalogue, type Language } from './language';

const en = {
  title: 'Cost statement: {municipality}',
  subtitle: 'Shared ICT costs, planning year {year}. Amounts in {currency}.',
  prepared: 'Prepared {date} with Samkost.',
  summary: 'Summary',
  oneOff: 'One-off',
  annual: 'Annual',
  total: 'Total',
  bySource: 'By source',
  source: 'Source',
  byYear: 'By budget year',
  byYearNote: 'One-off costs of the year, and the annual costs running that year.',
  year: 'Year',
  lines: 'Lines',
  item: 'Item',
  kind: 'Kind',
  key: 'Key',
  lineAmount: 'Amount of the line',
  weightShare: 'Share of the weights',
  share: 'Share',
  noLines: '{municipality} takes part in no line.',
  pc: 'PC charges',
  pcIntro: '{municipality} has {pcs} PCs. Items charged per PC:',
  ratePerPc: 'Rate per PC',
  pcTotal: 'Total PC charges',
  perPc: 'Per PC',
  method:
    'How the shares are computed: each amount is split in whole units of {roundTo} {currency} by the weights of its key. Each participant gets the whole part of its exact share, and the units left over go one each to the largest fractional parts (on a tie to the larger weight, then to the name that sorts first). The shares of a line add up to its amount exactly.',
};

export type StatementKey = keyof typeof en;

const nb: Record<StatementKey, string> = {
  title: 'Kostnadsoppstilling: {municipality}',
  subtitle: 'Felles IKT-kostnader, planår {year}. Beløp i {currency}.',
  prepared: 'Laget {date} med Samkost.',
  summary: 'Sammendrag',
  oneOff: 'Engangs',
  annual: 'Årlig',
  total: 'Totalt',
  bySource: 'Etter kilde',
  source: 'Kilde',
  byYear: 'Etter budsjettår',
  byYearNote: 'Årets engangskostnader og de årlige kostnadene som løper det året.',
  year: 'År',
  lines: 'Linjer',
  item: 'Post',
  kind: 'Type',
  key: 'Nøkkel',
  lineAmount: 'Linjens beløp',
  weightShare: 'Andel av vektene',
  share: 'Andel',
  noLines: '{municipality} er ikke med i noen linje.',
  pc: 'PC-driftsavgift',
  pcIntro: '{municipality} har {pcs} PC-er. Poster som belastes per PC:',
  ratePerPc: 'Sats per PC',
  pcTotal: 'Sum PC-driftsavgift',
  perPc: 'Per PC',
  method:
    'Slik regnes andelene ut: hvert beløp fordeles i hele enheter à {roundTo} {currency} etter vektene i nøkkelen. Hver deltaker får heltallsdelen av sin eksakte andel, og enhetene til overs går én til hver av de største brøkdelene (ved likhet til den største vekten, deretter til navnet som kommer først). Andelene av en linje summerer seg eksakt til beløpet.',
};

const sv: Record<StatementKey, string> = {
  title: 'Kostnadssammanställning: {municipality}',
  subtitle: 'Gemensamma IT-kostnader, planeringsår {year}. Belopp i {currency}.',
  prepared: 'Upprättad {date} med Samkost.',
  summary: 'Sammanfattning',
  oneOff: 'Engång',
  annual: 'Årlig',
  total: 'Totalt',
  bySource: 'Efter källa',
  source: 'Källa',
  byYear: 'Efter budgetår',
  byYearNote: 'Årets engångskostnader och de årliga kostnader som löper det året.',
  year: 'År',
  lines: 'Rader',
  item: 'Post',
  kind: 'Typ',
  key: 'Nyckel',
  lineAmount: 'Radens belopp',
  weightShare: 'Andel av vikterna',
  share: 'Andel',
  noLines: '{municipality} deltar inte i någon rad.',
  pc: 'Avgifter per dator',
  pcIntro: '{municipality} har {pcs} datorer. Poster som debiteras per dator:',
  ratePerPc: 'Pris per dator',
  pcTotal: 'Summa avgifter per dator',
  perPc: 'Per dator',
  method:
    'Så räknas andelarna fram: varje belopp fördelas i hela enheter à {roundTo} {currency} efter nyckelns vikter. Varje deltagare får heltalsdelen av sin exakta andel, och enheterna som blir över går en till var och en av de största bråkdelarna (vid lika till den större vikten, sedan till namnet som kommer först). Andelarna av en rad summerar exakt till beloppet.',
};

const es: Record<StatementKey, string> = {
  title: 'Extracto de costes: {municipality}',
  subtitle: 'Costes TIC compartidos, año de planificación {year}. Importes en {currency}.',
  prepared: 'Elaborado el {date} con Samkost.',
  summary: 'Resumen',
  oneOff: 'Únicos',
  annual: 'Anuales',
  total: 'Total',
  bySource: 'Por origen',
  source: 'Origen',
  byYear: 'Por año presupuestario',
  byYearNote: 'Los costes únicos del año y los costes anuales vigentes ese año.',
  year: 'Año',
  lines: 'Líneas',
  item: 'Partida',
  kind: 'Tipo',
  key: 'Clave',
  lineAmount: 'Importe de la línea',
  weightShare: 'Parte de los pesos',
  share: 'Parte',
  noLines: '{municipality} no participa en ninguna línea.',
  pc: 'Cargos por PC',
  pcIntro: '{municipality} tiene {pcs} PC. Partidas cobradas por PC:',
  ratePerPc: 'Tarifa por PC',
  pcTotal: 'Total de cargos por PC',
  perPc: 'Por PC',
  method:
    'Cómo se calculan las partes: cada importe se reparte en unidades enteras de {roundTo} {currency} según los pesos de su clave. Cada participante recibe la parte entera de su parte exacta, y las unidades sobrantes van una a cada una de las mayores partes fraccionarias (en caso de empate, al mayor peso y después al nombre que se ordena primero). Las partes de una línea suman exactamente su importe.',
};

export const STATEMENT_TEXT: Catalogue<StatementKey> = { en, nb, sv, es };

export type StatementTranslate = (
  key: StatementKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

export function statementText(language: Language): StatementTranslate {
  const strings = STATEMENT_TEXT[language];
  return (key, params) => fill(strings[key], params ?? {});
}
