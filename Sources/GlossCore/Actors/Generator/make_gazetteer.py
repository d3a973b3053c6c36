#!/usr/bin/env python3
"""Generates ../GazetteerData.swift: the actor gazetteer compiled into GlossCore.

    python3 Sources/GlossCore/Actors/Generator/make_gazetteer.py [path/to/iso_3166-1.json]

Countries come from Debian's iso-codes (iso_3166-1.json: name, common_name, official_name).
Everything else -- canonical-name overrides, extra aliases, demonyms, capitals, dependent
territories, historical states, regions, organisations and the word lists the extractor uses
(titles, organisational heads, stop words) -- is in the tables below. Edit them and re-run.
The output is deterministic (sorted), so a re-run without changes gives an identical file.
"""
import json, os, sys

ISO = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "GazetteerData.swift")

# Canonical names where the ISO short name is a long or official form.
CANONICAL = {
    "BO": "Bolivia", "BN": "Brunei", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "CV": "Cape Verde", "CZ": "Czech Republic", "FM": "Micronesia", "GB": "United Kingdom", "IR": "Iran",
    "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine",
    "RU": "Russia", "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania", "US": "United States",
    "VA": "Vatican City", "VE": "Venezuela", "VN": "Vietnam", "TR": "Turkey", "NL": "Netherlands",
    "FK": "Falkland Islands", "VG": "British Virgin Islands", "VI": "US Virgin Islands",
    "MF": "Saint Martin", "SX": "Sint Maarten", "CC": "Cocos Islands", "SZ": "Eswatini",
    "CI": "Ivory Coast", "MK": "North Macedonia", "TL": "East Timor",
}

# Extra aliases (besides the ISO name, common name and official name).
ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "KR": ["Republic of Korea", "ROK", "R.O.K."],
    "KP": ["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"],
    "RU": ["Russian Federation"], "CN": ["People's Republic of China", "PRC", "P.R.C.", "Mainland China"],
    "TW": ["Republic of China", "Chinese Taipei"], "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville"], "CZ": ["Czechia"],
    "TR": ["Türkiye", "Turkiye"], "MM": ["Burma"], "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "SZ": ["Swaziland"], "CV": ["Cabo Verde"], "TL": ["Timor-Leste"], "NL": ["Holland", "the Netherlands"],
    "VA": ["Holy See", "Vatican"], "MK": ["Macedonia"], "PS": ["State of Palestine"],
    "SA": ["KSA"], "IR": ["Persia"], "VN": ["Viet Nam"], "LA": ["Lao PDR"],
}

# Demonyms and adjectives (each maps to one state; ambiguous ones such as "Korean", "Congolese",
# "Guinean" and "Dominican" are deliberately absent).
DEMONYMS = {
    "AF": ["Afghan"], "AL": ["Albanian"], "DZ": ["Algerian"], "AD": ["Andorran"], "AO": ["Angolan"],
    "AR": ["Argentine", "Argentinian"], "AM": ["Armenian"], "AU": ["Australian"], "AT": ["Austrian"],
    "AZ": ["Azerbaijani", "Azeri"], "BS": ["Bahamian"], "BH": ["Bahraini"], "BD": ["Bangladeshi"],
    "BB": ["Barbadian"], "BY": ["Belarusian", "Belarussian"], "BE": ["Belgian"], "BZ": ["Belizean"],
    "BJ": ["Beninese"], "BT": ["Bhutanese"], "BO": ["Bolivian"], "BA": ["Bosnian"], "BW": ["Botswanan"],
    "BR": ["Brazilian"], "BN": ["Bruneian"], "BG": ["Bulgarian"], "BF": ["Burkinabe"], "BI": ["Burundian"],
    "KH": ["Cambodian"], "CM": ["Cameroonian"], "CA": ["Canadian"], "CF": ["Central African"],
    "TD": ["Chadian"], "CL": ["Chilean"], "CN": ["Chinese"], "CO": ["Colombian"], "CR": ["Costa Rican"],
    "HR": ["Croatian"], "CU": ["Cuban"], "CY": ["Cypriot"], "CZ": ["Czech"], "DK": ["Danish"],
    "DJ": ["Djiboutian"], "EC": ["Ecuadorian"], "EG": ["Egyptian"], "SV": ["Salvadoran"],
    "ER": ["Eritrean"], "EE": ["Estonian"], "ET": ["Ethiopian"], "FJ": ["Fijian"], "FI": ["Finnish"],
    "FR": ["French"], "GA": ["Gabonese"], "GM": ["Gambian"], "GE": ["Georgian"], "DE": ["German"],
    "GH": ["Ghanaian"], "GR": ["Greek"], "GT": ["Guatemalan"], "GY": ["Guyanese"], "HT": ["Haitian"],
    "HN": ["Honduran"], "HU": ["Hungarian"], "IS": ["Icelandic"], "IN": ["Indian"], "ID": ["Indonesian"],
    "IR": ["Iranian"], "IQ": ["Iraqi"], "IE": ["Irish"], "IL": ["Israeli"], "IT": ["Italian"],
    "JM": ["Jamaican"], "JP": ["Japanese"], "JO": ["Jordanian"], "KZ": ["Kazakh", "Kazakhstani"],
    "KE": ["Kenyan"], "KW": ["Kuwaiti"], "KG": ["Kyrgyz"], "LA": ["Laotian", "Lao"], "LV": ["Latvian"],
    "LB": ["Lebanese"], "LR": ["Liberian"], "LY": ["Libyan"], "LT": ["Lithuanian"],
    "LU": ["Luxembourgish"], "MG": ["Malagasy"], "MW": ["Malawian"], "MY": ["Malaysian"],
    "MV": ["Maldivian"], "ML": ["Malian"], "MT": ["Maltese"], "MR": ["Mauritanian"], "MU": ["Mauritian"],
    "MX": ["Mexican"], "MD": ["Moldovan"], "MC": ["Monegasque"], "MN": ["Mongolian"],
    "ME": ["Montenegrin"], "MA": ["Moroccan"], "MZ": ["Mozambican"], "MM": ["Myanmar", "Burmese"],
    "NA": ["Namibian"], "NP": ["Nepalese", "Nepali"], "NL": ["Dutch"], "NZ": ["New Zealand"],
    "NI": ["Nicaraguan"], "NE": ["Nigerien"], "NG": ["Nigerian"], "KP": ["North Korean"],
    "MK": ["North Macedonian", "Macedonian"], "NO": ["Norwegian"], "OM": ["Omani"],
    "PK": ["Pakistani"], "PS": ["Palestinian"], "PA": ["Panamanian"], "PG": ["Papua New Guinean"],
    "PY": ["Paraguayan"], "PE": ["Peruvian"], "PH": ["Philippine", "Filipino"], "PL": ["Polish"],
    "PT": ["Portuguese"], "QA": ["Qatari"], "RO": ["Romanian"], "RU": ["Russian"], "RW": ["Rwandan"],
    "SA": ["Saudi", "Saudi Arabian"], "SN": ["Senegalese"], "RS": ["Serbian"], "SL": ["Sierra Leonean"],
    "SG": ["Singaporean"], "SK": ["Slovak"], "SI": ["Slovenian", "Slovene"], "SO": ["Somali"],
    "ZA": ["South African"], "KR": ["South Korean"], "SS": ["South Sudanese"], "ES": ["Spanish"],
    "LK": ["Sri Lankan"], "SD": ["Sudanese"], "SR": ["Surinamese"], "SE": ["Swedish"], "CH": ["Swiss"],
    "SY": ["Syrian"], "TW": ["Taiwanese"], "TJ": ["Tajik"], "TZ": ["Tanzanian"], "TH": ["Thai"],
    "TG": ["Togolese"], "TT": ["Trinidadian"], "TN": ["Tunisian"], "TR": ["Turkish"],
    "TM": ["Turkmen"], "UG": ["Ugandan"], "UA": ["Ukrainian"], "AE": ["Emirati"],
    "GB": ["British"], "US": ["American"], "UY": ["Uruguayan"], "UZ": ["Uzbek"],
    "VE": ["Venezuelan"], "VN": ["Vietnamese"], "YE": ["Yemeni"], "ZM": ["Zambian"],
    "ZW": ["Zimbabwean"], "VA": ["Vatican"], "CV": ["Cape Verdean"], "TL": ["Timorese"],
    "XK": ["Kosovar"], "GL": ["Greenlandic"], "HK": ["Hong Konger"], "PR": ["Puerto Rican"],
}

