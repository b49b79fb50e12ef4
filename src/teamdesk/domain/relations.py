"""How well do we work together? The relational-coordination check-in (issue 15).

Teams around a person coordinate through relationships of shared goals, shared knowledge and
mutual respect, carried by communication that is frequent, timely, accurate and
problem-solving (sources/002). A check-in round asks each person seven short statements, one
per dimension, about each role or service they work with for one resident (or in one unit).

The statements are TeamDesk's own wording: the published survey's items are licensed and are
not copied (``DOMAIN-NOTES.md`` C). Results are about ties (the role or service answered
about), never about people: they are counted only once a round is sealed, and figures are shown
only where at least :data:`MIN_RESPONDENTS` people answered about a tie.

Pure rules and values; no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from teamdesk.domain.text import N_

# Fewer answers than this about a tie show no figures: two colleagues could tell each other's.
MIN_RESPONDENTS = 3
# A team with no check-in started within this many months shows on the coordinator overview.
STALE_MONTHS = 6
# A mean below this is a tie or dimension to agree on together; at or above STRONG it works.
WEAK_BELOW = 3.5
STRONG_FROM = 4.0
# Answers: 1 (disagree strongly) to 5 (agree strongly); 0 means "don't know".
DONT_KNOW = 0
SCALE = (1, 2, 3, 4, 5)
MAX_TIES = 12
# At most this many suggestions for one tie (its weakest dimensions) and this many ties to agree
# on: a short list a team can take up at one meeting, not a wall of faults.
MAX_SUGGESTIONS = 3
MAX_TIES_TO_AGREE = 3


class Dimension(StrEnum):
    """The seven dimensions: four of communication, three of relationship."""

    FREQUENT = "frequent"
    TIMELY = "timely"
    ACCURATE = "accurate"
    PROBLEM_SOLVING = "problem_solving"
    SHARED_GOALS = "shared_goals"
    SHARED_KNOWLEDGE = "shared_knowledge"
    MUTUAL_RESPECT = "mutual_respect"

    @property
    def label(self) -> str:
        return DIMENSION_LABELS[self]

    @property
    def statement(self) -> str:
        return STATEMENTS[self]

    @property
    def suggestion(self) -> str:
        return SUGGESTIONS[self]


DIMENSIONS: tuple[Dimension, ...] = tuple(Dimension)

DIMENSION_LABELS: dict[Dimension, str] = {
    Dimension.FREQUENT: N_("Often enough"),
    Dimension.TIMELY: N_("In good time"),
    Dimension.ACCURATE: N_("Correct"),
    Dimension.PROBLEM_SOLVING: N_("Solving problems"),
    Dimension.SHARED_GOALS: N_("Same goals"),
    Dimension.SHARED_KNOWLEDGE: N_("Know each other's work"),
    Dimension.MUTUAL_RESPECT: N_("Respect"),
}

# TeamDesk's own statements, agreed or disagreed with on five points (not the licensed items).
STATEMENTS: dict[Dimension, str] = {
    Dimension.FREQUENT: N_("We are in touch often enough for what this work needs."),
    Dimension.TIMELY: N_("When something changes, the news reaches us while we can still act."),
    Dimension.ACCURATE: N_("What we hear from them is right, and we can act on it."),
    Dimension.PROBLEM_SOLVING: N_(
        "When something goes wrong, we look for a way forward together, not for someone to blame."
    ),
    Dimension.SHARED_GOALS: N_("We pull towards the same goals for this person."),
    Dimension.SHARED_KNOWLEDGE: N_("They understand how our part of the work fits with theirs."),
    Dimension.MUTUAL_RESPECT: N_("They take what we contribute seriously."),
}

# One concrete thing to agree on together when a dimension is weak for a tie ({tie}: its name).
SUGGESTIONS: dict[Dimension, str] = {
    Dimension.FREQUENT: N_(
        "Agree on a short, fixed time to talk with {tie}, for example ten minutes every week."
    ),
    Dimension.TIMELY: N_(
        "Agree when news reaches {tie} and back, for example when the night shift reports "
        "to the primary contact."
    ),
    Dimension.ACCURATE: N_(
        "Agree on what a handover with {tie} must hold, and write it in the same place every time."
    ),
    Dimension.PROBLEM_SOLVING: N_(
        "Next time something goes wrong with {tie}, start by asking what you can do differently "
        "together, before going through what happened."
    ),
    Dimension.SHARED_GOALS: N_(
        "Go through the resident's goals together with {tie} at the next plan meeting."
    ),
    Dimension.SHARED_KNOWLEDGE: N_(
        "Invite {tie} to tell in five minutes at a meeting what their part of the work involves."
    ),
    Dimension.MUTUAL_RESPECT: N_("Tell {tie} one thing they do that makes your work easier."),
}

SCALE_LABELS: dict[int, str] = {
    1: N_("Disagree strongly"),
    2: N_("Disagree"),
    3: N_("Neither"),
    4: N_("Agree"),
    5: N_("Agree strongly"),
    DONT_KNOW: N_("Don't know"),
}


# The ties every house knows, stored by key ("@primary") and shown in the reader's language;
# any other tie is stored as written (a service's name: "NAV", "Fastlegen").
STANDARD_TIES: dict[str, str] = {
    "@primary": N_("Primary contact"),
    "@secondary": N_("Secondary contact"),
    "@member": N_("Team members"),
    "@night": N_("Night staff"),
    "@leader": N_("Leader"),
    "@relatives": N_("Relatives"),
    "@gp": N_("GP"),
}
TEAM_TIES = ("@primary", "@secondary", "@member", "@night")
UNIT_TIES = (*TEAM_TIES, "@leader")


def tie_name(tie: str, translate: Callable[[str], str] | None = None) -> str:
    """A tie as a person reads it: a standard one in their language, any other as written."""
    label = STANDARD_TIES.get(tie)
    if label is None:
        return tie
    return translate(label) if translate else label


def clean_ties(ties: Iterable[str]) -> tuple[str, ...]:
    """The ties of a new round: trimmed, empty ones dropped, each once, in the given order."""
    out: list[str] = []
    seen: set[str] = set()
    for tie in ties:
        text = " ".join(tie.split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return tuple(out)


class RoundStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class AnswerSource(StrEnum):
    """Who put the answers into TeamDesk: the person on the shared PC, or the coordinator from
    a printed form filled in by someone without an account."""

    SELF = "self"
    PAPER = "paper"


@dataclass(frozen=True)
class Round:
    """A check-in round: for one resident's team and plan participants, or a whole unit."""

    id: str
    ties: tuple[str, ...]
    started_on: date
    ends_on: date
    status: RoundStatus = RoundStatus.OPEN
    resident_id: str | None = None
    unit_id: str | None = None
    closed_on: date | None = None
    started_by: str = ""
    subject: str = ""  # the resident's or the unit's name, for lists

    def is_open_on(self, day: date) -> bool:
        """Whether answers are taken on ``day``: open, and the end date not passed."""
        return self.status is RoundStatus.OPEN and day <= self.ends_on

    def is_due(self, day: date) -> bool:
        """Open past its end date: the next look at it seals it."""
        return self.status is RoundStatus.OPEN and day > self.ends_on


