"""French: "Par Jean Dupont", "Publié le 4 novembre 2019", "Mis à jour le ...", "Photo : AFP"."""

BY = ("par",)
DATED = ("publié", "publiée", "mis à jour")
CAPTION = ("photo", "image", "vidéo")
RELATED = ("lire aussi", "à lire aussi", "articles similaires", "sur le même sujet", "les plus lus")
COMMENTS = ("commentaires", "laisser un commentaire")
