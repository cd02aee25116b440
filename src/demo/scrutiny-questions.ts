/** Demoshire's members' questions (modelled on seed 001): answered and not, one overdue at 31 October 2024. */
import type { ScrutinyQuestion } from "../domain/scrutiny/model.js";

export const DEMO_COMMITTEE = "Children and Young People Scrutiny Committee";
const CMTE = DEMO_COMMITTEE;
const Q1_REPORT = "Agenda item 7 - Quarter 1 performance and resources report";
const P6_REPORT = "Agenda item 6 - Period 6 budget monitoring and savings tracker";

const question = (
  ref: string,
  meeting: string,
  agendaItem: string,
  askedBy: string,
  officer: string,
  text: string,
  answer?: { on: string; response: string },
): ScrutinyQuestion => ({
  ref,
  committee: CMTE,
  meeting,
  agendaItem,
  question: text,
  askedBy,
  askedOn: meeting,
  officer,
  due: null,
  response: answer?.response ?? "",
  answeredOn: answer?.on ?? null,
});

export const DEMO_QUESTIONS: ScrutinyQuestion[] = [
  question(
    "Q-24-01",
    "2024-09-10",
    Q1_REPORT,
    "Cllr L Harding",
    "Head of Service, Children in Care",
    "Children with 3 or more placements in 12 months: this measure is rising and is red. Could you explain why it is rising, and how you plan to bring it back to amber and then green?",
    {
      on: "2024-09-24",
      response:
        "The measure covers every child we care for, not only children in foster care. Most of the rise follows one external residential provider closing a group of its homes at short notice in the spring, which moved several of our children when we would not otherwise have moved them.\nWe are working with smaller and not-for-profit providers and developing our own homes, and every planned move is agreed at the placement stability panel.",
    },
  ),
  question(
    "Q-24-02",
    "2024-09-10",
    Q1_REPORT,
    "Cllr P Crossley",
    "Head of SEND",
    "EHC plans issued within 20 weeks are below the 60% target. Is this about capacity in the educational psychology service, and when will it recover?",
    {
      on: "2024-10-01",
      response:
        "Yes, in the main. Two educational psychologist posts were vacant over the summer; both are now filled and an agency psychologist is clearing the backlog. We expect to be back within tolerance by the end of quarter 3.",
    },
  ),
  question(
    "Q-24-03",
    "2024-09-10",
    Q1_REPORT,
    "Cllr L Harding",
    "Director of Children's Services",
    "Two pressures stand out: placements for children we care for, and SEND home to school transport. I accept these costs are hard to predict, but what is being done to reduce them?",
    {
      on: "2024-10-04",
      response:
        "The directorate leadership team reviews the mitigating actions every month. For placements they include:\n- senior managers reviewing every high-cost placement;\n- more in-house foster carers, so fewer children need higher-cost options;\n- more kinship placements.\nFor SEND transport the review includes independent travel training, shared rather than single-occupancy routes, pick-up points, personal transport budgets, route planning software, and checking at each annual review whether transport is still needed.",
    },
  ),
  question(
    "Q-24-04",
    "2024-09-10",
    Q1_REPORT,
    "Cllr R Stanton",
    "Principal Social Worker and workforce lead",
    "How many of the 30 agency social worker posts planned to convert to permanent by June have converted, and what is the improvement programme's interim project team costing this year?",
  ),
  question(
    "Q-24-05",
    "2024-10-22",
    P6_REPORT,
    "Cllr P Crossley",
    "Head of Service, Early Help",
    "Saving S5 (edge of care and reunification) is rated red. What would it take to bring it back to amber this year?",
  ),
  question(
    "Q-24-06",
    "2024-10-22",
    P6_REPORT,
    "Cllr R Stanton",
    "Transport Commissioning Manager",
    "Has the council priced pick-up points for SEND pupils who are able to walk a short distance, and what would parents be told?",
    {
      on: "2024-10-29",
      response:
        "Yes. Pick-up points within 800 metres have been priced as a transport scenario in Outturn against today's routes; the figures will come to the committee's SEND transport item on 19 November. No parent would be asked to walk a pupil whose plan says they cannot.",
    },
  ),
];
