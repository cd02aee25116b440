/**
 * The users who may sign in and their sessions, over either dialect. Not bound to a council: sign-in
 * finds the user, and with it the council, from the username alone. Times are ISO timestamps the
 * caller passes in; the rules (how many failures lock, for how long, when a session ends) are the
 * sign-in's, in src/server/sign-in, not the store's.
 */
import type { Kysely } from "kysely";
import type { Role } from "../domain/access/roles.js";
import { StoreError } from "./store.js";

export interface User {
  username: string;
  /** The one council this person works for. */
  la: string;
  name: string;
  role: Role;
  /** scrypt, self-describing (src/server/sign-in/passwords.ts). */
  passwordHash: string;
  /** Failed sign-ins since the last success or lockout. */
  failedAttempts: number;
  /** While this moment is in the future, the account is locked; null when it is not. */
  lockedUntil: string | null;
  disabled: boolean;
  createdAt: string;
}

export interface Session {
  /** The SHA-256 (hex) of the cookie's token; the token itself is never stored. */
  id: string;
  username: string;
  la: string;
  csrf: string;
  createdAt: string;
  /** The absolute end, however busy the session is. */
  expiresAt: string;
  lastSeen: string;
}

export interface AccessStore {
  user(username: string): Promise<User | null>;
  /** The users of one council, or of every council, by username. */
  users(la?: string): Promise<User[]>;
  /** Adds the user, or replaces the one of the same username. */
  saveUser(user: User): Promise<void>;
  /**
   * Counts one failed sign-in; the `lock.after`-th in a row locks the account until `lock.until` and
   * starts the count again. Returns the user as it now is (null for an unknown username).
   */
  recordFailure(username: string, lock: { after: number; until: string }): Promise<User | null>;
  /** A success, or an administrator's unlock: no failures counted, no lock. */
  clearFailures(username: string): Promise<void>;
  createSession(session: Session): Promise<void>;
  session(id: string): Promise<Session | null>;
  touchSession(id: string, at: string): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** Ends the user's sessions, all but `except` when given. */
  deleteSessionsOf(username: string, except?: string): Promise<void>;
}

interface UserRow {
  username: string;
  la: string;
  name: string;
  role: string;
  password_hash: string;
  failed_attempts: number;
  locked_until: string | null;
  disabled: number;
  created_at: string;
}

interface SessionRow {
  id: string;
  username: string;
  la: string;
  csrf: string;
  created_at: string;
  expires_at: string;
  last_seen: string;
}

export interface AccessTables {
  users: UserRow;
  sessions: SessionRow;
}

const userOf = (r: UserRow): User => ({
  username: r.username,
  la: r.la,
  name: r.name,
  role: r.role as Role,
  passwordHash: r.password_hash,
  failedAttempts: Number(r.failed_attempts),
  lockedUntil: r.locked_until,
  disabled: Number(r.disabled) === 1,
  createdAt: r.created_at,
});

const sessionOf = (r: SessionRow): Session => ({
  id: r.id,
  username: r.username,
  la: r.la,
  csrf: r.csrf,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  lastSeen: r.last_seen,
});

export class SqlAccessStore implements AccessStore {
  readonly #db: Kysely<AccessTables>;

  constructor(db: Kysely<AccessTables>) {
    this.#db = db;
  }

  async user(username: string): Promise<User | null> {
    const row = await this.#db
      .selectFrom("users")
      .selectAll()
      .where("username", "=", username)
      .executeTakeFirst();
    return row ? userOf(row) : null;
  }

  async users(la?: string): Promise<User[]> {
    let query = this.#db.selectFrom("users").selectAll();
    if (la !== undefined) query = query.where("la", "=", la);
    return (await query.orderBy("username").execute()).map(userOf);
  }

  async saveUser(user: User): Promise<void> {
    if (!user.username.trim()) throw new StoreError("a user needs a non-empty username");
    const values = {
      la: user.la,
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      failed_attempts: user.failedAttempts,
      locked_until: user.lockedUntil,
      disabled: user.disabled ? 1 : 0,
      created_at: user.createdAt,
    };
    await this.#db
      .insertInto("users")
      .values({ username: user.username, ...values })
      .onConflict((conflict) => conflict.column("username").doUpdateSet(values))
      .execute();
  }

  async recordFailure(username: string, lock: { after: number; until: string }): Promise<User | null> {
    // One statement, so two failures at once both count: each side reads the row as it was.
    await this.#db
      .updateTable("users")
      .set((eb) => {
        const locks = eb(eb("failed_attempts", "+", 1), ">=", lock.after);
        return {
          failed_attempts: eb
            .case()
            .when(locks)
            .then(0)
            .else(eb("failed_attempts", "+", 1))
            .end(),
          locked_until: eb.case().when(locks).then(lock.until).else(eb.ref("locked_until")).end(),
        };
      })
      .where("username", "=", username)
      .execute();
    return this.user(username);
  }

  async clearFailures(username: string): Promise<void> {
    await this.#db
      .updateTable("users")
      .set({ failed_attempts: 0, locked_until: null })
      .where("username", "=", username)
      .execute();
  }

  async createSession(session: Session): Promise<void> {
    await this.#db
      .insertInto("sessions")
      .values({
        id: session.id,
        username: session.username,
        la: session.la,
        csrf: session.csrf,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
        last_seen: session.lastSeen,
      })
      .execute();
  }

  async session(id: string): Promise<Session | null> {
    const row = await this.#db.selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? sessionOf(row) : null;
  }

  async touchSession(id: string, at: string): Promise<void> {
    await this.#db.updateTable("sessions").set({ last_seen: at }).where("id", "=", id).execute();
  }

  async deleteSession(id: string): Promise<void> {
    await this.#db.deleteFrom("sessions").where("id", "=", id).execute();
  }

  async deleteSessionsOf(username: string, except?: string): Promise<void> {
    let query = this.#db.deleteFrom("sessions").where("username", "=", username);
    if (except !== undefined) query = query.where("id", "<>", except);
    await query.execute();
  }
}
