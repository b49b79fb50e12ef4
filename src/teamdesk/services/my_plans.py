"""A coordinator's own work, one click away (issue 10, row 8): what is due in the plans they
coordinate (evaluations, consents, the next meetings) and the decisions from meetings that name
them as responsible, for the Today page; and which residents are "mine" for the residents list.

Everything is read from the signed-in account's staff record (``Actor.staff_id``) by indexed
look-ups: plans by their coordinator, goals, participants and meetings by their plan, decisions by
their responsible person. What one coordinator's list costs does not grow with the municipality.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum

from teamdesk.domain.collation import house_order
from teamdesk.domain.meetings import MeetingKind
from teamdesk.domain.plan_rules import (
    CONSENT_EXPIRY_WARNING_DAYS,
    EVALUATION_HORIZON_DAYS,
    DueEvaluation,
)
from teamdesk.domain.text import N_, Clock, Day, Message, Term
from teamdesk.services.context import Permission, ServiceContext
from teamdesk.services.ui_queries import visible_units_params, visible_units_sql

# A living plan ``p`` of a resident ``r`` who still lives here, coordinated by ``:me``, in a
# unit the acting person sees ({visible}).
_MINE = """
    p.coordinator_id = :me AND p.deleted_at IS NULL AND p.status != 'ended'
    AND r.deleted_at IS NULL AND (r.moved_out IS NULL OR r.moved_out >= :day) AND {visible}
"""


class MyWorkKind(StrEnum):
    """What kind of thing on the coordinator's list an item is."""

    EVALUATION = "evaluation"
    CONSENT = "consent"
    MEETING = "meeting"
    DECISION = "decision"


@dataclass(frozen=True)
class MyWorkItem:
    """One thing to do or to know, with the record it opens: the resident's plan, or the
    meeting (``meeting_id``) for a meeting or a decision."""

    kind: MyWorkKind
    day: date
    resident_id: str
    resident_name: str
    plan_id: str
    what: Message
    overdue: bool = False
    meeting_id: str | None = None
    key: str = ""


@dataclass(frozen=True)
class MyPlans:
    """The signed-in person's list: ``linked`` is False when their account is tied to no
    staff record (then nothing can be theirs); ``plans`` counts the plans they coordinate."""

    linked: bool
    plans: int = 0
    items: list[MyWorkItem] = field(default_factory=list)


