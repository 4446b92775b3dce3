/** The in-page annotation engine: claims found in page blocks, marked with CSS highlights. */
export { Annotator, type AnnotatorOptions } from './annotator';
export { FLASH_HIGHLIGHT, FLASH_MS, Marks } from './marks';
export { BlockShape, SPLIT_ELEMENTS } from './partition';
export { ruleForFinding } from './rule-info';
export { IDLE_TIMEOUT_MS, idleScheduler, type Scheduler, SLICE_BUDGET_MS } from './scheduler';
export { EXCERPT_LENGTH, MAX_SUMMARY_CLAIMS, pageSummary, summarizeClaim } from './summary';
export type { Claim, ClaimSource } from './types';
