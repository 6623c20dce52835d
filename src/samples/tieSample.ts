/**
 * A small workbook whose one cost leaves two remainder units among tied fractional parts: the first
 * goes by the larger weight (Alfa), the second by the name that sorts first (Beta before Gamma).
 * 10 000,05 kr over populations 4000, 1000, 1000 and 3000 (ΣW = 9000): 1 000 005 øre give the
 * floors 444 446, 111 111, 111 111 and 333 335 (Σ 1 000 003) and fractional parts 2/3, 2/3, 2/3, 0.
 * The explain tests, the CLI's and the browser's, use it; the preview offers it as `?sample=tie`.
 */
import { inputFormats } from '../engine/template';
import type { TableSheet } from '../engine/table';

export const TIE_ITEM = 'Felles lisens';

export const tieSample: readonly TableSheet[] = [
  {
    tableName: 'Municipalities',
    sheetName: 'Municipalities',
    headers: ['Municipality', 'Population', 'PCs'],
    formats: inputFormats('Municipalities').slice(0, 3),
    rows: [
      ['Alfa', 4000, 40],
      ['Gamma', 1000, 10],
      ['Beta', 1000, 10],
      ['Delta', 3000, 30],
    ],
  },
  {
    tableName: 'Costs',
    sheetName: 'Costs',
    headers: ['Item', 'Amount', 'Kind', 'Key', 'Participants', 'Year'],
    formats: inputFormats('Costs'),
    rows: [[TIE_ITEM, 10_000.05, 'annual', 'population', null, null]],
  },
  {
    tableName: 'Settings',
    sheetName: 'Settings',
    headers: ['Setting', 'Value'],
    rows: [
      ['Currency', 'NOK'],
      ['PlanningYear', 2026],
    ],
  },
];
