"""A run of the role's or company's words that spells a detail's acronym by chance is no
mention of it ("Quality Assurance Technician position" is no "ATP"), while the words of the
acronym spelt out still are (coach.checks.detail.acronym_concepts). Wordings of our own."""

from __future__ import annotations

from test_detail_claims import fired

from coach.models import Kind

DAIRY = {
    "role": "Quality Assurance Technician",
    "details": ["ATP swabs on the bottling line", "the EDR rollout in spring"],
}


def test_the_roles_words_spell_no_acronym_of_a_detail():
    sentence = "I remain keen on the Quality Assurance Technician position and hope to hear soon."
    assert fired("detail-missing", sentence, DAIRY, Kind.check_in)


def test_an_acronym_spelt_out_in_other_words_still_counts():
    sentence = "I am still thinking about the electronic dairy records and hope to hear soon."
    assert not fired("detail-missing", sentence, DAIRY, Kind.check_in)