# Capitals: places linked to their state. A capital used for a government ("Moscow said") is
# still the place; its profile names the state.
CAPITALS = {
    "AF": ["Kabul"], "AL": ["Tirana"], "DZ": ["Algiers"], "AO": ["Luanda"], "AR": ["Buenos Aires"],
    "AM": ["Yerevan"], "AU": ["Canberra"], "AT": ["Vienna"], "AZ": ["Baku"], "BH": ["Manama"],
    "BD": ["Dhaka"], "BY": ["Minsk"], "BE": ["Brussels"], "BO": ["La Paz"], "BA": ["Sarajevo"],
    "BR": ["Brasília", "Brasilia"], "BG": ["Sofia"], "KH": ["Phnom Penh"], "CA": ["Ottawa"],
    "CL": ["Santiago"], "CN": ["Beijing", "Peking"], "CO": ["Bogotá", "Bogota"], "HR": ["Zagreb"],
    "CU": ["Havana"], "CY": ["Nicosia"], "CZ": ["Prague"], "DK": ["Copenhagen"], "EG": ["Cairo"],
    "EE": ["Tallinn"], "ET": ["Addis Ababa"], "FI": ["Helsinki"], "FR": ["Paris"], "GE": ["Tbilisi"],
    "DE": ["Berlin"], "GH": ["Accra"], "GR": ["Athens"], "HU": ["Budapest"], "IS": ["Reykjavik", "Reykjavík"],
    "IN": ["New Delhi"], "ID": ["Jakarta"], "IR": ["Tehran", "Teheran"], "IQ": ["Baghdad"],
    "IE": ["Dublin"], "IL": ["Jerusalem"], "IT": ["Rome"], "JP": ["Tokyo"], "JO": ["Amman"],
    "KZ": ["Astana"], "KE": ["Nairobi"], "KW": ["Kuwait City"], "KG": ["Bishkek"], "LA": ["Vientiane"],
    "LV": ["Riga"], "LB": ["Beirut"], "LY": ["Tripoli"], "LT": ["Vilnius"], "MY": ["Kuala Lumpur"],
    "MX": ["Mexico City"], "MD": ["Chisinau", "Chișinău"], "MN": ["Ulaanbaatar", "Ulan Bator"],
    "ME": ["Podgorica"], "MA": ["Rabat"], "MM": ["Naypyidaw", "Naypyitaw"], "NP": ["Kathmandu"],
    "NL": ["Amsterdam"], "NZ": ["Wellington"], "NG": ["Abuja"], "KP": ["Pyongyang"],
    "MK": ["Skopje"], "NO": ["Oslo"], "OM": ["Muscat"], "PK": ["Islamabad"], "PS": ["Ramallah"],
    "PA": ["Panama City"], "PE": ["Lima"], "PH": ["Manila"], "PL": ["Warsaw"], "PT": ["Lisbon"],
    "QA": ["Doha"], "RO": ["Bucharest"], "RU": ["Moscow"], "RW": ["Kigali"], "SA": ["Riyadh"],
    "SN": ["Dakar"], "RS": ["Belgrade"], "SG": ["Singapore City"], "SK": ["Bratislava"],
    "SI": ["Ljubljana"], "SO": ["Mogadishu"], "ZA": ["Pretoria"], "KR": ["Seoul"], "SS": ["Juba"],
    "ES": ["Madrid"], "LK": ["Colombo"], "SD": ["Khartoum"], "SE": ["Stockholm"], "CH": ["Bern", "Berne"],
    "SY": ["Damascus"], "TW": ["Taipei"], "TJ": ["Dushanbe"], "TZ": ["Dodoma"], "TH": ["Bangkok"],
    "TN": ["Tunis"], "TR": ["Ankara"], "TM": ["Ashgabat"], "UG": ["Kampala"], "UA": ["Kyiv", "Kiev"],
    "AE": ["Abu Dhabi"], "GB": ["London"], "US": ["Washington, D.C.", "Washington", "Washington, DC",
    "Washington D.C.", "Washington DC"], "UY": ["Montevideo"], "UZ": ["Tashkent"], "VE": ["Caracas"],
    "VN": ["Hanoi"], "YE": ["Sanaa", "Sana'a"], "ZM": ["Lusaka"], "ZW": ["Harare"], "XK": ["Pristina"],
    "CD": ["Kinshasa"], "CG": ["Brazzaville"], "CI": ["Yamoussoukro"], "ML": ["Bamako"],
    "NE": ["Niamey"], "BF": ["Ouagadougou"], "TD": ["N'Djamena"], "SV": ["San Salvador"],
    "GT": ["Guatemala City"], "HN": ["Tegucigalpa"], "NI": ["Managua"], "EC": ["Quito"],
    "PY": ["Asunción", "Asuncion"], "DO": ["Santo Domingo"], "HT": ["Port-au-Prince"],
    "JM": ["Kingston"], "LU": ["Luxembourg City"], "MT": ["Valletta"], "BT": ["Thimphu"],
    "ER": ["Asmara"], "LY_": [],
}

# A second capital or the seat of government of a state: another city than the capital, so an entry of
# its own, never an alias of the capital ("The Hague" is not Amsterdam).
SECOND_CAPITALS = {"NL": ["The Hague"], "BO": ["Sucre"]}

