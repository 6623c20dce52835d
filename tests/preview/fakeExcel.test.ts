/** The fake Excel keeps Office.js's batching rules, so adapter tests against it mean something. */
import { FakeWorkbook } from '../../src/preview/fakeExcel';
import { INPUT_SHEETS } from '../workbook/excel/fixtures';

const book = () => FakeWorkbook.fromTableSheets(INPUT_SHEETS);

describe('FakeWorkbook', () => {
  it('holds each table sheet as an Excel table from A1', () => {
    const sheet = book().sheet('Kommuner');
    expect(sheet?.tables).toEqual([{ name: 'Municipalities', range: 'A1:C4' }]);
    expect(sheet?.values[1]).toEqual(['Arendal', 45672, 2100]);
  });

  it('reads the active cell as the top-left of what the user selected, on the active sheet', async () => {
    const workbook = book();
    workbook.userSelects('Kostnader', 'B3:C4');
    await workbook.run(async (context) => {
      const cell = context.workbook.getActiveCell().load('address');
      await context.sync();
      expect(cell.address).toBe('Kostnader!B3');
    });
    expect(workbook.activeSheet).toBe('Kostnader');
  });

  it('adds a selection handler only when its batch syncs, and removes it the same way', async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      const added = context.workbook.onSelectionChanged.add(() => Promise.resolve());
      expect(workbook.selectionWatchers).toBe(0);
      await context.sync();
      expect(workbook.selectionWatchers).toBe(1);
      added.remove();
      expect(workbook.selectionWatchers).toBe(1);
      await context.sync();
      expect(workbook.selectionWatchers).toBe(0);
    });
  });

  it('refuses to read a property before load and sync', async () => {
    await book().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Kommuner');
      sheet.load('name');
      expect(() => sheet.name).toThrow(/not available/);
      await context.sync();
      expect(sheet.name).toBe('Kommuner');
    });
  });

  it('applies queued changes only when the batch syncs', async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem('Kommuner').name = 'Municipalities';
      expect(workbook.sheetNames()).toContain('Kommuner');
      await context.sync();
      expect(workbook.sheetNames()).toContain('Municipalities');
    });
  });

  it('answers getItemOrNullObject with a null object after sync', async () => {
    await book().run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject('Proposals');
      const present = context.workbook.tables.getItemOrNullObject('costs');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('reaches only null objects through a null object, which load as empty', async () => {
    await book().run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject('Proposals');
      const range = missing.getRange().load('rowIndex');
      const below = range.getRowsBelow(1).getEntireRow().getUsedRangeOrNullObject(false);
      below.load('rowIndex');
      const charts = missing.worksheet.charts.load('items/name');
      await context.sync();
      expect([range.isNullObject, below.isNullObject]).toEqual([true, true]);
      expect(charts.items).toEqual([]);
    });
  });

  it('gives the whole row under a range, and refuses one past the last row', async () => {
    await book().run(async (context) => {
      const costs = context.workbook.tables.getItem('Costs').getRange();
      const row = costs.getRowsBelow(1).getEntireRow().load('address');
      await context.sync();
      expect(row.address).toBe('Kostnader!A4:XFD4');
      context.workbook.worksheets.getItem('Kostnader').getRange('A1048576').getRowsBelow(1);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('types written values as Excel would: formulas, numbers, and quote-prefixed text', async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Kommuner').getRange('E1:E4');
      range.values = [['=SUM(B2:B4)'], ['007'], ["'007"], ["'=1+1"]];
      await context.sync();
    });
    const sheet = workbook.sheet('Kommuner');
    expect(sheet?.values.map((row) => row[4])).toEqual([{ error: '#NAME?' }, 7, '007', '=1+1']);
    expect(sheet?.formulas).toEqual({ E1: '=SUM(B2:B4)' });
  });

  it('stops a failing batch at the failing call; earlier calls stay done', async () => {
    const workbook = book();
    await expect(
      workbook.run(async (context) => {
        context.workbook.worksheets.getItem('Kommuner').name = 'First';
        context.workbook.worksheets.getItem('Nowhere').name = 'Second';
        context.workbook.worksheets.getItem('Kostnader').name = 'Third';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(workbook.sheetNames()).toEqual(['First', 'Kostnader', 'Innstillinger']);
  });

  it('fails the sync it was told to, after the given number of calls', async () => {
    const workbook = book();
    workbook.failNextSync({ afterOperations: 2, code: 'GeneralException' });
    await expect(
      workbook.run(async (context) => {
        const sheets = context.workbook.worksheets; // creating the collection is a call too
        sheets.getItem('Kommuner').name = 'A';
        sheets.getItem('Kostnader').name = 'B';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(workbook.syncCount).toBe(1);
    expect(workbook.sheetNames()).toEqual(['Kommuner', 'Kostnader', 'Innstillinger']);
  });

  it('finds again, in the next batch, an object whose creation a failed batch never reached', async () => {
    const workbook = book();
    workbook.failNextSync({ afterOperations: 0, code: 'GeneralException' });
    await workbook.run(async (context) => {
      const tables = context.workbook.tables.load('items/name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      tables.load('items/name');
      await context.sync();
      expect(tables.items.map((t) => t.name)).toEqual(['Municipalities', 'Costs', 'Settings']);
    });
  });

  it('tells subscribers about syncs that changed something, and only those', async () => {
    const workbook = book();
    const listener = jest.fn();
    const unsubscribe = workbook.subscribe(listener);
    await workbook.run(async (context) => {
      context.workbook.worksheets.load('items/name');
      await context.sync();
    });
    expect(listener).not.toHaveBeenCalled();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem('Kommuner').getRange('A2').select();
      await context.sync();
    });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(workbook.selection).toEqual({ sheet: 'Kommuner', address: 'A2' });
    unsubscribe();
  });

  it('keeps table names unique across the workbook, case-insensitively', async () => {
    const workbook = book();
    await expect(
      workbook.run(async (context) => {
        context.workbook.tables.getItem('Costs').name = 'MUNICIPALITIES';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('keeps a name’s reference in step with its sheet’s renames, and #REF! once it is deleted', async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      const added = context.workbook.names.add('Kept', '=Kommuner!$A$1:$C$4', 'a comment');
      added.visible = false;
      context.workbook.worksheets.getItem('Kommuner').name = 'Mine kommuner';
      await context.sync();
    });
    expect(workbook.names()).toEqual([
      { name: 'Kept', formula: "='Mine kommuner'!$A$1:$C$4", comment: 'a comment', visible: false },
    ]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem('Mine kommuner').delete();
      await context.sync();
    });
    expect(workbook.names()[0]?.formula).toBe('=#REF!$A$1:$C$4');
  });

  it('refuses a table named as a defined name, and a name given to a table', async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      context.workbook.names.add('Totals', '=Kommuner!$A$1', '');
      await context.sync();
    });
    const attempt = (change: (context: Excel.RequestContext) => void) =>
      workbook.run(async (context) => {
        change(context);
        await context.sync();
      });
    await expect(
      attempt((context) => {
        context.workbook.tables.getItem('Costs').name = 'totals';
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(
      attempt((context) => {
        context.workbook.names.add('costs', '=Kommuner!$A$1', '');
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('counts formatted cells in a used range unless asked for values only; clear empties both', async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Kommuner');
      sheet.getRange('F9').numberFormat = [['0.00']];
      const all = sheet.getUsedRangeOrNullObject(false).load('address');
      const values = sheet.getUsedRangeOrNullObject(true).load('address');
      const strip = sheet.getRange('E5:F9').getUsedRangeOrNullObject(false).load('address');
      await context.sync();
      expect([all.address, values.address, strip.address]).toEqual([
        'Kommuner!A1:F9',
        'Kommuner!A1:C4',
        'Kommuner!F9',
      ]);
      sheet.getRange('A1:F9').clear('All');
      const cleared = sheet.getUsedRangeOrNullObject(false);
      await context.sync();
      expect(cleared.isNullObject).toBe(true);
    });
  });
});
