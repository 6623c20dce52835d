/** Risk flag messages (contract §6). Codes are stable; only the message is localised. */
import type { Catalogue } from './language';
import type { FlagCode } from '../engine/result';

export const FLAG_MESSAGES: Catalogue<FlagCode> = {
  en: {
    BUDGET_EXCEEDED:
      '{municipality} pays {share} {currency} in {year}, over its ICT budget of {budget} {currency}.',
    STANDALONE_EXCEEDED:
      '{municipality} pays {share} {currency} for "{item}", more than the {standalone} {currency} it would cost alone.',
    MANDATORY_UNFUNDED:
      'Mandatory proposal {id} cannot start within the budget years ({years}) and is not funded.',
    DEPENDENCY_UNFUNDED: 'Proposal {id} depends on {dependency}, which is not funded.',
    CONTRACT_EXPIRED: 'The contract for {system} expired on {date}.',
    CONTRACT_EXPIRING:
      'The contract for {system} expires on {date}, within {months} months of 1 January {year}.',
    NO_OWNER: '{subject} has no owner.',
    NO_COST_BENEFIT: 'Proposal {id} has no cost/benefit analysis.',
    NEGATIVE_NPV: 'Proposal {id} has a negative net present value ({npv} {currency}).',
    SCORER_DISAGREEMENT:
      'The scorers disagree on proposal {id}: spread {spread} is above {threshold}.',
    INCOMPLETE_SCORES: 'Nobody has scored proposal {id} on: {criteria}.',
    NOT_FUNDED: 'Proposal {id} is not funded within the budget: {reason}.',
    COOPERATION_CANDIDATE:
      '{system} is used by {users} municipalities at cooperation level {level}: a candidate for one shared solution.',
    ZERO_KEY: '{municipality} has 0 in the key "{key}" of "{item}" and pays nothing for it.',
    OUTSIDE_CORE:
      'The group {coalition} pays {pays} {currency} for "{item}", more than the {alone} {currency} it would pay on its own.',
    INCONSISTENT_WEIGHTS:
      'The pairwise judgements contradict each other: consistency ratio {cr}, above 0.10. The most inconsistent is {a} against {b} ({cell}): judged {ratio}, while the weights make it {implied}.',
  },
  nb: {
    BUDGET_EXCEEDED:
      '{municipality} betaler {share} {currency} i {year}, over IKT-budsjettet på {budget} {currency}.',
    STANDALONE_EXCEEDED:
      '{municipality} betaler {share} {currency} for «{item}», mer enn de {standalone} {currency} det ville kostet alene.',
    MANDATORY_UNFUNDED:
      'Det lovpålagte tiltaket {id} kan ikke starte innenfor budsjettårene ({years}) og er ikke finansiert.',
    DEPENDENCY_UNFUNDED: 'Tiltak {id} avhenger av {dependency}, som ikke er finansiert.',
    CONTRACT_EXPIRED: 'Avtalen for {system} utløp {date}.',
    CONTRACT_EXPIRING:
      'Avtalen for {system} utløper {date}, innen {months} måneder fra 1. januar {year}.',
    NO_OWNER: '{subject} mangler eier.',
    NO_COST_BENEFIT: 'Tiltak {id} mangler kost/nytte-analyse.',
    NEGATIVE_NPV: 'Tiltak {id} har negativ nåverdi ({npv} {currency}).',
    SCORER_DISAGREEMENT:
      'Vurderingene av tiltak {id} spriker: spredning {spread} er over {threshold}.',
    INCOMPLETE_SCORES: 'Ingen har vurdert tiltak {id} på: {criteria}.',
    NOT_FUNDED: 'Tiltak {id} er ikke finansiert innenfor budsjettet: {reason}.',
    COOPERATION_CANDIDATE:
      '{system} brukes av {users} kommuner på samarbeidsnivå {level}: kandidat for én felles løsning.',
    ZERO_KEY: '{municipality} har 0 i nøkkelen «{key}» for «{item}» og betaler ingenting for den.',
    OUTSIDE_CORE:
      'Gruppen {coalition} betaler {pays} {currency} for «{item}», mer enn de {alone} {currency} den ville betalt på egen hånd.',
    INCONSISTENT_WEIGHTS:
      'De parvise vurderingene motsier hverandre: konsistensforhold {cr}, over 0,10. Mest inkonsistent er {a} mot {b} ({cell}): vurdert til {ratio}, mens vektene gir {implied}.',
  },
  sv: {
    BUDGET_EXCEEDED:
      '{municipality} betalar {share} {currency} år {year}, över IT-budgeten på {budget} {currency}.',
    STANDALONE_EXCEEDED:
      '{municipality} betalar {share} {currency} för ”{item}”, mer än de {standalone} {currency} det skulle kosta ensam.',
    MANDATORY_UNFUNDED:
      'Det obligatoriska förslaget {id} kan inte starta inom budgetåren ({years}) och är inte finansierat.',
    DEPENDENCY_UNFUNDED: 'Förslag {id} är beroende av {dependency}, som inte är finansierat.',
    CONTRACT_EXPIRED: 'Avtalet för {system} löpte ut {date}.',
    CONTRACT_EXPIRING:
      'Avtalet för {system} löper ut {date}, inom {months} månader från 1 januari {year}.',
    NO_OWNER: '{subject} saknar ägare.',
    NO_COST_BENEFIT: 'Förslag {id} saknar kostnads-/nyttoanalys.',
    NEGATIVE_NPV: 'Förslag {id} har negativt nuvärde ({npv} {currency}).',
    SCORER_DISAGREEMENT:
      'Bedömarna är oense om förslag {id}: spridningen {spread} är över {threshold}.',
    INCOMPLETE_SCORES: 'Ingen har bedömt förslag {id} på: {criteria}.',
    NOT_FUNDED: 'Förslag {id} är inte finansierat inom budgeten: {reason}.',
    COOPERATION_CANDIDATE:
      '{system} används av {users} kommuner på samverkansnivå {level}: kandidat för en gemensam lösning.',
    ZERO_KEY: '{municipality} har 0 i nyckeln ”{key}” för ”{item}” och betalar inget för den.',
    OUTSIDE_CORE:
      'Gruppen {coalition} betalar {pays} {currency} för ”{item}”, mer än de {alone} {currency} den skulle betala på egen hand.',
    INCONSISTENT_WEIGHTS:
      'De parvisa bedömningarna motsäger varandra: konsistenskvot {cr}, över 0,10. Mest inkonsistent är {a} mot {b} ({cell}): bedömd till {ratio}, medan vikterna ger {implied}.',
  },
  es: {
    BUDGET_EXCEEDED:
      '{municipality} paga {share} {currency} en {year}, por encima de su presupuesto TIC de {budget} {currency}.',
    STANDALONE_EXCEEDED:
      '{municipality} paga {share} {currency} por «{item}», más que los {standalone} {currency} que le costaría en solitario.',
    MANDATORY_UNFUNDED:
      'La propuesta obligatoria {id} no puede empezar dentro de los años presupuestados ({years}) y no se financia.',
    DEPENDENCY_UNFUNDED: 'La propuesta {id} depende de {dependency}, que no se financia.',
    CONTRACT_EXPIRED: 'El contrato de {system} venció el {date}.',
    CONTRACT_EXPIRING:
      'El contrato de {system} vence el {date}, dentro de {months} meses desde el 1 de enero de {year}.',
    NO_OWNER: '{subject} no tiene propietario.',
    NO_COST_BENEFIT: 'La propuesta {id} no tiene análisis de coste/beneficio.',
    NEGATIVE_NPV: 'La propuesta {id} tiene un valor actual neto negativo ({npv} {currency}).',
    SCORER_DISAGREEMENT:
      'Los evaluadores discrepan sobre la propuesta {id}: la dispersión {spread} supera {threshold}.',
    INCOMPLETE_SCORES: 'Nadie ha puntuado la propuesta {id} en: {criteria}.',
    NOT_FUNDED: 'La propuesta {id} no se financia dentro del presupuesto: {reason}.',
    COOPERATION_CANDIDATE:
      '{system} lo usan {users} municipios con nivel de cooperación {level}: candidato a una solución compartida.',
    ZERO_KEY: '{municipality} tiene 0 en la clave «{key}» de «{item}» y no paga nada por ella.',
    OUTSIDE_CORE:
      'El grupo {coalition} paga {pays} {currency} por «{item}», más que los {alone} {currency} que pagaría por su cuenta.',
    INCONSISTENT_WEIGHTS:
      'Los juicios por pares se contradicen: razón de consistencia {cr}, superior a 0,10. El más inconsistente es {a} frente a {b} ({cell}): juzgado {ratio}, mientras que los pesos dan {implied}.',
  },
};
