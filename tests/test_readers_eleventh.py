"""Reading the eleventh batch's shapes (tests/documents/real11): each story a document invented for it, in
the shape a team exports or saves, and what a recruiter would ask of it."""

from tests.readings import field, items, only_read, roles_read
from knowledge import sections as S

SRT = """1\r
00:00:00,000 --> 00:00:02,500\r
[음악]\r
\r
2\r
00:00:02,700 --> 00:00:06,000\r
안녕하세요, 바다제과 인사팀입니다. 울산 공장에서\r
\r
3\r
00:00:06,200 --> 00:00:09,900\r
함께 일할 포장라인 조장을 모집합니다.\r
\r
4\r
00:00:10,100 --> 00:00:14,000\r
급여는 연봉 3,200만원이고요,\r
경력 2년 이상이면 좋습니다.\r
"""


def test_korean_subtitles_are_read_as_the_video_says_them():
    """SubRip cues are a video's words: the Korean sentence cut over two cues is one, and the role is
    the one the speaker says is being recruited."""
    doc = only_read(SRT, "recruiting-video.srt")
    assert doc.title == "포장라인 조장"
    said = " ".join(i.text for i in doc.items)
    assert "울산 공장에서 함께 일할 포장라인 조장을 모집합니다." in said
    assert "[음악]" not in said and "-->" not in said


TSV = ("职位名称\t工作地点\t薪资\t岗位职责\t任职要求\t截止日期\n"
       "嵌入式软件工程师\t杭州市滨江区\t20-30K·13薪\t1. 编写驱动程序；2. 调试电路板；3. 维护固件\t1. 本科及以上；2. 熟悉C语言\t2027-02-28\n"
       "# 导出自多维表格 2027-01-05\t\t\t\t\t\n")


def test_a_chinese_tab_separated_export_is_a_role_per_row():
    """A TSV is a CSV with tabs; its Chinese header names the title, duties and requirements, the duties
    numbered in one cell between full-width semicolons; the note padded with tabs under it is no role."""
    roles = roles_read(TSV, "zhaopin.tsv")
    assert list(roles) == ["嵌入式软件工程师"]
    doc = roles["嵌入式软件工程师"]
    assert items(doc, S.KEY_RESPONSIBILITIES) == ["编写驱动程序", "调试电路板", "维护固件"]
    assert "熟悉C语言" in items(doc, S.REQUIREMENTS)
    assert field(doc, "Location") == "杭州市滨江区"
