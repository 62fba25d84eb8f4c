"""Vietnamese administrative units, foreign countries and regions, loaded once per process.

The units come from the SQLite file shipped inside ``vietnamadminunits`` (no network, no download):
``admin_units_legacy`` is the 63-province system with districts and communes as they stood just
before the 2025 reform, ``admin_units`` the 34-province, two-level system of the reform. Articles
mostly predate 2025 and the gold names provinces "as named at the time of the visit", so a name
resolves to the legacy unit first and to the 2025 unit only when the legacy system lacks it.

Two deliberate departures from the package's data:
- Thừa Thiên Huế became "Thành phố Huế" only in 2025; the legacy table already carries the new
  name, so the legacy province is renamed back to how the articles (and the gold) name it.
- Hà Tây (code 28) was merged into Hà Nội in 2008 but 2005-06 articles visit it; it is kept as a
  ``historical`` province rather than being silently re-labelled Hà Nội.

Every name is indexed under ``fold(name)`` (NFC, lower case, new tone placement, dashes as
spaces), which is also how ``places`` folds the text it reads, so the two always agree.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field, fields
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

from rapidfuzz import fuzz, process

from orchestration.extraction.cleaning import fix_tones
from orchestration.extraction.model import Place

PROVINCE, DISTRICT, COMMUNE, COUNTRY, REGION = "province", "district", "commune", "country", "region"
LEGACY, REFORM, HISTORICAL = "legacy_63", "reform_2025", "historical"

# Longest first: "Thị trấn" must win over "Thị xã"'s prefix test, "Thành phố" over nothing.
_UNIT_TYPES = ("Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Phường", "Huyện", "Quận", "Tỉnh", "Xã")
_TYPED_NAME = re.compile(rf"({'|'.join(_UNIT_TYPES)}) (.+)")
_DASHES = re.compile(r"\s*[-–—]\s*|\s+")
_PREFIX = re.compile(r"^(?:tỉnh|thành phố|thủ đô|tp\.?)\s*")


@dataclass(frozen=True, slots=True)
class Unit:
    """One row of ``dim_locations``; ``place`` is what a mention carries."""

    location_id: str
    system: str
    level: str
    code: str | None
    name: str
    full_name: str
    unit_type: str | None
    parent_code: str | None
    province_code: str | None
    province_name: str | None
    latitude: float | None = None
    longitude: float | None = None
    country: str = "Việt Nam"
    place: Place = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        """Build the mention's ``Place`` once, not once per mention."""
        place = Place(
            self.name,
            self.full_name,
            self.level,
            self.code,
            self.province_name,
            self.province_code,
            self.country,
        )
        object.__setattr__(self, "place", place)


