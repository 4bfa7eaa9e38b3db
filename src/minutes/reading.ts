// The reading of one clause that the grammar gives: its predicate and what the verb introduces.

export type Form = 'infinitive' | 'imperative' | 'subjunctive' | 'modal' | 'finite' | 'past' | 'participle' | 'none';

export interface Reading {
  /** The clause as read (leading "That" and the like removed). */
  text: string;
  /** The noun phrase before the predicate, as printed, or null. */
  subject: string | null;
  /** The head verb as printed, or null where the clause has none ("(i) decisions by the PCC;"). */
  verb: string | null;
  form: Form;
  passive: boolean;
  /** "be" with no participle after it: "be a standing item", "was a good idea". */
  copula: boolean;
  modal: string | null;
  negated: boolean;
  /** The words after the head verb. */
  rest: string;
  /** The clause the verb introduces: "agreed that …", "requested that X …", "be asked to …". */
  inner: Reading | null;
  /** Who the verb asks, authorises or commits to carry out `inner`. */
  asked: string | null;
}

/** A clause with no predicate the grammar can find. */
export function emptyReading(text: string): Reading {
  return {
    text,
    subject: null,
    verb: null,
    form: 'none',
    passive: false,
    copula: false,
    modal: null,
    negated: false,
    rest: text,
    inner: null,
    asked: null,
  };
}

/** The words after the head verb as printed, signs and all: "give £300 …" (the tokens, and so `rest`, leave out "£"). */
export function afterVerb(clause: Reading): string {
  const at = clause.verb ? clause.text.indexOf(clause.verb) : -1;
  return at < 0 ? clause.rest : clause.text.slice(at + clause.verb!.length);
}
