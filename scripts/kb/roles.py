#!/usr/bin/env python3
"""Hand-curated titles and offices. Writes Shared/Knowledge/Data/roles.json (run by scripts/build-kb).

Minister titles are generated from portfolio spellings ("Defence"/"Defense") in the common
English patterns: "<P> Minister", "Minister of <P>", "Minister for <P>", "<P> Secretary".
Forms match in any case ("the defence minister").
"""
import sys

import kbfile

# id, display name, rank, forms
ROLES = [
    ("head-of-state", "Head of State", 100, ["head of state"]),
    ("president", "President", 95, ["president", "Pres."]),
    ("vice-president", "Vice President", 80, ["vice-president", "vice president", "VP"]),
    ("monarch", "Monarch", 95, ["king", "queen", "emperor", "empress", "emir", "sultan", "crown prince"]),
    ("prime-minister", "Prime Minister", 90, ["prime minister", "premier", "PM", "chancellor", "taoiseach", "head of government"]),
    ("deputy-prime-minister", "Deputy Prime Minister", 75, ["deputy prime minister", "deputy PM", "vice premier", "vice-premier", "vice chancellor", "vice-chancellor", "first deputy prime minister"]),
    ("minister", "Minister", 60, ["minister", "cabinet minister"]),
    ("deputy-minister", "Deputy Minister", 50, ["deputy minister", "state secretary", "undersecretary", "under-secretary", "junior minister"]),
    ("secretary-general", "Secretary-General", 85, ["secretary general", "secretary-general", "SG"]),
    ("deputy-secretary-general", "Deputy Secretary-General", 70, ["deputy secretary general", "deputy secretary-general"]),
    ("high-representative", "High Representative", 80, ["high representative", "EU foreign policy chief", "foreign policy chief"]),
    ("commissioner", "Commissioner", 65, ["commissioner", "European Commissioner", "EU commissioner"]),
    ("speaker", "Speaker", 75, ["speaker of parliament", "parliament speaker", "speaker of the house", "speaker of the assembly", "speaker"]),
    ("member-of-parliament", "Member of Parliament", 40, ["member of parliament", "MP", "lawmaker", "legislator", "MEP", "member of the European Parliament", "congressman", "congresswoman", "senator", "parliamentarian", "assemblyman", "assemblywoman"]),
    ("party-leader", "Party Leader", 60, ["party leader", "opposition leader", "leader of the opposition", "party chairman", "party chair", "party president"]),
    ("governor", "Governor", 55, ["governor"]),
    ("mayor", "Mayor", 50, ["mayor"]),
    ("ambassador", "Ambassador", 55, ["ambassador", "envoy", "special envoy", "chargé d'affaires", "special representative", "emissary", "consul", "consul general"]),
    ("spokesperson", "Spokesperson", 35, ["spokesperson", "spokesman", "spokeswoman", "press secretary", "spokes-person"]),
    ("chief-of-staff", "Chief of Staff", 55, ["chief of staff"]),
    ("chief-of-general-staff", "Chief of the General Staff", 65, ["chief of the general staff", "chief of general staff", "chief of defence staff", "chief of defense staff", "army chief", "military chief", "chairman of the joint chiefs of staff", "joint chiefs chairman"]),
    ("commander", "Commander", 55, ["commander", "commander-in-chief", "commander in chief", "admiral", "brigadier", "colonel", "lieutenant", "major general", "lieutenant general"]),
    ("national-security-adviser", "National Security Adviser", 70, ["national security adviser", "national security advisor", "NSA"]),
    ("adviser", "Adviser", 40, ["adviser", "advisor", "aide", "senior adviser", "senior advisor", "counsellor"]),
    ("judge", "Judge", 55, ["judge", "chief justice", "magistrate"]),
    ("prosecutor", "Prosecutor", 55, ["prosecutor", "chief prosecutor", "attorney general", "public prosecutor", "special prosecutor", "state prosecutor"]),
    ("police-chief", "Police Chief", 45, ["police chief", "police commissioner", "chief of police", "director of police", "police director"]),
    ("intelligence-chief", "Intelligence Chief", 60, ["intelligence chief", "spy chief", "director of national intelligence", "head of intelligence"]),
    ("central-bank-governor", "Central Bank Governor", 60, ["central bank governor", "central bank chief", "governor of the central bank"]),
    ("ceo", "Chief Executive", 50, ["chief executive", "CEO", "chief executive officer", "managing director", "chairman", "chairwoman", "executive director", "director general", "director-general", "president and CEO"]),
    ("analyst", "Analyst", 20, ["analyst", "expert", "researcher", "political scientist", "commentator"]),
    ("journalist", "Journalist", 20, ["journalist", "reporter", "correspondent", "editor", "columnist"]),
    ("official", "Official", 30, ["official", "senior official", "government official", "diplomat", "senior diplomat", "officer"]),
    ("religious-leader", "Religious Leader", 60, ["pope", "patriarch", "archbishop", "bishop", "imam", "grand mufti", "mufti", "rabbi", "chief rabbi", "cardinal", "ayatollah", "supreme leader"]),
]

