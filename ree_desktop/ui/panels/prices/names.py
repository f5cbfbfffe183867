"""How Prices & events names elements and price series, without Qt, in the interface's
language: the element list's names, and the USGS series names in legends and tooltips.

The USGS item names ("Neodymium oxide (99.5% min)") are data, kept as published in English
and in every export; in Chinese they are shown in the industry's own terms (氧化钕（≥99.5%）),
built from the element and the purity as published, never changing a figure.
"""

from __future__ import annotations

import re

from ree_desktop.i18n import QT_TRANSLATE_NOOP, language, translate
from ree_desktop.ui.event_text import category_label

ELEMENT_NAMES = {"Nd+Pr": "NdPr", "Ce+La": QT_TRANSLATE_NOOP("Prices", "Mischmetal"),
                 "mixed": QT_TRANSLATE_NOOP("Prices", "Monazite conc."),
                 "all": QT_TRANSLATE_NOOP("Prices", "US unit value")}
YOUR_DATA = " (your data)"  # the data layer's suffix of your series' names
ZH_ELEMENTS = {"Cerium": "铈", "Dysprosium": "镝", "Erbium": "铒", "Europium": "铕",
               "Gadolinium": "钆", "Holmium": "钬", "Lanthanum": "镧", "Lutetium": "镥",
               "Neodymium": "钕", "NdPr": "镨钕", "Praseodymium": "镨", "Scandium": "钪",
               "Samarium": "钐", "Terbium": "铽", "Yttrium": "钇", "Ytterbium": "镱"}
ZH_ITEMS = {"Mischmetal (65% Ce, 35% La)": "混合稀土金属（65% Ce，35% La）",
            "Monazite concentrate (gross basis)": "独居石精矿（毛重基准）",
            "US unit value of rare earths (constant 1998 USD/t REO)":
                "美国稀土单位价值（1998年不变价，USD/t REO）",
            "US unit value of rare earths (current USD/t REO)":
                "美国稀土单位价值（当年价，USD/t REO）"}
_OXIDE = re.compile(r"^(\w+) oxide \(([\d.]+%)( min)?\)$")


def element_display(code: str) -> str:
    """The element list's name of a price element (symbols stay symbols)."""
    name = ELEMENT_NAMES.get(code, code)
    return translate("Prices", name) if code in ("Ce+La", "mixed", "all") else name


def item_display(item: str) -> str:
    """A price series' name as shown (legend, tooltip): as published in English; in
    Chinese, the oxide and purity in the industry's terms and '（你的数据）' for yours."""
    if language() != "zh_CN":
        return item
    text, yours = str(item), str(item).endswith(YOUR_DATA)
    if yours:
        text = text[:-len(YOUR_DATA)]
    match = _OXIDE.match(text)
    if match and match.group(1) in ZH_ELEMENTS:
        text = f"氧化{ZH_ELEMENTS[match.group(1)]}（{'≥' if match.group(3) else ''}" \
               f"{match.group(2)}）"
    else:
        text = ZH_ITEMS.get(text, text)
    return text + ("（你的数据）" if yours else "")

# Event categories as this panel names them (its checkboxes, filter, strip key).
CATEGORY_NAMES = {
    "export_control": QT_TRANSLATE_NOOP("Prices", "Export controls"),
    "related_export_controls": QT_TRANSLATE_NOOP("Prices", "Related export controls"),
    "quota": QT_TRANSLATE_NOOP("Prices", "Quotas"),
    "trade_dispute": QT_TRANSLATE_NOOP("Prices", "Trade disputes"),
    "industrial_policy": QT_TRANSLATE_NOOP("Prices", "Industrial policy"),
    "geopolitics": QT_TRANSLATE_NOOP("Prices", "Geopolitics"),
    "market": QT_TRANSLATE_NOOP("Prices", "Market"),
    "corporate": QT_TRANSLATE_NOOP("Prices", "Companies"),
    "environment": QT_TRANSLATE_NOOP("Prices", "Environment"),
}


def category_name(category: str) -> str:
    """An event category's name in the interface's language (unknown ones as they come)."""
    return translate("Prices", CATEGORY_NAMES.get(category, category_label(category)))
