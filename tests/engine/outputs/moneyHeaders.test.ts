/** Every money column of the outputs says which currency it is in; nothing else does. */
import { runEngine } from '../../../src/engine/run';
import { workbookTables } from '../parse/tableBuilder';

const TODAY = { year: 2026, month: 11, day: 28 } as const;

function run(settings: readonly (readonly (string | number)[])[]) {
  const result = runEngine(
    workbookTables({
      Municipalities: [
        ['Municipality', 'Population', 'PCs'],
        ['Vennesla', 15000, 900],
        ['Iveland', 1300, 80],
      ],
      Costs: [
        ['Item', 'Amount', 'Key'],
        ['Felles drift', 100000, 'population'],
        ['Lisens', 4000, 'pcs'],
      ],
      ...(settings.length > 0 ? { Settings: [['Setting', 'Value'], ...settings] } : {}),
    }),
    { language: 'nb', today: TODAY, solver: null },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.outputs;
}

describe('money headers', () => {
  it('carry the workbook’s currency, in Allocation’s amount and every municipality column', () => {
    const allocation = run([['Currency', 'SEK']]).find((t) => t.name === 'Allocation');
    expect(allocation?.headers).toEqual([
      'Post',
      'Tiltak',
      'Kilde',
      'Type',
      'Nøkkel',
      'Beløp (SEK)',
      'Vennesla (SEK)',
      'Iveland (SEK)',
    ]);
    // Its totals, under it, show the very same columns.
    expect(allocation?.footer?.headers).toEqual(allocation?.headers);
  });

  it('go on every money column of every output and on no other column', () => {
    for (const table of run([])) {
      table.headers.forEach((header, c) => {
        expect([table.name, header.endsWith(' (NOK)')]).toEqual([
          table.name,
          table.formats[c] === 'currency',
        ]);
      });
    }
  });
});
