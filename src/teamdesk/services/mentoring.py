"""Coordinator development use cases: training records, mentorships and guidance sessions,
"suggest a mentor", coordinator networks, and the leader's overview with PDF and CSV export.

Each writing call checks permission first, then the input and the mentoring rules, then writes
through the store's one write path in one transaction and returns an :class:`Outcome` whose row
changes the GUI puts on its undo stack.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from teamdesk.domain.collation import house_order
from teamdesk.domain.findings import Finding, Severity
from teamdesk.domain.mentoring import (
    KNOWN_COURSES,
    CoordinatorNetwork,
    CoordinatorOverviewRow,
    CoordinatorRecord,
    GuidanceSession,
    MentorFacts,
    MentoringCheck,
    Mentorship,
    MentorSuggestion,
    NetworkMeeting,
    NetworkMember,
    RoleConflict,
    attendance_rate,
    coordinator_overview,
    coordinator_training,
    course_label,
    mentorship_findings,
    suggest_mentors,
)
from teamdesk.domain.plan import COORDINATOR_COURSE, Training
from teamdesk.domain.plan_rules import DEFAULT_MAX_PLANS_PER_COORDINATOR
from teamdesk.domain.team import Staff
from teamdesk.domain.text import N_, Day, Message, Translate, as_written
from teamdesk.reports.csv_table import csv_text, spreadsheet_csv
from teamdesk.services.context import (
    InvalidInput,
    NotFound,
    Permission,
    ServiceContext,
    ServiceError,
)
from teamdesk.services.exports import DocumentExport, export_with_audit
from teamdesk.services.inputs import a_date, free_text, name_text, optional_date, short_text
from teamdesk.services.settings import write_setting
from teamdesk.services.team import Outcome
from teamdesk.store import mentoring_repo, plan_repo, team_repo


class MentorshipRefused(ServiceError):
    """The mentorship breaks a mentoring rule; ``findings`` say which and what to do instead;
    ``can_approve`` whether a leader may go ahead with a written reason."""

    def __init__(self, message: Message, findings: list[Finding], can_approve: bool) -> None:
        super().__init__(message)
        self.findings = findings
        self.can_approve = can_approve


@dataclass(frozen=True)
class MentorshipRow:
    """A mentorship with names and how much guidance has been given."""

    mentorship: Mentorship
    mentor_name: str
    mentee_name: str
    sessions: int = 0
    minutes: int = 0
    last_session: date | None = None
    is_open: bool = True
    """Whether the mentorship runs today (it can still be ended)."""

    @property
    def id(self) -> str:
        return self.mentorship.id


@dataclass(frozen=True)
class MentoringRights:
    """What the acting person may change on the Coordinators page, each with the sentence
    that says why not, for the disabled buttons; None where they may."""

    why_not_manage: Message | None
    """Mentorships, networks and the overview (leaders)."""
    why_not_record_training: Message | None
    """Courses on a staff member's record."""

    @property
    def may_manage(self) -> bool:
        return self.why_not_manage is None

    @property
    def may_record_training(self) -> bool:
        return self.why_not_record_training is None


@dataclass(frozen=True)
class NetworkDetail:
    """A coordinator network: its members with attendance, and its meetings."""

    network: CoordinatorNetwork
    members: list[tuple[NetworkMember, Staff]]
    meetings: list[NetworkMeeting]
    present: dict[str, frozenset[str]] = field(default_factory=dict)  # meeting id -> staff ids
    rates: dict[str, tuple[int, int]] = field(default_factory=dict)  # staff id -> (came, held)


@dataclass(frozen=True)
class StaffTraining:
    """One staff member's training as the Coordinators page shows it."""

    staff: Staff
    trainings: list[Training]
    trained_on: date | None


