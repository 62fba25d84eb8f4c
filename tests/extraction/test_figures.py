import pytest

from orchestration.extraction.figures import find_figures
from orchestration.extraction.model import Sentence

OFFSET = 1000  # sentences sit anywhere in a document: offsets must be absolute


def figures(text):
    return find_figures(Sentence(index=3, start=OFFSET, end=OFFSET + len(text), text=text))


def only(text):
    found = figures(text)
    assert len(found) == 1, [(f.text, f.value, f.unit) for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "span"),
    [
        # money
        ("Thu nhập bình quân đầu người đạt 49,26 triệu đồng.", 49_260_000, "VND", "49,26 triệu đồng"),
        ("Tổng vốn của dự án là 566 tỷ 384 triệu đồng.", 566_384_000_000, "VND", "566 tỷ 384 triệu đồng"),
        ("Tỉnh thu ngân sách được 3.600 tỷ đồng trong quý.", 3_600_000_000_000, "VND", "3.600 tỷ đồng"),
        ("Thu nội địa của thành phố đạt 15.200 tỉ, vượt dự toán.", 15_200_000_000_000, "VND", "15.200 tỉ"),
        ("Dự án nhà máy điện 45 ngàn tỷ được khởi công.", 45_000_000_000_000, "VND", "45 ngàn tỷ"),
        ("Mỗi suất quà trị giá 500.000đ.", 500_000, "VND", "500.000đ"),
        ("Kinh phí hỗ trợ là 1 triệu 200 nghìn đồng mỗi hộ.", 1_200_000, "VND", "1 triệu 200 nghìn đồng"),
        # hundreds after a thousand close the amount
        ("Cả nước có trên 9 nghìn 500 tiêu chuẩn.", 9500, "count", "trên 9 nghìn 500 tiêu chuẩn"),
        ("Huyện còn 2 ngàn 300 hộ nghèo.", 2300, "count", "2 ngàn 300 hộ nghèo"),
        ("Khoản vay trị giá 35 tỷ VNĐ đã được giải ngân.", 35_000_000_000, "VND", "35 tỷ VNĐ"),
        # a qualifier makes a number that could be a year a count
        ("Hội nghị có hơn 2000 đại biểu tham dự.", 2000, "count", "hơn 2000 đại biểu tham dự"),
        ("Kim ngạch xuất khẩu đạt 2,3 tỷ USD.", 2_300_000_000, "USD", "2,3 tỷ USD"),
        ("Tổng vốn đăng ký là 415 triệu USD.", 415_000_000, "USD", "415 triệu USD"),
        ("Doanh nghiệp cam kết đầu tư 4,5 tỷ đô la vào khu kinh tế.", 4_500_000_000, "USD", "4,5 tỷ đô la"),
        ("Số tiền viện trợ là 12 triệu đô-la.", 12_000_000, "USD", "12 triệu đô-la"),
        # the currency's country belongs to its unit: the bracket after it may date the figure
        ("Thu nhập bình quân là 35.431 đô la Mỹ (năm 2015).", 35_431, "USD", "35.431 đô la Mỹ"),
        # percent
        ("Tốc độ tăng trưởng kinh tế đạt 6,95% so với cùng kỳ.", 6.95, "percent", "6,95%"),
        ("Tỷ lệ hộ nghèo giảm còn 3,2 phần trăm.", 3.2, "percent", "3,2 phần trăm"),
        ("Tỷ lệ che phủ rừng đạt 0,8 %.", 0.8, "percent", "0,8 %"),
        # lengths, areas, weights, power
        ("Tỉnh có hơn 230 km đường biên giới.", 230, "km", "hơn 230 km"),
        ("Tổng diện tích là 3,9 triệu m2sàn nhà ở.", 3_900_000, "m2", "3,9 triệu m2"),  # glued by the crawl
        ("Tuyến kè có tổng chiều dài 23.667 m.", 23.667, "km", "23.667 m"),
        ("Tuyến đường dài 12 ki-lô-mét đã thông xe.", 12, "km", "12 ki-lô-mét"),
        ("Diện tích gieo trồng đạt trên 125.000 ha.", 125_000, "ha", "trên 125.000 ha"),
        ("Khu bảo tồn rộng 5 nghìn km2.", 500_000, "ha", "5 nghìn km2"),
        ("Vùng đệm rộng 12 km² ven sông.", 1200, "ha", "12 km²"),
        ("Xã trồng mới 40 hécta rừng.", 40, "ha", "40 hécta"),
        ("Nhà văn hóa rộng 350 m2.", 350, "m2", "350 m2"),
        ("Hội viên hiến 12.000 mét vuông đất.", 12_000, "m2", "12.000 mét vuông"),
        ("Sản lượng lương thực đạt 37,7 vạn tấn.", 377_000, "tonne", "37,7 vạn tấn"),
        ("Sản lượng thủy sản đạt 2 triệu tấn.", 2_000_000, "tonne", "2 triệu tấn"),
        ("Nhà máy có công suất 1.200 MW.", 1200, "MW", "1.200 MW"),
        ("Trang trại điện gió có công suất 2,5 GW.", 2500, "MW", "2,5 GW"),
        ("Hệ thống điện mặt trời mái nhà đạt 500 kW.", 0.5, "MW", "500 kW"),
        ("Lực lượng chức năng thu giữ 25 kg ma túy.", 0.025, "tonne", "25 kg"),
        ("Mỗi hộ được hỗ trợ 10 ký gạo.", 0.01, "tonne", "10 ký"),
        # counts
        ("Tỉnh có 2 cửa khẩu quốc tế.", 2, "count", "2 cửa khẩu quốc tế"),
        ("Ban chỉ đạo đã xử lý 22 vụ án.", 22, "count", "22 vụ án"),
        ("Tỉnh đón 1,2 triệu lượt khách du lịch.", 1_200_000, "count", "1,2 triệu lượt khách du lịch"),
        ("Cả nước có hơn 7 tỷ người tiêu dùng.", 7_000_000_000, "count", "hơn 7 tỷ người tiêu dùng"),
        ("Thành phố có 18.500 DN đang hoạt động.", 18_500, "count", "18.500 DN"),
        ("Huyện đã sắp xếp 14 đơn vị hành chính cấp xã.", 14, "count", "14 đơn vị hành chính cấp xã"),
        ("Tổ công tác làm việc với 12 hộ dân.", 12, "count", "12 hộ dân"),
        ("Tỉnh đã có 45 xã đạt chuẩn nông thôn mới.", 45, "count", "45 xã"),
        # "mẫu" is a sample counted, except before the land it measures as an old area unit
        ("Kết quả có 3 mẫu dương tính với virus.", 3, "count", "3 mẫu dương tính"),
        ("Chỉ có 11/1.345 mẫu thịt vượt ngưỡng.", 11, "count", "11/1.345 mẫu thịt vượt ngưỡng"),
        ("Nhiều hộ mất đến hơn 2 mẫu ruộng.", 2, "other", "hơn 2 mẫu"),
        # words that end in a label word: "con số" is "the figure of", not "số 5"; "danh mục" is a
        # list, not a section like "mục 3"
        ("Kim ngạch xuất khẩu tôm đã vượt qua con số 2,1 tỷ USD.", 2_100_000_000, "USD", "2,1 tỷ USD"),
        ("Thành phố đã giới thiệu danh mục 136 dự án đến các nhà đầu tư.", 136, "count", "136 dự án"),
    ],
)
def test_reads_value_unit_and_span(sentence, value, unit, span):
    figure = only(sentence)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit
    assert figure.text == span
    assert sentence[figure.start - OFFSET : figure.end - OFFSET] == span
    assert figure.sentence_index == 3


