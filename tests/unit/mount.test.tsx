import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { mountApp } from '@/components/mount';

// React only batches act() updates synchronously when told it runs under a test harness.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('mountApp', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('renders the page component into #root', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    await act(async () => mountApp(() => <p>hello</p>));
    expect(document.getElementById('root')?.textContent).toBe('hello');
  });

  it('fails loudly when the page has no root element', () => {
    expect(() => mountApp(() => null)).toThrow(/#root is missing/);
  });
});
