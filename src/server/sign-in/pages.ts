/** The sign-in page (with a demo council's published accounts) and a person's own account page. */
import { ROLE_LABELS } from "../../domain/access/roles.js";
import type { Council } from "../../store/store.js";
import { csrfField, type Viewer } from "../access.js";
import { type Html, html } from "../html.js";
import { layout } from "../pages/layout.js";
import { MIN_PASSWORD_LENGTH } from "./passwords.js";

const FORM_STYLE = html`<style>form.account{display:flex;flex-direction:column;gap:10px;max-width:360px;margin:12px 0}
form.account label{display:flex;flex-direction:column;gap:2px;font-size:14px}form.account input{font:inherit;padding:4px}
.problem{color:#b3261e;font-weight:600}.done{color:#1b7f3b;font-weight:600}</style>`;

export interface DemoAccount {
  council: string;
  username: string;
  password: string;
  role: Viewer["role"];
}

const said = (message: { problem?: string; done?: string }) =>
  message.problem
    ? html`<p class="problem" role="alert">${message.problem}</p>`
    : message.done
      ? html`<p class="done" role="status">${message.done}</p>`
      : "";

function demoAccounts(accounts: readonly DemoAccount[]): Html | string {
  if (accounts.length === 0) return "";
  return html`<h3>Demonstration accounts</h3><p class="note">These councils are invented, so their accounts are published: sign in as any role to see what it may do.</p>
<table id="demo-accounts" style="max-width:640px"><thead><tr><th>Council</th><th>Role</th><th>Username</th><th>Password</th></tr></thead><tbody>${accounts.map(
    (a) =>
      html`<tr><td>${a.council}</td><td>${ROLE_LABELS[a.role]}</td><td><code>${a.username}</code></td><td><code>${a.password}</code></td></tr>`,
  )}</tbody></table>`;
}

export function signInPage(
  form: { username?: string; next: string; problem?: string },
  accounts: readonly DemoAccount[],
): Html {
  return layout(
    "Sign in",
    null,
    null,
    html`${FORM_STYLE}<h2>Sign in</h2>${said(form)}
<form class="account" id="sign-in" method="post" action="/sign-in"><input type="hidden" name="next" value="${form.next}">
<label>Username <input name="username" autocomplete="username" required value="${form.username ?? ""}"></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button></form>${demoAccounts(accounts)}`,
  );
}

export function accountPage(
  viewer: Viewer,
  council: Council,
  message: { problem?: string; done?: string } = {},
): Html {
  return layout(
    "Your account",
    council,
    viewer,
    html`${FORM_STYLE}<h2>Your account</h2>
<p>Signed in as <strong>${viewer.name}</strong> (<code>${viewer.username}</code>), ${ROLE_LABELS[viewer.role].toLowerCase()} at ${council.name}.</p>
<h3>Change your password</h3>${said(message)}
<form class="account" id="password" method="post" action="/account/password">${csrfField(viewer)}
<label>Current password <input name="current" type="password" autocomplete="current-password" required></label>
<label>New password, at least ${MIN_PASSWORD_LENGTH} characters <input name="password" type="password" autocomplete="new-password" minlength="${MIN_PASSWORD_LENGTH}" required></label>
<label>New password again <input name="repeat" type="password" autocomplete="new-password" required></label>
<button type="submit">Change password</button></form>
<p class="note">Changing your password signs you out everywhere else.</p>`,
  );
}
