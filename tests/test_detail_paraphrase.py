"""Paraphrased details count; generic praise does not (detail-missing, detail-unsupported).

Each covered case pairs one detail from the notes with one sentence of a thank-you that says the
same thing in other words, across industries: the notes hold that detail alone, and neither
`detail-missing` nor `detail-unsupported` may fire. Each generic case is a sentence of praise or
courtesy that names no detail; the notes hold the industry's usual details, and `detail-missing`
must fire. The cases were written before the lexicon was broadened, in two sets: DEV guided the
synonym groups, CHECK was kept aside to see whether the groups generalise (it is not tuned on).

`python tests/test_detail_paraphrase.py` prints the score of each set.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from coach.checks import detail, detail_words  # noqa: E402
from coach.engine import Checker  # noqa: E402
from coach.models import Kind, Notes  # noqa: E402
from coach.readers import Message  # noqa: E402
from coach.rulebook import rules_dir  # noqa: E402
from coach.text import WORD  # noqa: E402

# industry -> role, company, interviewer (name, title), the usual details
CONTEXTS: dict[str, tuple[str, str, str, str, list[str]]] = {
    "nursing": (
        "Staff Nurse",
        "St Brigid's Hospital",
        "Aoife Byrne",
        "Ward Manager",
        [
            "moving the ward from paper charts to electronic patient records",
            "reducing falls among elderly patients on the night shift",
            "the preceptorship programme for newly qualified nurses",
        ],
    ),
    "teaching": (
        "Primary Teacher",
        "Oakfield Primary School",
        "Daniel Reyes",
        "Headteacher",
        [
            "introducing a new phonics scheme in Key Stage 1",
            "supporting pupils with special educational needs in mainstream classes",
            "running the after-school coding club",
        ],
    ),
    "logistics": (
        "Warehouse Shift Supervisor",
        "Northgate Distribution",
        "Karen Holt",
        "Operations Manager",
        [
            "cutting mis-picks in the chilled warehouse",
            "switching the delivery fleet to electric vans",
            "the peak-season rota for December",
        ],
    ),
    "finance": (
        "Management Accountant",
        "Calder & Finch",
        "Tom Whitaker",
        "Finance Director",
        [
            "speeding up the month-end close from ten days to five",
            "building a rolling cash-flow forecast",
            "reducing late payments from clients",
        ],
    ),
    "retail": (
        "Assistant Store Manager",
        "Brightside Home",
        "Maria Lopez",
        "Regional Manager",
        [
            "reducing shrinkage from shoplifting",
            "launching click-and-collect in every store",
            "training new starters on the tills",
        ],
    ),
    "software": (
        "Backend Developer",
        "Lumen Systems",
        "Raj Patel",
        "Engineering Lead",
        [
            "improving test coverage of the payments API",
            "reducing cloud costs on AWS",
            "the outage last month and the post-mortem",
        ],
    ),
    "hospitality": (
        "Front Office Manager",
        "Harbour View Hotel",
        "Sophie Martin",
        "General Manager",
        [
            "improving guest reviews on TripAdvisor",
            "the switch to a new property management system",
            "reducing food waste in the kitchen",
        ],
    ),
    "public": (
        "Policy Officer",
        "Westshire County Council",
        "Helen Price",
        "Head of Policy",
        [
            "digitising housing benefit application forms",
            "reducing the backlog of planning applications",
            "the council's net zero target for 2030",
        ],
    ),
    "research": (
        "Insights Analyst",
        "Northlight Insights",
        "Graham Ellis",
        "Research Director",
        ["his own earlier career in market research", "the projects he is leading right now"],
    ),
    "construction": (
        "Assistant Site Manager",
        "Redbrook Construction",
        "Gary Walsh",
        "Project Director",
        [
            "the safety induction for new subcontractors",
            "delays from the late steel deliveries",
            "the switch to digital snagging lists",
        ],
    ),
    "hr": (
        "HR Advisor",
        "Pennine Foods",
        "Lisa Grant",
        "HR Manager",
        [
            "the employee engagement survey results",
            "redesigning onboarding for factory staff",
            "cutting sickness absence on the night shift",
        ],
    ),
    "marketing": (
        "Marketing Executive",
        "Fernleaf Cosmetics",
        "Chloe Dubois",
        "Head of Marketing",
        [
            "growing the newsletter list from 5,000 to 20,000",
            "the rebrand launching in the spring",
            "working with micro-influencers on TikTok",
        ],
    ),
    "contact": (
        "Team Leader",
        "Clearline Energy",
        "Owen Hughes",
        "Contact Centre Manager",
        [
            "cutting average call handling time",
            "coaching new agents in their first month",
            "the move to a four-day week",
        ],
    ),
}


@dataclass(frozen=True)
class Case:
    id: str
    context: str
    sentence: str
    detail: str | None = None  # covered cases: the notes hold this detail alone
    kind: Kind = Kind.thank_you


def _c(id: str, context: str, detail: str, sentence: str) -> Case:
    return Case(id, context, sentence, detail)


def _g(id: str, context: str, sentence: str, kind: Kind = Kind.thank_you) -> Case:
    return Case(id, context, sentence, None, kind)


# --- paraphrases that must count as covering the detail -------------------------------------

COVERED_DEV = [
    # nursing
    _c(
        "nurse-records",
        "nursing",
        "moving the ward from paper charts to electronic patient records",
        "I'd be glad to help with the switch from paper notes to electronic records.",
    ),
    _c(
        "nurse-falls",
        "nursing",
        "reducing falls among elderly patients on the night shift",
        "Cutting the number of falls among older patients overnight is something I care about.",
    ),
    _c(
        "nurse-preceptor",
        "nursing",
        "the preceptorship programme for newly qualified nurses",
        "I liked hearing how you mentor recently qualified nurses through their first year.",
    ),
    _c(
        "nurse-rostering",
        "nursing",
        "the twelve-hour shift pattern and self-rostering",
        "The long-day rota where nurses pick their own shifts sounds like it works well.",
    ),
    # teaching
    _c(
        "teach-phonics",
        "teaching",
        "introducing a new phonics scheme in Key Stage 1",
        "Rolling out the new phonics programme with the youngest children sounds like a big "
        "undertaking.",
    ),
    _c(
        "teach-sen",
        "teaching",
        "supporting pupils with special educational needs in mainstream classes",
        "I was glad to hear how children with SEN are included in ordinary classrooms.",
    ),
    _c(
        "teach-club",
        "teaching",
        "running the after-school coding club",
        "I would love to help lead the programming club after school.",
    ),
    _c(
        "teach-trainees",
        "teaching",
        "mentoring trainee teachers on placement",
        "Supporting student teachers during their school placements is something I have done "
        "before.",
    ),
    _c(
        "teach-seating",
        "teaching",
        "the move to mixed-ability seating",
        "Switching to tables where children of all abilities sit together is an interesting "
        "change.",
    ),
    # logistics
    _c(
        "log-mispicks",
        "logistics",
        "cutting mis-picks in the chilled warehouse",
        "Reducing picking errors in the cold store is a problem I have tackled before.",
    ),
    _c(
        "log-fleet",
        "logistics",
        "switching the delivery fleet to electric vans",
        "Moving your delivery vehicles over to battery power sounds like an exciting transition.",
    ),
    _c(
        "log-peak",
        "logistics",
        "the peak-season rota for December",
        "The staffing schedule for the Christmas rush sounded demanding.",
    ),
    _c(
        "log-routing",
        "logistics",
        "route planning software for the delivery drivers",
        "I enjoyed hearing about the routing tool your drivers rely on.",
    ),
    _c(
        "log-wms",
        "logistics",
        "the new warehouse management system go-live in March",
        "Launching the new WMS this spring will be a big moment for the site.",
    ),
    # finance
    _c(
        "fin-close",
        "finance",
        "speeding up the month-end close from ten days to five",
        "Shortening the monthly close is something I have done in my current job.",
    ),
    _c(
        "fin-forecast",
        "finance",
        "building a rolling cash-flow forecast",
        "Creating a rolling forecast of cash is exactly the kind of work I enjoy.",
    ),
    _c(
        "fin-xero",
        "finance",
        "the migration from Sage to Xero",
        "I have moved two companies onto Xero myself, so I would be glad to help.",
    ),
    _c(
        "fin-late-payments",
        "finance",
        "reducing late payments from clients",
        "Cutting the number of overdue invoices from customers is a challenge I know well.",
    ),
    _c(
        "fin-board-pack",
        "finance",
        "the quarterly board pack",
        "Putting together the report for the board every three months sounds like a good "
        "discipline.",
    ),
    # retail
    _c(
        "retail-shrinkage",
        "retail",
        "reducing shrinkage from shoplifting",
        "Cutting stock losses from theft is a priority I share.",
    ),
    _c(
        "retail-click-collect",
        "retail",
        "launching click-and-collect in every store",
        "Rolling out order online and pick up in store across the branches sounds like a big job.",
    ),
    _c(
        "retail-loyalty",
        "retail",
        "the customer loyalty app",
        "Your rewards app for regular shoppers sounds popular.",
    ),
    _c(
        "retail-tills",
        "retail",
        "training new starters on the tills",
        "Onboarding new staff on the checkouts is something I enjoy.",
    ),
    _c(
        "retail-layout",
        "retail",
        "redesigning the shop floor layout",
        "Reworking how the store floor is laid out sounds like fun.",
    ),
    # software
    _c(
        "sw-coverage",
        "software",
        "improving test coverage of the payments API",
        "I'd enjoy raising the test coverage on your payment endpoints.",
    ),
    _c(
        "sw-cloud-costs",
        "software",
        "reducing cloud costs on AWS",
        "Lowering your hosting bill is something I have done at my current company.",
    ),
    _c(
        "sw-outage",
        "software",
        "the outage last month and the post-mortem",
        "The incident review after last month's downtime was a great example of a blameless "
        "culture.",
    ),
    _c(
        "sw-monolith",
        "software",
        "migrating the monolith to microservices",
        "Breaking the legacy monolith up into smaller services is work I have done before.",
    ),
    _c(
        "sw-kotlin",
        "software",
        "the rewrite of the Android app in Kotlin",
        "Rebuilding the mobile app in Kotlin sounds like a great project.",
    ),
    _c(
        "sw-cicd",
        "software",
        "setting up CI/CD with GitHub Actions",
        "Building an automated release pipeline in GitHub would be a great first project.",
    ),
    # hospitality
    _c(
        "hosp-reviews",
        "hospitality",
        "improving guest reviews on TripAdvisor",
        "Raising your online ratings from visitors is something I have done at my current hotel.",
    ),
    _c(
        "hosp-pms",
        "hospitality",
        "the switch to a new property management system",
        "Moving the front desk onto the new PMS sounds like a big change.",
    ),
    _c(
        "hosp-food-waste",
        "hospitality",
        "reducing food waste in the kitchen",
        "Cutting down on wasted food in the restaurant is close to my heart.",
    ),
    _c(
        "hosp-housing",
        "hospitality",
        "seasonal staff housing",
        "Finding accommodation for the summer workers sounds like a real puzzle.",
    ),
    _c(
        "hosp-wine",
        "hospitality",
        "training the team on the new wine list",
        "Teaching the staff about the new wines sounds like fun.",
    ),
    # public sector
    _c(
        "pub-digitising",
        "public",
        "digitising housing benefit application forms",
        "Moving housing benefit claims online would make a big difference to residents.",
    ),
    _c(
        "pub-backlog",
        "public",
        "reducing the backlog of planning applications",
        "Clearing the queue of planning cases sounds like a real challenge.",
    ),
    _c(
        "pub-net-zero",
        "public",
        "the council's net zero target for 2030",
        "Your commitment to cutting carbon emissions to zero by 2030 is inspiring.",
    ),
    _c(
        "pub-bus",
        "public",
        "the consultation on the new bus routes",
        "Asking residents for their views on the changes to bus services sounded valuable.",
    ),
    _c(
        "pub-foster",
        "public",
        "recruiting more foster carers",
        "Finding more families willing to foster is such important work.",
    ),
    # the product owner's example, one detail at a time and whole
    _c(
        "res-earlier-career",
        "research",
        "his own earlier career in market research",
        "I enjoyed hearing about your past experiences.",
    ),
    _c(
        "res-current-projects",
        "research",
        "the projects he is leading right now",
        "I enjoyed hearing about your current projects.",
    ),
    _c(
        "res-former-teacher",
        "research",
        "her previous job as a school teacher",
        "It was interesting to hear about your former career in teaching.",
    ),
    _c(
        "res-rebrand-now",
        "research",
        "the rebrand he is running at the moment",
        "Your current rebranding work sounds exciting.",
    ),
    # construction
    _c(
        "con-induction",
        "construction",
        "the safety induction for new subcontractors",
        "How you brief new contractors on safety before they start on site impressed me.",
    ),
    _c(
        "con-steel",
        "construction",
        "delays from the late steel deliveries",
        "The hold-ups caused by steel arriving behind schedule sound frustrating.",
    ),
    _c(
        "con-snagging",
        "construction",
        "the switch to digital snagging lists",
        "Moving snagging onto tablets sounds like a big improvement.",
    ),
    # HR
    _c(
        "hr-engagement",
        "hr",
        "the employee engagement survey results",
        "What your staff survey showed about morale was really interesting.",
    ),
    _c(
        "hr-onboarding",
        "hr",
        "redesigning onboarding for factory staff",
        "Improving how new production workers are welcomed in their first week matters to me.",
    ),
    _c(
        "hr-absence",
        "hr",
        "cutting sickness absence on the night shift",
        "Reducing sick leave among the overnight workers is a goal I share.",
    ),
    # marketing
    _c(
        "mkt-newsletter",
        "marketing",
        "growing the newsletter list from 5,000 to 20,000",
        "Expanding your email subscriber base that quickly is an ambitious goal.",
    ),
    _c(
        "mkt-rebrand",
        "marketing",
        "the rebrand launching in the spring",
        "I'm excited about the new brand identity you're releasing next spring.",
    ),
    _c(
        "mkt-influencers",
        "marketing",
        "working with micro-influencers on TikTok",
        "Partnering with smaller creators on social media is an area I know well.",
    ),
    # contact centre
    _c(
        "cc-handling",
        "contact",
        "cutting average call handling time",
        "Reducing how long each call takes is a challenge I've worked on before.",
    ),
    _c(
        "cc-coaching",
        "contact",
        "coaching new agents in their first month",
        "Mentoring new advisers through their first few weeks is the part of the job I enjoy most.",
    ),
    _c(
        "cc-four-day",
        "contact",
        "the move to a four-day week",
        "The switch to a compressed working week sounds great for morale.",
    ),
    _c(
        "wh-close-calls",
        "logistics",
        "getting pickers to log near misses on the late shift",
        "Getting the late crew to write down their close calls is something I have done before.",
    ),
]

COVERED_CHECK = [
    _c(
        "x-nurse-agency",
        "nursing",
        "cutting agency staff spending on the ward",
        "Reducing how much the unit pays for temporary agency nurses is a big goal.",
    ),
    _c(
        "x-teach-reading",
        "teaching",
        "launching a reading scheme for reluctant readers",
        "Introducing the new reading programme for pupils who struggle to read sounds brilliant.",
    ),
    _c(
        "x-teach-trip",
        "teaching",
        "the Year 6 residential trip to Wales",
        "I'd be glad to help on the overnight school trip with the oldest pupils.",
    ),
    _c(
        "x-log-ontime",
        "logistics",
        "improving on-time delivery for supermarket customers",
        "Getting more orders to your grocery clients on schedule is a challenge I enjoy.",
    ),
    _c(
        "x-log-forklift",
        "logistics",
        "training forklift drivers on the new safety rules",
        "Teaching the forklift operators the updated safety procedures sounds like a priority.",
    ),
    _c(
        "x-fin-expenses",
        "finance",
        "setting up a new expenses system",
        "Introducing a new tool for staff expense claims sounds like a worthwhile change.",
    ),
    _c(
        "x-fin-suppliers",
        "finance",
        "reducing the time it takes to pay suppliers",
        "Speeding up payments to vendors is something I have worked on.",
    ),
    _c(
        "x-retail-clearance",
        "retail",
        "the seasonal stock clearance",
        "Clearing out the end-of-season inventory sounds like a busy time.",
    ),
    _c(
        "x-retail-online",
        "retail",
        "growing online sales through the website",
        "Expanding e-commerce revenue is where most of my experience lies.",
    ),
    _c(
        "x-sw-jenkins",
        "software",
        "moving the build system from Jenkins to GitHub Actions",
        "Switching your CI over to GitHub Actions is something I have done before.",
    ),
    _c(
        "x-sw-load-times",
        "software",
        "reducing page load times on mobile",
        "Making the app faster on phones would be a great first project.",
    ),
    _c(
        "x-hosp-menu",
        "hospitality",
        "launching the new breakfast menu",
        "Rolling out the new morning menu sounds exciting.",
    ),
    _c(
        "x-hosp-retention",
        "hospitality",
        "staff retention during the off-season",
        "Keeping employees through the quiet months is a problem I know well.",
    ),
    _c(
        "x-pub-complaints",
        "public",
        "improving response times to resident complaints",
        "Speeding up replies to complaints from the public is a priority I share.",
    ),
    _c(
        "x-pub-parking",
        "public",
        "the review of the parking permit scheme",
        "The reassessment of parking permits sounds like a sensitive piece of work.",
    ),
    _c(
        "x-res-journalist",
        "research",
        "her early years working as a journalist",
        "I loved hearing about your background in journalism.",
    ),
    _c(
        "x-res-surveys-now",
        "research",
        "the surveys his team is running at the moment",
        "It was great to hear about the research your team is doing currently.",
    ),
    _c(
        "x-con-trades",
        "construction",
        "managing subcontractor schedules on the hospital job",
        "Coordinating the timetables of the different trades sounds demanding.",
    ),
    _c(
        "x-hr-appraisals",
        "hr",
        "the new performance review process",
        "The revamped appraisal system sounds like a big improvement.",
    ),
    _c(
        "x-cc-repeat-calls",
        "contact",
        "reducing repeat calls from customers",
        "Cutting the number of customers who have to phone back is a worthwhile goal.",
    ),
]

# --- generic sentences that must not count as a detail ---------------------------------------

GENERIC_DEV = [
    _g("g-position", "nursing", "It was great to hear more about the position."),
    _g("g-team-company", "nursing", "I enjoyed learning about the team and the hospital."),
    _g(
        "g-patient-care",
        "nursing",
        "The hospital's commitment to patient care really stood out to me.",
    ),
    _g(
        "g-role-company",
        "nursing",
        "Thank you for telling me about the Staff Nurse role at St Brigid's Hospital.",
    ),
    _g("g-culture", "teaching", "I really admire the school's culture and values."),
    _g(
        "g-care-children",
        "teaching",
        "It was lovely to see how much the staff care about the children.",
    ),
    _g(
        "g-own-experience",
        "teaching",
        "I enjoyed hearing about your own experience as a teacher.",
    ),
    _g(
        "g-day-to-day",
        "logistics",
        "I enjoyed learning about the day-to-day responsibilities of the role.",
    ),
    _g("g-exciting-time", "logistics", "It sounds like an exciting time to join Northgate."),
    _g(
        "g-busy-periods",
        "logistics",
        "I appreciated hearing how the team works together during busy periods.",
    ),
    _g(
        "g-success",
        "finance",
        "It was helpful to understand what success looks like in this role.",
    ),
    _g(
        "g-candid",
        "finance",
        "I appreciated your candid answers to my questions about the firm.",
    ),
    _g(
        "g-growth-future",
        "finance",
        "I enjoyed hearing about the company's growth and its plans for the future.",
    ),
    _g(
        "g-values-customers",
        "retail",
        "I was impressed by how much the company values its customers.",
    ),
    _g(
        "g-training-development",
        "retail",
        "I appreciated hearing about the training and development opportunities.",
    ),
    _g("g-see-store", "retail", "It was great to meet you and see the store."),
    _g(
        "g-challenges-ahead",
        "software",
        "I enjoyed our conversation about the challenges and opportunities ahead.",
    ),
    _g(
        "g-current-projects",
        "software",
        "It was great to hear about your current projects and the team's plans.",
    ),
    _g("g-passion", "software", "Your passion for the work really came through."),
    _g(
        "g-guest-experience",
        "hospitality",
        "I loved hearing about the hotel's commitment to excellent guest experiences.",
    ),
    _g(
        "g-showing-around",
        "hospitality",
        "Thank you for showing me around and introducing me to the team.",
    ),
    _g(
        "g-typical-day",
        "hospitality",
        "I enjoyed learning about what a typical day looks like at the front desk.",
    ),
    _g(
        "g-priorities",
        "public",
        "It was a pleasure to learn about the council's priorities for the year ahead.",
    ),
    _g(
        "g-supports-residents",
        "public",
        "I appreciated hearing about how the team supports residents across Westshire.",
    ),
    _g(
        "g-even-more-excited",
        "public",
        "I left our conversation even more excited about the opportunity.",
    ),
    _g(
        "g-telling-company",
        "research",
        "I appreciate you taking the time to tell me about the company.",
    ),
    _g("g-how-you-work", "research", "It was great to learn more about the team and how you work."),
    _g(
        "g-experience-at",
        "research",
        "I enjoyed hearing about your experience at Northlight Insights.",
    ),
    _g(
        "g-direction",
        "research",
        "I'm excited about the direction the company is heading in.",
    ),
    _g(
        "g-openness",
        "construction",
        "I appreciated your openness about the challenges on site.",
    ),
    _g(
        "g-people",
        "construction",
        "It was great to hear how much emphasis you put on your people.",
    ),
    _g("g-hr-role", "hr", "I enjoyed learning about the HR team's role in the business."),
    _g("g-brand-fan", "marketing", "I love the brand and have been a customer for years."),
    _g(
        "g-looks-after",
        "contact",
        "It was good to hear how the team looks after its customers.",
    ),
    _g(
        "g-next-steps",
        "contact",
        "I appreciated you walking me through the next steps in the process.",
    ),
    # the candidate's own past and present, and the day of the interview, are not a detail
    _g(
        "g-my-previous",
        "research",
        "My previous experience in retail has prepared me well for this role.",
    ),
    _g(
        "g-earlier-today",
        "research",
        "It was a pleasure to speak with you earlier today and hear about your experience.",
    ),
    _g(
        "g-my-current",
        "research",
        "In my current job I lead a small team, so I understand the pressures you described.",
    ),
    _g(
        "g-past-years",
        "research",
        "I have spent the past five years leading projects like these.",
    ),
    # a check-in or LinkedIn note needs only one concept: generic ones still must not pass
    _g(
        "g-ci-status",
        "nursing",
        "I wanted to check in on the status of the Staff Nurse role. I am still very interested.",
        Kind.check_in,
    ),
    _g(
        "g-ci-right-now",
        "research",
        "I'm still excited about the opportunity and the work your team is doing right now.",
        Kind.check_in,
    ),
    _g(
        "g-ci-growth",
        "marketing",
        "I remain very keen to join the team and contribute to its growth.",
        Kind.check_in,
    ),
    _g(
        "g-ci-update",
        "logistics",
        "Just checking whether there is any update on the timeline.",
        Kind.check_in,
    ),
]

GENERIC_CHECK = [
    _g(
        "xg-right-now",
        "research",
        "I was excited to learn more about the role and what the team is working on right now.",
    ),
    _g("xg-insights", "hr", "Thank you for sharing your insights into the organisation."),
    _g("xg-going", "marketing", "I enjoyed our discussion about where the company is going."),
    _g(
        "xg-atmosphere",
        "software",
        "The collaborative atmosphere you described sounds like a great fit for me.",
    ),
    _g(
        "xg-families",
        "nursing",
        "I was impressed by the hospital's focus on patients and their families.",
    ),
    _g(
        "xg-background",
        "public",
        "It was great to hear about your background and how you came to join the council.",
    ),
    _g(
        "xg-new-employees",
        "hr",
        "I appreciated learning about the support new employees receive.",
    ),
    _g("xg-store-feel", "retail", "I really enjoyed getting a sense of the store's atmosphere."),
    _g(
        "xg-recent-successes",
        "software",
        "The way you described the team's recent successes was inspiring.",
    ),
    _g(
        "xg-staff-development",
        "hospitality",
        "I was pleased to hear about the investment in staff development.",
    ),
    _g("xg-growing", "teaching", "It was good to learn how the school is growing."),
    _g(
        "xg-bring-experience",
        "finance",
        "I'm keen to bring my experience to the Management Accountant role.",
    ),
    _g(
        "xg-ci-keen",
        "construction",
        "I am still keen on the Assistant Site Manager role and would welcome any update.",
        Kind.check_in,
    ),
]

#: cases a lexicon of concepts does not reach: the paraphrase shares one concept with the detail
#: and says the rest in words no synonym group should join (or, for the generic case, the
#: candidate's own work in the words of a weak detail). The checker misses them; a strict xfail
#: notices if that changes.
BEYOND: dict[str, str] = {
    "nurse-rostering": "'pick their own shifts' for 'self-rostering': only the rota is shared",
    "sw-monolith": "'smaller services' for 'microservices': only 'monolith' is shared",
    "pub-net-zero": "'commitment to cutting emissions to zero' for 'net zero target'",
    "pub-bus": "'asking residents for their views' for 'consultation'; 'services' for 'routes'",
    "pub-foster": "'finding families willing to foster' for 'recruiting foster carers'",
    "x-hosp-retention": "'keeping employees' for 'staff retention' ('keep' is too common)",
    "x-res-journalist": "'journalism' and 'journalist' differ by more than a family of stems",
    "x-con-trades": "'trades' for 'subcontractors'; 'managing' is the role's word (Manager)",
}


# --- running ----------------------------------------------------------------------------------

CHECKER = Checker(select=["detail-missing", "detail-unsupported"])
START = dt.datetime(2026, 11, 20, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def message(case: Case) -> Message:
    role, company, person, title, details = CONTEXTS[case.context]
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Jordan Ellery"},
            "company": {"name": company},
            "role": role,
            "interview": {"start": START.isoformat()},
            "interviewers": [{"name": person, "title": title}],
            "details": [case.detail] if case.detail else details,
            "timeline": {"said": "We hope to decide within two weeks."},
        }
    )
    first = person.split()[0]
    if case.kind is Kind.check_in:
        body = (
            f"Subject: {role} role\n\nDear {first},\n\n{case.sentence}\n\n"
            "Best regards,\nJordan Ellery"
        )
        send_at = START + dt.timedelta(days=21)
    else:
        body = (
            f"Subject: Thank you\n\nDear {first},\n\nThank you for meeting with me today. "
            f"{case.sentence}\n\nI remain very interested in the {role} role and look forward "
            "to hearing from you.\n\nBest regards,\nJordan Ellery"
        )
        send_at = START + dt.timedelta(hours=5)
    return Message(
        path=f"{case.id}.md", text=body, to=person, kind=case.kind, send_at=send_at, notes=notes
    )


def fired(case: Case) -> set[str]:
    result = CHECKER.check(message(case), now=START + dt.timedelta(days=30))
    return {f.rule for f in result.findings}


def _params(cases: list[Case]) -> list[object]:
    return [
        pytest.param(
            c,
            id=c.id,
            marks=[pytest.mark.xfail(reason=BEYOND[c.id], strict=True)] if c.id in BEYOND else [],
        )
        for c in cases
    ]


@pytest.mark.parametrize("case", _params(COVERED_DEV + COVERED_CHECK))
def test_paraphrase_counts(case: Case) -> None:
    rules = fired(case)
    assert "detail-missing" not in rules, f"{case.sentence!r} should cover {case.detail!r}"
    assert "detail-unsupported" not in rules, f"{case.sentence!r} paraphrases {case.detail!r}"


@pytest.mark.parametrize("case", _params(GENERIC_DEV + GENERIC_CHECK))
def test_generic_praise_is_not_a_detail(case: Case) -> None:
    assert "detail-missing" in fired(case), f"{case.sentence!r} names no detail"


def test_enough_cases() -> None:
    assert len(COVERED_DEV) + len(COVERED_CHECK) >= 40
    assert len(GENERIC_DEV) + len(GENERIC_CHECK) >= 30
    assert len({c.context for c in COVERED_DEV}) >= 8


# --- the lexicon's mechanics -------------------------------------------------------------------


def _concepts(text: str, mine: bool = False) -> set[str]:
    return detail_words.concepts(WORD.findall(text), mine=mine)


def test_a_phrase_is_one_concept_and_its_words_do_not_count_alone() -> None:
    assert _concepts("behind schedule") == _concepts("delays")  # not the rota's "schedule"
    assert _concepts("right now") == _concepts("currently")
    assert _concepts("set up") == _concepts("build")
    assert _concepts("go-live") == _concepts("launch")
    assert "right" in _concepts("the right fit")


def test_stop_phrases_and_the_candidates_own_time_name_nothing() -> None:
    assert _concepts("earlier today") == set()
    assert _concepts("over the past few years") == set()
    assert _concepts("my previous experience", mine=True) == set()
    assert _concepts("your previous experience", mine=True) == _concepts("earlier career")


def test_a_synonym_of_a_role_word_still_counts() -> None:
    # a Shift Supervisor's "shift" never counts, but the rota is the detail's own word
    skip = frozenset(detail_words.stem(w) for w in ("warehouse", "shift", "supervisor"))
    wanted = detail._detail_concepts("the peak-season rota for December", skip, "synonyms")
    said = detail_words.concepts(
        WORD.findall("the staffing schedule for the Christmas rush"), skip=skip
    )
    assert detail_words.covered(wanted, said, 2)
    assert not detail_words.concepts(["Shift", "Supervisor"], skip=skip)


def test_each_word_has_one_concept_and_no_stop_word_is_listed() -> None:
    data = yaml.safe_load((rules_dir() / "lexicon" / "synonyms.yaml").read_text("utf-8"))
    stop = {detail_words.stem(w) for w in " ".join(data["stopwords"]).split()}
    owner: dict[tuple[str, ...], str] = {}
    for section in ("synonyms", "specific", "generic"):
        for line in data[section]:
            words = [w.strip() for w in line.split(",")]
            for word in words:
                key = tuple(detail_words.stem(p) for p in re.split(r"[\s\-]+", word) if p)
                assert owner.setdefault(key, words[0]) == words[0], (word, owner[key], words[0])
                assert len(key) > 1 or key[0] not in stop, f"{word!r} is a stop word"


def main() -> None:
    for name, cases, want in (
        ("covered (dev)", COVERED_DEV, False),
        ("covered (check)", COVERED_CHECK, False),
        ("generic (dev)", GENERIC_DEV, True),
        ("generic (check)", GENERIC_CHECK, True),
    ):
        results = {c.id: fired(c) for c in cases}
        right = [c for c in cases if ("detail-missing" in results[c.id]) is want]
        unsupported = [c.id for c in cases if "detail-unsupported" in results[c.id]]
        wrong = [c.id for c in cases if c not in right]
        print(f"{name:16} {len(right):3}/{len(cases):<3} right  wrong: {', '.join(wrong) or '-'}")
        if unsupported:
            print(f"{'':16} detail-unsupported fired: {', '.join(unsupported)}")


if __name__ == "__main__":
    main()
