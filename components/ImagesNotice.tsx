/** One line above the article about its pictures: how many are not loaded, "Show images" (with
 * where they load from), and the per-site choice "Always on ksl.com". Once they show, the line
 * keeps the per-site choice so it can be undone. */
import { i18n } from '../extension/i18n';
import type { AutoImagesForSite } from './use-auto-images';

interface Props {
  count: number;
  shown: boolean;
  /** Where the pictures load from, as the user knows it (the publisher's name or host). */
  source: string;
  /** The site the per-site choice is for, or null when there is none (a page with no site). */
  domain: string | null;
  auto: AutoImagesForSite;
  onShow: () => void;
}

export function ImagesNotice({ count, shown, source, domain, auto, onShow }: Props) {
  const siteChoice = domain && !auto.everywhere && (
    <label class="images-auto">
      <input
        type="checkbox"
        data-auto-images
        checked={auto.forSite}
        onChange={(event) => auto.setForSite((event.currentTarget as HTMLInputElement).checked)}
      />
      {i18n.t('images.autoSite', [domain])}
    </label>
  );
  if (shown) {
    if (auto.everywhere) return <p class="images-on">{i18n.t('images.autoEverywhere')}</p>;
    return siteChoice ? <p class="images-on">{siteChoice}</p> : null;
  }
  return (
    <p class="images-off">
      <span>{i18n.t('images.notLoaded', count)}</span>{' '}
      <button type="button" class="link-button" data-show-images onClick={onShow}>
        {i18n.t('images.show')}
      </button>{' '}
      <span class="images-source">{i18n.t('images.loadsFrom', [source])}</span>
      {siteChoice && <> · {siteChoice}</>}
    </p>
  );
}
