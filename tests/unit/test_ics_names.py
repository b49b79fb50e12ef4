"""A calendar invitation travels far beyond TeamDesk (Outlook, phones, shared calendars): it names
the resident and their relatives by initials only, everywhere in the file, even when they have an
e-mail address and even after the resident was renamed."""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from pathlib import Path

from icalendar import Calendar
from tests.plan_support import build_plan_house
from tests.support import TODAY

from teamdesk.domain.plan import ParticipantKind
from teamdesk.domain.team import Role
from teamdesk.services.context import ServiceContext
from teamdesk.services.meetings import MeetingService, NameHider
from teamdesk.services.plan import PlanService
from teamdesk.services.team import TeamService

OLD_NAME = "Per Åsmund Hansen"
NEW_NAME = "Pål-Erik Berg"
PREFERRED = "Palle"
MOTHER = "Åse Hansen"


def _words(*names: str) -> set[str]:
    return {w for name in names for w in re.findall(r"[^\W\d_]+", name) if len(w) > 1}


def test_a_renamed_resident_with_an_e_mail_is_named_by_initials_only(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    h = build_plan_house(ctx)
    TeamService(ctx).assign(h.resident, h.hilde, Role.PRIMARY, date(2026, 1, 1))
    plans = PlanService(ctx)
    [resident_part] = [
        p for p in plans.content(h.plan).participants if p.kind is ParticipantKind.RESIDENT
    ]
    plans.update_participant(resident_part.id, contact="beboer101@example.no")
    plans.update_participant(h.mother, contact="mor@example.no, 900 00 000")
    meetings = MeetingService(ctx)
    meeting = (
        meetings.prepare_meeting(
            h.plan, day=TODAY + timedelta(days=10), start=time(13, 0), place="Hos Per Åsmund"
        ).row_id
        or ""
    )
    # Renamed after the meeting was prepared: the invited list and the agenda hold the old name.
    TeamService(ctx).update_resident(h.resident, name=NEW_NAME, preferred_name=PREFERRED)
    raw = meetings.export_ics(meeting, tmp_path / "invitation.ics").path.read_bytes()

    text = raw.replace(b"\r\n ", b"").decode("utf-8")  # unfolded: no name split over lines
    leaked = {w for w in _words(OLD_NAME, NEW_NAME, PREFERRED, MOTHER) if w in text}
    assert leaked == set()
    [event] = Calendar.from_ical(raw).walk("VEVENT")
    assert str(event["summary"]).endswith("– P. E. B.")
    attendees = {str(a): str(a.params["CN"]) for a in event["attendee"]}
    assert attendees == {
        "mailto:beboer101@example.no": "P. Å. H.",
        "mailto:mor@example.no": "Å. H.",
    }
    description = str(event["description"])
    assert "1. Welcome: how are things for P. Å. H.?" in description
    assert "- Hilde Helsefag" in description  # professionals keep their names
    assert str(event["location"]) == "Hos P. Å."


def test_names_are_hidden_by_whole_words_of_the_same_case() -> None:
    hide = NameHider({"Per Åsmund Hansen", "O'Neil"})
    assert hide("Per går tur to ganger per uke med Hansen-familien") == (
        "P. går tur to ganger per uke med H.-familien"
    )
    assert hide("Perle og Neil O'Neil") == "Perle og N. O'N."
