/** How the card names each signal the analyzer reports (see `Finding.signals`). */
export const SIGNAL_WORDS: Readonly<Record<string, string>> = {
  'specific-sum': 'a specific sum',
  rate: 'a rate of pay',
  timeframe: 'a short timeframe',
  'call-to-action': 'a call to action',
  effortless: 'effortless framing',
  'combined-claims': 'several claims together',
  quoted: 'quoted',
  'pitch-voice': 'a post that reads as a sales pitch',
};

/** The signals in words, in the order given, without repeats; unknown ones read as plain words. */
export function signalsInWords(signals: readonly string[]): string[] {
  const words = signals.map((s) => SIGNAL_WORDS[s] ?? s.replace(/[-_]+/g, ' '));
  return [...new Set(words)];
}

/** "a, b and c": an English list for a sentence. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