class MentoringService:
    """Training, mentors, networks and the leader's overview of coordinators."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def rights(self) -> MentoringRights:
        """What the acting person may change here, and why not where they may not."""
        return MentoringRights(
            why_not_manage=self.ctx.why_not(Permission.MANAGE_MENTORING),
            why_not_record_training=self.ctx.why_not(Permission.EDIT_STAFF),
        )

    # -- reading: training ----------------------------------------------------------------

    def courses(self) -> list[str]:
        """The courses to choose from: the known ones, then every other one recorded."""
        self.ctx.require(Permission.READ_RESIDENTS)
        known = list(KNOWN_COURSES)
        return known + [c for c in mentoring_repo.courses_in_use(self.store) if c not in known]

    def trainings(self, staff_id: str) -> StaffTraining:
        """A staff member's completed courses (the oldest first) and whether, and since when,
        they are a trained coordinator."""
        self.ctx.require(Permission.READ_RESIDENTS)
        staff = self._staff_in_scope(staff_id)
        done = mentoring_repo.trainings(self.store, [staff_id])
        found = coordinator_training(done, self.ctx.today())
        return StaffTraining(staff, done, found.completed_on if found else None)

    def is_trained_coordinator(self, staff_id: str) -> bool:
        """Whether the staff member's training records show the coordinator course."""
        return self.trainings(staff_id).trained_on is not None

    def max_mentees(self) -> int:
        """How many open mentorships one mentor may have (the house's setting, default 3)."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return mentoring_repo.max_mentees(self.store)

    # -- reading: mentorships -------------------------------------------------------------

    def mentorships(
        self, staff_id: str | None = None, include_ended: bool = True
    ) -> list[MentorshipRow]:
        """Mentorships (of one staff member as mentor or mentee, or all the acting person may
        see), open ones first, then the newest."""
        self.ctx.require(Permission.READ_RESIDENTS)
        today = self.ctx.today()
        staff = {s.id: s for s in team_repo.staff(self.store)}
        totals = mentoring_repo.session_totals(self.store)
        rows = []
        for m in mentoring_repo.mentorships(self.store, staff_id):
            if not include_ended and not m.is_open(today):
                continue
            mentor, mentee = staff.get(m.mentor_id), staff.get(m.mentee_id)
            if not self.ctx.sees_unit(mentee.unit_id if mentee else None):
                continue
            n, minutes, last = totals.get(m.id, (0, 0, None))
            rows.append(
                MentorshipRow(
                    m,
                    mentor.name if mentor else "",
                    mentee.name if mentee else "",
                    n,
                    minutes,
                    last,
                    m.is_open(today),
                )
            )
        rows.sort(key=lambda r: (not r.mentorship.is_open(today), -r.mentorship.start.toordinal()))
        return rows

    def mentorship(self, mentorship_id: str) -> MentorshipRow:
        """One mentorship with names; refuses an unknown or deleted id."""
        found = next((r for r in self.mentorships() if r.id == mentorship_id), None)
        if found is None:
            raise NotFound(Message(N_("This mentorship no longer exists.")))
        return found

    def sessions(self, mentorship_id: str) -> list[GuidanceSession]:
        """The guidance sessions of a mentorship, the newest first."""
        self.mentorship(mentorship_id)
        return mentoring_repo.sessions(self.store, mentorship_id)

    def _mentor_facts(self, day: date) -> dict[str, MentorFacts]:
        staff = team_repo.staff(self.store)
        units = mentoring_repo.unit_names(self.store)
        counts = mentoring_repo.plan_counts(self.store)
        by_staff: dict[str, list[Training]] = {}
        for t in mentoring_repo.trainings(self.store):
            by_staff.setdefault(t.staff_id, []).append(t)
        mentees: dict[str, int] = {}
        for m in mentoring_repo.open_mentorships(self.store, day):
            mentees[m.mentor_id] = mentees.get(m.mentor_id, 0) + 1
        out = {}
        for s in staff:
            trained = coordinator_training(by_staff.get(s.id, []), day)
            out[s.id] = MentorFacts(
                s,
                trained.completed_on if trained else None,
                counts.get(s.id, (0, 0))[1],
                mentees.get(s.id, 0),
                units.get(s.unit_id or "", ""),
            )
        return out

    def check_mentorship(
        self, mentor_id: str, mentee_id: str, approval_reason: str = "", start: date | None = None
    ) -> list[Finding]:
        """What pairing ``mentor_id`` with ``mentee_id`` from ``start`` (default today) would
        raise: blocks first."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return self._check(mentor_id, mentee_id, approval_reason, start or self.ctx.today(), None)

    def _check(
        self,
        mentor_id: str,
        mentee_id: str,
        approval_reason: str,
        day: date,
        ignore: str | None,
    ) -> list[Finding]:
        mentor = self._staff(mentor_id)
        mentee = self._staff(mentee_id)
        facts = self._mentor_facts(day)[mentor.id]
        open_now = [m for m in mentoring_repo.open_mentorships(self.store, day) if m.id != ignore]
        facts = MentorFacts(
            facts.staff,
            facts.trained_on,
            facts.plans_coordinated,
            sum(1 for m in open_now if m.mentor_id == mentor_id),
            facts.unit_name,
        )
        return mentorship_findings(
            facts,
            mentee,
            mentee_open_mentorships=sum(1 for m in open_now if m.mentee_id == mentee_id),
            max_mentees=mentoring_repo.max_mentees(self.store),
            approval_reason=approval_reason,
        )

    def suggest_mentors(self, mentee_id: str) -> list[MentorSuggestion]:
        """Eligible mentors for a staff member, each with the reason: those with a role
        conflict or overdue evaluations in their plans last, then by free places, same unit and
        experience; leaves out anyone a mentoring rule would refuse."""
        self.ctx.require(Permission.READ_RESIDENTS)
        mentee = self._staff(mentee_id)
        today = self.ctx.today()
        facts = self._mentor_facts(today)
        # Per coordinator, the residents whose plan they coordinate while holding a case role.
        conflicts: dict[str, set[str]] = {}
        for c in mentoring_repo.coordinator_conflicts(self.store, today):
            conflicts.setdefault(c.coordinator_id, set()).add(c.resident_name)
        overdue = mentoring_repo.overdue_evaluations(self.store, today)
        ranked = [
            replace(
                f,
                role_conflicts=len(conflicts.get(staff_id, ())),
                overdue_evaluations=overdue.get(staff_id, 0),
            )
            for staff_id, f in facts.items()
        ]
        return suggest_mentors(mentee, ranked, mentoring_repo.max_mentees(self.store))

    # -- reading: networks ----------------------------------------------------------------

    def networks(self) -> list[CoordinatorNetwork]:
        """The coordinator networks the acting person may see, by name."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return [n for n in mentoring_repo.networks(self.store) if self.ctx.sees_unit(n.unit_id)]

    def network(self, network_id: str) -> NetworkDetail:
        """A network with its members (by name), meetings (the latest first) and attendance."""
        self.ctx.require(Permission.READ_RESIDENTS)
        found = mentoring_repo.network(self.store, network_id)
        if found is None:
            raise NotFound(Message(N_("This network no longer exists.")))
        self.ctx.require_unit(found.unit_id)
        staff = {s.id: s for s in team_repo.staff(self.store)}
        members = sorted(
            (
                (m, staff[m.staff_id])
                for m in mentoring_repo.network_members(self.store, network_id)
                if m.staff_id in staff
            ),
            key=lambda r: r[1].name.casefold(),
        )
        meetings = mentoring_repo.network_meetings(self.store, network_id)
        attendance = mentoring_repo.attendance(self.store, [m.id for m in meetings])
        present: dict[str, set[str]] = {m.id: set() for m in meetings}
        for a in attendance:
            if a.present:
                present[a.meeting_id].add(a.staff_id)
        today = self.ctx.today()
        return NetworkDetail(
            found,
            members,
            meetings,
            {k: frozenset(v) for k, v in present.items()},
            {s.id: attendance_rate(meetings, attendance, s.id, today) for _, s in members},
        )

    # -- reading: the leader's overview ---------------------------------------------------

    def overview(self) -> list[CoordinatorOverviewRow]:
        """Every coordinator the acting person may see (coordinating a plan, trained, or in a
        mentorship), with number of plans, training, mentor, role conflicts and overdue
        evaluations; those with gaps first. Refuses anyone who does not manage mentoring."""
        self.ctx.require(Permission.MANAGE_MENTORING)
        today = self.ctx.today()
        staff = team_repo.staff(self.store)
        names = {s.id: s.name for s in staff}
        units = mentoring_repo.unit_names(self.store)
        counts = mentoring_repo.plan_counts(self.store)
        trainings: dict[str, list[Training]] = {}
        for t in mentoring_repo.trainings(self.store):
            trainings.setdefault(t.staff_id, []).append(t)
        mentor_of: dict[str, str] = {}
        mentees_of: dict[str, list[str]] = {}
        for m in mentoring_repo.open_mentorships(self.store, today):
            mentor_of.setdefault(m.mentee_id, names.get(m.mentor_id, ""))
            mentees_of.setdefault(m.mentor_id, []).append(names.get(m.mentee_id, ""))
        conflicts: dict[str, list[RoleConflict]] = {}
        for c in mentoring_repo.coordinator_conflicts(self.store, today):
            conflicts.setdefault(c.coordinator_id, []).append(
                RoleConflict(c.resident_name, c.kind.description, c.override_reason)
            )
        overdue = mentoring_repo.overdue_evaluations(self.store, today)
        networks = mentoring_repo.network_names_by_staff(self.store)
        records = []
        for s in staff:
            living, ever = counts.get(s.id, (0, 0))
            relevant = living > 0 or (
                s.active
                and (
                    coordinator_training(trainings.get(s.id, []), today) is not None
                    or s.id in mentor_of
                    or s.id in mentees_of
                )
            )
            if not relevant or not self.ctx.sees_unit(s.unit_id):
                continue
            records.append(
                CoordinatorRecord(
                    staff=s,
                    unit_name=units.get(s.unit_id or "", ""),
                    living_plans=living,
                    plans_ever=ever,
                    trainings=tuple(trainings.get(s.id, [])),
                    mentor_name=mentor_of.get(s.id, ""),
                    mentee_names=tuple(sorted(mentees_of.get(s.id, []), key=house_order)),
                    role_conflicts=tuple(conflicts.get(s.id, [])),
                    overdue_evaluations=overdue.get(s.id, 0),
                    networks=tuple(networks.get(s.id, [])),
                )
            )
        limit = plan_repo.max_plans_per_coordinator(self.store, DEFAULT_MAX_PLANS_PER_COORDINATOR)
        return coordinator_overview(records, today, limit)

    def findings(self) -> list[Finding]:
        """The overview's gaps as findings (warnings and alerts only), most serious first."""
        return sorted(
            (g for row in self.overview() for g in row.gaps if g.severity is not Severity.INFO),
            key=lambda f: (f.severity.rank, f.code, f.text),
        )

    def overview_csv(self, translate: Translate | None = None) -> str:
        """The overview as CSV text: one row per coordinator, gaps first."""
        return overview_csv(self.overview(), translate)

    def export_overview(
        self,
        out: Path,
        *,
        fmt: str = "pdf",
        translate: Translate | None = None,
        printed_at: datetime | None = None,
    ) -> DocumentExport:
        """Write the overview as a PDF/A file (``fmt`` "pdf") or a CSV file that Excel opens
        (``fmt`` "csv", UTF-8 with a byte order mark, separated as the language's spreadsheets
        expect: ";" in Norwegian and Danish). The export is an
        audit event; the file is written whole or not at all."""
        from teamdesk.reports.coordinator_overview import OverviewPrint, render_overview

        self.ctx.require(Permission.EXPORT)
        rows = self.overview()
        today = self.ctx.today()
        out = Path(out)
        if fmt == "csv":
            data = spreadsheet_csv(overview_table(rows, translate), translate)
            pages = 0
        elif fmt == "pdf":
            doc = OverviewPrint(
                rows=rows,
                today=today,
                printed_at=printed_at or self.store.now(),
                printed_by=self.ctx.who,
            )
            data, pages = render_overview(doc, translate)
        else:
            raise ValueError(f"unknown format {fmt!r}")
        export_with_audit(
            self.store,
            out,
            data,
            actor=self.ctx.who,
            table=None,
            row_id=None,
            summary=f"exported the coordinator overview ({len(rows)} coordinators) to {out.name}",
        )
        return DocumentExport(out, pages)

    # -- writing: training ----------------------------------------------------------------

    def _staff(self, staff_id: str) -> Staff:
        found = team_repo.staff_member(self.store, staff_id)
        if found is None:
            raise NotFound(Message(N_("This staff member no longer exists.")))
        return found

    def _staff_in_scope(self, staff_id: str) -> Staff:
        """A staff member whose own records (courses) the acting person may read and keep:
        refuses one of another unit than theirs."""
        found = self._staff(staff_id)
        self.ctx.require_unit(found.unit_id)
        return found

    def record_training(
        self,
        staff_id: str,
        completed_on: date,
        course: str = COORDINATOR_COURSE,
        provider: str = "",
    ) -> Outcome:
        """Record a completed course (by default the coordinator course) and who gave it.

        Refuses an unknown staff member, an empty course and a date in the future.
        """
        self.ctx.require(Permission.EDIT_STAFF)
        self._staff_in_scope(staff_id)
        day = optional_date(completed_on, N_("completion date"))
        if day is None or day > self.ctx.today():
            raise InvalidInput(Message(N_("A course is recorded once it is completed.")))
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "training",
                {
                    "staff_id": staff_id,
                    "course": short_text(course, N_("course"), required=True),
                    "completed_on": day,
                    "provider": short_text(provider, N_("course provider")),
                },
                actor=self.ctx.who,
                summary=f"training recorded: {course}",
            )
        return Outcome(changes, row_id)

    def remove_training(self, training_id: str) -> Outcome:
        """Remove a training record entered by mistake (undo brings it back)."""
        self.ctx.require(Permission.EDIT_STAFF)
        training = mentoring_repo.training(self.store, training_id)
        if training is None:
            raise NotFound(Message(N_("This training record no longer exists.")))
        self._staff_in_scope(training.staff_id)
        with self.store.recording() as changes:
            self.store.tombstone("training", training_id, actor=self.ctx.who)
        return Outcome(changes, training_id)

    # -- writing: mentorships -------------------------------------------------------------

    def start_mentorship(
        self,
        mentor_id: str,
        mentee_id: str,
        *,
        start: date | None = None,
        focus: str = "",
        end: date | None = None,
        approval_reason: str = "",
    ) -> Outcome:
        """Pair a mentor with a mentee from ``start`` (default today).

        Refuses (with the rule in words) the same person, inactive staff, a mentor who already
        has the house's maximum of mentees, and a mentee who already has a mentor. Refuses a
        mentor who is not a trained coordinator with a plan behind them unless a leader (rule
        override permission) gives a reason, which is kept on the mentorship and in the audit
        log. Returns the info findings (such as the approval) with the outcome.
        """
        self.ctx.require(Permission.MANAGE_MENTORING)
        day = optional_date(start, N_("start date")) or self.ctx.today()
        last = optional_date(end, N_("end date"))
        if last is not None and last < day:
            raise InvalidInput(
                Message(
                    N_("The mentorship cannot end ({end}) before it starts ({start})."),
                    {"end": Day(last), "start": Day(day)},
                )
            )
        reason = free_text(approval_reason, N_("reason for the approval"), strip=True)
        findings = self._check(mentor_id, mentee_id, reason, day, None)
        blocks = [f for f in findings if f.severity is Severity.ALERT]
        if blocks:
            only_rule = all(f.code == MentoringCheck.MENTOR_UNQUALIFIED for f in blocks)
            raise MentorshipRefused(
                blocks[0].message,
                findings,
                can_approve=only_rule and self.ctx.can(Permission.OVERRIDE_RULES),
            )
        approved = any(f.code == MentoringCheck.MENTOR_APPROVED for f in findings)
        if approved:
            self.ctx.require(Permission.OVERRIDE_RULES)
        mentor, mentee = self._staff(mentor_id), self._staff(mentee_id)
        with self.store.recording() as changes, self.store.transaction():
            row_id = self.store.insert(
                "mentorship",
                {
                    "mentor_id": mentor_id,
                    "mentee_id": mentee_id,
                    "start_date": day,
                    "end_date": last,
                    "focus": free_text(focus, N_("focus of the mentorship"), strip=True),
                    "approval_reason": reason if approved else "",
                    "approved_by": self.ctx.who if approved else "",
                },
                actor=self.ctx.who,
                summary=f"mentorship: {mentor.name} guides {mentee.name}",
            )
            if approved:
                self.store.audit(
                    "override",
                    actor=self.ctx.who,
                    table="mentorship",
                    row_id=row_id,
                    summary=f"mentor rule overridden: {mentor.name} guides {mentee.name}. "
                    f"Reason: {reason}",
                )
        return Outcome(changes, row_id, [f for f in findings if f.severity is not Severity.ALERT])

    def _mentorship(self, mentorship_id: str) -> Mentorship:
        self.ctx.require(Permission.MANAGE_MENTORING)
        found = mentoring_repo.mentorship(self.store, mentorship_id)
        if found is None:
            raise NotFound(Message(N_("This mentorship no longer exists.")))
        return found

    def update_mentorship(self, mentorship_id: str, **fields: object) -> Outcome:
        """Change a mentorship's focus or end date (None reopens it). Refuses an end before the
        start, and reopening one when a mentoring rule would now refuse it."""
        current = self._mentorship(mentorship_id)
        unknown = set(fields) - {"focus", "end"}
        if unknown:
            raise ValueError(f"unknown mentorship fields {sorted(unknown)}")
        values: dict[str, object] = {}
        if "focus" in fields:
            values["focus"] = free_text(fields["focus"], N_("focus of the mentorship"), strip=True)
        if "end" in fields:
            end = optional_date(fields["end"], N_("end date"))
            if end is not None and end < current.start:
                raise InvalidInput(
                    Message(
                        N_("The mentorship cannot end ({end}) before it starts ({start})."),
                        {"end": Day(end), "start": Day(current.start)},
                    )
                )
            today = self.ctx.today()
            if not current.is_open(today) and (end is None or end >= today):
                findings = self._check(
                    current.mentor_id,
                    current.mentee_id,
                    current.approval_reason,
                    today,
                    current.id,
                )
                blocks = [f for f in findings if f.severity is Severity.ALERT]
                if blocks:
                    raise MentorshipRefused(blocks[0].message, findings, can_approve=False)
            values["end_date"] = end
        with self.store.recording() as changes:
            self.store.update("mentorship", mentorship_id, values, actor=self.ctx.who)
        return Outcome(changes, mentorship_id)

    def end_mentorship(self, mentorship_id: str, last_day: date | None = None) -> Outcome:
        """End a mentorship after ``last_day`` (default yesterday: it is over from today); its
        sessions stay in the log."""
        current = self._mentorship(mentorship_id)
        day = optional_date(last_day, N_("end date")) or self.ctx.today() - timedelta(days=1)
        if day < current.start:
            day = current.start
        with self.store.recording() as changes:
            self.store.update(
                "mentorship",
                mentorship_id,
                {"end_date": day},
                actor=self.ctx.who,
                summary="mentorship ended",
            )
        return Outcome(changes, mentorship_id)

    def _session_values(self, fields: dict[str, object]) -> dict[str, object]:
        unknown = set(fields) - {"held_on", "minutes", "topics", "notes"}
        if unknown:
            raise ValueError(f"unknown session fields {sorted(unknown)}")
        values: dict[str, object] = {}
        if "held_on" in fields:
            day = a_date(fields["held_on"], N_("date of the session"))
            if day > self.ctx.today():
                raise InvalidInput(
                    Message(N_("A guidance session is recorded once it has taken place."))
                )
            values["held_on"] = day
        if "minutes" in fields:
            minutes = fields["minutes"]
            if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 < minutes <= 600:
                raise InvalidInput(
                    Message(
                        N_("A session lasts between 1 and 600 minutes, not {minutes}."),
                        {"minutes": minutes},
                    )
                )
            values["minutes"] = minutes
        for key, what in (("topics", N_("topics")), ("notes", N_("notes"))):
            if key in fields:
                values[key] = free_text(fields[key], what, strip=True)
        return values

    def record_session(
        self,
        mentorship_id: str,
        held_on: date,
        minutes: int = 60,
        topics: str = "",
        notes: str = "",
    ) -> Outcome:
        """Log a guidance session: date, length in minutes, topics and notes. Refuses a date in
        the future or before the mentorship started, and an impossible length."""
        current = self._mentorship(mentorship_id)
        values = self._session_values(
            {"held_on": held_on, "minutes": minutes, "topics": topics, "notes": notes}
        )
        day = values["held_on"]
        assert isinstance(day, date)
        if day < current.start:
            raise InvalidInput(
                Message(
                    N_("The mentorship started {start}; a session cannot be before that."),
                    {"start": Day(current.start)},
                )
            )
        values["mentorship_id"] = mentorship_id
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "guidance_session", values, actor=self.ctx.who, summary="guidance session logged"
            )
        return Outcome(changes, row_id)

    def _session_row(self, session_id: str) -> None:
        self.ctx.require(Permission.MANAGE_MENTORING)
        row = self.store.get("guidance_session", session_id)
        if row is None or row["deleted_at"]:
            raise NotFound(Message(N_("This guidance session no longer exists.")))

    def update_session(self, session_id: str, **fields: object) -> Outcome:
        """Change a logged session's date, length, topics or notes."""
        self._session_row(session_id)
        values = self._session_values(dict(fields))
        with self.store.recording() as changes:
            self.store.update("guidance_session", session_id, values, actor=self.ctx.who)
        return Outcome(changes, session_id)

    def remove_session(self, session_id: str) -> Outcome:
        """Remove a session logged by mistake."""
        self._session_row(session_id)
        with self.store.recording() as changes:
            self.store.tombstone("guidance_session", session_id, actor=self.ctx.who)
        return Outcome(changes, session_id)

    def set_max_mentees(self, limit: int) -> Outcome:
        """Set how many open mentorships one mentor may have (at least 1)."""
        self.ctx.require(Permission.EDIT_SETTINGS)
        if not isinstance(limit, int) or limit < 1:
            raise InvalidInput(Message(N_("The limit must be at least 1.")))
        key = "max_mentees"
        with self.store.recording() as changes:
            write_setting(self.ctx, key, str(limit))
        return Outcome(changes, key)

    # -- writing: networks ----------------------------------------------------------------

    def create_network(
        self, name: str, unit_id: str | None = None, description: str = ""
    ) -> Outcome:
        """Start a coordinator network; refuses an empty name."""
        self.ctx.require(Permission.MANAGE_MENTORING)
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "coordinator_network",
                {
                    "name": name_text(name, N_("network's name")),
                    "unit_id": unit_id or None,
                    "description": free_text(description, N_("description"), strip=True),
                },
                actor=self.ctx.who,
            )
        return Outcome(changes, row_id)

    def _network(self, network_id: str) -> CoordinatorNetwork:
        self.ctx.require(Permission.MANAGE_MENTORING)
        found = mentoring_repo.network(self.store, network_id)
        if found is None:
            raise NotFound(Message(N_("This network no longer exists.")))
        return found

    def update_network(self, network_id: str, **fields: object) -> Outcome:
        """Rename a network or change its description; refuses an empty name."""
        self._network(network_id)
        unknown = set(fields) - {"name", "description"}
        if unknown:
            raise ValueError(f"unknown network fields {sorted(unknown)}")
        values: dict[str, object] = {}
        if "name" in fields:
            values["name"] = name_text(fields["name"], N_("network's name"))
        if "description" in fields:
            values["description"] = free_text(fields["description"], N_("description"), strip=True)
        with self.store.recording() as changes:
            self.store.update("coordinator_network", network_id, values, actor=self.ctx.who)
        return Outcome(changes, network_id)

    def remove_network(self, network_id: str) -> Outcome:
        """Close a network (its meetings and attendance stay in the history)."""
        self._network(network_id)
        with self.store.recording() as changes:
            self.store.tombstone("coordinator_network", network_id, actor=self.ctx.who)
        return Outcome(changes, network_id)

    def add_network_member(self, network_id: str, staff_id: str) -> Outcome:
        """Add a staff member to a network; adding someone twice changes nothing."""
        self._network(network_id)
        staff = self._staff(staff_id)
        if not staff.active:
            raise InvalidInput(Message(N_("{staff} is no longer active."), {"staff": staff.name}))
        existing = [
            m
            for m in mentoring_repo.network_members(self.store, network_id)
            if m.staff_id == staff_id
        ]
        if existing:
            return Outcome([], existing[0].id)
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "network_member",
                {"network_id": network_id, "staff_id": staff_id, "joined_on": self.ctx.today()},
                actor=self.ctx.who,
            )
        return Outcome(changes, row_id)

    def remove_network_member(self, member_id: str) -> Outcome:
        """Take a member off a network; their attendance stays in the history."""
        self.ctx.require(Permission.MANAGE_MENTORING)
        row = self.store.get("network_member", member_id)
        if row is None or row["deleted_at"]:
            raise NotFound(Message(N_("This member is no longer in the network.")))
        with self.store.recording() as changes:
            self.store.tombstone("network_member", member_id, actor=self.ctx.who)
        return Outcome(changes, member_id)

    def schedule_network_meeting(
        self, network_id: str, held_on: date, topic: str = "", place: str = ""
    ) -> Outcome:
        """Add a meeting date to a network (past or coming), with its topic and place."""
        self._network(network_id)
        with self.store.recording() as changes:
            row_id = self.store.insert(
                "network_meeting",
                {
                    "network_id": network_id,
                    "held_on": a_date(held_on, N_("meeting date")),
                    "topic": short_text(topic, N_("topic")),
                    "place": short_text(place, N_("place")),
                },
                actor=self.ctx.who,
            )
        return Outcome(changes, row_id)

    def _network_meeting(self, meeting_id: str) -> NetworkMeeting:
        self.ctx.require(Permission.MANAGE_MENTORING)
        found = mentoring_repo.network_meeting(self.store, meeting_id)
        if found is None:
            raise NotFound(Message(N_("This network meeting no longer exists.")))
        return found

    def update_network_meeting(self, meeting_id: str, **fields: object) -> Outcome:
        """Change a network meeting's date, topic or place."""
        self._network_meeting(meeting_id)
        unknown = set(fields) - {"held_on", "topic", "place"}
        if unknown:
            raise ValueError(f"unknown network meeting fields {sorted(unknown)}")
        values: dict[str, object] = {}
        if "held_on" in fields:
            values["held_on"] = a_date(fields["held_on"], N_("meeting date"))
        for key, what in (("topic", N_("topic")), ("place", N_("place"))):
            if key in fields:
                values[key] = short_text(fields[key], what)
        with self.store.recording() as changes:
            self.store.update("network_meeting", meeting_id, values, actor=self.ctx.who)
        return Outcome(changes, meeting_id)

    def cancel_network_meeting(self, meeting_id: str) -> Outcome:
        """Take a meeting off a network's calendar."""
        self._network_meeting(meeting_id)
        with self.store.recording() as changes:
            self.store.tombstone("network_meeting", meeting_id, actor=self.ctx.who)
        return Outcome(changes, meeting_id)

    def set_attendance(self, meeting_id: str, staff_id: str, present: bool) -> Outcome:
        """Record whether a member came to a network meeting. Refuses attendance at a meeting
        that has not happened yet."""
        meeting = self._network_meeting(meeting_id)
        self._staff(staff_id)
        if meeting.held_on > self.ctx.today():
            raise InvalidInput(
                Message(N_("Attendance is recorded on or after the day of the meeting."))
            )
        existing = [
            a for a in mentoring_repo.attendance(self.store, [meeting_id]) if a.staff_id == staff_id
        ]
        with self.store.recording() as changes:
            if existing:
                self.store.update(
                    "network_attendance", existing[0].id, {"present": present}, actor=self.ctx.who
                )
                row_id = existing[0].id
            else:
                row_id = self.store.insert(
                    "network_attendance",
                    {"meeting_id": meeting_id, "staff_id": staff_id, "present": present},
                    actor=self.ctx.who,
                )
        return Outcome(changes, row_id)


