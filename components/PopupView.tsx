/** Everything the popup can show, as a pure function of its state (tested without a browser). */
import type { Article, Problem } from '../core/article';
import type { ArticleSource } from '../extension/article-cache';
import { ArticleView } from './ArticleView';
import { StatusMessage } from './StatusMessage';

export type PopupState =
  | { status: 'loading' }
  /** `readBy`: read just now or earlier by the popup, or already by per-site mode's auto-run. */
  | { status: 'article'; article: Article; readBy?: ArticleSource }
  | { status: 'problem'; problem: Problem; canTryAnyway: boolean }
  | { status: 'restricted'; message: string }
  | { status: 'error'; message: string };

interface Props {
  state: PopupState;
  onTryAnyway: () => void;
  onOpenReader?: () => void;
}

export function PopupView({ state, onTryAnyway, onOpenReader }: Props) {
  switch (state.status) {
    case 'loading':
      return <StatusMessage kind="loading" title="Reading the page…" />;
    case 'article':
      return <ArticleView article={state.article} readBy={state.readBy} onOpenReader={onOpenReader} />;
    case 'problem':
      return (
        <StatusMessage
          kind={state.problem.kind}
          title={state.problem.kind === 'not-article' ? 'Probably not an article' : 'Nothing to show'}
          message={state.problem.message}
          action={state.canTryAnyway ? { label: 'Try anyway', onClick: onTryAnyway } : undefined}
        />
      );
    case 'restricted':
      return <StatusMessage kind="restricted" title="Pith can't read this page" message={state.message} />;
    case 'error':
      return <StatusMessage kind="error" title="Something went wrong" message={state.message} />;
  }
}
