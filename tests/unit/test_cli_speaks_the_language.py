"""Every command of the command line speaks Danish and Norwegian: its --help (argparse's own words
too), its output and its refusals show no English text of the program; only machine formats
(JSON, CSV for programs, ISO dates in them) stay as they are."""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from teamdesk import cli
from teamdesk.cli_parsing import ARGPARSE_WORDS, argparse_word
from teamdesk.invocation import VERBS
from teamdesk.store import keyring

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PASSWORD = "teamdesk"
LEADER = ("--user", "Demo Leader")
ADMIN = ("--user", "Demo Administrator")
RESIDENT = "Aslak Karlsen"  # the demo's resident with check-in results
UNIT = "Solsikken bofellesskap"
LANGUAGES = ("da", "nb")

# Where a source is cut into the fragments looked for: its placeholders ({name}, %n, argparse's).
_PLACEHOLDER = re.compile(r"\{[A-Za-z_]+\}|%n|%(?:\([A-Za-z_]+\))?[a-z]|\n")
# Words of English sentences that neither Danish nor Norwegian writes: they find an English
# sentence that was never marked for translation at all.
_ENGLISH_WORDS = re.compile(r"\b(the|with|of|are|has|not|from|your|which|must)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def said(self) -> str:
        return self.out + self.err


def english_fragments(language: str) -> set[str]:
    """The English texts of the program whose translation into ``language`` differs, cut at
    their placeholders into the pieces a sentence shows word for word; pieces of fewer than
    two words ("Day", "NAME") are left out, as Danish and Norwegian may write them alike."""
    root = ET.parse(TRANSLATIONS / f"teamdesk_{language}.ts").getroot()
    fragments = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        said = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if all(_plain(text) == _plain(source) for text in said):
            continue
        for piece in _PLACEHOLDER.split(source.replace("&", "")):
            piece = _plain(piece)
            if len(re.findall(r"[A-Za-z]{2,}", piece)) >= 2:
                fragments.add(piece)
    return fragments


def _plain(text: str) -> str:
    """Text with its white space (and argparse's line breaks, also after a hyphen) as one space."""
    return " ".join(re.sub(r"-\s+", "-", text).split()).strip(" .:;,()")


def english_on(text: str, fragments: set[str]) -> list[str]:
    """The English fragments, and sentences in English words, that ``text`` shows."""
    plain = _plain(text)
    found = sorted(f for f in fragments if f in plain)
    without_paths = re.sub(r"/\S*", "", text)
    found += sorted({m.group() for m in _ENGLISH_WORDS.finditer(without_paths)})
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo data folder with rotas, made once (with the tests' quick key derivation)."""
    folder = tmp_path_factory.mktemp("walk") / "demo"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyring, "DEFAULT_KDF", keyring.FAST_KDF)
        patch.setenv("TEAMDESK_LANGUAGE", "en")
        assert teamdesk("demo-data", "--data-dir", str(folder), "--rotas").code == cli.EXIT_OK
    return folder


def teamdesk(*args: str) -> Run:
    """``teamdesk ARGS`` in this process, as the demo's accounts (their password is known)."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(cli.ENV_PASSWORD, PASSWORD)
        patch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: nothing is asked
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(args))
            except SystemExit as exit_:  # argparse: --help, or a refusal of the arguments
                code = int(exit_.code or 0)
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def walked(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], dict[str, Run]]:
    """The walk through every command in a language, made once per language."""
    done: dict[str, dict[str, Run]] = {}

    def walk_in(language: str) -> dict[str, Run]:
        if language not in done:
            done[language] = _walk(demo, tmp_path_factory.mktemp(language), language)
        return done[language]

    return walk_in


def _data(demo: Path) -> tuple[str, str]:
    return ("--data-dir", str(demo))


def _meeting_and_its_resident(demo: Path) -> tuple[str, str]:
    listed = teamdesk(
        "--language", "en", "report", "meetings", "--format", "json", *_data(demo), *LEADER
    )
    meetings = json.loads(listed.out)
    return meetings[0]["id"], meetings[0]["resident"]


def _walk(demo: Path, out: Path, language: str) -> dict[str, Run]:
    """Every verb's --help, its usual output and its refusals, in ``language``."""
    data = _data(demo)
    meeting, planned = _meeting_and_its_resident(demo)
    staff = out / "staff.csv"
    staff.write_text("Navn;Avdeling\nUlla Ulriksen;Solsikken bofellesskap\n", encoding="utf-8")
    runs: dict[str, tuple[str, ...]] = {"help": ("help",), "--help": ("--help",)}
    runs |= {f"{verb} --help": (verb, "--help") for verb in sorted(VERBS - {"help"})}
    runs |= {
        # What the verbs print when all is well.
        "coverage": ("coverage", *data, *LEADER, "--date", "2026-12-24"),
        "coverage --at": ("coverage", *data, *LEADER, "--at", "2026-12-24 15:00"),
        "check": ("check", *data, *ADMIN),
        "check --record-audit-head": ("check", *data, *ADMIN, "--record-audit-head"),
        "accounts": ("accounts", *data, *ADMIN),
        "backup": ("backup", *data, *ADMIN),
        "backups": ("backups", *data, *ADMIN),
        "report coordinators": ("report", "coordinators", *data, *LEADER),
        "report coordinators --out": (
            "report",
            "coordinators",
            *data,
            *LEADER,
            "--format",
            "pdf",
            "--out",
            str(out / "overview.pdf"),
        ),
        "report meetings": ("report", "meetings", *data, *LEADER),
        "report relations": ("report", "relations", "--resident", RESIDENT, *data, *LEADER),
        "report relations --out": (
            "report",
            "relations",
            "--resident",
            RESIDENT,
            *data,
            *LEADER,
            "--out",
            str(out / "relations.pdf"),
        ),
        "export plan": (
            "export",
            "plan",
            "--resident",
            planned,
            "--out",
            str(out / "plan.pdf"),
            *data,
            *LEADER,
        ),
        "export agenda": (
            "export",
            "agenda",
            "--meeting",
            meeting,
            "--out",
            str(out / "agenda.pdf"),
            *data,
            *LEADER,
        ),
        "export ics": (
            "export",
            "ics",
            "--meeting",
            meeting,
            "--out",
            str(out / "m.ics"),
            *data,
            *LEADER,
        ),
        "rota show": ("rota", "show", "--unit", UNIT, "--week", "2", *data, *LEADER),
        "import staff": ("import", "staff", str(staff), "--column", "unit=Avdeling", *data, *ADMIN),
        "sync status": ("sync", "status", *data, *ADMIN),
        "pcs": ("pcs", *data, *ADMIN),
        # Refusals: the verbs' own and argparse's.
        "no user": ("coverage", *data),
        "bad date": ("coverage", *data, *LEADER, "--date", "24.12.2026"),
        "bad moment": ("coverage", *data, *LEADER, "--at", "tomorrow"),
        "bad choice": ("coverage", *data, *LEADER, "--format", "xml"),
        "bad number": ("rota", "show", "--unit", UNIT, "--week", "two", *data, *LEADER),
        "missing argument": ("add-account", *data, *ADMIN),
        "unknown option": ("backups", *data, *ADMIN, "--everything"),
        "option without value": ("backups", *data, "--user"),
        "one of": ("restore", *data, *ADMIN),
        "not together": ("restore", *data, *ADMIN, "--newest", "--key-file"),
        "no such backup": ("restore", *data, *ADMIN, "--backup", str(out / "none.sqlite3")),
        "demo into data": ("demo-data", *data),
        "scale": ("demo-data", "--data-dir", str(out / "new"), "--scale", "0"),
        "relations without resident": ("report", "relations", *data, *LEADER),
        "pdf without out": ("report", "coordinators", *data, *LEADER, "--format", "pdf"),
        "out as text": ("report", "coordinators", *data, *LEADER, "--out", str(out / "o.txt")),
        "meetings as pdf": ("report", "meetings", *data, *LEADER, "--format", "pdf"),
        "out is a folder": (
            "report",
            "relations",
            "--resident",
            RESIDENT,
            *data,
            *LEADER,
            "--out",
            str(out),
        ),
        "plan without resident": ("export", "plan", "--out", str(out / "p.pdf"), *data, *LEADER),
        "agenda without meeting": ("export", "agenda", "--out", str(out / "a.pdf"), *data, *LEADER),
        "unknown unit": ("rota", "show", "--unit", "Nowhere", *data, *LEADER),
        "no such week": ("rota", "show", "--unit", UNIT, "--week", "99", *data, *LEADER),
        "rota import without file": ("rota", "import", "--unit", UNIT, *data, *LEADER),
        "import rota without unit": ("import", "rota", str(staff), *data, *LEADER),
        "bad column": ("import", "staff", str(staff), "--column", "name", *data, *ADMIN),
        "no account": ("reset-password", "Nobody Here", *data, *ADMIN),
    }
    return {name: teamdesk("--language", language, *args) for name, args in runs.items()}


HELP_WORDS = {"da": ("brug: teamdesk", "tilvalg:"), "nb": ("bruk: teamdesk", "valg:")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_command_s_help_output_and_refusals_show_no_english(
    walked: Callable[[str], dict[str, Run]], language: str
) -> None:
    fragments = english_fragments(language)
    runs = walked(language)
    assert len(runs) > 60
    broken = {n: r.err for n, r in runs.items() if r.code not in (0, 2) or "Traceback" in r.err}
    assert not broken, broken
    found = {name: english_on(r.said, fragments) for name, r in runs.items()}
    assert not {name: words for name, words in found.items() if words}, found
    usage, options = HELP_WORDS[language]
    for verb in sorted(VERBS - {"help"}):
        helped = runs[f"{verb} --help"]
        assert helped.code == 0 and helped.out.startswith(usage), (verb, helped.out)
        assert options in helped.out, helped.out


def test_the_walk_knows_english_when_it_sees_it(walked: Callable[[str], dict[str, Run]]) -> None:
    """The check can fail: the same commands in English are full of what it looks for."""
    fragments = english_fragments("da")
    assert "show this help message and exit" in fragments
    assert "the following arguments are required" in fragments
    for args in (
        ("coverage", "--help"),
        ("add-account", "--data-dir", "x"),
        ("restore", "--data-dir", "x", "--newest", "--key-file"),
    ):
        english = teamdesk("--language", "en", *args)
        assert english_on(english.said, fragments), english.said


def test_argparse_s_own_words_are_danish_and_norwegian(
    walked: Callable[[str], dict[str, Run]],
) -> None:
    da, nb = walked("da"), walked("nb")
    assert "-h, --help            vis denne hjælpetekst og afslut" in da["coverage --help"].out
    assert "-h, --help            vis denne hjelpeteksten og avslutt" in nb["coverage --help"].out
    assert "fejl: følgende argumenter mangler: NAVN, --role" in da["missing argument"].err
    assert "feil: disse argumentene mangler: NAVN, --role" in nb["missing argument"].err
    assert "ugyldigt valg: 'xml' (vælg mellem 'text', 'json')" in da["bad choice"].err
    assert "'24.12.2026' er ikke en dato; skriv den som ÅÅÅÅ-MM-DD" in da["bad date"].err
    assert "kan ikke bruges sammen med argumentet --newest" in da["not together"].err
    assert "et af argumenterne --backup --newest --key-file skal angives" in da["one of"].err
    assert "ukendte argumenter: --everything" in da["unknown option"].err
    assert "forventede ét argument" in da["option without value"].err
    assert "ugyldig værdi af typen int: 'two'" in da["bad number"].err
    # Each verb's description and options, and the metavariables.
    assert "--user NAVN" in da["coverage --help"].out
    assert "Hvem der dækker hver beboer" in da["coverage --help"].out
    assert "dækker" not in nb["coverage --help"].out and "Hvem som dekker" in nb["help"].out


def test_a_translation_that_loses_argparse_s_fields_shows_the_english() -> None:
    """A broken translation must not make argparse fail while it says what is wrong."""
    required = "the following arguments are required: %s"
    assert required in ARGPARSE_WORDS
    assert argparse_word(required, lambda *_: "mangler: %(names)s") == required
    assert argparse_word(required, lambda *_: "mangler: %s") == "mangler: %s"
    assert argparse_word("not argparse's", lambda *_: "oversat") == "not argparse's"


def test_the_whole_program_s_help_speaks_danish(capsys: pytest.CaptureFixture[str]) -> None:
    from teamdesk.app import main

    with pytest.raises(SystemExit) as exited:
        main(["--language", "da", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("brug: teamdesk") and "åbn en separat demodatabase" in out
    assert not english_on(out, english_fragments("da")), out


def test_backups_says_sound_and_key_files_in_the_language(
    walked: Callable[[str], dict[str, Run]],
) -> None:
    da, nb = walked("da")["backups"].out, walked("nb")["backups"].out
    assert re.match(r"\d+ sikkerhedskopi(er)? i ", da), da
    assert re.match(r"\d+ sikkerhetskopi(er)? i ", nb), nb
    assert "i orden" in da and "med nøglefil" in da and "med nøkkelfil" in nb
    assert re.search(r"\d{2}\.\d{2}\.\d{4} \d{2}\.\d{2} UTC", da), da  # Danish 14.30
    assert re.search(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2} UTC", nb), nb
    assert "sound" not in da + nb and "backup(s)" not in da + nb


def test_the_coordinator_and_relations_reports_speak_the_language(
    walked: Callable[[str], dict[str, Run]],
) -> None:
    da, nb = walked("da"), walked("nb")
    assert re.match(r"\d+ tovholdere, \d+ med mangler", da["report coordinators"].out)
    assert re.match(r"\d+ koordinatorer, \d+ med mangler", nb["report coordinators"].out)
    assert "Overblikket over tovholdere er gemt i" in da["report coordinators --out"].out
    relations = da["report relations"].out
    assert relations.startswith(f"Sådan arbejder vi sammen: {RESIDENT}")
    assert "Det, der virker:" in relations and "Pårørende" in relations
    assert "færre end 3 svarede: ingen tal" in relations
    assert re.search(r"\b\d,\d\b", relations) and not re.search(r"\b\d\.\d\b", relations)
    assert nb["report relations"].out.startswith(f"Hvordan vi samarbeider: {RESIDENT}")
    assert "Resultaterne af samarbejdsrunderne om" in da["report relations --out"].out
    assert (
        "(1 side)" in da["report relations --out"].out
        or " sider)" in da["report relations --out"].out
    )
    assert da["export agenda"].out.startswith("Dagsorden (")
    assert nb["export ics"].out.startswith("Kalenderinvitasjon (")


def test_record_audit_head_restore_and_rota_refusals_speak_the_language(
    walked: Callable[[str], dict[str, Run]],
) -> None:
    da, nb = walked("da"), walked("nb")
    assert (
        "Revisionslogens seneste led stemmer med nøglefilen" in da["check --record-audit-head"].out
    )
    assert "Revisjonsloggens siste ledd stemmer" in nb["check --record-audit-head"].out
    assert "Der er ingen sikkerhedskopi" in da["no such backup"].err
    assert "Der er ingen afdeling, der hedder »Nowhere«" in da["unknown unit"].err
    assert "Det finnes ingen avdeling som heter «Nowhere»" in nb["unknown unit"].err
    assert "Vagtplanen har uge 1 til 12; der er ingen uge 99." in da["no such week"].err
    assert "Angiv den afdeling, vagtplanen hører til" in da["import rota without unit"].err
    assert "Skriv --column som FELT=OVERSKRIFT" in da["bad column"].err
    assert "indeholder allerede en TeamDesk-database" in da["demo into data"].err


@pytest.mark.parametrize(
    ("language", "answer", "writes"),
    [
        ("da", "ja", True),
        ("da", "j", True),
        ("nb", "Ja", True),
        ("nb", "yes", True),
        ("en", "y", True),
        ("da", "nej", False),
        ("nb", "", False),
    ],
)
def test_the_question_before_an_import_writes_takes_the_language_s_yes(
    monkeypatch: pytest.MonkeyPatch, language: str, answer: str, writes: bool
) -> None:
    import argparse

    from teamdesk import cli_rota

    asked: list[str] = []
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or answer)
    cli._speak(language)
    try:
        assert cli_rota._confirmed(argparse.Namespace(yes=False)) is writes
    finally:
        cli._speak("en")
    expected = {"da": "Vil du gemme det? [j/N] ", "nb": "Vil du lagre dette? [j/N] "}
    assert asked == [expected.get(language, "Write this? [y/N] ")]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_times_on_the_command_line_are_written_the_danish_way(
    walked: Callable[[str], dict[str, Run]],
) -> None:
    da, nb = walked("da"), walked("nb")
    assert da["coverage --at"].out.startswith("Dækning 24.12.2026 kl. 15.00")
    # The demo's shift names are its own (data); the hours are written as the language does.
    assert re.search(r"har \w+ til 07\.45\.", da["coverage"].out), da["coverage"].out
    assert re.search(r"D \w+ 07\.30–15\.30", da["rota show"].out), da["rota show"].out
    assert re.search(r"D \w+ 07:30–15:30", nb["rota show"].out), nb["rota show"].out
