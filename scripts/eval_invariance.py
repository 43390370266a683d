"""How often the checker's verdict depends on how a message is presented rather than what it says.

Each transform below keeps the writer's words and changes only their presentation: where lines
break, line endings, space characters, quote characters, indentation, a signature block or an
earlier message quoted under the text, the message sent as an .eml (several transfer encodings
and charsets, or HTML only). Every message of each tuning set given is written out again as a
file with the same front matter (or the same headers), read by the readers `coach check` uses,
and checked in one batch per set and transform, as `scripts/eval.py` does. A message whose
verdict (the rule ids at error or warning) differs from the same message written out untouched
has changed; against the set's labels, a rule that stopped firing and is labelled is a true
finding lost, one that started firing and is not labelled a false finding gained.

No labels are needed to see a change; they only split it. The transforms are deterministic:
every random choice is seeded by the message's path and the transform's name.

    python scripts/eval_invariance.py tests/corpus tests/dev5 [-v] [--only wrap72,crlf]
"""

from __future__ import annotations

import argparse
import base64
import html
import quopri
import random
import re
import sys
import textwrap
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

import eval as ev  # noqa: E402

from coach.engine import Checker  # noqa: E402
from coach.errors import CoachError  # noqa: E402
from coach.models import Channel  # noqa: E402
from coach.readers import Message, parse_message  # noqa: E402
from coach.rulebook import load_rules  # noqa: E402

_SUBJECT = re.compile(r"\A[ \t]*subject:[ \t]*(.*)\n?", re.I)
_HEADER_LINE = re.compile(r"[ \t]*(?:From|Sent|To|Subject|Date|Cc):[ \t]", re.I)
_LIST_ITEM = re.compile(r"^([ \t]*)(?:[-*•+]|\d{1,2}[.)])[ \t]+", re.M)
_GREETING_ALONE = re.compile(
    r"\A(\s*)((?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\b[^\n]{0,60}?,)[ \t]*\n"
    r"[ \t]*\n[ \t]*(?=[A-Z])",
    re.I,
)
_GREETING_INLINE = re.compile(
    r"\A(\s*)((?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\b[^\n,]{0,60}?,)"
    r"[ \t]+(?=[A-Z])",
    re.I,
)


def split_subject(text: str) -> tuple[str, str]:
    """("Subject: ...\\n\\n" or "", body) of a message's text as read."""
    m = _SUBJECT.match(text)
    if not m:
        return "", text
    rest = text[m.end() :]
    blank = len(rest) - len(rest.lstrip("\n"))
    return text[: m.end() + blank], rest[blank:]


def on_body(change: Callable[[str, random.Random, Message], str]) -> Callable[..., str]:
    def apply(text: str, rng: random.Random, msg: Message) -> str:
        head, body = split_subject(text)
        return head + change(body, rng, msg)

    return apply


def _prose(para: str) -> bool:
    lines = para.split("\n")
    if any(ln.lstrip().startswith((">", "-", "*", "•", "_")) for ln in lines):
        return False
    if any(_HEADER_LINE.match(ln) for ln in lines):  # a quoted message's header block
        return False
    return not (len(lines) > 1 and all(len(ln) < 60 for ln in lines))


def wrap(width: int) -> Callable[[str, random.Random, Message], str]:
    def change(body: str, rng: random.Random, msg: Message) -> str:
        out = []
        for para in body.split("\n\n"):
            if not para.strip() or not _prose(para):
                out.append(para)
                continue
            joined = " ".join(ln.strip() for ln in para.split("\n"))
            out.append("\n".join(textwrap.wrap(joined, width, break_on_hyphens=False)))
        return "\n\n".join(out)

    return change


def nbsp(body: str, rng: random.Random, msg: Message) -> str:
    return re.sub(r"(?<=\S) (?=\S)", lambda m: "\u00a0" if rng.random() < 0.3 else " ", body)


def curly(body: str, rng: random.Random, msg: Message) -> str:
    body = re.sub(r"(?<=\w)'(?=\w)", "’", body)
    body = re.sub(r"(?<![\w'])'(?=\w)([^'\n]{1,80}?)(?<=[\w.,!?])'(?!\w)", r"‘\1’", body)
    body = re.sub(r"(?<![\w\"])\"(?=\S)([^\"\n]{1,200}?)(?<=\S)\"", r"“\1”", body)
    return body.replace("'", "’")