@pytest.mark.parametrize(
    ("sentence", "unit_text"),
    [
        ("Tỉnh có 3 cửa khẩu quốc tế.", "cửa khẩu quốc tế"),
        ("Tỉnh giảm 54 phòng, ban cấp tỉnh và tương đương.", "phòng, ban cấp tỉnh"),
        ("Cơ quan điều tra khởi tố 37 bị can, bị cáo về tội tham ô.", "bị can, bị cáo"),
        # "tất cả" after the comma is "all of", no second noun
        ("Thành phố nay có 8 triệu người, tất cả đều cần nhà ở.", "người"),
        ("Tỉnh đã sáp nhập 19 đơn vị hành chính cấp xã.", "đơn vị hành chính cấp xã"),
        ("Thành phố cấp phép cho 12 dự án đầu tư nước ngoài trong tháng.", "dự án đầu tư nước ngoài"),
        ("Toàn huyện có 7 trường THPT.", "trường THPT"),
        ("Tổng thu đạt 49,26 triệu đồng.", "triệu đồng"),
        ("Tỉnh có 15 dự án được cấp phép mới.", "dự án"),
        ("Tỉnh có 2 cửa khẩu quốc tế, 4 cửa khẩu phụ.", "cửa khẩu quốc tế"),
        ("Đợt lũ làm 14 người chết, 9 người bị thương.", "người chết"),
        # "bị" ends "thiết bị" where it would otherwise be the passive
        ("Bệnh viện có 649 thiết bị chưa được sử dụng.", "thiết bị"),
        ("Kiểm toán phát hiện 120 trang thiết bị y tế bị hỏng.", "trang thiết bị y tế"),
        # facilities written with a capital, as if each were a name
        ("Thành phố có 286 Trạm Y tế phường, xã.", "Trạm Y tế phường"),
        ("Cả nước có khoảng 1.400 Bệnh viện công lập.", "Bệnh viện công lập"),
        ("Huyện có 31 Hợp tác xã nông nghiệp.", "Hợp tác xã nông nghiệp"),
        ("Tỉnh có 12 Trung tâm Y tế huyện.", "Trung tâm Y tế huyện"),
        ("Quận có 9 Phòng khám đa khoa.", "Phòng khám đa khoa"),
        # people and bodies capitalised out of respect, and long abbreviations of workers
        ("Tỉnh có 2.838 Mẹ Việt Nam anh hùng.", "Mẹ Việt Nam anh hùng"),
        ("Tỉnh có 56 Bà mẹ Việt Nam Anh hùng còn sống.", "Bà mẹ Việt Nam Anh hùng"),
        ("Huyện có 4 Anh hùng lực lượng vũ trang.", "Anh hùng lực lượng vũ trang"),
        ("Liên đoàn quản lý hơn 19.200 Công đoàn cơ sở.", "Công đoàn cơ sở"),
        ("Toàn tỉnh có trên 157.000 CNVCLĐ.", "CNVCLĐ"),
        # the short forms of workers, companies, hospitals and clubs
        ("Ngành dệt may tạo việc làm cho trên 80.000 LĐ.", "LĐ"),
        ("Thị trường có gần 1.500 Cty phân phối.", "Cty phân phối"),
        ("Thành phố có 42 BV công lập.", "BV công lập"),
        ("Tỉnh có 25 CLB dưỡng sinh.", "CLB dưỡng sinh"),
        # a noun in quotes is read inside them
        ('Cục đã thống kê 40 "điểm đen" trên quốc lộ.', "điểm đen"),
        ("Tỉnh tuyên dương 57 “sinh viên 5 tốt” năm nay.", "sinh viên 5 tốt"),
    ],
)
def test_unit_text_is_the_bounded_noun_phrase(sentence, unit_text):
    assert figures(sentence)[0].unit_text == unit_text


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ('Cục đã thống kê 40 "điểm đen" trên quốc lộ.', '40 "điểm đen"'),
        ("Tỉnh tuyên dương 57 “sinh viên 5 tốt” năm nay.", "57 “sinh viên 5 tốt”"),
        ("Xã có 12 ‘làng nghề’ được công nhận.", "12 ‘làng nghề’"),
    ],
)
def test_a_count_of_a_quoted_noun_runs_to_the_closing_quote(sentence, span):
    assert [f.text for f in figures(sentence)] == [span]


@pytest.mark.parametrize(
    "sentence", ['Kỳ thi áp dụng 3 "không" trong năm nay.', 'Ông dự lễ lần 2 "Hội An Festival".']
)
def test_a_quoted_stop_word_or_name_counts_nothing(sentence):
    assert figures(sentence) == []


def test_a_list_gives_one_figure_per_quantity():
    found = figures("Tỉnh có 3 cửa khẩu quốc tế, 1 cửa khẩu chính và 11 cửa khẩu phụ.")
    assert [(f.value, f.unit_text) for f in found] == [
        (3, "cửa khẩu quốc tế"),
        (1, "cửa khẩu chính"),
        (11, "cửa khẩu phụ"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "span"),
    [
        ("Từ đầu nhiệm kỳ, tỉnh đã giảm hai đơn vị cấp tỉnh.", 2, "hai đơn vị cấp tỉnh"),
        ("Ban chỉ đạo theo dõi ba vụ việc phức tạp.", 3, "ba vụ việc phức tạp"),
        ("Vụ tai nạn khiến bốn người bị thương.", 4, "bốn người bị thương"),
        ("Năm người trong đoàn đã được cấp cứu.", 5, "Năm người"),
        ("Đến nay đã có mười lăm xã về đích.", 15, "mười lăm xã"),
        ("Lũ quét làm hàng trăm hộ dân bị ngập.", 100, "hàng trăm hộ dân"),
        ("Mưa lớn làm hàng ngàn ngôi nhà bị tốc mái.", 1000, "hàng ngàn ngôi nhà"),
        ("Sự kiện thu hút gần triệu người xem.", 1_000_000, "gần triệu người xem"),
        ("Sản lượng đạt hai triệu rưỡi tấn.", 2_500_000, "hai triệu rưỡi tấn"),
        ("Năm qua tỉnh có bốn nút giao hay xảy ra tai nạn.", 4, "bốn nút giao"),
    ],
)
def test_number_words_before_counted_nouns_or_units(sentence, value, span):
    figure = only(sentence)
    assert figure.value == pytest.approx(value)
    assert figure.text == span


@pytest.mark.parametrize(
    "sentence",
    [
        "Một số doanh nghiệp vẫn gặp khó khăn.",
        "Năm nay tỉnh tiếp tục cải cách hành chính.",
        "Trong năm người dân đã được hỗ trợ kịp thời.",
        "Quan hệ hai nước không ngừng phát triển.",
        "Hai bên nhất trí tăng cường hợp tác.",
        "Ba mẹ em đều làm nông nghiệp.",
        "Thủ tướng làm việc một cách thẳng thắn.",
        "Mặt hàng 35 loại được miễn thuế.",
    ],
)
def test_number_words_that_are_not_quantities(sentence):
    assert [f.text for f in figures(sentence) if not f.text[0].isdigit()] == []


@pytest.mark.parametrize(
    ("sentence", "qualifier", "span"),
    [
        ("Tỉnh có hơn 230 km đường biên giới.", "more_than", "hơn 230 km"),
        ("Diện tích đạt trên 8.000 ha.", "more_than", "trên 8.000 ha"),
        ("Tổng vốn vượt 500 tỷ đồng.", "more_than", "vượt 500 tỷ đồng"),
        ("Cần tối thiểu 25 nghìn doanh nghiệp.", "more_than", "tối thiểu 25 nghìn doanh nghiệp"),
        ("Thu nội địa chỉ có khoảng hơn 20.000 tỷ.", "more_than", "khoảng hơn 20.000 tỷ"),
        ("Toàn tỉnh có khoảng trên 800 con trâu, bò bị chết.", "more_than", "khoảng trên 800 con trâu, bò"),
        ("Tỷ lệ hộ nghèo còn dưới 3%.", "less_than", "dưới 3%"),
        ("Hai mươi năm trước, thành phố có chưa đến 30 DN.", "less_than", "chưa đến 30 DN"),
        ("Nợ vay không vượt quá 40% số thu.", "less_than", "không vượt quá 40%"),
        ("Thành phố được vay không quá 30% số thu.", "less_than", "không quá 30%"),
        ("Dự án có mức đầu tư khoảng 700 tỷ đồng.", "approx", "khoảng 700 tỷ đồng"),
        ("Tỷ lệ hộ nghèo giảm gần 10%.", "approx", "gần 10%"),
        ("Diện tích khai thác xấp xỉ 50%.", "approx", "xấp xỉ 50%"),
        ("Tổng chiều dài cao tốc ước tính 2.000 km.", "approx", "ước tính 2.000 km"),
        ("Lượng hàng tồn kho trên dưới 9 triệu tấn.", "approx", "trên dưới 9 triệu tấn"),
        ("Có chừng 300 người đến dự.", "approx", "chừng 300 người"),
    ],
)
def test_qualifiers(sentence, qualifier, span):
    figure = only(sentence)
    assert figure.qualifier == qualifier
    assert figure.text == span


