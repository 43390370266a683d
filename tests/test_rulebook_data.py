"""The rule data itself: every file loads, ids match the rulebook, and every cited section
really is a section of the cited article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.rulebook import articles, load_rules

SHARED = Path(__file__).resolve().parents[2] / "shared"
RULEBOOK_IDS = {
    "spelling",
    "grammar",
    "repetition",
    "name-misspelled",
    "name-wrong-recipient",
    "company-misspelled",
    "title-mismatch",
    "placeholder-left",
    "detail-missing",
    "detail-unsupported",
    "duplicate-across-interviewers",
    "tone-demanding",
    "tone-accusatory",
    "tone-desperate",
    "tone-overeager",
    "tone-hostile",
    "tone-passive-aggressive",
    "tone-unprofessional",
    "gratitude-missing",
    "interest-missing",
    "too-long",
    "rejection-reconsider",
    "rejection-argues",
    "rejection-feedback-pressed",
    "rejection-future-missing",
    "rejection-follow-up",
    "timing-thank-you-late",
    "timing-check-in-early",
    "timing-too-soon-after-last",
    "timing-too-many",
    "timing-materials-late",
    "timing-next-day-call",
    "timing-claim-mismatch",
    "channel-multiple-same-day",
    "subject-missing",
    "greeting-missing",
    "signoff-missing",
    "context-missing",
}


def test_every_rulebook_id_is_implemented_and_nothing_else():
    assert set(load_rules()) == RULEBOOK_IDS


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


def article_texts() -> dict[str, str]:
    """Each seed article's text, folded (whitespace, quotes, case) for comparison."""
    return {
        k: _fold((SHARED / "seeds" / v["file"]).read_text("utf-8")) for k, v in articles().items()
    }


def section_in_article(texts: dict[str, str], article: str, section: str) -> bool:
    """A cited section names a heading of its article; the "FAQ n: ", "Do's: " and "Don'ts: "
    prefixes say where the heading sits and are not part of its text."""
    heading = re.sub(r"^(?:FAQ \d+: |Do's: |Don'ts: )", "", section)
    return article in texts and _fold(heading) in texts[article]


@pytest.mark.skipif(
    not (SHARED / "seeds").is_dir(), reason="../shared/seeds is not beside the repo"
)
def test_cited_sections_exist_in_the_articles():
    library = articles()
    texts = article_texts()
    for k, v in library.items():
        assert _fold(v["title"]) in texts[k], v["file"]
    for rule in load_rules().values():
        for src in rule.sources:
            assert section_in_article(texts, src.article, src.section), (
                f"{rule.id}: {src.section!r}"
            )
    from coach.chat.citing import PARENTS

    for (article, _), heading in PARENTS.items():
        assert section_in_article(texts, article, heading), heading
