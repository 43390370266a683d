"""The Coach chat tab and the `/chat` endpoint: how answers look and stream.

What an answer says is decided in coach.chat (intent, facts, retrieval, composition), so the
page, the API and `coach ask` agree. Here: the conversation as gradio holds it (and as the
browser keeps it across a reload), the answer as Markdown (rule ids as code, sources in bold, a
drafted message quoted), and streaming it in.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from coach.errors import CoachError, InputError
from coach.models import Draft, Kind, Notes
from ui.drafts import draft_text
from ui.render import ORIGIN_LABEL, counts, plural, timing_advice, when_text

#: words per streamed chunk: the answer appears as it would when typed, without a round trip
#: per word
CHUNK_WORDS = 6


# The chat kept across a reload is capped at its last CHAT_KEEP messages (25 questions and
# answers): a reply can carry whole drafts, and the browser keeps ~5 MB per site for every
# stored value together (notes, draft and chat). Older messages are dropped from the stored copy
# only; the page shows the whole conversation until it is reloaded.
CHAT_KEEP = 50
CHAT_ROLES = ("user", "assistant")


def _message_text(message: Any) -> str | None:
    """A chat message's text: gradio hands messages back with their content as a list of parts
    ({"type": "text", "text": ...}); the handlers add them with plain strings."""
    content = message.get("content") if isinstance(message, dict) else None
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [p.get("text") for p in content if isinstance(p, dict) and p.get("type") == "text"]
        texts = [p for p in parts if isinstance(p, str)]
        if texts and len(texts) == len(parts):
            return "\n\n".join(texts)
    return None


def chat_saved(history: Any) -> list[dict[str, str]]:
    """The chat as it is kept in the browser: its last CHAT_KEEP text messages, as plain
    {role, content} pairs, starting with a question."""
    kept: list[dict[str, str]] = []
    for message in history if isinstance(history, list) else []:
        text = _message_text(message)
        if text is not None and message.get("role") in CHAT_ROLES:
            kept.append({"role": message["role"], "content": text})
    kept = kept[-CHAT_KEEP:]
    while kept and kept[0]["role"] != "user":
        kept.pop(0)
    return kept


def chat_restored(saved: Any) -> list[dict[str, str]] | None:
    """The stored chat to show again, or None when there is nothing to restore (nothing stored,
    an empty chat, or a value of the wrong shape)."""
    if not isinstance(saved, list) or not saved:
        return None
    for message in saved:
        if not (
            isinstance(message, dict)
            and message.get("role") in CHAT_ROLES
            and isinstance(message.get("content"), str)
        ):
            return None
    return chat_saved(saved) or None


def turns(history: list[dict[str, Any]] | None) -> list[dict[str, str]]:
    """The conversation as coach.chat reads it: text messages only, as {role, content}."""
    return chat_saved(history)


def history_from_json(text: str | None, label: str = "history") -> list[dict[str, str]]:
    """The `/chat` endpoint's history argument: a JSON list of {role, content}, or empty."""
    if not text or not text.strip():
        return []
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError(label, f"not JSON: {exc}") from None
    if not isinstance(data, list) or not all(
        isinstance(m, dict) and isinstance(m.get("content"), str) for m in data
    ):
        raise InputError(label, 'expected a JSON list of {"role", "content"}')
    return [{"role": str(m.get("role", "user")), "content": m["content"]} for m in data]


def chat_api(
    message: str, notes_text: str, history_text: str, clock: dt.datetime | None = None
) -> dict[str, Any]:
    """The `/chat` endpoint: the `coach ask --format json` document (backend none)."""
    from coach.chat import ask
    from ui.critique import notes_from_api_text

    if not (message or "").strip():
        raise InputError("message", "the message is empty")
    notes = notes_from_api_text(notes_text) if (notes_text or "").strip() else None
    history = history_from_json(history_text)
    return ask(message, notes, history, clock=clock).document()


_RULE_ID = re.compile(r"(?<![\w`-])((?:[a-z]+-)+[a-z]+)(?![\w`-])")


def as_markdown(text: str, rule_ids: set[str]) -> str:
    """Rule ids as code, the sources line in bold labels, draft lines kept as they are."""
    text = _RULE_ID.sub(lambda m: f"`{m.group(1)}`" if m.group(1) in rule_ids else m.group(1), text)
    text = re.sub(r"^(Sources:|Rules:)", r"**\1**", text, flags=re.M)
    return re.sub(r"(?<=\. )(Rules:)", r"**\1**", text)


