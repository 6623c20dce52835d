/**
 * The labels of the tabs whose views load when first opened (council.ts has their strings). The
 * pane shows these labels at once, so they live apart and keep those catalogues off its first load.
 */
import type { Catalogue } from './language';

export type TabKey = 'tab.score' | 'tab.council' | 'tab.municipalities';

export const TAB_TEXT: Catalogue<TabKey> = {
  en: {
    'tab.score': 'Score',
    'tab.council': 'Council',
    'tab.municipalities': 'Municipalities',
  },
  nb: {
    'tab.score': 'Vurder',
    'tab.council': 'IKT-rådet',
    'tab.municipalities': 'Kommunene',
  },
  sv: {
    'tab.score': 'Bedöm',
    'tab.council': 'IT-rådet',
    'tab.municipalities': 'Kommunerna',
  },
  es: {
    'tab.score': 'Evaluar',
    'tab.council': 'Consejo',
    'tab.municipalities': 'Municipios',
  },
};