# Territories that are not sovereign states: kept as places linked to their state.
DEPENDENT = {
    "AS": "US", "AI": "GB", "AW": "NL", "AX": "FI", "BL": "FR", "BM": "GB", "BQ": "NL", "BV": "NO",
    "CC": "AU", "CK": "NZ", "CW": "NL", "CX": "AU", "FK": "GB", "FO": "DK", "GF": "FR", "GG": "GB",
    "GI": "GB", "GL": "DK", "GP": "FR", "GS": "GB", "GU": "US", "HK": "CN", "HM": "AU", "IM": "GB",
    "IO": "GB", "JE": "GB", "KY": "GB", "MF": "FR", "MO": "CN", "MP": "US", "MQ": "FR", "MS": "GB",
    "NC": "FR", "NF": "AU", "NU": "NZ", "PF": "FR", "PM": "FR", "PN": "GB", "PR": "US", "RE": "FR",
    "SH": "GB", "SJ": "NO", "SX": "NL", "TC": "GB", "TF": "FR", "TK": "NZ", "UM": "US", "VG": "GB",
    "VI": "US", "WF": "FR", "YT": "FR",
}
NOT_STATES = {"AQ", "EH"}  # Antarctica, Western Sahara: places without a state

# States missing from ISO 3166-1 (historical or not listed): code, name, aliases, demonyms.
EXTRA_STATES = [
    ("XK", "Kosovo", [], []),
    ("SU", "Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"], ["Soviet"]),
    ("DD", "East Germany", ["German Democratic Republic", "GDR"], ["East German"]),
    ("YU", "Yugoslavia", [], ["Yugoslav", "Yugoslavian"]),
    ("CS", "Czechoslovakia", [], ["Czechoslovak"]),
    ("RH", "Rhodesia", [], ["Rhodesian"]), ("XC", "Ceylon", [], ["Ceylonese"]), ("ZR", "Zaire", [], ["Zairean"]),
    ("XS", "Siam", [], []), ("XP", "Prussia", [], ["Prussian"]), ("XO", "Ottoman Empire", [], ["Ottoman"]),
    ("XA", "Austria-Hungary", ["Austro-Hungarian Empire"], ["Austro-Hungarian"]),
    ("DE-W", "West Germany", ["Federal Republic of Germany"], ["West German"]),
    ("VD", "South Vietnam", [], ["South Vietnamese"]), ("XD", "Dahomey", [], []), ("HV", "Upper Volta", [], []),
    ("XK-K", "Kampuchea", [], []), ("XB", "Bophuthatswana", [], []), ("XT", "Transvaal", [], []),
]

# The UK's countries and subdivisions with demonyms of their own (the place table has the others,
# without adjectives): name, aliases, adjectives, state code.
SUBDIVISIONS = [
    # "English" names a language as often as England, so only its people's words are England's.
    ("England", [], ["Englishman", "Englishmen", "Englishwoman", "Englishwomen"], "GB"),
    ("Scotland", [], ["Scottish", "Scotsman", "Scotsmen", "Scotswoman"], "GB"),
    ("Wales", [], ["Welsh", "Welshman", "Welshmen", "Welshwoman"], "GB"),
    ("Northern Ireland", [], ["Northern Irish"], "GB"),
    ("New South Wales", ["NSW"], [], "AU"), ("Queensland", [], ["Queenslander"], "AU"),
    ("South Australia", [], ["South Australian"], "AU"), ("Western Australia", [], ["Western Australian"], "AU"),
    ("Tasmania", [], ["Tasmanian"], "AU"), ("Northern Territory", [], [], "AU"),
    ("Australian Capital Territory", [], [], "AU"), ("Victoria", [], ["Victorian"], "AU"),
    ("Ontario", [], ["Ontarian"], "CA"), ("Quebec", ["Québec"], ["Quebecer", "Québécois"], "CA"),
    ("British Columbia", [], [], "CA"), ("Alberta", [], ["Albertan"], "CA"),
    ("Bavaria", [], ["Bavarian"], "DE"), ("Catalonia", [], ["Catalan"], "ES"), ("Sicily", [], ["Sicilian"], "IT"),
    ("Punjab", [], ["Punjabi"], "PK"), ("Chechnya", [], ["Chechen"], "RU"),
    ("Inner Mongolia", [], [], "CN"),
]

# Regions and other places: name, aliases, adjectives.
REGIONS = [
    ("Europe", [], ["European"]), ("Asia", [], ["Asian"]), ("Africa", [], ["African"]),
    ("North America", [], ["North American"]), ("South America", [], ["South American"]),
    ("Latin America", [], ["Latin American"]), ("Middle East", ["the Mideast"], ["Middle Eastern"]),
    ("East Asia", [], ["East Asian"]), ("South Asia", [], ["South Asian"]),
    ("Southeast Asia", ["South-East Asia"], ["Southeast Asian", "South-East Asian"]),
    ("Central Asia", [], ["Central Asian"]), ("Eastern Europe", [], ["Eastern European"]),
    ("Western Europe", [], ["Western European"]), ("Central Europe", [], ["Central European"]),
    ("Southern Africa", [], ["Southern African"]), ("Indo-Pacific", [], []),
    ("Asia-Pacific", [], []), ("Korean Peninsula", ["Korea Peninsula"], []), ("Korea", [], []),
    ("Balkans", [], ["Balkan"]), ("Caucasus", [], []), ("Scandinavia", [], ["Scandinavian"]),
    ("Arctic", [], []), ("Caribbean", [], []), ("Sahel", [], []), ("Crimea", [], ["Crimean"]),
    ("Donbas", ["Donbass"], []), ("Gaza", ["Gaza Strip"], []), ("West Bank", [], []),
    ("Taiwan Strait", [], []), ("South China Sea", [], []), ("East China Sea", [], []),
    ("Persian Gulf", [], []), ("Black Sea", [], []), ("Baltic Sea", [], []), ("Oceania", [], []),
    ("Siberia", [], ["Siberian"]), ("Kashmir", [], ["Kashmiri"]), ("Tibet", [], ["Tibetan"]),
    ("Xinjiang", [], []), ("Kurdistan", [], []), ("West Africa", [], ["West African"]),
    ("East Africa", [], ["East African"]), ("North Africa", [], ["North African"]),
    ("Central Africa", [], []), ("Horn of Africa", [], []), ("Central America", [], ["Central American"]),
    ("Sub-Saharan Africa", [], []),
]

