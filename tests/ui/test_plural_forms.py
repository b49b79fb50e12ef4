"""A count is said in the language's own form: "1 plan" and "3 plans", "1 forfalt evaluering"
and "2 forfalte evalueringer", never "2 evaluation(s)" (issue 10, row 14): the core's sentences
through Message's count and Qt's numerus forms, the window's through counted(), the command
line through english_plural()."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from teamdesk.domain.mentoring import MentorFacts, MentoringCheck, suggest_mentors
from teamdesk.domain.team import Staff
from teamdesk.domain.text import N_, Message, Nn_, english_plural
from teamdesk.ui.common.text import tr_message
from teamdesk.ui.language import install_language

SOURCE = Path(__file__).resolve().parents[2] / "src" / "teamdesk"
DAY = date(2026, 11, 30)


def _calls(path: Path) -> list[tuple[ast.Call, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            found.append((node, name))
    return found


def test_the_core_marks_every_count_as_a_count() -> None:
    """A sentence with "(s)" in the core is a count's sentence: marked Nn_ with %n, so that it
    gets plural forms, not N_ (which showed "2 evaluation(s)" in every language)."""
    wrong = []
    for path in sorted(SOURCE.rglob("*.py")):
        if "ui" in path.relative_to(SOURCE).parts:
            continue
        for call, name in _calls(path):
            text = (
                call.args[0].value if call.args and isinstance(call.args[0], ast.Constant) else ""
            )
            if name == "N_" and "(s)" in str(text):
                wrong.append(f"{path.name}:{call.lineno} {text!r}")
            if name == "Nn_" and "%n" not in str(text):
                wrong.append(f"{path.name}:{call.lineno} Nn_ without %n: {text!r}")
    assert not wrong, "\n".join(wrong)


def test_every_count_in_the_window_is_read_right_in_english() -> None:
    """A tr() with "(s)" goes through counted(), which reads it right where no translation
    applies ("3 professional(s)" was shown as it stands)."""
    wrong = []
    for path in sorted((SOURCE / "ui").rglob("*.py")):
        calls = _calls(path)
        counted_first = {id(c.args[0]) for c, name in calls if name == "counted" and c.args}
        for call, name in calls:
            if name not in ("tr", "translate") or id(call) in counted_first:
                continue
            texts = [a.value for a in call.args if isinstance(a, ast.Constant)]
            if any(isinstance(t, str) and "(s)" in t for t in texts):
                wrong.append(f"{path.relative_to(SOURCE)}:{call.lineno} {texts[0]!r}")
    assert not wrong, "\n".join(wrong)


def test_a_count_s_message_reads_right_in_english_and_on_the_command_line() -> None:
    one = Message(Nn_("{staff} coordinates %n plan(s)"), {"staff": "Kari"}, count=1)
    three = Message(one.template, one.params, count=3)
    assert (one.render(), three.render()) == ("Kari coordinates 1 plan", "Kari coordinates 3 plans")
    assert str(three) == "Kari coordinates 3 plans"
    assert english_plural("%n person(s) responsible", 2) == "2 people responsible"
    assert Message(N_("No count here (s) stays")).render() == "No count here (s) stays"


def _facts(overdue: int, conflicts: int) -> MentorFacts:
    staff = Staff("s-eva", "Eva Etter", unit_id="u1")
    return MentorFacts(staff, DAY, 1, 0, "", overdue_evaluations=overdue, role_conflicts=conflicts)


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 evaluation overdue", "2 evaluations overdue"),
        ("nb", "1 forfalt evaluering", "2 forfalte evalueringer"),
        ("da", "1 overskredet evaluering", "2 overskredne evalueringer"),
    ],
)
def test_a_mentor_s_overdue_evaluations_are_counted_in_the_language(
    qapp: QApplication, language: str, one: str, two: str
) -> None:
    mentee = Staff("s-new", "Nils Ny", unit_id="u1")
    assert install_language(qapp, language)
    try:
        texts = {n: tr_message(suggest_mentors(mentee, [_facts(n, 0)])[0].reason) for n in (1, 2)}
    finally:
        install_language(qapp, "en")
    assert one in texts[1] and two in texts[2]
    assert "(s)" not in texts[1] + texts[2] and "(er)" not in texts[1] + texts[2]
    assert "%n" not in texts[1] + texts[2]


@pytest.mark.parametrize("language", ["en", "nb", "da"])
def test_a_coordinator_s_gaps_never_say_s(qapp: QApplication, language: str) -> None:
    from teamdesk.domain.mentoring import CoordinatorRecord, coordinator_gaps

    staff = Staff("s-k", "Kari Koordinator", unit_id="u1")
    assert install_language(qapp, language)
    try:
        for plans in (1, 2):
            record = CoordinatorRecord(
                staff=staff,
                unit_name="Havblikk",
                living_plans=plans,
                plans_ever=plans,
                trainings=(),
                mentor_name="",
                mentee_names=(),
                role_conflicts=(),
                overdue_evaluations=plans,
                networks=(),
            )
            _trained, gaps = coordinator_gaps(record, DAY, 10)
            codes = {g.code for g in gaps}
            assert MentoringCheck.OVERDUE_EVALUATIONS in codes
            for gap in gaps:
                text = tr_message(gap.message)
                assert "(s)" not in text and "(er)" not in text and "%n" not in text, text
    finally:
        install_language(qapp, "en")
