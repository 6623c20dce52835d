/**
 * The strings of the pane's municipalities' and council's views (compare splits, what if, the
 * council's ranking and plan, scoring), in nb, sv, en and es. Kept apart from ui.ts so these views
 * grow without touching the frame's catalogue.
 */
import { fill, type Catalogue, type Language } from './language';
import { TAB_TEXT } from './tabs';

const en = {
  ...TAB_TEXT.en,
  'score.heading': 'Score the proposals',
  'score.intro':
    'Give each proposal a score from 0 to {max} per criterion. Leave a field blank if you do not score it; you can save an incomplete set and come back.',
  'score.name': 'Your name as scorer',
  'score.nameHint': 'Remembered for this workbook on this computer.',
  'score.nameMissing': 'Write your name before saving.',
  'score.facts':
    '{area}One-off {oneOff} · annual {annual} · benefit {benefit} {currency} · cost/benefit analysis: {costBenefit}',
  'score.area': '{area} · ',
  'score.yes': 'yes',
  'score.no': 'no',
  'score.invalid': 'A number from 0 to {max}',
  'score.save': 'Save my scores',
  'score.saving': 'Saving…',
  'score.saved':
    'Saved: {updated} rows updated, {added} added. Run the calculation again to see the new ranking.',
  'score.missingColumns':
    'Scores has no column for {criteria}, so nothing was saved. Add the column, headed by the criterion’s name.',
  'score.fixFirst': 'Correct the marked fields first: {count} are not a number from 0 to {max}.',
  'score.who': 'Who has scored what',
  'score.byScorer': '{scorer}: {count} of {total} proposals',
  'score.missing': 'missing {ids}',
  'score.nobody': 'Nobody has scored yet.',
  'score.unscored': 'Proposals nobody has scored: {ids}',
  'error.saveScores': 'Samkost could not save the scores. Scores was not changed.',

  'council.ranking': 'Ranking',
  'council.rankItem': '{id} {title}',
  'council.scoreLine': 'Score {score} · spread {spread} · scorers {scorers}',
  'council.mean': '{criterion}: {mean}',
  'council.noMean': '{criterion}: not scored',
  'council.disagreement': 'Scorers disagree',
  'council.fundedIn': 'Funded, starting {year}',
  'council.notFunded': 'Not funded',
  'council.excluded': 'Left out by the council (Excluded)',
  'council.disagreementHeading': 'Each scorer’s scores',
  'council.proposal': 'Proposal',
  'council.outlierRule':
    'An outlier (marked) is a score more than {limit} from the median of that criterion’s scores, when 3 or more scored it: twice the DisagreementThreshold.',
  'council.outlier': '{score} (outlier)',
  'council.noScores': 'Nobody has scored this proposal yet.',
  'council.planHeading': 'Funding plan by year ({currency})',
  'council.investment': 'Investment: used {used} of {budget}, left {left}',
  'council.operating': 'Operating: used {used} of {budget}, left {left}',
  'council.noOperating': 'Operating: no budget given',
  'council.nothingStarts': 'No proposal starts this year.',
  'council.notProven':
    'The plan was not proven optimal within the time limit: it is the best one found.',
  'council.whyHeading': 'Why not funded',
  'council.allFunded': 'Every proposal is funded.',
  'council.noProposals': 'The workbook has no proposals.',

  'whatIf.moved':
    'The Costs table has changed since the run, so nothing was written. Run again, then apply.',
  'whatIf.busy': 'Computing…',

  needsRun: 'Run the calculation first: this view shows the last run’s results.',
  'key.chosen': 'Chosen keys',
  'key.population': 'Population',
  'key.equal': 'Equal',
  'key.pcs': 'PCs',
  'key.equal30Population70': '30/70 equal/population',
  'key.standalone': 'Stand-alone costs',
  'splits.heading': 'Compare splits',
  'splits.municipality': 'Municipality',
  'splits.all': 'All municipalities',
  'splits.key': 'Compare with',
  'splits.pays': 'What {name} pays under each key, {years} ({currency})',
  'splits.allPays':
    'Each municipality under {key} compared with the chosen keys, {years} ({currency})',
  'splits.chart': 'Bar chart: {values}',
  'splits.keyColumn': 'Key',
  'splits.total': 'Total',
  'splits.difference': 'Difference',
  'splits.percent': '{percent} %',
  'splits.noPercent': '—',
  'splits.years': 'all years {from}–{to}',
  'splits.counts':
    'Counted over {years}: the one-off costs of every year plus one year of each annual cost (a funded proposal’s too, whichever year it starts). The results after a run show one budget year at a time.',
  'alone.heading': 'Going alone, like for like ({currency})',
  'alone.intro':
    'Only the items {name} gave a stand-alone cost for: its share when sharing beside what it would pay alone.',
  'alone.none': '{name} has no stand-alone costs for the items it takes part in.',
  'alone.item': 'Item',
  'alone.shared': 'Shared',
  'alone.alone': 'Alone',
  'alone.saving': 'Saving',
  'alone.total': 'Total',
  'whatIf.heading': 'What if',
  'whatIf.intro':
    'Choose another key for every cost line or for one, and see what each municipality would pay. The workbook is not changed unless you apply the key.',
  'whatIf.key': 'Key',
  'whatIf.line': 'Cost lines',
  'whatIf.everyLine': 'Every cost line',
  'whatIf.lineOption': '{item} (now {key})',
  'whatIf.show': 'Show',
  'whatIf.result': 'With {key}, {years} ({currency})',
  'whatIf.before': 'Now',
  'whatIf.after': 'Then',
  'whatIf.kept': 'These lines cannot be split by this key and keep their shares: {items}.',
  'whatIf.apply': 'Write the key into the Key cells',
  'whatIf.applied': 'The key was written into {count} Key cells. Run again to see the results.',
  'whatIf.noKeyColumn':
    'The Costs table has no Key column, so there is no cell to write the key in. Add the column to apply it.',
  'whatIf.failed': 'The key could not be computed. Run the calculation again.',
  'error.applyKey': 'Samkost could not write the key. The Key cells were not changed.',
  'error.whatIf': 'The what-if calculation failed. Run the calculation again.',
};

