"""The word lists of the event stage, as data: which lemmas are events of which type, which
nouns name a happening, which verbs say little on their own, which pronouns and descriptions
refer back to a name, which prepositions introduce a place or a recipient, which auxiliaries
make an event planned or conditional.

Each lemma has one event type: ``TYPE_OF`` is ``EVENT_TYPES`` read the other way round.

>>> TYPE_OF["hold"], TYPE_OF["fire"], TYPE_OF["approve"]
('meeting or visit', 'military action', 'aid or pledge')
"""

from __future__ import annotations

__all__ = [
    "ACTOR_NOUNS",
    "AID_NOUNS",
    "ANTECEDENT_TYPES",
    "CLAIM_OBJECTS",
    "COMPANY_POSTS",
    "DEFERRING_VERBS",
    "ENABLING_VERBS",
    "EVENT_NOUNS",
    "EVENT_TYPES",
    "EXTRAPOSING_VERBS",
    "GENDERED_NOUNS",
    "GENDERED_PRONOUNS",
    "HAPPENING_DOER_VERBS",
    "HAPPENING_OBJECT_VERBS",
    "HARMED_IN_VERBS",
    "INTRANSITIVE_HAPPENING_VERBS",
    "LIGHT_VERBS",
    "MEETING_NOUNS",
    "MILITARY_ACTORS",
    "MILITARY_OBJECTS",
    "MODAL_CONDITIONAL",
    "MODAL_PLANNED",
    "NAME_SUFFIXES",
    "MINDS",
    "NOT_EVENTS",
    "NOT_HAPPENING_HEADS",
    "ORG_DESCRIPTIONS",
    "PART_NOUNS",
    "PLACE_PREPS",
    "PLANNING_HEADS",
    "POSSIBILITY_NOUNS",
    "PRODUCT_DESCRIPTIONS",
    "PRONOUNS",
    "RECIPIENT_PREPS",
    "ROLE_NOUNS",
    "SANCTION_NOUNS",
    "STATIVE_PARTICIPLES",
    "STATIVE_SUBJECTS",
    "STATIVE_VERBS",
    "TERRITORY_NOUNS",
    "TIME_PREPOSITIONS",
    "TITLE_GENDERS",
    "TYPE_OF",
]

