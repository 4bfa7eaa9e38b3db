// Who is at the meeting: the names, initials and roles the minutes list under "Present",
// "In attendance", "Clerk:", and anyone they show speaking ("The Scrutiny Officer presented …").
// A sentence in the discussion that says one of these "will" do something records an action;
// the same words about a service or a plan do not. Initials are read as those people.
import { ATTENDANCE_LINE, HONORIFIC_WORDS, SPEECH_VERBS, alternatives } from './lexicon.js';
import { chairTitles } from './chairTitles.js';

export interface People {
  /** Whether a noun phrase names someone at the meeting or someone the minutes show acting. */
  knows(np: string): boolean;
  /** Initials the attendance list gives ("Mrs Alison Kerr … AK") → the person, where it gives them. */
  initials: Map<string, string>;
  /**
   * The words of the names the members' own line lists ("Present:", "Members:", "Sederunt:"), lower case; empty where
   * the minutes print no such line. Those listed elsewhere ("Also:", "In attendance:") are officers and guests.
   */
  members: Set<string>;
  /**
   * The titles the attendance list gives the one who chaired, lower case: "Cllr A Bloggs (Leader, in the Chair)" →
   * "leader". Whoever chairs speaks for the body, by whatever title the minutes then call them.
   */
  chairs?: Set<string>;
}

/** The line that lists the body's own members, not its officers or guests. */
const MEMBERS_LINE =
  /^(?:present|members(?:\s+present)?|councillors\s+present|governors\s+present|panel\s+members\s+present|sederunt)\s*[:–—-]/i;

const NAME = String.raw`(?:${HONORIFIC_WORDS})\.?\s+(?:[A-Z]\.?\s*)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][\w'’-]+`;
const HONORIFIC_NAME = new RegExp(String.raw`^(?:the\s+)?(?:${HONORIFIC_WORDS})\.?\s+[A-Z]`);

