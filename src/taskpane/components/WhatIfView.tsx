/**
 * What if: another key for every cost line or for one, every municipality's total before and
 * after, computed by the engine from the last run; *Apply* writes the key into the Key cells only
 * when the user asks, all or nothing.
 */
import {
  Body1,
  Button,
  Field,
  Select,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { SplitView } from '../../engine/views/splitView';
import type { WhatIfResult } from '../../engine/views/whatIf';
import type { ViewKey, ViewTranslate } from '../../i18n/council';
import { keyName } from '../../i18n/keys';
import type { Language } from '../../i18n/language';
import type { Translate } from '../../i18n/ui';
import { messageKeyOf } from '../services/errors';
import type { ViewActions } from '../viewActions';
import { useViewStyles } from './viewStyles';
import { formats, keyLabel, yearsLabel } from './viewFormat';
import { StatusMessage, type StatusText } from './StatusMessage';
import { FiguresHeader } from './FiguresHeader';

export interface WhatIfViewProps {
  readonly t: Translate;
  readonly tv: ViewTranslate;
  readonly language: Language;
  readonly view: SplitView;
  readonly actions: ViewActions;
}

const EVERY_LINE = '';

export function WhatIfView({ t, tv, language, view, actions }: WhatIfViewProps): JSX.Element {
  const styles = useViewStyles();
  const [keyIndex, setKeyIndex] = useState(0);
  const [line, setLine] = useState(EVERY_LINE);
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusText>(null);

  /** A failure's message: the adapter's own when it has one, else what this view was doing. */
  const failure = (error: unknown, fallback: ViewKey): string => {
    const key = messageKeyOf(error, 'error.engine');
    return key === 'error.engine' ? tv(fallback) : t(key);
  };

  const show = async (): Promise<void> => {
    const key = view.keys[keyIndex];
    if (!key) return;
    setBusy(true);
    setMessage(null);
    try {
      const answer = await actions.whatIf({ key, line: line === EVERY_LINE ? null : line });
      setResult(answer);
      if (!answer) setMessage({ intent: 'warning', text: tv('whatIf.failed') });
    } catch (error) {
      setResult(null);
      setMessage({ intent: 'error', text: failure(error, 'error.whatIf') });
    } finally {
      setBusy(false);
    }
  };

  const apply = async (): Promise<void> => {
    if (!result?.keyCells) return;
    setBusy(true);
    try {
      // Written as the user reads it (`pc`, `innbyggere`); the parser reads every language's words.
      const written = await actions.applyKey(result.keyCells, keyName(result.key, language));
      setMessage(
        written === 'written'
          ? { intent: 'success', text: tv('whatIf.applied', { count: result.keyCells.length }) }
          : { intent: 'warning', text: tv('whatIf.moved') },
      );
    } catch (error) {
      setMessage({ intent: 'error', text: failure(error, 'error.applyKey') });
    } finally {
      setBusy(false);
    }
  };

  const format = formats(
    language,
    (result?.municipalities ?? []).flatMap((m) => [m.before, m.after]),
    tv,
  );
  const label = keyLabel(view.keys[keyIndex] ?? { kind: 'population' }, tv, language);
  return (
    <section className={styles.view} aria-labelledby="samkost-whatif">
      <Subtitle2 as="h2" id="samkost-whatif" className={styles.heading}>
        {tv('whatIf.heading')}
      </Subtitle2>
      <Body1>{tv('whatIf.intro')}</Body1>
      <Field label={tv('whatIf.key')}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          value={String(keyIndex)}
          onChange={(_, data) => {
            setKeyIndex(Number(data.value));
            setResult(null);
          }}
        >
          {view.keys.map((key, i) => (
            <option key={keyLabel(key, tv, language)} value={String(i)}>
              {keyLabel(key, tv, language)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tv('whatIf.line')}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          value={line}
          onChange={(_, data) => {
            setLine(data.value);
            setResult(null);
          }}
        >
          <option value={EVERY_LINE}>{tv('whatIf.everyLine')}</option>
          {view.costLines.map((l) => (
            <option key={l.cell} value={l.cell}>
              {tv('whatIf.lineOption', { item: l.item, key: keyName(l.key, language) })}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void show()}>
          {tv('whatIf.show')}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={tv('whatIf.busy')} />}
      <StatusMessage message={message} />
      {result && (
        <>
          <Subtitle2 as="h3" id="samkost-whatif-result" className={styles.heading}>
            {tv('whatIf.result', {
              key: label,
              years: yearsLabel(view.years, tv),
              currency: view.currency,
            })}
          </Subtitle2>
          <Table
            size="extra-small"
            className={styles.table}
            aria-labelledby="samkost-whatif-result"
          >
            <FiguresHeader
              label={tv('splits.municipality')}
              figures={[tv('whatIf.after'), tv('splits.difference')]}
            />
            <TableBody>
              {result.municipalities.map((m) => (
                <TableRow key={m.name}>
                  <TableCell className={styles.wrap}>{m.name}</TableCell>
                  <TableCell className={styles.number}>
                    {format.money(m.after)}
                    <span className={styles.sub}>
                      {tv('whatIf.before')}: {format.money(m.before)}
                    </span>
                  </TableCell>
                  <TableCell className={styles.number}>
                    {format.change(m.difference)}
                    <span className={styles.sub}>{format.percent(m.percent)}</span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {result.kept.length > 0 && (
            <Body1>{tv('whatIf.kept', { items: result.kept.join(', ') })}</Body1>
          )}
          {result.keyCells ? (
            <div>
              <Button disabled={busy} onClick={() => void apply()}>
                {tv('whatIf.apply')}
              </Button>
            </div>
          ) : (
            <Body1>{tv('whatIf.noKeyColumn')}</Body1>
          )}
        </>
      )}
    </section>
  );
}
