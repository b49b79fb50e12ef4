"""Every public service method checks a permission before it does anything: a person whose
role allows nothing is refused by each one, whatever the arguments."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date

import pytest

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services import context
from teamdesk.services.access_log import AccessLogService
from teamdesk.services.accounts import AccountService
from teamdesk.services.conflicts import ConflictService
from teamdesk.services.context import PermissionDenied, ServiceContext
from teamdesk.services.merge_choices import MergeChoiceService
from teamdesk.services.my_plans import MyPlansService
from teamdesk.services.plan import PlanService
from teamdesk.services.relations import RelationService
from teamdesk.services.rota import RotaService
from teamdesk.services.rota_import import RotaImportService
from teamdesk.services.sync import SyncService
from teamdesk.services.team import TeamService
from teamdesk.services.undo import reapply, revert
from teamdesk.store.schema import SYSTEM_TABLES
from teamdesk.store.store import RowChange, Store

SERVICES = [
    TeamService,
    AccountService,
    AccessLogService,
    PlanService,
    SyncService,
    MyPlansService,
    ConflictService,
    MergeChoiceService,
    RelationService,
    RotaService,
    RotaImportService,
]
# Methods about the signed-in person's own account: they need no permission, only a sign-in.
# "rights" says what the person may do (and why not), so that a closed button can say why;
# it reads nothing but the person's own role.
OWN_ACCOUNT = {"change_own_password", "rights"}


def _placeholder(parameter: inspect.Parameter) -> object:
    annotation = str(parameter.annotation)
    if "date" in annotation:
        return date(2026, 11, 25)
    if "int" in annotation and "str" not in annotation:
        return 1
    return "x"


def _public_methods() -> list[tuple[type, str]]:
    found = []
    for cls in SERVICES:
        for name, _fn in inspect.getmembers(cls, inspect.isfunction):
            if not name.startswith("_") and name not in OWN_ACCOUNT:
                found.append((cls, name))
    return found


@pytest.mark.parametrize(
    ("cls", "name"), _public_methods(), ids=lambda v: v if isinstance(v, str) else v.__name__
)
def test_a_person_with_no_rights_is_refused_by(
    cls: type, name: str, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(context.ROLE_PERMISSIONS, AccountRole.READ_ONLY, frozenset())
    ctx = ServiceContext(store, Actor("Nobody", AccountRole.READ_ONLY, account_id="someone"))
    service = cls(ctx)
    method = getattr(service, name)
    args = [
        _placeholder(p)
        for p in inspect.signature(method).parameters.values()
        if p.default is inspect.Parameter.empty
        and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    with pytest.raises(PermissionDenied):
        method(*args)


@pytest.mark.parametrize("step", [revert, reapply], ids=["undo", "redo"])
def test_a_person_with_no_rights_is_refused_by_undo_and_redo_of_every_table(
    step: Callable[[ServiceContext, list[RowChange]], None],
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Undo replays row changes the caller hands in, so it checks each table's permission
    itself; a table it does not know is never replayed."""
    monkeypatch.setitem(context.ROLE_PERMISSIONS, AccountRole.READ_ONLY, frozenset())
    ctx = ServiceContext(store, Actor("Nobody", AccountRole.READ_ONLY, account_id="someone"))
    tables = {
        str(r["name"])
        for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not str(r["name"]).startswith("sqlite_")
    } - SYSTEM_TABLES
    assert tables == set(context.TABLE_PERMISSIONS)
    for table in sorted(tables | SYSTEM_TABLES):
        forged = RowChange(table, "x", {"deleted_at": None}, {"deleted_at": "2026-11-25"})
        with pytest.raises(PermissionDenied):
            step(ctx, [forged])
