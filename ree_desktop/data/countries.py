"""The country reference: ISO 3166 names from pycountry, Chinese names, aliases and groups.

Used by the database build (the ``countries`` table) and by name resolution in the importer.
Fuzzy matches are never made here: a name either resolves exactly (case- and
punctuation-insensitive) or it does not.
"""

from __future__ import annotations

import gettext
import re
import unicodedata

from ree_desktop.data.schema import AGGREGATES, AGGREGATES_ZH

# Short, common names where ISO's are long or formal; ISO's name is kept as an alias.
COMMON_NAMES: dict[str, str] = {
    "KOR": "South Korea",
    "PRK": "North Korea",
    "RUS": "Russia",
    "VNM": "Vietnam",
    "LAO": "Laos",
    "IRN": "Iran",
    "SYR": "Syria",
    "TZA": "Tanzania",
    "BOL": "Bolivia",
    "VEN": "Venezuela",
    "MDA": "Moldova",
    "TWN": "Taiwan",
    "COD": "DR Congo",
    "CZE": "Czechia",
    "GBR": "United Kingdom",
    "USA": "United States",
}

# Short Chinese names as Chinese statistics and the press write them, where ISO's Chinese
# name (pycountry) is the formal one; ISO's stays an alias the importer resolves.
COMMON_NAMES_ZH: dict[str, str] = {
    "KOR": "韩国",
    "PRK": "朝鲜",
    "LAO": "老挝",
    "IRN": "伊朗",
    "SYR": "叙利亚",
    "BOL": "玻利维亚",
    "VEN": "委内瑞拉",
    "MDA": "摩尔多瓦",
    "KGZ": "吉尔吉斯斯坦",
    "TWN": "中国台湾",
    "HKG": "中国香港",
    "MAC": "中国澳门",
    "COD": "刚果（金）",
    "COG": "刚果（布）",
}

# Names seen in statistics tables, customs data and USGS/IEA publications.
CURATED_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "U.S.A.", "United States of America", "America", "美国"),
    "CHN": ("PRC", "People's Republic of China", "China, mainland", "Mainland China",
            "中国", "中华人民共和国"),
    "MMR": ("Burma", "缅甸"),
    "KOR": ("Korea", "Korea, Republic of", "Republic of Korea", "Korea, South", "韩国"),
    "PRK": ("Korea, North", "DPRK", "朝鲜"),
    "RUS": ("Russian Federation", "俄罗斯"),
    "VNM": ("Viet Nam", "越南"),
    "GBR": ("UK", "U.K.", "Great Britain", "Britain", "英国"),
    "AUS": ("澳大利亚",),
    "JPN": ("日本",),
    "MYS": ("马来西亚",),
    "IND": ("印度",),
    "BRA": ("巴西",),
    "THA": ("泰国",),
    "LAO": ("Lao PDR", "Lao People's Democratic Republic"),
    "COD": ("Congo (Kinshasa)", "Democratic Republic of the Congo", "Congo, Dem. Rep."),
    "COG": ("Congo (Brazzaville)", "Congo, Rep."),
    "CIV": ("Ivory Coast",),
    "CZE": ("Czech Republic",),
    "TUR": ("Turkey",),
    "TWN": ("Taiwan, China", "Chinese Taipei"),
    "HKG": ("Hong Kong, China",),
    "IRN": ("Iran, Islamic Republic of",),
}

AGGREGATE_ALIASES: dict[str, tuple[str, ...]] = {
    "WLD": ("World total", "World total (rounded)", "Total", "Global", "世界", "全球"),
    "OTH": ("Other", "Others", "Other countries (rounded)", "其他"),
    "ROW": ("Rest of the world", "RoW"),
    "XCS": ("CIS",),
    "EUU": ("EU", "EU27", "EU-27", "欧盟"),
    "XEU": ("Europe (region)",),
    "TP3": ("Top 3",),
}

EU27 = ("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
        "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK",
        "SVN", "ESP", "SWE")
G7 = ("CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA")
ASEAN = ("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM")
QUAD = ("AUS", "IND", "JPN", "USA")

REGION_GROUPS: dict[str, tuple[str, ...]] = {
    "EU27": EU27,
    "G7": G7,
    "ASEAN": ASEAN,
    "Quad": QUAD,
}


def normalise_name(name: str) -> str:
    """Fold case, accents, punctuation and spacing so that 'U.S.' and 'us' compare equal."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))
    text = re.sub(r"[.'’`]", "", text)
    text = re.sub(r"[\s,;:()\-_/]+", " ", text)
    return text.strip()


def _zh_translator():
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    except OSError:
        return gettext.NullTranslations()


def country_rows() -> list[dict]:
    """One row per ISO 3166 country plus the aggregates, ready for the ``countries`` table."""
    import pycountry

    zh = _zh_translator()
    groups_of: dict[str, list[str]] = {}
    for group, members in REGION_GROUPS.items():
        for iso3 in members:
            groups_of.setdefault(iso3, []).append(group)

    rows = []
    for country in pycountry.countries:
        iso3 = country.alpha_3
        name = COMMON_NAMES.get(iso3) or getattr(country, "common_name", None) or country.name
        aliases = {country.name, getattr(country, "official_name", "") or "",
                   getattr(country, "common_name", "") or "", country.alpha_2, iso3}
        aliases.update(CURATED_ALIASES.get(iso3, ()))
        iso_zh = zh.gettext(country.name) if zh.gettext(country.name) != country.name else None
        name_zh = COMMON_NAMES_ZH.get(iso3) or iso_zh
        aliases.add(iso_zh or "")
        aliases.discard(name)
        aliases.discard(name_zh or "")
        aliases.discard("")
        rows.append({
            "iso3": iso3,
            "name": name,
            "name_zh": name_zh,
            "aliases": "|".join(sorted(aliases)),
            "region": ";".join(groups_of.get(iso3, [])) or None,
            "iso_numeric": country.numeric,
            "is_aggregate": 0,
        })
    for code, name in AGGREGATES.items():
        rows.append({
            "iso3": code, "name": name, "name_zh": AGGREGATES_ZH[code],
            "aliases": "|".join(sorted(set(AGGREGATE_ALIASES.get(code, ())))),
            "region": None, "iso_numeric": None, "is_aggregate": 1,
        })
    rows.sort(key=lambda row: row["iso3"])
    return rows


def name_index(rows: list[dict]) -> dict[str, str]:
    """Map every normalised name, alias and code to its ISO3 code (exact matches only)."""
    index: dict[str, str] = {}
    for row in rows:
        names = [row["iso3"], row["name"], row["name_zh"] or ""]
        names += (row["aliases"] or "").split("|")
        for name in names:
            if name:
                index.setdefault(normalise_name(name), row["iso3"])
    return index
