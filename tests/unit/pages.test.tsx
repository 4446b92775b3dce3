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

  it('the options page has a place for the rules', () => {
    render(<OptionsApp />);
    expect(screen.getByRole('heading', { level: 1, name: 'Hype Lens' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Rules' })).toBeTruthy();
    expect(screen.getByText(/will be listed here/)).toBeTruthy();
  });
});
