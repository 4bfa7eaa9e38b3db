// One JSON document on stdout, and nothing else.
export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
