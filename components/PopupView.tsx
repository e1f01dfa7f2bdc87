/** Everything the popup can show, as a pure function of its state (tested without a browser). */
import { i18n } from '../extension/i18n';
import type { Article, Problem } from '../core/article';
import type { ArticleSource } from '../extension/article-cache';
import { ArticleView, type KeepAction } from './ArticleView';
import { StatusMessage } from './StatusMessage';
import { problemMessage, warningMessage } from './problem-messages';

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
  /** The tab's site, for the per-site picture choice (undefined: the article's own site). */
  site?: string | null;
  /** "Always keep on <site>" for each removed block (user rules). */
  keep?: KeepAction;
  onOpenReader?: () => void;
}

export function PopupView({ state, onTryAnyway, site, keep, onOpenReader }: Props) {
  switch (state.status) {
    case 'loading':
      return <StatusMessage kind="loading" title={i18n.t('popup.loading')} />;
    case 'article':
      return (
        <ArticleView
          article={state.article}
          readBy={state.readBy}
          site={site}
          keep={keep}
          onOpenReader={onOpenReader}
        />
      );
    case 'problem':
      return (
        <StatusMessage
          kind={state.problem.kind}
          title={state.problem.kind === 'not-article' ? i18n.t('popup.notArticleTitle') : i18n.t('popup.nothingTitle')}
          message={problemMessage(state.problem.kind)}
          action={state.canTryAnyway ? { label: i18n.t('popup.tryAnyway'), onClick: onTryAnyway } : undefined}
        />
      );
    case 'restricted':
      return <StatusMessage kind="restricted" title={i18n.t('popup.restrictedTitle')} message={state.message} />;
    case 'error':
      return <StatusMessage kind="error" title={i18n.t('popup.errorTitle')} message={state.message} />;
  }
}

/** What a screen reader hears when the popup has finished reading (the live region in the popup). */
export function announcement(state: PopupState): string {
  if (state.status !== 'article') return '';
  const ready = i18n.t('popup.articleReady', [state.article.title]);
  return state.article.warning ? `${ready}. ${warningMessage(state.article.warning.kind)}` : ready;
}
