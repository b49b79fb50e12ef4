"""Logs name people by account (issue 11's leftover): the access log, the Conflicts view,
undo's refusal and ``check`` show the person's name as it is now, looked up from the account
id the entry records, and tell two accounts of one name apart (made apart on two PCs) by the
start of their ids, as the sign-in list does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support import TODAY
from tests.unit.test_sync_merge import exchange

from teamdesk.domain.accounts import AccountRole, Actor, person_labels
from teamdesk.services.access_log import AccessLogService
from teamdesk.services.conflicts import ConflictService
from teamdesk.services.context import ServiceContext
from teamdesk.services.record_access import note_record_opened
from teamdesk.services.team import TeamService
from teamdesk.store.store import Store, open_store
from teamdesk.store.trust import AccountKeys, new_secret


def test_a_name_two_accounts_share_gets_as_much_of_each_id_as_tells_them_apart() -> None:
    labels = person_labels(
        [
            ("0191aaaa-1111", "Kari"),
            ("0191bbbb-2222", "kari"),
            ("0191cccc-3333", "Per"),
            # Made in the same minute: their first eight characters are the same.
            ("0192dddd-4444", "Ola"),
            ("0192dddd-4555", "Ola"),
        ]
    )
    assert labels == {
        "0191aaaa-1111": "Kari (0191aaaa)",
        "0191bbbb-2222": "kari (0191bbbb)",
        "0191cccc-3333": "Per",
        "0192dddd-4444": "Ola (0192dddd-44)",
        "0192dddd-4555": "Ola (0192dddd-45)",
    }


def _account(store: Store, name: str) -> str:
    return store.insert("account", {"name": name, "role": "staff"}, actor="set-up")


def _signed_as(store: Store, account_id: str, name: str, role: AccountRole) -> ServiceContext:
    store.signer = (account_id, AccountKeys(new_secret()))
    return ServiceContext(store, Actor(name, role, account_id), today=lambda: TODAY)


def test_the_access_log_names_each_account_and_tells_two_karis_apart(store: Store) -> None:
    leader = _account(store, "Lise Leder")
    first, second = _account(store, "Kari"), _account(store, "Kari")
    resident = TeamService(_signed_as(store, leader, "Lise Leder", AccountRole.LEADER))
    unit = resident.create_unit("Solsikken").row_id
    per = resident.create_resident("Per Hansen", unit_id=unit).row_id
    assert per is not None
    for kari in (first, second):
        # Within a quarter of an hour of each other: one Kari's opening does not hide the
        # other's (it was matched by display name).
        note_record_opened(_signed_as(store, kari, "Kari", AccountRole.STAFF), per)
    # Renamed since: the log shows the name the account has now.
    store.update("account", leader, {"name": "Lise Leder Berg"}, actor="set-up")
    reader = AccessLogService(_signed_as(store, leader, "Lise Leder Berg", AccountRole.LEADER))
    opened = [e.person for e in reader.resident_access(per) if e.action == "open"]
    labels = person_labels([(first, "Kari"), (second, "Kari")])
    karis = {labels[first], labels[second]}
    assert len(karis) == 2
    assert sorted(opened) == sorted(karis)
    assert set(reader.people_in_log(per)) == karis | {"Lise Leder Berg"}
    only = reader.resident_access(per, person=labels[second])
    assert [(e.person, e.action) for e in only] == [(labels[second], "open")]


@pytest.fixture
def pair(tmp_path: Path, db_key: bytes) -> Iterator[tuple[Store, Store]]:
    a = open_store(tmp_path / "a" / "teamdesk.sqlite3", key=db_key)
    b = open_store(tmp_path / "b" / "teamdesk.sqlite3", key=db_key)
    yield a, b
    a.close()
    b.close()


def test_the_conflicts_view_names_the_author_of_each_version_by_account(
    pair: tuple[Store, Store],
) -> None:
    a, b = pair
    first, second = _account(a, "Kari"), _account(b, "Kari")  # made apart on two PCs
    resident = a.insert("resident", {"name": "Ola", "what_matters": "Hagen."}, actor="set-up")
    exchange(a, b)
    _signed_as(a, first, "Kari", AccountRole.STAFF)
    _signed_as(b, second, "Kari", AccountRole.STAFF)
    a.update("resident", resident, {"what_matters": "Hagen og kaffe."}, actor="Kari")
    b.update("resident", resident, {"what_matters": "Hagen og musikk."}, actor="Kari")
    exchange(a, b)
    [item] = ConflictService(ServiceContext(a, Actor("Lise", AccountRole.LEADER))).waiting()
    authors = {v.text: v.author for v in item.versions}
    labels = person_labels([(first, "Kari"), (second, "Kari")])
    assert authors == {"Hagen og kaffe.": labels[first], "Hagen og musikk.": labels[second]}
    assert labels[first] != labels[second]
    # One renamed on the other PC: once synced, the view shows the new name (now unique).
    b.update("account", second, {"name": "Kari Nordmann"}, actor="Kari")
    exchange(a, b)
    [item] = ConflictService(ServiceContext(a, Actor("Lise", AccountRole.LEADER))).waiting()
    assert {v.author for v in item.versions} == {"Kari", "Kari Nordmann"}


def test_check_names_a_forged_account_that_copies_a_name_by_the_start_of_its_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit.test_tampering import _attacker, _check
    from tests.unit.test_tampering import location as made

    location = made.__wrapped__(tmp_path)  # type: ignore[attr-defined]
    forged = "0badc0de-0000-7000-8000-000000000000"
    with _attacker(location) as conn:
        row = dict(conn.execute("SELECT * FROM account WHERE name = 'Leif Leader'").fetchone())
        row.update(id=forged, role="administrator")
        conn.execute(
            f"INSERT INTO account ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
            list(row.values()),
        )
    code, out = _check(location, monkeypatch, capsys)
    # Two accounts are named Leif Leader now; the one without a grant is told apart.
    problems = [line for line in out.splitlines() if "Leif Leader" in line]
    assert problems == [
        "  problem: account Leif Leader (0badc0de): it has no signed grant (the row was added "
        "or changed outside TeamDesk)"
    ], out
    assert code != 0


def test_check_names_the_account_a_forged_signature_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit.test_tampering import _attacker, _check
    from tests.unit.test_tampering import location as made

    location = made.__wrapped__(tmp_path)  # type: ignore[attr-defined]
    with _attacker(location) as conn:
        row = conn.execute(
            "SELECT e.seq, a.name FROM audit_event AS e JOIN account AS a ON a.id = e.signed_by "
            "WHERE a.name = 'Rita Read' ORDER BY e.seq DESC LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE audit_event SET signature = ? WHERE seq = ?", ("00" * 64, row["seq"]))
    code, out = _check(location, monkeypatch, capsys)
    assert f"the signature of event {row['seq']} (signed as Rita Read) does not verify" in out
    assert code != 0
