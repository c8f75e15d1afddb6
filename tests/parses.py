"""Hand-built parses for testing a rule without loading a trained pipeline."""

from spacy.lang.en import English
from spacy.tokens import Doc

# English word attributes (lower case, ...) but no trained pipeline.
VOCAB = English().vocab


def parse(*tokens: tuple[str, str, str, str, int, str]) -> Doc:
    """A parse from (word, lemma, pos, tag, head, dep) tuples; the head is a token index."""
    words, lemmas, pos, tags, heads, deps = zip(*tokens, strict=True)
    return Doc(VOCAB, words=words, lemmas=lemmas, pos=pos, tags=tags, heads=heads, deps=deps)
