"""Official visits: who went where, and when, as the article reports it.

A visit is stated in one sentence that joins a national official (or a foreign guest), a trip
verb (thăm, làm việc tại/với, kiểm tra, dự ... tại, chúc Tết ...) and a destination. The
principal is the delegation's head, so per destination only the highest-ranked official with
such a sentence is kept: ministers and deputy ministers travelling with the General Secretary
are members, not visits. Planned trips and background ("năm ngoái", "sẽ thăm") are not visits,
and neither is a local official at home (only national and foreign people qualify).
A province in a local official's title is his home, not a destination, unless he is the one met
or goes along; a further leg told with a pronoun ("bà đã tới thăm thành phố Đà Nẵng") belongs to
the visitor who acted last.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from orchestration.extraction.dates import ANCHORED, article_reference, find_dates, is_ahead, resolve
from orchestration.extraction.gazetteer import COMMUNE, DISTRICT, lookup, province_by_name
from orchestration.extraction.model import Document, Mention, Place, Sentence, Visit
from orchestration.extraction.names import CAPITALS
from orchestration.extraction.offices import HOLDERS, minister_title, office_held
from orchestration.extraction.people import SEAT_RANK, foreign_country, person_level, title_info

#: "làm việc" that qualifies a noun names no trip: "Quy chế làm việc", "chương trình làm việc của Thủ
#: tướng khi ông thăm ...", "môi trường làm việc"; likewise a post held, "các vị trí công tác tại X", and
#: an office, "trưởng đoàn Đại biểu Quốc hội tỉnh X".
_NOMINAL = "".join(
    f"(?<!{noun} )"
    for noun in (
        "quy chế",
        "chương trình",
        "giờ",
        "nơi",
        "ngày",
        "điều kiện",
        "môi trường",
        "lề lối",
        "phong cách",
    )
)
#: "dự" as attending, not the first syllable of "dự án", "dự thảo", "dự luật", "dự kiến" ...
_ATTEND = r"dự(?! án| thảo| luật| kiến| định| tính| đoán| báo| toán| trữ| phòng| bị)"
_TRIGGER = re.compile(
    rf"(?<!\w)(?:thăm|{_NOMINAL}làm việc|(?:buổi|cuộc) làm việc|(?<!công tác )kiểm tra|khảo sát|thị sát|"
    r"chúc [Tt]ết|"
    r"tặng quà|trao quà|trao (?:quyết định|huân chương|danh hiệu|cờ thi đua)|công bố quyết định|"
    rf"dâng hương|(?:về|đến|tới) (?:{_ATTEND}|giám sát)|"
    r"tại (?:buổi )?lễ (?:khánh thành|khởi công|động thổ|gắn biển)|"
    r"(?:phát lệnh|bấm nút) (?:khởi công|khánh thành|động thổ|thông xe|vận hành)|"
    r"dự (?:lễ|đại lễ|hội nghị|buổi|đại hội|chương trình|khai mạc|lễ hội|ngày hội|khánh thành|khởi công|"
    r"diễn đàn|hội thảo|tọa đàm)|chủ trì (?:hội nghị|buổi)|sự chủ trì|tiếp xúc cử tri|"
    r"(?<!năm )(?<!vị trí )(?<!quá trình )công tác tại|dẫn đầu|"
    r"trưởng đoàn(?! đại biểu quốc hội| đbqh)|hội đàm|hội kiến|gặp|gặp gỡ|bên lề|tham quan)(?!\w)",
    re.IGNORECASE,
)
#: A foreign guest named at a Vietnamese place is on a visit whatever he does there: "tại Hà Nội,
#: Thủ tướng Lào X đồng chủ trì kỳ họp". A national official doing the same at home is at work.
_GUEST_TRIGGER = re.compile(
    rf"{_TRIGGER.pattern}|(?<!\w)(?:đồng chủ trì|chủ trì|tham dự|có mặt|đã (?:đến|tới)|đặt chân|"
    rf"{_ATTEND})(?!\w)",
    re.IGNORECASE,
)
#: Speaking or directing at a congress, a conference, a forum or a ceremony means attending it
#: ("Phát biểu tại Đại hội, Thủ tướng X nói", "X dự và chỉ đạo tại hội nghị", "X phát biểu khai mạc
#: hội thảo"), and so is being the subject of a sentence set at it ("Tại buổi lễ, Phó Thủ tướng X đánh
#: giá ..."); tried only in sentences that say "... biểu tại", "... mạc tại", "... mạc hội" and the
#: like, or open with "Tại", to keep the common patterns short.
_EVENTS = (
    r"(?:đại hội|lễ kỷ niệm|hội nghị|hội thảo|diễn đàn|buổi lễ|lễ|tọa đàm|toạ đàm|đối thoại|"
    r"festival|liên hoan|ngày hội|hội chợ|triển lãm|"
    r"phiên (?:khai mạc|bế mạc|toàn thể|họp|thảo luận))"
)
#: Speaking at an event, in the words that may open a sentence: "Phát biểu khai mạc tại hội nghị".
_SPEAKS = r"(?:phát biểu|chỉ đạo)(?: chỉ đạo| khai mạc| bế mạc| kết luận)?"
_OPENS = r"(?:phát biểu )?(?:khai|bế) mạc|phát biểu (?:kết luận|chỉ đạo)"
#: A sentence set at an event told of before ("Tại hội nghị, ông X trao quyết định ...") or at one
#: the opening itself places ("Tại hội nghị tổ chức ngày 12/5 ở thành phố Cần Thơ, ông X ...").
_AT_EVENT_OPENING = rf"tại {_EVENTS}(?:[^,.;:]{{0,80}} (?:ở|tại) [^,.;:]{{1,40}}(?<=\w))?(?=\s*,)"
#: A day between the verb and the event: "phát biểu hôm qua tại Hội nghị".
_SPOKE_WHEN = r"(?: (?:hôm (?:qua|nay)|(?:sáng|trưa|chiều|tối) (?:nay|qua)))?"
#: The words owned at an event: "yêu cầu của Phó Thủ tướng X, Trưởng Ban ..., tại hội nghị ở Cần Thơ".
_WORDS_OF_NOUNS = r"(?:chỉ đạo|phát biểu|ý kiến|lời|yêu cầu|đề nghị|khẳng định|nhận định)"
#: An event alone, which makes a trip only for the owner of words said at it (``_spoken_there``).
_AT_EVENT_ALONE = rf"(?<!\w)(?P<alone>tại {_EVENTS})(?!\w)"
_SPOKE = (
    rf"|(?<!\w)(?:dự và )?(?:{_SPEAKS}{_SPOKE_WHEN} tại|{_OPENS}) {_EVENTS}(?!\w)|^{_AT_EVENT_OPENING}"
    rf"|{_AT_EVENT_ALONE}"
)
_SPOKE_HINT = re.compile(
    rf"(?:biểu|đạo|mạc|luận){_SPOKE_WHEN} tại|(?:mạc|luận|đạo) {_EVENTS}|^tại |{_WORDS_OF_NOUNS} của ",
    re.IGNORECASE,
)
#: The trip verbs that name the event spoken at: "phát biểu tại hội nghị", "phát biểu khai mạc hội thảo",
#: "phát biểu chỉ đạo hội nghị".
_SPOKE_AT = re.compile(r" (?:tại|mạc|luận|đạo) ")
_SPOKE_TRIGGER = re.compile(_TRIGGER.pattern + _SPOKE, re.IGNORECASE)
_SPOKE_GUEST_TRIGGER = re.compile(_GUEST_TRIGGER.pattern + _SPOKE, re.IGNORECASE)
#: The event a speaker attended, in the sentence that may lend its place.
_EVENT = re.compile(rf"(?i:{_EVENTS})")
_OPENS_AT_EVENT = re.compile(rf"(?i:{_AT_EVENT_OPENING})")
#: The trip verbs that attend or chair an event told of before.
_ATTENDING = re.compile(r"(?<!\w)(?:dự|chủ trì)(?!\w)", re.IGNORECASE)
#: How far past a trip verb the event it names may start: "chủ trì buổi tọa đàm".
_EVENT_REACH = 20
#: The venue of that event, named after "tại"/"ở" in the lending sentence (an organiser's province is not).
_VENUE = re.compile(r"(?<!\w)(?:tại|ở)\s[^;:.]{0,40}$")
#: An event followed from elsewhere has no one venue.
_REMOTE = re.compile(r"(?<!\w)(?:trực tuyến|điểm cầu)(?!\w)", re.IGNORECASE)
#: Trip verbs that only make a trip abroad: meeting someone or touring a site at home is no visit.
_ABROAD_ONLY = ("gặp", "gặp gỡ", "bên lề", "tham quan")
#: The receiving verbs: the guest (a foreign dignitary) is the visitor, the host is not. Seeing a guest
#: off ("tiễn") receives him as much as welcoming him.
_RECEPTION = re.compile(r"(?<!\w)(?:tiếp|đón|tiễn|hội kiến|hội đàm|gặp)(?!\w)")
#: A receiving verb proper: "tiếp" that is no "tiếp tục", "tiếp nhận", "tiếp xúc".
_RECEIVES = re.compile(
    r"(?:tiếp(?! tục| theo| nhận| xúc| cận| thu| sức| tế| đó| đến| diễn)|đón|tiễn|hội kiến|hội đàm)(?!\w)"
)
#: A leader honoured, not acting: "dâng hương tưởng niệm Tổng Bí thư X", "Khu lưu niệm Chủ tịch X".
_COMMEMORATED = re.compile(
    r"(?<!\w)(?:tưởng niệm|tưởng nhớ|lưu niệm|tượng đài|ngày sinh|ngày mất|ngày giỗ|phần mộ|lăng|đền thờ)"
    r"(?:\s+[^\s,;.:]+){0,4}\s+$",
    re.IGNORECASE,
)
#: Verbs that report what someone said.
_SAYS = "cho biết|cho rằng|nói|nêu rõ|nhấn mạnh|khẳng định|lưu ý|chia sẻ|bày tỏ"
#: A reporting verb opening what was said: "cho biết,", "nhấn mạnh:".
_SPEECH = re.compile(rf"(?<!\w)(?:{_SAYS}|cho hay)\s*[,:]")
#: A welcome or farewell ceremony named as a noun ("Phát biểu tại lễ tiễn chính thức Tổng thống X, Chủ
#: tịch nước Y ...") or a reception held ("Trong buổi tiếp Chủ tịch Quốc hội Myanmar X, ông Y cho
#: biết"): the guest was there, whoever the sentence makes its subject.
_CEREMONY = re.compile(r"(?:^|(?<=\W))(?:[Ll]ễ|(?P<held>[Bb]uổi)) $")
#: Planned trips and background: not annotated. A day or month "tới" is still ahead ("vào ngày 8/2
#: tới"), unless "tới" closes a range ("từ ngày 5/6 tới ngày 8/6"); trips in the plural ("các chuyến
#: thăm chính thức ... của Tổng Bí thư X tới Lào") sum up a past year's exchanges.
_NOT_HAPPENED = re.compile(
    r"(?<!\w)(?:sẽ (?:\S+ ){0,2}?(?:đến|thăm|làm việc|dự|về|chuyến)|dự kiến|theo kế hoạch|"
    r"(?:ngày|tháng) \d{1,2}(?:/\d{1,2})?(?:/\d{4})? tới(?! (?:ngày |hết )?\d)|"
    r"(?:các|những) chuyến (?:thăm|công tác)|"
    r"chuẩn bị (?:đến|thăm)|năm ngoái|năm trước|trước đây|lần trước|từng (?:đến|về|thăm)|nhớ lại|"
    r"ý định|dự định|có kế hoạch|khi còn là|cố Bộ trưởng|cố Tổng|cố Thủ tướng|cố Chủ tịch|sinh thời|"
    r"(?:mong muốn|mong đợi|mong chờ|trông đợi) .{0,20}(?:thăm|đón)|"
    r"nhận lời (?:mời )?(?:thăm|sang|đến|tới|dự)|"
    r"(?<!lời )mời .{0,40}thăm|trước thềm|tiêu đề)(?!\w)",
    re.IGNORECASE,
)
#: "nơi 40 năm trước đây ...": a count of years makes "năm trước" a date in history, not background.
_YEARS_AGO = re.compile(r"\d+\s+$")
#: Sentences that list a delegation's members or an event's guests, not its head.
_MEMBERS = re.compile(
    r"^\W*(?:Cùng đi|Đi cùng|Tham gia đoàn|Cùng tham dự|Tham dự|Cùng dự|Dự (?:buổi|hội nghị|lễ)|Có mặt)",
    re.IGNORECASE,
)
#: The rank of the four top leaders: General Secretary, President, Prime Minister, National Assembly chair.
_TOP_LEADER = 4
#: A list of an event's guests with no host named: "Đến dự chương trình có Ủy viên Bộ Chính trị X; ...",
#: "Tham dự Lễ trao tặng có: Chủ tịch Quốc hội X; ...".
#: Its highest-ranked national official is the visit's principal when no sentence tells of another.
#: Capitalised in mid-sentence, the list opens a sentence run into a caption: "... phát biểu khai mạc
#: Hội nghị Tham dự Hội nghị có Thứ trưởng X". A list of those who "also" attended ("Tham dự giao lưu còn
#: có ...") follows the principal, told before it: it names none.
_ATTENDEES = re.compile(
    r"(?:^\W*(?:(?:Đến|Tới|Về|Tham) dự|Dự)|(?<=\w )(?:Đến|Tới|Về|Tham) dự)"
    r"(?=[^.;:]{0,100}?(?<!\scòn)\scó:?\s)"
)
#: Words between an official and a trip verb that make the verb someone else's act or a topic:
#: "Thủ tướng yêu cầu tỉnh ... kiểm tra", "Bộ trưởng cho biết, chuyến thăm ...", "báo cáo Thủ tướng X
#: kết quả hội đàm" (the talks are a topic); "trực tiếp đến thăm" is no reception. Lower case only: a
#: capitalised word between them belongs to an office's name ("Phó Thủ tướng X, Trưởng Ban Chỉ đạo ...,
#: chủ trì hội nghị").
_NOT_SUBJECT = re.compile(
    rf"(?<!\w)(?:yêu cầu|đề nghị|chỉ đạo|giao(?! thông| lưu)|đề xuất|kiến nghị|{_SAYS}|"
    r"thông tin|thông báo|gặp mặt|"
    r"ký (?:quyết định|ban hành|văn bản|công văn)|thành lập|(?<!trực )tiếp(?! tục)|trả lời|phát biểu|"
    r"biểu dương|hoan nghênh|"
    r"chào mừng|cảm ơn|đánh giá|mời|nếu|thì|sẽ|sắp|tin tưởng|hy vọng|mong muốn|kết quả)(?!\w)"
)
#: Whom a speaker speaks for, a list of bodies: "thay mặt lãnh đạo Đảng, Nhà nước, MTTQ Việt Nam,".
_ON_BEHALF = r"\s+thay mặt(?:[^,.;:]+,){1,4}"
#: "Tại buổi làm việc của Thủ tướng X với ...": the verb comes before its subject, as in "Phát biểu tại
#: Đại hội, Thủ tướng X nói" or "Phát biểu khai mạc hội nghị, Chủ tịch Quốc hội X khẳng định" (he attended
#: the congress). A working session that "có Thủ tướng X" has him there, the head of whoever else speaks
#: at it. A working session is reported with the title between ("buổi làm việc giữa Thủ tướng X với
#: ..."); a trip named as a noun with its title ("sau chuyến thăm Trung Quốc của Tổng Bí thư X") is
#: mostly background. An event "dưới sự chủ trì của Thứ trưởng, Tổng Giám đốc X" is one he chaired.
#: "Đến dự và phát biểu, Phó Chủ tịch nước X ..." opens on his attending the event the article is about;
#: "Tới dự lễ có A, B" lists guests (``_ATTENDEES``), the one after a comma no more than the others.
_VERB_BEFORE = re.compile(
    rf"(?:^(?:(?:{_SPEAKS} )?tại|{_OPENS}) {_EVENTS}[^,.;:]{{0,80}},"
    rf"(?:(?:\s+(?!{_SAYS})[^\s,;.:]+){{1,16}},|{_ON_BEHALF})?(?:\s+[^\s,;.:]+){{0,12}}"
    rf"|^(?:đến|tới|về) {_ATTEND}(?![^,.;:]{{0,80}}\scó:?\s)[^,.;:]{{0,80}},(?:\s+[^\s,;.:]+){{0,12}}"
    r"|(?:buổi|cuộc) làm việc(?: \S+){0,3} (?:của|giữa|có)(?:\s+(?!với\s|và\s|cùng\s)[^\s,;.:]+){0,6}"
    r"|(?:(?:buổi|cuộc) làm việc|chuyến (?:thăm|công tác)|đoàn công tác)(?: \S+){0,3} (?:của|do|giữa)"
    r"|sự chủ trì của(?:,?\s+[^\s,;.:]+){0,8})\s*$",
    re.IGNORECASE,
)
#: The official as an owner, a partner or the one called on, title included: "đóng góp của Thủ tướng X",
#: "hội đàm với Chủ tịch X", "đến chào xã giao Tổng Bí thư X"; not the "của" of his own title ("Chủ nhiệm
#: Ủy ban Kinh tế của Quốc hội X").
_POSSESSIVE = re.compile(
    r"(?<!\w)(?:của(?!\s+(?:Quốc hội|QH)\s)|theo|với|chào(?! mừng)|gặp|tiễn|hội kiến|mời|hoan nghênh|"
    r"(?<!goại )giao(?! thông| lưu)|yêu cầu|đề nghị|phân công)\s+"
    r"(?:(?!do\s|và\s|cùng\s)[^\s,;.:]+\s+){0,8}$",
    re.IGNORECASE,
)
_INVITED_BY = re.compile(r"lời mời của[^.;:]*$")
#: The guest a host welcomes or hopes for, however long his title chain: "hoan nghênh Tổng Bí
#: thư, Chủ tịch Trung Quốc X sang thăm Việt Nam và dự APEC" says what the host wishes, not a trip made.
_WELCOMED = re.compile(r"(?<!\w)(?:hoan nghênh|mong (?:sớm )?được đón)\s+(?:[^\s;.:]+\s+){0,12}$")
#: "Nhận lời mời của IPU, Đoàn đại biểu do Chủ tịch Quốc hội X dẫn đầu": the delegation's head.
_LED_BY = re.compile(r"(?<!\w)do\s+(?:[^\s,;.:]+\s+){0,8}$")
#: "phát biểu của Thủ tướng X khi ông chủ trì ...": the pronoun makes him the subject again; so does an
#: apposition naming him the trip's head: "khẳng định của Thứ trưởng X, trưởng đoàn công tác ... đi khảo sát".
_SUBJECT_AGAIN = re.compile(r"(?<!\w)(?:ông|bà)(?!\w)|^\s*,\s*(?:là\s+)?trưởng đoàn(?!\w)")
#: "X khẳng định tại cuộc tiếp xúc cử tri", "X nhấn mạnh trong buổi làm việc với TP.HCM": he spoke at
#: the event, so he attended it.
_AT_EVENT = re.compile(r"(?:tại|trong) (?:(?:cuộc|buổi|hội nghị|lễ)\s*)?$")
#: What an official said is his, and said where he was: "là chỉ đạo của Bộ trưởng X trong buổi làm việc
#: tại tỉnh Cà Mau".
_WORDS_OF = re.compile(rf"(?<!\w){_WORDS_OF_NOUNS} của\s+(?:[^\s,;.:]+\s+){{0,8}}$", re.IGNORECASE)
#: What may stand between an official's name and the event he spoke at: his further offices.
_APPOSITION = re.compile(r"\s*(?:[-–,][^.;:]*)?")
#: The form of state before a country's name: "Vương quốc Anh", "Liên bang Nga", "CH Belarus", "LB Nga".
_STATE_FORM = r"Vương quốc|Cộng hòa|Liên bang|(?-i:CH|LB)"
#: A foreign country is a destination only right after a travel verb ("thăm chính thức Lào"), or
#: as the country of a city reached so ("tại thành phố Hamburg của Đức", "đến Moskva (Nga)").
_ABROAD = re.compile(
    r"(?:thăm|sang|tới|đến|tại|ở|công du|thăm chính thức|thăm cấp Nhà nước|thăm làm việc)"
    rf"(?:(?:\s+(?:thủ đô|thành phố))?(?-i:\s+[{CAPITALS}][\w.'-]*){{1,3}}\s*(?:,|của|thuộc|\())?"
    r"(?:\s+(?:chính thức|cấp Nhà nước|làm việc|và làm việc tại|(?:các|hai|ba|bốn|\d) nước|nước"
    rf"|{_STATE_FORM}))*\s*$",
    re.IGNORECASE,
)
#: Reports datelined in local time come from abroad: "Sáng 10-7 (giờ địa phương), Thủ tướng ...".
_LOCAL_TIME = re.compile(r"giờ địa phương")
#: The comma after "do X dẫn đầu", which closes the delegation the sentence is about.
_SUBJECT_CLOSES = re.compile(r"\s*,?")
#: Trip verbs too weak to lend a destination from the surrounding sentences.
_WEAK = (
    "kiểm tra",
    "buổi làm việc",
    "cuộc làm việc",
    "dẫn đầu",
    "trưởng đoàn",
    "hội đàm",
    "hội kiến",
    "tiếp",
    "đón",
    *_ABROAD_ONLY,
)
#: The seats of the central bodies, all in Hà Nội.
_SEATS = r"[Tt]rụ sở [Cc]hính phủ|Phủ Chủ tịch|Nhà Quốc hội|Trụ sở Trung ương Đảng|[Tt]rụ sở Bộ (?=[A-ZĐ])"
#: Meeting at a seat is work at home, not a trip.
_HEADQUARTERS = re.compile(rf"{_SEATS}|Văn phòng Trung ương")
#: Where Hà Nội receives its guests when no place is named.
_CAPITAL_VENUE = re.compile(rf"{_SEATS}|(?<!giờ )Hà Nội")
#: Hà Nội named as where something takes place.
_IN_CAPITAL = re.compile(r"(?<!\w)(?:tại|ở) (?:thủ đô )?Hà Nội")
#: A guest's trip to the country itself: "sang thăm chính thức Việt Nam", "thăm cấp Nhà nước tới Việt Nam".
_TO_VIETNAM = re.compile(
    r"(?<!\w)(?:thăm|sang|tới|đến)"
    r"(?:\s+(?:chính thức|hữu nghị|cấp Nhà nước|làm việc|và làm việc tại|tới|đến))*\s+(?:Việt Nam|VN)(?!\w)"
)
#: A meeting that is not in Việt Nam, or not face to face.
_ELSEWHERE = re.compile(r"(?<!\w)(?:bên lề|trực tuyến|điện đàm|qua điện thoại)(?!\w)", re.IGNORECASE)
#: A visit to Việt Nam told as past, possible or coming: "trong chuyến thăm Việt Nam vào tháng 3/2017",
#: "có thể thăm chính thức Việt Nam vào tháng 11"; and a greeting sent, "lời thăm hỏi".
_BACKGROUND = re.compile(
    r"(?<!\w)(?:vừa qua|trước đó|có thể|mong đợi|vào tháng|sẽ|dự kiến|thăm hỏi)(?!\w)", re.IGNORECASE
)
#: A report filed from abroad: receptions it tells are in the host's country (plain substrings: the
#: whole text is searched).
_REPORTED_ABROAD = (
    "giờ địa phương",
    "giờ Hà Nội",
    "phái viên TTXVN",
    "phái viên VOV",
    "hóng viên thường trú",
)
#: A dateline opening a line of the raw text: a city, bare or in brackets, then a dash.
_DATELINE = re.compile(
    rf"(?m)^\s*\(?(?P<city>(?:TP\.\s?|Tp\.\s?)?[{CAPITALS}][\w.]*(?: [{CAPITALS}][\w.]*){{0,3}})\)?"
    r"\s*[-–—]+\s"
)
_DATELINE_REACH = 600
#: A trip named as a noun: "chuyến thăm", "chuyến công tác".
_TRIP_KINDS = "viếng thăm|thăm|công tác|công du"
_CONTEXT_BACK = 3
#: A day reported up to this long after the first day of a range stated for the trip is a later day
#: of that trip, which the range's first day dates.
_TRIP_DAYS = timedelta(days=7)
#: Title and sapo, which date the report when its sentences do not.
_HEAD_SENTENCES = 3
#: ... and the opening after a long sapo: "Sáng 11/6, tỉnh X tổ chức ...". A day there may as well date
#: something else ("bài viết đăng tải ngày 29/5"), so it comes after the sentences about the trip.
_LEAD_SENTENCES = 5
#: A sentence about the trip itself, where a report that opens undated often gives its days:
#: "Chuyến thăm kéo dài hai ngày (30/5-31/5) ...".
_TRIP_NOUN = re.compile(rf"(?<!\w)[Cc]huyến (?:{_TRIP_KINDS}|làm việc)(?!\w)")
#: Characters between an official and his trip verb: farther, the verb has a subject of its own.
_MAX_GAP = 400
_CAPITAL = "01"
#: A province's people's committee and council, in full or short.
_COUNCILS = "UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân"
#: A provincial office and its province, next to a name: "Bí thư Thành ủy TP.HCM", "Chủ tịch UBND tỉnh X".
_LOCAL = (
    r"(?:Bí thư|Chủ tịch)(?: (?:Tỉnh ủy|Thành ủy|UBND|HĐND))?(?: tỉnh| thành phố)? ?"
    r"(?P<home>[^,;()–-]{2,25}?)"
)
_LOCAL_TITLE = (
    r"(?P<title>(?:Phó )?(?:Bí thư|Chủ tịch|Giám đốc|Trưởng ban|Trưởng) "
    rf"(?:[Tt]ỉnh ủy|[Tt]hành ủy|{_COUNCILS}|Sở|Ban|Công an|Mặt trận)"
    # words of one sentence: a name's "TP.HCM" keeps its dot, "Yên Bái.\n\nÔng" ends there
    rf"(?: +(?:tỉnh|[Tt]hành phố|[{CAPITALS}](?:[\w&-]|\.(?=\w))*))*)"
)
#: A local title in apposition after a name, maybe after other titles: "ông Y, Ủy viên Bộ Chính trị,
#: Bí thư Thành ủy TP.HCM", "ông Y - Phó Chủ tịch UBND tỉnh Đắk Lắk".
_LOCAL_TITLE_AFTER = re.compile(r"\s*[,–-]\s*(?:[^,;()]{1,60},\s*){0,3}" + _LOCAL_TITLE)
#: A local title right before a name: "Phó Chủ tịch UBND tỉnh Đắk Lắk Võ Văn Cảnh".
_LOCAL_TITLE_BEFORE = re.compile(_LOCAL_TITLE + r"\s*[–-]?\s*$")
_OFFICE_WORDS = ("ủy", "UBND", "HĐND", "nhân dân", "Sở", "Ban", "Công an", "Mặt trận")
_TITLE_HEAD = re.compile(r"(?:Bí thư|Chủ tịch|Ủy viên|Ủy viên Ban Thường vụ|Phó)\s*$")
#: A place in the title of a local official who goes along with the visitor: a destination only when
#: the sentence names no other. In another local official's title it is his home, no destination.
_TITLE_PLACE = "title place"
_HOME_PLACE = "home place"
#: The official is the one met: his province is the destination.
_MET = re.compile(r"(?:với|gặp|thăm|tiếp)\s*(?:(?:ông|bà|đồng chí)\s*)?$")
#: A guest in a list of guests: "...; ông Y - Phó Chủ tịch UBND tỉnh Z;".
_LISTED = re.compile(r";\s*(?:(?:ông|bà|đồng chí)\s*)?(?:[^,;.()]{1,60},\s*){0,3}$")
_LOCAL_BEFORE = re.compile(_LOCAL + r"\s*$")
_LOCAL_AFTER = re.compile(r"\s*[,–-]\s*(?:[^,;.()]+,\s*){0,2}" + _LOCAL + r"(?=\s*(?:[,;()–-]|\.\s|$))")
#: Trip verbs that make an event in Hà Nội a visit even for a leader based there (handing over a decision
#: or an honour to a body there is not one).
_STRONG = re.compile(r"thăm|làm việc|kiểm tra|khảo sát|thị sát|chúc|tặng|trao quà|dâng hương", re.IGNORECASE)
#: Places that are not where the official is: "giờ Hà Nội", a deputy's constituency "(TP.HCM)" after
#: a name. After a site's name the bracket is the site's place: "tại đền Trần (TP.Nam Định)".
_NOT_THERE = re.compile(r"(?:giờ|(?P<pre>\w+)? (?P<name>[A-ZĐ]\w*(?: [A-ZĐ]\w*)*) \()\s*$")
#: Nouns that open a site's name: what they name is a place, not a person.
_SITE_NOUNS = frozenset(
    {
        *("đền", "chùa", "đình", "lăng", "khu", "tích", "niệm", "miếu", "nhà", "máy", "cầu", "cảng"),
        *("trang", "viện", "trường", "làng", "bản", "ty", "đoàn", "nghiệp", "chợ", "hồ", "đảo", "núi"),
        *("sông", "tàng"),
        # after a preposition of place the name is a city: "tại trụ sở Liên Hợp Quốc ở New York (Hoa Kỳ)"
        *("ở", "tại", "đến", "tới", "sang", "thăm"),
    }
)
#: Words that may open a clause continuing a list of activities: "...; đã tới thăm ...".
_CLAUSE_OPENING = re.compile(r"\s*(?:(?:đã|tới|đến|về|và|cùng|còn)\s+)*")
#: Between a trip verb and a list of destinations, and between the items of the list.
_TO_LIST = re.compile(
    r"\s*(?:(?:chính thức|cấp [Nn]hà nước)\s+)?(?:và làm việc\s+)?(?:tại|ở|đến|tới)?\s*"
    rf"(?:(?:các|hai|ba|bốn|\d) nước\s+)?(?:(?:{_STATE_FORM})\s+)?"
)
#: A verb of going that opens a list before the trip verb: "đã đến tỉnh A và TP B, thăm hỏi ...".
_GOING = re.compile(r"(?<!\w)(?:đến|tới|sang)\s+$")
_LIST_GAP = re.compile(rf"\s*(?:,|và|,\s*và)\s*(?:(?:nước|{_STATE_FORM})\s+)?")
#: A later trip verb of the same clause that opens the list: "đã thăm Học viện X; thăm và làm việc tại
#: TP.HCM, tỉnh Bến Tre".
_LIST_VERB = re.compile(r"(?:thăm|làm việc)" + _TO_LIST.pattern + "$", re.IGNORECASE)
#: A road or project named after the places it links: "tuyến cao tốc Trung Lương - Mỹ Thuận - Cần Thơ"
#: is no trip to Cần Thơ.
#: Found with ``_word_spans``, which checks that it starts a word.
_ROUTE = re.compile(
    rf"(?:tuyến|cao tốc|quốc lộ|đường|dự án)(?: (?:cao tốc|đường bộ|đường sắt))?"
    rf"(?: [{CAPITALS}]\w*)+(?:\s*[-–]\s*[{CAPITALS}]\w*(?: [{CAPITALS}]\w*)*)+"
)
#: A delegation back home at the end of a trip: "về đến sân bay Nội Bài, Hà Nội, kết thúc chuyến thăm
#: Nga" went to Nga, not to Hà Nội. Found with ``_word_spans``, which checks that it starts a word.
_RETURN = re.compile(r"về (?:đến|tới)[^;.]{0,60}?(?=,?\s*kết thúc)")
#: An office left is no destination: "điều chuyển ông X thôi giữ chức Bí thư Thành ủy TP HCM để nhận
#: nhiệm vụ ..." names where X served, not where the one announcing it went. An office taken is where the
#: decision is handed over: "trao quyết định phân công ông Y giữ chức Bí thư Thành ủy TP.HCM".
_OFFICE_LEFT = re.compile(r"thôi (?:giữ )?chức(?: vụ)? [^,.;:()]{0,60}")
#: A foreign office held in Việt Nam: ambassadors and representatives reside in Hà Nội, and a consul
#: general received where no city is named is at his consulate, not presumed in the capital.
_RESIDENT = re.compile(r"^(?:Đại sứ|Tổng Lãnh sự|Lãnh sự)|tại Việt Nam|tại Hà Nội")
#: A province named as part of a provincial body: "UBND tỉnh Đắk Lắk phối hợp tổ chức".
_OFFICE_BEFORE = re.compile(rf"(?:Tỉnh ủy|Thành ủy|{_COUNCILS})\s+(?:tỉnh|thành phố|TP\.?)?\s*$")
#: ... unless that body holds the event itself, at home: "UBND tỉnh Đắk Lắk tổ chức Hội thảo ...", alone
#: or with another ("UBND tỉnh Bình Định phối hợp cùng Bộ NN&PTNT sáng nay tổ chức hội nghị").
_HOSTS_EVENT = re.compile(
    rf"\s*(?:đã |long trọng )*(?:phối hợp (?:cùng|với) [^,.;]{{1,60}}? )?(?:(?:sáng|chiều|tối|hôm) nay )?"
    rf"(?:đã )?tổ chức (?:{_EVENTS})(?!\w)",
    re.IGNORECASE,
)
#: A place closing an organisation's name ("kiến nghị của Hiệp hội Du lịch Đà Nẵng") or a plan's
#: ("Quy hoạch khu du lịch quốc gia Sơn Trà"): the body or the plan is the topic, no venue to lend.
_TOPIC_BEFORE = re.compile(
    r"(?<!\w)(?:Hiệp [Hh]ội|Sở|Công ty|Tổng [Cc]ông ty|Tập đoàn|Trường|Đại học|Bệnh viện|Báo|Đài|Ngân hàng|"
    r"Liên đoàn|Câu lạc bộ|[Qq]uy hoạch|[Đđ]ề án)(?: (?!tại |ở |của |cho |với |và )[^\s,;.()]+){0,10} $"
)
#: A place an event is about, not where it is held: "phát biểu tại tọa đàm về phát triển du lịch Sơn Trà".
_EVENT_TOPIC = re.compile(rf"(?i:{_EVENTS}) về(?: (?!tại |ở )[^\s,;.()]+){{0,8}} $")
#: A sentence about a trip, which may lend its country to the sentences after it.
_TRIP_WORDS = re.compile(
    r"(?<!\w)(?:thăm|chuyến|công du|công tác|đoàn (?:công tác|đại biểu|cấp cao))(?!\w)", re.IGNORECASE
)
#: A year dating the whole sentence, at its opening ("Tháng 11/2007, ...", "Năm 2010, ...") or its close
#: ("... năm 1960."); a year inside names a period or an anniversary.
_YEAR_OPENS = re.compile(
    r"\W*(?:(?:[Vv]ào|[Tt]rong|[Đđ]ầu|[Cc]uối|[Gg]iữa)\s+)?(?:(?:[Nn]gày|[Tt]háng|[Nn]ăm)\s+)?(?:\d{1,2}\s*[/.-]\s*){0,2}"
    r"(?:năm\s+)?(?P<year>(?:19|20)\d\d)\s*,"
)
_YEAR_CLOSES = re.compile(r"(?<!\w)năm (?P<year>(?:19|20)\d\d)\W*$")
#: Future wording: a meeting still to come is no visit yet.
_FUTURE = re.compile(r"(?<!\w)(?:sẽ|sắp)(?!\w)")
#: A country followed by a name is part of a foreign title: "Tổng thống Hàn Quốc Moon Jae-in".
_TITLE_COUNTRY = re.compile(rf" [{CAPITALS}]")
#: A country that names a delegation: "đoàn đại biểu cấp cao Tanzania".
_DELEGATION = re.compile(r"(?<!\w)[Đđ]oàn(?: [^\s,;.]+){0,4} $")
#: A place left behind, or someone's home: "đã rời Hà Nội đi dự hội nghị ... ở New York", "(37 tuổi, quê
#: Hà Nội)", "ngụ Q.1, TP.HCM".
_LEFT = re.compile(
    r"(?<!\w)(?:rời(?: khỏi)?|quê(?: quán| ở)?|ngụ(?: tại| ở)?|(?:thường |tạm )?trú(?: tại| ở)?)\s*$"
)
_PARTNER = re.compile(r"(?:với|và|-|–)\s*$")
#: A provincial office's name holds its province: "Thành ủy TP.HCM", "UBND tỉnh Quảng Ninh". In a
#: local official's title it is his home (see ``_local_title_spans``).
_OFFICE = re.compile(
    # each branch opens with a literal, so that the engine can skip to its first letters
    rf"(?:tỉnh ủy|Tỉnh ủy|thành ủy|Thành ủy|{_COUNCILS})\s+"
    rf"(?:(?:tỉnh|thành phố|Thành phố)\s+)?(?P<name>[{CAPITALS}][\w.]*(?: [{CAPITALS}][\w.]*){{0,3}})"
)
#: A sentence whose subject is a pronoun or the delegation, doing a trip verb: "Chiều 13/6, bà và
#: Đoàn đã tới thăm ...". The clause before the comma may only set the time or the frame.
_PRONOUN_TRIP = re.compile(
    r"^(?:[^,;.]{0,40},\s*)?(?P<pronoun>[Ôô]ng|[Bb]à|Ngài|[Đđ]oàn|vị khách)"
    r"(?:\s+(?:và|cùng)\s+(?:[Pp]hu nhân|[Pp]hu quân|[Đđ]oàn))?\s+(?:(?:đã|cũng|tiếp tục|còn)\s+)*"
    r"(?P<verb>(?:(?:đến|tới|sang)\s+)?(?:thăm|làm việc)(?!\w))"
)

#: A trip named as a noun that frames what the sentence reports: "Trong khuôn khổ chuyến thăm Nhật Bản
#: của Thủ tướng X, ngày 5/6 tại Tokyo, ...", "Nhân dịp chuyến thăm chính thức Lào, Chủ tịch nước X ...".
#: The frame runs to the first comma, or over a comma that goes on with the trip ("thăm, làm việc tại").
#: In mid-clause "trong khuôn khổ" and "nhân" frame ("bài viết ... nhân chuyến thăm Mỹ của Thủ tướng X"),
#: and so does a capitalised "Trong" opening a paragraph run into its heading ("Thỏa thuận nhiều tỉ USD
#: Trong chuyến thăm ..."); a small "trong" only after a clause break.
_FRAME = re.compile(
    r"(?:(?<!\w)(?:[Tt]rong khuôn khổ|Trong|[Nn]hân dịp|[Nn]hân)|(?:^|[,:)]\s*)trong)\s+(?:các hoạt động\s+)?"
    rf"chuyến\s+(?:{_TRIP_KINDS})(?!\w)"
    r"(?P<body>[^,;.:]*(?:,\s*(?:và\s+)?làm việc[^,;.:]*)?)"
)
#: A framing trip of another year or still to come is background: "trong chuyến thăm Lào năm 2015",
#: "trong khuôn khổ chuyến thăm Nga sắp tới".
_FRAME_ELSEWHEN = re.compile(
    r"(?<!\w)(?:năm (?:19|20)\d\d|tháng \d{1,2}\s*[/-]\s*(?:19|20)\d\d|lịch sử|sắp tới|tới đây|vừa qua|"
    r"trước đó|trước đây|lần trước|năm ngoái|năm trước|sắp|sẽ|dự kiến)(?!\w)"
)
#: The traveller named inside the frame, "chuyến thăm Nhật Bản của Thủ tướng X", not the host who invited.
_FRAME_OWNER = re.compile(r"(?<!mời )(?<!\w)của\s")
#: How far after the frame its subject may be named: "Trong khuôn khổ chuyến thăm, sáng 15/5, Phó Chủ
#: tịch nước X ...".
_FRAME_SUBJECT_REACH = 120
#: A trip's own signing, "dưới sự chứng kiến của Chủ tịch nước X": the frame's traveller witnesses it.
_WITNESS = re.compile(r"chứng kiến của[^,;]{0,40}$")


@dataclass(slots=True)
class _Candidate:
    key: str
    surface: str
    title: str | None
    rank: int
    side: str  # national | foreign: the host country's delegation and the guests' are led apart
    place: Place
    sentence: Sentence
    sites: list[str]
    confidence: float
    explicit: bool  # destination named as a province or country in the sentence itself


@dataclass(frozen=True, slots=True)
class _Person:
    level: str
    rank: int
    titles: tuple[str, ...]
    homes: frozenset[str]  # codes of the provinces whose local offices he holds


def _profiles(text: str, people: list[Mention]) -> dict[str, _Person]:
    """Each person's level, rank and titles, and his local offices' provinces from any of his mentions:
    "Chiều cùng ngày, đồng chí Đinh La Thăng làm việc với ... TP Hồ Chí Minh" is at home when an earlier
    mention calls him "Bí thư Thành ủy TP Hồ Chí Minh"."""
    titles: dict[str, list[str]] = {}
    homes: dict[str, set[str]] = {}
    starts = sorted(m.start for m in people)
    for m in people:
        titles.setdefault(m.key, [])
        if m.title and m.title not in titles[m.key]:
            titles[m.key].append(m.title)
        homes.setdefault(m.key, set()).update(_homes_beside(text, m, starts))
    return {
        key: _Person(
            person_level(key, found),
            min((title_info(t).rank for t in found), default=99),
            tuple(found),
            frozenset(
                homes[key]
                | {code for t in found if title_info(t).level == "local" and (code := _office_home(t))}
            ),
        )
        for key, found in titles.items()
    }


def _known_leaders(doc: Document, profiles: dict[str, _Person]) -> dict[str, _Person]:
    """A national leader named without his office ("ông Nguyễn Phú Trọng dự Đại hội ...") holds the one
    the leader terms give him in the article's year."""
    untitled = [key for key, person in profiles.items() if not person.titles and key in HOLDERS]
    if not untitled:
        return profiles
    reference, _ = article_reference(doc)
    if reference is None:
        return profiles
    for key in untitled:
        office = office_held(key, reference.year)
        if office is not None:
            info = title_info(office)
            profiles[key] = replace(
                profiles[key], level=info.level, rank=info.rank, titles=(*profiles[key].titles, office)
            )
    return profiles


