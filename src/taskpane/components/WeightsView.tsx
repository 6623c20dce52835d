/**
 * The criteria weights (contract v1.1 §10) in the council's tab: each weight as used, where the
 * weights came from and, from pairs, how consistent the judgements are and which one is furthest
 * from the weights. The verdict is the engine's (INCONSISTENT_WEIGHTS), not recomputed here.
 * Below, the pairwise editor, where the council changes the judgements.
 */
import { Body1, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { RunSummary, WeightsSummary } from '../../engine/result';
import { MAX_PAIRWISE_CRITERIA } from '../../engine/weights/ahp';
import type { ChoicesTranslate } from '../../i18n/choices';
import type { Language } from '../../i18n/language';
import { formatNumber } from '../../i18n/numbers';
import { pairwiseText } from '../../i18n/pairwise';
import type { Translate } from '../../i18n/ui';
import type { ViewActions } from '../viewActions';
import { PairwiseEditor } from './PairwiseEditor';
import { useViewStyles } from './viewStyles';

export interface WeightsViewProps {
  readonly t: Translate;
  readonly tc: ChoicesTranslate;
  readonly language: Language;
  readonly weights: WeightsSummary;
  readonly consistency: RunSummary['consistency'];
  readonly actions: Pick<ViewActions, 'savePairs'>;
}

export function WeightsView({
  t,
  tc,
  language,
  weights,
  consistency,
  actions,
}: WeightsViewProps): JSX.Element | null {
  const styles = useViewStyles();
  if (weights.weights.length === 0) return null;
  const decimal = (value: number, decimals: number): string =>
    formatNumber(value, language, decimals);
  const worst = weights.mostInconsistent;
  const tp = pairwiseText(language);
  const criteria = weights.weights.map((w) => w.criterion);
  return (
    <section className={styles.view} aria-labelledby="samkost-weights">
      <Subtitle2 as="h2" id="samkost-weights" className={styles.heading}>
        {tc('weights.heading')}
      </Subtitle2>
      <Body1>
        {tc(weights.source === 'pairs' ? 'weights.sourcePairs' : 'weights.sourceGiven')}
      </Body1>
      <ul className={styles.list}>
        {weights.weights.map((w) => (
          <li key={w.criterion} className={styles.item}>
            {tc('weights.item', { criterion: w.criterion, weight: decimal(w.weight * 100, 1) })}
          </li>
        ))}
      </ul>
      {consistency && (
        <>
          <Body1>
            <strong>
              {tc(consistency.inconsistent ? 'weights.inconsistent' : 'weights.consistent', {
                cr: decimal(consistency.cr, 2),
              })}
            </strong>
          </Body1>
          <Caption1>
            {tc('weights.figures', {
              lambdaMax: decimal(weights.lambdaMax ?? 0, 3),
              ci: decimal(weights.ci ?? 0, 3),
              cr: decimal(consistency.cr, 3),
            })}
          </Caption1>
          {worst && (
            <Body1 className={styles.wrap}>
              {tc('weights.worst', {
                a: worst.a,
                b: worst.b,
                ratio: decimal(worst.ratio, 2),
                implied: decimal(worst.implied, 2),
              })}
            </Body1>
          )}
        </>
      )}
      {criteria.length > MAX_PAIRWISE_CRITERIA ? (
        <Body1>{tp('tooMany', { max: MAX_PAIRWISE_CRITERIA, count: criteria.length })}</Body1>
      ) : (
        criteria.length >= 2 && (
          <PairwiseEditor
            // A new run's judgements start the editor afresh.
            key={JSON.stringify([criteria, weights.judgements])}
            t={t}
            tp={tp}
            tc={tc}
            language={language}
            criteria={criteria}
            judgements={weights.judgements}
            actions={actions}
          />
        )
      )}
    </section>
  );
}
