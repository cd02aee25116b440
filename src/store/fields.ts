/**
 * How a register's fields become columns and back, how a value is checked before it is written,
 * and how a value is written in the audit trail. One generic description serves every register.
 */
import { isIsoDate } from "../domain/calendar/dates.js";
import { isPence } from "../domain/money/money.js";
import type { SqlValue } from "./schema.js";

/**
 * money: integer pence (bigint); profile: 12 integer pence as JSON text; bool: integer 0/1;
 * list: texts without ";" stored as one text joined by ";" ("" for none).
 */
export type FieldKind = "text" | "date" | "money" | "number" | "integer" | "bool" | "profile" | "list";

export interface FieldSpec {
  name: string;
  column: string;
  kind: FieldKind;
  nullable: boolean;
  /** The allowed values of a code, when it has a fixed list. */
  values?: readonly string[];
}

type FieldOptions = { column?: string; nullable?: boolean; values?: readonly string[] };

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export function field(name: string, kind: FieldKind, options: FieldOptions = {}): FieldSpec {
  return {
    name,
    column: options.column ?? snakeCase(name),
    kind,
    nullable: options.nullable ?? false,
    ...(options.values ? { values: options.values } : {}),
  };
}

export class FieldValueError extends Error {}

function describe(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

/** Throws a FieldValueError naming the field, the value and the rule when `value` does not fit. */
export function checkValue(spec: FieldSpec, value: unknown): void {
  const fail = (rule: string) => {
    throw new FieldValueError(`${spec.name}: ${describe(value)} is not valid: ${rule}`);
  };
  if (value === null || value === undefined) {
    if (!spec.nullable) fail("a value is required");
    return;
  }
  switch (spec.kind) {
    case "text":
      if (typeof value !== "string") fail("it must be text");
      if (spec.values && !spec.values.includes(value as string))
        fail(`it must be one of ${spec.values.join(", ")}`);
      return;
    case "date":
      if (typeof value !== "string" || !isIsoDate(value)) fail("it must be a date YYYY-MM-DD");
      return;
    case "money":
      if (!isPence(value)) fail("money must be a whole number of pence");
      return;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) fail("it must be a number");
      return;
    case "integer":
      if (!Number.isSafeInteger(value)) fail("it must be a whole number");
      return;
    case "bool":
      if (typeof value !== "boolean") fail("it must be true or false");
      return;
    case "profile":
      if (!Array.isArray(value) || value.length !== 12 || !value.every(isPence)) {
        fail("a profile must be 12 whole numbers of pence");
      }
      return;
    case "list":
      if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && v !== "" && !v.includes(";")))
        fail('a list must be texts, none empty or holding ";"');
      return;
  }
}

/** The column value for a field's value (undefined is stored as null, so NOT NULL catches it). */
export function toColumn(spec: FieldSpec, value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (spec.kind === "bool") return value ? 1 : 0;
  if (spec.kind === "profile") return JSON.stringify(value);
  if (spec.kind === "list") return (value as string[]).join(";");
  return value as SqlValue;
}

export function fromColumn(spec: FieldSpec, value: SqlValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (spec.kind === "bool") return value === 1 || value === "1";
  if (spec.kind === "profile") return JSON.parse(String(value)) as number[];
  if (spec.kind === "list") return String(value) === "" ? [] : String(value).split(";");
  if (spec.kind === "text" || spec.kind === "date") return String(value);
  return Number(value);
}

/** How a value is written in the audit trail: null stays null, a profile is JSON. */
export function auditText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
