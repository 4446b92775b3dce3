/** In-page cards: a shadow-root overlay that explains each claim on hover or keyboard navigation. */

export type { Rect } from './geometry';
export type { Geometry } from './hit-test';
export { OVERLAY_TAG } from './host';
export {
  type CardActions,
  type CardsHandle,
  CLOSE_DELAY,
  HOVER_DELAY,
  type MountCardsOptions,
  mountCards,
} from './mount';
export type { Claim, ClaimSource } from './types';
