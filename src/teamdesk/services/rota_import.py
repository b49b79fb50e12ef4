"""Importing a rota from a house's spreadsheet (issue 13): read, preview, then write in one step.

The sheet has a row per staff member and a column per day: the person's employee number or
name in one column, and either dated columns (``08.02.2025``, ``2025-02-08``, an Excel date,
also with a weekday in front) or cycle-day columns (``1`` to ``84``, ``Dag 1``). A cell holds
a shift code (``D``), a shift's times (``07:30-15:30``), or nothing (a day off; so does ``-``).

:meth:`RotaImportService.preview` reads the file and matches people and codes, writing nothing:
unknown names and codes are listed and left out. :meth:`RotaImportService.commit` writes what
the preview showed, in one transaction and one undoable step, and remembers the column mapping
for the unit. A bad file gets a sentence naming the row and column, and nothing is written.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from teamdesk.domain.dates import parse_day
from teamdesk.domain.rota import (
    DEFAULT_CYCLE_WEEKS,
    DEFAULT_SHIFT_KINDS,
    MAX_CYCLE_WEEKS,
    Rota,
    ShiftKind,
    parse_clock,
)
from teamdesk.domain.team import Staff
from teamdesk.domain.text import N_, Day, Message
from teamdesk.services.context import InvalidInput, NotFound, Permission, ServiceContext
from teamdesk.services.inputs import name_text
from teamdesk.services.rota import Cells, RotaService
from teamdesk.services.settings import write_setting
from teamdesk.services.table_files import (
    Table,
    formula_problem,
    looks_like_formula,
    read_table,
    refuse_at,
)
from teamdesk.services.team import Outcome
from teamdesk.store import rota_repo, team_repo
from teamdesk.store.store import Store

WHO_EMPLOYEE_NUMBER = "employee_number"
WHO_NAME = "name"
_NUMBER_HEADINGS = ("ansattnr", "ansattnummer", "ansatt nr", "employee", "lønnsnr", "løpenr", "nr")
_NAME_HEADINGS = ("navn", "name", "ansatt", "medarbeider", "etternavn")
_DATE_IN_HEADING = re.compile(r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4})")
_CYCLE_HEADING = re.compile(r"(?:dag|day|d)?\s*(\d{1,3})", re.IGNORECASE)
_TIMES = re.compile(r"(\d{1,2}[:.]?\d{2})\s*[-–]\s*(\d{1,2}[:.]?\d{2})")
_OFF = frozenset({"", "-", "–", "—"})


@dataclass(frozen=True)
class RotaMapping:
    """Which column names the person, and how (employee number or name); remembered per unit."""

    who_column: str
    who: str = WHO_NAME

    def to_json(self) -> str:
        return json.dumps({"who_column": self.who_column, "who": self.who}, ensure_ascii=False)

    @staticmethod
    def from_json(text: str) -> RotaMapping | None:
        try:
            data = json.loads(text)
            who = str(data["who"])
            if who not in (WHO_EMPLOYEE_NUMBER, WHO_NAME):
                return None
            return RotaMapping(str(data["who_column"]), who)
        except (ValueError, KeyError, TypeError):
            return None


@dataclass(frozen=True)
class RotaPreview:
    """What an import would write, and what it leaves out; nothing is written yet."""

    file_name: str
    unit_id: str | None
    mapping: RotaMapping
    rota: Rota | None
    new_rota: Rota | None
    cells: dict[tuple[str, int], str | None]
    staff: dict[str, Staff]
    kinds: dict[str, ShiftKind]
    unknown_people: list[tuple[int, str]] = field(default_factory=list)
    unknown_codes: dict[str, int] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def shifts(self) -> int:
        return sum(1 for v in self.cells.values() if v is not None)

    @property
    def days_off(self) -> int:
        return sum(1 for v in self.cells.values() if v is None)

    def summary(self) -> list[Message]:
        """The preview in sentences, the unknowns first."""
        lines: list[Message] = []
        if self.unknown_people:
            lines.append(
                Message(
                    N_("Not found among the staff, so left out: {names}."),
                    {
                        "names": ", ".join(
                            f"{text} (row {row})" for row, text in self.unknown_people
                        )
                    },
                )
            )
        if self.unknown_codes:
            lines.append(
                Message(
                    N_("Unknown shift codes, so those days are left as they are: {codes}."),
                    {
                        "codes": ", ".join(
                            f"{c} ×{n}" for c, n in sorted(self.unknown_codes.items())
                        )
                    },
                )
            )
        if self.new_rota is not None:
            lines.append(
                Message(
                    N_("A new rota of {weeks} weeks starting {day} will be made for the unit."),
                    {"weeks": self.new_rota.cycle_weeks, "day": Day(self.new_rota.starts_on)},
                )
            )
        lines.append(
            Message(
                N_("{people} staff: {shifts} shifts and {off} days off will be written."),
                {"people": len(self.staff), "shifts": self.shifts, "off": self.days_off},
            )
        )
        return lines


class RotaImportService:
    """Import a unit's rota from CSV or XLSX: preview first, then one undoable write."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.rotas = RotaService(ctx)

    def remembered_mapping(self, unit_id: str | None) -> RotaMapping | None:
        """The column mapping last used for this unit's rota, or None."""
        self.ctx.require(Permission.READ_RESIDENTS)
        self.ctx.require_unit(unit_id)
        text = team_repo.setting(self.store, _setting_key(unit_id))
        return RotaMapping.from_json(text) if text else None

    def columns(self, path: Path, unit_id: str | None) -> tuple[list[str], RotaMapping]:
        """The headings of the file's columns, and the mapping to start from: the one
        remembered for the unit where the file has its column, else a guess from the headings.
        Refuses, with a sentence, a file that cannot be read."""
        self.ctx.require(Permission.EDIT_ROTA)
        table = read_table(path)
        remembered = self.remembered_mapping(unit_id)
        if remembered is not None and remembered.who_column in table.header:
            return table.header, remembered
        return table.header, guess_mapping(table)

    def preview(
        self,
        path: Path,
        unit_id: str | None,
        mapping: RotaMapping | None = None,
        starts_on: date | None = None,
    ) -> RotaPreview:
        """What importing ``path`` into the unit's rota would write; writes nothing.

        ``mapping`` defaults to the one remembered for the unit, else a guess from the
        headings. Refuses, with a sentence naming the row and column, a file that cannot be
        read, a heading that looks like a date but is none (31.02.2025), a cell that starts
        like a formula, a date before the rota starts and a person listed twice.
        """
        self.ctx.require(Permission.EDIT_ROTA)
        self.ctx.require_unit(unit_id)
        if unit_id is not None and team_repo.unit(self.store, unit_id) is None:
            raise NotFound(Message(N_("This unit no longer exists.")))
        table = read_table(path)
        mapping = mapping or self.remembered_mapping(unit_id) or guess_mapping(table)
        if mapping.who_column not in table.header:
            raise InvalidInput(
                Message(
                    N_("{file} has no column {column}. Its columns are: {columns}."),
                    {
                        "file": table.name,
                        "column": mapping.who_column,
                        "columns": ", ".join(h for h in table.header if h),
                    },
                )
            )
        who_index = table.header.index(mapping.who_column)
        dated, cycle, ignored = _day_columns(table, who_index)
        rota = rota_repo.rota_of_unit(self.store, unit_id)
        new_rota: Rota | None = None
        if rota is None:
            start = starts_on or (min(dated.values()) if dated else None)
            if start is None:
                raise InvalidInput(
                    Message(
                        N_(
                            "The unit has no rota yet and the file's days are cycle days, so "
                            "say when the rota starts (the date of its day 1)."
                        )
                    )
                )
            span = (max(dated.values()) - start).days + 1 if dated else max(cycle.values()) + 1
            weeks = min(MAX_CYCLE_WEEKS, max(1, math.ceil(span / 7))) if span > 0 else 1
            new_rota = Rota("", unit_id, weeks if dated or cycle else DEFAULT_CYCLE_WEEKS, start)
        target = rota or new_rota
        assert target is not None
        day_of: dict[int, int] = {}
        for index, day in dated.items():
            cycle_day = target.cycle_day(day)
            if cycle_day is None:
                raise refuse_at(
                    table,
                    table.header_row,
                    index,
                    Message(
                        N_("{day} is before the rota starts ({start})."),
                        {"day": Day(day), "start": Day(target.starts_on)},
                    ),
                )
            day_of[index] = cycle_day
        for index, number in cycle.items():
            if number >= target.cycle_days:
                raise refuse_at(
                    table,
                    table.header_row,
                    index,
                    Message(
                        N_("Day {day} is outside the rota's cycle of {weeks} weeks."),
                        {"day": number + 1, "weeks": target.cycle_weeks},
                    ),
                )
            day_of[index] = number
        kinds = rota_repo.shift_kinds(self.store)
        if not kinds:
            kinds = _default_kinds()
        people = _people(self.ctx, unit_id)
        cells: dict[tuple[str, int], str | None] = {}
        where: dict[tuple[str, int], tuple[int, int]] = {}
        staff: dict[str, Staff] = {}
        seen_rows: dict[str, int] = {}
        unknown_people: list[tuple[int, str]] = []
        unknown_codes: dict[str, int] = {}
        for number, row in table.rows:
            who_text = row[who_index].strip()
            if not who_text and not any(row[i] for i in day_of):
                continue
            if looks_like_formula(who_text):
                raise refuse_at(table, number, who_index, formula_problem(who_text))
            try:
                who_text = name_text(who_text, N_("staff member's name"))
            except InvalidInput as exc:
                raise refuse_at(table, number, who_index, exc.message) from None
            person = _find(people, who_text, mapping.who)
            if person is None:
                unknown_people.append((number, who_text))
                continue
            if person.id in seen_rows:
                raise refuse_at(
                    table,
                    number,
                    who_index,
                    Message(
                        N_("{name} is also in row {other}; a person has one line in the rota."),
                        {"name": person.name, "other": seen_rows[person.id]},
                    ),
                )
            seen_rows[person.id] = number
            staff[person.id] = person
            for index, cycle_day in day_of.items():
                text = row[index].strip()
                if text in _OFF:
                    value: str | None = None
                elif looks_like_formula(text):
                    raise refuse_at(table, number, index, formula_problem(text))
                else:
                    kind = _kind_for(text, kinds)
                    if kind is None:
                        unknown_codes[text] = unknown_codes.get(text, 0) + 1
                        continue
                    value = kind.id
                key = (person.id, cycle_day)
                if key in cells and cells[key] != value:
                    _, other_column = where[key]
                    raise refuse_at(
                        table,
                        number,
                        index,
                        Message(
                            N_(
                                "this date is the same day of the rota's cycle as column {other}, "
                                "which says otherwise. Import one cycle at a time."
                            ),
                            {"other": table.column_letter(other_column)},
                        ),
                    )
                cells[key] = value
                where[key] = (number, index)
        return RotaPreview(
            table.name,
            unit_id,
            mapping,
            rota,
            new_rota,
            cells,
            staff,
            kinds,
            unknown_people,
            unknown_codes,
            ignored,
        )

    def commit(self, preview: RotaPreview) -> Outcome:
        """Write what ``preview`` showed, in one transaction and one undoable step, and remember
        its column mapping for the unit. Refuses, writing nothing, when the unit's rota changed
        since the preview (another rota was made)."""
        self.ctx.require(Permission.EDIT_ROTA)
        self.ctx.require_unit(preview.unit_id)
        current = rota_repo.rota_of_unit(self.store, preview.unit_id)
        if (current.id if current else None) != (preview.rota.id if preview.rota else None):
            raise InvalidInput(
                Message(N_("The unit's rota changed since the preview. Import the file again."))
            )
        with self.store.recording() as changes, self.store.transaction():
            rota_id = current.id if current else None
            if rota_id is None:
                assert preview.new_rota is not None
                rota_id = self.rotas.create_rota(
                    preview.unit_id, preview.new_rota.starts_on, preview.new_rota.cycle_weeks
                ).row_id
                assert rota_id is not None
            cells = _by_stored_kinds(self.store, preview.cells)
            self.rotas.set_shifts(rota_id, cells)
            key = _setting_key(preview.unit_id)
            value = preview.mapping.to_json()
            write_setting(self.ctx, key, value)
        return Outcome(changes, rota_id)


