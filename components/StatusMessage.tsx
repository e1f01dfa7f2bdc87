/** A clear message in place of an article: loading, not an article, restricted page, error. */
interface Props {
  kind: string;
  title: string;
  message?: string;
  action?: { label: string; onClick: () => void };
}

export function StatusMessage({ kind, title, message, action }: Props) {
  return (
    <section class={`status status-${kind}`} role={kind === 'loading' ? 'status' : 'alert'} aria-live="polite" data-status={kind}>
      {kind === 'loading' && <div class="spinner" aria-hidden="true" />}
      <h1 class="status-title">{title}</h1>
      {message && <p class="status-message">{message}</p>}
      {action && (
        <button type="button" class="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
