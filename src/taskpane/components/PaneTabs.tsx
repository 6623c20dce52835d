/**
 * The pane's tabs. Each fits as long as the pane is wide enough; when it is not (Spanish at
 * 320 px, say), the tabs that do not fit fold into a "more" menu beside the list, the open tab
 * always staying in view, so the pane never scrolls sideways.
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import type { Translate } from '../../i18n/ui';
import { TABS, type TabId } from '../state';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', minWidth: 0, overflow: 'hidden' },
  list: { minWidth: 0, flexWrap: 'nowrap' },
});

export const tabId = (tab: TabId): string => `samkost-tab-${tab}`;

export interface PaneTabsProps {
  readonly t: Translate;
  readonly tab: TabId;
  readonly labels: Readonly<Record<TabId, string>>;
  readonly onSelect: (tab: TabId) => void;
}

export function PaneTabs({ t, tab, labels, onSelect }: PaneTabsProps): JSX.Element {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={1}>
      <div className={styles.row}>
        <TabList
          className={styles.list}
          selectedValue={tab}
          onTabSelect={(_, data) => onSelect(data.value as TabId)}
          aria-label={t('tab.label')}
        >
          {TABS.map((id) => (
            // The open tab is the last to fold away.
            <OverflowItem key={id} id={id} priority={id === tab ? 2 : 1}>
              <Tab id={tabId(id)} value={id}>
                {labels[id]}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreTabs t={t} labels={labels} onSelect={onSelect} />
      </div>
    </Overflow>
  );
}

function MoreTabs({ t, labels, onSelect }: Omit<PaneTabsProps, 'tab'>): JSX.Element | null {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          icon={<MoreHorizontalRegular />}
          aria-label={t('tab.more', { count: overflowCount })}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {TABS.map((id) => (
            <FoldedTab key={id} id={id} label={labels[id]} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A tab in the "more" menu: there only while it is folded out of the list. */
function FoldedTab(props: {
  id: TabId;
  label: string;
  onSelect: (tab: TabId) => void;
}): JSX.Element | null {
  const visible = useIsOverflowItemVisible(props.id);
  if (visible) return null;
  return <MenuItem onClick={() => props.onSelect(props.id)}>{props.label}</MenuItem>;
}
