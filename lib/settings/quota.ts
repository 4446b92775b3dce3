/** Chrome's `storage.sync.QUOTA_BYTES_PER_ITEM`: one stored item, key plus JSON value, in bytes. */
export const SYNC_ITEM_QUOTA = 8192;

/** The bytes sync storage counts for an item: its key plus its JSON-encoded value. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** Why settings could not be saved; the previous settings are still in storage. */
export class SettingsSaveError extends Error {
  override name = 'SettingsSaveError';
}

/** Throws a {@link SettingsSaveError} when `value` would not fit in one sync storage item. */
export function assertFitsSyncItem(key: string, value: unknown): void {
  const bytes = syncItemBytes(key, value);
  if (bytes > SYNC_ITEM_QUOTA) {
    throw new SettingsSaveError(
      `Not saved: your settings would take ${bytes} bytes, more than the ${SYNC_ITEM_QUOTA} bytes ` +
        'browser sync allows. Remove some custom phrases or sites and try again.',
    );
  }
}