def _visit_title(mention: Mention, person: _Person, doc: Document) -> str | None:
    """The title at the visit, completed from the article ("Bộ trưởng" -> "Bộ trưởng Bộ Y tế"), or for a
    minister whose ministry it never names, from who led which ministry that year."""
    # a guest is reported under his own country's office, not his military rank
    levels = ("foreign",) if person.level == "foreign" else ("national", "foreign")
    national = (
        [t for t in person.titles if title_info(t).level in levels]
        or [t for t in person.titles if title_info(t).level in ("national", "foreign")]
        or list(person.titles)
    )
    given = mention.title if mention.title in national else None
    if given is None or title_info(given).rank >= SEAT_RANK:  # his office, not his Politburo seat
        given = min(national, key=lambda t: title_info(t).rank, default=given)
    if given is None:
        return None
    fuller = [t for t in person.titles if t.startswith(given + " ") and title_info(t).level != "other"]
    if fuller:
        return max(fuller, key=len)
    if given == "Bộ trưởng":
        reference, _ = article_reference(doc)
        return minister_title(mention.key, reference.year if reference else None) or given
    return given


def _destinations(sentence: Sentence, places: dict[int, list[Mention]], after: int) -> list[Mention]:
    """Places of a sentence, those after the trip verb first (where one goes), then those before;
    provinces and countries before lower units, and a place in a local official's title last.

    Places after the verb count up to the end of its clause and of the clauses that go on listing
    trip verbs ("...; thăm và làm việc tại TP.HCM, tỉnh Bến Tre"): in "20 năm công tác tại Tổng công
    ty Sông Đà; 3 năm làm Phó Bí thư Tỉnh ủy Huế" the second clause is another matter.
    """
    inside = places.get(sentence.index, [])
    end = _activities_end(sentence.text, after - sentence.start) + sentence.start
    ordered = [p for p in inside if after <= p.start < end] + [p for p in reversed(inside) if p.start < after]
    return sorted(ordered, key=lambda p: (p.kind != "place", p.place.level not in ("province", "country")))


