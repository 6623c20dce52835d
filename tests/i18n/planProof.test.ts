import { LANGUAGES } from '../../src/i18n/language';
import { planProofNote } from '../../src/i18n/planProof';

describe('the note under a plan that is not proven optimal', () => {
  it.each(LANGUAGES)('%s: none when proven; three different notes otherwise', (language) => {
    expect(planProofNote(language, { planProvenOptimal: true, planGapPercent: null })).toBeNull();
    const notes = [null, 0, 0.03].map((planGapPercent) =>
      planProofNote(language, { planProvenOptimal: false, planGapPercent }),
    );
    expect(new Set(notes).size).toBe(3);
    for (const note of notes) expect(note).toMatch(/\S/);
    expect(notes[2]).toContain(language === 'en' ? '0.03 %' : '0,03 %');
    expect(notes[2]).not.toContain('{gap}');
  });
});
