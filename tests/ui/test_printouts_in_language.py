"""Every printout TeamDesk makes, printed in Danish from the Danish demo, writes dates the
Danish way (30.11.2026), times with a dot (14.30) and decimals with a comma (3,9): read back
from the PDF, no ISO date (2026-11-30) and no time with a colon (14:30) is left. Printed in
bokmål from the Norwegian demo, dates and decimals are the same and times keep the colon."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from teamdesk.services.access_log import AccessLogService
from teamdesk.services.context import ServiceContext
from teamdesk.services.demo import create_demo
from teamdesk.services.demo_rota import add_demo_rotas
from teamdesk.services.handover import NEXT_SHIFT, THIS_SHIFT, HandoverService
from teamdesk.services.meetings import MeetingService
from teamdesk.services.mentoring import MentoringService
from teamdesk.services.plan import PlanService
from teamdesk.services.relations import RelationService
from teamdesk.ui.common.text import translate
from teamdesk.ui.language import install_language

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
COLON_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
DANISH_DATE = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")
POINT_DECIMAL = re.compile(r"(?<![\d.])\d\.\d(?![\d.])")  # 3.9, not 30.11.2026 or 14.30


@pytest.fixture
def danish_demo(qapp: QApplication, ctx: ServiceContext) -> Iterator[ServiceContext]:
    """The Danish demo (``--demo --language da``) with its rotas, Danish on screen."""
    assert install_language(qapp, "da")
    create_demo(ctx, translate=translate)
    add_demo_rotas(ctx, translate=translate)
    yield ctx
    install_language(qapp, "en")


def pdf_text(path: Path) -> str:
    """The text a reader gets from the PDF (pdftotext, as a screen reader or a search would)."""
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def _printouts(ctx: ServiceContext, folder: Path) -> dict[str, Path]:
    """Every kind of PDF the program prints, written from the demo house."""
    store = ctx.store
    out: dict[str, Path] = {}
    plans = PlanService(ctx)
    approved = [str(r["plan_id"]) for r in store.query("SELECT DISTINCT plan_id FROM plan_version")]
    for plan_id in approved[:3]:
        out[f"plan {plan_id}"] = plans.export_pdf(
            plan_id, folder / f"plan-{plan_id}.pdf", translate=translate
        ).path
        out[f"my plan {plan_id}"] = plans.export_pdf(
            plan_id, folder / f"my-{plan_id}.pdf", summary=True, translate=translate
        ).path
        versions = plans.versions(plan_id)
        out[f"plan version {plan_id}"] = plans.export_pdf(
            plan_id, folder / f"v-{plan_id}.pdf", version=versions[0].number, translate=translate
        ).path
    meetings = MeetingService(ctx)
    meeting_ids = [str(r["id"]) for r in store.query("SELECT id FROM meeting ORDER BY id")]
    assert meeting_ids
    for meeting_id in meeting_ids:
        meetings.update_meeting(meeting_id, start="14.30")
        out[f"agenda {meeting_id}"] = meetings.export_agenda(
            meeting_id, folder / f"agenda-{meeting_id}.pdf", translate=translate
        ).path
        out[f"minutes {meeting_id}"] = meetings.export_minutes(
            meeting_id, folder / f"minutes-{meeting_id}.pdf", translate=translate
        ).path
    handover = HandoverService(ctx)
    at = datetime.combine(ctx.today(), time(14, 0))
    for which in (THIS_SHIFT, NEXT_SHIFT):
        out[f"hand-over {which}"] = handover.export(
            folder / f"handover-{which}.pdf", which, moment=at, translate=translate
        ).path
    out["coordinator overview"] = (
        MentoringService(ctx).export_overview(folder / "overview.pdf", translate=translate).path
    )
    relations = RelationService(ctx)
    checked = [
        str(r["resident_id"])
        for r in store.query("SELECT DISTINCT resident_id FROM relation_round")
        if r["resident_id"]
    ]
    assert checked
    for resident_id in checked:
        out[f"relations {resident_id}"] = relations.export_report(
            resident_id, folder / f"relations-{resident_id}.pdf", translate=translate
        ).path
    rounds = [str(r["id"]) for r in store.query("SELECT id FROM relation_round")]
    out["relations form"] = relations.export_form(
        rounds[0], folder / "form.pdf", translate=translate
    ).path
    resident_id = str(store.query("SELECT id FROM resident ORDER BY name LIMIT 1")[0]["id"])
    pages = AccessLogService(ctx).export_pdf(
        resident_id, folder / "access.pdf", translate=translate
    )
    assert pages >= 1
    out["access log"] = folder / "access.pdf"
    return out


def test_every_danish_printout_writes_dates_times_and_decimals_the_danish_way(
    danish_demo: ServiceContext, tmp_path: Path
) -> None:
    found: list[tuple[str, str]] = []
    dated = 0
    for what, path in _printouts(danish_demo, tmp_path).items():
        text = pdf_text(path)
        dated += bool(DANISH_DATE.search(text))
        found += [(what, hit) for hit in ISO_DATE.findall(text) + COLON_TIME.findall(text)]
        if what.startswith("relations"):  # its figures (a plan numbers its goals 1.1, 1.2)
            found += [(what, hit) for hit in POINT_DECIMAL.findall(text)]
    assert dated >= 10, "the printouts carry dates to check"
    assert not found, sorted(set(found))


@pytest.fixture
def norwegian_demo(qapp: QApplication, ctx: ServiceContext) -> Iterator[ServiceContext]:
    """The Norwegian demo in bokmål, with its rotas."""
    assert install_language(qapp, "nb")
    create_demo(ctx, translate=translate)
    add_demo_rotas(ctx, translate=translate)
    yield ctx
    install_language(qapp, "en")


def test_every_norwegian_printout_writes_dates_and_decimals_the_norwegian_way(
    norwegian_demo: ServiceContext, tmp_path: Path
) -> None:
    # Norwegian writes 30.11.2026 and 3,9 as Danish does, but times with a colon (14:30).
    found: list[tuple[str, str]] = []
    times = 0
    for what, path in _printouts(norwegian_demo, tmp_path).items():
        text = pdf_text(path)
        times += bool(COLON_TIME.search(text))
        found += [(what, hit) for hit in ISO_DATE.findall(text)]
        if what.startswith("relations"):
            found += [(what, hit) for hit in POINT_DECIMAL.findall(text)]
    assert times, "the agendas and the hand-over sheets print their times"
    assert not found, sorted(set(found))
