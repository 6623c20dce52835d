/**
 * The IKT-råd's tab: the whole ranking with titles, criterion means and spread; each scorer's
 * scores of a chosen proposal with the outliers marked; the funding plan by year with the budget
 * used and left; and why each unfunded proposal is not funded. All figures come from the engine.
 */
import {
  Badge,
  Body1,
  Caption1,
  Field,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { CouncilProposal, CouncilView } from '../../engine/views/councilView';
import type { ViewTranslate } from '../../i18n/council';
import type { Language } from '../../i18n/language';
import { formatNumber } from '../../i18n/numbers';
import { planProofNote } from '../../i18n/planProof';
import { useViewStyles } from './viewStyles';
import { formats } from './viewFormat';

export interface CouncilPanelProps {
  readonly tv: ViewTranslate;
  readonly language: Language;
  readonly view: CouncilView;
}

export function CouncilPanel({ tv, language, view }: CouncilPanelProps): JSX.Element {
  const styles = useViewStyles();
  if (view.proposals.length === 0) return <Body1>{tv('council.noProposals')}</Body1>;
  return (
    <div className={styles.view}>
      <Ranking tv={tv} language={language} view={view} />
      <Disagreement tv={tv} language={language} view={view} />
      <Plan tv={tv} language={language} view={view} />
      <WhyNotFunded tv={tv} view={view} />
    </div>
  );
}

const decimal = (value: number, language: Language, decimals: number): string =>
  formatNumber(value, language, decimals);

export function Ranking({ tv, language, view }: CouncilPanelProps): JSX.Element {
  const styles = useViewStyles();
  return (
    <section className={styles.view} aria-labelledby="samkost-ranking">
      <Subtitle2 as="h2" id="samkost-ranking" className={styles.heading}>
        {tv('council.ranking')}
      </Subtitle2>
      {/* The list numbers each proposal by its rank (ties share one), so the text does not. */}
      <ol className={styles.list}>
        {view.proposals.map((p) => (
          <li key={p.id} value={p.rank} className={styles.item}>
            <strong className={styles.wrap}>
              {tv('council.rankItem', { id: p.id, title: p.title })}
            </strong>
            <Caption1 className={styles.sub}>
              {tv('council.scoreLine', {
                score: decimal(p.score, language, 1),
                spread: decimal(p.spread, language, 2),
                scorers: p.scorers,
              })}
            </Caption1>
            <Caption1 className={styles.sub}>
              {view.criteria
                .map((c, i) => {
                  const mean = p.means[i];
                  return mean === null || mean === undefined
                    ? tv('council.noMean', { criterion: c.name })
                    : tv('council.mean', { criterion: c.name, mean: decimal(mean, language, 2) });
                })
                .join(' · ')}
            </Caption1>
            <span className={styles.badges}>
              {p.startYear !== null ? (
                <Badge appearance="tint" color="success">
                  {tv('council.fundedIn', { year: p.startYear })}
                </Badge>
              ) : (
                <Badge appearance="tint" color="informative">
                  {tv('council.notFunded')}
                </Badge>
              )}
              {p.disagreement && (
                <Badge appearance="tint" color="warning">
                  {tv('council.disagreement')}
                </Badge>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The proposal shown first: the first the scorers disagree on, else the best ranked. */
const firstToShow = (proposals: readonly CouncilProposal[]): string =>
  (proposals.find((p) => p.disagreement) ?? proposals[0])?.id ?? '';

export function Disagreement({ tv, language, view }: CouncilPanelProps): JSX.Element {
  const styles = useViewStyles();
  const [id, setId] = useState(() => firstToShow(view.proposals));
  const proposal = view.proposals.find((p) => p.id === id) ?? view.proposals[0];
  const limit = decimal(2 * view.disagreementThreshold, language, 1);
  return (
    <section className={styles.view} aria-labelledby="samkost-disagreement">
      <Subtitle2 as="h2" id="samkost-disagreement" className={styles.heading}>
        {tv('council.disagreementHeading')}
      </Subtitle2>
      <Field label={tv('council.proposal')}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          value={proposal?.id ?? ''}
          onChange={(_, data) => setId(data.value)}
        >
          {view.proposals.map((p) => (
            <option key={p.id} value={p.id}>
              {`${p.id} ${p.title}${p.disagreement ? ` (${tv('council.disagreement')})` : ''}`}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1>{tv('council.outlierRule', { limit })}</Caption1>
      {!proposal || proposal.scores.length === 0 ? (
        <Body1>{tv('council.noScores')}</Body1>
      ) : (
        <ul className={styles.list}>
          {proposal.scores.map((s) => (
            <li key={s.scorer} className={styles.item}>
              <strong className={styles.wrap}>{s.scorer}</strong>
              <span className={styles.sub}>
                {view.criteria.map((c, i) => {
                  const value = s.values[i];
                  const text =
                    value === null || value === undefined
                      ? tv('council.noMean', { criterion: c.name })
                      : `${c.name}: ${s.outliers[i] ? tv('council.outlier', { score: decimal(value, language, 0) }) : decimal(value, language, 0)}`;
                  return (
                    <span key={c.name} className={s.outliers[i] ? styles.outlier : undefined}>
                      {i > 0 ? ' · ' : ''}
                      {text}
                    </span>
                  );
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Plan({ tv, language, view }: CouncilPanelProps): JSX.Element | null {
  const styles = useViewStyles();
  if (view.plan.length === 0) return null;
  const proofNote = planProofNote(language, view);
  const format = formats(
    language,
    view.plan.flatMap((y) => [y.investment.budget, y.investment.used, y.investment.left]),
    tv,
  );
  const amounts = (a: { budget: number; used: number; left: number }) => ({
    used: format.money(a.used),
    budget: format.money(a.budget),
    left: format.money(a.left),
  });
  return (
    <section className={styles.view} aria-labelledby="samkost-plan-years">
      <Subtitle2 as="h2" id="samkost-plan-years" className={styles.heading}>
        {tv('council.planHeading', { currency: view.currency })}
      </Subtitle2>
      {view.plan.map((year) => (
        <section key={year.year} aria-labelledby={`samkost-plan-${year.year}`}>
          <Subtitle2 as="h3" id={`samkost-plan-${year.year}`} className={styles.heading}>
            {year.year}
          </Subtitle2>
          <Body1 className={styles.sub}>{tv('council.investment', amounts(year.investment))}</Body1>
          <Body1 className={styles.sub}>
            {year.operating
              ? tv('council.operating', amounts(year.operating))
              : tv('council.noOperating')}
          </Body1>
          {year.proposals.length === 0 ? (
            <Body1>{tv('council.nothingStarts')}</Body1>
          ) : (
            <ul className={styles.list}>
              {year.proposals.map((p) => (
                <li key={p.id} className={styles.wrap}>
                  {`${p.id} ${p.title}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {proofNote !== null && <Body1>{proofNote}</Body1>}
    </section>
  );
}

export function WhyNotFunded({ tv, view }: Omit<CouncilPanelProps, 'language'>): JSX.Element {
  const styles = useViewStyles();
  const unfunded = view.proposals.filter((p) => p.startYear === null);
  return (
    <section className={styles.view} aria-labelledby="samkost-why">
      <Subtitle2 as="h2" id="samkost-why" className={styles.heading}>
        {tv('council.whyHeading')}
      </Subtitle2>
      {unfunded.length === 0 ? (
        <Body1>{tv('council.allFunded')}</Body1>
      ) : (
        <Table size="extra-small" className={styles.table} aria-labelledby="samkost-why">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{tv('council.proposal')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {unfunded.map((p) => (
              <TableRow key={p.id}>
                <TableCell className={styles.wrap}>
                  <strong>{`${p.id} ${p.title}`}</strong>
                  <span className={styles.sub}>
                    {p.excluded ? tv('council.excluded') : (p.whyNotFunded ?? '')}
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
