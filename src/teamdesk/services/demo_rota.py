"""The demo's rotas (issue 13): a realistic 12-week rota on every unit, so Today at any hour of
the cycle tells a different, believable story.

What a Norwegian care rota looks like (see ``shared/DOMAIN-NOTES.md`` B2): day and evening
shifts on weekdays, alternating by week; a long day on Saturday and Sunday every third weekend;
a separate night rota for one or two people per unit; part-time staff working fewer shifts (an
80 % position about four shifts a week, a 50 % position two or three). Deterministic: the same
staff give the same rota.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from teamdesk.domain.rota import DEFAULT_CYCLE_WEEKS, DEFAULT_SHIFT_KINDS
from teamdesk.domain.team import Staff
from teamdesk.domain.text import Translate
from teamdesk.services.context import Permission, ServiceContext
from teamdesk.services.demo_words import DANISH_SHIFT_NAMES, NORWEGIAN_SHIFT_NAMES, is_danish
from teamdesk.services.rota import RotaService
from teamdesk.services.team import TeamService

SHIFTS_PER_WEEK_FULL_TIME = 4.6  # 35.5 hours a week in shifts of about 7.5 hours


def demo_max_uncovered(cycle_days: int) -> int:
    """The demo house's own limit for "nobody of a resident's people is on the shift": its
    nights are worked by a night rota of their own (one or two people per unit), so a
    resident's day and evening people are off every night by design; it warns when they are
    also off more than a third of the other shifts. That is the cycle's nights plus a third of
    its day, evening and long-day shifts: 168 of a 12-week cycle's 336. The default (84, a
    third of all shifts) warned about nearly every resident of the demo: three or four people
    who all work days and evenings cannot be on 252 of those shifts, however the rota is laid
    (issue 13)."""
    nights, other_shifts = cycle_days, 3 * cycle_days  # day, evening and long day
    return nights + other_shifts // 3


def demo_rota_codes(
    staff: Sequence[Staff], weeks: int = DEFAULT_CYCLE_WEEKS, first_weekday: int = 0
) -> dict[tuple[str, int], str]:
    """Each person's shift code per day of a ``weeks``-week cycle whose day 0 is weekday
    ``first_weekday`` (0 is Monday): night workers first (two, or one per six staff), the others on
    days and evenings with every third weekend on long days."""
    codes: dict[tuple[str, int], str] = {}
    nights = max(2, len(staff) // 6) if len(staff) >= 6 else (1 if len(staff) >= 3 else 0)
    for index, person in enumerate(staff):
        per_week = max(1, round(person.fte_percent / 100 * SHIFTS_PER_WEEK_FULL_TIME))
        for week in range(weeks):
            days = [week * 7 + d for d in range(7)]
            weekday = {day: (first_weekday + day) % 7 for day in days}
            if index < nights:
                # Night rota: blocks of up to four nights, the second night worker's starting
                # where the first one's end, so between them every night has someone.
                for day in days:
                    if (day + 4 * index) % 7 < min(per_week, 4):
                        codes[(person.id, day)] = "N"
                continue
            left = per_week
            if week % 3 == index % 3:
                for day in days:
                    if weekday[day] >= 5:
                        codes[(person.id, day)] = "L"
                left -= 2
            weekdays = [day for day in days if weekday[day] < 5]
            start = (index + week) % 5
            code = "D" if (week + index) % 2 == 0 else "A"
            for offset in range(max(0, left)):
                codes[(person.id, weekdays[(start + offset) % 5])] = code
    return codes


def add_demo_rotas(
    ctx: ServiceContext, starts_on: date | None = None, translate: Translate | None = None
) -> int:
    """Give every unit without a rota the demo's 12-week rota, starting on the Monday of
    ``starts_on`` (default: five weeks ago, so today falls in the middle of the cycle). Returns
    the number of shifts written. A house without shifts gets the usual four, named in the
    demo's language (Danish for a Danish reader, else Norwegian)."""
    today = ctx.today()
    first = starts_on or today - timedelta(weeks=5)
    first -= timedelta(days=first.weekday())
    team = TeamService(ctx)
    rotas = RotaService(ctx)
    if not rotas.shift_kinds():
        names = DANISH_SHIFT_NAMES if is_danish(translate) else NORWEGIAN_SHIFT_NAMES
        for code, _english, starts, ends in DEFAULT_SHIFT_KINDS:
            rotas.create_shift_kind(code, names[code], starts, ends)
    written = 0
    made = False
    for unit in team.units():
        if not ctx.sees_unit(unit.id) or rotas.rota_of_unit(unit.id) is not None:
            continue
        staff = [s for s in team.staff(include_inactive=False, unit_id=unit.id)]
        rota_id = rotas.create_rota(unit.id, first).row_id
        assert rota_id is not None
        codes = demo_rota_codes(staff)
        rotas.set_codes(rota_id, codes)
        written += len(codes)
        made = True
    if made and ctx.can(Permission.EDIT_ROTA):
        limit = demo_max_uncovered(DEFAULT_CYCLE_WEEKS * 7)
        rotas.set_rule_limits(max_uncovered=limit)
    return written
