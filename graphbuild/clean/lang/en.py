"""English: "By Jane Doe", "From Reuters", "Published November 4, 2019", "Photo: ..."."""

BY = ("by", "from")
DATED = ("published", "updated", "posted")
CAPTION = ("photo", "picture", "image", "video", "pictured")
# The headers of a box of other stories and of the readers' comments: English ones take more
# shapes ("3 comments", "More from ..."), patterns of graphbuild.clean.lines.
RELATED = ()
COMMENTS = ()
