/** A post for tests: a full-time permanent social worker on cost centre SW, with no price until given one. */
import type { Post } from "./post.js";

export const post = (postRef: string, fields: Partial<Post>): Post => ({
  postRef,
  team: "Assessment",
  role: "Social worker",
  costCentre: "SW",
  fte: 1,
  status: "permanent",
  annualCost: null,
  dayRate: null,
  start: "2020-01-01",
  end: null,
  ...fields,
});
