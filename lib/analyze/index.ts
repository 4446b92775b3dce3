export { type Analyzer, createAnalyzer } from './analyzer';
export type { AnalyzerSettings, CustomPhrase, Finding, Sensitivity } from './types';
export { SENSITIVITIES } from './types';
