import { describe, expect, it } from "vitest";
import { budgetLine } from "../../store/sample-rows.js";
import { saving } from "../../store/sample-rows-savings-mtfp.js";
import {
  scrutinyAction,
  scrutinyLink,
  scrutinyQuestion,
  scrutinyRecommendation,
  workProgrammeItem,
} from "../../store/sample-rows-scrutiny.js";
import { addWorkingDays } from "../calendar/working-days.js";
import { emptyRegisters } from "../registers.js";
import {
  committeeSummary,
  deadline,
  linkedTargets,
  questionDue,
  responseDue,
  trackRecommendation,
  workProgrammeByMeeting,
} from "./tracking.js";

describe("when a response and an answer are due", () => {
  it("gives the executive two calendar months, to the month's end where the month is shorter", () => {
    const due = (madeOn: string) => responseDue({ madeOn, responseDue: null });
    expect(due("2024-01-31")).toBe("2024-03-31");
    expect(due("2023-12-30")).toBe("2024-02-29");
    expect(due("2024-12-30")).toBe("2025-02-28");
    expect(due("2024-12-31")).toBe("2025-02-28");
    expect(due("2099-12-29")).toBe("2100-02-28");
    expect(due("2024-07-16")).toBe("2024-09-16");
    expect(responseDue({ madeOn: "2024-07-16", responseDue: "2024-10-01" })).toBe("2024-10-01");
  });

  it("gives officers 20 working days, Monday to Friday", () => {
    const due = (askedOn: string) => questionDue({ askedOn, due: null });
    expect(due("2024-09-10")).toBe("2024-10-08"); // a Tuesday: four weeks on
    expect(due("2024-09-13")).toBe("2024-10-11"); // a Friday
    expect(due("2024-09-14")).toBe("2024-10-11"); // a Saturday counts from Monday
    expect(due("2024-09-15")).toBe("2024-10-11"); // a Sunday likewise
    expect(due("2024-02-09")).toBe("2024-03-08"); // across 29 February in a leap year
    expect(questionDue({ askedOn: "2024-09-10", due: "2024-09-17" })).toBe("2024-09-17");
    expect(addWorkingDays("2024-12-27", 1)).toBe("2024-12-30");
    expect(addWorkingDays("2024-12-28", 0)).toBe("2024-12-28");
  });
});

describe("overdue on a day", () => {
  it("is overdue from the day after the due date until done, counting the days", () => {
    expect(deadline("2024-10-08", null, "2024-10-08")).toMatchObject({ overdue: false, daysOverdue: 0 });
    expect(deadline("2024-10-08", null, "2024-10-09")).toMatchObject({ overdue: true, daysOverdue: 1 });
    expect(deadline("2024-02-28", null, "2024-03-01")).toMatchObject({ overdue: true, daysOverdue: 2 });
    expect(deadline("2024-10-08", "2024-10-20", "2024-10-31")).toEqual({
      due: "2024-10-08",
      done: true,
      overdue: false,
      daysOverdue: 0,
      late: true,
    });
    // Done after the day in question: not yet done on that day.
    expect(deadline("2024-10-08", "2024-10-20", "2024-10-10")).toMatchObject({ done: false, overdue: true });
  });

  it("pictures a recommendation: response overdue, then its actions", () => {
    const awaiting = scrutinyRecommendation(1, {
      status: "awaiting",
      response: "",
      respondedOn: null,
      rag: null,
    });
    expect(trackRecommendation(awaiting, [], "2024-09-16").picture).toBe("awaiting-response");
    const late = trackRecommendation(awaiting, [], "2024-10-31");
    expect(late.response).toMatchObject({ due: "2024-09-16", overdue: true, daysOverdue: 45 });
    expect(late.picture).toBe("response-overdue");

    const accepted = scrutinyRecommendation(1);
    const actions = [
      scrutinyAction(1, { due: "2024-10-11" }),
      scrutinyAction(2, { recommendation: "R1", due: "2024-10-31", doneOn: "2024-10-14" }),
      scrutinyAction(3, { recommendation: "R2" }),
    ];
    const tracked = trackRecommendation(accepted, actions, "2024-10-31");
    expect(tracked.response).toMatchObject({ done: true, overdue: false });
    expect(tracked.actions.map((a) => a.action.ref)).toEqual(["A1", "A2"]);
    expect(tracked).toMatchObject({
      openActions: 1,
      doneActions: 1,
      overdueActions: 1,
      picture: "actions-overdue",
    });
    expect(trackRecommendation(accepted, actions, "2024-10-11").picture).toBe("in-progress");
    expect(trackRecommendation(accepted, [], "2024-10-11").picture).toBe("no-actions");
    expect(trackRecommendation(accepted, [actions[1] as never], "2024-10-31").picture).toBe("complete");
    const rejected = scrutinyRecommendation(2, { status: "rejected", rag: null });
    expect(trackRecommendation(rejected, [], "2024-10-31").picture).toBe("rejected");
  });
});

