"""Danish: "Af Lars Holm", "Publiceret 4. november 2019", "Foto: Ritzau"."""

BY = ("af",)
DATED = ("publiceret", "opdateret")
CAPTION = ("foto",)
RELATED = ("læs også", "relaterede artikler", "mest læste")
COMMENTS = ("kommentarer",)
