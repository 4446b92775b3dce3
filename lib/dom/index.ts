/** Text extraction from page DOM: blocks of visible text with a map back to text nodes. */
export { adapterFor, genericAdapter, siteAdapters } from './adapters';
export { type ExtractOptions, extractBlocks } from './extract';
export {
  blockStillValid,
  type GapSegment,
  type MappedText,
  type OffsetMap,
  rangeFor,
  rangesFor,
  type Segment,
  type TextSegment,
} from './offset-map';
export { OVERLAY_ATTRIBUTE } from './skip';
export type { Block, BlockKind, BlockRule, ExtractRoot, SiteAdapter } from './types';
