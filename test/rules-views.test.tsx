// @vitest-environment jsdom
/** The rules UI as the user sees it: "Always keep" in the popup's removed list, and the options
 * page's list of rules with Delete, Export and Import. */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleArticle } from './sample-article';
import { PopupView } from '../components/PopupView';
import { RulesSection } from '../components/rules/RulesSection';

afterEach(cleanup);

describe('"Always keep" in the removed list', () => {
  const article = sampleArticle({
    removed: [
      { reason: 'newsletter signup', text: 'STAY IN THE KNOW', selector: 'section.promo-block' },
      { reason: 'lead image (shown above the article, caption once)', text: 'A caption' },
    ],
  });

  it('is offered for each block Pith has a selector for, and says the site', () => {
    const onKeep = vi.fn();
    const view = render(
      <PopupView state={{ status: 'article', article }} onTryAnyway={() => {}} keep={{ site: 'ksl.com', onKeep }} />,
    );
    const buttons = view.getAllByRole('button', { name: 'Always keep on ksl.com' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]);
    expect(onKeep).toHaveBeenCalledWith(article.removed[0]);
  });

  it('is not offered where rules cannot be saved (no site)', () => {
    const view = render(<PopupView state={{ status: 'article', article }} onTryAnyway={() => {}} />);
    expect(view.queryByRole('button', { name: /Always keep/ })).toBeNull();
  });
});

describe('the options page rules section', () => {
  const rules = [
    {
      site: 'ksl.com',
      hide: ['div.series-note'],
      keep: ['p.contact-line'],
      made: { 'div.series-note': '2026-01-12T20:41:00.000Z' },
    },
  ];

  it('lists each rule with what it does and when it was made; Delete names the rule', () => {
    const onDelete = vi.fn();
    const view = render(
      <RulesSection
        state={{ status: 'ready', rules, note: null, noteIsError: false }}
        onDelete={onDelete}
        onExport={() => {}}
        onImport={() => {}}
      />,
    );
    const rows = Array.from(view.container.querySelectorAll('.rule-row')).map((row) => row.textContent);
    expect(rows[0]).toMatch(/^Hidesdiv\.series-notemade .*2026.*Delete$/);
    expect(rows[1]).toBe('Keepsp.contact-lineDelete');
    fireEvent.click(view.getByRole('button', { name: 'Delete p.contact-line' }));
    expect(onDelete).toHaveBeenCalledWith('ksl.com', 'p.contact-line');
  });

  it('shows an import problem as an alert, and says how to make a first rule when there are none', () => {
    const view = render(
      <RulesSection
        state={{
          status: 'ready',
          rules: [],
          note: 'This file is not a Pith rules file: it is not JSON.',
          noteIsError: true,
        }}
        onDelete={() => {}}
        onExport={() => {}}
        onImport={() => {}}
      />,
    );
    expect(view.getByRole('alert').textContent).toBe('This file is not a Pith rules file: it is not JSON.');
    expect(view.container.querySelector('.rules-empty')?.textContent).toMatch(/Hide something Pith missed/);
    expect((view.getByRole('button', { name: 'Export rules' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
