"""FastSafeLoader gives exactly what PyYAML's safe loader gives, values and errors alike, but
for a timestamp that is no real date, which stays its text."""

import pytest
import yaml

from coach.yaml_load import DuplicateKey, FastSafeLoader, SafeLoader

DOCUMENTS = [
    "kind: thank_you\nto: Sarah Chen\nsend_at: 2026-11-20T19:30:00-05:00\n",
    "notes:\n  candidate: {name: Priya}\n  interviewers:\n  - name: A\n    aliases: []\n"
    "  timeline: {decision_by: 2026-11-27, no_contact_before: null}\n  country: NO\n",
    "a: [1, 2.5, .inf, 0x1f, yes, off, ~, '', 2026-01-02, 2026-01-02 10:00:00+01:00]\n",
    "base: &b {x: 1}\nother: *b\n",  # an alias: one shared value
    "base: &b {x: 1}\nmerged: {<<: *b, y: 2}\n",  # a merge key
    "=: value-key\n",
    "? [a, b]\n: unhashable key\n",
    "s: !!set {a, b}\no: !!omap [{a: 1}, {b: 2}]\nbin: !!binary aGVsbG8=\n",
    "x: !custom 1\n",
    "- a\n- [b, {c: d}]\n",
    "just text\n",
    "",
]


def load(text, loader):
    try:
        return "value", yaml.load(text, Loader=loader)
    except Exception as exc:  # the same error, by type and text
        return "error", type(exc).__name__, str(exc)


@pytest.mark.parametrize("text", DOCUMENTS)
def test_same_as_the_safe_loader(text):
    fast, safe = load(text, FastSafeLoader), load(text, SafeLoader)
    assert fast == safe
    assert repr(fast) == repr(safe)


def test_an_impossible_timestamp_stays_its_text():
    """The safe loader refuses 2026-02-30 with no key or line; kept as text, the notes'
    validation names its key and what was expected."""
    assert load("bad: 2026-02-30\n", SafeLoader)[0] == "error"
    fast = yaml.load("bad: 2026-02-30\nok: 2026-02-28\n", Loader=FastSafeLoader)
    assert fast == {"bad": "2026-02-30", "ok": load("ok: 2026-02-28\n", SafeLoader)[1]["ok"]}
    shared = "a: &d 2026-11-31T10:00:00Z\nb: *d\n"  # the general constructor's way too
    assert yaml.load(shared, Loader=FastSafeLoader) == {
        "a": "2026-11-31T10:00:00Z",
        "b": "2026-11-31T10:00:00Z",
    }


def test_an_alias_stays_one_shared_value():
    data = yaml.load("base: &b {x: 1}\nother: *b\n", Loader=FastSafeLoader)
    assert data["base"] is data["other"]


@pytest.mark.parametrize(
    "text",
    [
        "dup: 1\ndup: 2\n",  # built directly
        "base: &b {x: 1}\nother: *b\nother: 2\n",  # an alias: the general constructor's
        "outer:\n  inner: 1\n  inner: 1\n",  # nested, even with the same value
    ],
)
def test_a_key_given_twice_is_an_error_naming_its_line(text):
    """The safe loader keeps the last value without a word; notes read that way would be
    checked against what the person did not mean, so the loader refuses instead."""
    with pytest.raises(DuplicateKey, match="is given twice") as caught:
        yaml.load(text, Loader=FastSafeLoader)
    assert caught.value.problem_mark is not None
    assert caught.value.problem_mark.line == text.count("\n") - 1  # the repeated key's line