def test_a_bracket_before_the_qualifier_does_not_hide_it():
    figure = only("Dân số của tỉnh (khoảng 500.000 người) tăng nhanh.")
    assert (figure.text, figure.qualifier) == ("khoảng 500.000 người", "approx")


def test_a_year_after_den_is_no_range_bound():
    figure = only("Tỷ lệ hộ nghèo giảm 5% đến 2020.")
    assert (figure.text, figure.is_range) == ("5%", False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tăng trưởng đạt 7%, cao hơn 1,5% so với giai đoạn trước.",
        "Năng suất lúa đạt 6 tấn, nhiều hơn 12% so với vụ trước.",
        "Giá trị sản xuất lớn hơn 20% năm ngoái, đạt 900 tỷ đồng.",
    ],
)
def test_comparative_hon_is_not_a_qualifier(sentence):
    assert [f.qualifier for f in figures(sentence)] == [None, None]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "span"),
    [
        ("Chi phí điện chiếm 15% - 20% giá thành.", 15, "percent", "15% - 20%"),
        ("Mục tiêu tăng trưởng đạt 10,2-10,5%.", 10.2, "percent", "10,2-10,5%"),
        ("Kim ngạch có thể đạt 8-10 tỉ USD.", 8_000_000_000, "USD", "8-10 tỉ USD"),
        ("Tỉnh phấn đấu có 2,5 - 3 nghìn doanh nghiệp.", 2500, "count", "2,5 - 3 nghìn doanh nghiệp"),
        ("Mỗi căn nhà trị giá từ 70 – 120 triệu đồng.", 70_000_000, "VND", "70 – 120 triệu đồng"),
        ("Mỗi lớp có từ 5 đến 7 học viên.", 5, "count", "5 đến 7 học viên"),
        ("Tỉnh thu hút 15-16 triệu lượt khách.", 15_000_000, "count", "15-16 triệu lượt khách"),
        # "đến" without "từ": a bound a little above the value, its scale written once
        ("Sạt lở làm 7 đến 8 căn nhà bị ảnh hưởng.", 7, "count", "7 đến 8 căn nhà"),
        ("Doanh thu mỗi năm đạt 30 đến 35 tỷ đồng.", 30_000_000_000, "VND", "30 đến 35 tỷ đồng"),
        # after a bracket, "từ" still opens the range
        (
            "Mức phạt (từ 1 triệu đến 2 triệu đồng) được áp dụng.",
            1_000_000,
            "VND",
            "1 triệu đến 2 triệu đồng",
        ),
    ],
)
def test_ranges_take_the_lower_bound(sentence, value, unit, span):
    figure = only(sentence)
    assert figure.is_range
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit
    assert figure.text == span


@pytest.mark.parametrize(
    ("sentence", "value", "total", "span"),
    [
        ("Chỉ số PCI của tỉnh xếp thứ 15/63 tỉnh, thành.", 15, 63, "15/63"),
        ("Năm nay tỉnh xếp hạng 21/63 về chỉ số PAPI.", 21, 63, "21/63"),
        ("Tỉnh đứng thứ 6 toàn quốc về chuyển đổi số.", 6, None, "thứ 6"),
        ("Tỉnh xếp thứ 2 về chỉ số xanh cấp tỉnh.", 2, None, "thứ 2"),
        ("Huyện vươn lên vị trí thứ 3 trong khu vực.", 3, None, "thứ 3"),
        ("Tỉnh xếp thứ hai cả nước về thu hút đầu tư.", 2, None, "thứ hai"),
        ("Hải Phòng là thành phố cảng lớn thứ hai của cả nước.", 2, None, "thứ hai"),
        ("Đây là tỉnh đông dân thứ ba của vùng.", 3, None, "thứ ba"),
        ("Thu ngân sách của tỉnh đứng thứ tư các tỉnh, thành phố trong cả nước.", 4, None, "thứ tư"),
        ("Thành phố đứng đầu cả nước về chỉ số PCI.", 1, None, "đứng đầu"),
        ("Tỉnh lọt vào top 10 địa phương có môi trường đầu tư tốt.", 10, None, "top 10"),
        ("Chỉ số PCI của tỉnh nằm trong tốp 20/63 tỉnh, thành phố.", 20, 63, "20/63"),
        ("Năm 2022 chỉ số cải cách hành chính của tỉnh tăng 9 bậc.", 9, None, "9 bậc"),
        ("Năm 2022 chỉ số cải cách hành chính của tỉnh tụt hạng 5 bậc.", 5, None, "5 bậc"),
        # a place held at a "hạng" of a ranking, in digits or in words
        ("Chỉ số cải cách hành chính của thành phố tụt xuống hạng 18.", 18, None, "hạng 18"),
        ("Năm 2014 thành phố đứng hạng sáu về chỉ số cải cách hành chính.", 6, None, "hạng sáu"),
        # the field after "của" or in ASEAN names a ranking without a verb before it
        ("Quy mô kinh tế của Việt Nam hiện ở thứ 35 của thế giới.", 35, None, "thứ 35"),
        ("Sản lượng cà phê của Việt Nam hiện là thứ 2 ASEAN.", 2, None, "thứ 2"),
    ],
)
def test_ranks(sentence, value, total, span):
    figure = only(sentence)
    assert figure.unit == "rank"
    assert figure.value == value
    assert figure.rank_total == total
    assert figure.text == span


