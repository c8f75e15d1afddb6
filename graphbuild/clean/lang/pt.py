"""Portuguese: "Por Ana Souza", "Publicado em 22 de outubro de 2010", "Foto: Reuters"."""

BY = ("por",)
DATED = ("publicado", "publicada", "atualizado", "atualizada", "postado")
CAPTION = ("foto", "imagem", "vídeo")
RELATED = (
    "leia também",
    "leia mais",
    "veja também",
    "notícias relacionadas",
    "artigos relacionados",
    "mais lidas",
)
COMMENTS = ("comentários", "deixe um comentário")
