"""A coordinator's day with residents: adding, editing, roles, warnings, undo and search."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.support import TODAY

from teamdesk.domain.team import Education, Role, Staff
from teamdesk.services.team import TeamService
from teamdesk.ui.common.models import ID_ROLE
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.people.resident_page import ResidentPage


def _team_names(page: ResidentPage) -> list[tuple[str, str]]:
    model = page.team_model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def _listed_names(window: MainWindow) -> list[str]:
    model = window.residents.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _warning_texts(window: MainWindow) -> list[str]:
    model = window.warnings.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _an_active(team: TeamService, education: Education) -> Staff:
    return next(s for s in team.staff(include_inactive=False) if s.education is education)


def _press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def test_a_coordinator_adds_a_resident_gives_a_primary_contact_without_a_bachelor_degree_sees_the_warning_undoes_it_and_searches(  # noqa: E501
    window: MainWindow, qtbot: QtBot
) -> None:
    team = window.session.team
    window.go_to(1)
    residents = window.residents

    residents.new_name.setFocus()
    qtbot.keyClicks(residents.new_name, "Tone Vik")
    qtbot.keyClick(residents.new_name, Qt.Key.Key_Return)

    page = residents.page
    assert page.title.text() == "Tone Vik"
    assert page.fields["name"].text() == "Tone Vik"
    current = residents.table.currentIndex()
    assert current.isValid() and current.data() == "Tone Vik"
    new_id = page.resident_id()
    assert new_id is not None and team.resident(new_id).name == "Tone Vik"
    # A resident without a team: the page says so, and suggests the missing role first.
    assert _team_names(page) == []
    assert page.team_empty.isVisible()
    assert page.role_combo.currentData() == Role.PRIMARY

    health_worker = _an_active(team, Education.HEALTH_WORKER)
    page.staff_picker.setFocus()
    qtbot.keyClicks(page.staff_picker.lineEdit(), health_worker.name)
    page.staff_picker.completer().popup().hide()
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)

    assert _team_names(page) == [("Primary contact", health_worker.name)]
    # The warning shows on the page at once, in a sentence.
    assert page.warnings.isVisible()
    assert "no bachelor-level education" in page.warnings.text()
    assert health_worker.name in page.warnings.text()
    # ...and in the house-wide warnings panel once it has read the house again.
    qtbot.waitUntil(
        lambda: any("Tone Vik" in t and "bachelor" in t for t in _warning_texts(window))
    )
    assert window.undo_action.isEnabled()
    assert health_worker.name in window.undo_action.text()

    window.undo_action.trigger()

    assert _team_names(page) == []
    assert "bachelor" not in page.warnings.text()
    assert [a for a in team.team_card(new_id).primary] == []
    assert "Undone" in window.status_message.text()

    window.redo_action.trigger()
    assert _team_names(page) == [("Primary contact", health_worker.name)]
    window.undo_action.trigger()

    # Undoing the "add" too: the resident is gone, the page says so quietly, nothing is red.
    window.undo_action.trigger()
    assert page.resident_id() is None
    assert page.empty_hint.isVisible()
    assert window.status_message.text() == "Undone: Add resident Tone Vik."
    qtbot.waitUntil(lambda: "Tone Vik" not in _listed_names(window))
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: "Tone Vik" in _listed_names(window))

    qtbot.keyClicks(residents.search, "tone v")
    assert _listed_names(window) == ["Tone Vik"]
    assert residents.count.text() == "1 resident matches"
    residents.search.clear()
    assert len(_listed_names(window)) == 26


def test_details_save_when_the_person_leaves_the_field_and_ctrl_z_undoes_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    team = window.session.team
    resident = team.residents()[0]
    window.open_resident(resident.id)
    page = window.residents.page
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    room = page.fields["room"]
    room.setFocus()
    room.selectAll()
    qtbot.keyClicks(room, "B-12")
    page.fields["moved_in"].setFocus()  # leaving the field saves it; no Save button

    assert team.resident(resident.id).room == "B-12"
    assert "Saved" in window.status_message.text()

    # The field has no typing of its own left to undo, so Ctrl+Z undoes the saved change.
    room.setFocus()
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert team.resident(resident.id).room == resident.room
    assert room.text() == resident.room

    _press(
        qtbot,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert team.resident(resident.id).room == "B-12"
    assert room.text() == "B-12"


def test_ctrl_z_while_typing_undoes_the_typing_first(window: MainWindow, qtbot: QtBot) -> None:
    team = window.session.team
    resident = team.residents()[0]
    window.open_resident(resident.id)
    page = window.residents.page
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    preferred = page.fields["preferred_name"]
    preferred.setFocus()
    qtbot.keyClicks(preferred, "Kiki")
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert preferred.text() == ""
    assert not window.session.undo_stack.canUndo()


def test_a_refused_date_keeps_what_was_typed_marks_the_field_and_says_why(
    window: MainWindow, qtbot: QtBot
) -> None:
    team = window.session.team
    resident = next(r for r in team.residents() if r.moved_in is not None)
    window.open_resident(resident.id)
    page = window.residents.page
    moved_out = page.fields["moved_out"]

    moved_out.setFocus()
    qtbot.keyClicks(moved_out, "2001-01-01")
    qtbot.keyClick(moved_out, Qt.Key.Key_Return)

    assert moved_out.text() == "2001-01-01"
    assert moved_out.property("invalid") is True
    assert "before the move-in date" in window.banner.text()
    assert "before the move-in date" in moved_out.toolTip()
    assert team.resident(resident.id).moved_out is None
    assert not window.session.undo_stack.canUndo()

    # Looking at someone else and coming back still shows what was typed.
    other = next(r for r in team.residents() if r.id != resident.id)
    window.open_resident(other.id)
    assert page.fields["moved_out"].text() == ""
    window.open_resident(resident.id)
    assert moved_out.text() == "2001-01-01"
    assert moved_out.property("invalid") is True

    # Fixing it saves it and clears the mark.
    moved_out.setFocus()
    moved_out.selectAll()
    qtbot.keyClicks(moved_out, TODAY.isoformat())
    qtbot.keyClick(moved_out, Qt.Key.Key_Return)
    assert team.resident(resident.id).moved_out == TODAY
    assert not moved_out.property("invalid")


def test_text_that_is_not_a_date_is_kept_and_explained(window: MainWindow, qtbot: QtBot) -> None:
    resident = window.session.team.residents()[3]
    window.open_resident(resident.id)
    moved_in = window.residents.page.fields["moved_in"]
    moved_in.setFocus()
    moved_in.selectAll()
    qtbot.keyClicks(moved_in, "last spring")
    qtbot.keyClick(moved_in, Qt.Key.Key_Return)
    assert moved_in.text() == "last spring"
    assert moved_in.property("invalid") is True
    assert "not a date" in window.banner.text()


def test_an_empty_name_is_refused_in_a_sentence(window: MainWindow, qtbot: QtBot) -> None:
    team = window.session.team
    resident = team.residents()[0]
    window.open_resident(resident.id)
    name = window.residents.page.fields["name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert "cannot be empty" in window.banner.text()
    assert name.property("invalid") is True
    assert team.resident(resident.id).name == resident.name


def test_what_matters_is_shown_as_the_residents_own_words_and_saved_on_leaving(
    window: MainWindow, qtbot: QtBot
) -> None:
    team = window.session.team
    resident = team.residents()[0]
    window.open_resident(resident.id)
    page = window.residents.page
    assert page.what_matters.toPlainText() == resident.what_matters
    first_name = resident.name.split(" ")[0]
    assert f"In {first_name}'s own words" in page.what_matters_intro.text()
    assert page.what_matters.font().italic() or page.what_matters.property("role") == "ownWords"

    page.what_matters.setFocus()
    page.what_matters.selectAll()
    qtbot.keyClicks(page.what_matters, "Å få besøk av broren min.")
    page.fields["name"].setFocus()
    assert team.resident(resident.id).what_matters == "Å få besøk av broren min."


def test_changing_the_primary_contact_keeps_the_history(window: MainWindow, qtbot: QtBot) -> None:
    team = window.session.team
    card = next(c for c in map(team.team_card, [r.id for r in team.residents()]) if c.primary)
    old_primary = card.primary[0][1]
    window.open_resident(card.resident.id)
    page = window.residents.page
    bachelor = next(
        s
        for s in team.staff(include_inactive=False)
        if s.education is Education.BACHELOR and s.id != old_primary.id
    )
    page.role_combo.setCurrentIndex(page.role_combo.findData(Role.PRIMARY))
    page.staff_picker.setFocus()
    qtbot.keyClicks(page.staff_picker.lineEdit(), bachelor.name)
    page.staff_picker.completer().popup().hide()
    qtbot.keyClick(page.staff_picker.lineEdit(), Qt.Key.Key_Return)

    assert ("Primary contact", bachelor.name) in _team_names(page)
    assert ("Primary contact", old_primary.name) not in _team_names(page)
    history = page.history_model
    rows = [tuple(history.index(r, c).data() for c in range(4)) for r in range(history.rowCount())]
    assert ("Primary contact", bachelor.name, TODAY.isoformat(), "now") in rows
    assert any(r[1] == old_primary.name and r[3] != "now" for r in rows)


def test_the_staff_picker_offers_only_active_staff(window: MainWindow) -> None:
    team = window.session.team
    resident = team.residents()[0]
    window.open_resident(resident.id)
    offered = {s.id for s in window.residents.page.staff_model.rows()}
    inactive = {s.id for s in team.staff() if not s.active}
    assert inactive and not offered & inactive
    # The resident's unit (and staff of no unit), not every staff member of the municipality.
    assert offered == {
        s.id for s in team.staff(include_inactive=False) if s.unit_id in (None, resident.unit_id)
    }


def test_staff_of_another_unit_are_found_by_typing_their_name(
    window: MainWindow, qtbot: QtBot
) -> None:
    team = window.session.team
    resident = team.residents()[0]
    elsewhere = next(
        s for s in team.staff(include_inactive=False) if s.unit_id not in (None, resident.unit_id)
    )
    window.open_resident(resident.id)
    page = window.residents.page
    assert elsewhere.id not in {s.id for s in page.staff_model.rows()}
    page.staff_picker.setFocus()
    qtbot.keyClicks(page.staff_picker.lineEdit(), elsewhere.name)
    page.staff_picker.completer().popup().hide()
    assert elsewhere.id in {s.id for s in page.staff_model.rows()}
    assert page.staff_picker.currentText() == elsewhere.name
    chosen = page.chosen_staff()
    assert chosen is not None and chosen.id == elsewhere.id


def test_ending_a_role_from_the_team_card(window: MainWindow, qtbot: QtBot) -> None:
    team = window.session.team
    card = next(c for c in map(team.team_card, [r.id for r in team.residents()]) if c.members)
    window.open_resident(card.resident.id)
    page = window.residents.page
    member = card.members[0][1]
    row = next(r for r, (_, name) in enumerate(_team_names(page)) if name == member.name)
    assert not page.end_button.isEnabled()
    page.team_table.setCurrentIndex(page.team_model.index(row, 0))
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    assert member.name not in [name for _, name in _team_names(page)]
    window.undo_action.trigger()
    assert member.name in [name for _, name in _team_names(page)]


def test_choosing_a_unit_saves_at_once(window: MainWindow, qtbot: QtBot) -> None:
    team = window.session.team
    resident = team.residents()[0]
    window.open_resident(resident.id)
    page = window.residents.page
    other_unit = next(u for u in team.units() if u.id != resident.unit_id)
    index = page.unit_combo.findData(other_unit.id)
    page.unit_combo.setCurrentIndex(index)
    page.unit_combo.activated.emit(index)
    assert team.resident(resident.id).unit_id == other_unit.id
    assert other_unit.name in page.subtitle.text()


def test_the_list_follows_edits_and_keeps_the_chosen_resident(
    window: MainWindow, qtbot: QtBot
) -> None:
    team = window.session.team
    resident = team.residents()[0]
    window.open_resident(resident.id)
    page = window.residents.page
    name = page.fields["name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Zelda Zahl")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    # The list re-sorts (Zelda now comes late) and still points at the same resident.
    qtbot.waitUntil(
        lambda: (
            "Zelda Zahl" in _listed_names(window)[20:]
            and resident.name not in _listed_names(window)
        )
    )
    current: QModelIndex = window.residents.table.currentIndex()
    assert current.data(ID_ROLE) == resident.id
    assert current.data() == "Zelda Zahl"


def test_moved_out_residents_are_hidden_until_asked_for(window: MainWindow, qtbot: QtBot) -> None:
    team = window.session.team
    resident = team.residents()[5]
    window.go_to(1)
    outcome = window.session.run(
        "move out",
        lambda: team.update_resident(resident.id, moved_out=TODAY.replace(year=TODAY.year - 1)),
    )
    assert outcome is not None
    qtbot.waitUntil(lambda: resident.display_name not in _listed_names(window))
    window.residents.show_moved_out.setChecked(True)
    assert resident.display_name in _listed_names(window)


def test_the_house_names_the_roles_its_own_way(window: MainWindow, qtbot: QtBot) -> None:
    team = window.session.team
    assert window.session.run("name", lambda: team.set_role_label(Role.PRIMARY, "Sjefen"))
    card = next(c for c in map(team.team_card, [r.id for r in team.residents()]) if c.primary)
    window.open_resident(card.resident.id)
    page = window.residents.page
    assert ("Sjefen", card.primary[0][1].name) in _team_names(page)
    assert page.role_combo.itemText(page.role_combo.findData(Role.PRIMARY)) == "Sjefen"
    qtbot.waitUntil(
        lambda: window.residents.model.headerData(3, Qt.Orientation.Horizontal) == "Sjefen"
    )


def test_choosing_a_staff_member_from_the_picker_list_shows_their_name(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.go_to(1)
    page = window.residents.page
    window.residents.table.selectRow(0)
    qtbot.waitUntil(lambda: page.resident_id() is not None)
    picker = page.staff_picker
    picker.setCurrentIndex(picker.count() - 1)
    chosen = picker.model().index(picker.count() - 1, 0).data()
    assert chosen and picker.lineEdit().text() == chosen
