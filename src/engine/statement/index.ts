/** A municipality's statement, print-ready HTML (issue 11, item 5). */
export { escapeHtml, statementFileName, statementHtml } from './statement';
