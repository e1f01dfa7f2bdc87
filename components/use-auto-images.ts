/** The "Load pictures automatically" setting as the popup sees it, for one site: read from
 * storage (validated, extension/settings.ts), kept in step when the options page changes it, and
 * changed for this site from the popup. */
import { useEffect, useState } from 'preact/hooks';
import {
  autoImagesItem,
  autoImagesOn,
  readAutoImages,
  setAutoImagesForSite,
  type AutoImages,
} from '../extension/settings';

export interface AutoImagesForSite {
  /** Not known yet (storage is being read): show no picture meanwhile. */
  ready: boolean;
  /** Pictures load by themselves here (the site is chosen, or every site is). */
  auto: boolean;
  everywhere: boolean;
  forSite: boolean;
  setForSite: (on: boolean) => void;
}

export function useAutoImages(domain: string | null | undefined): AutoImagesForSite {
  const [setting, setSetting] = useState<AutoImages | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void readAutoImages().then((value) => live && setSetting(value));
    load();
    const unwatch = autoImagesItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const setForSite = (on: boolean) => {
    if (!domain) return;
    // Shown at once; storage follows (a refused write is logged by settings and the watch keeps the truth).
    setSetting(
      (current) =>
        current && { ...current, sites: on ? [...current.sites, domain] : current.sites.filter((s) => s !== domain) },
    );
    setAutoImagesForSite(domain, on).catch(() => void readAutoImages().then(setSetting));
  };
  return {
    ready: setting !== null,
    auto: setting !== null && autoImagesOn(setting, domain),
    everywhere: setting?.everywhere ?? false,
    forSite: !!domain && !!setting?.sites.includes(domain),
    setForSite,
  };
}
