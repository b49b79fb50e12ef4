"""Every character TeamDesk itself writes on screen is in the fonts it ships (issue 10, row 15).

A picker showed an empty box after "Frida Øverland": the plan page marked a blocked candidate
with "⛔", a sign DejaVu Sans (the shipped font, and the one most Linux PCs fall back to) does
not have. Names and what people type are data and may hold any script; this test is about the
program's own text: string literals in the code and the translations.
"""

from __future__ import annotations

import ast
import functools
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"
SOURCES = ROOT / "src" / "teamdesk"
TRANSLATIONS = ROOT / "resources" / "translations"


@functools.cache
def _covered() -> frozenset[int]:
    """The characters the shipped sans-serif fonts draw."""
    found: set[int] = set()
    for font in FONTS.glob("*.ttf"):
        found.update(TTFont(font).getBestCmap())
    return frozenset(found)


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the string nodes that are docstrings (not shown to anyone)."""
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.add(id(value))
    return found


def _literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
    ]


def _drawn(ch: str) -> bool:
    """Whether a character is drawn at all (not a control, format or separator character)."""
    return ch == " " or unicodedata.category(ch)[0] not in "CZ"


def _missing(text: str) -> set[str]:
    if text.startswith("[") and text.endswith("]"):
        return set()  # a regular expression's character class, never shown
    covered = _covered()
    return {ch for ch in text if _drawn(ch) and ord(ch) not in covered}


def test_the_shipped_fonts_are_read() -> None:
    assert ord("Ø") in _covered() and ord("⛔") not in _covered()


def test_every_string_in_the_code_is_drawn_by_the_shipped_fonts() -> None:
    # The demo's names and sentences are data a person could have typed; the program's own
    # words, marks and signs are everything else.
    demo = {"demo.py", "demo_meetings.py"}
    problems = [
        f"{path.relative_to(ROOT)}: {text!r} lacks {sorted(_missing(text))}"
        for path in sorted(SOURCES.rglob("*.py"))
        if path.name not in demo
        for text in _literals(path)
        if _missing(text)
    ]
    assert problems == []


def test_every_translation_is_drawn_by_the_shipped_fonts() -> None:
    problems = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            for part in ("source", "translation"):
                node = message.find(part)
                text = (node.text or "") if node is not None else ""
                if _missing(text):
                    problems.append(f"{ts.name}: {text!r} lacks {sorted(_missing(text))}")
    assert problems == []
