"""HTML for findings: the draft with its faults highlighted, the list of what to change, and
diffs; and the page's boxes for errors and notices. Everything the user wrote is escaped; colours
come from ui/style.css by severity, and each highlight also carries its number and severity in
text, so colour is never the only cue.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import lru_cache
from html import escape

from coach.errors import CoachError, ModelUnavailable
from coach.formats import counted
from coach.models import SEVERITY_RANK, Finding, Result
from coach.rulebook import articles, load_rules
from ui.timefields import offset_label

log = logging.getLogger("coach.ui")

SEVERITY_LABEL = {"error": "Error", "warning": "Warning", "info": "Advice"}
ORIGIN_LABEL = {
    "model": ("Written by the model", "The model's own text, as it wrote it."),
    "model+fixes": (
        "Model, then safe fixes",
        "The model wrote it; the checker then applied its safe fixes (names, placeholders).",
    ),
    "composer": (
        "Composer (from your notes)",
        "The model's attempts kept failing the checks, so this was assembled from your notes.",
    ),
}


@lru_cache(maxsize=1)
def _rule_sources() -> dict[str, list[tuple[str, str]]]:
    return {
        rule_id: [(s.article, s.section) for s in rule.sources]
        for rule_id, rule in load_rules().items()
    }


def sources_text(rule_id: str, fallback: list[str] | None = None) -> list[tuple[str, str, str]]:
    """(article id, article title, section) for each source a rule cites."""
    known = articles()
    pairs = _rule_sources().get(rule_id) or [(a, "") for a in fallback or []]
    return [(a, known.get(a, {}).get("title", f"article {a}"), section) for a, section in pairs]


def sources_html(rule_id: str, fallback: list[str] | None = None) -> str:
    items = []
    for article, title, section in sources_text(rule_id, fallback):
        where = f" — “{escape(section)}”" if section else ""
        items.append(f"<span class='fc-src'>{article} <cite>{escape(title)}</cite>{where}</span>")
    return " · ".join(items)


def articles_html(ids: list[str]) -> str:
    titles = {a: escape(v.get("title", "")) for a, v in articles().items()}
    return " · ".join(
        f"<span class='fc-src'>{escape(a)} <cite>{titles.get(a, '')}</cite></span>" for a in ids
    )


def whole_message_span(text: str) -> tuple[int, int]:
    """Where the checker anchors a fault of the whole message (a missing detail, late timing):
    its first body line. Such findings are listed, not painted over that line."""
    from coach.checks.phrases import anchor
    from coach.text import Doc

    hit = anchor(Doc(text), "start", {})
    return hit.start, hit.end


def is_whole(finding: Finding, span: tuple[int, int]) -> bool:
    return (finding.start, finding.end) == span and finding.fix is None


def highlight_html(text: str, findings: list[Finding], prefix: str = "f") -> str:
    """The message with each finding's span marked, numbered as in the list beside it."""
    span = whole_message_span(text) if text.strip() else (-1, -1)
    whole = [(n, f) for n, f in enumerate(findings, 1) if is_whole(f, span)]
    marks = [(n, f) for n, f in enumerate(findings, 1) if not is_whole(f, span)]
    cuts = sorted({0, len(text), *(f.start for _, f in marks), *(f.end for _, f in marks)})
    cuts = [c for c in cuts if 0 <= c <= len(text)]
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for n, f in marks:  # zero-width findings sit where they point
            if f.start == f.end == a:
                out.append(_badge(n, f, prefix))
        segment = escape(text[a:b])
        over = [(n, f) for n, f in marks if f.start <= a and f.end >= b and f.start < f.end]
        if over:
            worst = max(over, key=lambda nf: SEVERITY_RANK[nf[1].severity])[1].severity
            title = escape(" · ".join(f"{n}. {f.rule}: {f.message}" for n, f in over), quote=True)
            segment = f"<mark class='fc-mark fc-{worst}' title=\"{title}\">{segment}</mark>"
        out.append(segment)
        for n, f in marks:
            if f.end == b and f.start < f.end:
                out.append(_badge(n, f, prefix))
    top = ""
    if whole:
        badges = "".join(_badge(n, f, prefix) for n, f in whole)
        top = f"<div class='fc-whole'>About the whole message: {badges}</div>"
    body = "".join(out)
    return (
        f"{top}<div class='fc-text' role='document' aria-label='Your draft, highlighted'>"
        f"{body}</div>"
    )