@pytest.mark.parametrize(
    ("sentence", "value", "unit_text"),
    [
        ("Xã đã đạt 15/19 tiêu chí nông thôn mới.", 15, "tiêu chí nông thôn mới"),
        ("Có 4/4 làng đạt danh hiệu làng văn hóa.", 4, "làng"),
        ("Đến nay 45/63 tỉnh, thành phố đã hoàn thành.", 45, "tỉnh, thành phố"),
        ("Tỷ lệ hộ nghèo còn 6,4%; 8/9 khu dân cư đạt danh hiệu văn hóa.", 8, "khu dân cư"),
        # a total with thousands dots is no year
        ("Thành phố mới cải tạo được 23/1.420 khu tập thể cũ.", 23, "khu tập thể cũ"),
        ("Huyện đã hỗ trợ 2.100/3.050 hộ.", 2100, "hộ"),
    ],
)
def test_a_share_that_is_not_a_ranking_is_a_count(sentence, value, unit_text):
    figure = next(f for f in figures(sentence) if f.unit == "count")
    assert figure.value == value
    assert figure.rank_total is None
    assert figure.unit_text == unit_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngân sách mới đáp ứng một phần nhu cầu (4500/27.310 tỷ đồng).",
        "Tỉnh đã giải ngân 120/350 triệu USD vốn vay.",
    ],
)
def test_a_part_of_an_amount_counts_no_scale_word(sentence):
    assert [f for f in figures(sentence) if f.unit == "count"] == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "unit_text"),
    [
        ("Năng suất lúa đạt 60 tạ/ha.", 60, "other", "tạ/ha"),
        ("Mô hình cho thu nhập 150 triệu đồng/ha/năm.", 150_000_000, "other", "triệu đồng/ha/năm"),
        ("Thu nhập bình quân đạt 36,5 triệu đồng/năm.", 36_500_000, "VND", "triệu đồng/năm"),
        # an amount per day or month is a rate; per year it is the year's amount
        ("Bãi rác tiếp nhận gần 1.000 tấn/ngày.", 1000, "other", "tấn/ngày"),
        ("Công nhân có thu nhập 7 triệu đồng/tháng.", 7_000_000, "other", "triệu đồng/tháng"),
        ("GRDP bình quân đầu người đạt 3.100 USD/người.", 3100, "USD", "USD/người"),
        ("Thu nhập bình quân hiện nay là 640USD/đầu người.", 640, "USD", "USD/đầu người"),
        ("Diện tích nhà ở bình quân đạt 22 m2/đầu người.", 22, "other", "m2/đầu người"),
        ("Vốn FDI tăng gấp 2 lần cùng kỳ.", 2, "other", "lần"),
        ("Vốn FDI 6 tháng tăng gấp đôi cùng kỳ.", 2, "other", "lần"),
        ("Chỉ số PCI của tỉnh đạt 65,5 điểm.", 65.5, "other", "điểm"),
        # foreign money is no đồng, though "tỷ" alone means đồng
        ("Nhật Bản cho vay 95,2 tỷ yên trong năm tài khóa.", 95_200_000_000, "other", "tỷ yên"),
        ("Quỹ tài trợ 40 triệu won cho trường.", 40_000_000, "other", "triệu won"),
        ("Khu vực này có 64 điểm sạt lở nguy hiểm.", 64, "count", "điểm sạt lở nguy hiểm"),
        # a count per unit is a rate; a count a year and alternative kinds of place stay counts
        ("Bình quân mỗi xã đạt 14,2 tiêu chí/xã.", 14.2, "other", "tiêu chí/xã"),
        ("Mật độ dân số của quận là 9.450 người/km2.", 9450, "other", "người/km2"),
        ("Mật độ dân số lên tới 12.300 người/km 2.", 12_300, "other", "người/km 2"),
        ("Bệnh viện tiếp nhận khoảng 80 người/ngày.", 80, "other", "người/ngày"),
        ("Sân bay có công suất 30 triệu lượt khách/năm.", 30_000_000, "count", "lượt khách/năm"),
        ("Trung bình có 167,8 vụ ngộ độc/năm.", 167.8, "count", "vụ ngộ độc/năm"),
        ("Cả nước có hơn 5.000 người mắc/năm.", 5000, "count", "người mắc/năm"),
        ("Dịch đã lan ra 112 xã/phường/thị trấn.", 112, "count", "xã/phường/thị trấn"),
        ("Đã có 18 tỉnh/thành phố ký cam kết.", 18, "count", "tỉnh/thành phố"),
        # a rate per area or per head spelled out
        ("Năng suất ngô đạt 5,5 tấn trên một ha.", 5.5, "other", "tấn trên một ha"),
        ("Lượng rau dư ra khoảng 15 kg trên mỗi người dân.", 15, "other", "kg trên mỗi người"),
        ("Suất đầu tư 150 tỷ đồng cho một kilomet.", 150_000_000_000, "other", "tỷ đồng cho một kilomet"),
        # ... but money per head keeps its unit, and so does an amount per day spelled out
        ("Mỗi suất học bổng 2 triệu đồng mỗi người.", 2_000_000, "VND", "triệu đồng"),
        ("Nhà máy đốt 600 tấn mỗi ngày.", 600, "tonne", "tấn"),
        # the part of a length or area done, out of the total
        ("Đường liên xã được bê tông hóa 12,4/15,8km.", 12.4, "km", "km"),
        ("Xã đã dồn điền 40/52 ha.", 40, "ha", "ha"),
        # ... and of a sum, the scale of the total being the part's too
        ("Dự án đã giải ngân 2.477/10.825 tỷ đồng.", 2_477_000_000_000, "VND", "tỷ đồng"),
        ("Tỉnh đã chi trả 923,835/1.010 tỷ đồng cho người dân.", 923_835_000_000, "VND", "tỷ đồng"),
        # an amount over its whole is no rate
        ("Sản lượng giảm trên 12 vạn tấn/tổng sản lượng cả vụ.", 120_000, "tonne", "vạn tấn"),
    ],
)
def test_rates_and_other_units(sentence, value, unit, unit_text):
    figure = only(sentence)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit
    assert figure.unit_text == unit_text


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # a bare "điểm" beside the kind of site it counts is those sites, not a mark
        ("Năm 2016, quận có 16 điểm, đã xóa được 3 điểm úng ngập.", [(16, "count"), (3, "count")]),
        ("Tỉnh có 107 điểm đen, mới xử lý được 32 điểm.", [(107, "count"), (32, "count")]),
        ("Thành phố có 37 điểm kẹt xe, tăng 11 điểm so với năm 2015.", [(37, "count"), (11, "count")]),
        # ... or in a sentence telling of landslides, floods or jams
        ("Mưa lũ làm 26 điểm, đường liên xã bị sạt lở, ách tắc.", [(26, "count")]),
        ("Huyện còn 18 điểm thường xuyên úng ngập.", [(18, "count")]),
        # ... while an index's points stay marks, whatever else is counted
        ("Chỉ số PCI đạt 65,5 điểm, tăng 2 điểm.", [(65.5, "other"), (2, "other")]),
        ("Tỉnh có 12 điểm thi, thí sinh đạt trung bình 6 điểm.", [(12, "count"), (6, "other")]),
    ],
)
def test_bare_points_count_the_sites_named_beside_them(sentence, counts):
    assert [(f.value, f.unit) for f in figures(sentence)] == counts


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Khi đó tỉnh sẽ chiếm 1/10 chiều dài cao tốc cả nước.", 10),
        ("Rừng đầu nguồn chiếm tới 3/4 diện tích rừng của huyện.", 75),
        ("Số bài báo quốc tế của ta chỉ bằng 1/3 của nước láng giềng.", 100 / 3),
        ("Nguồn đá tại chỗ chỉ đáp ứng được 1/4 nhu cầu xây dựng của tỉnh.", 25),
        # a whole after a simple fraction makes it a share without a verb
        ("Khi đó, 1/3 dân số toàn tỉnh sẽ thiếu đói.", 100 / 3),
        ("Tỉnh có khoảng 2/3 diện tích bờ biển bị sạt lở.", 200 / 3),
        ("Họ chỉ tuyển được 1/3 số lao động dự tuyển.", 100 / 3),
        # one part of a few of anything: one of four tourists is never counted so
        ("Theo thống kê, 1/4 du khách đến đây là doanh nhân.", 25),
        ("Chỉ có 1/7 đơn vị đạt yêu cầu.", 100 / 7),
    ],
)
def test_a_share_of_a_total_is_a_percent(sentence, value):
    figure = only(sentence)
    assert figure.unit == "percent"
    assert figure.value == pytest.approx(value, rel=1e-9)  # exact: 66.67 is no 2/3


def test_a_date_after_den_is_no_share():
    assert figures("Đợt kiểm tra kéo dài từ 1/4 đến 1/5 năm nay.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dịp nghỉ lễ 30/4 và 1/5 sắp tới, lượng khách tăng.",
        "Sáng 1/2 đoàn đến thăm.",
        "Ngày 1/5 công nhân được nghỉ.",
    ],
)
def test_a_day_of_the_month_is_no_share(sentence):
    assert [f for f in figures(sentence) if f.unit == "percent"] == []


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Chỉ số PCI năm 2022 của tỉnh xếp thứ 15/63.", 2022, 2022),
        ("Tăng trưởng giai đoạn 2021-2022 đạt 6,95%.", 2021, 2022),
        ("Giai đoạn 2016 – 2020, thành phố đầu tư 9.963 tỷ đồng.", 2016, 2020),
        ("Từ đầu nhiệm kỳ 2020-2025 đến nay, tỉnh đã giảm 54 phòng.", 2020, 2025),
        ("Trong 6 tháng đầu năm 2017, tỉnh thu 14.000 tỷ đồng.", 2017, 2017),
        ("Trong 2016, thành phố thu ngân sách đạt 62.000 tỷ đồng.", 2016, 2016),
        ("Phấn đấu đến năm 2020 có 50 trường đại học.", 2020, 2020),
        ("Từ năm 2016 đến năm 2020, tỉnh trồng 8.000 ha rừng.", 2016, 2020),
        ("Doanh thu quý I/2023 đạt 120 tỷ đồng.", 2023, 2023),
        ("Toàn quốc có 7 tỉnh hoàn thành tiêm phòng đợt I/2006.", 2006, 2006),
        ("Từ năm 2007 đến nay, hơn 4.000 ha rừng bị mất.", 2007, None),
        ("Từ cuối năm 2015 đến nay, thành phố trồng 3.000 cây xanh.", 2015, None),
        # years in a row are all of them; a list that skips one names each year alone
        ("Năm 2015, 2016 có 106 địa phương đề nghị thẩm tra.", 2015, 2016),
        ("Trong năm 2015, 2016 và 2017, tỉnh thu hút 20 dự án.", 2015, 2017),
        ("Năm 2015 và năm 2016 tỉnh có 30 dự án.", 2015, 2016),
        ("Các năm 2014, 2015, 2019 tỉnh có 30 dự án.", 2014, 2014),
        # a tally as of a date, or between two dates
        ("Tính đến 31/12/2016, nợ xấu của các ngân hàng là 160.000 tỷ đồng.", 2016, 2016),
        ("Tại thời điểm 31/12/2015, tỉnh đã vay 812 tỷ đồng để chi đầu tư.", 2015, 2015),
        ("Đến thời điểm tổng hợp (ngày 31/12/2016), có 241 doanh nghiệp gửi báo cáo.", 2016, 2016),
        # a law's year names the law; "kỷ luật" is no law
        ("Tỉnh vi phạm Luật Ngân sách năm 2002 khi chi hơn 62 tỷ đồng.", None, None),
        ("Có 25 đảng viên bị kỷ luật trong năm 2016.", 2016, 2016),
        ("Từ 1/7/2014 đến ngày 30/11/2016, có 60 doanh nghiệp được cấp phép.", 2014, 2016),
        # a month written with a dot or a dash, alone or closing a span of dates
        ("Tính đến tháng 12.2016, dư nợ của huyện đạt trên 36 tỷ đồng.", 2016, 2016),
        ("Trong tháng 3-2004, đã có 181 lao động sang Hàn Quốc làm việc.", 2004, 2004),
        ("Từ 1.6.2016 đến hết tháng 5.2017, có 17.747 lao động đi làm việc ở nước ngoài.", 2016, 2017),
        ("Từ 1/6/2016 đến hết 31/5/2017, có 17.747 lao động đi làm việc ở nước ngoài.", 2016, 2017),
    ],
)
def test_period_stated_in_the_sentence(sentence, first, last):
    figure = next(f for f in figures(sentence) if f.unit != "rank" or "/" in f.text)
    assert (figure.period_start_year, figure.period_end_year) == (first, last)


