// A line set wholly in capitals ("CHANGE OF USE FROM SHOP TO CAFE, 3 HIGH STREET", "AUTHORITY TO CHAIR AND
// OFFICERS") is a heading or an application's description: minutes set what is said and decided in ordinary
// type, so such a line is never an errand, however its words read ("… UNIT TO HOT FOOD …").

/** Whether the text is a heading in capitals: two words or more, letters all upper case. */
export function inCapitals(text: string): boolean {
  return !/[a-z]/.test(text) && (text.match(/[A-Z]{2,}/g) ?? []).length >= 2;
}
