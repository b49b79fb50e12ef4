"""Undo and redo of whole service calls, from the row changes the write path recorded.

The change list comes from the caller (the GUI's undo stack), so nothing in it is trusted. Each
step is checked as the service that made the original write checks it: the table's permission,
the unit of the row as it is and as it would become, the plan's coordinator for plan content,
the plan's coordinator or a leader for meetings; approved plan versions stay as they are (only
the newest approval can be withdrawn, by the person who gave it). Then the step must match the
saved history: undo takes back the acting person's own latest write (the value a column had
just before it; a row they created and nobody else touched), redo the undo, and only while the
row still holds what the caller expects (compare-and-set), so an undo never overwrites a newer
edit by someone else. All steps run in one transaction: one refusal and nothing changes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from teamdesk.domain.plan import Plan
from teamdesk.domain.text import N_, Message
from teamdesk.services.context import (
    NotFound,
    Permission,
    PermissionDenied,
    ServiceContext,
    ServiceError,
)
from teamdesk.store import account_repo, plan_repo
from teamdesk.store.store import RowChange as RowChange
from teamdesk.store.store import Value, to_db


class UndoConflict(ServiceError):
    """Someone changed the row since; undoing or redoing would overwrite that change."""


class UndoMismatch(ServiceError):
    """The step does not match the saved history (a forged or stale change list)."""


# The row a row belongs to, for its unit: (column holding the parent's id, parent table).
_PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "team_membership": (("team_id", "team"),),
    "assignment": (("resident_id", "resident"),),
    "absence": (("staff_id", "staff"),),
    "shift_change": (("staff_id", "staff"),),
    "rota_line": (("rota_id", "rota"),),
    "rota_shift": (("rota_id", "rota"),),
    "training": (("staff_id", "staff"),),
    "case_role": (("resident_id", "resident"),),
    "plan": (("resident_id", "resident"),),
    "plan_goal": (("plan_id", "plan"),),
    "plan_participant": (("plan_id", "plan"),),
    "plan_measure": (("plan_id", "plan"),),
    "plan_version": (("plan_id", "plan"),),
    "mentorship": (("mentee_id", "staff"),),
    "guidance_session": (("mentorship_id", "mentorship"),),
    "network_member": (("network_id", "coordinator_network"),),
    "network_meeting": (("network_id", "coordinator_network"),),
    "network_attendance": (("meeting_id", "network_meeting"),),
    "meeting": (("plan_id", "plan"),),
    "meeting_participant": (("meeting_id", "meeting"),),
    "agenda_item": (("meeting_id", "meeting"),),
    "action_item": (("meeting_id", "meeting"),),
    "relation_round": (("resident_id", "resident"), ("unit_id", "unit")),
    "relation_respondent": (("round_id", "relation_round"),),
    "relation_tally": (("round_id", "relation_round"),),
}
# Tables whose rows carry their unit themselves.
_UNIT_COLUMN = frozenset({"team", "staff", "resident", "account", "coordinator_network", "rota"})
_PLAN_CONTENT = frozenset({"plan", "plan_goal", "plan_participant", "plan_measure"})
_MEETING_TABLES = frozenset({"meeting", "meeting_participant", "agenda_item", "action_item"})


def revert(ctx: ServiceContext, changes: Sequence[RowChange]) -> None:
    """Put every row back as it was before ``changes``, newest first, in one transaction.

    A created row is tombstoned, not removed, so the change log keeps the whole story. Refuses
    (changing nothing) a step the acting person could not have made, a step that does not
    match the saved history, and a row someone changed since.
    """
    _replay(ctx, list(reversed(changes)), undo=True)


def reapply(ctx: ServiceContext, changes: Sequence[RowChange]) -> None:
    """Make ``changes`` again after :func:`revert` (redo), in one transaction; refuses like
    :func:`revert`."""
    _replay(ctx, list(changes), undo=False)


def _replay(ctx: ServiceContext, steps: list[RowChange], *, undo: bool) -> None:
    # Refuse before looking, so a person without the right learns nothing of the rows.
    for table in {c.table for c in steps}:
        ctx.require_write(table)
    store = ctx.store
    with store.transaction():
        at = 0
        while at < len(steps):
            batch = _created_batch(steps, at) if undo else []
            if len(batch) > 1:
                _undo_created(ctx, batch)
                at += len(batch)
                continue
            change = steps[at]
            at += 1
            target = _check(ctx, change, undo=undo)
            if change.before is None:
                if undo:
                    store.tombstone(change.table, change.row_id, actor=ctx.who, summary="undo")
                else:
                    store.untombstone(change.table, change.row_id, actor=ctx.who, summary="redo")
            else:
                action = "undo" if undo else "redo"
                store.update(
                    change.table,
                    change.row_id,
                    target,
                    actor=ctx.who,
                    summary=action,
                    action=action,
                )


def _created_batch(steps: list[RowChange], at: int) -> list[RowChange]:
    """The run of created rows of one table from ``steps[at]`` on (an import's 19,200 shifts),
    for tables whose rows a service checks by unit alone."""
    table = steps[at].table
    if table in _PLAN_CONTENT or table in _MEETING_TABLES or table == "plan_version":
        return []
    end = at
    while end < len(steps) and steps[end].before is None and steps[end].table == table:
        end += 1
    return steps[at:end]


def _undo_created(ctx: ServiceContext, batch: list[RowChange]) -> None:
    """Undo many created rows of one table as one step: the checks :func:`_check` makes for
    each, read a few hundred rows per query, then one bulk delete and one audit event
    (:meth:`Store.tombstone_many`) instead of one per row. A row a check does not pass goes
    through :func:`_check`, which refuses it with its sentence."""
    store = ctx.store
    table = batch[0].table
    ids = [c.row_id for c in batch]
    rows: dict[str, dict[str, Any]] = {}
    logged: dict[str, list[tuple[str, Value, str, str]]] = {}
    store.get(table, ids[0])  # refuses a table that is not one
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for found in store.query(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk):
            rows[str(found["id"])] = dict(found)
        for entry in store.query(
            "SELECT row_id, column_name, value, hlc, actor FROM change WHERE table_name = ? "
            f"AND row_id IN ({marks}) ORDER BY seq",
            [table, *chunk],
        ):
            logged.setdefault(str(entry["row_id"]), []).append(
                (str(entry["column_name"]), entry["value"], str(entry["hlc"]), str(entry["actor"]))
            )
    units: dict[tuple[Any, ...], set[Any]] = {}
    for change in batch:
        row = rows.get(change.row_id)
        entries = logged.get(change.row_id, [])
        after = _db_values(change.after)
        passes = (
            row is not None
            and row["deleted_at"] is None
            and bool(after)
            and set(after) <= set(row) - {"id", "created_at", "updated_at", "updated_by"}
            and all(row[column] == value for column, value in after.items())
            and bool(entries)
            and all(actor == ctx.who for *_, actor in entries)
            and {c: v for c, v, hlc, _ in entries if hlc == entries[0][2]} == after
        )
        if not passes or row is None:
            _check(ctx, change, undo=True)  # refuses with the sentence that fits
            continue
        parents = tuple(row[column] for column, _ in _PARENTS.get(table, ()))
        key = (table, parents) if parents else (table, row.get("unit_id"), row["id"])
        if key not in units:
            units[key] = _units(ctx, table, row)
        for unit_id in units[key]:
            ctx.require_unit(unit_id)
    store.tombstone_many(table, ids, actor=ctx.who, summary="undo")


def _mismatch() -> UndoMismatch:
    return UndoMismatch(
        Message(
            N_(
                "This step does not match what was saved, so it was not undone or redone. "
                "Nothing was changed."
            )
        )
    )


def _db_values(values: Mapping[str, object]) -> dict[str, Value]:
    try:
        return {str(k): to_db(v) for k, v in values.items()}
    except TypeError:
        raise _mismatch() from None


def _check(ctx: ServiceContext, change: RowChange, *, undo: bool) -> dict[str, Value]:
    """Refuse ``change`` unless the acting person may make it now; returns the values an
    update step writes."""
    store = ctx.store
    table = change.table
    row = store.get(table, change.row_id)
    if row is None:
        raise NotFound(Message(N_("This record no longer exists, so nothing was changed.")))
    current = dict(row)
    after = _db_values(change.after)
    before = None if change.before is None else _db_values(change.before)
    writable = set(current) - {"id", "created_at", "updated_at", "updated_by"}
    if not after or not set(after) <= writable:
        raise _mismatch()
    if before is not None and set(before) != set(after):
        raise _mismatch()
    if before is None:
        target: dict[str, Value] = {}
        becomes = current
    else:
        target = before if undo else after
        becomes = {**current, **target}
    _check_scope(ctx, table, current, becomes)
    if table == "plan_version":
        _check_version(ctx, change, current, undo=undo)
    _check_history(ctx, change, current, before, after, undo=undo)
    return target


def _units(ctx: ServiceContext, table: str, row: Mapping[str, Any], depth: int = 0) -> set[Any]:
    """The units ``row`` belongs to, through its parents (a goal through its plan's resident)."""
    if table == "unit":
        return {row["id"]}
    if table in _UNIT_COLUMN:
        return {row["unit_id"]}
    found: set[Any] = set()
    for column, parent_table in _PARENTS.get(table, ()):
        parent = ctx.store.get(parent_table, row[column]) if row[column] else None
        if parent is not None and depth < 5:
            found |= _units(ctx, parent_table, dict(parent), depth + 1)
    return found


def _plans(ctx: ServiceContext, table: str, rows: Sequence[Mapping[str, Any]]) -> list[Plan]:
    """The plans ``rows`` (the row now and as it would become) belong to, tombstoned or not."""
    ids: set[str] = set()
    for row in rows:
        if table == "plan":
            ids.add(str(row["id"]))
        elif table in _MEETING_TABLES and table != "meeting":
            meeting = ctx.store.get("meeting", row["meeting_id"])
            if meeting is not None:
                ids.add(str(meeting["plan_id"]))
        elif row.get("plan_id"):
            ids.add(str(row["plan_id"]))
    plans = []
    for plan_id in sorted(ids):
        found = ctx.store.get("plan", plan_id)
        if found is not None:
            plans.append(plan_repo.plan_from_row(found))
    return plans


def require_row_scope(
    ctx: ServiceContext, table: str, current: Mapping[str, Any], becomes: Mapping[str, Any]
) -> None:
    """Refuse a write of a row, from ``current`` to ``becomes``, that the acting person may
    not make: the row's unit, the plan's coordinator, the meeting's preparer, an ended plan
    (the checks every service makes; for writes that settle what PCs changed at once)."""
    _check_scope(ctx, table, current, becomes)


def _check_scope(
    ctx: ServiceContext, table: str, current: Mapping[str, Any], becomes: Mapping[str, Any]
) -> None:
    """The same scope the services check: the unit, the plan's coordinator, the meeting's
    preparer, an ended plan kept as it was."""
    for unit_id in _units(ctx, table, current) | _units(ctx, table, becomes):
        ctx.require_unit(unit_id)
    if table in _PLAN_CONTENT or table == "plan_version":
        from teamdesk.services.plan import require_plan_edit, require_plan_open

        changed = {k for k in becomes if becomes[k] != current[k]}
        for plan in _plans(ctx, table, [current, becomes]):
            require_plan_edit(ctx, plan)
            # Setting the status (back) is how an ended plan is reopened; the rest is frozen.
            if table != "plan" or changed - {"status"}:
                require_plan_open(plan)
    elif table in _MEETING_TABLES:
        from teamdesk.services.meetings import MeetingService

        meetings = MeetingService(ctx)
        for plan in _plans(ctx, table, [current, becomes]):
            meetings._require_prepare(plan)


def _check_version(
    ctx: ServiceContext, change: RowChange, current: Mapping[str, Any], *, undo: bool
) -> None:
    """An approved version is never changed; the newest approval alone can be withdrawn (and
    given again), by the person who approved it."""
    ctx.require(Permission.APPROVE_PLANS)
    refusal = PermissionDenied(
        Message(
            N_(
                "An approved plan version cannot be changed. Only the newest approval can be "
                "undone or redone, by the person who approved it."
            )
        )
    )
    if change.before is not None:
        # A choice after a merge (services.merge_choices): a second approval of one number
        # withdrawn, and brought back by undo (the history check that follows makes sure the
        # write is the acting person's own and still what the row holds).
        if set(change.before) == {"deleted_at"}:
            return
        raise refusal
    if current["approved_by"] != ctx.who:
        raise refusal
    later = ctx.store.query_one(
        "SELECT 1 FROM plan_version WHERE plan_id = ? AND number > ? AND deleted_at IS NULL",
        (current["plan_id"], current["number"]),
    )
    if later is not None:
        raise refusal


def _last_writer(ctx: ServiceContext, change: RowChange, column: str) -> str:
    """Who wrote ``column`` of the row last (for the refusal's sentence)."""
    last = ctx.store.query_one(
        "SELECT actor, actor_id FROM change WHERE table_name = ? AND row_id = ? "
        "AND column_name = ? ORDER BY seq DESC LIMIT 1",
        (change.table, change.row_id, column),
    )
    if last is not None:
        return _named(ctx, last)
    row = ctx.store.get(change.table, change.row_id)
    return str(row["updated_by"]) if row is not None else "?"


def _named(ctx: ServiceContext, entry: sqlite3.Row) -> str:
    """The person a change-log entry names, by account where it records one (two accounts
    of one name are told apart by the start of their ids)."""
    return account_repo.label(account_repo.labels(ctx.store), entry["actor_id"], entry["actor"])


def _not_mine(ctx: ServiceContext) -> tuple[str, tuple[str, ...]]:
    """SQL true for a change-log entry someone other than the acting person made, and its
    parameters. By account where both are known: two accounts made apart on two PCs may share
    a display name, and one must not take back what the other wrote (issue 11)."""
    me = ctx.store.actor_id
    if me is None:
        return "actor != ?", (ctx.who,)
    return "(CASE WHEN actor_id IS NULL THEN actor != ? ELSE actor_id != ? END)", (ctx.who, me)


def _is_mine(ctx: ServiceContext, entry: sqlite3.Row) -> bool:
    me = ctx.store.actor_id
    if me is not None and entry["actor_id"] is not None:
        return bool(entry["actor_id"] == me)
    return bool(entry["actor"] == ctx.who)


def _conflict(name: str, *, undo: bool) -> UndoConflict:
    """The refusal naming who changed the row since."""
    if undo:
        message = N_(
            "{name} has changed this since, so undoing would overwrite that change. Nothing "
            "was changed."
        )
    else:
        message = N_(
            "{name} has changed this since, so redoing would overwrite that change. Nothing "
            "was changed."
        )
    return UndoConflict(Message(message, {"name": name}))


def _check_history(
    ctx: ServiceContext,
    change: RowChange,
    current: Mapping[str, Any],
    before: dict[str, Value] | None,
    after: dict[str, Value],
    *,
    undo: bool,
) -> None:
    """Compare-and-set against the row, then the step against the change log: undo and redo
    only ever take back the acting person's own latest write."""
    store = ctx.store
    if before is None:
        # A created row: undo takes it away while it is live, redo brings it back while it is
        # still tombstoned; either way only while it holds what it was created with and
        # nobody else has touched it.
        if (current["deleted_at"] is None) != undo:
            raise _conflict(_last_writer(ctx, change, "deleted_at"), undo=undo)
        for column, value in after.items():
            if current[column] != value:
                raise _conflict(_last_writer(ctx, change, column), undo=undo)
        someone_else, whom = _not_mine(ctx)
        other = store.query_one(
            f"SELECT actor, actor_id FROM change WHERE table_name = ? AND row_id = ? "
            f"AND {someone_else} "
            "ORDER BY seq DESC LIMIT 1",
            (change.table, change.row_id, *whom),
        )
        if other is not None:
            raise _conflict(_named(ctx, other), undo=undo)
        created = store.query(
            "SELECT column_name, value FROM change WHERE table_name = ? AND row_id = ? AND hlc = "
            "(SELECT hlc FROM change WHERE table_name = ? AND row_id = ? ORDER BY seq LIMIT 1)",
            (change.table, change.row_id, change.table, change.row_id),
        )
        if {str(r["column_name"]): r["value"] for r in created} != after:
            raise _mismatch()
        return
    if "deleted_at" not in after and current["deleted_at"] is not None:
        # Removed since: an edit of it is not brought back to life behind someone's back.
        raise _conflict(_last_writer(ctx, change, "deleted_at"), undo=undo)
    expected, restored = (after, before) if undo else (before, after)
    for column in after:
        # The value the column held just before its latest write is the one to put back.
        history = store.query(
            "SELECT value, actor, actor_id FROM change WHERE table_name = ? AND row_id = ? "
            "AND column_name = ? ORDER BY seq DESC LIMIT 2",
            (change.table, change.row_id, column),
        )
        if current[column] != expected[column] or (history and not _is_mine(ctx, history[0])):
            raise _conflict(_last_writer(ctx, change, column), undo=undo)
        if not history or history[0]["value"] != expected[column]:
            raise _mismatch()
        # With versions from other PCs, what the column settled on before (their merge or
        # latest version), not simply the entry logged before.
        previous = (
            store.value_before_latest(change.table, change.row_id, column)
            if len(history) > 1
            else _default(ctx, change.table, column)
        )
        if previous != restored[column]:
            raise _mismatch()


def _default(ctx: ServiceContext, table: str, column: str) -> Value:
    """The value a column gets when its row is created without it (never logged)."""
    for info in ctx.store.query(f"PRAGMA table_info({table})"):
        if info["name"] == column:
            text = info["dflt_value"]
            if text is None or text.upper() == "NULL":
                return None
            if text.startswith("'") and text.endswith("'"):
                return str(text[1:-1].replace("''", "'"))
            try:
                return int(text)
            except ValueError:
                return float(text)
    return None
