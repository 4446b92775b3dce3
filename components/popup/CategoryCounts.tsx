import type { ClaimSummary } from '@/lib/messaging';
import { CATEGORY_INFO } from '@/lib/rules';
import { countByCategory } from '@/lib/summary';

/** Props of {@link CategoryCounts}. */
export interface CategoryCountsProps {
  claims: readonly ClaimSummary[];
}

/** Claims counted per category, each with the article's counterpoint in one line. */
export function CategoryCounts({ claims }: CategoryCountsProps) {
  return (
    <section className="hl-categories" aria-labelledby="hl-categories-title">
      <h2 id="hl-categories-title">What kind of hype</h2>
      <ul className="hl-categories__list">
        {countByCategory(claims).map(({ category, count }) => {
          const info = CATEGORY_INFO[category];
          return (
            <li key={category} className="hl-category" data-category={category}>
              <span className="hl-category__count">{count}</span>
              <span className="hl-category__label">{info.label}</span>
              <span className="hl-category__counterpoint" title={info.counterpoint}>
                {info.counterpoint}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
