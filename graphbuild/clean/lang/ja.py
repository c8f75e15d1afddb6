"""Japanese: "投稿日：2018年8月16日", "更新日 2018-08-17"; bylines name the author after the name."""

BY = ()
DATED = ("投稿日", "公開日", "更新日", "掲載日")
CAPTION = ("写真",)
RELATED = ("関連記事", "関連ニュース", "人気記事")
COMMENTS = ("コメント",)
