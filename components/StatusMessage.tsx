/** A clear message in place of an article: loading, not an article, restricted page, error.
 * News (loading, "not an article", "nothing to show") is a polite `role=status`; only a failure —
 * the browser refusing, something going wrong — is an `alert`. */
interface Props {
  kind: string;
  title: string;
  message?: string;
  action?: { label: string; onClick: () => void };
}

const ALERT_KINDS = new Set(['error', 'restricted', 'failed']);

export function StatusMessage({ kind, title, message, action }: Props) {
  return (
    <section class={`status status-${kind}`} role={ALERT_KINDS.has(kind) ? 'alert' : 'status'} data-status={kind}>
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
