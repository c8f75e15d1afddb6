"""Word lists of the merge stage: which actions are one, told apart from the logic.

Each list is general English, not the words of a benchmark: groups of verbs news uses for
one kind of happening, and the function words that say nothing about which happening a
sentence reports. (A verb's nouns are in :mod:`graphbuild.events.derivation`.)
"""

# Verbs (and nouns) that report one kind of happening: two mentions whose actions share a
# group may be one event; the rest of the evidence decides whether they are.
SYNONYM_GROUPS = (
    ("say", "tell", "state", "add", "note", "remark", "comment", "declare", "announce", "report"),
    ("vow", "pledge", "promise", "swear", "insist", "say"),
    ("kill", "slay", "murder", "assassinate", "execute"),
    ("die", "perish", "succumb"),
    ("shoot", "gun"),
    ("injure", "wound", "hurt", "maim"),
    ("attack", "assault", "raid", "ambush", "storm"),
    ("bomb", "explode", "blast", "detonate", "explosion"),
    ("arrest", "detain", "apprehend", "nab", "custody"),
    ("charge", "indict", "accuse"),
    ("convict", "sentence", "jail", "imprison"),
    ("release", "free", "parole"),
    ("quake", "tremor", "temblor", "shake", "jolt", "rock", "strike", "hit"),
    ("crash", "collide", "collision", "wreck"),
    ("flood", "inundate", "deluge"),
    ("burn", "blaze", "engulf"),
    ("steal", "rob", "loot", "thieve", "heist"),
    ("rescue", "save", "evacuate"),
    ("appoint", "name", "nominate", "hire", "tap", "choose", "select", "pick"),
    ("fire", "dismiss", "sack", "oust", "axe"),
    ("resign", "quit", "retire", "leave"),
    ("buy", "acquire", "purchase", "takeover"),
    ("sell", "divest"),
    ("merge", "combine"),
    ("launch", "unveil", "introduce", "debut", "release", "present", "reveal", "show"),
    ("win", "clinch", "capture", "claim"),
    ("beat", "defeat", "top", "overcome"),
    ("meet", "talk", "confer", "summit"),
    ("visit", "tour"),
    ("sign", "ink"),
    ("elect", "vote"),
    ("sink", "capsize"),
    ("hijack", "seize"),
    ("kidnap", "abduct"),
    ("protest", "demonstrate", "rally", "march"),
    ("strike", "walkout"),
    ("cut", "slash", "reduce", "lay", "layoff"),
    ("rise", "grow", "increase", "climb", "jump", "gain", "soar"),
    ("fall", "drop", "decline", "slide", "plunge", "sink", "slump"),
)

# Words of a sentence that say nothing about which happening it reports.
_STOPWORD_TEXT = """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself yourselves said says say told tell according one two new year years last first
    may might must shall like get got since just week day days monday tuesday wednesday
    thursday friday saturday sunday today yesterday tomorrow mr mrs ms"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
