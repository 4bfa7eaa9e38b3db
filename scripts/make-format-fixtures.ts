// npx tsx scripts/make-format-fixtures.ts — writes one set of minutes (our own words, invented
// people) the ways clerks publish them, into tests/fixtures/formats/:
//   ashcombe-minutes.txt   the text, clause markers typed
//   ashcombe-minutes.docx  Word, with the minute numbers, the lettered clauses (and their roman
//                          sub-clauses) and the numbered decisions as automatic numbering — none
//                          of the markers is text, and the second numbered list restarts at 1
//   ashcombe-minutes.html  the council's web page, lists as HTML lists, a running header
//   ashcombe-minutes.pdf   that page printed by headless Chromium with its header and footer on
//                          (date and time, page title, address, "1/3")
// tests/minutes/formats.test.ts reads all four and expects the same items from each.
// Needs Chromium (/usr/bin/chromium, or CHROMIUM=<path>) for the PDF.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';

type Clause = string | { text: string; parts: string[] };
type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'minute'; title: string }
  | { kind: 'lettered'; clauses: Clause[] }
  | { kind: 'numbered'; clauses: string[] };

const FIRST_MINUTE = 41;
const TITLE = 'Ashcombe Parish Council – Minutes – 3 March 2026';

const MINUTES: Block[] = [
  { kind: 'heading', text: 'ASHCOMBE PARISH COUNCIL' },
  {
    kind: 'paragraph',
    text: 'Minutes of the meeting of Ashcombe Parish Council held in the Village Hall on Tuesday, 3 March 2026 at 7.30 pm',
  },
  { kind: 'paragraph', text: 'Present: Councillors R Okafor (Chair), L Brennan, T Hollis and M Vance' },
  { kind: 'paragraph', text: 'In attendance: Mrs P Delaney (Clerk) and two members of the public' },
  { kind: 'minute', title: 'Apologies for absence' },
  { kind: 'paragraph', text: 'Apologies were received from Councillor S Carr, who was unwell.' },
  { kind: 'minute', title: 'Minutes of the previous meeting' },
  {
    kind: 'paragraph',
    text: 'RESOLVED: That the minutes of the meeting held on 3 February 2026 be approved as a correct record and signed by the Chair.',
  },
  { kind: 'minute', title: 'Footpaths and verges' },
  {
    kind: 'paragraph',
    text: 'The Clerk reported that the footpath between Mill Lane and the church had become overgrown over the winter and that two residents had written about it. Members noted that the path is maintained by the County Council and that a request had been made in the autumn without result. Councillor Brennan said that the verges on the Ridgeway were also narrowing the road for walkers, and that it would help to know their state before the first spring cut.',
  },
  { kind: 'paragraph', text: 'RESOLVED:' },
  {
    kind: 'lettered',
    clauses: [
      'That the report be noted;',
      'That the Clerk be requested to ask the County Council to clear the footpath between Mill Lane and the church;',
      {
        text: 'That the Footpaths Working Group be asked to:',
        parts: [
          'survey the verges on the Ridgeway before the spring cut; and',
          'report its findings to the next meeting;',
        ],
      },
      "That the Council's thanks be recorded to the volunteers who cleared the brook in January.",
    ],
  },
  { kind: 'minute', title: 'Village hall roof' },
  {
    kind: 'paragraph',
    text: 'Members considered three quotations for repairing the village hall roof, which had leaked during the storms in December. The lowest quotation did not include replacing the guttering, and members agreed that the guttering should be done at the same time. Councillor Hollis, who manages the hall bookings, offered to keep an eye on the work so that the hall could stay open to its regular users.',
  },
  { kind: 'paragraph', text: 'RESOLVED:' },
  {
    kind: 'numbered',
    clauses: [
      'That the quotation of £4,200 from Westbrook Roofing, including new guttering, be accepted;',
      'That Councillor Hollis be asked to oversee the works with the Clerk;',
      'That a report on the completed works be brought to the May meeting.',
    ],
  },
  { kind: 'minute', title: 'Play area' },
  {
    kind: 'paragraph',
    text: 'The annual inspection of the play area found the equipment in fair order, apart from two swing seats that showed wear and a loose bolt on the climbing frame, which the Clerk had already had tightened.',
  },
  { kind: 'paragraph', text: 'RESOLVED:' },
  {
    kind: 'numbered',
    clauses: [
      'That the annual inspection report be noted;',
      'That the Clerk obtain quotations for replacing the swing seats and report back to the next meeting.',
    ],
  },
  { kind: 'minute', title: 'Date of the next meeting' },
  {
    kind: 'paragraph',
    text: 'RESOLVED: That the next meeting be held on Tuesday, 7 April 2026 at 7.30 pm in the Village Hall.',
  },
];

const letter = (n: number) => String.fromCharCode(97 + n);
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi'];

function asText(): string {
  const lines: string[] = [];
  let minute = FIRST_MINUTE;
  for (const block of MINUTES) {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        lines.push(block.text, '');
        break;
      case 'minute':
        lines.push(`${minute++}. ${block.title}`, '');
        break;
      case 'lettered':
        block.clauses.forEach((clause, i) => {
          lines.push(`(${letter(i)}) ${typeof clause === 'string' ? clause : clause.text}`);
          if (typeof clause !== 'string') clause.parts.forEach((part, j) => lines.push(`(${ROMAN[j]}) ${part}`));
        });
        lines.push('');
        break;
      case 'numbered':
        block.clauses.forEach((clause, i) => lines.push(`${i + 1}. ${clause}`));
        lines.push('');
        break;
    }
  }
  return lines.join('\n');
}