# ISO alpha-2, Vietnamese name, other names seen in the press (transliterations, long forms, capitals
# that stand for the country in diplomatic news: "Bắc Kinh", "Viêng Chăn").
COUNTRIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("VN", "Việt Nam", ("CHXHCN Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "nước ta", "cả nước")),
    ("CN", "Trung Quốc", ("TQ", "Trung Hoa", "Cộng hòa Nhân dân Trung Hoa", "CHND Trung Hoa", "Bắc Kinh")),
    ("LA", "Lào", ("Cộng hòa Dân chủ Nhân dân Lào", "CHDCND Lào", "Viêng Chăn", "Vientiane")),
    ("KH", "Campuchia", ("Căm-pu-chia", "Vương quốc Campuchia", "Phnôm Pênh", "Phnom Penh")),
    ("TH", "Thái Lan", ("Băng Cốc", "Bangkok")),
    ("MM", "Myanmar", ("Mi-an-ma",)),
    ("MY", "Malaysia", ("Ma-lai-xi-a", "Kuala Lumpur")),
    ("SG", "Singapore", ("Xin-ga-po", "Xinh-ga-po")),
    ("ID", "Indonesia", ("In-đô-nê-xi-a", "Jakarta")),
    ("PH", "Philippines", ("Phi-líp-pin", "Philippin")),
    ("BN", "Brunei", ("Bru-nây",)),
    ("TL", "Timor-Leste", ("Đông Timor",)),
    ("US", "Hoa Kỳ", ("Mỹ", "Hợp chủng quốc Hoa Kỳ")),
    ("JP", "Nhật Bản", ("Tokyo",)),
    ("KR", "Hàn Quốc", ("Đại Hàn Dân Quốc", "Seoul")),
    ("KP", "Triều Tiên", ("CHDCND Triều Tiên", "Bắc Triều Tiên")),
    ("RU", "Nga", ("Liên bang Nga", "Mát-xcơ-va", "Matxcơva", "Moscow")),
    ("FR", "Pháp", ("Cộng hòa Pháp",)),
    ("DE", "Đức", ("Cộng hòa Liên bang Đức", "CHLB Đức")),
    ("GB", "Anh", ("Vương quốc Anh", "Anh Quốc", "Luân Đôn")),
    ("IT", "Italy", ("I-ta-li-a", "Italia", "Ý")),
    ("ES", "Tây Ban Nha", ()),
    ("PT", "Bồ Đào Nha", ()),
    ("NL", "Hà Lan", ()),
    ("BE", "Bỉ", ()),
    ("CH", "Thụy Sĩ", ()),
    ("SE", "Thụy Điển", ()),
    ("NO", "Na Uy", ()),
    ("DK", "Đan Mạch", ()),
    ("FI", "Phần Lan", ()),
    ("AT", "Áo", ()),
    ("PL", "Ba Lan", ()),
    ("CZ", "Cộng hòa Séc", ("Séc", "Czech", "Cộng hòa Czech")),
    ("SK", "Slovakia", ("Xlô-va-ki-a",)),
    ("HU", "Hungary", ("Hung-ga-ri",)),
    ("RO", "Romania", ("Ru-ma-ni",)),
    ("BG", "Bulgaria", ("Bun-ga-ri",)),
    ("GR", "Hy Lạp", ()),
    ("UA", "Ukraine", ("U-crai-na",)),
    ("BY", "Belarus", ("Bê-la-rút",)),
    ("IE", "Ireland", ("Ai-len",)),
    ("TR", "Thổ Nhĩ Kỳ", ()),
    ("IN", "Ấn Độ", ("New Delhi",)),
    ("PK", "Pakistan", ("Pa-ki-xtan",)),
    ("BD", "Bangladesh", ("Băng-la-đét",)),
    ("LK", "Sri Lanka", ("Xri Lan-ca",)),
    ("NP", "Nepal", ("Nê-pan",)),
    ("MN", "Mông Cổ", ()),
    ("KZ", "Kazakhstan", ("Ca-dắc-xtan",)),
    ("UZ", "Uzbekistan", ("U-dơ-bê-ki-xtan",)),
    ("IR", "Iran", ("I-ran",)),
    ("IQ", "Iraq", ("I-rắc",)),
    ("SA", "Ả Rập Xê Út", ("Saudi Arabia", "A-rập Xê-út")),
    ("AE", "Các Tiểu vương quốc Ả Rập Thống nhất", ("UAE",)),
    ("QA", "Qatar", ("Ca-ta",)),
    ("KW", "Kuwait", ("Cô-oét",)),
    ("IL", "Israel", ("I-xra-en",)),
    ("PS", "Palestine", ("Pa-le-xtin",)),
    ("EG", "Ai Cập", ()),
    ("ZA", "Nam Phi", ()),
    ("NG", "Nigeria", ("Ni-giê-ri-a",)),
    ("MZ", "Mozambique", ("Mô-dăm-bích",)),
    ("DZ", "Algeria", ("An-giê-ri",)),
    ("AO", "Angola", ("Ăng-gô-la",)),
    ("AU", "Australia", ("Úc", "Ô-xtrây-li-a")),
    ("NZ", "New Zealand", ("Niu Di-lân",)),
    ("CA", "Canada", ("Ca-na-đa",)),
    ("CU", "Cuba", ("Cu-ba", "La Habana")),
    ("BR", "Brazil", ("Bra-xin",)),
    ("AR", "Argentina", ("Ác-hen-ti-na",)),
    ("MX", "Mexico", ("Mê-hi-cô",)),
    ("CL", "Chile", ("Chi-lê",)),
    ("PE", "Peru", ("Pê-ru",)),
    ("VE", "Venezuela", ("Vê-nê-xu-ê-la",)),
    ("TW", "Đài Loan", ()),
    # further countries whose leaders the press names, so that "Tổng thống Tanzania X" is read as a
    # title and a name, not a three-word name
    ("TZ", "Tanzania", ("Tan-da-ni-a",)),
    ("KE", "Kenya", ("Kê-ni-a",)),
    ("ET", "Ethiopia", ("Ê-ti-ô-pi-a",)),
    ("GH", "Ghana", ("Ga-na",)),
    ("SN", "Senegal", ("Xê-nê-gan",)),
    ("MA", "Maroc", ("Morocco", "Ma-rốc")),
    ("TN", "Tunisia", ("Tuy-ni-di",)),
    ("LY", "Libya", ("Li-bi",)),
    ("SD", "Sudan", ("Xu-đăng",)),
    ("UG", "Uganda", ("U-gan-đa",)),
    ("ZW", "Zimbabwe", ("Dim-ba-bu-ê",)),
    ("ZM", "Zambia", ("Dăm-bi-a",)),
    ("NA", "Namibia", ("Na-mi-bi-a",)),
    ("MG", "Madagascar", ("Ma-đa-gát-xca",)),
    ("CM", "Cameroon", ("Ca-mơ-run",)),
    ("CI", "Côte d'Ivoire", ("Bờ Biển Ngà",)),
    ("CG", "Congo", ("Công-gô",)),
    ("RW", "Rwanda", ("Ru-an-đa",)),
    ("ML", "Mali", ()),
    ("BF", "Burkina Faso", ("Buốc-ki-na Pha-xô",)),
    ("GQ", "Guinea Xích đạo", ("Ghi-nê Xích đạo",)),
    ("SY", "Syria", ("Xy-ri",)),
    ("LB", "Liban", ("Lebanon", "Li-băng")),
    ("OM", "Oman", ("Ô-man",)),
    ("BH", "Bahrain", ("Ba-ranh",)),
    ("YE", "Yemen", ("Y-ê-men",)),
    ("AF", "Afghanistan", ("Áp-ga-ni-xtan",)),
    ("AZ", "Azerbaijan", ("A-déc-bai-gian",)),
    ("AM", "Armenia", ("Ác-mê-ni-a",)),
    ("KG", "Kyrgyzstan", ("Cư-rơ-gư-xtan",)),
    ("TJ", "Tajikistan", ("Tát-gi-ki-xtan",)),
    ("TM", "Turkmenistan", ("Tuốc-mê-ni-xtan",)),
    ("RS", "Serbia", ("Xéc-bi-a",)),
    ("HR", "Croatia", ("Crô-a-ti-a",)),
    ("SI", "Slovenia", ("Xlô-ven-ni-a",)),
    ("EE", "Estonia", ("E-xtô-ni-a",)),
    ("LV", "Latvia", ("Lát-vi-a",)),
    ("LT", "Lithuania", ("Lít-va",)),
    ("LU", "Luxembourg", ("Lúc-xăm-bua",)),
    ("IS", "Iceland", ("Ai-xơ-len",)),
    ("CY", "Síp", ("Cyprus",)),
    ("MT", "Malta", ()),
    ("AL", "Albania", ("An-ba-ni",)),
    ("MD", "Moldova", ("Môn-đô-va",)),
    ("CO", "Colombia", ("Cô-lôm-bi-a",)),
    ("EC", "Ecuador", ("Ê-cu-a-đo",)),
    ("BO", "Bolivia", ("Bô-li-vi-a",)),
    ("UY", "Uruguay", ("U-ru-goay",)),
    ("PY", "Paraguay", ("Pa-ra-goay",)),
    ("PA", "Panama", ("Pa-na-ma",)),
    ("NI", "Nicaragua", ("Ni-ca-ra-goa",)),
    ("GT", "Guatemala", ("Goa-tê-ma-la",)),
    ("SV", "El Salvador", ("En Xan-va-đo",)),
    ("DO", "Cộng hòa Dominica", ("Dominica",)),
    ("JM", "Jamaica", ("Gia-mai-ca",)),
    ("PG", "Papua New Guinea", ("Pa-pua Niu Ghi-nê",)),
    ("FJ", "Fiji", ("Phi-gi",)),
    ("BT", "Bhutan", ("Bu-tan",)),
    ("MV", "Maldives", ("Man-đi-vơ",)),
    ("VA", "Vatican", ("Tòa Thánh Vatican",)),
    ("HT", "Haiti", ("Ha-i-ti",)),
)

#: Foreign provinces and cities the press names as the stop of a leader's trip, each standing for its
#: country as a capital does ("đến thăm tỉnh Phúc Kiến", "tại thành phố New York"): only the most
#: frequent in Vietnamese news, and none that is also a Vietnamese place or a common name ("Hải Nam",
#: "Sơn Đông" are Vietnamese communes too; "Amsterdam" names a Hà Nội school).
FOREIGN_PLACES: dict[str, tuple[str, ...]] = {
    "CN": ("Phúc Kiến", "Phúc Châu", "Quảng Đông", "Quảng Châu", "Quảng Tây", "Nam Ninh", "Vân Nam",
           "Côn Minh", "Thượng Hải", "Trùng Khánh", "Thiên Tân", "Chiết Giang", "Hạ Môn", "Thâm Quyến"),
    "JP": ("Osaka", "Kyoto", "Fukuoka", "Yokohama", "Hokkaido", "Hiroshima", "Nagasaki"),
    "US": ("Washington", "Oa-sinh-tơn", "New York", "San Francisco", "California", "Hawaii", "Los Angeles"),
    "RU": ("St.Petersburg", "St. Petersburg", "Saint Petersburg", "Xanh Pê-téc-bua", "Vladivostok"),
    "LA": ("Luang Prabang", "Luông Pha Bang", "Savannakhet", "Xiêng Khoảng", "Hủa Phăn", "Chăm-pa-xắc"),
    "KH": ("Siem Reap", "Xiêm Riệp", "Sihanoukville"),
    "KR": ("Busan", "Incheon"),
    "FR": ("Paris", "Pa-ri"),
    "DE": ("Berlin", "Béc-lin", "Hamburg", "Frankfurt"),
    "GB": ("London",),
    "AU": ("Canberra", "Sydney", "Melbourne"),
    "BE": ("Brussels", "Bruxelles", "Brúc-xen"),
    "CH": ("Geneva", "Giơ-ne-vơ", "Davos"),
    "IN": ("Delhi",),
    "MM": ("Yangon", "Nay Pyi Taw", "Naypyidaw"),
    "PH": ("Manila", "Ma-ni-la"),
    "CZ": ("Praha",),
    "BY": ("Minsk",),
    "NL": ("La Hay",),
    "CA": ("Ottawa", "Toronto"),
    "AE": ("Dubai", "Abu Dhabi"),
    "KZ": ("Astana",),
    "EG": ("Cairo",),
    "PL": ("Warsaw", "Vác-sa-va"),
    "HU": ("Budapest",),
    "SK": ("Bratislava",),
    "PK": ("Islamabad",),
    "LK": ("Colombo",),
    "QA": ("Doha",),
    "FI": ("Helsinki",),
    "NZ": ("Wellington",),
    "GR": ("Athens", "A-ten"),
    "PT": ("Lisbon", "Lisboa"),
}  # fmt: skip

# Regions the press names as destinations; no official code, so the id is a fixed slug.
REGIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("tay-bac", "Tây Bắc", ("vùng Tây Bắc",)),
    ("viet-bac", "Việt Bắc", ()),
    ("dong-bac", "Đông Bắc", ("vùng Đông Bắc",)),
    ("tay-nguyen", "Tây Nguyên", ()),
    ("dbscl", "Đồng bằng sông Cửu Long", ("ĐBSCL", "miền Tây Nam Bộ", "Tây Nam Bộ")),
    ("dbsh", "Đồng bằng sông Hồng", ("ĐBSH",)),
    ("dong-nam-bo", "Đông Nam Bộ", ()),
    ("bac-trung-bo", "Bắc Trung Bộ", ()),
    ("nam-trung-bo", "Nam Trung Bộ", ("Duyên hải Nam Trung Bộ",)),
    ("trung-du-mien-nui-phia-bac", "Trung du và miền núi phía Bắc", ("miền núi phía Bắc",)),
    ("mien-bac", "miền Bắc", ("Bắc Bộ",)),
    ("mien-trung", "miền Trung", ("Trung Bộ",)),
    ("mien-nam", "miền Nam", ("Nam Bộ",)),
    ("truong-sa", "quần đảo Trường Sa", ("Trường Sa",)),
    ("hoang-sa", "quần đảo Hoàng Sa", ("Hoàng Sa",)),
)

