"""The individual plan as an archival PDF, and the resident's one-page "My plan".

Built from a :class:`PlanPrint` the plan service assembles; nothing here reads the database.
Sections follow the regulation's order a) to i). The resident's goals are set apart as their
own words (quoted, in italics, on a tinted band); the measures table repeats its header row on
every page; the consent section ends with signature lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from teamdesk.domain.plan import Goal, ParticipantKind, PlanContent
from teamdesk.domain.plan_profile import (
    DEFAULT_PLAN_PROFILE,
    PROFESSIONALS_COUNT,
    PROFESSIONALS_PRINCIPLE,
    PlanProfile,
)
from teamdesk.domain.plan_rules import Completeness, PlanItem, item_heading, print_order
from teamdesk.domain.text import N_, as_written, format_day
from teamdesk.reports.document import MUTED, WARN, Document, PageFrame, Translate


@dataclass(frozen=True)
class PlanPrint:
    """Everything a printed plan shows: the content and which version of it this is."""

    content: PlanContent
    version: int | None  # None: the working draft
    printed_at: datetime
    printed_by: str
    today: date
    approved_by: str = ""
    approved_on: date | None = None
    based_on: int | None = None  # for a draft: the approved version it revises
    completeness: Completeness | None = None  # for a draft: what is still missing
    profile: PlanProfile = DEFAULT_PLAN_PROFILE  # the house's plan: sections, order, headings

    @property
    def is_draft(self) -> bool:
        return self.version is None


def _d(day: date | None, t: Translate) -> str:
    """A date as the print language writes it (15.06.2027 in Norwegian); "" for none."""
    return format_day(day, t)


def _version_label(doc: PlanPrint, t: Translate) -> str:
    if doc.version is not None:
        return t(N_("Version {number}, approved {date} by {who}")).format(
            number=doc.version, date=_d(doc.approved_on, t), who=doc.approved_by
        )
    if doc.based_on is not None:
        return t(N_("DRAFT – changes to version {number}, not approved")).format(
            number=doc.based_on
        )
    return t(N_("DRAFT – not approved"))


def _frame(doc: PlanPrint, t: Translate, title: str) -> PageFrame:
    return PageFrame(
        subject=doc.content.resident_name,
        title=t(title),
        version_label=_version_label(doc, t),
        draft=doc.is_draft,
        printed_at=doc.printed_at,
        printed_by=doc.printed_by,
    )


class _PlanWriter(Document):
    """Describes one plan document section by section, on the shared document blocks."""

    def __init__(
        self, doc: PlanPrint, translate: Translate | None, title: str, scale: float = 1.0
    ) -> None:
        self.doc = doc
        self.c = doc.content
        t: Translate = translate or as_written
        super().__init__(_frame(doc, t, title), t, scale=scale)

    def own_words(self, goal: Goal, number: str, *, sub: bool = False) -> None:
        """A goal as the resident said it, with the date it is evaluated by; the Danish plan
        names each one an intervention goal or a sub-goal (indsatsmål, delmål) on that line."""
        t = self.t
        when = ""
        if goal.evaluation_date:
            when = t(N_("Evaluate by {date}")).format(date=_d(goal.evaluation_date, t))
        if self.shared:
            words = self.doc.profile.goal_words
            kind = t(words.sub_goal if sub else words.goal)
            when = f"{kind} · {when}" if when else kind
        self.goal(number, goal.text, sub=sub, evaluate_by=when)

    # -- the plan ----------------------------------------------------------------------------

    def section_heading(self, item: PlanItem) -> None:
        """The heading of a part of the plan, as the house's plan profile names it."""
        self.heading(self.t(item_heading(item, self.doc.profile)))

    @property
    def shared(self) -> bool:
        return self.doc.profile is PlanProfile.SHARED_DEVELOPMENT_PLAN

    def title_block(self) -> None:
        c, t = self.c, self.t
        plan = c.plan
        self.title(t(self.doc.profile.plan_title), c.resident_name)
        period = ""
        if plan.period_from or plan.period_to:
            period = f"{_d(plan.period_from, t)} – {_d(plan.period_to, t)}".strip()
        self.facts(
            [
                (t(N_("Status")), t(plan.status.label)),
                (t(N_("Version")), _version_label(self.doc, t)),
                (t(N_("Plan period")), period),
                (t(N_("Coordinator")), c.coordinator_name),
                (t(N_("Evaluation of the plan")), _d(plan.evaluation_date, t)),
                (t(N_("Next meeting")), _d(plan.next_meeting, t)),
            ]
        )
        missing = self.doc.completeness.missing if self.doc.completeness else []
        if self.doc.is_draft and missing:
            self.missing_box([f.text for f in missing])

    def missing_box(self, lines: list[str]) -> None:
        shown = lines[:8]
        if len(lines) > len(shown):
            shown.append(self.t(N_("… and {count} more.")).format(count=len(lines) - len(shown)))
        self.box(self.t(N_("This draft is not ready for approval. Missing:")), shown, warn=True)

    def section_a(self) -> None:
        c, t = self.c, self.t
        self.section_heading(PlanItem.A)
        own = (
            N_("Intervention goals and their sub-goals, in {resident}'s own words")
            if self.shared
            else N_("Goals, in {resident}'s own words")
        )
        self.label(t(own).format(resident=c.resident_name))
        goals = c.main_goals()
        if not goals:
            self.not_written()
        for i, goal in enumerate(goals, start=1):
            self.own_words(goal, str(i))
            for j, sub in enumerate(c.sub_goals(goal.id), start=1):
                self.own_words(sub, f"{i}.{j}", sub=True)
        self.label(t(N_("Resources")))
        self.text_or_placeholder(c.plan.resources)
        self.label(t(N_("Needs for services")))
        self.text_or_placeholder(c.plan.needs)

    def section_b(self) -> None:
        c, t = self.c, self.t
        self.section_heading(PlanItem.B)
        people = c.ordered_participants()
        if self.shared:
            count = t(PROFESSIONALS_COUNT).format(
                resident=c.resident_name, count=len(c.professionals())
            )
            self.paragraph(f"{count} {t(PROFESSIONALS_PRINCIPLE)}", size=9.5, colour=MUTED)
        if not people:
            self.not_written()
            return
        rows = []
        for p in people:
            role = t(p.kind.label)
            if p.role.strip():
                role = (
                    f"{role}: {t(p.role.strip())}"
                    if p.kind is not ParticipantKind.RESIDENT
                    else t(p.role.strip())
                )
            rows.append([p.name, role, p.organisation, p.contact])
        self.table(
            [t(N_("Name")), t(N_("Role")), t(N_("Organisation")), t(N_("Contact"))],
            rows,
            (40, 45, 40, 45),
        )

    def section_c(self) -> None:
        c, t = self.c, self.t
        self.section_heading(PlanItem.C)
        if not c.coordinator_name:
            self.paragraph(t(N_("No coordinator is chosen yet.")), style="I", colour=WARN)
            return
        self.paragraph(c.coordinator_name, size=11, style="B")
        self.paragraph(
            t(N_("Responsible for coordinating the services and for the progress of the plan.")),
            size=9.5,
            colour=MUTED,
        )

    def section_d(self) -> None:
        c, t = self.c, self.t
        self.section_heading(PlanItem.D)
        self.label(c.resident_name)
        self.text_or_placeholder(c.plan.resident_contribution)
        others = [
            p
            for p in c.ordered_participants()
            if p.kind is not ParticipantKind.RESIDENT and (p.is_external or p.contribution.strip())
        ]
        if others:
            rows = [
                [p.display_name, p.contribution.strip() or t(N_("Not written yet."))]
                for p in others
            ]
            self.table([t(N_("Who")), t(N_("Contributes"))], rows, (55, 115))

    def section_e(self) -> None:
        c, t = self.c, self.t
        self.section_heading(PlanItem.E)
        measures = c.ordered_measures()
        if not measures:
            self.not_written()
            return
        rows = [
            [
                str(i),
                m.what,
                m.extent or "—",
                c.responsible_name(m) or t(N_("Nobody yet")),
                c.goal_number(m.goal_id) or "—",
            ]
            for i, m in enumerate(measures, start=1)
        ]
        goal = t(self.doc.profile.goal_words.goal)
        self.table(
            [t(N_("No.")), t(N_("Measure")), t(N_("Extent")), t(N_("Responsible")), goal],
            rows,
            (10, 62, 36, 38, 24) if self.shared else (10, 68, 38, 40, 14),
        )

    def section_f(self) -> None:
        c = self.c
        self.section_heading(PlanItem.F)
        measures = c.ordered_measures()
        if not measures:
            self.not_written()
            return
        for i, m in enumerate(measures, start=1):
            self.label(f"{i}. {m.what}", size=10)
            self.text_or_placeholder(m.how, indent=5)

    def section_g(self) -> None:
        c, t = self.c, self.t
        plan = c.plan
        self.section_heading(PlanItem.G)
        rows = [
            (t(N_("Plan period from")), _d(plan.period_from, t)),
            (t(N_("Plan period to")), _d(plan.period_to, t)),
            (t(N_("Evaluation of the plan")), _d(plan.evaluation_date, t)),
            (t(N_("How it is evaluated")), plan.evaluation_method.strip()),
            (t(N_("Next meeting")), _d(plan.next_meeting, t)),
        ]
        each = (
            N_("Evaluation of intervention goal {number}")
            if self.shared
            else N_("Evaluation of goal {number}")
        )
        for i, goal in enumerate(c.main_goals(), start=1):
            rows.append((t(each).format(number=i), _d(goal.evaluation_date, t)))
        self.facts(rows)

    def section_h(self) -> None:
        c, t = self.c, self.t
        plan = c.plan
        self.section_heading(PlanItem.H)
        self.label(t(N_("Consent to the plan")))
        if plan.has_consent:
            self.facts(
                [
                    (t(N_("Given on")), _d(plan.consent_date, t)),
                    (t(N_("How it was given")), plan.consent_how),
                    (t(N_("Recorded by")), plan.consent_recorded_by),
                ]
            )
        else:
            self.paragraph(t(N_("Not recorded yet.")), style="I", colour=WARN)
        if self.shared and plan.joined_plan:
            self.joined_plan()
        external = [p for p in c.ordered_participants() if p.is_external]
        if external:
            self.label(t(N_("Consent to share information with the participants")))
            rows = []
            for p in external:
                expires = _d(p.share_consent_expires, t)
                if p.share_consent_expires and p.share_consent_expires < self.doc.today:
                    expires = t(N_("{date} (expired)")).format(date=expires)
                rows.append(
                    [
                        p.display_name,
                        p.share_scope.strip()
                        or ("—" if p.share_consent_date else t(N_("No consent recorded"))),
                        _d(p.share_consent_date, t) or "—",
                        expires or ("—" if p.share_consent_date else ""),
                    ]
                )
            self.table(
                [
                    t(N_("Participant")),
                    t(N_("What may be shared")),
                    t(N_("Given")),
                    t(N_("Expires")),
                ],
                rows,
                (50, 68, 26, 26),
            )
        signers = [
            c.resident_name,
            t(N_("Coordinator: {name}")).format(name=c.coordinator_name or "…"),
            t(N_("Guardian or representative (if any)")),
        ]
        self.signatures(
            t(N_("We have taken part in making this plan and agree to it.")),
            [(t(N_("Signature, {name}")).format(name=name), t(N_("Date"))) for name in signers],
        )

    def joined_plan(self) -> None:
        """The joined plan (§ 141 stk. 7): the plans it replaces and the citizen's consent to
        share information across areas, which it needs."""
        c, t = self.c, self.t
        plan = c.plan
        self.label(t(N_("Joined plan (helhedsorienteret plan, Serviceloven § 141 stk. 7)")))
        self.paragraph(
            t(N_("This plan replaces {resident}'s other plans:")).format(resident=c.resident_name),
            size=9.5,
        )
        self.text_or_placeholder(plan.replaces_plans)
        self.label(t(N_("Consent to share information across areas")))
        if plan.has_joined_consent:
            self.facts(
                [
                    (t(N_("Given on")), _d(plan.joined_consent_date, t)),
                    (t(N_("Recorded by")), plan.joined_consent_recorded_by),
                ]
            )
        else:
            self.paragraph(t(N_("Not recorded yet.")), style="I", colour=WARN)

    def section_i(self) -> None:
        self.section_heading(PlanItem.I)
        self.text_or_placeholder(self.c.plan.cooperation)

    def section_notes(self) -> None:
        c, t = self.c, self.t
        self.section_heading(PlanItem.NOTES)
        self.label(t(N_("Language and cultural background")))
        self.text_or_placeholder(c.plan.language_culture)
        self.label(t(N_("How {resident} and relatives take part")).format(resident=c.resident_name))
        self.text_or_placeholder(c.plan.participation)

    def write_plan(self) -> tuple[bytes, int]:
        self.title_block()
        sections = {
            PlanItem.A: self.section_a,
            PlanItem.B: self.section_b,
            PlanItem.C: self.section_c,
            PlanItem.D: self.section_d,
            PlanItem.E: self.section_e,
            PlanItem.F: self.section_f,
            PlanItem.G: self.section_g,
            PlanItem.H: self.section_h,
            PlanItem.I: self.section_i,
            PlanItem.NOTES: self.section_notes,
        }
        for item in print_order(self.doc.profile):
            sections[item]()
        return self.render()


