// A minute printed twice: a Modern.gov page gives the decision under "Decision:" ("The Committee agreed:
// (a) to allocate £X …") and the minute's own copy under "Minutes:" ("RESOLVED – That (a) £X be allocated
// …"). The two copies word each clause differently — the infinitive of the decision sheet, the subjunctive
// of the resolution — but hold the same words of substance, clause for clause, with the same labels and
// figures. The second copy is the first one again, not further decisions.

/** Words that carry no substance here: function words and the verbs' own voice. */
const SLIGHT = new Set(
  'the and that with from for into onto upon this these those have been being which their them they its also such'.split(
    ' ',
  ),
);

/** A clause's label ("(a)", "(2)", "(iii)") and its words of substance, each cut to a stem of five letters. */
function gist(paragraph: string): { label: string; figures: string; words: Set<string> } {
  const label = /^\s*\(?([a-z]{1,4}|\d{1,2})[).]\s/i.exec(paragraph)?.[1]?.toLowerCase() ?? '';
  const text = paragraph.toLowerCase();
  const figures = (text.match(/£?\d[\d,.]*/g) ?? []).map((f) => f.replace(/[.,]$/, '')).join(' ');
  const words = new Set((text.match(/[a-z]{4,}/g) ?? []).filter((w) => !SLIGHT.has(w)).map((w) => w.slice(0, 5)));
  return { label, figures, words };
}

function sameClause(a: string, b: string): boolean {
  const x = gist(a);
  const y = gist(b);
  if (x.label !== y.label || x.figures !== y.figures) return false;
  const fewer = Math.min(x.words.size, y.words.size);
  if (fewer < 3) return false;
  let shared = 0;
  for (const w of x.words) if (y.words.has(w)) shared++;
  return shared / fewer >= 0.8;
}

/** Whether two blocks of one minute print the same decision, clause for clause, however each is worded. */
export function reprinted(first: string[], second: string[]): boolean {
  const a = first.filter((p) => p.trim());
  const b = second.filter((p) => p.trim());
  return a.length > 0 && a.length === b.length && a.every((p, k) => sameClause(p, b[k]));
}
