import { fileURLToPath } from 'node:url';

/** The repository root, whether run from source or from the bundle `cli/run.mjs` builds into `.cache/cli/`. */
export const ROOT = process.env.HYPE_LENS_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
