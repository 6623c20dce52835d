/**
 * What the municipalities' and council's views may do, as props: ask the engine a what-if, and
 * write a key, save scores or pairwise judgements. They settle with plain data or a PaneError; the view shows the message itself.
 */
import type { WhatIfChoice, WhatIfResult } from '../engine/views/whatIf';
import type { Language } from '../i18n/language';
import type { KeyTarget, KeyWrite, PairsWrite, ScoreSheet, ScoresWrite } from '../workbook/excel';
import type { PairToSave } from '../workbook/pairRows';
import type { SamkostService } from './services/samkostService';

export interface ViewActions {
  whatIf(choice: WhatIfChoice): Promise<WhatIfResult | null>;
  applyKey(targets: readonly KeyTarget[], keyText: string): Promise<KeyWrite>;
  scorerName(): string | null;
  saveScores(sheet: ScoreSheet, language: Language): Promise<ScoresWrite>;
  savePairs(pairs: readonly PairToSave[], language: Language): Promise<PairsWrite>;
}

export const viewActions = (service: SamkostService): ViewActions => ({
  whatIf: (choice) => service.whatIf(choice),
  applyKey: (targets, keyText) => service.applyKey(targets, keyText),
  scorerName: () => service.scorerName(),
  saveScores: (sheet, language) => service.saveScores(sheet, language),
  savePairs: (pairs, language) => service.savePairs(pairs, language),
});