# One person's answers: tie -> dimension -> 1..5 or DONT_KNOW.
Answers = Mapping[str, Mapping[Dimension, int]]


def answers_problem(ties: Sequence[str], answers: Answers) -> str | None:
    """Why a set of answers cannot be taken (an English template), or None.

    Ties not in the round, values off the scale and an empty form are refused; a tie left out
    is fine (a person answers only about those they work with)."""
    if not any(answers.values()):
        return N_("Answer at least one statement before handing in.")
    for tie, by_dimension in answers.items():
        if tie not in ties:
            return N_("This check-in does not ask about {tie}.")
        for dimension, value in by_dimension.items():
            if not isinstance(dimension, Dimension):
                return N_("This check-in does not ask about {tie}.")
            if value != DONT_KNOW and value not in SCALE:
                return N_("Answers go from 1 to 5, or 'don't know'.")
    return None


@dataclass
class Tally:
    """Sealed counts for one tie and one dimension: how many chose each point, and how many did
    not know. Counts only: no answer in a tally can be traced to a person."""

    counts: dict[int, int] = field(default_factory=lambda: dict.fromkeys(SCALE, 0))
    dont_know: int = 0

    def add(self, value: int, times: int = 1) -> None:
        if value == DONT_KNOW:
            self.dont_know += times
        else:
            self.counts[value] = self.counts.get(value, 0) + times

    @property
    def scored(self) -> int:
        return sum(self.counts.values())

    @property
    def mean(self) -> float | None:
        """The average on the 1-5 scale; None when nobody gave a score."""
        if not self.scored:
            return None
        return sum(v * n for v, n in self.counts.items()) / self.scored


def tally_ballots(
    ballots: Iterable[Answers],
) -> tuple[dict[tuple[str, Dimension], Tally], dict[str, int]]:
    """Count sealed ballots: a tally per (tie, dimension) and the number of people per tie."""
    tallies: dict[tuple[str, Dimension], Tally] = {}
    respondents: dict[str, int] = {}
    for ballot in ballots:
        for tie, by_dimension in ballot.items():
            if not by_dimension:
                continue
            respondents[tie] = respondents.get(tie, 0) + 1
            for dimension, value in by_dimension.items():
                tallies.setdefault((tie, dimension), Tally()).add(value)
    return tallies, respondents


def tie_index(means: Iterable[float | None]) -> float | None:
    """The index of a tie: the plain average of its dimensions' means (each dimension weighs
    the same, as in the published theory), None when no dimension has a score."""
    scored = [m for m in means if m is not None]
    if not scored:
        return None
    return sum(scored) / len(scored)


