#!/usr/bin/env python3
"""Hand-curated list of international organisations, blocs, courts, agencies, NGOs and news
organisations. Writes Shared/Knowledge/Data/organizations.json (run by scripts/build-kb).

Each row: id suffix, display name, aliases (abbreviations and other names; all-capital
abbreviations of up to three letters only match when written in capitals).
"""
import sys

import kbfile

ORGS = [
    # United Nations system
    ("un", "United Nations", ["UN", "U.N.", "UNO"]),
    ("un-security-council", "United Nations Security Council", ["UN Security Council", "U.N. Security Council", "UNSC", "Security Council"]),
    ("un-general-assembly", "United Nations General Assembly", ["UN General Assembly", "U.N. General Assembly", "UNGA", "General Assembly"]),
    ("un-secretariat", "United Nations Secretariat", ["UN Secretariat"]),
    ("un-human-rights-council", "United Nations Human Rights Council", ["UN Human Rights Council", "UNHRC", "Human Rights Council"]),
    ("ohchr", "Office of the UN High Commissioner for Human Rights", ["OHCHR", "UN human rights office", "UN Human Rights Office"]),
    ("unhcr", "UNHCR", ["UN Refugee Agency", "United Nations High Commissioner for Refugees", "UN refugee agency", "Office of the United Nations High Commissioner for Refugees"]),
    ("unicef", "UNICEF", ["United Nations Children's Fund", "UN Children's Fund", "Unicef"]),
    ("undp", "United Nations Development Programme", ["UNDP", "UN Development Programme"]),
    ("unesco", "UNESCO", ["United Nations Educational, Scientific and Cultural Organization", "Unesco"]),
    ("wfp", "World Food Programme", ["WFP", "UN World Food Programme", "World Food Program"]),
    ("unrwa", "UNRWA", ["United Nations Relief and Works Agency", "UN Relief and Works Agency", "Unrwa"]),
    ("ocha", "UN Office for the Coordination of Humanitarian Affairs", ["OCHA", "UN OCHA", "UN humanitarian office"]),
    ("iaea", "International Atomic Energy Agency", ["IAEA", "UN nuclear watchdog"]),
    ("who", "World Health Organization", ["WHO", "World Health Organisation"]),
    ("fao", "Food and Agriculture Organization", ["FAO", "UN Food and Agriculture Organization"]),
    ("ilo", "International Labour Organization", ["ILO", "International Labor Organization"]),
    ("iom", "International Organization for Migration", ["IOM", "UN migration agency"]),
    ("unmik", "United Nations Interim Administration Mission in Kosovo", ["UNMIK"]),
    ("unifil", "United Nations Interim Force in Lebanon", ["UNIFIL"]),
    ("monusco", "MONUSCO", ["United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"]),
    ("unep", "United Nations Environment Programme", ["UNEP", "UN Environment Programme"]),
    ("unfccc", "UN Framework Convention on Climate Change", ["UNFCCC", "United Nations Framework Convention on Climate Change"]),
    ("ipcc", "Intergovernmental Panel on Climate Change", ["IPCC"]),
    # Finance and trade
    ("imf", "International Monetary Fund", ["IMF"]),
    ("world-bank", "World Bank", ["World Bank Group"]),
    ("wto", "World Trade Organization", ["WTO", "World Trade Organisation"]),
    ("oecd", "Organisation for Economic Co-operation and Development", ["OECD", "Organization for Economic Cooperation and Development"]),
    ("ebrd", "European Bank for Reconstruction and Development", ["EBRD"]),
    ("eib", "European Investment Bank", ["EIB"]),
    ("ecb", "European Central Bank", ["ECB"]),
    ("federal-reserve", "Federal Reserve", ["US Federal Reserve", "Federal Reserve System"]),
    ("adb", "Asian Development Bank", ["ADB"]),
    ("aiib", "Asian Infrastructure Investment Bank", ["AIIB"]),
    ("opec", "OPEC", ["Organization of the Petroleum Exporting Countries", "Opec", "OPEC+"]),
    # Security and political blocs
    ("nato", "NATO", ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "Nato", "North Atlantic Alliance"]),
    ("eu", "European Union", ["EU", "E.U."]),
    ("european-commission", "European Commission", ["EU Commission", "EC"]),
    ("european-parliament", "European Parliament", ["EU Parliament", "Europarliament"]),
    ("council-of-the-eu", "Council of the European Union", ["Council of the EU", "EU Council"]),
    ("european-council", "European Council", []),
    ("eeas", "European External Action Service", ["EEAS", "EU diplomatic service"]),
    ("frontex", "Frontex", ["European Border and Coast Guard Agency"]),
    ("europol", "Europol", ["European Union Agency for Law Enforcement Cooperation"]),
    ("eulex", "EULEX", ["European Union Rule of Law Mission in Kosovo", "EU rule of law mission"]),
    ("osce", "Organization for Security and Co-operation in Europe", ["OSCE", "Organisation for Security and Co-operation in Europe"]),
    ("council-of-europe", "Council of Europe", ["CoE"]),
    ("echr-court", "European Court of Human Rights", ["ECtHR", "Strasbourg court"]),
    ("cjeu", "Court of Justice of the European Union", ["CJEU", "European Court of Justice", "ECJ"]),
    ("kfor", "Kosovo Force", ["KFOR", "NATO-led peacekeeping force"]),
    ("csto", "Collective Security Treaty Organization", ["CSTO"]),
    ("sco", "Shanghai Cooperation Organisation", ["SCO", "Shanghai Cooperation Organization"]),
    ("cis", "Commonwealth of Independent States", ["CIS"]),
    ("eaeu", "Eurasian Economic Union", ["EAEU", "EEU"]),
    ("african-union", "African Union", ["AU"]),
    ("ecowas", "Economic Community of West African States", ["ECOWAS", "Ecowas"]),
    ("sadc", "Southern African Development Community", ["SADC"]),
    ("igad", "Intergovernmental Authority on Development", ["IGAD"]),
    ("asean", "Association of Southeast Asian Nations", ["ASEAN", "Asean"]),
    ("apec", "Asia-Pacific Economic Cooperation", ["APEC", "Apec"]),
    ("quad", "Quadrilateral Security Dialogue", ["Quad"]),
    ("aukus", "AUKUS", ["Aukus"]),
    ("arab-league", "Arab League", ["League of Arab States"]),
    ("gcc", "Gulf Cooperation Council", ["GCC", "Cooperation Council for the Arab States of the Gulf"]),
    ("oic", "Organisation of Islamic Cooperation", ["OIC", "Organization of Islamic Cooperation"]),
    ("oas", "Organization of American States", ["OAS"]),
    ("mercosur", "Mercosur", ["Mercosul", "Southern Common Market"]),
    ("celac", "Community of Latin American and Caribbean States", ["CELAC"]),
    ("caricom", "Caribbean Community", ["CARICOM", "Caricom"]),
    ("commonwealth", "Commonwealth of Nations", []),
    ("g7", "G7", ["Group of Seven", "G-7"]),
    ("g20", "G20", ["Group of Twenty", "G-20"]),
    ("brics", "BRICS", ["Brics"]),
    ("berlin-process", "Berlin Process", []),
    ("cefta", "Central European Free Trade Agreement", ["CEFTA"]),
    ("rcc", "Regional Cooperation Council", ["RCC"]),
    # Courts and law enforcement
    ("icc", "International Criminal Court", ["ICC"]),
    ("icj", "International Court of Justice", ["ICJ", "World Court"]),
    ("pca", "Permanent Court of Arbitration", ["PCA"]),
    ("icty", "International Criminal Tribunal for the former Yugoslavia", ["ICTY", "Hague tribunal"]),
    ("kosovo-specialist-chambers", "Kosovo Specialist Chambers", ["Specialist Chambers"]),
    ("interpol", "Interpol", ["International Criminal Police Organization", "INTERPOL"]),
    # Humanitarian and rights organisations
    ("icrc", "International Committee of the Red Cross", ["ICRC", "Red Cross"]),
    ("ifrc", "International Federation of Red Cross and Red Crescent Societies", ["IFRC", "Red Crescent"]),
    ("msf", "Médecins Sans Frontières", ["MSF", "Doctors Without Borders"]),
    ("amnesty", "Amnesty International", ["Amnesty"]),
    ("hrw", "Human Rights Watch", ["HRW"]),
    ("transparency-international", "Transparency International", []),
    ("rsf", "Reporters Without Borders", ["RSF", "Reporters sans frontières"]),
    ("cpj", "Committee to Protect Journalists", ["CPJ"]),
    ("freedom-house", "Freedom House", []),
    ("oxfam", "Oxfam", ["Oxfam International"]),
    ("save-the-children", "Save the Children", []),
    ("greenpeace", "Greenpeace", []),
    ("wef", "World Economic Forum", ["WEF", "Davos forum"]),
    ("sipri", "Stockholm International Peace Research Institute", ["SIPRI"]),
    ("iiss", "International Institute for Strategic Studies", ["IISS"]),
    ("isw", "Institute for the Study of War", ["ISW"]),
    # News agencies and broadcasters
    ("reuters", "Reuters", ["Thomson Reuters"]),
    ("ap", "Associated Press", ["AP", "The Associated Press"]),
    ("afp", "Agence France-Presse", ["AFP", "Agence France Presse"]),
    ("dpa", "Deutsche Presse-Agentur", ["dpa", "DPA"]),
    ("efe", "EFE", ["Agencia EFE"]),
    ("ansa", "ANSA", ["Agenzia Nazionale Stampa Associata"]),
    ("upi", "United Press International", ["UPI"]),
    ("bloomberg", "Bloomberg", ["Bloomberg News"]),
    ("xinhua", "Xinhua", ["Xinhua News Agency"]),
    ("tass", "TASS", ["Tass"]),
    ("ria-novosti", "RIA Novosti", ["RIA"]),
    ("interfax", "Interfax", []),
    ("anadolu", "Anadolu Agency", ["Anadolu"]),
    ("kyodo", "Kyodo News", ["Kyodo"]),
    ("yonhap", "Yonhap", ["Yonhap News Agency"]),
    ("pti", "Press Trust of India", ["PTI"]),
    ("bbc", "BBC", ["British Broadcasting Corporation", "BBC News"]),
    ("cnn", "CNN", ["Cable News Network"]),
    ("al-jazeera", "Al Jazeera", ["Al-Jazeera", "Aljazeera"]),
    ("dw", "Deutsche Welle", ["DW"]),
    ("france-24", "France 24", []),
    ("rfi", "Radio France Internationale", ["RFI"]),
    ("euronews", "Euronews", []),
    ("rferl", "Radio Free Europe/Radio Liberty", ["RFE/RL", "Radio Free Europe", "Radio Liberty"]),
    ("voa", "Voice of America", ["VOA"]),
    ("rt", "RT", ["Russia Today"]),
    ("sputnik", "Sputnik", ["Sputnik News"]),
    ("cgtn", "CGTN", ["China Global Television Network"]),
    ("nhk", "NHK", ["Japan Broadcasting Corporation"]),
    ("balkan-insight", "Balkan Insight", ["BIRN", "Balkan Investigative Reporting Network"]),
    ("n1", "N1", []),
    ("new-york-times", "The New York Times", ["New York Times", "NYT"]),
    ("washington-post", "The Washington Post", ["Washington Post"]),
    ("wall-street-journal", "The Wall Street Journal", ["Wall Street Journal", "WSJ"]),
    ("guardian", "The Guardian", []),
    ("financial-times", "Financial Times", ["FT"]),
    ("economist", "The Economist", []),
    ("politico", "Politico", ["POLITICO", "Politico Europe"]),
]


