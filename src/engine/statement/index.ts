/** A municipality's statement, print-ready HTML (issue 11, item 5). */
export { escapeHtml, statementHtml } from './statement';
