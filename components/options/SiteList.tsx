import { type FormEvent, useId, useState } from 'react';
import { siteFromInput } from '@/lib/settings';
import type { SaveResult } from './useSettings';

/** Props of {@link SiteList}. */
export interface SiteListProps {
  /** What the list is, e.g. "Paused sites". */
  title: string;
  /** One sentence on what the list does. */
  help: string;
  sites: readonly string[];
  onAdd: (pattern: string) => Promise<SaveResult>;
  onRemove: (pattern: string) => void;
}

/** A list of site patterns with an input validated as you type, and remove buttons. */
export function SiteList({ title, help, sites, onAdd, onRemove }: SiteListProps) {
  const [text, setText] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const id = useId();
  const parsed = siteFromInput(text);
  const duplicate = parsed.ok && sites.includes(parsed.pattern);
  const error =
    saveError ??
    (text.trim() === ''
      ? null
      : !parsed.ok
        ? parsed.error
        : duplicate
          ? `${parsed.pattern} is already in the list.`
          : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!parsed.ok || duplicate) {
      if (text.trim() === '') setSaveError('Type a site such as example.com.');
      return;
    }
    const result = await onAdd(parsed.pattern);
    if (result.ok) setText('');
    else setSaveError(result.error);
  }

  return (
    <div className="site-list">
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="muted">{help}</p>
      <form onSubmit={submit} className="inline-form" aria-labelledby={`${id}-title`}>
        <label htmlFor={`${id}-input`}>Add a site</label>
        <input
          id={`${id}-input`}
          value={text}
          placeholder="example.com or *.example.com"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setSaveError(null);
          }}
        />
        <button type="submit" disabled={!parsed.ok || duplicate}>
          Add
        </button>
      </form>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : parsed.ok && text.trim() !== parsed.pattern ? (
        <p className="muted">Will be added as {parsed.pattern}</p>
      ) : null}
      {sites.length === 0 ? (
        <p className="muted">No sites yet.</p>
      ) : (
        <ul className="items" aria-labelledby={`${id}-title`}>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={`Remove ${site} from ${title.toLowerCase()}`}
                onClick={() => onRemove(site)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