# Sub-bodies and the organisation or state they belong to.
PART_OF = {"un-security-council": "org:un", "un-general-assembly": "org:un", "un-secretariat": "org:un", "un-human-rights-council": "org:un", "ohchr": "org:un", "unhcr": "org:un", "unicef": "org:un", "undp": "org:un", "unesco": "org:un", "wfp": "org:un", "unrwa": "org:un", "ocha": "org:un", "iaea": "org:un", "who": "org:un", "fao": "org:un", "ilo": "org:un", "iom": "org:un", "unmik": "org:un", "unifil": "org:un", "monusco": "org:un", "unep": "org:un", "unfccc": "org:un", "icj": "org:un", "european-commission": "org:eu", "european-parliament": "org:eu", "council-of-the-eu": "org:eu", "european-council": "org:eu", "eeas": "org:eu", "frontex": "org:eu", "europol": "org:eu", "eulex": "org:eu", "ecb": "org:eu", "eib": "org:eu", "cjeu": "org:eu", "kfor": "org:nato", "echr-court": "org:council-of-europe", "federal-reserve": "country:US"}


# Seats that news names for the organisation itself ("Brussels insists" = the EU): the capital
# entry stored as the organisation's `capital`. The resolver reads such a capital acting as a
# government as the organisation when the document has named it, else as the host state.
SEATS = {
    "eu": "place:brussels-be",
}


def main(out_path):
    entries = []
    seen = set()
    for suffix, name, aliases in ORGS:
        entry_id = f"org:{suffix}"
        assert entry_id not in seen, entry_id
        seen.add(entry_id)
        entries.append({
            "id": entry_id, "name": name, "type": "organization", "aliases": aliases,
            "adjectives": [], "demonyms": [], "capital": SEATS.get(suffix), "capitalOf": None,
            "partOf": PART_OF.get(suffix), "codes": [],
            "wikidata": None, "source": "curated (scripts/kb/organizations.py)",
        })
    kbfile.write(out_path, "curated (scripts/kb/organizations.py)", f"{len(entries)} organisations",
                 entries=entries)


if __name__ == "__main__":
    main(sys.argv[1])
