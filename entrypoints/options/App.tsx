import { AppHeader } from '@/components/AppHeader';

/** The options page. The per-rule switches arrive with the settings issue. */
export default function App() {
  return (
    <main className="options">
      <AppHeader subtitle="Settings" />
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">Rules</h2>
        <p>
          The rules Hype Lens checks pages against will be listed here, each with a switch to turn
          it on or off.
        </p>
      </section>
    </main>
  );
}
