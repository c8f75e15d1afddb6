"""Verbs that relate two things rather than tell a happening, when their subject is a thing
(graphbuild.events.states): "a rise in prices followed the invasion", "the agreement provides
for payments", "that gives the deal a value of $104 million", "the decline was reflected in
revenue", "estimates put it at 5%". The happenings are the things related (the rise, the
invasion); the verb says how they stand to each other. With an actor as subject the same verbs
can be deeds ("the police followed the car", "Ford gave $5 million").
"""

RELATION_VERBS = {
    "follow", "precede", "show", "prove", "reflect", "exceed", "cover", "represent",
    "involve", "require", "provide", "give", "outweigh", "mirror", "top", "surpass", "put",
}  # fmt: skip
# Pronouns that name an actor; "it" is left unread (a company as often as a thing).
ACTOR_PRONOUNS = {"he", "she", "they", "we", "i", "you", "who", "it", "whom"}
# Pronouns that stand for the noun a relative clause describes ("a law that gives ...").
RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
# Who acts, besides graphbuild.events.words.ACTOR_NOUNS: people named by what they do.
PEOPLE_NOUNS = {
    "detective", "investigator", "analyst", "researcher", "scientist", "doctor", "nurse",
    "driver", "witness", "expert", "agent", "lawyer", "attorney", "reporter", "journalist",
    "farmer", "engineer", "teacher", "trader", "buyer", "seller", "owner", "donor", "rival",
}  # fmt: skip
