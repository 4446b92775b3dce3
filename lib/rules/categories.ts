import type { Category } from './schema';

/** What the popup and cards say about a category: a short label and the article's counterpoint. */
export interface CategoryInfo {
  label: string;
  counterpoint: string;
}

/** One line per category, in our own words, summarising the evidence against that kind of claim. */
export const CATEGORY_INFO: Record<Category, CategoryInfo> = {
  'front-loaded-effort': {
    label: 'Passive is not automatic',
    counterpoint:
      'Passive income is built by front-loaded work and still needs oversight; it never runs itself.',
  },
  'hidden-costs': {
    label: 'Hidden costs',
    counterpoint:
      'Hosting, tools, fees and your attention cost money and time, even when the pitch says free.',
  },
  competition: {
    label: 'Competition and low barriers',
    counterpoint: 'If AI makes something easy for you, it makes it easy for everyone else too.',
  },
  'tools-over-problems': {
    label: 'A tool is not a business',
    counterpoint:
      "Access to an AI tool creates no value by itself; a business solves someone's problem.",
  },
  distribution: {
    label: 'Nothing sells itself',
    counterpoint:
      'Without an audience and a way to reach buyers, even a good product earns nothing.',
  },
  'unrealistic-timelines': {
    label: 'Unrealistic sums and timelines',
    counterpoint:
      'Big sums in days are outliers or inventions; typical results are far smaller and slower.',
  },
  guarantees: {
    label: 'Guarantees and no risk',
    counterpoint:
      'No legitimate income opportunity can guarantee earnings; regulators treat such promises as red flags.',
  },
  permanence: {
    label: 'Income forever',
    counterpoint:
      'Platforms change and models drift; income needs periodic rework and is never permanent.',
  },
  'no-experience': {
    label: 'No experience needed',
    counterpoint:
      'Skills, strategy and judgement decide who earns; "anyone can do it" is a regulator-named red flag.',
  },
  urgency: {
    label: 'Urgency and scarcity',
    counterpoint:
      'Countdown timers and "last spots" push you to pay before you can check the claim.',
  },
  'secret-system': {
    label: 'Secret systems',
    counterpoint:
      'A real method survives daylight; "secret" and "loophole" sell the mystery, not the result.',
  },
  'ai-magic': {
    label: 'AI as magic',
    counterpoint:
      'AI speeds up parts of the work; it does not choose a market, earn trust or take responsibility.',
  },
};
