/** A cell reference the user can follow: selecting it in the workbook. */
import { Link } from '@fluentui/react-components';
import type { Translate } from '../../i18n/ui';
import { isSelectable } from '../cells';

export interface CellLinkProps {
  readonly t: Translate;
  readonly cell: string;
  readonly onSelectCell: (address: string) => void;
}

export function CellLink({ t, cell, onSelectCell }: CellLinkProps): JSX.Element {
  if (!isSelectable(cell)) return <span>{cell}</span>;
  return (
    <Link as="button" aria-label={t('cell.select', { cell })} onClick={() => onSelectCell(cell)}>
      {cell}
    </Link>
  );
}
