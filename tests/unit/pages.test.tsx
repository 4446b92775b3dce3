import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import OptionsApp from '@/entrypoints/options/App';
import PopupApp from '@/entrypoints/popup/App';

describe('extension pages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    cleanup();
  });

  it('the popup names the product and says what it does', () => {
    render(<PopupApp />);
    expect(screen.getByRole('heading', { level: 1, name: 'Hype Lens' })).toBeTruthy();
    expect(screen.getByText(/effortless income/)).toBeTruthy();
    expect(screen.getByText(/runs on your device/)).toBeTruthy();
  });

  it('the options page lists the rules once settings are loaded', async () => {
    render(<OptionsApp />);
    expect(screen.getByRole('heading', { level: 1, name: 'Hype Lens' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Rules' })).toBeTruthy();
    expect(document.querySelectorAll('input[data-rule-id]').length).toBeGreaterThan(0);
  });
});