# id, display portfolio, portfolio spellings, extra forms
PORTFOLIOS = [
    ("defence-minister", "Defence", ["Defence", "Defense"], ["Secretary of Defense", "Defense Secretary", "Defence Secretary", "Secretary of State for Defence", "war minister", "Secretary of War", "Pentagon chief"]),
    ("foreign-minister", "Foreign", ["Foreign Affairs", "Foreign Affairs and Trade", "Europe and Foreign Affairs", "Foreign Affairs and International Cooperation"], ["Foreign Minister", "Foreign Secretary", "Secretary of State", "US Secretary of State", "top diplomat", "chief diplomat", "Minister of Foreign and European Affairs", "Foreign and European Affairs Minister"]),
    ("interior-minister", "Interior", ["Interior", "Internal Affairs", "Home Affairs"], ["Home Secretary", "Secretary of Homeland Security", "Homeland Security Secretary"]),
    ("finance-minister", "Finance", ["Finance", "Economy and Finance", "the Treasury", "Treasury"], ["Chancellor of the Exchequer", "Treasury Secretary", "Secretary of the Treasury"]),
    ("economy-minister", "Economy", ["Economy", "Economic Affairs", "Economic Development", "Trade", "Industry", "Commerce", "Trade and Industry"], ["Commerce Secretary", "Trade Secretary", "Trade Representative"]),
    ("justice-minister", "Justice", ["Justice", "Law", "Justice and Human Rights"], ["Attorney General", "Justice Secretary"]),
    ("health-minister", "Health", ["Health", "Health and Social Care"], ["Health Secretary", "Secretary of Health and Human Services"]),
    ("education-minister", "Education", ["Education", "Education and Science", "Higher Education"], ["Education Secretary"]),
    ("energy-minister", "Energy", ["Energy", "Energy and Mining", "Oil", "Petroleum"], ["Energy Secretary"]),
    ("environment-minister", "Environment", ["Environment", "Climate", "Climate Change", "Environment and Climate"], ["Environment Secretary", "climate envoy"]),
    ("agriculture-minister", "Agriculture", ["Agriculture", "Agriculture and Food"], ["Agriculture Secretary"]),
    ("labour-minister", "Labour", ["Labour", "Labor", "Employment", "Labour and Social Affairs", "Social Affairs"], ["Labor Secretary", "Work and Pensions Secretary"]),
    ("transport-minister", "Transport", ["Transport", "Transportation", "Infrastructure"], ["Transportation Secretary", "Transport Secretary"]),
    ("culture-minister", "Culture", ["Culture", "Culture and Media", "Information"], ["Culture Secretary"]),
    ("european-affairs-minister", "European Affairs", ["European Affairs", "European Integration", "EU Affairs"], []),
    ("diaspora-minister", "Diaspora", ["Diaspora"], []),
    ("minority-minister", "Minority Affairs", ["Minority Affairs", "Communities and Returns", "Human and Minority Rights"], []),
    ("digital-minister", "Digital", ["Digital Affairs", "Telecommunications", "Technology"], []),
]


def portfolio_forms(spellings):
    forms = []
    for p in spellings:
        forms += [f"{p} Minister", f"Minister of {p}", f"Minister for {p}", f"{p} Secretary"]
    return forms


