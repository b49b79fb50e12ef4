"""What a person must decide after PCs synced (issue 11): texts edited on two PCs whose edits
overlap, and records deleted on one PC while edited on another (the edit was kept).

Listing shows each with its versions side by side; a choice (one version, a combination, keep
or delete the record) is a normal write: the table's permission and the record's unit and plan
are checked as for any edit, it goes through the store's one write path (logged, audited, on
the undo stack) and, made on every version, it ends the item on every PC once synced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from teamdesk.domain.findings import Choice, Finding, Severity
from teamdesk.domain.text import N_, Day, Message
from teamdesk.services.context import InvalidInput, NotFound, Permission, ServiceContext
from teamdesk.services.team import Outcome
from teamdesk.services.undo import require_row_scope
from teamdesk.store import account_repo
from teamdesk.store.schema import OWNED_BY
from teamdesk.store.store import CellEntry, Store, Value, to_db

# What each free-text column is, in a person's words.
FIELD_LABELS: dict[tuple[str, str], str] = {
    ("resident", "what_matters"): N_("What matters to me"),
    ("plan", "resources"): N_("Resources"),
    ("plan", "needs"): N_("Needs"),
    ("plan", "resident_contribution"): N_("The resident's own contribution"),
    ("plan", "cooperation"): N_("Cooperation"),
    ("plan", "language_culture"): N_("Language and culture"),
    ("plan", "participation"): N_("Participation"),
    ("plan", "evaluation_method"): N_("How it is evaluated"),
    ("plan", "coordinator_override_reason"): N_("Reason for the coordinator despite a conflict"),
    ("plan_goal", "text"): N_("Goal"),
    ("plan_measure", "what"): N_("Measure: what"),
    ("plan_measure", "extent"): N_("Measure: extent"),
    ("plan_measure", "how"): N_("Measure: how"),
    ("plan_participant", "contribution"): N_("Participant's contribution"),
    ("case_role", "note"): N_("Case role note"),
    ("absence", "reason"): N_("Reason for absence"),
    ("mentorship", "focus"): N_("Mentoring focus"),
    ("mentorship", "approval_reason"): N_("Reason for approval"),
    ("guidance_session", "topics"): N_("Guidance topics"),
    ("guidance_session", "notes"): N_("Guidance notes"),
    ("coordinator_network", "description"): N_("Network description"),
    ("agenda_item", "detail"): N_("Agenda item"),
    ("agenda_item", "minutes"): N_("Minutes"),
    ("action_item", "what"): N_("Action"),
}
# The record kinds, for a deleted-and-edited record.
RECORD_LABELS: dict[str, str] = {
    "resident": N_("Resident"),
    "staff": N_("Staff member"),
    "team": N_("Team"),
    "plan": N_("Plan"),
    "plan_goal": N_("Goal"),
    "plan_measure": N_("Measure"),
    "meeting": N_("Meeting"),
    "agenda_item": N_("Agenda item"),
    "action_item": N_("Action"),
    "assignment": N_("Assignment"),
    "absence": N_("Absence"),
}
# How a row reaches the resident or staff member it is about: (column, parent table).
_UP: dict[str, tuple[str, str]] = {
    "plan": ("resident_id", "resident"),
    "plan_goal": ("plan_id", "plan"),
    "plan_measure": ("plan_id", "plan"),
    "plan_participant": ("plan_id", "plan"),
    "case_role": ("resident_id", "resident"),
    "assignment": ("resident_id", "resident"),
    "absence": ("staff_id", "staff"),
    "training": ("staff_id", "staff"),
    "mentorship": ("mentee_id", "staff"),
    "guidance_session": ("mentorship_id", "mentorship"),
    "meeting": ("plan_id", "plan"),
    "agenda_item": ("meeting_id", "meeting"),
    "action_item": ("meeting_id", "meeting"),
    "meeting_participant": ("meeting_id", "meeting"),
}

DELETED = "deleted_at"
_SETTLED = N_("This was settled already, here or on another PC; nothing was changed.")


@dataclass(frozen=True)
class Version:
    """One PC's text, with who wrote it and when (UTC, from its stamp)."""

    text: str
    author: str
    written_at: str


