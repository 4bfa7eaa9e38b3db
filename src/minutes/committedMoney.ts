// Money committed at the meeting ("to commit up to £15m to the fund", "£250,000 be committed to …") is spent by the
// decision itself, as an award or an allocation is: nothing is left to track. Committing to a task is not money.

/** Whether the clause commits a sum of money: a form of "commit" with the sum straight after it, or before it as subject. */
export function commitsMoney(text: string): boolean {
  const sum = String.raw`(?:up\s+to\s+|a\s+further\s+|an\s+additional\s+|a\s+maximum\s+of\s+)?[£$€]\s?\d[\d,.]*\s*(?:m|bn|k|million|billion)?\b`;
  return (
    new RegExp(String.raw`\bcommit(?:s|ted)?\s+${sum}`, 'i').test(text) ||
    new RegExp(String.raw`^(?:that\s+)?${sum}[^;]{0,60}?\bbe\s+committed\b`, 'i').test(text.trim())
  );
}
