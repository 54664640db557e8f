/**
 * Text PostgreSQL cannot store: a NUL byte (text and jsonb refuse \u0000) and a lone UTF-16
 * surrogate (no UTF-8 encoding). Refused at the door with a 400 naming the field, so that one
 * request's bad text never reaches a statement it shares with others (the group commit).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textProblem(value: string): 'nul_byte' | 'lone_surrogate' | undefined {
  if (value.includes('\u0000')) return 'nul_byte';
  return LONE_SURROGATE.test(value) ? 'lone_surrogate' : undefined;
}

/** The first unstorable string in a parsed JSON body: the top-level property it is in, and why. */
export function badText(body: unknown, field = 'body'): { field: string; code: string } | undefined {
  if (typeof body === 'string') {
    const code = textProblem(body);
    return code ? { field, code } : undefined;
  }
  if (Array.isArray(body)) {
    for (const item of body) {
      const found = badText(item, field);
      if (found) return found;
    }
    return undefined;
  }
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      // A key is named by itself; a value inside a property by that top-level property.
      const name = field === 'body' ? key : field;
      const found = badText(key, name) ?? badText(value, name);
      if (found) return found;
    }
  }
  return undefined;
}
