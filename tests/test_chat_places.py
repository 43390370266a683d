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


def test_a_city_beyond_the_hand_table_gives_its_country() -> None:
    # cities of the GeoNames table, by their own spelling, an ASCII one and another common one
    assert country_in("my interview was at an office in Valparaíso on the 3rd") == "CL"
    assert country_in("interview in valparaiso, no timeline") == "CL"
    assert country_in("the firm is based in marrakesh") == "MA"
    assert country_in("a startup in marrakech interviewed me") == "MA"


def test_a_place_is_read_before_here_and_time_and_opening_the_clause() -> None:
    assert country_in("malta here. interview was on friday") == "MT"
    assert country_in("the call is at 4pm uk time") == "GB"
    assert country_in("almaty again, they said nothing about timing") == "KZ"
    assert country_in("let us time the next email well") is None


def test_a_city_named_like_a_person_or_a_word_is_not_a_place() -> None:
    assert country_in("Victoria said no, how do I reply?") is None
    assert country_in("an email from Florence came this morning") is None
    assert country_in("I'm interested in reading their report") is None


def test_a_province_is_its_country_not_a_namesake_town() -> None:
    assert country_in("I'm in Ontario, interviewed on Monday") == "CA"


def test_the_shipped_city_table_is_small_sorted_and_licensed() -> None:
    from importlib import resources

    data = resources.files("coach").joinpath("data")
    raw = data.joinpath("cities.tsv").read_text("utf-8")
    assert len(raw.encode()) < 300_000  # a table of names, not the GeoNames dump
    lines = raw.splitlines()
    assert lines == sorted(lines)
    assert all(len(line.split("\t")) == 2 and len(line.split("\t")[1]) == 2 for line in lines)
    assert "CC BY 4.0" in data.joinpath("GEONAMES-LICENSE").read_text("utf-8")
