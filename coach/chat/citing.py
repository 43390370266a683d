"""The heading a cited list item sits under: article 002's "Do's:" and "Don'ts:" items are
bullets of its "What Are the Do's and Don'ts..." section, so citing an item cites that
section too (a reader looking for the item finds it under that heading)."""

from __future__ import annotations

from coach.rulebook import Source

#: (article, label prefix of its list items) -> the heading the items sit under
PARENTS = {
    ("002", "Do's:"): "What Are the Do's and Don'ts of Following Up After an Interview?",
    ("002", "Don'ts:"): "What Are the Do's and Don'ts of Following Up After an Interview?",
}


def with_headings(sources: list[Source]) -> list[Source]:
    """The sources, then the headings of any list items among them, each once."""
    out = list(sources)
    seen = {(s.article, s.section) for s in sources}
    for source in sources:
        for (article, prefix), heading in PARENTS.items():
            item = source.article == article and source.section.startswith(prefix)
            if item and (article, heading) not in seen:
                seen.add((article, heading))
                out.append(source.model_copy(update={"section": heading}))
    return out
