"""Words of a comment section's moderation notice ("Comments are moderated before they show",
"ATENÇÃO: Comentários ... não serão aprovados pelo moderador"), in the languages of the pages
we clean: a word for the comments, then one for moderating them."""

COMMENT_WORDS = (
    r"comments?",
    r"commentaires?",
    r"coment[aá]rios?",
    r"kommentare?",
    r"commenti",
    r"reacties",
)
# Moderated, moderator, moderation; moderado, moderador; modéré, modérateur; moderiert.
MODERATION_WORDS = (
    r"moderat(ed|ion|ors?)",
    r"moderad[oa]s?",
    r"moderador(es)?",
    r"mod[ée]r\w+",
    r"moderi\w+",
)
