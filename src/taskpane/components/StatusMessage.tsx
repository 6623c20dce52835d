/**
 * What a save or a trial in a view said, in a polite live region that is always in the page, so a
 * screen reader hears the message when it appears (a region added with its text is not read).
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export type StatusText = {
  readonly intent: 'success' | 'warning' | 'error';
  readonly text: string;
} | null;

export function StatusMessage(props: { readonly message: StatusText }): JSX.Element {
  const { message } = props;
  return (
    <div role="status" aria-live="polite">
      {message && (
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
