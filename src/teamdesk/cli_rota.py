"""CLI verbs for rotas (issue 13), hooked into :mod:`teamdesk.cli`:

- ``teamdesk rota import FILE --unit NAME [--who-column HEADING --who number|name] [--yes]``
  (also ``teamdesk import rota FILE ...``): shows the preview (unknown names and codes first)
  and writes only after a yes at the terminal or ``--yes``; without either nothing is written;
- ``teamdesk rota show --unit NAME [--week N]``: the unit's rota, a line per staff member;
- ``teamdesk import staff|residents FILE [--column FIELD=HEADING ...] [--yes]``: day one's
  staff list, or the residents with their contacts, through the same preview and yes.
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path

from teamdesk.cli import (
    EXIT_OK,
    CliError,
    _context,
    _count,
    _open_existing,
    _say,
    _t,
    cli_translate,
    shift_hours,
)
from teamdesk.domain.rota_rules import WEEKDAY_NAMES
from teamdesk.domain.team import Unit
from teamdesk.domain.text import N_, Message, Nn_, format_day, quoted
from teamdesk.services.context import ServiceContext
from teamdesk.services.resident_import import ResidentPreview
from teamdesk.services.staff_import import StaffPreview


def _render(message: Message) -> str:
    return message.in_language(cli_translate())


def _unit(ctx: ServiceContext, name: str) -> Unit:
    from teamdesk.services.team import TeamService

    units = TeamService(ctx).units()
    found = [u for u in units if u.name.casefold() == name.strip().casefold()]
    if len(found) != 1:
        known = ", ".join(u.name for u in units if ctx.sees_unit(u.id)) or _t(N_("none"))
        raise CliError(
            _say(
                N_("There is no unit called {name}. The units are: {units}."),
                name=quoted(name, cli_translate()),
                units=known,
            )
        )
    return found[0]


def rota(args: argparse.Namespace) -> int:
    """``teamdesk rota import|show``."""
    if args.action == "import":
        return import_rota(args)
    return show_rota(args)


def import_rota(args: argparse.Namespace) -> int:
    from teamdesk.services.rota_import import (
        WHO_EMPLOYEE_NUMBER,
        WHO_NAME,
        RotaImportService,
        RotaMapping,
    )

    if not args.file:
        raise CliError(
            _t(N_("Name the file to import, for example: teamdesk rota import turnus.xlsx"))
        )
    store, _ = _open_existing(args)
    try:
        ctx = _context(store, args.actor)
        unit = _unit(ctx, args.unit)
        service = RotaImportService(ctx)
        mapping = None
        if args.who_column:
            who = WHO_EMPLOYEE_NUMBER if args.who == "number" else WHO_NAME
            mapping = RotaMapping(args.who_column, who)
        preview = service.preview(Path(args.file), unit.id, mapping, args.starts)
        print(
            _say(N_("Rota import for {unit} from {file}"), unit=unit.name, file=preview.file_name)
        )
        by_number = preview.mapping.who == WHO_EMPLOYEE_NUMBER
        who = _t(N_("employee number")) if by_number else _t(N_("name"))
        column = _say(
            N_("the person is column {column} ({who})"),
            column=repr(preview.mapping.who_column),
            who=who,
        )
        print(f"  {column}")
        for line in preview.summary():
            print(f"  {_render(line)}")
        if not _confirmed(args):
            print(_t(N_("Nothing was written. Add --yes to import.")))
            return EXIT_OK
        outcome = service.commit(preview)
        print(_count(Nn_("Imported: %n change(s) written in one step."), len(outcome.changes)))
    finally:
        store.close()
    return EXIT_OK


# The answers that mean yes to the question before an import writes: the language's own (a
# translation lists them, "j|ja"), and the English ones, which work in every language.
YES_ANSWERS = N_("y|yes")


def yes_answers() -> frozenset[str]:
    """What a person may type for yes in the command line's language (English too)."""
    said = _t(YES_ANSWERS)
    return frozenset(
        word.strip().casefold() for word in f"{YES_ANSWERS}|j|ja|{said}".split("|") if word.strip()
    )


def _confirmed(args: argparse.Namespace) -> bool:
    """Whether to write: --yes, or a yes typed at the terminal (nothing is written without)."""
    if args.yes:
        return True
    if sys.stdin.isatty():
        try:
            answer = input(_t(N_("Write this? [y/N] ")))
        except EOFError:
            return False
        return answer.strip().casefold() in yes_answers()
    return False


