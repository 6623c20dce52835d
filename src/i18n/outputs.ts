/**
 * Sheet names, headers and labels of the output tables. Table names never change (contract §6);
 * what the user reads does.
 */
import type { Catalogue, Language } from './language';
import type { OutputTableName } from '../engine/table';

type SheetKey = `sheet.${OutputTableName}`;
type HeaderKey =
  | 'item'
  | 'source'
  | 'kind'
  | 'key'
  | 'amount'
  | 'municipality'
  | 'chosen'
  | 'population'
  | 'equal'
  | 'pcs'
  | 'equal30population70'
  | 'standalone'
  | 'differenceChosenPopulation'
  | 'goingAlone'
  | 'likeForLikeShared'
  | 'likeForLikeStandAlone'
  | 'likeForLikeSaving'
  | 'total'
  | 'perPc'
  | 'id'
  | 'title'
  | 'score'
  | 'rank'
  | 'scorers'
  | 'spread'
  | 'npv'
  | 'bcr'
  | 'payback'
  | 'funded'
  | 'startYear'
  | 'scope'
  | 'subject'
  | 'code'
  | 'severity'
  | 'message'
  | 'cell'
  | 'cost'
  | 'system'
  | 'proposal'
  | 'paysNow'
  | 'paysAlone'
  | 'othersChange'
  | 'criterion'
  | 'weight'
  | 'rankBest'
  | 'rankWorst'
  | 'factor'
  | 'investment'
  | 'oneOffFunded'
  | 'proposalsFunded'
  | 'proven';
type LabelKey =
  | 'totalOneOff'
  | 'totalAnnual'
  | 'annualPerInhabitant'
  | 'ratePerPc'
  | 'yes'
  | 'no'
  | 'pairs'
  | 'given'
  | 'lambdaMax'
  | 'ci'
  | 'cr';

export type OutputTextKey = SheetKey | `header.${HeaderKey}` | `label.${LabelKey}`;

const en: Record<OutputTextKey, string> = {
  'sheet.Allocation': 'Allocation',
  'sheet.SplitComparison': 'Split comparison',
  'sheet.PcCharges': 'PC charges',
  'sheet.Priorities': 'Priorities',
  'sheet.RiskFlags': 'Risk flags',
  'sheet.Totals': 'Totals',
  'header.item': 'Item',
  'header.source': 'Source',
  'header.kind': 'Kind',
  'header.key': 'Key',
  'header.amount': 'Amount',
  'header.municipality': 'Municipality',
  'header.chosen': 'Chosen keys',
  'header.population': 'Population',
  'header.equal': 'Equal',
  'header.pcs': 'PCs',
  'header.equal30population70': '30/70 equal/population',
  'header.standalone': 'Standalone',
  'header.differenceChosenPopulation': 'Difference chosen − population',
  'header.goingAlone': 'Going alone',
  'header.likeForLikeShared': 'Shared, lines with stand-alone costs',
  'header.likeForLikeStandAlone': 'Alone, same lines',
  'header.likeForLikeSaving': 'Saving by sharing',
  'header.total': 'Total',
  'header.perPc': 'Per PC',
  'header.id': 'ID',
  'header.title': 'Title',
  'header.score': 'Score',
  'header.rank': 'Rank',
  'header.scorers': 'Scorers',
  'header.spread': 'Spread',
  'header.npv': 'NPV',
  'header.bcr': 'BCR',
  'header.payback': 'Payback (years)',
  'header.funded': 'Funded',
  'header.startYear': 'Start year',
  'header.scope': 'Scope',
  'header.subject': 'Subject',
  'header.code': 'Code',
  'header.severity': 'Severity',
  'header.message': 'Message',
  'header.cell': 'Cell',
  'header.cost': 'Costs',
  'header.system': 'Systems',
  'header.proposal': 'Proposals',
  'label.totalOneOff': 'Total one-off',
  'label.totalAnnual': 'Total annual',
  'label.annualPerInhabitant': 'Annual per inhabitant',
  'label.ratePerPc': 'Rate per PC',
  'label.yes': 'yes',
  'label.no': 'no',
  'sheet.ExitAnalysis': 'Exit analysis',
  'header.paysNow': 'Pays now',
  'header.paysAlone': 'Would pay alone',
  'header.othersChange': 'Others pay more without it',
  'sheet.CriteriaWeights': 'Criteria weights',
  'sheet.Frontier': 'Frontier',
  'header.criterion': 'Criterion',
  'header.weight': 'Weight',
  'header.rankBest': 'Best rank',
  'header.rankWorst': 'Worst rank',
  'header.factor': 'Budget factor',
  'header.investment': 'Investment',
  'header.oneOffFunded': 'One-off funded',
  'header.proposalsFunded': 'Proposals funded',
  'header.proven': 'Proven optimal',
  'label.pairs': 'pairs',
  'label.given': 'given',
  'label.lambdaMax': 'λmax',
  'label.ci': 'CI (consistency index)',
  'label.cr': 'CR (consistency ratio)',
};