# US states (places linked to the United States). Georgia and Washington are left out: the
# country and the capital take those names.
US_STATES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah
Vermont Virginia Wisconsin Wyoming""".split() + ["New Hampshire", "New Jersey", "New Mexico", "New York",
    "North Carolina", "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"]

# A state named like a city the news names far more often is "X State" ("Buffalo, N.Y.", "New York
# State"): its abbreviations are the state's, and "X" alone is the city, with its own other names.
US_STATE_CANONICAL = {"New York": "New York State"}
US_STATE_CITIES = {"New York": ["New York City", "NYC"]}

# US states whose name the gazetteer gives to a country, a capital or a city (Georgia, Washington, New
# York): after a US town and a comma ("Redmond, Washington", "Valdosta, Georgia", "Buffalo, New York")
# the name is the state, under this canonical name.
US_STATES_AFTER_TOWN = {"Georgia": "Georgia", "Washington": "Washington State", "New York": "New York State"}

# AP-style abbreviations of US states ("Calif.", "Tenn."): aliases of the state.
US_STATE_ABBREVIATIONS = {
    "Alabama": ["Ala."], "Arizona": ["Ariz."], "Arkansas": [], "California": ["Calif."], "Colorado": ["Colo."],
    "Connecticut": ["Conn."], "Delaware": [], "Florida": ["Fla."], "Illinois": [], "Indiana": [],
    "Kansas": ["Kan.", "Kans."], "Kentucky": ["Ky."], "Louisiana": [], "Maryland": ["Md."], "Massachusetts": [],
    "Michigan": ["Mich."], "Minnesota": ["Minn."], "Mississippi": [], "Missouri": [], "Montana": ["Mont."],
    "Nebraska": ["Neb.", "Nebr."], "Nevada": ["Nev."], "New Hampshire": ["N.H."], "New Jersey": ["N.J."],
    "New Mexico": ["N.M."], "New York": ["N.Y."], "North Carolina": ["N.C."], "North Dakota": ["N.D."],
    "Oklahoma": ["Okla."], "Oregon": ["Oreg."], "Pennsylvania": [], "Rhode Island": ["R.I."],
    "South Carolina": ["S.C."], "South Dakota": ["S.D."], "Tennessee": ["Tenn."], "Vermont": ["Vt."],
    "Virginia": [], "West Virginia": ["W.Va."], "Wisconsin": ["Wis.", "Wisc."], "Wyoming": ["Wyo."],
}

# Organisations: canonical name, aliases (acronyms written as used), linked state or "".
ORGANISATIONS = [
    ("United Nations", ["UN", "U.N."], ""),
    ("UN Security Council", ["UNSC", "Security Council", "United Nations Security Council", "U.N. Security Council"], ""),
    ("UN General Assembly", ["UNGA", "General Assembly", "United Nations General Assembly"], ""),
    ("European Union", ["EU", "E.U."], ""),
    ("European Commission", [], ""), ("European Parliament", [], ""), ("European Council", [], ""),
    ("European Central Bank", ["ECB"], ""), ("Council of Europe", [], ""),
    ("North Atlantic Treaty Organization", ["NATO", "Nato", "North Atlantic Treaty Organisation"], ""),
    ("International Atomic Energy Agency", ["IAEA"], ""),
    ("World Health Organization", ["WHO", "World Health Organisation"], ""),
    ("International Monetary Fund", ["IMF"], ""), ("World Bank", [], ""),
    ("World Trade Organization", ["WTO", "World Trade Organisation"], ""),
    ("Association of Southeast Asian Nations", ["ASEAN", "Asean", "Association of South-East Asian Nations"], ""),
    ("Group of Seven", ["G7", "G-7"], ""), ("Group of Twenty", ["G20", "G-20"], ""),
    ("Organization of the Petroleum Exporting Countries", ["OPEC", "Opec", "OPEC+"], ""),
    ("Organization for Security and Co-operation in Europe", ["OSCE"], ""),
    ("Organisation for Economic Co-operation and Development", ["OECD"], ""),
    ("African Union", ["AU"], ""), ("Arab League", ["League of Arab States"], ""),
    ("Commonwealth of Nations", ["Commonwealth"], ""),
    ("Shanghai Cooperation Organisation", ["SCO"], ""), ("BRICS", [], ""),
    ("Asia-Pacific Economic Cooperation", ["APEC"], ""), ("International Criminal Court", ["ICC"], ""),
    ("International Court of Justice", ["ICJ"], ""), ("Interpol", ["INTERPOL"], ""),
    ("UNICEF", [], ""), ("UNESCO", [], ""), ("UNHCR", [], ""), ("World Food Programme", ["WFP"], ""),
    ("International Committee of the Red Cross", ["ICRC", "Red Cross"], ""),
    ("Amnesty International", [], ""), ("Human Rights Watch", [], ""),
    ("NASA", ["National Aeronautics and Space Administration"], "US"), ("European Space Agency", ["ESA"], ""),
    ("Environmental Protection Agency", ["EPA"], "US"), ("Food and Drug Administration", ["FDA"], "US"),
    ("Centers for Disease Control and Prevention", ["CDC"], "US"), ("Securities and Exchange Commission", ["SEC"], "US"),
    ("Federal Reserve", ["Fed"], "US"), ("Central Intelligence Agency", ["CIA"], "US"),
    ("Federal Bureau of Investigation", ["FBI"], "US"), ("Pentagon", [], "US"),
    ("White House", [], "US"), ("Congress", ["US Congress", "U.S. Congress"], "US"),
    ("State Department", ["US State Department", "U.S. State Department"], "US"),
    ("Bundestag", [], "DE"), ("State Duma", ["Duma"], "RU"), ("Knesset", [], "IL"),
    ("Kremlin", [], "RU"), ("KGB", [], "SU"), ("FSB", [], "RU"), ("Gazprom", [], "RU"),
    ("Wagner Group", ["Wagner"], "RU"), ("Hamas", [], ""), ("Hezbollah", [], ""), ("Taliban", [], ""),
    # National agencies that news names by a bare acronym or a name without a head word, in the
    # countries of the reference collections (US, UK, Australia, India, the Gulf).
    ("Drug Enforcement Administration", ["DEA"], "US"), ("Federal Emergency Management Agency", ["FEMA"], "US"),
    ("Department of Homeland Security", ["DHS", "Homeland Security"], "US"),
    ("Immigration and Customs Enforcement", ["ICE"], "US"), ("Customs and Border Protection", ["CBP"], "US"),
    ("Transportation Security Administration", ["TSA"], "US"), ("Internal Revenue Service", ["IRS"], "US"),
    ("National Security Agency", ["NSA"], "US"), ("Federal Aviation Administration", ["FAA"], "US"),
    ("National Transportation Safety Board", ["NTSB"], "US"), ("Federal Communications Commission", ["FCC"], "US"),
    ("Federal Trade Commission", ["FTC"], "US"), ("Department of Justice", ["DOJ", "Justice Department"], "US"),
    ("National Institutes of Health", ["NIH"], "US"), ("Secret Service", [], "US"), ("National Guard", [], "US"),
    ("National Health Service", ["NHS"], "GB"), ("MI5", ["Security Service"], "GB"), ("MI6", ["Secret Intelligence Service"], "GB"),
    ("GCHQ", [], "GB"), ("Home Office", [], "GB"), ("Foreign Office", ["Foreign and Commonwealth Office"], "GB"),
    ("Scotland Yard", [], "GB"), ("HM Revenue and Customs", ["HMRC"], "GB"), ("Ofcom", [], "GB"), ("Ofsted", [], "GB"),
    ("Australian Security Intelligence Organisation", ["ASIO"], "AU"), ("Centrelink", [], "AU"),
    ("Commonwealth Scientific and Industrial Research Organisation", ["CSIRO"], "AU"),
    ("Australian Competition and Consumer Commission", ["ACCC"], "AU"),
    ("Australian Securities and Investments Commission", ["ASIC", "Australian Securities and Investment Commission"], "AU"), ("Australian Taxation Office", ["ATO"], "AU"),
    ("Reserve Bank of India", ["RBI"], "IN"), ("Indian Space Research Organisation", ["ISRO"], "IN"),
    ("Securities and Exchange Board of India", ["SEBI"], "IN"), ("Lok Sabha", [], "IN"), ("Rajya Sabha", [], "IN"),
    ("Muslim Brotherhood", [], ""), ("Fatah", [], ""), ("Islamic Jihad", [], ""), ("Hayat Tahrir al-Sham", ["HTS"], ""),
    ("Boko Haram", [], ""), ("al-Shabaab", ["Al-Shabaab", "al-Shabab", "Al-Shabab"], ""), ("Houthis", ["Houthi"], ""),
    ("Islamic State", ["ISIS", "ISIL"], ""), ("Al-Qaeda", ["al-Qaeda", "Al Qaeda"], ""),
] + [(name, aliases, "") for name, aliases in [
    # News agencies and broadcasters: named bare in datelines and credits ("Kyodo reported").
    ("Reuters", []), ("Associated Press", ["AP"]), ("Agence France-Presse", ["AFP", "Agence France Presse"]),
    ("Bloomberg", []), ("Kyodo", ["Kyodo News"]), ("Xinhua", ["Xinhua News Agency"]), ("Yonhap", []),
    ("TASS", ["ITAR-TASS", "Itar-Tass"]), ("Interfax", []), ("RIA Novosti", []), ("Anadolu Agency", ["Anadolu"]),
    ("Bernama", []), ("Antara", []), ("Press Trust of India", ["PTI"]), ("ANSA", []), ("EFE", []),
    ("Deutsche Presse-Agentur", ["dpa"]), ("Australian Associated Press", ["AAP"]), ("BBC", []), ("CNN", []),
    ("Al Jazeera", ["Al-Jazeera", "Aljazeera"]), ("NHK", []), ("NBC", []), ("CBS", []), ("Fox News", []),
    ("Sky News", []), ("CNBC", []), ("Deutsche Welle", []), ("France 24", []), ("SBS", []), ("CBC", []),
    ("Voice of America", ["VOA"]), ("Radio Free Europe", []), ("Dow Jones", []), ("Nikkei", []),
    ("Channel NewsAsia", []), ("Al Arabiya", []), ("WAFA", []), ("IRNA", []), ("KCNA", []),
    ("ESPN", []), ("PBS", []), ("NPR", []), ("ABC News", []), ("NBC News", []), ("CBS News", []),
    # Newspapers, magazines and news sites that other outlets cite by name ("told The Hill", "carried on
    # MSNBC"), those without a head word ("… Times", "… Post" name themselves) and not ordinary words;
    # none with a leading "The", which mentions leave out ("told The Hill" would be "Hill").
    ("MSNBC", []), ("Fox Business", []), ("USA Today", ["USA TODAY"]), ("New York Post", ["NY Post"]),
    ("Politico", ["POLITICO"]), ("Axios", []), ("Newsweek", []), ("Business Insider", []),
    ("HuffPost", ["Huffington Post"]), ("BuzzFeed News", ["BuzzFeed"]), ("Breitbart News", ["Breitbart"]), ("Newsmax", []),
    ("TechCrunch", []), ("Gizmodo", []), ("Engadget", []), ("Mashable", []), ("Vox", []),
    ("Al-Monitor", []), ("Middle East Eye", []), ("PolitiFact", ["Politifact"]), ("Snopes", []),
    ("Daily Mail", ["Mail Online", "MailOnline"]), ("Economist", []), ("Hollywood Reporter", []),
    ("Times of India", []), ("Hindustan Times", []), ("Gulf News", []), ("Khaleej Times", []), ("Arab News", []),
    ("South China Morning Post", ["SCMP"]), ("Sydney Morning Herald", []), ("Yahoo News", []), ("Yahoo", []),
    # Platforms that news cites as sources ("said on Twitter"), and the governing bodies and leagues of
    # world sport: named bare, never defined in the text.
    ("Twitter", []), ("Facebook", []), ("Instagram", []), ("YouTube", []), ("WhatsApp", []), ("TikTok", []),
    ("LinkedIn", []), ("Reddit", []), ("Netflix", []), ("Google", []), ("Microsoft", []), ("WikiLeaks", ["Wikileaks"]),
    ("FIFA", []), ("UEFA", []), ("International Olympic Committee", ["IOC"]), ("NFL", ["National Football League"]),
    ("NBA", ["National Basketball Association"]), ("NHL", ["National Hockey League"]), ("MLB", ["Major League Baseball"]),
    ("NCAA", ["National Collegiate Athletic Association"]),
]]

# Political parties named by their members' word ("Republicans", "a Democratic senator", "Tories",
# "Labor backbencher"): canonical name, aliases, member words (the adjectives), linked state or "".
# Only words that name one party wherever English news uses them capitalised.
PARTIES = [
    ("Republican Party", ["GOP"], ["Republican", "Republicans"], "US"),
    ("Democratic Party", [], ["Democrat", "Democrats", "Democratic"], "US"),
    ("Conservative Party", [], ["Conservative", "Conservatives", "Tory", "Tories"], ""),
    ("Labour Party", [], ["Labour"], ""),
    ("Australian Labor Party", ["ALP"], ["Labor"], "AU"),
    ("Liberal Democrats", ["Lib Dems"], ["Liberal Democrat", "Lib Dem"], "GB"),
    ("Scottish National Party", ["SNP"], [], "GB"),
    ("Justicialist Party", [], ["Peronist", "Peronists"], "AR"),
    ("Bharatiya Janata Party", ["BJP"], [], "IN"),
]

# Teams of the four North American major leagues (2019-2023 names), as "City|Nickname": sports copy names
# them by the nickname alone ("the Bruins beat the Sabres"). Nicknames are ordinary words too ("Wild",
# "Senators", "Heat"): the extractor takes them only where two teams of one league are named.
LEAGUE_TEAMS = {
    "NHL": """Anaheim|Ducks Arizona|Coyotes Boston|Bruins Buffalo|Sabres Calgary|Flames Carolina|Hurricanes
