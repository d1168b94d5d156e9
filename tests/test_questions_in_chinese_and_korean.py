"""A recruiter asks about postings written in Chinese or Korean, in those
languages ("数据分析师 薪资?", "품질 관리자 근무지 어디?") or in English
("data analyst requirements"): the title and the question words are read
through the same small glossary, so both name the same role."""

import pytest

from tests.postings import ask, assistant_on

ANALYST = """# 数据分析师

公司：青石物流有限公司

## 工作地点
杭州市余杭区仓前街道

## 薪资
12000-18000元/月

## 任职要求
- 统计学或计算机相关专业本科
- 熟练使用SQL和Tableau

## 福利待遇
- 六险一金、免费午餐
"""

QUALITY = """# 품질 관리자

회사: 바다솔 수산

## 근무지
전남 여수 공장

## 급여
연봉 3,800만원

## 자격요건
- 수산물 품질관리 경력 2년 이상

## 복지
- 중식 제공, 셔틀버스
"""

HARDWARE = """# 硬件工程师

## 任职要求
- 熟悉PCB设计与Altium Designer
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cjk")
    assistant = assistant_on({"analyst.md": ANALYST, "quality.md": QUALITY, "hw.md": HARDWARE}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_a_chinese_title_and_requirements_word_asked_in_chinese(recruiter):
    _answer, text = ask(recruiter, "数据分析师 任职要求?")
    assert "熟练使用SQL和Tableau" in text


def test_a_chinese_place_word_glued_to_a_short_title(recruiter):
    _answer, text = ask(recruiter, "分析师 工作地点")
    assert "杭州市余杭区" in text


def test_a_chinese_title_asked_in_english(recruiter):
    _answer, text = ask(recruiter, "data analyst requirements")
    assert "Tableau" in text


def test_a_korean_title_with_where_glued_on(recruiter):
    _answer, text = ask(recruiter, "품질 관리자 근무지 어디?")
    assert "여수 공장" in text


def test_a_korean_title_asked_in_english(recruiter):
    _answer, text = ask(recruiter, "quality manager benefits")
    assert "셔틀버스" in text


def test_hw_is_hardware_as_sw_is_software(recruiter):
    _answer, text = ask(recruiter, "hw engineer requirements")
    assert "Altium Designer" in text
