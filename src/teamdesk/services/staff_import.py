"""Day one: a new house's staff list comes in from its Excel or CSV file (issue 13).

The same shape as the rota import: :meth:`StaffImportService.preview` reads and matches, writing
nothing; :meth:`StaffImportService.commit` registers the new staff in one transaction and one
undoable step and remembers which column holds what. Staff already registered (the same
employee number, else the same name) are left as they are. A row naming a unit TeamDesk does not
know, or a peer-worker cell that is neither yes nor no, is listed and left out; an education
TeamDesk cannot place is read as "other education" and listed, so the leader can correct it. A
cell that starts like a formula or a name TeamDesk refuses gets a sentence naming the row and
column, and nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from teamdesk.domain.team import Education, Staff
from teamdesk.domain.text import N_, Message
from teamdesk.services.context import InvalidInput, Permission, ServiceContext
from teamdesk.services.inputs import name_text, short_text
from teamdesk.services.settings import write_setting
from teamdesk.services.table_files import (
    Table,
    formula_problem,
    looks_like_formula,
    read_table,
    refuse_at,
)
from teamdesk.services.team import Outcome, TeamService
from teamdesk.store import team_repo
from teamdesk.store.store import Store

SETTING_KEY = "staff_import"
FIELDS = ("name", "employee_number", "education", "fte_percent", "unit", "peer_worker")
# Headings Norwegian and Danish lists use, lower case; the first field whose word is in a
# heading takes that column.
_HEADINGS: dict[str, tuple[str, ...]] = {
    "employee_number": (
        "ansattnr",
        "ansattnummer",
        "ansatt nr",
        "medarbejdernr",
        "medarbejdernummer",
        "lønnsnr",
        "lønnr",
        "employee",
    ),
    "name": ("navn", "name"),
    "education": ("utdanning", "uddannelse", "education", "fagbrev", "stillingstype", "faggruppe"),
    "fte_percent": ("stillingsprosent", "stilling", "fte", "%", "prosent", "procent", "timetal"),
    "unit": ("avdeling", "afdeling", "enhet", "enhed", "unit", "bofellesskap", "bosted"),
    "peer_worker": ("erfaringskonsulent", "peer"),
}
_EDUCATION_WORDS: dict[Education, tuple[str, ...]] = {
    Education.BACHELOR: (
        "bachelor",
        "sykepleier",
        "sygeplejerske",
        "vernepleier",
        "sosionom",
        "socialrådgiver",
        "pedagog",
        "pædagog",
        "barnevernspedagog",
        "ergoterapeut",
        "høgskole",
        "nurse",
        "social educator",
    ),
    Education.HEALTH_WORKER: (
        "helsefag",
        "hjelpepleier",
        "omsorgsarbeider",
        "fagarbeider",
        "social- og sundhedsassistent",
        "sosu",
        "health worker",
    ),
    Education.OTHER: ("annen", "annet", "andet", "assistent", "ufaglært", "ufaglært", "other"),
}
_YES = frozenset({"ja", "j", "yes", "y", "x", "1", "true", "sant"})
_NO = frozenset({"", "nei", "nej", "n", "no", "0", "false", "usant", "-"})


@dataclass(frozen=True)
class StaffPreview:
    """What a staff import would register, and what it leaves out; nothing is written yet."""

    file_name: str
    mapping: dict[str, str]
    new: list[dict[str, object]]
    existing: list[str] = field(default_factory=list)
    left_out: list[tuple[int, str, str]] = field(default_factory=list)
    read_as_other: list[tuple[int, str]] = field(default_factory=list)

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
        for row, text in self.read_as_other:
            lines.append(
                Message(
                    N_(
                        "Row {row}: the education “{text}” is not recognised, so it is "
                        "registered as other education."
                    ),
                    {"row": row, "text": text},
                )
            )
        if self.existing:
            lines.append(
                Message(
                    N_("Already registered, so left as they are: {names}."),
                    {"names": ", ".join(self.existing)},
                )
            )
        lines.append(Message(N_("New staff to register: {count}."), {"count": len(self.new)}))
        return lines


def remembered(store: Store, key: str, fields: Sequence[str]) -> dict[str, str] | None:
    """A column mapping saved by an earlier import (field -> heading), or None."""
    text = team_repo.setting(store, key)
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return {str(k): str(v) for k, v in data.items() if k in fields and isinstance(v, str)}


def remember(ctx: ServiceContext, key: str, mapping: Mapping[str, str]) -> None:
    """Save the column mapping (in the caller's transaction)."""
    value = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
    write_setting(ctx, key, value)


def guess_mapping(table: Table, headings: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Which column holds which field, from the headings: the first field whose word is in a
    heading takes it, and a column is taken once."""
    mapping: dict[str, str] = {}
    for key, words in headings.items():
        for heading in table.header:
            taken = not heading or heading in mapping.values()
            if not taken and any(word in heading.casefold() for word in words):
                mapping[key] = heading
                break
    return mapping


def usable_mapping(
    table: Table,
    given: Mapping[str, str] | None,
    saved: Mapping[str, str] | None,
    headings: Mapping[str, Sequence[str]],
) -> dict[str, str]:
    """The mapping to use: a guess from the headings, overridden by the one saved where the
    file has those columns, overridden by the one given (an empty heading there means "not in
    the file"); a column the file does not have is dropped."""
    merged = guess_mapping(table, headings)
    for layer in (saved or {}, given or {}):
        for key, heading in layer.items():
            if not heading:
                merged.pop(key, None)
            elif heading in table.header:
                merged[key] = heading
    return merged


def name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def find_staff(people: Sequence[Staff], text: str) -> Staff | None:
    """The one staff member ``text`` names: by employee number, else by name (``Etternavn,
    Fornavn`` too); None when nobody or more than one person matches."""
    text = text.strip()
    by_number = [s for s in people if s.employee_number and s.employee_number == text]
    if len(by_number) == 1:
        return by_number[0]
    wanted = {name_key(text)}
    if "," in text:
        last, _, first = text.partition(",")
        wanted.add(name_key(f"{first} {last}"))
    found = [s for s in people if name_key(s.name) in wanted]
    return found[0] if len(found) == 1 else None


def cells_of(
    table: Table, number: int, row: list[str], index: Mapping[str, int], *, allow_dash: str = ""
) -> dict[str, str]:
    """A row's mapped cells as text; refuses, naming the row and column, a cell that starts
    like a formula (a lone ``-`` in ``allow_dash``'s column is an empty value)."""
    cells = {key: row[column].strip() for key, column in index.items()}
    for key, text in cells.items():
        if looks_like_formula(text) and not (text == "-" and key in (allow_dash, "peer_worker")):
            raise refuse_at(table, number, index[key], formula_problem(text))
    return cells


class StaffImportService:
    """Import a staff list from CSV or XLSX: preview first, then one undoable write."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.team = TeamService(ctx)

    def remembered_mapping(self) -> dict[str, str] | None:
        """The column mapping used last (field -> heading), or None."""
        self.ctx.require(Permission.READ_RESIDENTS)
        return remembered(self.store, SETTING_KEY, FIELDS)

    def columns(self, path: Path) -> tuple[list[str], dict[str, str]]:
        """The file's headings and the mapping to start from (the one used last where the file
        has its columns, else a guess from the headings)."""
        self.ctx.require(Permission.EDIT_STAFF)
        table = read_table(path)
        return table.header, usable_mapping(table, None, self.remembered_mapping(), _HEADINGS)

    def preview(self, path: Path, mapping: Mapping[str, str] | None = None) -> StaffPreview:
        """What importing ``path`` would register; writes nothing. Refuses, with a sentence
        naming the row and column, a file that cannot be read, a file without a column of
        names, a cell that starts like a formula and a name TeamDesk refuses."""
        self.ctx.require(Permission.EDIT_STAFF)
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
        registered = self.team.staff()
        by_number = {s.employee_number: s for s in registered if s.employee_number}
        by_name = {name_key(s.name): s for s in registered}
        new: list[dict[str, object]] = []
        existing: list[str] = []
        left_out: list[tuple[int, str, str]] = []
        read_as_other: list[tuple[int, str]] = []
        seen: set[str] = set()
        for number, row in table.rows:
            cells = cells_of(table, number, row, index, allow_dash="fte_percent")
            if not any(cells.values()):
                continue
            try:
                name = name_text(cells["name"], N_("staff member's name"))
            except InvalidInput as exc:
                raise refuse_at(table, number, index["name"], exc.message) from None
            try:
                employee_number = short_text(
                    cells.get("employee_number", ""), N_("employee number")
                )
            except InvalidInput as exc:
                raise refuse_at(table, number, index["employee_number"], exc.message) from None
            found = by_number.get(employee_number) if employee_number else None
            found = found or by_name.get(name_key(name))
            if found is not None or name_key(name) in seen:
                existing.append(name)
                continue
            values: dict[str, object] = {"name": name}
            if employee_number:
                values["employee_number"] = employee_number
            problem = self._read_values(cells, values, units)
            if problem is not None:
                left_out.append((number, chosen[problem], cells[problem]))
                continue
            if cells.get("education") and values.get("education") is None:
                values["education"] = Education.OTHER
                read_as_other.append((number, cells["education"]))
            seen.add(name_key(name))
            new.append(values)
        return StaffPreview(table.name, chosen, new, existing, left_out, read_as_other)

    def _read_values(
        self, cells: dict[str, str], values: dict[str, object], units: dict[str, str]
    ) -> str | None:
        """Fill ``values`` from the row; returns the field that holds an unknown value."""
        education = cells.get("education", "").casefold()
        if education:
            matched = [
                e for e, words in _EDUCATION_WORDS.items() if any(w in education for w in words)
            ]
            values["education"] = matched[0] if len(matched) == 1 else None
        fte = cells.get("fte_percent", "").replace("%", "").replace(",", ".").strip()
        if fte and fte != "-":
            try:
                number = float(fte)
            except ValueError:
                return "fte_percent"
            percent = round(number * 100) if 0 < number <= 1 and "." in fte else round(number)
            if not 0 <= percent <= 100:
                return "fte_percent"
            values["fte_percent"] = percent
        unit = cells.get("unit", "")
        if unit:
            if name_key(unit) not in units:
                return "unit"
            values["unit_id"] = units[name_key(unit)]
        elif self.ctx.only_unit is not None:
            values["unit_id"] = self.ctx.only_unit
        peer = cells.get("peer_worker", "").casefold()
        if peer in _YES:
            values["peer_worker"] = True
        elif peer not in _NO:
            return "peer_worker"
        return None

    def commit(self, preview: StaffPreview) -> Outcome:
        """Register the staff ``preview`` showed as new, in one transaction and one undoable
        step, and remember the column mapping. Refuses, writing nothing, when one of them was
        registered since the preview."""
        self.ctx.require(Permission.EDIT_STAFF)
        registered = self.team.staff()
        numbers = {s.employee_number for s in registered if s.employee_number}
        names = {name_key(s.name) for s in registered}
        for values in preview.new:
            if name_key(str(values["name"])) in names or values.get("employee_number") in numbers:
                raise InvalidInput(
                    Message(
                        N_(
                            "{name} was registered since the preview. Import the file again "
                            "to see what is new."
                        ),
                        {"name": str(values["name"])},
                    )
                )
        with self.store.recording() as changes, self.store.transaction():
            for values in preview.new:
                fields = {k: v for k, v in values.items() if v is not None}
                self.team.create_staff(str(fields.pop("name")), **fields)
            remember(self.ctx, SETTING_KEY, preview.mapping)
        return Outcome(changes)
