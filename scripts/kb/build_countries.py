#!/usr/bin/env python3
"""Writes Shared/Knowledge/Data/countries.json from pycountry + countryinfo + the curated supplement.

Run through scripts/build-kb, which installs the pinned dataset versions into a temporary venv.
Output is deterministic (sorted by ISO alpha-2) so re-running gives the same file.
"""
import glob
import json
import os
import re
import sys
import unicodedata

import countryinfo
import pycountry

import kbfile

HERE = os.path.dirname(os.path.abspath(__file__))
SUPPLEMENT = os.path.join(HERE, "countries-supplement.json")


def version(dist):
    from importlib.metadata import version as v
    return v(dist)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().strip()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def countryinfo_records():
    """countryinfo's JSON records keyed by alpha-2; for duplicates keep the richest record."""
    folder = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    best = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as f:
            record = json.load(f)
        code = (record.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        score = sum(1 for k in ("demonym", "wiki", "population", "altSpellings") if record.get(k))
        if code not in best or score > best[code][0]:
            best[code] = (score, record)
    return {code: rec for code, (_, rec) in best.items()}


def uniq(items):
    seen, out = set(), []
    for item in items:
        item = (item or "").strip()
        if not item:
            continue
        key = fold(item)
        if key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out


def plural(adjective):
    """People-noun plural of a demonym adjective: Serbian -> Serbians, Chinese -> Chinese."""
    if adjective.endswith("ic"):  # "Greenlandic": an adjective only, the people noun differs
        return None
    if re.search(r"(ese|ish|ch|ss|sh|x|z|s|Swiss)$", adjective) or adjective.startswith(("I-", "Ni-")):
        return adjective
    if adjective.endswith("y"):
        return adjective  # e.g. no regular plural; rare
    return adjective + "s"


def split_demonyms(raw):
    if not raw or not isinstance(raw, str):
        return []
    parts = []
    for part in re.split(r"\s*(?:,|/)\s*", raw):
        pair = part.split(" and ")
        # "Kittian and Nevisian" names two peoples; "Heard and McDonald Islander" names one.
        if len(pair) == 2 and all(" " not in side.strip() for side in pair):
            parts += pair
        else:
            parts.append(part)
    return [p.strip() for p in parts if p.strip()]


# Words of official long forms ("Russian Federation", "Republic of Korea"): a name without them
# is the short name readers use.
OFFICIAL_WORDS = {"republic", "federation", "kingdom", "democratic", "islamic", "plurinational",
                  "people's", "commonwealth", "federated", "bolivarian", "socialist", "united"}


def common_english_name(iso_name, ci_name):
    """The common English short name among the ISO and countryinfo names of a state.

    Forms with commas or parentheses ("Korea, Republic of") are skipped; a form without official
    long-form words beats one with them ("Russia" over "Russian Federation"), and a form written
    in English letters beats one with other letters ("Turkey" over "Türkiye"); then ISO first.
    """
    def words(name):
        return {w.lower() for w in re.split(r"[\s-]+", name)}

    candidates = [n for n in (iso_name, ci_name) if n and "," not in n and "(" not in n]
    if not candidates:
        return ci_name or iso_name

    def rank(item):
        index, name = item
        official = bool(words(name) & OFFICIAL_WORDS) and not all(words(c) & OFFICIAL_WORDS for c in candidates)
        foreign = any(ord(ch) > 127 and ch.isalpha() for ch in name)
        return (official, foreign, index)

    return min(enumerate(candidates), key=rank)[1]


def main(out_path):
    with open(SUPPLEMENT, encoding="utf-8") as f:
        supplement = json.load(f)
    territories = set(supplement["territories"])
    overrides = supplement["overrides"]
    drop_forms = {code: {fold(f) for f in forms}
                  for code, forms in supplement.get("dropForms", {}).items() if code != "about"}
    keep_code_aliases = set(supplement.get("keepCodeAliases", []))
    ci = countryinfo_records()
    source = f"pycountry {version('pycountry')} + countryinfo {version('countryinfo')}"

    rows = []
    for c in pycountry.countries:
        rec = ci.get(c.alpha_2, {})
        rows.append({
            "alpha2": c.alpha_2, "alpha3": c.alpha_3,
            "isoName": c.name,
            "commonName": getattr(c, "common_name", None),
            "officialName": getattr(c, "official_name", None),
            "ciName": rec.get("name"),
            "altSpellings": rec.get("altSpellings") or [],
            "capital": rec.get("capital"),
            "demonym": rec.get("demonym"),
            "source": source if rec else f"pycountry {version('pycountry')}",
        })
    for extra in supplement.get("add", []):
        rows.append({
            "alpha2": extra["alpha2"], "alpha3": extra["alpha3"], "isoName": extra["name"],
            "commonName": None, "officialName": None, "ciName": None,
            "altSpellings": extra.get("aliases", []), "capital": extra.get("capital"),
            "demonym": None, "adjectives": extra.get("adjectives", []),
            "demonyms": extra.get("demonyms", []), "capitalAliases": extra.get("capitalAliases", []),
            "source": "curated supplement (scripts/kb/countries-supplement.json)",
        })

    # First pass: names and adjectives of sovereign entries, to drop territory adjectives that
    # belong to a state (Martinique "French", Svalbard "Norwegian").
    sovereign_adjectives = set()
    entries, places = [], []
    for row in sorted(rows, key=lambda r: r["alpha2"]):
        code = row["alpha2"]
        ov = overrides.get(code, {})
        kind = "territory" if code in territories else "country"
        name = ov.get("name") or row["commonName"] or common_english_name(row["isoName"], row["ciName"])
        official = row["officialName"]
        if official and official.lower().startswith("the "):
            official = official[4:]
        aliases = [row["isoName"] if "," not in row["isoName"] else None, row["ciName"], official]
        for alt in row["altSpellings"]:
            if alt in (code, row["alpha3"]) and alt not in keep_code_aliases:
                continue
            if "," in alt:
                continue
            aliases.append(alt)
        aliases += ov.get("aliases", [])
        dropped_here = drop_forms.get(code, set())
        aliases = [a for a in uniq(aliases) if fold(a) != fold(name) and fold(a) not in dropped_here
                   and "," not in a]
        adjectives, demonyms = list(row.get("adjectives", [])), list(row.get("demonyms", []))
        raw = split_demonyms(row["demonym"])
        for d in raw:
            if fold(d) in dropped_here or fold(d) == fold(name):
                continue
            if d.endswith("er") or d.endswith("ers"):  # a people noun (Icelander, New Zealander)
                demonyms.append(d if d.endswith("s") else d + "s")
            else:
                adjectives.append(d)
                if plural(d):
                    demonyms.append(plural(d))
        adjectives = [a for a in uniq(adjectives + ov.get("adjectives", [])) if fold(a) not in dropped_here]
        demonyms = [d for d in uniq(demonyms + ov.get("demonyms", [])) if fold(d) not in dropped_here]
        # An alternative spelling that is really an adjective ("Montenegrin", "Thai") is kept
        # only as the adjective.
        adjective_keys = {fold(a) for a in adjectives + demonyms}
        aliases = [a for a in aliases if fold(a) not in adjective_keys]
        entry = {
            "id": f"country:{code}", "name": name, "type": kind,
            "aliases": aliases, "adjectives": adjectives, "demonyms": demonyms,
            "capital": None, "capitalOf": None,
            "codes": [code, row["alpha3"]], "wikidata": None,
            "source": row["source"] + (" + curated supplement" if ov else ""),
        }
        if kind == "country":
            sovereign_adjectives.update(fold(a) for a in adjectives)
        capital = ov.get("capital") or row["capital"]
        if isinstance(capital, list):
            capital = capital[0] if capital else None
        if capital and kind == "country":
            cap_id = f"place:{slug(capital)}-{code.lower()}"
            entry["capital"] = cap_id
            cap_aliases = uniq(ov.get("capitalAliases", row.get("capitalAliases", [])))
            places.append({
                "id": cap_id, "name": capital, "type": "place",
                "aliases": [a for a in cap_aliases if fold(a) != fold(capital)],
                "adjectives": [], "demonyms": [],
                "capital": None, "capitalOf": entry["id"], "codes": [], "wikidata": None,
                "source": entry["source"],
            })
        # A seat of government apart from the capital ("La Paz" beside Sucre) also speaks for
        # the state, so it is a place whose `capitalOf` is the state; the capital stays.
        seat = ov.get("seatOfGovernment")
        if seat and kind == "country" and fold(seat) != fold(capital or ""):
            places.append({
                "id": f"place:{slug(seat)}-{code.lower()}", "name": seat, "type": "place",
                "aliases": [], "adjectives": [], "demonyms": [],
                "capital": None, "capitalOf": entry["id"], "codes": [], "wikidata": None,
                "source": "curated supplement (seat of government)",
            })
        entries.append(entry)

    for entry in entries:
        if entry["type"] == "territory":
            keep = [a for a in entry["adjectives"] if fold(a) not in sovereign_adjectives]
            dropped = {fold(plural(a)) for a in entry["adjectives"] if a not in keep and plural(a)}
            entry["adjectives"] = keep
            entry["demonyms"] = [d for d in entry["demonyms"] if fold(d) not in dropped]

    countries = sum(1 for e in entries if e["type"] == "country")
    kbfile.write(out_path, source + " + scripts/kb/countries-supplement.json",
                 f"{countries} states, {len(entries) - countries} territories, {len(places)} capitals ({source})",
                 entries=entries + places)


if __name__ == "__main__":
    main(sys.argv[1])
