"""Opening a record while another program holds the write lock: the record opens at once and
the access-log entry is written when the lock frees, with the moment of opening; never lost,
never twice (issue 10, row 16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.lock_holder import WriteLockHolder

from teamdesk.services.access_log import AccessLogService
from teamdesk.services.context import ServiceContext
from teamdesk.services.record_access import entries_waiting, write_waiting_entries
from teamdesk.services.team import TeamService
from teamdesk.store.integrity import check_integrity


@pytest.fixture
def resident(ctx: ServiceContext) -> str:
    team = TeamService(ctx)
    unit = team.create_unit("Solsikken").row_id
    assert unit
    rid = team.create_resident("Per Hansen", unit_id=unit).row_id
    assert rid
    return rid


def _opens(ctx: ServiceContext, resident: str) -> list[tuple[str, str]]:
    rows = ctx.store.query(
        "SELECT actor, at FROM audit_event WHERE action = 'open' AND row_id = ?", (resident,)
    )
    return [(r["actor"], r["at"]) for r in rows]


def test_a_record_opens_while_another_program_writes_and_is_logged_when_it_is_done(
    ctx: ServiceContext, db_path: Path, db_key: bytes, resident: str
) -> None:
    with WriteLockHolder(db_path, db_key) as holder:
        # Before: this waited for the lock (half a minute) and then failed.
        card = TeamService(ctx).team_card(resident)
        assert card.resident.name == "Per Hansen"
        AccessLogService(ctx).open_resident_record(resident)  # a second opening, logged too
        assert entries_waiting(ctx)
        assert _opens(ctx, resident) == []  # not written yet, but kept
        assert write_waiting_entries(ctx) is False  # still locked: tried without waiting
        holder.release()
        assert write_waiting_entries(ctx) is True
    opens = _opens(ctx, resident)
    assert [actor for actor, _ in opens] == ["Kari Leder", "Kari Leder"]
    assert not entries_waiting(ctx)
    assert check_integrity(ctx.store).sound


def test_an_entry_that_waited_is_written_by_the_next_change_before_it(
    ctx: ServiceContext, db_path: Path, db_key: bytes, resident: str
) -> None:
    with WriteLockHolder(db_path, db_key):
        TeamService(ctx).team_card(resident)
    TeamService(ctx).create_unit("Blåklokken")  # waits for the lock as every change does
    rows = ctx.store.query("SELECT action, table_name FROM audit_event ORDER BY seq DESC LIMIT 2")
    assert [(r["action"], r["table_name"]) for r in rows] == [
        ("create", "unit"),
        ("open", "resident"),
    ]


def test_an_entry_still_waiting_when_the_database_closes_is_written_then(
    ctx: ServiceContext, db_path: Path, db_key: bytes, resident: str
) -> None:
    with WriteLockHolder(db_path, db_key):
        TeamService(ctx).team_card(resident)
        assert entries_waiting(ctx)
    ctx.store.close()
    from teamdesk.store.store import open_store

    reopened = open_store(db_path, key=db_key)
    try:
        rows = reopened.query(
            "SELECT 1 FROM audit_event WHERE action = 'open' AND row_id = ?", (resident,)
        )
        assert len(rows) == 1
    finally:
        reopened.close()


def test_an_entry_written_in_a_change_that_was_rolled_back_waits_again(
    ctx: ServiceContext, db_path: Path, db_key: bytes, resident: str
) -> None:
    with WriteLockHolder(db_path, db_key):
        TeamService(ctx).team_card(resident)
    store = ctx.store
    with pytest.raises(RuntimeError), store.transaction():
        raise RuntimeError("a change that failed half-way")
    assert entries_waiting(ctx)
    assert write_waiting_entries(ctx)
    assert len(_opens(ctx, resident)) == 1
