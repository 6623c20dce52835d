/** The scoring form's data: field texts from the last run, and the rows a save writes. */
import { readScoreText } from '../../engine/parse/scoreText';
import type { CouncilView } from '../../engine/views/councilView';
import type { Language } from '../../i18n/language';
import { formatNumber } from '../../i18n/numbers';
import type { ScoreSheet } from '../../workbook/excel';

/** Field texts by proposal ID, then criterion index. */
export type Entries = Readonly<Record<string, readonly string[]>>;

export const sameName = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

/** The member's scores as the last run read them, as field texts. */
export function entriesOf(view: CouncilView, scorer: string, language: Language): Entries {
  return Object.fromEntries(
    view.proposals.map((p) => {
      const own = p.scores.find((s) => sameName(s.scorer, scorer));
      return [
        p.id,
        view.criteria.map((_, c) => {
          const v = own?.values[c];
          return v === null || v === undefined
            ? ''
            : formatNumber(v, language, Number.isInteger(v) ? 0 : 2);
        }),
      ];
    }),
  );
}

/**
 * The rows a save writes: every proposal the member gives a score, and every one they had a row
 * for (so clearing a field clears the cell). Invalid text never gets here (the form refuses it).
 */
export function rowsToSave(
  view: CouncilView,
  scorer: string,
  entries: Entries,
): ScoreSheet['rows'] {
  return view.proposals.flatMap((p) => {
    const scores = (entries[p.id] ?? []).map((text) => {
      const v = readScoreText(text, view.scoreMax);
      return v === 'invalid' ? null : v;
    });
    const hadRow = p.scores.some((s) => sameName(s.scorer, scorer));
    return scores.some((s) => s !== null) || hadRow ? [{ proposal: p.id, scores }] : [];
  });
}
