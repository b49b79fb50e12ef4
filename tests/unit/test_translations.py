"""The translations keep up with the code: every text a person can see is in the .ts files, the
Norwegian is complete, placeholders and keyboard accelerators survive, and the committed .qm
files are what the build step makes of the .ts files.

When one of these fails after you changed a text, run
    uv run python packaging/translations.py update
translate the new entries in resources/translations/teamdesk_nb.ts (Qt Linguist, or an editor:
fill <translation> and drop type="unfinished"), then
    uv run python packaging/translations.py build
"""

from __future__ import annotations

import ast
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
PASSES_ON = {("text.py", "translate"), ("security_dialogs.py", "_t")}
HOW_TO_UPDATE = (
    "run 'uv run python packaging/translations.py update', translate the new entries in "
    "resources/translations/teamdesk_nb.ts, then 'uv run python packaging/translations.py build'"
)


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
    qt_files = {*(SOURCE / "ui").glob("*.py"), SOURCE / "app.py"}
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
        if name == "N_":
            text = _literal(args[0] if args else None)
            if text is None:
                problems.append(f"{where}: N_() with something other than a literal string")
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


def test_the_norwegian_translation_is_complete() -> None:
    unfinished = [(e.context, e.source) for e in ts_entries("nb") if e.unfinished]
    assert not unfinished, (
        f"{len(unfinished)} Norwegian entries are not translated yet, e.g. {unfinished[:5]}; "
        + HOW_TO_UPDATE
    )


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