def band(value: float) -> int:
    """The shade step (1-5) of a mean: the nearest whole point, so the shade and the printed
    number tell the same story."""
    return max(1, min(5, int(value + 0.5)))


@dataclass(frozen=True)
class Suggestion:
    dimension: Dimension
    mean: float


@dataclass(frozen=True)
class TieResult:
    """One tie's row of the grid; figures only when enough people answered about it."""

    tie: str
    respondents: int
    means: dict[Dimension, float | None]
    index: float | None
    suggestions: tuple[Suggestion, ...] = ()

    @property
    def shown(self) -> bool:
        return self.respondents >= MIN_RESPONDENTS


@dataclass(frozen=True)
class Strength:
    tie: str
    dimension: Dimension
    mean: float


@dataclass(frozen=True)
class RoundResult:
    """A sealed round's results: ties weakest first (those with too few answers last), what
    works best, and the round's overall index."""

    round: Round
    respondents: int
    ties: tuple[TieResult, ...]
    strengths: tuple[Strength, ...]
    index: float | None

    @property
    def hidden(self) -> tuple[TieResult, ...]:
        return tuple(t for t in self.ties if not t.shown)

    @property
    def shown(self) -> tuple[TieResult, ...]:
        return tuple(t for t in self.ties if t.shown)

    @property
    def to_agree(self) -> tuple[TieResult, ...]:
        """The weakest ties with suggestions, at most :data:`MAX_TIES_TO_AGREE`."""
        return tuple(t for t in self.shown if t.suggestions)[:MAX_TIES_TO_AGREE]


def round_result(
    rnd: Round,
    respondents: int,
    tallies: Mapping[tuple[str, Dimension], Tally],
    tie_respondents: Mapping[str, int],
) -> RoundResult:
    """Turn sealed counts into what is shown.

    A tie with fewer than :data:`MIN_RESPONDENTS` people gets no figures at all (means None,
    no suggestions), so nothing on screen or paper reveals a small group's answers. Each weak
    dimension (below :data:`WEAK_BELOW`) of a shown tie gets its suggestion, weakest first, up
    to :data:`MAX_SUGGESTIONS`.
    """
    rows: list[TieResult] = []
    for tie in rnd.ties:
        n = tie_respondents.get(tie, 0)
        if n < MIN_RESPONDENTS:
            rows.append(TieResult(tie, n, dict.fromkeys(DIMENSIONS), None))
            continue
        means = {d: (tallies[(tie, d)].mean if (tie, d) in tallies else None) for d in DIMENSIONS}
        weak = sorted(
            (Suggestion(d, m) for d, m in means.items() if m is not None and m < WEAK_BELOW),
            key=lambda s: (s.mean, DIMENSIONS.index(s.dimension)),
        )[:MAX_SUGGESTIONS]
        rows.append(TieResult(tie, n, means, tie_index(means.values()), tuple(weak)))
    shown = [r for r in rows if r.shown]
    hidden = [r for r in rows if not r.shown]
    shown.sort(key=lambda r: (r.index if r.index is not None else 6.0, rnd.ties.index(r.tie)))
    strengths = sorted(
        (
            Strength(r.tie, d, m)
            for r in shown
            for d, m in r.means.items()
            if m is not None and m >= STRONG_FROM
        ),
        key=lambda s: (-s.mean, rnd.ties.index(s.tie), DIMENSIONS.index(s.dimension)),
    )
    return RoundResult(
        round=rnd,
        respondents=respondents,
        ties=tuple(shown + hidden),
        strengths=tuple(strengths[:3]),
        index=tie_index(r.index for r in shown),
    )


@dataclass(frozen=True)
class TrendPoint:
    """A sealed round's place in the trend: its end date and its indexes (overall, per tie)."""

    day: date
    index: float | None
    ties: dict[str, float | None]


def trend(results: Iterable[RoundResult]) -> list[TrendPoint]:
    """The rounds in date order with their overall and per-tie indexes (hidden ties None)."""
    points = [
        TrendPoint(
            r.round.closed_on or r.round.ends_on,
            r.index,
            {t.tie: t.index for t in r.ties},
        )
        for r in results
    ]
    return sorted(points, key=lambda p: p.day)


@dataclass(frozen=True)
class RelationsReport:
    """Everything a printed or exported report holds for one resident (or unit): the sealed
    rounds oldest first, their trend, and the rounds still open."""

    subject: str
    results: list[RoundResult]
    trend: list[TrendPoint]
    open_rounds: list[Round]

    @property
    def latest(self) -> RoundResult | None:
        return self.results[-1] if self.results else None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day where it is shorter)."""
    month = day.month - months
    year = day.year
    while month < 1:
        month += 12
        year -= 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def is_stale(last_started: date | None, today: date, months: int = STALE_MONTHS) -> bool:
    """Whether a team has had no check-in started within ``months`` (never counts as stale)."""
    return last_started is None or last_started <= months_before(today, months)