def _activities_end(text: str, start: int) -> int:
    """End of the clause at ``start`` and of the ";" clauses after it that open with a trip verb."""
    end = text.find(";", start)
    while end >= 0:
        opening = _CLAUSE_OPENING.match(text, end + 1).end()
        if not _TRIGGER.match(text, opening):
            return end
        end = text.find(";", opening)
    return len(text)


def _listed_places(text: str, trigger_end: int, destinations: list[Mention], first: Place) -> list[Place]:
    """Further provinces (or countries, for a trip abroad) listed with the first: "thăm và làm việc tại
    TP.HCM, tỉnh Bến Tre, tỉnh Sơn La", "đã đến tỉnh A và TP B, thăm hỏi ...", "chuyến thăm các nước
    Nga, Hungary và Anh" make one visit each. The list opens right after the trip verb or after a verb
    of going before it; a list after other words ("làm việc với lãnh đạo các tỉnh A, B") names
    partners, not destinations."""
    ordered = sorted(destinations, key=lambda p: p.start)
    after = [p for p in ordered if p.start >= trigger_end]
    opening = next(
        (
            i
            for i, p in enumerate(after)
            if _TO_LIST.fullmatch(text, trigger_end, p.start) or _LIST_VERB.search(text, trigger_end, p.start)
        ),
        None,
    )
    if opening is None:
        after = [p for p in ordered if p.start < trigger_end]
        opening = next(
            (i for i, p in enumerate(after) if _GOING.search(text, max(0, p.start - 20), p.start)), None
        )
    if opening is None:
        return []
    abroad = first.level == "country"
    listed: list[Place] = []
    for previous, mention in pairwise([None, *after[opening:]]):
        if previous is not None and not _LIST_GAP.fullmatch(text, previous.end, mention.start):
            break
        place = mention.place if abroad else _province_of(mention.place)
        if place is None or place.code == first.code or place in listed:
            continue
        if place.foreign == abroad:
            listed.append(place)
    return listed


