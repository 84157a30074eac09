#!/usr/bin/env python3
"""Hand-curated named national institutions and their metonyms ("the Kremlin", "Downing Street"),
each linked to its state with partOf. Writes Shared/Knowledge/Data/institutions.json.
"""
import sys

import kbfile

# id suffix, name, aliases, partOf (state or organisation id)
INSTITUTIONS = [
    ("white-house", "White House", ["the White House"], "country:US"),
    ("pentagon", "Pentagon", ["US Department of Defense", "U.S. Department of Defense"], "country:US"),
    ("us-state-department", "State Department", ["US State Department", "U.S. State Department", "Department of State"], "country:US"),
    ("us-congress", "US Congress", ["U.S. Congress", "Capitol Hill", "United States Congress"], "country:US"),
    ("us-senate", "US Senate", ["U.S. Senate", "United States Senate"], "country:US"),
    ("cia", "Central Intelligence Agency", ["CIA"], "country:US"),
    ("fbi", "Federal Bureau of Investigation", ["FBI"], "country:US"),
    ("kremlin", "Kremlin", ["the Kremlin"], "country:RU"),
    ("state-duma", "State Duma", ["Duma"], "country:RU"),
    ("fsb", "Federal Security Service", ["FSB"], "country:RU"),
    ("downing-street", "Downing Street", ["Number 10"], "country:GB"),
    ("whitehall", "Whitehall", [], "country:GB"),
    ("uk-parliament", "Westminster", ["House of Commons", "House of Lords"], "country:GB"),
    ("mi6", "Secret Intelligence Service", ["MI6"], "country:GB"),
    ("elysee", "Élysée Palace", ["Élysée", "Elysee", "Elysee Palace"], "country:FR"),
    ("quai-dorsay", "Quai d'Orsay", [], "country:FR"),
    ("bundestag", "Bundestag", [], "country:DE"),
    ("bundeswehr", "Bundeswehr", [], "country:DE"),
    ("german-chancellery", "German Chancellery", ["Kanzleramt"], "country:DE"),
    ("knesset", "Knesset", [], "country:IL"),
    ("idf", "Israel Defense Forces", ["IDF"], "country:IL"),
    ("verkhovna-rada", "Verkhovna Rada", ["Rada"], "country:UA"),
    ("zhongnanhai", "Zhongnanhai", [], "country:CN"),
    ("pla", "People's Liberation Army", ["PLA"], "country:CN"),
    ("ccp", "Chinese Communist Party", ["Communist Party of China", "CCP", "CPC"], "country:CN"),
    ("npc", "National People's Congress", ["NPC"], "country:CN"),
    ("sejm", "Sejm", [], "country:PL"),
    ("lok-sabha", "Lok Sabha", [], "country:IN"),
    ("national-diet", "National Diet", ["Japanese Diet"], "country:JP"),
    ("majlis", "Majlis", ["Islamic Consultative Assembly"], "country:IR"),
    ("irgc", "Islamic Revolutionary Guard Corps", ["IRGC", "Revolutionary Guards"], "country:IR"),
    ("tbmm", "Grand National Assembly of Turkey", ["Turkish parliament"], "country:TR"),
    ("blue-house", "Presidential Office of South Korea", ["Blue House", "Yongsan"], "country:KR"),
    ("planalto", "Planalto Palace", ["Planalto"], "country:BR"),
    ("casa-rosada", "Casa Rosada", [], "country:AR"),
    ("palacio-nacional", "National Palace of Mexico", ["Palacio Nacional"], "country:MX"),
    ("storting", "Storting", [], "country:NO"),
    ("riksdag", "Riksdag", [], "country:SE"),
    ("folketing", "Folketing", [], "country:DK"),
    ("eduskunta", "Eduskunta", [], "country:FI"),
    ("cortes-generales", "Cortes Generales", ["Congress of Deputies"], "country:ES"),
    ("palazzo-chigi", "Palazzo Chigi", [], "country:IT"),
    ("sabor", "Sabor", ["Croatian Parliament"], "country:HR"),
    ("national-assembly-serbia", "National Assembly of Serbia", ["Serbian Parliament"], "country:RS"),
    ("serbian-armed-forces", "Serbian Armed Forces", ["Vojska Srbije"], "country:RS"),
    ("kosovo-assembly", "Assembly of Kosovo", ["Kosovo Assembly"], "country:XK"),
    ("kosovo-security-force", "Kosovo Security Force", ["KSF", "Kosovo Security Forces"], "country:XK"),
    ("albanian-parliament", "Parliament of Albania", ["Kuvendi", "Albanian Parliament"], "country:AL"),
    ("hungarian-parliament", "National Assembly of Hungary", ["Országgyűlés"], "country:HU"),
    ("un-secretary-general-office", "Executive Office of the Secretary-General", ["EOSG"], "org:un"),
]


def main(out_path):
    entries = [{
        "id": f"org:{suffix}", "name": name, "type": "organization", "aliases": aliases,
        "adjectives": [], "demonyms": [], "capital": None, "capitalOf": None, "partOf": part_of,
        "codes": [], "wikidata": None, "source": "curated (scripts/kb/institutions.py)",
    } for suffix, name, aliases, part_of in INSTITUTIONS]
    assert len({e["id"] for e in entries}) == len(entries)
    kbfile.write(out_path, "curated (scripts/kb/institutions.py)", f"{len(entries)} named institutions",
                 entries=entries)


if __name__ == "__main__":
    main(sys.argv[1])
