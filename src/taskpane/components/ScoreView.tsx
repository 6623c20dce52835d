/**
 * Scoring in the pane: the member names themselves (remembered for the workbook), sees every
 * proposal's facts and one field per criterion (0 to ScoreMax, checked as typed, Tab from field
 * to field, Enter saves), and saves their rows into Scores, all or nothing. Above: who has
 * scored what, from the last run.
 */
import { Body1, Button, Caption1, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { readScoreText } from '../../engine/parse/scoreText';
import { compareCodePoints } from '../../engine/allocate';
import type { CouncilView } from '../../engine/views/councilView';
import type { ViewTranslate } from '../../i18n/council';
import type { Language } from '../../i18n/language';
import type { Translate } from '../../i18n/ui';
import { messageKeyOf } from '../services/errors';
import type { ViewActions } from '../viewActions';
import { formats } from './viewFormat';
import { useViewStyles } from './viewStyles';
import { entriesOf, rowsToSave, sameName, type Entries } from './scoreForm';
import { StatusMessage, type StatusText } from './StatusMessage';

export interface ScoreViewProps {
  readonly t: Translate;
  readonly tv: ViewTranslate;
  readonly language: Language;
  readonly view: CouncilView;
  readonly actions: ViewActions;
}

export function ScoreView({ t, tv, language, view, actions }: ScoreViewProps): JSX.Element {
  const styles = useViewStyles();
  const [name, setName] = useState(() => actions.scorerName() ?? '');
  const [entries, setEntries] = useState<Entries>(() => entriesOf(view, name, language));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusText>(null);
  const max = view.scoreMax;
  const proposals = [...view.proposals].sort((a, b) => compareCodePoints(a.id, b.id));
  const money = formats(
    language,
    proposals.flatMap((p) => [p.oneOffCost, p.annualCost, p.annualBenefit]),
    tv,
  ).money;
  const invalid = proposals.flatMap((p) =>
    (entries[p.id] ?? []).filter((text) => readScoreText(text, max) === 'invalid'),
  ).length;

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (name.trim() === '') return setMessage({ intent: 'warning', text: tv('score.nameMissing') });
    if (invalid > 0) {
      return setMessage({ intent: 'warning', text: tv('score.fixFirst', { count: invalid, max }) });
    }
    const rows = rowsToSave(view, name, entries);
    setBusy(true);
    setMessage(null);
    try {
      const criteria = view.criteria.map((c) => c.name);
      const result = await actions.saveScores({ scorer: name.trim(), criteria, rows }, language);
      setMessage(
        result.kind === 'saved'
          ? { intent: 'success', text: tv('score.saved', result) }
          : {
              intent: 'warning',
              text: tv('score.missingColumns', { criteria: result.criteria.join(', ') }),
            },
      );
    } catch (error) {
      const key = messageKeyOf(error, 'error.write');
      setMessage({
        intent: 'error',
        text: key === 'error.write' ? tv('error.saveScores') : t(key),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.view} onSubmit={(event) => void save(event)} noValidate>
      <Subtitle2 as="h2" id="samkost-score" className={styles.heading}>
        {tv('score.heading')}
      </Subtitle2>
      <Body1>{tv('score.intro', { max })}</Body1>
      <WhoScored tv={tv} view={view} />
      <Field label={tv('score.name')} hint={tv('score.nameHint')} required>
        <Input
          value={name}
          autoComplete="name"
          onChange={(_, data) => setName(data.value)}
          onBlur={() => setEntries(entriesOf(view, name, language))}
        />
      </Field>
      {proposals.map((p) => (
        <fieldset key={p.id} className={styles.fieldset}>
          <legend className={styles.wrap}>
            <strong>{`${p.id} ${p.title}`}</strong>
          </legend>
          <Caption1 className={styles.sub}>
            {tv('score.facts', {
              area: p.area ? tv('score.area', { area: p.area }) : '',
              oneOff: money(p.oneOffCost),
              annual: money(p.annualCost),
              benefit: money(p.annualBenefit),
              currency: view.currency,
              costBenefit: p.costBenefit ? tv('score.yes') : tv('score.no'),
            })}
          </Caption1>
          {view.criteria.map((c, i) => {
            const text = entries[p.id]?.[i] ?? '';
            const bad = readScoreText(text, max) === 'invalid';
            return (
              <Field
                key={c.name}
                label={c.name}
                validationState={bad ? 'error' : 'none'}
                validationMessage={bad ? tv('score.invalid', { max }) : undefined}
              >
                <Input
                  value={text}
                  inputMode="decimal"
                  className={styles.score}
                  onChange={(_, data) =>
                    setEntries({
                      ...entries,
                      [p.id]: (entries[p.id] ?? []).map((old, j) => (j === i ? data.value : old)),
                    })
                  }
                />
              </Field>
            );
          })}
        </fieldset>
      ))}
      <StatusMessage message={message} />
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? tv('score.saving') : tv('score.save')}
        </Button>
      </div>
    </form>
  );
}

/** Each scorer's count of proposals scored and the ones missing; proposals nobody scored. */
export function WhoScored({ tv, view }: { tv: ViewTranslate; view: CouncilView }): JSX.Element {
  const styles = useViewStyles();
  const total = view.proposals.length;
  const scoredBy = (scorer: string) =>
    view.proposals.filter((p) =>
      p.scores.some((s) => sameName(s.scorer, scorer) && s.values.some((v) => v !== null)),
    );
  const unscored = view.proposals.filter((p) => p.scorers === 0).map((p) => p.id);
  return (
    <section aria-labelledby="samkost-who" className={styles.view}>
      <Subtitle2 as="h3" id="samkost-who" className={styles.heading}>
        {tv('score.who')}
      </Subtitle2>
      {view.scorers.length === 0 ? (
        <Body1>{tv('score.nobody')}</Body1>
      ) : (
        <ul className={styles.list}>
          {view.scorers.map((scorer) => {
            const done = scoredBy(scorer);
            const missing = view.proposals
              .filter((p) => !done.includes(p))
              .map((p) => p.id)
              .join(', ');
            return (
              <li key={scorer} className={styles.item}>
                {tv('score.byScorer', { scorer, count: done.length, total })}
                {missing && (
                  <span className={styles.sub}>{tv('score.missing', { ids: missing })}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {unscored.length > 0 && <Body1>{tv('score.unscored', { ids: unscored.join(', ') })}</Body1>}
    </section>
  );
}
