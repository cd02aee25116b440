/**
 * Migration 0010: who may sign in. `users` holds each person with the one council they work for,
 * their role and their scrypt password hash, and the count of failed sign-ins since the last
 * success with the time a lockout ends; `sessions` holds each signed-in browser by the SHA-256 of
 * its cookie's token (never the token), with its CSRF token and when it ends. Neither is a council
 * table keyed by `la`: sign-in finds a user before the council is known. The roles are written out
 * here, not imported, so the migration stays as released.
 */
import { type Migration, sql } from "kysely";
import { type AnyDb, flag, oneOf, required } from "./migration-builders.js";

const ROLES = ["administrator", "finance-officer", "analyst", "manager", "member"];

export function access(): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable("users")
        .addColumn("username", "text", (c) => c.primaryKey())
        .addColumn("la", "text", (c) => c.notNull().references("councils.la"))
        .addColumn("name", "text", required)
        .addColumn("role", "text", oneOf("role", ROLES))
        .addColumn("password_hash", "text", required)
        .addColumn("failed_attempts", "integer", (c) => c.notNull().check(sql`failed_attempts >= 0`))
        .addColumn("locked_until", "text")
        .addColumn("disabled", "integer", flag("disabled"))
        .addColumn("created_at", "text", required)
        .execute();
      await db.schema.createIndex("users_la").on("users").columns(["la", "username"]).execute();

      await db.schema
        .createTable("sessions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("username", "text", (c) => c.notNull().references("users.username"))
        .addColumn("la", "text", (c) => c.notNull().references("councils.la"))
        .addColumn("csrf", "text", required)
        .addColumn("created_at", "text", required)
        .addColumn("expires_at", "text", required)
        .addColumn("last_seen", "text", required)
        .execute();
      await db.schema.createIndex("sessions_username").on("sessions").column("username").execute();
    },
  };
}
