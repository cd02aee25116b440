/**
 * Adding and changing users, for the users page and `outturn users`: each refusal says which value
 * broke which rule. A new password or role ends the person's other sessions; so does turning an
 * account off.
 */
import { isRole, ROLES, type Role } from "../../domain/access/roles.js";
import type { AccessStore, User } from "../../store/access-store.js";
import type { Store } from "../../store/store.js";
import { hashPassword, passwordProblem } from "./passwords.js";

/** A change refused, with the value and the rule it broke. */
export class AccountError extends Error {}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export function checkUsername(username: string): string {
  if (!USERNAME.test(username))
    throw new AccountError(
      `username "${username}": use 2 to 64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit.`,
    );
  return username;
}

export function checkRole(role: string): Role {
  if (!isRole(role)) throw new AccountError(`role "${role}": must be one of ${ROLES.join(", ")}.`);
  return role;
}

export function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 100)
    throw new AccountError(`name "${name}": give the person's name, 1 to 100 characters.`);
  return trimmed;
}

async function checkedHash(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(`password: ${problem}`);
  return hashPassword(password);
}

export async function userOrError(access: AccessStore, username: string, la?: string): Promise<User> {
  const user = await access.user(username);
  // Another council's user is reported as missing, as another council's figures are.
  if (!user || (la !== undefined && user.la !== la))
    throw new AccountError(`username "${username}": no such user${la ? ` in council ${la}` : ""}.`);
  return user;
}

export interface NewUser {
  username: string;
  la: string;
  role: string;
  name: string;
  password: string;
}

export async function addUser(store: Store, input: NewUser, at: string): Promise<User> {
  const username = checkUsername(input.username);
  if (!(await store.councils()).some((c) => c.la === input.la))
    throw new AccountError(`la "${input.la}": no council with that code is in the store.`);
  if (await store.access().user(username))
    throw new AccountError(`username "${username}": already taken; usernames are unique across councils.`);
  const user: User = {
    username,
    la: input.la,
    role: checkRole(input.role),
    name: checkName(input.name),
    passwordHash: await checkedHash(input.password),
    failedAttempts: 0,
    lockedUntil: null,
    disabled: false,
    createdAt: at,
  };
  await store.access().saveUser(user);
  return user;
}

/** A new password; every session of the user ends except `keep` (the one changing it). */
export async function setPassword(access: AccessStore, user: User, password: string, keep?: string) {
  await access.saveUser({ ...user, passwordHash: await checkedHash(password) });
  await access.deleteSessionsOf(user.username, keep);
}

/** A new name or role; a new role ends the user's sessions, so it takes effect at once. */
export async function changeUser(access: AccessStore, user: User, change: { name?: string; role?: string }) {
  const role = change.role === undefined ? user.role : checkRole(change.role);
  const name = change.name === undefined ? user.name : checkName(change.name);
  await access.saveUser({ ...user, name, role });
  if (role !== user.role) await access.deleteSessionsOf(user.username);
}

/** Turns an account off (ending its sessions) or on again. */
export async function setDisabled(access: AccessStore, user: User, disabled: boolean) {
  await access.saveUser({ ...user, disabled });
  if (disabled) await access.deleteSessionsOf(user.username);
}