const nb: Record<OutputTextKey, string> = {
  'sheet.Allocation': 'Fordeling',
  'sheet.SplitComparison': 'Sammenligning av nøkler',
  'sheet.PcCharges': 'PC-avgift',
  'sheet.Priorities': 'Prioritering',
  'sheet.RiskFlags': 'Risikoflagg',
  'sheet.Totals': 'Totaler',
  'header.item': 'Post',
  'header.source': 'Kilde',
  'header.kind': 'Type',
  'header.key': 'Nøkkel',
  'header.amount': 'Beløp',
  'header.municipality': 'Kommune',
  'header.chosen': 'Valgte nøkler',
  'header.population': 'Innbyggere',
  'header.equal': 'Likt',
  'header.pcs': 'PC-er',
  'header.equal30population70': '30/70 likt/innbyggere',
  'header.standalone': 'Frittstående',
  'header.differenceChosenPopulation': 'Differanse valgt − innbyggere',
  'header.goingAlone': 'Alene',
  'header.likeForLikeShared': 'Delt, poster med alenekostnad',
  'header.likeForLikeStandAlone': 'Alene, samme poster',
  'header.likeForLikeSaving': 'Besparelse ved å dele',
  'header.total': 'Sum',
  'header.perPc': 'Per PC',
  'header.id': 'ID',
  'header.title': 'Tiltak',
  'header.score': 'Poeng',
  'header.rank': 'Rangering',
  'header.scorers': 'Vurdert av',
  'header.spread': 'Spredning',
  'header.npv': 'Nåverdi',
  'header.bcr': 'Nytte/kost',
  'header.payback': 'Tilbakebetaling (år)',
  'header.funded': 'Finansiert',
  'header.startYear': 'Startår',
  'header.scope': 'Omfang',
  'header.subject': 'Gjelder',
  'header.code': 'Kode',
  'header.severity': 'Alvorlighet',
  'header.message': 'Melding',
  'header.cell': 'Celle',
  'header.cost': 'Kostnader',
  'header.system': 'Systemer',
  'header.proposal': 'Tiltak',
  'label.totalOneOff': 'Sum engangs',
  'label.totalAnnual': 'Sum årlig',
  'label.annualPerInhabitant': 'Årlig per innbygger',
  'label.ratePerPc': 'Sats per PC',
  'label.yes': 'ja',
  'label.no': 'nei',
  'sheet.ExitAnalysis': 'Uttredelsesanalyse',
  'header.paysNow': 'Betaler nå',
  'header.paysAlone': 'Ville betalt alene',
  'header.othersChange': 'De andre betaler mer uten den',
  'sheet.CriteriaWeights': 'Kriterievekter',
  'sheet.Frontier': 'Effektiv front',
  'header.criterion': 'Kriterium',
  'header.weight': 'Vekt',
  'header.rankBest': 'Beste rang',
  'header.rankWorst': 'Dårligste rang',
  'header.factor': 'Budsjettfaktor',
  'header.investment': 'Investering',
  'header.oneOffFunded': 'Engangskostnad finansiert',
  'header.proposalsFunded': 'Tiltak finansiert',
  'header.proven': 'Bevist optimal',
  'label.pairs': 'parvis',
  'label.given': 'oppgitt',
  'label.lambdaMax': 'λmax',
  'label.ci': 'CI (konsistensindeks)',
  'label.cr': 'CR (konsistensforhold)',
};

const sv: Record<OutputTextKey, string> = {
  'sheet.Allocation': 'Fördelning',
  'sheet.SplitComparison': 'Jämförelse av nycklar',
  'sheet.PcCharges': 'PC-avgift',
  'sheet.Priorities': 'Prioritering',
  'sheet.RiskFlags': 'Riskflaggor',
  'sheet.Totals': 'Totaler',
  'header.item': 'Post',
  'header.source': 'Källa',
  'header.kind': 'Typ',
  'header.key': 'Nyckel',
  'header.amount': 'Belopp',
  'header.municipality': 'Kommun',
  'header.chosen': 'Valda nycklar',
  'header.population': 'Invånare',
  'header.equal': 'Lika',
  'header.pcs': 'Datorer',
  'header.equal30population70': '30/70 lika/invånare',
  'header.standalone': 'Fristående',
  'header.differenceChosenPopulation': 'Skillnad vald − invånare',
  'header.goingAlone': 'Ensam',
  'header.likeForLikeShared': 'Delat, poster med egen kostnad',
  'header.likeForLikeStandAlone': 'Ensam, samma poster',
  'header.likeForLikeSaving': 'Besparing av att dela',
  'header.total': 'Summa',
  'header.perPc': 'Per dator',
  'header.id': 'ID',
  'header.title': 'Titel',
  'header.score': 'Poäng',
  'header.rank': 'Rang',
  'header.scorers': 'Bedömare',
  'header.spread': 'Spridning',
  'header.npv': 'Nuvärde',
  'header.bcr': 'Nytta/kostnad',
  'header.payback': 'Återbetalning (år)',
  'header.funded': 'Finansierad',
  'header.startYear': 'Startår',
  'header.scope': 'Omfång',
  'header.subject': 'Gäller',
  'header.code': 'Kod',
  'header.severity': 'Allvarlighet',
  'header.message': 'Meddelande',
  'header.cell': 'Cell',
  'header.cost': 'Kostnader',
  'header.system': 'System',
  'header.proposal': 'Förslag',
  'label.totalOneOff': 'Summa engång',
  'label.totalAnnual': 'Summa löpande',
  'label.annualPerInhabitant': 'Löpande per invånare',
  'label.ratePerPc': 'Pris per dator',
  'label.yes': 'ja',
  'label.no': 'nej',
  'sheet.ExitAnalysis': 'Utträdesanalys',
  'header.paysNow': 'Betalar nu',
  'header.paysAlone': 'Skulle betala ensam',
  'header.othersChange': 'De andra betalar mer utan den',
  'sheet.CriteriaWeights': 'Kriterievikter',
  'sheet.Frontier': 'Effektiv front',
  'header.criterion': 'Kriterium',
  'header.weight': 'Vikt',
  'header.rankBest': 'Bästa rang',
  'header.rankWorst': 'Sämsta rang',
  'header.factor': 'Budgetfaktor',
  'header.investment': 'Investering',
  'header.oneOffFunded': 'Engångskostnad finansierad',
  'header.proposalsFunded': 'Förslag finansierade',
  'header.proven': 'Bevisat optimal',
  'label.pairs': 'parvis',
  'label.given': 'angiven',
  'label.lambdaMax': 'λmax',
  'label.ci': 'CI (konsistensindex)',
  'label.cr': 'CR (konsistenskvot)',
};

