/** Output tables as the engine hands them to the adapter, for the write tests. */
import type { OutputTable } from '../../../src/engine/table';

export const allocation: OutputTable = {
  name: 'Allocation',
  sheetName: 'Fordeling',
  headers: ['Post', 'Kilde', 'Beløp', 'Vennesla', 'Iveland'],
  formats: ['text', 'text', 'currency', 'currency', 'currency'],
  rows: [
    ['Felles drift', 'cost', 1000, 916.1, 83.9],
    ['=cmd|"/c calc"!A1', 'cost', 10, 5, 5],
    ['Lisens', 'system', 0, null, true],
  ],
};
export const riskFlags: OutputTable = {
  name: 'RiskFlags',
  sheetName: 'Risiko',
  headers: ['Omfang', 'Gjelder', 'Kode', 'Alvor', 'Melding', 'Celle'],
  formats: ['text', 'text', 'text', 'text', 'text', 'text'],
  rows: [['municipality', 'Iveland', 'ZERO_KEY', 'low', 'Iveland has 0', 'Kommuner!C3']],
};
