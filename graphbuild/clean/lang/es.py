"""Spanish: "Por Ana Ruiz", "Publicado el 4 de noviembre de 2019", "Foto: EFE"."""

BY = ("por",)
DATED = ("publicado", "publicada", "actualizado", "actualizada")
CAPTION = ("foto", "imagen", "vídeo")
RELATED = (
    "lee también",
    "noticias relacionadas",
    "te puede interesar",
    "lo más leído",
    "artículos relacionados",
)
COMMENTS = ("comentarios", "deja un comentario")
