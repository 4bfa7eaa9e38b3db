// Which body a noun phrase names, and whether it is the body whose minutes these are. "The
// Committee", "the Panel" and this body's own name (or its initials, "H&WB") are this body;
// "the Constitution Committee", "Cabinet" in a scrutiny committee's minutes, "UHL and the
// CCGs" are others. A body is known by its head noun, or by being written in initials.
import { BODY_NOUNS, alternatives } from './lexicon.js';

/** The body whose minutes these are, as the document names it. */
export interface OwnBody {
  /** Its name as printed, or null where the page does not say. */
  name: string | null;
  /** Whether a noun phrase names this body. */
  is(np: string): boolean;
  /** Where no name is printed, the head noun the minutes call the body by ("The Panel considered …"). */
  head?: string | null;
}

/** Headings that name the body: "Minutes of the Cabinet held …", "Meeting: 07/06/2018 - Health and Wellbeing Board (Item 8)", "Cabinet - Wednesday, 22nd March". */
const NAMING = [
  /^minutes?\s+of\s+(?:(?:a|an|the)\s+)?(?:(?:public|ordinary|special|extraordinary|annual|remote|virtual)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?<name>[A-Z][\w&'’ ,-]{2,100}?)\s+(?:held|on|at|meeting)\b/i,
  /^(?:meeting|made at meeting|decided at meeting)\s*:\s*\d{1,2}\/\d{1,2}\/\d{4}\s*-\s*(?<name>[^(]{3,100}?)\s*(?:\(|$)/i,
  /^decision\s+maker\s*:\s*(?<name>.{3,100})$/i,
  /^(?<name>[A-Z][\w&'’ -]{2,80}?)\s+-\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
  // a committee page's own header, "Meeting of Harbour Panel, Tuesday, 9th November, 2027 6.00 pm", "Minutes of Harbour
  // Panel, Tuesday, …": the line opens with it and the weekday follows the name at once, so the council printed above it
  // on the page (or after a dash at the line's end) is the parent, not this body
  /^(?:meeting|minutes)\s+of\s+(?:the\s+)?(?<name>[A-Z][\w&'’ -]{2,100}?),\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
];
const HEAD = new RegExp(
  String.raw`\b(?:${alternatives(['committee', 'sub-committee', 'board', 'panel', 'cabinet', 'council', 'commission', 'authority', 'executive', 'forum', 'group', 'partnership', 'working party', 'session', 'governing body', 'body'])})(?:\s+of\s+(?:directors|governors|trustees|management))?$`,
  'i',
);
/**
 * The bodies that meet inside an authority: named under the authority's own name, they are the body whose minutes these
 * are ("a working party" too: a council's members meeting on one review, as a task group does).
 */
const MEETING_INSIDE = new RegExp(
  String.raw`\b(?:${alternatives(['committee', 'sub-committee', 'board', 'panel', 'cabinet', 'commission', 'executive', 'forum', 'group', 'partnership', 'working party', 'session', 'body'])})(?:\s+of\s+\w+)?$`,
  'i',
);

const INSIDE_ITS_PARENT = new RegExp(
  String.raw`^(?<body>.*?\b(?:${alternatives(['committee', 'sub-committee', 'board', 'panel', 'cabinet', 'commission', 'forum', 'group', 'partnership', 'executive'])}))\s+of\s+(?:the\s+)?(?<parent>.+\b(?:${alternatives(['council', 'authority', 'trust', 'board'])}))$`,
  'i',
);

export function ownBodyOf(lines: string[]): OwnBody {
  const opening = lines.slice(0, 150).map((l) => l.replace(/^#{1,6}\s+/, '').trim());
  let name: string | null = null;
  for (const re of NAMING) {
    for (const l of opening) {
      const found = re
        .exec(l)
        ?.groups?.name?.trim()
        .replace(/^the\s+/i, '');
      if (found && HEAD.test(found) && !/^meeting$/i.test(found)) {
        name = found;
        break;
      }
    }
    if (name) break;
  }
  name ??= masthead(opening.filter(Boolean).slice(0, 12));
  // "The Panel considered the work programme": with no name, at least the kind of body
  const head = name
    ? null
    : (new RegExp(
        String.raw`\bthe\s+(committee|panel|board|commission|forum|authority|cabinet)\s+(?:${alternatives(['considered', 'noted', 'agreed', 'resolved', 'received', 'approved', 'welcomed', 'discussed', 'was'])})\b`,
        'i',
      )
        .exec(lines.join(' '))?.[1]
        .toLowerCase() ?? null);
  // "the Environment Committee of Mid Ulster District Council": a body meeting inside another, named with it — the
  // committee met; the council is its parent, and "Council" in its minutes is that parent
  const inside = name ? INSIDE_ITS_PARENT.exec(name)?.groups : undefined;
  if (inside) name = inside.body;
  const parent = inside
    ? headNoun(inside.parent)
    : name
      ? parentHead(opening.filter(Boolean).slice(0, 12), name)
      : null;
  const office = soleDecisionMaker(opening);
  const kind = kindOf(name) ?? head;
  return {
    name,
    head,
    is: (np) => (isOwn(np, name, parent) && !otherKind(np, kind, name)) || (office !== null && holdsOffice(np, office)),
  };
}

/** The kinds of body a bare "the Committee", "the Board" names: a closed few. */
const KINDS = new Set(['committee', 'panel', 'board', 'commission', 'forum']);

/** The kind of body a name is: "Local Pension Board" → board, "Board of Directors" → board. */
function kindOf(name: string | null): string | null {
  const head = name ? HEAD.exec(name)?.[0].split(/\s+/)[0].toLowerCase() : null;
  return head && KINDS.has(head) ? head : null;
}

/**
 * "The Committee be asked to respond …" in a pension board's minutes, "the Board be asked to publish …" in a scrutiny
 * committee's: a bare name of another kind of body than this one is another body (its parent committee, the board it
 * scrutinises). A sub-committee may call itself "the Committee", so only the kinds above are told apart.
 */
function otherKind(raw: string, kind: string | null, name: string | null): boolean {
  const np = raw
    .trim()
    .replace(/^(?:the|this)\s+/i, '')
    .toLowerCase();
  // (but "the Forum" is the Housing Forum Committee: a word of its own name)
  return kind !== null && KINDS.has(np) && np !== kind && !words(name ?? '').includes(np);
}

/**
 * "Decision Maker: Cabinet Member for Transport (Cllr A Khan)": a decision session of one member, who decides alone —
 * their office is the body whose minutes these are ("The Cabinet Member asked that …" is the body asking). Only an
 * office, not a body: a committee named as decision maker is read as any body's name is.
 */
function soleDecisionMaker(opening: string[]): string | null {
  for (const line of opening) {
    const office = /^decision\s+maker\s*:\s*(?<office>[^(]{3,100}?)\s*(?:\(|$)/i.exec(line)?.groups?.office;
    if (office) return HEAD.test(office) || BODY_NOUNS.has(office.toLowerCase()) ? null : office;
  }
  return null;
}

/** "the Cabinet Member", "Cabinet Member for Transport": the office in full, or its title before "for"/"of". */
function holdsOffice(raw: string, office: string): boolean {
  const np = raw
    .trim()
    .replace(/^the\s+/i, '')
    .toLowerCase();
  const full = office.toLowerCase();
  return np === full || np === full.split(/\s+(?:for|of)\s+/)[0];
}

const headNoun = (name: string): string =>
  name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/\s+/)
    .pop() ?? '';

/**
 * The head noun of the organisation a committee's minutes are printed under ("NORTHMOOR COMBINED AUTHORITY"
 * above "Minutes of the Audit Committee"): in those minutes "the Authority" is that parent, not the committee.
 */
function parentHead(opening: string[], name: string): string | null {
  const own = headNoun(name);
  for (const line of opening) {
    const l = line.replace(/\s*\([^)]*\)$/, '').trim();
    if (/[.:]$|\s{3,}/.test(l) || l.split(/\s+/).length > 10 || /^minutes\b/i.test(l)) continue;
    const noun = headNoun(l);
    if (BODY_NOUNS.has(noun) && noun !== own && !words(name).includes(noun)) return noun;
  }
  return null;
}

/**
 * The masthead's lines that are only a body's name: "WESTBROOK BOROUGH COUNCIL", "CABINET", "Brookfield Primary School – Full Governing Body".
 * Under an authority's name, the committee, board or cabinet printed after it is the body that met.
 */
function masthead(opening: string[]): string | null {
  // (it ends where the numbered minutes begin: "3. Referrals from Cabinet" is a minute's title)
  // (or where the attendance starts, "Present:", "Yn bresennol / Present:": the bodies members come from are not this one)
  const firstMinute = opening.findIndex(
    (l) =>
      /^\(?\d{1,4}[.)]?\s+[A-Z]/.test(l) ||
      /^(?:[^/:]{1,30}\/\s*)?(?:present|attendees|attending|in attendance|members present|apologies)\b/i.test(l),
  );
  const names = (firstMinute >= 0 ? opening.slice(0, firstMinute) : opening)
    .filter((l) => !/\s{3,}|[.:]$/.test(l))
    .flatMap((l) => l.replace(/^minutes\s+of\s+(?:the\s+)?/i, '').split(/\s+[–—-]\s+|\s*\/\s*/))
    .map((l) => l.replace(/\s*\([^)]*\)$/, '').trim())
    .filter(
      (l) =>
        HEAD.test(l) && l.split(/\s+/).length <= 10 && !/^(?:the\s+)?(?:committee|board|panel|group|body)$/i.test(l),
    );
  return [...names].reverse().find((n) => MEETING_INSIDE.test(n)) ?? names[0] ?? null;
}

const GENERIC_OWN = new RegExp(
  String.raw`^(?:the\s+|this\s+|its\s+|our\s+)?(?:${alternatives(['committee', 'sub-committee', 'panel', 'board', 'commission', 'authority', 'forum', 'group', 'meeting', 'decision session', 'session'])})$`,
  'i',
);

/**
 * "The Executive Member considered the report": in the record of an executive member's own decision session the
 * member is the body that decides. In any other body's minutes ("The Executive Member undertook to brief ward members",
 * in a scrutiny committee's) the member is someone else, who can be asked to act.
 */
const EXECUTIVE_MEMBER = /^(?:the\s+|this\s+)?executive\s+member$/i;
const hisOwnSession = (name: string | null) => !name || /\b(?:decision\s+session|executive\s+member)\b/i.test(name);

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9& ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(?:the|of|and|&|for|a|an)$/.test(w));
}

/** Initials of a name: "Health and Wellbeing Board" → "HWB". */
function initials(name: string): string {
  return words(name)
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

function isOwn(raw: string, name: string | null, parent: string | null = null): boolean {
  const np = raw
    .trim()
    .replace(/['’]s$/, '')
    .replace(/^(?:the\s+|this\s+)/i, '');
  if (GENERIC_OWN.test(raw.trim()) || GENERIC_OWN.test(np)) return !parent || headNoun(np) !== parent;
  if (EXECUTIVE_MEMBER.test(raw.trim())) return hisOwnSession(name);
  if (!name) return false;
  const mine = words(name);
  const theirs = words(np);
  if (!theirs.length) return false;
  // The same name, or its ending ("the LLR Health Overview and Scrutiny Committee" for the Leicestershire, Leicester and Rutland one).
  let common = 0;
  while (
    common < Math.min(mine.length, theirs.length) &&
    mine[mine.length - 1 - common] === theirs[theirs.length - 1 - common]
  )
    common++;
  if (common === theirs.length && common === mine.length) return true;
  if (common >= 3) return true;
  // "the Community Council" for the Glenmore Community Council: its own last words, two at least
  if (common >= 2 && common === theirs.length) return true;
  // Its initials: "H&WB", "HOSC".
  const letters = np.replace(/[^A-Za-z]/g, '');
  // (or the initials of its last words: "HWB" for the Leicestershire Health and Wellbeing Board)
  const full = initials(name);
  if (
    /^[A-Z&]{2,8}$/.test(np.replace(/\s+/g, '')) &&
    letters.length >= 2 &&
    (letters.toUpperCase() === full || (letters.length >= 3 && full.endsWith(letters.toUpperCase())))
  )
    return true;
  // Its initials before its own head noun: "F&GP Committee" for the Finance and General Purposes Committee
  const [lead, ...rest] = np.split(/\s+/);
  if (
    rest.length === 1 &&
    rest[0].toLowerCase() === mine[mine.length - 1] &&
    /^[A-Z&]{2,8}$/.test(lead) &&
    lead.replace(/&/g, '') === initials(mine.slice(0, -1).join(' '))
  )
    return true;
  // A lone head noun the body is named by: "Cabinet" in Cabinet's minutes, "Council" in a council's.
  // (or the noun before its closing "Board" or "Committee": "the Partnership" for the Transport Partnership Board —
  // but not "Cabinet": a Roads Cabinet Committee is a committee of the Cabinet, and recommends to it)
  return (
    theirs.length === 1 &&
    (mine[mine.length - 1] === theirs[0] ||
      (mine.length >= 3 &&
        BODY_NOUNS.has(mine[mine.length - 1]) &&
        BODY_NOUNS.has(theirs[0]) &&
        theirs[0] !== 'cabinet' &&
        mine[mine.length - 2] === theirs[0]))
  );
}

/** The body "its" or "their" stands for: the last body named before it ("to the Trust Board in her report to its April meeting"). */
export function bodyBefore(text: string): string | null {
  const last = [
    // (or the one asked, after a verb of asking — closed: "to ask the Licensing Panel to review the fees at its meeting";
    // a name may hold "and": "the Overview and Scrutiny Board")
    ...text.matchAll(
      /\b(?:to|by|of|from|for|with|ask|asks|asking|request|requests|requesting)\s+(?:the\s+|(?<self>this\s+))?(?<np>(?:[A-Z][\w&'’-]*\s+(?:(?:and|&)\s+)?){0,5}[A-Z][\w&'’-]*)/g,
    ),
  ].pop()?.groups;
  // ("to ask the Port Users Group to present its survey to this Committee at its next meeting": this body, named last)
  if (last?.self) return null;
  const np = last?.np;
  if (np && namesBody(np)) return np;
  // ("That the Licensing Committee be asked to consider …, at its meeting on 9 February": the body the clause is about,
  // when no body is named after it)
  const subject =
    /^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?(?<np>(?:[A-Z][\w&'’-]*\s+){0,5}[A-Z][\w&'’-]*)\s+(?:be|is|are|to|will|would)\s/.exec(
      text.trim(),
    )?.groups?.np;
  return subject && namesBody(subject) ? subject : null;
}

/** A noun phrase that names a body rather than a person: its head noun, or initials ("UHL", "the CCGs"). */
export function namesBody(raw: string): boolean {
  const np = raw.trim().replace(/[.,;:]+$/, '');
  if (!np) return false;
  // "UHL and the CCGs", "Cabinet and NHS bodies": every part a body
  const parts = np
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((p) => p.replace(/^the\s+/i, '').trim())
    .filter(Boolean);
  return parts.length > 0 && (parts.every(partNamesBody) || partNamesBody(np));
}

/** One noun phrase: a body by its head noun ("the Leader of the Council" is a person: the head comes before "of"), or initials. */
function partNamesBody(part: string): boolean {
  if (/^[A-Z]{3,6}s?$|^[A-Z]{2,6}s$/.test(part)) return true;
  const head = part.split(/\s+(?:of|for|in|at|on|with|from)\s+/i)[0].split(/\s+/);
  const last = head
    .pop()!
    .toLowerCase()
    .replace(/['’]s$/, '');
  // "the Chief Executive", "Deputy Executive": a rank makes the head noun a person's title
  return (
    BODY_NOUNS.has(last) && !/^(?:chief|deputy|assistant|acting|interim|associate)$/i.test(head[head.length - 1] ?? '')
  );
}
