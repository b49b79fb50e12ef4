"""CLI verbs for coordinator development and meetings (issue 5), hooked into :mod:`teamdesk.cli`:

- ``teamdesk report coordinators --format text|json|csv|pdf [--out FILE]``: the leader's overview;
- ``teamdesk report meetings --format text|json|csv [--resident NAME]``: upcoming meetings (or a
  resident's whole history) with their ids;
- ``teamdesk export agenda|minutes|ics --meeting ID --out FILE``: a meeting's documents.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from teamdesk.cli import EXIT_OK, CliError, _context, _open_existing, _say, _t, cli_translate
from teamdesk.cli import _render as cli_render
from teamdesk.domain.meetings import Meeting
from teamdesk.domain.text import N_, Message, format_clock, format_day
from teamdesk.reports.csv_table import csv_writer


def _render(message: Message) -> str:
    """A core sentence in the command line's language."""
    return cli_render(message)


def report(args: argparse.Namespace) -> int:
    """``teamdesk report coordinators|meetings``."""
    if args.what == "coordinators":
        return _report_coordinators(args)
    if args.what == "relations":
        return _report_relations(args)
    return _report_meetings(args)


def _report_relations(args: argparse.Namespace) -> int:
    """``teamdesk report relations --resident NAME``: the check-in results, never people."""
    from teamdesk.domain.relations import DIMENSIONS, tie_name
    from teamdesk.reports.relations_report import as_csv, as_json, figure
    from teamdesk.services.plan import PlanService
    from teamdesk.services.relations import RelationService

    if not args.resident:
        raise CliError('Say whose team with --resident NAME, for example --resident "Per Hansen".')
    if args.format == "pdf" and not args.out:
        raise CliError("A PDF needs a file: add --out FILE, for example --out relations.pdf.")
    store, _ = _open_existing(args)
    try:
        ctx = _context(store, args.actor)
        resident = PlanService(ctx).find_resident(args.resident)
        svc = RelationService(ctx)
        if args.out:
            out = Path(args.out)
            if out.is_dir():
                raise CliError(f"{out} is a folder; give a file name such as {out / 'relations'}.")
            fmt = args.format if args.format in ("pdf", "csv", "json") else "pdf"
            try:
                result = svc.export_report(resident.id, out, fmt=fmt)
            except OSError as exc:
                raise CliError(
                    f"Could not write {out}: {exc.strerror or exc}. Choose another folder."
                ) from exc
            pages = (
                f" ({result.pages} page{'s' if result.pages != 1 else ''})" if result.pages else ""
            )
            print(
                f"Check-in results about {resident.display_name} written to {result.path}{pages}."
            )
            return EXIT_OK
        report = svc.report(resident.id)
    finally:
        store.close()
    if args.format == "json":
        sys.stdout.write(as_json(report))
        return EXIT_OK
    if args.format == "csv":
        sys.stdout.write(as_csv(report))
        return EXIT_OK
    print(f"How we work together: {report.subject}")
    for rnd in report.open_rounds:
        print(f"  Open check-in until {rnd.ends_on.isoformat()} (results when it closes).")
    latest = report.latest
    if latest is None:
        print("  No check-in has been completed yet.")
        return EXIT_OK
    end = latest.round.closed_on or latest.round.ends_on
    print(f"Latest check-in ended {end.isoformat()}: {latest.respondents} people took part.")
    if latest.strengths:
        print("What works:")
        for s in latest.strengths:
            print(f"  {tie_name(s.tie)}: {s.dimension.label} ({figure(s.mean)})")
    names = [tie_name(r.tie) for r in latest.ties]
    width = max((len(n) for n in names), default=10)
    print("Ties (weakest first); columns: " + ", ".join(d.label for d in DIMENSIONS) + ", index")
    for row, name in zip(latest.ties, names, strict=True):
        if not row.shown:
            print(f"  {name:<{width}}  fewer than 3 answered: no figures")
            continue
        cells = " ".join(f"{figure(row.means[d]):>4}" for d in DIMENSIONS)
        print(f"  {name:<{width}}  {cells}  | {figure(row.index)}")
        for tip in row.suggestions:
            print(f"      {tip.dimension.label}: {tip.dimension.suggestion.format(tie=name)}")
    if len(report.trend) > 1:
        print("Trend: " + ", ".join(f"{p.day.isoformat()} {figure(p.index)}" for p in report.trend))
    return EXIT_OK


