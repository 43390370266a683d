"""A rule's catalogue entry reads as plain text: its message template's {fields} are filled only
by a finding, so SARIF and `coach rules ID` show a summary and a filled example instead."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from coach.cli import cli
from coach.rulebook import Rule, load_rules

RULES = load_rules()
TEMPLATE_FIELD = re.compile(r"\{\w*\}")
A_TEMPLATE = [rule_id for rule_id, rule in RULES.items() if "{" in rule.message]


def test_most_rules_have_a_template_and_every_rule_a_plain_summary():
    assert len(A_TEMPLATE) >= 30
    for rule in RULES.values():
        assert rule.short_description and not TEMPLATE_FIELD.search(rule.short_description)


def test_a_template_without_a_summary_is_refused_on_load():
    data = RULES["tone-hostile"].model_dump(exclude={"summary"})
    with pytest.raises(ValueError, match="summary is required"):
        Rule.model_validate(data)


def test_sarif_short_descriptions_have_no_template_fields(tmp_path):
    draft = tmp_path / "to-dana.txt"
    draft.write_text("Dear Dana,\n\nI need an answer by Friday.\n\nBest,\nOla Berg\n", "utf-8")
    out = CliRunner().invoke(cli, ["check", str(draft), "--format", "sarif"])
    assert out.exit_code == 1, out.output
    descriptors = json.loads(out.stdout)["runs"][0]["tool"]["driver"]["rules"]
    assert len(descriptors) == len(RULES)
    for descriptor in descriptors:
        text = descriptor["shortDescription"]["text"]
        assert text and not TEMPLATE_FIELD.search(text), (descriptor["id"], text)


@pytest.mark.parametrize("rule_id", A_TEMPLATE)
def test_coach_rules_id_shows_a_summary_and_a_filled_example(rule_id):
    out = CliRunner().invoke(cli, ["rules", rule_id])
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    finds = next(line for line in lines if line.startswith("  What it finds: "))
    reported = next(line for line in lines if line.startswith("  Reported as: "))
    assert not TEMPLATE_FIELD.search(finds) and not TEMPLATE_FIELD.search(reported), out.stdout


def test_two_examples_with_the_same_words_say_what_differs():
    out = CliRunner().invoke(cli, ["rules", "timing-too-soon-after-last"])
    example = next(line for line in out.stdout.splitlines() if line.startswith("  Example: "))
    instead = next(line for line in out.stdout.splitlines() if line.startswith("  Use instead: "))
    assert "sent 20" in example and "sent 20" in instead and example != instead


def test_the_json_catalogue_carries_the_summary():
    out = CliRunner().invoke(cli, ["rules", "--format", "json", "spelling"])
    (entry,) = json.loads(out.stdout)["rules"]
    assert entry["summary"] == RULES["spelling"].short_description
    assert entry["message"] == RULES["spelling"].message


def test_a_finding_names_the_kind_in_words_not_its_id(tmp_path):
    draft = tmp_path / "to-ines.txt"
    body = " ".join(["The depot visit showed me how the night shift plans its routes."] * 20)
    draft.write_text(f"Subject: Checking in\n\nDear Ines,\n\n{body}\n\nTomasz Wielgus\n", "utf-8")
    out = CliRunner().invoke(
        cli, ["check", str(draft), "--kind", "check_in", "--select", "too-long"]
    )
    assert "words a check-in should take" in out.stdout, out.stdout
    assert "check_in" not in out.stdout
