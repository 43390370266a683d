"""Words of other languages and other forms of the notes' words are not misspellings (RULEBOOK
§7): a word ending in a, i, o or u that no correction keeps the ending of, a short word that is
not a typing slip of a common one, a regular form of a known word, another form of a word the
notes spell, and a word the message itself writes as a name."""

from __future__ import annotations

import copy

import pytest

from coach.engine import Checker
from coach.models import Kind, Notes
from coach.readers import Message, parse_time
from coach.rulebook import example_context

CHECKER = Checker(select=["spelling"])


def spelling(text: str, country: str | None = "US", details: tuple[str, ...] = ()) -> list[str]:
    data = copy.deepcopy(example_context())
    data["country"] = country
    data["details"] = [*data["details"], *details]
    message = Message(
        path="spelling.md",
        text="Dear Sarah,\n\n" + text + "\n\nBest regards,\nPriya",
        to="Sarah Chen",
        kind=Kind.thank_you,
        send_at=parse_time("2026-11-20T19:30:00-05:00", "test"),
        notes=Notes.model_validate(data),
    )
    return [f.excerpt for f in CHECKER.check(message).findings]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("I grew up sorting robusta cherries on my uncle's farm.", "VN"),
        ("After a long trek we shared dal bhat and sweet milk tea at the lodge.", "NP"),
        ("We served chicha and roasted corn to the passengers at the halt.", "PE"),
        ("The mill presses the early koroneiki harvest within hours.", "GR"),
        ("On the estancia we classed the fleeces before the shearing gang left.", "UY"),
        ("Most families still cook nshima with kapenta on a Sunday.", "ZM"),
        ("I learned to brew with a phin before I ever used an espresso machine.", "VN"),
        ("Cupping the new lots each morning taught me to taste defects.", "VN"),
        # one vowel from a rare English word (SCOWL's rarest tier), or one first letter from a
        # common one: a word of the place, not a slip
        ("We sold tortas from a cart outside the bus depot on market days.", "MX"),
        ("My aunt taught me to wrap a tamal in a banana leaf.", "GT"),
        ("I fitted two mixing tanks and an unvented boiler last winter.", "GB"),
    ],
)
def test_words_of_other_languages_are_not_slips(text, country):
    assert spelling(text, country) == []


def test_another_form_of_a_notes_word_is_known():
    text = "I have plated coliform counts every week for three years."
    assert spelling(text, "IE") == ["coliform"]  # a rare word, near "conform", without notes
    details = ("daily plate counts for coliforms on the new line",)
    assert spelling(text, "IE", details) == []


def test_a_word_the_message_writes_as_a_name_is_one():
    text = "Tihar is my favourite time of year. In the week of tihar the lodges fill up."
    assert spelling(text, "NP") == []


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("I recieved the rota this morning.", "recieved"),
        ("Teh second round sounds great.", "Teh"),
        ("I will folow up with the samples.", "folow"),
        ("The visit was realy useful.", "realy"),
        ("I am greatful for the tour of the mill.", "greatful"),
    ],
)
def test_english_slips_are_still_found(text, slip):
    assert slip in spelling(text)
