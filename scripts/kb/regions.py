#!/usr/bin/env python3
"""Hand-curated world regions, continents and seas often named in the news.
Writes Shared/Knowledge/Data/regions.json (run by scripts/build-kb). Type: place.
"""
import sys

import kbfile

REGIONS = [
    ("africa", "Africa", [], ["African"], ["Africans"]),
    ("north-africa", "North Africa", ["Maghreb"], ["North African"], []),
    ("west-africa", "West Africa", [], ["West African"], []),
    ("east-africa", "East Africa", [], ["East African"], []),
    ("southern-africa", "Southern Africa", [], [], []),
    ("sub-saharan-africa", "Sub-Saharan Africa", ["sub-Saharan Africa"], ["sub-Saharan"], []),
    ("horn-of-africa", "Horn of Africa", [], [], []),
    ("sahel", "Sahel", ["the Sahel"], [], []),
    ("asia", "Asia", [], ["Asian"], ["Asians"]),
    ("central-asia", "Central Asia", [], ["Central Asian"], []),
    ("south-asia", "South Asia", [], ["South Asian"], []),
    ("southeast-asia", "Southeast Asia", ["South-East Asia", "South East Asia"], ["Southeast Asian"], []),
    ("east-asia", "East Asia", [], ["East Asian"], []),
    ("indo-pacific", "Indo-Pacific", [], [], []),
    ("asia-pacific", "Asia-Pacific", ["Asia Pacific"], [], []),
    ("middle-east", "Middle East", ["Mideast"], ["Middle Eastern"], []),
    ("gulf", "Persian Gulf", ["Gulf region", "Gulf states", "Arabian Gulf"], [], []),
    ("levant", "Levant", [], ["Levantine"], []),
    ("caucasus", "Caucasus", ["South Caucasus", "North Caucasus"], ["Caucasian"], []),
    ("europe", "Europe", [], ["European"], ["Europeans"]),
    ("western-europe", "Western Europe", [], ["Western European"], []),
    ("eastern-europe", "Eastern Europe", [], ["Eastern European"], []),
    ("central-europe", "Central Europe", [], ["Central European"], []),
    ("southeast-europe", "Southeast Europe", ["South-East Europe", "Southeastern Europe", "South East Europe"], ["Southeast European"], []),
    ("balkans", "Balkans", ["Balkan Peninsula", "the Balkans"], ["Balkan"], []),
    ("western-balkans", "Western Balkans", ["West Balkans"], [], []),
    ("baltic", "Baltic states", ["Baltics", "Baltic region"], ["Baltic"], []),
    ("nordic", "Nordic countries", ["Nordics", "Scandinavia"], ["Nordic", "Scandinavian"], ["Scandinavians"]),
    ("mediterranean", "Mediterranean", ["Mediterranean Sea"], [], []),
    ("adriatic", "Adriatic", ["Adriatic Sea"], [], []),
    ("black-sea", "Black Sea", [], [], []),
    ("baltic-sea", "Baltic Sea", [], [], []),
    ("red-sea", "Red Sea", [], [], []),
    ("south-china-sea", "South China Sea", [], [], []),
    ("taiwan-strait", "Taiwan Strait", [], [], []),
    ("arctic", "Arctic", ["the Arctic"], [], []),
    ("antarctic", "Antarctic", [], [], []),
    ("americas", "Americas", ["the Americas"], [], []),
    ("north-america", "North America", [], ["North American"], ["North Americans"]),
    ("latin-america", "Latin America", [], ["Latin American"], ["Latin Americans"]),
    ("central-america", "Central America", [], ["Central American"], ["Central Americans"]),
    ("south-america", "South America", [], ["South American"], ["South Americans"]),
    ("caribbean", "Caribbean", ["the Caribbean"], [], []),
    ("oceania", "Oceania", ["Pacific Islands"], [], []),
    ("euro-atlantic", "Euro-Atlantic area", ["Euro-Atlantic"], [], []),
    ("eurozone", "Eurozone", ["euro area", "euro zone"], [], []),
    ("schengen", "Schengen Area", ["Schengen zone", "Schengen"], [], []),
    ("global-south", "Global South", [], [], []),
    ("west", "the West", ["Western countries", "Western powers"], [], []),
    ("east", "the East", [], [], []),
    ("gaza-strip", "Gaza Strip", ["Gaza"], [], ["Gazans"]),
    ("west-bank", "West Bank", [], [], []),
    ("crimea", "Crimea", ["Crimean Peninsula"], ["Crimean"], []),
    ("donbas", "Donbas", ["Donbass"], [], []),
    ("kashmir", "Kashmir", [], ["Kashmiri"], ["Kashmiris"]),
    ("kurdistan", "Kurdistan", ["Kurdistan Region"], ["Kurdish"], ["Kurds"]),
    ("nagorno-karabakh", "Nagorno-Karabakh", ["Karabakh"], [], []),
    ("transnistria", "Transnistria", [], ["Transnistrian"], []),
    ("northern-ireland", "Northern Ireland", [], ["Northern Irish"], []),
    ("scotland", "Scotland", [], ["Scottish"], ["Scots"]),
    ("wales", "Wales", [], ["Welsh"], []),
    ("england", "England", [], ["English"], []),
    ("republika-srpska", "Republika Srpska", [], [], []),
    ("vojvodina", "Vojvodina", [], [], []),
    ("catalonia", "Catalonia", [], ["Catalan"], ["Catalans"]),
    ("tibet", "Tibet", [], ["Tibetan"], ["Tibetans"]),
    ("xinjiang", "Xinjiang", [], [], []),
]


def main(out_path):
    entries = [{
        "id": f"place:{suffix}", "name": name, "type": "place", "aliases": aliases,
        "adjectives": adjectives, "demonyms": demonyms, "capital": None, "capitalOf": None,
        "codes": [], "wikidata": None, "source": "curated (scripts/kb/regions.py)",
    } for suffix, name, aliases, adjectives, demonyms in REGIONS]
    assert len({e["id"] for e in entries}) == len(entries)
    kbfile.write(out_path, "curated (scripts/kb/regions.py)", f"{len(entries)} regions",
                 entries=entries)


if __name__ == "__main__":
    main(sys.argv[1])
