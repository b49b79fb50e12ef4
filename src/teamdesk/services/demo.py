"""A realistic, fictional Norwegian municipality for `teamdesk --demo` and the benchmarks.

Everything is written through the store's write path (change log and audit included) in one
transaction; the services' per-call rule checks are skipped because the generator builds the
rule findings it wants on purpose: a missing secondary contact, a primary contact without a
bachelor degree, an overloaded primary contact, an inactive staff member still assigned, and
absences this week that leave one resident with nobody known on duty.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from teamdesk.domain.team import Education, Role
from teamdesk.domain.text import Translate
from teamdesk.services.context import Permission, ServiceContext
from teamdesk.services.demo_words import (
    DANISH_ABSENCE_REASONS,
    DANISH_FIRST_NAMES,
    DANISH_SURNAMES,
    DANISH_TEAM_NAMES,
    DANISH_UNIT_NAMES,
    DANISH_WHAT_MATTERS,
    Words,
    demo_words,
    is_danish,
)

UNIT_NAMES = [
    "Solsikken bofellesskap",
    "Lindealléen bofellesskap",
    "Fjordglimt bosenter",
    "Bjørkelia bofellesskap",
    "Granheim omsorgsboliger",
    "Havblikk bofellesskap",
    "Nordlys bosenter",
    "Eikely bofellesskap",
    "Kvitveisen boliger",
    "Furutoppen bofellesskap",
]
FIRST_NAMES = [
    "Kari",
    "Ola",
    "Ingrid",
    "Lars",
    "Sigrid",
    "Magnus",
    "Astrid",
    "Even",
    "Solveig",
    "Håkon",
    "Marit",
    "Bjørn",
    "Ragnhild",
    "Torstein",
    "Liv",
    "Sindre",
    "Åse",
    "Eirik",
    "Gunhild",
    "Øyvind",
    "Hilde",
    "Jørgen",
    "Ellinor",
    "Vegard",
    "Turid",
    "Knut",
    "Synnøve",
    "Per",
    "Nora",
    "Aslak",
    "Tone",
    "Geir",
    "Mari",
    "Stian",
    "Berit",
    "Anders",
    "Frida",
    "Trond",
    "Ida",
    "Rune",
    "Amira",
    "Yusuf",
    "Leila",
    "Tomasz",
    "Agnieszka",
    "Ahmed",
    "Selam",
    "Mikkel",
    "Elin",
    "Odd",
]
SURNAMES = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Berg",
    "Haugen",
    "Hagen",
    "Johnsen",
    "Bakken",
    "Solberg",
    "Strand",
    "Lie",
    "Dahl",
    "Lund",
    "Moen",
    "Eide",
    "Holm",
    "Sæther",
    "Nygård",
    "Fjeld",
    "Aasen",
    "Bråten",
    "Løken",
    "Haraldsen",
    "Rønning",
    "Ali",
    "Nowak",
    "Tesfaye",
    "Rahman",
    "Øverland",
]
WHAT_MATTERS = [
    "Å gå tur med hunden min hver morgen.",
    "At jeg får bestemme selv når jeg står opp.",
    "Å besøke søsteren min i Drammen hver måned.",
    "Å jobbe på kafeen to dager i uka.",
    "Å ha ro på rommet mitt etter middag.",
    "At personalet banker på før de kommer inn.",
    "Å lage mat selv, med litt hjelp.",
    "Fotball på TV og kaffe med venner.",
    "Å synge i koret på torsdager.",
    "At mamma får vite hvordan jeg har det.",
]
ABSENCE_REASONS = ["Ferie", "Sykemelding", "Kurs", "Avspasering", "Permisjon"]
TEAM_NAMES = ["Lag Nord", "Lag Sør", "Lag Øst", "Lag Vest", "Lag Sentrum"]

DEMO_SCALE_1 = {"units": 3, "residents": 25, "staff": 40}


@dataclass
class DemoSummary:
    """What the generator made, for the CLI to print."""

    units: int = 0
    residents: int = 0
    staff: int = 0
    teams: int = 0
    assignments: int = 0
    absences: int = 0
    plans: int = 0
    notes: list[str] = field(default_factory=list)


def create_demo(
    ctx: ServiceContext, scale: int = 1, seed: int = 2026, translate: Translate | None = None
) -> DemoSummary:
    """Fill an empty database with a fictional municipality; ``scale`` multiplies its size.

    Scale 1 is 3 units, 25 residents and 40 staff; scale 100 about 2,500 residents and 4,000
    staff. ``translate`` drafts the meetings' agendas in the person's language; for a Danish
    reader the municipality is Danish (Danish names, a bosted's afdelinger, the house set to
    the Danish shared development plan, REHAB meetings, a tovholder on every plan). Refuses a
    database that already holds residents, so real data is never mixed in.
    """
    ctx.require(Permission.EDIT_SETTINGS)
    if scale < 1:
        raise ValueError("scale must be at least 1")
    store = ctx.store
    if store.query_one("SELECT 1 FROM resident LIMIT 1") is not None:
        raise ValueError("the database already holds residents; demo data needs an empty one")
    rng = random.Random(seed)
    today = ctx.today()
    who = ctx.who
    summary = DemoSummary()
    danish = is_danish(translate)
    w = demo_words(translate)
    unit_names = DANISH_UNIT_NAMES if danish else UNIT_NAMES
    first_names = DANISH_FIRST_NAMES if danish else FIRST_NAMES
    surnames = DANISH_SURNAMES if danish else SURNAMES
    what_matters = DANISH_WHAT_MATTERS if danish else WHAT_MATTERS
    absence_reasons = DANISH_ABSENCE_REASONS if danish else ABSENCE_REASONS
    team_names = DANISH_TEAM_NAMES if danish else TEAM_NAMES

    def person(used: set[str]) -> str:
        for _ in range(50):
            name = f"{rng.choice(first_names)} {rng.choice(surnames)}"
            if name not in used:
                used.add(name)
                return name
        name = f"{rng.choice(first_names)} {rng.choice(first_names)[0]}. {rng.choice(surnames)}"
        used.add(name)
        return name

    resident_names: set[str] = set()
    staff_names: set[str] = set()
    n_units = DEMO_SCALE_1["units"] * scale
    residents_per_unit = [
        DEMO_SCALE_1["residents"] * scale // n_units
        + (1 if i < DEMO_SCALE_1["residents"] * scale % n_units else 0)
        for i in range(n_units)
    ]
    staff_per_unit = [
        DEMO_SCALE_1["staff"] * scale // n_units
        + (1 if i < DEMO_SCALE_1["staff"] * scale % n_units else 0)
        for i in range(n_units)
    ]

    with store.transaction():
        if danish:
            from teamdesk.domain.plan_profile import PlanProfile
            from teamdesk.services.plan import PlanService

            PlanService(ctx).set_plan_profile(PlanProfile.SHARED_DEVELOPMENT_PLAN)
        for u in range(n_units):
            base = unit_names[u % len(unit_names)]
            unit_name = base if u < len(unit_names) else f"{base} {u // len(unit_names) + 1}"
            unit_id = store.insert("unit", {"name": unit_name}, actor=who)
            summary.units += 1

            staff_rows: list[tuple[str, Education]] = []
            for s in range(staff_per_unit[u]):
                # About a third bachelor level, a third certified health workers, a third other.
                education = [Education.BACHELOR, Education.HEALTH_WORKER, Education.OTHER][s % 3]
                name = person(staff_names)
                staff_id = store.insert(
                    "staff",
                    {
                        "name": name,
                        "initials": "".join(p[0] for p in name.split()).upper(),
                        "education": education,
                        "peer_worker": s % 13 == 12,
                        "fte_percent": rng.choice([100, 100, 100, 80, 75, 60, 50]),
                        "unit_id": unit_id,
                        "active": True,
                    },
                    actor=who,
                )
                staff_rows.append((staff_id, education))
            summary.staff += len(staff_rows)

            n_teams = max(1, min(len(team_names), residents_per_unit[u] // 3))
            team_ids = [
                store.insert("team", {"name": team_names[t], "unit_id": unit_id}, actor=who)
                for t in range(n_teams)
            ]
            summary.teams += n_teams
            team_staff: list[list[tuple[str, Education]]] = [[] for _ in team_ids]
            for i, row in enumerate(staff_rows):
                # Groups of three (one of each education) so every team has the whole mix.
                team_staff[(i // 3) % n_teams].append(row)
            for team_id, members in zip(team_ids, team_staff, strict=True):
                for staff_id, _ in members:
                    store.insert(
                        "team_membership", {"team_id": team_id, "staff_id": staff_id}, actor=who
                    )

            for r in range(residents_per_unit[u]):
                t = r % n_teams
                moved_in = today - timedelta(days=rng.randint(60, 3650))
                resident_id = store.insert(
                    "resident",
                    {
                        "name": person(resident_names),
                        "preferred_name": "",
                        "unit_id": unit_id,
                        "team_id": team_ids[t],
                        "room": f"{100 * (u % 9 + 1) + r + 1}",
                        "moved_in": moved_in,
                        "what_matters": rng.choice(what_matters),
                    },
                    actor=who,
                )
                summary.residents += 1
                members = team_staff[t]
                bachelors = [s for s, e in members if e is Education.BACHELOR]
                health = [s for s, e in members if e is Education.HEALTH_WORKER]
                others = [s for s, e in members if e is Education.OTHER]
                k = r // n_teams
                candidates = bachelors or [s for s, _ in members]
                primary: str | None = candidates[k % len(candidates)] if candidates else None
                secondary = health[k % len(health)] if health else None
                start = moved_in + timedelta(days=rng.randint(0, 30))
                plan: list[tuple[str | None, Role]] = [(primary, Role.PRIMARY)]
                if not (u == 0 and r == 1):  # the demo's resident without a secondary contact
                    plan.append((secondary, Role.SECONDARY))
                plan += [(s, Role.MEMBER) for s in others[k % max(1, len(others)) :][:2]]
                for planned, role in plan:
                    if planned is None:
                        continue
                    store.insert(
                        "assignment",
                        {
                            "resident_id": resident_id,
                            "staff_id": planned,
                            "role": role,
                            "valid_from": start,
                        },
                        actor=who,
                    )
                    summary.assignments += 1
                if r == 0 and bachelors and primary is not None:
                    # History: the first primary contact handed over a year ago.
                    earlier = rng.choice([s for s, _ in members if s != primary] or [primary])
                    store.insert(
                        "assignment",
                        {
                            "resident_id": resident_id,
                            "staff_id": earlier,
                            "role": Role.PRIMARY,
                            "valid_from": start - timedelta(days=400),
                            "valid_to": start - timedelta(days=1),
                        },
                        actor=who,
                    )
                    summary.assignments += 1

            if u == 0:
                _demo_warnings(ctx, unit_id, today, staff_rows, summary, w)
            # This week's absences: a few per unit.
            for staff_id, _ in rng.sample(staff_rows, k=min(3, len(staff_rows))):
                start = today - timedelta(days=rng.randint(0, 3))
                store.insert(
                    "absence",
                    {
                        "staff_id": staff_id,
                        "from_date": start,
                        "to_date": start + timedelta(days=rng.randint(2, 10)),
                        "reason": rng.choice(absence_reasons),
                    },
                    actor=who,
                )
                summary.absences += 1
        _demo_plans(ctx, today, summary, w, tovholder_everywhere=danish)
        from teamdesk.services.demo_meetings import demo_mentoring_and_meetings

        demo_mentoring_and_meetings(ctx, today, summary, translate)
        from teamdesk.services.demo_relations import demo_checkins

        demo_checkins(ctx, today)
    return summary


def _demo_warnings(
    ctx: ServiceContext,
    unit_id: str,
    today: date,
    staff_rows: list[tuple[str, Education]],
    summary: DemoSummary,
    w: Words,
) -> None:
    """Plant the findings the demo should show in the first unit."""
    store, who = ctx.store, ctx.who
    residents = [
        r["id"]
        for r in store.query("SELECT id FROM resident WHERE unit_id = ? ORDER BY room", (unit_id,))
    ]
    health = [s for s, e in staff_rows if e is Education.HEALTH_WORKER]
    others = [s for s, e in staff_rows if e is Education.OTHER]
    if len(residents) < 6 or not health or not others:
        return
    # A primary contact without a bachelor degree: a health worker took over last month.
    _replace_primary(ctx, residents[2], health[0], today - timedelta(days=30))
    # One bachelor is primary contact for four residents (the default limit is three).
    busy = store.query(
        "SELECT staff_id FROM assignment WHERE resident_id = ? AND role = 'primary' "
        "AND valid_to IS NULL",
        (residents[0],),
    )[0]["staff_id"]
    for rid in residents[3:6]:
        _replace_primary(ctx, rid, busy, today - timedelta(days=14))
    # A staff member who has left is still a team member for a resident.
    load = {
        s: store.query_one("SELECT COUNT(*) AS n FROM assignment WHERE staff_id = ?", (s,))["n"]  # type: ignore[index]
        for s in others
    }
    leaver = min(others, key=lambda s: (load[s], s))
    store.update("staff", leaver, {"active": False}, actor=who, summary="staff member left")
    store.insert(
        "assignment",
        {
            "resident_id": residents[1],
            "staff_id": leaver,
            "role": Role.MEMBER,
            "valid_from": today - timedelta(days=200),
        },
        actor=who,
    )
    summary.assignments += 1
    # Everyone on one resident's team is away this week: nobody known on duty.
    lonely = residents[-1]
    for row in store.query(
        "SELECT DISTINCT staff_id FROM assignment WHERE resident_id = ? AND valid_to IS NULL",
        (lonely,),
    ):
        store.insert(
            "absence",
            {
                "staff_id": row["staff_id"],
                "from_date": today - timedelta(days=1),
                "to_date": today + timedelta(days=4),
                "reason": w("Kurs"),
            },
            actor=who,
        )
        summary.absences += 1
    summary.notes.append("planted rule warnings and a coverage alert in the first unit")


def _replace_primary(ctx: ServiceContext, resident_id: str, staff_id: str, day: date) -> None:
    store, who = ctx.store, ctx.who
    for row in store.query(
        "SELECT id, valid_from FROM assignment WHERE resident_id = ? AND role = 'primary' "
        "AND valid_to IS NULL AND deleted_at IS NULL",
        (resident_id,),
    ):
        store.update("assignment", row["id"], {"valid_to": day - timedelta(days=1)}, actor=who)
    store.insert(
        "assignment",
        {"resident_id": resident_id, "staff_id": staff_id, "role": Role.PRIMARY, "valid_from": day},
        actor=who,
    )


# -- individual plans (issue 4) ----------------------------------------------------------------

DEMO_GOALS = [
    ("Jeg vil gå tur med hunden min hver morgen.", "Gå til parken alene på søndager."),
    ("Jeg vil jobbe på kafeen to dager i uka.", "Ta bussen til jobb selv."),
    ("Jeg vil lage middag selv, med litt hjelp.", "Handle inn til middagen på fredager."),
    ("Jeg vil ha kontakt med søsteren min i Drammen.", ""),
    ("Jeg vil sove bedre om natta.", ""),
    ("Jeg vil lære å svømme.", ""),
]


def _demo_plans(
    ctx: ServiceContext,
    today: date,
    summary: DemoSummary,
    w: Words,
    *,
    tovholder_everywhere: bool = False,
) -> None:
    """Individual plans in the first unit, in every state a coordinator meets: approved with
    history and changes since, a draft, overdue evaluations, an expired consent to share
    information, and role conflicts (one overridden by a leader, one blocking a candidate).

    Uses the plan services, with the clock set back for the older approvals, so the demo's
    versions are made the way real ones are; only a handful of plans, so any scale stays fast.
    ``tovholder_everywhere`` (the Danish demo) gives the plan held up by a role conflict a
    tovholder too, so every plan has one.
    """
    from teamdesk.domain.plan import CaseRoleKind, ParticipantKind, PlanStatus
    from teamdesk.services.plan import PlanService

    store = ctx.store
    unit = store.query_one("SELECT id FROM unit ORDER BY created_at, id LIMIT 1")
    if unit is None:
        return
    residents = [
        r["id"]
        for r in store.query(
            "SELECT id FROM resident WHERE unit_id = ? ORDER BY room", (unit["id"],)
        )
    ]
    staff = [
        r["id"]
        for r in store.query(
            "SELECT id FROM staff WHERE unit_id = ? AND active = 1 AND education = 'bachelor' "
            "ORDER BY name",
            (unit["id"],),
        )
    ]
    helpers = [
        r["id"]
        for r in store.query(
            "SELECT id FROM staff WHERE unit_id = ? AND active = 1 AND education != 'bachelor' "
            "ORDER BY name",
            (unit["id"],),
        )
    ]
    if len(residents) < 7 or len(staff) < 4 or len(helpers) < 2:
        return

    def at(day: date) -> PlanService:
        return PlanService(ServiceContext(store, ctx.actor, today=lambda: day))

    now = PlanService(ctx)
    # Three coordinators have taken the course; staff[3] has not.
    for s in staff[:3]:
        now.record_training(s, today - timedelta(days=400))

    def full_plan(resident_id: str, started: date, goals: list[int], coordinator: str) -> str:
        svc = at(started)
        plan_id = svc.create_plan(resident_id, period_from=started).row_id or ""
        goal_ids = []
        for n in goals:
            main, sub = DEMO_GOALS[n]
            gid = svc.add_goal(plan_id, w(main), evaluation_date=started + timedelta(days=180))
            goal_ids.append(gid.row_id or "")
            if sub:
                svc.add_goal(plan_id, w(sub), parent_id=gid.row_id)
        nav = (
            svc.add_participant(
                plan_id,
                ParticipantKind.SERVICE,
                w("Nora Lie"),
                organisation=w("NAV Sentrum"),
                role=w("Veileder"),
                contact=w("55 55 12 34"),
                contribution=w("Arbeidsrettet oppfølging."),
                share_scope=w("Arbeid, helse og økonomi"),
                share_consent_date=started,
                share_consent_expires=started + timedelta(days=730),
            ).row_id
            or ""
        )
        svc.add_participant(
            plan_id,
            ParticipantKind.SERVICE,
            w("Dr. Eirik Moen"),
            organisation=w("Fastlegekontoret"),
            role=w("Fastlege"),
            contact=w("55 55 98 76"),
            contribution=w("Medisinsk oppfølging."),
            share_scope=w("Helse og medisiner"),
            share_consent_date=started,
        )
        svc.add_participant(
            plan_id,
            ParticipantKind.RELATIVE,
            w("Åse Hansen"),
            role=w("Søster"),
            contact=w("900 12 345"),
            contribution=w("Ringer hver søndag og er med på møtene."),
            share_scope=w("Hvordan hverdagen går"),
            share_consent_date=started,
        )
        svc.update_plan(
            plan_id,
            resources=w("Blid og hjelpsom, glad i dyr, har god humor og husker godt."),
            needs=w("Struktur i hverdagen, følge til avtaler og oppfølging på jobb."),
            resident_contribution=w("Lager kaffe til møtene og sier fra når noe ikke fungerer."),
            period_to=started + timedelta(days=730),
            evaluation_date=started + timedelta(days=180),
            evaluation_method=w("Samtale med beboeren og ansvarsgruppen hvert halvår."),
            next_meeting=started + timedelta(days=90),
            cooperation=w(
                "Fastlegen og NAV samarbeider om arbeidstrening; koordinator kaller inn."
            ),
            language_culture=w("Norsk er morsmålet. Liker korte setninger og bilder."),
            participation=w("Leder selv første del av møtene; søsteren deltar når beboeren vil."),
        )
        svc.add_measure(
            plan_id,
            w("Følge til og fra jobb"),
            extent=w("To dager i uka"),
            goal_id=goal_ids[0],
            how=w("Personalet følger de første ukene, så bare til bussen."),
            responsible_staff_id=helpers[0],
        )
        svc.add_measure(
            plan_id,
            w("Arbeidstrening med veileder"),
            extent=w("Månedlig samtale"),
            goal_id=goal_ids[-1],
            how=w("NAV-veileder møter beboer og arbeidsgiver."),
            responsible_participant_id=nav,
        )
        svc.assign_coordinator(plan_id, coordinator)
        svc.record_consent(plan_id, started, w("Muntlig i oppstartsmøtet"))
        return plan_id

    # 1. Approved twice, with changes since the second version.
    p1 = full_plan(residents[0], today - timedelta(days=300), [0, 1], staff[0])
    at(today - timedelta(days=300)).approve_version(p1)
    later = at(today - timedelta(days=60))
    later.add_goal(p1, w(DEMO_GOALS[2][0]), evaluation_date=today + timedelta(days=120))
    later.update_plan(p1, evaluation_date=today + timedelta(days=120))
    later.approve_version(p1)
    now.update_plan(p1, next_meeting=today + timedelta(days=14))
    now.set_status(p1, PlanStatus.UNDER_REVISION)
    # 2. A draft, just started: goals only.
    p2 = now.create_plan(residents[1]).row_id or ""
    now.add_goal(p2, w(DEMO_GOALS[4][0]))
    now.assign_coordinator(p2, staff[3])  # not trained yet: a warning
    # 3. Approved, evaluations overdue.
    p3 = full_plan(residents[2], today - timedelta(days=220), [2], staff[1])
    at(today - timedelta(days=220)).approve_version(p3)
    # 4. Approved, but the consent to share information with NAV has expired since.
    p4 = full_plan(residents[3], today - timedelta(days=120), [3, 5], staff[2])
    nav = store.query_one(
        "SELECT id FROM plan_participant WHERE plan_id = ? AND organisation = ?",
        (p4, w("NAV Sentrum")),
    )
    if nav is not None:
        at(today - timedelta(days=120)).update_participant(
            nav["id"], share_consent_expires=today - timedelta(days=20)
        )
    at(today - timedelta(days=100)).approve_version(p4)
    # 5. A role conflict a leader overrode with a reason (kept on the plan and in the audit log).
    now.add_case_role(
        staff[1],
        residents[4],
        CaseRoleKind.ALLOCATES_SERVICES,
        note=w("Saksbehandler for vedtak om praktisk bistand"),
    )
    p5 = full_plan(residents[4], today - timedelta(days=30), [1], staff[0])
    now.assign_coordinator(
        p5,
        staff[1],
        override_reason=w(
            "Eneste som kjenner beboeren godt; vedtaksrollen går over til en kollega innen tre "
            "måneder."
        ),
    )
    # 6. A role conflict that blocks the primary contact as coordinator: no coordinator yet.
    now.add_case_role(
        staff[2], residents[5], CaseRoleKind.SUPERVISORY, note=w("Tilsynsrolle fra kommunen")
    )
    p6 = now.create_plan(residents[5]).row_id or ""
    now.add_goal(p6, w(DEMO_GOALS[0][0]), evaluation_date=today + timedelta(days=20))
    if tovholder_everywhere:
        now.assign_coordinator(p6, staff[0])
    # 7. An evaluation coming up within the month.
    p7 = full_plan(residents[6], today - timedelta(days=160), [5], staff[2])
    at(today - timedelta(days=160)).approve_version(p7)
    summary.plans = 7
    summary.notes.append(
        "individual plans in the first unit: approved with history, a draft, overdue "
        "evaluations, an expired consent, and role conflicts"
    )
