/**
 * Demoshire's committee report: seed 002's covering report adapted to Demoshire, for the Children
 * and Young People Scrutiny Committee on 19 November 2024, which receives Cabinet's response to the
 * directorate budget task and finish group's recommendations of 16 July 2024. The narrative names no
 * figure: the forecast outturn, savings and measures are added live when the report is drafted.
 */
import type { CommitteeReport } from "../domain/scrutiny/model.js";

const lines = (...paragraphs: string[]) => paragraphs.join("\n");

export function demoCommitteeReport(committee: string): CommitteeReport {
  return {
    ref: "CR-24-11",
    title:
      "Children and Young People directorate budget task and finish group: Cabinet's response and progress",
    committee,
    meeting: "2024-11-19",
    reportBy: "Statutory Scrutiny Officer",
    classification: "Open",
    decisionType: "This is not an executive decision",
    wards: "(All Wards)",
    purpose:
      "This report provides the Children and Young People Scrutiny Committee with Cabinet's response to the seven recommendations of the task and finish group that scrutinised the directorate's current expenditure and future budget, which the committee made to Cabinet on 16 July 2024; progress on the actions that follow them; and the directorate's forecast outturn, savings and measures that matter as they stand today.",
    recommendations: lines(
      "That:",
      "a) Children and Young People Scrutiny Committee notes the report, Cabinet's response and the progress on each action;",
      "b) asks Cabinet for its response to recommendation f (the robustness of the council's data and management information), which was due on 16 September 2024; and",
      "c) asks to receive the monthly financial outturn report at each meeting until the directorate forecasts to operate within its budget.",
    ),
    alternativeOptions: lines(
      "1. The committee could choose not to note the report.",
      "2. The committee could choose to make different or further recommendations to Cabinet.",
    ),
    keyConsiderations: lines(
      "3. At its meeting on 11 June 2024 the committee heard that the directorate had ended 2023-24 with a significant overspend and that the savings planned for the year had not been delivered. It set up a task and finish group to scrutinise the delivery of the 2024-25 budget, the factors behind the overspend and the planning for 2025-26.",
      "4. The group met three times in June and July 2024 and heard from the Cabinet member for children and young people, the Director of Children's Services, the Head of Strategic Finance and the directorate's finance business partner. It reported to the committee on 16 July 2024, and the committee made seven recommendations to Cabinet, listed in appendix A.",
      "5. Cabinet responded on 12 September 2024. It accepted four recommendations, accepted one in part and rejected one; its response to the recommendation on data and management information is still awaited. The recommendations tracker below shows each response, the actions that follow and whether any is overdue.",
      "6. Residential placements for children we care for and SEND home to school transport remain the directorate's main pressures. The forecast outturn, the savings tracker and the measures that matter below are drawn from Outturn on the day this report is produced.",
    ),
    communityImpact:
      "7. Safeguarding children and young people, and making sure they receive a good education, are fundamental statutory duties of Demoshire Council. An adequately funded service that uses its budget well keeps children and young people safer and healthier, and helps them learn.",
    environmentalImpact: lines(
      "8. Demoshire Council provides and buys a wide range of services for the people of Demoshire. With partner organisations in the private, public and voluntary sectors we share a strong commitment to improving our environmental sustainability and to achieving carbon neutrality.",
      "This report concerns the scrutiny of budgets and will have minimal environmental impacts; waste and resource use have been kept to a minimum in line with the council's environmental policy.",
    ),
    equalityDuty: lines(
      "9. Under section 149 of the Equality Act 2010, a public authority must, in the exercise of its functions, have due regard to the need to:",
      "a. eliminate discrimination, harassment, victimisation and any other conduct prohibited by or under the Act;",
      "b. advance equality of opportunity between persons who share a relevant protected characteristic and persons who do not share it; and",
      "c. foster good relations between persons who share a relevant protected characteristic and persons who do not share it.",
      "As this report asks the committee to note progress and seek a response, we do not believe that it will have an impact on our equality duty.",
    ),
    resourceImplications:
      "10. The recommendations in this report are advisory. If Cabinet accepts any recommendation, officers present Cabinet with proposals to implement it, and it is then that Cabinet considers the resources they need.",
    legalImplications:
      "11. Section 9F(2)(b) of the Local Government Act 2000 provides that a scrutiny committee can make reports and recommendations to the executive on the discharge of any functions which are the responsibility of the executive, and section 9F(2)(e) on matters which affect the authority's area or its inhabitants. Where the committee makes recommendations to the executive (Cabinet), Cabinet is requested to provide an executive response within two months.",
    riskImplications:
      "12. As this report contains recommendations for consideration rather than a particular course of action, there are no foreseen risks in considering it. If Cabinet accepts any recommendation, it will then consider the risks arising from the proposals and the mitigations needed to manage them.",
    consultees: "13. There has been no public consultation in producing this report and its appendices.",
    appendices: lines(
      "a. The task and finish group's recommendations to Cabinet (16 July 2024)",
      "b. Cabinet's response to the recommendations (12 September 2024)",
    ),
  };
}
