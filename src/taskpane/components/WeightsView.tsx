/**
 * The criteria weights (contract v1.1 §10) in the council's tab: each weight as used, where the
 * weights came from and, from pairs, how consistent the judgements are and which one is furthest
 * from the weights. The verdict is the engine's (INCONSISTENT_WEIGHTS), not recomputed here.
 */
import { Body1, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { RunSummary, WeightsSummary } from '../../engine/result';
import type { ChoicesTranslate } from '../../i18n/choices';
import type { Language } from '../../i18n/language';
import { formatNumber } from '../../i18n/numbers';
import { useViewStyles } from './viewStyles';

export interface WeightsViewProps {
  readonly tc: ChoicesTranslate;
  readonly language: Language;
  readonly weights: WeightsSummary;
  readonly consistency: RunSummary['consistency'];
}

export function WeightsView({
  tc,
  language,
  weights,
  consistency,
}: WeightsViewProps): JSX.Element | null {
  const styles = useViewStyles();
  if (weights.weights.length === 0) return null;
  const decimal = (value: number, decimals: number): string =>
    formatNumber(value, language, decimals);
  const worst = weights.mostInconsistent;
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
    </section>
  );
}