class MyPlansService:
    """The signed-in coordinator's own plans, deadlines and decisions."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def _params(self, staff_id: str, **extra: str) -> dict[str, str]:
        return {
            "me": staff_id,
            "day": self.ctx.today().isoformat(),
            **visible_units_params(self.ctx),
            **extra,
        }

    def my_plans(self, within_days: int = EVALUATION_HORIZON_DAYS) -> MyPlans:
        """What is due in the plans the signed-in person coordinates, and the open decisions
        they are responsible for: overdue first, then by date. Evaluations and consents within
        ``within_days``, the next planned meeting of each plan, every open decision."""
        self.ctx.require(Permission.READ_RESIDENTS)
        me = self.ctx.actor.staff_id
        if me is None:
            return MyPlans(linked=False)
        today = self.ctx.today()
        visible = visible_units_sql(self.ctx)
        mine = _MINE.format(visible=visible)
        plans = self.store.query(
            "SELECT p.id, p.resident_id, p.evaluation_date, p.consent_date, r.name "
            f"FROM plan p JOIN resident r ON r.id = p.resident_id WHERE {mine} "
            "ORDER BY r.name COLLATE NAME",
            self._params(me),
        )
        names = {str(p["id"]): (str(p["resident_id"]), str(p["name"])) for p in plans}
        items: list[MyWorkItem] = []

        def add(
            kind: MyWorkKind,
            day: date,
            plan_id: str,
            what: Message,
            key: str,
            overdue: bool = False,
            meeting_id: str | None = None,
        ) -> None:
            resident_id, name = names[plan_id]
            items.append(
                MyWorkItem(kind, day, resident_id, name, plan_id, what, overdue, meeting_id, key)
            )

        horizon = today + timedelta(days=within_days)
        for p in plans:
            due = p["evaluation_date"]
            if due and date.fromisoformat(due) <= horizon:
                plan_id = str(p["id"])
                item = DueEvaluation(p["resident_id"], p["name"], plan_id, date.fromisoformat(due))
                add(
                    MyWorkKind.EVALUATION,
                    item.due,
                    plan_id,
                    item.what,
                    f"e-{plan_id}",
                    item.is_overdue(today),
                )
            if not p["consent_date"]:
                add(
                    MyWorkKind.CONSENT,
                    today,
                    str(p["id"]),
                    Message(
                        N_("No consent to the plan recorded yet. Ask {resident} and record it."),
                        {"resident": p["name"]},
                    ),
                    f"c-{p['id']}",
                )
        goals = self.store.query(
            "SELECT g.id, g.plan_id, g.text, g.evaluation_date FROM plan_goal g "
            "JOIN plan p ON p.id = g.plan_id JOIN resident r ON r.id = p.resident_id "
            f"WHERE {mine} "
            "AND g.deleted_at IS NULL AND g.evaluation_date IS NOT NULL "
            "AND g.evaluation_date <= :horizon "
            "AND (g.parent_id IS NULL OR EXISTS (SELECT 1 FROM plan_goal m "
            "WHERE m.id = g.parent_id AND m.deleted_at IS NULL))",
            self._params(me, horizon=horizon.isoformat()),
        )
        for g in goals:
            plan_id = str(g["plan_id"])
            resident_id, name = names[plan_id]
            item = DueEvaluation(
                resident_id,
                name,
                plan_id,
                date.fromisoformat(g["evaluation_date"]),
                goal_id=str(g["id"]),
                goal_text=str(g["text"]),
            )
            add(
                MyWorkKind.EVALUATION,
                item.due,
                plan_id,
                item.what,
                f"g-{g['id']}",
                item.is_overdue(today),
            )
        consent_horizon = today + timedelta(days=CONSENT_EXPIRY_WARNING_DAYS)
        participants = self.store.query(
            "SELECT pp.id, pp.plan_id, pp.name AS participant, pp.share_consent_expires "
            "FROM plan_participant pp JOIN plan p ON p.id = pp.plan_id "
            "JOIN resident r ON r.id = p.resident_id "
            f"WHERE {mine} "
            "AND pp.deleted_at IS NULL AND pp.share_consent_expires IS NOT NULL "
            "AND pp.share_consent_expires <= :until",
            self._params(me, until=consent_horizon.isoformat()),
        )
        for pp in participants:
            plan_id = str(pp["plan_id"])
            expires = date.fromisoformat(pp["share_consent_expires"])
            who = {"participant": pp["participant"], "date": Day(expires)}
            if expires < today:
                what = Message(
                    N_(
                        "Consent to share information with {participant} expired {date}. Ask "
                        "{resident} to renew it, or stop sharing."
                    ),
                    {**who, "resident": names[plan_id][1]},
                )
            else:
                what = Message(
                    N_("Consent to share information with {participant} expires {date}."), who
                )
            add(MyWorkKind.CONSENT, expires, plan_id, what, f"p-{pp['id']}", expires < today)
        meetings = self.store.query(
            "SELECT m.id, m.plan_id, m.kind, m.meeting_date, m.start_time FROM meeting m "
            "JOIN plan p ON p.id = m.plan_id JOIN resident r ON r.id = p.resident_id "
            f"WHERE {mine} "
            "AND m.deleted_at IS NULL AND m.status = 'planned' AND m.meeting_date >= :day "
            "ORDER BY m.meeting_date, m.start_time",
            self._params(me),
        )
        seen: set[str] = set()
        for m in meetings:
            plan_id = str(m["plan_id"])
            if plan_id in seen:
                continue  # the next meeting of each plan; the Meetings page has the rest
            seen.add(plan_id)
            day = date.fromisoformat(m["meeting_date"])
            add(
                MyWorkKind.MEETING,
                day,
                plan_id,
                Message(
                    N_("Next meeting: {kind}, {date} at {time}."),
                    {
                        "kind": Term(MeetingKind(m["kind"]).label),
                        "date": Day(day),
                        "time": Clock(time.fromisoformat(str(m["start_time"]))),
                    },
                ),
                f"m-{m['id']}",
                meeting_id=str(m["id"]),
            )
        # Decisions name a person whoever coordinates the plan: these come by their own index.
        decisions = self.store.query(
            "SELECT a.id, a.what, a.due_date, m.id AS meeting_id, p.id AS plan_id, "
            "r.id AS resident_id, r.name FROM action_item a "
            "JOIN meeting m ON m.id = a.meeting_id JOIN plan p ON p.id = m.plan_id "
            "JOIN resident r ON r.id = p.resident_id "
            "WHERE a.responsible_staff_id = :me AND a.deleted_at IS NULL AND a.done_on IS NULL "
            "AND m.deleted_at IS NULL AND m.status != 'cancelled' AND p.deleted_at IS NULL "
            f"AND r.deleted_at IS NULL AND {visible}",
            self._params(me),
        )
        for a in decisions:
            plan_id = str(a["plan_id"])
            names.setdefault(plan_id, (str(a["resident_id"]), str(a["name"])))
            due = date.fromisoformat(a["due_date"])
            add(
                MyWorkKind.DECISION,
                due,
                plan_id,
                Message(
                    N_("Decision you are responsible for: «{what}», due {date}."),
                    {"what": " ".join(str(a["what"]).split()), "date": Day(due)},
                ),
                f"a-{a['id']}",
                due < today,
                str(a["meeting_id"]),
            )
        items.sort(key=lambda i: (not i.overdue, i.day, house_order(i.resident_name), i.key))
        return MyPlans(True, len(plans), items)

    def my_resident_ids(self) -> set[str]:
        """The residents who are the signed-in person's own: whose living plan they coordinate,
        or for whom they hold a role today (primary or secondary contact, team member)."""
        self.ctx.require(Permission.READ_RESIDENTS)
        me = self.ctx.actor.staff_id
        if me is None:
            return set()
        rows = self.store.query(
            "SELECT resident_id FROM assignment WHERE staff_id = :me AND deleted_at IS NULL "
            "AND valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day) "
            "UNION SELECT resident_id FROM plan WHERE coordinator_id = :me "
            "AND deleted_at IS NULL AND status != 'ended'",
            self._params(me),
        )
        return {str(r["resident_id"]) for r in rows}
