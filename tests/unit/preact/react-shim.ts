/**
 * `react` for the card tests' preact/compat run: preact/compat, plus the `act` React 19 exports
 * from `react` itself (Preact keeps it in preact/test-utils).
 */
// preact/compat's types use `export =`; at run time (Vite) this re-exports every named export.
// @ts-expect-error TS2498
export * from 'preact/compat';
export { default } from 'preact/compat';
export { act } from 'preact/test-utils';
