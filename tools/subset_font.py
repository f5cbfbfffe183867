"""Make resources/fonts/NotoSansSC-Subset.otf: the Simplified Chinese font the app bundles.

A dev tool (fontTools is not a runtime dependency). Source: Debian's ``fonts-noto-cjk``
(``apt-get install -y fonts-noto-cjk``), face "Noto Sans CJK SC" Regular (index 2 of
NotoSansCJK-Regular.ttc), SIL Open Font License 1.1 (resources/fonts/OFL.txt). Kept:

* every character of GB2312 (its 6,763 hanzi and its 682 symbols), enumerated with
  Python's ``gb2312`` codec, so the set is exactly the standard's;
* CJK symbols and punctuation (U+3000–303F), fullwidth forms (U+FF00–FFEF), ASCII,
  Latin-1, general punctuation (U+2000–206F), arrows and a few maths signs;
* any other Han character in the committed translations (resources/translations/*.ts)
  and the database's Chinese names and event texts (data/sources/*.csv).

One weight (Regular: Qt synthesises bold). The family is renamed "Noto Sans SC Subset" so
it never shadows a full Noto Sans CJK installed on the system. Run from the checkout:

    .venv/bin/pip install fonttools
    .venv/bin/python tools/subset_font.py [--source PATH.ttc] [--out PATH.otf]
"""

from __future__ import annotations

import argparse
import contextlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SC_INDEX = 2  # JP, KR, SC, TC, HK, then the Mono faces
OUT = ROOT / "resources" / "fonts" / "NotoSansSC-Subset.otf"
FAMILY = "Noto Sans SC Subset"
RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2190, 0x21FF), (0x2212, 0x2265),
          (0x3000, 0x303F), (0xFF00, 0xFFEF)]
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def gb2312_characters() -> set[str]:
    """Every character GB2312 encodes: rows 0xA1–0xF7, cells 0xA1–0xFE (EUC-CN)."""
    found: set[str] = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                found.add(bytes((row, cell)).decode("gb2312"))
    return found


def gb2312_hanzi() -> set[str]:
    """GB2312's 6,763 hanzi (rows 0xB0–0xF7)."""
    return {ch for ch in gb2312_characters() if HAN.match(ch)}


def used_han() -> set[str]:
    """Han characters of the committed translations and the source CSVs."""
    texts = [p.read_text(encoding="utf-8") for p in
             [*(ROOT / "resources" / "translations").glob("*.ts"),
              *(ROOT / "data" / "sources").glob("*.csv")]]
    return set(HAN.findall("".join(texts)))


def characters() -> set[str]:
    chars = gb2312_characters() | used_han()
    for low, high in RANGES:
        chars |= {chr(code) for code in range(low, high + 1)}
    return chars


def rename(font, family: str) -> None:
    """Family, full and PostScript names (IDs 1, 3, 4, 6, 16, 17) for the subset."""
    postscript = family.replace(" ", "") + "-Regular"
    names = {1: family, 3: f"{postscript};subset", 4: f"{family} Regular", 6: postscript,
             16: family, 17: "Regular"}
    table = font["name"]
    for record in list(table.names):
        if record.nameID in names:
            record.string = names[record.nameID]
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        for key in ("FullName", "FamilyName"):
            if hasattr(top, key):
                setattr(top, key, f"{family} Regular" if key == "FullName" else family)


def main() -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    font = TTFont(str(args.source), fontNumber=SC_INDEX)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in characters()])
    subsetter.subset(font)
    rename(font, FAMILY)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(args.out))
    mapped = font.getBestCmap()
    missing = [ch for ch in gb2312_hanzi() if ord(ch) not in mapped]
    print(f"wrote {args.out}: {args.out.stat().st_size / 2**20:.2f} MiB, {len(mapped)} "
          f"characters, GB2312 hanzi missing: {len(missing)}")


if __name__ == "__main__":
    main()