const es: Record<OutputTextKey, string> = {
  'sheet.Allocation': 'Reparto',
  'sheet.SplitComparison': 'Comparación de claves',
  'sheet.PcCharges': 'Cargos por PC',
  'sheet.Priorities': 'Prioridades',
  'sheet.RiskFlags': 'Riesgos',
  'sheet.Totals': 'Totales',
  'header.item': 'Partida',
  'header.source': 'Origen',
  'header.kind': 'Tipo',
  'header.key': 'Clave',
  'header.amount': 'Importe',
  'header.municipality': 'Municipio',
  'header.chosen': 'Claves elegidas',
  'header.population': 'Población',
  'header.equal': 'Igual',
  'header.pcs': 'Ordenadores',
  'header.equal30population70': '30/70 igual/población',
  'header.standalone': 'Independiente',
  'header.differenceChosenPopulation': 'Diferencia elegida − población',
  'header.goingAlone': 'En solitario',
  'header.likeForLikeShared': 'Compartido, partidas con coste propio',
  'header.likeForLikeStandAlone': 'En solitario, mismas partidas',
  'header.likeForLikeSaving': 'Ahorro por compartir',
  'header.total': 'Total',
  'header.perPc': 'Por PC',
  'header.id': 'ID',
  'header.title': 'Título',
  'header.score': 'Puntuación',
  'header.rank': 'Posición',
  'header.scorers': 'Evaluadores',
  'header.spread': 'Dispersión',
  'header.npv': 'VAN',
  'header.bcr': 'Beneficio/coste',
  'header.payback': 'Retorno (años)',
  'header.funded': 'Financiado',
  'header.startYear': 'Año de inicio',
  'header.scope': 'Ámbito',
  'header.subject': 'Asunto',
  'header.code': 'Código',
  'header.severity': 'Gravedad',
  'header.message': 'Mensaje',
  'header.cell': 'Celda',
  'header.cost': 'Costes',
  'header.system': 'Sistemas',
  'header.proposal': 'Propuestas',
  'label.totalOneOff': 'Total único',
  'label.totalAnnual': 'Total anual',
  'label.annualPerInhabitant': 'Anual por habitante',
  'label.ratePerPc': 'Tarifa por PC',
  'label.yes': 'sí',
  'label.no': 'no',
  'sheet.ExitAnalysis': 'Análisis de salida',
  'header.paysNow': 'Paga ahora',
  'header.paysAlone': 'Pagaría en solitario',
  'header.othersChange': 'Los demás pagan más sin él',
  'sheet.CriteriaWeights': 'Pesos de criterios',
  'sheet.Frontier': 'Frontera eficiente',
  'header.criterion': 'Criterio',
  'header.weight': 'Peso',
  'header.rankBest': 'Mejor puesto',
  'header.rankWorst': 'Peor puesto',
  'header.factor': 'Factor de presupuesto',
  'header.investment': 'Inversión',
  'header.oneOffFunded': 'Inversión financiada',
  'header.proposalsFunded': 'Propuestas financiadas',
  'header.proven': 'Óptimo demostrado',
  'label.pairs': 'por pares',
  'label.given': 'dado',
  'label.lambdaMax': 'λmax',
  'label.ci': 'CI (índice de consistencia)',
  'label.cr': 'CR (razón de consistencia)',
};

export const OUTPUT_TEXT: Catalogue<OutputTextKey> = { en, nb, sv, es };

/** A translator for one language, so table builders do not pass the language around. */
export type OutputText = (key: OutputTextKey) => string;
export const outputText =
  (language: Language): OutputText =>
  (key) =>
    OUTPUT_TEXT[language][key];
