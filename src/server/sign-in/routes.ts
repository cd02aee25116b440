/**
 * Signing in and out, and a person's own account: GET and POST /sign-in (public), POST /sign-out,
 * GET /account and POST /account/password. The session cookie is HttpOnly, SameSite=Strict, for the
 * whole site, and Secure when the request came over https.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { DEMO_USERS } from "../../demo/load-demo.js";
import type { Store } from "../../store/store.js";
import { councilOf, SESSION_COOKIE, viewerOf } from "../access.js";
import type { ServerOptions } from "../app.js";
import type { Html } from "../html.js";
import { AccountError, setPassword, userOrError } from "./accounts.js";
import { localPath } from "./guard.js";
import { accountPage, type DemoAccount, signInPage } from "./pages.js";
import { verifyPassword } from "./passwords.js";
import { sessionIdOf, signIn } from "./sessions.js";

type Form = Record<string, string | undefined>;

/** The published accounts of the demo councils in the store, while they are there and turned on. */
async function demoAccounts(store: Store): Promise<DemoAccount[]> {
  const demo = new Map((await store.councils()).filter((c) => c.demo).map((c) => [c.la, c.name]));
  const accounts: DemoAccount[] = [];
  for (const { la, username, password } of DEMO_USERS) {
    const user = await store.access().user(username);
    const council = demo.get(la);
    if (council && user?.la === la && !user.disabled)
      accounts.push({ council, username, password, role: user.role });
  }
  return accounts;
}

const send = (reply: FastifyReply, page: Html, status = 200) =>
  reply.code(status).type("text/html; charset=utf-8").send(page.text);

/** The session id of the request's own cookie, if it has one. */
const ownSession = (request: FastifyRequest) => {
  const token = request.cookies[SESSION_COOKIE];
  return token ? sessionIdOf(token) : undefined;
};

export function registerSignInRoutes(app: FastifyInstance, { store, clock }: ServerOptions): void {
  const access = () => store.access();

  app.get<{ Querystring: { next?: string } }>(
    "/sign-in",
    { config: { allow: "public" } },
    async (request, reply) =>
      send(reply, signInPage({ next: localPath(request.query.next) }, await demoAccounts(store))),
  );

  app.post<{ Body: Form }>("/sign-in", { config: { allow: "public" } }, async (request, reply) => {
    const username = String(request.body?.username ?? "").trim();
    const next = localPath(request.body?.next);
    const result = await signIn(access(), username, String(request.body?.password ?? ""), clock());
    if ("refused" in result)
      return send(
        reply,
        signInPage({ username, next, problem: result.refused }, await demoAccounts(store)),
        401,
      );
    const old = ownSession(request);
    if (old) await access().deleteSession(old);
    reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: "strict",
      path: "/",
      secure: request.protocol === "https",
    });
    return reply.redirect(next, 303);
  });

  app.post("/sign-out", { config: { allow: "read" } }, async (request, reply) => {
    const id = ownSession(request);
    if (id) await access().deleteSession(id);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return reply.redirect("/sign-in", 303);
  });

  app.get("/account", { config: { allow: "read" } }, async (request, reply) =>
    send(reply, accountPage(viewerOf(request), await councilOf(store, request))),
  );

  app.post<{ Body: Form }>("/account/password", { config: { allow: "read" } }, async (request, reply) => {
    const viewer = viewerOf(request);
    const council = await councilOf(store, request);
    const { current = "", password = "", repeat = "" } = request.body ?? {};
    const refuse = (problem: string) => send(reply, accountPage(viewer, council, { problem }), 400);
    const user = await userOrError(access(), viewer.username);
    if (!(await verifyPassword(current, user.passwordHash)))
      return refuse("Your current password is not right, so nothing was changed.");
    if (password !== repeat) return refuse("The two new passwords are not the same, so nothing was changed.");
    try {
      await setPassword(access(), user, password, ownSession(request));
    } catch (error) {
      if (error instanceof AccountError) return refuse(error.message);
      throw error;
    }
    return send(
      reply,
      accountPage(viewer, council, { done: "Your password is changed; you are signed out everywhere else." }),
    );
  });
}
