/**
 * Field documentation read from the zod schemas themselves (`.describe()`), so the /data/ page
 * and the README cannot drift from what the build checks.
 */
import type { z } from 'zod';

export interface FieldDoc {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

type AnySchema = z.core.$ZodType & { description?: string };

function typeName(s: AnySchema): { type: string; optional: boolean } {
  const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
      return { type: typeName(def.innerType as AnySchema).type, optional: true };
    case 'default':
      return { type: typeName(def.innerType as AnySchema).type, optional: true };
    case 'nullable':
      return { type: `${typeName(def.innerType as AnySchema).type} | null`, optional: false };
    case 'array':
      return { type: `list of ${typeName(def.element as AnySchema).type}`, optional: false };
    case 'enum':
      return { type: Object.values(def.entries as Record<string, string>).map((v) => `"${v}"`).join(' | '), optional: false };
    case 'object':
      return { type: `{ ${Object.keys(def.shape as object).join(', ')} }`, optional: false };
    case 'pipe':
      return typeName(def.in as AnySchema);
    default:
      return { type: def.type, optional: false };
  }
}

function describe(s: AnySchema): string {
  if (s.description) return s.description;
  const def = s._zod.def as unknown as { innerType?: AnySchema };
  return def.innerType ? describe(def.innerType) : '';
}

export function fieldDocs(schema: z.ZodObject): FieldDoc[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { type, optional } = typeName(field as AnySchema);
    return { name, type, required: !optional, description: describe(field as AnySchema) };
  });
}
