import type { ShippedData } from './content.ts';
import type { Role } from './roles.ts';

/**
 * An editor is bound to one or more of today's municipalities; the other roles to none. Checked
 * for invitations and role changes alike; undefined when the pair is right.
 */
export function bindingProblem(
  role: Role,
  municipalities: readonly string[],
  shipped: ShippedData,
): { code: string; value?: string } | undefined {
  if (role === 'editor' && municipalities.length === 0) return { code: 'required' };
  if (role !== 'editor' && municipalities.length > 0) return { code: 'editors_only' };
  const unknown = municipalities.find((nis) => !shipped.context.municipality.has(nis));
  return unknown ? { code: 'unknown_municipality', value: unknown } : undefined;
}
