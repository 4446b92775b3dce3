/** Text extraction from page DOM: blocks of visible text with a map back to text nodes. */
export { adapterFor, genericAdapter, siteAdapters } from './adapters';
export { extractBlocks, type ExtractOptions } from './extract';
export {
  blockStillValid,
  rangeFor,
  rangesFor,
  type GapSegment,
  type MappedText,
  type OffsetMap,
  type Segment,
  type TextSegment,
} from './offset-map';
export { OVERLAY_ATTRIBUTE } from './skip';
export type { Block, BlockKind, BlockRule, ExtractRoot, SiteAdapter } from './types';