def straight(body: str, rng: random.Random, msg: Message) -> str:
    return body.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))


def two_spaces(body: str, rng: random.Random, msg: Message) -> str:
    return re.sub(r"(?<=[a-z0-9)][.!?]) (?=[A-Z])", "  ", body)


def trailing(body: str, rng: random.Random, msg: Message) -> str:
    ends = (" ", "  ", "\t", "   ")
    return "\n".join(ln + rng.choice(ends) for ln in body.split("\n"))


def tabs(body: str, rng: random.Random, msg: Message) -> str:
    """Each paragraph's first line indented with a tab, as a letter is; list lines keep theirs."""
    out = []
    for para in body.split("\n\n"):
        if para.strip() and _prose(para) and len(para) > 60:
            para = "\t" + para.lstrip(" ")
        out.append(para)
    return "\n\n".join(out)


def nfd(body: str, rng: random.Random, msg: Message) -> str:
    """Letters with diacritics decomposed (text pasted from some macOS applications)."""
    return unicodedata.normalize("NFD", body)


def _who(msg: Message) -> tuple[str, str, str]:
    """(candidate, interviewer, company) from the notes, or stand-ins."""
    n = msg.notes
    if n is None:
        return "Alex Morgan", "Jordan Lee", "the company"
    person = n.interviewer(msg.to) if msg.to else None
    person = person or (n.interviewers[0] if n.interviewers else None)
    return n.candidate.name, person.name if person else "Jordan Lee", n.company.name


def signature(body: str, rng: random.Random, msg: Message) -> str:
    me, _, _ = _who(msg)
    block = (
        f"-- \n{me}\nSenior Analyst | Operations\nMobile: +1 (555) 010-{rng.randint(1000, 9999)}\n"
        "42 Harbour Street, Suite 300, Springfield, IL 62701\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the "
        "intended recipient(s) and may contain confidential information. If you recieved this "
        "in error, you must notify the sender immediately and delete it. Thx."
    )
    return body.rstrip("\n") + "\n\n" + block + "\n"


def _earlier(msg: Message) -> list[str]:
    """An earlier message with faults of its own: a misspelled name, a demand, slang, a typo, a
    placeholder, an accusation."""
    me, them, company = _who(msg)
    first = me.split()[0]
    wrong = first[:-1] + ("e" if first[-1] != "e" else "a")
    return [
        f"Hi {wrong},",
        "",
        f"Thx for coming in!!! We recieved ur application for [Position] at {company} and",
        "you must get back to me ASAP with three references. I expect an answer today.",
        "No one here has had the courtesy to read your portfolio yet, sorry.",
        "",
        f"Cheers,\n{them}",
    ]


def quote_gmail(body: str, rng: random.Random, msg: Message) -> str:
    _, them, _ = _who(msg)
    when = "Tue, Nov 17, 2026 at 3:02 PM"
    addr = them.lower().replace(" ", ".") + "@example.com"
    quoted = "\n".join(("> " + ln).rstrip() for ln in "\n".join(_earlier(msg)).split("\n"))
    return f"{body.rstrip()}\n\nOn {when} {them} <{addr}> wrote:\n\n{quoted}\n"


def quote_outlook(body: str, rng: random.Random, msg: Message) -> str:
    me, them, _ = _who(msg)
    head = (
        "-----Original Message-----\n"
        f"From: {them} <{them.lower().replace(' ', '.')}@example.com>\n"
        "Sent: Tuesday, November 17, 2026 3:02 PM\n"
        f"To: {me}\nSubject: Next steps\n"
    )
    return f"{body.rstrip()}\n\n{head}\n" + "\n".join(_earlier(msg)) + "\n"


def quote_outlook_rule(body: str, rng: random.Random, msg: Message) -> str:
    me, them, _ = _who(msg)
    head = (
        "________________________________\n"
        f"From: {them}\nSent: Tuesday, November 17, 2026 3:02 PM\n"
        f"To: {me}\nSubject: RE: Next steps\n"
    )
    return f"{body.rstrip()}\n\n{head}\n" + "\n".join(_earlier(msg)) + "\n"


def greeting_inline(body: str, rng: random.Random, msg: Message) -> str:
    return _GREETING_ALONE.sub(lambda m: m.group(1) + m.group(2) + " ", body, count=1)


