"""The translations keep up with the code: every text a person can see is in the .ts files, the
Norwegian and the Danish are complete, placeholders, counts and keyboard accelerators survive,
both use the glossary's words for the domain's terms, the Danish has no Norwegian in it, and the
committed .qm files are what the build step makes of the .ts files.

When one of these fails after you changed a text, run
    uv run python packaging/translations.py update
translate the new entries in resources/translations/teamdesk_nb.ts and teamdesk_da.ts (Qt
Linguist, or an editor: fill <translation> and drop type="unfinished"; or keep a pairs file and
run 'packaging/translations.py fill da PAIRS.json'), then
    uv run python packaging/translations.py build
"""

from __future__ import annotations

import ast
import csv
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "src" / "teamdesk"
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("nb", "da")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
# Functions that pass a text they were given on to Qt: the text was marked where it was written.
PASSES_ON = {("text.py", "translate"), ("language.py", "translate"), ("security_dialogs.py", "_t")}
HOW_TO_UPDATE = (
    "run 'uv run python packaging/translations.py update', translate the new entries in "
    "resources/translations/teamdesk_nb.ts and teamdesk_da.ts, then "
    "'uv run python packaging/translations.py build'"
)
GLOSSARY = TRANSLATIONS / "glossary.csv"
# Words only Norwegian has (Danish writes them differently): one in a Danish translation means a
# Norwegian text was copied, or a Norwegian habit slipped in. Each must occur in the Norwegian
# translation, so a typo here cannot make the check pass on nothing.
NORWEGIAN_ONLY = {
    "primærkontakt": r"primærkontakt",
    "sekundærkontakt": r"sekundærkontakt",
    "tiltak": r"\btiltak",
    "ansatt": r"\bansatt",
    "avdeling": r"avdeling",
    "veileder, veiledning": r"veiled",
    "sikkerhetskopi": r"sikkerhetskopi",
    "passord": r"passord",
    "innstillinger": r"innstilling",
    "ennå": r"\bennå\b",
    "hva": r"\bhva\b",
    "lagre": r"\blagre",
    "velg": r"\bvelg",
    "endre, endret, endring": r"\bendr(e|et|ing)\b",
    "møte": r"\bmøte",
    "deltaker": r"deltaker",
    "ikke noe": r"\bikke noe\b",
    "noen": r"\bnoen\b",
    "fram": r"\bfram\b",
    "gjør": r"\bgjør",
    "sjekk": r"\bsjekk",
    "opprett": r"\bopprett",
    "legg til": r"\blegg til\b",
    "godkjenn": r"godkjen",
    "nøkkel": r"nøkkel",
}


