import { describe, expect, it } from 'vitest';
import { actionMarker, cleanOwner, closingInitials, closingOwner, directive, isAgent, recipientBody, recommendedTo, trailingInitials } from '../../src/minutes/owner.js';

describe('owner', () => {
  it.each([
    ['That the Fire Service and the Police be requested to consider joint patrols:', 'the Fire Service and the Police'],
    ['AUTHORISED the Head of Finance, in consultation with the Leader, to sign the contract.', 'the Head of Finance'],
    ['DELEGATED AUTHORITY to the Town Clerk to agree the wording;', 'the Town Clerk'],
    ['that any changes be delegated to the Monitoring Officer in consultation with the Chair', 'the Monitoring Officer'],
    ['The Panel AGREED that their Member, Mr Tom Reed, would write to the school.', 'Mr Tom Reed'],
    ['Clerk to order two new benches.', 'Clerk'],
    ['that officers would review the parking zones', 'officers'],
    ['that the Office of the Mayor include members in its briefings', 'the Office of the Mayor'],
    ['to instruct the Director of Place to submit a report on parking', 'the Director of Place'],
    ['ask the Treasurer to write to the insurer', 'the Treasurer'],
    ['to request that the Head of Leisure circulate the usage figures', 'the Head of Leisure'],
    ['to delegate authority to the Head of Parks, in consultation with the Chair, to agree the lease', 'the Head of Parks'],
  ])('%s → %s', (text, owner) => {
    expect(directive(text)?.agent).toBe(owner);
  });

  it('reads "was asked to" and the body a recommendation goes to', () => {
    expect(directive('and the Warden was asked to lock the gates by Friday')?.agent).toBe('the Warden');
    expect(recommendedTo('That Full Council be recommended to adopt the charter.')).toBe('Full Council');
    expect(recommendedTo('RECOMMENDED to Council that the fees rise by 3%.')).toBe('Council');
    expect(recommendedTo('The Panel recommends that Cabinet approves the plan.')).toBe('Cabinet');
    expect(recommendedTo('That the Committee be recommended to note the report.')).toBeNull();
    expect(actionMarker('The gate hinge is loose. ACTION: Cllr Okafor')?.owner).toBe('Cllr Okafor');
  });

  it('does not take the action itself for the owner of an ACTION line', () => {
    expect(actionMarker('ACTION: PL to send the audit plan to members.')).toBeNull();
    expect(actionMarker('ACTION: PL - audit plan to the next meeting')).toBeNull();
  });

  it('reads a short closing sentence naming who acts', () => {
    expect(closingOwner('To buy a new mower. Clerk to place the order.')?.owner).toBe('Clerk');
    expect(closingOwner('Prynu peiriant / To buy a mower. Clerk to order it.')?.owner).toBe('Clerk');
    expect(closingOwner('To write to the County Council.')).toBeNull();
    expect(recommendedTo('That the Executive be advised that the Panel opposes the closure.')).toBe('the Executive');
  });

  it('names no owner when a thing, or the committee itself, is the subject', () => {
    expect(directive('That the Annual Plan to be circulated to members.')).toBeNull();
    expect(directive('That the Committee will review the scheme in May.')).toBeNull();
    expect(directive('that the Town Council submit a response to the consultation')).toBeNull();
    expect(isAgent('the CCG response')).toBe(false);
    expect(isAgent('UHL and the CCGs')).toBe(true);
  });

  it('finds the body a matter is sent to', () => {
    expect(recipientBody('the approach to be presented to Cabinet (Option 1)')).toBe('Cabinet');
    expect(recipientBody('approved for submission to both the Finance Committee and the Court of Common Council')).toBe('the Finance Committee and the Court of Common Council');
  });

  it('reads action lines and initials closing a line', () => {
    expect(actionMarker('It was Resolved: that a reply be sent. Action – Clerk.')?.owner).toBe('Clerk');
    expect(actionMarker('Action  :  Director of Nursing')?.owner).toBe('Director of Nursing');
    expect(actionMarker('The fence will be mended. Action RG')?.owner).toBe('RG');
    expect(trailingInitials('The bin was approved. TW will order it. TW, KL')).toEqual(['TW', 'KL']);
    expect(trailingInitials('Concerns were raised about the ICB')).toEqual([]);
  });
});

describe('owners as a clerk would write them', () => {
  it('never takes a whole clause as the owner', () => {
    expect(isAgent('the Chair write to the Commissioner')).toBe(false);
    expect(directive('That the Chair write to the Commissioner to confirm this.')?.agent).toBe('the Chair');
  });

  it('reads an officer\'s title followed by whatever they are to do', () => {
    expect(directive('That the Estates and Property Manager negotiates new leases for the kiosks.')).toEqual({ agent: 'the Estates and Property Manager', verb: 'negotiates' });
    expect(directive('That the Report of the Director be received.')).toBeNull();
  });

  it('knows clinical and police titles', () => {
    expect(directive('The Board AGREED that the Chief Nurse would circulate the evaluation.')?.agent).toBe('the Chief Nurse');
  });

  it('keeps two bodies acting together, and a title with its service', () => {
    expect(recommendedTo('recommended to Mayor and Cabinet that the plan be extended')).toBe('Mayor and Cabinet');
    expect(directive('to instruct the Executive Director, Education to report back within six months')?.agent).toBe('the Executive Director, Education');
  });
});

it('sets aside the one consulted before "be authorised", to find who is authorised', () => {
  expect(directive('That the Director of Place, in consultation with the Cabinet Member for Transport, be authorised to make minor amendments.')?.agent).toBe('the Director of Place');
});

it('sets aside a helper named between commas ("…, working with the Section 151 Officer, prepares …")', () => {
  expect(directive('That the Corporate Director of Resources, working with the Section 151 Officer, prepares a savings plan.')?.agent).toBe('the Corporate Director of Resources');
  expect(directive('AUTHORISED the Director of Care, in consultation with the Cabinet Member for Health, Wellbeing and Care to oversee the plan.')?.agent).toBe('the Director of Care');
});

describe('an owner ends at its own verb', () => {
  it('cuts the owner at the first finite verb', () => {
    expect(directive('That the Deputy Clerk arranges for the contractor to repair the wall')?.agent).toBe('the Deputy Clerk');
    expect(cleanOwner('the Assets Manager writes to the tenants')).toBe('the Assets Manager');
    expect(cleanOwner('NHS trusts')).toBe('NHS trusts');
    expect(cleanOwner('Council officers')).toBe('Council officers');
    expect(cleanOwner('Council tenants')).toBe('Council tenants');
  });
});

describe('initials closing an action line', () => {
  it('reads "(JS)" or "– JS" after an action as its owner', () => {
    expect(closingInitials('Broken stile on footpath 12 to be reported to the Ramblers (KT)')?.initials).toEqual(['KT']);
    expect(closingInitials('Get three quotes for the bus shelter roof – KT, AP')?.initials).toEqual(['KT', 'AP']);
  });

  it('leaves out initials that are not an owner', () => {
    expect(closingInitials('Clerk to write to the bus company (KT)')).toBeNull();
    expect(closingInitials('The verge was reported overgrown by Cllr Kemp (KT)')).toBeNull();
    expect(closingInitials('Minutes to be sent to the Clinical Commissioning Group (CCG)')).toBeNull();
    expect(closingInitials('Cllr Kemp (KT) said the stile was broken.')).toBeNull();
  });
});
