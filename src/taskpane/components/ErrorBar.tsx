/** The pane's one error message: localised text, never a stack trace, dismissible. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Translate } from '../../i18n/ui';

export interface ErrorBarProps {
  readonly t: Translate;
  readonly message: string;
  readonly onDismiss: () => void;
}

export function ErrorBar({ t, message, onDismiss }: ErrorBarProps): JSX.Element {
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('error.title')}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t('action.dismiss')}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
