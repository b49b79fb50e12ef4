"""The printed plan read back as an archive or a coordinator would: text, pages, fonts, PDF/A."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.plan_support import GOAL_1, GOAL_2, SUB_GOAL, PlanHouse, build_plan_house

from teamdesk.domain.plan_rules import PLAN_ITEM_HEADINGS
from teamdesk.services.context import ServiceContext
from teamdesk.services.plan import PlanService

PRINTED = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture
def svc(ctx: ServiceContext) -> PlanService:
    return PlanService(ctx)


@pytest.fixture
def house(ctx: ServiceContext) -> PlanHouse:
    return build_plan_house(ctx)


def _pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_the_approved_plan_has_every_section_goal_and_name(
    svc: PlanService, house: PlanHouse, tmp_path: Path
) -> None:
    svc.approve_version(house.plan)
    result = svc.export_pdf(house.plan, tmp_path / "plan.pdf", printed_at=PRINTED)
    pages = _pages(result.path)
    assert len(pages) == result.pages >= 2
    text = " ".join(pages)
    positions = [text.index(heading) for heading in PLAN_ITEM_HEADINGS.values()]
    assert positions == sorted(positions), "sections in the regulation's order"
    for words in (GOAL_1, GOAL_2, SUB_GOAL):
        assert f"«{words}»" in text, words
    assert "Goals, in Per Åsmund Hansen's own words" in text
    for name in ("Berit Sykepleier", "Hilde Helsefag", "Nora Lie (NAV)", "Åse Hansen"):
        assert name in text, name
    assert "Signature, Per Åsmund Hansen" in text
    assert "Signature, Coordinator: Berit Sykepleier" in text
    assert "DRAFT" not in text


def test_every_page_has_the_header_and_footer(
    svc: PlanService, house: PlanHouse, tmp_path: Path
) -> None:
    svc.approve_version(house.plan)
    path = svc.export_pdf(house.plan, tmp_path / "plan.pdf", printed_at=PRINTED).path
    pages = _pages(path)
    for number, text in enumerate(pages, start=1):
        assert "Per Åsmund Hansen · Individual plan" in text
        assert "Version 1, approved 2026-11-25 by Kari Leder" in text
        assert f"Page {number} of {len(pages)}" in text
        assert re.search(r"Printed 2026-11-2\d \d\d:\d\d by Kari Leder", text)


def test_a_draft_says_draft_on_every_page_and_lists_what_is_missing(
    ctx: ServiceContext, svc: PlanService, tmp_path: Path
) -> None:
    house = build_plan_house(ctx, complete=False)
    path = svc.export_pdf(house.plan, tmp_path / "draft.pdf").path
    pages = _pages(path)
    assert all("DRAFT – not approved" in p for p in pages)
    assert "This draft is not ready for approval. Missing:" in pages[0]
    assert "No coordinator is chosen." in pages[0]


def test_an_older_version_prints_as_it_was_approved(
    svc: PlanService, house: PlanHouse, tmp_path: Path
) -> None:
    svc.approve_version(house.plan)
    svc.update_goal(house.goal_1, text="Jeg vil gå lange turer.")
    draft = " ".join(_pages(svc.export_pdf(house.plan, tmp_path / "d.pdf").path))
    assert "DRAFT – changes to version 1, not approved" in draft
    assert "«Jeg vil gå lange turer.»" in draft
    old = " ".join(_pages(svc.export_pdf(house.plan, tmp_path / "v1.pdf", version=1).path))
    assert f"«{GOAL_1}»" in old and "lange turer" not in old
    assert "DRAFT" not in old


def test_the_measures_table_repeats_its_header_on_every_page_it_runs_onto(
    svc: PlanService, house: PlanHouse, tmp_path: Path
) -> None:
    for i in range(40):
        svc.add_measure(
            house.plan,
            f"Ekstra tiltak nummer {i:02d}",
            extent="Ukentlig",
            how="Slik.",
            goal_id=house.goal_2,
            responsible_staff_id=house.hilde,
        )
    pages = _pages(svc.export_pdf(house.plan, tmp_path / "long.pdf").path)
    table_pages = [p for p in pages if re.search(r"\d+ Ekstra tiltak nummer \d\d Ukentlig", p)]
    assert len(table_pages) >= 2
    for text in table_pages:
        assert "No. Measure Extent Responsible Goal" in text


def _structure(node: object, found: list[str]) -> list[str]:
    """The structure element types (/S) of a tagged PDF's tree, in reading order."""
    node = node.get_object() if hasattr(node, "get_object") else node
    if isinstance(node, list):
        for kid in node:
            _structure(kid, found)
    elif isinstance(node, dict):
        if "/S" in node:
            found.append(str(node["/S"]))
        if "/K" in node:
            _structure(node["/K"], found)
    return found