export type ViewKey = keyof typeof en;

const nb: Record<ViewKey, string> = {
  ...TAB_TEXT.nb,
  'score.heading': 'Vurder tiltakene',
  'score.intro':
    'Gi hvert tiltak et poeng fra 0 til {max} per kriterium. La et felt stå tomt om du ikke vurderer det; du kan lagre et ufullstendig sett og fortsette senere.',
  'score.name': 'Navnet ditt som vurderer',
  'score.nameHint': 'Huskes for denne arbeidsboken på denne datamaskinen.',
  'score.nameMissing': 'Skriv navnet ditt før du lagrer.',
  'score.facts':
    '{area}Engangs {oneOff} · årlig {annual} · gevinst {benefit} {currency} · kost/nytte-analyse: {costBenefit}',
  'score.area': '{area} · ',
  'score.yes': 'ja',
  'score.no': 'nei',
  'score.invalid': 'Et tall fra 0 til {max}',
  'score.save': 'Lagre poengene mine',
  'score.saving': 'Lagrer…',
  'score.saved':
    'Lagret: {updated} rader oppdatert, {added} lagt til. Kjør beregningen på nytt for å se den nye rangeringen.',
  'score.missingColumns':
    'Poengtabellen har ingen kolonne for {criteria}, så ingenting ble lagret. Legg til kolonnen med kriteriets navn som overskrift.',
  'score.fixFirst': 'Rett de merkede feltene først: {count} er ikke et tall fra 0 til {max}.',
  'score.who': 'Hvem har vurdert hva',
  'score.byScorer': '{scorer}: {count} av {total} tiltak',
  'score.missing': 'mangler {ids}',
  'score.nobody': 'Ingen har vurdert ennå.',
  'score.unscored': 'Tiltak ingen har vurdert: {ids}',
  'error.saveScores': 'Samkost kunne ikke lagre poengene. Poengtabellen er ikke endret.',

  'council.ranking': 'Rangering',
  'council.rankItem': '{id} {title}',
  'council.scoreLine': 'Poeng {score} · spredning {spread} · vurdert av {scorers}',
  'council.mean': '{criterion}: {mean}',
  'council.noMean': '{criterion}: ikke vurdert',
  'council.disagreement': 'Vurdererne er uenige',
  'council.fundedIn': 'Finansiert, start {year}',
  'council.notFunded': 'Ikke finansiert',
  'council.excluded': 'Utelatt av rådet (Utelatt)',
  'council.disagreementHeading': 'Hver vurderers poeng',
  'council.proposal': 'Tiltak',
  'council.outlierRule':
    'Et avvik (merket) er et poeng mer enn {limit} fra medianen av poengene på det kriteriet, når 3 eller flere har vurdert det: to ganger DisagreementThreshold.',
  'council.outlier': '{score} (avvik)',
  'council.noScores': 'Ingen har vurdert dette tiltaket ennå.',
  'council.planHeading': 'Finansieringsplan per år ({currency})',
  'council.investment': 'Investering: brukt {used} av {budget}, igjen {left}',
  'council.operating': 'Drift: brukt {used} av {budget}, igjen {left}',
  'council.noOperating': 'Drift: ikke noe budsjett oppgitt',
  'council.nothingStarts': 'Ingen tiltak starter dette året.',
  'council.notProven':
    'Planen ble ikke bevist optimal innen tidsgrensen: den er den beste som ble funnet.',
  'council.whyHeading': 'Hvorfor ikke finansiert',
  'council.allFunded': 'Alle tiltak er finansiert.',
  'council.noProposals': 'Arbeidsboken har ingen tiltak.',

  'whatIf.moved':
    'Kostnadstabellen er endret siden kjøringen, så ingenting ble skrevet. Kjør på nytt, og ta så nøkkelen i bruk.',
  'whatIf.busy': 'Beregner…',

  needsRun: 'Kjør beregningen først: denne visningen viser resultatene fra siste kjøring.',
  'key.chosen': 'Valgte nøkler',
  'key.population': 'Innbyggere',
  'key.equal': 'Likt',
  'key.pcs': 'PC-er',
  'key.equal30Population70': '30/70 likt/innbyggere',
  'key.standalone': 'Alenekostnader',
  'splits.heading': 'Sammenlign fordelinger',
  'splits.municipality': 'Kommune',
  'splits.all': 'Alle kommuner',
  'splits.key': 'Sammenlign med',
  'splits.pays': 'Hva {name} betaler med hver nøkkel, {years} ({currency})',
  'splits.allPays': 'Hver kommune med {key} sammenlignet med valgte nøkler, {years} ({currency})',
  'splits.chart': 'Stolpediagram: {values}',
  'splits.keyColumn': 'Nøkkel',
  'splits.total': 'Sum',
  'splits.difference': 'Forskjell',
  'splits.percent': '{percent} %',
  'splits.noPercent': '—',
  'splits.years': 'alle år {from}–{to}',
  'splits.counts':
    'Regnet over {years}: engangskostnadene for hvert år pluss ett år av hver årlige kostnad (også et finansiert tiltaks, uansett hvilket år det starter). Resultatene etter en kjøring viser ett budsjettår om gangen.',
  'alone.heading': 'Alene, sammenlignet likt med likt ({currency})',
  'alone.intro':
    'Bare postene {name} har oppgitt alenekostnad for: andelen ved deling ved siden av hva den ville betalt alene.',
  'alone.none': '{name} har ingen alenekostnader for postene den deltar i.',
  'alone.item': 'Post',
  'alone.shared': 'Delt',
  'alone.alone': 'Alene',
  'alone.saving': 'Besparelse',
  'alone.total': 'Sum',
  'whatIf.heading': 'Hva om',
  'whatIf.intro':
    'Velg en annen nøkkel for alle kostnadsposter eller for én, og se hva hver kommune ville betalt. Arbeidsboken endres ikke før du tar nøkkelen i bruk.',
  'whatIf.key': 'Nøkkel',
  'whatIf.line': 'Kostnadsposter',
  'whatIf.everyLine': 'Alle kostnadsposter',
  'whatIf.lineOption': '{item} (nå {key})',
  'whatIf.show': 'Vis',
  'whatIf.result': 'Med {key}, {years} ({currency})',
  'whatIf.before': 'Nå',
  'whatIf.after': 'Da',
  'whatIf.kept':
    'Disse postene kan ikke fordeles med denne nøkkelen og beholder andelene sine: {items}.',
  'whatIf.apply': 'Skriv nøkkelen inn i Nøkkel-cellene',
  'whatIf.applied':
    'Nøkkelen er skrevet inn i {count} Nøkkel-celler. Kjør på nytt for å se resultatene.',
  'whatIf.noKeyColumn':
    'Kostnadstabellen har ingen Nøkkel-kolonne, så det finnes ingen celle å skrive nøkkelen i. Legg til kolonnen for å ta den i bruk.',
  'whatIf.failed': 'Nøkkelen kunne ikke beregnes. Kjør beregningen på nytt.',
  'error.applyKey': 'Samkost kunne ikke skrive nøkkelen. Nøkkel-cellene er ikke endret.',
  'error.whatIf': 'Hva om-beregningen feilet. Kjør beregningen på nytt.',
};

