/**
 * A read-only picture of the fake workbook beside the pane: sheet tabs and a grid of values,
 * with the selected cell highlighted. It follows the workbook as the pane changes it, and a
 * click on a cell selects it as in Excel (the pane hears of it, and follows).
 */
import { useEffect, useReducer, useState, type CSSProperties } from 'react';
import { columnName } from '../engine/table';

/** What the view reads from the fake workbook (src/preview/fakeExcel's FakeWorkbook). */
export interface ViewableWorkbook {
  sheetNames(): readonly string[];
  sheet(name: string): { readonly values: readonly (readonly unknown[])[] } | undefined | null;
  readonly selection: { readonly sheet: string; readonly address: string } | null;
  subscribe(listener: () => void): () => void;
  /** The user selects a cell. */
  userSelects(sheet: string, address: string): void;
}

/** Rows drawn per sheet: enough for every sample, bounded for a pasted giant. */
const MAX_ROWS = 300;

/** `B7`, `$B$7`, `Sheet!B7:C9` → `B7` (the top-left cell). */
export function topLeftCell(address: string): string {
  const local = address.slice(address.lastIndexOf('!') + 1);
  return (local.split(':')[0] ?? '').replace(/\$/g, '').toUpperCase();
}

const display = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'error' in value) return String(value.error);
  return String(value);
};

const styles: Record<string, CSSProperties> = {
  root: { display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 },
  tabs: {
    display: 'flex',
    gap: 2,
    flexWrap: 'wrap',
    padding: '4px 4px 0',
    borderBottom: '1px solid #8a8a8a',
    background: '#f3f3f3',
  },
  tab: {
    border: '1px solid #c8c8c8',
    borderBottom: 'none',
    background: '#e6e6e6',
    padding: '3px 10px',
    fontFamily: 'inherit',
    fontSize: 'inherit',
    cursor: 'pointer',
    color: '#1f1f1f',
  },
  activeTab: { background: '#ffffff', fontWeight: 600, color: '#0e5c2f' },
  scroll: { overflow: 'auto', flex: 1, background: '#ffffff' },
  grid: { borderCollapse: 'collapse', fontSize: 12, color: '#1f1f1f' },
  head: {
    background: '#f3f3f3',
    color: '#424242',
    border: '1px solid #d0d0d0',
    padding: '1px 6px',
    fontWeight: 400,
    position: 'sticky',
    top: 0,
  },
  cell: {
    border: '1px solid #e1e1e1',
    padding: '1px 6px',
    whiteSpace: 'nowrap',
    maxWidth: 220,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  selected: { outline: '2px solid #107c41', outlineOffset: -2, background: '#e9f5ee' },
};

export function WorkbookView({ workbook }: { readonly workbook: ViewableWorkbook }): JSX.Element {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => workbook.subscribe(redraw), [workbook]);
  const names = workbook.sheetNames();
  const [chosen, choose] = useState<string | null>(null);
  const selection = workbook.selection;
  // Follow the selection to its sheet when the pane selects a cell.
  const selectionKey = selection ? `${selection.sheet}!${selection.address}` : null;
  const [followed, follow] = useState(selectionKey);
  if (selectionKey !== followed) {
    follow(selectionKey);
    if (selection) choose(selection.sheet);
  }
  const active = chosen !== null && names.includes(chosen) ? chosen : (names[0] ?? null);
  const values = active ? (workbook.sheet(active)?.values ?? []) : [];
  const selected = selection && selection.sheet === active ? topLeftCell(selection.address) : null;
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);

  return (
    <section style={styles.root} aria-label="Workbook" data-testid="workbook">
      <div role="tablist" aria-label="Sheets" style={styles.tabs}>
        {names.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === active}
            data-sheet={name}
            style={{ ...styles.tab, ...(name === active ? styles.activeTab : {}) }}
            onClick={() => choose(name)}
          >
            {name}
          </button>
        ))}
      </div>
      <div style={styles.scroll} role="tabpanel" aria-label={active ?? ''} tabIndex={0}>
        <table style={styles.grid} data-testid="grid" data-active-sheet={active ?? ''}>
          <thead>
            <tr>
              <th style={styles.head} aria-label="Row" />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} style={styles.head} scope="col">
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {values.slice(0, MAX_ROWS).map((row, r) => (
              <tr key={r}>
                <th style={styles.head} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: width }, (_, c) => {
                  const address = `${columnName(c)}${r + 1}`;
                  const isSelected = address === selected;
                  return (
                    <td
                      key={c}
                      data-address={address}
                      data-selected={isSelected || undefined}
                      style={{ ...styles.cell, ...(isSelected ? styles.selected : {}) }}
                      onClick={() => active && workbook.userSelects(active, address)}
                    >
                      {display(row[c])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
