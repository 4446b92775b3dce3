/** Props of {@link AppHeader}. */
export interface AppHeaderProps {
  /** What this page is, shown under the product name (e.g. "Settings"); omitted in the popup. */
  subtitle?: string;
}

/** The product name and icon at the top of the popup and options page. */
export function AppHeader({ subtitle }: AppHeaderProps) {
  return (
    <header className="app-header">
      {/* Decorative: the heading next to it already says what this is. */}
      <img className="app-header__icon" src="/icon/32.png" alt="" width={24} height={24} />
      <div>
        <h1>Hype Lens</h1>
        {subtitle ? <p className="app-header__subtitle">{subtitle}</p> : null}
      </div>
    </header>
  );
}