def _domestic(place: Place | None) -> bool:
    return place is not None and place.level != "country" and place.province_code is not None


def _not_there(doc: Document, mentions: list[Mention], people: list[Mention]) -> list[tuple[int, int]]:
    """Spans whose places are not where anyone goes: names ("Trương Hòa Bình" is no visit to Hòa Bình)
    and what follows a name in brackets, a hometown or a constituency ("tác giả X (tỉnh Y)")."""
    text = doc.text
    spans = []
    for m in people:
        spans.append((m.start, m.end))
        opening = m.end + 1 if text.startswith(" (", m.end) else m.end if text.startswith("(", m.end) else -1
        closing = text.find(")", opening, opening + 120) if opening >= 0 else -1
        if closing > 0:
            spans.append((opening, closing))
    spans += _word_spans(_ROUTE, text)
    if "thôi" in text:
        spans += _word_spans(_OFFICE_LEFT, text)
    if "kết thúc" in text:
        spans += _word_spans(_RETURN, text)
    return sorted(spans)


def _word_spans(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    r"""The spans ``pattern.finditer`` would give were ``pattern`` preceded by ``(?<!\w)``.

    A pattern that opens with a look-behind gives the regex engine no first characters to skip
    to, so it tries every position of the article; opening with a literal and checking the word
    start here made the route and return scans over whole articles about three times faster.
    """
    pos = 0
    while (found := pattern.search(text, pos)) is not None:
        start = found.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # ``\w`` before it
            pos = start + 1
            continue
        yield found.span()
        pos = found.end()


def _local_title_spans(text: str, mention: Mention) -> list[tuple[int, int, bool]]:
    """A local official's title around his name, and whether he goes along with the visitor.

    His province is where the visitor goes when he is the one met ("làm việc với Bí thư Tỉnh ủy
    Quảng Ninh Y": no span) or, failing another place, when he goes along ("cùng Phó Chủ tịch UBND
    TP.HCM Y đến hiện trường"). In a list of guests ("Bộ trưởng X; ông Y - Phó Chủ tịch UBND tỉnh Z;
    ...") it is only his home.
    """
    spans = []
    start, end = mention.start, mention.end
    if _has_office(text, max(0, start - 90), start):
        title = _LOCAL_TITLE_BEFORE.search(text, max(0, start - 90), start)
        if title is not None and not _MET.search(text, max(0, title.start() - 20), title.start()):
            opening = title.start()
            spans.append((opening, start, not _LISTED.search(text, max(0, opening - 200), opening)))
    if _has_office(text, end, end + 250) and not _MET.search(text, max(0, start - 20), start):
        after = _LOCAL_TITLE_AFTER.match(text, end)
        if after is not None:
            spans.append(
                (after.start("title"), after.end(), not _LISTED.search(text, max(0, start - 200), start))
            )
    return spans


def _has_office(text: str, start: int, end: int) -> bool:
    """A cheap test before the title patterns: most names have no local office near them."""
    window = text[start:end]
    return any(word in window for word in _OFFICE_WORDS)


def _places_by_sentence(
    doc: Document, mentions: list[Mention], people: list[Mention]
) -> dict[int, list[Mention]]:
    spans = _not_there(doc, mentions, people)
    starts = [start for start, _ in spans]
    places = [m for m in mentions if m.kind == "place" and m.place is not None]
    offices = _office_places(doc, places)
    if offices:
        places = sorted([*places, *offices], key=lambda m: m.start)
    titles = sorted(span for m in people for span in _local_title_spans(doc.text, m))
    title_starts = [start for start, _, _ in titles]
    by_sentence: dict[int, list[Mention]] = {}
    for m in places:
        at = bisect.bisect_right(starts, m.start) - 1
        if at >= 0 and spans[at][0] <= m.start < spans[at][1]:
            continue
        if at >= 1 and spans[at - 1][0] <= m.start < spans[at - 1][1]:
            continue  # a bracket after a name may hold the next name's span
        if _named_before(doc.text, m) or _LEFT.search(doc.text, max(0, m.start - 12), m.start):
            continue
        at = bisect.bisect_right(title_starts, m.start) - 1
        along = titles[at][2] if at >= 0 and m.start < titles[at][1] else None
        if along is False or (along is None and m.kind == _HOME_PLACE):
            continue
        if along:
            m = replace(m, kind=_TITLE_PLACE)
        by_sentence.setdefault(m.sentence_index, []).append(m)
    return by_sentence


def _named_before(text: str, mention: Mention) -> bool:
    """Whether the place of ``mention`` is an hour ("giờ Hà Nội") or a bracket after a person's name.

    A bracket after a site ("đền Hùng (Phú Thọ)") or after a district or commune of that very province
    ("Trung tâm điện lực Duyên Hải (Trà Vinh)") says where the site is."""
    start = mention.start
    if not text[max(0, start - 6) : start].rstrip().endswith(("(", "giờ")):
        return False
    found = _NOT_THERE.search(text, max(0, start - 40), start)
    if found is None or found.group("name") is None:
        return found is not None
    if {(found.group("pre") or "").lower(), found.group("name").split()[0].lower()} & _SITE_NOUNS:
        return False
    province = mention.place.province_code
    return not any(
        unit.province_code == province
        for level in (DISTRICT, COMMUNE)
        for unit in lookup(level, found.group("name"))
    )


def find_visits(doc: Document, mentions: list[Mention]) -> list[Visit]:
    """The visits the article reports: one per (principal visitor, province or country)."""
    people = [m for m in mentions if m.kind == "person"]
    profiles = _known_leaders(doc, _profiles(doc.text, people))
    visitors: dict[int, list[Mention]] = {}
    for m in people:
        if profiles[m.key].level in ("national", "foreign") and not _COMMEMORATED.search(
            doc.text, max(0, m.start - 50), m.start
        ):
            visitors.setdefault(m.sentence_index, []).append(m)
    if not visitors:
        return []
    places = _places_by_sentence(doc, mentions, people)
    candidates: list[_Candidate] = []
    attendees: list[_Candidate] = []
    last: tuple[Mention, str] | None = None  # the head who acted last, and his side
    for sentence in doc.sentences:
        inside = visitors.get(sentence.index)
        if inside:
            heads = _heads(sentence, inside, profiles)
            if heads:  # a pronoun after a guest and his host could be either's
                last = (
                    next((mention, side) for side, (mention, _) in heads.items()) if len(heads) == 1 else None
                )
            found = [
                candidate
                for side, (mention, trigger) in heads.items()
                for candidate in _candidates(
                    doc, sentence, mention, trigger, places, profiles[mention.key], side, "national" in heads
                )
            ]
            found += _frame_candidates(doc, sentence, inside, places, profiles)
            trips_end = max((trigger.end() for _, trigger in heads.values()), default=len(sentence.text))
        else:
            found = _pronoun_candidates(doc, sentence, last, places, profiles)
            trips_end = len(sentence.text)
        if found and not _MEMBERS.search(sentence.text):
            if not _not_happened(_before_speech(sentence.text, trips_end)) and not _long_ago(
                doc, sentence.text
            ):
                candidates.extend(found)
        elif inside and (opening := _ATTENDEES.search(sentence.text)) and not _not_happened(sentence.text):
            attendees.extend(_attendee_candidates(doc, sentence, opening, inside, places, profiles))
    # the guests' list gives the visit where no one else travelled; where another guest of the same event
    # is told acting, a guest named before him in the list heads it ("Tham dự có Phó Trưởng Ban Dân vận
    # Trung ương X; Thứ trưởng Y. Phát biểu tại buổi Lễ, Thứ trưởng Y ..."), as does one of the four top
    # leaders ("Đến dự có Chủ tịch Quốc hội X; ông Y. Tại Hội nghị, ông Y đọc ..."); a guest named after
    # him does not, whatever his office: the press lists guests in order of precedence
    national = [c for c in candidates if c.side == "national"]
    candidates += [a for a in attendees if not national or _heads_the_guests(a, national)]
    return _principal_visits(doc, _one_direction(candidates, profiles), mentions)


def _heads_the_guests(guest: _Candidate, acting: list[_Candidate]) -> bool:
    """Whether a listed guest heads the officials told acting at his event: each of them is named after
    him in the list, or is not in it at all while he is one of the four top leaders."""
    here = [c for c in acting if c.place == guest.place]
    if not here:
        return False
    listed = guest.sentence.text
    at = listed.find(guest.surface)
    for other in here:
        named = listed.find(other.surface)
        if (named == -1 and guest.rank > _TOP_LEADER) or -1 < named < at:
            return False
    return True


def _attendee_candidates(
    doc: Document,
    sentence: Sentence,
    opening: re.Match[str],
    visitors: list[Mention],
    places: dict[int, list[Mention]],
    profiles: dict[str, _Person],
) -> list[_Candidate]:
    """The highest-ranked national official in a list of an event's guests ("Đến dự có ..."), who
    travelled there when no other visit is told: the others listed with him are his party. Only those
    named after ``opening``, the words that open the list, are its guests.

    The highest-ranked foreign guest is on a visit too, where the event was set at home a few sentences
    before ("Sáng nay tại Hà Nội, ... tổ chức lễ kỷ niệm ... Tới dự lễ có Chủ tịch QH Campuchia X"); the
    places in the list itself are the other guests' offices, no venue."""
    listed = sentence.start + opening.end()
    found = []
    national = [m for m in visitors if profiles[m.key].level == "national" and m.start >= listed]
    if national:
        head = min(national, key=lambda m: (profiles[m.key].rank, m.start))
        found += _candidates(doc, sentence, head, opening, places, profiles[head.key], "national")
    foreign = [m for m in visitors if profiles[m.key].level == "foreign" and m.start >= listed]
    venue = _context_target(doc, sentence, places, event=_EVENT) if foreign else None
    if venue is not None and _domestic(venue):
        guest = min(foreign, key=lambda m: (profiles[m.key].rank, m.start))
        person = profiles[guest.key]
        title = _visit_title(guest, person, doc)
        found.append(
            _Candidate(guest.key, guest.text, title, person.rank, "foreign", venue, sentence, [], 0.55, False)
        )
    return found


def _frame_candidates(
    doc: Document,
    sentence: Sentence,
    visitors: list[Mention],
    places: dict[int, list[Mention]],
    profiles: dict[str, _Person],
) -> list[_Candidate]:
    """The trip a noun phrase frames: "Trong khuôn khổ chuyến thăm chính thức của Thủ tướng X tới Hoa
    Kỳ, ...", "Nhân dịp chuyến thăm Việt Nam, Bộ trưởng Y ... tại TP.HCM".

    The traveller is named in the frame after "của", else he is the subject right after it. The frame
    names the country of a trip abroad or the province of one at home; a guest come to Việt Nam is
    where the sentence puts him. Background ("sau chuyến thăm ...") never opens with the frame words,
    and a frame of another year or still to come gives nothing.
    """
    text = sentence.text
    if "chuyến" not in text:
        return []
    frame = _FRAME.search(text)
    if frame is None or _FRAME_ELSEWHEN.search(frame.group("body")) or _quoted(text, frame.start()):
        return []
    start, end = sentence.start + frame.start(), sentence.start + frame.end()
    owner = _FRAME_OWNER.search(text, frame.start("body"), frame.end())
    owned_from = sentence.start + owner.end() if owner is not None else end
    traveller = next(
        (
            m
            for m in visitors
            if owned_from <= m.start < end
            or (
                owner is None
                and end <= m.start < end + _FRAME_SUBJECT_REACH
                and (not _owned(sentence, m, end) or _WITNESS.search(text, 0, m.start - sentence.start))
            )
        ),
        None,
    )
    if traveller is None:
        return []
    person = profiles[traveller.key]
    inside = [p for p in places.get(sentence.index, []) if start <= p.start < end and p.kind == "place"]
    abroad = [p.place for p in inside if p.place.foreign]
    domestic = [p.place for p in inside if _domestic(p.place)]
    if person.level == "foreign":
        if abroad or domestic:
            return []  # a guest's trip elsewhere, or a frame already told by the trip verbs
        domestic = [p.place for p in places.get(sentence.index, []) if _domestic(p.place) and p.start >= end]
        target = _province_of(domestic[0]) if domestic else None
    else:
        target = abroad[0] if abroad else _province_of(domestic[0]) if domestic else None
    if target is None or target.province_code in person.homes:
        return []
    side = "foreign" if person.level == "foreign" else "national"
    return [
        _Candidate(
            traveller.key,
            traveller.text,
            _visit_title(traveller, person, doc),
            person.rank,
            side,
            target,
            sentence,
            [],
            0.7,
            True,
        )
    ]


def _office_places(doc: Document, places: list[Mention]) -> list[Mention]:
    """The province named inside a provincial office's name, where the place finder left none:
    "làm việc với Ban Thường vụ Thành ủy TP.HCM" goes to TP.HCM. ``places`` are in text order."""
    starts = [m.start for m in places]
    sentence_starts = [s.start for s in doc.sentences]
    found_places = []
    for found in _OFFICE.finditer(doc.text):
        start = found.start("name")
        at = bisect.bisect_right(starts, start) - 1
        if (at >= 0 and places[at].end > start) or (
            at + 1 < len(places) and places[at + 1].start < found.end()
        ):
            continue
        located = _office_province(found)
        if located is None:
            continue
        province, end = located
        index = bisect.bisect_right(sentence_starts, start) - 1
        # in a title ("ông Y thôi Bí thư Thành ủy TP.HCM") the office is someone's home
        in_title = _TITLE_HEAD.search(doc.text, max(0, found.start() - 12), found.start()) is not None
        found_places.append(
            Mention(
                _HOME_PLACE if in_title else "place",
                doc.text[start:end],
                province.code or "",
                start,
                end,
                index,
                place=province,
            )
        )
    return found_places


def _office_province(found: re.Match[str]) -> tuple[Place, int] | None:
    """The province an office's name holds, and where its name ends: the longest leading words that
    name one ("Thành ủy TP Hồ Chí Minh Nguyễn Văn A" -> Hồ Chí Minh)."""
    words = found.group("name").split()
    for size in range(len(words), 0, -1):
        province = province_by_name(" ".join(words[:size]))
        if province is not None:
            return province, found.start("name") + len(" ".join(words[:size]))
    return None


def _pronoun_candidates(
    doc: Document,
    sentence: Sentence,
    last: tuple[Mention, str] | None,
    places: dict[int, list[Mention]],
    profiles: dict[str, _Person],
) -> list[_Candidate]:
    """A further leg told with a pronoun: "Chiều 13/6, bà và đoàn đã tới thăm thành phố Đà Nẵng" is
    the trip of the guest whose visit the article reported last. Only a place named after the verb
    makes such a leg: the pronoun lends the visitor, never the destination."""
    if last is None:
        return []
    found = _PRONOUN_TRIP.search(sentence.text)
    trigger = _TRIGGER.search(sentence.text, found.start("verb")) if found is not None else None
    if trigger is None:
        return []
    head, side = last
    start, end = sentence.start + found.start("pronoun"), sentence.start + found.end("pronoun")
    mention = Mention("person", head.text, head.key, start, end, sentence.index, title=head.title)
    legs = _candidates(doc, sentence, mention, trigger, places, profiles[head.key], side)
    return [c for c in legs if c.explicit]


def _one_direction(candidates: list[_Candidate], profiles: dict[str, _Person]) -> list[_Candidate]:
    """Trips to a country and guests from it do not mix in one report: the Prime Minister who hosts
    Cambodia's Prime Minister in Bình Dương is not in Cambodia. The direction with more sentences
    for it stands; a tie keeps both."""
    abroad: dict[str, int] = {}
    guests: dict[str, int] = {}
    for c in candidates:
        if c.side == "national" and c.place.level == "country":
            abroad[c.place.country] = abroad.get(c.place.country, 0) + 1
        elif c.side == "foreign" and c.explicit and (home := _home_country(profiles[c.key])) is not None:
            guests[home] = guests.get(home, 0) + 1
    drop_trips = {country for country, n in abroad.items() if guests.get(country, 0) > n}
    drop_guests = {country for country, n in guests.items() if abroad.get(country, 0) > n}
    if not drop_trips and not drop_guests and not abroad and all(c.explicit for c in candidates):
        return candidates
    # a guest only presumed in Hà Nội gives way to a trip abroad to his country (to any trip abroad
    # when his country is not known) and to a place named for a guest of his country
    return [
        c
        for c in candidates
        if not (c.side == "national" and c.place.level == "country" and c.place.country in drop_trips)
        and not (
            c.side == "foreign"
            and (
                (home := _home_country(profiles[c.key])) in drop_guests
                or (not c.explicit and ((home is None and bool(abroad)) or home in abroad or home in guests))
            )
        )
    ]


def _home_country(person: _Person) -> str | None:
    return next((country for t in person.titles if (country := foreign_country(t)) is not None), None)


def _not_happened(text: str) -> bool:
    return any(
        not _YEARS_AGO.search(text, max(0, m.start() - 8), m.start()) for m in _NOT_HAPPENED.finditer(text)
    )


def _before_speech(text: str, trip_end: int) -> str:
    """The sentence up to the words it reports after the trip verb (ending at ``trip_end``): in "Phát
    biểu tại Hội thảo, Thứ trưởng X cho biết, ... việc mà trước đây chưa làm được" what he said does not
    make his visit a past one. A trip told inside the report ("thông cáo cho biết: ... sẽ thăm") is
    judged whole."""
    speech = _SPEECH.search(text, trip_end)
    return text[: speech.start()] if speech else text


def _long_ago(doc: Document, text: str) -> bool:
    """Whether the sentence opens or closes on a year before the article's last: "Tháng 11/2007, trong
    chuyến thăm Nhật Bản, Chủ tịch nước X ...", "... thăm Đại học Sư phạm Hà Nội năm 1960." is history."""
    years = [
        int(found.group("year")) for found in (_YEAR_OPENS.match(text), _YEAR_CLOSES.search(text)) if found
    ]
    if not years:
        return False
    reference, _ = article_reference(doc)  # only now: inferring an undated article's year is costly
    return reference is not None and min(years) < reference.year - 1


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside quotation marks: a quote or a work's title reports no trip."""
    return text.count("“", 0, at) > text.count("”", 0, at) or text.count('"', 0, at) % 2 == 1


def _owned(sentence: Sentence, mention: Mention, after: int) -> bool:
    """Whether the official is an owner, a partner, the one called on or the host who invited:
    "của", "với", "chào" X; "Nhận lời mời của Tổng Bí thư ..., Chủ tịch nước X" (his long title
    may hold commas, so this one looks back to ``after``, the end of the previous person named)."""
    start = mention.start - sentence.start
    text = sentence.text
    return (
        _POSSESSIVE.search(text, max(0, start - 80), start) is not None
        or _WELCOMED.search(text, max(0, start - 120), start) is not None
    ) or (
        _INVITED_BY.search(text, max(0, after - sentence.start, start - 160), start) is not None
        and _LED_BY.search(text, max(0, start - 80), start) is None
    )


def _acting_trigger(
    sentence: Sentence, mention: Mention, after: int, verbs: re.Pattern[str] = _TRIGGER
) -> re.Match[str] | None:
    """The trip verb whose subject is ``mention``: after it with no reporting or directive verb between,
    or just before it in "buổi làm việc của X", "đoàn công tác do X"."""
    offset = mention.end - sentence.start
    # "tinh thần của Thủ tướng, nếu ...": an owner, not the one acting (unless "buổi làm việc của")
    start = mention.start - sentence.start
    possessive = _owned(sentence, mention, after)
    for trigger in verbs.finditer(sentence.text):
        if (trigger.group(0)[0].isupper() and trigger.start() > 0) or _quoted(sentence.text, trigger.start()):
            continue  # inside a name ("Ủy ban Kiểm tra Trung ương") or a quote
        gap = sentence.text[offset : trigger.start()]
        if trigger.lastgroup == "alone" and not (
            trigger.start() >= offset
            and possessive
            and _spoken_there(sentence.text, gap, trigger.group(0), start)
        ):
            continue
        if trigger.start() >= offset:
            if possessive and not (
                _SUBJECT_AGAIN.search(sentence.text[offset : trigger.end()])
                or _spoken_there(sentence.text, gap, trigger.group(0), start)
            ):
                return None
            if len(gap) <= _MAX_GAP and (not _NOT_SUBJECT.search(gap) or _AT_EVENT.search(gap)):
                return trigger
            return None
        if _VERB_BEFORE.search(sentence.text, trigger.start(), start):
            return trigger
    return None


def _spoken_there(text: str, gap: str, verb: str, start: int) -> bool:
    """The official owns words said at the event the verb names: "chỉ đạo của Bộ trưởng X trong buổi
    làm việc tại ...", "yêu cầu của Phó Thủ tướng X tại lễ khánh thành ...", "yêu cầu của Phó Thủ tướng
    X - Trưởng Ban Chỉ đạo Tây Nam bộ tại hội nghị ..." (``start``: where his mention opens; ``gap``:
    from its end to the verb)."""
    at_event = _AT_EVENT.match(gap.lstrip()) is not None or (
        verb.startswith("tại ") and _APPOSITION.fullmatch(gap) is not None and not _NOT_SUBJECT.search(gap)
    )
    return at_event and _WORDS_OF.search(text, 0, start) is not None


def _acting(
    sentence: Sentence, visitors: list[Mention], profiles: dict[str, _Person]
) -> list[tuple[Mention, re.Match[str]]]:
    """Each visitor of the sentence that acts, with the verb that makes the trip.

    Receiving a foreign guest makes the guest the visitor; the national host who received him
    travelled too when the sentence names a province as the venue (checked by the caller):
    "tại tỉnh Bình Dương, Thủ tướng X đón Thủ tướng Campuchia Y".
    """
    text = sentence.text
    after = dict(zip((m.start for m in visitors), [sentence.start, *(m.end for m in visitors)], strict=False))
    reception = _RECEPTION.search(text)
    if reception is not None and (
        _ceremony(text, reception)
        or _TRIGGER.search(text)
        or (_CAPITAL_VENUE.search(text) and not _FUTURE.search(text))
        or _hosting(sentence, visitors, profiles, reception)
    ):
        at = sentence.start + reception.start()
        received = next((m for m in visitors if m.start >= at), None)
        # "Chủ tịch Trung Quốc X chủ trì lễ đón Chủ tịch nước Y": a national official received abroad
        guests = [(m, reception) for m in visitors if profiles[m.key].level == "foreign" and m.start >= at]
        if guests and profiles[received.key].level == "foreign":
            hosts = [
                (m, reception)
                for m in visitors
                if profiles[m.key].level == "national"
                and m.end <= at
                and not _NOT_SUBJECT.search(text, m.end - sentence.start, reception.start())
                and not _owned(sentence, m, after[m.start])
            ]
            return guests + hosts
    return [
        (m, t)
        for m in visitors
        if (t := _acting_trigger(sentence, m, after[m.start], _verbs(profiles[m.key], text))) is not None
    ]


def _ceremony(text: str, reception: re.Match[str]) -> bool:
    found = _CEREMONY.search(text, max(0, reception.start() - 6), reception.start())
    # a meeting held ("buổi gặp") may be abroad or among colleagues: only a reception proper
    return found is not None and (
        found.group("held") is None or _RECEIVES.match(text, reception.start()) is not None
    )


def _hosting(
    sentence: Sentence, visitors: list[Mention], profiles: dict[str, _Person], reception: re.Match[str]
) -> bool:
    """ "Thủ tướng X đón Thủ tướng Lào Y.": a Vietnamese official right before the receiving verb (not
    "tiếp tục", "tiếp nhận") hosts the guest after it, with no trip verb needed."""
    if not _RECEIVES.match(sentence.text, reception.start()):
        return False
    at = sentence.start + reception.start()
    before = [m for m in visitors if m.end <= at and profiles[m.key].level == "national"]
    return bool(before) and not _NOT_SUBJECT.search(
        sentence.text, before[-1].end - sentence.start, reception.start()
    )


def _verbs(person: _Person, text: str) -> re.Pattern[str]:
    """A guest's wider verbs need his country in his title: "Thủ tướng Lào X", not "Chủ tịch HĐQT X"."""
    guest = person.level == "foreign" and _home_country(person) is not None
    if _SPOKE_HINT.search(text):
        return _SPOKE_GUEST_TRIGGER if guest else _SPOKE_TRIGGER
    return _GUEST_TRIGGER if guest else _TRIGGER


def _heads(
    sentence: Sentence, visitors: list[Mention], profiles: dict[str, _Person]
) -> dict[str, tuple[Mention, re.Match[str]]]:
    """The head of each side acting in the sentence, with his trip verb: the guests' and the hosts'."""
    heads: dict[str, tuple[Mention, re.Match[str]]] = {}
    for mention, trigger in _acting(sentence, visitors, profiles):
        side = profiles[mention.key].level
        current = heads.get(side)
        if current is None or (profiles[mention.key].rank, mention.start) < (
            profiles[current[0].key].rank,
            current[0].start,
        ):
            heads[side] = (mention, trigger)
    return heads


def _candidates(
    doc: Document,
    sentence: Sentence,
    mention: Mention,
    trigger: re.Match[str],
    places: dict[int, list[Mention]],
    person: _Person,
    side: str,
    hosted: bool = False,
) -> list[_Candidate]:
    """The visits one official's trip verb makes: to its destination and to the provinces listed with it.

    ``hosted``: a Vietnamese official acts in the same sentence, the host of a foreign guest."""
    verb = trigger.group(0).lower()
    destinations = [
        p
        for p in _destinations(sentence, places, sentence.start + trigger.start())
        if not _EVENT_TOPIC.search(doc.text, max(0, p.start - 60), p.start)
    ]
    if _SPOKE_AT.search(verb) and sentence.start + trigger.start() < mention.start:
        # "Phát biểu tại Diễn đàn, Thủ tướng X cho biết ... tại Hội An", "Phát biểu khai mạc hội thảo, ...":
        # after the event phrase, his words
        comma = sentence.text.find(",", trigger.end())
        destinations = [p for p in destinations if comma < 0 or p.start < sentence.start + comma]
    confidence, explicit = 0.8, True
    if side == "foreign":
        domestic = [p for p in destinations if _domestic(p.place)]
        target = domestic[0].place if domestic else None
        if _RECEIVES.match(sentence.text, trigger.start()) and _CAPITAL_VENUE.search(
            sentence.text, 0, trigger.start()
        ):
            # "Tại Trụ sở Trung ương Đảng, Tổng Bí thư tiếp X, đang thăm ... tỉnh Sơn La": received in Hà Nội
            target = province_by_name("Hà Nội")
        if target is None and _CAPITAL_VENUE.search(sentence.text):
            target, confidence = province_by_name("Hà Nội"), 0.6
        if target is None and not _third_country(
            doc.text, destinations, person, sentence.start + trigger.start()
        ):
            if _received_in_capital(doc, sentence, trigger, hosted):
                target, confidence, explicit = province_by_name("Hà Nội"), 0.55, False
            elif verb not in _WEAK and not (
                _ELSEWHERE.search(sentence.text) or _BACKGROUND.search(sentence.text)
            ):
                target, confidence, explicit = _dateline(doc.article.text), 0.55, False
        if target is None and _SPOKE_AT.search(verb):
            # "Phát biểu tại buổi lễ, ông X, Phó Chủ tịch Quốc hội Fiji ...": the ceremony set at home
            # a few sentences before
            venue = _context_target(doc, sentence, places, event=_EVENT)
            if _domestic(venue):
                target, confidence, explicit = venue, 0.55, False
        if (
            target is not None
            and target.province_code == _CAPITAL
            and any(map(_RESIDENT.search, person.titles))
        ):
            return []  # "Đại sứ Italy tại Việt Nam" lives in Hà Nội
    else:
        if _HEADQUARTERS.search(sentence.text) or _held_in_capital(doc, sentence, trigger, destinations):
            return []
        if verb == "sự chủ trì":
            # the venue comes before the chair ("tại Đà Nẵng, dưới sự chủ trì của X, ..."), the matters
            # after him ("... kỷ luật nguyên Bí thư Tỉnh ủy Bình Định"); with no venue, nothing says where
            destinations = [p for p in destinations if p.start < sentence.start + trigger.start()]
            if not destinations:
                return []
        abroad = _LOCAL_TIME.search(sentence.text) is not None
        verb_end = trigger.end()
        if verb == "dẫn đầu":
            # "Đoàn ... do Chủ tịch QH X dẫn đầu, đã rời Hà Nội đi dự hội nghị ở New York (Hoa Kỳ)": the
            # comma closes the delegation, its subject, and the trip is told after it
            verb_end = _SUBJECT_CLOSES.match(sentence.text, verb_end).end()
        target = _national_target(doc, destinations, abroad, sentence.start + verb_end)
        explicit = any(p.place.level in ("province", "country") for p in destinations)
        if target is None and abroad:
            target = _foreign_country_named(doc.text, destinations)
        event = _EVENT if _SPOKE_AT.search(verb) or _OPENS_AT_EVENT.match(sentence.text) else None
        # A deputy minister's place is inferred only from an event he spoke at, not from any context;
        # words said at an event the sentence does not place were not said on a trip it tells.
        alone = trigger.lastgroup == "alone"
        if target is None and not alone and (person.rank < 10 or event is not None) and verb not in _WEAK:
            target, confidence, explicit = _context_target(doc, sentence, places, abroad, event), 0.55, False
        if target is not None and verb in _ABROAD_ONLY and target.level != "country":
            return []  # meeting people or touring a site at home is no trip
    if target is None:
        return []
    targets = [target]
    if explicit:
        targets += _listed_places(doc.text, sentence.start + trigger.end(), destinations, target)
    sites = [p.text for p in destinations if p.place.level in ("district", "commune")]
    title = _visit_title(mention, person, doc)
    return [
        _Candidate(
            mention.key, mention.text, title, person.rank, side, place, sentence, sites, confidence, explicit
        )
        for place in targets
        # leaders based in Hà Nội attending events there, or showing a foreign guest round ("Bộ trưởng X
        # và Đoàn đại biểu Bộ Nội vụ Slovakia tới thăm ... (Hà Nội)"), are not travelling
        if not (
            place.code == _CAPITAL
            and side == "national"
            and (not _STRONG.search(verb) or any(p.place.foreign for p in places.get(sentence.index, [])))
        )
        and place.province_code not in person.homes
    ]


def _near_before(index: int) -> range:
    """The indices of the few sentences before sentence ``index``, nearest first, that may lend it
    context."""
    return range(index - 1, max(-1, index - 1 - _CONTEXT_BACK), -1)


def _held_in_capital(
    doc: Document, sentence: Sentence, trigger: re.Match[str], destinations: list[Mention]
) -> bool:
    """Whether the event the official attends or chairs was set, a few sentences before, in Hà Nội or at
    a seat of the central bodies there, and his sentence names no venue of its own: "Sáng 30/5, tại trụ
    sở Bộ VHTTDL, diễn ra buổi tọa đàm ... Thứ trưởng X chủ trì buổi tọa đàm", "tại Hà Nội, Bộ ... tổ
    chức tọa đàm ... Tới dự có ông X". The places in his sentence are then what the event discussed, or
    other guests' offices."""
    text = sentence.text
    if not _ATTENDING.search(trigger.group(0)) or any(_named_as_venue(doc.text, p) for p in destinations):
        return False
    named = _EVENT.search(text, trigger.start(), trigger.end() + _EVENT_REACH)
    noun = named.group(0).lower() if named is not None else None
    for i in _near_before(sentence.index):
        lender = doc.sentences[i].text
        if noun in lender.lower() if noun is not None else _EVENT.search(lender) is not None:
            return _HEADQUARTERS.search(lender) is not None or _IN_CAPITAL.search(lender) is not None
    return False


def _dateline(raw: str) -> Place | None:
    """The province of a report's dateline ("TP.HCM - Sáng 19/6, ...", "(Đà Nẵng) -"), which cleaning
    drops from the text: a guest working "với lãnh đạo thành phố" is there."""
    found = _DATELINE.search(raw, 0, _DATELINE_REACH)
    place = province_by_name(found.group("city")) if found is not None else None
    return _province_of(place) if place is not None else None


#: Việt Nam paired with another country names their relation: "quan hệ Việt - Mỹ", "Việt-Trung".
_PAIRED = re.compile(r"(?<!\w)(?:Việt|Việt Nam|VN)\s*[-–]\s*$")


def _third_country(text: str, destinations: list[Mention], person: _Person, verb: int) -> bool:
    """Whether the sentence names after the verb a foreign country other than the guest's own: "Tổng
    thống Nga thăm Trung Quốc" is no visit to Việt Nam. Before the verb a country describes the guest
    ("Đoàn đại biểu Hạ viện Mỹ do Chủ tịch Hạ viện X dẫn đầu"), and so does a delegation's name after
    it ("tiễn Tổng thống X và đoàn đại biểu cấp cao Tanzania"), and so does a pair ("Hiệp định Thương
    mại Việt-Mỹ")."""
    home = _home_country(person)
    return any(
        p.start >= verb
        and p.place.level == "country"
        and p.place.country not in ("Việt Nam", home)
        and not _DELEGATION.search(text, max(0, p.start - 40), p.start)
        and not _PAIRED.search(text, max(0, p.start - 12), p.start)
        for p in destinations
    )


def _received_in_capital(doc: Document, sentence: Sentence, trigger: re.Match[str], hosted: bool) -> bool:
    """A foreign guest received by a central leader ("Thủ tướng tiếp Thủ tướng Lào X", "lễ đón chính
    thức") or come on a visit to Việt Nam, with no city named, is in Hà Nội, where the central bodies
    sit. Not in a report from abroad, on the sidelines of a summit, or over a line."""
    text = sentence.text
    ceremony = _ceremony(text, trigger)
    received = (hosted or ceremony) and _RECEIVES.match(text, trigger.start()) is not None
    if not (received or _TO_VIETNAM.search(text)):
        return False
    # at a ceremony only its own clause can make it past or coming: "..., hai Đảng sẽ tăng cường ..."
    clause = text[: text.find(",", trigger.end()) % (len(text) + 1)] if ceremony else text
    return not (
        _ELSEWHERE.search(text)
        or _BACKGROUND.search(clause)
        or _OFFICE.search(sentence.text)  # a provincial host receives him in his province
        or any(marker in doc.text for marker in _REPORTED_ABROAD)
    )


def _province_of(place: Place | None) -> Place | None:
    """The province a Vietnamese place lies in (itself for a province); None abroad."""
    if (
        place is None
        or place.level == "country"
        or place.province_code is None
        or place.province_name is None
    ):
        return None
    return province_by_name(place.province_name) or place


def _office_home(title: str) -> str | None:
    """The province code of a local office ("Bí thư Thành ủy TP.HCM" -> "79"), or None."""
    office = _OFFICE.search(title)
    home = _office_province(office) if office is not None else None
    return home[0].code if home is not None else None


def _homes_beside(text: str, mention: Mention, starts: list[int]) -> set[str]:
    """Province codes of the local offices written next to one mention: "Bí thư Thành ủy TP.HCM Đinh X",
    "ông Y, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM", "Chủ tịch UBND tỉnh Z ông W". A title after
    the name that runs into the next person's name is that person's: "Chủ tịch nước X, Bí thư Thành ủy
    Hà Nội Đinh Tiến Dũng và ..." (``starts``: where the article's people mentions begin, in order)."""
    following = bisect.bisect_right(starts, mention.start)
    next_person = starts[following] if following < len(starts) else len(text)
    homes = set()
    for found in (
        _LOCAL_TITLE_BEFORE.search(text, max(0, mention.start - 90), mention.start),
        _LOCAL_TITLE_AFTER.match(text, mention.end),
        _LOCAL_BEFORE.search(text, max(0, mention.start - 90), mention.start),
        _LOCAL_AFTER.match(text, mention.end, mention.end + 120),
    ):
        if found is None or (found.start() > mention.start and next_person < found.end()):
            continue
        if "title" in found.re.groupindex:
            home = _office_home(found.group("title"))
        else:
            place = province_by_name(found.group("home").strip())
            home = place.code if place is not None else None
        if home is not None:
            homes.add(home)
    return homes


def _national_target(
    doc: Document, destinations: list[Mention], abroad: bool = False, verb_end: int | None = None
) -> Place | None:
    """A Vietnamese official goes to the first place after the verb: a province, or a foreign country.

    In a report from abroad (``abroad``) a Vietnamese place is only talked about. A country reached
    after the verb ``verb_end`` belongs to it only within the same phrase: in "dự gặp mặt cán bộ,
    cựu chiến binh tham gia công tác, chiến đấu tại Campuchia" the country is where others fought.
    """
    for mention in destinations:
        place = mention.place
        if place.level == "country":
            if place.country == "Việt Nam":
                continue
            lead = _ABROAD.search(doc.text, max(0, mention.start - 60), mention.start)
            if lead is not None and _same_phrase(doc.text, verb_end, lead.start()):
                return place
            continue
        if place.province_code is not None and not abroad:
            return _province_of(place)
    return None


def _same_phrase(text: str, verb_end: int | None, lead: int) -> bool:
    """Whether the place phrase at ``lead`` still belongs to the verb: no comma between them, or the
    comma opens the place phrase itself ("dự lễ khai mạc ..., tại Tokyo của Nhật Bản")."""
    if verb_end is None or lead < verb_end:
        return True
    between = text[verb_end:lead]
    return "," not in between or between.rstrip().endswith(",")


def _foreign_country_named(text: str, destinations: list[Mention]) -> Place | None:
    """In a report from abroad, the foreign country the sentence names, other than in a foreign
    guest's title ("Tổng thống Hàn Quốc Moon ...") or as a partner ("với Hàn Quốc")."""
    for mention in destinations:
        place = mention.place
        if not place.foreign:
            continue
        if _TITLE_COUNTRY.match(text, mention.end) or _PARTNER.search(text, mention.start - 8, mention.start):
            continue
        return place
    return None


def _context_target(
    doc: Document,
    sentence: Sentence,
    places: dict[int, list[Mention]],
    abroad: bool = False,
    event: re.Pattern[str] | None = None,
) -> Place | None:
    """The province of the nearest preceding sentences, else of the headline, when the sentence names none.

    A sentence about the future lends nothing ("chuyến thăm Nhật Bản sẽ là ..."), and a country is
    lent only by a sentence about a trip, under a headline not about the future: in "ASEAN cử đại diện
    tới Myanmar" others go there. A province in an organiser's name ("do UBND tỉnh X phối hợp thực
    hiện") is no venue; a ward's is ("Theo UBND phường X").

    An ``event`` the official attended ("phát biểu tại hội nghị") takes its place from a sentence
    about that event only: a near one, or one farther back that names the venue ("Ngày 6/2, tại Cà
    Mau, Bộ X tổ chức hội nghị ...") or whose province holds it ("UBND tỉnh X tổ chức hội thảo");
    an event followed online has no venue to lend.
    """
    near = _near_before(sentence.index)
    earlier = [doc.sentences[i] for i in near]
    if event is not None:
        earlier += [doc.sentences[i] for i in range(sentence.index - 1 - _CONTEXT_BACK, -1, -1)]
    elif sentence.index > _CONTEXT_BACK:
        earlier.append(doc.sentences[0])
    # "TT Trump sẽ tiếp Thủ tướng ...": a headline about a trip to come makes its talk of the trip plans
    planned = _FUTURE.search(doc.sentences[0].text) is not None
    for lender in earlier:
        if _FUTURE.search(lender.text) or _not_happened(lender.text):
            continue
        if event is not None and (not event.search(lender.text) or _REMOTE.search(lender.text)):
            continue  # "phát biểu tại đại hội" takes the place of the congress, not of any sentence
        far = sentence.index - lender.index > _CONTEXT_BACK
        end = lender.end if lender.index else lender.start
        lent = [
            p
            for p in _destinations(lender, places, end)
            # a place in a quote is one the speaker talks of: "“Có DN ở Đồng Nai phản ánh ...”"
            if _lends_venue(doc.text, p, event, far) and not _quoted(lender.text, p.start - lender.start)
        ]
        target = _national_target(doc, lent, abroad)
        if target is not None and (
            target.level != "country" or (_TRIP_WORDS.search(lender.text) and not planned)
        ):
            return target
    return None


def _lends_venue(text: str, place: Mention, event: re.Pattern[str] | None, far: bool) -> bool:
    """Whether a place of an earlier sentence is where things happened, not a host's home, an
    organiser ("do UBND tỉnh X phối hợp"), unless its own body holds the event ("UBND tỉnh X tổ chức
    hội thảo"), or a topic; a sentence far back must name it as a venue ("tại X")."""
    if place.kind != "place":
        return False
    if place.place.level == "province" and _OFFICE_BEFORE.search(text, max(0, place.start - 40), place.start):
        return event is not None and _HOSTS_EVENT.match(text, place.end, place.end + 120) is not None
    return not _TOPIC_BEFORE.search(text, max(0, place.start - 90), place.start) and (
        not far or _named_as_venue(text, place)
    )


def _named_as_venue(text: str, place: Mention) -> bool:
    """Whether "tại" or "ở" puts the place as where things happen: "tại Cà Mau, Bộ X tổ chức ..."."""
    return _VENUE.search(text, max(0, place.start - 44), place.start) is not None


def _principal_visits(doc: Document, candidates: list[_Candidate], mentions: list[Mention]) -> list[Visit]:
    """One visit per destination and side, by its highest-ranked visitor, dated from its evidence.

    The guests' delegation and the host country's are led apart: a foreign leader and the Prime
    Minister who receives him in a province both travelled there. A destination only inferred (from a
    site or the surrounding sentences) gives way when the same person has a destination named
    outright: "Câu lạc bộ Bạch Đằng" is a site of the Hải Phòng trip.
    """
    if not candidates:
        return []
    reference, how = article_reference(doc)
    named = {c.key for c in candidates if c.explicit}
    candidates = [c for c in candidates if c.explicit or c.key not in named]
    best: dict[tuple[str, str], _Candidate] = {}
    for candidate in candidates:
        where = (candidate.place.province_code or candidate.place.name, candidate.side)
        current = best.get(where)
        if current is None or (candidate.rank, -candidate.confidence) < (current.rank, -current.confidence):
            best[where] = candidate
    visits: list[Visit] = []
    for chosen in sorted(best.values(), key=lambda c: c.sentence.start):
        same = [c for c in candidates if c.key == chosen.key and c.place == chosen.place]
        # the trip's first day: "Sáng 7/6, ... lễ đón" then "Trước đó, chiều 6/6 tại Hà Nội, ..."
        days = [(day, k) for k, c in enumerate(same) if (day := _sentence_day(c.sentence, reference, how)[0])]
        evidence = same[min(days)[1]] if days else chosen
        visit_date, precision = _visit_date(doc, evidence.sentence, reference, how)
        sentences = _trip_sentences(mentions, chosen)
        if visit_date is None and _announced(doc, sentences, reference, how):
            continue  # told without a day it happened, and announced for days still ahead
        if visit_date is not None:
            # the latest start stated up to a week before: "5-11/7" for a tour, "8-11/7" for its second leg
            started = [
                (day, stated)
                for day, stated in _stated_first_days(doc, sentences, reference, how)
                if timedelta(0) <= visit_date - day <= _TRIP_DAYS
            ]
            visit_date, precision = max(started, default=(visit_date, precision))
        place = chosen.place
        domestic = place.level != "country"
        visits.append(
            Visit(
                visitor_name=chosen.key,
                visitor_title=chosen.title,
                person_key=chosen.key,
                province_name=place.province_name if domestic else None,
                province_code=place.province_code if domestic else None,
                country=place.country,
                country_code=place.code if not domestic and place.code else "VN",
                visit_date=visit_date,
                date_precision=precision,
                sentence_index=evidence.sentence.index,
                start=evidence.sentence.start,
                end=evidence.sentence.end,
                sites=sorted({site for c in same for site in c.sites}),
                confidence=round(chosen.confidence if visit_date else chosen.confidence - 0.1, 2),
            )
        )
    return _not_home_while_abroad(visits)


def _not_home_while_abroad(visits: list[Visit]) -> list[Visit]:
    """Visits at home on a day the article's delegation spends abroad are its hosts or its talks misread:
    "Tại cuộc gặp với Chủ tịch Quốc hội bang Hessen ..., đề nghị hợp tác với các thành phố như Hà Nội"
    sends no one to Hà Nội. Of the corpus's articles, only two have both, and both home visits were
    false."""
    abroad = {v.visit_date for v in visits if v.country_code != "VN" and v.date_precision == "day"}
    return [v for v in visits if v.country_code != "VN" or v.visit_date not in abroad]


def _trip_sentences(mentions: list[Mention], visit: _Candidate) -> list[int]:
    """The sentences that name both the visitor and where he went, where an article states the trip's
    days: "Tổng thống ... Milos Zeman ... sang thăm cấp Nhà nước tới Việt Nam từ ngày 6 - 8/6"."""
    named = {m.sentence_index for m in mentions if m.kind == "person" and m.key == visit.key}
    there = {
        m.sentence_index
        for m in mentions
        if m.kind == "place" and m.place is not None and _names_destination(m.place, visit)
    }
    return sorted(named & there)


def _stated_first_days(
    doc: Document, sentences: list[int], reference: date | None, how: str
) -> list[tuple[date, str]]:
    """The first days of the ranges stated for the trip: "từ ngày 6 - 8/6", "trong thời gian 3 ngày
    (từ 29 - 31/5) tại Hoa Kỳ".

    The visit is dated by its first day, while the sentences that report it often tell a later day
    of it (the welcome ceremony, the talks, the flight home).
    """
    days = [
        resolve(mention, reference, how)
        for index in sentences
        for mention in find_dates(doc.sentences[index].text)
        if mention.is_range and not mention.in_span
    ]
    return [(day, precision) for day, precision in days if day is not None]


def _announced(doc: Document, sentences: list[int], reference: date | None, how: str) -> bool:
    """Whether the trip is announced for days after the report: "... sẽ thăm chính thức Việt Nam từ
    ngày 11-18/6" in an article of 10/6."""
    if reference is None or how not in ANCHORED:
        return False
    return any(
        is_ahead(mention, reference)
        for index in sentences
        if _FUTURE.search(doc.sentences[index].text)
        for mention in find_dates(doc.sentences[index].text)
    )


def _names_destination(place: Place, visit: _Candidate) -> bool:
    """Whether ``place`` names where ``visit`` went: its province, or its country when the trip is
    abroad or a guest's to Việt Nam ("thăm chính thức Việt Nam" for a welcome held in Hà Nội)."""
    if place.level != "country":
        return place.province_code is not None and place.province_code == visit.place.province_code
    return place.country == visit.place.country and (visit.place.foreign or visit.side == "foreign")


def _sentence_day(sentence: Sentence, reference: date | None, how: str) -> tuple[date | None, str]:
    """The first day/month of a sentence that dates a reported event, a stated range's first day first.

    Historical days ("14/6/1957" in an anniversary's name), the ends of an anniversary or a period
    ("27/7/1947 - 27/7/2017") and days after the reference (announcements) date nothing.
    """
    days = [
        m
        for m in find_dates(sentence.text)
        if m.day is not None
        and not m.in_span
        and (m.year is None or reference is None or m.year >= reference.year - 1)
    ]
    for mention in sorted(days, key=lambda m: not m.is_range):
        found = resolve(mention, reference, how)
        if found[0] is not None:
            return found
    return None, "unknown"


def _visit_date(
    doc: Document, sentence: Sentence, reference: date | None, how: str
) -> tuple[date | None, str]:
    """The day stated in the evidence sentence, else in the sentences before it, else in the title and
    sapo, else in a sentence about the trip, else in the opening after a long sapo.

    A stated day/month beats a relative word ("hôm nay"), which depends on an anchor that may be
    the capture date rather than the publication date.
    """
    order = [sentence.index, *_near_before(sentence.index)]
    order += [i for i in range(min(_HEAD_SENTENCES, len(doc.sentences))) if i not in order]
    order += [s.index for s in doc.sentences if s.index not in order and _TRIP_NOUN.search(s.text)]
    order += [i for i in range(min(_LEAD_SENTENCES, len(doc.sentences))) if i not in order]
    # an undated article's "Hôm qua 13/3, Thứ trưởng X ..." is the visit's day, short of its year: another
    # sentence's full date lends the year only when it is days away ("từ ngày 31/5/2002" is when a train
    # entered service, not when the deputy minister came)
    own = (
        [m for m in find_dates(sentence.text) if m.day is not None and not m.in_span]
        if reference is None
        else []
    )
    for index in order:
        found = _sentence_day(doc.sentences[index], reference, how)
        if found[0] is None:
            continue
        if own and index != sentence.index:
            lent, _ = resolve(own[0], date(found[0].year, 12, 31), "year_inferred")
            if lent is None or abs(lent - found[0]) > _TRIP_DAYS:
                continue
            return lent, found[1]
        return found
    for index in order:
        relative = [m for m in find_dates(doc.sentences[index].text) if m.day is None]
        if relative:
            return resolve(relative[0], reference, how)
    return None, "unknown"
