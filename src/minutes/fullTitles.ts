// Step 6b: an owner named by a bare title ("the Director", "the Area Development Lead") where the
// minute, or failing that the document, names one fuller title that starts the same way ("the
// Director of Adult Social Care presented …", "The Area Development Lead (North) presented"):
// the owner is the officer the minutes named in full.
import type { ProposedItem } from './types.js';
import { namesBody } from './bodies.js';
import { FULL_MONTHS, OFFICE_NOUNS } from './lexicon.js';

/** A title the owner may be short for: capitalised words, at least two, or one after "the". */
// (a sentence's first word is capitalised whatever it is: "The Cabinet Member agreed …" is the same "the")
const BARE = /^(?:[Tt]he\s+)?(?<title>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)$/;

/**
 * A person's name as an attendance list puts it in brackets after a post: initials and a surname ("D Varga", "J.R.
 * Pike") or an honorific and a surname ("Mrs Lund"). A department or an area that qualifies a post never opens with a
 * lone initial: "(North)", "(Resources)", "(SEND and Inclusion)", "(s151 Officer)".
 */
const HOLDER =
  /^\s*(?:(?:[A-Z](?:\.\s*|\s+)){1,3}|(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?\s*$/;

/**
 * A person's name written out in brackets after a post, "Participation Officer (Jade Osei)", "the Licensing Manager (Ann
 * Pryor)": two or three capitalised words and nothing else — not an area (the points of the compass are a closed class:
 * "(North East)") and not words the minutes also use in lower case, as a service's are ("(Public Health)" beside "public
 * health"): a given name and a surname are not words of the text.
 */
function writtenName(bracket: string, text: string): boolean {
  const words = bracket.trim().split(/\s+/);
  if (!/^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$/.test(bracket.trim())) return false;
  if (words.some((w) => /^(?:North|South|East|West|Central|Mid|Upper|Lower|Inner|Outer)$/.test(w))) return false;
  return !words.some((w) =>
    new RegExp(String.raw`\b${w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`).test(text),
  );
}

/**
 * A holder named in brackets after a rank's capitals, as a uniformed service's list of officers prints them: "Chief Fire
 * Officer (CFO Ann Kemp)", "Station Manager (SM Tom Reed)" — two to five capitals, then a given name and a surname
 * (`writtenName`: not an area, not words the minutes also use in small letters). A post's qualifier after capitals is
 * one word, "(ICB Lead)", or a service the text names in small letters, "(NHS Primary Care)" beside "primary care".
 */
function rankedHolder(bracket: string, text: string): boolean {
  const name = /^\s*[A-Z]{2,5}\s+(?<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\s*$/.exec(bracket)?.groups?.name;
  return name !== undefined && writtenName(name, text);
}

/**
 * "by the Clerk for the December meeting", "the Chair for the March agenda": a month after "for the" or "of the" says
 * when, not what the post is of — a title is never "Clerk for the December" (the months and weekdays are a closed class,
 * and only before "meeting" or "agenda": "Head of May Events" stays whole).
 */
const NOT_A_TIME = String.raw`(?!(?:${FULL_MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:meeting|agenda)\b)`;

const MODIFIED_HEAD = /^the\s+(?<noun>officer|manager|adviser|advisor|lead|coordinator)$/i;
const PRESIDING = /^(?:(?:Vice|Deputy)[- ])?(?:Chair|Chairman|Chairwoman|Chairperson|Convener|Convenor)$/i;

/**
 * A service set after a post by a comma or a dash, as many councils print posts: "Assistant Director, Children's Social
 * Care, introduced …", "the Area Manager – Prevention reported …" — capitalised words closed by a comma, a bracket or
 * a verb; not a person in apposition ("the Director, Mrs Hale,", "the Manager, Ann Lowe," — a service after a comma
 * shows itself by "and", a possessive or capitals: "Children's Social Care", "SEND and Inclusion"), nor a task after
 * a name and a hyphen ("Ann Lowe - Book the hall").
 */
const QUALIFIER = String.raw`(?:,\s+(?!(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b)(?=[^,]*(?:\band\b|&|['’]s\b|\b[A-Z]{2,}\b))[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,3}(?=,)|\s+[–—]\s+(?!(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b)[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,2}(?=\s+[a-z]+(?:ed|s)\b|\s*[,(]))`;

function fuller(title: string, text: string, isPerson: (np: string) => boolean): string | null {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    String.raw`${/^The\s/.test(title) ? '' : String.raw`(?<!(?!(?:The|A|An)\s)\b[A-Z][\w'’-]*\s)`}\b${escaped}(?:\s+(?:of|for)\s+(?:the\s+)?${NOT_A_TIME}[A-Z][\w&'’-]*(?:,?\s+(?:and\s+|&\s+)?(?!(?:The|A|An)\s)[A-Z][\w&'’-]*){0,4}|\s*\([A-Z][\w&'’ -]{1,30}\)|${QUALIFIER})`,
    'g',
  );
  // (a capitalised article opens the next sentence, never a title's later word: "… Questions to the Cabinet Member for
  // Housing" over "The Cabinet Member said …" is the title, then the sentence — and the match must not swallow the
  // shorter title that sentence prints)
  // ("Climate Officer (Freya Holt)": a name in brackets says who holds the title; it is not part of it)
  // ("Sam (Northgate School)": after one word, a first name, the bracket says where they are from — a post is
  // qualified in brackets only after its title's words, "Area Development Lead (North)")
  const found = new Set(
    [...text.matchAll(re)]
      // (a word closed by a colon is the next line's label, not the title's last word: "… for Economy and Place" then
      // "Officers: …" on the line below)
      .map((m) => (text[m.index + m[0].length] === ':' ? m[0].replace(/\s+\S+$/, '') : m[0]))
      // ("the Director of Place, Gareth Lowe, introduced …": a given name and a surname set after the title by a comma
      // say who holds it, as in brackets — the title is the words before them, not a second, longer title; an honorific
      // may open the name: "The Cabinet Member for Parks, Councillor Ann Rudd, presented …")
      .map((f) => {
        const name =
          /,\s+(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)$/.exec(f);
        return name && writtenName(name.groups!.name, text) ? f.slice(0, name.index) : f;
      })
      .filter((f) => {
        const bracket = /\(([^)]*)\)$/.exec(f)?.[1] ?? '';
        return (
          !isPerson(bracket) && !HOLDER.test(bracket) && !writtenName(bracket, text) && !rankedHolder(bracket, text)
        );
      })
      // (the words after a comma or a dash that name a person are not a service: "the Director, Ann Lowe,")
      .filter((f) => {
        const after = /(?:,|\s[–—-])\s+(.*)$/.exec(f)?.[1] ?? '';
        return !(/\s/.test(after) && isPerson(after)) && !HOLDER.test(after);
      })
      .filter((f) => !(/\)$/.test(f) && !/\s/.test(title))),
  );
  // (a title run on into the next line's heading — "… Lifelong Learning Additional documents" — is the shorter one it starts with)
  const [shortest, ...longer] = [...found].sort((a, b) => a.length - b.length);
  return shortest && longer.every((f) => f.startsWith(`${shortest} `)) ? shortest : null;
}

export function expandTitles(
  items: ProposedItem[],
  minuteText: string,
  documentText: string,
  isPerson: (np: string) => boolean = () => false,
): void {
  for (const item of items) {
    const served = item.owner ? withService(item.owner.trim(), minuteText, isPerson) : null;
    if (served) {
      item.owner = served;
      continue;
    }
    // (the heads of OFFICE_NOUNS whose post is named by the words before them: "Climate Change Officer")
    const head = item.owner ? MODIFIED_HEAD.exec(item.owner.trim())?.groups?.noun : undefined;
    if (head) {
      const post = postBefore(head, minuteText);
      if (post) item.owner = post;
      continue;
    }
    const title = item.owner ? BARE.exec(item.owner.trim())?.groups?.title : undefined;
    // a person's name or initials is already in full
    if (
      !title ||
      /^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b/.test(title) ||
      // ("Chair to write …": in a body's minutes the chair alone is the one presiding — not "the Chair of the
      // Partnership Board" whom the minute also names; the presiding offices are a closed few)
      PRESIDING.test(title.replace(/^The\s+/, '')) ||
      // ("the Leader agreed to …": a council's Leader is an office of its own, as the Chair is — not the Leader of the
      // Opposition or of a group that the minute also names)
      /^(?:Deputy\s+)?Leader$/.test(title.replace(/^The\s+/, '')) ||
      /^[A-Z]{2,4}$/.test(title) ||
      namesBody(title)
    )
      continue;
    const named = fuller(title, minuteText, isPerson) ?? fuller(title, documentText, isPerson);
    // ("Martin Hurst agreed to …" beside "Martin Hurst (Head of Waste)" in the attendance: a given name and a surname are a
    // person, whose post in brackets says what they do — not a title's fuller form; a post ends in an office's noun)
    if (named?.startsWith(`${title} (`) && writtenName(title, documentText) && !OFFICE_NOUNS.includes(lastWord(title)))
      continue;
    if (named) item.owner = named;
  }
}

/** A post as a bare title: capitalised words, perhaps joined by "of" ("Assistant Director", "Head of Service"). */
const POST = /^(?:[Tt]he\s+)?(?<post>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){1,3})$/;

/**
 * "The Assistant Director, Safeguarding, presented the scorecard" then "the Assistant Director agreed to …": many councils
 * print a post with its service after a comma, and the minute's own sentence that shows the post acting ("presented",
 * "introduced", "said" — a verb in the past after it) says which post the bare title stands for. The service is
 * capitalised words, perhaps joined by "and", "in", "for" ("Sport and Recreation", "Children in Care"); a given name and
 * a surname there ("The Director, Cerys Amble, said") say who holds the post, not its service. Only the minute's own
 * sentences: a post printed with its service only in the attendance list is often labelled bare. Where the minute prints
 * two services for the same post, it stays as printed.
 */
function withService(owner: string, minuteText: string, isPerson: (np: string) => boolean): string | null {
  const post = POST.exec(owner)?.groups?.post;
  if (!post || PRESIDING.test(post) || namesBody(post)) return null;
  const escaped = post.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const printed = new RegExp(
    String.raw`\b[Tt]he\s+${escaped},\s+(?<service>[A-Z][\w'’-]*(?:\s+(?:(?:and|&|in|for|of)\s+)?[A-Z][\w'’-]*){0,3}),?\s+(?=[a-z]+ed\b|gave\b|said\b|spoke\b)`,
    'g',
  );
  const services = new Set(
    [...minuteText.matchAll(printed)]
      .map((m) => m.groups!.service)
      .filter((service) => !writtenName(service, minuteText) && !isPerson(service)),
  );
  return services.size === 1 ? `${post}, ${[...services][0]}` : null;
}

/**
 * "The officer agreed to circulate …", "the Manager said …": a post's bare head noun stands for the post of that head
 * the minute last named in full before it ("Climate Change Officer", "Bereavement Services Manager"), as a definite
 * noun phrase points back to the nearest thing it fits; with none before it, it stays as printed.
 */
function postBefore(head: string, minuteText: string): string | null {
  const bare = new RegExp(String.raw`\b[Tt]he\s+${head}\b`, 'i').exec(minuteText);
  if (!bare) return null;
  const noun = head.charAt(0).toUpperCase() + head.slice(1).toLowerCase();
  const posts = [
    ...minuteText.slice(0, bare.index).matchAll(new RegExp(String.raw`\b(?:[A-Z][\w'’-]*\s+){1,3}${noun}\b`, 'g')),
  ]
    .map((m) => m[0].replace(/^(?:The|A|An|Our|Its|This|Their)\s+/, ''))
    .filter((p) => p !== noun);
  return posts.pop() ?? null;
}

const lastWord = (np: string) => np.split(/\s+/).pop()!.toLowerCase();

/** The bare name of a kind of body: "the Board", "the Committee". */
const BARE_BODY = /^(?:the\s+)?(?<kind>Committee|Board|Panel|Commission|Forum)$/i;

/**
 * "The Board be asked to publish …" in a scrutiny committee's minute that has named the "Combined Authority Board": a bare
 * name of another body than this one stands for the one body of that kind the minute names in full, as a bare title
 * stands for the fuller one printed. Where the minute names none, or two, it stays as printed.
 */
export function expandBodies(items: ProposedItem[], minuteText: string, isOwn: (np: string) => boolean): void {
  for (const item of items) {
    const kind = item.owner ? BARE_BODY.exec(item.owner.trim())?.groups?.kind : undefined;
    if (!kind || isOwn(item.owner!)) continue;
    const head = kind.charAt(0).toUpperCase() + kind.slice(1).toLowerCase();
    const named = new Set(
      [...minuteText.matchAll(new RegExp(String.raw`\b(?:[A-Z][\w&'’-]*\s+){1,4}${head}\b`, 'g'))]
        .map((m) => m[0].replace(/^(?:The|A|An|This|Its|Their)\s+/, ''))
        .filter((n) => n !== head && !isOwn(n)),
    );
    if (named.size === 1) item.owner = [...named][0];
  }
}

/** The head nouns of a group set up by a body (a closed few): "task group", "working party", "steering group". */
const GROUP_HEAD = String.raw`(?:[\w'’-]+\s+)?(?:group|party)`;
/** Words that end a group's name before its head: articles, prepositions, pronouns and the verb "be" (closed classes). */
const NOT_A_NAME_WORD =
  /^(?:the|a|an|this|that|these|those|its|their|his|her|our|of|on|in|to|for|from|by|with|at|as|into|about|whether|which|who|be|is|was|were|are|been|could|would|should|will|may|might|must|can|not)$/i;

/**
 * "That a Task and Finish Group on Housing Costs be set up … That the group report its findings to the Committee": a
 * definite "the group", "the Task Group", "the working party" points back to the one group of that kind the minute
 * introduced with "a" — the owner is that group by the name it was given ("Task and Finish Group", "Flood Resilience
 * Task Group"), not the bare noun. Where the minute introduces none, or two, it stays as printed. (Whether "That the group
 * report its findings to the Committee" has an owner at all the labelled sets disagree — fresh 19 none, fresh 34 the
 * group — so an item the grammar gave no owner is left so.)
 */
export function expandGroups(items: ProposedItem[], minuteText: string): void {
  for (const item of items) {
    const np = item.owner
      ? new RegExp(String.raw`^(?:the\s+)?(?<np>${GROUP_HEAD})$`, 'i').exec(item.owner.trim())?.groups?.np
      : undefined;
    if (!np) continue;
    const words = np.replace(/\s+/g, ' ');
    const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`);
    const names = [
      ...minuteText.matchAll(new RegExp(String.raw`\b(?:a|an)\s+(?<name>(?:[\w'’&-]+\s+){0,6}?${escaped})\b`, 'gi')),
    ]
      .map((m) => m.groups!.name.replace(/\s+/g, ' '))
      // (the words before the head are its name only where none of them ends a noun phrase: "a meeting with the group" is not a name)
      .filter((n) => n.toLowerCase() !== words.toLowerCase())
      .filter((n) =>
        n
          .split(' ')
          .slice(0, -words.split(' ').length)
          .every((w) => !NOT_A_NAME_WORD.test(w)),
      );
    const distinct = new Set(names.map((n) => n.toLowerCase()));
    if (distinct.size === 1) item.owner = names[names.length - 1];
  }
}
