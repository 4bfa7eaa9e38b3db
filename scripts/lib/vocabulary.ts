// The words a generated store is made of: committees, owners and resolution wording in
// the style of English council minutes (see /work/shared/seeds), 40–160 characters a text.
import type { Category } from '../../src/domain/types.js';
import type { Random } from './random.js';

export const COMMITTEES: readonly (readonly [slug: string, name: string])[] = [
  ['cabinet', 'Cabinet'],
  ['scrutiny-commission', 'Scrutiny Commission'],
  ['health-osc', 'Health Overview and Scrutiny Committee'],
  ['llr-jhsc', 'Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee'],
  ['hwb', 'Health and Wellbeing Board'],
  ['cyp-osc', 'Children and Families Overview and Scrutiny Committee'],
  ['adults-osc', 'Adults and Communities Overview and Scrutiny Committee'],
  ['env-osc', 'Environment and Climate Change Overview and Scrutiny Committee'],
  ['highways-osc', 'Highways and Transport Overview and Scrutiny Committee'],
  ['audit', 'Corporate Governance Committee'],
  ['pensions', 'Local Pension Committee'],
  ['pension-board', 'Local Pension Board'],
  ['planning', 'Development Control and Regulatory Board'],
  ['licensing', 'Licensing Committee'],
  ['standards', 'Standards Committee'],
  ['corporate-parenting', 'Corporate Parenting Panel'],
  ['police-crime-panel', 'Police and Crime Panel'],
  ['schools-forum', 'Schools Forum'],
  ['employment', 'Employment Committee'],
  ['rutland-scrutiny', 'Rutland Scrutiny Panel'],
];

export const OWNERS: readonly string[] = [
  'Officers',
  'the ICB',
  'LLR ICB',
  'UHL and the CCGs',
  'Director of Public Health',
  'Director of Children and Family Services',
  'Director of Adults and Communities',
  'Director of Environment and Transport',
  'Director of Corporate Resources',
  'Chief Executive',
  'Head of Democratic Services',
  'Monitoring Officer',
  'Head of Internal Audit',
  'Healthwatch Rutland',
  'Healthwatch Leicester and Leicestershire',
  'Leicestershire Partnership NHS Trust',
  'East Midlands Ambulance Service',
  'the Lead Member for Health',
  'the Cabinet Lead Member for Highways',
  'Mrs June Fox',
  'Councillor Harvey',
  'Assistant Director (Highways)',
  'Head of Strategic Property',
  'Scrutiny Support Officer',
  'Family Hub Programme Manager',
  'Directors for Adult Social Care and Public Health',
  'the Police and Crime Commissioner',
  'Head of Pensions',
  'Head of Planning',
  'Licensing Manager',
];

export const OFFICERS: readonly string[] = [
  'Governance Officer',
  'Democratic Services',
  'j.patel',
  's.okafor',
  'm.williams',
  'Scrutiny Officer',
  'k.brennan',
];

const TOPICS: readonly string[] = [
  'access to primary care and models of general practice',
  'dentistry across the county',
  'the 111 service',
  'delayed transfers of care from hospital',
  'the winter plan',
  'the Better Care Fund plan',
  'school place planning',
  'home-to-school transport costs',
  'the local plan review',
  'highways maintenance and pothole repairs',
  'the medium-term financial strategy',
  "children's social care placement sufficiency",
  'adult social care charging',
  'the SEND inspection action plan',
  'air quality monitoring near schools',
  'flood risk management',
  'waste and recycling performance',
  'the community safety partnership plan',
  'the treasury management strategy',
  'the corporate risk register',
  'internal audit progress',
  'the capital programme',
  'the libraries review',
  'the public health grant allocation',
  'mental health transformation',
  'ambulance handover times',
  'district nursing capacity',
  'the Family Hub programme',
  'the Bus Service Improvement Plan',
  'domestic abuse support services',
  'the housing allocations policy',
  'the homelessness strategy',
  'support for unpaid carers',
  'the pension fund investment strategy',
  'the workforce strategy',
  'the Joint Health and Wellbeing Strategy delivery plan',
  'the Model ICB blueprint',
  'the patient survey results',
];

const QUALIFIERS: readonly string[] = [
  '',
  '',
  '',
  'with figures for each district',
  "including the views of patients' representatives",
  'before the consultation closes',
  'broken down by locality',
  'in time for the budget-setting meeting',
  'with the timetable for implementation',
  'and the response to the consultation',
  'and its effect on rural areas',
];

const VERBS: readonly string[] = [
  'review',
  'provide a written update on',
  'assess the impact of',
  'report further on',
  'consider options for',
  'clarify the position on',
  'circulate a briefing note on',
  'set out the funding for',
];

export const NOTES: readonly string[] = [
  'Briefing note circulated to members by email',
  'Update taken at the meeting',
  'Figures circulated with the agenda pack',
  'Letter sent and response received',
  'Report presented; members content',
  'Superseded by a later resolution',
  'Included in the annual report',
  'Session held as an informal briefing',
];

export const DEFERRAL_REASONS: readonly string[] = [
  'Report not ready',
  'Officer unavailable',
  'Awaiting national guidance',
  'Agenda too full',
  'Meeting cancelled',
];

function qualified(text: string, random: Random): string {
  const qualifier = random.pick(QUALIFIERS);
  return qualifier ? `${text} ${qualifier}` : text;
}

/** One resolution's wording for the category, as a clerk would log it. */
export function resolutionText(category: Category, owner: string | null, random: Random): string {
  const topic = random.pick(TOPICS);
  const who = owner ?? 'Officers';
  switch (category) {
    case 'action':
      return random.chance(0.5)
        ? qualified(`That ${who} be requested to ${random.pick(VERBS)} ${topic}`, random) +
            ' and report back to the Committee'
        : qualified(`${who} to ${random.pick(VERBS)} ${topic}`, random);
    case 'information':
      return qualified(`Figures on ${topic} to be circulated to members`, random);
    case 'recommendation':
      return qualified(`That ${who} be recommended to consider ${topic}`, random);
    case 'invitation':
      return `Representatives of ${who} to be invited to a future meeting to present a further report on ${topic}`;
    case 'deferral':
      return `Consideration of ${topic} deferred to the next meeting`;
    case 'work-programme':
      return random.chance(0.5)
        ? `Item on ${topic} to be added to the work programme`
        : qualified(`Further update on ${topic} to be scheduled`, random);
  }
}
