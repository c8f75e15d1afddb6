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
    "ANTECEDENT_TYPES",
    "EVENT_NOUNS",
    "EVENT_TYPES",
    "LIGHT_VERBS",
    "MODAL_CONDITIONAL",
    "MODAL_PLANNED",
    "NOT_EVENTS",
    "ORG_DESCRIPTIONS",
    "PLACE_PREPS",
    "PRODUCT_DESCRIPTIONS",
    "PRONOUNS",
    "RECIPIENT_PREPS",
    "STATIVE_SUBJECTS",
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
}
# The entity types each kind of antecedent may have: "they" are companies, countries or people.
ANTECEDENT_TYPES = {
    "PERSON": {"PERSON"},
    "ORG": {"ORG"},
    "PRODUCT": {"PRODUCT"},
    "THING": {"ORG", "PLACE", "PRODUCT"},
    "GROUP": {"ORG", "PLACE", "PERSON"},
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
MODAL_CONDITIONAL = {"would", "could", "may", "might", "should", "can", "must"}
