"""A meeting invitation as an iCalendar (.ics) file that Outlook and other calendar programs open.

Times are written in UTC (``...Z``): every calendar program converts them to the reader's own
time zone, and none has to understand a time-zone definition (Outlook is picky about those).
The event is marked private, since it names a resident. ``METHOD:PUBLISH`` adds it to the
calendar as it is; a later file with the same UID and a higher SEQUENCE updates it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

PRODID = "-//TeamDesk//Meetings//EN"


@dataclass(frozen=True)
class Invitee:
    """Someone invited; ``email`` is used only when the contact details hold one."""

    name: str
    email: str = ""


@dataclass(frozen=True)
class Invitation:
    """Everything the calendar entry says."""

    uid: str
    summary: str
    starts_at: datetime  # wall-clock time where the meeting is held (naive) ...
    ends_at: datetime
    time_zone: str  # ... in this zone, e.g. "Europe/Oslo"
    location: str
    description: str
    stamp: datetime
    sequence: int = 0
    cancelled: bool = False
    organizer: Invitee | None = None
    invitees: Sequence[Invitee] = ()


def email_in(contact: str) -> str:
    """The first e-mail address in free-text contact details, or empty."""
    for word in contact.replace(",", " ").replace(";", " ").split():
        word = word.strip("<>()[]")
        if "@" in word and "." in word.split("@", 1)[1]:
            return word
    return ""


def _utc(moment: datetime, zone: str) -> datetime:
    local = moment if moment.tzinfo is not None else moment.replace(tzinfo=ZoneInfo(zone))
    return local.astimezone(UTC)


def _address(person: Invitee) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["CN"] = vText(person.name)
    return address


def render_ics(invitation: Invitation) -> bytes:
    """The invitation as iCalendar bytes (UTF-8, CRLF line ends, long lines folded)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    event = Event()
    event.add("uid", invitation.uid)
    event.add("dtstamp", invitation.stamp.astimezone(UTC))
    event.add("sequence", invitation.sequence)
    event.add("dtstart", _utc(invitation.starts_at, invitation.time_zone))
    event.add("dtend", _utc(invitation.ends_at, invitation.time_zone))
    event.add("summary", invitation.summary)
    if invitation.location:
        event.add("location", invitation.location)
    event.add("description", invitation.description)
    event.add("class", "PRIVATE")
    event.add("status", "CANCELLED" if invitation.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    if invitation.organizer is not None and invitation.organizer.email:
        event.add("organizer", _address(invitation.organizer))
    for person in invitation.invitees:
        if person.email:
            attendee = _address(person)
            attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
            event.add("attendee", attendee, encode=False)
    cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
