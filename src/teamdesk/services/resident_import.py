"""Day one: a new house's residents, with who is whose primary and secondary contact and who
is on their team, come in from its Excel or CSV file (issue 13).

A row per resident: name, room, unit, moved in, and the primary contact, the secondary contact
and the team members by name or employee number (members separated by commas, semicolons or
line breaks). The staff must be registered first (``teamdesk import staff``); a contact not
found among them is listed in the preview and left out, the resident comes in all the same.
A resident already registered (the same name in the same unit) is left as it is, but gets the
contacts the file names where it has none of that role yet, so a house that imported its
residents before its staff can import the same file again.

:meth:`ResidentImportService.preview` writes nothing; :meth:`ResidentImportService.commit`
writes what it showed in one transaction and one undoable step, and remembers the mapping.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from teamdesk.domain.dates import parse_day
from teamdesk.domain.team import Role, Staff
from teamdesk.domain.text import N_, Message
from teamdesk.services.context import InvalidInput, Permission, ServiceContext
from teamdesk.services.inputs import name_text, short_text
from teamdesk.services.staff_import import (
    cells_of,
    find_staff,
    name_key,
    remember,
    remembered,
    usable_mapping,
)
from teamdesk.services.table_files import read_table, refuse_at
from teamdesk.services.team import Outcome, TeamService
from teamdesk.store import team_repo

SETTING_KEY = "resident_import"
FIELDS = ("name", "room", "unit", "moved_in", "primary", "secondary", "members")
_HEADINGS: dict[str, tuple[str, ...]] = {
    "primary": ("primærkontakt", "primary", "kontaktperson", "hovedkontakt"),
    "secondary": ("sekundær", "secondary", "andre kontakt"),
    "members": ("team", "medlem", "members", "øvrige", "ressurs"),
    "moved_in": ("innflytt", "indflyt", "flyttet inn", "flyttede ind", "moved in", "fra dato"),
    "room": ("rom", "værelse", "leilighet", "lejlighed", "bolig", "room"),
    "unit": ("avdeling", "afdeling", "enhet", "enhed", "unit", "bofellesskap", "bosted"),
    "name": ("navn", "name", "beboer", "bruker", "borger"),
}
_SEPARATORS = re.compile(r"[;\n/]+|,(?=\s*[^\s;,/]+\s+[^\s;,/])")


@dataclass(frozen=True)
class NewResident:
    """A resident to register: the row it came from, its values and its contacts."""

    row: int
    values: dict[str, object]
    contacts: list[tuple[Role, Staff]]


@dataclass(frozen=True)
class ResidentPreview:
    """What a resident import would write, and what it leaves out; nothing is written yet."""

    file_name: str
    mapping: dict[str, str]
    new: list[NewResident]
    contacts_for_existing: list[tuple[str, str, Role, Staff]] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    left_out: list[tuple[int, str, str]] = field(default_factory=list)
    unknown_staff: list[tuple[int, str]] = field(default_factory=list)

    @property
    def contacts(self) -> int:
        return sum(len(r.contacts) for r in self.new) + len(self.contacts_for_existing)

    def summary(self) -> list[Message]:
        """The preview in sentences, what is left out first."""
        lines: list[Message] = []
        for row, heading, text in self.left_out:
            lines.append(
                Message(
                    N_("Row {row} is left out: {heading} “{text}” is not known."),
                    {"row": row, "heading": heading, "text": text},
                )
            )
        for row, text in self.unknown_staff:
            lines.append(
                Message(
                    N_("Row {row}: {name} is not found among the staff, so left out as a contact."),
                    {"row": row, "name": text},
                )
            )
        if self.existing:
            lines.append(
                Message(
                    N_("Already registered, so left as they are: {names}."),
                    {"names": ", ".join(self.existing)},
                )
            )
        lines.append(
            Message(
                N_(
                    "New residents to register: {count}. Contacts and team members to give: "
                    "{contacts}."
                ),
                {"count": len(self.new), "contacts": self.contacts},
            )
        )
        return lines


class ResidentImportService:
    """Import residents and their contacts from CSV or XLSX: preview, then one undoable write."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.team = TeamService(ctx)

    def remembered_mapping(self) -> dict[str, str] | None:
        """The column mapping used last (field -> heading), or None."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return remembered(self.store, SETTING_KEY, FIELDS)

    def columns(self, path: Path) -> tuple[list[str], dict[str, str]]:
        """The file's headings and the mapping to start from."""
        self.ctx.require(Permission.EDIT_RESIDENTS)
        table = read_table(path)
        return table.header, usable_mapping(table, None, self.remembered_mapping(), _HEADINGS)

    def preview(self, path: Path, mapping: Mapping[str, str] | None = None) -> ResidentPreview:
        """What importing ``path`` would write; writes nothing. Refuses, with a sentence naming
        the row and column, a file that cannot be read, a file without a column of names, a
        cell that starts like a formula, a name TeamDesk refuses and a date that is none."""
        self.ctx.require(Permission.EDIT_RESIDENTS)
        self.ctx.require(Permission.EDIT_TEAMS)
        table = read_table(path)
        chosen = usable_mapping(table, mapping, self.remembered_mapping(), _HEADINGS)
        if "name" not in chosen:
            raise InvalidInput(
                Message(
                    N_("{file} has no column of names. Its columns are: {columns}."),
                    {"file": table.name, "columns": ", ".join(h for h in table.header if h)},
                )
            )
        index = {key: table.header.index(heading) for key, heading in chosen.items()}
        units = {
            name_key(u.name): u.id for u in team_repo.units(self.store) if self.ctx.sees_unit(u.id)
        }
        staff = self.team.staff(include_inactive=False)
        registered = {(name_key(r.name), r.unit_id): r for r in self.team.residents()}
        today = self.ctx.today()
        new: list[NewResident] = []
        for_existing: list[tuple[str, str, Role, Staff]] = []
        existing: list[str] = []
        left_out: list[tuple[int, str, str]] = []
        unknown_staff: list[tuple[int, str]] = []
        seen: set[tuple[str, str | None]] = set()
        for number, row in table.rows:
            cells = cells_of(table, number, row, index)
            if not any(cells.values()):
                continue
            try:
                name = name_text(cells["name"], N_("resident's name"))
            except InvalidInput as exc:
                raise refuse_at(table, number, index["name"], exc.message) from None
            try:
                room = short_text(cells.get("room", ""), N_("room"))
            except InvalidInput as exc:
                raise refuse_at(table, number, index["room"], exc.message) from None
            unit_text = cells.get("unit", "")
            if unit_text and name_key(unit_text) not in units:
                left_out.append((number, chosen["unit"], unit_text))
                continue
            unit_id = units[name_key(unit_text)] if unit_text else self.ctx.only_unit
            moved_in: date | None = None
            if cells.get("moved_in"):
                try:
                    moved_in = parse_day(cells["moved_in"].split(" ")[0], today)
                except ValueError:
                    raise refuse_at(
                        table,
                        number,
                        index["moved_in"],
                        Message(
                            N_("{text} is not a date (write it as 08.02.2025 or 2025-02-08)."),
                            {"text": cells["moved_in"]},
                        ),
                    ) from None
            contacts: list[tuple[Role, Staff]] = []
            for role, column_key in ((Role.PRIMARY, "primary"), (Role.SECONDARY, "secondary")):
                text = cells.get(column_key, "")
                if text:
                    person = find_staff(staff, text)
                    if person is None:
                        unknown_staff.append((number, text))
                    elif all(p.id != person.id for _, p in contacts):
                        contacts.append((role, person))
            for text in _SEPARATORS.split(cells.get("members", "")):
                text = text.strip()
                if not text:
                    continue
                person = find_staff(staff, text)
                if person is None:
                    unknown_staff.append((number, text))
                elif all(p.id != person.id for _, p in contacts):
                    contacts.append((Role.MEMBER, person))
            key = (name_key(name), unit_id)
            current = registered.get(key)
            if current is not None or key in seen:
                existing.append(name)
                if current is not None:
                    for_existing += self._missing_contacts(current.id, current.name, contacts)
                continue
            seen.add(key)
            values: dict[str, object] = {"name": name, "unit_id": unit_id}
            if room:
                values["room"] = room
            if moved_in is not None:
                values["moved_in"] = moved_in
            new.append(NewResident(number, values, contacts))
        return ResidentPreview(
            table.name, chosen, new, for_existing, existing, left_out, unknown_staff
        )

    def _missing_contacts(
        self, resident_id: str, name: str, contacts: list[tuple[Role, Staff]]
    ) -> list[tuple[str, str, Role, Staff]]:
        """The contacts the file names that a registered resident has no one in yet."""
        today = self.ctx.today()
        current = [
            a
            for a in team_repo.assignments(self.store, resident_id=resident_id)
            if a.current_on(today)
        ]
        held = {a.role for a in current if a.role is not Role.MEMBER}
        people = {a.staff_id for a in current}
        return [
            (resident_id, name, role, person)
            for role, person in contacts
            if person.id not in people and (role is Role.MEMBER or role not in held)
        ]

    def commit(self, preview: ResidentPreview) -> Outcome:
        """Write what ``preview`` showed, in one transaction and one undoable step, and
        remember the column mapping. Refuses, writing nothing, when one of the new residents
        was registered since the preview."""
        self.ctx.require(Permission.EDIT_RESIDENTS)
        self.ctx.require(Permission.EDIT_TEAMS)
        registered = {(name_key(r.name), r.unit_id) for r in self.team.residents()}
        for resident in preview.new:
            name = str(resident.values["name"])
            if (name_key(name), resident.values.get("unit_id")) in registered:
                raise InvalidInput(
                    Message(
                        N_(
                            "{name} was registered since the preview. Import the file again "
                            "to see what is new."
                        ),
                        {"name": name},
                    )
                )
        today = self.ctx.today()
        with self.store.recording() as changes, self.store.transaction():
            for resident in preview.new:
                fields = dict(resident.values)
                row_id = self.team.create_resident(str(fields.pop("name")), **fields).row_id
                assert row_id is not None
                moved_in = resident.values.get("moved_in")
                since = moved_in if isinstance(moved_in, date) and moved_in < today else today
                for role, person in resident.contacts:
                    self.team.assign(row_id, person.id, role, since)
            for resident_id, _name, role, person in preview.contacts_for_existing:
                self.team.assign(resident_id, person.id, role, today)
            remember(self.ctx, SETTING_KEY, preview.mapping)
        return Outcome(changes)
