// @vitest-environment jsdom
/** The per-site switch in the popup and the options page, rendered as the user sees them. */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteSwitch, type SiteSwitchState } from '../components/SiteSwitch';
import { OptionsView } from '../components/OptionsView';

afterEach(cleanup);

const site = (patch: Partial<SiteSwitchState> = {}): SiteSwitchState => ({
  domain: 'ksl.com',
  state: null,
  busy: false,
  note: null,
  ...patch,
});

describe('SiteSwitch', () => {
  it('names the site and is off until turned on; a click asks to turn it on', () => {
    const onChange = vi.fn();
    const view = render(<SiteSwitch site={site()} onChange={onChange} />);
    expect(view.getByLabelText('Run automatically on ksl.com')).toBe(view.getByRole('switch'));
    // One line says what the switch does, and is the switch's description.
    const explain = view.container.querySelector('.site-switch-explain')!;
    expect(explain.textContent).toBe(
      'Cleans ksl.com article pages as they load, without a click. Your browser asks once for access to this site only.',
    );
    expect(view.getByRole('switch').getAttribute('aria-describedby')).toBe(explain.id);
    const input = view.getByRole('switch') as HTMLInputElement;
    expect(input.checked).toBe(false);
    fireEvent.click(input);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('on, paused, or with access removed in the browser: says which', () => {
    expect(
      (render(<SiteSwitch site={site({ state: 'on' })} onChange={() => {}} />).getByRole('switch') as HTMLInputElement)
        .checked,
    ).toBe(true);
    cleanup();
    expect(
      render(<SiteSwitch site={site({ state: 'paused' })} onChange={() => {}} />).getByRole('status').textContent,
    ).toMatch(/Paused on all sites/);
    cleanup();
    expect(
      render(<SiteSwitch site={site({ state: 'no-access' })} onChange={() => {}} />).getByRole('status').textContent,
    ).toMatch(/Access to ksl.com was removed in the browser/);
  });

  it('shows why a change did not happen, and is disabled while one is under way', () => {
    const view = render(
      <SiteSwitch site={site({ busy: true, note: 'Pith stays off here: declined.' })} onChange={() => {}} />,
    );
    expect((view.getByRole('switch') as HTMLInputElement).disabled).toBe(true);
    expect(view.getByRole('status').textContent).toBe('Pith stays off here: declined.');
  });
});

describe('OptionsView', () => {
  it('lists the sites with their state, removes one, and pauses all', () => {
    const onRemove = vi.fn();
    const onPauseAll = vi.fn();
    const view = render(
      <OptionsView
        state={{
          status: 'ready',
          pausedAll: false,
          note: null,
          autoImages: { everywhere: false, sites: [] },
          sites: [
            { domain: 'bbc.co.uk', addedAt: 1, state: 'no-access' },
            { domain: 'ksl.com', addedAt: 2, state: 'on' },
          ],
        }}
        onRemove={onRemove}
        onPauseAll={onPauseAll}
        onAutoImages={() => {}}
      />,
    );
    const rows = Array.from(view.container.querySelectorAll('.site-row')).map((row) => row.textContent);
    expect(rows).toEqual(['bbc.co.ukAccess removed in the browserRemove', 'ksl.comOnRemove']);
    fireEvent.click(view.getByRole('button', { name: 'Remove ksl.com' }));
    expect(onRemove).toHaveBeenCalledWith('ksl.com');
    fireEvent.click(view.getByLabelText('Pause on all sites'));
    expect(onPauseAll).toHaveBeenCalledWith(true);
  });

  it('with no sites, says how to add one; a failed change is shown', () => {
    const view = render(
      <OptionsView
        state={{
          status: 'ready',
          pausedAll: false,
          note: 'Could not save.',
          sites: [],
          autoImages: { everywhere: false, sites: [] },
        }}
        onRemove={() => {}}
        onPauseAll={() => {}}
        onAutoImages={() => {}}
      />,
    );
    expect(view.container.querySelector('.options-empty')?.textContent).toMatch(/turn on “Run automatically”/);
    expect(view.getByRole('alert').textContent).toBe('Could not save.');
  });

  it('"Load pictures automatically on all sites": off by default, says what off means, and turns on', () => {
    const onAutoImages = vi.fn();
    const ready = (autoImages: { everywhere: boolean; sites: string[] }) => ({
      status: 'ready' as const,
      pausedAll: false,
      note: null,
      sites: [],
      autoImages,
    });
    const view = render(
      <OptionsView
        state={ready({ everywhere: false, sites: [] })}
        onRemove={() => {}}
        onPauseAll={() => {}}
        onAutoImages={onAutoImages}
      />,
    );
    const box = view.getByLabelText('Load pictures automatically on all sites') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(view.container.querySelector(`#${box.getAttribute('aria-describedby')}`)?.textContent).toMatch(
      /^Off: pictures load only when you click Show images/,
    );
    fireEvent.click(box);
    expect(onAutoImages).toHaveBeenCalledWith(true);
    cleanup();
    const on = render(
      <OptionsView
        state={ready({ everywhere: true, sites: ['ksl.com', 'bbc.co.uk'] })}
        onRemove={() => {}}
        onPauseAll={() => {}}
        onAutoImages={() => {}}
      />,
    );
    expect((on.getByLabelText('Load pictures automatically on all sites') as HTMLInputElement).checked).toBe(true);
    expect(on.container.textContent).toContain('Pictures load automatically on: ksl.com, bbc.co.uk');
  });
});
