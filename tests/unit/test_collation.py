"""Names in alphabetical order as the reader's language has it (issue 14): in Danish and
Norwegian Æ, Ø and Å come after Z, in that order, and Aa is Å (Aage sorts beside Åse); in
English Å is an A and Ø an O. The database's lists follow the Danish and Norwegian order."""

from __future__ import annotations

import pytest

from teamdesk.domain.collation import sort_key
from teamdesk.services import ui_queries
from teamdesk.services.context import ServiceContext
from teamdesk.services.team import TeamService

NAMES = ["Øystein", "Zakarias", "Åse", "Aage", "Ærø", "Anne", "åse Berg", "Émile", "Ulrik"]
NORDIC_ORDER = ["Anne", "Émile", "Ulrik", "Zakarias", "Ærø", "Øystein", "Aage", "Åse", "åse Berg"]


@pytest.mark.parametrize("language", ["da", "nb"])
def test_danish_and_norwegian_put_ae_oe_aa_after_z(language: str) -> None:
    assert sorted(NAMES, key=lambda n: sort_key(n, language)) == NORDIC_ORDER


def test_english_reads_the_letters_as_their_base_letters() -> None:
    order = sorted(NAMES, key=lambda n: sort_key(n, "en"))
    assert order == [
        "Aage",
        "Ærø",
        "Anne",
        "Åse",
        "åse Berg",
        "Émile",
        "Øystein",
        "Ulrik",
        "Zakarias",
    ]


def test_the_order_is_total_and_the_same_for_any_starting_order() -> None:
    names = ["Åse", "åse", "Ase", "Åse"]
    assert sorted(names, key=lambda n: sort_key(n, "da")) == sorted(
        reversed(names), key=lambda n: sort_key(n, "da")
    )


def test_the_house_s_lists_are_in_the_danish_and_norwegian_order(ctx: ServiceContext) -> None:
    team = TeamService(ctx)
    unit = team.create_unit("Æblehaven").row_id or ""
    for name in ("Åsgård", "Zinnia", "Øster"):
        team.create_unit(name)
    for room, name in enumerate(NAMES):
        team.create_resident(name, unit_id=unit, room=str(100 + room))
        team.create_staff(name, unit_id=unit)
    assert [r.name for r in team.residents()] == NORDIC_ORDER
    assert [s.name for s in team.staff()] == NORDIC_ORDER
    assert [u.name for u in team.units()] == ["Zinnia", "Æblehaven", "Øster", "Åsgård"]
    by_id = {r.id: r.name for r in team.residents()}
    assert [by_id[i] for i in ui_queries.resident_ids(ctx)] == NORDIC_ORDER
    backwards = ui_queries.resident_ids(ctx, descending=True)
    assert [by_id[i] for i in backwards] == NORDIC_ORDER[::-1]
    by_room = ui_queries.resident_ids(ctx, ui_queries.ResidentSort.ROOM)
    assert [by_id[i] for i in by_room] == NAMES  # rooms 100, 101, ... in the order made


def test_today_lists_the_residents_in_the_danish_and_norwegian_order(ctx: ServiceContext) -> None:
    team = TeamService(ctx)
    unit = team.create_unit("Engly").row_id or ""
    for room, name in enumerate(NAMES):
        team.create_resident(name, unit_id=unit, room=str(100 + room))
    # Nobody has a contact, so every row is as urgent as the next: the names decide.
    assert [c.resident_name for c in team.coverage()] == NORDIC_ORDER
