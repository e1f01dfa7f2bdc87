// @vitest-environment jsdom
/** The setting that turns generated key points off: validated when read (a bad value shows them),
 * and its checkbox on the options page. */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsView } from '../components/OptionsView';
import {
  generatedKeyPointsItem,
  readGeneratedKeyPoints,
  SettingsWriteError,
  setGeneratedKeyPoints,
} from '../extension/settings';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('generated key points setting', () => {
  it('is on until turned off, and keeps what the user chose', async () => {
    expect(await readGeneratedKeyPoints()).toBe(true);
    await setGeneratedKeyPoints(false);
    expect(await readGeneratedKeyPoints()).toBe(false);
    await setGeneratedKeyPoints(true);
    expect(await readGeneratedKeyPoints()).toBe(true);
  });

  it('a stored value of the wrong type shows key points, with a warning, and is not deleted', async () => {
    await fakeBrowser.storage.local.set({ generatedKeyPoints: 'off' });
    expect(await readGeneratedKeyPoints()).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('key points setting is not readable'), 'off');
    expect(await generatedKeyPointsItem.getValue()).toBe('off');
  });

  it('a refused write says so and changes nothing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(setGeneratedKeyPoints(false)).rejects.toBeInstanceOf(SettingsWriteError);
    expect(await readGeneratedKeyPoints()).toBe(true);
  });
});

describe('options page: Key points', () => {
  const ready = {
    status: 'ready' as const,
    pausedAll: false,
    note: null,
    sites: [],
    autoImages: { everywhere: false, sites: [] },
  };

  it('a checkbox, checked when on; unchecking turns them off', () => {
    const onKeyPoints = vi.fn();
    const view = render(
      <OptionsView
        state={ready}
        onRemove={() => {}}
        onPauseAll={() => {}}
        onAutoImages={() => {}}
        keyPoints={{ shown: true, note: null }}
        onKeyPoints={onKeyPoints}
      />,
    );
    const box = view.getByLabelText(/Show key points when the page has none/) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(onKeyPoints).toHaveBeenCalledWith(false);
  });

  it('shows why a change did not happen; nothing before the setting is read', () => {
    const view = render(
      <OptionsView
        state={ready}
        onRemove={() => {}}
        onPauseAll={() => {}}
        onAutoImages={() => {}}
        keyPoints={{ shown: false, note: 'Pith could not change this setting: full.' }}
      />,
    );
    expect((view.getByLabelText(/Show key points/) as HTMLInputElement).checked).toBe(false);
    expect(view.getByRole('alert').textContent).toBe('Pith could not change this setting: full.');
    cleanup();
    expect(
      render(
        <OptionsView state={ready} onRemove={() => {}} onPauseAll={() => {}} onAutoImages={() => {}} />,
      ).container.querySelector('.key-points-setting'),
    ).toBeNull();
  });
});