# Event types and the verb lemmas that trigger them; a lemma sits in one type only.
EVENT_TYPES = {
    "statement": {
        "say",
        "tell",
        "vow",
        "add",
        "announce",
        "claim",
        "warn",
        "state",
        "insist",
        "declare",
        "deny",
        "confirm",
        "urge",
        "call",
        "demand",
        "report",
        "ask",
        "stress",
        "note",
        "argue",
        "promise",
        "threaten",
        "accuse",
        "praise",
        "criticize",
        "criticise",
        "condemn",
        "predict",
        "write",
        "tweet",
        "reply",
    },
    "meeting or visit": {
        "meet",
        "visit",
        "travel",
        "host",
        "arrive",
        "welcome",
        "attend",
        "talk",
        "gather",
        "summit",
        "convene",
        "hold",
    },
    "military action": {
        "attack",
        "fight",
        "shell",
        "strike",
        "bomb",
        "kill",
        "invade",
        "encircle",
        "launch",
        "fire",
        "shoot",
        "wound",
        "destroy",
        "target",
        "defend",
        "assault",
        "advance",
        "mobilize",
        "mobilise",
        "deploy",
    },
    "capture or loss of territory": {
        "capture",
        "seize",
        "annex",
        "occupy",
        "take",
        "lose",
        "retake",
        "liberate",
        "surrender",
        "withdraw",
        "abandon",
        "retreat",
        "control",
        "recapture",
    },
    "aid or pledge": {
        "pledge",
        "provide",
        "send",
        "supply",
        "donate",
        "give",
        "deliver",
        "approve",
        "fund",
        "grant",
        "offer",
        "secure",
        "commit",
        "allocate",
    },
    "sanction": {"sanction", "impose", "ban", "freeze", "embargo", "restrict", "blacklist"},
    "appointment or dismissal": {
        "appoint",
        "dismiss",
        "resign",
        "name",
        "elect",
        "nominate",
        "replace",
        "sack",
        "oust",
        "step",
    },
    "application or agreement": {
        "sign",
        "agree",
        "apply",
        "join",
        "ratify",
        "accept",
        "negotiate",
        "embrace",
        "reject",
        "veto",
    },
}
TYPE_OF = {lemma: kind for kind, lemmas in EVENT_TYPES.items() for lemma in lemmas}
# Nouns that name a happening, with their event type. "press conference" and "peace talks"
# are found by their last word.
EVENT_NOUNS = {
    "invasion": "military action",
    "attack": "military action",
    "offensive": "military action",
    "counteroffensive": "military action",
    "assault": "military action",
    "bombardment": "military action",
    "shelling": "military action",
    "airstrike": "military action",
    "annexation": "capture or loss of territory",
    "occupation": "capture or loss of territory",
    "capture": "capture or loss of territory",
    "summit": "meeting or visit",
    "visit": "meeting or visit",
    "meeting": "meeting or visit",
    "talks": "meeting or visit",
    "conference": "statement",
    "speech": "statement",
    "address": "statement",
    "interview": "statement",
    "pledge": "aid or pledge",
    "delivery": "aid or pledge",
    "sanctions": "sanction",
    "embargo": "sanction",
    "appointment": "appointment or dismissal",
    "resignation": "appointment or dismissal",
    "dismissal": "appointment or dismissal",
    "agreement": "application or agreement",
    "deal": "application or agreement",
    "treaty": "application or agreement",
    "application": "application or agreement",
    "accession": "application or agreement",
    "contract": "application or agreement",
    "order": "application or agreement",
    "purchase": "application or agreement",
    "merger": "application or agreement",
    "acquisition": "application or agreement",
    "takeover": "application or agreement",
    "announcement": "statement",
    "statement": "statement",
    "ceremony": "meeting or visit",
    "tour": "meeting or visit",
    "ban": "sanction",
    "flight": "other",
    "landing": "other",
    "crash": "other",
    "accident": "other",
    "launch": "other",
    "release": "other",
    "recall": "other",
    "loss": "other",
    "profit": "other",
    "bankruptcy": "other",
    "lawsuit": "other",
    "suit": "other",
}
# Verbs that say little on their own: the event is the noun they carry ("made its maiden
# flight", "posted a loss", "filed for bankruptcy", "signed a deal", "won an order").
LIGHT_VERBS = {
    "make", "have", "take", "hold", "give", "conduct", "stage", "undergo", "post", "report",
    "file", "sign", "win", "place", "announce", "complete", "seal", "strike", "reach",
}  # fmt: skip
# Verbs that are no event themselves: being, having, seeming, containing, knowing.
NOT_EVENTS = {
    "be",
    "have",
    "seem",
    "remain",
    "become",
    "appear",
    "look",
    "mean",
    "include",
    "know",
    "consider",
}
# Verbs whose "it" is the that-clause after them, no one named ("it emerged that", "it turned
# out that", "it so happened that"); any passive does the same ("it is expected that").
EXTRAPOSING_VERBS = {"emerge", "transpire", "turn", "happen", "appear", "seem", "follow", "remain", "occur"}
# Subjects that make a verb of no event type a state, not an event ("it is", "there are").
STATIVE_SUBJECTS = {"it", "this", "that", "there", "which", "what", "who"}
# "it" is the last organisation or place named ("Moscow says ... four regions it annexed").
PRONOUNS = {
    "he": "PERSON",
    "she": "PERSON",
    "him": "PERSON",
    "her": "PERSON",
    "it": "THING",
    "they": "GROUP",
    "them": "GROUP",
    # Whose a happening is: "the House concluded its hearing", "Boeing completed its purchase".
    "his": "PERSON",
    "its": "THING",
    "their": "GROUP",
}
# The gender a third-person singular pronoun tells of whom it stands for: "he" is never a
# woman named before, "she" never a man (see graphbuild.events.gender).
GENDERED_PRONOUNS = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}  # fmt: skip
# Titles before a name that tell the person's gender: "Mr Korkoneas", "Mrs. Thatcher".
TITLE_GENDERS = {
    "mr": "male", "mister": "male", "sir": "male", "lord": "male", "king": "male", "prince": "male",
    "mrs": "female", "ms": "female", "miss": "female", "madam": "female", "madame": "female",
    "dame": "female", "lady": "female", "queen": "female", "princess": "female",
}  # fmt: skip
# Nouns for someone of a known gender: a sentence that has one ("his wife", "a woman") has
# someone besides its named person whom the next sentence's "she" or "he" may be.
GENDERED_NOUNS = {
    "man", "woman", "boy", "girl", "wife", "husband", "mother", "father", "son", "daughter",
    "brother", "sister", "girlfriend", "boyfriend", "widow", "widower", "mom", "dad", "grandmother",
    "grandfather", "aunt", "uncle", "niece", "nephew", "actress", "actor", "king", "queen",
    "gentleman", "lady", "fiancee", "fiance", "stepfather", "stepmother", "businessman",
    "businesswoman", "spokesman", "spokeswoman", "chairman", "chairwoman",
}  # fmt: skip
# What may close a person's name without being their surname: "Arcade Comeaux Jr." is Comeaux.
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# The entity types each kind of antecedent may have: "they" are companies or countries, never
# one person's name ("Airbus said they will", not "Jobs ... they said").
ANTECEDENT_TYPES = {
    "PERSON": {"PERSON"},
    "ORG": {"ORG"},
    "PRODUCT": {"PRODUCT"},
    "THING": {"ORG", "PLACE", "PRODUCT"},
    "GROUP": {"ORG", "PLACE"},
}
# "the company said", "the bloc is preparing": a definite description of the last organisation.
ORG_DESCRIPTIONS = {
    "company", "firm", "group", "carmaker", "automaker", "airline", "carrier", "manufacturer",
    "planemaker", "airframer", "maker", "retailer", "bank", "bloc", "alliance", "agency", "ministry",
}  # fmt: skip
# "the aircraft was greeted", "the device goes on sale": a definite description of the last product.
PRODUCT_DESCRIPTIONS = {
    "aircraft", "plane", "jet", "airliner", "superjumbo", "device", "phone", "handset", "smartphone",
    "tablet", "player", "computer", "car", "vehicle", "truck",
}  # fmt: skip
# "in Kyiv", "from Moscow": a preposition before a place name makes it the event's place.
PLACE_PREPS = {
    "in",
    "at",
    "near",
    "from",
    "into",
    "across",
    "around",
    "outside",
    "inside",
    "to",
    "toward",
    "towards",
    "through",
    "on",
}
# "sent tanks to Ukraine", "talks with NATO": before any other name, the one the event is for.
RECIPIENT_PREPS = {"to", "for", "with"}
# Auxiliaries as written: what is planned ("will", "'ll") or only possible ("could").
MODAL_PLANNED = {"will", "shall", "'ll", "going", "plan", "expect", "intend", "aim"}
# The verbs (and "due") whose infinitive is yet to happen: "plans to launch", "is expected to
# enter service", "is set to land", "was due to fly", "vowed to retake", "is willing to pay".
PLANNING_HEADS = {
    "plan", "expect", "intend", "aim", "schedule", "set", "due", "poise", "hope", "want", "seek",
    "prepare", "propose", "promise", "pledge", "vow", "threaten", "likely", "slate",
    "willing", "ready", "eager",
}  # fmt: skip
# Nouns of what may happen: "the chance of a bankruptcy", "fears of an attack", "the threat of
# a strike" name no happening that took place.
POSSIBILITY_NOUNS = {
    "chance", "risk", "possibility", "prospect", "threat", "danger", "likelihood", "fear",
    "spectre", "specter", "probability", "odds", "hope", "hint", "talk", "rumour", "rumor",
}  # fmt: skip
MODAL_CONDITIONAL = {"would", "could", "may", "might", "should", "can", "must"}
# What a specific event type asks of its arguments (graphbuild.events.senses): the heads of
# noun phrases that are actors, places, aid, sanctions, meetings and posts.
# Who can act: people, bodies and armed forces, named or not ("officials said", "troops advanced").
ACTOR_NOUNS = ORG_DESCRIPTIONS | {
    "government", "administration", "minister", "president", "official", "leader", "officer",
    "troop", "force", "army", "military", "navy", "soldier", "police", "rebel", "militant",
    "fighter", "insurgent", "separatist", "militia", "gunman", "attacker", "protester",
    "demonstrator", "council", "parliament", "congress", "senate", "court", "judge", "regulator",
    "authority", "country", "nation", "state", "union", "coalition", "board", "committee",
    "party", "team", "club", "people", "resident", "worker", "employee", "staff", "spokesman",
    "spokeswoman", "spokesperson", "chief", "executive", "ceo", "chairman", "manager", "coach",
    "player", "prosecutor", "suspect", "man", "woman", "family", "student", "voter", "lawmaker",
    "diplomat", "envoy", "ambassador", "delegation", "investor", "shareholder", "customer",
    "unit", "brigade", "battalion", "regime", "opposition", "commander", "general", "pilot",
}  # fmt: skip
# Actors that make an ambiguous verb military ("troops advanced", "forces launched").
MILITARY_ACTORS = {
    "troop", "force", "army", "military", "navy", "soldier", "rebel", "militant", "fighter",
    "insurgent", "separatist", "militia", "unit", "brigade", "battalion", "artillery", "jet",
    "warplane", "drone", "gunman", "commander",
}  # fmt: skip
# What an ambiguous verb fires, launches or deploys when it is military ("launched missiles").
MILITARY_OBJECTS = {
    "missile", "strike", "airstrike", "attack", "offensive", "counteroffensive",
    "assault", "raid", "operation", "troop", "force", "soldier", "drone", "shell", "artillery",
    "bomb", "weapon", "round", "salvo", "barrage", "invasion", "incursion", "bombardment",
    "warship", "tank", "jet", "warplane", "position",
}  # fmt: skip
# The places a territory can be when spaCy names none ("retook the city", "seized the airport").
TERRITORY_NOUNS = {
    "city", "town", "village", "region", "territory", "province", "district", "area", "island",
    "peninsula", "port", "airport", "bridgehead", "ground", "position", "base", "border",
    "capital", "stronghold", "outpost", "settlement", "hill", "oblast", "land", "enclave",
}  # fmt: skip
# What aid is made of ("sent tanks", "pledged $2bn in aid", "delivered vaccines").
AID_NOUNS = {
    "aid", "assistance", "help", "support", "relief", "weapon", "arm", "tank", "ammunition",
    "missile", "artillery", "munition", "equipment", "system", "vehicle", "fund", "funding",
    "money", "loan", "grant", "donation", "package", "supply", "food", "medicine", "vaccine",
    "dose", "shelter", "troop", "jet", "drone", "shell", "round", "budget", "investment", "bailout",
}  # fmt: skip
# What is imposed or frozen as a sanction ("imposed tariffs", "froze Russian assets").
SANCTION_NOUNS = {
    "sanction", "embargo", "ban", "tariff", "restriction", "curb", "penalty", "fine", "duty",
    "control", "limit", "curfew", "boycott", "blockade", "measure", "asset", "account",
    "reserve", "fund", "property", "export", "import",
}  # fmt: skip
# What is held as a meeting ("held talks", "held a news conference", "hosted a summit").
MEETING_NOUNS = {
    "talk", "meeting", "summit", "conference", "election", "vote", "ceremony", "rally",
    "referendum", "hearing", "session", "consultation", "negotiation", "forum", "event",
    "briefing", "discussion", "dialogue", "gathering", "visit", "reception", "call",
}  # fmt: skip
# The posts a person is appointed to or dismissed from ("named its new chief executive").
# Posts held in a company: a "we" in their words is the company ("said spokeswoman Sandy Angers").
COMPANY_POSTS = {
    "spokesman", "spokeswoman", "spokesperson", "ceo", "cfo", "coo", "chairman", "chairwoman", "executive",
}  # fmt: skip
ROLE_NOUNS = {
    "chief", "executive", "ceo", "chairman", "chairwoman", "chair", "president", "minister",
    "director", "head", "manager", "coach", "ambassador", "secretary", "governor", "judge",
    "commander", "general", "officer", "leader", "successor", "deputy", "member", "spokesman",
    "spokeswoman", "envoy", "premier", "chancellor", "mayor", "captain", "cfo", "coo", "founder",
}  # fmt: skip
# What a claim is, when it is a statement ("claimed responsibility", not "claimed the title").
CLAIM_OBJECTS = {"responsibility", "credit", "victory", "innocence", "asylum"}
# Participles that join a condition or a ground to a clause as a conjunction does ("given that
# sales fell", "provided the frontier is secured", "assuming rates stay low"): no happening
# (graphbuild.events.triggers).
CONJUNCTION_PARTICIPLES = {
    "given",
    "provided",
    "providing",
    "assuming",
    "granted",
    "supposing",
    "considering",
}
# Verbs of standing relations, not happenings (graphbuild.events.states): owning, containing,
# costing, depending, living somewhere. "hold" is one unless what is held is a meeting.
STATIVE_VERBS = {
    "own", "possess", "control", "base", "need", "cost", "comprise", "belong", "contain",
    "consist", "amount", "resemble", "equal", "depend", "lack", "deserve", "exist", "symbolize",
    "symbolise", "relate", "link", "locate", "live", "reside", "span", "employ", "hold", "total",
    "number", "value",
}  # fmt: skip
# Participles of standing relations that describe a noun: "a group led by", "a unit owned by",
# "a fund managed by", "a plant operated by".
STATIVE_PARTICIPLES = STATIVE_VERBS | {
    "manage",
    "operate",
    "lead",
    "head",
    "back",
    "fund",
    "run",
    "chair",
    "found",
    "name",
    "call",
}
# States of mind (TimeML's I_STATE): what someone thinks, wants or fears is no happening, nor
# is what such a verb has as its object ("wants to end his career", "thinks it failed").
MINDS = {
    "think", "believe", "suppose", "assume", "guess", "imagine", "wonder", "doubt", "suspect",
    "fear", "hope", "wish", "want", "like", "love", "hate", "prefer", "feel", "worry", "dream",
    "desire", "need",
}  # fmt: skip
# Verbs whose object clause did not (yet) happen: tried, sought, refused or failed to do it;
# or what something means or was meant to be ("it means supervising the crew").
NOT_HAPPENING_HEADS = MINDS | {
    "try", "attempt", "seek", "refuse", "fail", "decline", "deny", "hesitate", "struggle", "mean",
}  # fmt: skip
# Verbs by which a thing lets someone do something: in the simple present, a capability
# ("allows the car to pay", "lets users share", "helps teams plan"), not a happening.
ENABLING_VERBS = {"allow", "enable", "let", "permit", "help"}
# Verbs that put off, call off or only consider what their object names: "delayed the tour".
DEFERRING_VERBS = {
    "delay", "postpone", "defer", "cancel", "suspend", "halt", "stop", "prevent", "avert", "block",
    "foil", "thwart", "plan", "schedule", "propose", "consider", "expect", "await", "oppose",
    "reject", "rule", "threaten", "promise", "offer", "demand", "request", "call", "urge",
}  # fmt: skip
# A verb and the noun of the same action where no suffix rule links them ("died": "death").
IRREGULAR_NOUNS = {
    "death": "die",
    "dead": "die",
    "flight": "fly",
    "sale": "sell",
    "loss": "lose",
    "growth": "grow",
    "birth": "bear",
    "speech": "speak",
    "choice": "choose",
    "proof": "prove",
    "gift": "give",
    "thought": "think",
    "seizure": "seize",
    "theft": "thieve",
    "defence": "defend",
    "defense": "defend",
    "response": "respond",
    "arrival": "arrive",
    "departure": "depart",
    "failure": "fail",
    "pursuit": "pursue",
    "entry": "enter",
    "complaint": "complain",
    "shot": "shoot",
    "acquisition": "acquire",
    "trial": "try",
}
# Prepositions whose object is a time or a happening: "after the earthquake", "during the riot".
TIME_PREPOSITIONS = {"after", "before", "during", "since", "following", "amid", "amidst", "until"}
# Verbs that only a happening does when its subject is no one: "the blaze gutted the hall",
# "the quake struck", "the attack left three dead", "the fire broke out".
HAPPENING_DOER_VERBS = {
    "rock", "jolt", "shake", "rattle", "destroy", "damage", "devastate", "demolish", "gut",
    "engulf", "sweep", "rip", "ravage", "raze", "flatten", "kill", "injure", "wound", "claim",
    "leave", "spark", "trigger", "unleash", "cause", "force", "prompt", "disrupt", "paralyse",
    "paralyze", "topple",
}  # fmt: skip
# Of those, the ones a happening does with nothing harmed: "the quake struck", "fire broke out".
INTRANSITIVE_HAPPENING_VERBS = {"happen", "occur", "unfold", "erupt", "break", "strike", "spread", "rage"}
# Nouns for a part or phase of something else, which is the happening: "the end of the war".
PART_NOUNS = {"end", "rest", "part", "half", "middle", "course", "season", "time", "term", "date", "spell"}
# What befalls someone "in" a happening: "killed in the explosion", "charged in the shooting".
HARMED_IN_VERBS = {
    "die", "kill", "injure", "wound", "hurt", "perish", "burn", "trap", "destroy", "damage",
    "charge", "arrest", "convict", "suspect", "implicate", "involve", "sentence", "indict",
}  # fmt: skip
# Verbs whose object, when a noun made from a verb, is a happening: "foiled the attack",
# "survived the crash", "condemned the shooting"; not "prevent" or "cause", whose objects are
# as often states or things ("prevent cravings", "cause harm").
HAPPENING_OBJECT_VERBS = {
    "foil", "thwart", "avert", "suffer", "survive", "witness", "condemn", "denounce", "commit",
    "perpetrate", "mastermind", "orchestrate", "stage", "mourn", "extinguish",
}  # fmt: skip
