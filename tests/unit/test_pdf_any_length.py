"""Every TeamDesk PDF prints text of any length and in every script a house may meet, read back
as a person would: nothing lost, nothing drawn over the footer or off the page, no empty boxes.

Documents are built from plain values here (as the services build them), so a field can be
longer than any input rule would let a person type today: old data and imports have them too.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from tests.plan_support import PlanHouse, build_plan_house

from teamdesk.domain.findings import Finding, Severity
from teamdesk.domain.meetings import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Meeting,
    MeetingKind,
    MeetingParticipant,
    MeetingStatus,
)
from teamdesk.domain.mentoring import CoordinatorOverviewRow, CoordinatorRecord
from teamdesk.domain.plan import Goal, Measure, Participant, ParticipantKind, Plan, PlanContent
from teamdesk.domain.team import Staff
from teamdesk.domain.text import Message
from teamdesk.reports.access_pdf import AccessPrint, AccessRow, render_access_log
from teamdesk.reports.coordinator_overview import OverviewPrint, render_overview
from teamdesk.reports.meeting_pdf import MeetingPrint, render_agenda, render_minutes
from teamdesk.reports.plan_pdf import PlanPrint, render_plan, render_summary
from teamdesk.services.context import ServiceContext
from teamdesk.services.plan import PlanService

PRINTED = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
TODAY = date(2026, 11, 25)
MM = 72 / 25.4  # PDF points per millimetre
PAGE_W, PAGE_H = 210 * MM, 297 * MM
# The frame of every page (see reports/document.py): header above 17 mm from the top, body
# between the 24 mm top margin and 20 mm above the bottom, footer below that.
HEADER_BELOW = PAGE_H - 17 * MM
FOOTER_ABOVE = 17 * MM
BODY_BOTTOM = 20 * MM - 3  # a baseline sits a little below the top of its line

SAMI = "Máret Ánne Čuđđe Ŋuolja Šáráž Ŧ"
POLISH = "Łukasz Żółćiński Gęśla-Źródło"
ARABIC = "محمد عبد الله"
TIGRINYA = "ተስፋይ ገብረሚካኤል"
NOT_IN_ANY_FONT = "王小明"


def long_text(tag: str, length: int = 10_000) -> str:
    """``length`` characters of numbered words (``tag0001 tag0002 …``), so that a reader can
    check that every word made it onto the page."""
    words, n = [], 0
    while sum(len(w) + 1 for w in words) < length:
        n += 1
        words.append(f"{tag}{n:04d}")
    return " ".join(words)[:length].rsplit(" ", 1)[0]


def token(tag: str) -> str:
    """One 500-character word with no place to break it, as a pasted link is."""
    return f"https://example.org/{tag}/" + "q" * (498 - len(tag) - 20) + "/e"


def _reader(data: bytes, tmp_path: Path, name: str) -> PdfReader:
    path = tmp_path / name
    path.write_bytes(data)
    return PdfReader(path)


def _text(reader: PdfReader) -> str:
    return " ".join(page.extract_text() or "" for page in reader.pages)


def _placed(page: PageObject) -> list[tuple[str, float, float]]:
    """Each piece of text on the page with where it starts (points from the bottom left)."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        if text.strip():
            found.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return found


def _misplaced(reader: PdfReader) -> list[str]:
    """Text drawn where it does not belong: over the footer, off the page, in the header's
    place. The header and footer themselves are where they should be."""
    wrong: list[str] = []
    for number, page in enumerate(reader.pages, start=1):
        for text, x, y in _placed(page):
            if y > HEADER_BELOW or text.startswith(("Printed", "Page")):
                ok = 0 <= x <= PAGE_W and (y > HEADER_BELOW or 0 < y < FOOTER_ABOVE)
            else:
                ok = 0 <= x <= PAGE_W - 20 * MM and BODY_BOTTOM <= y <= PAGE_H - 20 * MM
            if not ok:
                wrong.append(f"page {number} at ({x:.0f}, {y:.0f}): {text[:40]!r}")
    return wrong


