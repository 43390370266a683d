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


def test_a_rule_yields_only_to_rules_that_exist():
    rules = load_rules()
    for rule in rules.values():
        assert set(rule.yields_to) <= set(rules), rule.id


def test_a_finding_yields_only_where_the_more_exact_rule_covers_its_words():
    from coach.engine import _without_yielded
    from coach.models import Finding

    def finding(rule: str, start: int, end: int) -> Finding:
        return Finding(
            rule=rule,
            severity="warning",
            message="",
            line=1,
            column=1,
            start=start,
            end=end,
            excerpt="",
        )

    argues = finding("rejection-argues", 10, 90)
    same_sentence = finding("tone-passive-aggressive", 10, 90)
    elsewhere = finding("tone-passive-aggressive", 95, 120)
    wider = finding("tone-passive-aggressive", 0, 120)
    yields = {"tone-passive-aggressive": frozenset({"rejection-argues"})}
    kept = _without_yielded([argues, same_sentence, elsewhere, wider], yields)
    assert kept == [argues, elsewhere, wider]


def test_a_reproach_beside_an_argument_is_still_reported():
    from coach.engine import Checker
    from coach.examples import example_messages
    from coach.rulebook import Example

    rules = load_rules()
    text = (
        "Dear Sarah,\n\nThank you for letting me know. I'm sure you're very busy, but I think "
        "you got this one badly wrong.\n\nBest,\nPriya Raman"
    )
    example = Example.model_validate({"text": text, "kind": "rejection_reply"})
    result = Checker().check_batch(example_messages(rules["rejection-argues"], example))[0]
    fired = {f.rule for f in result.findings}
    assert {"rejection-argues", "tone-passive-aggressive"} <= fired
