/** What Pith hid from the reader, grouped by reason, with the first words of each block. (What is
 * shown elsewhere — takeaways, lead image, byline — is not listed.) In the reader tab each block
 * that has a place in the body gets Show / Hide. */
import type { RemovedBlock } from '../core/article';
import { groupRemoved } from './reader/restore-blocks';
import { i18n } from '../extension/i18n';

/** "Always keep on <site>" for a removed block (user rules; the popup offers it). */
export interface KeepAction {
  site: string;
  onKeep: (block: RemovedBlock) => void;
}

interface Props {
  removed: readonly RemovedBlock[];
  /** Reader tab only: which blocks are shown again, which can be, and the toggle. */
  restore?: { shown: ReadonlySet<number>; canRestore: (index: number) => boolean; onToggle: (index: number) => void };
  open?: boolean;
  /** Offers "Always keep on <site>" for each block Pith has a selector for. */
  keep?: KeepAction;
}

export function RemovedList({ removed, restore, open = false, keep }: Props) {
  const groups = groupRemoved(removed);
  const count = groups.reduce((sum, group) => sum + group.blocks.length, 0);
  if (count === 0) return null;
  return (
    <details class="removed" open={open}>
      <summary>{i18n.t('reader.removedTitle', count)}</summary>
      {restore && <p class="removed-note">{i18n.t('reader.removedNote')}</p>}
      {groups.map((group) => (
        <section class="removed-group" key={group.reason}>
          <h2 class="removed-reason">
            {group.reason} <span class="removed-count">({group.blocks.length})</span>
          </h2>
          <ul>
            {group.blocks.map(({ index, block }) => (
              <li key={index} data-removed-index={index}>
                <span class="removed-text">{block.text}</span>
                {keep && block.selector && (
                  <>
                    {' '}
                    <button
                      type="button"
                      class="link-button keep-block"
                      data-keep-selector={block.selector}
                      onClick={() => keep.onKeep(block)}
                    >
                      {i18n.t('rules.keepButton', [keep.site])}
                    </button>
                  </>
                )}
                {restore &&
                  (restore.canRestore(index) ? (
                    <button
                      type="button"
                      class="link-button removed-toggle"
                      aria-pressed={restore.shown.has(index)}
                      onClick={() => restore.onToggle(index)}
                    >
                      {restore.shown.has(index) ? i18n.t('reader.hide') : i18n.t('reader.show')}
                    </button>
                  ) : (
                    <span class="removed-no-place"> — {i18n.t('reader.noPlace')}</span>
                  ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
