"""What every service needs: the store, who is acting, and what day it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from teamdesk.domain.accounts import ROLE_TITLES, AccountRole, Actor
from teamdesk.domain.text import N_, Message, Term

if TYPE_CHECKING:  # the store (SQLCipher, crypto) is imported by whoever opens one
    from teamdesk.store.store import Store
    from teamdesk.store.trust import SessionKeys


class Permission(StrEnum):
    """Things a person may be allowed to do."""

    READ_RESIDENTS = "read_residents"
    EDIT_TEAMS = "edit_teams"
    EDIT_TEAM_NOTES = "edit_team_notes"
    EDIT_RESIDENTS = "edit_residents"
    EDIT_STAFF = "edit_staff"
    EDIT_SETTINGS = "edit_settings"
    EDIT_PLANS = "edit_plans"
    # Issue 9: a coordinator edits the plans they coordinate (EDIT_PLANS) and reads the others
    # of their unit; leaders edit, start and hand over every plan in their scope.
    EDIT_ALL_PLANS = "edit_all_plans"
    APPROVE_PLANS = "approve_plans"
    OVERRIDE_RULES = "override_rules"
    MANAGE_ACCOUNTS = "manage_accounts"
    EXPORT = "export"
    READ_AUDIT = "read_audit"
    MAKE_BACKUPS = "make_backups"
    RESTORE_BACKUPS = "restore_backups"
    # Issue 5: leaders train, pair and guide coordinators; coordinators prepare the meetings of
    # the plans they coordinate, leaders those of every plan.
    MANAGE_MENTORING = "manage_mentoring"
    PREPARE_MEETINGS = "prepare_meetings"
    PREPARE_ALL_MEETINGS = "prepare_all_meetings"
    # Issue 11: exchanging changes with the house's other PCs. Every signed-in role may: it
    # brings colleagues' work to this PC and sends what was made here, it edits nothing itself.
    SYNC = "sync"
    # Issue 13: the rota (its shift kinds and its cycle) is the leader's: it is the work-time
    # plan the leader answers for, the way a rota system lets only the leader publish it.
    # One-off changes for a date (a swap, an extra shift, a covered sick leave) say who is here
    # that day, as absences do, so they need EDIT_TEAMS like absences.
    EDIT_ROTA = "edit_rota"


_ALL = frozenset(Permission)

# What each permission lets a person do, said as a person would (the infinitive that follows
# "may"): refusals and the reasons on disabled buttons name this, never the technical value.
PERMISSION_ACTIONS: dict[Permission, str] = {
    Permission.READ_RESIDENTS: N_("read residents' records"),
    Permission.EDIT_TEAMS: N_("change teams and who works with whom"),
    Permission.EDIT_TEAM_NOTES: N_("write notes about the teams"),
    Permission.EDIT_RESIDENTS: N_("change residents' details"),
    Permission.EDIT_STAFF: N_("change staff records"),
    Permission.EDIT_SETTINGS: N_("change the house settings"),
    Permission.EDIT_PLANS: N_("change individual plans"),
    Permission.EDIT_ALL_PLANS: N_("start individual plans and change those of others"),
    Permission.APPROVE_PLANS: N_("approve individual plans"),
    Permission.OVERRIDE_RULES: N_("override the team rules"),
    Permission.MANAGE_ACCOUNTS: N_("manage accounts"),
    Permission.EXPORT: N_("print and export"),
    Permission.READ_AUDIT: N_("read the access log"),
    Permission.MAKE_BACKUPS: N_("make backups"),
    Permission.RESTORE_BACKUPS: N_("restore backups"),
    Permission.MANAGE_MENTORING: N_("train, pair and guide coordinators"),
    Permission.PREPARE_MEETINGS: N_("prepare meetings"),
    Permission.PREPARE_ALL_MEETINGS: N_("prepare meetings about every plan"),
    Permission.SYNC: N_("sync with the house's other PCs"),
    Permission.EDIT_ROTA: N_("change rotas and shift kinds"),
}

# The roles in plural, in the order a reason names them ("Only leaders and administrators").
ROLE_PLURALS: dict[AccountRole, str] = {
    AccountRole.LEADER: N_("leaders"),
    AccountRole.COORDINATOR: N_("coordinators"),
    AccountRole.STAFF: N_("staff"),
    AccountRole.READ_ONLY: N_("read-only accounts"),
    AccountRole.ADMINISTRATOR: N_("administrators"),
}


def _role_list(roles: list[AccountRole]) -> Term | Message:
    """Roles as words in a sentence: "leaders", "leaders and administrators", "a, b and c"."""
    if len(roles) == 1:
        return Term(ROLE_PLURALS[roles[0]])
    if len(roles) == 2:
        return Message(
            N_("{first} and {last}"),
            {"first": Term(ROLE_PLURALS[roles[0]]), "last": Term(ROLE_PLURALS[roles[1]])},
        )
    return Message(
        N_("{first}, {rest}"),
        {"first": Term(ROLE_PLURALS[roles[0]]), "rest": _role_list(roles[1:])},
    )


def permission_refusal(name: str, role: AccountRole, permission: Permission, ask: str) -> Message:
    """The sentence refusing ``permission`` to ``name``: what they may not do, in words."""
    return Message(
        N_("{name} ({role}) may not do this: {action}. {ask}"),
        {
            "name": name,
            "role": Term(ROLE_TITLES[role], lower=True),
            "action": Term(PERMISSION_ACTIONS[permission]),
            "ask": Message(ask),
        },
    )


# What each role may do (issue 3): administrators run accounts, settings and restores (and, in a
# small house where the administrator is also the leader, everything else); leaders everything
# in the unit except accounts and restores, with rule overrides and the access log; coordinators
# edit the plans they coordinate (the unit's other plans they only read) and the teams around
# them; staff read residents and edit team notes; read-only accounts only read. Checked in the
# services, so a hidden button is never the only guard.
ROLE_PERMISSIONS: dict[AccountRole, frozenset[Permission]] = {
    AccountRole.ADMINISTRATOR: _ALL,
    AccountRole.LEADER: _ALL - {Permission.MANAGE_ACCOUNTS, Permission.RESTORE_BACKUPS},
    AccountRole.COORDINATOR: frozenset(
        {
            Permission.READ_RESIDENTS,
            Permission.EDIT_TEAMS,
            Permission.EDIT_TEAM_NOTES,
            Permission.EDIT_PLANS,
            Permission.APPROVE_PLANS,
            Permission.EXPORT,
            Permission.PREPARE_MEETINGS,
            Permission.SYNC,
        }
    ),
    AccountRole.STAFF: frozenset(
        {Permission.READ_RESIDENTS, Permission.EDIT_TEAM_NOTES, Permission.SYNC}
    ),
    AccountRole.READ_ONLY: frozenset({Permission.READ_RESIDENTS, Permission.SYNC}),
}

# Roles that see every unit; the others see only their own unit when the account has one.
ALL_UNITS_ROLES = frozenset({AccountRole.ADMINISTRATOR})

# What belongs to the whole house (its units and house-wide settings): an account tied to one
# unit may not do it, whatever its role allows in that unit.
HOUSE_WIDE_PERMISSIONS = frozenset({Permission.EDIT_SETTINGS})

# The permission a write to each table needs (used where a write is replayed generically, as in
# undo and redo, on top of the row's own checks there). A table not listed is never replayed.
TABLE_PERMISSIONS: dict[str, Permission] = {
    "unit": Permission.EDIT_SETTINGS,
    "setting": Permission.EDIT_SETTINGS,
    "team": Permission.EDIT_TEAMS,
    "team_membership": Permission.EDIT_TEAMS,
    "assignment": Permission.EDIT_TEAMS,
    "absence": Permission.EDIT_TEAMS,
    "shift_change": Permission.EDIT_TEAMS,
    "shift_kind": Permission.EDIT_ROTA,
    "rota": Permission.EDIT_ROTA,
    "rota_line": Permission.EDIT_ROTA,
    "rota_shift": Permission.EDIT_ROTA,
    "resident": Permission.EDIT_RESIDENTS,
    "plan": Permission.EDIT_PLANS,
    "plan_goal": Permission.EDIT_PLANS,
    "plan_participant": Permission.EDIT_PLANS,
    "plan_measure": Permission.EDIT_PLANS,
    "plan_version": Permission.APPROVE_PLANS,
    "case_role": Permission.EDIT_STAFF,
    "staff": Permission.EDIT_STAFF,
    "account": Permission.MANAGE_ACCOUNTS,
    "training": Permission.EDIT_STAFF,
    "mentorship": Permission.MANAGE_MENTORING,
    "guidance_session": Permission.MANAGE_MENTORING,
    "coordinator_network": Permission.MANAGE_MENTORING,
    "network_member": Permission.MANAGE_MENTORING,
    "network_meeting": Permission.MANAGE_MENTORING,
    "network_attendance": Permission.MANAGE_MENTORING,
    "meeting": Permission.PREPARE_MEETINGS,
    "meeting_participant": Permission.PREPARE_MEETINGS,
    "agenda_item": Permission.PREPARE_MEETINGS,
    "action_item": Permission.PREPARE_MEETINGS,
    # Issue 15: starting a check-in is undoable; answers and sealed counts are never replayed
    # by undo (the services return no changes for them), and would need a leader if forged.
    "relation_round": Permission.PREPARE_MEETINGS,
    "relation_respondent": Permission.PREPARE_ALL_MEETINGS,
    "relation_tally": Permission.PREPARE_ALL_MEETINGS,
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


class InvalidInput(ServiceError):
    """Input a person typed that cannot be saved as it is."""


@dataclass
class ServiceContext:
    """The store, the acting person and the clock; handed to every service."""

    store: Store
    actor: Actor
    today: Callable[[], date] = field(default=date.today)
    # The signed-in account's keys: an administrator's grant key signs the grants they change.
    keys: SessionKeys | None = None
    # The wall clock in the house's own time (shifts are written in local time, issue 13).
    now: Callable[[], datetime] = field(default=datetime.now)

    def moment(self) -> datetime:
        """Now, on the day the context calls today (a test or a demo may fix the day)."""
        return datetime.combine(self.today(), self.now().time().replace(microsecond=0))

    def can(self, permission: Permission) -> bool:
        if permission not in ROLE_PERMISSIONS[self.actor.role]:
            return False
        return permission not in HOUSE_WIDE_PERMISSIONS or self.only_unit is None

    def _unit_bound_refusal(self, permission: Permission) -> Message | None:
        """Why a role that has ``permission`` may not use it here: the account is tied to one
        unit and the permission is the whole house's."""
        if permission in ROLE_PERMISSIONS[self.actor.role] and not self.can(permission):
            return Message(
                N_(
                    "{name} works for one unit, and may not {action}: that is for the whole "
                    "house. Ask an administrator, or a leader who is not tied to one unit."
                ),
                {"name": self.actor.name, "action": Term(PERMISSION_ACTIONS[permission])},
            )
        return None

    def require(self, permission: Permission) -> None:
        """Refuse with a sentence when the acting person lacks ``permission``."""
        bound = self._unit_bound_refusal(permission)
        if bound is not None:
            raise PermissionDenied(bound)
        if not self.can(permission):
            raise PermissionDenied(
                permission_refusal(
                    self.actor.name,
                    self.actor.role,
                    permission,
                    N_("Ask a leader or an administrator."),
                )
            )

    def why_not(self, permission: Permission) -> Message | None:
        """Why the acting person may not use ``permission`` ("Only leaders and administrators
        may approve individual plans."), for the reason on a disabled button; None when they
        may."""
        if self.can(permission):
            return None
        bound = self._unit_bound_refusal(permission)
        if bound is not None:
            return bound
        roles = [r for r in ROLE_PLURALS if permission in ROLE_PERMISSIONS[r]]
        return Message(
            N_("Only {roles} may {action}."),
            {"roles": _role_list(roles), "action": Term(PERMISSION_ACTIONS[permission])},
        )

    def require_write(self, table: str) -> None:
        """Refuse a write to ``table`` that the acting person's role does not allow."""
        needed = TABLE_PERMISSIONS.get(table)
        if needed is None:
            raise PermissionDenied(Message(N_("This change cannot be undone or redone.")))
        self.require(needed)

    def sees_unit(self, unit_id: str | None) -> bool:
        """Whether the acting person may see records of ``unit_id``: administrators and
        accounts tied to no unit see all; everyone else sees their own unit (and records not
        tied to any unit)."""
        if self.actor.role in ALL_UNITS_ROLES or self.actor.unit_id is None:
            return True
        return unit_id is None or unit_id == self.actor.unit_id

    @property
    def only_unit(self) -> str | None:
        """The one unit the acting person is limited to, or None when they see every unit:
        :meth:`sees_unit` for queries that filter in SQL (``unit_id IS NULL OR unit_id = ?``)."""
        if self.actor.role in ALL_UNITS_ROLES:
            return None
        return self.actor.unit_id

    def require_unit(self, unit_id: str | None) -> None:
        """Refuse a record of another unit than the acting person's own."""
        if not self.sees_unit(unit_id):
            raise PermissionDenied(
                Message(
                    N_(
                        "{name} works in another unit and may not open this record. Ask a "
                        "leader of that unit."
                    ),
                    {"name": self.actor.name},
                )
            )

    @property
    def who(self) -> str:
        """The name written to ``updated_by`` and the audit log."""
        return self.actor.name