def _setting_key(unit_id: str | None) -> str:
    return f"rota_import.{unit_id or 'none'}"


def guess_mapping(table: Table) -> RotaMapping:
    """The person's column from the headings: an employee number where there is one (rota
    systems match on it), else a name, else the first column."""
    lowered = [h.casefold() for h in table.header]
    for index, heading in enumerate(lowered):
        if any(word in heading for word in _NUMBER_HEADINGS):
            return RotaMapping(table.header[index], WHO_EMPLOYEE_NUMBER)
    for index, heading in enumerate(lowered):
        if any(word in heading for word in _NAME_HEADINGS):
            return RotaMapping(table.header[index], WHO_NAME)
    return RotaMapping(table.header[0], WHO_NAME)


def _day_columns(table: Table, who_index: int) -> tuple[dict[int, date], dict[int, int], list[str]]:
    """The dated columns, the cycle-day columns (0-based day) and the headings ignored."""
    dated: dict[int, date] = {}
    cycle: dict[int, int] = {}
    ignored: list[str] = []
    for index, heading in enumerate(table.header):
        if index == who_index:
            continue
        found = _DATE_IN_HEADING.search(heading)
        if found is not None:
            try:
                day = parse_day(found.group(1), date.today())
            except ValueError:
                day = None
            if day is None:
                raise refuse_at(
                    table,
                    table.header_row,
                    index,
                    Message(
                        N_("{text} is not a date (write it as 08.02.2025 or 2025-02-08)."),
                        {"text": found.group(1)},
                    ),
                )
            dated[index] = day
            continue
        cycle_match = _CYCLE_HEADING.fullmatch(heading.strip())
        if cycle_match is not None and int(cycle_match.group(1)) >= 1:
            cycle[index] = int(cycle_match.group(1)) - 1
            continue
        ignored.append(heading)
    if dated and cycle:
        first = min(cycle)
        raise refuse_at(
            table,
            table.header_row,
            first,
            Message(
                N_("the file mixes dated columns and cycle-day columns. Use one or the other.")
            ),
        )
    if not dated and not cycle:
        raise InvalidInput(
            Message(
                N_(
                    "{file} has no columns of days: the headings after the person's column should "
                    "be dates (08.02.2025) or days of the cycle (1, 2, 3...)."
                ),
                {"file": table.name},
            )
        )
    return dated, cycle, ignored


