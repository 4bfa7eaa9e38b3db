import { describe, expect, it } from 'vitest';
import { findBlocks, isKeywordLine } from '../../src/minutes/resolutions.js';

const paragraphs = (text: string) => findBlocks(text.split('\n')).map((b) => b.paragraphs);

describe('findBlocks', () => {
  it('recognises the ways minutes open a block of resolutions', () => {
    for (const line of ['RESOLVED:', 'RESOLVED –', 'Resolved: -', 'AGREED:', 'Decision:', 'DECISION', 'The Board resolved :-']) {
      expect(isKeywordLine(line), line).toBe(true);
    }
    for (const line of ['Decision Maker: Cabinet', 'Agreed Agenda Items:', 'The Committee agreed the dates']) {
      expect(isKeywordLine(line), line).toBe(false);
    }
  });

  it('takes the clauses after the keyword and stops at the next prose', () => {
    const text = 'Members asked about costs.\nRESOLVED:\n(a) That the report be noted;\n(b) That officers review the charges.\nThe meeting closed at 8pm.';
    expect(paragraphs(text)).toEqual([['(a) That the report be noted;', '(b) That officers review the charges.']]);
  });

  it('keeps a clause whose sentence runs over onto the next paragraph', () => {
    const text = 'RESOLVED:\n(a) That the Riverside Trust’s\nAnnual Report be noted;\n(b) That the Trust be thanked.';
    expect(paragraphs(text)[0]).toHaveLength(3);
  });

  it('stops at "Reason:" and at the moderngov "Minutes:" heading', () => {
    expect(paragraphs('Resolved: That the following be agreed:\na) the fee;\nReason: to balance the budget.')).toEqual([['That the following be agreed:', 'a) the fee;']]);
  });

  it('finds a resolution inside a paragraph, and decision sentences', () => {
    expect(paragraphs('C12.3 The Clerk read a letter. It was Resolved: that a reply be sent. Action – Clerk.')).toEqual([['that a reply be sent. Action – Clerk.']]);
    expect(paragraphs('The Committee AGREED that the budget be approved. Members left.')).toEqual([['The Committee AGREED that the budget be approved.']]);
  });

  it('finds "it was resolved" mid-paragraph, and decisions of members named without "The"', () => {
    expect(paragraphs('The fence is down. It was resolved that the Clerk get a quote.')).toEqual([['that the Clerk get a quote.']]);
    expect(paragraphs('Governors agreed that the Bursar would renew the lease.')).toEqual([['Governors agreed that the Bursar would renew the lease.']]);
    expect(paragraphs('Members asked about the budget.')).toEqual([]);
  });

  it('opens a block at "The Board:" over a list, and keeps a trailing ACTION with its decision', () => {
    expect(paragraphs('The Board:\n- noted the report;\n- approved the plan.\nThe meeting closed.')).toEqual([['- noted the report;', '- approved the plan.']]);
    expect(paragraphs('The Board requested that the plan be shared. ACTION: PL')).toEqual([['The Board requested that the plan be shared. ACTION: PL']]);
  });

  it('reads a lettered run that lost its "Resolved:" heading, with less confidence', () => {
    const blocks = findBlocks(['The Panel discussed training.', '(a) the Clerk arranges two sessions;', '(b) members are sent the slides.']);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].confidence).toBeLessThan(0.7);
  });

  it('leaves a numbered list of discussion points alone', () => {
    expect(findBlocks(['(i) The service was busy.', '(ii) Staffing was discussed.'])).toEqual([]);
  });
});

it('keeps every bulleted "That …" under one "DECISION:"', () => {
  const blocks = findBlocks(['DECISION:', '- That the fares be approved for consultation.', '- That the Licensing Manager place a public notice.']);
  expect(blocks[0].paragraphs).toHaveLength(2);
});
