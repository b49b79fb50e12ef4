"""The mentoring and meeting services check a permission before they do anything: a person
whose role allows nothing is refused by each public method, whatever the arguments. (The same
check as ``test_every_service_checks_permissions.py``, for the issue-5 services.)"""

from __future__ import annotations

import inspect
from datetime import date, time

import pytest

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.services import context
from teamdesk.services.context import PermissionDenied, ServiceContext
from teamdesk.services.meetings import MeetingService
from teamdesk.services.mentoring import MentoringService
from teamdesk.store.store import Store

SERVICES = [MentoringService, MeetingService]


def _placeholder(parameter: inspect.Parameter) -> object:
    annotation = str(parameter.annotation)
    if "date" in annotation:
        return date(2026, 11, 25)
    if "time" in annotation:
        return time(10, 0)
    if "bool" in annotation:
        return True
    if "int" in annotation and "str" not in annotation:
        return 1
    return "x"


def _public_methods() -> list[tuple[type, str]]:
    return [
        (cls, name)
        for cls in SERVICES
        for name, _fn in inspect.getmembers(cls, inspect.isfunction)
        # Saying what the person may do (and why not) reads only their role and the plan's
        # coordinator, for the reason on a closed button; it refuses nothing itself.
        if not name.startswith("_") and name not in {"may_prepare", "why_not_prepare", "rights"}
    ]


@pytest.mark.parametrize(
    ("cls", "name"), _public_methods(), ids=lambda v: v if isinstance(v, str) else v.__name__
)
def test_a_person_with_no_rights_is_refused_by(
    cls: type, name: str, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(context.ROLE_PERMISSIONS, AccountRole.READ_ONLY, frozenset())
    ctx = ServiceContext(store, Actor("Nobody", AccountRole.READ_ONLY, account_id="someone"))
    method = getattr(cls(ctx), name)
    args = [
        _placeholder(p)
        for p in inspect.signature(method).parameters.values()
        if p.default is inspect.Parameter.empty
        and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    with pytest.raises(PermissionDenied):
        method(*args)


def test_leaders_manage_mentoring_and_every_meeting_coordinators_their_own() -> None:
    perms = context.ROLE_PERMISSIONS
    P = context.Permission
    assert {P.MANAGE_MENTORING, P.PREPARE_ALL_MEETINGS} <= perms[AccountRole.LEADER]
    assert P.PREPARE_MEETINGS in perms[AccountRole.COORDINATOR]
    assert P.MANAGE_MENTORING not in perms[AccountRole.COORDINATOR]
    assert P.PREPARE_ALL_MEETINGS not in perms[AccountRole.COORDINATOR]
    assert not {P.PREPARE_MEETINGS, P.MANAGE_MENTORING} & perms[AccountRole.STAFF]
