/**
 * The card's stylesheet, applied inside the overlay's shadow root only. `:host { all: initial }`
 * cuts off everything the page's CSS would otherwise let inherit into the overlay.
 */
export const CARD_CSS = `
:host {
  all: initial;
  position: fixed;
  top: 0;
  left: 0;
  width: 0;
  height: 0;
  z-index: 2147483647;
  pointer-events: none;
}

.frame {
  --bg: #fffdf7;
  --fg: #1d1b16;
  --muted: #5b5548;
  --border: #d9cfb8;
  --accent: #8a5a00;
  --quote-bg: #f6efdc;
  --button-bg: #f3ead4;
  --button-fg: #1d1b16;
  --focus: #1a5fb4;
  --low: #4a6b2f;
  --medium: #8a5a00;
  --high: #a1261b;
  position: fixed;
  top: 0;
  left: 0;
  box-sizing: border-box;
  width: min(360px, calc(100vw - 16px));
  max-width: 360px;
  overflow: auto;
  overscroll-behavior: contain;
  pointer-events: auto;
  color-scheme: light;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg);
  background: var(--bg);
  border: 1px solid var(--border);
  border-radius: 10px;
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.22), 0 1px 3px rgb(0 0 0 / 0.12);
  text-align: left;
  direction: ltr;
  white-space: normal;
  overflow-wrap: anywhere;
}

.frame[data-placed="false"] {
  visibility: hidden;
}

@media (prefers-color-scheme: dark) {
  .frame {
    --bg: #23211c;
    --fg: #f1ece0;
    --muted: #c2b9a5;
    --border: #4a4538;
    --accent: #f0b64b;
    --quote-bg: #302c23;
    --button-bg: #3a352a;
    --button-fg: #f1ece0;
    --focus: #8ab4ff;
    --low: #a8d08d;
    --medium: #f0b64b;
    --high: #ff8a7a;
    color-scheme: dark;
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.6);
  }
}

@media (prefers-reduced-motion: no-preference) {
  .frame[data-placed="true"] {
    animation: hype-lens-in 120ms ease-out;
  }
  @keyframes hype-lens-in {
    from { opacity: 0; }
    to { opacity: 1; }
  }
}

.card {
  padding: 12px 14px 14px;
  outline: none;
}

.card:focus-visible {
  outline: 2px solid var(--focus);
  outline-offset: -2px;
  border-radius: 10px;
}

.head {
  display: flex;
  align-items: flex-start;
  justify-content: space-between;
  gap: 8px;
}

p, h2, h3, ul, blockquote {
  margin: 0;
  padding: 0;
}

.eyebrow {
  font-size: 12px;
  color: var(--muted);
  letter-spacing: 0.01em;
}

.title {
  margin-top: 2px;
  font-size: 16px;
  font-weight: 650;
  line-height: 1.3;
}

h3 {
  margin-top: 10px;
  font-size: 13px;
  font-weight: 650;
  color: var(--accent);
}

.badge {
  display: inline-block;
  margin-top: 6px;
  padding: 1px 8px;
  border: 1px solid currentColor;
  border-radius: 999px;
  font-size: 12px;
  font-weight: 600;
}
.badge-low { color: var(--low); border-style: dotted; }
.badge-medium { color: var(--medium); border-style: dashed; }
.badge-high { color: var(--high); border-style: solid; border-width: 2px; }

.quote {
  margin-top: 8px;
  padding: 6px 10px;
  border-left: 3px solid var(--accent);
  background: var(--quote-bg);
  border-radius: 4px;
  font-style: italic;
  white-space: pre-wrap;
}

.questions {
  margin-top: 2px;
  padding-left: 20px;
  list-style: disc;
}

.questions li + li {
  margin-top: 2px;
}

.raised, .source {
  margin-top: 10px;
  font-size: 12.5px;
  color: var(--muted);
}

.raised .label {
  font-weight: 600;
}

.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  margin-top: 12px;
}

button {
  all: unset;
  box-sizing: border-box;
  cursor: pointer;
  font: inherit;
}

.action {
  padding: 5px 12px;
  border: 1px solid var(--border);
  border-radius: 6px;
  background: var(--button-bg);
  color: var(--button-fg);
  font-weight: 600;
}

.action:hover {
  border-color: var(--accent);
}

.close {
  flex: none;
  width: 28px;
  height: 28px;
  margin: -4px -6px 0 0;
  border-radius: 6px;
  text-align: center;
  font-size: 20px;
  line-height: 28px;
  color: var(--muted);
}

.close:hover {
  background: var(--button-bg);
  color: var(--fg);
}

button:focus-visible {
  outline: 2px solid var(--focus);
  outline-offset: 2px;
}
`;
