"""A leader keeps the staff list and the teams right: positions, absences, who is on which team."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.qtbot import QtBot
from tests.support import TODAY

from teamdesk.domain.rules import CoverageKind
from teamdesk.domain.team import Education
from teamdesk.ui.main_window import MainWindow


def _qdate(day: object) -> QDate:
    return QDate(day.year, day.month, day.day)  # type: ignore[attr-defined]


def _warning_texts(window: MainWindow) -> list[str]:
    model = window.warnings.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_leader_changes_a_position_and_undoes_it(window: MainWindow, qtbot: QtBot) -> None:
    team = window.session.team
    member = team.staff(include_inactive=False)[0]
    window.open_staff(member.id)
    page = window.staff.page
    assert page.title.text() == member.name
    assert page.fte.value() == member.fte_percent

    new_fte = 40 if member.fte_percent != 40 else 60
    page.fte.setFocus()
    page.fte.lineEdit().selectAll()
    qtbot.keyClicks(page.fte.lineEdit(), str(new_fte))
    qtbot.keyClick(page.fte, Qt.Key.Key_Return)
    assert team.staff_member(member.id).fte_percent == new_fte
    assert f"{new_fte} %" in page.subtitle.text()

    window.undo_action.trigger()
    assert team.staff_member(member.id).fte_percent == member.fte_percent
    assert page.fte.value() == member.fte_percent


def test_a_primary_contact_without_a_bachelor_degree_is_flagged_when_education_changes(
    window: MainWindow, qtbot: QtBot
) -> None:
    team = window.session.team
    primaries = {
        s.id: card.resident.display_name
        for card in map(team.team_card, [r.id for r in team.residents()])
        for _, s in card.primary
        if s.education is Education.BACHELOR
    }
    staff_id, resident_name = next(iter(primaries.items()))
    window.open_staff(staff_id)
    page = window.staff.page
    index = page.education.findData(Education.HEALTH_WORKER)
    page.education.setCurrentIndex(index)
    page.education.activated.emit(index)
    assert team.staff_member(staff_id).education is Education.HEALTH_WORKER
    qtbot.waitUntil(
        lambda: any(
            resident_name in t and "no bachelor-level education" in t
            for t in _warning_texts(window)
        )
    )


def test_marking_someone_as_no_longer_active_warns_about_their_roles(
    window: MainWindow, qtbot: QtBot
) -> None:
    team = window.session.team
    card = next(c for c in map(team.team_card, [r.id for r in team.residents()]) if c.secondary)
    secondary = card.secondary[0][1]
    window.open_staff(secondary.id)
    page = window.staff.page
    assert page.roles_model.rowCount() >= 1
    indicator = QPoint(8, page.active.height() // 2)
    qtbot.mouseClick(page.active, Qt.MouseButton.LeftButton, pos=indicator)
    assert not team.staff_member(secondary.id).active
    assert "no longer active" in page.subtitle.text()
    qtbot.waitUntil(
        lambda: any(secondary.name in t and "no longer active" in t for t in _warning_texts(window))
    )


def test_recording_an_absence_changes_who_covers_today_and_can_be_cancelled(
    window: MainWindow, qtbot: QtBot
) -> None:
    team = window.session.team
    covered = next(c for c in team.coverage() if c.kind is CoverageKind.PRIMARY)
    window.open_staff(covered.staff_id or "")
    page = window.staff.page
    page.absence_from.setDate(_qdate(TODAY))
    page.absence_to.setDate(_qdate(TODAY + timedelta(days=3)))
    page.absence_reason.setFocus()
    qtbot.keyClicks(page.absence_reason, "Kurs")
    qtbot.keyClick(page.absence_reason, Qt.Key.Key_Return)

    assert page.absence_model.rowCount() >= 1
    assert page.absence_model.index(0, 2).data() == "Kurs"
    assert any(a.reason == "Kurs" for a in team.absences(covered.staff_id))
    window.go_to(0)

    def primary_away() -> bool:
        model = window.today.model
        row = model.row_of(covered.resident_id)
        return row >= 0 and model.row_at(row).kind is not CoverageKind.PRIMARY

    qtbot.waitUntil(primary_away)

    window.open_staff(covered.staff_id or "")
    page.absence_table.setCurrentIndex(page.absence_model.index(0, 0))
    qtbot.mouseClick(page.cancel_absence_button, Qt.MouseButton.LeftButton)
    assert not any(a.reason == "Kurs" for a in team.absences(covered.staff_id))
    window.undo_action.trigger()
    assert any(a.reason == "Kurs" for a in team.absences(covered.staff_id))


def test_an_absence_that_ends_before_it_begins_is_refused(window: MainWindow, qtbot: QtBot) -> None:
    team = window.session.team
    member = team.staff()[2]
    window.open_staff(member.id)
    page = window.staff.page
    before = len(team.absences(member.id))
    page.absence_from.setDate(_qdate(TODAY))
    page.absence_to.setDate(_qdate(TODAY - timedelta(days=2)))
    qtbot.mouseClick(page.record_absence_button, Qt.MouseButton.LeftButton)
    assert "ends" in window.banner.text() and "before it begins" in (window.banner.text())
    assert page.absence_to.property("invalid") is True
    assert len(team.absences(member.id)) == before


def test_adding_a_staff_member_opens_them_ready_for_details(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.go_to(2)
    staff = window.staff
    staff.new_name.setFocus()
    qtbot.keyClicks(staff.new_name, "Nora Nyansatt")
    qtbot.keyClick(staff.new_name, Qt.Key.Key_Return)
    assert staff.page.title.text() == "Nora Nyansatt"
    assert staff.page.initials.text() == "NN"
    assert staff.table.currentIndex().data() == "Nora Nyansatt"
    qtbot.keyClicks(staff.search, "nyans")
    assert staff.model.rowCount() == 1


def test_a_team_shows_its_staff_and_residents_and_staff_can_be_added_and_removed(
    window: MainWindow, qtbot: QtBot
) -> None:
    team = window.session.team
    window.go_to(3)
    teams = window.teams
    teams.table.setCurrentIndex(teams.model.index(0, 0))
    chosen = teams.model.row_at(0)
    members = team.team_members(chosen.id)
    assert teams.title.text() == chosen.name
    assert teams.staff_model.rowCount() == len(members)
    residents_on_team = [r for r in team.residents() if r.team_id == chosen.id]
    assert teams.residents_model.rowCount() == len(residents_on_team)

    outsider = next(
        s
        for s in team.staff(include_inactive=False)
        if s.id not in {m.staff_id for m, _ in members}
    )
    teams.staff_picker.setFocus()
    qtbot.keyClicks(teams.staff_picker.lineEdit(), outsider.name)
    teams.staff_picker.completer().popup().hide()
    qtbot.mouseClick(teams.add_member_button, Qt.MouseButton.LeftButton)
    names = [teams.staff_model.index(r, 0).data() for r in range(teams.staff_model.rowCount())]
    assert outsider.name in names

    row = names.index(outsider.name)
    teams.staff_table.setCurrentIndex(teams.staff_model.index(row, 0))
    qtbot.mouseClick(teams.remove_button, Qt.MouseButton.LeftButton)
    names = [teams.staff_model.index(r, 0).data() for r in range(teams.staff_model.rowCount())]
    assert outsider.name not in names

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: teams.staff_model.rowCount() == len(members) + 1)


def test_enter_on_a_team_resident_opens_their_page(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to(3)
    teams = window.teams
    teams.table.setCurrentIndex(teams.model.index(0, 0))
    table = teams.residents_table
    table.setFocus()
    table.setCurrentIndex(teams.residents_model.index(0, 0))
    resident_id = teams.residents_model.row_at(0).id
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_page() == "residents"
    assert window.residents.page.resident_id() == resident_id


def test_adding_a_team(window: MainWindow, qtbot: QtBot) -> None:
    window.go_to(3)
    teams = window.teams
    teams.new_name.setFocus()
    qtbot.keyClicks(teams.new_name, "Lag Fjell")
    qtbot.keyClick(teams.new_name, Qt.Key.Key_Return)
    assert teams.title.text() == "Lag Fjell"
    assert teams.staff_empty.isVisible()
    teams.new_name.setFocus()
    qtbot.keyClick(teams.new_name, Qt.Key.Key_Return)
    assert "cannot be empty" in window.banner.text()
