"""The coach's advice entries (rules/guide/): every file loads, every cited section is a real
section of its article, and no entry copies the articles' wording."""

from __future__ import annotations

import re

import pytest
from test_rulebook_data import SHARED, article_texts, section_in_article

from coach.guide import Entry, load_guide, section_label
from coach.rulebook import Source, load_rules

SEEDS = pytest.mark.skipif(
    not (SHARED / "seeds").is_dir(), reason="../shared/seeds is not beside the repo"
)
RUN = 8  # words in a row shared with an article that count as copying


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.replace("’", "'").lower())


def _runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_the_guide_loads_and_covers_the_topics_the_articles_advise_on():
    guide = load_guide()
    topics = {e.id for e in guide.entries.values()}
    for wanted in (
        "linkedin",
        "handwritten-note",
        "forgot-something",
        "materials",
        "ask-timeline",
        "preferred-contact",
        "phone-or-email",
        "multiple-platforms",
        "unique-notes",
        "move-on",
        "rejection",
        "thank-you-timing",
        "how-many",
        "check-in-timing",
        "tone",
    ):
        assert wanted in topics
    assert any("offer" in t.topic for t in guide.scope.topics)


def test_entries_name_real_rules():
    rules = load_rules()
    for entry in load_guide().entries.values():
        assert set(entry.rules) <= set(rules), entry.id


def test_an_unknown_key_is_refused():
    with pytest.raises(ValueError):
        Entry.model_validate(
            {
                "id": "x",
                "topic": "x",
                "intent": "timing",
                "cues": [],
                "questions": ["q"],
                "answer": "a" * 30,
                "sources": [{"article": "004", "section": "Continue Follow Ups"}],
                "colour": "red",
            }
        )


def test_section_labels_are_short():
    faq = Source(article="002", section="FAQ 6: How Long Should I Wait Before Making a Call?")
    assert section_label(faq) == "002 FAQ 6"
    end = Source(article="000", section="Reconnect within a reasonable timeframe.")
    assert section_label(end) == "000 Reconnect within a reasonable timeframe"


@SEEDS
def test_cited_sections_exist_in_the_articles():
    texts = article_texts()
    for entry in load_guide().entries.values():
        for src in entry.sources:
            assert section_in_article(texts, src.article, src.section), (
                f"{entry.id}: {src.section!r}"
            )


@SEEDS
def test_no_entry_copies_an_article():
    texts = article_texts()
    article_runs = set().union(*(_runs(t) for t in texts.values()))
    for entry in load_guide().entries.values():
        for text in (entry.answer, *entry.questions):
            copied = _runs(text) & article_runs
            assert not copied, f"{entry.id}: {' '.join(next(iter(copied)))!r}"