def greeting_own_line(body: str, rng: random.Random, msg: Message) -> str:
    return _GREETING_INLINE.sub(lambda m: m.group(1) + m.group(2) + "\n\n", body, count=1)


def bullets(mark: str) -> Callable[[str, random.Random, Message], str]:
    def change(body: str, rng: random.Random, msg: Message) -> str:
        count = iter(range(1, 100))

        def sub(m: re.Match[str]) -> str:
            return m.group(1) + (f"{next(count)}. " if mark == "1." else mark + " ")

        out = []
        for para in body.split("\n\n"):  # numbering restarts in each list
            count = iter(range(1, 100))
            out.append(_LIST_ITEM.sub(sub, para))
        return "\n\n".join(out)

    return change


#: name -> (how, change): "md" writes a Markdown file, "crlf" one with CRLF line endings, "eml:X"
#: an .eml with body encoding X
Transform = tuple[str, Callable[[str, random.Random, Message], str] | None]
TRANSFORMS: dict[str, Transform] = {
    "wrap72": ("md", on_body(wrap(72))),
    "wrap60": ("md", on_body(wrap(60))),
    "crlf": ("crlf", None),
    "nbsp": ("md", on_body(nbsp)),
    "curly-quotes": ("md", on_body(curly)),
    "straight-quotes": ("md", on_body(straight)),
    "two-spaces": ("md", on_body(two_spaces)),
    "trailing-ws": ("md", on_body(trailing)),
    "tab-indent": ("md", on_body(tabs)),
    "nfd": ("md", on_body(nfd)),
    "signature": ("md", on_body(signature)),
    "quote-gmail": ("md", on_body(quote_gmail)),
    "quote-outlook": ("md", on_body(quote_outlook)),
    "quote-outlook-rule": ("md", on_body(quote_outlook_rule)),
    "greeting-inline": ("md", on_body(greeting_inline)),
    "greeting-own-line": ("md", on_body(greeting_own_line)),
    "bullets-dash": ("md", on_body(bullets("-"))),
    "bullets-dot": ("md", on_body(bullets("•"))),
    "bullets-num": ("md", on_body(bullets("1."))),
    "eml-8bit": ("eml:8bit", None),
    "eml-qp": ("eml:qp", None),
    "eml-base64": ("eml:base64", None),
    "eml-latin1": ("eml:latin1", None),
    "eml-cp1252": ("eml:cp1252", None),
    "eml-html": ("eml:html", None),
    "eml-wrap72-qp": ("eml:qp", on_body(wrap(72))),
    "eml-quote-gmail": ("eml:qp", on_body(quote_gmail)),
}


def _front(msg: Message) -> str:
    lines = ["---"]
    if msg.kind is not None:
        lines.append(f"kind: {msg.kind.value if hasattr(msg.kind, 'value') else msg.kind}")
    lines.append(f"channel: {msg.channel.value}")
    if msg.to:
        lines.append(f"to: {msg.to}")
    if msg.send_at is not None:
        lines.append(f"send_at: {msg.send_at.isoformat()}")
    lines.append("---\n")
    return "\n".join(lines)


def _html(body: str) -> str:
    paras = []
    for para in body.split("\n\n"):
        if not para.strip():
            continue
        esc = html.escape(para, quote=False).replace("'", "&#39;").replace("’", "&rsquo;")
        esc = re.sub(r"(?<=[a-z,]) (?=[a-z])", lambda m: " ", esc)
        esc = esc.replace(". ", ".&nbsp; ").replace("\n", "<br>\n")
        paras.append(f"<p>{esc}</p>")
    return "<html><body>\n" + "\n".join(paras) + "\n</body></html>\n"


