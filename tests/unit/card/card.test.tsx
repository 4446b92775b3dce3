import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, SEVERITY_LABEL } from '@/components/card/Card';
import { joinWords, signalsInWords } from '@/components/card/signals';
import { CATEGORY_INFO } from '@/lib/rules';
import { claimIn } from '../overlay/claims';

function paragraph(text: string): HTMLElement {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  return p;
}

function renderCard(text: string, ruleId = 'autopilot-income', signals: string[] = []) {
  const claim = claimIn(paragraph(text), 'c1', ruleId, { signals, severity: 'high' });
  const props = { onClose: vi.fn(), onDismiss: vi.fn(), onDisableRule: vi.fn() };
  render(<Card claim={claim} autoFocus={false} {...props} />);
  return { claim, ...props };
}

describe('Card', () => {
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  it('shows the rule, severity, quote, explanation, questions, signals and source', () => {
    const { claim } = renderCard('Passive income on autopilot, $6k/month', 'autopilot-income', [
      'specific-sum',
      'rate',
      'call-to-action',
    ]);
    const dialog = screen.getByRole('dialog', { name: claim.rule.title });
    const card = within(dialog);
    expect(card.getByRole('heading', { level: 2 }).textContent).toBe(claim.rule.title);
    expect(card.getByText(SEVERITY_LABEL.high)).toBeTruthy();
    expect(card.getByText('Passive income on autopilot, $6k/month').tagName).toBe('BLOCKQUOTE');
    expect(card.getByText('Why this is misleading')).toBeTruthy();
    expect(card.getByText(claim.rule.explanation)).toBeTruthy();
    expect(card.getByText('Ask yourself')).toBeTruthy();
    const items = card.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(claim.rule.questions);
    expect(dialog.textContent).toContain(
      'What raised it: a specific sum, a rate of pay and a call to action',
    );
    expect(card.getByText(`From the article: ${claim.rule.source.article}`)).toBeTruthy();
    expect(card.getByText(`Regulator: ${claim.rule.source.regulator}`)).toBeTruthy();
    expect(dialog.textContent).toContain(CATEGORY_INFO[claim.rule.category].label);
  });

  it('is a labelled, described, non-modal dialog', () => {
    const { claim } = renderCard('Money on autopilot');
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    const description = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(title?.textContent).toBe(claim.rule.title);
    expect(description?.textContent).toBe(claim.rule.explanation);
  });

  it('renders page text containing HTML literally, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)> passive income on autopilot';
    renderCard(hostile);
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('img')).toBeNull();
    expect(within(dialog).getByText(hostile).textContent).toBe(hostile);
  });

  it('leaves out the regulator line when the rule names none', () => {
    const claim = claimIn(paragraph('Income on autopilot'), 'c1');
    const articleOnly = { ...claim.rule, source: { article: claim.rule.source.article } };
    render(
      <Card
        claim={{ ...claim, rule: articleOnly }}
        autoFocus={false}
        onClose={vi.fn()}
        onDismiss={vi.fn()}
        onDisableRule={vi.fn()}
      />,
    );
    const text = screen.getByRole('dialog').textContent;
    expect(text).toContain(`From the article: ${claim.rule.source.article}`);
    expect(text).not.toContain('Regulator:');
  });

  it('says the wording itself raised it when no signal fired', () => {
    renderCard('Income on autopilot');
    expect(screen.getByRole('dialog').textContent).toContain('What raised it: the wording itself');
  });

  it('calls the right handler for each button', () => {
    const { onClose, onDismiss, onDisableRule } = renderCard('Income on autopilot');
    fireEvent.click(screen.getByRole('button', { name: 'Not hype' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off this rule' }));
    expect(onDisableRule).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab and Shift+Tab among its own buttons', () => {
    renderCard('Income on autopilot');
    const [close, notHype, turnOff] = screen.getAllByRole('button') as HTMLElement[];
    turnOff?.focus();
    fireEvent.keyDown(turnOff as HTMLElement, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close as HTMLElement, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(turnOff);
    fireEvent.keyDown(turnOff as HTMLElement, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(notHype);
  });

  it('takes focus when opened from the keyboard', () => {
    const claim = claimIn(paragraph('Income on autopilot'), 'c1');
    render(
      <Card
        claim={claim}
        autoFocus
        onClose={vi.fn()}
        onDismiss={vi.fn()}
        onDisableRule={vi.fn()}
      />,
    );
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
  });
});

describe('signalsInWords', () => {
  it.each([
    ['specific-sum', 'a specific sum'],
    ['rate', 'a rate of pay'],
    ['timeframe', 'a short timeframe'],
    ['call-to-action', 'a call to action'],
    ['effortless', 'effortless framing'],
    ['combined-claims', 'several claims together'],
    ['quoted', 'quoted'],
    ['brand-new-signal', 'brand new signal'],
  ])('names %s as "%s"', (signal, words) => {
    expect(signalsInWords([signal])).toEqual([words]);
  });

  it('drops repeats and joins as an English list', () => {
    expect(joinWords(signalsInWords(['rate', 'timeframe', 'rate']))).toBe(
      'a rate of pay and a short timeframe',
    );
    expect(joinWords([])).toBe('');
  });
});
