"""Plain value classes whose pydantic validator is built only when input must be validated.

A one-file `coach check` reads its rules and notes from the cache (coach.cache) and builds its
findings itself: nothing on that path needs validating, yet importing pydantic and building its
models was half of the start-up's instructions. A `Plain` class declares its fields as a
pydantic model would (annotations, defaults, `Field(...)` with constraints, `field_validator`
and `model_validator`), but is an ordinary class: `model_construct` and unpickling set its
attributes and import nothing. Calling the class, `model_validate`, `model_dump` and
`model_dump_json` build, on first use, a pydantic model of the same name, fields, constraints,
validators and configuration, so user input is validated, and reported (error messages, field
paths), exactly as when the class was that model; the validated result is turned into plain
objects.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

if TYPE_CHECKING:
    from pydantic import ValidationError as ValidationError

T = TypeVar("T", bound="Plain")

_MISSING: Any = object()


def __getattr__(name: str) -> Any:
    """`plain.ValidationError` is pydantic's, imported when an `except` clause first asks."""
    if name == "ValidationError":
        from pydantic import ValidationError

        return ValidationError
    raise AttributeError(name)


class FieldSpec:
    """What `Field(...)` was given, handed to pydantic's `Field` when the validator is built."""

    __slots__ = ("args", "kwargs")

    def __init__(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.args, self.kwargs = args, kwargs


def Field(*args: Any, **kwargs: Any) -> Any:  # noqa: N802 - pydantic's name, as a drop-in
    """pydantic's `Field`, recorded: its default (or `default_factory`) serves plain objects."""
    return FieldSpec(args, kwargs)


class ValidatorSpec:
    """A `field_validator` or `model_validator`, applied to the pydantic model when it is built."""

    __slots__ = ("kind", "fields", "mode", "func")

    def __init__(self, kind: str, fields: tuple[str, ...], mode: str, func: Any) -> None:
        self.kind, self.fields, self.mode, self.func = kind, fields, mode, func


def field_validator(*fields: str, mode: str = "after") -> Callable[[Any], Any]:
    return lambda func: ValidatorSpec("field", fields, mode, func)


def model_validator(*, mode: str) -> Callable[[Any], Any]:
    return lambda func: ValidatorSpec("model", (), mode, func)


#: a default of one of these types is shared by every object (it cannot be changed in place)
_IMMUTABLE = frozenset({str, int, float, bool, type(None), tuple, frozenset})


class Plain:
    """A value with declared fields, compared, copied and shown as a pydantic model is."""

    #: pydantic's model configuration, for the validator
    model_config: ClassVar[dict[str, Any]] = {}
    #: field name -> (default, default_factory); a field without either is required
    _fields: ClassVar[dict[str, tuple[Any, Any]]] = {}
    #: fields a dump leaves out (`Field(exclude=True)`)
    _excluded: ClassVar[frozenset[str]] = frozenset()
    _validators: ClassVar[dict[str, ValidatorSpec]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = dict(cls._fields)
        excluded = set(cls._excluded)
        validators = dict(cls._validators)
        specs: dict[str, Any] = {}
        config: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            config.update(klass.__dict__.get("model_config", {}))
        cls.model_config = config
        for name, value in list(cls.__dict__.items()):
            if isinstance(value, ValidatorSpec):
                validators[name] = value
                delattr(cls, name)
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            value = cls.__dict__.get(name, _MISSING)
            if value is not _MISSING:
                specs[name] = value
            default, factory = value, None
            if isinstance(value, FieldSpec):
                default = value.args[0] if value.args else value.kwargs.get("default", _MISSING)
                if default is Ellipsis:
                    default = _MISSING
                factory = value.kwargs.get("default_factory")
                if value.kwargs.get("exclude"):
                    excluded.add(name)
                if default is _MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, default)
            fields.pop(name, None)
            fields[name] = (default, factory)
        cls._fields, cls._excluded, cls._validators = fields, frozenset(excluded), validators
        cls.__plain_specs__ = specs  # type: ignore[attr-defined]

    def __init__(self, **data: Any) -> None:
        """Validated, as pydantic's model would validate it (keyword arguments are input)."""
        made = type(self).model_validate(data)
        self.__dict__.update(made.__dict__)

    @classmethod
    def model_construct(cls: type[T], **values: Any) -> T:
        """Without validation, as pydantic's: the values given, and defaults for the rest."""
        self = cls.__new__(cls)
        attrs = self.__dict__
        for name, (default, factory) in cls._fields.items():
            if name in values:
                attrs[name] = values[name]
            elif factory is not None:
                attrs[name] = factory()
            elif default is not _MISSING:
                attrs[name] = default if type(default) in _IMMUTABLE else copy.deepcopy(default)
        return self

    @classmethod
    def model_validate(cls: type[T], data: Any) -> T:
        """`data` validated by the pydantic model; raises pydantic's ValidationError."""
        if isinstance(data, Plain):
            data = as_model(data)
        made: T = as_plain(cls._validator().model_validate(data))
        return made

    @classmethod
    def model_validate_json(cls: type[T], data: str | bytes) -> T:
        made: T = as_plain(cls._validator().model_validate_json(data))
        return made

    @classmethod
    def model_json_schema(cls, **kwargs: Any) -> dict[str, Any]:
        schema: dict[str, Any] = cls._validator().model_json_schema(**kwargs)
        return schema

    @classmethod
    def _validator(cls) -> Any:
        """The pydantic model of this class, built on first use."""
        found = cls.__dict__.get("_pydantic_model")
        if found is None:
            found = _build(cls)
            cls._pydantic_model = found  # type: ignore[attr-defined]
        return found

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """A field of a pydantic model (or a TypeAdapter) may hold a plain object: validated
        by this class's model, kept plain, and written as the model writes it."""
        from pydantic_core import core_schema

        inner = handler(cls._validator())

        def validate(value: Any, validate_input: Any) -> Any:
            if isinstance(value, cls):
                return value  # an instance is kept as it is, as pydantic keeps a model's
            return as_plain(validate_input(value))

        return core_schema.no_info_wrap_validator_function(
            validate,
            inner,
            serialization=core_schema.wrap_serializer_function_ser_schema(
                lambda value, write: write(as_model(value)), schema=inner
            ),
        )

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        dumped: dict[str, Any] = as_model(self).model_dump(**kwargs)
        return dumped

    def model_dump_json(self, **kwargs: Any) -> str:
        text: str = as_model(self).model_dump_json(**kwargs)
        return text

    def model_copy(self: T, *, update: dict[str, Any] | None = None, deep: bool = False) -> T:
        """A copy with `update`'s values, not validated (as pydantic's)."""
        made = copy.deepcopy(self) if deep else copy.copy(self)
        if update:
            made.__dict__.update(update)
        return made

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, as pydantic's models are

    def __iter__(self) -> Any:
        """(name, value) pairs, as iterating a pydantic model gives (`dict(model)`)."""
        return iter([(k, v) for k, v in self.__dict__.items() if k in self._fields])

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items() if k in self._fields)
        return f"{type(self).__name__}({shown})"

    def __copy__(self: T) -> T:
        made = type(self).__new__(type(self))
        made.__dict__.update(self.__dict__)
        return made


