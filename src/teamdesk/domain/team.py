"""Residents, staff, teams, role assignments and absences: the team structure of a house."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from teamdesk.domain.text import N_


class Education(StrEnum):
    """The education level that decides which contact role a staff member normally holds."""

    BACHELOR = "bachelor"
    HEALTH_WORKER = "health_worker"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _EDUCATION_LABELS[self]


_EDUCATION_LABELS = {
    Education.BACHELOR: N_("Bachelor level (nurse, social educator, welfare worker)"),
    Education.HEALTH_WORKER: N_("Certified health worker"),
    Education.OTHER: N_("Other education"),
}


class Role(StrEnum):
    """A staff member's role for one resident."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    MEMBER = "member"

    @property
    def default_label(self) -> str:
        return DEFAULT_ROLE_LABELS[self]


DEFAULT_ROLE_LABELS = {
    Role.PRIMARY: N_("Primary contact"),
    Role.SECONDARY: N_("Secondary contact"),
    Role.MEMBER: N_("Team member"),
}


@dataclass(frozen=True, slots=True)
class Unit:
    """A housing community or a unit of one."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Resident:
    """A person who lives in a housing community and receives services."""

    id: str
    name: str
    unit_id: str | None = None
    preferred_name: str = ""
    room: str = ""
    moved_in: date | None = None
    moved_out: date | None = None
    what_matters: str = ""
    team_id: str | None = None

    @property
    def display_name(self) -> str:
        """The name to show: the preferred name first where the resident has one."""
        if self.preferred_name and self.preferred_name != self.name:
            return f"{self.name} ({self.preferred_name})"
        return self.name

    def lives_here_on(self, day: date) -> bool:
        """Whether the resident lives in the house on ``day``."""
        if self.moved_in is not None and day < self.moved_in:
            return False
        return not (self.moved_out is not None and day > self.moved_out)


@dataclass(frozen=True, slots=True)
class Staff:
    """A member of staff."""

    id: str
    name: str
    initials: str = ""
    education: Education = Education.OTHER
    peer_worker: bool = False
    fte_percent: int = 100
    unit_id: str | None = None
    active: bool = True
    # How rota and payroll systems name the person (issue 13); "" where none is known.
    employee_number: str = ""


@dataclass(frozen=True, slots=True)
class Team:
    """A named group of staff tied to a few residents."""

    id: str
    name: str
    unit_id: str | None = None


@dataclass(frozen=True, slots=True)
class TeamMembership:
    """A staff member's place on a team."""

    id: str
    team_id: str
    staff_id: str


@dataclass(frozen=True, slots=True)
class Assignment:
    """A staff member holding a role for a resident over a period; ``valid_to`` None is open."""

    id: str
    resident_id: str
    staff_id: str
    role: Role
    valid_from: date
    valid_to: date | None = None

    def current_on(self, day: date) -> bool:
        """Whether the assignment holds on ``day``."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class Absence:
    """A period a staff member is away (holiday, sick leave, course)."""

    id: str
    staff_id: str
    from_date: date
    to_date: date
    reason: str = ""

    def covers(self, day: date) -> bool:
        """Whether the staff member is away on ``day``."""
        return self.from_date <= day <= self.to_date
