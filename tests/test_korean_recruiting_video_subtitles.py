"""A Korean factory posts its recruiting video's subtitles (.srt): the
manager says what the job is, sentence by sentence, with one bracketed
caption as a heading ("[자격 요건]"). Each sentence opens with its topic
("급여는 …": the pay is …, "근무는 …": the work is …) or closes with what it
is ("… 우대합니다": preferred), so the reader files each under its section:
the pay is a salary, the hours are hours, the licence is a nice-to-have."""

from tests.postings import ask, assistant_on

SUBTITLES = """1
00:00:00,000 --> 00:00:02,500
[음악]

2
00:00:02,600 --> 00:00:06,000
안녕하세요, 동해조선 인사팀입니다.

3
00:00:06,100 --> 00:00:09,800
울산 공장에서 함께 일할 용접 기사를 모집합니다.

4
00:00:09,900 --> 00:00:14,000
하시는 일은 선박 블록 용접과
용접 부위 검사입니다.

5
00:00:14,100 --> 00:00:18,000
[자격 요건]
선박 용접 경력 2년 이상.

6
00:00:18,100 --> 00:00:21,000
특수용접 자격증 있으시면 우대합니다.

7
00:00:21,100 --> 00:00:25,000
근무는 주간 고정, 07:30~16:30입니다.

8
00:00:25,100 --> 00:00:29,000
급여는 월급 320만원~360만원입니다.

9
00:00:29,100 --> 00:00:33,000
중식 제공, 4대보험, 퇴직금이 있습니다.

10
00:00:33,100 --> 00:00:37,000
지원은 이메일 jobs@donghae-ship.example로 보내 주세요.
"""



def test_each_spoken_sentence_is_filed_under_the_section_it_opens_or_closes_with(tmp_path):
    assistant = assistant_on({"donghae-welder.srt": SUBTITLES}, tmp_path)
    try:
        _a, pay = ask(assistant, "용접 기사 월급 얼마?")
        assert "320만원" in pay and "not stated" not in pay
        _a, reqs = ask(assistant, "welding technician requirements")
        assert "선박 용접 경력 2년 이상" in reqs
        assert "[자격 요건]" not in reqs
        _a, nice = ask(assistant, "welding technician nice to have")
        assert "특수용접 자격증" in nice
        _a, perks = ask(assistant, "welding technician benefits")
        assert "4대보험" in perks
        _a, duties = ask(assistant, "what does the welding technician do")
        assert "선박 블록 용접" in duties
    finally:
        assistant.knowledge.store.dispose()
