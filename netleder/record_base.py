"""Records: immutable tuples with named fields, declared as with typing.NamedTuple.

    class ScaleLevel(Record):
        value: int
        label: Text = Text("", "")

gives what typing.NamedTuple gives and the code uses: a tuple subclass with read-only named
fields, defaults, keyword arguments, `_fields`, `_field_defaults`, `_replace`, `_asdict`,
`_make`, NamedTuple's repr, and a tuple's equality, hashing, unpacking, copying and pickling.

Why not typing.NamedTuple itself: it builds every class twice and compiles a constructor for it
(collections.namedtuple's eval), about 0.7 million instructions a class, and a start declares
15 to 25 of them (some 3 % of `netleder phases`). A Record class costs a tenth of that to
declare. Called with every field in order, it makes the tuple directly; the first call with
keywords or defaults compiles the class the same constructor namedtuple would have (about 1 µs a
call from then on, as namedtuple's, where a loop in Python took about 1.7), so a class built
that way many times a run (an import's texts) pays for compiling only once it is used so.

Type checkers see typing.NamedTuple (under TYPE_CHECKING), so every construction is still
checked against the fields. From Python 3.14, which evaluates annotations lazily (PEP 649),
Record *is* typing.NamedTuple: this module reads a class's annotations the way Python up to 3.13
stores them, and has not been tried on a later one.
"""

import sys
from typing import TYPE_CHECKING, Any, ClassVar

__all__ = ["Record"]

if TYPE_CHECKING or sys.version_info >= (3, 14):
    from typing import NamedTuple as Record
else:
    from collections import (
        _tuplegetter,  # the C field accessor namedtuple uses (a property where there is none)
    )

    _UNEXPECTED = TypeError if sys.version_info >= (3, 13) else ValueError  # _replace's, as namedtuple's

    def _compiled_new(cls: type) -> Any:
        """The class's constructor as namedtuple compiles it (keywords and defaults parsed in C),
        made the first time the class is called with keywords or with fewer arguments than it
        has fields, and from then on the class's own `__new__`."""
        fields = ", ".join(cls._fields)  # type: ignore[attr-defined]
        made = eval(f"lambda _cls, {fields}: _tuple_new(_cls, ({fields},))", {"_tuple_new": tuple.__new__})  # field names: identifiers, from the class statement
        made.__defaults__ = tuple(cls._field_defaults.values()) or None  # type: ignore[attr-defined]
        made.__name__ = "__new__"
        made.__qualname__ = f"{cls.__name__}.__new__"
        cls.__new__ = made  # type: ignore[method-assign]
        return made

    class _RecordType(type):
        """Makes each `class X(Record)` a tuple with X's annotated names as its fields."""

        def __new__(mcs, name: str, bases: tuple, namespace: dict) -> type:
            if not any(isinstance(base, _RecordType) for base in bases):  # Record itself
                return super().__new__(mcs, name, bases, namespace)
            fields = tuple(namespace.get("__annotations__", {}))
            defaults = {field: namespace[field] for field in fields if field in namespace}
            for i, field in enumerate(fields):
                if field.startswith("_"):
                    raise ValueError(f"{name}: a field name cannot start with an underscore: {field!r}")
                if field not in defaults and any(f in defaults for f in fields[:i]):
                    raise TypeError(f"{name}: field {field!r} without a default follows one with a default")
            body = dict(namespace, __slots__=(), _fields=fields, _field_defaults=defaults, __match_args__=fields)
            for i, field in enumerate(fields):
                body[field] = _tuplegetter(i, f"Alias for field number {i}")
            return super().__new__(mcs, name, bases, body)

    class Record(tuple, metaclass=_RecordType):  # type: ignore[no-redef]
        __slots__ = ()
        _fields: ClassVar[tuple[str, ...]] = ()
        _field_defaults: ClassVar[dict[str, Any]] = {}

        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            if not kwargs and len(args) == len(cls._fields):
                return tuple.__new__(cls, args)
            return _compiled_new(cls)(cls, *args, **kwargs)

        def __repr__(self) -> str:
            return f"{type(self).__name__}({', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self))})"

        def __getnewargs__(self) -> tuple:
            return tuple(self)

        def _replace(self, **changes: Any) -> Any:
            values = [changes.pop(field, value) for field, value in zip(self._fields, self)]
            if changes:
                raise _UNEXPECTED(f"Got unexpected field names: {list(changes)!r}")
            return tuple.__new__(type(self), values)

        def _asdict(self) -> dict[str, Any]:
            return dict(zip(self._fields, self))

        @classmethod
        def _make(cls, iterable: Any) -> Any:
            values = tuple(iterable)
            if len(values) != len(cls._fields):
                raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(values)}")
            return tuple.__new__(cls, values)