def draft_for_chat(draft: Draft) -> str:
    """A written draft as the chat shows it: quoted, with its verdict and findings."""
    c = counts(draft.findings)
    verdict = (
        "passes the checks"
        if draft.passed
        else f"ready to send; {timing_advice(draft.findings)}"
        if draft.text_passed
        else f"{plural(c['error'], 'error')} left"
    )
    quoted = [f"> {line}" if line.strip() else ">" for line in draft_text(draft).splitlines()]
    lines = [
        f"**To {draft.to}** ({ORIGIN_LABEL.get(draft.origin, (draft.origin,))[0]}; {verdict}):",
        "",
        *quoted,  # a quote wraps; a code block would run off the side
        "",
    ]
    lines += [f"- `{f.rule}`: {f.message}" for f in draft.findings]
    if draft.send_at:
        lines.append(f"\nSend it {when_text(draft.send_at)}.")
    return "\n".join(lines)


def render(document: dict[str, Any]) -> str:
    """An answer for the page: the drafted message (if any) quoted, the rest as Markdown."""
    from coach.rulebook import load_rules

    ids = set(load_rules())
    text = document["answer"]
    draft = document.get("draft")
    if draft:
        head = text.split("\n\n", 1)[0]
        tail = text.rsplit("\n\n", 1)[-1] if "\n\n" in text else ""
        body = draft_for_chat(Draft.model_validate(draft))
        return "\n\n".join(p for p in (as_markdown(head, ids), body, as_markdown(tail, ids)) if p)
    return as_markdown(text, ids)


def chunks(text: str, size: int = CHUNK_WORDS) -> Iterator[str]:
    """The text growing a few words at a time (whitespace kept, so Markdown stays intact)."""
    pieces = re.findall(r"\S+\s*", text)
    lead = text[: len(text) - len(text.lstrip())]
    for end in range(size, len(pieces) + size, size):
        yield lead + "".join(pieces[:end])


#: how often the waiting answer's line is brought up to date while the model writes
TICK_SECONDS = 1.0
WAITING = "…"


def writing_text(doing: str, seconds: float) -> str:
    """The answer's place while the model writes a draft: what it is doing and for how long,
    so two silent minutes do not read as a page that has hung. `doing` is the drafting loop's
    progress line ("[1/1] drafting the thank-you to Sarah Chen") or the chat's own."""
    doing = re.sub(r"^\[\d+/\d+\]\s*", "", doing)
    return (
        f"*{doing[:1].upper()}{doing[1:]}… {seconds:.0f} s.* The model can take a few minutes; "
        "the draft appears here, checked, when it is done."
    )


def respond(
    question: str,
    history: list[dict[str, Any]],
    notes: Notes | None,
    draft: Callable[..., Any] | None,
    clock: dt.datetime,
) -> Iterator[list[dict[str, Any]]]:
    """The chat after the question, then (while the model writes a draft) a line saying so,
    then after each streamed piece of the answer."""
    from coach.chat import ask

    shown = [*history, {"role": "user", "content": question}]
    yield [*shown, {"role": "assistant", "content": WAITING}]
    doing: list[str] = []  # what the model is writing, once the answer has asked for a draft
    started = time.monotonic()

    def drafter(notes: Notes, kind: Kind, to: str | None, now: dt.datetime) -> Draft:
        assert draft is not None
        doing.append("Waiting for the model to start the draft")
        report = draft(notes, kind, to, progress=doing.append)
        return report.drafts[0]  # type: ignore[no-any-return]

    answer: list[str] = []
    failed: list[BaseException] = []

    def work() -> None:
        try:
            document = ask(
                question,
                notes,
                turns(history),
                backend="embedded" if draft else "none",
                drafter=drafter if draft else None,
                now=clock,  # the page's clock is the present: a stated duration moves the interview
            ).document()
            answer.append(render(document))
        except CoachError as exc:
            answer.append(f"I could not answer that: {exc}.")
        except BaseException as exc:  # noqa: BLE001 - raised again in the page's thread
            failed.append(exc)

    worker = threading.Thread(target=work, name="coach-chat", daemon=True)
    worker.start()
    worker.join(TICK_SECONDS)
    while worker.is_alive():
        if doing:
            waiting = writing_text(doing[-1], time.monotonic() - started)
            yield [*shown, {"role": "assistant", "content": waiting}]
        worker.join(TICK_SECONDS)
    if failed:
        raise failed[0]
    for piece in chunks(answer[0]):
        yield [*shown, {"role": "assistant", "content": piece}]


