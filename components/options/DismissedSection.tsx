import { useCallback, useEffect, useState } from 'react';
import { ruleById } from '@/lib/rules';
import { clearDismissed, type DismissedClaim, dismissedItem, getDismissed } from '@/lib/settings';

function ruleTitle(ruleId: string): string {
  if (ruleId.startsWith('custom-')) return 'Your phrase';
  return ruleById(ruleId)?.title ?? ruleId;
}

function DateCell({ at }: { at: number }) {
  const date = new Date(at);
  // A stored timestamp out of range must not take the page down.
  if (Number.isNaN(date.getTime())) return <span className="muted">unknown</span>;
  return <time dateTime={date.toISOString()}>{date.toLocaleDateString()}</time>;
}

/** Claims a person marked "not hype": each can be brought back, or all at once. */
export function DismissedSection() {
  const [claims, setClaims] = useState<DismissedClaim[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    void getDismissed().then(setClaims);
  }, []);

  useEffect(() => {
    reload();
    return dismissedItem.watch(reload);
  }, [reload]);

  async function clear(keys?: string[]) {
    try {
      await clearDismissed(keys);
      setError(null);
    } catch (e) {
      setError(`Could not clear: ${e instanceof Error ? e.message : String(e)}`);
    }
    reload();
  }

  return (
    <section aria-labelledby="dismissed-heading" className="panel">
      <h2 id="dismissed-heading">Dismissed claims</h2>
      <p className="muted">
        Claims you marked as “not hype” are not marked again. They are kept on this device only.
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {claims === null ? null : claims.length === 0 ? (
        <p className="muted">No dismissed claims.</p>
      ) : (
        <>
          <table className="dismissed">
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Rule</th>
                <th scope="col">Site</th>
                <th scope="col">Dismissed</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {claims.map((c) => (
                <tr key={c.key}>
                  <td>
                    <q>{c.quote}</q>
                  </td>
                  <td>{ruleTitle(c.ruleId)}</td>
                  <td>{c.site}</td>
                  <td>
                    <DateCell at={c.at} />
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Clear dismissed claim ${c.quote}`}
                      onClick={() => void clear([c.key])}
                    >
                      Clear
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => void clear()}>
            Clear all
          </button>
        </>
      )}
    </section>
  );
}
