"""Korean: "입력 2019.11.04 10:00"; bylines put 기자 after the name."""

BY = ()
DATED = ("입력",)
CAPTION = ("사진",)
RELATED = ("관련기사", "많이 본 뉴스")
COMMENTS = ("댓글",)
