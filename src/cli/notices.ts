/** The write's notices as `--json` gives them: an additive field beside contract §8's. */
import type { WriteNotice } from '../engine/table';
import type { Language } from '../i18n/language';
import { noticeMessage } from '../i18n/notices';

export interface NoticeJson {
  readonly code: WriteNotice['code'];
  /** The contract's name of the output (`Allocation`, …). */
  readonly output: string;
  /** Where it was written: the table's and the sheet's names. */
  readonly table: string;
  readonly sheet: string;
  /** The notice in the run's language, as the summary prints it. */
  readonly message: string;
}

export const noticesJson = (notices: readonly WriteNotice[], language: Language): NoticeJson[] =>
  notices.map((notice) => ({
    code: notice.code,
    output: notice.output,
    table: notice.tableName,
    sheet: notice.sheetName,
    message: noticeMessage(notice, language),
  }));