const sv: Record<ViewKey, string> = {
  ...TAB_TEXT.sv,
  'score.heading': 'Bedöm förslagen',
  'score.intro':
    'Ge varje förslag en poäng från 0 till {max} per kriterium. Lämna ett fält tomt om du inte bedömer det; du kan spara en ofullständig bedömning och fortsätta senare.',
  'score.name': 'Ditt namn som bedömare',
  'score.nameHint': 'Kom ihåg för den här arbetsboken på den här datorn.',
  'score.nameMissing': 'Skriv ditt namn innan du sparar.',
  'score.facts':
    '{area}Engångs {oneOff} · årlig {annual} · nytta {benefit} {currency} · kostnads/nyttoanalys: {costBenefit}',
  'score.area': '{area} · ',
  'score.yes': 'ja',
  'score.no': 'nej',
  'score.invalid': 'Ett tal från 0 till {max}',
  'score.save': 'Spara mina poäng',
  'score.saving': 'Sparar…',
  'score.saved':
    'Sparat: {updated} rader uppdaterade, {added} tillagda. Kör beräkningen igen för att se den nya rangordningen.',
  'score.missingColumns':
    'Bedömningstabellen har ingen kolumn för {criteria}, så inget sparades. Lägg till kolumnen med kriteriets namn som rubrik.',
  'score.fixFirst': 'Rätta de markerade fälten först: {count} är inte ett tal från 0 till {max}.',
  'score.who': 'Vem har bedömt vad',
  'score.byScorer': '{scorer}: {count} av {total} förslag',
  'score.missing': 'saknas {ids}',
  'score.nobody': 'Ingen har bedömt ännu.',
  'score.unscored': 'Förslag som ingen har bedömt: {ids}',
  'error.saveScores': 'Samkost kunde inte spara poängen. Bedömningstabellen ändrades inte.',

  'council.ranking': 'Rangordning',
  'council.rankItem': '{id} {title}',
  'council.scoreLine': 'Poäng {score} · spridning {spread} · bedömare {scorers}',
  'council.mean': '{criterion}: {mean}',
  'council.noMean': '{criterion}: inte bedömt',
  'council.disagreement': 'Bedömarna är oeniga',
  'council.fundedIn': 'Finansierat, start {year}',
  'council.notFunded': 'Inte finansierat',
  'council.excluded': 'Utesluten av rådet (Utesluten)',
  'council.disagreementHeading': 'Varje bedömares poäng',
  'council.proposal': 'Förslag',
  'council.outlierRule':
    'En avvikare (markerad) är en poäng mer än {limit} från medianen av poängen på det kriteriet, när 3 eller fler har bedömt det: två gånger DisagreementThreshold.',
  'council.outlier': '{score} (avvikare)',
  'council.noScores': 'Ingen har bedömt förslaget ännu.',
  'council.planHeading': 'Finansieringsplan per år ({currency})',
  'council.investment': 'Investering: använt {used} av {budget}, kvar {left}',
  'council.operating': 'Drift: använt {used} av {budget}, kvar {left}',
  'council.noOperating': 'Drift: ingen budget angiven',
  'council.nothingStarts': 'Inget förslag startar detta år.',
  'council.notProven':
    'Planen bevisades inte optimal inom tidsgränsen: den är den bästa som hittades.',
  'council.whyHeading': 'Varför inte finansierat',
  'council.allFunded': 'Alla förslag är finansierade.',
  'council.noProposals': 'Arbetsboken har inga förslag.',

  'whatIf.moved':
    'Kostnadstabellen har ändrats sedan körningen, så inget skrevs. Kör igen och tillämpa sedan.',
  'whatIf.busy': 'Beräknar…',

  needsRun: 'Kör beräkningen först: den här vyn visar resultaten från senaste körningen.',
  'key.chosen': 'Valda nycklar',
  'key.population': 'Invånare',
  'key.equal': 'Lika',
  'key.pcs': 'Datorer',
  'key.equal30Population70': '30/70 lika/invånare',
  'key.standalone': 'Egna kostnader',
  'splits.heading': 'Jämför fördelningar',
  'splits.municipality': 'Kommun',
  'splits.all': 'Alla kommuner',
  'splits.key': 'Jämför med',
  'splits.pays': 'Vad {name} betalar med varje nyckel, {years} ({currency})',
  'splits.allPays': 'Varje kommun med {key} jämfört med valda nycklar, {years} ({currency})',
  'splits.chart': 'Stapeldiagram: {values}',
  'splits.keyColumn': 'Nyckel',
  'splits.total': 'Summa',
  'splits.difference': 'Skillnad',
  'splits.percent': '{percent} %',
  'splits.noPercent': '—',
  'splits.years': 'alla år {from}–{to}',
  'splits.counts':
    'Räknat över {years}: engångskostnaderna för varje år plus ett år av varje löpande kostnad (även ett finansierat förslags, vilket år det än startar). Resultaten efter en körning visar ett budgetår i taget.',
  'alone.heading': 'Ensam, jämfört lika med lika ({currency})',
  'alone.intro':
    'Bara posterna {name} har angett egen kostnad för: andelen vid delning bredvid vad den skulle betala ensam.',
  'alone.none': '{name} har inga egna kostnader för posterna den deltar i.',
  'alone.item': 'Post',
  'alone.shared': 'Delat',
  'alone.alone': 'Ensam',
  'alone.saving': 'Besparing',
  'alone.total': 'Summa',
  'whatIf.heading': 'Tänk om',
  'whatIf.intro':
    'Välj en annan nyckel för alla kostnadsposter eller för en, och se vad varje kommun skulle betala. Arbetsboken ändras inte förrän du tillämpar nyckeln.',
  'whatIf.key': 'Nyckel',
  'whatIf.line': 'Kostnadsposter',
  'whatIf.everyLine': 'Alla kostnadsposter',
  'whatIf.lineOption': '{item} (nu {key})',
  'whatIf.show': 'Visa',
  'whatIf.result': 'Med {key}, {years} ({currency})',
  'whatIf.before': 'Nu',
  'whatIf.after': 'Då',
  'whatIf.kept': 'Dessa poster kan inte fördelas med nyckeln och behåller sina andelar: {items}.',
  'whatIf.apply': 'Skriv nyckeln i Nyckel-cellerna',
  'whatIf.applied': 'Nyckeln skrevs i {count} Nyckel-celler. Kör igen för att se resultaten.',
  'whatIf.noKeyColumn':
    'Kostnadstabellen har ingen Nyckel-kolumn, så det finns ingen cell att skriva nyckeln i. Lägg till kolumnen för att tillämpa den.',
  'whatIf.failed': 'Nyckeln kunde inte beräknas. Kör beräkningen igen.',
  'error.applyKey': 'Samkost kunde inte skriva nyckeln. Nyckel-cellerna ändrades inte.',
  'error.whatIf': 'Tänk om-beräkningen misslyckades. Kör beräkningen igen.',
};

