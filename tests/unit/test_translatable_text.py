"""Sentences from the core read whole in the person's language, the words put into them too."""

from __future__ import annotations

import pytest

from teamdesk.domain.text import N_, Message, Term
from teamdesk.services.context import ServiceContext
from teamdesk.services.team import InvalidInput, TeamService

NORWEGIAN = {
    "{resident} has no {role}. Choose one on the resident's team card.": (
        "{resident} har ingen {role}. Velg en på beboerens teamkort."
    ),
    "Primary contact": "Primærkontakt",
    "The plan cannot be approved yet. Missing: {missing}": (
        "Planen kan ikke godkjennes ennå. Mangler: {missing}"
    ),
    "No coordinator is chosen.": "Ingen koordinator er valgt.",
    "No measure is written yet.": "Ingen tiltak er skrevet ennå.",
}


def norwegian(text: str) -> str:
    return NORWEGIAN.get(text, text)


def test_a_role_in_a_warning_is_translated_and_written_in_lower_case() -> None:
    message = Message(
        N_("{resident} has no {role}. Choose one on the resident's team card."),
        {"resident": "Ola", "role": Term(N_("Primary contact"), lower=True)},
    )
    assert message.in_language(norwegian) == (
        "Ola har ingen primærkontakt. Velg en på beboerens teamkort."
    )
    assert str(message) == "Ola has no primary contact. Choose one on the resident's team card."


def test_a_house_s_own_role_name_is_kept_as_the_house_wrote_it() -> None:
    message = Message(
        N_("{resident} has no {role}. Choose one on the resident's team card."),
        {"resident": "Ola", "role": Term("Sjefen", lower=True)},
    )
    assert message.in_language(norwegian).startswith("Ola har ingen sjefen.")


def test_sentences_inside_a_sentence_are_translated_one_by_one() -> None:
    missing = (Message(N_("No coordinator is chosen.")), Message(N_("No measure is written yet.")))
    message = Message(
        N_("The plan cannot be approved yet. Missing: {missing}"), {"missing": missing}
    )
    assert message.in_language(norwegian) == (
        "Planen kan ikke godkjennes ennå. Mangler: Ingen koordinator er valgt. "
        "Ingen tiltak er skrevet ennå."
    )
    assert message.render().endswith(
        "Missing: No coordinator is chosen. No measure is written yet."
    )


def test_a_refusal_names_the_field_in_the_person_s_language(ctx: ServiceContext) -> None:
    words = {
        "The {what} cannot be empty.": "Feltet «{what}» kan ikke være tomt.",
        "team name": "teamets navn",
    }
    with pytest.raises(InvalidInput) as refused:
        TeamService(ctx).create_team("  ")
    assert refused.value.message.in_language(lambda t, *_: words.get(t, t)) == (
        "Feltet «teamets navn» kan ikke være tomt."
    )
    assert str(refused.value) == "The team name cannot be empty."
