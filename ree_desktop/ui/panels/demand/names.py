"""The Demand panel's names in the interface's language, without Qt: IEA scenario names and
help, end uses, the lines view's choices and supply stages. The data and the saved options
keep their English names; these are only what is shown (the Chinese interface, issue 17)."""

from __future__ import annotations

from ree_desktop.analysis import scenarios as sc
from ree_desktop.i18n import QT_TRANSLATE_NOOP, language, translate

SCENARIO_NAMES = {
    "STEPS": QT_TRANSLATE_NOOP("Demand", "Stated Policies Scenario"),
    "APS": QT_TRANSLATE_NOOP("Demand", "Announced Pledges Scenario"),
    "NZE": QT_TRANSLATE_NOOP("Demand", "Net Zero Emissions by 2050 Scenario"),
}
SCENARIO_HELP = {
    "STEPS": QT_TRANSLATE_NOOP("Demand", "IEA Stated Policies Scenario: the policies "
                               "governments have actually put in place or firmly proposed."),
    "APS": QT_TRANSLATE_NOOP("Demand", "IEA Announced Pledges Scenario: governments meet all "
                             "their announced climate pledges (net-zero targets, NDCs) in full "
                             "and on time."),
    "NZE": QT_TRANSLATE_NOOP("Demand", "IEA Net Zero Emissions by 2050 Scenario: a path on "
                             "which the global energy sector reaches net-zero CO2 emissions "
                             "by 2050."),
}
USES = (QT_TRANSLATE_NOOP("Demand", "Total demand"),
        QT_TRANSLATE_NOOP("Demand", "Electric vehicles"), QT_TRANSLATE_NOOP("Demand", "Wind"),
        QT_TRANSLATE_NOOP("Demand", "Other uses"),
        QT_TRANSLATE_NOOP("Demand", "Clean energy technologies total (wind + EVs)"),
        QT_TRANSLATE_NOOP("Demand", "Clean energy technologies: {element}"))
STAGES = {"mining": QT_TRANSLATE_NOOP("Demand", "mining"),
          "refining": QT_TRANSLATE_NOOP("Demand", "refining")}
STAGE_NAMES = {"mining": QT_TRANSLATE_NOOP("Demand", "Mining"),
               "refining": QT_TRANSLATE_NOOP("Demand", "Refining")}
STAGE_SUPPLY = {"mining": QT_TRANSLATE_NOOP("Demand", "Mining supply"),
                "refining": QT_TRANSLATE_NOOP("Demand", "Refining supply")}


def scenario_name(code: str) -> str:
    return translate("Demand", SCENARIO_NAMES.get(code, sc.SCENARIO_NAMES.get(code, code)))


def scenario_help(code: str) -> str:
    return translate("Demand", SCENARIO_HELP.get(code, sc.SCENARIO_HELP.get(code, "")))


def use_name(use: str) -> str:
    """An end use or lines-view choice as shown ('Clean energy technologies: Nd' keeps Nd)."""
    prefix = "Clean energy technologies: "
    if use.startswith(prefix) and use[len(prefix):] in ("Nd", "Pr", "Dy", "Tb"):
        return translate("Demand", "Clean energy technologies: {element}").format(
            element=use[len(prefix):])
    return translate("Demand", use)


def stage_name(stage: str) -> str:
    return translate("Demand", STAGES.get(stage, stage))


_zh: dict[str, str] = {}


def country_name(store, code: str, name: str) -> str:
    """A country's name as shown: its Chinese name in a Chinese interface."""
    if language() == "en":
        return name or code
    if not _zh:
        countries = store.countries()
        _zh.update({k: v for k, v in zip(countries["iso3"], countries["name_zh"].fillna(""),
                                         strict=True) if v})
    return _zh.get(code) or translate("Demand", name) or code


AGGREGATES = (QT_TRANSLATE_NOOP("Demand", "Rest of world"),
              QT_TRANSLATE_NOOP("Demand", "Other countries"), QT_TRANSLATE_NOOP("Demand", "World"))