# Run in the browser once an answer is in. The chat follows a streamed answer down to its end;
# an answer taller than the chat (a drafted message, a checked draft) would then be read from
# its last lines, with its first ones (the verdict) and the question scrolled out of sight.
# So the latest question is brought to the chat's top, and the chat into view if it is above.
# Gradio scrolls the chat to its end 300 ms after each update, later still on a busy machine:
# the question is held at the top for a second and a half, then left to the user.
READ_JS = """() => {
  const chat = document.querySelector("#coach-chat");
  const wrap = chat && chat.querySelector(".bubble-wrap");
  const asked = wrap ? wrap.querySelectorAll(".message-row.user-row") : [];
  if (!asked.length) return;
  const question = asked[asked.length - 1];
  const until = performance.now() + 1500;
  const hold = () => {
    const off = question.getBoundingClientRect().top - wrap.getBoundingClientRect().top - 4;
    if (Math.abs(off) > 1) wrap.scrollTop += off;
    if (performance.now() < until) return requestAnimationFrame(hold);
    if (chat.getBoundingClientRect().top < 0) chat.scrollIntoView({block: "start"});
  };
  requestAnimationFrame(hold);
}"""


def wire(
    demo: Any,
    page: Any,
    services: Any,
    now: Callable[[], dt.datetime],
    *,
    notes_state: Any,
    stored: Any,
) -> None:
    """The chat tab's events: a question sent (Enter or the button, or a suggestion chip)
    streams its answer in and is kept in the browser; a reload puts the kept chat back."""
    import gradio as gr

    from ui.layout import CHIPS

    chatbot, q_box = page.chatbot, page.q_box
    quiet: dict[str, Any] = {"show_progress": "hidden", "api_visibility": "private"}

    def on_ask(question: str, history: list[dict[str, Any]], state: Any, draft: str) -> Any:
        """The chat streams in; coach.chat decides what it says (this module shows it)."""
        question = (question or "").strip()
        if not question:
            yield history, "", gr.skip()
            return
        notes = state.notes if state else None
        shown = history
        # kept at once with the question: a reload during a minutes-long answer loses nothing
        # typed (restore_chat puts an unanswered question back in the box)
        keep: Any = chat_saved([*history, {"role": "user", "content": question}])
        for shown in respond(question, history, notes, services.draft, now()):
            yield shown, "", keep
            keep = gr.skip()
        yield shown, "", chat_saved(shown)

    inputs = [q_box, chatbot, notes_state, page.c_text]
    outputs = [chatbot, q_box, stored]  # the chat is kept as it is shown
    page.q_send.click(on_ask, inputs, outputs, api_visibility="private").then(None, js=READ_JS)
    q_box.submit(on_ask, inputs, outputs, api_visibility="private").then(None, js=READ_JS)

    def ask_chip(text: str) -> Callable[..., Any]:
        def handler(_: str, history: list[dict[str, Any]], state: Any, draft: str) -> Any:
            yield from on_ask(text, history, state, draft)

        return handler

    for chip, text in zip(page.chips, CHIPS, strict=True):
        chip.click(ask_chip(text), inputs, outputs, api_visibility="private").then(None, js=READ_JS)

    def restore_chat(saved: Any, shown: list[dict[str, Any]], typed: str) -> Any:
        """The stored chat; nothing when none is stored, it is malformed, or a question was
        asked since the page loaded. A question the page was reloaded before answering goes
        back into the question box (unless something is typed there), to be sent again."""
        kept = None if shown else chat_restored(saved)
        if not kept:
            return gr.skip(), gr.skip()
        if kept[-1]["role"] != "user":
            return kept, gr.skip()
        question = kept.pop()["content"]
        return kept or gr.skip(), gr.skip() if (typed or "").strip() else question

    demo.load(restore_chat, [stored, chatbot, q_box], [chatbot, q_box], **quiet)