def test_each_figure_takes_its_own_year():
    found = figures("Tỷ lệ giải ngân tăng từ gần 41% năm 2015 lên hơn 45% năm 2016.")
    assert [(f.value, f.period_start_year) for f in found] == [(41, 2015), (45, 2016)]


def test_a_comparison_base_is_not_the_period():
    found = figures(
        "Thu nhập giai đoạn 2021-2022 đạt 49 triệu đồng, cao hơn 29,3% so với giai đoạn 2015-2020."
    )
    assert [(f.period_start_year, f.period_end_year) for f in found] == [(2021, 2022), (2021, 2022)]


def test_a_comparison_base_closed_by_a_comma_dates_no_figure_after_it():
    found = figures("Sản lượng giảm khoảng 40% so với năm 2016, ước đạt khoảng 100 nghìn tấn.")
    assert [(f.value, f.period_start_year) for f in found] == [(40, None), (100_000, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong 6 tháng đầu năm 2017, toàn quốc xảy ra 33 vụ ùn tắc, tăng 8 vụ so với 6 tháng đầu năm 2016.",
        "Quý I năm 2017, toàn quốc xảy ra 33 vụ ùn tắc, tăng 8 vụ so với quý I năm 2016.",
    ],
)
def test_a_base_part_of_an_earlier_year_is_not_the_period(sentence):
    assert [(f.value, f.period_start_year) for f in figures(sentence)] == [(33, 2017), (8, 2017)]


def test_a_base_month_of_an_earlier_year_is_not_the_period():
    assert (
        figures("Chỉ số giá tiêu dùng tháng 4 so với tháng 12 năm 2016 tăng 1,2%.")[0].period_start_year
        is None
    )


def test_a_value_for_the_comparison_year_takes_that_year():
    found = figures("Tăng trưởng 6 tháng đạt 6,45%, thấp hơn cùng kỳ năm 2016 (6,5%).")
    assert [(f.value, f.period_start_year) for f in found] == [(6.45, None), (6.5, 2016)]
    found = figures("Tăng trưởng quý 1-2017 đạt 7,46%, cao hơn cùng kỳ 2016 (7,08%).")
    assert [(f.value, f.period_start_year) for f in found] == [(7.46, 2017), (7.08, 2016)]


def test_the_year_a_change_started_from_is_not_the_year_it_reached():
    found = figures("Đến năm 2016, tỷ lệ hộ nghèo giảm từ 31,5% năm 2010 xuống còn 4,2%.")
    assert [(f.value, f.period_start_year) for f in found] == [(31.5, 2010), (4.2, 2016)]


def test_a_bare_year_labels_the_figure_after_it():
    found = figures("Sản lượng giảm mạnh nhất vào năm 1998 - âm 14%, và 2004 - âm 6% so với cùng kỳ.")
    assert [(f.value, f.period_start_year) for f in found] == [(14, 1998), (6, 2004)]


def test_a_span_from_a_month_to_a_month_runs_over_both_years():
    found = only("Từ tháng 6/2015 đến tháng 2/2016, thành phố đã duyệt 14 dự án BT.")
    assert (found.period_start_year, found.period_end_year) == (2015, 2016)


def test_two_figures_joined_before_one_period_share_it():
    found = figures("Đường tăng 4,1%/năm về chiều dài và 0,3%/năm về diện tích trong giai đoạn 2011 – 2016.")
    assert [(f.value, f.period_start_year, f.period_end_year) for f in found] == [
        (4.1, 2011, 2016),
        (0.3, 2011, 2016),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a new predicate after "và", and a clause after "sau khi", keep their own year
        "Mức tăng dự báo là 6,4% và cũng thấp hơn mức tăng 6,7% của năm 2015.",
        "Từ đầu năm, kim ngạch đã tăng 21% sau khi đạt 2,5 tỷ USD trong năm 2016.",
    ],
)
def test_a_year_past_another_predicate_is_not_the_first_figures(sentence):
    assert figures(sentence)[0].period_start_year is None


def test_a_later_clause_does_not_lend_its_year():
    found = figures("Năm 2017 tỉnh đón 1 triệu du khách và đến 2020 đón 3 triệu du khách.")
    assert [f.period_start_year for f in found] == [2017, 2020]


def test_the_day_of_an_event_is_no_period():
    assert only("Ngày 7/7/2017, tỉnh có 300 dự án.").period_start_year is None


def test_no_period_when_none_is_stated():
    assert only("Tỉnh có 39 xã đạt chuẩn nông thôn mới.").period_start_year is None


