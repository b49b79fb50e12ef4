"""`teamdesk <subcommand>`: admin and scripting verbs over the same services as the GUI.

Exit codes: 0 done (warnings are not failures), 2 refused or unsound (a sentence on stderr says
why and what to do), 1 a bug (traceback in the log).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from teamdesk.domain.text import Message
from teamdesk.services.bootstrap import local_actor
from teamdesk.services.context import ServiceContext, ServiceError
from teamdesk.store.errors import StoreError
from teamdesk.store.paths import DATABASE_FILE, DataLocation, resolve_data_dir
from teamdesk.store.store import Store, open_store

EXIT_OK = 0
EXIT_REFUSED = 2

OPTIONS_WITH_VALUE = frozenset({"--data-dir"})


class CliError(Exception):
    """A refusal with a sentence for the person at the terminal."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="teamdesk", description="TeamDesk administration and scripting verbs."
    )
    sub = parser.add_subparsers(dest="verb", required=True, metavar="VERB")

    def verb(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--data-dir", help="folder that holds teamdesk.sqlite3")
        return p

    p = verb("demo-data", "Create a fictional demo municipality in an empty data folder.")
    p.add_argument(
        "--scale", type=int, default=1, help="multiply the size: 1 is 25 residents, 100 about 2,500"
    )
    p = verb("coverage", "Who covers each resident on a day.")
    p.add_argument("--date", type=_iso_date, help="YYYY-MM-DD (default today)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p = verb("check", "Check the database (integrity, audit chain) and list all rule warnings.")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p = verb("export", "Write a document as a file: the individual plan of a resident as PDF.")
    p.add_argument("what", choices=["plan"], help="what to export")
    p.add_argument(
        "--resident", required=True, help='the resident\'s name or id, e.g. "Per Hansen"'
    )
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument(
        "--version", type=int, help="an approved version (default: the plan as it is now)"
    )
    p.add_argument(
        "--summary", action="store_true", help='the one-page "My plan" for the resident instead'
    )
    sub.add_parser("help", help="Show this help.")
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD, for example 2026-11-25"
        ) from None


VERBS = frozenset({"demo-data", "coverage", "check", "export", "help"})


def is_cli_invocation(args: Sequence[str]) -> bool:
    """Whether the arguments name a subcommand (else they are for the GUI)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg.startswith("-"):
            skip = arg in OPTIONS_WITH_VALUE
            continue
        return arg in VERBS
    return False


def main(argv: Sequence[str]) -> int:
    parser = _parser()
    args = parser.parse_args(list(argv))
    if args.verb == "help":
        parser.print_help()
        return EXIT_OK
    handler: Callable[[argparse.Namespace], int] = HANDLERS[args.verb]
    try:
        return handler(args)
    except (CliError, ServiceError, StoreError) as exc:
        print(f"teamdesk: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped listening; that is not an error of ours.
        sys.stderr.close()
        return EXIT_OK


def _render(message: Message) -> str:
    return message.render()


def _open_existing(args: argparse.Namespace) -> tuple[Store, DataLocation]:
    location = resolve_data_dir(args.data_dir)
    if not location.database.exists():
        raise CliError(
            f"There is no TeamDesk database in {location.directory} (looked for "
            f"{DATABASE_FILE}, chosen by {location.source}). Check the folder, or create demo "
            "data with 'teamdesk demo-data --data-dir DIR'."
        )
    store = open_store(location.database, create=False, backup_dir=location.backups)
    return store, location


def _context(store: Store) -> ServiceContext:
    return ServiceContext(store, local_actor())


def cmd_demo_data(args: argparse.Namespace) -> int:
    from teamdesk.services.demo import create_demo

    if args.scale < 1:
        raise CliError("--scale must be 1 or more.")
    location = resolve_data_dir(args.data_dir)
    store = open_store(location.database, backup_dir=location.backups)
    try:
        if store.query_one("SELECT 1 FROM resident LIMIT 1") is not None:
            raise CliError(
                f"{location.database} already holds residents. Demo data goes only into an "
                "empty data folder, so real data is never mixed with fiction."
            )
        summary = create_demo(_context(store), scale=args.scale)
    finally:
        store.close()
    print(
        f"Demo data created in {location.directory}: {summary.units} units, "
        f"{summary.residents} residents, {summary.staff} staff, {summary.teams} teams, "
        f"{summary.assignments} assignments, {summary.absences} absences."
    )
    return EXIT_OK


def cmd_coverage(args: argparse.Namespace) -> int:
    from teamdesk.services.team import TeamService

    store, _ = _open_existing(args)
    try:
        day = args.date or date.today()
        rows = TeamService(_context(store)).coverage(day)
    finally:
        store.close()
    if args.format == "json":
        payload: list[dict[str, Any]] = [
            {
                "resident_id": c.resident_id,
                "resident": c.resident_name,
                "date": c.day.isoformat(),
                "covered_by": c.staff_name,
                "covered_by_id": c.staff_id,
                "because": c.kind.value,
                "away": list(c.away),
                "alert": c.is_alert,
                "explanation": _render(c.explanation),
            }
            for c in rows
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print(f"Coverage on {day.isoformat()} ({len(rows)} residents)")
    width = max((len(c.resident_name) for c in rows), default=10)
    for c in rows:
        mark = "!" if c.is_alert else " "
        print(f"{mark} {c.resident_name:<{width}}  {_render(c.explanation)}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from teamdesk.services.team import TeamService
    from teamdesk.store.integrity import check_integrity

    store, location = _open_existing(args)
    try:
        report = check_integrity(store)
        findings = TeamService(_context(store)).findings()
    finally:
        store.close()
    if args.format == "json":
        json.dump(
            {
                "database": str(location.database),
                "sound": report.sound,
                "problems": report.problems,
                "audit_events": report.audit_events,
                "warnings": [
                    {
                        "code": f.code,
                        "severity": f.severity.value,
                        "message": f.text,
                        "subject_kind": f.subject_kind,
                        "subject_id": f.subject_id,
                    }
                    for f in findings
                ],
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
    else:
        state = "sound" if report.sound else "NOT SOUND"
        print(
            f"Database {location.database}: {state} ({report.audit_events} audit events checked)."
        )
        for problem in report.problems:
            print(f"  problem: {problem}")
        print(f"{len(findings)} rule warning(s).")
        for f in findings:
            print(f"  {f.severity.value}: {f.text}")
    return EXIT_OK if report.sound else EXIT_REFUSED


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from teamdesk.services.plan import PlanService

    store, _ = _open_existing(args)
    try:
        plans = PlanService(_context(store))
        resident = plans.find_resident(args.resident)
        plan = plans.plan_of_resident(resident.id)
        if plan is None:
            raise CliError(
                f"{resident.display_name} has no individual plan yet. Start one on the "
                "resident's Plan page."
            )
        out = Path(args.out)
        if out.is_dir():
            raise CliError(f"{out} is a folder; give a file name such as {out / 'plan.pdf'}.")
        try:
            result = plans.export_pdf(plan.id, out, version=args.version, summary=args.summary)
        except OSError as exc:
            raise CliError(
                f"Could not write {out}: {exc.strerror or exc}. Choose another folder."
            ) from exc
    finally:
        store.close()
    kind = "My plan" if result.summary else "Individual plan"
    which = f"version {result.version}" if result.version else "draft"
    print(
        f"{kind} of {resident.display_name} ({which}) written to {result.path} "
        f"({result.pages} page{'s' if result.pages != 1 else ''})."
    )
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo-data": cmd_demo_data,
    "coverage": cmd_coverage,
    "check": cmd_check,
    "export": cmd_export,
}
