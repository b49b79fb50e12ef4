"""The relational-coordination check-in (issue 15): start a round, answer it on the shared PC
or from a printed form, seal it, and read the results and the trend.

Who may do what, checked here:
- a leader starts and closes rounds for any resident of their scope and for a whole unit; a
  coordinator for the residents whose plan they coordinate;
- a signed-in person answers for themselves when they work with the resident (an assignment,
  the resident's team, a staff participant of the plan) or, for a unit round, in the unit;
- whoever may start a round enters printed forms (recorded as entered by them);
- everyone who reads residents reads the sealed results; nothing is shown about a tie fewer
  than three people answered about.

Anonymity: answers go to the store's ballot box (no author, no time, never synced; see
:meth:`Store.cast_ballot`) and only the fact of taking part goes through the write path. Sealing
counts the ballots into per-tie tallies (a tie with fewer than three answers on this PC keeps
only its number of answers) and erases them. A round past its end date is sealed the next time
anyone looks at it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from teamdesk.domain.collation import house_order
from teamdesk.domain.plan import ParticipantKind, PlanStatus
from teamdesk.domain.relations import (
    DIMENSIONS,
    MAX_TIES,
    MIN_RESPONDENTS,
    STALE_MONTHS,
    TEAM_TIES,
    UNIT_TIES,
    Answers,
    AnswerSource,
    RelationsReport,
    Round,
    RoundResult,
    RoundStatus,
    answers_problem,
    clean_ties,
    is_stale,
    round_result,
    tally_ballots,
    tie_name,
    trend,
)
from teamdesk.domain.team import Resident, Unit
from teamdesk.domain.text import N_, Day, Message, Translate, as_written, format_day
from teamdesk.services.context import (
    InvalidInput,
    NotFound,
    Permission,
    PermissionDenied,
    ServiceContext,
)
from teamdesk.services.exports import DocumentExport, export_with_audit
from teamdesk.services.inputs import a_date, short_text
from teamdesk.store import plan_repo, relation_repo, team_repo

# A round runs at most this long: a check-in is a snapshot, not a standing survey.
LONGEST_ROUND = timedelta(days=42)


@dataclass(frozen=True)
class RoundPage:
    """A round as its page shows it: how many took part, whether the signed-in person may still
    answer or may run it, and the results once it is sealed."""

    round: Round
    respondents: int
    may_answer: bool
    has_answered: bool
    may_run: bool
    result: RoundResult | None


@dataclass(frozen=True)
class ResidentCheckins:
    """A resident on the check-in page: their latest round, how many have answered it, and
    whether the team is due for one (none started in six months)."""

    resident: Resident
    latest: Round | None
    respondents: int
    stale: bool

    @property
    def key(self) -> str:
        return self.resident.id


@dataclass(frozen=True)
class UnitCheckins:
    """A unit on the check-in page: its latest whole-unit round and how many answered it."""

    unit: Unit
    latest: Round | None
    respondents: int

    @property
    def key(self) -> str:
        return f"unit:{self.unit.id}"


@dataclass(frozen=True)
class StaleTeam:
    """A resident whose team has had no check-in started in the last six months."""

    resident: Resident
    team_name: str
    last_started: date | None


class RelationService:
    """Check-in rounds about how the team around a resident works together."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store

    # -- access ---------------------------------------------------------------------------

    def _resident(self, resident_id: str) -> Resident:
        found = team_repo.resident(self.store, resident_id)
        if found is None:
            raise NotFound(Message(N_("This resident no longer exists.")))
        self.ctx.require_unit(found.unit_id)
        return found

    def _round(self, round_id: str) -> Round:
        found = relation_repo.round_(self.store, round_id)
        if found is None:
            raise NotFound(Message(N_("This check-in no longer exists.")))
        self.ctx.require_unit(found[1])
        return found[0]

    def _coordinates(self, resident_id: str) -> bool:
        staff_id = self.ctx.actor.staff_id
        if staff_id is None or not self.ctx.can(Permission.PREPARE_MEETINGS):
            return False
        return any(
            p.coordinator_id == staff_id and p.status is not PlanStatus.ENDED
            for p in plan_repo.plans_of_resident(self.store, resident_id)
        )

    def _may_run(self, rnd_resident: str | None) -> bool:
        if self.ctx.can(Permission.PREPARE_ALL_MEETINGS):
            return True
        return rnd_resident is not None and self._coordinates(rnd_resident)

    def _require_run(self, resident_id: str | None) -> None:
        if not self._may_run(resident_id):
            raise PermissionDenied(
                Message(
                    N_(
                        "Only a leader, or the coordinator of the resident's plan, starts and "
                        "closes a check-in and enters printed forms."
                    )
                )
            )

    def _works_with(self, rnd: Round, staff_id: str) -> bool:
        """Whether a member of staff is among those a round asks."""
        today = self.ctx.today()
        if rnd.resident_id is None:
            member = team_repo.staff_member(self.store, staff_id)
            return member is not None and member.active and member.unit_id == rnd.unit_id
        for a in team_repo.assignments(self.store, resident_id=rnd.resident_id):
            if (
                a.staff_id == staff_id
                and a.valid_from <= today
                and (a.valid_to is None or today <= a.valid_to)
            ):
                return True
        resident = team_repo.resident(self.store, rnd.resident_id)
        if resident is not None and resident.team_id is not None:
            members = team_repo.team_memberships(self.store, resident.team_id)
            if any(m.staff_id == staff_id for m in members):
                return True
        for plan in plan_repo.plans_of_resident(self.store, rnd.resident_id):
            if plan.coordinator_id == staff_id:
                return True
            content = plan_repo.content(self.store, plan)
            if any(p.staff_id == staff_id for p in content.participants):
                return True
        return False

    def _may_answer(self, rnd: Round) -> bool:
        staff_id = self.ctx.actor.staff_id
        return (
            staff_id is not None
            and rnd.is_open_on(self.ctx.today())
            and self._works_with(rnd, staff_id)
            and not relation_repo.has_answered(self.store, rnd.id, staff_id)
        )

    # -- starting a round -----------------------------------------------------------------

    def may_start(self, resident_id: str | None = None) -> bool:
        """Whether the signed-in person may start a check-in for this resident (None: for a
        whole unit)."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return self._may_run(resident_id)

    def default_ties(self, resident_id: str | None = None) -> tuple[str, ...]:
        """The roles and services a new round asks about: the team's roles and night staff,
        then the plan's services (by name) and relatives; for a unit, the roles and the leader."""
        self.ctx.require(Permission.READ_RESIDENTS)
        if resident_id is None:
            return UNIT_TIES
        self._resident(resident_id)
        ties: list[str] = list(TEAM_TIES)
        relatives = False
        for plan in plan_repo.plans_of_resident(self.store, resident_id):
            if plan.status is PlanStatus.ENDED:
                continue
            for p in plan_repo.content(self.store, plan).participants:
                if p.kind is ParticipantKind.SERVICE:
                    ties.append(p.short_name)
                elif p.kind is ParticipantKind.RELATIVE:
                    relatives = True
        if relatives:
            ties.append("@relatives")
        return clean_ties(ties)[:MAX_TIES]

    def start_round(
        self,
        ends_on: date,
        ties: Iterable[str],
        *,
        resident_id: str | None = None,
        unit_id: str | None = None,
    ) -> str:
        """Start a round for a resident's team (or a unit), open until ``ends_on``; returns its
        id. Not undoable (answers may arrive at once); close it instead."""
        self.ctx.require(Permission.READ_RESIDENTS)
        if (resident_id is None) == (unit_id is None):
            raise InvalidInput(Message(N_("Choose a resident or a unit for the check-in.")))
        self._require_run(resident_id)
        if resident_id is not None:
            subject = self._resident(resident_id).name
        else:
            self.ctx.require_unit(unit_id)
            unit = team_repo.unit(self.store, unit_id)
            if unit is None:
                raise NotFound(Message(N_("This unit no longer exists.")))
            subject = unit.name
        end = a_date(ends_on, N_("end date"))
        today = self.ctx.today()
        if end < today:
            raise InvalidInput(
                Message(N_("The end date {day} has passed. Choose a later day."), {"day": Day(end)})
            )
        if end > today + LONGEST_ROUND:
            raise InvalidInput(
                Message(
                    N_("A check-in runs at most six weeks; choose an end date by {day}."),
                    {"day": Day(today + LONGEST_ROUND)},
                )
            )
        cleaned = clean_ties(short_text(t, N_("role or service")) for t in ties)
        if not cleaned:
            raise InvalidInput(Message(N_("Name at least one role or service to ask about.")))
        if len(cleaned) > MAX_TIES:
            raise InvalidInput(
                Message(
                    N_("A check-in asks about at most {limit} roles or services; it has {count}."),
                    {"limit": MAX_TIES, "count": len(cleaned)},
                )
            )
        existing = relation_repo.rounds(self.store, resident_id=resident_id, unit_id=unit_id)
        if any(r.status is RoundStatus.OPEN and not r.is_due(today) for r in existing):
            raise InvalidInput(
                Message(
                    N_(
                        "A check-in for {subject} is already open. Close it before starting a "
                        "new one."
                    ),
                    {"subject": subject},
                )
            )
        return self.store.insert(
            "relation_round",
            {
                "resident_id": resident_id,
                "unit_id": unit_id,
                "ties": json.dumps(list(cleaned), ensure_ascii=False),
                "started_on": today,
                "ends_on": end,
                "started_by": self.ctx.who,
            },
            actor=self.ctx.who,
            summary=f"started a check-in about working together for {subject} until "
            f"{end.isoformat()}",
        )

    # -- answering ------------------------------------------------------------------------

    def _take(self, rnd: Round, answers: Answers) -> Answers:
        problem = answers_problem(rnd.ties, answers)
        if problem is not None:
            bad = next((t for t in answers if t not in rnd.ties), "")
            raise InvalidInput(Message(problem, {"tie": bad}))
        if not rnd.is_open_on(self.ctx.today()):
            raise InvalidInput(Message(N_("This check-in is closed; answers are no longer taken.")))
        return {tie: dict(values) for tie, values in answers.items() if values}

    def answer(self, round_id: str, answers: Answers) -> None:
        """Hand in the signed-in person's own answers. Not undoable: once in the ballot box,
        nothing ties them to the person, so nothing can take them out again."""
        self.ctx.require(Permission.READ_RESIDENTS)
        rnd = self._round(round_id)
        staff_id = self.ctx.actor.staff_id
        if staff_id is None or not self._works_with(rnd, staff_id):
            raise PermissionDenied(
                Message(
                    N_(
                        "Only the staff who work with {subject} answer this check-in for "
                        "themselves. The coordinator can enter a printed form."
                    ),
                    {"subject": rnd.subject},
                )
            )
        if relation_repo.has_answered(self.store, round_id, staff_id):
            raise InvalidInput(Message(N_("You have already answered this check-in. Thank you!")))
        taken = self._take(rnd, answers)
        with self.store.transaction():
            self.store.insert(
                "relation_respondent",
                {"round_id": round_id, "staff_id": staff_id, "source": AnswerSource.SELF.value},
                actor=self.ctx.who,
                summary="took part in a check-in about working together",
            )
            self.store.cast_ballot(round_id, relation_repo.ballot_json(taken))

    def enter_paper_form(self, round_id: str, answers: Answers) -> None:
        """Enter the answers of a printed form filled in by someone without an account; the
        audit log records that the signed-in person entered it."""
        self.ctx.require(Permission.READ_RESIDENTS)
        rnd = self._round(round_id)
        self._require_run(rnd.resident_id)
        taken = self._take(rnd, answers)
        with self.store.transaction():
            self.store.insert(
                "relation_respondent",
                {"round_id": round_id, "staff_id": None, "source": AnswerSource.PAPER.value},
                actor=self.ctx.who,
                summary="entered a printed check-in form",
            )
            self.store.cast_ballot(round_id, relation_repo.ballot_json(taken))

    # -- sealing --------------------------------------------------------------------------

    def _seal(self, rnd: Round, *, closing: bool) -> Round:
        """Count this PC's ballots into tallies, erase them, and close the round."""
        ballots = relation_repo.ballots(self.store, rnd.id)
        today = self.ctx.today()
        with self.store.transaction():
            if ballots:
                tallies, per_tie = tally_ballots(ballots)
                for tie in rnd.ties:
                    n = per_tie.get(tie, 0)
                    if not n:
                        continue
                    for dimension in DIMENSIONS:
                        tally = tallies.get((tie, dimension))
                        counts = {f"n{v}": 0 for v in (1, 2, 3, 4, 5)}
                        dont_know = 0
                        if tally is not None and n >= MIN_RESPONDENTS:
                            counts = {f"n{v}": tally.counts.get(v, 0) for v in (1, 2, 3, 4, 5)}
                            dont_know = tally.dont_know
                        self.store.insert(
                            "relation_tally",
                            {
                                "round_id": rnd.id,
                                "sealed_on_replica": self.store.replica_id,
                                "tie": tie,
                                "dimension": dimension.value,
                                "respondents": n,
                                **counts,
                                "dont_know": dont_know,
                            },
                            actor=self.ctx.who,
                            summary="sealed the counts of a check-in",
                        )
                self.store.erase_ballots(rnd.id)
            if rnd.status is RoundStatus.OPEN:
                closed_on = min(today, rnd.ends_on) if closing else rnd.ends_on
                self.store.update(
                    "relation_round",
                    rnd.id,
                    {"status": RoundStatus.CLOSED.value, "closed_on": closed_on},
                    actor=self.ctx.who,
                    summary="closed a check-in" if closing else "a check-in reached its end date",
                )
        return self._round(rnd.id)

    def _settled(self, rnd: Round) -> Round:
        """The round, sealed first when it is past its end date or closed on another PC while
        ballots wait here."""
        if rnd.is_due(self.ctx.today()) or (
            rnd.status is RoundStatus.CLOSED and self.store.ballots(rnd.id)
        ):
            return self._seal(rnd, closing=False)
        return rnd

    def close_round(self, round_id: str) -> None:
        """Close a round now and seal its answers. Not undoable: the ballots are erased."""
        self.ctx.require(Permission.READ_RESIDENTS)
        rnd = self._round(round_id)
        self._require_run(rnd.resident_id)
        if rnd.status is RoundStatus.CLOSED:
            raise InvalidInput(Message(N_("This check-in is already closed.")))
        self._seal(rnd, closing=True)

    # -- reading --------------------------------------------------------------------------

    def _result(self, rnd: Round) -> RoundResult | None:
        if rnd.status is not RoundStatus.CLOSED:
            return None
        tallies, per_tie = relation_repo.tallies(self.store, rnd.id)
        return round_result(rnd, relation_repo.respondents(self.store, rnd.id), tallies, per_tie)

    def round_page(self, round_id: str) -> RoundPage:
        """A round with its state for the signed-in person, and its results once sealed."""
        self.ctx.require(Permission.READ_RESIDENTS)
        rnd = self._settled(self._round(round_id))
        staff_id = self.ctx.actor.staff_id
        return RoundPage(
            round=rnd,
            respondents=relation_repo.respondents(self.store, rnd.id),
            may_answer=self._may_answer(rnd),
            has_answered=staff_id is not None
            and relation_repo.has_answered(self.store, rnd.id, staff_id),
            may_run=self._may_run(rnd.resident_id),
            result=self._result(rnd),
        )

    def rounds(self, resident_id: str) -> list[Round]:
        """A resident's rounds, oldest first (those past their end date sealed first)."""
        self.ctx.require(Permission.READ_RESIDENTS)
        self._resident(resident_id)
        return [self._settled(r) for r in relation_repo.rounds(self.store, resident_id=resident_id)]

    def unit_rounds(self, unit_id: str) -> list[Round]:
        self.ctx.require(Permission.READ_RESIDENTS)
        self.ctx.require_unit(unit_id)
        return [self._settled(r) for r in relation_repo.rounds(self.store, unit_id=unit_id)]

    def waiting_for_me(self) -> list[Round]:
        """Open rounds the signed-in person may answer and has not yet."""
        self.ctx.require(Permission.READ_RESIDENTS)
        if self.ctx.actor.staff_id is None:
            return []
        return [
            rnd
            for rnd, _unit in relation_repo.all_rounds(self.store, self.ctx.only_unit)
            if self._may_answer(rnd)
        ]

    def report(self, resident_id: str) -> RelationsReport:
        """A resident's sealed results oldest first, the trend, and the rounds still open."""
        self.ctx.require(Permission.READ_RESIDENTS)
        resident = self._resident(resident_id)
        results: list[RoundResult] = []
        open_rounds: list[Round] = []
        for rnd in self.rounds(resident_id):
            result = self._result(rnd)
            if result is None:
                open_rounds.append(rnd)
            else:
                results.append(result)
        return RelationsReport(resident.display_name, results, trend(results), open_rounds)

    def unit_report(self, unit_id: str) -> RelationsReport:
        """A whole unit's sealed results oldest first, the trend, and the rounds still open."""
        self.ctx.require(Permission.READ_RESIDENTS)
        self.ctx.require_unit(unit_id)
        unit = team_repo.unit(self.store, unit_id)
        if unit is None:
            raise NotFound(Message(N_("This unit no longer exists.")))
        results: list[RoundResult] = []
        open_rounds: list[Round] = []
        for rnd in self.unit_rounds(unit_id):
            result = self._result(rnd)
            if result is None:
                open_rounds.append(rnd)
            else:
                results.append(result)
        return RelationsReport(unit.name, results, trend(results), open_rounds)

    def units(self) -> list[UnitCheckins]:
        """The units the signed-in person sees, with their latest whole-unit round."""
        self.ctx.require(Permission.READ_RESIDENTS)
        out = []
        for unit in team_repo.units(self.store):
            if not self.ctx.sees_unit(unit.id):
                continue
            rounds = relation_repo.rounds(self.store, unit_id=unit.id)
            last = rounds[-1] if rounds else None
            out.append(
                UnitCheckins(
                    unit, last, relation_repo.respondents(self.store, last.id) if last else 0
                )
            )
        return out

    def latest_result(self, resident_id: str) -> RoundResult | None:
        """The newest sealed round's results (for the meeting agenda), or None."""
        return self.report(resident_id).latest

    def overview(self) -> list[ResidentCheckins]:
        """Every resident living here that the signed-in person sees, with their latest
        round: open rounds first, then those due for one, then by name."""
        self.ctx.require(Permission.READ_RESIDENTS)
        today = self.ctx.today()
        latest: dict[str, Round] = {}
        for rnd, _unit in relation_repo.all_rounds(self.store, self.ctx.only_unit):
            if rnd.resident_id is not None and rnd.resident_id not in latest:
                latest[rnd.resident_id] = rnd
        rows = []
        for r in team_repo.residents(self.store):
            if not (self.ctx.sees_unit(r.unit_id) and r.lives_here_on(today)):
                continue
            last = latest.get(r.id)
            rows.append(
                ResidentCheckins(
                    r,
                    last,
                    relation_repo.respondents(self.store, last.id) if last else 0,
                    is_stale(last.started_on if last else None, today, STALE_MONTHS),
                )
            )
        return sorted(
            rows,
            key=lambda c: (
                not (c.latest is not None and c.latest.is_open_on(today)),
                not c.stale,
                c.resident.name.casefold(),
            ),
        )

    def agenda_item(self, resident_id: str, translate: Translate | None = None) -> tuple[str, str]:
        """The "How we work together" item for a plan meeting's agenda: its title and a short
        detail from the latest results (what works first, then the tie to agree on), or a
        sentence saying there are none yet."""
        t: Translate = translate or as_written
        latest = self.report(resident_id).latest
        title = t(N_("How we work together"))
        if latest is None:
            return title, t(N_("No check-in has been completed yet."))
        end = latest.round.closed_on or latest.round.ends_on
        parts = [
            t(N_("Check-in ended {date}; {count} people took part.")).format(
                date=format_day(end, t), count=latest.respondents
            )
        ]
        if latest.strengths:
            parts.append(
                t(N_("What works: {items}.")).format(
                    items="; ".join(
                        f"{tie_name(s.tie, t)}: {t(s.dimension.label)} ({s.mean:.1f})"
                        for s in latest.strengths
                    )
                )
            )
        weak = [r for r in latest.shown if r.suggestions]
        if weak:
            first = weak[0]
            tip = first.suggestions[0]
            parts.append(
                t(N_("To agree on together: {tie}, {dimension} ({value}). {suggestion}")).format(
                    tie=tie_name(first.tie, t),
                    dimension=t(tip.dimension.label),
                    value=f"{tip.mean:.1f}",
                    suggestion=t(tip.dimension.suggestion).format(tie=tie_name(first.tie, t)),
                )
            )
        return title, "\n".join(parts)

    def export_form(
        self, round_id: str, out: Path, *, translate: Translate | None = None
    ) -> DocumentExport:
        """Write the round's printable one-page form (no names on it) for people without an
        account; the coordinator enters what comes back. An audit event."""
        self.ctx.require(Permission.EXPORT)
        rnd = self._round(round_id)
        self._require_run(rnd.resident_id)
        from teamdesk.reports import relations_report

        data, pages = relations_report.render_form(
            relations_report.FormPrint(rnd, datetime.now(UTC), self.ctx.who), translate
        )
        export_with_audit(
            self.store,
            Path(out),
            data,
            actor=self.ctx.who,
            table="relation_round",
            row_id=round_id,
            summary=f"printed the check-in form about {rnd.subject} to {Path(out).name}",
        )
        return DocumentExport(Path(out), pages)

    def stale_teams(self) -> list[StaleTeam]:
        """Residents living here whose team has had no check-in started in six months."""
        self.ctx.require(Permission.READ_RESIDENTS)
        today = self.ctx.today()
        last = relation_repo.last_started_by_resident(self.store)
        teams = {t.id: t.name for t in team_repo.teams(self.store)}
        out = [
            StaleTeam(r, teams.get(r.team_id or "", ""), last.get(r.id))
            for r in team_repo.residents(self.store)
            if self.ctx.sees_unit(r.unit_id)
            and r.lives_here_on(today)
            and is_stale(last.get(r.id), today, STALE_MONTHS)
        ]
        return sorted(out, key=lambda s: (s.last_started or date.min, house_order(s.resident.name)))

    # -- exports --------------------------------------------------------------------------

    def export_report(
        self,
        resident_id: str,
        out: Path,
        *,
        fmt: str = "pdf",
        translate: Translate | None = None,
    ) -> DocumentExport:
        """Write a resident's check-in results as PDF, CSV or JSON; an audit event."""
        self.ctx.require(Permission.EXPORT)
        report = self.report(resident_id)
        from teamdesk.reports import relations_report
        from teamdesk.reports.csv_table import spreadsheet_csv

        pages = 0
        if fmt == "pdf":
            data, pages = relations_report.render_pdf(
                relations_report.RelationsPrint(report, datetime.now(UTC), self.ctx.who),
                translate,
            )
        elif fmt == "csv":
            data = spreadsheet_csv(relations_report.as_table(report, translate), translate)
        elif fmt == "json":
            data = relations_report.as_json(report).encode("utf-8")
        else:
            raise InvalidInput(Message(N_("Choose PDF, CSV or JSON.")))
        export_with_audit(
            self.store,
            Path(out),
            data,
            actor=self.ctx.who,
            table="resident",
            row_id=resident_id,
            summary=f"exported the check-in results about {report.subject} to {Path(out).name}",
        )
        return DocumentExport(Path(out), pages)


def answers_from(values: Mapping[str, Mapping[str, int]]) -> Answers:
    """Answers keyed by dimension value ("timely") turned into the service's form."""
    lookup = {d.value: d for d in DIMENSIONS}
    return {tie: {lookup[d]: v for d, v in by.items() if d in lookup} for tie, by in values.items()}
