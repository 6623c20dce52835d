/** What a run says about where its outputs went (contract v1.1 §6), in nb, sv, en and es. */
import type { WriteNotice } from '../engine/table';
import { fill, type Catalogue, type Language } from './language';

const en = {
  table:
    'Your table "{holder}" already has the name {output}: it was left as it is, and the output is the table {table} on the sheet "{sheet}".',
  sheet:
    'Your sheet "{holder}" was left as it is: the output {output} is on the sheet "{sheet}" instead.',
  name: 'A name in your workbook is already {output}: the output is the table {table} on the sheet "{sheet}".',
  moved:
    'Writing {output} where it stood on "{from}" would have covered your cells: it is now the table {table} on the sheet "{sheet}".',
};

type Key = keyof typeof en;

const CATALOGUE: Catalogue<Key> = {
  en,
  nb: {
    table:
      'Tabellen din «{holder}» heter allerede {output}: den er latt urørt, og resultatet er tabellen {table} på arket «{sheet}».',
    sheet:
      'Arket ditt «{holder}» er latt urørt: resultatet {output} står på arket «{sheet}» i stedet.',
    name: 'Et navn i arbeidsboken heter allerede {output}: resultatet er tabellen {table} på arket «{sheet}».',
    moved:
      'Å skrive {output} der den sto på «{from}» ville dekket cellene dine: den er nå tabellen {table} på arket «{sheet}».',
  },
  sv: {
    table:
      'Din tabell ”{holder}” heter redan {output}: den har lämnats orörd, och resultatet är tabellen {table} på bladet ”{sheet}”.',
    sheet:
      'Ditt blad ”{holder}” har lämnats orört: resultatet {output} står på bladet ”{sheet}” i stället.',
    name: 'Ett namn i arbetsboken heter redan {output}: resultatet är tabellen {table} på bladet ”{sheet}”.',
    moved:
      'Att skriva {output} där den stod på ”{from}” skulle ha täckt dina celler: den är nu tabellen {table} på bladet ”{sheet}”.',
  },
  es: {
    table:
      'Su tabla «{holder}» ya se llama {output}: se ha dejado tal cual, y el resultado es la tabla {table} en la hoja «{sheet}».',
    sheet:
      'Su hoja «{holder}» se ha dejado tal cual: el resultado {output} está en la hoja «{sheet}».',
    name: 'Un nombre de su libro ya es {output}: el resultado es la tabla {table} en la hoja «{sheet}».',
    moved:
      'Escribir {output} donde estaba en «{from}» habría cubierto sus celdas: ahora es la tabla {table} en la hoja «{sheet}».',
  },
};

/** A notice as one sentence in `language`. */
export function noticeMessage(notice: WriteNotice, language: Language): string {
  const text = CATALOGUE[language];
  const common = { output: notice.output, table: notice.tableName, sheet: notice.sheetName };
  if (notice.code === 'MOVED') return fill(text.moved, { ...common, from: notice.from });
  return fill(text[notice.takenBy.kind], { ...common, holder: notice.takenBy.name });
}
