"""`netleder settings`: the leader's name on the talk printout (shown, set or forgotten)."""

from __future__ import annotations

from netleder.errors import BadInput
from netleder.i18n import t


def settings(name: str | None, forget_name: bool, lang: str) -> None:
    from netleder.commands.stored import warn_open_before
    from netleder.safe_text import user_text
    from netleder.store.settings import leader_name, set_leader_name, settings_path

    if name is not None and forget_name:
        raise BadInput("settings.both")
    if forget_name or (name is not None and not name.strip()):
        set_leader_name(None)
        warn_open_before(lang)
        print(t("settings.name_forgotten", lang))
        return
    if name is not None:
        set_leader_name(name)
        warn_open_before(lang)
        print(t("settings.name_set", lang, name=user_text(leader_name() or "")))
        return
    current = leader_name()
    print(f"{t('settings.name', lang)}: {user_text(current) if current else t('settings.no_name', lang)}")
    print(f"{t('settings.file', lang)}: {settings_path()}")
