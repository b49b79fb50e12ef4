"""The item models: they pass Qt's model checks and stay lazy and quick with many residents."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teamdesk.services.context import ServiceContext
from teamdesk.services.demo import create_demo
from teamdesk.services.ui_queries import ResidentSort
from teamdesk.ui.common.models import ID_ROLE, ResidentsModel
from teamdesk.ui.main_window import MainWindow
from teamdesk.ui.session import Session


def test_the_residents_model_passes_the_model_checks(
    demo_ctx: ServiceContext, qtmodeltester: ModelTester
) -> None:
    model = ResidentsModel(Session(demo_ctx))
    model.reload()
    qtmodeltester.check(model, force_py=True)
    model.set_search("a")
    qtmodeltester.check(model, force_py=True)


def test_the_lists_of_the_window_pass_the_model_checks(
    window: MainWindow, qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    qtbot.waitUntil(window.warnings.is_loaded)
    team = window.session.team
    window.open_resident(team.residents()[0].id)
    window.open_staff(team.staff()[0].id)
    window.go_to(3)
    window.teams.table.setCurrentIndex(window.teams.model.index(0, 0))
    for model in (
        window.today.model,
        window.warnings.model,
        window.residents.page.team_model,
        window.residents.page.history_model,
        window.residents.page.staff_model,
        window.staff.model,
        window.staff.page.roles_model,
        window.staff.page.absence_model,
        window.teams.model,
        window.teams.staff_model,
        window.teams.residents_model,
    ):
        qtmodeltester.check(model, force_py=True)


def test_residents_are_read_a_page_at_a_time(ctx: ServiceContext) -> None:
    create_demo(ctx, scale=12)  # 300 residents
    model = ResidentsModel(Session(ctx))
    model.reload()
    assert model.rowCount() >= 290
    assert model.fetched_rows() == 0
    model.index(150, 0).data()
    assert model.fetched_rows() == ResidentsModel.PAGE_SIZE
    model.index(120, 2).data()
    assert model.fetched_rows() == ResidentsModel.PAGE_SIZE


def test_search_matches_any_case_and_every_word(demo_ctx: ServiceContext) -> None:
    model = ResidentsModel(Session(demo_ctx))
    model.reload()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    with_letter = next(n for n in names if any(c in n for c in "ÆØÅæøå"))
    model.set_search(with_letter.upper())
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [with_letter]
    first, last = with_letter.split(" ")[0], with_letter.split(" ")[-1]
    model.set_search(f"{last.lower()} {first.lower()}")
    assert with_letter in [model.index(r, 0).data() for r in range(model.rowCount())]
    model.set_search("no such resident")
    assert model.rowCount() == 0
    model.set_search("")
    assert model.rowCount() == len(names)


def test_typing_on_backspacing_and_adding_a_resident_give_the_same_rows_as_a_fresh_search(
    demo_ctx: ServiceContext,
) -> None:
    session = Session(demo_ctx)
    model = ResidentsModel(session)
    model.reload()

    def shown() -> list[str]:
        return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]

    def fresh(text: str) -> list[str]:
        other = ResidentsModel(session)
        other.reload()
        other.set_search(text)
        return [other.index(r, 0).data(ID_ROLE) for r in range(other.rowCount())]

    typing = ["s", "so", "sol", "sol ", "sol a", "sol", "so", "s", "", "a", "an"]
    for text in typing:
        model.set_search(text)
        assert shown() == fresh(text), text
    # A new resident whose name matches shows up in a search typed before (no stale result).
    model.set_search("an")
    session.team.create_resident("Anne Sol Nyberg")
    model.reload()
    model.set_search("a")
    model.set_search("an")
    assert shown() == fresh("an")
    assert any(model.index(r, 0).data() == "Anne Sol Nyberg" for r in range(model.rowCount()))


def test_sorting_by_room_keeps_the_same_residents(demo_ctx: ServiceContext) -> None:
    model = ResidentsModel(Session(demo_ctx))
    model.reload()
    ids = {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())}
    model.sort(ResidentsModel.SORTS.index(ResidentSort.ROOM))
    rooms = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert rooms == sorted(rooms, key=str.casefold)
    assert {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())} == ids
