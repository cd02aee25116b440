/**
 * The administrator's users page: GET /users lists the users of the administrator's own council;
 * POST /users adds one; POST /users/:username changes a name or role, sets a password, unlocks, or
 * turns an account off or on. A user of another council is "no such user", as its figures are.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { councilOf, viewerOf } from "../access.js";
import type { ServerOptions } from "../app.js";
import { HttpError } from "../requests.js";
import { AccountError, addUser, changeUser, setDisabled, setPassword } from "./accounts.js";
import { usersPage } from "./users-page.js";

type Form = Record<string, string | undefined>;
const MANAGE = { config: { allow: "manage-users" as const } };

export function registerUsersRoutes(app: FastifyInstance, { store, clock }: ServerOptions): void {
  const access = () => store.access();

  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    message: { problem?: string; done?: string } = {},
  ) {
    const council = await councilOf(store, request);
    const users = await access().users(council.la);
    const page = usersPage(viewerOf(request), council, users, clock().toISOString(), message);
    return reply
      .code(message.problem ? 400 : 200)
      .type("text/html; charset=utf-8")
      .send(page.text);
  }

  /** Runs a change; an AccountError is shown on the page, and nothing is changed. */
  async function changing(request: FastifyRequest, reply: FastifyReply, change: () => Promise<string>) {
    try {
      return show(request, reply, { done: await change() });
    } catch (error) {
      if (error instanceof AccountError) return show(request, reply, { problem: error.message });
      throw error;
    }
  }

  app.get("/users", MANAGE, async (request, reply) => show(request, reply));

  app.post<{ Body: Form }>("/users", MANAGE, async (request, reply) => {
    const { la } = await councilOf(store, request);
    const { username = "", name = "", role = "", password = "" } = request.body ?? {};
    return changing(request, reply, async () => {
      const user = await addUser(
        store,
        { username: username.trim(), la, role, name, password },
        clock().toISOString(),
      );
      return `Added ${user.name} (${user.username}).`;
    });
  });

  app.post<{ Params: { username: string }; Body: Form }>(
    "/users/:username",
    MANAGE,
    async (request, reply) => {
      const viewer = viewerOf(request);
      await councilOf(store, request);
      const body = request.body ?? {};
      const user = await access().user(request.params.username);
      if (!user || user.la !== viewer.la) throw new HttpError(404, `No user "${request.params.username}".`);
      return changing(request, reply, async () => {
        const self = user.username === viewer.username;
        switch (body.action) {
          case "change":
            if (self && body.role !== undefined && body.role !== user.role)
              throw new AccountError("role: you cannot change your own role; ask another administrator.");
            await changeUser(access(), user, { name: body.name, role: body.role });
            return `Saved ${user.username}.`;
          case "password":
            await setPassword(access(), user, body.password ?? "");
            return `Set a new password for ${user.username}; their sessions have ended.`;
          case "unlock":
            await access().clearFailures(user.username);
            return `Unlocked ${user.username}.`;
          case "disable":
          case "enable":
            if (self) throw new AccountError("action: you cannot turn off your own account.");
            await setDisabled(access(), user, body.action === "disable");
            return `Turned ${body.action === "disable" ? "off" : "on"} ${user.username}.`;
          default:
            throw new AccountError(
              `action "${body.action ?? ""}": must be one of change, password, unlock, disable, enable.`,
            );
        }
      });
    },
  );
}
