"""Gazetteer: administrative units from the packaged SQLite file, countries, name look-ups."""

from __future__ import annotations

import pytest

from orchestration.extraction.gazetteer import (
    country_by_name,
    country_like,
    gazetteer_rows,
    lookup,
    province_by_name,
)


@pytest.mark.parametrize(
    ("name", "province", "code"),
    [
        ("Lạng Sơn", "Lạng Sơn", "20"),
        ("tỉnh Lạng Sơn", "Lạng Sơn", "20"),
        ("Tỉnh Lạng Sơn", "Lạng Sơn", "20"),
        ("LẠNG SƠN", "Lạng Sơn", "20"),
        ("lang son", "Lạng Sơn", "20"),
        ("TP.HCM", "Hồ Chí Minh", "79"),
        ("TP Hồ Chí Minh", "Hồ Chí Minh", "79"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh", "79"),
        ("Sài Gòn", "Hồ Chí Minh", "79"),
        ("Huế", "Thừa Thiên Huế", "46"),
        ("Thừa Thiên - Huế", "Thừa Thiên Huế", "46"),
        ("Thừa Thiên Huế", "Thừa Thiên Huế", "46"),
        ("Hoà Bình", "Hòa Bình", "17"),
        ("Khánh Hoà", "Khánh Hòa", "56"),
        ("Thủ đô Hà Nội", "Hà Nội", "01"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu", "77"),
        ("Đắc Lắc", "Đắk Lắk", "66"),
        ("Bắc Cạn", "Bắc Kạn", "06"),
        ("Tp. Cần Thơ", "Cần Thơ", "92"),
        ("Hà Tây", "Hà Tây", "28"),
    ],
)
def test_province_by_name(name: str, province: str, code: str) -> None:
    place = province_by_name(name)
    assert place is not None
    assert (place.name, place.code, place.level, place.province_code) == (province, code, "province", code)


@pytest.mark.parametrize("name", ["Chi Lăng", "Hòa bình thế giới", "Bắc Kinh", "", "xã Chi Lăng"])
def test_province_by_name_rejects(name: str) -> None:
    assert province_by_name(name) is None


@pytest.mark.parametrize(
    ("name", "country", "code"),
    [
        ("Trung Quốc", "Trung Quốc", "CN"),
        ("Trung Hoa", "Trung Quốc", "CN"),
        ("Mỹ", "Hoa Kỳ", "US"),
        ("Hoa Kỳ", "Hoa Kỳ", "US"),
        ("Lào", "Lào", "LA"),
        ("CHDCND Lào", "Lào", "LA"),
        ("Campuchia", "Campuchia", "KH"),
        ("Nhật Bản", "Nhật Bản", "JP"),
        ("Hàn Quốc", "Hàn Quốc", "KR"),
        ("Liên bang Nga", "Nga", "RU"),
        ("Việt Nam", "Việt Nam", "VN"),
        ("Ấn Độ", "Ấn Độ", "IN"),
        ("TQ", "Trung Quốc", "CN"),
        ("CHND Trung Hoa", "Trung Quốc", "CN"),
        ("Tanzania", "Tanzania", "TZ"),
        ("Bờ Biển Ngà", "Côte d'Ivoire", "CI"),
        ("Colombia", "Colombia", "CO"),
        ("Burkina Faso", "Burkina Faso", "BF"),
    ],
)
def test_country_by_name(name: str, country: str, code: str) -> None:
    place = country_by_name(name)
    assert place is not None
    assert (place.name, place.code, place.level, place.country) == (country, code, "country", country)


def test_country_by_name_rejects_provinces() -> None:
    assert country_by_name("Lạng Sơn") is None


def test_rows_are_unique_and_complete() -> None:
    rows = gazetteer_rows()
    ids = [row["location_id"] for row in rows]
    assert len(ids) == len(set(ids))
    by_id = {row["location_id"]: row for row in rows}
    assert by_id["legacy:province:20"]["full_name"] == "Tỉnh Lạng Sơn"
    assert by_id["legacy:district:187"]["name"] == "Chi Lăng"
    assert by_id["legacy:district:187"]["parent_code"] == "20"
    assert by_id["legacy:commune:06523"]["parent_code"] == "187"
    assert by_id["legacy:commune:06523"]["unit_type"] == "Xã"
    assert by_id["2025:province:20"]["system"] == "reform_2025"
    assert by_id["country:CN"]["level"] == "country"
    counts = {(row["system"], row["level"]) for row in rows}
    assert {("legacy_63", "province"), ("legacy_63", "district"), ("legacy_63", "commune")} <= counts
    assert sum(row["system"] == "legacy_63" and row["level"] == "province" for row in rows) == 63
    assert sum(row["system"] == "reform_2025" and row["level"] == "province" for row in rows) == 34


def test_row_keys() -> None:
    row = gazetteer_rows()[0]
    assert set(row) == {
        "location_id", "system", "level", "code", "name", "full_name", "unit_type", "parent_code",
        "province_code", "province_name", "latitude", "longitude",
    }  # fmt: skip


def test_lookup_orders_legacy_first() -> None:
    units = lookup("commune", "Chi Lăng")
    assert len(units) > 3
    assert units[0].system == "legacy_63"
    assert units[-1].system == "reform_2025"
    assert {u.province_name for u in units} >= {"Lạng Sơn", "Bắc Ninh"}


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Tazania", "Tanzania"),  # a letter dropped in transliteration
        ("Bungari", "Bulgaria"),
        ("Philippine", "Philippines"),
        ("Cam-pu-chia", "Campuchia"),
        ("Trung Quốc", "Trung Quốc"),  # exact names as country_by_name reads them
    ],
)
def test_country_like_reads_near_spellings(name: str, country: str) -> None:
    place = country_like(name)
    assert place is not None and place.name == country


@pytest.mark.parametrize(
    "name",
    [
        "Hoàng Quốc",  # a Vietnamese name, one letter from "Hàn Quốc"
        "Trương Quốc",  # and from "Trung Quốc"
        "Phan Lan",  # and from "Phần Lan"
        "Naga",  # too short to read loosely (not "Nga")
        "Benjamin",
    ],
)
def test_country_like_leaves_names_alone(name: str) -> None:
    assert country_like(name) is None


@pytest.mark.parametrize(
    ("name", "country"),
    [("Phúc Kiến", "Trung Quốc"), ("Osaka", "Nhật Bản"), ("New York", "Hoa Kỳ"), ("Xiêm Riệp", "Campuchia")],
)
def test_foreign_places_resolve_to_their_country(name: str, country: str) -> None:
    place = country_by_name(name)
    assert place is not None and (place.level, place.country) == ("country", country)


def test_haiti_is_a_country() -> None:
    assert country_by_name("Haiti") is not None