def _badge(n: int, finding: Finding, prefix: str) -> str:
    label = f"{SEVERITY_LABEL[finding.severity]} {n}: {finding.rule}"
    return (
        f"<a class='fc-ref fc-{finding.severity}' href='#{prefix}-{n}' "
        f"aria-label='{escape(label, quote=True)}' title='{escape(label, quote=True)}'>{n}</a>"
    )


def findings_html(findings: list[Finding], prefix: str = "f", text: str | None = None) -> str:
    """Each finding: what is wrong, what to change, the rule id and the articles it rests on."""
    if not findings:
        return "<p class='fc-none'>Nothing to change: no rule found a fault.</p>"
    span = whole_message_span(text) if text and text.strip() else (-1, -1)
    items = []
    for n, f in enumerate(findings, 1):
        if is_whole(f, span):
            where = "the whole message"
        else:
            excerpt = f.excerpt if len(f.excerpt) <= 60 else f.excerpt[:57] + "…"
            where = f"line {f.line}, column {f.column}: “{escape(excerpt)}”"
        suggestion = ""
        if f.suggestion:
            safe = " <span class='fc-fixable'>safe fix</span>" if f.fix else ""
            suggestion = (
                f"<div class='fc-suggest'><b>Change:</b> {escape(f.suggestion)}{safe}</div>"
            )
        items.append(
            f"<li class='fc-finding fc-{f.severity}' id='{prefix}-{n}'>"
            f"<div class='fc-head'><span class='fc-num'>{n}</span>"
            f"<span class='fc-pill fc-{f.severity}'>{SEVERITY_LABEL[f.severity]}</span>"
            f"<code class='fc-rule'>{escape(f.rule)}</code>"
            f"<span class='fc-where'>{where}</span></div>"
            f"<div class='fc-msg'>{escape(f.message)}</div>{suggestion}"
            f"<div class='fc-from'><b>From:</b> {sources_html(f.rule, f.sources)}</div></li>"
        )
    return f"<ol class='fc-findings' aria-label='What to change'>{''.join(items)}</ol>"


def when_text(when: dt.datetime) -> str:
    """Mon 23 Nov 2026 10:00 (UTC-05:00): the day spelled out, the zone always shown."""
    return f"{when:%a %d %b %Y %H:%M} ({offset_label(when.utcoffset())})"


