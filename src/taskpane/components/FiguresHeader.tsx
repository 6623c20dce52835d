/** The header of a view's figures table: what each row is, then its figures, right-aligned. */
import { TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useViewStyles } from './viewStyles';

export function FiguresHeader(props: {
  readonly label: string;
  readonly figures: readonly string[];
}): JSX.Element {
  const styles = useViewStyles();
  return (
    <TableHeader>
      <TableRow>
        <TableHeaderCell>{props.label}</TableHeaderCell>
        {props.figures.map((figure, column) => (
          // Columns never move, so their place is their key (two figures may share a label).
          <TableHeaderCell key={column} className={styles.numberHeader}>
            {figure}
          </TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
}
