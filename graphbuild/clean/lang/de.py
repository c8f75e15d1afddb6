"""German: "Von Moritz Bachmann", "Veröffentlicht am 30. Juli 2018", "Foto: dpa"."""

BY = ("von",)
DATED = ("veröffentlicht", "publiziert", "aktualisiert", "erstellt")
CAPTION = ("foto", "bild", "video")
RELATED = (
    "weitere artikel",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "auch interessant",
    "meistgelesen",
    "ähnliche artikel",
    "lesen sie auch",
)
COMMENTS = ("kommentare", "kommentar schreiben")
