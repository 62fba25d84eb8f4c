"""Who held which national office, and when: one roster, read three ways.

An undated article's year is bounded by the terms of the leaders it names with their office
("Tổng Bí thư Nguyễn Phú Trọng"); a leader named without his office ("ông Nguyễn Phú Trọng dự ...")
holds the one he held that year; and a bare "Bộ trưởng X" is completed to his ministry, as the
annotators do from what every reader knows (many articles never name the ministry).
"""

from __future__ import annotations

from typing import NamedTuple


class Term(NamedTuple):
    office: str
    name: str
    first: int  # the year he took office
    last: int  # the year he left it; sitting holders are given the end of their term


#: The Party's, the State's and the Government's heads first (``office_held`` takes the first that
#: fits), then the heads of the Front and the Party's boards, then the ministers.
TERMS: tuple[Term, ...] = tuple(
    Term(*row)
    for row in (
        ("Tổng Bí thư", "Đỗ Mười", 1991, 1997),
        ("Tổng Bí thư", "Lê Khả Phiêu", 1997, 2001),
        ("Tổng Bí thư", "Nông Đức Mạnh", 2001, 2011),
        ("Tổng Bí thư", "Nguyễn Phú Trọng", 2011, 2024),
        ("Tổng Bí thư", "Tô Lâm", 2024, 2030),
        ("Chủ tịch nước", "Trần Đức Lương", 1997, 2006),
        ("Chủ tịch nước", "Nguyễn Minh Triết", 2006, 2011),
        ("Chủ tịch nước", "Trương Tấn Sang", 2011, 2016),
        ("Chủ tịch nước", "Trần Đại Quang", 2016, 2018),
        ("Chủ tịch nước", "Nguyễn Phú Trọng", 2018, 2021),
        ("Chủ tịch nước", "Nguyễn Xuân Phúc", 2021, 2023),
        ("Chủ tịch nước", "Võ Văn Thưởng", 2023, 2024),
        ("Chủ tịch nước", "Lương Cường", 2024, 2030),
        ("Thủ tướng", "Phan Văn Khải", 1997, 2006),
        ("Thủ tướng", "Nguyễn Tấn Dũng", 2006, 2016),
        ("Thủ tướng", "Nguyễn Xuân Phúc", 2016, 2021),
        ("Thủ tướng", "Phạm Minh Chính", 2021, 2030),
        ("Chủ tịch Quốc hội", "Nông Đức Mạnh", 1992, 2001),
        ("Chủ tịch Quốc hội", "Nguyễn Văn An", 2001, 2006),
        ("Chủ tịch Quốc hội", "Nguyễn Phú Trọng", 2006, 2011),
        ("Chủ tịch Quốc hội", "Nguyễn Sinh Hùng", 2011, 2016),
        ("Chủ tịch Quốc hội", "Nguyễn Thị Kim Ngân", 2016, 2021),
        ("Chủ tịch Quốc hội", "Vương Đình Huệ", 2021, 2024),
        ("Chủ tịch Quốc hội", "Trần Thanh Mẫn", 2024, 2030),
        ("Phó Thủ tướng thường trực", "Nguyễn Sinh Hùng", 2007, 2011),
        ("Phó Thủ tướng thường trực", "Nguyễn Xuân Phúc", 2011, 2016),
        ("Phó Thủ tướng thường trực", "Trương Hòa Bình", 2016, 2021),
        ("Phó Thủ tướng thường trực", "Phạm Bình Minh", 2021, 2023),
        ("Phó Thủ tướng", "Nguyễn Tấn Dũng", 1997, 2006),
        ("Phó Thủ tướng", "Vũ Khoan", 2002, 2006),
        ("Phó Thủ tướng", "Phạm Gia Khiêm", 2002, 2011),
        ("Phó Thủ tướng", "Hoàng Trung Hải", 2007, 2016),
        ("Phó Thủ tướng", "Vũ Văn Ninh", 2011, 2016),
        ("Phó Thủ tướng", "Vũ Đức Đam", 2013, 2023),
        ("Phó Thủ tướng", "Trịnh Đình Dũng", 2016, 2021),
        ("Phó Thủ tướng", "Vương Đình Huệ", 2016, 2020),
        ("Phó Thủ tướng", "Lê Văn Thành", 2021, 2023),
        ("Phó Thủ tướng", "Lê Minh Khái", 2021, 2024),
        ("Phó Thủ tướng", "Trần Hồng Hà", 2023, 2030),
        ("Phó Thủ tướng", "Trần Lưu Quang", 2023, 2024),
        ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Nguyễn Thiện Nhân", 2013, 2017),
        ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Trần Thanh Mẫn", 2017, 2021),
        ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Đỗ Văn Chiến", 2021, 2025),
        ("Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Ngô Văn Dụ", 2011, 2016),
        ("Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Trần Quốc Vượng", 2016, 2021),
        ("Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Trần Cẩm Tú", 2021, 2025),
        ("Trưởng ban Tuyên giáo Trung ương", "Võ Văn Thưởng", 2016, 2021),
        ("Trưởng ban Tuyên giáo Trung ương", "Nguyễn Trọng Nghĩa", 2021, 2025),
        ("Trưởng ban Tổ chức Trung ương", "Phạm Minh Chính", 2016, 2021),
        ("Trưởng ban Tổ chức Trung ương", "Trương Thị Mai", 2021, 2024),
        ("Bộ trưởng Bộ Quốc phòng", "Phùng Quang Thanh", 2006, 2016),
        ("Bộ trưởng Bộ Quốc phòng", "Ngô Xuân Lịch", 2016, 2021),
        ("Bộ trưởng Bộ Quốc phòng", "Phan Văn Giang", 2021, 2026),
        ("Bộ trưởng Bộ Công an", "Trần Đại Quang", 2011, 2016),
        ("Bộ trưởng Bộ Công an", "Tô Lâm", 2016, 2024),
        ("Bộ trưởng Bộ Ngoại giao", "Phạm Bình Minh", 2011, 2021),
        ("Bộ trưởng Bộ Ngoại giao", "Bùi Thanh Sơn", 2021, 2026),
        ("Bộ trưởng Bộ Tư pháp", "Hà Hùng Cường", 2011, 2016),
        ("Bộ trưởng Bộ Tư pháp", "Lê Thành Long", 2016, 2024),
        ("Bộ trưởng Bộ Tài chính", "Vương Đình Huệ", 2011, 2013),
        ("Bộ trưởng Bộ Tài chính", "Đinh Tiến Dũng", 2013, 2021),
        ("Bộ trưởng Bộ Tài chính", "Hồ Đức Phớc", 2021, 2024),
        ("Bộ trưởng Bộ Công Thương", "Vũ Huy Hoàng", 2011, 2016),
        ("Bộ trưởng Bộ Công Thương", "Trần Tuấn Anh", 2016, 2021),
        ("Bộ trưởng Bộ Công Thương", "Nguyễn Hồng Diên", 2021, 2026),
        ("Bộ trưởng Bộ Lao động - Thương binh và Xã hội", "Phạm Thị Hải Chuyền", 2011, 2016),
        ("Bộ trưởng Bộ Lao động - Thương binh và Xã hội", "Đào Ngọc Dung", 2016, 2025),
        ("Bộ trưởng Bộ Giao thông vận tải", "Đinh La Thăng", 2011, 2016),
        ("Bộ trưởng Bộ Giao thông vận tải", "Trương Quang Nghĩa", 2016, 2017),
        ("Bộ trưởng Bộ Giao thông vận tải", "Nguyễn Văn Thể", 2017, 2022),
        ("Bộ trưởng Bộ Xây dựng", "Trịnh Đình Dũng", 2011, 2016),
        ("Bộ trưởng Bộ Xây dựng", "Phạm Hồng Hà", 2016, 2021),
        ("Bộ trưởng Bộ Xây dựng", "Nguyễn Thanh Nghị", 2021, 2024),
        ("Bộ trưởng Bộ Thông tin và Truyền thông", "Nguyễn Bắc Son", 2011, 2016),
        ("Bộ trưởng Bộ Thông tin và Truyền thông", "Trương Minh Tuấn", 2016, 2018),
        ("Bộ trưởng Bộ Thông tin và Truyền thông", "Nguyễn Mạnh Hùng", 2018, 2025),
        ("Bộ trưởng Bộ Giáo dục và Đào tạo", "Phạm Vũ Luận", 2010, 2016),
        ("Bộ trưởng Bộ Giáo dục và Đào tạo", "Phùng Xuân Nhạ", 2016, 2021),
        ("Bộ trưởng Bộ Giáo dục và Đào tạo", "Nguyễn Kim Sơn", 2021, 2026),
        ("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn", "Cao Đức Phát", 2007, 2016),
        ("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn", "Nguyễn Xuân Cường", 2016, 2021),
        ("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn", "Lê Minh Hoan", 2021, 2024),
        ("Bộ trưởng Bộ Kế hoạch và Đầu tư", "Bùi Quang Vinh", 2011, 2016),
        ("Bộ trưởng Bộ Kế hoạch và Đầu tư", "Nguyễn Chí Dũng", 2016, 2024),
        ("Bộ trưởng Bộ Nội vụ", "Nguyễn Thái Bình", 2011, 2016),
        ("Bộ trưởng Bộ Nội vụ", "Lê Vĩnh Tân", 2016, 2021),
        ("Bộ trưởng Bộ Nội vụ", "Phạm Thị Thanh Trà", 2021, 2026),
        ("Bộ trưởng Bộ Y tế", "Nguyễn Thị Kim Tiến", 2011, 2019),
        ("Bộ trưởng Bộ Y tế", "Nguyễn Thanh Long", 2020, 2022),
        ("Bộ trưởng Bộ Khoa học và Công nghệ", "Nguyễn Quân", 2011, 2016),
        ("Bộ trưởng Bộ Khoa học và Công nghệ", "Chu Ngọc Anh", 2016, 2020),
        ("Bộ trưởng Bộ Khoa học và Công nghệ", "Huỳnh Thành Đạt", 2020, 2024),
        ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Hoàng Tuấn Anh", 2011, 2016),
        ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Nguyễn Ngọc Thiện", 2016, 2021),
        ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Nguyễn Văn Hùng", 2021, 2026),
        ("Bộ trưởng Bộ Tài nguyên và Môi trường", "Nguyễn Minh Quang", 2011, 2016),
        ("Bộ trưởng Bộ Tài nguyên và Môi trường", "Trần Hồng Hà", 2016, 2022),
    )
)

#: Everyone on the roster.
HOLDERS = frozenset(t.name for t in TERMS)


def office_held(name: str, year: int) -> str | None:
    """The highest national office ``name`` held all through ``year`` (first listed wins), else None.
    A term's first and last years are shared with the office before or after, so they give nothing."""
    return next((t.office for t in TERMS if t.name == name and t.first < year < t.last), None)


def minister_title(name: str, year: int | None) -> str | None:
    """ "Bộ trưởng Bộ Y tế" for the one who led the Ministry of Health in ``year``, else None. A
    minister's first and last years count: a bare "Bộ trưởng" in the news is the one in office."""
    if year is None:
        return None
    return next(
        (
            t.office
            for t in TERMS
            if t.name == name and t.office.startswith("Bộ trưởng") and t.first <= year <= t.last
        ),
        None,
    )
