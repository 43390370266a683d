"""What the web app keeps in the browser besides the notes: the Critique tab's inputs and the
chat. The values come back from the browser's storage, so anything may arrive: whatever is not
the shape the app wrote restores nothing (the browser tests cover the page's side)."""

from __future__ import annotations

from typing import Any

import pytest

from ui.chat import CHAT_KEEP, chat_restored, chat_saved
from ui.critique_view import critique_restored, critique_saved


def test_critique_inputs_round_trip() -> None:
    saved = critique_saved("Hi Sarah,\n\nThanks!", "thank_you", "Sarah Chen", "2026-11-20 19:30")
    assert critique_restored(saved) == {
        "text": "Hi Sarah,\n\nThanks!",
        "kind": "thank_you",
        "to": "Sarah Chen",
        "send": "2026-11-20 19:30",
    }
    # a dropdown cleared to None is kept as empty
    assert critique_saved("Hi", None, None, "") == {
        "text": "Hi",
        "kind": "",
        "to": "",
        "send": "",
    }


def test_a_field_alone_is_restored() -> None:
    assert critique_restored({"text": "", "kind": "", "to": "", "send": "tomorrow 9am"}) == {
        "text": "",
        "kind": "",
        "to": "",
        "send": "tomorrow 9am",
    }


def test_an_unknown_kind_is_dropped_and_the_draft_kept() -> None:
    restored = critique_restored({"text": "Hi", "kind": "carrier_pigeon"})
    assert restored == {"text": "Hi", "kind": "", "to": "", "send": ""}


@pytest.mark.parametrize(
    "saved",
    [
        None,
        "",
        "Hi Sarah",
        [],
        ["Hi Sarah", "thank_you"],
        {},
        {"text": "", "kind": "", "to": "", "send": ""},
        {"text": 12, "kind": "thank_you"},
        {"text": "Hi", "to": ["Sarah Chen"]},
    ],
)
def test_empty_or_malformed_critique_inputs_restore_nothing(saved: Any) -> None:
    assert critique_restored(saved) is None


def test_the_chat_is_kept_as_text_and_capped() -> None:
    # as gradio hands the chat back (content as parts) plus the messages a handler adds
    shown: list[dict[str, Any]] = [
        {
            "role": "user",
            "content": [{"type": "text", "text": "When should I follow up?"}],
            "metadata": None,
            "options": None,
        },
        {"role": "assistant", "content": [{"type": "text", "text": "Mon 30 Nov 2026."}]},
        {"role": "user", "content": "Is this too pushy?"},
        {"role": "assistant", "content": "A little: `tone-demanding`."},
    ]
    assert chat_saved(shown) == [
        {"role": "user", "content": "When should I follow up?"},
        {"role": "assistant", "content": "Mon 30 Nov 2026."},
        {"role": "user", "content": "Is this too pushy?"},
        {"role": "assistant", "content": "A little: `tone-demanding`."},
    ]
    long = [
        {"role": role, "content": f"{role} {n}"}
        for n in range(40)
        for role in ("user", "assistant")
    ]
    kept = chat_saved(long)
    assert len(kept) == CHAT_KEEP == 50
    assert kept[0] == {"role": "user", "content": "user 15"}
    assert kept[-1] == {"role": "assistant", "content": "assistant 39"}
    assert chat_restored(kept) == kept
    # a cut that would start with an answer starts at the next question
    assert chat_saved(long[1:])[0]["role"] == "user"
    # a restored chat longer than the cap (an older version, another tab) is capped too
    restored = chat_restored(long)
    assert restored is not None and len(restored) == CHAT_KEEP


@pytest.mark.parametrize(
    "saved",
    [
        None,
        "",
        {},
        [],
        "When should I follow up?",
        {"role": "user", "content": "Hi"},
        [{"role": "user"}],
        [{"role": "system", "content": "You are"}],
        [{"role": "user", "content": "Hi"}, "Hello"],
        [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}],  # not what is stored
        [{"role": "assistant", "content": "An answer without its question"}],
    ],
)
def test_empty_or_malformed_chat_restores_nothing(saved: Any) -> None:
    assert chat_restored(saved) is None


def test_eml_names_keep_accented_letters_and_hold_the_edited_text() -> None:
    import email
    from email import policy

    from coach.models import Draft, Tokens
    from ui.drafts import eml_bytes, slug

    assert slug("Dr. Zoé Lefèvre-Ngata") == "dr-zoe-lefevre-ngata"
    assert slug("Ødegård Åsa") == "odegard-asa"
    assert slug("Michael O'Brien") == "michael-o-brien"
    draft = Draft(
        to="Zoé Lefèvre",
        kind="thank_you",
        channel="email",
        subject="Thanks",
        body="Dear Zoé,",
        send_at=None,
        passed=True,
        findings=[],
        origin="model",
        backend="fake",
        model="m",
        model_calls=1,
        tokens=Tokens(),
        seconds=0.1,
    )
    edited = "Subject: Thank you, Zoé\n\nDear Zoé,\n\nMy own words.\n"
    msg = email.message_from_bytes(eml_bytes(draft, None, edited), policy=policy.default)
    assert msg["Subject"] == "Thank you, Zoé"
    assert msg.get_body(("plain",)).get_content() == "Dear Zoé,\n\nMy own words.\n"
