"""What every service needs: the store, who is acting, and what day it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from teamdesk.domain.accounts import AccountRole, Actor
from teamdesk.domain.text import N_, Message
from teamdesk.store.store import Store


class Permission(StrEnum):
    """Things a person may be allowed to do."""

    READ_RESIDENTS = "read_residents"
    EDIT_TEAMS = "edit_teams"
    EDIT_RESIDENTS = "edit_residents"
    EDIT_STAFF = "edit_staff"
    EDIT_SETTINGS = "edit_settings"
    EDIT_PLANS = "edit_plans"
    APPROVE_PLANS = "approve_plans"
    OVERRIDE_RULES = "override_rules"
    MANAGE_ACCOUNTS = "manage_accounts"
    EXPORT = "export"
    READ_AUDIT = "read_audit"


_ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[AccountRole, frozenset[Permission]] = {
    AccountRole.ADMINISTRATOR: _ALL,
    AccountRole.LEADER: _ALL - {Permission.MANAGE_ACCOUNTS},
    AccountRole.COORDINATOR: frozenset(
        {
            Permission.READ_RESIDENTS,
            Permission.EDIT_TEAMS,
            Permission.EDIT_PLANS,
            Permission.APPROVE_PLANS,
            Permission.EXPORT,
        }
    ),
    AccountRole.STAFF: frozenset({Permission.READ_RESIDENTS, Permission.EDIT_TEAMS}),
    AccountRole.READ_ONLY: frozenset({Permission.READ_RESIDENTS}),
}


class ServiceError(Exception):
    """A refusal a person can act on; ``message`` says what happened and what to do."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


class PermissionDenied(ServiceError):
    """The acting person's role does not allow this."""


class NotFound(ServiceError):
    """The record asked for does not exist (or was deleted)."""


@dataclass
class ServiceContext:
    """The store, the acting person and the clock; handed to every service."""

    store: Store
    actor: Actor
    today: Callable[[], date] = field(default=date.today)

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.actor.role]

    def require(self, permission: Permission) -> None:
        """Refuse with a sentence when the acting person lacks ``permission``."""
        if not self.can(permission):
            raise PermissionDenied(
                Message(
                    N_(
                        "{name} ({role}) may not do this ({permission}). Ask a leader or an "
                        "administrator."
                    ),
                    {
                        "name": self.actor.name,
                        "role": self.actor.role.value,
                        "permission": permission.value,
                    },
                )
            )

    @property
    def who(self) -> str:
        """The name written to ``updated_by`` and the audit log."""
        return self.actor.name
