"""Short names for the domain's enums, as lists and tables show them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from teamdesk.domain.plan_rules import CoordinatorCheck
from teamdesk.domain.rules import TeamRuleSettings
from teamdesk.domain.team import Education, Role
from teamdesk.ui.common.text import translate


def education_short(education: Education) -> str:
    """A short name for a table column; the long one is ``translate(education.label)``."""
    names = {
        Education.BACHELOR: QCoreApplication.translate("TeamDesk", "Bachelor level"),
        Education.HEALTH_WORKER: QCoreApplication.translate("TeamDesk", "Health worker"),
        Education.OTHER: QCoreApplication.translate("TeamDesk", "Other education"),
    }
    return names[education]


def role_label(settings: TeamRuleSettings, role: Role) -> str:
    """The house's own name for a role ("the boss"), translated when it is the default."""
    return translate(settings.label(role))


def coordinator_choice(name: str, codes: Iterable[str]) -> str:
    """A coordinator candidate as a picker lists them: the name, then what the check found, in
    words. Words, not symbols: a sign such as "⛔" is missing from the fonts TeamDesk ships and
    from many PCs', and showed as an empty box after the name (issue 10, row 15); a screen
    reader says words too."""
    notes = {
        CoordinatorCheck.INACTIVE: QCoreApplication.translate("TeamDesk", "no longer active"),
        CoordinatorCheck.ROLE_CONFLICT: QCoreApplication.translate("TeamDesk", "role conflict"),
        CoordinatorCheck.UNTRAINED: QCoreApplication.translate("TeamDesk", "no coordinator course"),
        CoordinatorCheck.WORKLOAD: QCoreApplication.translate("TeamDesk", "many plans already"),
    }
    found = [notes[CoordinatorCheck(c)] for c in dict.fromkeys(codes) if c in notes]
    if not found:
        return name
    return QCoreApplication.translate("TeamDesk", "{name} ({notes})").format(
        name=name, notes=", ".join(found)
    )
