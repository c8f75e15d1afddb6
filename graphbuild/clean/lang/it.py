"""Italian: "Di Mario Rossi", "A cura di ...", "Pubblicato il 30 luglio 2018", "Foto: Ansa"."""

BY = ("di", "a cura di")
DATED = ("pubblicato", "pubblicata", "aggiornato", "aggiornata")
CAPTION = ("foto", "immagine", "video")
RELATED = ("leggi anche", "articoli correlati", "potrebbe interessarti", "i più letti")
COMMENTS = ("commenti", "lascia un commento")
