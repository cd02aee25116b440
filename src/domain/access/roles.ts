/**
 * Who may do what. Five roles; each route and command names the one permission it needs, and only
 * this table says which roles hold it. A member reads figures with small numbers suppressed and no
 * child-level row, and changes nothing; every other role reads as an officer.
 */
import type { Reader } from "../disclosure/audience.js";

export const ROLES = ["administrator", "finance-officer", "analyst", "manager", "member"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  administrator: "Administrator",
  "finance-officer": "Finance officer",
  analyst: "Analyst",
  manager: "Manager",
  member: "Member",
};

/**
 * - `public`: no sign-in (the sign-in page itself).
 * - `read`: the council's figures as the role's reader sees them (members suppressed).
 * - `read-child-level`: rows about one child, pupil or post, and downloads holding them.
 * - `edit-finance`: budget, ledger and register figures; closing a period.
 * - `edit-scenarios`: demand and transport scenarios, and solving them.
 * - `edit-scrutiny`: questions, recommendations, actions, the work programme, the committee report's narrative.
 * - `read-audit`: the audit trail and its export.
 * - `manage-users`: adding, changing and unlocking users.
 */
export const PERMISSIONS = [
  "public",
  "read",
  "read-child-level",
  "edit-finance",
  "edit-scenarios",
  "edit-scrutiny",
  "read-audit",
  "manage-users",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const OFFICERS: readonly Role[] = ["administrator", "finance-officer", "analyst", "manager"];

const HOLDERS: Readonly<Record<Permission, readonly Role[]>> = {
  public: ROLES,
  read: ROLES,
  "read-child-level": OFFICERS,
  "edit-finance": ["administrator", "finance-officer"],
  "edit-scenarios": ["administrator", "finance-officer", "analyst"],
  "edit-scrutiny": OFFICERS,
  "read-audit": OFFICERS,
  "manage-users": ["administrator"],
};

export function can(role: Role, permission: Permission): boolean {
  return HOLDERS[permission].includes(role);
}

/** How a role reads figures: members suppressed, everyone else as an officer. */
export function readerOf(role: Role): Reader {
  return role === "member" ? "member" : "officer";
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
