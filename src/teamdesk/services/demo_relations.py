"""Demo check-ins (issue 15): two rounds for each of two residents of the first unit, half a
year apart. For the first resident the tie with the night staff improves; for the second, the
tie with an outside service stays weak. Entered as printed forms by the demo's leader, through
the same services a coordinator uses."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from teamdesk.domain.relations import DIMENSIONS, Answers, Dimension
from teamdesk.services.context import ServiceContext
from teamdesk.services.relations import RelationService


def _answers(rng: random.Random, ties: tuple[str, ...], centre: dict[str, float]) -> Answers:
    out: dict[str, dict[Dimension, int]] = {}
    for tie in ties:
        mid = centre.get(tie, 3.8)
        out[tie] = {
            d: max(1, min(5, round(rng.gauss(mid, 0.6)))) if rng.random() > 0.05 else 0
            for d in DIMENSIONS
        }
    return out


def _on(day: date) -> Callable[[], date]:
    return lambda: day


def demo_checkins(ctx: ServiceContext, today: date) -> int:
    """Add the demo's check-in rounds; returns how many rounds were made."""
    store = ctx.store
    unit = store.query_one("SELECT id FROM unit ORDER BY created_at, id LIMIT 1")
    if unit is None:
        return 0
    # Residents with a plan, those whose plan has outside services first (their ties are the
    # ones that stay weak in the demo), by room.
    residents = [
        str(r["id"])
        for r in store.query(
            "SELECT r.id, MAX(pp.kind = 'service') AS outside FROM resident r "
            "JOIN plan p ON p.resident_id = r.id "
            "LEFT JOIN plan_participant pp ON pp.plan_id = p.id AND pp.deleted_at IS NULL "
            "WHERE r.unit_id = ? AND r.deleted_at IS NULL GROUP BY r.id "
            "ORDER BY outside DESC, r.room",
            (unit["id"],),
        )
    ][:2]
    rng = random.Random(15)
    made = 0
    for n, resident in enumerate(residents):
        for months_ago in (7, 1):
            started = today - timedelta(days=30 * months_ago)
            svc = RelationService(ServiceContext(store, ctx.actor, today=_on(started)))
            ties = svc.default_ties(resident)
            if n == 1:  # the night shift and the primary contact found each other
                centre = {"@night": 2.2 if months_ago == 7 else 3.9}
            else:  # the outside services stay hard to reach
                centre = {t: 2.3 for t in ties if not t.startswith("@")}
            round_id = svc.start_round(started + timedelta(days=14), ties, resident_id=resident)
            for person in range(5):
                answers = dict(_answers(rng, ties, centre))
                if n == 0 and months_ago == 1 and person >= 2:
                    # Only two answered about the relatives: the results say so, no figures.
                    answers.pop("@relatives", None)
                svc.enter_paper_form(round_id, answers)
            svc.close_round(round_id)
            made += 1
    return made
