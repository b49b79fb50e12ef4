"""Who is acting: the signed-in person and what their role lets them do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
