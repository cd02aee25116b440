/** Text and dates as the 903 files hold them: UTF-8 only, and dd/mm/yyyy dates turned into ISO. */
import { isIsoDate } from "../../domain/ssda903/sourced.js";
import { problem, type Ssda903Problem } from "./errors.js";

export type Decoded = { text: string } | { problem: Ssda903Problem };

/** UTF-8, with or without a byte-order mark; anything else is named, with the line it goes wrong on. */
export function decodeUtf8(file: string, bytes: Uint8Array): Decoded {
  const bom16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (bom16) {
    return {
      problem: problem(file, 0, "", "", "must be UTF-8 text; this file is UTF-16: save it as CSV UTF-8"),
    };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const loose = new TextDecoder("utf-8").decode(bytes);
    const at = loose.indexOf("\uFFFD");
    const row = at < 0 ? 0 : loose.slice(0, at).split("\n").length;
    const line = at < 0 ? "" : (loose.split("\n")[row - 1] ?? "").trim();
    return {
      problem: problem(
        file,
        row,
        "",
        line,
        "must be UTF-8 text; this line has bytes that are not UTF-8: save the file as CSV UTF-8",
      ),
    };
  }
}

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A dd/mm/yyyy date as ISO when it is a real date; anything else as written (the rules report it). */
export function isoDate(text: string): string {
  if (!text.includes("/")) return text;
  const m = DMY.exec(text);
  if (!m) return text;
  const iso = `${m[3]}-${(m[2] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : text;
}
