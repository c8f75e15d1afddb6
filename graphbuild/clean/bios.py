"""The word a byline names its author with, in the languages of the pages we clean: "By Jane
Doe", "Von Moritz Bachmann", "Par Jean Dupont", "Por Ana Ruiz", "Door Jan Smit"."""

BYLINE_WORDS = ("by", "von", "par", "por", "di", "door", "av", "af")
