// Item ids as a clerk types them: "A12", "a12" or "12" all name item A12.

export const ITEM_ID = /^a?(\d{1,9})$/i;

/** "A12" for "a12", "A12" or "12"; null for anything else. */
export function normaliseItemId(id: string): string | null {
  const match = ITEM_ID.exec(id.trim());
  return match ? `A${Number(match[1])}` : null;
}
