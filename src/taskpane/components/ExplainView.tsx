/**
 * Why a municipality pays what it pays: its total, its lines (each a button), and for the chosen
 * line the key, every participant's weight, the exact quotient, the floor, the units left and the
 * tie rule that gave them (contract §4), as the engine explained it. Laid out as wrapping text, not
 * a wide table, so it fits a 320 px pane. Opens the municipality's statement too.
 */
import {
  Body1,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, DismissRegular, DocumentRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { ExplainAnswer } from '../../engine/explain';
import {
  explainText,
  formatQuotient,
  formatRoundTo,
  formatWhole,
  lineLabel,
  moneyFormat,
  verdict,
  weightPercent,
} from '../../i18n/explain';
import { keyName } from '../../i18n/keys';
import type { Language } from '../../i18n/language';
import { uiText, type UiKey } from '../../i18n/ui';
import type { SelectedShare } from '../services/allocationShare';
import { messageKeyOf } from '../services/errors';
import { openStatement, type StatementFile } from '../statementWindow';
import type { Explain } from './Explainable';

const useStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  heading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  self: { fontWeight: tokens.fontWeightSemibold },
  number: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

export interface ExplainViewProps {
  readonly language: Language;
  readonly municipality: string;
  /** The share a cell selected in Excel showed: the view opens on its line. */
  readonly share?: SelectedShare | null;
  readonly explain: Explain;
  readonly onClose: () => void;
}

type Shown =
  | { readonly status: 'loading' }
  | { readonly status: 'gone' }
  | { readonly status: 'failed'; readonly message: UiKey }
  | { readonly status: 'ready'; readonly answer: ExplainAnswer };

export function ExplainView(props: ExplainViewProps): JSX.Element {
  const { language, municipality, explain, onClose, share = null } = props;
  const styles = useStyles();
  const t = explainText(language);
  const [line, setLine] = useState<number | null>(share?.line ?? null);
  const [shown, setShown] = useState<Shown>({ status: 'loading' });
  const [statement, setStatement] = useState<StatementFile | null>(null);
  const region = useRef<HTMLElement>(null);

  useEffect(() => {
    let current = true;
    setShown({ status: 'loading' });
    // A line opened from a cell is explained only if the workbook still gives the cell's figure.
    const query = { municipality, line, statement: false };
    const shown = share !== null && line === share.line;
    explain(
      language,
      shown ? { ...query, shown: { item: share.item, figure: share.figure } } : query,
    ).then(
      (answer) => current && setShown(answer ? { status: 'ready', answer } : { status: 'gone' }),
      (error: unknown) =>
        current && setShown({ status: 'failed', message: messageKeyOf(error, 'error.engine') }),
    );
    return () => {
      current = false;
    };
  }, [explain, language, municipality, line, share]);
  // Each step (total → line → back) moves focus to the view, which its heading names; opened
  // from a cell, the user is in the grid and stays there (the live region says what opened).
  const fromCell = useRef(share !== null);
  useEffect(() => {
    if (fromCell.current) fromCell.current = false;
    else region.current?.focus();
  }, [municipality, line]);
  useEffect(() => () => statement?.revoke(), [statement]);

  const onStatement = (): void => {
    void explain(language, { municipality, line: null, statement: true }).then((answer) => {
      const file = answer?.statement;
      if (file) setStatement(openStatement(file.html, file.fileName));
    });
  };

  const body = ((): JSX.Element => {
    if (shown.status === 'loading') return <Spinner size="tiny" label={t('pane.loading')} />;
    if (shown.status !== 'ready') {
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {shown.status === 'gone'
              ? t('pane.gone', { municipality })
              : uiText(language)(shown.message)}
          </MessageBarBody>
        </MessageBar>
      );
    }
    const { part, line: explained } = shown.answer;
    const money = moneyFormat(part.roundTo, language);
    // The explanation comes from a fresh read of the workbook: if it no longer gives the selected
    // cell's figure, the inputs changed since the run that wrote it.
    if (share !== null && line === share.line && explained === null) {
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('pane.cellChanged')}</MessageBarBody>
        </MessageBar>
      );
    }
    if (explained === null) {
      return (
        <>
          <Body1>
            {t('part.title', {
              municipality: part.name,
              total: money(part.total),
              currency: part.currency,
              oneOff: money(part.oneOff),
              annual: money(part.annual),
            })}
          </Body1>
          <ul className={styles.list} aria-label={t('part.years')}>
            {part.byYear.map((y) => (
              <li key={y.year}>
                {t('part.year', {
                  year: y.year,
                  total: money(y.oneOff + y.annual),
                  oneOff: money(y.oneOff),
                  annual: money(y.annual),
                })}
              </li>
            ))}
          </ul>
          <Body1>{t('pane.lineHint')}</Body1>
          <ul className={styles.list}>
            {part.lines.map((l) => (
              <li key={l.index}>
                <Link as="button" onClick={() => setLine(l.index)}>
                  {l.item} ({Object.values(lineLabel(t, l)).join(', ')})
                </Link>
                {': '}
                <span className={styles.number}>{money(l.share)}</span>
              </li>
            ))}
          </ul>
        </>
      );
    }
    const whole = (n: bigint): string => formatWhole(n, language);
    const self = explained.participants.find((p) => p.name === part.name);
    const floors = explained.participants.reduce((acc, p) => acc + p.floor, 0n);
    return (
      <>
        <Body1 className={styles.self}>
          {t('line.title', {
            item: explained.item,
            ...lineLabel(t, explained),
            key: keyName(explained.key, language),
          })}
        </Body1>
        {self && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {verdict(t, explained, self, money(self.share), part.currency, language)}
            </MessageBarBody>
          </MessageBar>
        )}
        <Body1>
          {t('line.amount', {
            amount: money(explained.amount),
            currency: part.currency,
            units: whole(explained.amount),
            roundTo: formatRoundTo(part.roundTo, language),
          })}
        </Body1>
        <Body1>
          {t('line.weights', { total: whole(explained.weightTotal) })}{' '}
          {t('line.quotient', {
            units: whole(explained.amount),
            total: whole(explained.weightTotal),
          })}
        </Body1>
        <ul className={styles.list} aria-label={t('pane.participants')}>
          {explained.participants.map((p) => (
            <li key={p.name} className={p.name === part.name ? styles.self : undefined}>
              {t('pane.participant', {
                name: p.name,
                weight: whole(p.weight),
                percent: weightPercent(p.weight, explained.weightTotal, language),
                quotient: formatQuotient(p.floor, p.remainder, explained.weightTotal, language),
                floor: whole(p.floor),
                unit:
                  p.unitPlace === null
                    ? t('unit.noneLeft')
                    : t('unit.place', {
                        place: p.unitPlace,
                        rule: t(`rule.${p.rule ?? 'fraction'}`),
                      }),
                share: money(p.share),
              })}
            </li>
          ))}
        </ul>
        <Body1>
          {explained.unitsLeft === 0
            ? t('line.noneLeft')
            : `${t('line.floors', { floors: whole(floors), left: explained.unitsLeft })} ${t(
                'line.recipients',
                { recipients: explained.recipients.join(', ') },
              )}`}
        </Body1>
      </>
    );
  })();

  return (
    <section className={styles.view} aria-labelledby="samkost-explain" ref={region} tabIndex={-1}>
      <Subtitle2 as="h3" id="samkost-explain" className={styles.heading}>
        {t('pane.heading', { municipality })}
      </Subtitle2>
      <div className={styles.actions}>
        {line !== null && (
          <Button size="small" icon={<ArrowLeftRegular />} onClick={() => setLine(null)}>
            {t('pane.back')}
          </Button>
        )}
        <Button size="small" icon={<DocumentRegular />} onClick={onStatement}>
          {t('pane.statement')}
        </Button>
        <Button size="small" icon={<DismissRegular />} onClick={onClose}>
          {t('pane.close')}
        </Button>
      </div>
      {statement && (
        <Body1>
          {!statement.opened && `${t('pane.statementBlocked')} `}
          <Link href={statement.url} download={statement.fileName}>
            {t('pane.saveStatement')}
          </Link>
        </Body1>
      )}
      {body}
    </section>
  );
}
