/** Texts about land and time: the municipalities of the date, former municipalities, police zones of 2025. */
export const landEn = {
  formerPart: 'Former municipality of {{name}}',
  partial: 'Known in part: only for former municipalities, each shown in its own class on the map',
  knownFor: 'known for the former municipality of {{name}}, {{date}}',
  base: '{{count}} municipalities of {{year}}',
  boundaries2019: 'boundaries of 2019; the mergers of 2019 are not drawn',
  legendParts:
    'Where a merged municipality is known only for some of its former municipalities, each of those is coloured on its own land; no statement is spread over the rest.',
  zones2025: 'Police zones are those of 2025.',
  point: '{{date}}: {{count}} of {{base}} municipalities',
  bases:
    'Each point counts on the municipalities of its date: 589 before 2019 (published figures; the map draws those of 2019), 581 from 2019, 565 from 2025.',
  undated: 'Statements without a date add {{count}} to today’s view; the line leaves them out at every date.',
  undatedApart_one:
    '{{count}} statement without a date is left out at a past date: it counts only in today’s view, marked “date not stated”.',
  undatedApart_other:
    '{{count}} statements without a date are left out at a past date: they count only in today’s view, marked “date not stated”.',
};