# Other names of provinces: the legacy name wins, these are only looked up.
_PROVINCE_ALIASES = {
    "Hồ Chí Minh": ("HCM", "TPHCM", "TP.HCM", "Sài Gòn", "Sài Gòn - Gia Định"),
    "Thừa Thiên Huế": ("Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế"),
    "Bà Rịa - Vũng Tàu": ("Bà Rịa Vũng Tàu", "BR-VT", "BRVT"),
    "Bắc Kạn": ("Bắc Cạn",),
    "Đắk Lắk": ("Đắc Lắc", "Daklak", "Đăk Lăk", "Đắk Lăk"),
    "Đắk Nông": ("Đắc Nông", "Đăk Nông"),
    "Kon Tum": ("Kontum",),
}


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The look-up key of a name: NFC, new tone placement, lower case, dashes and runs of space as one."""
    text = fix_tones(unicodedata.normalize("NFC", name)).lower()
    return _DASHES.sub(" ", text).strip(" .,")


def _split_type(full: str) -> tuple[str | None, str]:
    """ "Huyện Chi Lăng" -> ("Huyện", "Chi Lăng"); the full name's prefix is trusted over the type column."""
    found = _TYPED_NAME.match(full)
    return (found.group(1), found.group(2)) if found else (None, full)


def _nfc(value: str | None) -> str | None:
    return unicodedata.normalize("NFC", value) if value else value