def plural(n: int, word: str, many: str = "") -> str:
    """'1 draft', '2 drafts': a count as a person writes it, not 'draft(s)'."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def counts(findings: list[Finding]) -> dict[str, int]:
    out = dict.fromkeys(SEVERITY_LABEL, 0)
    for f in findings:
        out[f.severity] += 1
    return out


def timing_advice(findings: list[Finding]) -> str:
    """One line on when to send, from the findings about the send time: "Late: send it today"
    or "Not yet: wait until ..."; empty when the timing is fine."""
    from coach.rulebook import send_time_rules

    which = send_time_rules()
    timing = [f for f in findings if f.rule in which]
    if not timing:
        return ""
    early = [f for f in timing if which[f.rule] == "early"]
    if early:
        first = early[0]
        return f"Not yet: {first.suggestion or first.message}."
    return "Late: send it today."


def verdict_html(result: Result, send_at: dt.datetime | None = None, extra: str = "") -> str:
    """One line a person acts on: send it or not, and what was assumed."""
    c = counts(result.findings)
    fixable = sum(f.fix is not None for f in result.findings)
    when = timing_advice(result.findings)
    if result.passed:
        tone, head = "fc-ok", "Ready to send"
        tail = f": look at {counted(c['warning'], 'warning')}" if c["warning"] else ": no errors"
        tail += f". {when}" if when else ""
    elif result.text_passed:  # only the send time fails: the text is fine, the moment is not
        tone, head = "fc-ok", "Ready to send"
        tail = f": the text passes the checks. {when}"
    else:
        tone, head = "fc-bad", "Not ready to send"
        tail = f": {counted(c['error'], 'error')}"
        if c["warning"]:
            tail += f", {counted(c['warning'], 'warning')}"
    if fixable:
        tail += f" ({fixable} can be fixed automatically)"
    kind = str(result.kind or "").replace("_", "-")
    facts = [f"checked as a {kind}{' (detected)' if result.kind_inferred else ''}"]
    facts.append(f"to {escape(result.to)}" if result.to else "no recipient chosen")
    if send_at is not None:
        facts.append(f"sent {when_text(send_at)}")
    else:
        facts.append("sent now")
    sentence = "; ".join(facts)
    note = f"<p class='fc-facts'>{escape(sentence[:1].upper() + sentence[1:])}.{extra}</p>"
    return (
        f"<div class='fc-verdict {tone}' role='status'><strong>{head}</strong>{escape(tail)}"
        f"</div>{note}"
    )


def diff_html(diff: str) -> str:
    if not diff:
        return "<p class='fc-none'>No safe fixes to apply.</p>"
    rows = []
    for line in diff.splitlines():
        cls = (
            "fc-add"
            if line.startswith("+")
            else "fc-del"
            if line.startswith("-")
            else ("fc-hunk" if line.startswith("@@") else "fc-ctx")
        )
        rows.append(f"<span class='{cls}'>{escape(line) or ' '}</span>")
    return f"<pre class='fc-diff' aria-label='Changes made by the safe fixes'>{''.join(rows)}</pre>"


def legend_html() -> str:
    return (
        "<div class='fc-legend' aria-hidden='true'><span class='fc-mark fc-error'>error</span>"
        "<span class='fc-mark fc-warning'>warning</span><span class='fc-mark fc-info'>advice</span>"
        "</div>"
    )


def error_html(message: str, title: str = "Something needs fixing") -> str:
    return (
        f"<div class='fc-alert' role='alert'><strong>{escape(title)}</strong>"
        f"<p>{escape(message)}</p></div>"
    )


def unexpected(exc: BaseException) -> str:
    """An error nobody foresaw: its traceback goes to the server's log; the page says one
    sentence, never a stack trace."""
    log.exception("unexpected error in the web app")
    return error_html(
        f"{type(exc).__name__}: {exc}. The details are in the server's log.", "Unexpected problem"
    )


def problem_html(exc: CoachError) -> str:
    """A CoachError (bad notes, a bad draft, the model unavailable) as a message in the page."""
    if isinstance(exc, ModelUnavailable) or getattr(exc, "exit_code", 0) == 3:
        return error_html(
            f"{exc}. Check COACH_BACKEND / OPENAI_BASE_URL, or run `make install` "
            "to fetch the embedded model.",
            "The model is unavailable",
        )
    return error_html(str(exc))


#: the reader's warnings (coach.readers) name bytes, MIME parts and command-line options; in
#: the page they are said in the words of the page
_PLAIN_WORDS = [
    # the position is in the part's own bytes, not the draft's lines: the "\ufffd" show where
    (re.compile(r" \(byte 0x[0-9a-fA-F]{2} at offset \d+, line \d+\)"), ""),
    (re.compile(r"read as U\+FFFD"), "shown as “\ufffd”"),
    (re.compile(r"\(lone surrogates\) "), ""),
    (re.compile(r"\bthe text/plain part\b"), "the email's text"),
    (re.compile(r"\bthe text/html part\b"), "the email's HTML text"),
    (re.compile(r"\bthe ([\w.+-]+/[\w.+-]+) part\b"), r"the email's \1 part"),
    (re.compile(r"\bdeclares no charset\b"), "does not say which character set it is in"),
    (re.compile(r"\bdeclares charset\b"), "says it is in"),
    (
        re.compile(r"\bhas unknown charset ('[^']*')"),
        r"says it is in \1, a character set not known here",
    ),
    (re.compile(r"\bis not valid ('[^']*')"), r"is not valid \1 text"),
    (re.compile(r"\braw 8-bit bytes\b"), "unencoded accented letters or symbols"),
    (re.compile(r"--to is used instead"), "the Recipient field is used instead"),
    (re.compile(r"--send-at is used instead"), "the Send time field is used instead"),
    (re.compile(r"--kind is used instead"), "the Kind field is used instead"),
]


def plain_reading(warning: str) -> str:
    """One reader warning (coach.readers.Message.warnings) in the page's words, as a sentence."""
    for pattern, words in _PLAIN_WORDS:
        warning = pattern.sub(words, warning)
    warning = warning.strip()
    return warning[:1].upper() + warning[1:] + ("" if warning.endswith(".") else ".")


def reading_html(warnings: list[str], source: str = "this email") -> str:
    """What was read with a guess (a charset that does not fit, a header that could not be
    read), said near the result: the findings rest on that text."""
    if not warnings:
        return ""
    items = "".join(f"<li>{escape(plain_reading(w))}</li>" for w in warnings)
    return (
        "<div class='fc-reading' role='note'><strong>Part of "
        f"{escape(source)} was read with a guess.</strong> Check these places in the draft "
        "before you rely on the findings; if letters look wrong, paste the text as you wrote "
        f"it.<ul>{items}</ul></div>"
    )


def info_html(message: str) -> str:
    return f"<div class='fc-info-box' role='status'>{escape(message)}</div>"