@pytest.mark.parametrize(
    "sentence",
    [
        # dates and times
        "Ngày 25-8, Tổng Bí thư làm việc với tỉnh.",
        "Sáng 22/4, đoàn công tác đến thăm tỉnh.",
        "Hội nghị diễn ra ngày 7/7/2017 tại Hà Nội.",
        "Đoàn công tác làm việc trong hai ngày 14-15/5.",
        "Ngày 7.2, lãnh đạo tỉnh tiếp đoàn.",
        "Các tỉnh phải báo cáo chậm nhất đến 30.6 tình hình đóng tàu.",
        "Hồ sơ nộp trước 15.8 cho sở.",
        "Trong tháng 5, tỉnh tổ chức nhiều hoạt động.",
        "Năm 2017 là năm bản lề của nhiệm kỳ.",
        "Cuộc họp bắt đầu lúc 10h và kết thúc lúc 11h30.",
        "Buổi lễ bắt đầu từ 10 giờ 30 phút.",
        "Phiên họp kéo dài đến 16:30 chiều nay.",
        "Buổi gặp mặt diễn ra vào 9 sáng mai.",
        "Xe khởi hành từ 12g trưa.",
        "Giai đoạn 2016-2020 có ý nghĩa quan trọng.",
        "Lễ hội diễn ra vào ngày 22 âm lịch hằng năm.",
        "Thành phố đón Tết vào dịp 2/9 năm nay.",
        "Dịp Tết 2017 người dân đổ về quê.",
        "Kế hoạch được triển khai từ tháng 3/2021 đến nay.",
        # document numbers
        "Tỉnh quán triệt Chỉ thị 03 của Ban Bí thư.",
        "Hội nghị học tập Nghị quyết 18 của Trung ương.",
        "Theo Quyết định số 123/QĐ-TTg của Thủ tướng.",
        "Căn cứ Nghị định 15/2020/NĐ-CP của Chính phủ.",
        "Tỉnh thực hiện Nghị quyết 18-NQ/TW về sắp xếp bộ máy.",
        "Theo Điều 5 của Luật Đất đai, người dân được bảo vệ.",
        # congresses, terms, ordinals of events, weekdays
        "Đại hội XIII của Đảng đã thành công tốt đẹp.",
        "Hội nghị Trung ương 4 khóa XII bàn về công tác xây dựng Đảng.",
        "Kỳ họp thứ 3 Quốc hội khóa XIV bế mạc.",
        "Đây là lần thứ 2 Thủ tướng về thăm tỉnh.",
        "Hội nghị lần thứ 6 Ban Chấp hành Trung ương đã kết thúc.",
        "Buổi tiếp xúc cử tri diễn ra vào thứ Hai tuần tới.",
        "Cuộc họp giao ban được tổ chức vào thứ 2 hằng tuần.",
        # grades, ages, people
        "Ông là thương binh 1/4 của huyện.",
        "Cụ bà năm nay 92 tuổi.",
        "Ông Nguyễn Văn A (52 tuổi) bị bắt giữ.",
        # phones, addresses, plates, names with numbers
        "Mọi thông tin xin gọi 0912345678 để được hỗ trợ.",
        "Trụ sở đặt tại số 12 Lý Thái Tổ, Hà Nội.",
        "Cử tri Quận 1 và Quận 3 kiến nghị nhiều vấn đề.",
        "Chiếc xe mang biển số 29A-123.45 bị tạm giữ.",
        # ships' and planes' hull numbers, the whole list of them
        "Các tàu này được đóng trong nước, với số hiệu lần lượt là 6006, 6007 và 6008.",
        "Những tàu này hiện nay được mang số hiệu là 8001, 8002 và 8004.",
        "Các tàu có số hiệu CSB 2001, 2002 và 2003 làm nhiệm vụ tuần tra.",
        "Bệnh nhân đang điều trị tại Bệnh viện 108.",
        "Dịch COVID-19 ảnh hưởng lớn tới kinh tế.",
        "Quốc lộ 1A đoạn qua tỉnh đang được mở rộng.",
        "Ban chỉ đạo 389 tỉnh Quảng Ninh họp sơ kết.",
        "Học sinh lớp 12 chuẩn bị thi tốt nghiệp.",
        "Bản đồ quy hoạch tỷ lệ 1/500 đã được phê duyệt.",
        "Lực lượng chức năng trực 24/24 giờ.",
        # weather
        "Nhiệt độ có nơi xuống dưới 5 độ C.",
        # reasons, and addresses
        "Việc chậm tiến độ có 2 lý do chính.",
        "Căn nhà ở Khu 5 thị trấn Vinh Quang bị vùi lấp.",
        "Gia đình ông ở ấp 3 thị trấn Long Mỹ.",
        # hours, days of the week, and the serials the time and order words still block
        "Lúc 7 sáng nay, đoàn khởi hành.",
        "Sáng thứ tư tuần trước, đoàn đến tỉnh.",
        "Lần thứ tư đoàn đến tỉnh.",
        "Quốc hội khóa 14 họp kỳ 3.",
    ],
)
def test_never_a_figure(sentence):
    assert [(f.text, f.unit) for f in figures(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Tỉnh di dời khẩn cấp 136 căn nhà.", "136 căn nhà"),
        ("Chi bộ thi hành kỷ luật 87 tổ chức đảng.", "87 tổ chức đảng"),
        ("Doanh nghiệp Mỹ đầu tư tại Việt Nam 835 dự án.", "835 dự án"),
        ("Đến hết tháng 5/2017, thành phố đã cấp 23 giấy phép khai thác cát.", "23 giấy phép khai thác cát"),
        # a word of time or order opening a noun
        ("Năm 2016, công nhân đề xuất gần 3.500 sáng kiến.", "gần 3.500 sáng kiến"),
        # no serial or date runs to millions: "khóa" locks, "Kỳ" ends a country's name
        ("Bộ đã khóa 21,4 triệu sim có vấn đề.", "21,4 triệu sim"),
        ("Việt Nam nhập khẩu từ Hoa Kỳ 19 tỷ USD.", "19 tỷ USD"),
    ],
)
def test_a_count_after_a_name_or_a_verb_that_also_names_ranks(sentence, span):
    assert only(sentence).text == span


@pytest.mark.parametrize(
    ("sentence", "value", "span"),
    [
        ("Trên địa bàn tỉnh đã xảy ra 03 ổ dịch cúm gia cầm.", 3, "03 ổ dịch cúm gia cầm"),
        ("Công an huyện đã bắt giữ 02 đối tượng.", 2, "02 đối tượng"),
        ("Tỉnh hiện có 40 phường, 08 thị trấn và 122 xã.", 8, "08 thị trấn"),
    ],
)
def test_a_zero_padded_count_of_things(sentence, value, span):
    figure = next(f for f in figures(sentence) if f.text == span)
    assert (figure.value, figure.unit) == (value, "count")


@pytest.mark.parametrize(
    "sentence",
    [
        "Văn bản 05 của UBND tỉnh đã được ban hành.",
        "Đoàn công tác ở lại tỉnh 04 ngày.",
        "Đề nghị liên hệ số máy 0912 345 678.",
    ],
)
def test_a_zero_padded_number_without_a_counted_noun_is_no_figure(sentence):
    assert figures(sentence) == []


def test_a_section_number_stays_no_figure():
    assert figures("Nội dung này quy định tại mục 3 của thông tư.") == []


def test_a_document_number_next_to_a_real_figure():
    found = figures("Theo Nghị quyết 18, tỉnh giảm 12 đơn vị sự nghiệp.")
    assert [(f.value, f.unit_text) for f in found] == [(12, "đơn vị sự nghiệp")]


def test_a_date_next_to_a_real_figure():
    found = figures("Ngày 25/8, tỉnh đã trao 120 căn nhà cho hộ nghèo.")
    assert [(f.value, f.unit_text) for f in found] == [(120, "căn nhà")]


def test_a_target_over_plan_is_kept_despite_the_document_word():
    figure = only("Thu ngân sách vượt kế hoạch 5%.")
    assert (figure.value, figure.unit) == (5, "percent")


def test_a_bare_total_before_its_breakdown_is_a_count():
    figure = figures("Năm nay, tổng số thí sinh của tỉnh là 7.215 trong đó có 640 thí sinh tự do.")[0]
    assert (figure.value, figure.unit, figure.unit_text) == (7215, "count", None)


def test_a_rank_told_as_a_position():
    figure = only("Năm ngoái Campuchia xếp sau, còn Lào ở vị trí 14.")
    assert (figure.value, figure.unit) == (14, "rank")


@pytest.mark.parametrize(
    ("sentence", "ranks"),
    [
        ("Chỉ số của tỉnh tăng 5 bậc (từ vị trí 40 lên 35) trong năm qua.", [(40, None), (35, None)]),
        ("Năm nay thành phố được tăng hạng từ 27 lên 19.", [(27, None), (19, None)]),
        ("Theo xếp hạng của WB, Lào đã tăng 4 bậc từ 139 lên 135/190 quốc gia.", [(139, None), (135, 190)]),
        ("Thứ hạng của huyện tụt từ hạng 12 năm 2015 xuống 20 năm nay.", [(12, None), (20, None)]),
    ],
)
def test_both_positions_of_a_ranking_move_are_ranks(sentence, ranks):
    found = [(f.value, f.rank_total) for f in figures(sentence) if f.unit == "rank" and "bậc" not in f.text]
    assert found == ranks


def test_a_move_of_counts_beside_a_ranking_is_no_rank():
    found = figures("Xếp hạng PCI của tỉnh cải thiện, số hộ nghèo giảm từ 91 hộ xuống 82 hộ.")
    assert [(f.value, f.unit) for f in found] == [(91, "count"), (82, "count")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hậu quả, nạn nhân bị thương tích 12%.",
        "Giám định tỷ lệ thương tật của anh Hùng là 41%.",
        "Chị bị bỏng nặng trên 30% cơ thể.",
        "Ông bị tổn hại sức khỏe 25% theo kết luận giám định.",
    ],
)
def test_a_persons_injury_is_no_figure(sentence):
    assert figures(sentence) == []


def test_a_change_in_injuries_is_a_figure():
    assert only("Số trẻ bị bỏng giảm 20% so với năm trước.").value == 20


def test_a_mark_is_no_count():
    assert [f.text for f in figures("Cả nước có hơn 100 bài đạt điểm 10 tuyệt đối.")] == ["hơn 100 bài"]


def test_a_pilot_or_a_settlement_after_diem_is_a_count():
    assert [f.value for f in figures("Tỉnh thí điểm 5 nhà, xử lý dứt điểm 68 trường hợp.")] == [5, 68]


