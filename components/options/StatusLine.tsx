import type { SaveStatus } from './useSettings';

/** Says whether the last change was saved, or why it was not; announced to screen readers. */
export function StatusLine({ status }: { status: SaveStatus }) {
  const text =
    status.state === 'loading'
      ? 'Loading your settings…'
      : status.state === 'saving'
        ? 'Saving…'
        : status.state === 'saved'
          ? 'Saved'
          : status.state === 'error'
            ? status.message
            : 'Changes are saved as you make them and apply to open tabs at once.';
  return (
    <p
      className={`status status--${status.state}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      {text}
    </p>
  );
}
