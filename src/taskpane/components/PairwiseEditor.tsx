/**
 * The council's pairwise judgements in the pane (contract v1.1 §10): a slider per pair of
 * criteria on Saaty's scale (17 steps, 9 … 1 … 9; arrow keys, Page Up/Down, Home and End move
 * it), the weights, λmax, CI and CR recomputed as it moves by the engine's own
 * `pairwiseWeights`, the verdict by the engine's rule, and the judgement furthest from the
 * weights marked. *Save* writes CriteriaPairs through the service, all or nothing.
 */
import {
  Body1,
  Button,
  Caption1,
  Slider,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PairRatio } from '../../engine/model';
import { isInconsistent, pairwiseWeights } from '../../engine/weights/ahp';
import type { ChoicesTranslate } from '../../i18n/choices';
import type { Language } from '../../i18n/language';
import { formatNumber } from '../../i18n/numbers';
import type { PairwiseKey, PairwiseTranslate } from '../../i18n/pairwise';
import type { Translate } from '../../i18n/ui';
import { messageKeyOf } from '../services/errors';
import type { ViewActions } from '../viewActions';
import { initialPairs, isChanged, pairsToSave, type EditedPair } from './pairwiseForm';
import { SCALE_MAX, SCALE_MIN, leaning, positionOf, ratioAt, ratioText } from './pairwiseScale';
import { useViewStyles } from './viewStyles';
import { StatusMessage, type StatusText } from './StatusMessage';

const useStyles = makeStyles({
  ends: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
  end: { minWidth: 0, flexBasis: '50%' },
  endB: { textAlign: 'right' },
  slider: { width: '100%', minWidth: 0 },
  /** The judgement furthest from the weights: a thick red frame, not colour alone (its text says so too). */
  worst: { border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}` },
});

export interface PairwiseEditorProps {
  readonly t: Translate;
  readonly tp: PairwiseTranslate;
  readonly tc: ChoicesTranslate;
  readonly language: Language;
  /** The criteria in Criteria order, as the workbook names them. */
  readonly criteria: readonly string[];
  /** The last run's CriteriaPairs judgements (empty without the table). */
  readonly judgements: readonly PairRatio[];
  readonly actions: Pick<ViewActions, 'savePairs'>;
}

/** The sentence under a slider: who is favoured and how much, on Saaty's words. */
function verdictOf(tp: PairwiseTranslate, a: string, b: string, ratio: number): string {
  const { side, step } = leaning(positionOf(ratio));
  if (step === 1) return tp('equal', { a, b });
  const degree = tp(`degree.${step}` as PairwiseKey);
  return side === 'a'
    ? tp('more', { winner: a, loser: b, degree })
    : tp('more', { winner: b, loser: a, degree });
}

export function PairwiseEditor(props: PairwiseEditorProps): JSX.Element {
  const { t, tp, tc, language, criteria, judgements, actions } = props;
  const styles = useViewStyles();
  const own = useStyles();
  const [pairs, setPairs] = useState<EditedPair[]>(() => initialPairs(criteria, judgements));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusText>(null);
  const decimal = (value: number, decimals: number): string =>
    formatNumber(value, language, decimals);
  const result = pairwiseWeights(criteria.length, pairs);
  const worst = result.cr > 0 ? result.mostInconsistent : null;
  const name = (i: number): string => criteria[i] ?? '';

  const move = (index: number, position: number): void => {
    setMessage(null);
    setPairs(pairs.map((p, i) => (i === index ? { ...p, ratio: ratioAt(position) } : p)));
  };

  const save = async (): Promise<void> => {
    if (!pairs.some(isChanged)) return setMessage({ intent: 'warning', text: tp('nothing') });
    setBusy(true);
    setMessage(null);
    try {
      const written = await actions.savePairs(pairsToSave(criteria, pairs), language);
      if (written.kind === 'saved') {
        setPairs(pairs.map((p) => ({ ...p, original: p.ratio })));
        setMessage({ intent: 'success', text: tp('saved', written) });
      } else {
        const columns = written.columns.join(', ');
        setMessage({ intent: 'warning', text: tp('missingColumns', { columns }) });
      }
    } catch (error) {
      const key = messageKeyOf(error, 'error.write');
      setMessage({ intent: 'error', text: key === 'error.write' ? tp('error') : t(key) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.view} aria-labelledby="samkost-pairs">
      <Subtitle2 as="h3" id="samkost-pairs" className={styles.heading}>
        {tp('heading')}
      </Subtitle2>
      <Body1>{tp('intro')}</Body1>
      {pairs.map((pair, index) => {
        const a = name(pair.a);
        const b = name(pair.b);
        const said = `${verdictOf(tp, a, b, pair.ratio)}. ${tp('ratio', {
          ratio: ratioText(pair.ratio, language),
        })}`;
        const marked = worst?.index === index;
        return (
          <fieldset
            key={`${pair.a} ${pair.b}`}
            className={mergeClasses(styles.fieldset, marked && own.worst)}
            data-pair={index}
          >
            <legend className={styles.wrap}>
              <strong>{tp('slider', { a, b })}</strong>
            </legend>
            <div className={own.ends} aria-hidden="true">
              <span className={own.end}>{a}</span>
              <span className={mergeClasses(own.end, own.endB)}>{b}</span>
            </div>
            <Slider
              className={own.slider}
              min={SCALE_MIN}
              max={SCALE_MAX}
              step={1}
              value={positionOf(pair.ratio)}
              aria-label={tp('slider', { a, b })}
              aria-valuetext={said}
              onChange={(_, data) => move(index, data.value)}
            />
            <Caption1 className={styles.wrap}>{said}</Caption1>
            {marked && worst && (
              <Caption1 className={mergeClasses(styles.wrap, styles.outlier)}>
                {tp('worst', {
                  ratio: ratioText(pair.ratio, language),
                  implied: decimal(worst.implied, 2),
                })}
              </Caption1>
            )}
          </fieldset>
        );
      })}
      <section className={styles.view} aria-labelledby="samkost-pairs-live">
        <Subtitle2 as="h4" id="samkost-pairs-live" className={styles.heading}>
          {tp('live')}
        </Subtitle2>
        <ul className={styles.list}>
          {criteria.map((criterion, i) => (
            <li key={criterion} className={styles.item}>
              {tc('weights.item', {
                criterion,
                weight: decimal((result.weights[i] ?? 0) * 100, 1),
              })}
            </li>
          ))}
        </ul>
        <Body1 aria-live="polite" data-testid="samkost-pairs-verdict">
          <strong>
            {tc(isInconsistent(result.cr) ? 'weights.inconsistent' : 'weights.consistent', {
              cr: decimal(result.cr, 2),
            })}
          </strong>
        </Body1>
        <Caption1>
          {tc('weights.figures', {
            lambdaMax: decimal(result.lambdaMax, 3),
            ci: decimal(result.ci, 3),
            cr: decimal(result.cr, 3),
          })}
        </Caption1>
      </section>
      <StatusMessage message={message} />
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>
          {busy ? tp('saving') : tp('save')}
        </Button>
      </div>
    </section>
  );
}
