import pytest

from orchestration.extraction.numbers import parse_digits, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,5", 1234.5),
        ("6,95", 6.95),
        ("49,26", 49.26),
        ("0,21", 0.21),
        ("1.000", 1000.0),
        ("15", 15.0),
        ("2.5", 2.5),
        ("23.667", 23667.0),
        ("1.250.000", 1250000.0),
        ("1,234,567", 1234567.0),
        ("3.14159", 3.14159),
        ("12,5", 12.5),
    ],
)
def test_parse_digits_reads_vietnamese_and_english_separators(text, expected):
    assert parse_digits(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["7.2.2017", "1.5.2", "12,34,5", "1.23,4,5"])
def test_parse_digits_rejects_dates_and_malformed_groups(text):
    assert parse_digits(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("49,26 triệu", 49_260_000),
        ("566 tỷ 384 triệu đồng", 566_384_000_000),
        ("1 triệu 200 nghìn", 1_200_000),
        ("60 ngàn tỷ", 60_000_000_000_000),
        ("2,5 tỉ", 2_500_000_000),
        ("37,7 vạn", 377_000),
        ("12 nghìn", 12_000),
        ("hai", 2),
        ("năm", 5),
        ("mười", 10),
        ("mười lăm", 15),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("ba mươi tư", 34),
        ("bốn mươi nhăm", 45),
        ("một trăm linh năm", 105),
        ("hai trăm ba mươi", 230),
        ("ba nghìn hai trăm", 3200),
        ("hai triệu rưỡi", 2_500_000),
        ("một nghìn rưỡi", 1500),
        ("một trăm rưỡi", 150),
        ("hai chục", 20),
        ("hàng trăm", 100),
        ("hàng chục nghìn", 10_000),
        ("hàng ngàn", 1000),
        ("triệu", 1_000_000),
        ("1.500 đồng", 1500),
        ("5 tỷ VNĐ", 5_000_000_000),
    ],
)
def test_parse_number_reads_words_scales_and_compounds(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text", ["", "một số", "tư", "lăm", "hai ba", "2 3", "năm nay", "km", "mươi", "trăm linh"]
)
def test_parse_number_rejects_what_is_not_an_amount(text):
    assert parse_number(text) is None


def test_parse_number_returns_exact_integers_after_scaling():
    assert parse_number("49,26 triệu") == 49_260_000.0
    assert parse_number("1,2 tỷ") == 1_200_000_000.0
