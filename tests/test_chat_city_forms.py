"""A city named by a short or differently transliterated form still gives its country's
holidays: the first part of a hyphenated name ("cluj" for Cluj-Napoca), and
a long name with one letter off. Our own sentences."""

from __future__ import annotations

import pytest

from coach.chat.places import country_in


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("cluj, interview on monday 2 march", "RO"),
        ("ulaanbaatar - interviewed tuesday", "MN"),
        ("my interview in ulaanbaator last week", "MN"),
    ],
)
def test_a_city_by_another_form(text: str, code: str) -> None:
    assert country_in(text) == code


@pytest.mark.parametrize(
    "text", ["in november i had a call", "at breakfast they said", "in wednesday's interview"]
)
def test_words_are_not_near_cities(text: str) -> None:
    assert country_in(text) is None
