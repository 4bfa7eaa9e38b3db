// An invented committee's minutes with a test's own text as minute 2, between an apologies item and the close.
export const leisureMinute = (body: string): string => `Minutes of the Leisure Committee held on 4 March 2026

Present: Councillor A Rowe (Chair), Councillor B Shah

1. Apologies
None.

2. Swimming pool
${body}

3. Close
The meeting closed at 8pm.
`;
