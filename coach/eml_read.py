"""Reading an .eml file: its headers, its text/plain part decoded by the declared charset (and
what to do when the declaration is wrong), and the front-matter fields a message file gives."""

from __future__ import annotations

import codecs
from typing import Any

from coach.errors import InputError, describe
from coach.text import lazy_compile

_MD_ESCAPE = lazy_compile(r"\\([-\\`*_{}\[\]()#+.!>])")
_SURROGATE = lazy_compile("[\udc80-\udcff]")
_LONE_SURROGATE = lazy_compile("[\ud800-\udfff]")
_CRLF = lazy_compile(r"[\r\n]")
#: longer header values are not given to the email package's header parser, whose time grows
#: with the square of the length (RFC 5322 allows 998 characters a line)
MAX_HEADER = 10_000


def _windows_1252_undefined(exc: UnicodeError) -> tuple[str, int]:
    """cp1252 leaves five bytes undefined; windows-1252 as mail clients and browsers read it
    (the WHATWG Encoding Standard) maps them to the control characters of the same number."""
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("coach-windows-1252", _windows_1252_undefined)
#: U+0080-U+009F, the C1 controls, as windows-1252 reads their bytes: an encoded word in
#: ISO-8859-1 ("=?ISO-8859-1?Q?=96?=") is decoded by the email package as a control character,
#: where mail clients show the en dash
_C1_AS_WINDOWS_1252 = {
    i: bytes([i]).decode("cp1252", "coach-windows-1252") for i in range(0x80, 0xA0)
}


def _replaced(data: bytes, codec: str, exc: UnicodeDecodeError, what: str) -> tuple[str, str]:
    """Decode with U+FFFD for the bytes that do not fit, and a warning saying where."""
    try:
        text = data.decode(codec, "replace")
        added = text.count("\ufffd") - data.decode(codec, "ignore").count("\ufffd")
    except Exception:  # a codec without error handling: fall back to UTF-8
        codec = "utf-8"
        text = data.decode(codec, "replace")
        added = text.count("\ufffd") - data.decode(codec, "ignore").count("\ufffd")
    line = data[: exc.start].count(b"\n") + 1
    return text, (
        f"{what} (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line}); "
        f"{added} character{'s' if added != 1 else ''} read as U+FFFD"
    )


def decode_text(data: bytes, charset: str | None, what: str) -> tuple[str, str | None]:
    """The text of a mail part (or header) in its declared charset, and a warning when the
    bytes do not fit it; a message is never refused for its charset.

    - ISO-8859-1, Latin-1 and windows-1252 are read as windows-1252, as mail clients and
      browsers do (the WHATWG Encoding Standard): mail labelled ISO-8859-1 often holds
      cp1252's curly quotes and dashes in bytes 0x80-0x9F, which ISO-8859-1 reads as controls;
    - no charset, or us-ascii, with 8-bit bytes: UTF-8, the project's own text encoding,
      without a warning when the bytes are UTF-8;
    - a charset Python does not know (or one that is not a text encoding): UTF-8, with a warning.
    """
    if data.isascii():
        return data.decode("ascii"), None
    label = (charset or "").strip().lower()
    try:
        codec = codecs.lookup(label).name if label else "ascii"
    except Exception:  # LookupError, or a label no codec name can be (a NUL in it)
        codec = ""
    if codec in ("iso8859-1", "cp1252"):
        return data.decode("cp1252", "coach-windows-1252"), None
    if codec not in ("", "ascii"):
        try:
            return data.decode(codec), None
        except UnicodeDecodeError as exc:
            return _replaced(data, codec, exc, f"{what} is not valid {_quote(label)}")
        except Exception:  # base64, rot13, idna ...: not a charset for text
            codec = ""
    if codec == "":
        declared = f"has unknown charset {_quote(label)}"
    else:
        declared = f"declares charset {_quote(label)}" if label else "declares no charset"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _replaced(data, "utf-8", exc, f"{what} {declared} and is not UTF-8")
    return text, (f"{what} {declared}; read as UTF-8" if codec == "" else None)


