/**
 * The strings of the pane's contract v1.1 views (the efficient frontier, the criteria weights and
 * "if we left"), in nb, sv, en and es. Kept apart from council.ts so these views grow on their own.
 */
import { fill, type Catalogue, type Language } from './language';

const en = {
  'frontier.heading': 'Score against budget',
  'frontier.intro':
    'The highest total score the plan reaches when every year’s budget is scaled, from 25 % to 200 %.',
  'frontier.title': 'Efficient frontier: total score against investment',
  'frontier.axisScore': 'Score',
  'frontier.axisInvestment': 'Investment ({currency})',
  'frontier.point': '{factor}: investment {investment} {currency}, score {score}, {funded} funded',
  'frontier.noFit':
    '{factor}: investment {investment} {currency}, the mandatory proposals do not fit',
  'frontier.notProven': '(not proven)',
  'frontier.notProvenNote':
    'A point marked “not proven” (a hollow circle) is the best plan found, without proof that none is better: a better one may exist at that budget.',
  'weights.heading': 'Criteria weights',
  'weights.sourcePairs': 'From the council’s pairwise judgements (CriteriaPairs).',
  'weights.sourceGiven': 'As given in the Criteria table, scaled to add up to 100 %.',
  'weights.item': '{criterion}: {weight} %',
  'weights.figures': 'λmax {lambdaMax} · CI {ci} · CR {cr}',
  'weights.consistent': 'Consistent: CR {cr} is at most 0.10.',
  'weights.inconsistent':
    'Not consistent: CR {cr} is above 0.10. Review the judgements before relying on the weights.',
  'weights.worst':
    'Furthest from the weights: {a} against {b} is judged {ratio}, the weights say {implied}.',
  'exit.heading': 'If we left',
  'exit.intro': 'Over the items with coalition costs: what leaving would mean, in {currency}.',
  'exit.municipality': 'Municipality',
  'exit.paysNow': 'Pays now',
  'exit.paysAlone': 'Would pay alone',
  'exit.othersMore': 'The others would pay more',
  'exit.othersLess': 'The others would pay less',
  'exit.breaches': 'Groups that pay more than they would alone',
  'exit.noBreaches':
    'No group in the items {municipality} takes part in pays more than it would alone.',
};

export type ChoicesKey = keyof typeof en;

const nb: Record<ChoicesKey, string> = {
  'frontier.heading': 'Poeng mot budsjett',
  'frontier.intro':
    'Den høyeste samlede poengsummen planen når når hvert års budsjett skaleres, fra 25 % til 200 %.',
  'frontier.title': 'Effektiv front: samlet poengsum mot investering',
  'frontier.axisScore': 'Poeng',
  'frontier.axisInvestment': 'Investering ({currency})',
  'frontier.point':
    '{factor}: investering {investment} {currency}, poeng {score}, {funded} finansiert',
  'frontier.noFit':
    '{factor}: investering {investment} {currency}, de obligatoriske tiltakene får ikke plass',
  'frontier.notProven': '(ikke bevist)',
  'frontier.notProvenNote':
    'Et punkt merket «ikke bevist» (en hul sirkel) er den beste planen som ble funnet, uten bevis for at ingen er bedre: en bedre kan finnes ved det budsjettet.',
  'weights.heading': 'Kriterievekter',
  'weights.sourcePairs': 'Fra rådets parvise vurderinger (Kriteriepar).',
  'weights.sourceGiven': 'Som oppgitt i tabellen Kriterier, skalert til 100 % til sammen.',
  'weights.item': '{criterion}: {weight} %',
  'weights.figures': 'λmax {lambdaMax} · CI {ci} · CR {cr}',
  'weights.consistent': 'Konsistent: CR {cr} er høyst 0,10.',
  'weights.inconsistent':
    'Ikke konsistent: CR {cr} er over 0,10. Gå gjennom vurderingene før dere stoler på vektene.',
  'weights.worst':
    'Lengst fra vektene: {a} mot {b} er vurdert til {ratio}, vektene sier {implied}.',
  'exit.heading': 'Hvis vi gikk ut',
  'exit.intro': 'For postene med koalisjonskostnader: hva en utmelding ville bety, i {currency}.',
  'exit.municipality': 'Kommune',
  'exit.paysNow': 'Betaler nå',
  'exit.paysAlone': 'Ville betalt alene',
  'exit.othersMore': 'De andre ville betalt mer',
  'exit.othersLess': 'De andre ville betalt mindre',
  'exit.breaches': 'Grupper som betaler mer enn de ville gjort alene',
  'exit.noBreaches':
    'Ingen gruppe i postene {municipality} deltar i betaler mer enn den ville gjort alene.',
};

