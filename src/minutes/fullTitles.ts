// Step 10: an owner named by a bare title ("the Director", "the Assistant Director") where the
// minute, or failing that the document, names one fuller title that starts the same way ("the
// Director of Adult Social Care presented …"): the owner is the officer the minutes named in full.
import type { ProposedItem } from './types.js';

const BARE = /^(?:the\s+)?(?<title>(?:[A-Z][\w'’-]*\s+){0,2}(?:Director|Manager|Officer|Head|Lead|Secretary|Executive))$/;

function fuller(title: string, text: string): string | null {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(String.raw`(?<![A-Z][\w'’-]*\s)\b${escaped}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&'’-]*){0,4}`, 'g');
  const found = new Set([...text.matchAll(re)].map((m) => m[0]));
  return found.size === 1 ? [...found][0] : null;
}

export function expandTitles(items: ProposedItem[], minuteText: string, documentText: string): void {
  for (const item of items) {
    const title = item.owner ? BARE.exec(item.owner.trim())?.groups?.title : undefined;
    if (!title) continue;
    const named = fuller(title, minuteText) ?? fuller(title, documentText);
    if (named) item.owner = named;
  }
}
