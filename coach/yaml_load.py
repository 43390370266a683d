"""YAML as PyYAML's safe loader reads it, with its values built by one plain recursive function.

PyYAML's constructor is general (anchors shared between values, merge keys, recursive
structures), and that generality costs half of the time a file with inline notes takes to
read. Notes and front matter use none of it, so `FastSafeLoader` builds maps, lists and scalars
directly, with the safe loader's own scalar constructors (dates, numbers, booleans), and hands
any document that uses something else, or that fails, to the safe loader unchanged: the values,
and the errors, are always the safe loader's.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STR = "tag:yaml.org,2002:str"
MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"
#: scalar tags whose safe constructor returns the value at once (no generator, no state)
PLAIN_SCALARS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp")
)


class Unusual(Exception):
    """The document uses something only the general constructor handles."""


class FastSafeLoader(SafeLoader):  # type: ignore[misc,valid-type]
    """The safe loader (libyaml's parser where installed), building plain documents directly."""

    def construct_document(self, node: Any) -> Any:
        try:
            return self.build(node, set())
        except Exception:  # Unusual, or an error the general constructor reports its own way
            pass
        return super().construct_document(node)

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
                mapping[self.build(key_node, seen)] = self.build(value_node, seen)
            return mapping
        if type(node) is SequenceNode and tag == SEQ:
            return [self.build(item, seen) for item in node.value]
        raise Unusual(tag)