# Bodies a country adjective or possessive can qualify ("the Serbian army", "Croatia's
# parliament"); emitted with kind "institution".
INSTITUTIONS = [
    ("government", "Government", ["government", "cabinet", "administration", "authorities", "council of ministers"]),
    ("presidency", "Presidency", ["presidency", "presidential office", "office of the president", "president's office"]),
    ("prime-ministers-office", "Prime Minister's Office", ["prime minister's office", "office of the prime minister", "PMO"]),
    ("parliament", "Parliament", ["parliament", "national assembly", "legislature", "congress", "senate", "house of representatives", "lower house", "upper house", "assembly"]),
    ("foreign-ministry", "Foreign Ministry", ["foreign ministry", "ministry of foreign affairs", "foreign office", "MFA", "ministry of foreign and european affairs", "ministry for foreign affairs", "ministry of europe and foreign affairs"]),
    ("defence-ministry", "Defence Ministry", ["defence ministry", "defense ministry", "ministry of defence", "ministry of defense", "MoD", "defence department", "defense department", "department of defense"]),
    ("interior-ministry", "Interior Ministry", ["interior ministry", "ministry of interior", "ministry of the interior", "ministry of internal affairs", "home office", "department of homeland security"]),
    ("finance-ministry", "Finance Ministry", ["finance ministry", "ministry of finance", "treasury", "ministry of economy and finance"]),
    ("economy-ministry", "Economy Ministry", ["economy ministry", "ministry of economy", "ministry of the economy", "trade ministry", "ministry of trade", "commerce department"]),
    ("justice-ministry", "Justice Ministry", ["justice ministry", "ministry of justice", "justice department", "department of justice"]),
    ("health-ministry", "Health Ministry", ["health ministry", "ministry of health"]),
    ("education-ministry", "Education Ministry", ["education ministry", "ministry of education"]),
    ("energy-ministry", "Energy Ministry", ["energy ministry", "ministry of energy"]),
    ("armed-forces", "Armed Forces", ["armed forces", "army", "defence forces", "defense forces", "general staff", "troops", "forces"]),
    ("navy", "Navy", ["navy", "naval forces"]),
    ("air-force", "Air Force", ["air force", "air forces"]),
    ("police", "Police", ["police", "police force", "national police", "security forces", "gendarmerie"]),
    ("intelligence-service", "Intelligence Service", ["intelligence service", "intelligence services", "intelligence agency", "security service", "secret service", "spy agency"]),
    ("central-bank", "Central Bank", ["central bank", "national bank", "reserve bank"]),
    ("constitutional-court", "Constitutional Court", ["constitutional court"]),
    ("supreme-court", "Supreme Court", ["supreme court", "high court", "court of appeal"]),
    ("prosecutors-office", "Prosecutor's Office", ["prosecutor's office", "prosecution", "public prosecutor's office", "office of the prosecutor"]),
    ("election-commission", "Election Commission", ["election commission", "electoral commission", "central election commission"]),
    ("embassy", "Embassy", ["embassy", "consulate"]),
    ("state-media", "State Media", ["state media", "state television", "state broadcaster", "public broadcaster", "state-run media", "state news agency"]),
    ("ruling-party", "Ruling Party", ["ruling party", "ruling coalition", "governing party", "governing coalition"]),
    ("opposition", "Opposition", ["opposition", "opposition parties"]),
]


UNCOUNTABLE = {"police", "media", "prosecution", "opposition", "gendarmerie", "intelligence", "treasury"}


def plural_word(word):
    if word.isupper():
        return word + "s"
    lower = word.lower()
    if lower in UNCOUNTABLE or lower.endswith("s"):
        return word
    for singular, plural in (("person", "people"), ("man", "men"), ("woman", "women"), ("chief", "chiefs")):
        if lower.endswith(singular):
            return word[: len(word) - len(singular)] + plural
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    if lower.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def plural_form(form):
    """ "Defence Minister" -> "Defence Ministers", "Minister of Defence" -> "Ministers of Defence"."""
    words = form.split(" ")
    for i, word in enumerate(words):
        if i > 0 and word in ("of", "for", "to", "in") :
            words[i - 1] = plural_word(words[i - 1])
            return " ".join(words)
    words[-1] = plural_word(words[-1])
    return " ".join(words)


def with_plurals(forms):
    out = []
    for form in forms:
        out.append(form)
        if not form.endswith(".") and "'" not in form:
            out.append(plural_form(form))
    return list(dict.fromkeys(out))


def main(out_path):
    roles = []
    for role_id, name, rank, forms in ROLES:
        roles.append({"id": role_id, "name": name, "rank": rank, "forms": with_plurals(forms)})
    for role_id, display, spellings, extra in PORTFOLIOS:
        forms = portfolio_forms(spellings) + extra
        deputy = [f"Deputy {f}" for f in portfolio_forms(spellings[:1])]
        roles.append({"id": role_id, "name": f"{display} Minister", "rank": 70, "forms": with_plurals(forms)})
        roles.append({"id": "deputy-" + role_id, "name": f"Deputy {display} Minister", "rank": 50,
                      "forms": with_plurals(deputy)})
    for role_id, name, forms in INSTITUTIONS:
        roles.append({"id": role_id, "name": name, "kind": "institution", "forms": with_plurals(forms)})
    seen = set()
    for r in roles:
        assert r["id"] not in seen, r["id"]
        seen.add(r["id"])
    kbfile.write(out_path, "curated (scripts/kb/roles.py)", f"{len(roles)} roles",
                 roles=roles)


if __name__ == "__main__":
    main(sys.argv[1])
