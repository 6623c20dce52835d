/**
 * What the municipalities' and council's views may do, as props: ask the engine a what-if, and
 * write a key. They settle with plain data or a PaneError; the view shows the message itself.
 */
import type { WhatIfChoice, WhatIfResult } from '../engine/views/whatIf';
import type { Language } from '../i18n/language';
import type { KeyTarget, KeyWrite, ScoreSheet, ScoresWrite } from '../workbook/excel';
import type { SamkostService } from './services/samkostService';

export interface ViewActions {
  whatIf(choice: WhatIfChoice): Promise<WhatIfResult | null>;
  applyKey(targets: readonly KeyTarget[], keyText: string): Promise<KeyWrite>;
  scorerName(): string | null;
  saveScores(sheet: ScoreSheet, language: Language): Promise<ScoresWrite>;
}

export const viewActions = (service: SamkostService): ViewActions => ({
  whatIf: (choice) => service.whatIf(choice),
  applyKey: (targets, keyText) => service.applyKey(targets, keyText),
  scorerName: () => service.scorerName(),
  saveScores: (sheet, language) => service.saveScores(sheet, language),
});