def overview_csv(rows: list[CoordinatorOverviewRow], translate: Translate | None = None) -> str:
    """The coordinator overview as CSV text for scripts, one line per coordinator, comma-
    separated (the file for a spreadsheet: :func:`overview_table` and ``spreadsheet_csv``)."""
    return csv_text(overview_table(rows, translate))


def overview_table(
    rows: list[CoordinatorOverviewRow], translate: Translate | None = None
) -> list[list[object]]:
    """The coordinator overview as rows, the headings first."""
    t: Translate = translate or as_written
    table: list[list[object]] = [
        [
            t(N_("Coordinator")),
            t(N_("Unit")),
            t(N_("Active")),
            t(N_("Plans now")),
            t(N_("Plans ever")),
            t(N_("Coordinator course")),
            t(N_("Other courses")),
            t(N_("Mentor")),
            t(N_("Mentees")),
            t(N_("Role conflicts")),
            t(N_("Overdue evaluations")),
            t(N_("Networks")),
            t(N_("Gaps")),
        ]
    ]
    for row in rows:
        r = row.record
        others = sorted(
            {t(course_label(x.course)) for x in r.trainings if x.course != COORDINATOR_COURSE}
        )
        table.append(
            [
                r.staff.name,
                r.unit_name,
                t(N_("yes")) if r.staff.active else t(N_("no")),
                r.living_plans,
                r.plans_ever,
                row.trained_on or "",
                "; ".join(others),
                r.mentor_name,
                "; ".join(r.mentee_names),
                len(r.role_conflicts),
                r.overdue_evaluations,
                "; ".join(r.networks),
                " ".join(
                    g.message.in_language(t) for g in row.gaps if g.severity is not Severity.INFO
                ),
            ]
        )
    return table
