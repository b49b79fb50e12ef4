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

from teamdesk.cli import (
    EXIT_OK,
    CliError,
    _context,
    _count,
    _open_existing,
    _say,
    _t,
    cli_translate,
    could_not_write,
    document_translate,
    folder_given,
    severity_word,
)
from teamdesk.cli import _render as cli_render
from teamdesk.domain.meetings import Meeting
from teamdesk.domain.text import N_, Message, Nn_, format_clock, format_day
from teamdesk.reports.csv_table import csv_writer, decimal_mark


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
    from teamdesk.domain.relations import DIMENSIONS, MIN_RESPONDENTS, tie_name
    from teamdesk.reports.relations_report import as_csv, as_json
    from teamdesk.services.plan import PlanService
    from teamdesk.services.relations import RelationService

    if not args.resident:
        raise CliError(
            _t(N_('Say whose team with --resident NAME, for example --resident "Per Hansen".'))
        )
    if args.format == "pdf" and not args.out:
        raise CliError(_pdf_needs_a_file("relations.pdf"))
    store, _ = _open_existing(args)
    try:
        ctx = _context(store, args.actor)
        resident = PlanService(ctx).find_resident(args.resident)
        svc = RelationService(ctx)
        if args.out:
            out = Path(args.out)
            if out.is_dir():
                raise folder_given(out, out / "relations")
            fmt = args.format if args.format in ("pdf", "csv", "json") else "pdf"
            try:
                result = svc.export_report(
                    resident.id, out, fmt=fmt, translate=document_translate()
                )
            except OSError as exc:
                raise could_not_write(out, exc) from exc
            print(
                _written(
                    N_("Check-in results about {name} written to {path}."),
                    N_("Check-in results about {name} written to {path} ({pages})."),
                    result.pages,
                    name=resident.display_name,
                    path=result.path,
                )
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
    translate = cli_translate()
    print(_say(N_("How we work together: {subject}"), subject=report.subject))
    for rnd in report.open_rounds:
        until = format_day(rnd.ends_on, translate)
        print("  " + _say(N_("Open check-in until {date} (results when it closes)."), date=until))
    latest = report.latest
    if latest is None:
        print("  " + _t(N_("No check-in has been completed yet.")))
        return EXIT_OK
    end = format_day(latest.round.closed_on or latest.round.ends_on, translate)
    took_part = _count(
        Nn_("Latest check-in ended {date}: %n person(s) took part."), latest.respondents
    )
    print(took_part.format(date=end))
    if latest.strengths:
        print(_t(N_("What works:")))
        for s in latest.strengths:
            print(f"  {tie_name(s.tie, _t)}: {_t(s.dimension.label)} ({_figure(s.mean)})")
    names = [tie_name(r.tie, _t) for r in latest.ties]
    width = max((len(n) for n in names), default=10)
    columns = ", ".join(_t(d.label) for d in DIMENSIONS)
    print(_say(N_("Ties (weakest first); columns: {columns}, index"), columns=columns))
    for row, name in zip(latest.ties, names, strict=True):
        if not row.shown:
            hidden = _say(N_("fewer than {minimum} answered: no figures"), minimum=MIN_RESPONDENTS)
            print(f"  {name:<{width}}  {hidden}")
            continue
        cells = " ".join(f"{_figure(row.means[d]):>4}" for d in DIMENSIONS)
        print(f"  {name:<{width}}  {cells}  | {_figure(row.index)}")
        for tip in row.suggestions:
            advice = _t(tip.dimension.suggestion).format(tie=name)
            print(f"      {_t(tip.dimension.label)}: {advice}")
    if len(report.trend) > 1:
        points = ", ".join(
            f"{format_day(p.day, translate)} {_figure(p.index)}" for p in report.trend
        )
        print(_say(N_("Trend: {points}"), points=points))
    return EXIT_OK


def _figure(value: float | None) -> str:
    """A mean as the report prints it, with the language's decimal mark (2,5 in Danish)."""
    from teamdesk.reports.relations_report import figure

    return figure(value).replace(".", decimal_mark(cli_translate()))


def _pdf_needs_a_file(example: str) -> str:
    return _say(
        N_("A PDF needs a file: add --out FILE, for example --out {example}."), example=example
    )


def _written(sentence: str, with_pages: str, pages: int, **values: object) -> str:
    """What was written where, with the number of pages when the file has pages."""
    if not pages:
        return _say(sentence, **values)
    return _say(with_pages, pages=_count(Nn_("%n page(s)"), pages), **values)


def _report_coordinators(args: argparse.Namespace) -> int:
    from teamdesk.services.mentoring import MentoringService, overview_csv

    if args.format == "pdf" and not args.out:
        raise CliError(_pdf_needs_a_file("coordinators.pdf"))
    store, _ = _open_existing(args)
    try:
        svc = MentoringService(_context(store, args.actor))
        if args.out:
            out = Path(args.out)
            if out.is_dir():
                raise folder_given(out, out / "overview")
            fmt = "pdf" if args.format == "pdf" else "csv"
            if args.format not in ("pdf", "csv"):
                raise CliError(
                    _t(N_("--out writes a PDF or a CSV file: add --format pdf or --format csv."))
                )
            try:
                result = svc.export_overview(out, fmt=fmt, translate=document_translate())
            except OSError as exc:
                raise could_not_write(out, exc) from exc
            print(
                _written(
                    N_("Coordinator overview written to {path}."),
                    N_("Coordinator overview written to {path} ({pages})."),
                    result.pages,
                    path=result.path,
                )
            )
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
    heading = _count(Nn_("%n coordinator(s), {gaps} with gaps (gaps first)"), len(rows))
    print(heading.format(gaps=gaps))
    width = max((len(r.staff.name) for r in rows), default=10)
    translate = cli_translate()
    for r in rows:
        mark = "!" if r.has_gap else " "
        course = format_day(r.trained_on, translate) if r.trained_on else _t(N_("no course"))
        mentor = (
            _say(N_("mentor {name}"), name=r.record.mentor_name)
            if r.record.mentor_name
            else _t(N_("no mentor"))
        )
        plans = _say(N_("plans {count}"), count=r.record.living_plans)
        conflicts = _say(N_("conflicts {count}"), count=len(r.record.role_conflicts))
        overdue = _say(N_("overdue {count}"), count=r.record.overdue_evaluations)
        print(
            f"{mark} {r.staff.name:<{width}}  {plans}  {course}  {mentor}  {conflicts}  {overdue}"
        )
        for g in r.gaps:
            print(f"      {severity_word(g.severity)}: {_render(g.message)}")
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
        raise CliError(_t(N_("Meetings are listed as text, json or csv on the screen.")))
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
            _say(
                N_(
                    "Say which meeting with --meeting ID; 'teamdesk report meetings' lists them "
                    "with their ids (export {what})."
                ),
                what=args.what,
            )
        )
    out = Path(args.out)
    if out.is_dir():
        suffix = "ics" if args.what == "ics" else "pdf"
        raise folder_given(out, out / f"{args.what}.{suffix}")
    translate = document_translate()
    store, _ = _open_existing(args)
    try:
        svc = MeetingService(_context(store, args.actor))
        try:
            if args.what == "agenda":
                result = svc.export_agenda(args.meeting, out, translate=translate)
            elif args.what == "minutes":
                result = svc.export_minutes(args.meeting, out, translate=translate)
            else:
                result = svc.export_ics(args.meeting, out, translate=translate)
        except OSError as exc:
            raise could_not_write(out, exc) from exc
        meeting = svc.meeting(args.meeting).meeting
    finally:
        store.close()
    print(
        _written(
            N_("{document} ({meeting}, {name}, {date}) written to {path}."),
            N_("{document} ({meeting}, {name}, {date}) written to {path} ({pages})."),
            result.pages,
            document=_t(DOCUMENTS[args.what]),
            meeting=_t(meeting.kind.label),
            name=meeting.resident_name,
            date=format_day(meeting.day, cli_translate()),
            path=result.path,
        )
    )
    return EXIT_OK


DOCUMENTS = {"agenda": N_("Agenda"), "minutes": N_("Minutes"), "ics": N_("Calendar invitation")}
