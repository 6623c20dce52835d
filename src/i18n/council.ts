/**
 * The strings of the pane's municipalities' and council's views (compare splits, what if, the
 * council's ranking and plan, scoring), in nb, sv, en and es. Kept apart from ui.ts so these views
 * grow without touching the frame's catalogue.
 */
import { fill, type Catalogue, type Language } from './language';

const en = {
  'whatIf.moved':
    'The Costs table has changed since the run, so nothing was written. Run again, then apply.',
  'whatIf.busy': 'Computing…',

  'tab.municipalities': 'Municipalities',
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
  'splits.pays': 'What {name} pays under each key ({currency})',
  'splits.allPays': 'Each municipality under {key} compared with the chosen keys ({currency})',
  'splits.chart': 'Bar chart: {values}',
  'splits.keyColumn': 'Key',
  'splits.total': 'Total',
  'splits.difference': 'Difference',
  'splits.percent': '{percent} %',
  'splits.noPercent': '—',
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
  'whatIf.result': 'With {key} ({currency})',
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
  'whatIf.moved':
    'Kostnadstabellen er endret siden kjøringen, så ingenting ble skrevet. Kjør på nytt, og ta så nøkkelen i bruk.',
  'whatIf.busy': 'Beregner…',

  'tab.municipalities': 'Kommunene',
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
  'splits.pays': 'Hva {name} betaler med hver nøkkel ({currency})',
  'splits.allPays': 'Hver kommune med {key} sammenlignet med valgte nøkler ({currency})',
  'splits.chart': 'Stolpediagram: {values}',
  'splits.keyColumn': 'Nøkkel',
  'splits.total': 'Sum',
  'splits.difference': 'Forskjell',
  'splits.percent': '{percent} %',
  'splits.noPercent': '—',
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
  'whatIf.result': 'Med {key} ({currency})',
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
  'whatIf.moved':
    'Kostnadstabellen har ändrats sedan körningen, så inget skrevs. Kör igen och tillämpa sedan.',
  'whatIf.busy': 'Beräknar…',

  'tab.municipalities': 'Kommunerna',
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
  'splits.pays': 'Vad {name} betalar med varje nyckel ({currency})',
  'splits.allPays': 'Varje kommun med {key} jämfört med valda nycklar ({currency})',
  'splits.chart': 'Stapeldiagram: {values}',
  'splits.keyColumn': 'Nyckel',
  'splits.total': 'Summa',
  'splits.difference': 'Skillnad',
  'splits.percent': '{percent} %',
  'splits.noPercent': '—',
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
  'whatIf.result': 'Med {key} ({currency})',
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
  'whatIf.moved':
    'La tabla de costes ha cambiado desde la ejecución, así que no se escribió nada. Ejecute de nuevo y luego aplique.',
  'whatIf.busy': 'Calculando…',

  'tab.municipalities': 'Municipios',
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
  'splits.pays': 'Lo que paga {name} con cada clave ({currency})',
  'splits.allPays': 'Cada municipio con {key} frente a las claves elegidas ({currency})',
  'splits.chart': 'Gráfico de barras: {values}',
  'splits.keyColumn': 'Clave',
  'splits.total': 'Total',
  'splits.difference': 'Diferencia',
  'splits.percent': '{percent} %',
  'splits.noPercent': '—',
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
  'whatIf.result': 'Con {key} ({currency})',
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
