/** Debian's Chromium, driven by playwright-core: the same launcher the product prints PDFs with. */
export { CHROMIUM, launchChromium } from "../../src/report/chromium.js";
