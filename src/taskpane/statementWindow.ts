/**
 * A statement's HTML handed to the user: a Blob URL, opened in a new window where the host allows
 * one (Excel on the web: a browser tab), and offered as a file to save wherever it does not (a
 * desktop web view may refuse windows; `Office.context.ui.openBrowserWindow` cannot reach a Blob
 * URL, and a dialog needs a page on the add-in's own domain).
 */

export interface StatementFile {
  readonly url: string;
  readonly fileName: string;
  /** Whether a new window opened with it. */
  readonly opened: boolean;
  /** Frees the Blob URL. */
  revoke(): void;
}

export function openStatement(html: string, fileName: string): StatementFile {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const opened = window.open(url, '_blank');
  // The statement runs no script, but keep the new window from reaching back into the pane.
  if (opened) opened.opener = null;
  return {
    url,
    fileName,
    opened: opened !== null,
    revoke: () => URL.revokeObjectURL(url),
  };
}
