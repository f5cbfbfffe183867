"""The ``sources`` table of the build: one row per distinct source, with its origin and tier.

``origin`` is the publisher whose figure it is (USGS for an MCS figure quoted by a news
site); ``tier`` is how we hold it (SOURCES.md). A source may be ``primary`` only when its URL
is on the publisher's own host (``PUBLISHER_HOSTS``); the build refuses anything else.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlparse

TIERS = ("primary", "primary_text_copy", "secondary_conversion", "secondary")

#: Publishers' own hosts (host suffix, path prefix): the only URLs a `primary` may cite.
PUBLISHER_HOSTS: tuple[tuple[str, str], ...] = (
    ("usgs.gov", ""),            # USGS: www., pubs., apps.
    ("sciencebase.gov", ""),     # USGS data releases
    ("doi.org", "/10.5066/"),    # USGS DOIs only
    ("iea.org", ""),
    ("ustr.gov", ""),            # Office of the U.S. Trade Representative
    ("gov.cn", ""),              # Chinese government sites (State Council, MIIT, MOFCOM)
    ("wto.org", ""),
    ("sojitz.com", ""),          # a company's own announcement
)


def is_publisher_host(url: str) -> bool:
    """Is ``url`` on one of the publishers' own hosts?"""
    parsed = urlparse(url.strip())
    host = (parsed.hostname or "").lower()
    for suffix, prefix in PUBLISHER_HOSTS:
        if (host == suffix or host.endswith("." + suffix)) and parsed.path.startswith(prefix):
            return True
    return False


def year_of(text: str | None) -> int | None:
    match = re.search(r"(19|20)\d\d", text or "")
    return int(match.group(0)) if match else None


def publisher_of(source: str) -> str:
    lowered = source.lower()
    if lowered.startswith("usgs"):
        return "U.S. Geological Survey (USGS)"
    if lowered.startswith("iea"):
        return "International Energy Agency (IEA)"
    if lowered.startswith("british geological survey"):
        return "British Geological Survey (BGS)"
    if lowered.startswith("theler"):
        return "Theler, Kauwe & Sparks (Springer IMMI)"
    return re.split(r"[:(,\[]", source, maxsplit=1)[0].strip() or source


def origin_of(title: str, edition: str, dataset: str) -> str:
    """The publisher whose figure it is, whoever we read it from."""
    lowered = title.lower()
    if (lowered.startswith("usgs") or lowered.startswith("theler")
            or re.fullmatch(r"MCS\d{4}q", edition or "")):
        return "USGS"  # USGS itself, a quote of an MCS, or THS2020's copy of MYB tables
    if lowered.startswith("iea"):
        return "IEA"
    if lowered.startswith("british geological survey"):
        return "BGS"
    if lowered.startswith("visual capitalist"):
        return "Visual Capitalist"
    if dataset == "quotas":
        return "Chinese government (MIIT/MNR/MOFCOM)"
    return publisher_of(title)


def licence_of(source: str, url: str) -> str:
    lowered = source.lower()
    if lowered.startswith("usgs") or "usgs.gov" in url or "doi.org/10.5066" in url:
        return "Public domain (U.S. Government work); cite USGS"
    if "critical minerals data explorer" in lowered or "outlook 2024" in lowered:
        return "CC BY 4.0 (IEA)"
    if lowered.startswith("iea"):
        return "IEA terms and conditions (not checked); figure cited with attribution"
    if lowered.startswith("theler"):
        return "Article (c) the authors; dataset MIT licence (GitHub sp8rks/USGS_HHI)"
    return "(c) the publisher; individual figures cited with attribution"


class SourceRegistry:
    """Collects distinct sources; each gets a stable id derived from its text."""

    def __init__(self) -> None:
        self.rows: dict[str, dict] = {}

    def add(self, row: dict[str, str], year_hint: str | None = None) -> str:
        """Register the row's source; refuse a missing URL, tier, or an unearned `primary`.

        ``row`` may carry ``_file`` and ``_line`` (set by the build's CSV reader) so that an
        error names the file and row.
        """
        file, line = row.get("_file", ""), row.get("_line", 0)
        dataset = file.removesuffix(".csv")
        title = row["source"].strip()
        url = row["source_url"].strip()
        via = (row.get("retrieved_via") or "").strip()
        tier = (row.get("tier") or "").strip()
        where = f"{file} row {line}" if file else "source row"
        if not url:
            raise ValueError(f"{where}, column source_url: empty; give the publication's URL")
        if tier not in TIERS:
            raise ValueError(f"{where}, column tier: {tier!r} is not one of {', '.join(TIERS)}")
        if tier == "primary" and not is_publisher_host(url):
            raise ValueError(f"{where}, column tier: 'primary' but {url} is not a publisher's "
                             "own host; use primary_text_copy or secondary")
        digest = hashlib.sha1("|".join((title, url, via, tier)).encode()).hexdigest()[:8]
        slug = re.sub(r"[^a-z0-9]+", "-", publisher_of(title).lower()).strip("-")[:12]
        source_id = f"{slug}-{digest}"
        self.rows.setdefault(source_id, {
            "id": source_id,
            "publisher": publisher_of(title),
            "title": title,
            "year": year_of(year_hint) or year_of(title),
            "url": url,
            "licence": licence_of(title, url),
            "tier": tier,
            "origin": origin_of(title, (row.get("edition") or "").strip(), dataset),
            "note": f"retrieved via: {via}" if via else None,
        })
        return source_id
