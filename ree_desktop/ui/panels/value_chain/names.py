"""The Value chain's names in the interface's language, without Qt: stage titles (采矿,
分离冶炼, 金属及合金, 永磁体, 终端应用), the lower-case stage words used in sentences, the end
uses and scopes the app writes, and Chinese country names for the bar segments. The data
keep their English names (exports, tests); these are only what is shown."""

from __future__ import annotations

from collections.abc import Mapping

from ree_desktop.analysis import value_chain as vc
from ree_desktop.i18n import QT_TRANSLATE_NOOP, language, translate

#: Scopes the analysis writes under a stage title (translated where shown).
SCOPES = (QT_TRANSLATE_NOOP("ValueChain", "all rare earths, mine output, t REO"),
          QT_TRANSLATE_NOOP("ValueChain", "magnet rare earths (Nd, Pr, Tb, Dy), kt"),
          QT_TRANSLATE_NOOP("ValueChain", "sintered NdFeB permanent magnets"),
          QT_TRANSLATE_NOOP("ValueChain", "sintered permanent magnets"),
          QT_TRANSLATE_NOOP("ValueChain", "world demand for magnet rare earths, by use"),
          QT_TRANSLATE_NOOP("ValueChain", "United States only: U.S. consumption by end use"))
#: The stage names as shown (analysis.value_chain.STAGES holds the English, for data).
STAGE_TITLES = {"mining": QT_TRANSLATE_NOOP("ValueChain", "Mining"),
                "refining": QT_TRANSLATE_NOOP("ValueChain", "Separation & refining"),
                "metals": QT_TRANSLATE_NOOP("ValueChain", "Metals & alloys"),
                "magnet": QT_TRANSLATE_NOOP("ValueChain", "Magnets"),
                "end_use": QT_TRANSLATE_NOOP("ValueChain", "End uses")}
#: Lower-case stage names inside sentences ("China: mining 71 %, refining 91 %").
STAGE_WORDS = {"mining": QT_TRANSLATE_NOOP("ValueChain", "mining"),
               "refining": QT_TRANSLATE_NOOP("ValueChain", "separation & refining"),
               "metals": QT_TRANSLATE_NOOP("ValueChain", "metals & alloys"),
               "magnet": QT_TRANSLATE_NOOP("ValueChain", "magnets"),
               "end_use": QT_TRANSLATE_NOOP("ValueChain", "end uses")}
#: End uses and lumps named by the sources (segment names that are not countries).
USE_NAMES = (QT_TRANSLATE_NOOP("ValueChain", "Electric vehicles"),
             QT_TRANSLATE_NOOP("ValueChain", "EVs"), QT_TRANSLATE_NOOP("ValueChain", "Wind"),
             QT_TRANSLATE_NOOP("ValueChain", "Other uses"),
             QT_TRANSLATE_NOOP("ValueChain", "Rest of world"),
             QT_TRANSLATE_NOOP("ValueChain", "Rest"),
             QT_TRANSLATE_NOOP("ValueChain", "Other countries"),
             QT_TRANSLATE_NOOP("ValueChain", "Others"),
             QT_TRANSLATE_NOOP("ValueChain", "ceramics & glass"),
             QT_TRANSLATE_NOOP("ValueChain", "metallurgy & alloys"))
HEADING_WORDS = (QT_TRANSLATE_NOOP("ValueChain", "refining"),)  # "China: … refining 91 %"
_zh_names: dict[str, str] = {}


def stage_title(key: str) -> str:
    """A stage's title in the interface's language (采矿, 分离冶炼 …)."""
    return translate("ValueChain", STAGE_TITLES.get(key, vc.STAGE_LABELS.get(key, key)))


def stage_word(key: str) -> str:
    return translate("ValueChain", STAGE_WORDS.get(key, key))


def set_country_names(names: Mapping[str, str]) -> None:
    """Chinese country names (iso3 → name_zh) for segment labels in a Chinese interface."""
    _zh_names.clear()
    _zh_names.update({k: v for k, v in names.items() if v})


def zh_name(segment: str) -> str:
    """The Chinese name of a country segment in a Chinese interface, else ''."""
    return _zh_names.get(segment, "") if language() != "en" else ""


def display_name(segment: str, label: str) -> str:
    """A segment's name as shown: the Chinese country name or use in a Chinese interface,
    else the name as the data has it."""
    return zh_name(segment) or translate("ValueChain", label)