def test_a_number_with_one_letter_glued_is_a_code():
    assert [f.text for f in figures("Tỉnh có 3 huyện 30a với 20 xã đạt chuẩn.")] == ["3 huyện", "20 xã"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bãi đỗ xe nằm ngay vị trí 3 của khu chợ.",
        # a class, not a place of a ranking
        "Khách sạn hạng 5 sao vừa khai trương.",
        "Vé hạng 2 trên chuyến tàu đã bán hết.",
    ],
)
def test_a_position_that_is_no_rank(sentence):
    assert figures(sentence) == []


def test_bare_total_after_a_verb_is_a_count_without_unit_text():
    figure = only("Nâng tổng số dự án FDI tại tỉnh lên 40, với tổng vốn lớn.")
    assert (figure.value, figure.unit, figure.unit_text) == (40, "count", None)


@pytest.mark.parametrize(
    ("sentence", "span", "qualifier"),
    [
        ("Số hợp tác xã thành lập mới trong năm nay là hơn 1.500.", "hơn 1.500", "more_than"),
        ("Cả giai đoạn, số hộ được di dời chỉ gần 2.500, đạt 12% chỉ tiêu.", "gần 2.500", "approx"),
        ("Năm 2017 tuyển được 200 em, năm 2018 được 300, năm 2019 được 396.", "300", None),
    ],
)
def test_a_qualified_bare_total_after_a_verb_is_a_count(sentence, span, qualifier):
    figure = next(f for f in figures(sentence) if f.text == span)
    assert (figure.unit, figure.unit_text, figure.qualifier) == ("count", None, qualifier)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Thành phố đã di dời được gần 40.000 trong hơn 65.000 căn nhà ven kênh.",
            [
                ("gần 40.000", 40_000, "căn nhà ven kênh"),
                ("hơn 65.000 căn nhà ven kênh", 65_000, "căn nhà ven kênh"),
            ],
        ),
        (
            "Quận đã kiểm kê 1.790 trong 2.110 hộ đã nhận tiền đền bù.",
            [("1.790", 1790, "hộ"), ("2.110 hộ", 2110, "hộ")],
        ),
        # one of a few is no count of them
        (
            "Ngọc Linh là 1 trong 3 ngọn núi cao nhất nước.",
            [("3 ngọn núi cao nhất nước", 3, "ngọn núi cao nhất nước")],
        ),
    ],
)
def test_a_bare_part_counts_the_things_of_its_whole(sentence, expected):
    assert [(f.text, f.value, f.unit_text) for f in figures(sentence)] == expected


def test_bare_billions_are_money():
    figure = only("Dự án thua lỗ hơn 3.000 tỷ trong ba năm qua.")
    assert (figure.value, figure.unit, figure.qualifier) == (3_000_000_000_000, "VND", "more_than")


def test_people_among_the_top_places_is_a_rank():
    figure = only("Tỉnh luôn nằm trong số 5 địa phương dẫn đầu cả nước về môi trường đầu tư.")
    assert (figure.value, figure.unit) == (5, "rank")


def test_empty_sentence():
    assert figures("") == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "span"),
    [
        ("Công ty được phép nhận chìm 2 triệu m 3 bùn thải.", 2_000_000, "other", "2 triệu m 3"),
        ("Khu bảo tồn rộng 45 km 2 rừng nguyên sinh.", 4_500, "ha", "45 km 2"),
        ("Nhà văn hóa có diện tích 350 m 2 sàn.", 350, "m2", "350 m 2"),
        # before a comma too: "m 2," is no metre followed by a number
        ("Tỉnh xây khoảng 3,9 triệu m 2, chủ yếu là nhà ở.", 3_900_000, "m2", "khoảng 3,9 triệu m 2"),
        ("Công ty nạo vét 5 triệu m 3, chủ yếu là bùn.", 5_000_000, "other", "5 triệu m 3"),
        ("Chỉ số niềm tin luôn trên 100 điểm cho thấy sức mua tốt.", 100, "other", "trên 100 điểm"),
    ],
)
def test_exponents_without_superscript_and_scores(sentence, value, unit, span):
    found = only(sentence)
    assert (found.value, found.unit, found.text) == (value, unit, span)


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "span"),
    [
        ("Nợ xấu chiếm 5,8%/tổng dư nợ.", 5.8, "percent", "5,8%"),
        ("Doanh thu tăng bình quân 12%/năm.", 12, "percent", "12%/năm"),
        ("Năng suất lúa đạt 62 tạ/ha.", 62, "other", "62 tạ/ha"),
        ("Trong tổng số 491 đại biểu đã tham dự.", 491, "count", "491 đại biểu"),
        ("Huyện có 8.000 HS tiểu học.", 8000, "count", "8.000 HS tiểu học"),
        # a part of a whole counts the part: the whole is no figure of its own
        ("Tỉnh có 6 trong số 12 tàu cá đóng mới bị hỏng.", 6, "count", "6 trong số 12 tàu cá"),
        (
            "Tỉnh đã đơn giản hóa 4.527 trên tổng số 4.723 thủ tục hành chính.",
            4527,
            "count",
            "4.527 trên tổng số 4.723 thủ tục hành chính",
        ),
        ("Có 120 trong tổng số 150 xã đạt chuẩn.", 120, "count", "120 trong tổng số 150 xã"),
        # a part of a thing is an average, no count
        ("Bình quân mỗi xã có 13,3 trạm biến áp.", 13.3, "other", "13,3 trạm biến áp"),
        ("Tổng tỷ suất sinh chỉ còn 1,46 con.", 1.46, "other", "1,46 con"),
        # a dotted decimal after "đến" with a unit is a number, not a day
        ("Năng suất tăng đến 30.6 tạ/ha.", 30.6, "other", "30.6 tạ/ha"),
    ],
)
def test_shares_per_total_totals_and_abbreviated_nouns(sentence, value, unit, span):
    figure = only(sentence)
    assert (figure.value, figure.unit, figure.text) == (pytest.approx(value), unit, span)


def test_a_house_number_is_not_a_total():
    assert figures("Trụ sở đặt tại số 12 phố Huế.") == []


def test_per_mille_is_no_percent():
    """ "%o" stands for "‰" where the font lacks it: a salinity reading, no share."""
    assert figures("Nồng độ mặn có nơi lên trên 20%o, ảnh hưởng đến cây trồng.") == []
    assert only("Tỷ lệ hộ nghèo còn 20%, giảm mạnh.").unit == "percent"


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "span"),
    [
        ("Năm ngoái xã có dân số 4.215 người.", 4215, "count", "4.215 người"),
        ("Thị xã có dân số gần 1,2 triệu người.", 1_200_000, "count", "gần 1,2 triệu người"),
        ("Quận có mật độ 9.100 người/km2.", 9100, "other", "9.100 người/km2"),
    ],
)
def test_a_population_or_density_named_right_before_its_figure(sentence, value, unit, span):
    figure = only(sentence)
    assert (figure.value, figure.unit, figure.text) == (value, unit, span)


def test_a_bare_fraction_is_an_index_value_not_a_count():
    figure = only("Chỉ số năng lực cạnh tranh của ngành năm nay đạt 0,68, tăng nhẹ.")
    assert (figure.value, figure.unit) == (0.68, "other")


def test_a_maps_scale_is_no_count():
    assert figures("Huyện đã lập quy hoạch chi tiết 1/500 khu dân cư phía bắc.") == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit_text"),
    [
        ("Thành phố có 120 Viện bảo tàng và nhiều nhà hát.", 120, "Viện bảo tàng"),
        ("Tỉnh hiện có 4 Khu công nghiệp đang hoạt động.", 4, "Khu công nghiệp"),
        ("Thủ đô có 35 Thư viện công cộng.", 35, "Thư viện công cộng"),
        # treaties capitalised as names, their "tự do" no "because", and their abbreviation
        ("Nước ta đã ký 14 Hiệp định thương mại tự do với các đối tác.", 14, "Hiệp định thương mại tự do"),
        ("Nước ta đang đàm phán thêm 3 FTA; trong đó có RCEP.", 3, "FTA"),
        # deputies, capitalised as their office
        ("Sở Xây dựng tỉnh có tới 7 Phó Giám đốc.", 7, "Phó Giám đốc"),
        ("Huyện hiện có 3 Phó Chủ tịch UBND.", 3, "Phó Chủ tịch UBND"),
        ("Các sở đã giảm được 26 Trưởng phòng.", 26, "Trưởng phòng"),
        ("Các sở đã giảm được 116 Phó phòng.", 116, "Phó phòng"),
        # overseas Vietnamese, capitalised as a people
        ("Năm qua có khoảng 400.000 Việt kiều về quê ăn Tết.", 400_000, "Việt kiều"),
    ],
)
def test_capitalised_institution_nouns_are_counted(sentence, value, unit_text):
    figure = only(sentence)
    assert (figure.value, figure.unit, figure.unit_text) == (value, "count", unit_text)