def _database() -> sqlite3.Connection:
    """The package's SQLite file, found without importing the package (its import pulls pandas, ~1 s)."""
    spec = find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("vietnamadminunits is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "dataset.db"
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


_PROVINCE_RENAMES = {"46": ("Thừa Thiên Huế", "Tỉnh Thừa Thiên Huế", "Tỉnh")}


def _rows(db: sqlite3.Connection, sql: str) -> list[tuple]:
    return [tuple(_nfc(v) if isinstance(v, str) else v for v in row) for row in db.execute(sql)]


def _province_units(db: sqlite3.Connection, table: str, prefix: str, system: str) -> dict[str, Unit]:
    units = {}
    for name, code, lat, lon in _rows(
        db, f"select distinct province, provinceCode, provinceLat, provinceLon from {table}"
    ):
        unit_type, short = _split_type(name)
        if system == LEGACY:
            short, name, unit_type = _PROVINCE_RENAMES.get(code, (short, name, unit_type))
        location_id = f"{prefix}:province:{code}"
        units[code] = Unit(
            location_id, system, PROVINCE, code, short, name, unit_type, None, code, short, lat, lon
        )
    return units


def _legacy_units(db: sqlite3.Connection) -> list[Unit]:
    provinces = _province_units(db, "admin_units_legacy", "legacy", LEGACY)
    districts = {}
    for p_code, name, code, lat, lon in _rows(
        db,
        "select distinct provinceCode, district, districtCode, districtLat, districtLon"
        " from admin_units_legacy",
    ):
        unit_type, short = _split_type(name)
        province = provinces[p_code]
        districts[code] = Unit(
            f"legacy:district:{code}",
            LEGACY,
            DISTRICT,
            code,
            short,
            name,
            unit_type,
            p_code,
            p_code,
            province.name,
            lat,
            lon,
        )
    communes = []
    for p_code, d_code, name, code, lat, lon in _rows(
        db,
        "select provinceCode, districtCode, ward, wardCode, wardLat, wardLon from admin_units_legacy"
        " where ward is not null and wardCode is not null",
    ):
        unit_type, short = _split_type(name)
        communes.append(
            Unit(
                f"legacy:commune:{code}",
                LEGACY,
                COMMUNE,
                code,
                short,
                name,
                unit_type,
                d_code,
                p_code,
                provinces[p_code].name,
                lat,
                lon,
            )
        )
    return [*provinces.values(), *districts.values(), *communes]


def _reform_units(db: sqlite3.Connection) -> list[Unit]:
    provinces = _province_units(db, "admin_units", "2025", REFORM)
    communes = []
    for p_code, name, code, lat, lon in _rows(
        db, "select provinceCode, ward, wardCode, wardLat, wardLon from admin_units"
    ):
        unit_type, short = _split_type(name)
        communes.append(
            Unit(
                f"2025:commune:{code}",
                REFORM,
                COMMUNE,
                code,
                short,
                name,
                unit_type,
                p_code,
                p_code,
                provinces[p_code].name,
                lat,
                lon,
            )
        )
    return [*provinces.values(), *communes]


def _extra_units() -> list[Unit]:
    ha_tay = Unit(
        "historical:province:28",
        HISTORICAL,
        PROVINCE,
        "28",
        "Hà Tây",
        "Tỉnh Hà Tây",
        "Tỉnh",
        None,
        "28",
        "Hà Tây",
    )
    countries = [
        Unit(f"country:{iso}", COUNTRY, COUNTRY, iso, name, name, None, None, None, None, country=name)
        for iso, name, _ in COUNTRIES
    ]
    regions = [
        Unit(f"region:{slug}", REGION, REGION, None, name, name, None, None, None, None)
        for slug, name, _ in REGIONS
    ]
    return [ha_tay, *countries, *regions]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    units: tuple[Unit, ...]
    by_key: dict[tuple[str, str], tuple[Unit, ...]]  # (level, fold(name)) -> units, legacy first
    spellings: dict[tuple[str, str], str]  # (level, fold(name)) -> the name as first written
    by_id: dict[str, Unit]


@cache
def gazetteer() -> Gazetteer:
    """All units, indexed by (level, folded name); built once per process (~0.2 s)."""
    with _database() as db:
        units = [*_legacy_units(db), *_reform_units(db), *_extra_units()]
    index: dict[tuple[str, str], dict[str, Unit]] = {}
    spellings: dict[tuple[str, str], str] = {}

    def add(level: str, name: str, unit: Unit) -> None:
        key = (level, fold(name))
        spellings.setdefault(key, name)
        index.setdefault(key, {}).setdefault(unit.location_id, unit)

    for unit in units:
        add(unit.level, unit.name, unit)
    by_name = {(u.level, u.name, u.system): u for u in units}
    for canonical, aliases in _PROVINCE_ALIASES.items():
        for alias in aliases:
            add(PROVINCE, alias, by_name[(PROVINCE, canonical, LEGACY)])
    for table, level in ((COUNTRIES, COUNTRY), (REGIONS, REGION)):
        for _, name, aliases in table:
            for alias in aliases:
                add(level, alias, by_name[(level, name, level)])
    by_iso = {unit.code: unit for unit in units if unit.level == COUNTRY}
    for iso, names in FOREIGN_PLACES.items():
        for alias in names:
            add(COUNTRY, alias, by_iso[iso])
    rank = {LEGACY: 0, HISTORICAL: 0, REFORM: 1}
    return Gazetteer(
        units=tuple(units),
        by_key={
            key: tuple(sorted(bucket.values(), key=lambda u: rank.get(u.system, 0)))
            for key, bucket in index.items()
        },
        by_id={unit.location_id: unit for unit in units},
        spellings=spellings,
    )


def lookup(level: str, name: str) -> tuple[Unit, ...]:
    """Units of ``level`` called ``name`` (any spelling ``fold`` unifies), legacy units first."""
    return gazetteer().by_key.get((level, fold(name)), ())


def gazetteer_rows() -> list[dict]:
    """One dict per unit for ``dim_locations`` (provinces, districts, communes, countries, regions)."""
    columns = [f.name for f in fields(Unit) if f.name not in ("country", "place")]
    return [{column: getattr(unit, column) for column in columns} for unit in gazetteer().units]


def _ascii(key: str) -> str:
    decomposed = unicodedata.normalize("NFD", key.replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _ascii_provinces() -> dict[str, Unit]:
    """Provinces by their unaccented key, for names typed without diacritics ("Lang Son")."""
    keys: dict[str, list[Unit]] = {}
    for (level, key), units in gazetteer().by_key.items():
        if level == PROVINCE:
            keys.setdefault(_ascii(key), []).append(units[0])
    return {key: found[0] for key, found in keys.items() if len({u.location_id for u in found}) == 1}


def province_unit(name: str) -> Unit | None:
    """The province called ``name``: legacy (or historical) unit first, else the 2025 unit."""
    key = _PREFIX.sub("", fold(name))
    found = gazetteer().by_key.get((PROVINCE, key))
    if found:
        return found[0]
    return _ascii_provinces().get(_ascii(key))


def province_by_name(name: str) -> Place | None:
    """ "Lạng Sơn", "tỉnh Lạng Sơn", "TP.HCM", "Sài Gòn", "Hoà Bình" ... -> the province, or None."""
    unit = province_unit(name)
    return unit.place if unit else None


def country_by_name(name: str) -> Place | None:
    """ "Trung Quốc", "Trung Hoa", "Mỹ", "Hoa Kỳ", "Việt Nam" ... -> the country, or None."""
    found = lookup(COUNTRY, name)
    return found[0].place if found else None


# Loose matching only for one word from this length on: a letter changed in "Lào", "Nga" or "Cuba"
# is another word.
_LOOSE_FROM = 6
_LOOSE_SCORE = 85


@cache
def _country_spellings() -> dict[str, Place]:
    return {key: units[0].place for (level, key), units in gazetteer().by_key.items() if level == COUNTRY}


@lru_cache(maxsize=8192)
def country_like(name: str) -> Place | None:
    """The country ``name`` spells, or misspells by a letter or two ("Tazania" for "Tanzania").

    Foreign names reach Vietnamese news transliterated by hand, and a dropped or swapped letter is
    common; the title before a person's name ("Tổng thống Tazania X") must still read as a country,
    or the country becomes part of the name.
    """
    if (place := country_by_name(name)) is not None:
        return place
    key = fold(name)
    if len(key) < _LOOSE_FROM or " " in name.strip():
        return None  # syllables apart are Vietnamese: "Hoàng Quốc" is a name, not "Hàn Quốc"
    found = process.extractOne(key, _country_spellings().keys(), scorer=fuzz.ratio, score_cutoff=_LOOSE_SCORE)
    return _country_spellings()[found[0]] if found else None
