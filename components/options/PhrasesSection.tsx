import { type FormEvent, useDeferredValue, useMemo, useState } from 'react';
import { CATEGORIES, CATEGORY_INFO, type Category } from '@/lib/rules';
import { checkCustomPhrase, phraseSyntaxError, type Settings, testPhrase } from '@/lib/settings';
import type { SettingsState } from './useSettings';

function LiveTest({
  phrase,
  category,
  sample,
}: {
  phrase: string;
  category: Category;
  sample: string;
}) {
  // Deferred so typing stays responsive while the phrase's analyzer is rebuilt.
  const deferredPhrase = useDeferredValue(phrase);
  const deferredSample = useDeferredValue(sample);
  const findings = useMemo(
    () => testPhrase(deferredPhrase, category, deferredSample),
    [deferredPhrase, category, deferredSample],
  );
  if (phrase.trim() === '' || sample.trim() === '' || phraseSyntaxError(phrase)) return null;
  return (
    <p
      className={findings.length > 0 ? 'test-result test-result--match' : 'test-result'}
      role="status"
      data-testid="phrase-test-result"
    >
      {findings.length > 0 ? (
        <>
          Matches:{' '}
          {findings.map((f, i) => (
            <q key={`${f.start}-${f.end}`}>
              {i > 0 ? ', ' : ''}
              {f.quote}
            </q>
          ))}
        </>
      ) : (
        'No match in this sentence.'
      )}
    </p>
  );
}

/** The person's own phrases: add with validation and a live test, list, delete. */
export function PhrasesSection({
  settings,
  save,
}: {
  settings: Settings;
  save: SettingsState['save'];
}) {
  const [phrase, setPhrase] = useState('');
  const [category, setCategory] = useState<Category>('unrealistic-timelines');
  const [sample, setSample] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const typingError = phrase.trim() === '' ? null : phraseSyntaxError(phrase);
  const shown = error ?? typingError;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const check = checkCustomPhrase(phrase, category, settings.customPhrases);
    if (!check.ok) {
      setError(check.error);
      return;
    }
    const entry = { phrase: phrase.trim(), category };
    const result = await save((s) => ({ ...s, customPhrases: [...s.customPhrases, entry] }));
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setPhrase('');
    setAdded(entry.phrase);
  }

  return (
    <section aria-labelledby="phrases-heading" className="panel">
      <h2 id="phrases-heading">Your phrases</h2>
      <p className="muted">
        Add phrases you want marked, in plain words. You can also use compromise match syntax:{' '}
        <code>(cash|money)</code> for choices, <code>.?</code> for an optional word,{' '}
        <code>#Value</code> for a number.
      </p>
      <form className="phrase-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="phrase-input">Phrase</label>
          <input
            id="phrase-input"
            value={phrase}
            placeholder="e.g. earn (cash|money) from home"
            aria-invalid={shown ? true : undefined}
            aria-describedby={shown ? 'phrase-error' : undefined}
            onChange={(event) => {
              setPhrase(event.currentTarget.value);
              setError(null);
              setAdded(null);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="phrase-category">Category</label>
          <select
            id="phrase-category"
            value={category}
            onChange={(event) => setCategory(event.currentTarget.value as Category)}
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_INFO[c].label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="phrase-sample">Test it on a sentence</label>
          <input
            id="phrase-sample"
            value={sample}
            placeholder="Type a sentence the phrase should mark"
            onChange={(event) => setSample(event.currentTarget.value)}
          />
        </div>
        <LiveTest phrase={phrase} category={category} sample={sample} />
        {shown ? (
          <p className="field-error" id="phrase-error" role="alert">
            {shown}
          </p>
        ) : null}
        {added ? <p role="status">Added “{added}”.</p> : null}
        <button type="submit" disabled={phrase.trim() === '' || typingError !== null}>
          Add phrase
        </button>
      </form>
      {settings.customPhrases.length === 0 ? (
        <p className="muted">You have not added any phrases.</p>
      ) : (
        <ul className="items" aria-label="Your phrases">
          {settings.customPhrases.map((p) => (
            <li key={p.phrase}>
              <span>
                <q>{p.phrase}</q> <span className="muted">· {CATEGORY_INFO[p.category].label}</span>
              </span>
              <button
                type="button"
                aria-label={`Delete phrase ${p.phrase}`}
                onClick={() =>
                  void save((s) => ({
                    ...s,
                    customPhrases: s.customPhrases.filter((x) => x.phrase !== p.phrase),
                  }))
                }
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