def _people(ctx: ServiceContext, unit_id: str | None) -> list[Staff]:
    """The staff an import may put on this unit's rota: the unit's and those of no unit."""
    return [
        s
        for s in team_repo.staff(ctx.store, include_inactive=False)
        if s.unit_id in (None, unit_id) and ctx.sees_unit(s.unit_id)
    ]


def _find(people: list[Staff], text: str, who: str) -> Staff | None:
    if who == WHO_EMPLOYEE_NUMBER:
        found = [s for s in people if s.employee_number and s.employee_number == text]
    else:
        wanted = {_name_key(text)}
        if "," in text:
            last, _, first = text.partition(",")
            wanted.add(_name_key(f"{first} {last}"))
        found = [s for s in people if _name_key(s.name) in wanted]
    return found[0] if len(found) == 1 else None


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _kind_for(text: str, kinds: dict[str, ShiftKind]) -> ShiftKind | None:
    for kind in kinds.values():
        if kind.code.casefold() == text.casefold():
            return kind
    times = _TIMES.fullmatch(text)
    if times is not None:
        try:
            starts, ends = parse_clock(times.group(1)), parse_clock(times.group(2))
        except ValueError:
            return None
        for kind in kinds.values():
            if (kind.start, kind.end) == (starts, ends):
                return kind
    return None


def _default_kinds() -> dict[str, ShiftKind]:
    """The shift kinds a new rota will get, keyed by their code until they are stored."""
    return {
        f"default:{code}": ShiftKind(f"default:{code}", code, name, starts, ends)
        for code, name, starts, ends in DEFAULT_SHIFT_KINDS
    }


def _by_stored_kinds(store: Store, cells: Cells) -> dict[tuple[str, int], str | None]:
    """Cells that named a default shift before it was stored, pointed at the stored one."""
    by_code = {k.code: k.id for k in rota_repo.shift_kinds(store).values()}
    return {
        key: by_code.get(value.removeprefix("default:"), value) if value else value
        for key, value in cells.items()
    }
