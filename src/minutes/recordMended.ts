// The record of the last meeting mended or signed — "the notes to be amended", "minutes corrected and signed", "Chair
// to sign the printed copy" — is the approval of the minutes carried out, done at the table as they are approved: no
// matter of the body's business, nothing for a clerk to track. The clause must be only that: the record (minutes,
// notes, the printed copy) as what is amended, corrected or signed, with nothing after it but a full stop.
// Pure: text in, yes or no out.

/** The record as subject, mended or signed in a passive or an instruction: "Notes to be amended", "The minutes be corrected". */
const RECORD_PASSIVE =
  /^(?:that\s+)?(?:the\s+)?(?:draft\s+)?(?:minutes|notes)(?:\s+of\s+the\s+(?:last|previous)\s+meeting)?\s+(?:to\s+be|be|will\s+be|were|are)\s+(?:amended|corrected|signed)(?:\s+(?:accordingly|and\s+signed|by\s+the\s+chair(?:man)?))*\s*\.?\s*$/i;
/** Someone to sign the record: "Chair to sign the printed copy", "The Chairman will sign the minutes". */
const RECORD_SIGNED =
  /^(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|chair\s+of\s+the\s+meeting)\s+(?:to|will|would)\s+sign\s+(?:the\s+)?(?:printed\s+|paper\s+)?(?:copy|minutes|notes|record)\s*\.?\s*$/i;

/** Whether an item's words only mend or sign the record of an earlier meeting. */
export function recordMended(text: string): boolean {
  return RECORD_PASSIVE.test(text.trim()) || RECORD_SIGNED.test(text.trim());
}