def _words_missing(text: str, *fields: str) -> list[str]:
    present = {w.strip("«».") for w in text.split()}
    return [w for field in fields for w in field.split() if w.strip("«».") not in present]


def _plan(**fields: object) -> Plan:
    return Plan(id="p1", resident_id="r1", coordinator_id="s1", **fields)  # type: ignore[arg-type]


def _print(content: PlanContent) -> PlanPrint:
    return PlanPrint(
        content=content, version=None, printed_at=PRINTED, printed_by="Kari Leder", today=TODAY
    )


@pytest.fixture
def no_missing_glyphs(caplog: pytest.LogCaptureFixture) -> Callable[[], list[str]]:
    """The layout's warning that no font had a glyph for a letter: an empty box on paper."""
    caplog.set_level(logging.WARNING, logger="teamdesk.reports.document")
    return lambda: [r.getMessage() for r in caplog.records if "layout" in r.getMessage()]


# -- the plan ----------------------------------------------------------------------------------


def test_a_measure_of_250_words_prints_and_flows_on_over_the_pages(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    house: PlanHouse = build_plan_house(ctx)
    svc = PlanService(ctx)
    what = long_text("tiltak", 1_900)  # about 250 words
    how = long_text("slik", 10_000)
    svc.add_measure(house.plan, what, extent="Ukentlig", how=how, responsible_staff_id=house.hilde)
    result = svc.export_pdf(house.plan, tmp_path / "plan.pdf")
    reader = PdfReader(result.path)
    assert len(reader.pages) == result.pages >= 4
    assert _words_missing(_text(reader), what, how) == []
    assert _misplaced(reader) == []


def test_every_field_of_10000_characters_prints_whole_within_the_page_frame(
    tmp_path: Path, no_missing_glyphs: Callable[[], list[str]]
) -> None:
    link = token("resources")
    goals = (
        Goal("g1", long_text("maal"), evaluation_date=date(2027, 1, 1)),
        Goal("g2", long_text("delmaal"), parent_id="g1"),
    )
    people = (
        Participant("a", ParticipantKind.RESIDENT, "Per Hansen"),
        Participant(
            "b",
            ParticipantKind.SERVICE,
            long_text("navn", 2_000),
            organisation=long_text("org", 2_000),
            role=long_text("rolle", 2_000),
            contact=token("contact"),
            contribution=long_text("bidrag"),
            share_scope=long_text("deling"),
            share_consent_date=date(2026, 1, 1),
        ),
    )
    measures = (
        Measure(
            "m1",
            long_text("hva"),
            extent=token("extent"),
            how=long_text("hvordan"),
            goal_id="g1",
            responsible_participant_id="b",
        ),
    )
    plan = _plan(
        resources=long_text("ressurs") + " " + link,
        needs=long_text("behov"),
        resident_contribution=long_text("egen"),
        evaluation_method=long_text("evaluering"),
        cooperation=long_text("samarbeid"),
        language_culture=long_text("kultur"),
        participation=long_text("medvirkning"),
        consent_date=date(2026, 2, 1),
        consent_how=long_text("samtykke", 2_000),
    )
    content = PlanContent(
        plan=plan,
        resident_name="Per Hansen",
        goals=goals,
        participants=people,
        measures=measures,
        staff_names={"s1": "Berit Sykepleier"},
    )
    data, pages = render_plan(_print(content))
    reader = _reader(data, tmp_path, "plan.pdf")
    assert len(reader.pages) == pages
    text = _text(reader)
    fields = [g.text for g in goals] + [measures[0].what, measures[0].how]
    fields += [people[1].name, people[1].organisation, people[1].role, people[1].contribution]
    fields += [people[1].share_scope, plan.needs, plan.resident_contribution, plan.cooperation]
    fields += [plan.evaluation_method, plan.language_culture, plan.participation, plan.consent_how]
    assert _words_missing(text, *fields) == []
    assert "".join(link.split()) in "".join(text.split()), "a long word is broken, not cut"
    assert text.count("q") >= 3 * 470, "the long links in the tables print whole"
    assert _misplaced(reader) == []
    assert no_missing_glyphs() == []


def test_a_plan_with_300_goals_prints_every_goal(tmp_path: Path) -> None:
    goals = tuple(
        Goal(
            f"g{i:03d}",
            f"Mål {i}: jeg vil klare mer selv, mål{i:03d}slutt",
            position=f"{i:06d}",
            evaluation_date=date(2027, 1, 1),
        )
        for i in range(300)
    )
    content = PlanContent(
        plan=_plan(),
        resident_name="Per Hansen",
        goals=goals,
        staff_names={"s1": "Berit Sykepleier"},
    )
    data, _ = render_plan(_print(content))
    reader = _reader(data, tmp_path, "plan.pdf")
    text = _text(reader)
    assert all(f"mål{i:03d}slutt" in text for i in range(300))
    assert _misplaced(reader) == []


# -- "My plan" ---------------------------------------------------------------------------------


def test_my_plan_with_300_goals_is_one_page_that_says_there_is_more(tmp_path: Path) -> None:
    goals = tuple(
        Goal(f"g{i:03d}", f"Jeg vil klare mer selv ({i})", position=f"{i:06d}") for i in range(300)
    )
    content = PlanContent(
        plan=_plan(next_meeting=date(2026, 12, 10)),
        resident_name="Per",
        goals=goals,
        staff_names={"s1": "Berit Sykepleier"},
    )
    data, pages = render_summary(_print(content))
    reader = _reader(data, tmp_path, "my-plan.pdf")
    assert pages == len(reader.pages) == 1
    text = " ".join(_text(reader).split())
    assert re.search(r"and 2\d\d more goals in my full plan", text)
    assert "2026-12-10" in text and "Berit Sykepleier" in text
    assert _misplaced(reader) == []


@pytest.mark.parametrize("where", ["goal", "measure", "coordinator", "resident"])
def test_my_plan_with_a_10000_character_text_fits_and_says_more_is_in_the_full_plan(
    where: str, tmp_path: Path
) -> None:
    huge = long_text("ord")
    goals = (Goal("g1", huge if where == "goal" else "Jeg vil gå tur."),)
    measures = (Measure("m1", huge if where == "measure" else "Tur", responsible_staff_id="s1"),)
    names = {"s1": huge if where == "coordinator" else "Berit Sykepleier"}
    content = PlanContent(
        plan=_plan(next_meeting=date(2026, 12, 10)),
        resident_name=huge if where == "resident" else "Per",
        goals=goals,
        measures=measures,
        staff_names=names,
    )
    data, pages = render_summary(_print(content))
    reader = _reader(data, tmp_path, "my-plan.pdf")
    assert pages == len(reader.pages) == 1
    text = " ".join(_text(reader).split())
    assert "More in the full plan." in text
    assert "ord0001" in text and "…" in text
    assert "Next meeting 2026-12-10" in text, "what comes after the long text is still there"
    assert _misplaced(reader) == []


def test_my_plan_that_fits_does_not_say_there_is_more(tmp_path: Path) -> None:
    content = PlanContent(
        plan=_plan(),
        resident_name="Per",
        goals=(Goal("g1", "Gå tur."),),
        staff_names={"s1": "Berit Sykepleier"},
    )
    data, _ = render_summary(_print(content))
    assert "More in the full plan" not in _text(_reader(data, tmp_path, "my-plan.pdf"))


# -- every script ------------------------------------------------------------------------------


def test_sami_polish_arabic_and_tigrinya_names_print_with_embedded_fonts_and_no_empty_box(
    tmp_path: Path, no_missing_glyphs: Callable[[], list[str]]
) -> None:
    people = tuple(
        Participant(str(i), ParticipantKind.RELATIVE, name, role="Pårørende", position=f"{i:06d}")
        for i, name in enumerate([SAMI, POLISH, ARABIC, TIGRINYA, NOT_IN_ANY_FONT])
    )
    goals = (Goal("g1", f"Jeg vil besøke {TIGRINYA} og {ARABIC}."),)  # italic: no Arabic there
    content = PlanContent(
        plan=_plan(),
        resident_name=TIGRINYA,
        goals=goals,
        participants=people,
        staff_names={"s1": SAMI},
    )
    doc = _print(content)
    for name, (data, _) in {"plan": render_plan(doc), "my": render_summary(doc)}.items():
        reader = _reader(data, tmp_path, f"{name}.pdf")
        text = _text(reader)
        for words in (SAMI, TIGRINYA) + ((POLISH,) if name == "plan" else ()):
            assert words in text, (name, words)
        fonts = {
            str(font.get_object()["/BaseFont"])
            for page in reader.pages
            for font in page["/Resources"]["/Font"].values()
        }
        assert any("NotoSansEthiopic" in f for f in fonts), fonts
        assert _misplaced(reader) == []
    plan_text = _text(_reader(render_plan(doc)[0], tmp_path, "plan.pdf"))
    assert "\ufffd" * 3 in plan_text, "a letter no font has prints as a visible replacement"
    assert all(word in plan_text for word in ("محمد", "عبد", "الله")), "Arabic words, joined"
    assert no_missing_glyphs() == []


# -- the other documents share the blocks ------------------------------------------------------


def _meeting_print() -> MeetingPrint:
    meeting = Meeting(
        "mt",
        "p1",
        MeetingKind.PLAN,
        date(2026, 12, 1),
        time(10, 0),
        place=long_text("sted", 2_000),
        status=MeetingStatus.HELD,
        resident_name=f"{SAMI} {TIGRINYA}",
    )
    people = [
        MeetingParticipant(
            str(i),
            ParticipantKind.SERVICE,
            name,
            organisation=long_text("org", 3_000),
            present=True,
        )
        for i, name in enumerate([POLISH, ARABIC, TIGRINYA])
    ]
    agenda = [
        AgendaItem(
            "a1",
            AgendaKind.FOLLOW_UP,
            long_text("punkt", 2_000),
            detail=long_text("detalj"),
            minutes=long_text("referat"),
        )
    ]
    actions = [
        (ActionItem("d1", "mt", long_text("vedtak"), date(2027, 1, 1), agenda_item_id="a1"), POLISH)
    ]
    return MeetingPrint(
        meeting=meeting,
        coordinator_name=SAMI,
        participants=people,
        agenda=agenda,
        actions=actions,
        printed_at=PRINTED,
        printed_by="Kari Leder",
        goals=(("1", long_text("maal")),),
    )


def test_an_agenda_and_minutes_with_10000_character_texts_print_whole(
    tmp_path: Path, no_missing_glyphs: Callable[[], list[str]]
) -> None:
    doc = _meeting_print()
    for name, render in {"agenda": render_agenda, "minutes": render_minutes}.items():
        data, pages = render(doc)
        reader = _reader(data, tmp_path, f"{name}.pdf")
        assert len(reader.pages) == pages >= 3
        text = _text(reader)
        texts = [doc.agenda[0].title, doc.participants[0].organisation]
        texts += [doc.agenda[0].detail] if name == "agenda" else [doc.agenda[0].minutes]
        texts += [doc.actions[0][0].what] if name == "minutes" else []
        assert _words_missing(text, *texts) == [], name
        assert _misplaced(reader) == [], name
    assert no_missing_glyphs() == []


def test_the_access_log_prints_rows_longer_than_a_page(tmp_path: Path) -> None:
    rows = [
        AccessRow(PRINTED, name, "opened", long_text(f"del{i}", 6_000))
        for i, name in enumerate([SAMI, POLISH, token("who"), TIGRINYA])
    ]
    doc = AccessPrint(
        resident_name=ARABIC,
        rows=rows,
        person=None,
        since=None,
        until=None,
        printed_at=PRINTED,
        printed_by="Kari Leder",
    )
    data, pages = render_access_log(doc)
    reader = _reader(data, tmp_path, "access.pdf")
    assert len(reader.pages) == pages >= 4
    text = _text(reader)
    assert _words_missing(text, *(r.what for r in rows)) == []
    assert all(p.extract_text().count("When Who Did What") == 1 for p in reader.pages)
    assert _misplaced(reader) == []


def test_the_coordinator_overview_prints_long_names_and_gaps(tmp_path: Path) -> None:
    record = CoordinatorRecord(
        staff=Staff("s1", long_text("koordinator", 3_000)),
        unit_name=long_text("enhet", 3_000),
        mentor_name=SAMI,
        mentee_names=tuple(long_text(f"veiledet{i}", 500) for i in range(6)),
    )
    gap = Finding("gap", Severity.WARNING, Message(long_text("mangel", 5_000)), "staff", "s1")
    row = CoordinatorOverviewRow(record=record, trained_on=None, gaps=(gap,))
    doc = OverviewPrint(
        rows=[row],
        today=TODAY,
        printed_at=PRINTED,
        printed_by="Kari Leder",
        scope=long_text("omfang", 2_000),
    )
    data, pages = render_overview(doc)
    reader = _reader(data, tmp_path, "overview.pdf")
    assert len(reader.pages) == pages >= 2
    text = _text(reader)
    assert _words_missing(text, record.staff.name, record.unit_name, gap.message.template) == []
    assert _misplaced(reader) == []


def test_a_very_long_name_is_cut_in_the_header_and_printed_whole_in_the_body(
    tmp_path: Path,
) -> None:
    name = long_text("navn", 3_000)
    content = PlanContent(plan=_plan(), resident_name=name, staff_names={"s1": name})
    doc = PlanPrint(content=content, version=None, printed_at=PRINTED, printed_by=name, today=TODAY)
    data, _ = render_plan(doc)
    reader = _reader(data, tmp_path, "plan.pdf")
    for page in reader.pages:
        header = " ".join(text for text, _, y in _placed(page) if y > HEADER_BELOW)
        assert "…" in header and len(header) < 150, header[:200]
        footer = " ".join(text for text, _, y in _placed(page) if y < FOOTER_ABOVE)
        assert len(footer) < 150, footer[:200]
    assert _words_missing(_text(reader), name) == []
    assert _misplaced(reader) == []


def test_tabs_and_other_control_characters_pasted_into_a_text_print_as_space(
    tmp_path: Path, no_missing_glyphs: Callable[[], list[str]]
) -> None:
    # Text pasted from Word or a spreadsheet brings tabs (and now and then a form feed).
    goals = (Goal("g1", "Mål:\tBo selv\tmed\x0bstøtte\x0cfra teamet"),)
    content = PlanContent(plan=_plan(), resident_name="Ida\tHansen", goals=goals)
    doc = _print(content)
    for name, (data, _) in {"plan": render_plan(doc), "my": render_summary(doc)}.items():
        text = _text(_reader(data, tmp_path, f"{name}.pdf"))
        assert "\ufffd" not in text, name
        assert _words_missing(text, "Mål: Bo selv med støtte fra teamet", "Ida Hansen") == []
    assert no_missing_glyphs() == []


def test_text_that_looks_like_markup_prints_as_written(tmp_path: Path) -> None:
    # What a person typed is only ever text in the layout: Typst markup, a formula for Excel,
    # a file read or a loop in a goal or a name print as the letters typed, and do nothing.
    hostile = [
        '#read("/etc/passwd")',
        "= Heading? *bold* _it_ $x^2$",
        '#{ panic("stop") }',
        "] #while true {} [",
        '=HYPERLINK("http://evil")',
        "<label> @ref `raw` \\ // not a comment",
    ]
    goals = tuple(Goal(f"g{i}", text, position=f"{i:06d}") for i, text in enumerate(hostile))
    content = PlanContent(
        plan=_plan(), resident_name=hostile[0], goals=goals, staff_names={"s1": hostile[3]}
    )
    for name, (data, _) in {
        "plan": render_plan(_print(content)),
        "my": render_summary(_print(content)),
    }.items():
        text = " ".join(_text(_reader(data, tmp_path, f"{name}.pdf")).split())
        for typed in hostile[:4]:
            assert " ".join(typed.split()) in text, (name, typed)
        assert "root:" not in text