@dataclass(frozen=True)
class WaitingItem:
    """One thing a person must decide. ``kind`` is "text" (versions side by side, ``base`` the
    text they were both made on) or "deleted" (deleted on one PC, edited on another: kept)."""

    table: str
    row_id: str
    column: str
    kind: str
    record: str
    field: Message
    versions: tuple[Version, ...]
    base: str
    shown: str
    subject_kind: str
    subject_id: str
    # A deleted record kept because something inside it (a sub-goal) was edited or added on
    # another PC, rather than because it was edited itself.
    kept_for_inside: bool = False

    @property
    def key(self) -> str:
        return f"{self.table}:{self.row_id}:{self.column}"


class ConflictService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def waiting(self) -> list[WaitingItem]:
        """What waits for a person on this PC, among the records this person may see."""
        self.ctx.require(Permission.READ_RESIDENTS)
        store = self.ctx.store
        items = []
        for entry in store.query(
            "SELECT table_name, row_id, column_name FROM sync_conflict "
            "ORDER BY noted_at, table_name, row_id, column_name"
        ):
            table, row_id, column = (str(entry[0]), str(entry[1]), str(entry[2]))
            row = store.get(table, row_id)
            if row is None or not self._may_see(table, dict(row)):
                continue
            items.append(self._item(table, row_id, column, dict(row)))
        return items

    def count(self) -> int:
        """How many items wait (for the status bar and the warnings panel)."""
        return len(self.waiting())

    def choose_text(self, table: str, row_id: str, column: str, text: str) -> Outcome:
        """Settle a text edited on two PCs with ``text`` (one version, or a combination)."""
        if column == DELETED:
            raise InvalidInput(Message(N_("Choose to keep or delete the record.")))
        return self._resolve(table, row_id, column, text, "chose a text edited on two PCs")

    def keep_record(self, table: str, row_id: str) -> Outcome:
        """Keep a record deleted on one PC while edited on another (as it is now)."""
        return self._resolve(table, row_id, DELETED, None, "kept a record edited on another PC")

    def delete_record(self, table: str, row_id: str) -> Outcome:
        """Delete, after all, a record deleted on one PC while edited on another. Records that
        live inside it (a goal's sub-goals, :data:`OWNED_BY`) go with it, as when it was
        deleted in the first place: a live one would keep it (that is why it came back)."""
        self.ctx.require_write(table)
        store = self.ctx.store
        with store.recording() as changes, store.transaction():
            if not self._waits(table, row_id, DELETED):
                raise NotFound(Message(_SETTLED))
            for (child, column), owner in OWNED_BY.items():
                if owner != table:
                    continue
                for row in store.query(
                    f"SELECT id FROM {child} WHERE {column} = ? AND deleted_at IS NULL", (row_id,)
                ):
                    child_id = str(row["id"])
                    if self._waits(child, child_id, DELETED):
                        self._resolve(
                            child, child_id, DELETED, to_db(store.now()), "deleted after all"
                        )
                    else:
                        self.ctx.require_write(child)
                        current = dict(store.get(child, child_id) or {})
                        require_row_scope(self.ctx, child, current, current)
                        store.tombstone(child, child_id, actor=self.ctx.who)
            # Its delete may stand again already, the children that kept it being gone.
            if self._waits(table, row_id, DELETED):
                self._resolve(
                    table, row_id, DELETED, to_db(store.now()), "deleted a record after all"
                )
        return Outcome(changes=list(changes), row_id=row_id)

    # -- internals ---------------------------------------------------------------------------

    def _waits(self, table: str, row_id: str, column: str) -> bool:
        return (
            self.ctx.store.query_one(
                "SELECT 1 FROM sync_conflict WHERE table_name = ? AND row_id = ? "
                "AND column_name = ?",
                (table, row_id, column),
            )
            is not None
        )

    def _resolve(self, table: str, row_id: str, column: str, value: Value, summary: str) -> Outcome:
        self.ctx.require_write(table)
        store = self.ctx.store
        with store.transaction():
            row = store.get(table, row_id)
            if row is None or not self._waits(table, row_id, column):
                raise NotFound(Message(_SETTLED))
            current = dict(row)
            require_row_scope(self.ctx, table, current, {**current, column: value})
            with store.recording() as changes:
                store.resolve(table, row_id, column, value, actor=self.ctx.who, summary=summary)
        return Outcome(changes=list(changes), row_id=row_id)

    def _may_see(self, table: str, row: dict[str, Any]) -> bool:
        unit = self._unit_of(table, row)
        return unit is None or self.ctx.sees_unit(unit)

    def _unit_of(self, table: str, row: dict[str, Any], depth: int = 0) -> str | None:
        if "unit_id" in row:
            return None if row["unit_id"] is None else str(row["unit_id"])
        up = _UP.get(table)
        if up is None or depth > 5 or not row.get(up[0]):
            return None
        parent = self.ctx.store.get(up[1], row[up[0]])
        return None if parent is None else self._unit_of(up[1], dict(parent), depth + 1)

    def _subject(self, table: str, row: dict[str, Any], depth: int = 0) -> tuple[str, str, str]:
        """The resident or staff member a row is about: (kind, id, name)."""
        if table in ("resident", "staff"):
            return table, str(row["id"]), str(row["name"])
        up = _UP.get(table)
        if up is None or depth > 5 or not row.get(up[0]):
            return "", "", str(row.get("name") or "")
        parent = self.ctx.store.get(up[1], row[up[0]])
        if parent is None:
            return "", "", ""
        return self._subject(up[1], dict(parent), depth + 1)

    def _item(self, table: str, row_id: str, column: str, row: dict[str, Any]) -> WaitingItem:
        from teamdesk.store.ids import HybridLogicalClock

        store = self.ctx.store
        subject_kind, subject_id, name = self._subject(table, row)
        heads, base = store.waiting_versions(table, row_id, column)

        def when(stamp: str) -> str:
            from datetime import UTC, datetime

            ms, _ = HybridLogicalClock.parse(stamp)
            return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="minutes")

        if column == DELETED:
            kind = "deleted"
            field = Message(RECORD_LABELS.get(table, N_("Record")))
            versions: tuple[Version, ...] = ()
            shown = ""
        else:
            kind = "text"
            field = Message(FIELD_LABELS.get((table, column), N_("Text")))
            labels = account_repo.labels(store)

            def who(head: CellEntry) -> str:
                return account_repo.label(labels, head.actor_id, head.actor)

            versions = tuple(Version(_text(h.value), who(h), when(h.hlc)) for h in reversed(heads))
            shown = _text(row[column])
        return WaitingItem(
            table=table,
            row_id=row_id,
            column=column,
            kind=kind,
            record=name,
            field=field,
            versions=versions,
            base=_text(base),
            shown=shown,
            subject_kind=subject_kind,
            subject_id=subject_id,
            kept_for_inside=column == DELETED and _has_live_inside(store, table, row_id),
        )


