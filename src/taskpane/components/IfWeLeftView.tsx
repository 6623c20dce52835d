/**
 * "If we left" (contract v1.1 §12) in the municipalities' tab: for a chosen municipality, over
 * the items with coalition costs, what it pays now, what it would pay alone and what the others
 * would pay more (or less) without it; then every OUTSIDE_CORE breach in the items it takes part
 * in. Shown only when the workbook has coalition costs (the engine's exit analysis is not empty).
 */
import { Body1, Field, Select, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { CoreBreach, ExitAnalysisEntry } from '../../engine/result';
import type { ChoicesTranslate } from '../../i18n/choices';
import type { Language } from '../../i18n/language';
import { formatNumber } from '../../i18n/numbers';
import { useViewStyles } from './viewStyles';

export interface IfWeLeftViewProps {
  readonly tc: ChoicesTranslate;
  readonly language: Language;
  readonly currency: string;
  readonly exits: readonly ExitAnalysisEntry[];
  readonly breaches: readonly CoreBreach[];
}

export function IfWeLeftView({
  tc,
  language,
  currency,
  exits,
  breaches,
}: IfWeLeftViewProps): JSX.Element | null {
  const styles = useViewStyles();
  const [name, setName] = useState(exits[0]?.municipality ?? '');
  const exit = exits.find((e) => e.municipality === name) ?? exits[0];
  if (!exit) return null;
  const money = (value: number): string => formatNumber(value, language, 0);
  const own = breaches.filter((b) => b.participants.includes(exit.municipality));
  const figures: [string, string][] = [
    [tc('exit.paysNow'), money(exit.paysNow)],
    [tc('exit.paysAlone'), money(exit.paysAlone)],
    [
      tc(exit.othersChange < 0 ? 'exit.othersLess' : 'exit.othersMore'),
      money(Math.abs(exit.othersChange)),
    ],
  ];
  return (
    <section className={styles.view} aria-labelledby="samkost-exit">
      <Subtitle2 as="h2" id="samkost-exit" className={styles.heading}>
        {tc('exit.heading')}
      </Subtitle2>
      <Body1>{tc('exit.intro', { currency })}</Body1>
      <Field label={tc('exit.municipality')}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          value={exit.municipality}
          onChange={(_, data) => setName(data.value)}
        >
          {exits.map((e) => (
            <option key={e.municipality} value={e.municipality}>
              {e.municipality}
            </option>
          ))}
        </Select>
      </Field>
      <dl className={styles.list}>
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt className={styles.wrap}>{label}</dt>
            <dd className={styles.number}>{`${value} ${currency}`}</dd>
          </div>
        ))}
      </dl>
      <Subtitle2 as="h3" className={styles.heading}>
        {tc('exit.breaches')}
      </Subtitle2>
      {own.length === 0 ? (
        <Body1>{tc('exit.noBreaches', { municipality: exit.municipality })}</Body1>
      ) : (
        <ul className={styles.list}>
          {own.map((b, i) => (
            <li key={`${b.item}-${i}`} className={styles.item}>
              {b.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
