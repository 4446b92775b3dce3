import { defineWebExtConfig } from 'wxt';

// `wxt dev` must not try to open a browser: CI and dev containers have no display.
// Load .output/chrome-mv3-dev by hand instead (see README).
export default defineWebExtConfig({
  disabled: true,
});