Chicago|Blackhawks Colorado|Avalanche Columbus|Blue_Jackets Dallas|Stars Detroit|Red_Wings Edmonton|Oilers
Florida|Panthers Los_Angeles|Kings Minnesota|Wild Montreal|Canadiens Nashville|Predators New_Jersey|Devils
New_York|Islanders New_York|Rangers Ottawa|Senators Philadelphia|Flyers Pittsburgh|Penguins San_Jose|Sharks
Seattle|Kraken St._Louis|Blues Tampa_Bay|Lightning Toronto|Maple_Leafs Vancouver|Canucks Vegas|Golden_Knights
Washington|Capitals Winnipeg|Jets""",
    "NFL": """Arizona|Cardinals Atlanta|Falcons Baltimore|Ravens Buffalo|Bills Carolina|Panthers Chicago|Bears
Cincinnati|Bengals Cleveland|Browns Dallas|Cowboys Denver|Broncos Detroit|Lions Green_Bay|Packers
Houston|Texans Indianapolis|Colts Jacksonville|Jaguars Kansas_City|Chiefs Las_Vegas|Raiders Oakland|Raiders
Los_Angeles|Chargers Los_Angeles|Rams Miami|Dolphins Minnesota|Vikings New_England|Patriots New_Orleans|Saints
New_York|Giants New_York|Jets Philadelphia|Eagles Pittsburgh|Steelers San_Francisco|49ers Seattle|Seahawks
Tampa_Bay|Buccaneers Tennessee|Titans Washington|Redskins Washington|Commanders""",
    "NBA": """Atlanta|Hawks Boston|Celtics Brooklyn|Nets Charlotte|Hornets Chicago|Bulls Cleveland|Cavaliers
