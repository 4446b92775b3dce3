import { AppHeader } from '@/components/AppHeader';

/** The toolbar popup. For now it says what the extension does; the tab summary comes later. */
export default function App() {
  return (
    <main className="popup">
      <AppHeader />
      <p>
        Hype Lens marks claims of effortless income on the page you are reading and explains what
        the evidence says about each one.
      </p>
      <p>Everything runs on your device. No page text is ever sent anywhere.</p>
    </main>
  );
}
