/** The words of `samkost merge-scores`, in nb, sv, en and es. */
import type { MergeProblemCode } from '../engine/scores/merge';
import { fill, type Catalogue, type Language } from './language';

const en = {
  'usage.mergeScores': [
    '  samkost merge-scores <council.xlsx> <member.xlsx>… [-o <out.xlsx>] [--lang nb|sv|en|es]',
    "      Bring each member's own Scores rows into the council's workbook (added or updated by",
    "      Proposal and Scorer; nobody else's rows touched). Writes <council>.merged.xlsx by default.",
  ].join('\n'),
  'error.missingMembers': 'name the council workbook and at least one member workbook',
  'error.sameFile':
    'the output would overwrite {file}, one of the workbooks read; choose another file with -o',
  'error.councilProblems': 'the council workbook {file} has problems of its own; fix them first:',
  'error.noTable':
    '{file}: Scores must be an Excel table (Insert > Table) for scores to be merged into it',
  'error.totalsRow':
    '{file} {cell}: the Scores table has a totals row; remove it so that rows can be added',
  'error.formula': '{file} {cell}: the cell holds a formula; Samkost does not overwrite formulas',
  'error.occupied':
    '{file} {cell}: the Scores table would grow over this cell; move what is there and merge again',
  'problems.header': '{count} problem(s) in the files; nothing was written:',
  done: 'Scores of {scorers} merged: {updated} row(s) updated, {added} added. Written: {output}',
  NO_SCORES: 'the workbook has no Scores table',
  MISSING_COLUMN: 'the Scores table has no {found} column',
  UNKNOWN_CRITERION: 'the council workbook has no criterion "{found}"',
  COUNCIL_MISSING_COLUMN: 'the council\'s Scores table has no column for the criterion "{found}"',
  NO_SCORER: 'the Scorer is blank',
  SEVERAL_SCORERS:
    'a member file holds one scorer\'s rows; found "{found}" here and another scorer at {other}',
  SCORER_IN_TWO_FILES: '"{found}" also scores in {other}',
  NO_PROPOSAL: 'the Proposal is blank',
  UNKNOWN_PROPOSAL: 'the council workbook has no proposal "{found}"',
  DUPLICATE_PROPOSAL: 'proposal "{found}" is scored twice (first at {other})',
  BAD_SCORE: 'expected a score from 0 to {max}, found "{found}"',
};

type MergeKey = keyof typeof en;

const nb: Readonly<Record<MergeKey, string>> = {
  'usage.mergeScores': [
    '  samkost merge-scores <råd.xlsx> <medlem.xlsx>… [-o <ut.xlsx>] [--lang nb|sv|en|es]',
    '      Hent hvert medlems egne rader i Scores inn i rådets arbeidsbok (lagt til eller oppdatert',
    '      etter Tiltak og Vurdert av; ingen andres rader røres). Skriver <råd>.merged.xlsx som standard.',
  ].join('\n'),
  'error.missingMembers': 'oppgi rådets arbeidsbok og minst én medlemsarbeidsbok',
  'error.sameFile':
    'resultatet ville skrevet over {file}, en av arbeidsbøkene som leses; velg en annen fil med -o',
  'error.councilProblems': 'rådets arbeidsbok {file} har egne feil; rett dem først:',
  'error.noTable':
    '{file}: Scores må være en Excel-tabell (Sett inn > Tabell) for at vurderinger kan slås sammen inn i den',
  'error.totalsRow':
    '{file} {cell}: Scores-tabellen har en totalrad; fjern den så rader kan legges til',
  'error.formula': '{file} {cell}: cellen har en formel; Samkost skriver ikke over formler',
  'error.occupied':
    '{file} {cell}: Scores-tabellen ville vokst over denne cellen; flytt det som står der og slå sammen igjen',
  'problems.header': '{count} feil i filene; ingenting ble skrevet:',
  done: 'Vurderingene til {scorers} er slått sammen: {updated} rad(er) oppdatert, {added} lagt til. Skrevet: {output}',
  NO_SCORES: 'arbeidsboken har ingen Scores-tabell',
  MISSING_COLUMN: 'Scores-tabellen mangler kolonnen {found}',
  UNKNOWN_CRITERION: 'rådets arbeidsbok har ikke kriteriet «{found}»',
  COUNCIL_MISSING_COLUMN: 'rådets Scores-tabell har ingen kolonne for kriteriet «{found}»',
  NO_SCORER: 'Vurdert av er tom',
  SEVERAL_SCORERS:
    'en medlemsfil har én vurderers rader; fant «{found}» her og en annen vurderer i {other}',
  SCORER_IN_TWO_FILES: '«{found}» vurderer også i {other}',
  NO_PROPOSAL: 'Tiltak er tom',
  UNKNOWN_PROPOSAL: 'rådets arbeidsbok har ikke tiltaket «{found}»',
  DUPLICATE_PROPOSAL: 'tiltaket «{found}» er vurdert to ganger (først i {other})',
  BAD_SCORE: 'ventet en vurdering fra 0 til {max}, fant «{found}»',
};