def as_plain(value: Any) -> Any:
    """A validated pydantic model (and what it holds) as the plain objects it stands for."""
    from pydantic import BaseModel

    def convert(value: Any) -> Any:
        kind = type(value)
        if kind is list:
            return [convert(v) for v in value]
        if kind is dict:
            return {k: convert(v) for k, v in value.items()}
        if isinstance(value, BaseModel):
            plain = getattr(kind, "__plain__", None)
            if plain is None:
                return value
            made = plain.__new__(plain)
            made.__dict__.update({k: convert(v) for k, v in value.__dict__.items()})
            return made
        return value

    return convert(value)


def as_model(value: Any) -> Any:
    """Plain objects as their pydantic models, built without validation (for dumping)."""
    kind = type(value)
    if kind is list:
        return [as_model(v) for v in value]
    if kind is dict:
        return {k: as_model(v) for k, v in value.items()}
    if isinstance(value, Plain):
        model = kind._validator()
        return model.model_construct(**{k: as_model(v) for k, v in value.__dict__.items()})
    return value


def _build(cls: type[Plain]) -> Any:
    import pydantic

    annotations: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        for name, annotation in klass.__dict__.get("__annotations__", {}).items():
            if name in cls._fields:
                annotations.pop(name, None)
                annotations[name] = (
                    # a Plain class in an annotation stays itself (its __get_pydantic_core_schema__)
                    eval(annotation, vars(sys.modules[klass.__module__]))  # noqa: S307
                    if isinstance(annotation, str)
                    else annotation
                )
    namespace: dict[str, Any] = {
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
        "__annotations__": annotations,
        "model_config": pydantic.ConfigDict(**cls.model_config),  # type: ignore[typeddict-item]
    }
    for name in cls._fields:
        raw = _raw_default(cls, name)
        if raw is not _MISSING:
            namespace[name] = raw
    for name, spec in cls._validators.items():
        if spec.kind == "field":
            namespace[name] = pydantic.field_validator(*spec.fields, mode=spec.mode)(spec.func)  # type: ignore[call-overload]
        else:
            namespace[name] = pydantic.model_validator(mode=spec.mode)(spec.func)  # type: ignore[call-overload]
    model = type(cls.__name__, (pydantic.BaseModel,), namespace)
    model.__plain__ = cls  # type: ignore[attr-defined]
    return model


def _raw_default(cls: type[Plain], name: str) -> Any:
    """What the class body gave the field, as pydantic's model is to be given it."""
    for klass in cls.__mro__:
        spec = klass.__dict__.get("__plain_specs__", {}).get(name, _MISSING)
        if spec is not _MISSING:
            if isinstance(spec, FieldSpec):
                import pydantic

                return pydantic.Field(*spec.args, **spec.kwargs)
            return spec
        if name in klass.__dict__.get("__annotations__", {}):
            return _MISSING
    return _MISSING
