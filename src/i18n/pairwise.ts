/**
 * The strings of the pane's pairwise editor (contract v1.1 §10: the council's judgements on
 * Saaty's scale), in nb, sv, en and es. `degree.N` words how much more important the favoured
 * criterion is at step N of the scale (2 … 9), as Saaty names the steps.
 */
import { fill, type Catalogue, type Language } from './language';

const en = {
  heading: 'Compare the criteria',
  intro:
    'Move each slider toward the criterion that matters more: the middle is equal, the ends nine times as important. The weights and the consistency below follow as you go. Save writes the judgements into CriteriaPairs; their weights then replace the Weight column.',
  slider: '{a} against {b}',
  equal: '{a} and {b} are equally important',
  more: '{winner} is {degree} more important than {loser}',
  'degree.2': 'a little',
  'degree.3': 'moderately',
  'degree.4': 'moderately to strongly',
  'degree.5': 'strongly',
  'degree.6': 'strongly to very strongly',
  'degree.7': 'very strongly',
  'degree.8': 'very strongly to extremely',
  'degree.9': 'extremely',
  ratio: 'Ratio {ratio}',
  worst: 'Furthest from the weights: judged {ratio}, the weights say {implied}.',
  live: 'With these judgements',
  save: 'Save judgements',
  saving: 'Saving…',
  saved:
    'Saved into CriteriaPairs: {updated} changed, {added} added. Run Samkost again to use the new weights.',
  nothing: 'No judgement has moved: there is nothing to save.',
  missingColumns: 'CriteriaPairs has no column for {columns}. Nothing was saved.',
  error: 'Samkost could not save the judgements. CriteriaPairs was not changed.',
  tooMany: 'Pairwise judgements take at most {max} criteria; this workbook has {count}.',
};

export type PairwiseKey = keyof typeof en;

const nb: Record<PairwiseKey, string> = {
  heading: 'Sammenlign kriteriene',
  intro:
    'Flytt hver glidebryter mot kriteriet som betyr mest: midten er like viktig, endene ni ganger så viktig. Vektene og konsistensen under følger med mens du flytter. Lagre skriver vurderingene i Kriteriepar; vektene deres erstatter da kolonnen Vekt.',
  slider: '{a} mot {b}',
  equal: '{a} og {b} er like viktige',
  more: '{winner} er {degree} viktigere enn {loser}',
  'degree.2': 'litt',
  'degree.3': 'moderat',
  'degree.4': 'moderat til sterkt',
  'degree.5': 'sterkt',
  'degree.6': 'sterkt til svært sterkt',
  'degree.7': 'svært sterkt',
  'degree.8': 'svært sterkt til ekstremt',
  'degree.9': 'ekstremt',
  ratio: 'Forhold {ratio}',
  worst: 'Lengst fra vektene: vurdert {ratio}, vektene sier {implied}.',
  live: 'Med disse vurderingene',
  save: 'Lagre vurderingene',
  saving: 'Lagrer …',
  saved:
    'Lagret i Kriteriepar: {updated} endret, {added} lagt til. Kjør Samkost på nytt for å bruke de nye vektene.',
  nothing: 'Ingen vurdering er flyttet: det er ingenting å lagre.',
  missingColumns: 'Kriteriepar har ingen kolonne for {columns}. Ingenting ble lagret.',
  error: 'Samkost kunne ikke lagre vurderingene. Kriteriepar er ikke endret.',
  tooMany: 'Parvise vurderinger tar høyst {max} kriterier; denne arbeidsboken har {count}.',
};

const sv: Record<PairwiseKey, string> = {
  heading: 'Jämför kriterierna',
  intro:
    'Flytta varje reglage mot det kriterium som väger tyngst: mitten är lika viktigt, ändarna nio gånger så viktigt. Vikterna och konsistensen nedan följer med medan du flyttar. Spara skriver bedömningarna i Kriteriepar; deras vikter ersätter då kolumnen Vikt.',
  slider: '{a} mot {b}',
  equal: '{a} och {b} är lika viktiga',
  more: '{winner} är {degree} viktigare än {loser}',
  'degree.2': 'något',
  'degree.3': 'måttligt',
  'degree.4': 'måttligt till starkt',
  'degree.5': 'starkt',
  'degree.6': 'starkt till mycket starkt',
  'degree.7': 'mycket starkt',
  'degree.8': 'mycket starkt till extremt',
  'degree.9': 'extremt',
  ratio: 'Förhållande {ratio}',
  worst: 'Längst från vikterna: bedömt {ratio}, vikterna säger {implied}.',
  live: 'Med dessa bedömningar',
  save: 'Spara bedömningarna',
  saving: 'Sparar …',
  saved:
    'Sparat i Kriteriepar: {updated} ändrade, {added} tillagda. Kör Samkost igen för att använda de nya vikterna.',
  nothing: 'Ingen bedömning har flyttats: det finns inget att spara.',
  missingColumns: 'Kriteriepar har ingen kolumn för {columns}. Inget sparades.',
  error: 'Samkost kunde inte spara bedömningarna. Kriteriepar ändrades inte.',
  tooMany: 'Parvisa bedömningar tar högst {max} kriterier; den här arbetsboken har {count}.',
};

const es: Record<PairwiseKey, string> = {
  heading: 'Comparar los criterios',
  intro:
    'Mueva cada control hacia el criterio que importa más: el centro es igual, los extremos nueve veces más importante. Los pesos y la coherencia de abajo cambian a medida que lo mueve. Guardar escribe los juicios en Pares de criterios; sus pesos sustituyen entonces la columna Peso.',
  slider: '{a} frente a {b}',
  equal: '{a} y {b} son igual de importantes',
  more: '{winner} es {degree} más importante que {loser}',
  'degree.2': 'algo',
  'degree.3': 'moderadamente',
  'degree.4': 'entre moderada y fuertemente',
  'degree.5': 'fuertemente',
  'degree.6': 'entre fuerte y muy fuertemente',
  'degree.7': 'muy fuertemente',
  'degree.8': 'entre muy fuerte y extremadamente',
  'degree.9': 'extremadamente',
  ratio: 'Razón {ratio}',
  worst: 'El más alejado de los pesos: juzgado {ratio}, los pesos dicen {implied}.',
  live: 'Con estos juicios',
  save: 'Guardar los juicios',
  saving: 'Guardando…',
  saved:
    'Guardado en Pares de criterios: {updated} cambiados, {added} añadidos. Ejecute Samkost de nuevo para usar los nuevos pesos.',
  nothing: 'Ningún juicio se ha movido: no hay nada que guardar.',
  missingColumns: 'Pares de criterios no tiene columna para {columns}. No se guardó nada.',
  error: 'Samkost no pudo guardar los juicios. Pares de criterios no se modificó.',
  tooMany: 'Los juicios por pares admiten como mucho {max} criterios; este libro tiene {count}.',
};

export const PAIRWISE_TEXT: Catalogue<PairwiseKey> = { en, nb, sv, es };

export type PairwiseTranslate = (
  key: PairwiseKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** The pairwise editor's translator for one language. */
export function pairwiseText(language: Language): PairwiseTranslate {
  const strings = PAIRWISE_TEXT[language];
  return (key, params) => fill(strings[key], params ?? {});
}
