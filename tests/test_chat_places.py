"""Where the user is, named as people name it: a country by its own name (any the holiday
calendar keeps), a capital or large city, or a place opening the message ("Stockholm, interview
on the 4th"); and a city's name is not a topic the articles skip ("stock" in "Stockholm")."""

from __future__ import annotations

from coach.chat.places import country_in
from coach.chat.scope import uncovered


def test_countries_by_their_calendar_names_and_capitals() -> None:
    assert country_in("interviewed in sweden on monday") == "SE"
    assert country_in("I'm based in trinidad and tobago") == "TT"
    assert country_in("interview in Oslo last week") == "NO"
    assert country_in("Lisbon, interview was on the 3rd. when can I chase?") == "PT"
    assert country_in("port of spain - interviewed tuesday") == "TT"


def test_a_country_that_is_also_a_first_name_is_not_a_place() -> None:
    assert country_in("still nothing from Jordan since the interview") is None
    assert country_in("got an email from Georgia today") is None


def test_a_city_is_not_a_topic_the_articles_skip() -> None:
    assert uncovered("stockholm, interview on the 4th, when can I nudge them?") is None
    assert uncovered("is it advisable to call rather than email?") is None
    assert uncovered("can I ask about stock options in the check-in?") == "salary and pay"
