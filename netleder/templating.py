"""Pages from Jinja2 templates (netleder/templates/), autoescaping on. jinja2 is imported here,
and this module only when a page is written, never at start-up. Templates are read through
importlib.resources, so they load from a wheel or a zip application alike."""

from __future__ import annotations

import functools


@functools.cache
def _environment():
    from importlib import resources

    import jinja2

    folder = resources.files("netleder.templates")

    def load(name: str) -> str:
        return folder.joinpath(name).read_text(encoding="utf-8")

    return jinja2.Environment(loader=jinja2.FunctionLoader(load), autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def render(template: str, **values: object) -> str:
    return _environment().get_template(template).render(**values)