def render_plan(doc: PlanPrint, translate: Translate | None = None) -> tuple[bytes, int]:
    """The whole plan as tagged PDF/A-2a bytes, and its number of pages."""
    return _PlanWriter(doc, translate, doc.profile.plan_title).write_plan()


# -- "My plan": one page for the resident -------------------------------------------------------


class _SummaryWriter(_PlanWriter):
    """Describes "My plan" at one text size, with at most ``limit`` goals, measures and helpers
    and at most ``max_lines`` lines of any one text (longer ones end in "…"). Whether it fits
    on one page the layout says; :func:`render_summary` tries smaller sizes until it does."""

    def __init__(
        self, doc: PlanPrint, translate: Translate | None, scale: float, limit: int, max_lines: int
    ) -> None:
        super().__init__(doc, translate, N_("My plan"), scale)
        self.limit = limit
        self.max_lines = max_lines
        self.left_out = False  # goals, measures or helpers not shown: say so on the page

    def line_text(
        self,
        text: str,
        *,
        style: str = "",
        colour: str = "ink",
        indent: float = 0,
        size: float = 12,
    ) -> None:
        self.paragraph(
            text, style=style, colour=colour, indent=indent, size=size, max_lines=self.max_lines
        )

    def big_heading(self, text: str) -> None:
        self.heading(text)

    def write_summary(self) -> _SummaryWriter:
        c, t = self.c, self.t
        self.title(t(N_("My plan")))
        self.line_text(c.resident_name, size=14)

        self.big_heading(t(N_("My goals")))
        goals = c.main_goals()
        if not goals:
            self.line_text(t(N_("We have not written my goals yet.")), style="I", colour=MUTED)
        for i, goal in enumerate(goals[: self.limit], start=1):
            self.goal(str(i), goal.text, size=12.5, max_lines=self.max_lines)
        if len(goals) > self.limit:
            self.left_out = True
            self.line_text(
                t(N_("… and {count} more goals in my full plan.")).format(
                    count=len(goals) - self.limit
                ),
                style="I",
                colour=MUTED,
            )

        self.big_heading(t(N_("Who helps me with what")))
        measures = c.ordered_measures()
        if not measures:
            self.line_text(t(N_("We have not decided this yet.")), style="I", colour=MUTED)
        helpers: dict[str, list[str]] = {}
        for m in measures:
            who = c.responsible_name(m) or t(N_("We will find out who"))
            what = m.what.strip()
            if m.extent.strip():
                what = f"{what} ({m.extent.strip()})"
            helpers.setdefault(who, []).append(what)
        shown = 0
        # Every helper gets a line before anyone gets many: who helps matters most.
        per_helper = max(1, self.limit // max(1, len(helpers)))
        for who, tasks in list(helpers.items())[: self.limit]:
            self.line_text(t(N_("{name} helps me with:")).format(name=who), style="B")
            for task in tasks[:per_helper]:
                self.line_text(f"• {task}", indent=5)
                shown += 1
        if len(measures) > shown:
            self.left_out = True
            self.line_text(
                t(N_("… and {count} more in my full plan.")).format(count=len(measures) - shown),
                style="I",
                colour=MUTED,
            )

        self.big_heading(t(N_("My coordinator")))
        if c.coordinator_name:
            self.line_text(c.coordinator_name, style="B")
            self.line_text(
                t(
                    N_(
                        "My coordinator helps me and everyone else to work together "
                        "on my plan, and calls the meetings."
                    )
                ),
                colour=MUTED,
            )
        else:
            self.line_text(t(N_("Not chosen yet.")), colour=MUTED)

        self.big_heading(t(N_("Next meeting")))
        plan = c.plan
        if plan.next_meeting:
            self.line_text(_d(plan.next_meeting, t))
        else:
            self.line_text(t(N_("Not set yet. Ask my coordinator.")), colour=MUTED)
        if plan.evaluation_date:
            self.line_text(
                t(N_("We look at the whole plan together again by {date}.")).format(
                    date=_d(plan.evaluation_date, t)
                ),
                colour=MUTED,
            )
        self.add("more", text=t(N_("More in the full plan.")), always=self.left_out)
        return self


def render_summary(doc: PlanPrint, translate: Translate | None = None) -> tuple[bytes, int]:
    """The resident's one-page "My plan" as tagged PDF/A-2a bytes (always one page): my goals,
    who helps me with what, my coordinator, the next meeting. Long plans get smaller text, then
    "and N more" lines and shortened texts, rather than a second page; whatever is left out,
    the page says "More in the full plan"."""
    attempts = [
        (1.0, 99, 12),
        (0.9, 99, 10),
        (0.8, 99, 8),
        (0.8, 6, 5),
        (0.75, 4, 4),
        (0.7, 3, 3),
        (0.65, 2, 2),
        (0.6, 1, 1),
    ]
    result: tuple[bytes, int] | None = None
    for scale, limit, max_lines in attempts:
        writer = _SummaryWriter(doc, translate, scale, limit, max_lines).write_summary()
        result = writer.render(one_page=True)
        if result[1] == 1:
            break
    assert result is not None
    return result
