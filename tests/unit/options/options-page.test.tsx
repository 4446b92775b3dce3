import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '@/components/options/OptionsPage';
import { builtInRules } from '@/lib/rules';
import {
  addDismissed,
  defaultSettings,
  getDismissed,
  getSettings,
  SYNC_ITEM_QUOTA,
  saveSettings,
  settingsItem,
  syncItemBytes,
} from '@/lib/settings';

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.sync.get('settings')).settings;
}

function ruleBox(id: string): HTMLInputElement {
  const box = document.querySelector<HTMLInputElement>(`input[data-rule-id="${id}"]`);
  if (!box) throw new Error(`no checkbox for ${id}`);
  return box;
}

async function renderPage() {
  render(<OptionsPage />);
  await screen.findByRole('heading', { level: 2, name: 'Rules' });
}

describe('options page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    cleanup();
  });

  it('has one checkbox per rule, labelled with the rule title, with its explanation and an example', async () => {
    await renderPage();
    const boxes = document.querySelectorAll('input[type="checkbox"][data-rule-id]');
    expect([...boxes].map((b) => b.getAttribute('data-rule-id')).sort()).toEqual(
      builtInRules()
        .map((r) => r.id)
        .sort(),
    );
    for (const rule of builtInRules()) {
      const box = screen.getByRole('checkbox', { name: rule.title });
      expect(box.getAttribute('data-rule-id')).toBe(rule.id);
      expect((box as HTMLInputElement).checked).toBe(rule.defaultEnabled);
      expect(screen.getAllByText(rule.explanation).length).toBeGreaterThan(0);
    }
    expect(screen.getByText(builtInRules()[0]?.examples.flag[0] as string)).toBeTruthy();
  });

  it('toggling a rule writes the settings and says Saved', async () => {
    await renderPage();
    fireEvent.click(ruleBox('risk-free'));
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ rules: { 'risk-free': false } }),
    );
    expect(ruleBox('risk-free').checked).toBe(false);
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    fireEvent.click(ruleBox('risk-free'));
    await waitFor(async () => expect(await stored()).toMatchObject({ rules: {} }));
  });

  it('quick successive changes are coalesced into one sync write', async () => {
    await renderPage();
    const writes = vi.spyOn(settingsItem, 'setValue');
    fireEvent.click(ruleBox('risk-free'));
    fireEvent.click(ruleBox('limited-spots'));
    fireEvent.click(ruleBox('secret-method'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    expect(await stored()).toMatchObject({
      rules: { 'risk-free': false, 'limited-spots': false, 'secret-method': false },
    });
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it('"All off" turns off every rule of that category only, and reset brings them back', async () => {
    await renderPage();
    const guarantees = builtInRules()
      .filter((r) => r.category === 'guarantees')
      .map((r) => r.id);
    expect(guarantees.length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'All off: Guarantees and no risk' }));
    await waitFor(async () =>
      expect((await getSettings()).rules).toEqual(
        Object.fromEntries(guarantees.map((id) => [id, false])),
      ),
    );
    for (const rule of builtInRules())
      expect(ruleBox(rule.id).checked).toBe(!guarantees.includes(rule.id));
    fireEvent.click(
      screen.getByRole('button', { name: 'Reset to defaults: Guarantees and no risk' }),
    );
    await waitFor(async () => expect((await getSettings()).rules).toEqual({}));
  });

  it('search filters rules by title, explanation or category', async () => {
    await renderPage();
    const search = screen.getByRole('searchbox', { name: 'Search rules' });
    fireEvent.change(search, { target: { value: 'urgency and scarcity' } });
    const shown = [...document.querySelectorAll('input[data-rule-id]')].map((b) =>
      b.getAttribute('data-rule-id'),
    );
    expect(shown.sort()).toEqual(
      builtInRules()
        .filter((r) => r.category === 'urgency')
        .map((r) => r.id)
        .sort(),
    );
    fireEvent.change(search, { target: { value: 'zzz-no-such-thing' } });
    expect(document.querySelectorAll('input[data-rule-id]')).toHaveLength(0);
    expect(screen.getByText(/No rule matches/)).toBeTruthy();
    fireEvent.change(search, { target: { value: '' } });
    expect(document.querySelectorAll('input[data-rule-id]')).toHaveLength(builtInRules().length);
  });

  it('sensitivity choices save the analyzer sensitivity', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('radio', { name: 'Relaxed' }));
    await waitFor(async () => expect((await getSettings()).sensitivity).toBe('high'));
    expect(screen.getByText(/marks weaker evidence/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Strict' }));
    await waitFor(async () => expect((await getSettings()).sensitivity).toBe('low'));
  });

  it('site patterns are validated as you type and added or removed', async () => {
    await renderPage();
    const input = screen.getByRole('textbox', { name: 'Add a site' });
    fireEvent.change(input, { target: { value: 'not a site' } });
    expect(screen.getByRole('alert').textContent).toMatch(/no spaces/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input, { target: { value: 'https://www.reddit.com/r/all' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () =>
      expect((await getSettings()).pausedSites).toEqual(['www.reddit.com']),
    );
    fireEvent.click(
      await screen.findByRole('button', { name: 'Remove www.reddit.com from paused sites' }),
    );
    await waitFor(async () => expect((await getSettings()).pausedSites).toEqual([]));

    fireEvent.click(screen.getByRole('radio', { name: 'Only on these sites' }));
    await waitFor(async () => expect((await getSettings()).siteMode).toBe('only'));
    fireEvent.change(screen.getByRole('textbox', { name: 'Add a site' }), {
      target: { value: 'x.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect((await getSettings()).onlySites).toEqual(['x.com']));
  });

  it('a custom phrase is checked, tested live, added and deleted', async () => {
    await renderPage();
    const phrase = screen.getByRole('textbox', { name: 'Phrase' });
    fireEvent.change(phrase, { target: { value: '(easy money' } });
    expect(screen.getByRole('alert').textContent).toMatch(/never closed/);
    fireEvent.change(phrase, { target: { value: 'in the' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add phrase' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Matches too broadly/);
    expect((await getSettings()).customPhrases).toEqual([]);

    fireEvent.change(phrase, { target: { value: 'earn (cash|money) daily' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Test it on a sentence' }), {
      target: { value: 'With our kit you earn cash daily!' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('phrase-test-result').textContent).toBe('Matches: earn cash daily'),
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Category' }), {
      target: { value: 'guarantees' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add phrase' }));
    await waitFor(async () =>
      expect((await getSettings()).customPhrases).toEqual([
        { phrase: 'earn (cash|money) daily', category: 'guarantees' },
      ]),
    );
    fireEvent.click(
      await screen.findByRole('button', { name: 'Delete phrase earn (cash|money) daily' }),
    );
    await waitFor(async () => expect((await getSettings()).customPhrases).toEqual([]));
  });

  it('a save over the sync quota shows the error and keeps the previous settings', async () => {
    // Fill the settings to just under the quota, so one more long phrase cannot fit.
    const phrases: { phrase: string; category: 'guarantees' }[] = [];
    while (
      syncItemBytes('settings', { ...defaultSettings(), customPhrases: phrases }) <
      SYNC_ITEM_QUOTA - 120
    ) {
      phrases.push({
        phrase: `quick riches number ${phrases.length} ${'y'.repeat(90)}`,
        category: 'guarantees',
      });
    }
    await saveSettings({ ...defaultSettings(), customPhrases: phrases });
    await renderPage();
    fireEvent.change(screen.getByRole('textbox', { name: 'Phrase' }), {
      target: { value: `zebra riches ${'z'.repeat(100)}` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add phrase' }));
    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toMatch(/8192 bytes/),
    );
    expect((await getSettings()).customPhrases).toHaveLength(phrases.length);
    expect(screen.queryByRole('button', { name: /Delete phrase zebra/ })).toBeNull();
  });

  it('lists dismissed claims and clears one or all', async () => {
    await addDismissed({
      key: 'a',
      ruleId: 'risk-free',
      quote: 'zero risk',
      site: 'x.com',
      at: Date.UTC(2026, 0, 2),
    });
    await addDismissed({
      key: 'b',
      ruleId: 'custom-1',
      quote: 'easy money',
      site: 'reddit.com',
      at: Date.UTC(2026, 0, 3),
    });
    await renderPage();
    const table = await screen.findByRole('table');
    const riskFree = builtInRules().find((r) => r.id === 'risk-free')?.title as string;
    expect(within(table).getByText(riskFree)).toBeTruthy();
    expect(within(table).getByText('x.com')).toBeTruthy();
    expect(within(table).getByText('Your phrase')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear dismissed claim zero risk' }));
    await waitFor(async () => expect((await getDismissed()).map((c) => c.key)).toEqual(['b']));
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all' }));
    await waitFor(async () => expect(await getDismissed()).toEqual([]));
    expect(await screen.findByText('No dismissed claims.')).toBeTruthy();
  });
});

describe('import', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    cleanup();
  });

  function choose(content: string, name = 'settings.json') {
    const input = screen.getByTestId('import-file') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File([content], name, { type: 'application/json' })] },
    });
  }

  it.each([
    ['not JSON', '{"app": "hype-lens", "vers', /not JSON/],
    ['foreign JSON', '{"theme": "dark"}', /not a Hype Lens settings file/],
    [
      'a future version',
      '{"app": "hype-lens", "version": 3, "settings": {}}',
      /Unsupported version 3/,
    ],
    [
      'a bad field',
      '{"app": "hype-lens", "version": 2, "settings": {"sensitivity": "max"}}',
      /Field "sensitivity" is invalid/,
    ],
  ])('a file with %s shows the error and changes nothing', async (_what, content, reason) => {
    const mine = {
      ...defaultSettings(),
      rules: { 'risk-free': false },
      sensitivity: 'low' as const,
    };
    await saveSettings(mine);
    const before = await stored();
    await renderPage();
    choose(content);
    const result = await screen.findByTestId('import-result');
    expect(result.textContent).toMatch(reason);
    expect(result.textContent).toMatch(/Your settings were not changed/);
    expect(result.getAttribute('role')).toBe('alert');
    expect(await stored()).toEqual(before);
    expect(ruleBox('risk-free').checked).toBe(false);
  });

  it('a valid v1 export is migrated and applied', async () => {
    await renderPage();
    choose(
      JSON.stringify({
        app: 'hype-lens',
        version: 1,
        settings: {
          disabledRules: ['limited-spots'],
          paused: ['example.com'],
          strictness: 'relaxed',
        },
      }),
      'old.json',
    );
    expect((await screen.findByTestId('import-result')).textContent).toBe(
      'Imported settings from old.json.',
    );
    await waitFor(async () =>
      expect(await getSettings()).toEqual({
        ...defaultSettings(),
        rules: { 'limited-spots': false },
        pausedSites: ['example.com'],
        sensitivity: 'high',
      }),
    );
    expect(ruleBox('limited-spots').checked).toBe(false);
    expect((screen.getByRole('radio', { name: 'Relaxed' }) as HTMLInputElement).checked).toBe(true);
  });
});
