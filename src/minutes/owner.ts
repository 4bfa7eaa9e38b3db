// Step 6: who is to act, as the minutes name them — "That UHL and the CCGs be requested
// to …", "AUTHORISED the Directors for …", "delegated to the Town Clerk", "Clerk to
// arrange …", "officers would review …", "Action – Clerk.", a trailing "SD".

const ROLE = /\b(officers?|nurse|constable|matron|clerk|chair(?:man|person|woman)?|vice[- ]chair\w*|directors?|manager|lead|head|executive|leader|member|councillor|cllr|mayor|council|committee|board|cabinet|panel|ccgs?|icb|uhl|nhs|trust|healthwatch|office|team|service|authority|group|partnership|unit|department|secretary|co-?ordinator|commissioner|pcc|governors?|head ?teacher|headmistress|solicitor|treasurer|representatives?|portfolio holder|company|police|agency|organisations?|providers?|operators?|association|society|school|college|university|hospital|practice|network|forum|warden|ranger|bursar|caretaker|groundsman|steward|administrator|advis[eo]r|engineer|inspector|auditor|surveyor|consultant|principal|contractor)\b/i;
const PERSON = /^(?:mr|mrs|ms|miss|dr|cllr|councillor|professor|prof|sir|dame)\.?\s+[A-Z]/i;
const SELF = /^(?:the\s+)?(committee|panel|board|commission|members?|it|this|they|we|he|she|there|all|everyone|(?:parish|town|community)\s+council)$/i;
const THING = /\b(reports?|blueprint|document|paper|plans?|items?|figures|update|details|information|letter|article|strategy|policy|minutes|recommendations?|sessions?|meeting|arrangements|changes|work|proposals?|survey|review|response|consultation|outcomes?|contents?|progress|performance|budget|approach|process|programme|data|terms)\b/i;
const INITIALS = /^[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*$/;
const MORE_VERBS = 'ask|make|work|speak|put|write|agree|instruct|request|commission|procure|organise|obtain|order|chase|invite|confirm|raise|appoint|investigate';
const BASE_VERBS = 'circulate|send|write|arrange|provide|include|prepare|contact|liaise|investigate|review|report|bring|present|produce|organise|seek|explore|develop|update|inform|notify|publish|share|undertake|submit|give|monitor|attend|engage|consult|assess|email|e-mail|draft|identify|establish|obtain|check|respond|advise|finalise|complete|look|consider|ensure|meet|discuss|pursue|follow|set|take|feed|link|investigate';

/** An organisation rather than a person: asking it to act is a recommendation. */
export function isBody(agent: string): boolean {
  return /\b(council|committee|board|cabinet|ccgs?|icb|uhl|trust|company|service|authority|partnership|group|organisations?|nhs|police|agency|commission|providers?|operators?|network|forum|association)$/i.test(agent) || /\b[A-Z]{2,5}s?$/.test(agent) && !/^[A-Z]{2,3}$/.test(agent);
}

/** An agent who can be chased: a person, an officer role or an organisation — not a thing. */
export function isAgent(phrase: string): boolean {
  const p = cleanOwner(phrase);
  if (!p || SELF.test(p) || p.split(/\s+/).length > 12) return false;
  if (/^(a|an|any|some|two|three|\d)\b/i.test(p)) return false;
  if (/\b[A-Z]{3,}ED\b|\b(agreed|gave|noted|was|were|is|are|be|had|has|considered|received|welcomed|will|would|should|shall|must|may|can|could)\b/i.test(p) || /\b(the|a|an)$/i.test(p)) return false;
  // "the Chair write to the Commissioner" is a clause, not a name: an owner holds no verb of its own.
  if (new RegExp(`\\s(?:${BASE_VERBS})\\s`).test(` ${p} `)) return false;
  if (PERSON.test(p) || INITIALS.test(p)) return true;
  // "the Family Hub Programme Manager" is a person whatever the words before the role.
  if (ROLE.test(p.split(/\s+/).pop() ?? '')) return true;
  if (THING.test(p)) return false;
  return ROLE.test(p) || /\b[A-Z]{2,5}s?\b/.test(p);
}

/**
 * "the Deputy Clerk arranges for the contractor": an owner ends where its own finite verb starts —
 * a known verb with -s, or any -s word straight after an officer's role that is not itself a role ("officers").
 */
export function beforeVerb(phrase: string): string {
  const words = phrase.split(/\s+/);
  const known = new RegExp(`^(?:${BASE_VERBS}|${MORE_VERBS})(?:s|es)$`);
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    const afterRole = /^[a-z]{3,}(?<!s)s$/.test(w) && /^[A-Z]/.test(words[k - 1]) && ROLE.test(words[k - 1]) && !ROLE.test(w.replace(/e?s$/, '')) && !ROLE.test(w.replace(/s$/, '')) && !THING.test(w) && /^(?:the|a|an|for|to|with|that|on|in|this|all|any|their|its|up|out|back|members)$/i.test(words[k + 1] ?? '');
    if (known.test(w) || afterRole) return words.slice(0, k).join(' ');
  }
  return phrase;
}

