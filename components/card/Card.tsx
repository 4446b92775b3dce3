import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import type { Claim } from '@/lib/overlay/types';
import { CATEGORY_INFO } from '@/lib/rules/categories';
import type { Severity } from '@/lib/rules/schema';
import { joinWords, signalsInWords } from './signals';

/** What the card says about a severity: words, so the badge never relies on colour alone. */
export const SEVERITY_LABEL: Record<Severity, string> = {
  low: 'Low severity',
  medium: 'Medium severity',
  high: 'High severity',
};

/** What the card needs: the claim to explain and what its buttons do. */
export interface CardProps {
  claim: Claim;
  /** Move focus into the card when it opens (keyboard navigation). */
  autoFocus: boolean;
  onClose(): void;
  onDismiss(): void;
  onDisableRule(): void;
}

/** The buttons Tab cycles through, in order. */
function focusables(dialog: HTMLElement): HTMLElement[] {
  return Array.from(dialog.querySelectorAll<HTMLElement>('button:not([disabled])'));
}

/**
 * One claim explained: the rule, why it misleads, what to ask, what raised it and where the
 * counterpoint comes from. Page text (the quote) is only ever rendered as text.
 */
export function Card({ claim, autoFocus, onClose, onDismiss, onDisableRule }: CardProps) {
  const { rule, finding } = claim;
  const titleId = useId();
  const explanationId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const raisedBy = signalsInWords(finding.signals);
  const category = CATEGORY_INFO[rule.category];

  useEffect(() => {
    if (autoFocus) dialogRef.current?.focus({ preventScroll: true });
  }, [autoFocus]);

  // Non-modal, but while focus is inside, Tab stays among the card's own buttons.
  const keepTabInside = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const dialog = dialogRef.current;
    if (!dialog) return;
    const buttons = focusables(dialog);
    if (buttons.length === 0) return;
    const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
    const at = buttons.indexOf(active as HTMLElement);
    const next = event.shiftKey
      ? at <= 0
        ? buttons.length - 1
        : at - 1
      : at < 0 || at === buttons.length - 1
        ? 0
        : at + 1;
    event.preventDefault();
    buttons[next]?.focus();
  };

  return (
    <div
      ref={dialogRef}
      className="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={explanationId}
      data-severity={finding.severity}
      data-rule-id={rule.id}
      tabIndex={-1}
      onKeyDown={keepTabInside}
    >
      <div className="head">
        <p className="eyebrow">Hype Lens · {category.label}</p>
        <button type="button" className="close" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id={titleId} className="title">
        {rule.title}
      </h2>
      <p className={`badge badge-${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</p>
      <blockquote className="quote">{finding.quote}</blockquote>
      <h3>Why this is misleading</h3>
      <p id={explanationId}>{rule.explanation}</p>
      <h3>Ask yourself</h3>
      <ul className="questions">
        {rule.questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      <p className="raised">
        <span className="label">What raised it: </span>
        {raisedBy.length > 0 ? joinWords(raisedBy) : 'the wording itself'}
      </p>
      <div className="source">
        <p>From the article: {rule.source.article}</p>
        {rule.source.regulator ? <p>Regulator: {rule.source.regulator}</p> : null}
      </div>
      <div className="actions">
        <button type="button" className="action" onClick={onDismiss}>
          Not hype
        </button>
        <button type="button" className="action" onClick={onDisableRule}>
          Turn off this rule
        </button>
      </div>
    </div>
  );
}
