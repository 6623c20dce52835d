/** Styles shared by the municipalities' and council's views: columns that fit or wrap at 320 px. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useViewStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  table: { tableLayout: 'auto', width: '100%' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { justifyContent: 'flex-end', textAlign: 'right' },
  wrap: { overflowWrap: 'anywhere' },
  /** A second line under a figure: it may wrap where the figure may not. */
  sub: { display: 'block', color: tokens.colorNeutralForeground2, whiteSpace: 'normal' },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { overflowWrap: 'anywhere' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  score: { maxWidth: '8em' },
  /** A select as wide as the pane, never as its longest option (which would scroll sideways). */
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
  selectInner: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  outlier: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});
