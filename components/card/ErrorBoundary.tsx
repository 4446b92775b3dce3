import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Renders nothing once anything below it throws: a broken card must never surface as an error
 * in the page's console or take the page's own UI down with it.
 */
export class CardErrorBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(): void {
    // Deliberately silent: the page's console belongs to the page.
  }

  render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
