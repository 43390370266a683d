"""YAML as PyYAML's safe loader reads it, with its values built by one plain recursive function.

PyYAML's constructor is general (anchors shared between values, merge keys, recursive
structures), and that generality costs half of the time a file with inline notes takes to
read. Notes and front matter use none of it, so `FastSafeLoader` builds maps, lists and scalars
directly, with the safe loader's own scalar constructors (dates, numbers, booleans), and hands
any document that uses something else, or that fails, to the safe loader unchanged: the values,
and the errors, are always the safe loader's, but for one: a timestamp that is no real date or
time (2026-02-30) stays its text, for the notes' validation to name by its key.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STR = "tag:yaml.org,2002:str"
MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"
#: scalar tags whose safe constructor returns the value at once (no generator, no state)
PLAIN_SCALARS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp")
)


def timestamp_or_text(loader: Any, node: Any) -> Any:
    """A timestamp as the safe loader reads it; one that cannot be (2026-11-31, hour 25) stays
    its text, so the notes' validation names its key and what was expected. (The safe loader's
    own ValueError carried neither key nor line: 'malformed YAML: day is out of range for
    month'.)"""
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return node.value


class Unusual(Exception):
    """The document uses something only the general constructor handles."""


class DuplicateKey(ConstructorError):
    """A key given twice in one mapping. PyYAML keeps the last value without a word, which
    would check a message against notes the person did not mean ("to:" given twice)."""

    def __init__(self, node: Any, key_node: Any, key: Any):
        super().__init__(
            "while reading a mapping",
            node.start_mark,
            f"the key {key!r} is given twice; keep one",
            key_node.start_mark,
        )


class FastSafeLoader(SafeLoader):  # type: ignore[misc,valid-type]
    """The safe loader (libyaml's parser where installed), building plain documents directly,
    and refusing a key given twice in one mapping."""

    def construct_document(self, node: Any) -> Any:
        try:
            return self.build(node, set())
        except DuplicateKey:
            raise
        except Exception:  # Unusual, or an error the general constructor reports its own way
            pass
        return super().construct_document(node)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        """The general constructor's mappings (documents `build` hands on) refuse a repeated
        key too."""
        if isinstance(node, MappingNode):
            seen: set[Any] = set()
            for key_node, _ in node.value:
                # plain keys only: merge and '=' keys, and collections as keys, are the
                # general constructor's to read (and to report)
                if type(key_node) is not ScalarNode or (
                    key_node.tag != STR and key_node.tag not in PLAIN_SCALARS
                ):
                    continue
                key = self.construct_object(key_node, deep=True)
                if key in seen:
                    raise DuplicateKey(node, key_node, key)
                seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def build(self, node: Any, seen: set[int]) -> Any:
        if id(node) in seen:  # an alias: the general constructor shares the one value
            raise Unusual("alias")
        seen.add(id(node))
        tag = node.tag
        if type(node) is ScalarNode:
            if tag == STR:
                return node.value
            if tag in PLAIN_SCALARS:
                return self.yaml_constructors[tag](self, node)
            raise Unusual(tag)
        if type(node) is MappingNode and tag == MAP:
            mapping = {}
            for key_node, value_node in node.value:
                if key_node.tag != STR and key_node.tag not in PLAIN_SCALARS:
                    raise Unusual(key_node.tag)  # merge keys, '=' keys, collections as keys
                key = self.build(key_node, seen)
                if key in mapping:
                    raise DuplicateKey(node, key_node, key)
                mapping[key] = self.build(value_node, seen)
            return mapping
        if type(node) is SequenceNode and tag == SEQ:
            return [self.build(item, seen) for item in node.value]
        raise Unusual(tag)


FastSafeLoader.add_constructor("tag:yaml.org,2002:timestamp", timestamp_or_text)
