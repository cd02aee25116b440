import type { Viewer } from "../access.js";
import { type Html, html } from "../html.js";
import { layout } from "./layout.js";

export function errorPage(status: number, message: string, viewer: Viewer | null = null): Html {
  return layout(
    "Problem",
    null,
    viewer,
    html`<h2>${status === 404 ? "Not found" : "That did not work"}</h2><p>${message}</p><p><a href="/">Back to the forecast outturn</a></p>`,
  );
}
