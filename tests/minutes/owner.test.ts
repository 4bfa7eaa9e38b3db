// The owner as the subject of the instruction, in all its forms; the one asked, authorised or
// invited; the body a matter is sent to; "ACTION:" lines and initials closing a line.
import { describe, expect, it } from 'vitest';
import { ownBodyOf } from '../../src/minutes/bodies.js';
import { readParts } from '../../src/minutes/decisions.js';
import { actionMarker, cleanOwner, closingInitials, trailingInitials } from '../../src/minutes/owner.js';
import { parseMinutes } from '../../src/minutes/index.js';

const own = ownBodyOf(['Minutes of the Housing Panel held on 14 January 2026']);
const ownerOf = (text: string) =>
  readParts({ minute: null, ref: null, text, stem: '', confidence: 0.9 }, own, '').map((p) => p.owner);

describe('the one who is to act', () => {
  it.each([
    ['That the Fire Service and the Police be requested to consider joint patrols.', 'the Fire Service and the Police'],
    ['AUTHORISED the Head of Finance, in consultation with the Leader, to sign the contract.', 'the Head of Finance'],
    ['DELEGATED AUTHORITY to the Town Clerk to agree the wording;', 'the Town Clerk'],
    [
      'that any changes be delegated to the Monitoring Officer in consultation with the Chair',
      'the Monitoring Officer',
    ],
    ['The Panel AGREED that their Member, Mr Tom Reed, would write to the school.', 'Mr Tom Reed'],
    ['Clerk to order two new benches.', 'Clerk'],
    ['that officers would review the parking zones', 'officers'],
    ['that the Office of the Mayor include members in its briefings', 'the Office of the Mayor'],
    ['to instruct the Director of Place to submit a proposal on parking', 'the Director of Place'],
    ['ask the Treasurer to write to the insurer', 'the Treasurer'],
    ['to request that the Head of Leisure circulate the usage figures', 'the Head of Leisure'],
    ['to request that the Head of Leisure circulate to members the usage figures', 'the Head of Leisure'],
    ['Members requested that the enforcement team investigate the container.', 'the enforcement team'],
    ['and the Warden was asked to lock the gates by Friday', 'the Warden'],
    ['That the Chair write to the Commissioner to confirm this.', 'the Chair'],
    ['That the Estates and Property Manager negotiates new leases for the kiosks.', 'the Estates and Property Manager'],
    [
      'That the Director of Place, in consultation with the Cabinet Member for Transport, be authorised to make minor amendments.',
      'the Director of Place',
    ],
    [
      'That the Corporate Director, working with the Section 151 Officer, prepares a savings plan.',
      'the Corporate Director',
    ],
    ['That the Deputy Clerk arranges for the contractor to repair the wall', 'the Deputy Clerk'],
    [
      'to instruct the Executive Director, Education to report back within six months',
      'the Executive Director, Education',
    ],
    ['That the Head of Planning be invited to the next meeting.', 'the Head of Planning'],
    ['That Full Council be recommended to adopt the charter.', 'Full Council'],
    ['RECOMMENDED to Council that the fees rise by 3%.', 'Council'],
    ['RECOMMENDED to the Mayor that the concessionary scheme be extended.', 'the Mayor'],
    ['That the Executive be advised that the Panel opposes the closure.', 'the Executive'],
    ['the approach to be presented to Cabinet (Option 1)', 'Cabinet'],
    ['a talk from the Wildlife Trust on hedgerows, the Clerk to invite a speaker to a future meeting', 'the Clerk'],
    [
      'That the Head of Libraries, Culture and Heritage report back in six months.',
      'the Head of Libraries, Culture and Heritage',
    ],
  ])('%s → %s', (text, owner) => {
    expect(ownerOf(text)[0]).toBe(owner);
  });

  it('names no owner when a request is made of a thing', () => {
    expect(ownerOf('Members asked that the consultation include a question on bedrooms.')[0]).toBeNull();
  });

  it('names no owner when a thing, or the body itself, is the subject', () => {
    expect(ownerOf('That the Annual Plan to be circulated to members.')).toEqual([null]);
    expect(ownerOf('That the Panel will review the scheme in May.')).toEqual([null]);
    expect(ownerOf('That the gates be repaired.')).toEqual([null]);
    expect(ownerOf('That a representative of the bus operator be invited to the next meeting.')).toEqual([null]);
  });

  it('gives a decision the owner a closing sentence names', () => {
    expect(ownerOf('to buy a new mower. Clerk to place the order.')).toEqual(['Clerk']);
  });
});

