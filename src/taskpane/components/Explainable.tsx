/**
 * How the results reach the Explain view without threading it through every view: the TaskPane
 * wraps the App in an {@link ExplainProvider} (the service's `explain`, and which municipality is
 * open); the results show each total as an {@link ExplainableTotal} and the open one in an
 * {@link ExplainPanel}. Without a provider (a test rendering one view) totals stay plain text.
 */
import { Link, Spinner } from '@fluentui/react-components';
import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { SamkostService } from '../services/samkostService';
import { explainText } from '../../i18n/explain';
import type { Language } from '../../i18n/language';

// The explain view (and the statement it opens) loads when a total is first clicked.
const ExplainView = lazy(() => import('./ExplainView').then((m) => ({ default: m.ExplainView })));

export type Explain = SamkostService['explain'];

interface Explaining {
  readonly explain: Explain;
  readonly opened: string | null;
  open(municipality: string | null): void;
}

const ExplainContext = createContext<Explaining | null>(null);

export interface ExplainProviderProps {
  readonly explain: Explain;
  readonly children: ReactNode;
}

export function ExplainProvider({ explain, children }: ExplainProviderProps): JSX.Element {
  const [opened, open] = useState<string | null>(null);
  const value = useMemo(() => ({ explain, opened, open }), [explain, opened]);
  return <ExplainContext.Provider value={value}>{children}</ExplainContext.Provider>;
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
      aria-label={explainText(props.language)('pane.explain', {
        municipality,
        total: props.children,
      })}
      aria-expanded={explaining.opened === municipality}
      onClick={() => explaining.open(municipality)}
    >
      {props.children}
    </Link>
  );
}

/** The open municipality's explanation, if any, in the results' language. */
export function ExplainPanel({ language }: { readonly language: Language }): JSX.Element | null {
  const explaining = useContext(ExplainContext);
  if (!explaining?.opened) return null;
  return (
    <Suspense fallback={<Spinner size="tiny" label={explainText(language)('pane.loading')} />}>
      <ExplainView
        key={explaining.opened}
        language={language}
        municipality={explaining.opened}
        explain={explaining.explain}
        onClose={() => explaining.open(null)}
      />
    </Suspense>
  );
}
