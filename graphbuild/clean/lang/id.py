"""Indonesian: "Oleh Budi Santoso", "Diterbitkan 30 Maret 2015", "Foto: Antara"."""

BY = ("oleh", "penulis")
DATED = ("diterbitkan", "dipublikasikan", "diperbarui", "diposting")
CAPTION = ("foto", "gambar")
RELATED = ("baca juga", "berita terkait", "artikel terkait", "terpopuler")
COMMENTS = ("komentar", "tinggalkan komentar")
