// The fields of a record of an executive decision. The regulations that govern such a record (in England, the
// executive arrangements regulations of 2012) name what it states besides the decision: the reasons, the
// alternative options considered and rejected, any conflict of interest declared and any dispensation granted; a
// web page adds when the call-in period ends, when the decision may be implemented and the wards it touches. Each is
// printed as a label and its value ("Reasons:  The survey found …", "Call-in deadline: 5 pm, 9 May"), and an
// owner's field under them ("Lead officer: Jo Bright") names the officer the record is filed under — it marks no
// action in the field above it.
/**
 * The labels of a decision record's own fields (a closed class: the statutory record's contents and the call-in
 * notice printed with it). A label may run on with its qualifiers ("Reasons for the decision", "Alternative options
 * considered and rejected", "Call-in expiry date").
 */
const RECORD_FIELD_LABELS = [
  String.raw`reasons?(?:\s+for\s+(?:the\s+)?decisions?)?`,
  String.raw`alternatives?(?:\s+options?)?(?:\s+considered)?(?:\s+and\s+rejected)?`,
  String.raw`options\s+considered(?:\s+and\s+rejected)?`,
  String.raw`call[- ]?in(?:\s+(?:deadline|period|expiry(?:\s+date)?|date|ends?|expires))?`,
  String.raw`date\s+(?:of\s+)?(?:publication|decision)`,
  String.raw`(?:date\s+)?(?:decision\s+)?(?:may\s+be\s+)?implement(?:ed|ation)(?:\s+date)?`,
  String.raw`wards?(?:\s+affected)?`,
  String.raw`(?:declarations?\s+of\s+|conflicts?\s+of\s+)interests?(?:\s+declared)?`,
  String.raw`dispensations?(?:\s+granted)?`,
];
const RECORD_FIELD = new RegExp(String.raw`^(?:${RECORD_FIELD_LABELS.join('|')})\s*:\s*\S`, 'i');

/** Whether a line (or paragraph) is one of a decision record's own fields: "Reasons: …", "Call-in deadline: …". */
export const isRecordField = (text: string): boolean => RECORD_FIELD.test(text.trim());

/** The same label printed alone as a heading over its field ("REASONS", "Alternative options considered:"). */
const RECORD_FIELD_HEADING = new RegExp(String.raw`^(?:${RECORD_FIELD_LABELS.join('|')})\s*:?\s*$`, 'i');

/**
 * Whether a line is a decision record's field label standing alone as a heading: what is listed under it ("1. The
 * Panel took account of …", "(a) Keep the hall open - rejected …") is the field's content — the reasons, the
 * options turned down — never the decision itself.
 */
export const isRecordFieldHeading = (text: string): boolean => RECORD_FIELD_HEADING.test(text.trim());
