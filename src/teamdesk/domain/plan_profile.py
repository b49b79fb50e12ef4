"""Which plan a house writes: the plan profile, a house setting.

The data is one model (:mod:`teamdesk.domain.plan`); the profile decides the plan's sections,
their order, what is required, the completeness sentences and the printed headings
(:mod:`teamdesk.domain.plan_rules` holds the rules for both).

* ``INDIVIDUAL_PLAN``: the Norwegian individual plan, the regulation's items a) to i).
* ``SHARED_DEVELOPMENT_PLAN``: the Danish shared development plan ("fælles udviklingsplan")
  around a Serviceloven § 141 action plan: stk. 3 asks for the purpose of the effort, the
  effort needed to reach it, its expected duration, and other circumstances (housing, work,
  personal help, treatment, aids); stk. 4 says it is made from the citizen's own abilities and
  with the citizen; it is an offer the citizen may decline. The practice it follows (source 004)
  puts the citizen's own perspective first, finds the citizen's resources and network, has one
  coordinator (*tovholder*) for the whole effort and as few professionals as possible around
  the citizen.

§ 141 sets no review interval for adults; local practice seen is a follow-up within three
months of moving in and then at least once a year. That is the default :class:`ReviewCadence`,
which each house may change.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from teamdesk.domain.text import N_


class PlanProfile(StrEnum):
    """The plan structure a house works with."""

    INDIVIDUAL_PLAN = "individual_plan"
    SHARED_DEVELOPMENT_PLAN = "shared_development_plan"

    @property
    def label(self) -> str:
        """The profile's name in the house settings."""
        return _PROFILE_LABELS[self]

    @property
    def plan_title(self) -> str:
        """The plan's name on its page and printout."""
        return _PROFILE_TITLES[self]

    @property
    def goal_words(self) -> GoalWords:
        """What the profile calls the plan's goals and sub-goals."""
        return _GOAL_WORDS[self]


@dataclass(frozen=True)
class GoalWords:
    """How a plan profile names the goals (texts marked for translation).

    The Norwegian individual plan speaks of goals and sub-goals. A Danish bosted's *pædagogisk
    plan* speaks of *indsatsmål*, each split into *delmål* that are evaluated along the way
    (KærBo, https://kaerbo.org/tryghed/): the Danish profile says "intervention goal" in its
    English source, so that the word is the profile's, not every Danish "goal".
    """

    goal: str
    """One goal, as a label or column heading: "Goal" / "Intervention goal"."""
    goals: str
    """The list of them: "Goals" / "Intervention goals"."""
    sub_goal: str
    """One sub-goal: "Sub-goal" (delmål)."""


_PROFILE_LABELS = {
    PlanProfile.INDIVIDUAL_PLAN: N_("Norwegian individual plan (the regulation's items a) to i))"),
    PlanProfile.SHARED_DEVELOPMENT_PLAN: N_(
        "Danish shared development plan (Serviceloven § 141, one coordinator)"
    ),
}
_PROFILE_TITLES = {
    PlanProfile.INDIVIDUAL_PLAN: N_("Individual plan"),
    PlanProfile.SHARED_DEVELOPMENT_PLAN: N_("Shared development plan"),
}

_GOAL_WORDS = {
    PlanProfile.INDIVIDUAL_PLAN: GoalWords(N_("Goal"), N_("Goals"), N_("Sub-goal")),
    PlanProfile.SHARED_DEVELOPMENT_PLAN: GoalWords(
        N_("Intervention goal"), N_("Intervention goals"), N_("Sub-goal")
    ),
}

DEFAULT_PLAN_PROFILE = PlanProfile.INDIVIDUAL_PLAN

# What a house may set the review cadence to, in months.
MAX_FIRST_REVIEW_MONTHS = 12
MAX_REVIEW_INTERVAL_MONTHS = 36


@dataclass(frozen=True)
class ReviewCadence:
    """How soon after moving in a plan is first followed up, and how often after that."""

    first_months: int = 3
    interval_months: int = 12

    def problem(self) -> str | None:
        """The sentence (marked) saying why these numbers cannot be a cadence; None if they can."""
        if not 1 <= self.first_months <= MAX_FIRST_REVIEW_MONTHS:
            return N_("The first follow-up must be between 1 and {first} months after moving in.")
        if not 1 <= self.interval_months <= MAX_REVIEW_INTERVAL_MONTHS:
            return N_("Follow-up must come at least every 1 to {interval} months.")
        return None


# The principle the Danish plan and its meetings show beside the count of professionals.
PROFESSIONALS_PRINCIPLE = N_("The principle: as few professionals as possible around the citizen.")
PROFESSIONALS_COUNT = N_("Professionals around {resident}: {count}.")
