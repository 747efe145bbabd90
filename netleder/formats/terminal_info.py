"""The terminal writer for `netleder info`: plain text, no rich (nothing in it is styled). What
it says is computed in netleder.views.info; this only lays it out."""

from __future__ import annotations


def info(data: dict, lang: str) -> str:
    """`netleder info` as plain text, wrapped at spaces only: a path is never broken across
    lines, so whoever helps the user can copy it."""
    from netleder.output import terminal_width, wrap
    from netleder.views.info import info_view

    width = terminal_width()  # COLUMNS, the terminal, or 80
    report: list[str] = []
    for section in info_view(data, lang):
        if report:
            report.append("")
        report.extend([section.title, "─" * len(section.title)])
        for label, value, indent in section.lines:
            text = f"{label}: {value}" if label else value
            report.extend(wrap(text, width, " " * indent, " " * (indent + 2 * bool(label))))  # commands kept whole
    return "\n".join(report) + "\n"