def _has_live_inside(store: Store, table: str, row_id: str) -> bool:
    return any(
        owner == table
        and store.query_one(
            f"SELECT 1 FROM {child} WHERE {column} = ? AND deleted_at IS NULL", (row_id,)
        )
        is not None
        for (child, column), owner in OWNED_BY.items()
    )


def conflict_findings(ctx: ServiceContext) -> list[Finding]:
    """The warnings panel's line when something waits for a person after a sync."""
    if not ctx.can(Permission.READ_RESIDENTS):
        return []
    count = ConflictService(ctx).count()
    if not count:
        return []
    message = (
        Message(
            N_(
                "A change made on two PCs at once waits for a person to choose. Open it to see "
                "both versions side by side."
            )
        )
        if count == 1
        else Message(
            N_(
                "{count} changes made on two PCs at once wait for a person to choose. Open "
                "them to see both versions side by side."
            ),
            {"count": count},
        )
    )
    return [Finding("sync_conflicts", Severity.WARNING, message, "conflicts", "")]


def merge_rule_findings(ctx: ServiceContext) -> list[Finding]:
    """Rules that span rows, which two PCs can each keep and a merge break, said rather than
    settled silently: two living plans for one resident (each PC started one), and one plan
    approved twice as the same version number (each PC approved it). The person chooses on the
    resident's plan page; every row is kept meanwhile. (Two primary contacts at once are
    already a team rule finding.)"""
    if not ctx.can(Permission.READ_RESIDENTS):
        return []
    store = ctx.store
    findings = []
    unit = ctx.only_unit
    for row in store.query(
        "SELECT r.id, r.name, r.unit_id, COUNT(*) AS n FROM plan AS p "
        "JOIN resident AS r ON r.id = p.resident_id "
        "WHERE p.deleted_at IS NULL AND p.status != 'ended' AND r.deleted_at IS NULL "
        "GROUP BY r.id HAVING COUNT(*) > 1 ORDER BY r.name COLLATE NAME"
    ):
        if unit is not None and row["unit_id"] not in (None, unit):
            continue
        findings.append(
            Finding(
                "plans_after_merge",
                Severity.WARNING,
                Message(
                    N_(
                        "{resident} has {count} individual plans in use at once: they were "
                        "started on different PCs. Keep one and end the others on the "
                        "resident's plan page."
                    ),
                    {"resident": str(row["name"]), "count": int(row["n"])},
                ),
                "resident",
                str(row["id"]),
                _plan_choices(ctx, str(row["id"])),
            )
        )
    for row in store.query(
        "SELECT r.id, r.name, r.unit_id, v.plan_id, v.number, COUNT(*) AS n, "
        "GROUP_CONCAT(v.approved_by, ', ') AS who FROM plan_version AS v "
        "JOIN plan AS p ON p.id = v.plan_id JOIN resident AS r ON r.id = p.resident_id "
        "WHERE v.deleted_at IS NULL GROUP BY v.plan_id, v.number HAVING COUNT(*) > 1 "
        "ORDER BY r.name COLLATE NAME, v.number"
    ):
        if unit is not None and row["unit_id"] not in (None, unit):
            continue
        findings.append(
            Finding(
                "approvals_after_merge",
                Severity.WARNING,
                Message(
                    N_(
                        "The individual plan of {resident} was approved as version {number} "
                        "on two PCs at once ({names}). Both approvals are kept; check on the "
                        "plan page which one is the plan agreed with the resident."
                    ),
                    {
                        "resident": str(row["name"]),
                        "number": int(row["number"]),
                        "names": str(row["who"]),
                    },
                ),
                "resident",
                str(row["id"]),
                _approval_choices(ctx, str(row["plan_id"]), int(row["number"])),
            )
        )
    return findings


