import { type ComponentType, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** Renders an extension page's root component into its `#root` element. */
export function mountApp(App: ComponentType, rootId = 'root'): void {
  const container = document.getElementById(rootId);
  // A missing root is a broken build, not a user situation: fail loudly in development.
  if (!container) throw new Error(`Hype Lens: #${rootId} is missing from the page`);
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