const sv: Record<ChoicesKey, string> = {
  'frontier.heading': 'Poäng mot budget',
  'frontier.intro':
    'Den högsta sammanlagda poängen planen når när varje års budget skalas, från 25 % till 200 %.',
  'frontier.title': 'Effektiv front: sammanlagd poäng mot investering',
  'frontier.axisScore': 'Poäng',
  'frontier.axisInvestment': 'Investering ({currency})',
  'frontier.point':
    '{factor}: investering {investment} {currency}, poäng {score}, {funded} finansierade',
  'frontier.noFit':
    '{factor}: investering {investment} {currency}, de obligatoriska förslagen ryms inte',
  'frontier.notProven': '(inte bevisad)',
  'frontier.notProvenNote':
    'En punkt märkt ”inte bevisad” (en ihålig cirkel) är den bästa planen som hittades, utan bevis för att ingen är bättre: en bättre kan finnas vid den budgeten.',
  'weights.heading': 'Kriterievikter',
  'weights.sourcePairs': 'Från rådets parvisa bedömningar (Kriteriepar).',
  'weights.sourceGiven': 'Som angivna i tabellen Kriterier, skalade till 100 % sammanlagt.',
  'weights.item': '{criterion}: {weight} %',
  'weights.figures': 'λmax {lambdaMax} · CI {ci} · CR {cr}',
  'weights.consistent': 'Konsistent: CR {cr} är högst 0,10.',
  'weights.inconsistent':
    'Inte konsistent: CR {cr} är över 0,10. Gå igenom bedömningarna innan ni litar på vikterna.',
  'weights.worst':
    'Längst från vikterna: {a} mot {b} är bedömt till {ratio}, vikterna säger {implied}.',
  'exit.heading': 'Om vi gick ur',
  'exit.intro':
    'För posterna med koalitionskostnader: vad ett utträde skulle betyda, i {currency}.',
  'exit.municipality': 'Kommun',
  'exit.paysNow': 'Betalar nu',
  'exit.paysAlone': 'Skulle betala ensam',
  'exit.othersMore': 'De andra skulle betala mer',
  'exit.othersLess': 'De andra skulle betala mindre',
  'exit.breaches': 'Grupper som betalar mer än de skulle göra ensamma',
  'exit.noBreaches':
    'Ingen grupp i posterna {municipality} deltar i betalar mer än den skulle göra ensam.',
};

const es: Record<ChoicesKey, string> = {
  'frontier.heading': 'Puntuación frente a presupuesto',
  'frontier.intro':
    'La mayor puntuación total que alcanza el plan cuando se escala el presupuesto de cada año, del 25 % al 200 %.',
  'frontier.title': 'Frontera eficiente: puntuación total frente a inversión',
  'frontier.axisScore': 'Puntuación',
  'frontier.axisInvestment': 'Inversión ({currency})',
  'frontier.point':
    '{factor}: inversión {investment} {currency}, puntuación {score}, {funded} financiadas',
  'frontier.noFit':
    '{factor}: inversión {investment} {currency}, las propuestas obligatorias no caben',
  'frontier.notProven': '(no demostrado)',
  'frontier.notProvenNote':
    'Un punto marcado «no demostrado» (un círculo hueco) es el mejor plan hallado, sin prueba de que no haya otro mejor: puede existir uno mejor con ese presupuesto.',
  'weights.heading': 'Pesos de los criterios',
  'weights.sourcePairs': 'De los juicios por pares del consejo (Pares de criterios).',
  'weights.sourceGiven': 'Tal como figuran en la tabla Criterios, escalados para sumar 100 %.',
  'weights.item': '{criterion}: {weight} %',
  'weights.figures': 'λmax {lambdaMax} · CI {ci} · CR {cr}',
  'weights.consistent': 'Coherente: CR {cr} es como mucho 0,10.',
  'weights.inconsistent':
    'No coherente: CR {cr} supera 0,10. Revise los juicios antes de confiar en los pesos.',
  'weights.worst':
    'Lo más alejado de los pesos: {a} frente a {b} se juzga {ratio}, los pesos dicen {implied}.',
  'exit.heading': 'Si saliéramos',
  'exit.intro': 'En las partidas con costes de coalición: lo que supondría salir, en {currency}.',
  'exit.municipality': 'Municipio',
  'exit.paysNow': 'Paga ahora',
  'exit.paysAlone': 'Pagaría solo',
  'exit.othersMore': 'Los demás pagarían más',
  'exit.othersLess': 'Los demás pagarían menos',
  'exit.breaches': 'Grupos que pagan más de lo que pagarían solos',
  'exit.noBreaches':
    'Ningún grupo de las partidas en que participa {municipality} paga más de lo que pagaría solo.',
};

export const CHOICES_TEXT: Catalogue<ChoicesKey> = { en, nb, sv, es };

export type ChoicesTranslate = (
  key: ChoicesKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** The translator of these views for one language. */
export function choicesText(language: Language): ChoicesTranslate {
  const strings = CHOICES_TEXT[language];
  return (key, params) => fill(strings[key], params ?? {});
}
