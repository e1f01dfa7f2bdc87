/** WXT's fake browser has storage, tabs and runtime, but not `permissions` or `scripting`: these
 * small in-memory stand-ins behave as the real APIs do for what Pith uses (a grant is a set of
 * origin patterns; registrations are kept by id, and a duplicate id is an error as in Chrome). */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';

type Script = Browser.scripting.RegisteredContentScript;

export interface FakeSiteApis {
  granted: Set<string>;
  scripts: Map<string, Script>;
}

export function installFakeSiteApis(): FakeSiteApis {
  const apis: FakeSiteApis = { granted: new Set(), scripts: new Map() };
  const fake = fakeBrowser as unknown as { permissions: Record<string, unknown>; scripting: Record<string, unknown> };
  fake.permissions = {
    ...fake.permissions,
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => apis.granted.has(origin)),
    getAll: async () => ({ origins: [...apis.granted], permissions: [] }),
  };
  fake.scripting = {
    ...fake.scripting,
    getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
      [...apis.scripts.values()].filter((script) => !ids || ids.includes(script.id)),
    registerContentScripts: async (scripts: Script[]) => {
      for (const script of scripts) {
        if (apis.scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        apis.scripts.set(script.id, script);
      }
    },
    updateContentScripts: async (scripts: Script[]) => {
      for (const script of scripts) {
        if (!apis.scripts.has(script.id)) throw new Error(`No script with ID '${script.id}'`);
        apis.scripts.set(script.id, { ...apis.scripts.get(script.id)!, ...script });
      }
    },
    unregisterContentScripts: async ({ ids }: { ids?: string[] } = {}) => {
      for (const id of ids ?? [...apis.scripts.keys()]) apis.scripts.delete(id);
    },
  };
  return apis;
}
