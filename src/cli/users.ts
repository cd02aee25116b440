/**
 * `outturn users`: add a user, list them, unlock one, or set one's password. A password is read from
 * the environment's OUTTURN_PASSWORD, else the first line of standard input, so it never appears in
 * the command line or the shell's history. A refusal names the value and the rule, and exits 2.
 */
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { ROLES } from "../domain/access/roles.js";
import { AccountError, addUser, setPassword, userOrError } from "../server/sign-in/accounts.js";
import type { Store } from "../store/store.js";
import { UserError } from "./common.js";
import { withStore } from "./context.js";

async function readPassword(): Promise<string> {
  const fromEnv = process.env.OUTTURN_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  if (process.stdin.isTTY) process.stderr.write("Password: ");
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  throw new UserError("password: give it as the first line of standard input, or in OUTTURN_PASSWORD.", 2);
}

/** Runs an account change, turning a refusal into the CLI's exit 2. */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AccountError) throw new UserError(error.message, 2);
    throw error;
  }
}

function state(user: { disabled: boolean; lockedUntil: string | null }, now: string): string {
  if (user.disabled) return "off";
  return user.lockedUntil && user.lockedUntil > now ? `locked until ${user.lockedUntil}` : "active";
}

export function addUsersCommands(program: Command, store: () => string): void {
  const users = program
    .command("users")
    .description("The people who may sign in to the web UI, and their roles");
  const run = (work: (s: Store) => Promise<void>) => withStore(store(), (s) => refusing(() => work(s)));

  users
    .command("add")
    .description(
      "Add a user; the password (12 characters or more) is read from OUTTURN_PASSWORD or stdin's first line",
    )
    .argument("<username>", "lower-case letters, digits, '.', '_' or '-'")
    .requiredOption("--la <code>", "the council the user works for")
    .requiredOption("--role <role>", ROLES.join(" | "))
    .requiredOption("--name <name>", "the person's name, as pages show it")
    .action((username: string, o: { la: string; role: string; name: string }) =>
      run(async (s) => {
        const password = await readPassword();
        const user = await addUser(s, { username, ...o, password }, new Date().toISOString());
        console.log(`Added ${user.username} (${user.name}), ${user.role} at council ${user.la}.`);
      }),
    );

  users
    .command("list")
    .description("List the users, of one council or all")
    .option("--la <code>", "only this council's users")
    .action((o: { la?: string }) =>
      run(async (s) => {
        const now = new Date().toISOString();
        for (const u of await s.access().users(o.la))
          console.log([u.username, u.la, u.role, u.name, state(u, now)].join("\t"));
      }),
    );

  users
    .command("unlock")
    .description("Unlock a user locked after failed sign-ins")
    .argument("<username>")
    .action((username: string) =>
      run(async (s) => {
        const user = await userOrError(s.access(), username);
        await s.access().clearFailures(user.username);
        console.log(`Unlocked ${user.username}.`);
      }),
    );

  users
    .command("password")
    .description("Set a user's password (from OUTTURN_PASSWORD or stdin's first line); their sessions end")
    .argument("<username>")
    .action((username: string) =>
      run(async (s) => {
        const user = await userOrError(s.access(), username);
        await setPassword(s.access(), user, await readPassword());
        console.log(`Set a new password for ${user.username}; their sessions have ended.`);
      }),
    );
}