def _plan_choices(ctx: ServiceContext, resident_id: str) -> tuple[Choice, ...]:
    """A choice to keep each living plan (the others are ended)."""
    choices = []
    labels = account_repo.labels(ctx.store)
    for plan in ctx.store.query(
        "SELECT p.id, p.created_at, c.actor AS who, c.actor_id AS who_id FROM plan AS p "
        "LEFT JOIN change AS c ON c.seq = (SELECT seq FROM change WHERE table_name = 'plan' "
        "AND row_id = p.id ORDER BY hlc, replica_id LIMIT 1) "
        "WHERE p.resident_id = ? AND p.deleted_at IS NULL AND p.status != 'ended' "
        "ORDER BY p.created_at, p.id",
        (resident_id,),
    ):
        choices.append(
            Choice(
                Message(
                    N_("Keep the plan {name} started on {date}"),
                    {
                        "name": account_repo.label(labels, plan["who_id"], plan["who"]),
                        "date": Day(date.fromisoformat(str(plan["created_at"])[:10])),
                    },
                ),
                "keep_plan",
                str(plan["id"]),
            )
        )
    return tuple(choices)


def _approval_choices(ctx: ServiceContext, plan_id: str, number: int) -> tuple[Choice, ...]:
    """A choice to keep each approval of the number (the others are withdrawn)."""
    rows = ctx.store.query(
        "SELECT id, approved_by, approved_on FROM plan_version WHERE plan_id = ? AND number = ? "
        "AND deleted_at IS NULL ORDER BY created_at, id",
        (plan_id, number),
    )
    return tuple(
        Choice(
            Message(
                N_("Keep the approval by {name} on {date}"),
                {"name": str(r["approved_by"] or ""), "date": str(r["approved_on"] or "")},
            ),
            "keep_approval",
            str(r["id"]),
        )
        for r in rows
    )


def _text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)
