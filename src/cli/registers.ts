/** The commands that put figures into the registers: import a file, change one figure, write a template. */
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import type { RegisterName } from "../domain/registers.js";
import { formatImportErrors, importRegister } from "../formats/import.js";
import { LAYOUTS } from "../formats/registers/layouts/index.js";
import { writeTemplate } from "../formats/registers/template.js";
import type { Store } from "../store/store.js";
import { actor, chooseCouncil, UserError } from "./context.js";

interface Who {
  la?: string;
  by?: string;
}

export async function importCommand(
  store: Store,
  register: RegisterName,
  path: string,
  who: Who,
): Promise<void> {
  const council = await councilToImportInto(store, who.la);
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new UserError(`Cannot read ${path}: ${e.code === "ENOENT" ? "no such file" : e.message}`);
  });
  const file = { name: basename(path), bytes };
  const outcome = await importRegister(
    store.council(council.la),
    register,
    file,
    actor(who.by, `import ${file.name}`),
  );
  if ("errors" in outcome) {
    throw new UserError(formatImportErrors(outcome.errors));
  }
  const r = outcome.replaced;
  console.log(
    `${council.name} ${register}: ${r.inserted} added, ${r.updated} changed, ${r.deleted} removed, ${r.unchanged} unchanged.`,
  );
}

/**
 * The council to import into: as chooseCouncil, except that into an empty store `--la` creates the
 * council (named by its code), so a council's own registers can go into a fresh store.
 */
export async function councilToImportInto(store: Store, la: string | undefined) {
  if (la && (await store.councils()).length === 0) {
    await store.saveCouncil({ la, name: la, region: "", demo: false });
    console.log(`Created council ${la} in the store.`);
  }
  return chooseCouncil(store, la);
}

export async function setCommand(
  store: Store,
  change: { register: RegisterName; key: string; field: string; value: string },
  who: Who,
): Promise<void> {
  const council = await chooseCouncil(store, who.la);
  const columns = LAYOUTS[change.register].columns;
  const column = columns[change.field];
  if (!column)
    throw new UserError(
      `${change.register} has no field "${change.field}"; it has: ${Object.keys(columns).join(", ")}.`,
    );
  const parsed = column.cell.safeParse(change.value);
  if (!parsed.success) throw new UserError(`${column.header}: "${change.value}" ${column.rule}.`);
  await store
    .council(council.la)
    .updateFigure(change.register, change.key, change.field as never, parsed.data, actor(who.by, "cli"));
  console.log(`${council.name} ${change.register} ${change.key}: ${column.header} set to ${change.value}.`);
}

export async function templateCommand(register: RegisterName, out: string): Promise<void> {
  await writeFile(out, await writeTemplate(register));
  console.log(`Wrote the ${LAYOUTS[register].title} template to ${out}.`);
}
