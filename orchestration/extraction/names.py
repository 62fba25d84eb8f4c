"""Vietnamese family names and capital letters, shared by the people, place and date finders.

Both need to know whether a capitalised word starts a person's name: people.py to cut a name from
the organisation before it, places.py to tell "Trương Hòa Bình" (a person) from "Hòa Bình" (a
province). Family names that are also common words or place syllables ("Văn", "Sơn", "Kim", "Y" as
in "Đại học Y Hà Nội") are kept apart: they may start a name after a title, but before a place name
they are far more often something else.
"""

from __future__ import annotations

SURNAMES = frozenset(
    """
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Lâm Mai Trịnh
    Đoàn Lương Cao Tạ Hà Chu Vương Quách Tô Thân Triệu Kiều Khổng La Lại Lò Lục Mạc Nông Phùng Tăng
    Tống Hứa Âu Đàm Đào Giáp Hầu Lưu Mã Quan Thạch Tòng Vi Viên Từ Doãn Khúc Châu Diệp Giang Ông Thái
    """.split()
)
AMBIGUOUS_SURNAMES = frozenset(
    """
    Văn Khuất Ninh Bế Chế Đồng Sơn Bạch Cù Trình Nghiêm Phó Tôn Lã Kim Lữ Y Ksor Siu Rơ H'
    """.split()
)

#: Every capital letter of Vietnamese text, for character classes: a name starts with one of these.
CAPITALS = "".join(sorted({chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper()}))
