"""Swedish (and Norwegian): "Av Anna Berg", "Publicerad 4 november 2019", "Foto: TT"."""

BY = ("av",)
DATED = ("publicerad", "uppdaterad", "publisert", "oppdatert")
CAPTION = ("foto", "bild")
RELATED = ("läs också", "relaterade artiklar", "mest läst")
COMMENTS = ("kommentarer",)