Dallas|Mavericks Denver|Nuggets Detroit|Pistons Golden_State|Warriors Houston|Rockets Indiana|Pacers
Los_Angeles|Clippers Los_Angeles|Lakers Memphis|Grizzlies Miami|Heat Milwaukee|Bucks Minnesota|Timberwolves
New_Orleans|Pelicans New_York|Knicks Oklahoma_City|Thunder Orlando|Magic Philadelphia|76ers Phoenix|Suns
Portland|Trail_Blazers Sacramento|Kings San_Antonio|Spurs Toronto|Raptors Utah|Jazz Washington|Wizards""",
    "MLB": """Arizona|Diamondbacks Atlanta|Braves Baltimore|Orioles Boston|Red_Sox Chicago|Cubs Chicago|White_Sox
Cincinnati|Reds Cleveland|Indians Cleveland|Guardians Colorado|Rockies Detroit|Tigers Houston|Astros
Kansas_City|Royals Los_Angeles|Angels Los_Angeles|Dodgers Miami|Marlins Milwaukee|Brewers Minnesota|Twins
New_York|Mets New_York|Yankees Oakland|Athletics Philadelphia|Phillies Pittsburgh|Pirates San_Diego|Padres
San_Francisco|Giants Seattle|Mariners St._Louis|Cardinals Tampa_Bay|Rays Texas|Rangers Toronto|Blue_Jays
Washington|Nationals""",
}

# Titles and honorifics: never part of a name; a title right before a capitalised word is
# evidence that the word names a person. Abbreviations may be followed by a full stop.
TITLES = [
    "President", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister",
    "Foreign Minister", "Defence Minister", "Defense Minister", "Finance Minister", "Minister",
    "Deputy Minister", "Secretary", "Secretary of State", "Secretary of Defense", "Secretary-General",
    "Secretary General", "Chancellor", "Senator", "Sen", "Sens", "Reps", "Governor", "Gov", "General", "Gen",
    "Lt", "Lieutenant", "Col", "Colonel", "Maj", "Major", "Adm", "Admiral", "Capt", "Captain", "Sgt",
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Rev", "Reverend", "King", "Queen",
    "Prince", "Princess", "Crown Prince", "Emperor", "Pope", "Sheikh", "Leader", "Supreme Leader",
    "Ambassador", "Amb", "Envoy", "Special Envoy", "CEO", "Chief Executive", "Chairman",
    "Chairwoman", "Chair", "Spokesperson", "Spokesman", "Spokeswoman", "Director", "Judge",
    "Justice", "Chief Justice", "Mayor", "Attorney General", "Surgeon General", "Rep", "Representative", "Speaker", "Commissioner",
    "Lord", "Lady", "Sir", "Dame", "Premier", "Chief", "Commander", "Marshal", "Field Marshal",
    "Pres", "Sec", "Ayatollah", "Dictator", "Founder", "Co-founder", "Head", "Deputy", "Analyst",
    "Author", "Economist", "Lawmaker", "Legislator", "Official", "Diplomat", "Adviser", "Advisor",
    # Ranks and roles written before names in police, court, church, party and sports news.
    "Sergeant", "Senior Sergeant", "Constable", "Senior Constable", "Detective", "Inspector", "Superintendent",
    "Chief Inspector", "Investigator", "Sheriff", "Deputy Sheriff", "Officer", "Ranger", "Supervisor",
    "Brigadier", "Corporal", "Archbishop", "Bishop", "Cardinal", "Rabbi", "Imam",
    "Coach", "Skipper", "Treasurer", "Congressman", "Congresswoman", "Councillor", "Alderman",
    "MP", "Democrat", "Republican", "Whip", "Chief Whip", "Astronaut", "Prosecutor", "Manager", "General Manager", "Project Manager",
]
# Titles that are also common surnames: inside a name ("Martin Luther King") they are name parts.
SURNAME_TITLES = ["King", "Major", "Prince", "Lord", "Marshal", "Judge"]
# Titles written with a full stop ("Mr.", "Gov.") -- the stop does not end the sentence.
ABBREVIATIONS = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Sen", "Sens", "Reps", "Gov", "Gen", "Lt", "Col", "Maj",
                 "Adm", "Capt", "Sgt", "Rep", "Pres", "Sec", "Amb", "St", "Jr", "Sr", "Mt", "Ft"]

# Head words of organisation names ("Korea Economic Institute of America").
ORG_HEADS = [
    "Institute", "Council", "Ministry", "Party", "Agency", "Bank", "Panel", "Organisation",
    "Organization", "Committee", "Commission", "Department", "University", "Association",
    "Corporation", "Foundation", "Fund", "Court", "Parliament", "Assembly", "Forces", "Force",
    "Army", "Navy", "Opposition", "Office", "Union", "Bureau", "Service", "Services", "Authority", "Administration",
    "Board", "Centre", "Center", "Group", "Company", "Inc", "Ltd", "Corp", "Co", "LLC", "Plc", "PLC",
    "AG", "GmbH", "SA", "Holdings", "Industries", "Motors", "Airlines", "Airways", "Systems",
    "Technologies", "Network", "Times", "Post", "Journal", "News", "Herald", "Press", "Telegraph",
    "Guardian", "Tribune", "Broadcasting", "Television", "Radio", "Review", "Senate", "Congress",
    "Cabinet", "Government", "Guard", "Police", "Command", "Coalition", "Alliance", "League",
    "Federation", "Front", "Movement", "Society", "College", "School", "Academy", "Hospital",
    "Church", "Club", "Secretariat", "Directorate", "Mission", "Embassy", "Consulate", "Tribunal",
    "Program", "Programme", "Forum", "Observatory", "Studies", "Daily", "Agencies", "Ministries",
    # Think tanks and national bodies of a sport ("Brookings Institution", "Smithsonian Institution",
    # "Australian Confederation of Motor Sports").
    "Institution", "Institutions", "Confederation",
    # Companies of media, entertainment and finance ("Marvel Studios", "Vox Media", "Hong Kong Stock
    # Exchange") and bodies of science ("British Antarctic Survey").
    "Studios", "Entertainment", "Media", "Animation", "Pictures", "Exchange", "Survey", "Sports",
    "Communications", "Pharmaceuticals", "Securities", "Corps", "Archive", "Archives",
    # Football clubs ("Manchester United", "Tottenham Hotspur", "Blackburn Rovers", "Liverpool FC").
    "United", "Hotspur", "Rovers", "Wanderers", "Athletic", "Albion", "FC",
]
# Head words of place names ("Silicon Valley", "Red Square").
PLACE_HEADS = [
    "Valley", "River", "Sea", "Ocean", "Mountains", "Mountain", "Island", "Islands", "Street",
    "Square", "Avenue", "Road", "Bridge", "Province", "Region", "City", "County", "Strait", "Bay",
    "Gulf", "Lake", "Desert", "Peninsula", "Canal", "Airport", "Port", "Base", "Palace", "Coast",
    "Oblast", "District", "Prefecture", "Plateau", "Heights", "Zone", "Highway", "Freeway", "Motorway",
    "Dome", "Point", "Park", "Springs", "Hill", "Hills", "Creek", "Beach", "Harbour", "Harbor", "Range",
    "Ranges", "Falls", "Forest", "Reserve", "Stadium", "Oval", "Arena", "Lane", "Drive", "Territory",
    "Highlands", "Territories", "Reef", "Cape", "Headland", "Wharf", "Plaza", "Station",
]
# Head words of things that are not actors (laws, treaties, events, works, wars).
THING_HEADS = [
    "Act", "Treaty", "Agreement", "Pact", "Accord", "Accords", "Convention", "Protocol", "Law",
    "Bill", "Doctrine", "Plan", "Summit", "Conference", "Games", "Olympics", "Cup", "Championship",
    "Prize", "Award", "Day", "Week", "Festival", "Revolution", "Declaration", "Charter",
    "Constitution", "Strategy", "Project", "Operation", "Initiative", "Crisis", "Index", "Report", "War", "Wars",
    "Resolution", "Amendment", "Code", "Census", "Election", "Elections", "Talks", "Dialogue",
    "Year", "Years", "Eve", "Honours", "Honors", "Open", "Marathon", "Race", "Classic", "Series", "Awards",
    "Trophy", "Medal", "Shield", "Derby", "Grand Prix", "Tournament", "League Cup", "Test", "Tests",
]
# Words that never start or belong to a name: function words, sentence openers, pronouns,
# months and days, directions and blocs ("the West"), generic capitalised words.
STOP_WORDS = """
a an the this that these those it its i we you he she they me us him her them my our your his their
and or but nor so yet for of to in on at by as from with into onto upon about above after against
along amid among around before behind below beneath beside besides between beyond despite down
during except following inside like near off out outside over past per regarding since than through
throughout toward towards under underneath unlike until up via within without according including
however meanwhile moreover furthermore nevertheless nonetheless although though while when whenever
where wherever whether because if unless once then now today tonight yesterday tomorrow earlier later
also still even only just perhaps maybe thus hence therefore otherwise accordingly similarly likewise
notably specifically additionally ultimately recently previously currently finally first second third
last next both many most some several few other such another each every all any no not none nothing
why what who whom whose which how there here yes instead indeed overall given asked speaking writing
in-between let let's do does did is are was were be been being have has had will would shall should
can could may might must ok okay oh dear hello thanks
one two three four five six seven eight nine ten
""".split()
# Capitalised words that are not names on their own and never part of a personal name, though
# they may sit inside an organisation's name ("Federal Security Service"). Planets and moons are no
# actors ("on Europa", "from Earth"); Mars, Venus and Mercury are left out: they are also names. The
# Games' adjective is no place ("an Olympic-size pool", "Olympic champions"), though GeoNames has one.
GENERIC_WORDS = """
january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
north south east west northern southern eastern western northeast northwest southeast southwest
central global international national federal state government republic kingdom empire
breaking update updated exclusive analysis opinion editorial photo video watch read more
korean congolese guinean dominican arab arabs greater inner outer metropolitan
christmas easter eve ramadan hanukkah diwali
anglican catholic christian protestant orthodox muslim jewish buddhist hindu sunni shiite shia sikh
earth jupiter saturn uranus neptune pluto europa ganymede callisto enceladus
olympic olympics paralympic paralympics
""".split()
# Lower-case particles allowed inside personal names ("Ursula von der Leyen").
NAME_PARTICLES = "van von der den de del della di da das dos du la le bin bint ibn al el ter".split()
# Name suffixes ("Martin Luther King Jr.").
NAME_SUFFIXES = "Jr Sr II III IV".split()
# Lower-case words that turn a preceding person's name into a government ("Yoon administration").
GOVERNMENT_WORDS = "administration government cabinet regime presidency".split()
# Nouns after "the X" that make a lone unknown name a place ("the Shoalhaven area").
AREA_NOUNS = "area areas region regions district districts".split()
# Organisation head words that name one body when used alone after "the" or a possessive
# ("the Government", "Argentina's Government", "told the Telegraph").
STANDALONE_BODIES = "Government Opposition Navy Army Parliament Cabinet Senate House Assembly Treasury Telegraph Guardian Herald Tribune".split()
# Organisation heads that name a place when they end the name ("Kennedy Space Center", "Northside
# Shopping Centre"), and a body when a connector follows ("Centre for Policy Studies").
FACILITY_HEADS = "Centre Center".split()
# Cues after which a capitalised run is the title of a work, not a list of actors.
WORK_CUES = ["author of", "titled", "entitled", "book", "novel", "memoir", "film", "documentary", "report", "article", "essay", "column", "paper", "study"]


def swift_string(s):
    out = []
    for ch in s:
        if ch == "\\" or ch == '"':
            out.append("\\" + ch)
        elif 0x20 <= ord(ch) < 0x7F:
            out.append(ch)
        else:
            out.append("\\u{%X}" % ord(ch))
    return '"' + "".join(out) + '"'


def swift_list(items):
    return "[" + ", ".join(swift_string(x) for x in items) + "]"


def main():
    with open(ISO, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    names = {}
    for c in iso:
        code = c["alpha_2"]
        names[code] = CANONICAL.get(code) or c.get("common_name") or c["name"]
    for code, name, _, _ in EXTRA_STATES:
        names[code] = name

    entries = []  # (canonical, kind, linked, aliases, adjectives)

    def add(canonical, kind, linked, aliases, adjectives):
        seen, clean = set(), []
        for a in aliases:
            if a and a != canonical and a not in seen and ("," not in a or a.startswith("Washington, ")) and "(" not in a:
                seen.add(a)
                clean.append(a)
        entries.append((canonical, kind, linked, sorted(clean), sorted(set(adjectives))))

    for c in iso:
        code = c["alpha_2"]
        canonical = names[code]
        aliases = [c["name"], c.get("common_name", ""), c.get("official_name", "")] + ALIASES.get(code, [])
        aliases = [a[4:] if a.startswith("the ") and a not in ("the States", "the Netherlands") else a for a in aliases]
        aliases = [a for a in aliases if not a.startswith("the ")]
        adjectives = list(DEMONYMS.get(code, []))
        # Plurals name the state's people ("Israelis", "Americans"): demonyms in -an and -i only
        # ("Afghani" is a currency, so the singular must already be a demonym).
        adjectives += [d + "s" for d in DEMONYMS.get(code, []) if " " not in d and (d.endswith("an") or d.endswith("i"))]
        # "Northern Korean" for "North Korean", "Southern Sudanese" for "South Sudanese" (a paraphrase
        # seen in rewritten news); regions listed below take precedence ("Southern African").
        for d in list(adjectives):
            for a, b in (("North ", "Northern "), ("South ", "Southern ")):
                if d.startswith(a):
                    adjectives.append(b + d[len(a):])
        if code in NOT_STATES:
            add(canonical, "place", "", aliases, adjectives)
        elif code in DEPENDENT:
            add(canonical, "place", names[DEPENDENT[code]], aliases, adjectives)
        else:
            add(canonical, "state", "", aliases, adjectives)
    for code, name, aliases, adjectives in EXTRA_STATES:
        add(name, "state", "", aliases + ALIASES.get(code, []), adjectives + DEMONYMS.get(code, []))
    for code, caps in CAPITALS.items():
        if not caps:
            continue
        add(caps[0], "place", names[code], caps[1:], [])
    for code, cities in SECOND_CAPITALS.items():
        for city in cities:
            add(city, "place", names[code], [], [])
    for name in US_STATES:
        add(US_STATE_CANONICAL.get(name, name), "place", names["US"], US_STATE_ABBREVIATIONS.get(name, []), [])
    for name, aliases in US_STATE_CITIES.items():
        add(name, "place", names["US"], aliases, [])
    for name, aliases, adjectives, code in SUBDIVISIONS:
        add(name, "place", names[code], aliases, adjectives)
    region_adjectives = {a for _, _, adjs in REGIONS for a in adjs}
    for name, aliases, adjectives in REGIONS:
        add(name, "place", "", aliases, adjectives)
    # Drop state adjectives that collide with a region's.
    entries = [(n, k, l, a, [d for d in adj if k != "state" or d not in region_adjectives]) for n, k, l, a, adj in entries]
    for name, aliases, linked in ORGANISATIONS:
        add(name, "organisation", names[linked] if linked else "", aliases, [])
    for name, aliases, members, linked in PARTIES:
        add(name, "organisation", names[linked] if linked else "", aliases, members)
    entries.sort(key=lambda e: (e[1], e[0]))

    kinds = {"state": ".state", "organisation": ".organisation", "place": ".place"}
    lines = [
        "// GENERATED FILE -- do not edit by hand.",
        "// Generated by Sources/GlossCore/Actors/Generator/make_gazetteer.py from Debian iso-codes",
        "// (%s) and the tables in that script. Re-run the script to change it." % os.path.basename(ISO),
        "",
        "/// The compiled gazetteer: static literal arrays, indexed lazily by `Gazetteer`.",
        "enum GazetteerData {",
        "    typealias Entry = (name: String, kind: ActorKind, linkedState: String, aliases: [String], adjectives: [String])",
        "",
        "    /// States, places (capitals, territories, regions) and organisations.",
        "    static let entries: [Entry] = [",
    ]
    for n, k, l, a, adj in entries:
        lines.append("        (%s, %s, %s, %s, %s)," % (swift_string(n), kinds[k], swift_string(l), swift_list(a), swift_list(adj)))
    lines.append("    ]")

    def words(name, items, doc):
        lines.append("")
        lines.append("    /// " + doc)
        lines.append("    static let %s: [String] = [" % name)
        row = []
        for it in items:
            row.append(swift_string(it))
            if len(", ".join(row)) > 100:
                lines.append("        " + ", ".join(row) + ",")
                row = []
        if row:
            lines.append("        " + ", ".join(row) + ",")
        lines.append("    ]")

    words("titles", TITLES, "Titles and honorifics (matched case-insensitively).")
    words("surnameTitles", SURNAME_TITLES, "Titles that are name parts after a capitalised name word.")
    words("abbreviations", ABBREVIATIONS, "Abbreviations whose full stop does not end a sentence.")
    words("organisationHeads", ORG_HEADS, "Head words of organisation names.")
    words("placeHeads", PLACE_HEADS, "Head words of place names.")
    words("thingHeads", THING_HEADS, "Head words of names that are not actors (laws, treaties, events).")
    words("stopWords", STOP_WORDS, "Function words and sentence openers: never part of a name.")
    words("genericWords", GENERIC_WORDS, "Months, days, directions, blocs: not names, though they may sit in organisation names.")
    words("nameParticles", NAME_PARTICLES, "Lower-case particles inside personal names.")
    words("nameSuffixes", NAME_SUFFIXES, "Suffixes of personal names.")
    words("governmentWords", GOVERNMENT_WORDS, "Words turning a person's name into their government.")
    words("areaNouns", AREA_NOUNS, "Nouns after \"the X\" that make a lone unknown name a place (\"the Shoalhaven area\").")
    words("standaloneBodies", STANDALONE_BODIES, "Organisation heads that name one body alone after \"the\" or a possessive.")
    words("facilityHeads", FACILITY_HEADS, "Organisation heads that name a place when they end the name (\"Kennedy Space Center\").")
    words("workCues", WORK_CUES, "Cues before the title of a book, report or article.")
    words("governedPlaces", sorted(US_STATES + [name for name, _, _, _ in SUBDIVISIONS] + [names[c] for c in DEPENDENT]),
          "Places below a state with a government of their own (the UK's countries, states, provinces, territories): \"the Scottish government\".")
    lines.append("")
    lines.append("    /// US states named like a country, a capital or a city, by the form after a town and a comma: (form, state).")
    lines.append("    static let statesAfterTown: [(form: String, state: String)] = [")
    for form in sorted(US_STATES_AFTER_TOWN):
        lines.append("        (%s, %s)," % (swift_string(form), swift_string(US_STATES_AFTER_TOWN[form])))
    lines.append("    ]")
    lines.append("")
    lines.append("    /// Teams of the North American major leagues: (league, city, nickname).")
    lines.append("    static let leagueTeams: [(league: String, city: String, nickname: String)] = [")
    for league in sorted(LEAGUE_TEAMS):
        for team in LEAGUE_TEAMS[league].split():
            city, nickname = (x.replace("_", " ") for x in team.split("|"))
            lines.append("        (%s, %s, %s)," % (swift_string(league), swift_string(city), swift_string(nickname)))
    lines.append("    ]")
    lines.append("}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s: %d entries" % (os.path.normpath(OUT), len(entries)))


if __name__ == "__main__":
    main()