const sv: Readonly<Record<MergeKey, string>> = {
  'usage.mergeScores': [
    '  samkost merge-scores <råd.xlsx> <ledamot.xlsx>… [-o <ut.xlsx>] [--lang nb|sv|en|es]',
    '      Hämta varje ledamots egna rader i Scores till rådets arbetsbok (tillagda eller uppdaterade',
    '      efter Förslag och Bedömare; ingen annans rader rörs). Skriver <råd>.merged.xlsx som standard.',
  ].join('\n'),
  'error.missingMembers': 'ange rådets arbetsbok och minst en ledamots arbetsbok',
  'error.sameFile':
    'resultatet skulle skriva över {file}, en av arbetsböckerna som läses; välj en annan fil med -o',
  'error.councilProblems': 'rådets arbetsbok {file} har egna fel; rätta dem först:',
  'error.noTable':
    '{file}: Scores måste vara en Excel-tabell (Infoga > Tabell) för att bedömningar ska kunna slås samman in i den',
  'error.totalsRow':
    '{file} {cell}: Scores-tabellen har en summarad; ta bort den så att rader kan läggas till',
  'error.formula': '{file} {cell}: cellen har en formel; Samkost skriver inte över formler',
  'error.occupied':
    '{file} {cell}: Scores-tabellen skulle växa över den här cellen; flytta det som står där och slå samman igen',
  'problems.header': '{count} fel i filerna; inget skrevs:',
  done: 'Bedömningarna från {scorers} är sammanslagna: {updated} rad(er) uppdaterade, {added} tillagda. Skrivet: {output}',
  NO_SCORES: 'arbetsboken har ingen Scores-tabell',
  MISSING_COLUMN: 'Scores-tabellen saknar kolumnen {found}',
  UNKNOWN_CRITERION: 'rådets arbetsbok har inte kriteriet ”{found}”',
  COUNCIL_MISSING_COLUMN: 'rådets Scores-tabell har ingen kolumn för kriteriet ”{found}”',
  NO_SCORER: 'Bedömare är tom',
  SEVERAL_SCORERS:
    'en ledamotsfil har en bedömares rader; hittade ”{found}” här och en annan bedömare i {other}',
  SCORER_IN_TWO_FILES: '”{found}” bedömer också i {other}',
  NO_PROPOSAL: 'Förslag är tom',
  UNKNOWN_PROPOSAL: 'rådets arbetsbok har inte förslaget ”{found}”',
  DUPLICATE_PROPOSAL: 'förslaget ”{found}” är bedömt två gånger (först i {other})',
  BAD_SCORE: 'väntade en bedömning från 0 till {max}, hittade ”{found}”',
};

const es: Readonly<Record<MergeKey, string>> = {
  'usage.mergeScores': [
    '  samkost merge-scores <consejo.xlsx> <miembro.xlsx>… [-o <salida.xlsx>] [--lang nb|sv|en|es]',
    '      Lleva las filas de Scores de cada miembro al libro del consejo (añadidas o actualizadas por',
    '      Propuesta y Evaluador; las de los demás no se tocan). Escribe <consejo>.merged.xlsx por defecto.',
  ].join('\n'),
  'error.missingMembers': 'indique el libro del consejo y al menos un libro de miembro',
  'error.sameFile':
    'la salida sobrescribiría {file}, uno de los libros leídos; elija otro archivo con -o',
  'error.councilProblems':
    'el libro del consejo {file} tiene problemas propios; corríjalos primero:',
  'error.noTable':
    '{file}: Scores debe ser una tabla de Excel (Insertar > Tabla) para combinar puntuaciones en ella',
  'error.totalsRow':
    '{file} {cell}: la tabla Scores tiene una fila de totales; quítela para poder añadir filas',
  'error.formula': '{file} {cell}: la celda tiene una fórmula; Samkost no sobrescribe fórmulas',
  'error.occupied':
    '{file} {cell}: la tabla Scores crecería sobre esta celda; mueva lo que hay y vuelva a combinar',
  'problems.header': '{count} problema(s) en los archivos; no se escribió nada:',
  done: 'Puntuaciones de {scorers} combinadas: {updated} fila(s) actualizadas, {added} añadidas. Escrito: {output}',
  NO_SCORES: 'el libro no tiene tabla Scores',
  MISSING_COLUMN: 'la tabla Scores no tiene la columna {found}',
  UNKNOWN_CRITERION: 'el libro del consejo no tiene el criterio «{found}»',
  COUNCIL_MISSING_COLUMN: 'la tabla Scores del consejo no tiene columna para el criterio «{found}»',
  NO_SCORER: 'el Evaluador está vacío',
  SEVERAL_SCORERS:
    'un archivo de miembro contiene las filas de un solo evaluador; aquí hay «{found}» y otro evaluador en {other}',
  SCORER_IN_TWO_FILES: '«{found}» también puntúa en {other}',
  NO_PROPOSAL: 'la Propuesta está vacía',
  UNKNOWN_PROPOSAL: 'el libro del consejo no tiene la propuesta «{found}»',
  DUPLICATE_PROPOSAL: 'la propuesta «{found}» se puntúa dos veces (primero en {other})',
  BAD_SCORE: 'se esperaba una puntuación de 0 a {max}, se encontró «{found}»',
};

const MERGE_TEXT: Catalogue<MergeKey> = { en, nb, sv, es };

export type MergeTranslate = (
  key: MergeKey | MergeProblemCode,
  params?: Readonly<Record<string, string | number>>,
) => string;

export function mergeScoresText(language: Language): MergeTranslate {
  const strings = MERGE_TEXT[language];
  return (key, params) => fill(strings[key], params ?? {});
}
