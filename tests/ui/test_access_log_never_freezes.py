"""A resident's page opens at once while another program holds the database's write lock, and
its access-log entry is written by the window as soon as the lock is free (issue 10, row 16)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from tests.lock_holder import WriteLockHolder

from teamdesk.services.context import ServiceContext
from teamdesk.services.team import TeamService
from teamdesk.ui.people.resident_page import ResidentPage
from teamdesk.ui.session import Session


def test_the_page_opens_during_another_programs_write_and_the_entry_follows(
    qtbot: QtBot, ctx: ServiceContext, db_path: Path, db_key: bytes
) -> None:
    team = TeamService(ctx)
    unit = team.create_unit("Solsikken").row_id
    assert unit
    resident = team.create_resident("Per Hansen", unit_id=unit).row_id
    assert resident
    session = Session(ctx)
    refusals: list[str] = []
    session.refused.connect(refusals.append)
    page = ResidentPage(session)
    qtbot.addWidget(page)
    page.show()

    def logged() -> int:
        row = ctx.store.query_one(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'open' AND row_id = ?", (resident,)
        )
        return int(row[0]) if row else 0

    with WriteLockHolder(db_path, db_key) as holder:
        page.show_resident(resident)
        assert refusals == []
        assert page.title.text() == "Per Hansen"
        assert logged() == 0
        holder.release()
        qtbot.waitUntil(lambda: logged() == 1, timeout=10_000)
    assert refusals == []