def _scrub(text: str, what: str, charset: str | None, warnings: list[str]) -> str:
    """Header text from the email package can hold the undecoded bytes of raw 8-bit headers or
    of encoded words in an unknown charset (as surrogates): decode them as UTF-8, else by the
    message's charset, as mail clients do. Other lone surrogates become U+FFFD, and C1 control
    characters (never meant in a header) are read as windows-1252, as for an ISO-8859-1 body."""
    if _SURROGATE.search(text):
        try:
            data = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            data = text.encode("utf-8", "replace")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, problem = decode_text(data, charset, what)
            if problem is None and charset:
                warnings.append(f"{what} holds raw 8-bit bytes; read as {charset}, as the body")
            else:
                other = charset and charset.lower().replace("-", "") != "utf8"
                warnings.append(
                    f"{what} holds raw 8-bit bytes that are not UTF-8"
                    + (f" nor {charset}" if other else "")
                    + "; those that do not fit read as U+FFFD"
                )
    return _LONE_SURROGATE.sub("\ufffd", text).translate(_C1_AS_WINDOWS_1252)


def _quote(value: str, limit: int = 80) -> str:
    return repr(value if len(value) <= limit else value[: limit - 3] + "...")


def eml_text(
    data: bytes, label: str, given: set[str]
) -> tuple[dict[str, Any], str, list[str], list[str]]:
    """Meta data, text, attachments and warnings of an RFC 5322 message, read from its bytes.

    The email package raises on some malformed headers (a `To` cut off mid-address raises
    IndexError): a header that cannot be read is an input error naming it, or a warning when
    the command line supplies what it would have said (`given`: to, send_at, kind, notes)."""
    import email
    import email.policy
    from email.message import EmailMessage
    from email.utils import parsedate_to_datetime

    policy = email.policy.default
    warnings: list[str] = []
    try:
        msg = email.message_from_bytes(data.removeprefix(b"\xef\xbb\xbf"), policy=policy)
    except Exception as exc:
        raise InputError(label, f"unreadable email: {describe(exc)}") from None
    assert isinstance(msg, EmailMessage)
    try:
        charset = msg.get_content_charset()
    except Exception:
        charset = None
    raw: dict[str, str] = {}
    for name, value in msg.raw_items():
        raw.setdefault(name.lower(), _CRLF.sub("", str(value)))

    def header(name: str) -> str | None:
        """An unstructured header as text (encoded words decoded), or None when absent."""
        value = raw.get(name.lower())
        if value is None:
            return None
        what = f"the {name} header"
        value = _scrub(value, what, charset, warnings)
        if len(value) > MAX_HEADER:
            warnings.append(f"{what} is {len(value):,} characters long; read as written")
            return value.strip()
        try:
            value = str(policy.header_factory(name.lower(), value))
        except Exception as exc:
            warnings.append(f"{what} could not be decoded ({describe(exc)}); read as written")
        return _scrub(value, what, charset, warnings).strip()

    def unreadable(name: str, value: str, option: str, why: str) -> None:
        problem = f"unreadable {name} header {_quote(value)}: {why}"
        if option.removeprefix("--").replace("-", "_") not in given:
            raise InputError(label, problem, name)
        warnings.append(f"{problem}; {option} is used instead")

    meta: dict[str, Any] = {}
    if (to := raw.get("to")) is not None:
        to = _scrub(to, "the To header", charset, warnings)
        addresses: Any = []
        if len(to) > MAX_HEADER:
            unreadable("To", to, "--to", f"{len(to):,} characters long")
        else:
            try:
                addresses = policy.header_factory("to", to).addresses
            except Exception as exc:
                unreadable("To", to, "--to", describe(exc))
        for address in addresses:
            name = _scrub(address.display_name, "the To header", charset, warnings)
            addr = "" if address.addr_spec == "<>" else address.addr_spec
            if addr or name:
                meta["to"] = addr or name
                meta["_to_name"] = name
                break
    if date := _scrub(raw.get("date", ""), "the Date header", charset, warnings).strip():
        try:
            meta["send_at"] = parsedate_to_datetime(date)
        except Exception as exc:
            unreadable("Date", date, "--send-at", describe(exc))
    if kind := header("X-Coach-Kind"):
        meta["kind"] = kind
    if notes := header("X-Coach-Notes"):
        meta["notes"] = notes
    subject = header("Subject") or ""
    try:
        attachments = [
            _scrub(part.get_filename() or "unnamed", "an attachment's name", charset, warnings)
            for part in msg.iter_attachments()
        ]
    except Exception as exc:
        attachments = []
        warnings.append(f"the attachments could not be listed ({describe(exc)})")
    try:
        body_part = msg.get_body(preferencelist=("plain", "html"))
        ctype, payload, part_charset, flowed = "text/plain", None, None, None
        if body_part is not None:
            ctype = body_part.get_content_type()
            payload = body_part.get_payload(decode=True)
            part_charset = body_part.get_content_charset()
            if str(body_part.get_param("format", "")).lower() == "flowed":
                flowed = str(body_part.get_param("delsp", "")).lower() == "yes"
    except Exception as exc:
        raise InputError(label, f"unreadable MIME structure: {describe(exc)}") from None
    content, warning = decode_text(
        payload if isinstance(payload, bytes) else b"", part_charset, f"the {ctype} part"
    )
    if warning:
        warnings.append(warning)
    if ctype == "text/html":
        import html2text

        converter = html2text.HTML2Text()
        converter.body_width = 0
        converter.ignore_images = True
        converter.ignore_links = True
        # keep letters as written: by default "Sch&auml;fer" becomes "Schafer", a name
        # the candidate spelled right; bold and italics are not words of the message
        converter.unicode_snob = True
        converter.ignore_emphasis = True
        # html2text escapes Markdown ("\--" for a signature line, "1\." in a list): undo it,
        # so the text reads as the sender wrote it
        content = _MD_ESCAPE.sub(r"\1", converter.handle(content))
    body = content.replace("\r\n", "\n")
    if flowed is not None and ctype == "text/plain":
        body = unflow(body, delete_space=flowed)
    body = body.strip("\n")
    text = f"Subject: {subject}\n\n{body}" if subject else body
    if _LONE_SURROGATE.search(text):  # from a codec such as utf-7, or an HTML &#xD800;
        text = _LONE_SURROGATE.sub("\ufffd", text)
        warnings.append("characters that are not text (lone surrogates) read as U+FFFD")
    return meta, text, attachments, warnings


_QUOTE_DEPTH = lazy_compile(r">+")


def unflow(text: str, delete_space: bool = False) -> str:
    """A format=flowed text part (RFC 3676) as its writer typed it: a line that ends in a space
    is joined to the next line of the same quote depth; space-stuffing is undone; with DelSp=yes
    the trailing space goes too. "-- " (the signature line) is never joined."""
    out: list[str] = []
    joining, out_depth = False, 0
    for line in text.split("\n"):
        depth = len(m.group()) if (m := _QUOTE_DEPTH.match(line)) else 0
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # stuffed (or the space after ">")
        if joining and depth == out_depth:
            out[-1] += content
        else:
            out.append(">" * depth + (" " if depth else "") + content)
            out_depth = depth
        joining = content.endswith(" ") and content != "-- "
        if joining and delete_space:
            out[-1] = out[-1][:-1]
    return "\n".join(out)


def as_bytes(raw: str | bytes) -> bytes:
    if isinstance(raw, bytes):
        return raw
    try:
        return raw.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return raw.encode("utf-8", "replace")
