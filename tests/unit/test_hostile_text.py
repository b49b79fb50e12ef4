"""Hostile text: an ANSI escape, a bidi override, a zero-width space or broken UTF-8 in a name is
refused with a sentence by every service that takes a name or a short field; free text keeps its
line breaks; names stored before the rule reach the terminal as visible escapes; and bytes that
are not UTF-8 on the command line or in the environment give a sentence, not a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.plan_support import PlanHouse, build_plan_house

from teamdesk import cli
from teamdesk.domain.accounts import AccountRole
from teamdesk.domain.plan import ParticipantKind
from teamdesk.domain.team import Role
from teamdesk.services.accounts import AccountService
from teamdesk.services.context import InvalidInput, ServiceContext
from teamdesk.services.inputs import (
    FREE_TEXT_MAX_LENGTH,
    NAME_MAX_LENGTH,
    SHORT_TEXT_MAX_LENGTH,
    free_text,
    name_text,
    short_text,
)
from teamdesk.services.meetings import MeetingService
from teamdesk.services.mentoring import MentoringService
from teamdesk.services.plan import PlanService
from teamdesk.services.signin import UserSession, set_up_first_administrator, sign_in
from teamdesk.services.team import TeamService
from teamdesk.store.keyring import FAST_KDF
from teamdesk.store.paths import DataLocation

PASSWORD = "correct horse battery staple 2026"

HOSTILE = {
    "an ANSI escape": "\x1b[31mRed\x1b[0m Hansen",
    "a C1 escape": "Per\x9b2J Hansen",
    "a NUL": "Per\x00Hansen",
    "a bidi override": "Per \u202eevil\u202c Hansen",
    "a bidi isolate": "Per \u2067Hansen",
    "a zero-width space": "Per\u200bHansen",
    "a soft hyphen": "Per Han\u00adsen",
    "a lone surrogate": "Per \ud800Hansen",
    "a line break": "Per\nHansen",
}


# Characters no stored name or short field may hold (joiners between letters are allowed).
def _refused_in_a_name(char: str) -> bool:
    category = unicodedata.category(char)
    return (category[0] == "C" and category not in ("Cn", "Co") and char not in "\u200c\u200d") or (
        char in "\u2028\u2029"
    )


# -- the rule itself ------------------------------------------------------------------------


@given(st.text(max_size=300))
def test_a_name_is_either_refused_with_a_sentence_or_clean_nfc_text(text: str) -> None:
    try:
        name = name_text(text, "resident's name")
    except InvalidInput as refused:
        assert refused.message.render().startswith("The resident's name ")
        return
    assert name == unicodedata.normalize("NFC", name) == name.strip()
    assert 0 < len(name) <= NAME_MAX_LENGTH
    assert not [c for c in name if _refused_in_a_name(c) and c not in "\u200c\u200d"]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Cf", "Zl", "Zp"))))
def test_a_clean_short_field_is_kept_as_typed_in_nfc(text: str) -> None:
    expected = unicodedata.normalize("NFC", text).strip()
    if len(expected) <= SHORT_TEXT_MAX_LENGTH:
        assert short_text(text, "place") == expected


@given(st.text())
def test_free_text_keeps_its_lines_and_tabs_or_is_refused_with_a_sentence(text: str) -> None:
    try:
        kept = free_text(text, "goal")
    except InvalidInput as refused:
        assert refused.message.render().startswith("The goal ")
        return
    assert kept == unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace(
        "\r", "\n"
    ).replace("\u2028", "\n").replace("\u2029", "\n")


def test_free_text_keeps_line_breaks_and_tabs_and_makes_them_lf() -> None:
    assert free_text("Mål:\r\n\t- gå tur\r- kaffe\u2028slutt", "goal") == (
        "Mål:\n\t- gå tur\n- kaffe\nslutt"
    )
    with pytest.raises(InvalidInput, match="U\\+001B"):
        free_text("Mål:\n\x1b[2J", "goal")
    with pytest.raises(InvalidInput, match="at most 100000"):
        free_text("a" * (FREE_TEXT_MAX_LENGTH + 1), "goal")


def test_names_are_stored_in_nfc_and_joiners_between_letters_stay() -> None:
    decomposed = "A\u030ase Hansen"  # Å as A + combining ring, as a Mac may type it
    assert name_text(decomposed, "name") == "\u00c5se Hansen"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # "mi-khaham" with a ZWNJ
    assert name_text(persian, "name") == persian
    with pytest.raises(InvalidInput):
        name_text("Per\u200c", "name")  # a joiner at the end joins nothing


def test_the_sentences_name_the_field_the_character_and_the_limit() -> None:
    with pytest.raises(InvalidInput) as bidi:
        name_text("Per \u202eevil", "resident's name")
    assert bidi.value.message.render() == (
        "The resident's name contains a character that cannot be shown or printed (U+202E "
        "RIGHT-TO-LEFT OVERRIDE, character 5). Remove it and try again."
    )
    with pytest.raises(InvalidInput) as long:
        name_text("x" * (NAME_MAX_LENGTH + 1), "resident's name")
    assert long.value.message.render() == (
        "The resident's name is 201 characters long; it can be at most 200. Shorten it."
    )
    with pytest.raises(InvalidInput, match="must fit on one line"):
        short_text("Møterommet\n2. etasje", "place")


# -- every service that takes a name or a short field ----------------------------------------


@dataclass
class Folder:
    location: DataLocation
    house: PlanHouse
    meeting: str
    network: str


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Folder]:
    location = DataLocation(tmp_path / "data", "test")
    session = set_up_first_administrator(location, "Admin", PASSWORD, kdf=FAST_KDF)
    try:
        ctx = session.ctx
        h = build_plan_house(ctx)
        TeamService(ctx).assign(h.resident, h.hilde, Role.PRIMARY, date(2026, 1, 1))
        meeting = MeetingService(ctx).prepare_meeting(
            h.plan, day=date.today() + timedelta(days=10), start=time(10, 0)
        )
        network = MentoringService(ctx).create_network("Koordinatornettverket")
    finally:
        session.sign_out()
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    yield Folder(location, h, meeting.row_id or "", network.row_id or "")


@pytest.fixture
def session(folder: Folder) -> Iterator[UserSession]:
    signed_in = sign_in(folder.location, "Admin", PASSWORD)
    yield signed_in
    signed_in.sign_out()


Write = Callable[[ServiceContext, Folder, str], object]

WRITES: dict[str, Write] = {
    "resident's name": lambda c, f, v: TeamService(c).create_resident(v, unit_id=f.house.unit),
    "resident's new name": lambda c, f, v: TeamService(c).update_resident(f.house.resident, name=v),
    "preferred name": lambda c, f, v: TeamService(c).update_resident(
        f.house.resident, preferred_name=v
    ),
    "room": lambda c, f, v: TeamService(c).update_resident(f.house.resident, room=v),
    "staff member's name": lambda c, f, v: TeamService(c).create_staff(v, unit_id=f.house.unit),
    "staff rename": lambda c, f, v: TeamService(c).update_staff(f.house.ola, name=v),
    "unit name": lambda c, f, v: TeamService(c).create_unit(v),
    "team name": lambda c, f, v: TeamService(c).create_team(v, f.house.unit),
    "role name": lambda c, f, v: TeamService(c).set_role_label(Role.PRIMARY, v),
    "absence reason": lambda c, f, v: TeamService(c).record_absence(
        f.house.ola, date(2026, 12, 1), date(2026, 12, 2), v
    ),
    "plan participant": lambda c, f, v: PlanService(c).add_participant(
        f.house.plan, ParticipantKind.RELATIVE, v
    ),
    "participant's organisation": lambda c, f, v: PlanService(c).update_participant(
        f.house.nav, organisation=v
    ),
    "participant's contact": lambda c, f, v: PlanService(c).update_participant(
        f.house.nav, contact=v
    ),
    "meeting place": lambda c, f, v: MeetingService(c).update_meeting(f.meeting, place=v),
    "meeting participant": lambda c, f, v: MeetingService(c).add_participant(
        f.meeting, v, ParticipantKind.SERVICE
    ),
    "meeting participant's role": lambda c, f, v: MeetingService(c).add_participant(
        f.meeting, "Dr. Moen", ParticipantKind.SERVICE, role=v
    ),
    "network's name": lambda c, f, v: MentoringService(c).create_network(v),
    "network rename": lambda c, f, v: MentoringService(c).update_network(f.network, name=v),
    "course": lambda c, f, v: MentoringService(c).record_training(
        f.house.hilde, date(2026, 1, 5), v
    ),
    "network meeting place": lambda c, f, v: MentoringService(c).schedule_network_meeting(
        f.network, date(2026, 12, 1), "Tema", v
    ),
    "account's name": lambda c, f, v: AccountService(c).create_account(
        v, AccountRole.STAFF, PASSWORD, kdf=FAST_KDF
    ),
}


def _changes(ctx: ServiceContext) -> int:
    row = ctx.store.query_one("SELECT COUNT(*) AS n FROM change")
    assert row is not None
    return int(row["n"])


@pytest.mark.parametrize("field", sorted(WRITES))
def test_every_name_and_short_field_refuses_hostile_characters_with_a_sentence(
    folder: Folder, session: UserSession, field: str
) -> None:
    before = _changes(session.ctx)
    for what, value in HOSTILE.items():
        with pytest.raises(InvalidInput, match=r"contains a character|one line") as refused:
            WRITES[field](session.ctx, folder, value)
        assert refused.value.message.render(), what
    with pytest.raises(InvalidInput, match="at most"):
        WRITES[field](session.ctx, folder, "x" * (SHORT_TEXT_MAX_LENGTH + 1))
    assert _changes(session.ctx) == before  # nothing was written


def test_free_text_fields_keep_newlines_and_refuse_escapes(
    folder: Folder, session: UserSession
) -> None:
    ctx = session.ctx
    plans = PlanService(ctx)
    plans.update_plan(folder.house.plan, resources="Glad i dyr.\r\n\tSpiller gitar.")
    assert plans.plan(folder.house.plan).resources == "Glad i dyr.\n\tSpiller gitar."
    for hostile in ("\x1b[2J", "Tekst \u202e", "Tekst \udc80"):
        with pytest.raises(InvalidInput, match="contains a character"):
            plans.update_plan(folder.house.plan, needs=hostile)
        with pytest.raises(InvalidInput, match="contains a character"):
            plans.add_goal(folder.house.plan, hostile)
        agenda = MeetingService(ctx).meeting(folder.meeting).agenda[0]
        with pytest.raises(InvalidInput, match="contains a character"):
            MeetingService(ctx).update_agenda_item(agenda.id, minutes=hostile)


# -- the terminal ----------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], folder: Folder, *args: str) -> tuple[int, str, str]:
    code = cli.main([*args, "--data-dir", str(folder.location.directory), "--user", "Admin"])
    out, err = capsys.readouterr()
    return code, out, err


def test_names_stored_before_the_rule_reach_the_terminal_as_visible_escapes(
    folder: Folder, capsys: pytest.CaptureFixture[str]
) -> None:
    # Written straight into the store, as an older TeamDesk would have let it through.
    stored = "\x1b[2J\x1b[31mPer\u202e nesnaH \x9b"
    session = sign_in(folder.location, "Admin", PASSWORD)
    try:
        session.ctx.store.update(
            "resident", folder.house.resident, {"name": stored}, actor=session.ctx.who
        )
    finally:
        session.sign_out()
    escaped = "\\x1b[2J\\x1b[31mPer\\u202e nesnaH \\x9b"
    for args in (("report", "meetings"), ("report", "meetings", "--resident", "Per")):
        code, out, err = _cli(capsys, folder, *args)
        assert code == cli.EXIT_OK, err
        assert escaped in out
        assert not [c for c in out + err if c in "\x1b\u202e\x9b"]
    code, out, err = _cli(capsys, folder, "report", "meetings", "--format", "csv")
    assert escaped in out and not [c for c in out if c in "\x1b\u202e\x9b"]


def test_bytes_that_are_not_utf8_on_the_command_line_give_a_sentence(
    folder: Folder, capsys: pytest.CaptureFixture[str]
) -> None:
    # Python hands such bytes to the program as lone surrogates ("\xff" -> "\udcff").
    code, _out, err = _cli(capsys, folder, "report", "meetings", "--resident", "Per\udcff")
    assert code == cli.EXIT_REFUSED
    assert "'Per\\xff' on the command line is not UTF-8 text" in err
    assert "Traceback" not in err


def test_a_password_in_the_environment_that_is_not_utf8_gives_a_sentence(
    folder: Folder, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(os.environ, cli.ENV_PASSWORD, "teamdesk\udcff")
    code, _out, err = _cli(capsys, folder, "report", "meetings")
    assert code == cli.EXIT_REFUSED
    assert f"{cli.ENV_PASSWORD} is not UTF-8 text" in err


def test_the_installed_command_refuses_raw_bytes_with_a_sentence(folder: Folder) -> None:
    exe = shutil.which("teamdesk")
    command = [exe] if exe else [sys.executable, "-m", "teamdesk"]
    env = {**os.environ, "TEAMDESK_PASSWORD": PASSWORD}
    result = subprocess.run(
        [
            *command,
            "report",
            "meetings",
            "--data-dir",
            str(folder.location.directory),
            "--user",
            "Admin",
            "--resident",
            b"Per \xff\xfe",  # not UTF-8
        ],
        capture_output=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == cli.EXIT_REFUSED, result.stderr
    assert b"is not UTF-8 text" in result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    "name",
    [
        "Kari\nNordmann",  # two lines: a sign-in list and the audit log would show two people
        "Kari \u202eNordmann",  # a bidi override turns the name around on screen
        "Kari\x00Nordmann",
        "K" * 10_000,
    ],
)
def test_the_first_administrators_name_follows_the_rule_of_every_name(
    tmp_path: Path, name: str
) -> None:
    # Issue 9: the first account was set up with only its spaces tidied; every later account's
    # name goes through inputs.name_text. Refused with a sentence, and nothing is written.
    from teamdesk.services.signin import FolderState, folder_state

    location = DataLocation(tmp_path / "house", "test")
    location.directory.mkdir()
    with pytest.raises(InvalidInput) as refused:
        set_up_first_administrator(location, name, "correct horse battery staple", kdf=FAST_KDF)
    assert "account's name" in refused.value.message.render()
    assert folder_state(location) is FolderState.NEW
    assert list(location.directory.iterdir()) == []
