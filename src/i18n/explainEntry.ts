/**
 * The few explanation strings the pane needs before the explain view loads (its button, its
 * spinner, the announcement of a followed cell); explain.ts has the rest and includes these.
 */
import { fill, type Catalogue, type Language } from './language';

export type ExplainEntryKey = 'pane.explain' | 'pane.loading' | 'pane.fromCell';

export const EXPLAIN_ENTRY_TEXT: Catalogue<ExplainEntryKey> = {
  en: {
    'pane.explain': '{total}: explain what {municipality} pays',
    'pane.loading': 'Working it out…',
    'pane.fromCell': 'Explaining the selected cell: {item}, {municipality}.',
  },
  nb: {
    'pane.explain': '{total}: forklar hva {municipality} betaler',
    'pane.loading': 'Regner ut …',
    'pane.fromCell': 'Forklarer den valgte cellen: {item}, {municipality}.',
  },
  sv: {
    'pane.explain': '{total}: förklara vad {municipality} betalar',
    'pane.loading': 'Räknar …',
    'pane.fromCell': 'Förklarar den markerade cellen: {item}, {municipality}.',
  },
  es: {
    'pane.explain': '{total}: explicar lo que paga {municipality}',
    'pane.loading': 'Calculando…',
    'pane.fromCell': 'Explicando la celda seleccionada: {item}, {municipality}.',
  },
};

/** The translator of these strings for one language. */
export function explainEntryText(language: Language) {
  const strings = EXPLAIN_ENTRY_TEXT[language];
  return (key: ExplainEntryKey, params?: Readonly<Record<string, string | number>>): string =>
    fill(strings[key], params ?? {});
}