def import_list(args: argparse.Namespace) -> int:
    """``teamdesk import staff|residents FILE``: the preview, then the write after a yes."""
    from teamdesk.services.resident_import import ResidentImportService
    from teamdesk.services.staff_import import StaffImportService

    mapping: dict[str, str] = {}
    for pair in args.column:
        field, sep, heading = pair.partition("=")
        if not sep or not field.strip() or not heading.strip():
            raise CliError(
                _say(
                    N_("Write --column as FIELD=HEADING, for example name=Navn, not {given}."),
                    given=quoted(pair, cli_translate()),
                )
            )
        mapping[field.strip()] = heading.strip()
    store, _ = _open_existing(args)
    try:
        ctx = _context(store, args.actor)
        service: StaffImportService | ResidentImportService = (
            StaffImportService(ctx) if args.what == "staff" else ResidentImportService(ctx)
        )
        preview = service.preview(Path(args.file), mapping or None)
        what = _t(N_("staff")) if args.what == "staff" else _t(N_("residents"))
        print(_say(N_("Import of {what} from {file}"), what=what, file=preview.file_name))
        columns = ", ".join(f"{k}={v}" for k, v in preview.mapping.items())
        print("  " + _say(N_("columns: {columns}"), columns=columns))
        for line in preview.summary():
            print(f"  {_render(line)}")
        if not _confirmed(args):
            print(_t(N_("Nothing was written. Add --yes to import.")))
            return EXIT_OK
        if isinstance(service, StaffImportService):
            assert isinstance(preview, StaffPreview)
            outcome = service.commit(preview)
        else:
            assert isinstance(preview, ResidentPreview)
            outcome = service.commit(preview)
        print(_count(Nn_("Imported: %n change(s) written in one step."), len(outcome.changes)))
    finally:
        store.close()
    return EXIT_OK


def show_rota(args: argparse.Namespace) -> int:
    from teamdesk.services.rota import RotaService

    store, _ = _open_existing(args)
    try:
        ctx = _context(store, args.actor)
        unit = _unit(ctx, args.unit)
        rotas = RotaService(ctx)
        found = rotas.rota_of_unit(unit.id)
        if found is None:
            raise CliError(
                _say(
                    N_("{unit} has no rota yet. Import one with teamdesk rota import."),
                    unit=unit.name,
                )
            )
        view = rotas.view(found.id)
        findings = rotas.findings(found.id)
    finally:
        store.close()
    weeks = [args.week] if args.week else list(range(1, view.rota.cycle_weeks + 1))
    for week in weeks:
        if not 1 <= week <= view.rota.cycle_weeks:
            raise CliError(
                _say(
                    N_("The rota has weeks 1 to {last}; there is no week {week}."),
                    last=view.rota.cycle_weeks,
                    week=week,
                )
            )
    translate = cli_translate()
    heading = _count(Nn_("Rota of {unit}: %n week(s) from {date}"), view.rota.cycle_weeks)
    print(heading.format(unit=unit.name, date=format_day(view.rota.starts_on, translate)))
    kinds = ", ".join(f"{k.code} {_t(k.name)} {shift_hours(k)}" for k in view.kinds.values())
    print(_say(N_("Shifts: {kinds}"), kinds=kinds))
    width = max((len(s.name) for s in view.staff), default=10)
    for week in weeks:
        first = view.rota.starts_on + timedelta(weeks=week - 1)
        days = " ".join(
            f"{_t(WEEKDAY_NAMES[(first + timedelta(days=d)).weekday()])[:2].capitalize():>3}"
            for d in range(7)
        )
        print()
        since = format_day(first, translate)
        print(_say(N_("Week {week} (first cycle from {date})"), week=week, date=since))
        print(f"{'':<{width}}  {days}")
        for person in view.staff:
            codes = []
            for weekday in range(7):
                cell = view.shifts.get((person.id, (week - 1) * 7 + weekday))
                kind = view.kinds.get(cell.shift_kind_id) if cell else None
                codes.append(f"{kind.code if kind else '-':>3}")
            print(f"{person.name:<{width}}  {' '.join(codes)}")
    if findings:
        print()
        print(_t(N_("Warnings about the rota:")))
        for finding in findings:
            print(f"  ! {_render(finding.message)}")
    return EXIT_OK