const es: Record<ViewKey, string> = {
  ...TAB_TEXT.es,
  'score.heading': 'Evaluar las propuestas',
  'score.intro':
    'Dé a cada propuesta una puntuación de 0 a {max} por criterio. Deje un campo vacío si no lo evalúa; puede guardar una evaluación incompleta y volver más tarde.',
  'score.name': 'Su nombre como evaluador',
  'score.nameHint': 'Se recuerda para este libro en este equipo.',
  'score.nameMissing': 'Escriba su nombre antes de guardar.',
  'score.facts':
    '{area}Inversión {oneOff} · anual {annual} · beneficio {benefit} {currency} · análisis coste/beneficio: {costBenefit}',
  'score.area': '{area} · ',
  'score.yes': 'sí',
  'score.no': 'no',
  'score.invalid': 'Un número de 0 a {max}',
  'score.save': 'Guardar mis puntuaciones',
  'score.saving': 'Guardando…',
  'score.saved':
    'Guardado: {updated} filas actualizadas, {added} añadidas. Ejecute el cálculo de nuevo para ver la nueva clasificación.',
  'score.missingColumns':
    'La tabla de puntuaciones no tiene columna para {criteria}, así que no se guardó nada. Añada la columna con el nombre del criterio.',
  'score.fixFirst': 'Corrija primero los campos marcados: {count} no son un número de 0 a {max}.',
  'score.who': 'Quién ha evaluado qué',
  'score.byScorer': '{scorer}: {count} de {total} propuestas',
  'score.missing': 'faltan {ids}',
  'score.nobody': 'Nadie ha evaluado todavía.',
  'score.unscored': 'Propuestas que nadie ha evaluado: {ids}',
  'error.saveScores':
    'Samkost no pudo guardar las puntuaciones. La tabla de puntuaciones no se cambió.',

  'council.ranking': 'Clasificación',
  'council.rankItem': '{id} {title}',
  'council.scoreLine': 'Puntuación {score} · dispersión {spread} · evaluadores {scorers}',
  'council.mean': '{criterion}: {mean}',
  'council.noMean': '{criterion}: sin evaluar',
  'council.disagreement': 'Los evaluadores discrepan',
  'council.fundedIn': 'Financiada, inicio {year}',
  'council.notFunded': 'No financiada',
  'council.excluded': 'Excluida por el consejo (Excluido)',
  'council.disagreementHeading': 'Las puntuaciones de cada evaluador',
  'council.proposal': 'Propuesta',
  'council.outlierRule':
    'Un valor atípico (marcado) es una puntuación a más de {limit} de la mediana de las puntuaciones de ese criterio, cuando 3 o más lo evaluaron: el doble de DisagreementThreshold.',
  'council.outlier': '{score} (atípico)',
  'council.noScores': 'Nadie ha evaluado aún esta propuesta.',
  'council.planHeading': 'Plan de financiación por año ({currency})',
  'council.investment': 'Inversión: usado {used} de {budget}, queda {left}',
  'council.operating': 'Operativo: usado {used} de {budget}, queda {left}',
  'council.noOperating': 'Operativo: sin presupuesto',
  'council.nothingStarts': 'Ninguna propuesta empieza este año.',
  'council.notProven':
    'No se demostró que el plan sea óptimo dentro del límite de tiempo: es el mejor encontrado.',
  'council.whyHeading': 'Por qué no se financia',
  'council.allFunded': 'Todas las propuestas están financiadas.',
  'council.noProposals': 'El libro no tiene propuestas.',

  'whatIf.moved':
    'La tabla de costes ha cambiado desde la ejecución, así que no se escribió nada. Ejecute de nuevo y luego aplique.',
  'whatIf.busy': 'Calculando…',

  needsRun: 'Ejecute primero el cálculo: esta vista muestra los resultados de la última ejecución.',
  'key.chosen': 'Claves elegidas',
  'key.population': 'Población',
  'key.equal': 'A partes iguales',
  'key.pcs': 'Ordenadores',
  'key.equal30Population70': '30/70 iguales/población',
  'key.standalone': 'Costes propios',
  'splits.heading': 'Comparar repartos',
  'splits.municipality': 'Municipio',
  'splits.all': 'Todos los municipios',
  'splits.key': 'Comparar con',
  'splits.pays': 'Lo que paga {name} con cada clave, {years} ({currency})',
  'splits.allPays': 'Cada municipio con {key} frente a las claves elegidas, {years} ({currency})',
  'splits.chart': 'Gráfico de barras: {values}',
  'splits.keyColumn': 'Clave',
  'splits.total': 'Total',
  'splits.difference': 'Diferencia',
  'splits.percent': '{percent} %',
  'splits.noPercent': '—',
  'splits.years': 'todos los años {from}–{to}',
  'splits.counts':
    'Calculado sobre {years}: los costes únicos de cada año más un año de cada coste anual (también el de una propuesta financiada, empiece el año que empiece). Los resultados de un cálculo muestran un año presupuestario cada vez.',
  'alone.heading': 'En solitario, comparado en igualdad ({currency})',
  'alone.intro':
    'Solo las partidas para las que {name} dio un coste propio: su parte al compartir junto a lo que pagaría en solitario.',
  'alone.none': '{name} no tiene costes propios para las partidas en las que participa.',
  'alone.item': 'Partida',
  'alone.shared': 'Compartido',
  'alone.alone': 'Solo',
  'alone.saving': 'Ahorro',
  'alone.total': 'Total',
  'whatIf.heading': 'Qué pasaría si',
  'whatIf.intro':
    'Elija otra clave para todas las partidas de coste o para una, y vea lo que pagaría cada municipio. El libro no cambia hasta que aplique la clave.',
  'whatIf.key': 'Clave',
  'whatIf.line': 'Partidas de coste',
  'whatIf.everyLine': 'Todas las partidas de coste',
  'whatIf.lineOption': '{item} (ahora {key})',
  'whatIf.show': 'Mostrar',
  'whatIf.result': 'Con {key}, {years} ({currency})',
  'whatIf.before': 'Ahora',
  'whatIf.after': 'Después',
  'whatIf.kept':
    'Estas partidas no se pueden repartir con esta clave y conservan sus partes: {items}.',
  'whatIf.apply': 'Escribir la clave en las celdas Clave',
  'whatIf.applied':
    'La clave se escribió en {count} celdas Clave. Ejecute de nuevo para ver los resultados.',
  'whatIf.noKeyColumn':
    'La tabla de costes no tiene columna Clave, así que no hay celda donde escribir la clave. Añada la columna para aplicarla.',
  'whatIf.failed': 'No se pudo calcular la clave. Ejecute el cálculo de nuevo.',
  'error.applyKey': 'Samkost no pudo escribir la clave. Las celdas Clave no se cambiaron.',
  'error.whatIf': 'El cálculo de qué pasaría si falló. Ejecute el cálculo de nuevo.',
};

export const VIEW_TEXT: Catalogue<ViewKey> = { en, nb, sv, es };

export type ViewTranslate = (
  key: ViewKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** The translator of these views for one language. */
export function viewText(language: Language): ViewTranslate {
  const strings = VIEW_TEXT[language];
  return (key, params) => fill(strings[key], params ?? {});
}