def _eml(msg: Message, text: str, how: str) -> bytes | None:
    """The message as an .eml with its body in the encoding `how`, or None when it cannot be
    (a channel other than email, or a letter the charset lacks)."""
    if msg.channel != Channel.email:
        return None
    head, body = split_subject(text)
    subject = _SUBJECT.match(head).group(1).strip() if head else ""  # type: ignore[union-attr]
    charset, cte, ctype = "utf-8", "8bit", "text/plain"
    if how == "html":
        body, ctype, cte = _html(body), "text/html", "quoted-printable"
    elif how in ("latin1", "cp1252"):
        charset, cte = ("iso-8859-1" if how == "latin1" else "windows-1252"), "quoted-printable"
    elif how != "8bit":
        cte = {"qp": "quoted-printable", "base64": "base64"}[how]
    try:
        data = body.replace("\n", "\r\n").encode(charset)
    except UnicodeEncodeError:
        return None
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode(charset)
    sent = msg.send_at or ev.NOW
    headers = [
        "From: candidate@example.com",
        f"To: {msg.to or 'someone@example.com'}",
        f"Date: {format_datetime(sent)}",
        "MIME-Version: 1.0",
        f"Content-Type: {ctype}; charset={charset}",
        f"Content-Transfer-Encoding: {cte}",
    ]
    if subject:
        headers.append("Subject: " + subject)  # ASCII subjects only: see below
    if msg.kind is not None:
        headers.append(f"X-Coach-Kind: {msg.kind}")
    if not all(h.isascii() for h in headers):
        return None
    return ("\r\n".join(headers) + "\r\n\r\n" + payload.replace("\r\n", "\n")).encode("utf-8")


def rewrite(msg: Message, name: str | None) -> Message | None:
    """`msg` written out with transform `name` (None: untouched) and read back, or None when
    the transform does not apply or the result cannot be read."""
    how, change = TRANSFORMS[name] if name else ("md", None)
    text = msg.text
    if change is not None:
        seed = zlib.crc32(f"{msg.path}|{name}".encode())
        text = change(text, random.Random(seed), msg)
    try:
        if how.startswith("eml:"):
            raw = _eml(msg, text, how[4:])
            if raw is None:
                return None
            return parse_message(raw, msg.path, eml=True, notes=msg.notes, to=msg.to)
        file = _front(msg) + text
        if how == "crlf":
            file = file.replace("\n", "\r\n")
        return parse_message(file.encode("utf-8"), msg.path, notes=msg.notes)
    except CoachError as exc:
        print(f"unread under {name}: {exc}", file=sys.stderr)
        return None


def verdicts(checker: Checker, messages: list[Message]) -> list[frozenset[str]]:
    return [
        frozenset(f.rule for f in r.findings if f.severity in ("error", "warning"))
        for r in checker.check_batch(messages, now=ev.NOW)
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--only", help="comma-separated transforms (default: all)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every changed message")
    args = ap.parse_args(argv)
    names = args.only.split(",") if args.only else list(TRANSFORMS)
    unknown = set(names) - set(TRANSFORMS)
    if unknown:
        ap.error(f"unknown transform(s): {', '.join(sorted(unknown))}")
    checker = Checker(rules=load_rules())
    table: dict[str, Counter[str]] = {n: Counter() for n in names}
    total = 0
    for root in args.sets:
        cases = ev.load_cases(root)
        pairs = [(c, m) for c, m in zip(cases, ev.read_cases(cases), strict=True) if m]
        base_msgs = [rewrite(m, None) for _, m in pairs]
        kept = [(c, m, b) for (c, m), b in zip(pairs, base_msgs, strict=True) if b is not None]
        total += len(kept)
        base = verdicts(checker, [b for _, _, b in kept])
        for name in names:
            moved = [rewrite(m, name) for _, m, _ in kept]
            idx = [i for i, w in enumerate(moved) if w is not None]
            after = verdicts(checker, [moved[i] for i in idx])  # type: ignore[misc]
            row = table[name]
            for i, b in zip(idx, after, strict=True):
                row["applied"] += 1
                if moved[i].text != kept[i][2].text:  # type: ignore[union-attr]
                    row["touched"] += 1
                a = base[i]
                if a == b:
                    continue
                labels = kept[i][0].fires
                row["changed"] += 1
                row["lost true"] += len((a - b) & labels)
                row["gained false"] += len((b - a) - labels)
                row["lost false"] += len((a - b) - labels)
                row["gained true"] += len((b - a) & labels)
                if args.verbose:
                    lost, gained = sorted(a - b), sorted(b - a)
                    print(f"  {name:18} {kept[i][0].path}  lost {lost} gained {gained}")
        print(f"{root}: {len(kept)} messages", file=sys.stderr, flush=True)
    print(f"\n{total} messages; a change is a different set of rule ids at error or warning")
    cols = (
        "applied",
        "touched",
        "changed",
        "lost true",
        "gained false",
        "lost false",
        "gained true",
    )
    print(f"  {'transform':20}" + "".join(f"{c:>13}" for c in cols))
    for name in names:
        print(f"  {name:20}" + "".join(f"{table[name][c]:13}" for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