def _script() -> ModuleType:
    # packaging/ is not a package (and its name is taken by PyPI's "packaging"): load by path.
    spec = importlib.util.spec_from_file_location(
        "teamdesk_translations_script", REPO / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    unfinished: bool


def ts_entries(language: str) -> list[Entry]:
    root = ET.parse(TRANSLATIONS / f"teamdesk_{language}.ts").getroot()
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            # A count's sentence ("%n meeting(s)") has one form per grammatical number; each
            # is checked like a translation of its own.
            forms = [f.text or "" for f in translation.findall("numerusform")]
            for text in forms or [translation.text or ""]:
                entries.append(
                    Entry(name, message.findtext("source") or "", text, kind == "unfinished")
                )
    return entries


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def texts_in_code() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, text) for every marked text in the code, and the calls no tool can read."""
    found: set[tuple[str, str]] = set()
    problems: list[str] = []
    qt_files = {*(SOURCE / "ui").rglob("*.py"), SOURCE / "app.py"}
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        _walk(tree, path, path in qt_files, None, None, found, problems)
    return found, problems


def _walk(
    node: ast.AST,
    path: Path,
    qt: bool,
    cls: str | None,
    func: str | None,
    found: set[tuple[str, str]],
    problems: list[str],
) -> None:
    where = f"{path.relative_to(REPO)}:{getattr(node, 'lineno', '?')}"
    if isinstance(node, ast.ClassDef):
        cls = node.name
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        func = node.name
    if isinstance(node, ast.Call):
        name = _name(node)
        args = node.args
        if name in ("N_", "Nn_"):
            text = _literal(args[0] if args else None)
            if text is None:
                problems.append(f"{where}: {name}() with something other than a literal string")
            else:
                found.add(("teamdesk", text))
        elif qt and name == "tr" and isinstance(node.func, ast.Attribute):
            text = _literal(args[0] if args else None)
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id == "self") or cls is None:
                problems.append(
                    f"{where}: {ast.unparse(node.func)}() is filed by lupdate under another "
                    "context than Qt looks in; use self.tr() or QCoreApplication.translate()"
                )
            elif text is None:
                problems.append(f"{where}: self.tr() with something other than a literal string")
            else:
                found.add((cls, text))
        elif qt and name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            context, text = _literal(args[0]), _literal(args[1])
            if context is not None and text is not None:
                found.add((context, text))
            elif (path.name, func) not in PASSES_ON:
                problems.append(f"{where}: {ast.unparse(node)[:80]} cannot be read by lupdate")
    for child in ast.iter_child_nodes(node):
        _walk(child, path, qt, cls, func, found, problems)


def test_every_marked_text_can_be_read_by_lupdate() -> None:
    _found, problems = texts_in_code()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_in_the_code_is_in_the_translation_file(language: str) -> None:
    found, _problems = texts_in_code()
    in_ts = {(e.context, e.source) for e in ts_entries(language)}
    missing = sorted(found - in_ts)
    assert not missing, (
        f"{len(missing)} text(s) are not in teamdesk_{language}.ts, e.g. {missing[:5]}; "
        + HOW_TO_UPDATE
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_is_complete(language: str) -> None:
    unfinished = [(e.context, e.source) for e in ts_entries(language) if e.unfinished]
    empty = [(e.context, e.source) for e in ts_entries(language) if not e.translation.strip()]
    assert not unfinished, (
        f"{len(unfinished)} entries of teamdesk_{language}.ts are not translated yet, "
        f"e.g. {unfinished[:5]}; " + HOW_TO_UPDATE
    )
    assert not empty, f"teamdesk_{language}.ts has empty translations: {empty[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_form_of_a_count_says_the_count(language: str) -> None:
    # Qt puts the number where %n stands; a form without it would say "meetings" with no number.
    wrong = [
        (e.source, e.translation)
        for e in ts_entries(language)
        if "%n" in e.source and "%n" not in e.translation
    ]
    assert not wrong, wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_count_has_the_language_s_two_forms(language: str) -> None:
    root = ET.parse(TRANSLATIONS / f"teamdesk_{language}.ts").getroot()
    counts = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert counts, "no count's sentence found; has the file changed shape?"
    wrong = [
        (m.findtext("source"), len(m.findall("translation/numerusform")))
        for m in counts
        if len(m.findall("translation/numerusform")) != 2  # singular and plural, both languages
    ]
    assert not wrong, wrong


@dataclass(frozen=True)
class Term:
    english: str
    words: dict[str, tuple[str, ...]]  # language -> accepted words (any inflection contains one)
    checked: bool


def glossary() -> list[Term]:
    with GLOSSARY.open(encoding="utf-8", newline="") as file:
        return [
            Term(
                row["english"],
                {language: tuple(row[language].split("|")) for language in LANGUAGES},
                row["checked"] == "yes",
            )
            for row in csv.DictReader(file)
        ]


def _plain(text: str) -> str:
    """The words of a text: no accelerator marks, no placeholders."""
    return re.sub(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d", "", text.replace("&", "")).lower()


def test_the_glossary_names_each_term_once_in_every_language() -> None:
    terms = glossary()
    assert len(terms) >= 10
    english = [t.english for t in terms]
    assert len(english) == len(set(english))
    assert {"coordinator", "primary contact", "relative", "consent", "measure"} <= {
        t.english for t in terms if t.checked
    }
    assert all(all(t.words[language]) for t in terms for language in LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_use_the_glossary_s_word_for_each_term(language: str) -> None:
    wrong = []
    for term in (t for t in glossary() if t.checked):
        english = re.compile(rf"\b{re.escape(term.english)}(s|es)?\b", re.IGNORECASE)
        words = [w.lower() for w in term.words[language]]
        for e in ts_entries(language):
            if english.search(_plain(e.source)) and not any(
                w in _plain(e.translation) for w in words
            ):
                wrong.append((term.english, e.source, e.translation))
    assert not wrong, wrong


def test_the_danish_has_no_norwegian_only_words() -> None:
    danish = [(e.source, e.translation) for e in ts_entries("da")]
    norwegian = [e.translation for e in ts_entries("nb")]
    found = []
    for word, pattern in NORWEGIAN_ONLY.items():
        marker = re.compile(pattern, re.IGNORECASE)
        assert any(marker.search(text) for text in norwegian), f"{word!r} is not Norwegian here"
        found += [(word, src, text) for src, text in danish if marker.search(text)]
    assert not found, found


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_of_the_english(language: str) -> None:
    wrong = [
        (e.context, e.source, e.translation)
        for e in ts_entries(language)
        if e.translation
        and sorted(PLACEHOLDER.findall(e.source)) != sorted(PLACEHOLDER.findall(e.translation))
    ]
    assert not wrong, wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_text_with_a_keyboard_accelerator_keeps_exactly_one(language: str) -> None:
    def accelerators(text: str) -> int:
        return len(re.findall(r"&[^&\s]", text.replace("&&", "")))

    wrong = [
        (e.context, e.source, e.translation)
        for e in ts_entries(language)
        if e.translation and accelerators(e.source) != accelerators(e.translation)
    ]
    assert not wrong, wrong


def test_the_committed_qm_files_are_what_the_build_makes(tmp_path: Path) -> None:
    try:
        made = _script().build(TRANSLATIONS, out=tmp_path)
    except SystemExit:  # the tool says pyside6-lrelease is not installed
        pytest.skip("pyside6-lrelease is not installed")
    for qm in made:
        committed = TRANSLATIONS / qm.name
        assert committed.exists(), f"{committed.name} is missing; " + HOW_TO_UPDATE
        assert committed.read_bytes() == qm.read_bytes(), (
            f"{committed.name} is older than its .ts; run "
            "'uv run python packaging/translations.py build'"
        )


def test_fill_translates_unfinished_entries_from_a_pairs_file(tmp_path: Path) -> None:
    (tmp_path / "teamdesk_da.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context><name>MeetingEditor</name>
<message><source>Open</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n meeting(s)</source><translation type="unfinished">
<numerusform></numerusform><numerusform></numerusform></translation></message>
<message><source>Kept</source><translation>Beholdt</translation></message>
<message><source>New</source><translation type="unfinished"></translation></message>
</context>
<context><name>QFileDialog</name>
<message><source>Open</source><translation type="unfinished"></translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    pairs = {
        "Open": "Åben",
        "QFileDialog::Open": "Åbn",
        "%n meeting(s)": ["%n møde", "%n møder"],
        "Kept": "Overskrevet",
    }
    result = _script().fill("da", pairs, tmp_path)
    assert result.filled == 3
    assert result.unfinished == [("MeetingEditor", "New")]
    written = (tmp_path / "teamdesk_da.ts").read_text(encoding="utf-8")
    assert written.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS')
    root = ET.fromstring(written)
    said = {
        (c.findtext("name"), m.findtext("source")): m.find("translation")
        for c in root.iter("context")
        for m in c.iter("message")
    }
    assert said[("MeetingEditor", "Open")].text == "Åben"
    assert said[("QFileDialog", "Open")].text == "Åbn"
    assert said[("MeetingEditor", "Kept")].text == "Beholdt"  # finished entries are left alone
    forms = said[("MeetingEditor", "%n meeting(s)")].findall("numerusform")
    assert [f.text for f in forms] == ["%n møde", "%n møder"]
    assert said[("MeetingEditor", "%n meeting(s)")].get("type") is None
    assert said[("MeetingEditor", "New")].get("type") == "unfinished"


def test_fill_refuses_a_count_given_one_form(tmp_path: Path) -> None:
    (tmp_path / "teamdesk_da.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="da"><context>'
        '<name>X</name><message numerus="yes"><source>%n day(s)</source>'
        '<translation type="unfinished"><numerusform></numerusform><numerusform></numerusform>'
        "</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    with pytest.raises(SystemExit, match="give a list of 2 forms"):
        _script().fill("da", {"%n day(s)": "%n dage"}, tmp_path)
