"""Today shows this shift by default and, at a switch, the next one: "who should I hand over
to?" (issue 13). The switch is a real control (keyboard, a label with a mnemonic), the coverage
is read again for the next shift, and the sentence names that shift."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from teamdesk.domain.rules import CoverageKind
from teamdesk.domain.team import Role
from teamdesk.services.context import ServiceContext
from teamdesk.services.rota import RotaService
from teamdesk.services.team import TeamService
from teamdesk.store import team_repo
from teamdesk.ui.main_window import MainWindow


def test_the_next_shift_switch_shows_who_to_hand_over_to(
    window: MainWindow, demo_ctx: ServiceContext, qtbot: QtBot
) -> None:
    team, rotas = TeamService(demo_ctx), RotaService(demo_ctx)
    unit = team.units()[0]
    monday = demo_ctx.today() - timedelta(days=demo_ctx.today().weekday() + 7)
    rota_id = str(rotas.create_rota(unit.id, monday, 2).row_id)
    upcoming, _ = team.coverage_next_shift()
    assert upcoming is not None
    # A resident of the unit whose primary contact works only the next shift, and whose other
    # people are on the rota with no shift at all: nobody of theirs is here now.
    resident = next(
        r
        for r in team.residents()
        if r.unit_id == unit.id
        and any(
            a.role is Role.PRIMARY
            for a in team_repo.assignments(demo_ctx.store, resident_id=r.id)
            if a.current_on(upcoming.day)
        )
    )
    current = [
        a
        for a in team_repo.assignments(demo_ctx.store, resident_id=resident.id)
        if a.current_on(upcoming.day)
    ]
    primary = next(a.staff_id for a in current if a.role is Role.PRIMARY)
    cells: dict[tuple[str, int], str | None] = {(a.staff_id, 0): None for a in current}
    day = (upcoming.day - monday).days % 14
    cells[(primary, day)] = upcoming.kind.id
    rotas.set_shifts(rota_id, cells)
    primary_name = team.staff_member(primary).name

    today = window.today
    window.go_to(window.PAGES.index("today"))
    today.reload()
    qtbot.waitUntil(lambda: today.shift_box.isVisible())

    def row_of_resident() -> tuple[str, str]:
        for row, cover in enumerate(today.model.rows()):
            if cover.resident_id == resident.id:
                return today.model.index(row, 1).data(), today.model.index(row, 2).data()
        return "", ""

    # By default: this shift, where nobody of the resident's people is here.
    assert today.shift_choice.currentData() == "now"
    qtbot.waitUntil(lambda: row_of_resident()[0] == "Nobody known on duty")
    assert today.summary.text().startswith("Now: the ")

    # The switch is reached from the keyboard: its label's mnemonic names it, and a key turns it.
    labels = [w for w in today.shift_box.findChildren(QLabel) if w.buddy() is today.shift_choice]
    assert labels and "&" in labels[0].text()
    today.shift_choice.setFocus()
    qtbot.keyClick(today.shift_choice, Qt.Key.Key_Down)
    assert today.showing_next_shift()
    name = upcoming.kind.name.lower()
    qtbot.waitUntil(lambda: today.summary.text().startswith(f"Next: the {name} shift"))
    who, why = row_of_resident()
    assert primary_name in who
    assert f"on the {name} shift" in why
    cover = next(c for c in today.model.rows() if c.resident_id == resident.id)
    assert cover.kind is CoverageKind.PRIMARY and cover.house_shift == upcoming.kind

    # And back to this shift.
    qtbot.keyClick(today.shift_choice, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: row_of_resident()[0] == "Nobody known on duty")
    assert today.summary.text().startswith("Now: the ")
