"""Dutch: "Door Jan Smit", "Gepubliceerd op 4 november 2019", "Foto: ANP"."""

BY = ("door",)
DATED = ("gepubliceerd", "bijgewerkt")
CAPTION = ("foto", "beeld")
RELATED = ("lees ook", "gerelateerde artikelen", "meest gelezen")
COMMENTS = ("reacties", "reageer")
