/**
 * Compare splits, the municipalities' view: pick one municipality to see what it pays under the
 * chosen keys and under every other key (chart and table, difference in money and percent) and
 * going alone like for like; or all of them, under one key, against the chosen keys.
 */
import {
  Body1,
  Field,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { MunicipalitySplits, SplitView } from '../../engine/views/splitView';
import type { ViewTranslate } from '../../i18n/council';
import type { Language } from '../../i18n/language';
import { BarChart } from './BarChart';
import { useViewStyles } from './viewStyles';
import { formats, keyLabel, yearsLabel, type Formats } from './viewFormat';
import { FiguresHeader } from './FiguresHeader';

export interface SplitsViewProps {
  readonly tv: ViewTranslate;
  readonly language: Language;
  readonly view: SplitView;
}

const ALL = '';

export function SplitsView({ tv, language, view }: SplitsViewProps): JSX.Element {
  const styles = useViewStyles();
  const [name, setName] = useState(ALL);
  const [keyIndex, setKeyIndex] = useState(0);
  const amounts = view.municipalities.flatMap((m) => [
    m.chosen,
    ...m.alternatives.map((a) => a.total),
  ]);
  const format = formats(language, amounts, tv);
  const picked = view.municipalities.find((m) => m.name === name);
  return (
    <section className={styles.view} aria-labelledby="samkost-splits">
      <Subtitle2 as="h2" id="samkost-splits" className={styles.heading}>
        {tv('splits.heading')}
      </Subtitle2>
      <Body1>{tv('splits.counts', { years: yearsLabel(view.years, tv) })}</Body1>
      <Field label={tv('splits.municipality')}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          value={name}
          onChange={(_, data) => setName(data.value)}
        >
          <option value={ALL}>{tv('splits.all')}</option>
          {view.municipalities.map((m) => (
            <option key={m.name} value={m.name}>
              {m.name}
            </option>
          ))}
        </Select>
      </Field>
      {picked ? (
        <>
          <OneMunicipality tv={tv} language={language} view={view} m={picked} format={format} />
          <GoingAlone tv={tv} currency={view.currency} m={picked} format={format} />
        </>
      ) : (
        <>
          <Field label={tv('splits.key')}>
            <Select
              className={styles.select}
              select={{ className: styles.selectInner }}
              value={String(keyIndex)}
              onChange={(_, data) => setKeyIndex(Number(data.value))}
            >
              {view.keys.map((key, i) => (
                <option key={keyLabel(key, tv, language)} value={String(i)}>
                  {keyLabel(key, tv, language)}
                </option>
              ))}
            </Select>
          </Field>
          <AllMunicipalities
            tv={tv}
            language={language}
            view={view}
            keyIndex={keyIndex}
            format={format}
          />
        </>
      )}
    </section>
  );
}

export interface OneProps {
  readonly tv: ViewTranslate;
  readonly language: Language;
  readonly view: SplitView;
  readonly m: MunicipalitySplits;
  readonly format: Formats;
}

export function OneMunicipality({ tv, language, view, m, format }: OneProps): JSX.Element {
  const styles = useViewStyles();
  const title = tv('splits.pays', {
    name: m.name,
    years: yearsLabel(view.years, tv),
    currency: view.currency,
  });
  const rows = [
    { label: tv('key.chosen'), total: m.chosen, difference: null, percent: null },
    ...m.alternatives.map((a, i) => ({
      label: keyLabel(view.keys[i] ?? { kind: 'population' }, tv, language),
      total: a.total,
      difference: a.difference,
      percent: a.percent,
    })),
  ];
  return (
    <>
      <Subtitle2 as="h3" id="samkost-splits-one" className={styles.heading}>
        {title}
      </Subtitle2>
      <BarChart
        id="samkost-splits-chart"
        title={title}
        description={tv('splits.chart', {
          values: rows.map((r) => `${r.label} ${format.money(r.total)}`).join('; '),
        })}
        bars={rows.map((r, i) => ({
          label: r.label,
          value: r.total,
          text: format.money(r.total),
          highlight: i === 0,
        }))}
      />
      <Table size="extra-small" className={styles.table} aria-labelledby="samkost-splits-one">
        <FiguresHeader
          label={tv('splits.keyColumn')}
          figures={[tv('splits.total'), tv('splits.difference')]}
        />
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.label}>
              <TableCell className={styles.wrap}>{r.label}</TableCell>
              <TableCell className={styles.number}>{format.money(r.total)}</TableCell>
              <TableCell className={styles.number}>
                {r.difference === null ? '' : format.change(r.difference)}
                {r.difference !== null && (
                  <span className={styles.sub}>{format.percent(r.percent)}</span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

export interface AllProps {
  readonly tv: ViewTranslate;
  readonly language: Language;
  readonly view: SplitView;
  readonly keyIndex: number;
  readonly format: Formats;
}

export function AllMunicipalities(props: AllProps): JSX.Element {
  const { tv, language, view, keyIndex, format } = props;
  const styles = useViewStyles();
  const key = keyLabel(view.keys[keyIndex] ?? { kind: 'population' }, tv, language);
  const title = tv('splits.allPays', {
    key,
    years: yearsLabel(view.years, tv),
    currency: view.currency,
  });
  const rows = view.municipalities.map((m) => ({ m, a: m.alternatives[keyIndex] }));
  return (
    <>
      <Subtitle2 as="h3" id="samkost-splits-all" className={styles.heading}>
        {title}
      </Subtitle2>
      <BarChart
        id="samkost-splits-chart"
        title={title}
        description={tv('splits.chart', {
          values: rows
            .map(({ m, a }) => `${m.name} ${format.change(a?.difference ?? 0)}`)
            .join('; '),
        })}
        bars={rows.map(({ m, a }) => ({
          label: m.name,
          value: a?.difference ?? 0,
          text: `${format.change(a?.difference ?? 0)} (${format.percent(a?.percent ?? null)})`,
        }))}
      />
      <Table size="extra-small" className={styles.table} aria-labelledby="samkost-splits-all">
        <FiguresHeader label={tv('splits.municipality')} figures={[key, tv('splits.difference')]} />
        <TableBody>
          {rows.map(({ m, a }) => (
            <TableRow key={m.name}>
              <TableCell className={styles.wrap}>{m.name}</TableCell>
              <TableCell className={styles.number}>
                {format.money(a?.total ?? m.chosen)}
                <span className={styles.sub}>
                  {tv('key.chosen')}: {format.money(m.chosen)}
                </span>
              </TableCell>
              <TableCell className={styles.number}>
                {format.change(a?.difference ?? 0)}
                <span className={styles.sub}>{format.percent(a?.percent ?? null)}</span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

export interface AloneProps {
  readonly tv: ViewTranslate;
  readonly currency: string;
  readonly m: MunicipalitySplits;
  readonly format: Formats;
}

export function GoingAlone({ tv, currency, m, format }: AloneProps): JSX.Element {
  const styles = useViewStyles();
  const alike = m.likeForLike;
  return (
    <>
      <Subtitle2 as="h3" id="samkost-alone" className={styles.heading}>
        {tv('alone.heading', { currency })}
      </Subtitle2>
      {alike === null ? (
        <Body1>{tv('alone.none', { name: m.name })}</Body1>
      ) : (
        <>
          <Body1>{tv('alone.intro', { name: m.name })}</Body1>
          <Table size="extra-small" className={styles.table} aria-labelledby="samkost-alone">
            <FiguresHeader
              label={tv('alone.item')}
              figures={[tv('alone.shared'), tv('alone.alone')]}
            />
            <TableBody>
              {[...alike.items, { item: tv('alone.total'), ...alike }].map((row) => (
                <TableRow key={row.item}>
                  <TableCell className={styles.wrap}>{row.item}</TableCell>
                  <TableCell className={styles.number}>{format.money(row.shared)}</TableCell>
                  <TableCell className={styles.number}>
                    {format.money(row.standAlone)}
                    <span className={styles.sub}>
                      {tv('alone.saving')}: {format.change(row.saving)}
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </>
  );
}
