import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/** A claim a person marked "not hype": remembered by rule and the exact text it was found in. */
export const DismissedClaim = z.object({
  key: z.string().check(z.minLength(1)),
  ruleId: z.string(),
  quote: z.string(),
  site: z.string(),
  at: z.number(),
});

/** One dismissed claim. */
export type DismissedClaim = z.infer<typeof DismissedClaim>;

const DismissedList = z.array(DismissedClaim);

/** Dismissed claims live in `local` storage: they can be many, and they are about pages seen on this device. */
export const dismissedItem = storage.defineItem<unknown>('local:dismissed', {
  fallback: [],
  version: 1,
});

/** The key a dismissal is remembered by: the rule, the quote and a hash of the block's text. */
export function dismissKey(ruleId: string, quote: string, blockText: string): string {
  let hash = 2166136261;
  for (let i = 0; i < blockText.length; i++) {
    hash ^= blockText.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return `${ruleId}|${quote.toLowerCase()}|${(hash >>> 0).toString(36)}`;
}

/** The dismissed claims, dropping any entry that fails the schema. */
export async function getDismissed(): Promise<DismissedClaim[]> {
  try {
    const value = await dismissedItem.getValue();
    return Array.isArray(value)
      ? value.flatMap((v) => (DismissedClaim.safeParse(v).success ? [v as DismissedClaim] : []))
      : [];
  } catch {
    return [];
  }
}

/** Remembers one claim as "not hype". */
export async function addDismissed(claim: DismissedClaim): Promise<void> {
  const current = await getDismissed();
  if (current.some((c) => c.key === claim.key)) return;
  await dismissedItem.setValue(DismissedList.parse([...current, claim]));
}

/** Forgets dismissed claims: all of them, or those with the given keys. */
export async function clearDismissed(keys?: readonly string[]): Promise<void> {
  const current = await getDismissed();
  await dismissedItem.setValue(keys ? current.filter((c) => !keys.includes(c.key)) : []);
}