def _report_coordinators(args: argparse.Namespace) -> int:
    from teamdesk.services.mentoring import MentoringService, overview_csv

    if args.format == "pdf" and not args.out:
        raise CliError("A PDF needs a file: add --out FILE, for example --out coordinators.pdf.")
    store, _ = _open_existing(args)
    try:
        svc = MentoringService(_context(store, args.actor))
        if args.out:
            out = Path(args.out)
            if out.is_dir():
                raise CliError(f"{out} is a folder; give a file name such as {out / 'overview'}.")
            fmt = "pdf" if args.format == "pdf" else "csv"
            if args.format not in ("pdf", "csv"):
                raise CliError(
                    "--out writes a PDF or a CSV file: add --format pdf or --format csv."
                )
            try:
                result = svc.export_overview(out, fmt=fmt)
            except OSError as exc:
                raise CliError(
                    f"Could not write {out}: {exc.strerror or exc}. Choose another folder."
                ) from exc
            pages = (
                f" ({result.pages} page{'s' if result.pages != 1 else ''})" if result.pages else ""
            )
            print(f"Coordinator overview written to {result.path}{pages}.")
            return EXIT_OK
        rows = svc.overview()
    finally:
        store.close()
    if args.format == "csv":
        sys.stdout.write(overview_csv(rows))
        return EXIT_OK
    if args.format == "json":
        payload: list[dict[str, Any]] = [
            {
                "staff_id": r.staff.id,
                "coordinator": r.staff.name,
                "unit": r.record.unit_name,
                "active": r.staff.active,
                "plans": r.record.living_plans,
                "plans_ever": r.record.plans_ever,
                "trained_on": r.trained_on.isoformat() if r.trained_on else None,
                "courses": [
                    {"course": t.course, "completed_on": t.completed_on.isoformat()}
                    for t in r.record.trainings
                ],
                "mentor": r.record.mentor_name or None,
                "mentees": list(r.record.mentee_names),
                "role_conflicts": [
                    {
                        "resident": c.resident_name,
                        "role": c.role,
                        "overridden": bool(c.override_reason),
                    }
                    for c in r.record.role_conflicts
                ],
                "overdue_evaluations": r.record.overdue_evaluations,
                "networks": list(r.record.networks),
                "gaps": [
                    {"code": g.code, "severity": g.severity.value, "message": _render(g.message)}
                    for g in r.gaps
                ],
            }
            for r in rows
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    gaps = sum(1 for r in rows if r.has_gap)
    print(f"{len(rows)} coordinators, {gaps} with gaps (gaps first)")
    width = max((len(r.staff.name) for r in rows), default=10)
    for r in rows:
        mark = "!" if r.has_gap else " "
        course = r.trained_on.isoformat() if r.trained_on else "no course"
        mentor = f"mentor {r.record.mentor_name}" if r.record.mentor_name else "no mentor"
        print(
            f"{mark} {r.staff.name:<{width}}  plans {r.record.living_plans}  {course}  {mentor}"
            f"  conflicts {len(r.record.role_conflicts)}"
            f"  overdue {r.record.overdue_evaluations}"
        )
        for g in r.gaps:
            print(f"      {g.severity.value}: {_render(g.message)}")
    return EXIT_OK


MEETING_COLUMNS = [
    "id",
    "resident",
    "resident_id",
    "kind",
    "date",
    "start",
    "minutes",
    "place",
    "status",
    "next_meeting",
]


def _meeting_json(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id,
        "resident": m.resident_name,
        "resident_id": m.resident_id,
        "kind": m.kind.value,
        "date": m.day.isoformat(),
        "start": m.start.strftime("%H:%M"),
        "minutes": m.duration_minutes,
        "place": m.place,
        "status": m.status.value,
        "next_meeting": m.next_meeting.isoformat() if m.next_meeting else None,
    }


def _report_meetings(args: argparse.Namespace) -> int:
    from teamdesk.services.meetings import MeetingService
    from teamdesk.services.plan import PlanService

    if args.format == "pdf" or args.out:
        raise CliError("Meetings are listed as text, json or csv on the screen.")
    store, _ = _open_existing(args)
    try:
        ctx = _context(store, args.actor)
        svc = MeetingService(ctx)
        if args.resident:
            resident = PlanService(ctx).find_resident(args.resident)
            meetings = svc.history(resident.id)
            title = _say(N_("Meetings about {name} (latest first)"), name=resident.display_name)
        else:
            meetings = svc.upcoming()
            title = _t(N_("Upcoming meetings"))
    finally:
        store.close()
    rows = [_meeting_json(m) for m in meetings]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif args.format == "csv":
        writer = csv_writer(sys.stdout)
        writer.writerow(MEETING_COLUMNS)
        for row in rows:
            writer.writerow(list(row.values()))
    else:
        print(f"{title}: {len(rows)}")
        for m in meetings:
            day = format_day(m.day, cli_translate())
            clock = format_clock(m.start, cli_translate())
            print(
                f"  {day} {clock}  {_t(m.kind.label):<36} {_t(m.status.label).lower():<10} "
                f"{m.resident_name}  (id {m.id})"
            )
    return EXIT_OK


def export_meeting(args: argparse.Namespace) -> int:
    """``teamdesk export agenda|minutes|ics --meeting ID --out FILE``."""
    from teamdesk.services.meetings import MeetingService

    if not args.meeting:
        raise CliError(
            f"Say which meeting with --meeting ID; 'teamdesk report meetings' lists them "
            f"with their ids (export {args.what})."
        )
    out = Path(args.out)
    if out.is_dir():
        suffix = "ics" if args.what == "ics" else "pdf"
        raise CliError(
            f"{out} is a folder; give a file name such as {out / f'{args.what}.{suffix}'}."
        )
    store, _ = _open_existing(args)
    try:
        svc = MeetingService(_context(store, args.actor))
        try:
            if args.what == "agenda":
                result = svc.export_agenda(args.meeting, out)
            elif args.what == "minutes":
                result = svc.export_minutes(args.meeting, out)
            else:
                result = svc.export_ics(args.meeting, out)
        except OSError as exc:
            raise CliError(
                f"Could not write {out}: {exc.strerror or exc}. Choose another folder."
            ) from exc
        meeting = svc.meeting(args.meeting).meeting
    finally:
        store.close()
    kind = {"agenda": "Agenda", "minutes": "Minutes", "ics": "Calendar invitation"}[args.what]
    pages = f" ({result.pages} page{'s' if result.pages != 1 else ''})" if result.pages else ""
    print(
        f"{kind} of the {meeting.kind.value.replace('_', ' ')} about {meeting.resident_name} on "
        f"{meeting.day.isoformat()} written to {result.path}{pages}."
    )
    return EXIT_OK
