"""Chinese and Korean words, read as the English words every later step reads.

A recruiter asks "硬件测试工程师 薪资?" or "해솔 반장 연봉 얼마?": the words are
written without spaces (or with Korean particles glued on), so the tokenizer's
Latin-letter words never saw them and the question read as empty. A role
titled "采购专员" had no words either, so neither "采购专员 任职要求" nor
"purchasing specialist perks" could name it.

Each run of these scripts is cut into the longest words this table holds
(`glossed`); each becomes the English words it stands for, at the place the
user's characters stood. A title and a question are cut by the same table,
so "硬件测试工程师" and "hardware test engineer" are the same three words on
both sides. Characters the table does not hold are left unread, as before.

The table is vocabulary, two families: the words job titles are built of,
and the words a question asks with (pay, place, hours, requirements, ...).
"""

# Job titles: the trade, the function, the rank.
TITLE_WORDS: dict[str, tuple[str, ...]] = {
    # Chinese
    "工程师": ("engineer",), "硬件": ("hardware",), "软件": ("software",), "测试": ("test",),
    "开发": ("developer",), "采购": ("purchasing",), "专员": ("specialist",), "经理": ("manager",),
    "主管": ("supervisor",), "助理": ("assistant",), "销售": ("sales",), "运营": ("operations",),
    "产品": ("product",), "设计师": ("designer",), "会计": ("accountant",), "财务": ("finance",),
    "行政": ("administration",), "客服": ("customer", "service"), "司机": ("driver",), "厨师": ("chef",),
    "服务员": ("server",), "技术员": ("technician",), "操作工": ("operator",), "质检": ("quality", "inspector"),
    "仓管": ("warehouse", "keeper"), "数据": ("data",), "分析师": ("analyst",), "前端": ("frontend",),
    "后端": ("backend",), "算法": ("algorithm",), "电气": ("electrical",), "机械": ("mechanical",),
    "维修": ("maintenance",), "生产": ("production",), "实习生": ("intern",), "高级": ("senior",),
    "资深": ("senior",), "初级": ("junior",), "护士": ("nurse",), "教师": ("teacher",), "焊工": ("welder",),
    "电工": ("electrician",), "普工": ("general", "worker"),
    # Korean
    "생산": ("production",), "라인": ("line",), "반장": ("lead",), "조장": ("lead",), "팀장": ("team", "lead"),
    "관리자": ("manager",), "매니저": ("manager",), "엔지니어": ("engineer",), "개발자": ("developer",),
    "영업": ("sales",), "조리사": ("cook",), "요리사": ("chef",), "간호사": ("nurse",), "기사": ("technician",),
    "운전원": ("driver",), "사무직": ("office", "clerk"), "디자이너": ("designer",), "품질": ("quality",),
    "용접": ("welding",), "전기": ("electrical",), "정비": ("maintenance",),
}

# Question words: what is asked about a role.
QUESTION_WORDS: dict[str, tuple[str, ...]] = {
    # Chinese
    "薪资": ("salary",), "薪酬": ("salary",), "工资": ("salary",), "月薪": ("salary",), "年薪": ("salary",),
    "福利": ("benefits",), "福利待遇": ("benefits",), "工作地点": ("location",),
    "地点": ("location",), "地址": ("location",), "在哪": ("where",), "哪里": ("where",),
    "任职要求": ("requirements",), "要求": ("requirements",), "岗位职责": ("responsibilities",),
    "职责": ("responsibilities",), "工作内容": ("responsibilities",), "截止日期": ("deadline",),
    "截止": ("deadline",), "申请": ("apply",), "投递": ("apply",), "联系方式": ("contact",),
    "经验": ("experience",), "学历": ("education",), "加分项": ("nice", "to", "have"), "多少": ("how", "much"),
    "工作时间": ("hours",), "上班时间": ("hours",), "加班": ("overtime",),
    # Korean
    "연봉": ("salary",), "급여": ("salary",), "월급": ("salary",), "시급": ("hourly", "pay"),
    "근무시간": ("hours",), "교대": ("shift",), "근무지": ("location",), "위치": ("location",),
    "어디": ("where",), "복지": ("benefits",), "자격요건": ("requirements",), "요건": ("requirements",),
    "자격": ("requirements",), "우대": ("nice", "to", "have"), "경력": ("experience",),
    "업무": ("responsibilities",), "지원": ("apply",), "마감": ("deadline",), "얼마": ("how", "much"),
}

GLOSSARY: dict[str, tuple[str, ...]] = {**TITLE_WORDS, **QUESTION_WORDS}
_LONGEST = max(map(len, GLOSSARY))


def glossed(run: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The words of an unspaced `run` the glossary holds, longest first from
    the left: (start, end, English words) each; characters between them unread."""
    out = []
    i = 0
    while i < len(run):
        for size in range(min(_LONGEST, len(run) - i), 1, -1):
            words = GLOSSARY.get(run[i:i + size])
            if words:
                out.append((i, i + size, words))
                i += size
                break
        else:
            i += 1
    return out
