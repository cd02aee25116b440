/**
 * Scrutiny as the council runs it (seeds 001 and 002): members' questions to officers, the
 * committee's recommendations to the executive with the response it owes within two months (s9F
 * Local Government Act 2000), the actions that follow, the work programme, and the links from each
 * item to the figures it concerns. These are the rows of the scrutiny registers; what is due and
 * what is overdue is computed from them on a given day, never stored.
 */

/** A member's question to officers at a meeting (seed 001's "Agenda Item and Question | Response"). */
export interface ScrutinyQuestion {
  ref: string;
  committee: string;
  /** The meeting's date. */
  meeting: string;
  agendaItem: string;
  question: string;
  /** The member who asked. */
  askedBy: string;
  askedOn: string;
  /** The officer who answers. */
  officer: string;
  /** null: an answer is due 20 working days after it was asked. */
  due: string | null;
  /** "" until answered. */
  response: string;
  answeredOn: string | null;
}

export const RECOMMENDATION_STATUSES = ["awaiting", "accepted", "partly-accepted", "rejected"] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export const RAGS = ["red", "amber", "green"] as const;
export type Rag = (typeof RAGS)[number];

/** A committee's recommendation to the executive (seed 002's recommendations to Cabinet). */
export interface ScrutinyRecommendation {
  ref: string;
  committee: string;
  /** The meeting that made it. */
  madeOn: string;
  text: string;
  /** To whom it is made, e.g. "Cabinet". */
  to: string;
  /** null: the executive's response is due two calendar months after it was made (s9F). */
  responseDue: string | null;
  /** "" until the executive responds. */
  response: string;
  respondedOn: string | null;
  status: RecommendationStatus;
  /** The committee's view of progress once accepted; null before it is rated. */
  rag: Rag | null;
}

/** What follows an accepted recommendation: an action, its owner and when it is due. */
export interface ScrutinyAction {
  ref: string;
  /** The recommendation's ref. */
  recommendation: string;
  action: string;
  owner: string;
  due: string;
  /** null while open. */
  doneOn: string | null;
  /** The owner's latest note on progress. */
  progress: string;
}

export const WORK_ITEM_STATUSES = ["planned", "reported", "deferred", "withdrawn"] as const;
export type WorkItemStatus = (typeof WORK_ITEM_STATUSES)[number];

/** An item on the committee's work programme: a topic for a meeting. */
export interface WorkProgrammeItem {
  ref: string;
  committee: string;
  meeting: string;
  topic: string;
  /** What the committee wants from it, e.g. "examine how SEND transport demand and costs are managed". */
  purpose: string;
  leadOfficer: string;
  status: WorkItemStatus;
}

export const LINK_KINDS = ["measure", "saving", "line"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * A scrutiny item (question, recommendation or work programme item, by ref) concerns a figure: a
 * measure (its id), a saving (its ref) or a budget line (its cost centre). The item's page shows
 * that figure as it stands now.
 */
export interface ScrutinyLink {
  item: string;
  kind: LinkKind;
  target: string;
  /** Why the item concerns the figure; "" for none (the one field outside the key, so a link's change is audited). */
  note: string;
}

/** The committee report's cover and narrative (seed 002's layout); the finance and performance sections come live. */
export interface CommitteeReport {
  ref: string;
  title: string;
  committee: string;
  meeting: string;
  reportBy: string;
  /** e.g. "Open", "Exempt". */
  classification: string;
  /** e.g. "Non-key decision". */
  decisionType: string;
  /** e.g. "(All Wards)". */
  wards: string;
  purpose: string;
  recommendations: string;
  alternativeOptions: string;
  keyConsiderations: string;
  communityImpact: string;
  environmentalImpact: string;
  equalityDuty: string;
  resourceImplications: string;
  legalImplications: string;
  riskImplications: string;
  consultees: string;
  appendices: string;
}