def test_the_fonts_are_embedded_and_the_file_is_a_tagged_pdf_a_2a(
    svc: PlanService, house: PlanHouse, tmp_path: Path
) -> None:
    # Issue 12: a resident or relative with a screen reader can read their own plan: the file
    # says its language, and headings, tables with header cells and paragraphs are tagged.
    path = svc.export_pdf(house.plan, tmp_path / "plan.pdf").path
    reader = PdfReader(path)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    assert fonts and all(fonts.values()), fonts
    assert any("DejaVuSans" in name for name in fonts)
    xmp = reader.xmp_metadata
    assert xmp is not None
    raw = xmp.stream.get_data().decode("utf-8")
    assert re.search(r"<pdfaid:part>2</pdfaid:part>", raw)
    assert re.search(r"<pdfaid:conformance>A</pdfaid:conformance>", raw)
    root = reader.trailer["/Root"]
    assert "/OutputIntents" in root
    assert bool(root["/MarkInfo"]["/Marked"])
    assert str(root["/Lang"]) == "en"
    tags = _structure(root["/StructTreeRoot"], [])
    assert tags.count("/H1") == 1, "the title"
    headings = [t for t in tags if t == "/H2"]
    assert len(headings) >= len(PLAN_ITEM_HEADINGS), "every section a heading"
    assert {"/Table", "/TH", "/TD", "/P"} <= set(tags)
    assert tags.index("/H1") < tags.index("/H2") < tags.index("/Table")


def test_a_norwegian_plan_says_it_is_norwegian(
    svc: PlanService, house: PlanHouse, tmp_path: Path
) -> None:
    translations = {"en": "nb", "{year}-{month}-{day}": "{day}.{month}.{year}"}
    path = svc.export_pdf(
        house.plan,
        tmp_path / "nb.pdf",
        printed_at=PRINTED,
        translate=lambda text, *_: translations.get(text, text),
    ).path
    reader = PdfReader(path)
    assert str(reader.trailer["/Root"]["/Lang"]) == "nb"
    assert "25.11.2026" in " ".join(_pages(path))


def test_my_plan_is_one_page_in_plain_words(
    svc: PlanService, house: PlanHouse, tmp_path: Path
) -> None:
    result = svc.export_pdf(house.plan, tmp_path / "my-plan.pdf", summary=True)
    [text] = _pages(result.path)
    assert result.pages == 1
    for words in (
        "My plan",
        "My goals",
        "Who helps me with what",
        "My coordinator",
        "Next meeting",
        f"«{GOAL_1}»",
        "Hilde Helsefag helps me with:",
        "Berit Sykepleier",
        "2026-12-10",
    ):
        assert words in text, words


def test_my_plan_stays_on_one_page_for_a_long_plan(
    svc: PlanService, house: PlanHouse, tmp_path: Path
) -> None:
    for i in range(15):
        svc.add_goal(
            house.plan,
            f"Et langt mål nummer {i} som Per har sagt med egne ord " * 2,
            evaluation_date=date(2027, 1, 1),
        )
        svc.add_measure(
            house.plan, f"Tiltak {i}", extent="Ukentlig", responsible_staff_id=house.berit
        )
    result = svc.export_pdf(house.plan, tmp_path / "my-plan.pdf", summary=True)
    [text] = _pages(result.path)
    assert "more goals in my full plan" in text


def test_a_danish_plan_quotes_the_residents_words_the_danish_way(
    svc: PlanService, house: PlanHouse, tmp_path: Path
) -> None:
    # Issue 14: Danish quotes »like this«; the goals printed «Norwegian» quotes in Danish too.
    translations = {"en": "da", "«{text}»": "»{text}«"}
    path = svc.export_pdf(
        house.plan, tmp_path / "da.pdf", translate=lambda text, *_: translations.get(text, text)
    ).path
    text = " ".join(_pages(path))
    assert f"»{GOAL_1}«" in text and f"«{GOAL_1}»" not in text
