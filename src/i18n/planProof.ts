/**
 * The note under a funding plan that is not proven optimal, in nb, sv, en and es: one text for
 * the pane's results, the council's view and the command line's summary, so all three say the
 * same. The gap is the engine's (prioritise/planProof.ts), already rounded up.
 */
import { fill, type Catalogue, type Language } from './language';
import { formatNumber } from './numbers';

type ProofKey = 'unproven' | 'scoreProven' | 'withinGap';

const TEXT: Catalogue<ProofKey> = {
  en: {
    unproven:
      'The plan keeps every budget, but was not proven the best possible: the solver ran out of time, or its answer failed Samkost’s exact check.',
    scoreProven:
      'The plan has the highest total score possible (proven), but its start years were not proven the earliest possible: the solver ran out of time.',
    withinGap:
      'The plan keeps every budget, and its total score is at most {gap} % below the best possible (a bound proven from the budgets); it was not proven the best.',
  },
  nb: {
    unproven:
      'Planen holder alle budsjetter, men ble ikke bevist å være den beste mulige: løseren gikk tom for tid, eller svaret besto ikke Samkosts eksakte kontroll.',
    scoreProven:
      'Planen har høyest mulig samlet poengsum (bevist), men startårene ble ikke bevist å være de tidligste mulige: løseren gikk tom for tid.',
    withinGap:
      'Planen holder alle budsjetter, og den samlede poengsummen er høyst {gap} % under den best mulige (en grense bevist ut fra budsjettene); den ble ikke bevist å være den beste.',
  },
  sv: {
    unproven:
      'Planen håller alla budgetar, men bevisades inte vara den bästa möjliga: lösaren fick slut på tid, eller svaret klarade inte Samkosts exakta kontroll.',
    scoreProven:
      'Planen har högsta möjliga totalpoäng (bevisat), men startåren bevisades inte vara de tidigaste möjliga: lösaren fick slut på tid.',
    withinGap:
      'Planen håller alla budgetar, och dess totalpoäng är högst {gap} % under den bästa möjliga (en gräns bevisad utifrån budgetarna); den bevisades inte vara den bästa.',
  },
  es: {
    unproven:
      'El plan respeta todos los presupuestos, pero no se demostró que sea el mejor posible: el solver se quedó sin tiempo o su respuesta no pasó la comprobación exacta de Samkost.',
    scoreProven:
      'El plan tiene la puntuación total más alta posible (demostrado), pero no se demostró que sus años de inicio sean los más tempranos posibles: el solver se quedó sin tiempo.',
    withinGap:
      'El plan respeta todos los presupuestos y su puntuación total está como mucho un {gap} % por debajo de la mejor posible (una cota demostrada a partir de los presupuestos); no se demostró que sea el mejor.',
  },
};

/**
 * The note for a plan with `planProvenOptimal` and `planGapPercent` (RunSummary, CouncilView), or
 * null when the plan is proven optimal.
 */
export function planProofNote(
  language: Language,
  plan: { readonly planProvenOptimal: boolean; readonly planGapPercent: number | null },
): string | null {
  if (plan.planProvenOptimal) return null;
  const text = TEXT[language];
  const gap = plan.planGapPercent;
  if (gap === null) return text.unproven;
  if (gap === 0) return text.scoreProven;
  return fill(text.withinGap, { gap: formatNumber(gap, language, 2) });
}