async function asWord(): Promise<Buffer> {
  const children: Paragraph[] = [];
  let numberedLists = 0;
  for (const block of MINUTES) {
    switch (block.kind) {
      case 'heading':
        children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: [new TextRun(block.text)] }));
        break;
      case 'minute':
        children.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            numbering: { reference: 'minutes', level: 0 },
            children: [new TextRun(block.title)],
          }),
        );
        break;
      case 'lettered':
        for (const clause of block.clauses) {
          children.push(
            new Paragraph({
              numbering: { reference: 'clauses', level: 0 },
              children: [new TextRun(typeof clause === 'string' ? clause : clause.text)],
            }),
          );
          if (typeof clause !== 'string')
            for (const part of clause.parts)
              children.push(
                new Paragraph({ numbering: { reference: 'clauses', level: 1 }, children: [new TextRun(part)] }),
              );
        }
        break;
      case 'numbered':
        // Each list of decisions starts again at 1: a new instance of the same numbering.
        numberedLists++;
        for (const clause of block.clauses)
          children.push(
            new Paragraph({
              numbering: { reference: 'decisions', level: 0, instance: numberedLists },
              children: [new TextRun(clause)],
            }),
          );
        break;
    }
  }
  const indent = (left: number) => ({ paragraph: { indent: { left, hanging: 360 } } });
  const document = new Document({
    creator: 'actionlog tests',
    title: TITLE,
    numbering: {
      config: [
        {
          reference: 'minutes',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              start: FIRST_MINUTE,
              alignment: AlignmentType.LEFT,
              style: indent(360),
            },
          ],
        },
        {
          reference: 'clauses',
          levels: [
            {
              level: 0,
              format: LevelFormat.LOWER_LETTER,
              text: '(%1)',
              start: 1,
              alignment: AlignmentType.LEFT,
              style: indent(720),
            },
            {
              level: 1,
              format: LevelFormat.LOWER_ROMAN,
              text: '(%2)',
              start: 1,
              alignment: AlignmentType.LEFT,
              style: indent(1440),
            },
          ],
        },
        {
          reference: 'decisions',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              start: 1,
              alignment: AlignmentType.LEFT,
              style: indent(720),
            },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function asHtml(): string {
  const body: string[] = [];
  let minute = FIRST_MINUTE;
  for (const block of MINUTES) {
    switch (block.kind) {
      case 'heading':
        body.push(`<h1>${escape(block.text)}</h1>`);
        break;
      case 'paragraph':
        body.push(`<p>${escape(block.text)}</p>`);
        break;
      case 'minute':
        body.push(`<h2>${minute++}. ${escape(block.title)}</h2>`);
        break;
      case 'lettered':
        body.push(
          '<ol class="lettered">',
          ...block.clauses.map((clause) =>
            typeof clause === 'string'
              ? `<li>${escape(clause)}</li>`
              : `<li>${escape(clause.text)}<ol class="roman">${clause.parts.map((part) => `<li>${escape(part)}</li>`).join('')}</ol></li>`,
          ),
          '</ol>',
        );
        break;
      case 'numbered':
        body.push('<ol class="numbered">', ...block.clauses.map((clause) => `<li>${escape(clause)}</li>`), '</ol>');
        break;
    }
  }
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escape(TITLE)}</title>
<style>
  @page { size: A4; }
  @counter-style bracketed-letter { system: extends lower-alpha; prefix: "("; suffix: ") "; }
  @counter-style bracketed-roman { system: extends lower-roman; prefix: "("; suffix: ") "; }
  body { font-family: "DejaVu Sans", sans-serif; font-size: 13pt; line-height: 1.5; margin: 0 1.5em; }
  .running { position: fixed; top: 0; left: 0; right: 0; text-align: right; font-size: 9pt; color: #555; }
  main { padding-top: 2.5em; }
  h1 { font-size: 18pt; }
  h2 { font-size: 14pt; margin-top: 1.4em; }
  ol.lettered { list-style: bracketed-letter; }
  ol.roman { list-style: bracketed-roman; }
  ol.numbered { list-style: decimal; }
</style>
</head>
<body>
<div class="running">Ashcombe Parish Council · Full Council · 3 March 2026</div>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

function printToPdf(html: string, target: string): void {
  const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
  const work = mkdtempSync(path.join(tmpdir(), 'actionlog-print-'));
  try {
    const page = path.join(work, 'ashcombe-minutes.html');
    writeFileSync(page, html);
    const result = spawnSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=en-GB',
        `--user-data-dir=${path.join(work, 'profile')}`,
        `--print-to-pdf=${target}`,
        `file://${page}`,
      ],
      { encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8', TZ: 'Europe/London' }, timeout: 120_000 },
    );
    if (result.status !== 0) throw new Error(`${chromium} failed (${result.status}): ${result.stderr}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const out = path.resolve(import.meta.dirname, '../tests/fixtures/formats');
const html = asHtml();
writeFileSync(path.join(out, 'ashcombe-minutes.txt'), asText());
writeFileSync(path.join(out, 'ashcombe-minutes.docx'), await asWord());
writeFileSync(path.join(out, 'ashcombe-minutes.html'), html);
printToPdf(html, path.join(out, 'ashcombe-minutes.pdf'));
console.log(`wrote ${out}/ashcombe-minutes.{txt,docx,html,pdf}`);