def test_an_ordinal_of_a_meeting_after_a_size_word_stays_no_rank():
    assert not figures("Đây là lần thứ hai đoàn sang thăm.")


@pytest.mark.parametrize(
    ("sentence", "value", "total", "span"),
    [
        ("Đức đứng thứ 20 trong 116 quốc gia đầu tư tại Việt Nam.", 20, 116, "thứ 20 trong 116"),
        ("Tỉnh xếp thứ 40 trong số 63 tỉnh, thành phố.", 40, 63, "thứ 40 trong số 63"),
        ("Nga là đối tác thứ 23 trên tổng số 119 quốc gia.", 23, 119, "thứ 23 trên tổng số 119"),
        ("Thu ngân sách của tỉnh đứng thứ 3 so với 14 tỉnh trong vùng.", 3, 14, "thứ 3 so với 14"),
    ],
)
def test_a_rank_out_of_a_field_named_after_trong(sentence, value, total, span):
    figure = only(sentence)
    assert (figure.value, figure.unit, figure.rank_total, figure.text) == (value, "rank", total, span)


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("Diện tích tỉnh đứng thứ 5 trong khu vực, thứ 21 ở châu Á.", ["thứ 5", "thứ 21"]),
        ("Sản lượng cà phê đứng thứ 2 trên thế giới.", ["thứ 2"]),
    ],
)
def test_a_rank_in_a_region_after_a_preposition(sentence, spans):
    found = figures(sentence)
    assert [(f.text, f.unit) for f in found] == [(span, "rank") for span in spans]


def test_a_time_after_trong_is_no_field_of_ranks():
    assert [f.unit for f in figures("Hội chợ diễn ra lần thứ 2 trong 5 năm qua.")] == []
    assert [f.unit for f in figures("Ngày thứ 3 trong 5 ngày hội nghị bàn về ngân sách.")] == []


def test_a_bare_billion_shares_the_dollars_of_its_pair():
    found = figures("Việt Nam nhập khẩu từ Mỹ là 19 tỷ và xuất siêu 32 tỷ USD.")
    assert [(f.value, f.unit) for f in found] == [(19e9, "USD"), (32e9, "USD")]
    assert only("Tỉnh thu ngân sách 19 tỷ trong quý đầu năm.").unit == "VND"


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # a bare amount in millions after money is money of the same kind ...
        ("Mỗi hộ đóng 60 triệu đồng, trong đó 30 triệu là tiền công đức.", ["VND", "VND"]),
        ("Công ty nợ 370 triệu đồng, đã trả một phần và còn nợ 192 triệu.", ["VND", "VND"]),
        ("Chi phí đường cao tốc ở Đức là 10,9 triệu USD, Bồ Đào Nha khoảng 12,1 triệu.", ["USD", "USD"]),
        # ... and after a count it stays a count
        ("Sân bay nâng cấp lên 45 triệu khách/năm hoặc tối đa là 50 triệu.", ["count", "count"]),
        ("Tỉnh có 1,2 triệu dân, trong đó 300 nghìn sống ở đô thị.", ["count", "count"]),
    ],
)
def test_a_bare_million_takes_the_money_told_just_before(sentence, units):
    assert [f.unit for f in figures(sentence)] == units


def test_a_year_in_a_bracketed_aside_dates_only_the_aside():
    found = figures("Nhờ giá hồi phục (năm 2015 giá giảm 15%), xuất khẩu năm qua đạt 3,13 tỷ USD.")
    assert [(f.text, f.period_start_year) for f in found] == [("15%", 2015), ("3,13 tỷ USD", None)]


def test_a_year_past_a_clause_break_is_not_the_figures_period():
    sentence = "Tổng thu ngân sách là 1.291.342 tỷ đồng, bao gồm cả số thu chuyển nguồn từ năm 2014 sang."
    figure = figures(sentence)[0]
    assert (figure.period_start_year, figure.period_end_year) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        # two tallies written with a slash between them
        ("Công an khởi tố hình sự 9 vụ/17 bị can trong năm.", ["9 vụ", "17 bị can"]),
        (
            "Lực lượng chức năng bắt giữ 1.040 vụ/562 đối tượng buôn lậu.",
            ["1.040 vụ", "562 đối tượng buôn lậu"],
        ),
        # a part and its whole in one unit
        ("Tỉnh đã chi trả 52,5 tỷ đồng/80 tỷ đồng được cấp.", ["52,5 tỷ đồng", "80 tỷ đồng"]),
        ("Kho đã nhập 12.000 tấn/15.000 tấn thóc theo kế hoạch.", ["12.000 tấn", "15.000 tấn"]),
        ("Có hơn 310ha/450ha lúa bị nhiễm rầy.", ["hơn 310ha", "450ha"]),
        # a rate's denominator, a ratio of one, a fraction or a date is no second figure
        ("Giá bán lẻ là 20.000 đồng/1 kg.", ["20.000 đồng/1 kg"]),
        ("Thương lái mua với giá 90.000 đồng/3 kg.", ["90.000 đồng"]),
        ("Tỷ lệ bác sĩ đạt 8 bác sĩ/10 ngàn dân.", ["8 bác sĩ"]),
        ("Có nơi 1 giảng viên/40 sinh viên.", ["1 giảng viên"]),
        ("Tỉnh xếp thứ 15/63 tỉnh, thành.", ["15/63"]),
    ],
)
def test_a_count_after_a_slash_only_when_two_tallies_are_paired(sentence, spans):
    assert [f.text for f in figures(sentence)] == spans


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the amount a change starts from takes the unit of the one it goes to, scale included
        ("Hà Nội giảm từ 401 xuống còn 208 đơn vị.", [(401, "count", "đơn vị"), (208, "count", "đơn vị")]),
        ("Số hộ nghèo giảm từ 1.200 xuống 800 hộ.", [(1200, "count", "hộ"), (800, "count", "hộ")]),
        (
            "Sản lượng tăng từ 7 lên 10 vạn tấn.",
            [(70_000, "tonne", "vạn tấn"), (100_000, "tonne", "vạn tấn")],
        ),
        ("Vốn tăng từ 1,5 lên 2 tỷ đồng.", [(1.5e9, "VND", "tỷ đồng"), (2e9, "VND", "tỷ đồng")]),
        # a bare amount gone to says nothing of the first one's unit: ages, here
        (
            "Tuổi nghỉ hưu tăng từ 60 lên 62, nữ giới tăng từ 55 lên 60.",
            [(62, "count", None), (60, "count", None)],
        ),
        # nor does a duration, which is no figure at all
        ("Thời hạn tăng từ 1 lên 5 năm.", []),
    ],
)
def test_the_start_of_a_change_takes_the_unit_of_its_end(sentence, expected):
    assert [(f.value, f.unit, f.unit_text) for f in figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the one a rate is per, written out, makes the same rate as a bare denominator
        ("Hàn Quốc nay chỉ còn 2 con/1 phụ nữ.", [(2, "other", "con/1 phụ")]),
        ("Giá thuê đất là 60 triệu đồng/1 ha.", [(60_000_000, "other", "triệu đồng/1 ha")]),
        # what is measured may stand between the unit and the slash
        ("Trái dừa Việt Nam thu được 1,9 tấn cơm dừa/ha.", [(1.9, "other", "tấn cơm dừa/ha")]),
        # an average per one of something: the "1" is what it is per, the count after it an average
        ("Những năm 1960, bình quân 1 phụ nữ ở miền Bắc sinh 6 con.", [(6, "other", "con")]),
        ("Trung bình mỗi xe buýt chỉ có 12 khách.", [(12, "other", "khách")]),
        # per a span of time the count stays a count
        ("Bình quân mỗi năm có trên 63.000 doanh nghiệp.", [(63_000, "count", "doanh nghiệp")]),
        # and a plain count of one, with no average before it, stays
        ("Xã có 1 trạm y tế.", [(1, "count", "trạm y tế")]),
    ],
)
def test_an_average_per_one_of_something(sentence, expected):
    assert [(f.value, f.unit, f.unit_text) for f in figures(sentence)] == expected