describe('owner lines and initials', () => {
  it('reads "Action:" in its forms', () => {
    expect(actionMarker('It was Resolved: that a reply be sent. Action – Clerk.')?.owner).toBe('Clerk');
    expect(actionMarker('Action  :  Director of Nursing')?.owner).toBe('Director of Nursing');
    expect(actionMarker('The fence will be mended. Action RG')?.owner).toBe('RG');
    expect(actionMarker('to circulate the map to all councillors.        Action 4.01 Clerk')?.owner).toBe('Clerk');
    expect(actionMarker('Action ALL')?.owner).toBe('ALL');
    expect(actionMarker('ACTION: Priya / Tom')?.owner).toBe('Priya / Tom');
  });

  it('does not take the action itself, or a noun phrase, for an owner', () => {
    expect(actionMarker('ACTION: PL to send the audit plan to members.')).toBeNull();
    expect(actionMarker('ACTION: PL - audit plan to the next meeting')).toBeNull();
    expect(actionMarker('Consideration was given to the Action Sheet.')).toBeNull();
    expect(actionMarker('Action: Officers noted members’ comments.')).toBeNull();
    expect(actionMarker('ACTION TABLE')).toBeNull();
    expect(actionMarker('Action Log')).toBeNull();
  });

  it('reads initials closing a line, in brackets or after a dash', () => {
    expect(trailingInitials('The bin was approved. TW will order it. TW, KL')).toEqual(['TW', 'KL']);
    expect(trailingInitials('for the December meeting.       RT/MB/JW')).toEqual(['RT/MB/JW']);
    expect(trailingInitials('Concerns were raised about the ICB')).toEqual([]);
    expect(closingInitials('Broken stile on footpath 12 to be reported to the Ramblers (KT)')?.initials).toEqual([
      'KT',
    ]);
    expect(closingInitials('Get three quotes for the bus shelter roof – KT, AP')?.initials).toEqual(['KT', 'AP']);
  });

  it('leaves out initials that are not an owner', () => {
    expect(closingInitials('The verge was reported overgrown by Cllr Kemp (KT)')).toBeNull();
    expect(closingInitials('Minutes to be sent to the Clinical Commissioning Group (CCG)')).toBeNull();
  });

  it('keeps a person’s title whole and drops who is consulted', () => {
    expect(cleanOwner('their Member, Mrs June Fox,')).toBe('Mrs June Fox');
    expect(cleanOwner('the Local Pharmacy Committee who was a consultee')).toBe('the Local Pharmacy Committee');
    // "authority" the power is cut off its holder; "the Authority" the body is an owner
    expect(cleanOwner('the Head of Estates delegated authority')).toBe('the Head of Estates');
    expect(cleanOwner('the Authority')).toBe('the Authority');
    expect(cleanOwner('the Combined Authority')).toBe('the Combined Authority');
    expect(cleanOwner('the Director, in consultation with the Chair')).toBe('the Director');
  });
});

describe('owners that are bodies or follow a fronted adverb', () => {
  it('takes a quantified body as the subject that acts', () => {
    expect(ownerOf('That each partner organisation would name a safety lead by the end of May.')).toEqual([
      'each partner organisation',
    ]);
  });
  it('leaves a fronted adverb out of the owner', () => {
    expect(cleanOwner('Thereafter, the Harbour Master')).toBe('the Harbour Master');
  });
});

describe('a labelled line naming who acts', () => {
  it('reads "Owner:", "To be actioned by:", "Responsible officer:" as an action line', () => {
    expect(actionMarker('Owner: Parish Clerk')).toEqual({ owner: 'Parish Clerk', index: 0 });
    expect(actionMarker('To be actioned by: Head of Leisure')?.owner).toBe('Head of Leisure');
    expect(actionMarker('Responsible officer:  Tom Reid')?.owner).toBe('Tom Reid');
  });

  it('does not read the label inside a sentence, or a sentence after it', () => {
    expect(actionMarker('The land owner: a trust, was not present.')).toBeNull();
    expect(actionMarker('Owner: the tenant agreed to mend the wall')).toBeNull();
  });

  it('gives the owner to the action point printed above it', () => {
    const proposal = parseMinutes(
      'Notes of the Footpaths Forum - 3 March 2026\n\nAction Point 1\nThe stile at the mill to be repaired.\nOwner: Jo Bright\n',
    );
    expect(proposal.items.map((i) => [i.owner, i.type])).toEqual([['Jo Bright', 'action']]);
  });
});

describe('a labelled owner line under a numbered resolution', () => {
  it('gives every clause it leaves unowned that owner, and is not part of the last clause', () => {
    const proposal = parseMinutes(
      'Minutes of the Leisure Committee held on 2 March 2026\n\n5. Pool charges\nRESOLVED –\n1. That the report be noted.\n2. That the new charges be advertised on the website.\n3. That a review of take-up be brought back in six months.\nTo be actioned by: Leisure Manager\n',
    );
    expect(proposal.items.map((i) => i.owner)).toEqual(['Leisure Manager', 'Leisure Manager']);
    expect(proposal.items.map((i) => i.text).join(' ')).not.toContain('actioned');
  });
});