export function peopleOf(lines: string[]): People {
  const names = new Set<string>();
  const initials = new Map<string, string>();
  const roles = new Set<string>();
  const addName = (raw: string) => {
    const name = raw.replace(/\s*\(.*$/, '').trim();
    if (!name) return;
    names.add(name.toLowerCase());
    const parts = name.replace(new RegExp(String.raw`^(?:${HONORIFIC_WORDS})\.?\s+`), '').split(/\s+/);
    if (parts.length >= 2) {
      names.add(parts[0].toLowerCase()); // a first name: "Colin"
      names.add(parts[parts.length - 1].toLowerCase()); // a surname
    }
  };
  const members = new Set<string>();
  const chairs = new Set<string>();
  let inAttendance = false;
  let inMembers = false;
  // Informal notes list who came by first name under a lead of their own ("Who came: Aisha (Northgate), Ben, …"): a
  // list of names before the first minute, however it is headed, names the people there.
  for (const name of firstNamesListed(lines)) names.add(name);
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      inAttendance = false;
      continue;
    }
    if (ATTENDANCE_LINE.test(line)) {
      inAttendance = true;
      inMembers = MEMBERS_LINE.test(line);
    } else if (/^\d{1,4}[.)]?\s+[A-Z]/.test(line) && inAttendance && !/\s{3,}/.test(line)) inAttendance = false;
    if (inAttendance) {
      const body = line.replace(ATTENDANCE_LINE, '');
      if (inMembers) for (const word of body.match(/[A-Z][\w'’-]+/g) ?? []) members.add(word.toLowerCase());
      // "Mrs Alison Kerr (Chair of Governors) AK", "Louise Carter (LC), Board Secretary", "Councillors S Hughes (SH) Chair"
      for (const m of body.matchAll(
        new RegExp(
          String.raw`(?<name>${NAME})[^,;()]*?(?:\((?<b>[A-Z]{2,3})\)|\s(?<t>[A-Z]{2,3})(?=[,;]|\s*$|\s+[A-Z][a-z]))`,
          'g',
        ),
      )) {
        const initial = m.groups!.b ?? m.groups!.t;
        if (initial) initials.set(initial, m.groups!.name.trim());
      }
      for (const [key, name] of keysBesideRoles(body)) if (!initials.has(key)) initials.set(key, name);
      for (const m of body.matchAll(new RegExp(NAME, 'g'))) addName(m[0]);
      // "(Leader, in the Chair)", "(Mayor – in the chair)": the other words in the brackets are the chair's title
      // (round 33: "(Town Mayor, in the Chair)" is "the Mayor" in the minutes that follow, as "Lord Mayor" and "City
      // Mayor" are — the town or city qualifies the office; a "Deputy Mayor" is another office and is not shortened)
      for (const m of body.matchAll(/\(([^()]*?)[,;–-]\s*in\s+the\s+chair\s*\)/gi))
        if (/^[A-Z][\w' -]{1,40}$/.test(m[1].trim())) {
          chairs.add(m[1].trim().toLowerCase());
          if (/^(?:town|city|lord)\s+mayor$/i.test(m[1].trim())) chairs.add('mayor');
        }
      // "The Mayor (Cllr A Lusk) in the Chair": the title before the name in brackets, then "in the Chair"
      for (const m of body.matchAll(
        /\b(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s*\([^()]{2,60}\)\s*,?\s*in\s+the\s+chair\b/gi,
      ))
        chairs.add(m[1].trim().toLowerCase());
      // ("Councillor C Dunn (Leader of the Council) - in the Chair", "Cllr E Frost (Leader) – Chair": the title in
      // brackets after the name, then the chair — chairTitles.ts)
      for (const title of chairTitles(body)) chairs.add(title);
      for (const part of body.split(/[,;]|\band\b/)) {
        const role = part
          .replace(/\(.*?\)/g, '')
          .replace(new RegExp(NAME, 'g'), '')
          .replace(/^[\s:–-]+|[\s:–.-]+$/g, '')
          .trim();
        if (role && role.split(/\s+/).length <= 8 && /^[A-Z]/.test(role))
          roles.add(role.toLowerCase().replace(/^the\s+/, ''));
      }
    }
    // One person a line, whatever the list's lead ("Attendees", "Who was there"): "Jo Reed – Estates Officer, Wexmoor
    // Council (JR)", "DI Sam Pike – Roads Policing (SP)" — the entry opens with the name and closes with its initials
    // in brackets, the letters the name's own words begin with (so "Wexmoor Council (WBC)" keys no one). Two entries
    // the layout ran onto one line are read one after the other.
    for (const m of line.matchAll(
      /(?<=^|\)\s*|;\s*)(?<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*){1,3})\b[^()]*?(?:\([^()]*\)[^()]*?)??\((?<key>[A-Z]{2,3})\)(?=\s*$|\s*;|\s+[A-Z])/g,
    )) {
      const { name, key } = m.groups!;
      const own = name.split(/\s+/).slice(-key.length);
      if (own.length === key.length && own.map((w) => w[0]).join('') === key && !initials.has(key))
        initials.set(key, own.join(' '));
    }
    // "Clerk: Mr Peter Lowe (PL)", "Clerk / RFO: Dorothy Neal"
    const titled =
      /^(?<role>[A-Z][\w /&-]{1,40}?)\s*:\s*(?<name>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)/.exec(
        line,
      );
    if (titled?.groups) {
      roles.add(titled.groups.role.toLowerCase());
      addName(titled.groups.name);
    }
    // "The Scrutiny Officer presented …", "Mr Lusk said …": a speaker is someone at the meeting.
    for (const m of line.matchAll(
      /(?:^|[.;]\s+)(?:[Tt]he\s+)?(?<who>[A-Z][\w'’&-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w'’&()-]*){0,6})\s+(?<verb>[a-z]+)\b/g,
    )) {
      if (SPEECH_VERBS.has(m.groups!.verb.toLowerCase())) roles.add(m.groups!.who.toLowerCase().replace(/^the\s+/, ''));
    }
  }
  const knows = (raw: string): boolean => {
    const np = raw
      .trim()
      .replace(/^the\s+/i, '')
      .replace(/[,.;]+$/, '');
    if (
      !np ||
      new RegExp(
        String.raw`^(?:${alternatives(['it', 'this', 'these', 'those', 'they', 'he', 'she', 'we', 'there', 'which', 'who'])})$`,
        'i',
      ).test(np)
    )
      return false;
    // a title and a name, and nothing more ("Ms Farr, on behalf of the applicant, said the premises" is not a name)
    if (
      (HONORIFIC_NAME.test(np) && /^(?:\S+\.?\s+)?(?:[A-Z][\w.'’-]*\s*){1,4}$/.test(np.replace(/^the\s+/i, ''))) ||
      /^[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*$/.test(np)
    )
      return true;
    const lower = np.toLowerCase();
    if (
      names.has(lower) ||
      roles.has(lower) ||
      new RegExp(
        String.raw`^(?:${alternatives(['clerk', 'chair', 'chairman', 'chairwoman', 'chairperson', 'vice-chair', 'vice chair', 'vice-chairman', 'vice chairman', 'officers', 'officer', 'mayor'])})$`,
      ).test(lower)
    )
      return true;
    // "Ann Small", "Tom": a name the attendance list gave
    return (
      lower.split(/\s+/).every((w) => names.has(w)) ||
      [...roles].some((r) => r.length > 3 && (lower === r || lower.endsWith(r)))
    );
  };
  return { knows, initials, members, chairs };
}

/** One listed person: a capitalised name of one or two words, an aside in brackets after it (left open where a line breaks). */
const LISTED = /^(?<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)(?:\s*\([^)]*\)?)?$/;

/**
 * The names of a list led by a short label and a colon, before the first numbered minute: at least three entries, each
 * a name of one or two capitalised words with perhaps an aside in brackets ("Sam (Northgate School)"). A line the
 * list runs on to ("College), Mo (Chair), …") carries it on.
 */
function firstNamesListed(lines: string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (/^\d{1,3}[.)]\s+[A-Z]/.test(line)) break;
    const lead = /^[A-Z][\w'’ ]{1,30}:\s*(?<list>\S.*)$/.exec(line);
    if (!lead?.groups) continue;
    let list = lead.groups.list;
    // (the list wrapped inside a bracket or after a comma goes on, on the next line)
    while (i + 1 < lines.length && /,\s*$|\([^)]*$/.test(list) && lines[i + 1].trim() && !/:/.test(lines[i + 1]))
      list += ` ${lines[++i].trim()}`;
    const parts = list
      .replace(/\([^)]*\)/g, '')
      .replace(/[.]\s*$/, '')
      .split(/\s*[,;]\s*|\s+and\s+/)
      .filter(Boolean);
    const names = parts.map((p) => LISTED.exec(p.trim())?.groups?.name);
    if (parts.length >= 3 && names.every(Boolean)) found.push(...names.map((n) => n!.split(/\s+/)[0].toLowerCase()));
  }
  return found;
}

/**
 * Informal notes give a member's initials beside their role, in one bracket or after it: "Kay Mellor (KM, treasurer)",
 * "Cllr Nadia Orme (chair, NO)", "Joan Pike (chair) JP". The initials are the ones the name's own words begin with
 * (so "Amy Lowe (AL, Bloom group)" keys Amy Lowe, and "(Chair, BID)" no one), and the owners the notes' actions name
 * by them are these people.
 */
export function keysBesideRoles(body: string): Map<string, string> {
  const keys = new Map<string, string>();
  const entry = new RegExp(
    String.raw`(?<name>${NAME})\s*\((?<inside>[^()]{1,60})\)(?:\s+(?<after>[A-Z]{2,3})(?=[,;]|\s*$|\s+[A-Z]))?`,
    'g',
  );
  for (const m of body.matchAll(entry)) {
    const { name, inside, after } = m.groups!;
    const parts = inside.split(/\s*,\s*/);
    const key = after ?? (parts.length > 1 ? parts.find((p) => /^[A-Z]{2,3}$/.test(p)) : undefined);
    const words = name.replace(new RegExp(String.raw`^(?:${HONORIFIC_WORDS})\.?\s+`), '').split(/\s+/);
    if (key && words.length >= 2 && key[0] === words[0][0] && key[key.length - 1] === words[words.length - 1][0])
      keys.set(key, name.trim());
  }
  return keys;
}
