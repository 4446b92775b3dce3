export { BADGE_COLORS, badgeText } from './badge';
export { groupByPost, type PostGroup } from './group';
export {
  type CategoryCount,
  type ClaimLike,
  claimsLabel,
  countByCategory,
  HYPE_LEVEL_LABEL,
  HYPE_LEVELS,
  type HypeLevel,
  highestSeverity,
  hypeLevel,
} from './level';
export { siteOf, type Unscannable, unscannableReason } from './page-kind';
export { isSitePaused, withSitePaused } from './pause';
export { hostOf, markdownReport, markdownText } from './report';
export { ruleTitle } from './rule-title';
