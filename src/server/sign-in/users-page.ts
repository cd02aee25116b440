/** The users page of an administrator's council: each user with their state and changes, and a form to add one. */
import { ROLE_LABELS, ROLES, type Role } from "../../domain/access/roles.js";
import type { User } from "../../store/access-store.js";
import type { Council } from "../../store/store.js";
import { csrfField, type Viewer } from "../access.js";
import { type Html, html } from "../html.js";
import { layout } from "../pages/layout.js";
import { MIN_PASSWORD_LENGTH } from "./passwords.js";

const STYLE = html`<style>.problem{color:#b3261e;font-weight:600}.done{color:#1b7f3b;font-weight:600}
#users form{display:inline-flex;gap:4px;margin:2px 6px 2px 0;align-items:center}#users td{vertical-align:top}
form.add{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:end;margin:8px 0}form.add label{display:flex;flex-direction:column;font-size:13px}</style>`;

const roleOptions = (selected?: Role) =>
  ROLES.map(
    (r) => html`<option value="${r}"${r === selected ? html` selected` : ""}>${ROLE_LABELS[r]}</option>`,
  );

function state(user: User, now: string): string {
  if (user.disabled) return "Turned off";
  if (user.lockedUntil && user.lockedUntil > now)
    return `Locked until ${user.lockedUntil.slice(0, 16).replace("T", " ")} UTC`;
  return user.failedAttempts > 0 ? `Active; ${user.failedAttempts} failed sign-in(s)` : "Active";
}

function userRow(viewer: Viewer, user: User, now: string): Html {
  const action = `/users/${encodeURIComponent(user.username)}`;
  const form = (name: string, body: Html, button: string) =>
    html`<form method="post" action="${action}">${csrfField(viewer)}<input type="hidden" name="action" value="${name}">${body}<button type="submit" data-action="${name}">${button}</button></form>`;
  const self = user.username === viewer.username;
  const locked = user.failedAttempts > 0 || (user.lockedUntil !== null && user.lockedUntil > now);
  return html`<tr data-user="${user.username}"><td><code>${user.username}</code></td><td>${state(user, now)}</td><td>
${form("change", html`<input name="name" value="${user.name}" aria-label="Name" size="18">${self ? html`<input type="hidden" name="role" value="${user.role}">${ROLE_LABELS[user.role]}` : html`<select name="role" aria-label="Role">${roleOptions(user.role)}</select>`}`, "Save")}
${form("password", html`<input name="password" type="password" autocomplete="new-password" minlength="${MIN_PASSWORD_LENGTH}" aria-label="New password" placeholder="new password" size="14">`, "Set password")}
${locked ? form("unlock", html``, "Unlock") : ""}
${self ? "" : user.disabled ? form("enable", html``, "Turn on") : form("disable", html``, "Turn off")}
</td></tr>`;
}

export function usersPage(
  viewer: Viewer,
  council: Council,
  users: readonly User[],
  now: string,
  message: { problem?: string; done?: string } = {},
): Html {
  const said = message.problem
    ? html`<p class="problem" role="alert">${message.problem}</p>`
    : message.done
      ? html`<p class="done" role="status">${message.done}</p>`
      : "";
  return layout(
    "Users",
    council,
    viewer,
    html`${STYLE}<h2>Users of ${council.name}</h2>${said}
<table id="users"><thead><tr><th>Username</th><th>State</th><th>Name, role and changes</th></tr></thead><tbody>${users.map((u) => userRow(viewer, u, now))}</tbody></table>
<h3>Add a user</h3>
<form class="add" id="add-user" method="post" action="/users">${csrfField(viewer)}
<label>Username <input name="username" required pattern="[a-z0-9][a-z0-9._\\-]{1,63}"></label>
<label>Name <input name="name" required></label>
<label>Role <select name="role">${roleOptions("member")}</select></label>
<label>Password, at least ${MIN_PASSWORD_LENGTH} characters <input name="password" type="password" autocomplete="new-password" minlength="${MIN_PASSWORD_LENGTH}" required></label>
<button type="submit">Add user</button></form>
<p class="note">A new password or role, or turning an account off, signs that person out everywhere. Usernames are unique across every council on this server.</p>`,
  );
}