export function cleanOwner(phrase: string): string {
  let p = beforeVerb(phrase.trim())
    .replace(/[|*]/g, ' ')
    .replace(/^\s*(?:that|and|but)\s+/i, '')
    // "asks the Chief Executive to": the one asked, without the asking verb or the "to" of what follows.
    .replace(/^(?:asks?|requests?|instructs?|invites?)\s+(?=the\s|[A-Z])/i, '')
    .replace(/\s+to\s*$/i, '')
    // "Delegate to the Director, in consultation with …, authority to agree": the power delegated is not the owner.
    .replace(/\s+(?:delegated\s+)?authority$/i, '')
    // "the Panel's Complaints Sub-Committee": the sub-body, not the body it belongs to.
    .replace(/^(?:the\s+)?(?:Panel|Committee|Board|Council|Cabinet|Authority)['’]s\s+(?=[A-Z])/, '')
    .replace(/^(?:both|either)\s+/i, '')
    .replace(/^representatives?\s+(?:from|of)\s+/i, '')
    .replace(/\s+in consultation with\b.*$/i, '')
    .replace(/[\s,.;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "their Member, Mrs June Fox," — the appositive names the person.
  const parts = p.split(/\s*,\s*/).filter(Boolean);
  // "the Executive Director, Education": a title and its service, as Scottish minutes write it.
  // "the Service Manager for Libraries, Culture and Heritage": the service's name runs on past the comma.
  const service =
    !PERSON.test(parts[0]) &&
    (ROLE.test(parts[0].split(/\s+/).pop() ?? '') ? parts.length === 2 : /\b(?:of|for)\s+[A-Z]/.test(parts[0]) && ROLE.test(parts[0])) &&
    parts.slice(1).every((part) => !PERSON.test(part) && /^(?:[A-Z][\w&'’-]*\s*(?:and\s+)?){1,4}$/.test(part));
  if (parts.length > 1 && !service) p = parts.find((part) => PERSON.test(part)) ?? parts[0];
  return p;
}

/** An officer's title as minutes print it: "Estates and Property Manager", "Head of Finance", "Chief Nurse". */
const OFFICER_TITLE = String.raw`(?:[A-Z][\w&'’-]*\s+(?:and\s+)?){0,5}(?:Officer|Manager|Director|Clerk|Head|Lead|Nurse|Engineer|Secretary|Treasurer|Solicitor|Executive|Adviser|Advisor|Coordinator|Co-ordinator|Surveyor|Inspector|Chair|Chairman|Leader)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w&'’-]*){0,4})?`;

export interface Directive {
  agent: string;
  verb: string;
}

const PATTERNS: RegExp[] = [
  // "to instruct the Executive Director to submit …", "ask the Treasurer to write …", "to request that the Head of Housing circulate …"
  /(?:^|[;:]\s*|\bagreed\s+|\b(?:Committee|Panel|Board|Council|Cabinet|Group|Commission)\s+)(?:to\s+)?(?:instruct|ask|request|direct|authorise|authorize)(?:ed)?\s+(?:that\s+)?(?<agent>(?:the\s+)?[A-Z][^,;]{1,80}?(?:,\s+[A-Z][\w&'’-]*(?:\s+(?:and\s+)?[A-Z][\w&'’-]*){0,3}(?=\s+to\s))?)\s+(?:to\s+(?<verb>[a-z]+)|(?<verb2>circulate|provide|send|submit|bring|prepare|write|report|arrange|review|present)\b)/,
  /(?:^|\bthat\s+|\band\s+|[.;]\s+)(?<agent>[^,;.]{2,80}?)\s+(?:be|is|are|was|were)\s+(?<verb>requested|asked|instructed|authorised|directed|encouraged|tasked)\s+(?:with\s+\w+ing|to)\b/i,
  /\b(?<verb>AUTHORISED|AUTHORISES|DELEGATED(?:\s+AUTHORITY)?(?:\s+to)?|REQUESTED|ASKED|INSTRUCTED|delegat(?:e|ed)(?:\s+(?:the\s+)?authority)?\s+to)\s+(?<agent>(?:the\s+)?[A-Z][^,;]{1,80}?(?:,\s+[A-Z][\w&'’-]*(?:\s+(?:and\s+)?[A-Z][\w&'’-]*){0,3}(?=,|\s+to\b))?)(?=,|\s+in consultation|\s+to\b|;|\s*\||$)/,
  /(?:^|\bthat\s+|[.;]\s+)(?<agent>[^,;.]{2,60}?(?:,[^,;.]{2,40},)?)\s+(?:would|should|will|shall|must|agreed to|undertook to)\s+(?!be\b|not\b|have\b|like\b|need\b)(?<verb>[a-z]+)/i,
  /(?:^|[.;]\s+|,\s+(?=the\s+[A-Z])|\s\/\s+)(?<agent>(?:the\s+)?[A-Z][\w .'’-]{0,40}?|officers)\s+to\s+(?!(?:the|a|an|be|this|that|its|their|all|any|members|date|which|whom)\b)(?<verb>[a-z]{3,})\b/,
  new RegExp(`(?:^|\\bthat\\s+)(?<agent>[^,;.]{2,60}?)\\s+(?<verb>${BASE_VERBS})\\b(?!\\s+(?:be|is|are|was|were|has|have|had|and|of|on|from|for|by)\\b)`, 'i'),
  // "That the Estates and Property Manager negotiates new leases …": an officer's title, then whatever it is to do.
  new RegExp(`(?:^|\\bthat\\s+)(?<agent>(?:the\\s+)?${OFFICER_TITLE})\\s+(?!(?:be|is|are|was|were|has|have|had|and|or|of|on|in|at|from|for|by|with|to|who|which|that|also|said|reported|presented|introduced|explained|confirmed|noted|advised|gave|outlined|attended)\\b)(?<verb>[a-z]{3,})\\b`),
];

/** The agent a resolution tells to act, if it names one. */
export function directive(said: string): Directive | null {
  // "the Director of Place, in consultation with the Cabinet Member, be authorised to …", "…, working with the
  // Section 151 Officer, prepares …": the one consulted or helping is not the agent.
  const text = said.replace(/,\s*(?:in consultation with|working with|together with|in liaison with|supported by|with the support of)\b[^,;]{2,120},(?=\s*(?:be|is|are|to|[a-z]+s?)\b)/g, '');
  // "The Panel AGREED that Healthwatch Rutland should …": the agent follows the decision verb.
  const plain = text.replace(/^\s*that\s+/i, '').replace(/^(?:[Tt]he\s+[\w&'’ -]{1,60}?\s+)?(?:AGREED|agreed|RESOLVED|resolved|DECIDED|decided)\s+(?:that\s+)?/, '');
  for (const re of PATTERNS) {
    const afterThat = [...text.matchAll(/\bthat\s+/gi)].map((m) => text.slice(m.index + m[0].length));
    for (const source of new Set([plain, text, ...afterThat])) {
      const m = re.exec(source);
      const agent = m?.groups?.agent;
      if (agent && isAgent(agent) && !/\b(be|been|is|are|was|were)\b/i.test(agent.replace(/^the\s+/i, ''))) return { agent: cleanOwner(agent), verb: (m.groups!.verb ?? m.groups!.verb2).toLowerCase() };
    }
  }
  return null;
}

const TARGET = /\b(?:submitted|submission|referred|reported|presented|recommended|forwarded|escalated)\s+(?:for\s+\w+\s+)?to\s+(?<body>(?:both\s+)?(?:the\s+)?[^,;.()]*?\b(?:Cabinet|Council|Committee|Board|Executive|Court(?: of Common Council)?|Mayor|Leader|Scrutiny)\b(?:\s+and\s+(?:the\s+)?[A-Z][^,;.()]*?\b(?:Cabinet|Council|Committee|Board|Court of Common Council))?)/;

const BODY_HEAD = String.raw`(?:Cabinet|Council|Committee|Board|Executive|Authority|Panel|Mayor|Leader|Assembly|Court(?:\s+of\s+Common\s+Council)?)`;
/** "Cabinet", "the Health Scrutiny Committee", and two acting together: "Mayor and Cabinet". */
const BODY_NAME = String.raw`(?<body>(?:the\s+)?(?:full\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}?${BODY_HEAD}(?:\s+and\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,4}?${BODY_HEAD})?)`;
/** "Council be recommended to approve …", "RECOMMENDED to Council that …", "recommends that Cabinet approves …". */
const RECOMMENDED_TO = [
  new RegExp(String.raw`(?:^|\b[Tt]hat\s+)${BODY_NAME}\s+(?:be|is|are)\s+recommended\s+to\b`),
  // "That the Cabinet be advised that the Committee does not support …"
  new RegExp(String.raw`(?:^|\b[Tt]hat\s+)${BODY_NAME}\s+be\s+(?:advised|informed|told)\s+(?:that|of)\b`),
  new RegExp(String.raw`\b(?:recommend(?:s|ed)?|RECOMMENDED|RECOMMENDS)\s+to\s+${BODY_NAME}\s+(?:that|the|an?)\b`),
  // "partner authorities be recommended to adopt …": bodies named in common words.
  /(?:^|\b[Tt]hat\s+)(?<body>(?:the\s+|all\s+)?(?:[a-z]+\s+){0,2}(?:authorities|councils|partners|organisations|agencies|bodies))\s+(?:be|are)\s+recommended\s+to\b/i,
  new RegExp(String.raw`\b(?:recommend(?:s|ed)?|RECOMMENDED|RECOMMENDS)\s+that\s+${BODY_NAME}\s+(?:approves?|adopts?|agrees?|endorses?|supports?|considers?|notes?|should|be\s+asked|be\s+requested)\b`),
];

/** The body a resolution recommends to, if it is written as a recommendation. */
export function recommendedTo(text: string): string | null {
  for (const re of RECOMMENDED_TO) {
    const body = re.exec(text)?.groups?.body;
    if (body && !/^(?:the\s+)?(?:Committee|Panel|Board)$/i.test(body.trim()) || body && /\b(?:Cabinet|Council|Executive|Mayor|Leader|Court)\b/.test(body)) return cleanOwner(body);
  }
  return null;
}

/** The other body a matter is sent to ("to be presented to Cabinet"), if any. */
export function recipientBody(text: string): string | null {
  const recommended = recommendedTo(text);
  if (recommended) return recommended;
  const m = TARGET.exec(text);
  const body = m?.groups?.body;
  if (!body || /\bmeeting\b/i.test(body)) return null;
  return cleanOwner(body);
}

/** "Action – Clerk.", "Action  :  Acting Chief Executive", "ACTION: RG", "Action RG". */
export function actionMarker(text: string): { owner: string; index: number } | null {
  const m = /(?:^|[.;)]\s*|\s)(?:Actions?|ACTIONS?)(?:\s+by)?\s*(?:[:–—-]\s*(?<named>[A-Z][\w ,&'’./-]{0,80}?)|\s+(?<initials>[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*))\s*\.?\s*$/.exec(text);
  const owner = m?.groups?.named ?? m?.groups?.initials;
  // "ACTION: RP to circulate …", "ACTION: JS - report to the next meeting": the action itself, not an owner.
  if (!owner || /\s(?:to|will|would|should|shall)\s+[a-z]|\s[-–—]\s/.test(owner) || owner.split(/\s+/).length > 8) return null;
  return { owner: cleanOwner(owner), index: m!.index };
}

/**
 * "… to ask the County Council for a speed survey. Clerk to write." — a short closing
 * sentence naming who acts on the resolution, as an "Action:" line would.
 */
export function closingOwner(text: string): { owner: string; index: number } | null {
  const m = /(?<=[.;]\s+|\s\/\s+)(?:[Tt]he\s+)?(?<agent>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})\s+to\s+[a-z]+\b[^.;]{0,100}\.?\s*$/.exec(text);
  const agent = m?.groups?.agent;
  return agent && isAgent(agent) && !isBody(agent) ? { owner: cleanOwner(agent), index: m!.index } : null;
}

/** Initials closing an item's line name its owners: "… was broken. MP, SD". */
export function trailingInitials(text: string): string[] {
  const m = /[.)]\s*(?<initials>[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*)\s*$/.exec(text);
  return m?.groups ? m.groups.initials.split(/\s*[,/&]\s*/) : [];
}

/** A line that asks for something to be done: "Pothole to be reported to Highways", "Chase the bus company". */
const ACTION_LINE = new RegExp(`\\bto\\s+be\\s+[a-z]{3,}(?:ed|en|t)\\b|\\b(?:needs?|needed)\\s+to\\b|^(?:-\\s*)?(?:${BASE_VERBS}|${MORE_VERBS}|pass|get|book|chase|repair|replace|remove|clear|cut|fix)\\b`, 'i');

/**
 * Initials in brackets, or after a dash, closing an action line name its owner: "Pothole on Mill Lane to be
 * reported (JS)", "Chase the bus company – JS". Not a councillor's initials after their name, nor an acronym
 * spelt out just before it ("Clinical Commissioning Group (CCG)"), nor a line that names its own agent ("Clerk to …").
 */
export function closingInitials(text: string): { initials: string[]; index: number } | null {
  const m = /(?:\s*\((?<bracket>[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*)\)|\s+[–—-]\s*(?<dash>[A-Z]{2,3}(?:\s*[,/&]\s*[A-Z]{2,3})*))\s*\.?\s*$/.exec(text);
  const found = m?.groups?.bracket ?? m?.groups?.dash;
  if (!m || !found) return null;
  const body = text.slice(0, m.index).trim();
  if (!ACTION_LINE.test(body) || /(?:^|[.;]\s+)(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+to\s+(?!be\b)[a-z]+/.test(body)) return null;
  const initials = found.split(/\s*[,/&]\s*/);
  const capitals = (body.match(/\b[A-Z][\w'’-]*/g) ?? []).map((w) => w[0]).join('');
  if (initials.some((i) => capitals.endsWith(i)) || /\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+\s*$/.test(body)) return null;
  return { initials, index: m.index };
}
