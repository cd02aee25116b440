/**
 * A form's fields checked by a register's own layout (the same rules as an imported file): the row,
 * or every broken rule on its field, naming the column, the value and the rule.
 */
import type { z } from "zod";
import { cellText } from "../../formats/registers/cells.js";

export interface FieldError {
  field: string;
  /** The column's header, as the register's template and import errors name it. */
  header: string;
  value: string;
  rule: string;
}

export function checkedRow<T>(
  schema: z.ZodType<T>,
  input: Record<string, unknown>,
  headerOf: (field: string) => string,
): { row: T } | { errors: FieldError[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { row: parsed.data };
  return {
    errors: parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? "");
      return { field, header: headerOf(field), value: cellText(input[field] ?? ""), rule: issue.message };
    }),
  };
}