describe("the committee's picture", () => {
  const registers = {
    ...emptyRegisters(),
    scrutinyQuestions: [
      scrutinyQuestion(1),
      scrutinyQuestion(2),
      scrutinyQuestion(4, { askedOn: "2024-10-22", meeting: "2024-10-22" }),
      scrutinyQuestion(6, { committee: "Adults Scrutiny Committee" }),
    ],
    scrutinyRecommendations: [
      scrutinyRecommendation(1),
      scrutinyRecommendation(2, { status: "partly-accepted" }),
      scrutinyRecommendation(3, { status: "rejected", rag: null }),
      scrutinyRecommendation(4, { status: "awaiting", response: "", respondedOn: null, rag: null }),
      scrutinyRecommendation(5, {
        status: "awaiting",
        response: "",
        respondedOn: null,
        rag: null,
        madeOn: "2024-10-01",
      }),
    ],
    scrutinyActions: [
      scrutinyAction(1, { due: "2024-10-11" }),
      scrutinyAction(2),
      scrutinyAction(3, { doneOn: "2024-10-01" }),
    ],
  };

  it("counts responses awaited and overdue, statuses, actions and questions on a day", () => {
    expect(committeeSummary(registers, "2024-10-31", "Children and Young People Scrutiny Committee")).toEqual(
      {
        recommendations: 5,
        awaitingResponse: 2,
        overdueResponses: 1,
        accepted: 1,
        partlyAccepted: 1,
        rejected: 1,
        openActions: 2,
        overdueActions: 1,
        questions: 3,
        unansweredQuestions: 2,
        overdueQuestions: 1,
      },
    );
    expect(committeeSummary(registers, "2024-10-31").questions).toBe(4);
  });

  it("lays out the work programme by meeting: upcoming soonest first, then past latest first", () => {
    const items = [
      workProgrammeItem(1, { meeting: "2024-11-19" }),
      workProgrammeItem(2, { meeting: "2024-09-10", status: "reported" }),
      workProgrammeItem(3, { meeting: "2025-01-21" }),
      workProgrammeItem(4, { meeting: "2024-10-31" }),
      workProgrammeItem(0, { meeting: "2024-11-19" }),
      workProgrammeItem(5, { meeting: "2024-06-11", status: "reported" }),
    ];
    const { upcoming, past } = workProgrammeByMeeting(items, "2024-10-31");
    expect(upcoming.map((m) => [m.meeting, m.items.map((i) => i.ref)])).toEqual([
      ["2024-10-31", ["WP4"]],
      ["2024-11-19", ["WP0", "WP1"]],
      ["2025-01-21", ["WP3"]],
    ]);
    expect(past.map((m) => m.meeting)).toEqual(["2024-09-10", "2024-06-11"]);
    expect(workProgrammeByMeeting(items, "2024-10-31", "Another committee")).toEqual({
      upcoming: [],
      past: [],
    });
  });

  it("lists what an item concerns, measures first, with each target's name or null when gone", () => {
    const b = {
      ...emptyRegisters(),
      savings: [saving(4, { ref: "S4" })],
      budgetLines: [budgetLine(1, { year: "2023-24", name: "Old name" }), budgetLine(1)],
      scrutinyLinks: [
        scrutinyLink(1, { kind: "line", target: "CC101" }),
        scrutinyLink(1, { note: "The saving" }),
        scrutinyLink(1, { kind: "measure", target: "stability-3-plus" }),
        scrutinyLink(1, { kind: "line", target: "CC999" }),
        scrutinyLink(2),
      ],
    };
    expect(linkedTargets(b, "R1")).toEqual([
      { kind: "measure", target: "stability-3-plus", name: expect.any(String), note: "" },
      { kind: "saving", target: "S4", name: saving(4).name, note: "The saving" },
      { kind: "line", target: "CC101", name: "Budget line 1", note: "" },
      { kind: "line", target: "CC999", name: null, note: "" },
    ]);
    expect(linkedTargets(b, "nothing")).toEqual([]);
  });
});
