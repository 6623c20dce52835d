/**
 * How the results reach the Explain view without threading it through every view: the TaskPane
 * wraps the App in an {@link ExplainProvider} (the service's `explain`, and what is open); the
 * results show each total as an {@link ExplainableTotal} and the open one in an
 * {@link ExplainPanel}; the App opens a share the user selected in Excel through
 * {@link useOpenShare}. Without a provider (a test rendering one view) totals stay plain text.
 */
import { Link, Spinner } from '@fluentui/react-components';
import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { SamkostService } from '../services/samkostService';
import type { SelectedShare } from '../services/allocationShare';
import { explainEntryText } from '../../i18n/explainEntry';
import type { Language } from '../../i18n/language';

// The explain view (and the statement it opens) loads when a total is first clicked.
const ExplainView = lazy(() => import('./ExplainView').then((m) => ({ default: m.ExplainView })));

export type Explain = SamkostService['explain'];

/** What is open: a municipality (from its total), or one of its lines (from a selected cell). */
interface Opened {
  readonly municipality: string;
  readonly share: SelectedShare | null;
  /** Counts openings, so each share opened from a cell gets a view of its own. */
  readonly serial: number;
}

interface Explaining {
  readonly explain: Explain;
  readonly opened: Opened | null;
  open(municipality: string | null): void;
  openShare(share: SelectedShare): void;
}

const ExplainContext = createContext<Explaining | null>(null);

export interface ExplainProviderProps {
  readonly explain: Explain;
  readonly children: ReactNode;
}

export function ExplainProvider({ explain, children }: ExplainProviderProps): JSX.Element {
  const [opened, setOpened] = useState<Opened | null>(null);
  const open = useCallback((municipality: string | null) => {
    setOpened((was) =>
      municipality === null ? null : { municipality, share: null, serial: (was?.serial ?? 0) + 1 },
    );
  }, []);
  const openShare = useCallback((share: SelectedShare) => {
    // Back on the cell whose explanation is open: it stays as the user left it.
    setOpened((was) =>
      was?.share?.line === share.line && was.municipality === share.municipality
        ? was
        : { municipality: share.municipality, share, serial: (was?.serial ?? 0) + 1 },
    );
  }, []);
  const value = useMemo(
    () => ({ explain, opened, open, openShare }),
    [explain, opened, open, openShare],
  );
  return <ExplainContext.Provider value={value}>{children}</ExplainContext.Provider>;
}

/** Opens a selected share's explanation; null without a provider. Stable across renders. */
export function useOpenShare(): ((share: SelectedShare) => void) | null {
  return useContext(ExplainContext)?.openShare ?? null;
}

/** A municipality's total that opens its explanation. */
export function ExplainableTotal(props: {
  readonly language: Language;
  readonly municipality: string;
  readonly children: string;
}): JSX.Element {
  const explaining = useContext(ExplainContext);
  if (!explaining) return <>{props.children}</>;
  const { municipality } = props;
  return (
    <Link
      as="button"
      aria-label={explainEntryText(props.language)('pane.explain', {
        municipality,
        total: props.children,
      })}
      aria-expanded={explaining.opened?.municipality === municipality}
      onClick={() => explaining.open(municipality)}
    >
      {props.children}
    </Link>
  );
}

/** The open municipality's explanation, if any, in the results' language. */
export function ExplainPanel({ language }: { readonly language: Language }): JSX.Element | null {
  const explaining = useContext(ExplainContext);
  const opened = explaining?.opened;
  if (!explaining || !opened) return null;
  return (
    <Suspense fallback={<Spinner size="tiny" label={explainEntryText(language)('pane.loading')} />}>
      <ExplainView
        key={opened.share ? `${opened.municipality}#${opened.serial}` : opened.municipality}
        language={language}
        municipality={opened.municipality}
        share={opened.share}
        explain={explaining.explain}
        onClose={() => explaining.open(null)}
      />
    </Suspense>
  );
}
