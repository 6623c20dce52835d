/** Why a proposal is not funded (contract v1.1 §11): the reason the NOT_FUNDED message names. */
import type { NotFundedReason } from '../engine/prioritise/whyNotFunded';
import type { Catalogue } from './language';

export type NotFundedKey = Exclude<NotFundedReason['kind'], 'leftOut'> | 'zeroScore' | 'notChosen';

export const NOT_FUNDED_REASONS: Catalogue<NotFundedKey> = {
  en: {
    dependency: 'it depends on {dependency}, which is not funded',
    earliestYear: 'it cannot start before {year}, after the last budget year {lastYear}',
    investment:
      'starting in {year}, its earliest possible start, it would overrun that year’s investment budget by {amount} {currency}',
    operating:
      'started in {start}, its earliest possible start, it would overrun the operating budget of {year} by {amount} {currency}',
    zeroScore: 'it would fit in {year}, but its score is 0, so funding it adds nothing',
    notChosen: 'it would fit in {year}, but the plan found (not proven optimal) leaves it out',
  },
  nb: {
    dependency: 'det avhenger av {dependency}, som ikke er finansiert',
    earliestYear: 'det kan ikke starte før {year}, etter siste budsjettår {lastYear}',
    investment:
      'med start i {year}, tidligst mulige start, ville det overskride det årets investeringsbudsjett med {amount} {currency}',
    operating:
      'med start i {start}, tidligst mulige start, ville det overskride driftsbudsjettet for {year} med {amount} {currency}',
    zeroScore:
      'det ville fått plass i {year}, men poengsummen er 0, så det gir ingenting å finansiere det',
    notChosen:
      'det ville fått plass i {year}, men planen som ble funnet (ikke bevist optimal) tar det ikke med',
  },
  sv: {
    dependency: 'det är beroende av {dependency}, som inte är finansierat',
    earliestYear: 'det kan inte starta före {year}, efter sista budgetåret {lastYear}',
    investment:
      'med start {year}, tidigast möjliga start, skulle det överskrida det årets investeringsbudget med {amount} {currency}',
    operating:
      'med start {start}, tidigast möjliga start, skulle det överskrida driftbudgeten för {year} med {amount} {currency}',
    zeroScore:
      'det skulle rymmas {year}, men poängen är 0, så det tillför inget att finansiera det',
    notChosen:
      'det skulle rymmas {year}, men den plan som hittades (inte bevisat optimal) tar inte med det',
  },
  es: {
    dependency: 'depende de {dependency}, que no se financia',
    earliestYear:
      'no puede empezar antes de {year}, después del último año presupuestario {lastYear}',
    investment:
      'empezando en {year}, su inicio más temprano posible, superaría el presupuesto de inversión de ese año en {amount} {currency}',
    operating:
      'empezando en {start}, su inicio más temprano posible, superaría el presupuesto operativo de {year} en {amount} {currency}',
    zeroScore: 'cabría en {year}, pero su puntuación es 0, así que financiarla no añade nada',
    notChosen: 'cabría en {year}, pero el plan encontrado (no demostrado óptimo) la deja fuera',
  },
};

/** The reason's message key. */
export const notFundedKey = (reason: NotFundedReason): NotFundedKey =>
  reason.kind !== 'leftOut' ? reason.kind : reason.zeroScore ? 'zeroScore' : 'notChosen';
