"""Who is acting: the signed-in person and what their role lets them do."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from teamdesk.domain.text import N_, Message

# After this many wrong passwords in a row an account is locked, for a time that doubles with
# each further wrong try (1 minute, 2, 4, ... at most a day).
MAX_PASSWORD_TRIES = 10
FIRST_LOCKOUT = timedelta(minutes=1)
LONGEST_LOCKOUT = timedelta(days=1)
# Wrong PINs allowed when re-opening a locked session before the full password is required.
MAX_PIN_TRIES = 5
# A password is at least this long, or a passphrase of at least PASSPHRASE_WORDS words, and
# not one of the most common passwords (see :func:`password_problem`).
MIN_PASSWORD_LENGTH = 10
PASSPHRASE_WORDS = 3
PASSPHRASE_WORD_LENGTH = 2
PIN_LENGTHS = range(4, 9)
# How much of an account's id tells two accounts of one name apart where people read them.
ID_SHOWN = 8


class AccountRole(StrEnum):
    """What a person may do in TeamDesk; checked in the services, not only by hiding buttons."""

    ADMINISTRATOR = "administrator"
    LEADER = "leader"
    COORDINATOR = "coordinator"
    STAFF = "staff"
    READ_ONLY = "read_only"


@dataclass(frozen=True)
class Actor:
    """The person on whose behalf a service acts; ``name`` is what the audit log shows."""

    name: str
    role: AccountRole = AccountRole.ADMINISTRATOR
    account_id: str | None = None
    staff_id: str | None = None
    unit_id: str | None = None


ROLE_TITLES: dict[AccountRole, str] = {
    AccountRole.ADMINISTRATOR: N_("Administrator"),
    AccountRole.LEADER: N_("Leader"),
    AccountRole.COORDINATOR: N_("Coordinator"),
    AccountRole.STAFF: N_("Staff"),
    AccountRole.READ_ONLY: N_("Read only"),
}


@dataclass(frozen=True)
class Account:
    """A person who can sign in: their name, role, and (optionally) staff record and unit."""

    id: str
    name: str
    role: AccountRole
    staff_id: str | None = None
    unit_id: str | None = None
    active: bool = True

    def actor(self) -> Actor:
        """The acting person the services see once this account has signed in."""
        return Actor(self.name, self.role, self.id, self.staff_id, self.unit_id)


def person_labels(accounts: Iterable[tuple[str, str]]) -> dict[str, str]:
    """How to name each account, given as (id, name), to a person reading a list or a log:
    its name, and where other accounts have the same name (two PCs of a house may each have
    made a "Kari") the name with the start of its id, as the sign-in list shows them. The start
    is long enough to tell them apart: ids are time-ordered (UUIDv7), so two made in the same
    minute share their first eight characters."""
    named = list(accounts)
    groups: dict[str, list[str]] = {}
    for account_id, name in named:
        groups.setdefault(name.casefold(), []).append(account_id)
    shown: dict[str, int] = {}
    for ids in groups.values():
        if len(ids) > 1:
            length = ID_SHOWN
            longest = max(len(i) for i in ids)
            while length < longest and len({i[:length] for i in ids}) < len(set(ids)):
                length += 1
            shown.update((i, length) for i in ids)
    return {
        account_id: f"{name} ({account_id[: shown[account_id]]})" if account_id in shown else name
        for account_id, name in named
    }


def lockout_after(failures: int) -> timedelta:
    """How long an account stays locked after ``failures`` wrong passwords in a row: nothing
    before the tenth, then a minute, doubling with each further wrong try, at most a day."""
    if failures < MAX_PASSWORD_TRIES:
        return timedelta(0)
    doublings = min(failures - MAX_PASSWORD_TRIES, 20)
    return min(FIRST_LOCKOUT * (1 << doublings), LONGEST_LOCKOUT)


def locked_until(failures: int, last_failure: datetime) -> datetime | None:
    """When a lock from ``failures`` wrong tries ends, or None when the account is not locked."""
    wait = lockout_after(failures)
    return last_failure + wait if wait else None


PASSWORD_RULE = N_(
    "A password is at least {n} characters, or {words} words or more with spaces between "
    "them, and not one of the most common passwords."
)


def password_rule() -> Message:
    """The rule for new passwords, said before the person types one (set-up, new password)."""
    return Message(PASSWORD_RULE, {"n": MIN_PASSWORD_LENGTH, "words": PASSPHRASE_WORDS})


def is_common_password(password: str) -> bool:
    """Whether ``password`` (any case, with or without its spaces) is among the 30,000 most
    common passwords of leaked-password lists, as the kept ``zxcvbn`` library ships them
    (MIT licence; its ``passwords`` frequency list)."""
    common = _common_passwords()
    folded = password.casefold()
    return folded in common or "".join(folded.split()) in common


@functools.cache
def _common_passwords() -> frozenset[str]:
    # Imported here, not at start-up: the list is only needed when a password is chosen.
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


def password_problem(password: str) -> Message | None:
    """Why a new password cannot be used, or None when it can: shorter than
    :data:`MIN_PASSWORD_LENGTH` without being a passphrase of :data:`PASSPHRASE_WORDS` words,
    spaces at either end, or one of the most common passwords. Guessing is what the rule
    stops: a copied key file can be attacked offline, at the Argon2id cost per guess."""
    if password.strip() != password:
        return Message(N_("A password cannot begin or end with a space."))
    words = [w for w in password.split() if len(w) >= PASSPHRASE_WORD_LENGTH]
    if len(password) < MIN_PASSWORD_LENGTH and len(words) < PASSPHRASE_WORDS:
        return Message(
            N_(
                "A password needs at least {n} characters, or {words} words with spaces "
                "between them."
            ),
            {"n": MIN_PASSWORD_LENGTH, "words": PASSPHRASE_WORDS},
        )
    if is_common_password(password):
        return Message(
            N_("That password is one of the most common ones and is guessed first. Choose another.")
        )
    return None


def pin_problem(pin: str) -> Message | None:
    """Why a new PIN cannot be used, or None when it can."""
    if not pin.isdigit() or len(pin) not in PIN_LENGTHS:
        return Message(
            N_("A PIN is {least} to {most} digits."),
            {"least": PIN_LENGTHS.start, "most": PIN_LENGTHS.stop - 1},
        )
    if len(set(pin)) == 1:
        return Message(N_("A PIN of one digit repeated is too easy to guess."))
    return None
