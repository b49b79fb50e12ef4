"""Short names for the domain's enums, as lists and tables show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from teamdesk.domain.rules import TeamRuleSettings
from teamdesk.domain.team import Education, Role
from teamdesk.ui.text import translate


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
