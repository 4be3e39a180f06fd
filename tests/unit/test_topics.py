"""Topic matcher: rule semantics, offsets, and the quality gate on the labelled set."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_or_skip
from worker.config import read_yaml
from worker.errors import ConfigError
from worker.topics import Matcher, TopicsFile, load_topics
from worker.topics.terms import CJK, TermSpec, compile_term, fold, lowered


def matcher(rules: list[dict], **topic: object) -> Matcher:
    return Matcher(TopicsFile.model_validate({"topics": [{"id": "t", "rules": rules, **topic}]}))


def hits(m: Matcher, text: str, title: str = "") -> list[str]:
    return [x.term for r in m.match(text, title=title) for x in r.mentions]


def spanned(m: Matcher, text: str) -> list[str]:
    """The text at each mention's offsets: what hits() reports when the folds kept every offset in place."""
    return [text[x.start : x.end] for r in m.match(text) for x in r.mentions]


@pytest.fixture(scope="module")
def shipped() -> Matcher:
    return Matcher(load_topics(ROOT / "topics.yaml"))


def test_whole_words_case_insensitive() -> None:
    m = matcher([{"id": "r", "any": ["deepseek"]}])
    assert hits(m, "DeepSeek and DEEPSEEK and deepseekers") == ["DeepSeek", "DEEPSEEK"]


def test_inflection_and_compounds() -> None:
    m = matcher([{"id": "r", "any": ["exportkontroll*"]}])
    text = "Exportkontrolle, Exportkontrollen, US-Exportkontrollen und Chip-Exportkontrollen; Chipexportkontrollen"
    assert hits(m, text) == ["Exportkontrolle", "Exportkontrollen", "Exportkontrollen", "Exportkontrollen"]
    m2 = matcher([{"id": "r", "any": ["*exportkontroll*"]}])
    assert hits(m2, text)[-1] == "Chipexportkontrollen"
    assert "US-Exportkontrollen" in hits(m2, text)


def test_capitals_are_case_sensitive() -> None:
    m = matcher([{"id": "r", "any": ["KI", "EU"]}])
    assert hits(m, "Die KI der EU; ki, eu, Kiel, EUR") == ["KI", "EU"]


def test_explicit_case() -> None:
    m = matcher([{"id": "r", "any": [{"term": "Deep Seek", "case": "sensitive"}]}])
    assert hits(m, "Deep Seek launched; we seek deep truths; deep seek") == ["Deep Seek"]


def test_space_and_hyphen_are_interchangeable_and_apostrophes_fold() -> None:
    m = matcher([{"id": "r", "any": ["export control*", "contrôle* à l'exportation"]}])
    text = "export-controls, export  controls and contrôles à l’exportation"
    assert hits(m, text) == ["export-controls", "export  controls", "contrôles à l’exportation"]


def test_greek_accents_final_sigma_and_turkish_i_fold() -> None:
    m = matcher([{"id": "r", "any": ["εξαγωγές", "ihracat kısıtlama*"]}])
    text = "ΕΞΑΓΩΓΕΣ τσιπ; οι εξαγωγές; İHRACAT KISITLAMASI ve İhracat kısıtlamaları; Εξαγωγες"
    assert hits(m, text) == ["ΕΞΑΓΩΓΕΣ", "εξαγωγές", "İHRACAT KISITLAMASI", "İhracat kısıtlamaları", "Εξαγωγες"]
    assert spanned(m, text) == hits(m, text)  # offsets still point into the original text


def test_turkish_circumflex_is_optional_on_both_sides() -> None:
    m = matcher([{"id": "r", "any": ["yapay zeka yasası*", "Yapay Zekâ Çerçeve*"]}])
    text = "Yapay zekâ yasası; YAPAY ZEKÂ YASASINI; yapay zeka yasasının; Ulusal Yapay Zeka Çerçeve Yasası; yapay zekä"
    assert hits(m, text) == ["Yapay zekâ yasası", "YAPAY ZEKÂ YASASINI", "yapay zeka yasasının", "Yapay Zeka Çerçeve"]


def test_romanian_diacritics_match_in_comma_cedilla_and_plain_spellings() -> None:
    m = matcher([{"id": "r", "any": ["dublă utilizare", "restricți* la export*"]}])
    text = (
        "produse cu dublă utilizare; produse cu dubla utilizare; DUBLĂ UTILIZARE; restricţii la export;"
        " restrictii la exporturi"
    )
    found = ["dublă utilizare", "dubla utilizare", "DUBLĂ UTILIZARE", "restricţii la export", "restrictii la exporturi"]
    assert hits(m, text) == found
    assert spanned(m, text) == found  # offsets still point into the original text
    assert hits(m, "dublu utilizat; restricția internă") == []  # other words stay other words


def test_traditional_chinese_meets_simplified_terms_and_the_other_way_round() -> None:
    """Taiwanese and Hong Kong papers write 歐盟/輸出管制/商務部: one term serves both scripts, offsets unchanged."""
    m = matcher([{"id": "r", "any": ["欧盟人工智能法", "出口管制", "美國商務部", "AI法"]}])
    text = "歐盟人工智能法生效;美国商务部加強出口管制(出口管制);美國商務部;日本のAI法;欧盟人工智能法"
    found = ["歐盟人工智能法", "美国商务部", "出口管制", "出口管制", "美國商務部", "AI法", "欧盟人工智能法"]
    assert hits(m, text) == found
    assert spanned(m, text) == found  # offsets still point into the original text
    assert hits(m, "歐盟人工智慧法;出口管理;美國商務") == []  # other words stay other words (人工智慧 is written out)
    assert fold("歐盟輸出管制") == "欧盟输出管制" and len(fold("歐盟")) == 2


# Words Taiwan and Hong Kong write differently from the mainland, which the character fold cannot join; and the
# ss Swiss German writes for ß, which would take two characters for one.
_ZH_WORD_TWINS = [
    ("人工智能", "人工智慧"),
    ("数据", "资料"),
    ("意大利", "义大利"),
    ("个人信息", "个人资料"),
    ("芯片", "晶片"),
]


def missing_twins(m: Matcher, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each compiled term written with a pair's first word whose spelling with the second compiles to no term."""
    have = {(t.regex, t.case_sensitive) for t in m.terms}
    missing = []
    for t in m.terms:
        for a, b in pairs:
            if a in fold(t.text):
                twin = fold(t.text).replace(a, b)
                c = compile_term(TermSpec(term=twin, case="sensitive" if t.case_sensitive else "insensitive"))
                if (c.regex, c.case_sensitive) not in have:
                    missing.append((t.text, twin))
    return missing


def test_shipped_chinese_terms_are_written_in_both_vocabularies(shipped: Matcher) -> None:
    """Every shipped term with 人工智能 has its 人工智慧 twin (数据/資料, 意大利/義大利, 芯片/晶片 too), so a Taiwanese
    report of the EU's 人工智慧辦公室 counts like the mainland's 人工智能办公室."""
    assert missing_twins(shipped, _ZH_WORD_TWINS) == []


def test_shipped_german_terms_have_their_swiss_spelling(shipped: Matcher) -> None:
    """Swiss German writes ss for ß (Massnahmen, Weisses Haus, Grossbritannien): every ß term has its ss twin."""
    assert missing_twins(shipped, [("ß", "ss")]) == []


def test_concepts_expand_and_must_cover_every_declared_language(tmp_path: Path) -> None:
    tf = TopicsFile.model_validate(
        {
            "languages": ["de", "en"],
            "concepts": {"chip": {"de": ["*chip*"], "en": ["chip*"], "all": ["H20"]}, "sale": {"all": ["@chip"]}},
            "topics": [{"id": "t", "rules": [{"id": "r", "any": ["@sale"]}]}],
        }
    )
    assert hits(Matcher(tf), "KI-Chips and chips and the H20") == ["KI-Chips", "Chips", "chips", "H20"]
    f = tmp_path / "topics.yaml"
    rules = "topics:\n  - {id: t, rules: [{id: r, any: ['@a']}]}\n"
    mistakes = [
        (
            "languages: [de, en, fr]\nconcepts:\n  a: {de: [chip*], en: [chip*]}\n" + rules,
            "concept 'a': no terms for fr",
        ),
        ("topics:\n  - {id: t, rules: [{id: r, any: ['@nope']}]}\n", "topic 't': rule 'r': unknown concept '@nope'"),
        # A concept's own mistakes are reported where the concept is defined, whichever rule uses it.
        (
            "concepts:\n  a: {all: [x, '@b']}\n  b: {all: [y, '@c']}\n  c: {all: ['@a']}\n" + rules,
            "concept 'a': all: concept cycle: a → b → c → a",
        ),
        ("concepts:\n  a: {all: [x, '@b']}\n  b: {all: ['y**']}\n" + rules, "concept 'b': all: term 'y\\*\\*'"),
    ]
    for text, message in mistakes:
        f.write_text(text, encoding="utf-8")
        with pytest.raises(ConfigError, match=message):
            load_topics(f)


def test_several_near_groups_must_all_be_close() -> None:
    m = matcher(
        [
            {
                "id": "r",
                "any": ["approv*"],
                "near": [{"terms": ["chip*"], "within": 4}, {"terms": ["China"], "within": 6}],
            }
        ]
    )
    assert hits(m, "Washington approved the sale of chips to China.") == ["approved"]
    assert hits(m, "Washington approved the sale of chips. Far away, much later, in another story: China.") == []
    assert hits(m, "Washington approved a plan for China.") == []


def test_near_decides_like_comparing_every_pair() -> None:
    """The bisected near check (nearest partner on each side) agrees with the plain definition on every pair."""
    import random

    from worker.topics.matcher import _Hit, _Partners, _Words

    def words_between(text: str, a: _Hit, b: _Hit) -> int:
        lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        return len(text[lo:hi].split()) if hi - lo <= within * 30 + 30 else 10**9

    rnd = random.Random(11)
    pieces = ["chip", "ship", "to", "China", " ", "  ", "\n", "\u00a0", "-", "x" * 40, "überlang" * 9]
    for _ in range(400):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 60)))
        words = _Words({"text": text, "title": ""})
        for _ in range(20):
            lo, hi = sorted(rnd.randint(0, len(text)) for _ in range(2))
            assert words.count("text", lo, hi) == len(text[lo:hi].split())
        spans = [sorted(rnd.randint(0, len(text)) for _ in range(2)) for _ in range(rnd.randint(0, 8))]
        hits = [_Hit("text", s, max(e, s + 1), 0) for s, e in spans]
        within = rnd.choice([0, 1, 3, 10])
        partners, others = hits[: len(hits) // 2], hits[len(hits) // 2 :]
        expect = [
            any((a.start < p.end and p.start < a.end) or words_between(text, a, p) <= within for p in partners)
            for a in others
        ]
        got = [_Partners(partners).near(a, within, words) for a in others]
        assert got == expect, (text, partners, others, within)


def test_near_counts_words_in_chinese_and_japanese_text() -> None:
    """No spaces: a whole paragraph is not one word; three characters count as one."""
    near = {"terms": ["英伟达", "エヌビディア"], "within": 5}
    m = matcher([{"id": "r", "any": ["出口管制", "輸出規制"], "near": near}])
    assert hits(m, "美国对英伟达芯片实施出口管制。") == ["出口管制"]
    far = "美国对英伟达" + "公司的季度营收和利润都创下了新的历史纪录分析师认为人工智能需求仍然强劲" + "另外出口管制"
    assert hits(m, far) == []
    assert hits(m, "米政府はエヌビディアに輸出規制を課した") == ["輸出規制"]
    far_ja = "エヌビディアの決算は好調で、売上高と利益はいずれも過去最高を更新したと発表した。" + "別件の輸出規制"
    assert hits(m, far_ja) == []


def test_cjk_terms_match_inside_text() -> None:
    m = matcher([{"id": "r", "any": ["深度求索"]}])
    assert hits(m, "中国公司深度求索发布了新模型") == ["深度求索"]


def test_latin_words_end_where_chinese_japanese_or_korean_script_begins() -> None:
    """Particles and nouns are written onto Latin names ("TSMC의", "H20芯片"): the script change is a word end."""
    m = matcher([{"id": "r", "any": ["TSMC", "H20", "AI法", "AI 기본법", "Nvidia*", "chip"]}])
    assert hits(m, "TSMC의 실적") == ["TSMC"]
    assert hits(m, "英伟达H20芯片") == ["H20"]
    assert hits(m, "欧盟AI法案") == ["AI法"]
    assert hits(m, "한국의 AI기본법 시행") == ["AI기본법"]
    assert hits(m, "Nvidia的芯片") == ["Nvidia"]  # a `word*` inflection stops at the script change too
    # Between Latin letters nothing changes: a word still ends only at a non-word character.
    assert hits(m, "XTSMC의 chipset") == []


def test_the_script_change_is_a_word_end_for_phrases_wildcards_and_terms_with_punctuation_too() -> None:
    """Phrases ("EUのAI Actに"), terms with a slash or a dot ("2024/1689号", "U.S.の"), wildcard phrases and their
    indexed groups (9 phrases behind "export*") find their words where CJK script touches them, in both scans."""
    keyed = [f"export* {w}" for w in ("ban", "law", "act", "cap", "fee", "tax", "duty", "levy", "rule")]
    m = matcher([{"id": "r", "any": ["AI Act", "2024/1689", "U.S.", "*exportkontroll*", "GPT-4o", *keyed]}])
    assert hits(m, "EUのAI Actに対応") == ["AI Act"]
    assert hits(m, "欧盟AI Act规定") == ["AI Act"]
    assert hits(m, "規則（EU）2024/1689への準拠") == ["2024/1689"]
    assert hits(m, "欧盟2024/1689号条例") == ["2024/1689"]
    assert hits(m, "美国U.S.政府の") == ["U.S."]
    assert hits(m, "使用GPT-4o模型") == ["GPT-4o"]
    assert hits(m, "中国Chip-Exportkontrollen的") == ["Chip-Exportkontrollen"]  # the compound ends at the script
    assert hits(m, "美国export ban对华") == ["export ban"]
    assert hits(m, "美国exports ban") == ["exports ban"]
    # Between Latin letters and digits a word still ends only at a non-word character.
    assert hits(m, "AI Actually 2024/16890 xU.S. export bank") == []
    texts = ["EUのAI Actに", "2024/1689号", "のU.S.の", "中国Exportkontrollen的", "对export duty对", "AI Act的"]
    if m.scanner.native is not None:
        for text in texts:
            assert m._match_native(text, "") == m.match_python(text, ""), text


def test_a_space_between_cjk_or_hangul_words_of_a_term_is_optional() -> None:
    """Korean writes compounds with or without the space (수출 통제 / 수출통제), Chinese never spaces: a term
    written with the space finds both forms, at its own ends' boundaries."""
    m = matcher([{"id": "r", "any": ["수출 통제", "数据 保护", "미국 반도체 수출 규제"]}])
    assert hits(m, "미국의 수출통제 강화") == ["수출통제"]
    assert hits(m, "미국의 수출 통제 강화") == ["수출 통제"]
    assert hits(m, "数据保护法") == ["数据保护"]
    assert hits(m, "미국 반도체수출 규제") == ["미국 반도체수출 규제"]
    assert hits(m, "미국반도체수출규제가") == ["미국반도체수출규제"]
    assert hits(m, "수출과 통제") == []  # the words still have to be next to each other
    # Without the space in the term, the spaced form is another spelling (write terms with the space).
    assert hits(matcher([{"id": "r", "any": ["수출통제"]}]), "수출 통제") == []


def test_a_quotation_mark_beside_a_word_of_a_phrase_is_part_of_the_separator() -> None:
    """Writers quote one word of a phrase ("le prime “fabbriche” di IA", « usines » d'IA): the phrase still
    matches; a quotation mark is no word, so it does not join words that are not next to each other."""
    m = matcher([{"id": "r", "any": ["fabbric* di IA", "usines d'IA", "AI Act", "수출 통제"]}])
    assert hits(m, "una delle prime “fabbriche” di IA d’Europa") == ["fabbriche” di IA"]
    assert hits(m, "les « usines » d'IA de l'UE") == ["usines » d'IA"]
    assert hits(m, 'the "AI" Act and the AI "Act"') == ['AI" Act', 'AI "Act']
    assert hits(m, "미국의 “수출” 통제") == ["수출” 통제"]
    assert hits(m, "fabbriche, di IA; AI, Act; AI (Act)") == []  # other punctuation still separates the words


def test_a_phrase_wraps_onto_the_next_line_but_never_crosses_a_blank_line() -> None:
    """Hard-wrapped text breaks a phrase at a line end ("forordningen om\\nkunstig intelligens"); a blank line
    is a paragraph break, where a heading without a full stop meets its paragraph: "Omzetdaling beperkt" over
    "De dalende vraag naar chips" is no "beperkt de", in the native scan as in the Python one."""
    terms = ["beperkt de", "forordningen om kunstig intelligens", "KI-Verordnung", "수출 통제"]
    m = matcher([{"id": "r", "any": terms}])
    assert hits(m, "forordningen om\nkunstig intelligens") == ["forordningen om\nkunstig intelligens"]
    assert hits(m, "forordningen om \r\n  kunstig intelligens") == ["forordningen om \r\n  kunstig intelligens"]
    assert hits(m, "die KI-\nVerordnung, die KI\n-Verordnung") == ["KI-\nVerordnung", "KI\n-Verordnung"]
    assert hits(m, "Omzetdaling beperkt\n\nDe dalende vraag naar chips") == []
    assert hits(m, "Omzetdaling beperkt\n \r\n De dalende vraag") == []
    assert hits(m, "forordningen om\n\nkunstig intelligens; die KI-\n\nVerordnung; die KI\n\n-Verordnung") == []
    assert hits(m, "수출\n\n통제") == []


def test_full_width_ascii_is_ascii() -> None:
    m = matcher([{"id": "r", "any": ["AMD", "EUのAI規制", "h20"]}])
    assert hits(m, "ＡＭＤとＥＵのＡＩ規制、Ｈ２０") == ["ＡＭＤ", "ＥＵのＡＩ規制", "Ｈ２０"]
    assert hits(m, "ａｍｄ") == []  # the capitals stay case-sensitive after folding


def test_all_none_near_and_exclude() -> None:
    m = matcher(
        [
            {
                "id": "r",
                "any": ["ban*"],
                "all": [["chip*"]],
                "none": ["banana"],
                "near": {"terms": ["nvidia"], "within": 3},
            }
        ],
        exclude=["banner ads"],
    )
    assert m.match("Nvidia faces a ban on chips")[0].passed
    assert not m.match("Nvidia faces a ban")[0].passed  # all-group missing
    assert not m.match("a ban on exports of chips was far from any mention of the company Nvidia")[0].passed
    assert not m.match("Nvidia ban on chips; banana")[0].passed  # vetoed
    assert not m.match("Nvidia banner ads for chips")[0].passed  # masked by exclude
    reason = m.match("a ban on chips")[0].reason
    assert "no term within 3 words" in reason


def test_an_exclusion_hides_the_words_inside_it_not_itself_nor_a_longer_term() -> None:
    """A name both excluded and among a rule's `any` terms hides its law word and still counts as itself there; so
    does a longer term around it. Another term on exactly its span, or one reaching only partly into it, stays
    hidden, and so does the name where a rule has it as a veto."""
    name = "General Data Protection Regulation"
    rules = [
        {"id": "law-word", "any": ["regulation"]},
        {"id": "the-name", "any": [name]},
        {"id": "longer", "any": ["EU " + name]},
        {"id": "same-span", "any": ["general data protection regulat*"]},
        {"id": "partly", "any": ["regulation on AI"]},
    ]
    m = matcher(rules, exclude=[name], threshold=0.01)
    assert m.match("Under the General Data Protection Regulation on AI, fines.")[0].rules == ["the-name"]
    assert m.match("The EU General Data Protection Regulation applies.")[0].rules == ["the-name", "longer"]
    assert m.match("A regulation on AI, and the regulation.")[0].rules == ["law-word", "partly"]
    # Only a rule's `any` terms keep their own excluded hit: as a veto (or a near term) it stays hidden.
    vetoed = matcher([{"id": "law-word", "any": ["regulation*"], "none": [name]}], exclude=[name], threshold=0.01)
    assert vetoed.match("The General Data Protection Regulation, and AI regulations.")[0].rules == ["law-word"]
    # Without the exclusion every term counts, so it is the exclusion that hid them.
    unmasked = matcher(rules, threshold=0.01)
    assert unmasked.match("Under the General Data Protection Regulation on AI.")[0].rules == [
        "law-word",
        "the-name",
        "same-span",
        "partly",
    ]


def test_native_masking_gives_the_python_results() -> None:
    """Exclusions overlapping, covering, equal to and inside rule terms, in random texts: native as in Python."""
    m = matcher(
        [
            {"id": "a", "any": ["data protection*", "protection", "EU data protection regulation", "data"]},
            {"id": "b", "any": ["regulation*", "AI regulation", "data protection regulation"]},
        ],
        exclude=["data protection regulation", "protection regulat*", "EU data", "AI"],
        threshold=0.01,
    )
    _native_or_skip(m)
    import random

    rnd = random.Random(7)
    pieces = "EU|data|protection|regulation|regulations|AI|the|,|\n".split("|")
    for _ in range(3000):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 16)))
        assert m._match_native(text, "") == m.match_python(text, ""), text


def test_none_within_vetoes_only_the_hits_close_to_a_none_term() -> None:
    """Without `none_within` a `none` term anywhere vetoes the rule; with it, only the hits that close."""
    rule = {"id": "r", "any": ["chip ban*"], "none": ["tariff*"]}
    far = "China tells firms a chip ban applies to Nvidia. " + "Other news follows here. " * 10 + "Tariffs rise."
    near = "Tariffs and a chip ban hit trade. " + "Other news follows here. " * 10
    whole, local = matcher([rule]), matcher([{**rule, "none_within": 5}])
    assert "vetoed by a 'none' term" in whole.match(far)[0].reason
    assert local.match(far)[0].passed
    assert not local.match(near)[0].passed
    assert "vetoed by a 'none' term within 5 words" in local.match(near)[0].reason
    # Only the vetoed hits go: a second, distant hit of the same rule still fires it.
    assert local.match(near + "Later the chip ban widened.")[0].passed
    with pytest.raises(ValueError):
        matcher([{**rule, "none_within": -1}])


def test_offsets_and_snippets_point_into_the_text(shipped: Matcher) -> None:
    text = "Vorspann. " * 20 + "Die Datenschutzbehörde hat DeepSeek in Italien gesperrt. " + "Nachsatz. " * 20
    for r in shipped.match(text, title="DeepSeek gesperrt"):
        for mt in r.mentions:
            field = text if mt.field == "text" else "DeepSeek gesperrt"
            assert field[mt.start : mt.end] == mt.term
            assert mt.term in mt.snippet
            assert len(mt.snippet) <= len(mt.term) + 160


def test_title_weighs_more_than_body() -> None:
    m = matcher([{"id": "r", "any": ["deepseek"]}])
    body_only = m.match("filler " * 100 + "DeepSeek")[0].score
    title = m.match("filler " * 100, title="DeepSeek")[0].score
    lead = m.match("DeepSeek " + "filler " * 100)[0].score
    assert title > lead > body_only


def test_overlapping_terms_are_one_mention_in_one_place() -> None:
    """ "AI Act" inside "EU AI Act" (or 欧盟AI法 inside 欧盟AI法案) is one mention, not a repeated or a second term."""
    both = matcher([{"id": "r", "any": ["EU AI Act", "AI Act", "欧盟AI法", "欧盟AI法案"]}])
    one = matcher([{"id": "r", "any": ["EU AI Act", "欧盟AI法案"]}])
    for text in ("filler " * 100 + "the EU AI Act", "filler " * 100 + "报道称欧盟AI法案将推迟"):
        assert hits(both, text) != hits(one, text)  # both terms are still reported as mentions
        assert both.match(text)[0].score == one.match(text)[0].score == 0.6321
    # A second place, or a different term elsewhere, does add evidence.
    twice = "filler " * 100 + "the EU AI Act " + "filler " * 30 + "the AI Act"
    assert both.match(twice)[0].score > both.match("filler " * 100 + "the EU AI Act")[0].score


def test_mentions_are_ordered_title_first_then_by_place_longer_first() -> None:
    """Nested mentions at one start are reported longer first, whichever rule or term found them first."""
    m = matcher(
        [
            {"id": "short", "any": ["EU AI", "AI"]},
            {"id": "long", "any": ["EU AI Act"]},
        ]
    )
    r = m.match("Brussels: the EU AI Act applies; AI firms comply.", title="AI rules")[0]
    got = [(x.field, x.term) for x in r.mentions]
    assert got == [("title", "AI"), ("text", "EU AI Act"), ("text", "EU AI"), ("text", "AI"), ("text", "AI")]


def test_threshold_controls_passing() -> None:
    m = matcher([{"id": "r", "any": ["chip"], "weight": 0.5}], threshold=0.5)
    assert not m.match("filler " * 100 + "chip")[0].passed
    assert m.match("chip", title="chip")[0].passed


def test_cost_follows_hits_not_terms() -> None:
    """With 10,000 terms that never occur, only the anchors present are verified."""
    many = [f"zqx{i:05d}term" for i in range(10_000)]
    m = matcher([{"id": "r", "any": [*many, "deepseek"]}])
    assert m.term_count == 10_001
    res = m.match("DeepSeek " * 50)[0]
    assert res.passed and res.mention_count == 50


def test_seed_article_gets_all_three_topics(shipped: Matcher) -> None:
    path = shared_or_skip("seeds", "article-de-deepseek.txt")
    text = path.read_text(encoding="utf-8")
    assert {r.id for r in shipped.match(text) if r.passed} == {"deepseek", "export_controls", "eu_ai"}


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        # An agency that runs the export controls also bans apps on its own staff's phones: not a control.
        (
            "The US Commerce Department has banned Chinese AI model DeepSeek on government devices, citing "
            "cybersecurity concerns.",
            "export_controls",
            False,
        ),
        ("The US Commerce Department has restricted exports of Nvidia's H20 chips to China.", "export_controls", True),
        # "Code of good practice" for the EU's AI code, with the adjective between the words.
        (
            "Η Google θα υπογράψει τον Κώδικα Ορθής Πρακτικής για την Τεχνητή Νοημοσύνη της Ευρωπαϊκής Ένωσης.",
            "eu_ai",
            True,
        ),
        # "The European data-protection rules" written as one compound, as in English and German.
        (
            "In België is een onderzoek geopend naar DeepSeek wegens mogelijke inbreuken op de Europese "
            "gegevensbeschermingsregels.",
            "eu_ai",
            True,
        ),
        # Round 11: Czech/Slovak zákaz* (a ban) also begins zákazník (a customer), zakáz* zakázka (an order).
        (
            "TSMC toto navýšení ceny přenese na americké zákazníky; zakázky pro AMD a Nvidii zdraží, Čína to "
            "pocítí také.",
            "export_controls",
            False,
        ),
        ("USA zakázaly vývoz čipů Nvidia H20 do Číny.", "export_controls", True),
        # The Czech bid for an EU AI gigafactory, "gigatovárna umělé inteligence" (genitive).
        ("Česko chce postavit gigatovárnu umělé inteligence se stovkou tisíc čipů.", "eu_ai", True),
        # Round 17: the CNIL as AFP writes it; a GDPR fine with no AI service stays out.
        ("Deux plaintes contre ChatGPT ont été déposées mardi auprès de la Cnil.", "eu_ai", True),
        ("La Cnil a infligé une amende à un hôpital pour une fuite de données de patients.", "eu_ai", False),
        # Round 17: Italy's own AI law counts when the article ties it to the AI Act, not on its own.
        ("L'Italia è il primo Paese UE con una legge italiana sull'IA pienamente allineata all'AI Act.", "eu_ai", True),
        ("L'Italia approva la sua legge nazionale sull'intelligenza artificiale, prima in Europa.", "eu_ai", False),
        # Round 17: Beijing telling firms not to use Nvidia's chips, or to explain why they buy them ...
        ("Čína vyzvala domáce firmy, aby nepoužívali čipy od spoločnosti Nvidia.", "export_controls", True),
        ("中國政府已約談騰訊，要求解釋其採購英偉達H20芯片的原因。", "export_controls", True),
        # ... but a firm not explaining its own purchases is not a control.
        (
            "Alibaba did not explain why it bought fewer Nvidia chips for its data centres in China.",
            "export_controls",
            False,
        ),
        # Round 17: the foreign direct product rule without its name: a licence to supply Huawei.
        (
            "Výrobci, kteří používají zařízení od amerických firem, by museli žádat o povolení, aby mohli dodávat "
            "výrobky společnosti Huawei.",
            "export_controls",
            True,
        ),
        # Round 18: Beijing telling its big tech firms to refrain from ordering Nvidia chips (Korean) ...
        ("중국 정부는 최근 빅테크들을 소집, 엔비디아 칩 추가 주문을 자제하라고 지시했다.", "export_controls", True),
        # ... or to suspend buying one (Portuguese, the purchase in the singular).
        (
            "A Administração do Ciberespaço da China (CAC) tomou uma decisão importante. Ela ordenou que grandes "
            "empresas do país suspendessem a compra e os testes do chip RTX Pro 6000D.",
            "export_controls",
            True,
        ),
        # Round 18: the Entity List in Romanian with the indefinite article.
        (
            "În decembrie 2024, guvernul SUA a inclus Wingtech, producător de cipuri, pe așa-numita "
            "„listă de entități”.",
            "export_controls",
            True,
        ),
        # Round 18: a bare "illegally" beside a chip word is smuggling only with China, Russia or a controlling state.
        ("Tusindvis af Nvidia-chips er ulovligt endt i Kina via mellemmænd i Singapore.", "export_controls", True),
        (
            "Nvidia investerer i kunder, der køber flere Nvidia-chips. Bekymringen er ikke, at det er ulovligt, men at "
            "væksten er vendor-finansieret.",
            "export_controls",
            False,
        ),
        # Round 19: the AI Act's own term for the firms its GPAI chapter binds, the EU named only far away ...
        (
            "Lignes directrices sur la portée des obligations incombant aux fournisseurs de modèles d'IA à usage "
            "général en vertu de la législation sur l'IA.",
            "eu_ai",
            True,
        ),
        # ... but not in another country's AI law.
        (
            "California's SB 53 requires providers of general-purpose AI models to publish safety frameworks.",
            "eu_ai",
            False,
        ),
        # Round 19: "at Union level", the regulation's own wording for the EU.
        (
            "La Oficina de IA fomentará la elaboración de códigos de buenas prácticas a escala de la Unión.",
            "eu_ai",
            True,
        ),
        # Round 14's Danish holdout miss: an "AI Factory" in a text that names EuroHPC, the EU body behind them ...
        (
            "Supercomputeren etableres gennem samarbejde i EuroHPC. Lumi får en afløser i Kajaani. Landene vil "
            "samtidig opbygge en fabrik for kunstig intelligens - nærmere bestemt en AI Factory.",
            "eu_ai",
            True,
        ),
        # ... while Nvidia's own "AI factories" are no EU programme.
        ("Nvidia builds AI factories with Foxconn in Taiwan for its Blackwell servers.", "eu_ai", False),
        # Round 20: China putting mineral exports under a licence, in French "soumis à un visa" ...
        (
            "C’est une nouvelle étape. Depuis le 1er août, la Chine a soumis à un visa les exportations de gallium "
            "et de germanium.",
            "export_controls",
            True,
        ),
        # ... while a visa for people is no control.
        (
            "La France a délivré un visa à des chercheurs chinois spécialistes du gallium et du germanium.",
            "export_controls",
            False,
        ),
        # Round 20: the US government's share of licensed chip sales to China ...
        ("ABD hükümeti, Nvidia'nın Çin'e sattığı çiplerden yüzde 15 komisyon alacak.", "export_controls", True),
        (
            "Nvidia und AMD sollen 15 Prozent ihrer Umsätze aus dem Verkauf von KI-Chips nach China an die "
            "US-Regierung abführen.",
            "export_controls",
            True,
        ),
        # ... not a percentage of growth, nor a price cut, nor a share of chips bought, nor a tariff.
        (
            "Xiaomi, the Chinese phone maker, will cut prices by 15% on its smartphones with Qualcomm chips, the "
            "government-backed newspaper said.",
            "export_controls",
            False,
        ),
        (
            "Alibaba said cloud revenue grew 25% and that a share of the AI chips it buys still comes from Nvidia; "
            "Beijing officials praised the results.",
            "export_controls",
            False,
        ),
        ("Nvidia'nın Çin'deki çip satışları yüzde 15 arttı, hükümet verileri gösterdi.", "export_controls", False),
        (
            "The US will impose a 25% tariff on chips imported from China, the government said, taking a cut of "
            "the trade.",
            "export_controls",
            False,
        ),
        # Round 20: China resuming exports of chips (Nexperia), in the Romanian subjunctive.
        (
            "Olanda este dispusă să facă acest pas dacă China decide să reia exporturile de cipuri critice.",
            "export_controls",
            True,
        ),
        # Round 20's holdout: a car plant shut for want of chips is a shortage, not a control.
        (
            "Volvo må midlertidigt lukke for bilproduktionen, da der ikke kan skaffes nok computerchips. Volvo er "
            "i dag kinesisk ejet.",
            "export_controls",
            False,
        ),
        # Round 21: Spain's AI Act supervisor named outright; the Act by its number beside California's law.
        # (Poland's, KRiBSI, written in the same way: named in the draft law that implements the Act.)
        ("Projekt ustawy przewiduje powołanie KRiBSI jako organu nadzoru rynku sztucznej inteligencji.", "eu_ai", True),
        (
            "AESIA tendrá la capacidad de inspeccionar prácticas prohibidas en IA a partir del próximo 2 de febrero.",
            "eu_ai",
            True,
        ),
        (
            "Legea-cadru italiană aferentă Regulamentului (UE) nr. 2024/1689 și bill-ul SB-53 californian sunt modele "
            "de urmat.",
            "eu_ai",
            True,
        ),
        # ... and another country's AI law compared with the EU AI Act by that name counts too (session 39: the
        # labelling guide counts a comparison naming the EU's act as a mention; until then it stayed out on purpose).
        (
            "South Korea's AI Basic Act takes effect, the world's second comprehensive AI law after the EU AI Act.",
            "eu_ai",
            True,
        ),
        # Round 21: the Italian privacy regulator banning "the Chinese startup" in a DeepSeek story ...
        (
            "A inteligência artificial chinesa DeepSeek enfrenta problemas com falhas de segurança e leis de "
            "privacidade mundo afora. Na semana passada, pesquisadores descobriram um vazamento de informações de "
            "usuários, identificaram vulnerabilidades e criticaram a coleta excessiva de dados por parte da "
            "plataforma. Na sexta-feira, o regulador italiano de proteção de dados proibiu a atuação da startup "
            "chinesa no país.",
            "eu_ai",
            True,
        ),
        # ... not the same regulator banning telemarketing.
        (
            "O regulador italiano de proteção de dados proibiu o telemarketing agressivo de uma operadora de energia.",
            "eu_ai",
            False,
        ),
        # Round 21's holdout: a harder line (Czech) and a city's Covid lockdown (Japanese) are not trade restrictions.
        (
            "ASML investuje do Mistral AI v době, kdy prezident Donald Trump zpřísnil postup vůči zemím, jež oslabují "
            "americké zájmy, a Čína vyrábí čipy.",
            "export_controls",
            False,
        ),
        (
            "東京エレクトロンの決算は、中国の都市封鎖に伴う物流の混乱で半導体製造装置の出荷に遅れが生じた。",
            "export_controls",
            False,
        ),
        # Round 22: an "export tax" of 15 % on chip sales to China, the government 20 words away ...
        (
            "No entanto, a empresa continua a enfrentar dificuldades no mercado chinês. Apesar das novas regras que "
            "permitem a venda de chips à China mediante um imposto de exportação de 15%, a incerteza sobre o regime "
            "e a desincentivação por parte do governo chinês impediram qualquer venda de chips H20 no último "
            "trimestre.",
            "export_controls",
            True,
        ),
        # ... but not on soybeans.
        (
            "A Argentina cobra um imposto de exportação de 15% sobre a soja vendida à China, disse o governo.",
            "export_controls",
            False,
        ),
        # Round 22: Beijing keeping Nvidia's chips out: customs told not to let them in, a government warning
        # against their use, a firm made to give them up ...
        (
            "Chinesische Zollbehörden haben Agenten in dieser Woche angewiesen, Nvidias KI-Chip H200 nicht ins Land "
            "zu lassen.",
            "export_controls",
            True,
        ),
        (
            "Le gouvernement chinois vient de mettre en garde contre l'utilisation des puces H20 de NVIDIA.",
            "export_controls",
            True,
        ),
        (
            "Le autorità di Pechino hanno imposto alla società di ridurre la dipendenza dall'estero e di rinunciare "
            "all'utilizzo delle GPU Nvidia.",
            "export_controls",
            True,
        ),
        # ... while analysts warning against a use are no government.
        (
            "Des analystes mettent en garde contre l'utilisation excessive des puces de Nvidia par les start-up en "
            "Chine.",
            "export_controls",
            False,
        ),
        # Round 22: China restricting the world's access to its rare earths, not only their export ...
        (
            "Chiny ogłosiły wprowadzenie ograniczeń w dostępie całego świata do chińskiego sektora metali ziem "
            "rzadkich.",
            "export_controls",
            True,
        ),
        # ... while access to them as such is no restriction.
        (
            "Chiny odpowiadają za 70 proc. wydobycia metali ziem rzadkich, a dostęp do nich jest kluczowy dla "
            "przemysłu.",
            "export_controls",
            False,
        ),
        # Round 23: Beijing telling firms to avoid buying Nvidia's chips, in the words of three languages ...
        (
            "Η κινεζική κυβέρνηση ζήτησε από τις εταιρείες να αποφεύγουν να αγοράζουν τα τσιπ H20 της Nvidia για "
            "λόγους ασφαλείας.",
            "export_controls",
            True,
        ),
        (
            "Peking hat die großen Internetkonzerne angewiesen, Käufe zu vermeiden: Nvidias H20-Chips sollen nicht "
            "mehr bestellt werden.",
            "export_controls",
            True,
        ),
        (
            "O governo chinês orientou as empresas a evitar a compra dos chips H20 da Nvidia, segundo a imprensa.",
            "export_controls",
            True,
        ),
        # ... while "US$" is a currency, not Washington: an inventory release in an earnings report is no licence.
        (
            "No trimestre, a Nvidia se beneficiou da liberação de US$ 180 milhões em estoque de chips H20, vendidos "
            "a um cliente fora da China.",
            "export_controls",
            False,
        ),
        # Round 23: South Korea's data-protection office, described in the words of the Czech (or Polish) one's
        # name, is not an EU authority; the Czech office itself still is.
        (
            "Jihokorejský úřad pro ochranu osobních údajů zjistil, že aplikace DeepSeek posílala data uživatelů do "
            "Číny.",
            "eu_ai",
            False,
        ),
        (
            "Český Úřad pro ochranu osobních údajů prověřuje aplikaci DeepSeek a její předávání dat do Číny.",
            "eu_ai",
            True,
        ),
        ("Południowokoreański urząd ochrony danych osobowych zawiesił pobieranie aplikacji DeepSeek.", "eu_ai", False),
        # Round 23's holdout (disclosed): chips called sanctioned or banned in a DeepSeek story, no China word near ...
        (
            "Deepseek hat sein neues Modell verschoben: Wegen technischer Probleme musste das Unternehmen für das "
            "Training wieder auf die bewährten, aber sanktionsbelegten Chips von Nvidia zurückgreifen.",
            "export_controls",
            True,
        ),
        (
            "Selon la presse, DeepSeek aurait entraîné son nouveau modèle sur des puces Nvidia interdites.",
            "export_controls",
            True,
        ),
        # ... while a ban that is not beside the chip word is none.
        (
            "In Shanghai, DeepSeek's engineers discussed which chips they would use next year, while some apps remain "
            "banned in schools.",
            "export_controls",
            False,
        ),
        # Finland's deputy data-protection ombudsman is the Finnish authority too.
        (
            "Apulaistietosuojavaltuutettu antoi poliisille huomautuksen Clearview-kasvojentunnistusohjelman käytöstä.",
            "eu_ai",
            True,
        ),
        # Round 24: Beijing telling firms "not to buy" Nvidia's chips in Chinese ...
        ("中國當局要求國內科技公司不買輝達的H20晶片。", "export_controls", True),
        ("北京告诉科技企业不要买英伟达的H20芯片，理由是安全风险。", "export_controls", True),
        # ... while a country blocking DeepSeek's app, in a story that names Nvidia's shares, restricts no trade.
        (
            "Debiut DeepSeeka pogrążył akcje Nvidii, a kolejne kraje wprowadzały blokady aplikacji z Chin na "
            "urządzeniach rządowych.",
            "export_controls",
            False,
        ),
        (
            "DeepSeek's debut knocked Nvidia shares; weeks later Taiwan banned the app on government devices, citing "
            "Chinese data laws.",
            "export_controls",
            False,
        ),
        # Round 24's holdout (disclosed): "due to US regulation" in Japanese, beside a chip and China ...
        ("米国の規制により、中国市場向けに設計されたGPU「H20」の販売は今期もゼロだった。", "export_controls", True),
        # ... and not beside cars.
        ("米国の規制により、輸入車の販売価格が上昇したと業界団体は指摘した。", "export_controls", False),
        # After round 24: the EU itself investing in AI (InvestAI without its name) ...
        (
            "Die EU will 200 Milliarden Euro in künstliche Intelligenz investieren, kündigte Ursula von der Leyen in "
            "Paris an.",
            "eu_ai",
            True,
        ),
        (
            "Evropská unie hodlá iniciovat investice do rozvoje umělé inteligence v hodnotě 200 miliard eur.",
            "eu_ai",
            True,
        ),
        # ... while a company or its investors investing in AI "in the EU" is no EU policy.
        (
            "Amazon kündigte an, bis 2026 in der EU 15 Milliarden Euro in KI-Rechenzentren zu investieren.",
            "eu_ai",
            False,
        ),
        (
            "Mistral AI raised 600 million euros from European investors to expand its artificial intelligence models "
            "in the EU.",
            "eu_ai",
            False,
        ),
        (
            "Deutsche Telekom will gemeinsam mit Partnern eine Milliarde Euro in eine KI-Cloud investieren; die "
            "EU-Kommission begrüßte den Schritt.",
            "eu_ai",
            False,
        ),
        (
            "China will invest $50 billion in artificial intelligence, a move the European Union called a challenge.",
            "eu_ai",
            False,
        ),
        (
            "La Comisión Europea anunció un plan de 200.000 millones de euros para invertir en inteligencia "
            "artificial.",
            "eu_ai",
            True,
        ),
        # Round 25's holdout (disclosed) and round 23's: the GDPR named as the model of another country's law is no
        # EU action, however close to an AI app ...
        (
            "개인정보보호위원회는 17일 딥시크 앱의 국내 서비스가 잠정 중단됐다고 발표했다. 이번 조치는 국내 개인정보 "
            "보호법 준수를 위한 것이다. 보호법은 기업이 개인정보를 처리하는 방식에 대한 기준을 정하는 법률이며, 한국의 "
            "보호법은 유럽연합(EU)의 GDPR과 유사한 수준으로 엄격하다.",
            "eu_ai",
            False,
        ),
        (
            "Clearview AI:n tekoäly tunnistaa kasvot. Tietojen pyyntö onnistui EU:n gdpr-tietosuoja-asetusta "
            "muistuttavan Kalifornian lain ansiosta.",
            "eu_ai",
            False,
        ),
        # ... while the GDPR broken by an AI service still is.
        (
            "Clearview AI's facial recognition broke the GDPR, the Dutch data protection authority said, fining the "
            "company.",
            "eu_ai",
            True,
        ),
        # Round 26's holdout (disclosed): a state halting exports of chips, without a restriction word ...
        (
            "De Chinese overheid heeft de export van chips van Nexperia voorlopig stilgelegd, meldt de krant.",
            "export_controls",
            True,
        ),
        (
            "Die chinesische Regierung hat die Ausfuhr von Nexperia-Chips bis auf Weiteres eingestellt.",
            "export_controls",
            True,
        ),
        # ... a ban on imports is the other direction of trade ...
        (
            "Partiet vil have et forbud mod import af kinesisk teknologi til EU, der kan udgøre en sikkerhedsrisiko "
            "for borgerne.",
            "export_controls",
            False,
        ),
        # ... and 加碼 alone is stepping up anything, here investment in American fabs.
        ("輝達股價上漲。分析師指出，科技巨頭積極加碼美國設廠，中國市場的晶片需求依然強勁。", "export_controls", False),
        # Round 27: an export licence right beside China, the minerals named far before it ...
        (
            "Rare earths are needed for electric cars, phones and weapons. German companies say their order books are "
            "full, but their suppliers are worried about the winter, about energy prices and about the shortage of "
            "skilled workers, which has grown every year since the pandemic and which no government programme has "
            "solved so far. In exchange for an export licence, China asks for production schedules and customer data.",
            "export_controls",
            True,
        ),
        # ... and, from its holdout (disclosed), a chip cut down for China, told without a control word.
        (
            "딥시크는 엔비디아가 중국 수출용으로 성능을 낮춰 출시한 H800으로 모델을 훈련한 것으로 알려졌다.",
            "export_controls",
            True,
        ),
        (
            "Xiaomi launched a China-only version of its phone with a Qualcomm Snapdragon chip this week.",
            "export_controls",
            False,
        ),
        # Round 28: the agency that runs the controls letting a listed firm buy, an AI app by name ...
        (
            "Le département américain du Commerce permettra à Huawei d'acheter des produits américains pour maintenir "
            "ses réseaux.",
            "export_controls",
            True,
        ),
        ("Il Garante della privacy ha bloccato l'app Clothoff per gli utenti italiani.", "eu_ai", True),
        # ... and, from its holdout (disclosed): von der Leyen in Chinese, EU money "allocated", rare earths scarce.
        ("冯德莱恩承诺从欧盟预算中额外拨款200亿欧元，用于欧洲人工智能行业发展。", "eu_ai", True),
        (
            "China verknappt die Ausfuhr Seltener Erden, ohne die kein leistungsstarker Magnet auskommt.",
            "export_controls",
            True,
        ),
        # Invented after round 28: an export ban on farm or fuel goods is no technology control, whatever else the
        # text says about technology, while a control on chips beside another good still is.
        (
            "China extended its export ban on urea fertiliser to keep domestic prices low. Farmers use new technology "
            "to save fertiliser, the report said.",
            "export_controls",
            False,
        ),
        (
            "Indien verhängte ein Exportverbot für Reis, um die Preise im Inland zu senken; die Technologie der Bauern "
            "hilft wenig.",
            "export_controls",
            False,
        ),
        (
            "The US export controls on Nvidia's H20 chips hit sales in China, while wheat exports rose.",
            "export_controls",
            True,
        ),
        # Invented after round 28 (ninth session): chips stopped by a disaster or a strike, and medicines, scrap or
        # weapons as the goods, are no technology control; chips in weapons despite the controls still are.
        (
            "After the quake, Taiwan's semiconductor exports to China were suspended while fabs were inspected.",
            "export_controls",
            False,
        ),
        ("Ein Streik im Hafen stoppte die Ausfuhr von Chips nach China für drei Tage.", "export_controls", False),
        (
            "Beijing restricted exports of vaccines to Europe, saying its production technology is strategic.",
            "export_controls",
            False,
        ),
        (
            "Peking verhängt Exportkontrollen für Waffen und Rüstungstechnologie, Drohnen inklusive.",
            "export_controls",
            False,
        ),
        (
            "Western chips still end up in Russian weapons despite export controls, the researchers said.",
            "export_controls",
            True,
        ),
        # ... while an earthquake as a metaphor for the controls' effect vetoes nothing.
        (
            "Las restricciones de Washington a la exportación de chips hacia China son un terremoto para AMD.",
            "export_controls",
            True,
        ),
        ("美国限制英伟达芯片对华出口，此举在芯片行业引发地震。", "export_controls", True),
        # ... and goods listed beside a control in a trade deal veto nothing: only the goods a control names do.
        (
            "The deal covers Washington's export controls on chips, China's soybean purchases and pharmaceutical "
            "tariffs.",
            "export_controls",
            True,
        ),
        # Round 29's tuning half: GPUs smuggled into China to dodge its VAT, the Pentagon's investment blacklist, and
        # AI factories with "AI" in Greek capitals; from its holdout (disclosed): the omnibus's AI words 40 words on.
        (
            "Smugglers hid Nvidia graphics cards among frozen fish to bring them into China without paying VAT, "
            "customs said.",
            "export_controls",
            False,
        ),
        (
            "Washington will add the chipmaker SMIC to the Pentagon's blacklist of firms tied to China's army, cutting "
            "them off from US investors.",
            "export_controls",
            False,
        ),
        ("Η Κομισιόν χρηματοδοτεί νέα εργοστάσια ΑΙ σε επτά χώρες της ΕΕ.", "eu_ai", True),
        # Round 30's tuning half: the EU's Greek abbreviation without its final dot.
        ("Η Ελλάδα αποκτά ένα από τα νέα εργοστάσια τεχνητής νοημοσύνης της Ε.Ε, στο Λαύριο.", "eu_ai", True),
        # Round 31's tuning half: the AI diffusion rule's caps as a "limit on purchases" of AI chips; and (invented
        # beside it) a shop's per-customer limit on graphics cards is no trade control.
        (
            "A Polónia ficou na lista de países a que Washington impôs um limite à compra de chips de IA da Nvidia.",
            "export_controls",
            True,
        ),
        (
            "Best Buy restricted purchases of Nvidia graphics cards to two per customer in the US after the launch.",
            "export_controls",
            False,
        ),
        # Round 32's tuning half: chips smuggled past Hong Kong's or China's own customs; from its holdout (disclosed):
        # Indonesia's nickel-ore export ban in a Chinese outlet, and chips whose "access is restricted" in Korean.
        (
            "Hong Kong customs caught a man trying to smuggle 300 Intel processors from Macau strapped to his legs.",
            "export_controls",
            False,
        ),
        (
            "【中国有色网讯】印尼重申镍矿出口禁令不会改变，并将在世贸组织就欧盟的申诉进行抗辩，以发展本国电池产业。",
            "export_controls",
            False,
        ),
        ("중국처럼 첨단 칩에 대한 접근이 제한된 나라에서는 이 기술이 특히 중요하다.", "export_controls", True),
        # Round 33's holdout (disclosed): Japan's catch-all controls by name, and chips whose "use is restricted" in
        # Korean; (invented) power rationing at chip plants in China restricts no chip.
        ("経産省はキャッチオール規制を改正し、装置メーカーに新たな確認手続きを求めた。", "export_controls", True),
        ("중국 스타트업은 첨단 반도체 사용이 제한된 환경에서도 경쟁력 있는 모델을 내놨다.", "export_controls", True),
        ("중국 쓰촨성에서 전력 사용이 제한되면서 반도체 공장들이 가동을 멈췄다.", "export_controls", False),
        (
            'The package, called the "Digital Omnibus", will be unveiled next Wednesday in Brussels by the EU\'s tech '
            "chief Henna Virkkunen after months of lobbying. Among the proposed changes is a one-year pause for the "
            "registration duties of the systems of AI that are deemed high risk.",
            "eu_ai",
            True,
        ),
        # Round 34: chips rerouted to China and Italian "trasferimento illegale", German "eingeschränkt", the Korean
        # spelling 딥식; (holdout, disclosed) staff barred from using an app and "more tightly integrate" are no
        # controls; (invented) diverted capacity and hacking are neither.
        (
            "Prosecutors say the two men bought Nvidia servers in Malaysia and then rerouted them to China.",
            "export_controls",
            True,
        ),
        (
            "Die Regierung in Washington hat den Verkauf der H20-Chips nach China stark eingeschränkt.",
            "export_controls",
            True,
        ),
        ("Tre uomini sono accusati del trasferimento illegale di chip Nvidia verso la Cina.", "export_controls", True),
        ("중국 스타트업 딥식이 새 추론 모델을 공개했다.", "deepseek", True),
        ("TSMC diverted capacity to AI chips as demand from Chinese phone makers slowed.", "export_controls", False),
        (
            "Chinese hackers illegally accessed chip designs at a Taiwanese supplier, prosecutors said.",
            "export_controls",
            False,
        ),
        (
            "Das US-Handelsministerium untersagt seinen Mitarbeitern die Nutzung der chinesischen KI-App DeepSeek auf "
            "Dienstlaptops.",
            "export_controls",
            False,
        ),
        (
            "Nvidia plans to use its own AI to more tightly integrate U.S. chip production lines.",
            "export_controls",
            False,
        ),
        # Round 35: a state's approval of chip shipments to any country, "export clearance", chips to be sold "nach
        # China" in talks with the US government, European regulators listed in an Australian DeepSeek story, and
        # Canada keeping Huawei out of its telecom systems (no control); (holdout, disclosed) the Commission's AI
        # bill as "Gesetzesvorschlag" and "réglementer l'IA"; (invented) board approvals and plant approvals.
        (
            "Microsoft is shipping thousands of Nvidia chips to the UAE with US government approval.",
            "export_controls",
            True,
        ),
        ("The Saudi startup is seeking U.S. export clearance for 18,000 Nvidia accelerators.", "export_controls", True),
        (
            "Nvidia spricht mit der US-Regierung darüber, Blackwell-Chips nach China zu verkaufen.",
            "export_controls",
            True,
        ),
        (
            "Le Canada va interdire les produits de Huawei et ZTE dans ses systèmes de télécommunication, a "
            "annoncé le gouvernement.",
            "export_controls",
            False,
        ),
        ("Die EU-Kommission hat einen Gesetzesvorschlag gegen Massenüberwachung durch KI vorgelegt.", "eu_ai", True),
        ("La Commission européenne veut réglementer l'IA avec une nouvelle proposition.", "eu_ai", True),
        (
            "El Consejo de Administración aprobó una recompra de acciones; la empresa no prevé ningún envío "
            "de chips H20 hacia China.",
            "export_controls",
            False,
        ),
        (
            "The government approved the new chip plant in Ohio, and Intel will start shipping wafers in 2027.",
            "export_controls",
            False,
        ),
        (
            "Canberra has banned DeepSeek from all federal government devices. Australia's privacy watchdog "
            "has contacted its counterparts: since the app launched, regulators in Italy, the Netherlands, "
            "Ireland, Belgium and South Korea have said they will look into possible privacy risks.",
            "eu_ai",
            True,
        ),
        # Round 36: Nvidia "in talks with the US government" over chip sales to China (German "Verkäufe" was no sale
        # word), German export licences for lasers, Korea's "national core technologies"; not chip export figures,
        # analysts weighing, a "trade crackdown" on imports or CHIPS Act funding; (holdout, disclosed) the Council
        # of Europe is not the EU, and AI "gigafactories" in quotes.
        (
            "Jensen Huang spricht mit der US-Regierung über mögliche Verkäufe von Blackwell-Chips nach China.",
            "export_controls",
            True,
        ),
        ("Chip exports to China rose 20 percent last year, U.S. government data showed.", "export_controls", False),
        (
            "Analysts discuss whether Samsung's chip sales to China will recover next year, a Washington "
            "think tank said.",
            "export_controls",
            False,
        ),
        (
            "Trumpf wartet seit Monaten auf Exportgenehmigungen für Lasersysteme, die nach China gehen sollen.",
            "export_controls",
            True,
        ),
        (
            "The Korean government approved the sale of national core technologies to foreign companies in 21 cases.",
            "export_controls",
            True,
        ),
        (
            "Trump's trade crackdown puts U.S. chip imports from Taiwan under historic scrutiny.",
            "export_controls",
            False,
        ),
        (
            "The Commerce Department approved CHIPS Act funding for Micron, which will supply memory chips "
            "to carmakers.",
            "export_controls",
            False,
        ),
        (
            "Die Schweiz will die KI-Konvention des Europarats ratifizieren und die Regulierung von KI in "
            "einzelnen Bereichen anpassen.",
            "eu_ai",
            False,
        ),
        (
            'The EU is backing a €20 billion fund for AI "gigafactories," with France, Germany, the UK, '
            "Italy and Spain rolling out new computing centres.",
            "eu_ai",
            True,
        ),
        # Round 37's holdout (disclosed): Korea's AI law by its long English name, Australia's "mandatory
        # guardrails" and Swiss AI regulation name the EU's AI Act as a model: a mention since session 39.
        (
            'South Korea passed the "Basic Act on the Development of Artificial Intelligence and '
            "Establishment of Trust\", following the EU AI Act as the world's second comprehensive AI law.",
            "eu_ai",
            True,
        ),
        (
            "Australia's government proposed mandatory guardrails for high-risk AI, drawing on the European "
            "Union's AI Act.",
            "eu_ai",
            True,
        ),
        (
            "Die Schweizer KI-Regulierung soll sich am AI Act der EU orientieren, aber eigene Wege gehen.",
            "eu_ai",
            True,
        ),
        # Round 38: the EU itself banning uses of AI, not an EU institution banning an app on staff devices;
        # (holdout, disclosed) a government's licences for jet engines to China, not a company's licence to sell
        # software to Chinese banks.
        (
            "Today in European tech: EU wants to ban use of AI for surveillance, and a Swiss medtech firm "
            "raises $115 million.",
            "eu_ai",
            True,
        ),
        ("The European Commission banned the DeepSeek app on staff devices over AI security concerns.", "eu_ai", False),
        (
            "Commerce lifted the license suspensions and allowed GE to ship jet engines to China again.",
            "export_controls",
            True,
        ),
        (
            "Microsoft won a license to sell cloud software to Chinese banks through its local partner.",
            "export_controls",
            False,
        ),
        # (invented, after round 39) a ban and the next clause's AI are not the EU banning AI; a competition
        # authority fining an AI app is not data-protection enforcement; oil sanctions beside a chip share price
        # are no technology control.
        (
            "The EU imposed sanctions on Russian oil tankers of the shadow fleet; Nvidia shares rose.",
            "export_controls",
            False,
        ),
        (
            "Italy's antitrust authority fined DeepSeek for failing to warn users that its chatbot may invent facts "
            "about personal data.",
            "eu_ai",
            False,
        ),
        ("Die EU verbietet Einwegplastik ab 2026, KI soll beim Recycling helfen.", "eu_ai", False),
        ("EU bans AI systems that manipulate behaviour, such as social scoring, from February.", "eu_ai", True),
        # A battery maker's "AI-driven gigafactory" with EU money is no EU AI policy: the gigafactory words live in
        # one rule only, the one with the battery and Tesla vetoes; the EU's AI gigafactories still pass.
        (
            "Northvolt's AI-driven gigafactory received EU funding last year, before the battery maker went bankrupt.",
            "eu_ai",
            False,
        ),
        ("欧盟计划投资200亿欧元建设人工智能千兆工厂。", "eu_ai", True),
        ("La Commission européenne veut financer des gigafabriques d'IA dans l'Union européenne.", "eu_ai", True),
        # Round 40 (Nordic, Central and South-East European, CJK, Romance): Finnish and Swedish customs (Tulli, Tullen)
        # are not tariffs; 'må ikke' (must not) and Swedish 'billigt' (cheaply) are no restriction or approval;
        # fighter-jet parts are arms; a newspaper's seat is no other country's AI law; the EU's white paper
        # and 'European approach to AI' are EU AI policy.
        (
            "DeepSeek dépasse ChatGPT en téléchargements sur l’App Store, reflet d'une montée en puissance "
            "chinoise malgré les restrictions américaines sur les semi-conducteurs.",
            "export_controls",
            True,
        ),
        ("韩国《人工智能框架法案》将于2026年生效,与欧盟《人工智能法案》相比执法方式更为温和。", "eu_ai", True),
        (
            "De minister voor Buitenlandse Handel gaf opnieuw een vergunning voor de uitvoer van onderdelen voor "
            "de F-35 naar Israël.",
            "export_controls",
            False,
        ),
        (
            "Chińscy celnicy złapali mężczyznę, który próbował przemycić 239 procesorów Intela bez opłacenia podatków.",
            "export_controls",
            False,
        ),
        (
            "Birleşik Krallık merkezli Financial Times, Avrupa Komisyonu'nun yüz tanıma teknolojisini kısıtlayan "
            "yeni bir yapay zeka düzenlemesi hazırladığını yazdı.",
            "eu_ai",
            True,
        ),
        (
            "Tulli epäilee, että pakotteiden alaisia mikrokontrollereita ja puolijohdekomponentteja on päätynyt "
            "Venäjälle.",
            "export_controls",
            True,
        ),
        ("Yhdysvallat asettaa 25 prosentin tullit kiinalaisille siruille.", "export_controls", False),
        (
            "Tullen misstänker att varor som omfattas av sanktioner, bland annat mikrokontrollrar och "
            "halvledarkomponenter, har hamnat i Ryssland.",
            "export_controls",
            True,
        ),
        ("»Det må ikke tage måneder,« siger USA's handelsminister om manglen på chips.", "export_controls", False),
        ("Chippen från Kina säljs billigt i Sverige.", "export_controls", False),
        (
            "Comunicarea Comisiei privind promovarea unei abordări europene în domeniul inteligenței artificiale "
            "a însoțit propunerea.",
            "eu_ai",
            True,
        ),
        (
            "Os EUA prenderam cidadãos chineses acusados de descumprirem as normas estabelecidas para a "
            "exportação de chips da Nvidia.",
            "export_controls",
            True,
        ),
        ("Η Ευρωπαϊκή Επιτροπή ενέκρινε τη Λευκή Βίβλο για την Τεχνητή Νοημοσύνη.", "eu_ai", True),
        # Words of one language that are another's common words (found by scanning every labelled text for terms
        # of other languages' lists): Swedish "lag" (law) is English/German "lag"; Polish "Unii" (of the Union) is
        # Romanian "unii" (some); French "saisi" (seized) is Finnish "saisi" (would get); Hungarian "vám" (duty)
        # is Slovak "vám" (to you).
        ("European AI startups still lag behind their US rivals in funding, the EU report says.", "eu_ai", False),
        (
            "Parlamentul a adoptat o lege privind inteligența artificială și deepfake-urile; unii deputați au "
            "criticat textul.",
            "eu_ai",
            False,
        ),
        ("Suomi saisi uuden sirutehtaan, jos yhtiö saa rahoitusta, kertoo toimitusjohtaja.", "export_controls", False),
        ("USA zakázali vývoz čipov Nvidia H20 do Číny, povieme vám viac o dôsledkoch.", "export_controls", True),
        ("A 25 százalékos vám a kínai chipekre korlátozza az importot, mondta Trump.", "export_controls", False),
        # Round 41: an article on another country's AI law that compares it with the EU AI Act four times mentions
        # the EU's act (not counted until session 39); the EU weighing a facial-recognition ban is EU news; Berlin
        # blocking a factory sale, import curbs under Section 232, the seizure of Nexperia and arms licences are no
        # export controls; the Irish DPC in French and Italy's "Guarantor" are data-protection authorities.
        (
            "Korea passed the AI Basic Act, following in the footsteps of the EU AI Act. Its tiered "
            "approach is reminiscent of the EU AI Act, and similar to the EU AI Act it regulates high-impact "
            "systems; this parallels the EU AI Act's high-risk label.",
            "eu_ai",
            True,
        ),
        (
            "Uniunea Europeană analizează interzicerea tehnologiei de recunoaştere facială în zone publice "
            "timp de până la cinci ani.",
            "eu_ai",
            True,
        ),
        (
            "Les autorités chinoises demandent aux sociétés d'éviter le plus possible d'utiliser les puces "
            "H20 de Nvidia.",
            "export_controls",
            True,
        ),
        (
            "Berlín zablokoval prodej továrny na čipy do automobilových součástek společnosti s vazbami na Čínu.",
            "export_controls",
            False,
        ),
        (
            "La medida se aplicaría bajo la Sección 232, una normativa que permite restringir importaciones "
            "de semiconductores consideradas una amenaza.",
            "export_controls",
            False,
        ),
        (
            "Hollanda hükümeti, Çinli Wingtech'in sahibi olduğu çip üreticisi Nexperia'ya 30 Eylül'de el "
            "koyarak faaliyetlerini kontrol altına almıştı.",
            "export_controls",
            False,
        ),
        (
            "German authorities approved export licences for weapons and military equipment worth 303 "
            "million euros to Israel.",
            "export_controls",
            False,
        ),
        (
            "Après discussion avec la Commission irlandaise de protection des données, Meta utilisera les "
            "contenus publics des utilisateurs européens pour entraîner ses systèmes d'IA.",
            "eu_ai",
            True,
        ),
        (
            "The Guarantor ordered the AI chatbot Replika to stop processing Italian users' data under the "
            "European privacy regulation.",
            "eu_ai",
            True,
        ),
        # Round 42: "abschotten" (to seal off) is a restriction when the US seals China off from chips, not when a
        # market is sealed off from Chinese cars.
        ("Die USA schotten China von den neusten KI-Chips von Nvidia ab.", "export_controls", True),
        # Round 43: export licences named in one clause of a chip-equipment maker's earnings report, far from the
        # chip word, count; licences for weapons do not, whatever else the article names.
        (
            "Der Spezialmaschinenbauer für die Chipindustrie will mehr Aufträge hereinholen. Zudem soll vom Umsatz "
            "mehr Gewinn hängen bleiben als bislang avisiert. Dennoch wurde das Umsatzziel unverändert beibehalten. "
            "Als Grund nannte das Management, dass es zuletzt bei der Auslieferung fertiger Maschinen wegen noch "
            "fehlender Exportlizenzen gestockt habe.",
            "export_controls",
            True,
        ),
        (
            "Die Bundesregierung erteilte Exportgenehmigungen für Kriegswaffen und Panzer. Der Chiphersteller "
            "Infineon meldete Zahlen.",
            "export_controls",
            False,
        ),
        (
            "Die EU will ihren Markt vor billigen Elektroautos aus China abschotten, sagte der Kommissar.",
            "export_controls",
            False,
        ),
        # Round 44: restrictions on rare earths themselves, China nearby, without the word "export"; mining beside
        # the mineral is production. Shipment licences in a chip earnings story. German "Verschärfend hinzu kommt"
        # makes a shortage worse, it tightens no rule.
        (
            "Nu mai există restricții asupra pământurilor rare, a declarat Trump după întâlnirea cu Xi Jinping.",
            "export_controls",
            True,
        ),
        ("China restricts rare earth mining in Jiangxi to protect rivers, officials said.", "export_controls", False),
        (
            "AMD said it has received some shipment licenses for its MI308 chips and will ship when demand returns.",
            "export_controls",
            True,
        ),
        (
            "Den Autobauern fehlen Chips. Verschärfend hinzu kommen Engpässe der Halbleiterindustrie in Asien und "
            "den USA.",
            "export_controls",
            False,
        ),
        # Round 44's holdout: capitalised "Reglamento de IA" names the EU regulation in Spanish (lower case stays a
        # generic rule); Turkish "kontrolüne yönelik tedbirler" are measures to control rare earths.
        ("La obligación del artículo 4 del Reglamento de IA exige formar a los empleados.", "eu_ai", True),
        ("Chile prepara un reglamento de IA para su administración pública.", "eu_ai", False),
        (
            "Trump, Çin tarafının nadir toprak elementlerinin kontrolüne yönelik tedbirleri askıya alacağını söyledi.",
            "export_controls",
            True,
        ),
        # Round 45: the controls named as what a counter-move answers, past the merger words of an antitrust story;
        # from its holdout, China's access to chips beside the US rivalry, Microsoft's "AI Diffusion Report" (no
        # export rule) and goods made in limited quantities.
        (
            "Vyšetrovanie akvizície Mellanox podľa protimonopolného zákona bolo vnímané ako odveta za reštrikcie "
            "Washingtonu pri vývoze čipov do Číny.",
            "export_controls",
            True,
        ),
        (
            "Den kinesiske undersøgelse af Nvidias opkøb af Mellanox kom som reaktion på de seneste "
            "chip-handelsrestriktioner fra Washington.",
            "export_controls",
            True,
        ),
        (
            "Accesul Chinei la cipuri AI avansate rămâne un punct fierbinte în rivalitatea cu Statele Unite.",
            "export_controls",
            True,
        ),
        (
            "Podľa správy Microsoft AI Diffusion Report 2025 používa umelú inteligenciu 22 percent Slovákov.",
            "export_controls",
            False,
        ),
        (
            "Az Apple a Mac Pro modellt Texasban gyártja, korlátozott mennyiségben, amerikai és kínai chipekből.",
            "export_controls",
            False,
        ),
        # China telling firms to stop buying Nvidia's chips, reported beside the antitrust finding of the same day.
        (
            "Luni, autoritățile chineze au acuzat Nvidia de încălcarea legii antimonopol a țării. Autoritatea de "
            "reglementare a internetului a ordonat firmelor de top să oprească achizițiile de cipuri AI de la Nvidia.",
            "export_controls",
            True,
        ),
        (
            "China's market regulator said Nvidia violated antitrust law over the Mellanox deal. The internet "
            "regulator also told big tech firms to stop buying Nvidia's AI chips.",
            "export_controls",
            True,
        ),
        (
            "Chinas Marktaufsicht warf Nvidia einen Kartellverstoß vor. Die Internetbehörde wies zudem Tech-Konzerne "
            "an, keine Nvidia-Chips mehr zu kaufen.",
            "export_controls",
            True,
        ),
        # Round 47: a firm put on a sanctions list for exporting chips to Russia (Turkish "çipini"); Chile's
        # congressional "Comisión de Futuro" is no European Commission; from its holdout, a Danish "bandlysning" of
        # Huawei with licence applications sent to the "Commerce-afdelingen".
        (
            "Yaptırım listesine Türkiye'den iki şirket eklendi. Şirketin ABD'de üretilen bilgisayar çipini Rusya'ya "
            "ihraç ettiği belirtildi.",
            "export_controls",
            True,
        ),
        (
            "¡Chile avanza en la Regulación de la Inteligencia Artificial! La Cámara aprobó el informe de la Comisión "
            "de Futuro y envió el proyecto al Senado.",
            "eu_ai",
            False,
        ),
        (
            "La Comisión Europea presentó la Regulación de la Inteligencia Artificial, que prohíbe el reconocimiento "
            "facial en tiempo real.",
            "eu_ai",
            True,
        ),
        (
            "Over 130 ansøgninger om fritagelse fra bandlysningen af Huawei er sendt til US Commerce-afdelingen.",
            "export_controls",
            True,
        ),
        # Round 48: the EU's AI strategy, action plan or approach under no programme name (a country's own strategy
        # stays out); from its holdout, a Japanese "規則草案" (draft rules) and "E.U. data protection rules" with dots;
        # an invented negative: chip trade figures beside sanctions on Russian oil.
        (
            "Comisia Europeană pregătește o strategie dedicată dezvoltării inteligenței artificiale în Europa.",
            "eu_ai",
            True,
        ),
        (
            "Η προσέγγιση της ΕΕ όσον αφορά την τεχνητή νοημοσύνη επικεντρώνεται στην αριστεία και την εμπιστοσύνη.",
            "eu_ai",
            True,
        ),
        ("Az új nemzeti MI-stratégia szerint a kormány az EU szabályait követi.", "eu_ai", False),
        ("Germany's national AI strategy, agreed in Berlin, refers to EU rules only in passing.", "eu_ai", False),
        ("欧州委員会は21日、人工知能(AI)の利用に関する規則草案を発表した。", "eu_ai", True),
        # Since session 21 the GDPR named alone is no data-protection action: a case under it (a complaint, an
        # investigation, a fine) or an authority named is.
        (
            "The Norwegian Consumer Council filed a complaint saying Meta's plan to train artificial intelligence on"
            " users' posts breaches strict E.U. data protection rules.",
            "eu_ai",
            True,
        ),
        (
            "The Norwegian Consumer Council said Meta's plan to train artificial intelligence on users' posts breaches "
            "strict E.U. data protection rules.",
            "eu_ai",
            False,
        ),
        (
            "Companies whose staff use DeepSeek at work risk breaching the GDPR and losing customers' trust, security"
            " experts say.",
            "eu_ai",
            False,
        ),
        (
            "GDPR gilt auch für KI-Tools wie ChatGPT: Arbeitgeber müssen festlegen, welche Daten eingegeben werden"
            " dürfen.",
            "eu_ai",
            False,
        ),
        (
            "South Korea's chip exports to China rose 12 percent in May. Separately, Western sanctions on Russian oil "
            "tightened as the price cap fell.",
            "export_controls",
            False,
        ),
        # Round 49: Slovak "obísť" (bypass) only with what is circumvented; Chinese "不排除" (does not rule out) is
        # no exclusion; from its holdout, "不要出售" (not to sell) chipmaking tools to China.
        ("Investície do rozvoja čipového priemyslu EÚ nesmú obísť menšie členské krajiny.", "export_controls", False),
        ("Firmy sa pokúšali obísť sankcie a dostať čipy Nvidia do Číny.", "export_controls", True),
        ("荷兰经济大臣仍不排除在近期前往中国，讨论安世半导体的晶片问题。", "export_controls", False),
        ("美国对包括荷兰在内的盟友施压，要求他们不要出售先进半导体设备给中国。", "export_controls", True),
        # Round 50: Japan's AI promotion act by its Chinese names beside the EU Act as a comparison (a mention of the
        # EU's act since session 39);
        # from its holdout, Greek "Τ.Ν." (AI) with a regulation word and the EU, and Sweden's own AI commission
        # ("AI-kommissionen") is not the European Commission.
        ("日本《人工智能利用促进法》于5月通过，相比于《欧盟人工智能法案》的全面监管体系更为宽松。", "eu_ai", True),
        ("Ο προταθείς κανονισμός για την Τ.Ν. δεν αρκεί για την εργασία, λέει η Ε.Ε.", "eu_ai", True),
        ("Regeringen gav AI-kommissionen direktiv att inte lämna förslag om AI för skolan.", "eu_ai", False),
        # Round 51: "legal framework" words as law words (Slovak); Turkish "ihracat kontrol listesi" (export control
        # list) is the Entity List; Japan's AI law in Italian beside the EU's (a mention of the EU's since session
        # 39); from its holdout, Romanian "minerale rare" (rare minerals) under export controls.
        ("Komisia navrhuje historicky prvý právny rámec umelej inteligencie v EÚ.", "eu_ai", True),
        ("ABD Ticaret Bakanlığı 31 Çinli şirketi ihracat kontrol listesine ekledi.", "export_controls", True),
        (
            "La prima legge completa del Giappone sull’IA è più leggera della legge sull’IA dell’UE.",
            "eu_ai",
            True,
        ),
        (
            "Liderii chinezi au fost alarmați de reacția globală la controalele asupra exporturilor de minerale rare.",
            "export_controls",
            True,
        ),
        # Round 52: "export policy" on chips (Polish, English); not for steel and urea.
        (
            "Stany Zjednoczone zaktualizowały politykę wobec eksportu zaawansowanych chipów do Chin.",
            "export_controls",
            True,
        ),
        ("Washington tightened its export policy on advanced AI chips bound for China.", "export_controls", True),
        ("China changed its export policy for steel and urea, cutting tax rebates.", "export_controls", False),
        # After round 52, over every labelled set: a DPA acting on facial recognition with no AI service or AI word
        # (a school's attendance cameras, a stadium) is not AI news (six real texts labelled so, none otherwise);
        # the EU limiting facial recognition is the AI Act's biometric rules before their name.
        ("Datainspektionen gav en skola böter enligt GDPR för ansiktsigenkänning av elever.", "eu_ai", False),
        (
            "De Europese Commissie is van plan om het gebruik van gezichtsherkenning drastisch te limiteren.",
            "eu_ai",
            True,
        ),
        ("Die EU will die Gesichtserkennung im öffentlichen Raum stark einschränken.", "eu_ai", True),
        ("Die Polizei in Hessen will die Gesichtserkennung einschränken.", "eu_ai", False),
        # Round 53: Finnish chips that "flowed" or "ended up" in Russia; a temporary licence beside Huawei (Greek,
        # German), not beside a stadium.
        ("Venäjälle on virrannut amerikkalaisia mikrosiruja Suomen kautta.", "export_controls", True),
        ("Ammattilaiset ovat päätyneet Venäjälle töihin.", "export_controls", False),
        (
            "Η Huawei έχει προβλήματα με την λήξη της προσωρινής άδειας για συνεργασία με αμερικανικές εταιρείες.",
            "export_controls",
            True,
        ),
        ("Die vorläufige Lizenz für Geschäfte mit Huawei läuft im August aus.", "export_controls", True),
        ("Die vorläufige Lizenz für das neue Stadion läuft im August aus.", "export_controls", False),
        # Round 54: plural "inteligências artificiais"; "AIACT" written as one word; the EU's Cloud and AI
        # Development Act in Finnish; Denmark's party Enhedslisten is no Entity List; Swedish "begränsades
        # exporten"; EU funds for an AI hub eleven words on; "the state" taking a cut of chip sales to China; a
        # Commerce Secretary aiming export controls at China with no technology word.
        ("O Parlamento Europeu aprovou a primeira regulação das inteligências artificiais.", "eu_ai", True),
        ("O Brasil aprovou a primeira regulação das inteligências artificiais.", "eu_ai", False),
        ("Ο ορισμός του deepfake στον ευρωπαϊκό Κανονισμό AIACT είναι ευρύς.", "eu_ai", True),
        ("EU:n pilvi- ja tekoälykehityslain tavoitteena on kolminkertaistaa datakeskuskapasiteetti.", "eu_ai", True),
        ("Suomen uusi datakeskuslaki tulee voimaan ensi vuonna.", "eu_ai", False),
        (
            "Enhedslisten og Radikale Venstre er enige om aftalen om et værn mod digitale efterligninger og AI-chips.",
            "export_controls",
            False,
        ),
        ("Den 1 augusti begränsades exporten av sällsynta jordartsmetaller från Kina.", "export_controls", True),
        ("Den 1 augusti begränsades exporten av lax från Norge.", "export_controls", False),
        (
            "Η Ελλάδα έχει εξασφαλίσει επενδυτικά κονδύλια από την Ε.Ε. με στόχο να αναδειχθεί"
            " σε περιφερειακό κόμβο ΑΙ.",
            "eu_ai",
            True,
        ),
        (
            "Ο Λευκός Οίκος θα μπορούσε να επεκτείνει σε άλλους κλάδους τη χωρίς προηγούμενο συμφωνία που"
            " σύναψε με τις Nvidia και AMD η οποία προβλέπει να εισπράττει το κράτος το 15% των εσόδων"
            " από τις εξαγωγές τσιπ στην Κίνα.",
            "export_controls",
            True,
        ),
        ("Το κράτος εισπράττει το 15% των εσόδων από τις εξαγωγές ελαιολάδου στην Κίνα.", "export_controls", False),
        (
            "Handelsminister Gina Raimondo sa att USA planerar att rikta exportkontroller mot Kina.",
            "export_controls",
            True,
        ),
        (
            "Das Handelsministerium kündigte Exportkontrollen gegen Russland für Düngemittel an.",
            "export_controls",
            False,
        ),
        # Round 55: Swedish "AIförordning" without its hyphen; Japanese barriers to chip exports (not trade barriers).
        ("Polisen får använda ansiktsigenkänning i den utsträckning EU:s AIförordning medger.", "eu_ai", True),
        ("米国政府はAIチップの輸出障壁を緩和した。", "export_controls", True),
        ("中国は半導体の貿易障壁に直面している。", "export_controls", False),
        # Round 56: "Deep Seek" spaced beside ChatGPT or a Greek model word; microelectronics as a chip word;
        # Spanish "limitaciones" of Chinese chips are shortcomings; a reprint notice's 許可 is no licence; Italy's
        # own AI law "as the first EU country" is national law.
        ("Το Deep Seek είναι όπως και ChatGPT, ένα μεγάλο μοντέλο.", "deepseek", True),
        ("Το Deep Seek είναι το όνομα μιας ταινίας για τον ωκεανό.", "deepseek", False),
        (
            "Κατηγορείται για παράνομη εξαγωγή στη Ρωσία ειδών μικροηλεκτρονικής τεχνολογίας αμερικανικής κατασκευής.",
            "export_controls",
            True,
        ),
        ("He is charged with illegally exporting US microelectronics to Russia.", "export_controls", True),
        (
            "Los expertos señalan las limitaciones actuales de los semiconductores chinos para tareas de alto"
            " rendimiento, pese a los esfuerzos de Pekín.",
            "export_controls",
            False,
        ),
        ("Washington impuso limitaciones a la exportación de chips de Nvidia a China.", "export_controls", True),
        (
            "本記事は経済産業省が運営するMETI Journalに掲載された記事を、許可を得て掲載しています。"
            "半導体スタートアップの技術について。",
            "export_controls",
            False,
        ),
        (
            "Η Ιταλία έγινε η πρώτη χώρα της Ευρωπαϊκής Ένωσης που ενέκρινε ένα ολοκληρωμένο νομικό πλαίσιο για τη"
            " ρύθμιση της τεχνητής νοημοσύνης.",
            "eu_ai",
            False,
        ),
        # After round 56, from earlier rounds' Greek misses: a permission 11 words from the purchase word; a deal
        # with China on rare earths (the Busan truce on China's controls), not a mining or Pentagon deal.
        (
            "Η Κίνα έδωσε το «πράσινο φως» σε τρεις από τις μεγαλύτερες εταιρείες τεχνολογίας της για να αγοράσουν"
            " τα τσιπ H200 της Nvidia.",
            "export_controls",
            True,
        ),
        ("Trump said the one-year deal with China on rare earths will be renewed every year.", "export_controls", True),
        (
            "Ο Τραμπ δήλωσε ότι κατέληξε σε συμφωνία ενός έτους με την Κίνα για τις σπάνιες γαίες.",
            "export_controls",
            True,
        ),
        (
            "Lynas signed a deal with the Pentagon on rare earths to reduce US dependence on China.",
            "export_controls",
            False,
        ),
        ("China and Myanmar signed a rare earth mining deal on Tuesday.", "export_controls", False),
        # Round 57: technology exported illegally to Russia (not only chips), not personal data sent to China; the
        # Commission's High-Level Expert Group on AI by name.
        (
            "Οι ΗΠΑ τον κατηγορούν ότι εξήγαγε παράνομα τεχνολογίες για στρατιωτική και πολιτική χρήση στη Ρωσία.",
            "export_controls",
            True,
        ),
        ("The app illegally exported users' personal data to China, regulators said.", "export_controls", False),
        (
            "Όπως επισημαίνεται στις συστάσεις της ομάδας εμπειρογνωμόνων υψηλού επιπέδου της Ευρωπαϊκής Επιτροπής για"
            " την τεχνητή νοημοσύνη, η χρήση καλύπτεται ήδη.",
            "eu_ai",
            True,
        ),
        ("The High-Level Expert Group on Artificial Intelligence published its recommendations.", "eu_ai", True),
        (
            "Η κυβέρνηση της Κύπρου συγκρότησε ομάδα εμπειρογνωμόνων υψηλού επιπέδου για την ψηφιακή πολιτική.",
            "eu_ai",
            False,
        ),
        # Round 58: "rare metals" in Greek; Italian "limitando" (a verb, not the adjective of a shortage); the
        # Greek AI Act in an excerpt cut mid-word; the Commission's gigafactories in an AI passage; the EESC on AI.
        (
            "Ο Τραμπ απείλησε την Κίνα με δασμούς, κατηγορώντας τη για τους περιορισμούς της στα σπάνια μέταλλα.",
            "export_controls",
            True,
        ),
        (
            "Gli Stati Uniti stanno limitando la vendita di tecnologie avanzate di chip alla Cina.",
            "export_controls",
            True,
        ),
        (
            "In Cina la disponibilità di chip resta limitata e le vendite di smartphone sono calate.",
            "export_controls",
            False,
        ),
        (
            "Δεδομένου ότι μια τέτοια απαγόρευση δεν προβλεπόταν στις προτάσεις της Επιτροπής για μια πράξη για την"
            " τεχνητή νοημοσύν",
            "eu_ai",
            True,
        ),
        (
            "Pretende-se dotar a UE de capacidades industriais na área da Inteligência Artificial, através de Parcerias"
            " Público-Privadas. A Comissão Europeia quer ter cinco gigafábricas na Europa.",
            "eu_ai",
            True,
        ),
        (
            "Pretende-se dotar a UE de capacidades industriais na área da Inteligência Artificial. A Comissão Europeia"
            " quer ter cinco gigafábricas de baterias na Europa.",
            "eu_ai",
            False,
        ),
        (
            "Euroopan talous- ja sosiaalikomitean lausunto aiheesta Tekoälyn työelämävaikutusten ennakointi.",
            "eu_ai",
            True,
        ),
        (
            "The European Economic and Social Committee adopted an opinion on the common agricultural policy.",
            "eu_ai",
            False,
        ),
        # Round 59: Romanian written without diacritics; the Dutch "handelsban" (not the bank Handelsbanken);
        # "Google Play" is no privacy word (Huawei lost it to US restrictions); Korean import restrictions in
        # export statistics; Turkey's own AI rules modelled on the EU AI Act (which they name: a mention since
        # session 39).
        (
            "Actul normativ reglementează regimul de control al exporturilor de produse cu dubla utilizare, potrivit"
            " Ordonanței.",
            "export_controls",
            True,
        ),
        (
            "De Amerikaanse regering heeft besloten dat de handelsban voor Huawei ook in 2021 geldig is.",
            "export_controls",
            True,
        ),
        ("Handelsbanken adviseert beleggers over Chinese chipmakers zoals Huawei.", "export_controls", False),
        (
            "New Huawei phones will lose Google Play and Gmail after the US government's restrictions on Huawei took"
            " effect.",
            "export_controls",
            True,
        ),
        (
            "반도체 수출이 늘었고, 중국 정부의 환경 규제와 글로벌 수입규제 확산으로 철강 가격이 올랐다.",
            "export_controls",
            False,
        ),
        (
            "Türkiye'de yapay zeka regülasyonları, AB Yapay Zeka Yasası'ndan (AI Act) esinlenerek hazırlandı.",
            "eu_ai",
            True,
        ),
        # After round 59, from round 38's German customs stories: dual-use goods by more names; sanctions on
        # Russia circumvented for machine tools or electronics (not money or oil moved around them).
        (
            "Die Ausfuhr solcher sogenannten Dual-Use-Waren nach Russland ist nur mit Genehmigung gestattet.",
            "export_controls",
            True,
        ),
        (
            "Ermittelt wird wegen Umgehung des gegen Russland bestehenden Wirtschaftsembargos durch eine"
            " Werkzeugmaschinenfabrik.",
            "export_controls",
            True,
        ),
        (
            "Russian oligarchs circumvented sanctions by moving money through a tech start-up in Dubai.",
            "export_controls",
            False,
        ),
        # Round 60: Huawei kept out of 5G networks is no sales restriction; a Turkish text on the EU's AI bill
        # that also says Türkiye has none of its own.
        (
            "Statele Unite au devenit îngrijorate de dominația companiilor chineze în construirea rețelelor 5G."
            " Administrația Trump a restricționat accesul companiei Huawei în SUA.",
            "export_controls",
            False,
        ),
        (
            "Türkiye henüz yapay zeka alanında taslak bir yasa metnine sahip değil. Avrupa Birliği tarafından"
            " hazırlanan Yapay Zeka Yasa Tasarısı 11 Mayıs 2023 tarihinde Avrupa Parlamentosu komitelerinde kabul"
            " edildi.",
            "eu_ai",
            True,
        ),
        # After round 60: a product said to comply with the GDPR is a vendor's claim, not an authority acting
        # (round 44's local-LLM guide, round 60's ChatGPT Edu pilot); an authority finding it does not comply is.
        ("Our AI assistant is fully GDPR-compliant and hosted in Frankfurt.", "eu_ai", False),
        (
            "Το ChatGPT Edu λειτουργεί σε συμμόρφωση με τον GDPR, σύμφωνα με το υπουργείο Παιδείας.",
            "eu_ai",
            False,
        ),
        (
            "Italy's Garante said ChatGPT does not comply with the GDPR and fined OpenAI 15 million euros.",
            "eu_ai",
            True,
        ),
        (
            "DeepSeek ist nicht DSGVO-konform, sagt die Berliner Datenschutzbeauftragte und fordert Apple und"
            " Google auf, die KI-App zu entfernen.",
            "eu_ai",
            True,
        ),
        # Session 17, from eleven 2019 Huawei stories missed over rounds 23-59: a listed firm cut off from its US
        # suppliers by a government's order, told without naming the Entity List.
        (
            "Intel und Qualcomm haben die Lieferungen an Huawei eingestellt, nachdem die US-Regierung den"
            " chinesischen Konzern auf eine Liste gesetzt hat.",
            "export_controls",
            True,
        ),
        (
            "V květnu začal platit zákaz obchodování mezi americkými firmami a společností Huawei, oznámila"
            " americká vláda.",
            "export_controls",
            True,
        ),
        (
            "Huawei stopped selling phones with Qualcomm chips in Europe last year, the company said, while the US"
            " government announced new tariffs on steel.",
            "export_controls",
            False,
        ),
        (
            "The German government said it would stop Huawei from supplying 5G networks, and Google announced a"
            " new data centre in Frankfurt.",
            "export_controls",
            False,
        ),
        # Round 62: the European Parliament adopting or calling for something on AI is EU AI policy with no law
        # named (the Voss report on copyright and AI in four languages); an election campaign is not.
        (
            "Der Rechtsausschuss des Europaparlaments stimmte dem Initiativbericht zu, der Transparenz beim"
            " KI-Training fordert.",
            "eu_ai",
            True,
        ),
        (
            "Parlamentul European a votat raportul privind inteligența artificială și drepturile de autor.",
            "eu_ai",
            True,
        ),
        (
            "AI-generated deepfakes flooded the campaign ahead of the European Parliament elections, a report found.",
            "eu_ai",
            False,
        ),
        # Round 62: an arms export licence (patrol boats) is no technology control; a chip crisis that "did not
        # spare" (nu a ocolit) Romania is no circumvention.
        (
            "Zuletzt war die Ausfuhrgenehmigung für zwei Patrouillenboote öffentlich geworden; die Boote haben"
            " moderne Elektronik und Halbleiter an Bord.",
            "export_controls",
            False,
        ),
        (
            "Criza microcipurilor nu a ocolit România: Dacia oprește producția la Mioveni.",
            "export_controls",
            False,
        ),
        (
            "Firmele au ocolit sancțiunile și au trimis microcipuri în Rusia prin Turcia.",
            "export_controls",
            True,
        ),
        # Round 63: the Commission's proposal on AI is EU AI policy; another country's plan modelled on the EU AI
        # Act names the EU's act (a mention since session 39).
        (
            "The European Commission unveiled its proposal to regulate artificial intelligence on Wednesday.",
            "eu_ai",
            True,
        ),
        ("La Commission européenne a présenté sa proposition sur l'intelligence artificielle.", "eu_ai", True),
        (
            "Australia's government launched proposals for mandatory guardrails for high-risk AI, modelled on the"
            " European Union's AI Act. The proposals are open for comment.",
            "eu_ai",
            True,
        ),
        # Round 63: Western parts in Russia's drones, the embargo circumvented, are technology kept from Russia;
        # the oil embargo evaded by a shadow fleet is not.
        (
            "Klíčové součástky ruského dronu pocházejí z USA: Rusko obchází embargo přes třetí země a šedé trhy.",
            "export_controls",
            True,
        ),
        (
            "Western components keep turning up in Russian drones because Russia evades the embargo through third"
            " countries.",
            "export_controls",
            True,
        ),
        (
            "Russia evaded the oil embargo with its shadow fleet while Ukrainian drones hit two tankers.",
            "export_controls",
            False,
        ),
        # Round 63: foreign parts found in Russia's missiles and drones where sanctions are named; a captured
        # drone's parts listed with no word on what should have stopped them stay out (labelled both ways).
        (
            "In den russischen Drohnen fanden ukrainische Ermittler westliche Bauteile, trotz der Sanktionen gegen"
            " Moskau.",
            "export_controls",
            True,
        ),
        (
            "A captured Russian drone contained a French camera and Japanese engine parts, CNN reported.",
            "export_controls",
            False,
        ),
        # Round 64: an investment review (CFIUS) blocking a chip deal is no export control, nor is the Treasury's
        # list of sanctioned entities in an oil story; China's acquisition of chips restricted still is.
        (
            "The Committee on Foreign Investment in the United States (CFIUS) blocked the sale of Lattice"
            " Semiconductor to a consortium of Chinese investment funds.",
            "export_controls",
            False,
        ),
        (
            "Compania-mamă Lukoil a fost adăugată în octombrie pe lista entităților sancționate de SUA; rafinăria"
            " din Ploiești își continuă activitatea.",
            "export_controls",
            False,
        ),
        (
            "The new US rules restrict China's acquisition of advanced AI chips and chipmaking tools.",
            "export_controls",
            True,
        ),
        # Session 17: in a 5G-network story "the ban on Huawei" three sentences on is still the network ban; the
        # Entity List with 5G named in passing still counts.
        (
            "Germany's operators must remove Huawei parts from their 5G networks by 2026, the interior ministry said"
            " on Thursday after months of talks with the companies, the unions and the security agencies about"
            " costs, timing and the risk of outages in rural areas. Officials in Washington welcomed the ban on"
            " Huawei.",
            "export_controls",
            False,
        ),
        (
            "The US Commerce Department added Huawei to the Entity List, barring American firms from selling it"
            " chips without a licence. Huawei is the world's largest maker of 5G network equipment.",
            "export_controls",
            True,
        ),
        # Session 18: China making a mineral's export harder is its export control; dual use told in words
        # ("both civilian and military") is the technology an export-control phrase needs beside it.
        ("Čína v rámci obchodní války ztíží vývoz grafitu a galia.", "export_controls", True),
        ("Slabá poptávka ztížila vývoz grafitu z Mosambiku do Evropy.", "export_controls", False),
        (
            "Peking hat Ausfuhrkontrollen gegen 28 US-Firmen verhängt: Güter, die sowohl zivil als auch militärisch"
            " einsetzbar sind, dürfen nicht mehr geliefert werden.",
            "export_controls",
            True,
        ),
        (
            "Die Regierung lockert die Ausfuhrkontrollen für Agrarprodukte; bei den Angriffen gab es zivile und"
            " militärische Opfer.",
            "export_controls",
            False,
        ),
        # Round 66: "LLM" after a lawyer's title is the law degree; the White House banning the use of an app is no
        # trade control; an AI tool used under the EU's MiCA regulation is no EU AI rule. Each with its real twin.
        (
            "Die DSGVO gilt ab Mai. Dr. Anna Huber, Rechtsanwältin LLM, erklärt die neuen Pflichten für Unternehmen.",
            "eu_ai",
            False,
        ),
        ("Die Datenschutzbehörde prüft, ob der LLM-Anbieter OpenAI die DSGVO verletzt.", "eu_ai", True),
        (
            "Amazon a Google nabízejí DeepSeek zákazníkům, přestože Bílý dům zakázal používání aplikace společnosti"
            " na vládních zařízeních. Americká AI má výhodu v oblasti čipů.",
            "export_controls",
            False,
        ),
        ("Bílý dům zakázal prodej čipů společnosti Huawei.", "export_controls", True),
        (
            "Česká národní banka využila umělou inteligenci ke zpracování žádostí podle evropského nařízení MiCA.",
            "eu_ai",
            False,
        ),
        ("Evropské nařízení o umělé inteligenci platí od srpna.", "eu_ai", True),
        # Round 67: the Greek plural "κανονισμούς για την τεχνητή νοημοσύνη" (US states' own AI rules) is no name of
        # the Act, the singular is; Huawei gear kept out of Italy's telecom networks is no order off chips.
        (
            "Ο Τραμπ υπέγραψε διάταγμα που εμποδίζει τις Πολιτείες να επιβάλλουν τους δικούς τους κανονισμούς για"
            " την τεχνητή νοημοσύνη.",
            "eu_ai",
            False,
        ),
        ("Ο κανονισμός για την τεχνητή νοημοσύνη τίθεται σε πλήρη ισχύ τον Αύγουστο.", "eu_ai", True),
        (
            "Gli Stati Uniti fanno pressioni sull'Italia per evitare l'uso di apparecchiature Huawei nelle reti di"
            " telecomunicazioni di nuova generazione e per limitare il ricorso al fornitore cinese Zte.",
            "export_controls",
            False,
        ),
        ("Pechino ha ordinato alle aziende cinesi di evitare l'uso dei chip Nvidia H20.", "export_controls", True),
        # Round 68: "rules for the export of chips" is a control phrase, in a market report as anywhere; rules for
        # exporting pork are not about technology.
        (
            "ASML daalde door zorgen over mogelijke strengere Amerikaanse regels voor de export van chips en"
            " chipapparatuur naar China.",
            "export_controls",
            True,
        ),
        ("New rules for the export of pork to China take effect, the farm ministry said.", "export_controls", False),
        # China's commerce ministry answering EU oil sanctions on its refineries is no control; gallium controls are.
        (
            "欧盟公布第19轮对俄罗斯的制裁，首度制裁中国炼油厂。中国商务部指出，中方将采取必要措施。这两家炼油厂购买了数百万桶"
            "俄罗斯原油，另一家公司出口机电设备。",
            "export_controls",
            False,
        ),
        ("中国商务部宣布对镓、锗相关物项实施出口管制，出口须申请许可。", "export_controls", True),
        # Round 69: a central bank asking banks about their AI use is no data-protection authority acting.
        (
            "El Banco de España pone el foco en la adopción de la inteligencia artificial (IA) por el sector financiero"
            " en España. El supervisor ha solicitado a las entidades información sobre sus planes con esta tecnología.",
            "eu_ai",
            False,
        ),
        ("El supervisor español de protección de datos ha abierto una investigación sobre DeepSeek.", "eu_ai", True),
        # The European Parliament's members calling for something on AI, the AI words a long sentence away (a
        # committee report on copyright and AI told in Greek); MEPs voting on farm policy are not about AI.
        (
            "Οι ευρωβουλευτές κάλεσαν σήμερα, Τετάρτη 28 Ιανουαρίου, την ΕΕ να προστατεύσει τους καλλιτέχνες, τα μέσα"
            " ενημέρωσης και άλλους δημιουργούς απέναντι στις «αναταράξεις» που προκαλεί η Τεχνητή Νοημοσύνη.",
            "eu_ai",
            True,
        ),
        (
            "Οι ευρωβουλευτές ενέκριναν σήμερα τον προϋπολογισμό για τη γεωργία και τη συνοχή. Στο μεταξύ οι ελληνικές"
            " τράπεζες, οι ασφαλιστικές και οι εταιρείες λιανικής αυξάνουν τις επενδύσεις τους σε συστήματα και"
            " εργαλεία τεχνητής νοημοσύνης.",
            "eu_ai",
            False,
        ),
        # Round 70: a trade ministry restricting DeepSeek on its own staff's computers is security policy, not a
        # control; the same ministry restricting chip sales to China is.
        (
            "Policja w Korei Południowej zablokowała dostęp do DeepSeek, a Ministerstwo Handlu poinformowało, że dostęp"
            " został tymczasowo ograniczony na komputerach służbowych. DeepSeek to chińska firma AI.",
            "export_controls",
            False,
        ),
        (
            "Ministerstwo Handlu USA ograniczyło sprzedaż chipów Nvidia do Chin i wymaga licencji eksportowych.",
            "export_controls",
            True,
        ),
        # Round 71: the Commission wanting AI-generated content labelled is the AI Act's transparency duty, told
        # without its name; a platform's own labelling policy, rolled out in the EU, is not.
        ("Europa-Kommissionen ønsker, at virksomheder bør markere AI-genereret indhold tydeligt.", "eu_ai", True),
        ("La Commission européenne veut que les contenus générés par l'IA soient étiquetés.", "eu_ai", True),
        (
            "YouTube will require creators to disclose AI-generated content, a policy it rolls out first in the"
            " United States and then in the European Union.",
            "eu_ai",
            False,
        ),
        # Round 73: a Latin American parliament's committee is no European Commission, and the AI Act's risk
        # pyramid written into a bill before the "Cámara de Diputados" is that country's law; the Commission's is not.
        (
            "La Comisión de Economía del Congreso debatirá la ley de inteligencia artificial la próxima semana.",
            "eu_ai",
            False,
        ),
        (
            "El proyecto de ley ingresó a la Cámara de Diputados. Clasifica los sistemas de IA según su riesgo: de"
            " riesgo inaceptable, prohibidos, y sistemas de IA de alto riesgo.",
            "eu_ai",
            False,
        ),
        ("La Comisión presentó la ley de inteligencia artificial, que se aplicará en los Veintisiete.", "eu_ai", True),
        # Session 20, from the older rounds' errors: the UK's white paper on AI regulation has the Commission's
        # paper's name in German; the Council of the EU (its ministers) debating AI is EU AI policy, a member
        # state's presidency hosting a conference is not, nor is an unrelated company's AI news in the next clause.
        (
            "Die britische Regierung veröffentlichte ihre Antwort auf das Weißbuch zur KI-Regulierung; die"
            " Regulierungsbehörden sollen eigene Pläne vorlegen.",
            "eu_ai",
            False,
        ),
        (
            "Die EU-Kommission stellte ihr Weißbuch zur KI vor: Brüssel will Hochrisiko-Anwendungen prüfen.",
            "eu_ai",
            True,
        ),
        (
            "Rada EÚ pre konkurencieschopnosť diskutovala v Bruseli o využívaní umelej inteligencie v priemysle.",
            "eu_ai",
            True,
        ),
        (
            "Οι υπουργοί συζήτησαν στο Συμβούλιο Υπουργών Απασχόλησης (EPSCO) για την τεχνητή νοημοσύνη και"
            " την εργασία.",
            "eu_ai",
            True,
        ),
        (
            "EU ministers discussed the challenges of artificial intelligence at the Telecom Council in Luxembourg.",
            "eu_ai",
            True,
        ),
        (
            "Στο πλαίσιο της κυπριακής Προεδρίας του Συμβουλίου της ΕΕ, η Βουλή διοργάνωσε συνέδριο για την τεχνητή"
            " νοημοσύνη.",
            "eu_ai",
            False,
        ),
        (
            "EU ministers discussed energy prices in Luxembourg, while Nvidia reported record sales of AI chips.",
            "eu_ai",
            False,
        ),
        # Only the white paper's full title counts: firms and other countries publish white papers on AI all the time.
        ("中国信通院发布《人工智能白皮书》，总结了大模型的发展趋势。", "eu_ai", False),
        ("Deloitte published a white paper on AI governance for banks in Europe.", "eu_ai", False),
        # A country's own council of the same name is no Council of the EU, and Swedish "telekområdet" is the telecom
        # sector, not the Telecom Council.
        ("Ireland's National Competitiveness Council said AI adoption by small firms lags behind.", "eu_ai", False),
        ("Inom telekområdet används AI allt mer för att styra näten.", "eu_ai", False),
        # Nor are the Council's chip policies about AI: the Chips Act names "AI chips" beside the Council.
        ("The Council of the EU adopted the Chips Act to boost production of AI chips in Europe.", "eu_ai", False),
        ("Rada UE przyjęła akt w sprawie chipów, który ma zwiększyć produkcję chipów AI w Europie.", "eu_ai", False),
        # Export controls beside Russia are the technology and dual-use regime even where no good is named; the
        # EU's ban on luxury exports to Russia and Russia's own grain export ban are not. A control list beside
        # "export control" is the regime too (a business authority's FAQ), and Slovak says dual-use "dvojakého určenia".
        (
            "Yaptırımlar ve ihracat kontrolleri, Rusya ve İran gibi ülkelere belirli ürünlerin yeniden ihracatını"
            " kısıtlayabilmektedir.",
            "export_controls",
            True,
        ),
        (
            "EU asetti Venäjälle myös vientipakotteita yli 300 euroa maksaville luksustuotteille.",
            "export_controls",
            False,
        ),
        (
            "Russia extended its export ban on wheat and sunflower seeds to the end of the year.",
            "export_controls",
            False,
        ),
        ("Russia's export ban on sunflower oil hit buyers in Turkey.", "export_controls", False),
        (
            "Du skal ansøge om eksporttilladelse. Hovedparten af produkter, der er under eksportkontrol, findes på"
            " Kontrollisten.",
            "export_controls",
            True,
        ),
        (
            "Zo Slovenska do Ruska putujú tisíce kusov tovaru dvojakého určenia, napriek sankciám EÚ.",
            "export_controls",
            True,
        ),
        # Round 76: every EU member state counts as a European country beside its data-protection authority, in
        # every language (the German and English lists lacked Greece, the Czech Republic, Hungary ...).
        (
            "Die griechische Datenschutzbehörde (HDPA) verhängte ein Bußgeld gegen Clearview AI, ein Unternehmen mit"
            " Sitz in New York.",
            "eu_ai",
            True,
        ),
        (
            "The Hungarian data protection authority fined a bank for using AI to analyse the emotions of callers.",
            "eu_ai",
            True,
        ),
        # "No obstacle on rare earths" after a Trump-Xi meeting is China's export controls lifted, told without
        # "export"; Spanish and Romanian "este" (this, is) is no Finnish "este" (obstacle).
        (
            "Δεν υπάρχει κανένα εμπόδιο για τις σπάνιες γαίες, είπε ο Τραμπ μετά τη συνάντηση με τον Κινέζο"
            " πρόεδρο Σι.",
            "export_controls",
            True,
        ),
        ("There is no roadblock at all on rare earths, Trump said after meeting China's Xi.", "export_controls", True),
        (
            "China's rare earth dominance is an obstacle for Western automakers trying to build magnets.",
            "export_controls",
            False,
        ),
        (
            "China produjo este año más tierras raras que nunca, según datos oficiales de Pekín.",
            "export_controls",
            False,
        ),
        # The 2019 ethics guidelines for trustworthy AI by their title, in the languages that lacked it (round 77).
        (
            "I april presenterades de etiska riktlinjerna för tillförlitlig AI, med sju nyckelkrav för utvecklare.",
            "eu_ai",
            True,
        ),
        ("Güvenilir Yapay Zeka için Etik İlkeler yedi temel gereklilik içeriyor.", "eu_ai", True),
        # Round 78: a product called "GDPR-safe" is a vendor's claim, like "GDPR-compliant"; EU institutions
        # switching AI features off on their staff's work phones is IT security, as governments' device bans are.
        ("SkoleGPT er en open source, gratis og GDPR sikker generativ AI til skolens lærere.", "eu_ai", False),
        ("Our chatbot is a GDPR-safe generative AI assistant for schools.", "eu_ai", False),
        (
            "Avrupa Birliği, kamu personelinin iş telefonunda DeepSeek gibi yapay zekâ uygulamalarını gizlilik"
            " nedeniyle yasakladı.",
            "eu_ai",
            False,
        ),
        # The European Parliament's committees adopting a negotiating mandate on AI rules (the AI Act in 2023).
        (
            "Για μια ανθρωποκεντρική τεχνητή νοημοσύνη, οι ευρωβουλευτές των επιτροπών IMCO και LIBE ενέκριναν σχέδιο"
            " διαπραγματευτικής εντολής.",
            "eu_ai",
            True,
        ),
        (
            "For a human-centric artificial intelligence, the MEPs of two committees approved a draft negotiating"
            " mandate.",
            "eu_ai",
            True,
        ),
        # The Apply AI Strategy by its Chinese name and the AI Continent Action Plan in Chinese (round 73's holdout);
        # a company's "AI application strategy" is no EU programme.
        ("據英媒報道，歐盟委員會擬於下周二（7日）提出應用人工智能戰略」，推廣歐洲製造的人工智能工具。", "eu_ai", True),
        ("欧盟委员会发布人工智能大陆行动计划，计划建设超级计算设施。", "eu_ai", True),
        ("トヨタのAI活用戦略、欧州でも展開", "eu_ai", False),
        # The European Parliament's special committee on AI in a digital age (AIDA), by name in any language.
        ("Rozhodnutie o zriadení osobitného výboru pre umelú inteligenciu v digitálnom veku.", "eu_ai", True),
        (
            "Η ευρωβουλευτής είναι μέλος της ειδικής Επιτροπής για την Τεχνητή Νοημοσύνη στην Ψηφιακή εποχή (AIDA).",
            "eu_ai",
            True,
        ),
        (
            "The AIDA committee of the European Parliament adopted its final report on artificial intelligence.",
            "eu_ai",
            True,
        ),
        # ... but "AIDA" alone is also Canada's AI bill, so its short forms need the EU close by.
        (
            "The Canadian House of Commons' AIDA committee hearings on the Artificial Intelligence and Data Act"
            " resumed in Ottawa.",
            "eu_ai",
            False,
        ),
        # Copyright law and the EU's copyright directive are no AI law: the EU court's first questions on AI and
        # copyright (round 83) are a copyright case; the AI Act's own copyright duties still count.
        (
            "Budapeszteński sąd zwrócił się z pytaniem prejudycjalnym do Trybunału Sprawiedliwości Unii Europejskiej."
            " To pierwsze pytania do TSUE dotyczące AI i prawa autorskiego.",
            "eu_ai",
            False,
        ),
        (
            "The EU AI Act requires providers of AI models to respect copyright law and publish a summary of training"
            " data.",
            "eu_ai",
            True,
        ),
        # A company telling suppliers to halt orders because demand fell is a market choice, not a government's.
        (
            "Apple told suppliers to halt orders of memory chips as demand for iPhones in China slumped.",
            "export_controls",
            False,
        ),
        # The UK's department for science publishing its own AI white paper; an "EU Ministerial Roundtable" is no
        # Council (Finnish "EU-ministeri*" swallowed "Ministerial").
        (
            "The Department for Science, Innovation and Technology (DSIT) publishes White Paper on Artificial"
            " Intelligence — A pro-innovation approach to AI regulation.",
            "eu_ai",
            False,
        ),
        ("Ο υπουργός συμμετείχε σε EU Ministerial Roundtable για την τεχνητή νοημοσύνη και τα δίκτυα.", "eu_ai", False),
        # Round 80: China's regulator ordering its firms to halt orders of Nvidia chips, the order 14 words before
        # the halt, and ByteDance named by its app ("TikTok owner"), which vetoed as an app-ban story.
        (
            "La Administración del Ciberespacio de China (CAC), el principal regulador de internet del país, ha"
            " ordenado recientemente a gigantes tecnológicos nacionales como ByteDance (propietaria de TikTok) y"
            " Alibaba que cesen sus pedidos de procesadores de la estadounidense Nvidia.",
            "export_controls",
            True,
        ),
        (
            "Chinese regulators told TikTok owner ByteDance and Alibaba to stop buying Nvidia's RTX Pro 6000D chips.",
            "export_controls",
            True,
        ),
        # Huawei kept out of a country's 5G infrastructure or equipment is the network ban, not an export
        # control (rounds 71, 76 and 77); a chip control that hits Huawei's 5G phones still counts.
        (
            "Portugal pode se tornar o mais recente país a proibir efetivamente a Huawei e outras empresas chinesas de"
            " participar de sua infraestrutura 5G. O governo recomendou que as operadoras sejam proibidas pelos"
            " Estados Unidos de comprar.",
            "export_controls",
            False,
        ),
        (
            "Projekt zakłada zaostrzenie przepisów wobec Huawei przez rząd, a operatorzy mogą stracić na wykluczeniu"
            " Huawei z budowy infrastruktury 5G.",
            "export_controls",
            False,
        ),
        (
            "Die US-Regierung verschärfte die Exportbeschränkungen gegen Huawei: Chips mit US-Technik dürfen nur mit"
            " Lizenz geliefert werden, was die 5G-Smartphones des Konzerns trifft.",
            "export_controls",
            True,
        ),
        # The EU's other digital rulebooks applied to an AI service are not EU AI regulation (the definition says so):
        # the DSA/DMA rule is gone and their names mask their law words like the Chips Act's; the AI Act named
        # beside them still counts.
        (
            "Avrupa Birliği, X'in yapay zeka aracı Grok'a Dijital Hizmetler Yasası kapsamında soruşturma açtı.",
            "eu_ai",
            False,
        ),
        (
            "The European Commission opened a Digital Services Act investigation into X over sexualised images made"
            " with its AI chatbot Grok.",
            "eu_ai",
            False,
        ),
        (
            "The European Commission says the AI Act and the Digital Services Act both apply to chatbots like Grok.",
            "eu_ai",
            True,
        ),
        # Round 81: a restriction word governing dependence is self-sufficiency policy, not a control.
        (
            "MetaX produkuje GPU i korzysta z narracji, na którą Pekin pracuje od miesięcy: ograniczyć zależność od"
            " amerykańskich dostawców, przede wszystkim Nvidii i AMD.",
            "export_controls",
            False,
        ),
        ("Beijing wants to curb its reliance on US suppliers of AI chips such as Nvidia.", "export_controls", False),
        (
            "Washington wants to curb China's access to AI chips and limit its dependence on Taiwan.",
            "export_controls",
            True,
        ),
        # Round 82: carmakers limiting their consumption of rare earths is no control; a 5G-vendor story names the
        # network three sentences before the ban on Huawei's equipment.
        (
            "Výrobci aut v Evropě, Spojených státech či Japonsku se proto snaží co nejvíce omezit spotřebu vzácných"
            " zemin, které dominantně produkuje právě Peking.",
            "export_controls",
            False,
        ),
        ("China restricts exports of rare earths and wants to limit consumption at home.", "export_controls", True),
        (
            "Anul în curs începe cu un anunţ-recomandare al Comisiei Europene prin care se oferă statelor membre"
            " libertatea de a restricţiona unii furnizori de echipamente 5G. De asemenea, acestea sunt sfătuite să"
            " organizeze un audit sau chiar să elibereze certificate pentru furnizorii cu grad mare de risc.În plus,"
            " guvernele Uniunii Europene vor fi sfătuite să îşi diversifice furnizorii şi să nu depindă de o singură"
            " companie şi să utilizeze atât factori tehnici cât şi non-tehnici atunci când îi vor evalua. Totul, în"
            " contextul în care Europa era presată de SUA pentru a interzice echipamentele furnizate de compania"
            " chineză Huawei",
            "export_controls",
            False,
        ),
        # Round 86: China's authorities telling customs not to let Nvidia's H200 in, a government order off the
        # chips told as entry or imports refused.
        ("綜合外媒報導，知情人士指稱，中國當局已通知海關人員，輝達H200晶片不許進入中國。", "export_controls", True),
        (
            "Chinese authorities told customs agents that Nvidia's H200 chips are not permitted to enter China.",
            "export_controls",
            True,
        ),
        (
            "Peking hat die Zollbeamten angewiesen, Nvidias H200-Chips die Einfuhr zu verweigern.",
            "export_controls",
            True,
        ),
        # Round 87: dual-use goods beside export control are the technology regime also where arms stand beside them
        # (a government's yearly report on both), and Slovak case endings ("s dvojakým použitím").
        (
            "Strategisk exportkontroll 2017 – krigsmateriel och produkter med dubbla användningsområden. Regeringen"
            " överlämnar denna skrivelse till riksdagen.",
            "export_controls",
            True,
        ),
        (
            "Nariadenie (EÚ) 2021/821, ktorým sa stanovuje režim Únie na kontrolu vývozov, sprostredkovania a tranzitu"
            " položiek s dvojakým použitím.",
            "export_controls",
            True,
        ),
        # Round 88: Huawei's 5G antennas banned from a country's networks are the network ban; "日本語" is the
        # Japanese language, not Japan (the EU Delegation's Japanese releases say "<日本語仮抄訳>").
        (
            "Aux États-Unis et dans d'autres pays, les antennes 5G de Huawei sont bannies. Les opérateurs redoutent"
            " que le gouvernement n'utilise ce mécanisme pour interdire de fait Huawei, sans avoir à se justifier.",
            "export_controls",
            False,
        ),
        (
            "<日本語仮抄訳> 欧州委員会は本日、人工知能(AI)の開発と利用に関する"
            "倫理指針が実際的に実行できるよう、試験段階を開始した。",
            "eu_ai",
            True,
        ),
        # Round 89: a named data-protection authority blocking "the application" in a story about an AI app named
        # 50 words before; the Spanish gigafactory spelled without its accent; personal data "transferred to China"
        # under EU conditions is a privacy warning, not a licence for technology exports.
        (
            "Las empresas españolas estudian si pilotar DeepSeek. La democratización que promete la ballena azul"
            " podría tardar en atraer a las compañías por las dudas sobre su potencial real y sus lagunas en"
            " seguridad, y muchas organizaciones prefieren esperar a que los expertos analicen a fondo sus riesgos"
            " antes de tomar cualquier decisión sobre sus inversiones. El Garante para la Protección de los Datos"
            " Personales de Italia ha ordenado el bloqueo de la aplicación.",
            "eu_ai",
            True,
        ),
        (
            "El Gobierno ha aprobado una declaración de apoyo a la propuesta de un consorcio para la creación de una"
            " gigafactoria de inteligencia artificial en Móra la Nova.",
            "eu_ai",
            True,
        ),
        (
            "The agency has now launched broader research into how personal data is being transferred to China"
            " through apps. Such transfers are only permitted under very strict EU-wide conditions, and the"
            " investigation aims to determine whether DeepSeek complies with these requirements. “If, as a user in"
            " the Netherlands, you upload a document containing personal information, such as a CV, to the DeepSeek"
            " chatbot, that personal data may be stored on a server in China,” Wolfsen said.",
            "export_controls",
            False,
        ),
        # Round 90: arms exports are arms policy, not technology controls, even told with "export ban" or "export
        # restriction", and defence technology is no technology context.
        (
            "Danmarks største forsvarsvirksomhed Terma eksporterer dele til F-35 kampfly. I modsætning til"
            " Storbritannien er Danmark nemlig bundet af EU-regler, som forbyder eksport af militært udstyr, når der er"
            " en klar risiko for krigsforbrydelser.",
            "export_controls",
            False,
        ),
        (
            "현행법은 방산물자 및 국방과학기술을 국외로 수출하거나 그 거래를 중개하고자 하는 경우에는 방위사업청장의"
            " 허가를 받도록 하고, 방위사업청장은 방산물자 및 국방과학기술의 수출을 제한하거나 조정을 명할 수 있도록"
            " 규정하고 있으나, 전쟁 중인 국가에 대한 수출제한은 명시하지 않고 있음.",
            "export_controls",
            False,
        ),
        # "Limiting the shipments" with the article between verb and noun (round 90).
        (
            "DeepSeek shook Wall Street, given the U.S. limiting the shipments of AI chips to China.",
            "export_controls",
            True,
        ),
        # Round 91: Portuguese "estão restritas" (the exports of five more rare earths); Germany's law that sets up
        # the AI Act's supervision, named without the Act.
        (
            "As exportações de 12 delas agora estão restritas depois que o ministério chinês acrescentou cinco -"
            " hólmio, érbio, túlio, európio e itérbio.",
            "export_controls",
            True,
        ),
        (
            "Die Bundesnetzagentur ist im Entwurf zum sogenannten KI-Marktüberwachungs- und"
            " Innovationsförderungsgesetz (KI-MIG) als zentrale Marktüberwachungsbehörde vorgesehen.",
            "eu_ai",
            True,
        ),
        # A roundup that reports a named authority's fine on a telemarketer and, far away, a new DeepSeek model: the
        # authority acted on no app (review of round 89's rule).
        (
            "DeepSeek hat ein neues Modell veröffentlicht. Die Woche in der Technik: Es gab viele Nachrichten über"
            " neue Smartphones, Kameras und Tablets, und die Hersteller stellten auf Messen in Berlin und Barcelona"
            " zahlreiche Neuheiten vor, von faltbaren Telefonen bis zu smarten Uhren, die den Puls messen und den"
            " Schlaf aufzeichnen, während die Preise für Speicherchips weiter fielen und Händler mit Rabatten"
            " lockten. Der Garante hat ein Telemarketing-Unternehmen mit einer Geldbuße von 5 Millionen Euro belegt"
            " und dessen Anrufe verboten.",
            "eu_ai",
            False,
        ),
        # "Restritas a" / "restricted to" are "limited to" (review of round 91's change).
        (
            "As vendas dos chips da Nvidia estão restritas a clientes corporativos na China, disse a empresa.",
            "export_controls",
            False,
        ),
        (
            "Sales of Nvidia chips are restricted to corporate customers in China, the company said.",
            "export_controls",
            False,
        ),
        # People refused entry are no chips refused entry (review of round 86's change).
        ("中国政府表示，外国记者不得进入芯片工厂参观。", "export_controls", False),
        # "Restrita a países" is "limited to countries", no control.
        (
            "O Brasil não tem a fabricação dos chips, ainda restrita a países como Taiwan, Coreia do Sul e China.",
            "export_controls",
            False,
        ),
        # Round 93: goods "that can be diverted to weapons" exported without the licence are dual-use export
        # control cases (Japan's spray-dryer case); so are unlicensed exports of technology to Russia or China.
        (
            "生物兵器製造に転用可能な噴霧乾燥機を中国に無許可輸出した疑いで社長ら3人を逮捕した。",
            "export_controls",
            True,
        ),
        ("The firm made unlicensed exports of machine tools to Russia, prosecutors said.", "export_controls", True),
        ("Die Firma soll ungenehmigt Werkzeugmaschinen nach Russland exportiert haben.", "export_controls", True),
        (
            "Az engedélyt megtagadják, ha az exportőr a kettős termékre vonatkozó jogszabályokat megsérti, és a"
            " nemzetközi szankció a termék kivitelét tiltja.",
            "export_controls",
            True,
        ),
        # Round 94: restrictions circumvented, with chips and China in the passage but not close (Nvidia's Singapore
        # billing); tariffs beside the evasion keep it out.
        (
            "Washington enquête à l'heure actuelle sur ce contournement des restrictions, explique un haut responsable"
            " singapourien. Une bonne partie des composants seraient facturés à Singapour, mais expédiés vers la"
            " Chine, ce qui concerne aussi les ventes de NVIDIA.",
            "export_controls",
            True,
        ),
        (
            "Les touristes chinois contournent les restrictions sur Google avec des applications VPN. Par ailleurs,"
            " les droits de douane sur les panneaux solaires chinois ont été relevés, et NVIDIA a publié de bons"
            " résultats.",
            "export_controls",
            False,
        ),
        # Round 95: China's authorities telling firms to pause their orders of Nvidia chips; national AI commissions
        # are no European Commission (German "Kommission" reads inside Swedish "AI-kommission").
        (
            "中国当局が一部企業に対し、エヌビディアのAI向け半導体「H200」の発注を一時停止するよう要請したと伝わった。",
            "export_controls",
            True,
        ),
        (
            "Regeringen ska tillsätta en AI-kommission med uppdraget att ge vägledning om risker och möjligheter"
            " med AI.",
            "eu_ai",
            False,
        ),
        (
            "Die Enquete-Kommission Künstliche Intelligenz des Bundestages legte ihren Abschlussbericht mit"
            " Empfehlungen und Leitlinien zur KI vor.",
            "eu_ai",
            False,
        ),
        # Round 96: another country's commission is no European Commission; a US state banning DeepSeek on its own
        # devices is no trade control.
        (
            "In November 2024, the National Health Commission (NHC) issued guidelines on AI application scenarios,"
            " covering all medical services in Chinese hospitals.",
            "eu_ai",
            False,
        ),
        (
            "Ayrıca Teksas, DeepSeek'i ulusal güvenlik riskleri nedeniyle hükümet cihazlarında yasaklayan ilk ABD"
            " eyaleti oldu.",
            "export_controls",
            False,
        ),
        # Round 97: Italian "interdipendenza" (interdependence) is no French "interdiction".
        (
            "Con i processori Ascend, Huawei prova a spezzare l'interdipendenza delle supply chain dei semiconduttori,"
            " producendo con SMIC chip che sostituiscono quelli di Nvidia in Cina.",
            "export_controls",
            False,
        ),
        # Round 98: the EU banning one of the AI Act's prohibited practices, the Act unnamed; China's social credit
        # system is no EU ban.
        (
            "The European Commission proposed rules that would ban social scoring by public authorities and restrict"
            " emotion recognition at work.",
            "eu_ai",
            True,
        ),
        ("Die EU will Social Scoring verbieten, wie es China praktiziert.", "eu_ai", True),
        (
            "China's social credit system, which scores citizens, has been criticised in Europe; Beijing has banned"
            " some private scoring apps.",
            "eu_ai",
            False,
        ),
        # Round 99: Japanese "貿易管理" (trade control) beside chipmaking tools is the regime itself.
        (
            "日本の貿易管理の強化で、東京エレクトロンの半導体製造装置3品目が対象となり、中国向け輸出に影響が出る。",
            "export_controls",
            True,
        ),
        # Getting round tariffs is no export offence, even beside chip news (found probing the rules).
        (
            "Exporters circumvent tariffs by routing Chinese solar panels through Vietnam; Nvidia and AMD chips were"
            " not affected by the duties on China.",
            "export_controls",
            False,
        ),
        (
            "Chinesische Hersteller versuchen, die Zölle zu umgehen, indem sie Solarmodule über Vietnam in die USA"
            " liefern; die Aktien von Nvidia und AMD legten zu.",
            "export_controls",
            False,
        ),
        # A government capping chip sales (the diffusion rule's country caps), not only banning them (round 100);
        # a market cap or a per-customer limit is no such cap.
        (
            "Nvidia lost 4.5% after Bloomberg reported that the US was discussing capping chip sales from the company"
            " and others to certain countries.",
            "export_controls",
            True,
        ),
        ("Die US-Regierung will die Verkäufe von KI-Chips an bestimmte Länder deckeln.", "export_controls", True),
        ("미국 정부는 일부 국가에 대한 AI 칩 판매에 상한선을 두는 방안을 검토하고 있다.", "export_controls", True),
        ("美国政府正在考虑对向部分国家销售AI芯片设定上限。", "export_controls", True),
        (
            "Nvidia, with a market cap of 3 trillion dollars, reported record chip sales as US stocks rose.",
            "export_controls",
            False,
        ),
        ("Nvidia limits sales of its RTX 5090 chips to two per customer in the US.", "export_controls", False),
        # An AI service held back in Europe over data protection is eu_ai (round 100); a launch held back under
        # the DMA, or one postponed with no privacy reason beside it, is not.
        (
            "Meta postponed the launch of its Meta AI chatbot in Europe because of data protection concerns.",
            "eu_ai",
            True,
        ),
        ("Meta hat den Start seines KI-Chatbots in Europa wegen Datenschutzbedenken verschoben.", "eu_ai", True),
        (
            "메타도 지난 14일 EU의 개인 정보 보호 규제에 따라 자사 AI챗봇인 '메타AI'의 유럽 출시를"
            " 보류하기로 결정했다.",
            "eu_ai",
            True,
        ),
        (
            "Apple delayed Apple Intelligence features in the EU, saying the DMA's interoperability rules could"
            " compromise user privacy and its chatbot.",
            "eu_ai",
            False,
        ),
        (
            "OpenAI delayed the launch of its Sora video model in the UK and Europe; the company did not explain the"
            " delay, and privacy advocates welcomed it.",
            "eu_ai",
            False,
        ),
        # The EU's support for AI told by its scale (round 100); a fine in billions is no support.
        (
            "Die EU-Kommission kündigte dazu im Februar auf einem Gipfel in Paris Unterstützung in Milliardenhöhe für"
            " die KI-Branche an.",
            "eu_ai",
            True,
        ),
        (
            "Die EU-Kommission verhängte gegen Google eine Strafe in Milliardenhöhe; der Konzern setzt nun auf KI.",
            "eu_ai",
            False,
        ),
        # Round 101 (short items). The founder alone is enough for DeepSeek (a scraped brief lost the linked
        # name); "to regulate AI" is a law word beside the EU, but "Europe regulates" alone is the trope, not a
        # mention; China controlling rare-earth exports "more strictly" is a control; Beijing telling firms to
        # stop acquiring Nvidia chips is too.
        (
            "New York, 27 gennaio 2025., il Temu dell’intelligenza artificiale, non fa paura solo ai"
            " mercati. Lunedì scorso la startupspecializzata in intelligenza artificiale ha lanciato il suo"
            " modello R1, dimostrando che è possibile raggiungere prestazioni paragonabili o superiori a"
            " quelle dei giganti americani con un investimento nettamente inferiore. Al centro di questa"
            " sfida tecnologica, economica e politica ci sonodi silicio di pochi millimetri quadrati."
            " L’innovazione di, con sede a Hangzhou, è guidata dal gestore di hedge fund Liang Wenfeng. Il"
            " suo nuovo modello, l’R1, si appoggia sull’infrastruttura V3, che è stata sviluppata in soli due"
            " mesi con un budget, secondo quanto dichiarato dai tecnici cinesi, inferiore ai 6 milioni di"
            " dollari.",
            "deepseek",
            True,
        ),
        (
            "Den nya lagstiftningen från Europeiska unionen, unik på global nivå, för att reglera artificiell"
            " intelligens (AI) trädde officiellt i kraft på torsdagen.",
            "eu_ai",
            True,
        ),
        (
            "The new legislation from the European Union, unique at a global level, to regulate artificial"
            " intelligence (AI) officially entered into force on Thursday.",
            "eu_ai",
            True,
        ),
        (
            "Chinesische Firmen industrialisieren KI, während Europa reguliert. Der Wettlauf verschiebt sich.",
            "eu_ai",
            False,
        ),
        (
            "China hat am Wochenende bekanntgegeben, den Export von seltenen Erden ab 1. Oktober strenger zu"
            " kontrollieren.",
            "export_controls",
            True,
        ),
        (
            "China kontrolliert rund 70 Prozent der Förderung seltener Erden und dominiert den Export.",
            "export_controls",
            False,
        ),
        (
            "Pekín intenta convencer a las principales empresas tecnológicas del país de que dejen de adquirir"
            " procesadores de inteligencia artificial de la estadounidense Nvidia.",
            "export_controls",
            True,
        ),
        (
            "Nvidia, que estaba en el punto de mira por las limitaciones de EE.UU. a las exportaciones a China,"
            " anunció una facturación récord.",
            "export_controls",
            True,
        ),
        # Round 102 (opinion). The adjective "regulatoria" is no regulator, and the GDPR's full name carries no AI law
        # word; a "technology blockade" on China is the export controls by another name.
        (
            "Estas leyes están alineadas con los estándares del Reglamento General de Protección de Datos (GDPR)"
            ' europeo. "Una ley regulatoria sobre inteligencia artificial representa un aporte clave para Chile",'
            " afirmó.",
            "eu_ai",
            False,
        ),
        (
            "The General Data Protection Regulation also applies to AI tools used by companies in Europe.",
            "eu_ai",
            False,
        ),
        (
            "Tietosuoja-asetusta pidetään eurooppalaisena menestystarinana tekoälyn kehityksessä.",
            "eu_ai",
            False,
        ),
        (
            "Die Aufsichtsbehörde leitete ein Verfahren nach der Datenschutz-Grundverordnung gegen DeepSeek ein.",
            "eu_ai",
            True,
        ),
        ("딥시크는 미국의 대중국 기술 봉쇄를 뚫었다.", "export_controls", True),
        ("The US technology blockade on China pushed DeepSeek to innovate.", "export_controls", True),
        # Round 103 (official texts): Section 301's "burdens or restricts U.S. commerce" opens a tariff case, and
        # Korean trade statistics "excluding the effect of" working days exclude no one.
        (
            "USTR publishes Notice of Action in Section 301 investigation of China's targeting of the semiconductor"
            " industry. USTR has determined that \"China's targeting of the semiconductor industry for dominance is"
            ' unreasonable and burdens or restricts U.S. commerce and thus is actionable."',
            "export_controls",
            False,
        ),
        (
            "이달에도 조업일수 영향을 배제한 일평균 수출은 증가세를 유지했다. 품목별로는 반도체 수출액이 36.1% 늘었고"
            " 중국으로의 수출도 증가했다.",
            "export_controls",
            False,
        ),
        # Probes of the session's new rules with invented sentences: a price cap beside chip sales, a phone launch
        # postponed beside an AI assistant's privacy features, a blockade of Gaza's internet.
        (
            "The US government capped drug prices last year; chipmaker Nvidia's sales rose 50%.",
            "export_controls",
            False,
        ),
        (
            "Samsung postponed its smartphone launch in Europe; privacy features of its AI assistant were praised.",
            "eu_ai",
            False,
        ),
        ("The technology blockade of Gaza's internet was criticised by rights groups.", "export_controls", False),
        # Round 104 (newest news): China's rare-earth export licences 20 words after the minerals; a mining licence
        # is none; "the H20 licences" are export licences by the chip's name.
        (
            "China anunció la simplificación de los trámites para exportar tierras raras, minerales críticos para"
            " baterías eléctricas, semiconductores y energías renovables. El viceministro de Comercio, Li"
            " Chenggang, informó que se reducirán los plazos de licencia de 60 a 30 días.",
            "export_controls",
            True,
        ),
        (
            "China produces 70% of the world's rare earths, and its exports rose 10% last year, customs data showed;"
            " a new mining licence was granted to a Chinese state firm in Inner Mongolia.",
            "export_controls",
            False,
        ),
        (
            "La situazione commerciale in Cina, limitata dai vincoli legati alle licenze H20, preoccupa gli"
            " investitori.",
            "export_controls",
            True,
        ),
        ("Nvidia wartet weiterhin auf die H20-Lizenzen für China.", "export_controls", True),
        # Round 105: Spanish "Factorías de IA" are the EU's AI factories; a chip plant's sale to a Chinese investor
        # blocked is an investment review.
        (
            "La Comisión Europea eligió Barcelona en diciembre de 2024 como una de las siete primeras Factorías de IA"
            " del continente.",
            "eu_ai",
            True,
        ),
        (
            "Im vergangenen November wurde der Verkauf einer Chipfertigung des Dortmunder Unternehmens Elmos an einen"
            " chinesischen Investor untersagt.",
            "export_controls",
            False,
        ),
        # Spanish "regular" is also English "regular": only "para regular" and the like count as a law word.
        (
            "Regular users of AI chatbots in the European Union grew by 20% last year, Eurostat said.",
            "eu_ai",
            False,
        ),
        (
            "La nueva legislación de la Unión Europea, única a nivel mundial, para regular la inteligencia artificial"
            " (IA) entró en vigor el jueves.",
            "eu_ai",
            True,
        ),
        # The GDPR by its full name is excluded for eu_ai (its law word is no AI law) yet counts as the GDPR.
        (
            "La denuncia contra OpenAI se basa en el Reglamento General de Protección de Datos: ChatGPT inventa datos"
            " personales, según la organización.",
            "eu_ai",
            True,
        ),
        (
            "Tietosuoja-asetusta pidetään eurooppalaisena menestystarinana, ja tekoälyn kehityksen myötä se on"
            " ajankohtainen.",
            "eu_ai",
            False,
        ),
        # "Impossible to sell in China" is a restriction like "cannot sell" (round 108).
        (
            "Un segnale che pesa su Nvidia, già colpita dall'impossibilità di vendere in Cina la nuova generazione di"
            " processori.",
            "export_controls",
            True,
        ),
        # A chatbot credited for the illustration of a data-protection authority's report is no AI case.
        (
            "Fuites massives de données et sanctions records en 2024, annonce la Cnil. Image créée avec ChatGPT. La"
            " Cnil a infligé 87 sanctions. Sanctions CNIL au RGPD Image chatgpt",
            "eu_ai",
            False,
        ),
        (
            "La Cnil a ouvert une enquête sur ChatGPT après une plainte. Image créée avec ChatGPT.",
            "eu_ai",
            True,
        ),
        # Rules on exports are export controls, not an AI law, even beside AI and an EU commissioner.
        (
            "Spojené štáty predstavili nové vývozné pravidlá pre čipy používané v oblasti umelej inteligencie, uviedla"
            " eurokomisárka Henna Virkkunenová.",
            "eu_ai",
            False,
        ),
        # Finnish consonant gradation: tekoälysääntö (the list had only tekoälysäänn*), from the vocabulary review.
        ("EU:n uusi tekoälysääntö astuu voimaan, ja Euroopan komissio valvoo sitä.", "eu_ai", True),
        # A firm called Europe's champion is no EU act, even beside AI-Act vocabulary (round 110).
        (
            "El acuerdo es el más grande para una empresa que construye grandes modelos de IA de uso general, ya que"
            " Mistral pretende pasar de ser un campeón europeo a un contendiente global.",
            "eu_ai",
            False,
        ),
        # A European country is a country, not the EU acting (round 111).
        (
            "L'outil reste illégal en Belgique (deuxième pays européen, avec l'Espagne, où la reconnaissance faciale"
            " est interdite), grâce à l'intelligence artificielle.",
            "eu_ai",
            False,
        ),
        # A member state naming the authority that supervises AI, the EU close: the AI Act's national
        # supervisors without the Act's name (round 113); a non-EU country's AI supervisor stays out.
        (
            "Il governo ha deciso: la vigilanza sull'intelligenza artificiale spetterà all'AgID, mentre Bruxelles"
            " chiedeva un'autorità indipendente come previsto dalla Ue.",
            "eu_ai",
            True,
        ),
        (
            "The UK will not create a single AI supervisor; the oversight of AI stays with existing regulators,"
            " the government said, unlike the approach taken in Europe.",
            "eu_ai",
            False,
        ),
        # The digital omnibus beside the AI law is the EU's package amending the AI Act, even with the EU
        # far off (round 113); another country's omnibus bill with an AI act is not.
        (
            "O Pacote Omnibus Digital foi apresentado em Bruxelas. "
            + "O texto abrange áreas como a proteção de dados, a cibersegurança e as plataformas. " * 4
            + "A proposta prevê alterações à Lei da Inteligência Artificial, adiando prazos de alto risco.",
            "eu_ai",
            True,
        ),
        (
            "Bill C-27 is an omnibus bill that contains three pieces of legislation, including the Artificial"
            " Intelligence and Data Act, Canada's first AI law.",
            "eu_ai",
            False,
        ),
        # Korean "기술규제" is a technical regulation (standards) that exporters must meet, no export control
        # (round 114); the US controls on chips to China still count.
        (
            "산업통상자원부 국가기술표준원이 수출기업의 경쟁력을 높이기 위해 해외기술규제 대응 설명회를 개최하고,"
            " 인공지능, 사이버보안 등 새로운 유형의 해외기술규제 정보를 안내했다.",
            "export_controls",
            False,
        ),
        (
            "미국 정부가 중국에 대한 반도체 수출규제를 강화하면서 엔비디아의 AI 칩 판매가 막혔다.",
            "export_controls",
            True,
        ),
        # A state ending exports of chip technology halts them (round 115); the end of wine exports does not
        # touch technology.
        (
            "Peu après l'annonce de la fin des exportations de la technologie des micropuces par les Pays-Bas,"
            " Pékin a protesté.",
            "export_controls",
            True,
        ),
        (
            "Die Niederlande verkündeten das Ende der Exporte von Chipmaschinen nach China.",
            "export_controls",
            True,
        ),
        (
            "Les Pays-Bas annoncent la fin des exportations de tulipes vers la Chine, faute de demande.",
            "export_controls",
            False,
        ),
        # A bare "AI office" may be any country's (Malaysia's, round 117); the EU's by name counts.
        ("马来西亚总理在国家人工智能办公室启动仪式上表示，将加快采用人工智能。", "eu_ai", False),
        ("欧盟人工智能办公室发布了通用人工智能模型的行为准则。", "eu_ai", True),
        # An outlet's name is no place: "Agência Brasil" under a wire on the EU's AI rules vetoes nothing (round 117).
        (
            "Os eurodeputados aprovaram as novas regras para a inteligência artificial na União Europeia."
            " É proibida a reprodução deste conteúdo Agência Brasil",
            "eu_ai",
            True,
        ),
        # The AI Act's vocabulary a sentence-part from AI with the EU right by it: its first rules without its name
        # (round 117); the same words about another country's law stay out.
        (
            "Les règles déjà en vigueur couvrent la formation du personnel à l'IA et l'interdiction de quelques usages"
            " présentant des risques inacceptables dans l'UE.",
            "eu_ai",
            True,
        ),
        (
            "La Corée du Sud interdit les utilisations de l'IA présentant des risques inacceptables, comme l'UE.",
            "eu_ai",
            False,
        ),
        # Italy's Garante translated word for word is a data-protection authority (round 118); an AI law before the
        # Court of Justice of the EU by its abbreviation is the AI Act (round 118); the Court on data transfers
        # without AI is not.
        (
            "Le garant de la confidentialité italienne avait accusé OpenAI d'avoir traité les données des utilisateurs"
            " de ChatGPT de manière abusive.",
            "eu_ai",
            True,
        ),
        ("Le tribunal de Sofia a saisi la CJUE de questions sur l'article 86 de la loi sur l'IA.", "eu_ai", True),
        ("La CJUE a jugé l'affaire Schrems sur les transferts de données vers les États-Unis.", "eu_ai", False),
        # "Export control list" in Romanian is the Entity List by description (round 119).
        (
            "Statele Unite au adăugat şapte institute de cercetare din China pe lista sa de control al exporturilor.",
            "export_controls",
            True,
        ),
        # The Commission's strategies with the AI words seven words on (round 101); "strategic" is no strategy
        # (Polish strategiczny, Romanian strategic); a Parliament special committee on AI is EU AI policy (round 77).
        (
            "Európska komisia predstavila dve ambiciózne stratégie, ktorými chce výrazne urýchliť zavádzanie umelej"
            " inteligencie (AI) v európskom priemysle.",
            "eu_ai",
            True,
        ),
        (
            "USA ograniczają eksport czipów AI; przewidziano wyjątki dla strategicznych sojuszników, ale państwa UE"
            " zostaną objęte limitami.",
            "eu_ai",
            False,
        ),
        (
            "Si è costituito oggi il nuovo Comitato speciale del Parlamento europeo sull'intelligenza artificiale.",
            "eu_ai",
            True,
        ),
        ("Il Parlamento europeo ha istituito una commissione speciale sulla lotta contro il cancro.", "eu_ai", False),
        # A country given limited access to US chips is the controls told from the buyer's side (round 120); a
        # start-up's limited access to GPUs for their price, or in a shortage, is not.
        (
            "La Confederazione figura tra i Paesi che avranno un accesso limitato ai microprocessori statunitensi.",
            "export_controls",
            True,
        ),
        (
            "Les start-up américaines n'ont qu'un accès limité aux puces Nvidia, dont les prix s'envolent.",
            "export_controls",
            False,
        ),
        (
            "European start-ups have limited access to US chips during the global chip shortage.",
            "export_controls",
            False,
        ),
        # "Strategic minerals" in French are the controlled minerals (round 120).
        (
            "La Chine a utilisé sa position dominante sur le marché des minéraux stratégiques pour resserrer les"
            " limites à l'exportation.",
            "export_controls",
            True,
        ),
        # Obstacles on rare earths removed at a summit with China is the controls eased (round 95); obstacles to
        # soybean trade removed are not.
        (
            "Stretnutie s čínskym lídrom Si Ťin-pchingom odstránilo prekážky v obchode s kovmi vzácnych zemín.",
            "export_controls",
            True,
        ),
        ("The summit with China's leader removed obstacles to soybean trade.", "export_controls", False),
        # The EU's transparency requirements for AI-generated content are the AI Act's labelling duty (round 82);
        # China's are not.
        ("AI-genererat innehåll och EU:s transparenskrav – det låter som ett byråkratiskt pussel.", "eu_ai", True),
        ("Kinas transparenskrav för AI-genererat innehåll gäller från september.", "eu_ai", False),
        # Round 125: the EU's AI Pact by its French name; another pact on AI with no EU is not. Regulating exports of
        # advanced chips, said in words, is a control; regulating avocado exports is not. The validated end-user
        # programme in Spanish is the US instrument.
        (
            "Plus d'une centaine d'entreprises ont signé le pacte de l'UE sur l'intelligence artificielle.",
            "eu_ai",
            True,
        ),
        ("Washington et Londres ont signé un pacte sur l'IA pour la recherche.", "eu_ai", False),
        (
            "El Departamento de Comercio estudia una normativa para regular las exportaciones de microchips avanzados.",
            "export_controls",
            True,
        ),
        ("El Gobierno quiere regular las exportaciones de aguacate a Europa.", "export_controls", False),
        (
            "Bajo el programa Usuario final validado, los exportadores pueden enviar chips de IA a centros de datos.",
            "export_controls",
            True,
        ),
        # The EU's AI programmes by their English names (a review after the AI Pact was found missing); IBM's and
        # Meta's AI Alliance is not the European one.
        ("Die Europäische KI-Allianz traf sich zu ihrer vierten Versammlung.", "eu_ai", True),
        ("The Commission's AI Innovation Package supports start-ups building trustworthy AI.", "eu_ai", True),
        ("IBM and Meta launched the AI Alliance with fifty founding members.", "eu_ai", False),
        # The control instruments by their codes and bill names (a review after round 125: ECCN 3A090, the AI
        # Overwatch Act, China's Export Control Law).
        ("Der Ausschuss billigte den AI Overwatch Act mit 42 zu 2 Stimmen.", "export_controls", True),
        ("Los artículos clasificados con el ECCN 3A090 necesitan una licencia.", "export_controls", True),
        ("根据《出口管制法》，商务部将相关企业列入管控名单。", "export_controls", True),
        # China stopping rare-earth exports in plain Spanish (round 127); a stopped match is no control.
        ("Cuando China paró la exportación de tierras raras en abril, hubo alarma.", "export_controls", True),
        ("El árbitro paró el partido entre China y Japón por la lluvia.", "export_controls", False),
        # Export controls on quantum computers (round 130): the machines are technology in every language; a
        # "quantum leap" in an export story is not.
        ("Frankreich führte Exportkontrollen für Quantencomputern mit 34 Qubits ein.", "export_controls", True),
        ("O Reino Unido impôs controlos de exportação sobre computadores quânticos.", "export_controls", True),
        ("Die Exportkontrollen für Weizen machten einen Quantensprung bei den Preisen.", "export_controls", False),
        # Polish "dual use" counts as a control phrase for goods, items and products, as English does; dual-use
        # satellites launched for the army are no control (round 131).
        ("Z Kalifornii wystartowała rakieta z polskimi satelitami podwójnego zastosowania.", "export_controls", False),
        ("Urząd celny zatrzymał przesyłkę wyrobów podwójnego zastosowania do Rosji.", "export_controls", True),
        # A member state's own AI law in Chinese, "the first EU member to pass a national AI law" with a comma inside
        # (round 131), is no EU rule; named beside the EU's AI Act it is that act's implementation.
        ("去年10月，義大利成為了歐盟第一個，通過完整國家AI法案的成員國。", "eu_ai", False),
        ("意大利的国家AI法与欧盟《人工智能法案》保持一致，由AgID负责监管。", "eu_ai", True),
        # Italian papers write the EU "Ue" (round 134): its AI strategy counts as the upper-case UE's does.
        ("Il supercomputer riflette la strategia dell'Ue sull'Intelligenza artificiale.", "eu_ai", True),
        # China's export controls on "key raw materials" (round 135); their prices under tariffs are no control.
        ("Beijing anunció controles de exportación sobre materias primas claves.", "export_controls", True),
        ("El precio de las materias primas claves subió por los aranceles de Trump.", "export_controls", False),
        # The EU's AI Pact in Korean as "인공지능 협약" (round 138); two companies' AI agreement is no EU pact.
        ("EU는 100개 이상의 기업이 새로운 인공지능 협약에 서명했다고 발표했다.", "eu_ai", True),
        ("삼성과 네이버는 인공지능 협약을 맺고 공동 연구에 나선다.", "eu_ai", False),
        # Portuguese "dual use" counts for goods, items and products, as English does; start-ups in dual-use
        # technologies that attract investors are no control (round 139).
        (
            "As startups de inteligência artificial e tecnologias de uso dual captam a atenção dos investidores.",
            "export_controls",
            False,
        ),
        ("A alfândega apreendeu produtos de uso dual com chips destinados à Rússia.", "export_controls", True),
        # Rare earths as "rare minerals" in Polish (round 140); a collector's rare minerals are no control.
        (
            "Chiny zapowiedziały ograniczenie eksportu rzadkich minerałów o 35 proc.",
            "export_controls",
            True,
        ),
        ("Kolekcjoner pokazał rzadkie minerały i pierwiastki na wystawie w Krakowie.", "export_controls", False),
        # Chips that "fully meet export standards" (round 141) meet the controls; lychees that do are trade. A Quill
        # paragraph class ("ql-block") left in a page is no ban.
        ("英伟达澄清,DeepSeek使用的GPU完全符合出口标准。", "export_controls", True),
        ("这批荔枝符合出口标准,已运往新加坡。", "export_controls", False),
        ('<p class="ql-block">中国公司的DeepSeek模型让英伟达芯片股价暴跌。</p>', "export_controls", False),
        # The authorities' network ("Behördennetz") is no authority (round 142); the Irish authority for data
        # protection is.
        (
            "Chinesischer Chatbot fliegt aus Behördennetz – Datenschutzrisiken in Tschechien als Auslöser.",
            "eu_ai",
            False,
        ),
        ("Die irische Behörde für Datenschutz prüft den KI-Chatbot von Meta.", "eu_ai", True),
        # Controls on the outflow ("salida") of rare earths are export controls; on the outflow of capital they are not.
        (
            "China impuso nuevos controles a la salida de tierras raras, esenciales para la tecnología.",
            "export_controls",
            True,
        ),
        (
            "Argentina mantiene controles a la salida de capitales e invierte en inteligencia artificial y chips.",
            "export_controls",
            False,
        ),
        # French and Italian "export controls" with "de"/"d'" (round 144: the trade deal's "alléger les contrôles
        # d'exportation de minéraux critiques" beside its tariffs was missed); cereal checks at a port are no control.
        (
            "Les deux pays vont réduire les tarifs et alléger les contrôles d’exportation de minéraux critiques.",
            "export_controls",
            True,
        ),
        ("Washington impone dazi e controlli di esportazione sui chip Nvidia verso la Cina.", "export_controls", True),
        ("Le port renforce les contrôles d'exportation de céréales vers l'Algérie.", "export_controls", False),
        # A review of each language's "export controls/bans/limits" after round 144's French gap, each beside a tariff
        # word so that only a control phrase can match; a wheat export ban is no technology control.
        (
            "Washington impose des droits de douane et des contrôles sur l'exportation des puces Nvidia.",
            "export_controls",
            True,
        ),
        ("Washington impone aranceles y prohibiciones de exportación a los chips de Nvidia.", "export_controls", True),
        ("Washington impõe tarifas e restrições sobre exportações aos chips da Nvidia.", "export_controls", True),
        ("Washington impone dazi e vincoli all'export sui chip Nvidia.", "export_controls", True),
        ("Washington verhängt Zölle und Kontrollen der Ausfuhr für Nvidia-Chips.", "export_controls", True),
        ("Washington imposes tariffs and bans on exports of Nvidia chips.", "export_controls", True),
        ("Washington asettaa tulleja ja vientikontrolleja Nvidian siruille.", "export_controls", True),
        ("Washington impune tarife și controale ale exporturilor pentru cipurile Nvidia.", "export_controls", True),
        ("美国对英伟达芯片征收关税并实施出口限令。", "export_controls", True),
        ("Argentina impone prohibiciones de exportación de trigo y aranceles a la soja.", "export_controls", False),
        # Dutch approval as a separable verb ("keurde ... goed"); a food inspector's "keurt" beside China is no licence.
        ("Washington keurde de verkoop van Nvidia's H200-chips aan China goed.", "export_controls", True),
        ("De NVWA keurt vlees uit China voor de export.", "export_controls", False),
        # Grok and Gemini in Korean and Japanese script before a data-protection authority; a UK inquiry credited to
        # "프랑스 AFP통신" (France's AFP) names no European authority.
        ("아일랜드 데이터보호위원회는 그록을 조사하고 있다.", "eu_ai", True),
        ("イタリアのデータ保護当局はジェミニについて調査を始めた。", "eu_ai", True),
        (
            "프랑스 AFP통신에 따르면, 영국 정보위원회(ICO)는 그록의 개인 정보 처리에 대한 조사에 착수했다.",
            "eu_ai",
            False,
        ),
        # Swedish "svarta lista" after a genitive, and Turkish orders to stop buying chips ("almayı bırakmalarını
        # emretti"); a doctor's order to stop buying sugar is no control.
        ("USA lade till 140 kinesiska chipföretag på handelsdepartementets svarta lista.", "export_controls", True),
        (
            "Çin, teknoloji şirketlerine Nvidia'nın yapay zeka çiplerini satın almayı bırakmalarını emretti.",
            "export_controls",
            True,
        ),
        ("Doktor, hastaya şeker almayı bırakmasını emretti.", "export_controls", False),
        # Round 147: Beijing limiting (not stopping) its firms' purchases of the H20, a state's rules on selling chips
        # to China with no control word, and a US bill whose title ends in "Artificial Intelligence Act".
        ("Beijing has asked tech companies to limit their purchases of Nvidia's H20.", "export_controls", True),
        ("Chinese regulators discouraged companies from buying Nvidia's H20 chips.", "export_controls", True),
        ("Peking forderte die Techkonzerne auf, ihre Käufe von Nvidia-Chips einzuschränken.", "export_controls", True),
        ("Nvidia, hit by new US rules on selling chips to China, is looking to Europe.", "export_controls", True),
        ("Nvidia souffre des nouvelles règles américaines sur la vente de puces à la Chine.", "export_controls", True),
        ("Az Nvidiát sújtják az új amerikai szabályok a Kínába irányuló chipeladásokról.", "export_controls", True),
        ("Under US accounting rules, Nvidia's sales to China are reported separately.", "export_controls", False),
        ("Chinese firms cut their purchases of Nvidia's H20 chips as demand weakened.", "export_controls", False),
        (
            "The chip industry braces for the Guaranteeing Access and Innovation for National Artificial "
            "Intelligence Act of 2025.",
            "eu_ai",
            False,
        ),
        # Round 149: not selling chips to China as a stance (Amodei at Davos); a quarter's sales report stays out.
        (
            "Nie sprzedawanie chipów do Chin to jeden z najważniejszych kroków, jakie możemy podjąć.",
            "export_controls",
            True,
        ),
        ("Amodei argued that America must not sell its most advanced chips to China.", "export_controls", True),
        ("Non vendere chip alla Cina è uno dei passi più importanti, ha detto Amodei.", "export_controls", True),
        ("Nvidia is not selling as many chips to China as last year because demand slowed.", "export_controls", False),
        (
            "NVIDIA disclosed that it did not sell any H20 chips to China during the second quarter.",
            "export_controls",
            False,
        ),
        # Round 150: Turkish "how AI systems will be regulated" and Korean "rules" beside the EU's institutions; a
        # Turkish conference being organised ("düzenlenmesi") is no regulation.
        (
            "Avrupa Birliği (AB) Komisyonu, Avrupa Parlamentosu ve üye ülkeler, yapay zekâ sistemlerinin nasıl "
            "düzenleneceği konusunda geçici bir anlaşmaya vardı.",
            "eu_ai",
            True,
        ),
        ("유럽연합 집행위원회와 유럽의회, 회원국들은 인공지능 규칙에 대해 잠정 합의에 도달했다.", "eu_ai", True),
        (
            "Türkiye'de yapay zekâ konferansının düzenlenmesi İstanbul'da yapıldı, AB temsilcileri de katıldı.",
            "eu_ai",
            False,
        ),
        # Round 151: a study or a survey is no GDPR case ("Deze paper onderzoekt", "アンケート調査によると"), while an
        # authority's investigation still is; controls on technology transfer, a US bill's name among them.
        ("Deze paper onderzoekt de risico's van ChatGPT onder de AVG voor advocaten.", "eu_ai", False),
        ("Ifølge en undersøgelse blandt 500 virksomheder bruger mange ChatGPT uden at tænke på GDPR.", "eu_ai", False),
        ("アンケート調査によると、多くの企業がChatGPTを使っているが、GDPRへの対応は遅れている。", "eu_ai", False),
        ("설문조사에 따르면 많은 기업이 GDPR을 고려하지 않고 ChatGPT를 사용한다.", "eu_ai", False),
        ("Datatilsynet har indledt en undersøgelse af DeepSeek efter GDPR.", "eu_ai", True),
        ("In België is een onderzoek geopend naar DeepSeek wegens mogelijke inbreuken op de AVG.", "eu_ai", True),
        ("H.R. 1122, the China Technology Transfer Control Act, was introduced in Congress.", "export_controls", True),
        (
            "Il Congresso discute la legge sul controllo del trasferimento tecnologico della Cina.",
            "export_controls",
            True,
        ),
        ("Beijing complains about forced technology transfer in joint ventures.", "export_controls", False),
        # Round 153: China stopping or cutting its rare-earth exports (but "exports fell" is a statistic), and a
        # car part's control module exported is no state control.
        ("China cut rare earth exports to Japan.", "export_controls", True),
        ("La Chine a cessé ses exportations de terres rares vers le Japon.", "export_controls", True),
        ("China dejó de exportar tierras raras a Japón.", "export_controls", True),
        ("La Cina ha ridotto le esportazioni di terre rare per fare pressione sul Giappone.", "export_controls", True),
        ("China hat die Exporte Seltener Erden gedrosselt.", "export_controls", True),
        ("China's rare earth exports fell 20 percent in May as demand weakened.", "export_controls", False),
        (
            "FABRICAR el módulo electrónico de control de airbag para vehículos y exportarlo a todo el mundo fue "
            "un hito, dice la empresa de semiconductores.",
            "export_controls",
            False,
        ),
        # Round 154: "norma" in the singular and "the European rule" on AI; an antitrust case's rules are no AI law.
        (
            "Los modelos de IA deben cumplir con la ya aprobada norma europea sobre inteligencia artificial.",
            "eu_ai",
            True,
        ),
        ("I modelli di IA devono rispettare la norma europea sull'intelligenza artificiale.", "eu_ai", True),
        ("AI models must comply with the European rule on artificial intelligence.", "eu_ai", True),
        (
            "Komisja Europejska wszczęła formalne postępowanie antymonopolowe w sprawie polityki Meta wobec dostawców "
            "sztucznej inteligencji. Zmienione zasady zakazują firmom AI korzystania z WhatsAppa.",
            "eu_ai",
            False,
        ),
        # Galicia's own AI law (a region's, like Italy's national one) is not the EU's; the AI Act beside it is.
        (
            "El Parlamento gallego aprobó la ley de IA, un hito en Europa: establece un marco normativo para la "
            "inteligencia artificial en la Unión Europea.",
            "eu_ai",
            False,
        ),
        (
            "El Parlamento gallego debatió cómo aplicar el Reglamento europeo de Inteligencia Artificial (AI Act).",
            "eu_ai",
            True,
        ),
        # The AI Act's national supervisors named without the EU, the Act's "national competent authorities", and
        # the Berlin commissioner in Turkish and Swedish (a review of enforcement wording after round 156).
        ("Die Bundesnetzagentur wird künftig die Aufsicht über KI-Systeme übernehmen.", "eu_ai", True),
        ("L'ANACOM foi designada autoridade de fiscalização do mercado para a inteligência artificial.", "eu_ai", True),
        ("Member states had to designate national competent authorities for AI by 2 August 2025.", "eu_ai", True),
        (
            "Los Estados miembros debían designar autoridades nacionales competentes en IA antes del 2 de agosto "
            "de 2025.",
            "eu_ai",
            True,
        ),
        ("Berlin veri koruma yetkilisi Apple ve Google'dan DeepSeek uygulamasını kaldırmasını istedi.", "eu_ai", True),
        ("Berlins dataskyddsombud bad Apple och Google att ta bort DeepSeek-appen.", "eu_ai", True),
        ("Die Bundesnetzagentur prüft die Netzentgelte der Stromnetzbetreiber; KI soll dabei helfen.", "eu_ai", False),
        ("Market surveillance authorities in the EU checked 500 toys for safety.", "eu_ai", False),
        # Round 157: dual use as a control only for goods or beside an export word; a "dual-use industry" is policy.
        (
            "造船業がデュアルユース(軍民両用)産業である点を重視し、経済安保推進法を通じて国内投資を支援する。",
            "export_controls",
            False,
        ),
        ("中国推进军民两用技术发展，加强军民融合。", "export_controls", False),
        ("中国商務省は日本への軍民両用品目の輸出を禁止すると発表した。", "export_controls", True),
        ("商务部宣布禁止向日本出口军民两用物项。", "export_controls", True),
        # Round 158: the EU's AI Office as "het EU AI-kantoor"; a US president's AI executive order called a
        # "Verordnung"/"förordning"/"asetus" is no EU act.
        (
            "Wat betreft kunstmatige intelligentie verwelkomen beide partijen de oprichting van het EU AI-kantoor.",
            "eu_ai",
            True,
        ),
        (
            "Er kritisierte die KI-Verordnung von Joe Biden als Hindernis für US-amerikanische KI-Unternehmen.",
            "eu_ai",
            False,
        ),
        ("Sacks kritiserade Joe Bidens AI-förordning som ett hinder för amerikanska AI-företag.", "eu_ai", False),
        ("Sacks kritisoi Joe Bidenin tekoälyasetusta esteeksi yhdysvaltalaisille tekoälyyrityksille.", "eu_ai", False),
        ("Die KI-Verordnung der EU gilt ab August.", "eu_ai", True),
        # A review of licence deals after round 159: the US government's share of China chip revenue paid for the
        # licences, the AI diffusion rule and validated end users in the smaller languages, a halt order in Hungarian.
        (
            "Nvidia and AMD agreed to pay the US government 15% of their China chip revenue in exchange for licences.",
            "export_controls",
            True,
        ),
        (
            "Nvidia und AMD zahlen der US-Regierung 15 Prozent ihrer China-Umsätze mit Chips im Gegenzug für Lizenzen.",
            "export_controls",
            True,
        ),
        ("De regering-Trump schrapte de AI-diffusieregel.", "export_controls", True),
        ("Trumpin hallinto kumosi tekoälyn levitystä koskevan säännön.", "export_controls", True),
        (
            "Washington, Samsung ve SK Hynix'in Çin'deki fabrikalarının onaylı son kullanıcı statüsünü iptal etti.",
            "export_controls",
            True,
        ),
        (
            "Az USA utasította a TSMC-t, hogy állítsa le a fejlett chipek szállítását kínai ügyfeleinek.",
            "export_controls",
            True,
        ),
        ("Nvidia's revenue from China fell to 15% of its total sales last quarter.", "export_controls", False),
        (
            "Die Chiphersteller zahlen 15 Prozent ihrer China-Umsätze als Steuer an den chinesischen Staat.",
            "export_controls",
            False,
        ),
        # China's customs cracking down on Nvidia imports, transit states' permits for chip exports, a Dutch
        # clause-final "voldoet" and a Finnish "esti" (a review of China's and the transit states' steps, round 159).
        ("China's customs agency has cracked down on imports of Nvidia chips.", "export_controls", True),
        ("中国海关严查英伟达芯片进口。", "export_controls", True),
        ("Hong Kong customs seized 2,000 undeclared CPUs smuggled to evade import duties.", "export_controls", False),
        ("La Malaisie exigera des permis pour exporter des puces d'IA américaines.", "export_controls", True),
        (
            "Nvidia ontwierp de B30A, een afgeslankte chip voor China die aan de Amerikaanse regels voldoet.",
            "export_controls",
            True,
        ),
        ("Kiina esti Nexperian sirujen viennin Dongguanin tehtaalta.", "export_controls", True),
        # noyb's complaints against Meta's AI training, training said as a verb (a review after round 159).
        (
            "Noyb reichte in elf Ländern Beschwerden gegen Metas Pläne ein, KI mit Nutzerdaten zu trainieren.",
            "eu_ai",
            True,
        ),
        (
            "Noyb a depus plângeri în unsprezece țări împotriva planurilor Meta de a antrena IA cu datele "
            "utilizatorilor.",
            "eu_ai",
            True,
        ),
        ("노이브는 메타가 이용자 데이터로 AI를 학습시키려는 계획에 대해 11개국에 민원을 제기했다.", "eu_ai", True),
        # Romanian "elenă" (Hellenic) for the Greek authority, as a phrase: folded, "elena" is also a first name.
        (
            "Autoritatea elenă pentru protecția datelor a amendat Clearview AI cu 20 de milioane de euro.",
            "eu_ai",
            True,
        ),
        (
            "Elena Popescu a vorbit despre inteligența artificială și ChatGPT la conferința din București, unde "
            "autoritatea a anunțat o investigație.",
            "eu_ai",
            False,
        ),
        # China's mineral rules paused or licensed (a review after round 159); mining quotas and pricing stay out.
        (
            "Pékin a suspendu pour un an ses nouvelles règles sur les terres rares après la rencontre Trump-Xi.",
            "export_controls",
            True,
        ),
        (
            "Peking schortte zijn nieuwe regels voor zeldzame aardmetalen een jaar op na de ontmoeting.",
            "export_controls",
            True,
        ),
        ("중국은 트럼프-시진핑 회담 후 희토류 새 규정을 1년간 유예했다.", "export_controls", True),
        ("China published new rules on rare earth mining quotas and suspended two mines.", "export_controls", False),
        ("Beijing's new rules on rare earth pricing allow traders to set prices freely.", "export_controls", False),
        # Romanian "fabrica de IA" in the singular; the Czech "AI továrny" stay out (Nvidia's "AI factories" are
        # sold under that name in Eastern Europe, round 26).
        ("România va găzdui o fabrică de inteligență artificială finanțată de UE.", "eu_ai", True),
        # "European regulation of/on/for AI" is a name of the EU's act in every word order (round 161: Macron's "la
        # régulation européenne pour l'IA", the British named as those without it): no place vetoes it.
        (
            "Macron n'apprécie pas la régulation européenne pour l'IA, contrairement aux Britanniques.",
            "eu_ai",
            True,
        ),
        ("Sánchez defiende la regulación europea de la IA, a diferencia de los británicos.", "eu_ai", True),
        ("Meloni difende la normativa europea per l'IA, a differenza dei britannici.", "eu_ai", True),
        ("Lula elogia a regulamentação europeia da IA, ao contrário dos britânicos.", "eu_ai", True),
        ("The president criticised European regulation of AI, unlike the British.", "eu_ai", True),
        (
            "Guvernul critică reglementarea europeană a inteligenței artificiale, spre deosebire de Marea Britanie.",
            "eu_ai",
            True,
        ),
        ("The British regulation of AI differs from Japan's light touch.", "eu_ai", False),
        # A machine that "can no longer be exported" to China is a control told in the passive (round 162: the US
        # pressed the Dutch "afin que de telles machines ne puissent plus être exportées vers la Chine").
        (
            "Les États-Unis ont fait pression sur les Pays-Bas afin que les machines EUV d'ASML ne puissent plus "
            "être exportées vers la Chine.",
            "export_controls",
            True,
        ),
        ("ASML's EUV machines can no longer be exported to China.", "export_controls", True),
        ("Las máquinas EUV de ASML ya no pueden exportarse a China.", "export_controls", True),
        ("Maszyny EUV firmy ASML nie mogą już być eksportowane do Chin.", "export_controls", True),
        ("ASMLのEUV装置はもはや中国に輸出できない。", "export_controls", True),
        ("ASML'in EUV makineleri artık Çin'e ihraç edilemiyor.", "export_controls", True),
        (
            "The chips made in the new plant cannot be exported to China because of the 50% tariffs Beijing imposed.",
            "export_controls",
            False,
        ),
        # Leaked secrets are no smuggled chips: confidential information and industrial espionage veto the bare
        # "illegally" (round 163: former TSMC staff "機密情報を不正に取得"); chips taken to China illegally still count.
        (
            "TSMCの元従業員が最先端の半導体に関する機密情報を不正に取得し、中国企業に渡した疑いがある。",
            "export_controls",
            False,
        ),
        (
            "Ein früherer Mitarbeiter soll vertrauliche Informationen über Chips illegal an ein Unternehmen in China "
            "weitergegeben haben.",
            "export_controls",
            False,
        ),
        ("前工程师非法窃取芯片营业秘密，打算跳槽到中国大陆企业。", "export_controls", False),
        ("エヌビディアの半導体が不正に中国へ輸出された疑いがある。", "export_controls", True),
        ("英伟达芯片被非法运往中国。", "export_controls", True),
        # "Export regulations" in the Romance languages (a review after round 165: "regulaciones de exportación
        # impuestas por Estados Unidos a China" on a China-only graphics card); farm-export rules stay out.
        (
            "Nvidia diseñó la RTX 5090D para cumplir con las regulaciones de exportación más estrictas impuestas por "
            "Estados Unidos a China.",
            "export_controls",
            True,
        ),
        (
            "Nvidia a conçu la RTX 5090D pour respecter les réglementations à l'exportation plus strictes imposées "
            "par les États-Unis à la Chine.",
            "export_controls",
            True,
        ),
        (
            "Nvidia ha progettato la RTX 5090D per rispettare le normative sull'esportazione più severe imposte "
            "dagli Stati Uniti alla Cina.",
            "export_controls",
            True,
        ),
        (
            "A Nvidia projetou a RTX 5090D para cumprir as regulamentações de exportação mais rígidas impostas "
            "pelos Estados Unidos à China.",
            "export_controls",
            True,
        ),
        ("Las regulaciones de exportación de aceite de oliva a China cambian en enero.", "export_controls", False),
        # A trade ministry banning misleading AI-made adverts protects shoppers (round 167's Turkish "Ticaret
        # Bakanlığı ... Tüketiciyi Yanıltan Reklamlara Yasak"); its export bans still count.
        (
            "Ticaret Bakanlığı, yapay zekâ ile tüketiciyi yanıltan reklamlara yasak getiren yönetmelik hazırladı; "
            "Tüketicinin Korunması Genel Müdürü açıkladı.",
            "export_controls",
            False,
        ),
        (
            "The trade ministry will ban misleading adverts made with AI under new consumer protection rules for "
            "influencers.",
            "export_controls",
            False,
        ),
        (
            "Çin Ticaret Bakanlığı, yapay zeka çiplerinde kullanılan galyum ve germanyum ihracatını yasakladı.",
            "export_controls",
            True,
        ),
        # A welfare, tax or immigration authority that uses AI is no data-protection authority acting on it (round
        # 169: Amnesty on "the Danish welfare authority, Udbetaling Danmark"); the Danish DPA still counts.
        (
            "Amnesty criticised the Danish welfare authority, Udbetaling Danmark, for using artificial intelligence "
            "tools to detect benefit fraud.",
            "eu_ai",
            False,
        ),
        (
            "The Danish data protection authority opened an investigation into Meta's AI training on Facebook posts.",
            "eu_ai",
            True,
        ),
        # China letting chip or mineral exports resume is a state lifting its halt (round 166: "La Chine a accepté de
        # reprendre l'exportation des puces semi-conductrices de Nexperia"); statistics and lockdowns stay out.
        (
            "La Chine a accepté de reprendre l'exportation des puces de Nexperia vers les constructeurs européens.",
            "export_controls",
            True,
        ),
        ("China agreed to resume exports of Nexperia chips to European carmakers.", "export_controls", True),
        (
            "Chiny zgodziły się wznowić eksport chipów Nexperii do europejskich producentów samochodów.",
            "export_controls",
            True,
        ),
        ("중국은 넥스페리아 반도체의 유럽 자동차업체 수출 재개에 동의했다.", "export_controls", True),
        ("Chinese chip exports resumed growth in October, customs data showed.", "export_controls", False),
        (
            "China's factories resumed exporting chips after the Covid lockdown in Shanghai ended.",
            "export_controls",
            False,
        ),
        # The chip embargo as a compound with its inflected stem (a review of "despite the US chip embargo" in all
        # twenty languages): Finnish "sirusaarrosta" (saarto, saarron), Hungarian "chipembargó".
        ("DeepSeek koulutti mallinsa Yhdysvaltojen sirusaarrosta huolimatta.", "export_controls", True),
        ("A DeepSeek az amerikai chipembargó ellenére tanította be a modelljét.", "export_controls", True),
        # A state ordering foreign chips taken out or their purchase plans cancelled (round 173:
        # "設置済みの外国製チップを全て撤去するか、もしくは購入計画の取り消しが義務付けられた"); a company replacing its
        # own servers stays out.
        (
            "Beijing has told new state-funded data centres to remove all foreign AI chips already installed.",
            "export_controls",
            True,
        ),
        (
            "Pékin a ordonné aux centres de données financés par l'État de retirer les puces d'IA étrangères.",
            "export_controls",
            True,
        ),
        (
            "中国政府は公的資金で建設されるデータセンターに対し、設置済みの外国製AIチップを全て撤去するよう指示した。",
            "export_controls",
            True,
        ),
        ("中国政府要求国家资金支持的数据中心取消采购计划，不再购买英伟达芯片。", "export_controls", True),
        (
            "The startup removed its old foreign-made servers and chips from the Berlin data centre last year.",
            "export_controls",
            False,
        ),
        # The EU's ethics guidelines in looser words (round 174: "hat die EU-Kommission ein Expertengremium
        # beauftragt, ethische Leitplanken für KI-Systeme zu entwerfen"); another body's commission is not the EU's
        # (round 174: the Vatican's "Richtlijnen voor Kunstmatige Intelligentie ... door de Pauselijke Commissie").
        (
            "Die EU-Kommission hat ein Expertengremium beauftragt, ethische Leitplanken für KI-Systeme zu entwerfen.",
            "eu_ai",
            True,
        ),
        ("欧盟委员会委托专家组起草人工智能伦理准则。", "eu_ai", True),
        (
            "Het decreet met de titel Richtlijnen voor Kunstmatige Intelligentie is uitgevaardigd door de Pauselijke "
            "Commissie van Vaticaanstad.",
            "eu_ai",
            False,
        ),
        # "Gigafactories" with AI a sentence-part away and the Commission three sentences on (round 178); Tesla's
        # gigafactory with AI robots and the Commission's state aid stays out.
        (
            "Ces gigafactories, à l'opposé de simples centres de données, serviront de plateformes pour développer "
            "des systèmes d'IA souverains. Elles s'appuient sur les infrastructures existantes. La question de la "
            "durabilité énergétique se pose. La Commission européenne entamera maintenant des discussions.",
            "eu_ai",
            True,
        ),
        (
            "Tesla's new gigafactory near Berlin will use AI-driven robots on its lines, the company said. The "
            "European Commission approved the state aid for the plant last year.",
            "eu_ai",
            False,
        ),
        # "US" describing firms is not the state (round 178: the "US-Tech-Unternehmen" beside "Amazon stoppt einige
        # Leasinggespräche"); the US government stopping chip sales still counts.
        (
            "Die Skepsis wuchs, ob die Investitionen der grossen US-Tech-Unternehmen für Hochleistungs-KI-Chips "
            "angebracht sind. Amazon stoppt einige Leasinggespräche.",
            "export_controls",
            False,
        ),
        ("Die US-Regierung stoppt den Verkauf von KI-Chips an Kunden im Ausland.", "export_controls", True),
        # "Deep Seek" spaced and in capitals, right against Japanese, Korean or Chinese script (round 179's guide);
        # the words as an English phrase inside a Korean sentence stay out.
        ("DEEP SEEKのデータの取り扱いと保存場所について詳しく解説します。", "deepseek", True),
        ("Deep Seek 방식으로 심해를 탐사했다.", "deepseek", False),
        # A Parliament committee discussing or holding a hearing on AI (round 180: "Komisja Prawna (JURI) Parlamentu
        # Europejskiego dyskutowała wczoraj na temat praw autorskich w kontekście generatywnej sztucznej inteligencji").
        (
            "Komisja Prawna Parlamentu Europejskiego dyskutowała wczoraj o prawach autorskich w kontekście "
            "generatywnej sztucznej inteligencji.",
            "eu_ai",
            True,
        ),
        ("The European Parliament's legal affairs committee discussed copyright and generative AI.", "eu_ai", True),
        # "Regulate AI" said with the verb and its object, the proposal's actor further off (round 181: "la propuesta
        # legislativa presentada por la Comisión Europea destinada a regular la inteligencia artificial"); the Apply
        # AI Strategy described in full words (round 181: "la stratégie d'application de l'intelligence artificielle
        # (IA) de la Commission européenne").
        (
            "La Comisión Europea aprobó ayer la propuesta legislativa presentada por Bruselas destinada a regular la "
            "inteligencia artificial.",
            "eu_ai",
            True,
        ),
        (
            "La proposition législative présentée par la Commission européenne visant à encadrer l'intelligence "
            "artificielle.",
            "eu_ai",
            True,
        ),
        (
            "Un projet pilote de la stratégie d'application de l'intelligence artificielle (IA) de la Commission "
            "européenne vise la conduite autonome.",
            "eu_ai",
            True,
        ),
        # "AI" describing chips is semiconductor policy (round 183: the Chips Act review's "designing AI chips for
        # EU compute infrastructures"); the validated end-user authorization named by its acronym (round 183:
        # "美國商務部近日核發的VEU授權").
        (
            "The Chips Act review could push Nvidia out of certain EU strategic semiconductor projects. The "
            "legislative proposal states that strategic projects, such as designing AI chips for EU compute "
            "infrastructures, "
            "should be carried out by domestic undertakings.",
            "eu_ai",
            False,
        ),
        ("台積電說明，美國商務部近日核發的VEU授權取代先前的臨時授權，確保南京廠穩定營運。", "export_controls", True),
        # The US CHIPS Act by its translated names is a subsidy, not a control (round 185: "Washington ha aprobado la
        # Ley de Chips y Ciencia ... para reindustrializar el país y frenar el avance chino").
        (
            "Washington ha aprobado la Ley de Chips y Ciencia, con inversiones públicas sin precedentes para "
            "reindustrializar el país y frenar el avance chino en los chips.",
            "export_controls",
            False,
        ),
        # A review of invented news sentences in eight smaller languages (Swedish, Danish, Finnish, Czech, Slovak,
        # Romanian, Hungarian, Greek): orders to stop buying or cancel orders, blacklists by description, export
        # licences, permission to sell, the AI Act's epithet, Max Schrems, the Brussels article form, Chat GPT spaced.
        (
            "Americká vláda umožní Nvidii vyvážet do Číny výkonné čipy H200, ovšem pouze prověřeným "
            "zákazníkům a za podmínky, že Washington dostane 25 procent z prodeje.",
            "export_controls",
            True,
        ),
        (
            "AI-loven, som er verdens første samlede regulering af kunstig intelligens, træder i kraft i dag, "
            "men de fleste regler skal først overholdes fra 2026.",
            "eu_ai",
            True,
        ),
        (
            "USA sætter dusinvis af kinesiske virksomheder på handelssortlisten",
            "export_controls",
            True,
        ),
        (
            "Οι εταιρείες που χρησιμοποιούν απαγορευμένες πρακτικές τεχνητής νοημοσύνης κινδυνεύουν με "
            "πρόστιμο που μπορεί να φτάσει το 7% του παγκόσμιου ετήσιου κύκλου εργασιών τους, σύμφωνα με τον "
            "κανονισμό της ΕΕ.",
            "eu_ai",
            True,
        ),
        (
            "Από την 1η Σεπτεμβρίου η ASML θα πρέπει να λαμβάνει άδεια από τη Χάγη για να αποστέλλει ορισμένα "
            "από τα λιθογραφικά της μηχανήματα στην Κίνα, ανακοίνωσε η ολλανδική κυβέρνηση.",
            "export_controls",
            True,
        ),
        (
            "Max Schremsin johtaman järjestön mukaan ChatGPT:n hallusinaatiot rikkovat EU:n yleisen "
            "tietosuoja-asetuksen tarkkuusvaatimusta.",
            "eu_ai",
            True,
        ),
        (
            "Washingtonin tiukentama vientivalvonta koskee nyt myös aiempaa heikompia grafiikkasuorittimia, "
            "joita kiinalaiset yhtiöt ovat käyttäneet kielimallien kouluttamiseen.",
            "export_controls",
            True,
        ),
        (
            "Megkapta az exportlicencet az Nvidia: a vállalat újra értékesítheti H20 processzorait kínai ügyfeleinek.",
            "export_controls",
            True,
        ),
        (
            "Prin pachetul „omnibus digital”, Bruxellesul vrea să amâne cu până la 16 luni aplicarea "
            "regulilor pentru sistemele de IA cu risc ridicat.",
            "eu_ai",
            True,
        ),
        (
            "Autoritatea chineză de reglementare a internetului le-a ordonat marilor firme de tehnologie, "
            "printre care ByteDance și Alibaba, să înceteze achizițiile de cipuri RTX Pro 6000D de la Nvidia, "
            "potrivit Financial Times.",
            "export_controls",
            True,
        ),
        (
            "Peking nariadil čínskym technologickým firmám, aby prestali nakupovať čipy od Nvidie",
            "export_controls",
            True,
        ),
        (
            "Redan 2023 stängde Italiens integritetsmyndighet tillfälligt av Chat GPT, med hänvisning till "
            "brott mot dataskyddsförordningen.",
            "eu_ai",
            True,
        ),
        (
            "Beslutet att släppa igenom försäljningen av H200 till Kina har kritiserats av både demokrater "
            "och republikaner i kongressen.",
            "export_controls",
            True,
        ),
        # The same review in German, French, Spanish, Italian, Portuguese, Dutch and Turkish: China's internet
        # regulator ordering orders cancelled (an actor only for that order: its own rules on algorithms stay out),
        # a special permit, "beperkt export", the export blacklist, a GDPR "reclamación".
        (
            "Künftig dürfen amerikanische Hersteller wie Nvidia und AMD ihre leistungsfähigsten "
            "KI-Prozessoren nur noch mit einer Sondergenehmigung an chinesische Kunden ausführen, wie das "
            "Handelsministerium in Washington mitteilte.",
            "export_controls",
            True,
        ),
        (
            "Según la reclamación, basada en el Reglamento General de Protección de Datos (RGPD), OpenAI "
            "vulnera el principio de exactitud al no poder corregir la información falsa que ChatGPT ofrece "
            "sobre personas reales.",
            "eu_ai",
            True,
        ),
        (
            "El regulador chino del ciberespacio ha pedido a empresas como ByteDance y Alibaba que cancelen "
            "sus pedidos del chip RTX Pro 6000D de Nvidia, según el Financial Times.",
            "export_controls",
            True,
        ),
        (
            "L'administration chinoise du cyberespace a ordonné à des entreprises comme ByteDance et Alibaba "
            "de mettre fin à leurs commandes de la puce RTX Pro 6000D de Nvidia, selon le Financial Times.",
            "export_controls",
            True,
        ),
        (
            "L'autorità cinese per il cyberspazio ha chiesto ad aziende come ByteDance e Alibaba di "
            "interrompere gli acquisti e i test delle schede Nvidia RTX Pro 6000D, riferisce il Financial "
            "Times.",
            "export_controls",
            True,
        ),
        (
            "Nederland beperkt export van ASML-chipmachines naar China",
            "export_controls",
            True,
        ),
        (
            "Pequim manda gigantes da tecnologia pararem de comprar chips da Nvidia",
            "export_controls",
            True,
        ),
        (
            "ABD, onlarca Çinli şirketi ihracat kara listesine aldı",
            "export_controls",
            True,
        ),
        (
            "The Cyberspace Administration of China, the country's internet watchdog, unveiled the draft of the "
            "regulation on recommendation algorithms.",
            "export_controls",
            False,
        ),
        # The same review in Japanese, Korean, Chinese and English: the stop-buying order in Japanese and Korean,
        # Korea's headline "中 당국" for the Chinese authorities, an export restriction "추가 제한" (tightened further).
        (
            "中国の国家インターネット情報弁公室はアリババなどに対し、エヌビディアのAI向け半導体の購入を中止するよう求めた。",
            "export_controls",
            True,
        ),
        ('中 당국, 자국 빅테크에 "엔비디아 칩 구매 중단하라"', "export_controls", True),
        ("네덜란드 정부, ASML 노광장비 대중 수출 추가 제한", "export_controls", True),
        # The removal order told as a mandate ("... 撤去するか、もしくは購入計画の取り消しが義務付けられた", round 173).
        (
            "中国の指針で、対象のデータセンターは設置済みの外国製チップを全て撤去するか、購入計画の取り消しが義務付けられた。",
            "export_controls",
            True,
        ),
        # A second review with invented sentences (24 more situations in every language): waivers for chip plants
        # in China, the diffusion rule described, "Veldhoven" for ASML, trade blockades and boycotts of Huawei, the
        # digital omnibus by name, EU AI factories, EDPB acronyms (EROD, EDSA), the Greek DPA in other languages.
        (
            "Komise zahájila konzultaci k označování obsahu vytvořeného umělou inteligencí",
            "eu_ai",
            True,
        ),
        (
            "Meta sætter træning af sin AI på europæernes opslag på pause efter krav fra det irske datatilsyn",
            "eu_ai",
            True,
        ),
        (
            "Der EDSA stellte in seiner Stellungnahme klar, dass KI-Modelle, die mit personenbezogenen Daten "
            "trainiert wurden, nicht automatisch als anonym gelten.",
            "eu_ai",
            True,
        ),
        (
            "La Autoridad Helénica de Protección de Datos sancionó a la estadounidense Clearview AI con 20 "
            "millones de euros por vulnerar el RGPD al tratar datos biométricos sin consentimiento.",
            "eu_ai",
            True,
        ),
        (
            "Digitaalisen omnibus-paketin myötä korkean riskin tekoälyjärjestelmiä, kuten rekrytoinnissa ja "
            "luottokelpoisuuden arvioinnissa käytettäviä sovelluksia, koskevat vaatimukset siirtyvät yli "
            "vuodella.",
            "eu_ai",
            True,
        ),
        (
            "W opinii przyjętej w grudniu EROD wskazała, kiedy model sztucznej inteligencji można uznać za "
            "anonimowy i czy prawnie uzasadniony interes może być podstawą przetwarzania danych do jego "
            "trenowania.",
            "eu_ai",
            True,
        ),
        (
            "Segundo o parecer do Conselho Europeu de Proteção de Dados, o 'interesse legítimo' pode servir "
            "de base legal para o treinamento de modelos de IA, desde que as empresas passem por um teste de "
            "três etapas.",
            "eu_ai",
            True,
        ),
        (
            "Bulgaria va găzdui una dintre fabricile AI finanțate de Uniunea Europeană, în jurul "
            "supercomputerului Discoverer de la Sofia.",
            "eu_ai",
            True,
        ),
        (
            "EÚ vybrala ďalších šesť AI tovární, pribudnú aj v Rakúsku a Slovinsku",
            "eu_ai",
            True,
        ),
        (
            "Enligt förslaget i det digitala omnibuspaketet ska reglerna för AI-system med hög risk, som "
            "används vid exempelvis rekrytering och kreditprövning, börja gälla först i december 2027.",
            "eu_ai",
            True,
        ),
        (
            "Dijital omnibus paketiyle birlikte yüksek riskli yapay zeka sistemlerine yönelik yükümlülüklerin "
            "uygulanması Aralık 2027'ye kaydırıldı.",
            "eu_ai",
            True,
        ),
        (
            "Οι ΗΠΑ αφαιρούν από Samsung και SK Hynix την εξαίρεση για τα εργοστάσια τσιπ στην Κίνα",
            "export_controls",
            True,
        ),
        (
            "USA odebírají Samsungu a SK Hynixu výjimku pro čínské továrny",
            "export_controls",
            True,
        ),
        (
            "Washington met en garde les entreprises étrangères : le recours aux processeurs d'IA Ascend de "
            "Huawei risque de violer la réglementation américaine sur les exportations.",
            "export_controls",
            True,
        ),
        (
            "Varsó szerint elfogadhatatlan, hogy a mesterséges intelligencia terjedését szabályozó amerikai "
            "rendelet kvótákat vezetne be a Lengyelországba szállított Nvidia-processzorokra.",
            "export_controls",
            True,
        ),
        (
            "L'amministrazione Trump ha annunciato l'abrogazione della norma sulla diffusione dell'IA, che "
            "avrebbe limitato le vendite all'estero di processori Nvidia a oltre cento Paesi.",
            "export_controls",
            True,
        ),
        (
            "Il gruppo di Veldhoven, che a causa delle licenze di esportazione imposte dal governo olandese "
            "non può più vendere i suoi sistemi più avanzati a Pechino, ha battuto le stime degli analisti.",
            "export_controls",
            True,
        ),
        (
            "Over de camera niets dan lof; minder rooskleurig is het beeld bij 5G, dat jarenlang ontbrak op "
            "Huawei-toestellen door de Amerikaanse handelsboycot die het bedrijf afsneed van de nieuwste "
            "chips van Qualcomm en TSMC.",
            "export_controls",
            True,
        ),
        (
            "Pekin blokuje eksport chipów Nexperii. To odpowiedź na przejęcie kontroli nad spółką przez rząd Holandii",
            "export_controls",
            True,
        ),
        (
            "Efter att USA:s handelsblockad skar av Huawei från TSMC:s fabriker tvingades företaget förlita "
            "sig på kinesiska SMIC för att tillverka telefonens processor.",
            "export_controls",
            True,
        ),
        (
            "Trump granted exemptions from the new tariffs for smartphones and chips imported from China.",
            "export_controls",
            False,
        ),
        (
            "La diffusione dell'IA in medicina rende sempre più centrale il ruolo delle istituzioni.",
            "export_controls",
            False,
        ),
        # The second review in Japanese, Korean, Chinese and English: the diffusion rule in katakana and Korean, the
        # VEU status in Japanese and with its waiver word, the EAR in Korean, the EU data protection board.
        (
            "トランプ政権、バイデン前政権の「AIディフュージョン・ルール」を撤回へ　先端半導体の輸出で新たな枠組み検討",
            "export_controls",
            True,
        ),
        (
            "米商務省は、サムスン電子とSKハイニックスの中国工場に認めていた「検証済み最終使用者（VEU）"
            "」の指定を取り消すと発表した。",
            "export_controls",
            True,
        ),
        (
            "希土類の抽出・加工技術の国外移転を禁じる中国の措置は、日米欧が進めるサプライチェーンの脱中"
            "国依存をけん制する狙いがあるとみられる。",
            "export_controls",
            True,
        ),
        (
            "상무부는 지침에서 어센드 910B·910C·910D 칩이 미국 기술을 활용해 만들어진 만큼 이를 구매하"
            "거나 사용하는 행위는 수출관리규정(EAR) 위반에 해당할 수 있다고 밝혔다.",
            "export_controls",
            True,
        ),
        (
            "넥스페리아 칩 수출이 중국 당국에 가로막히면서 유럽과 일본 완성차 업체들 사이에서 차량용 반"
            "도체 공급 차질 우려가 커지고 있다.",
            "export_controls",
            True,
        ),
        (
            '반도체 업계 관계자는 "VEU 유예가 사라지면 시안과 우시 공장의 장비 교체와 업그레이드가 사실'
            '상 어려워진다"고 말했다.',
            "export_controls",
            True,
        ),
        (
            "失去VEU豁免后，三星西安工厂和SK海力士无锡工厂的设备升级将面临更大的不确定性。",
            "export_controls",
            True,
        ),
        (
            "EU data protection board says AI models trained on personal data may not be anonymous",
            "eu_ai",
            True,
        ),
        # Round 190: "AP" is the Associated Press's dateline in English copy, not the Turkish abbreviation of the
        # European Parliament; a US state's AI bill stays out.
        (
            "Senate passes bill to regulate AI.\nHARTFORD (AP) — The Connecticut Senate has passed the bill.",
            "eu_ai",
            False,
        ),
        ("Avrupa Parlamentosu yapay zekayı düzenleyen yasayı kabul etti.", "eu_ai", True),
        # Round 191: a state's dual-use controls with no export word.
        (
            "Regulatorische Änderungen wie die strengeren Dual-Use-Kontrollen in China legen die Messlatte höher.",
            "export_controls",
            True,
        ),
        ("Forwarders must now screen cargo against China's tighter dual-use controls.", "export_controls", True),
        # Round 193: the European AI Research Council the Commission plans, by its name.
        (
            "Zu ihren Aufgaben gehört die Einrichtung eines Europäischen KI-Forschungsrats.",
            "eu_ai",
            True,
        ),
        ("La Commissione vuole istituire un Consiglio europeo per la ricerca sull'IA.", "eu_ai", True),
        # Round 195: regulators dissuading their firms from buying a chip (es/fr/it/pt "regulators" as the actor).
        (
            "Los reguladores chinos han tomado acciones para disuadir a las empresas tecnológicas de adquirir el H20.",
            "export_controls",
            True,
        ),
        (
            "Le régulateur chinois cherche à dissuader les géants du numérique de commander des puces H20 de Nvidia.",
            "export_controls",
            True,
        ),
        ("The campaign discourages drivers from buying chips at the casino.", "export_controls", False),
        # The third invented-sentence review (after round 199): a location check on exported AI chips; deepfakes to be
        # labelled in the EU; shipments of a mineral banned; Finnish export-rule compounds; chip-tool makers in CJK
        # script; timber and a merger review stay out.
        ("US-Senatoren wollen Ortung exportierter KI-Chips vorschreiben", "export_controls", True),
        ("Lawmakers want every exported AI chip to be geolocated.", "export_controls", True),
        (
            "Zákonodárci chtějí, aby vyvážené čipy pro umělou inteligenci umožňovaly ověření polohy.",
            "export_controls",
            True,
        ),
        ("Amerikaanse senatoren willen dat geëxporteerde AI-chips te volgen zijn", "export_controls", True),
        ("The running app offers location tracking for every workout.", "export_controls", False),
        ("Ab August 2026 müssen Deepfakes in der EU gekennzeichnet werden", "eu_ai", True),
        (
            "Le ministère chinois du Commerce bannit désormais les envois d'antimoine vers le marché américain.",
            "export_controls",
            True,
        ),
        ("Os envios de antimónio para os EUA ficam vedados, determinou Pequim.", "export_controls", True),
        ("Seagate toimitti kiintolevyjä Huaweille vientisääntöjä rikkoen.", "export_controls", True),
        ("应用材料警告称，美国新的出口限制将使其下一财年营收减少约6亿美元。", "export_controls", True),
        ("Oroszország meghosszabbította a gömbfa kiviteli tilalmát.", "export_controls", False),
        (
            "Çin rekabet kurumu, Synopsys'in Ansys'i satın alma işlemini şartlı olarak onayladı.",
            "export_controls",
            False,
        ),
        # The AI Act's ban on emotion recognition told with a verb, and the Spanish participle of the ban.
        (
            "Desde hoy queda prohibido en la UE el uso de sistemas de IA para reconocer emociones en el trabajo.",
            "eu_ai",
            True,
        ),
        (
            "Da oggi nell'Ue è vietato usare l'intelligenza artificiale per riconoscere le emozioni dei lavoratori.",
            "eu_ai",
            True,
        ),
        # The fourth invented-sentence review (passing mentions in the eight smallest languages): the AI Act's Greek
        # name with "της ΕΕ", AI gigafactories as Greek "giga-units" and a Finnish compound, blacklisting told
        # as a Finnish verb and a Hungarian "restrictive list"; Finnish roundwood is a commodity.
        ("Στο πρόγραμμα σπουδών περιλαμβάνεται η Πράξη της ΕΕ για την τεχνητή νοημοσύνη.", "eu_ai", True),
        (
            "Η περιοχή είναι ιδανική για να φιλοξενήσει μία από τις «γιγαμονάδες ΤΝ» που θα χρηματοδοτήσει η ΕΕ.",
            "eu_ai",
            True,
        ),
        ("Maakuntaliitto harkitsee osallistumista EU:n tekoälyjättitehtaiden hakuun.", "eu_ai", True),
        (
            "Ministeri kertoi keskustelleensa Washingtonissa kiinalaisten teknologiayhtiöiden mustalistaamisesta.",
            "export_controls",
            True,
        ),
        (
            "Ne legyenek partnereik az amerikai kereskedelmi minisztérium korlátozó listáján lévő kínai cégek.",
            "export_controls",
            True,
        ),
        ("Venäjän raakapuun vientikielto muutti sahojen puunhankintaa.", "export_controls", False),
        # Thirty-fourth session: Greek wordings from the fifth invented review and round 200's tuning half.
        (
            "Το Πεκίνο ζητά από τις κινεζικές εταιρείες να σταματήσουν τις αγορές τσιπ της Nvidia",
            "export_controls",
            True,
        ),
        ("Το Πεκίνο σφίγγει τα λουριά στις εξαγωγές σπάνιων γαιών", "export_controls", True),
        (
            "Η Χουαγουέι, η οποία βρίσκεται στην εμπορική μαύρη λίστα της Ουάσιγκτον, παρουσίασε νέο κινητό.",
            "export_controls",
            True,
        ),
        (
            "Η Ελλάδα είχε ενταχθεί στη δεύτερη κατηγορία χωρών με ανώτατα όρια στις εισαγωγές τσιπ από τις ΗΠΑ.",
            "export_controls",
            True,
        ),
        ("Τέλος στην «κοινωνική βαθμολόγηση» στην ΕΕ", "eu_ai", True),
        ("China's social scoring system worries the EU, diplomats said.", "eu_ai", False),
        (
            "Η Meta είχε αναστείλει την εκπαίδευση των μοντέλων της μετά από παρέμβαση της ιρλανδικής αρχής"
            " προστασίας δεδομένων.",
            "eu_ai",
            True,
        ),
        (
            "Το πρώτο ελληνικό εργοστάσιο ΑΙ με την ονομασία «Pharos» παρουσίασε χθες στο υπουργικό"
            " συμβούλιο ο υπουργός Ψηφιακής Διακυβέρνησης, ως μια από τις πιο σημαντικές πρωτοβουλίες."
            " Θα είναι ένα από τα πρώτα δεκατρία κέντρα σε ολόκληρη την Ευρωπαϊκή Ένωση.",
            "eu_ai",
            True,
        ),
        ("Πράσινο φως για το «Φάρος», το ελληνικό εργοστάσιο τεχνητής νοημοσύνης", "eu_ai", False),
        # Round 201's tuning half: the RTX 4090, the gaming card the October 2023 rules kept from China.
        (
            "A GeForce RTX 4090 deve subir de preço. O banimento da venda dessas placas em território chinês tem levado"
            " lojas a estocar.",
            "export_controls",
            True,
        ),
        # The sixth invented review (240 indirect Greek passages): Greek words for brakes, no-longer-sold, the
        # Cypriot commissioner, the simplification package, Liang Wenfeng's spelling; 'sends a message' is no export.
        (
            "Η ASML υποχώρησε, καθώς επανήλθαν τα σενάρια για νέα αμερικανικά «φρένα» στις πωλήσεις "
            "μηχανημάτων λιθογραφίας στην Κίνα.",
            "export_controls",
            True,
        ),
        (
            "Η κάρτα γραφικών δεν θα μπορεί πλέον να πωλείται στην Κίνα από τον Νοέμβριο, με απόφαση της Ουάσιγκτον.",
            "export_controls",
            True,
        ),
        (
            "Ο Λιάνγκ Βενφένγκ σπάνια δίνει συνεντεύξεις.",
            "deepseek",
            True,
        ),
        (
            "Η Επίτροπος Προστασίας Δεδομένων Προσωπικού Χαρακτήρα ξεκίνησε έρευνα για εφαρμογή τεχνητής "
            "νοημοσύνης που χρησιμοποιούν φροντιστήρια.",
            "eu_ai",
            True,
        ),
        (
            "Το πακέτο απλοποίησης της Ευρωπαϊκής Επιτροπής αγγίζει και την εκπαίδευση συστημάτων AI με "
            "προσωπικά δεδομένα.",
            "eu_ai",
            True,
        ),
        (
            "Η καθυστέρηση του Meta AI στην Ευρώπη οφείλεται στις αντιρρήσεις των ευρωπαϊκών ρυθμιστικών "
            "αρχών για τη χρήση των αναρτήσεων.",
            "eu_ai",
            True,
        ),
        (
            "Η ανακοίνωση στέλνει ισχυρό μήνυμα στις αγορές για το αντιμόνιο, που η Κίνα παράγει σε μεγάλες ποσότητες.",
            "export_controls",
            False,
        ),
        # Sixth invented review: China's mineral rules delayed or taken back (the Busan truce without "export"), and
        # sensitive technology supplied to Russia; mines and home-grown technology stay out.
        (
            "Ο Μπέσεντ δήλωσε ότι η Κίνα θα καθυστερήσει κατά έναν χρόνο την εφαρμογή του νέου καθεστώτος "
            "αδειών για τις σπάνιες γαίες.",
            "export_controls",
            True,
        ),
        (
            "US Treasury Secretary Scott Bessent said China will delay by one year the new licensing regime "
            "for rare earths.",
            "export_controls",
            True,
        ),
        (
            "Έλληνας επιχειρηματίας κατηγορείται για λαθρεμπόριο ευαίσθητης αμερικανικής τεχνολογίας στη Ρωσία.",
            "export_controls",
            True,
        ),
        (
            "Η Κίνα θα καθυστερήσει την έγκριση των κανόνων για νέα ορυχεία σπάνιων γαιών.",
            "export_controls",
            False,
        ),
        (
            "A Russian minister said the country would develop sensitive technology at home rather than import it.",
            "export_controls",
            False,
        ),
        # Sixth invented review, continued: R1 beside Hangzhou, Greek general-purpose models, the 'European
        # framework' and EU 'requirements' for AI, chips that 'end up in China'; another company's R1 stays out.
        (
            "Η νεοφυής εταιρεία από το Χανγκτσόου που βρίσκεται πίσω από το μοντέλο R1 αναφέρεται δίπλα στην Alibaba.",
            "deepseek",
            True,
        ),
        (
            "Η Meta αρνήθηκε να υπογράψει τον ευρωπαϊκό κώδικα πρακτικής για τα μοντέλα γενικής χρήσης.",
            "eu_ai",
            True,
        ),
        (
            "Η τράπεζα σημείωσε ότι τα συστήματα αξιολόγησης πελατών της θα πρέπει να συμμορφωθούν με τις "
            "απαιτήσεις της ΕΕ για την τεχνητή νοημοσύνη.",
            "eu_ai",
            True,
        ),
        (
            "Το σχολείο διαβεβαιώνει ότι τηρεί το νέο ευρωπαϊκό πλαίσιο για την τεχνητή νοημοσύνη.",
            "eu_ai",
            True,
        ),
        (
            "Ο Nasdaq υποχώρησε μετά τις πληροφορίες ότι το υπουργείο Εμπορίου των ΗΠΑ ετοιμάζει νέους "
            "κανόνες για τα τσιπ που καταλήγουν στην Κίνα.",
            "export_controls",
            True,
        ),
        (
            "Rivian unveiled the R1 electric pickup in California.",
            "deepseek",
            False,
        ),
        # Round 207's tuning half: an algorithm's export needing Beijing's approval (the TikTok sale); China's
        # algorithm filings with no export stay out.
        (
            "Under a Chinese law introduced in 2020, exporting TikTok's recommendation algorithm requires "
            "government approval from Beijing.",
            "export_controls",
            True,
        ),
        (
            "Ο αλγόριθμος του TikTok δεν μπορεί να εξαχθεί χωρίς την έγκριση του Πεκίνου.",
            "export_controls",
            True,
        ),
        (
            "Chinese regulators approved the algorithm filings of thirty apps from Beijing firms.",
            "export_controls",
            False,
        ),
        # Round 210's tuning half: ASML's EUV tools that 'cannot be brought into China', in Korean.
        (
            "SMIC는 중국 내 반입이 불가능한 ASML의 극자외선(EUV) 노광장비 없이 7나노 공정에서 칩을 양산했다.",
            "export_controls",
            True,
        ),
        # Round 212's tuning half: China turning its rare-earth 'export tap' on and off, in Dutch; a crackdown on
        # illegal mining is no export control.
        (
            "China kan met een bijna-monopolie op de markt van zeldzame aardmetalen naar believen zijn "
            "exportkraan open en dicht draaien.",
            "export_controls",
            True,
        ),
        (
            "Rare earth spot prices are on the rise as China, the top producer and exporter of the metals, "
            "moves to crack down on illegal mining.",
            "export_controls",
            False,
        ),
        # The seventh invented review (EU AI policy told indirectly): the 2018 Coordinated Plan on AI and the
        # expert group's ALTAI list by name.
        (
            "Ya en 2018, cuando Bruselas y los Estados miembros acordaron el Plan Coordinado sobre la "
            "Inteligencia Artificial, España se comprometió a tener su propia estrategia nacional.",
            "eu_ai",
            True,
        ),
        (
            "El banco asegura que su modelo de crédito se evaluó con la lista ALTAI que elaboraron los "
            "expertos de la Comisión Europea.",
            "eu_ai",
            True,
        ),
        # Seventh invented review: the Commission's white paper on AI, in Greek with the Commission between.
        (
            "Η Λευκή Βίβλος της Κομισιόν για την τεχνητή νοημοσύνη του 2020 θέτει τα θεμέλια των ευρωπαϊκών κανόνων.",
            "eu_ai",
            True,
        ),
        # Seventh invented review: the EU as 'az unió', Spanish 'veta' and 'puntuación ciudadana', Czech 'sociálního
        # skórování'.
        (
            "Az unió megtiltja a valós idejű arcfelismerést a nyilvános tereken.",
            "eu_ai",
            True,
        ),
        (
            "La UE veta la «puntuación ciudadana» al estilo chino.",
            "eu_ai",
            True,
        ),
        (
            "Unie systémy sociálního skórování výslovně zakázala.",
            "eu_ai",
            True,
        ),
        # Session 35, China's mineral controls told without 'export' (invented review): licences and permits for
        # magnets and rare earths.
        (
            "Licenční režim pro magnety, který Čína zavedla v dubnu, podle Sdružení "
            "automobilového průmyslu ohrožuje i české subdodavatele.",
            "export_controls",
            True,
        ),
        (
            "Ευρωπαϊκές αυτοκινητοβιομηχανίες προειδοποιούν ότι ίσως σταματήσουν γραμμές "
            "παραγωγής, καθώς οι κινεζικές άδειες για μαγνήτες καθυστερούν εβδομάδες.",
            "export_controls",
            True,
        ),
        (
            "Ford idled its Chicago assembly plant for a week because magnet licences "
            "from Chinese authorities were taking too long to come through.",
            "export_controls",
            True,
        ),
        (
            "Z powodu opóźnień w wydawaniu chińskich licencji na magnesy "
            "fabryka silników w Polkowicach może wkrótce stanąć.",
            "export_controls",
            True,
        ),
        (
            "Çin'in izin sistemi yüzünden Hindistan'daki elektrikli araç "
            "üreticileri, nadir toprak mıknatıslarını aylardır bekliyor.",
            "export_controls",
            True,
        ),
        (
            "中方明确不向军事最终用户发放稀土磁体许可，美国军工企业被迫另寻货源。",
            "export_controls",
            True,
        ),
        # Round 214's tuning half: 'supplied' as a sale word (a 2019 Huawei licence story).
        (
            "US firms have to apply for a licence before components can be supplied to Huawei.",
            "export_controls",
            True,
        ),
        # Session 35, the same review: the 'rare-earth weapon'.
        (
            "Beobachter sprechen von Pekings „Seltene-Erden-Waffe“, die die Regierung "
            "nun gezielt im Handelsstreit mit Washington einsetze.",
            "export_controls",
            True,
        ),
        (
            "Elemzők szerint Peking ismét bevetette a „ritkaföldfém-fegyvert” Washingtonnal szemben.",
            "export_controls",
            True,
        ),
        (
            'Washington, Pekin\'in "nadir toprak silahını" ticaret '
            "müzakerelerinde pazarlık kozu olarak kullandığını öne sürüyor.",
            "export_controls",
            True,
        ),
        (
            "Analyytikkojen mukaan Peking käyttää harvinaisia maametalleja jälleen "
            "painostuskeinona kauppakiistassa Washingtonia vastaan.",
            "export_controls",
            True,
        ),
        # Session 35, EU AI rules told the way local news does (invented review): Finnish social scoring inflected,
        # Apply AI in Hungarian, the AI Continent plan in Slovak.
        (
            "Helmikuun alusta EU:ssa on ollut kiellettyä käyttää tekoälyä kansalaisten sosiaaliseen "
            "pisteytykseen tai työntekijöiden tunteiden tunnistamiseen.",
            "eu_ai",
            True,
        ),
        (
            "Egymilliárd eurót szán a Bizottság az »Alkalmazd az MI-t« stratégiára, hogy az egészségügyben, "
            "a feldolgozóiparban és a közszolgáltatásokban gyorsabban terjedjenek el az európai fejlesztésű "
            "megoldások.",
            "eu_ai",
            True,
        ),
        (
            "Kontinent umelej inteligencie: Komisia chce zvýšiť výpočtový výkon.",
            "eu_ai",
            True,
        ),
        # The same review: 'high-risk systems' with the EU close and no AI word.
        (
            "I Aarhus Kommune er man gået i gang med at kortlægge alle de AI-værktøjer, forvaltningerne "
            "bruger, så kommunen er klar, når de skærpede EU-krav til højrisikosystemer slår igennem. »Vi "
            "skal kunne dokumentere, hvad systemerne gør, og hvem der har ansvaret,« siger kommunens "
            "digitaliseringschef.",
            "eu_ai",
            True,
        ),
        (
            "Ο Δήμος Θεσσαλονίκης ξεκινά την καταγραφή όλων των αλγοριθμικών εργαλείων που χρησιμοποιούν οι "
            "υπηρεσίες του, ώστε να είναι έτοιμος όταν εφαρμοστούν πλήρως οι ευρωπαϊκοί κανόνες για τα "
            "συστήματα υψηλού κινδύνου. «Δεν θέλουμε να βρεθούμε προ εκπλήξεως», δήλωσε ο αρμόδιος αντιδήμαρχος.",
            "eu_ai",
            True,
        ),
        (
            "A nagy technológiai cégek nyomására Brüsszel akár egy évvel is elhalaszthatja a magas "
            "kockázatú rendszerekre vonatkozó előírások alkalmazását – derül ki a digitális omnibusz-csomag "
            "kiszivárgott tervezetéből.",
            "eu_ai",
            True,
        ),
        # The 2018 Coordinated Plan on AI in the languages that had no name for it.
        (
            "Kommissionen præsenterede en koordineret plan for kunstig intelligens sammen med EU.",
            "eu_ai",
            True,
        ),
        (
            "EU hyväksyi tekoälyä koskevan koordinoidun suunnitelman.",
            "eu_ai",
            True,
        ),
        (
            "AB, yapay zeka koordineli planını açıkladı.",
            "eu_ai",
            True,
        ),
        (
            "EU antog en samordnad plan för artificiell intelligens.",
            "eu_ai",
            True,
        ),
        (
            "欧盟委员会发布人工智能协调计划。",
            "eu_ai",
            True,
        ),
        # Session 35, controls told as goods kept from reaching China (invented review): English 'prevent', and
        # chips kept out of Beijing's reach or the Chinese army's hands.
        (
            "The rules aim to prevent advanced chips from reaching China.",
            "export_controls",
            True,
        ),
        (
            "The measures are meant to keep advanced semiconductors out of the hands of the Chinese military.",
            "export_controls",
            True,
        ),
        (
            "La Casa Blanca busca mantener los chips de última generación fuera del alcance de Pekín.",
            "export_controls",
            True,
        ),
        (
            "Biely dom chce udržať najvýkonnejšie čipy mimo dosahu Pekingu.",
            "export_controls",
            True,
        ),
        # Session 36, export controls told in Greek (invented review): augmented past tenses (απέκοψε, απέκλεισε),
        # licences to obtain (να εξασφαλίζει άδεια); and 'cut Huawei off' split in English and French. Sending a
        # message is no shipment.
        (
            "Η Ουάσινγκτον απέκοψε τη Huawei από τα αμερικανικά τσιπ.",
            "export_controls",
            True,
        ),
        (
            "Η Google απέκλεισε τη Huawei από το Android μετά την απόφαση της κυβέρνησης Τραμπ.",
            "export_controls",
            True,
        ),
        (
            "Οι νέοι κανόνες υποχρεώνουν την AMD να εξασφαλίζει άδεια για τους επιταχυντές MI308 προς την Κίνα.",
            "export_controls",
            True,
        ),
        (
            "Washington cut Huawei off from American chips.",
            "export_controls",
            True,
        ),
        (
            "Washington a privé Huawei des puces américaines.",
            "export_controls",
            True,
        ),
        (
            "Η Ουάσινγκτον στέλνει ισχυρό μήνυμα για τον περιορισμό της κινεζικής κυριαρχίας στο αντιμόνιο.",
            "export_controls",
            False,
        ),
        # Session 36: the Entity List told as 'companies US firms cannot do business with' (round 219's Greek 2019
        # Huawei story, tuning half); Swedish and Finnish controls told as cut off, carried out, needing a permit
        # (invented review); 'AI Factories' typed with Greek capitals ΑΙ (round 219, tuning half); the
        # Commission's communication on AI (invented review of EU AI policy in Greek, Finnish and Swedish news).
        (
            "Washington lisäsi Huawein listalle, jonka yritysten kanssa amerikkalaiset yritykset eivät saa "
            "käydä kauppaa.",
            "export_controls",
            True,
        ),
        (
            "The Trump administration put Huawei on a list of companies that US firms cannot do business "
            "with unless they hold a special licence.",
            "export_controls",
            True,
        ),
        (
            "Η κυβέρνηση Τραμπ έβαλε τη Huawei σε κατάλογο εταιρειών με τις οποίες οι αμερικανικές "
            "εταιρείες δεν μπορούν να συναλλάσσονται.",
            "export_controls",
            True,
        ),
        (
            "SMIC är i praktiken avskuren från den mest avancerade amerikanska tekniken efter Washingtons beslut.",
            "export_controls",
            True,
        ),
        (
            "Peking päätti, että harvinaisten maametallien jalostusteknologian vienti edellyttää lupaa.",
            "export_controls",
            True,
        ),
        (
            "Malaysia kräver tillstånd för den som vill föra ut amerikanska AI-chip ur landet.",
            "export_controls",
            True,
        ),
        (
            "Το project Pharos επιλέχθηκε ως ένα από τα ΑΙ Factories της Ευρωπαϊκής Ένωσης.",
            "eu_ai",
            True,
        ),
        (
            "Kommissionen lade fram ett meddelande om artificiell intelligens för hela EU.",
            "eu_ai",
            True,
        ),
        (
            "Die Europäische Kommission legte ihre Mitteilung über künstliche Intelligenz vor.",
            "eu_ai",
            True,
        ),
        # Session 36, the EU's telecom ministers named in Greek word order (invented review of EU AI policy).
        (
            "Οι υπουργοί Τηλεπικοινωνιών της ΕΕ συζήτησαν την υιοθέτηση της τεχνητής νοημοσύνης.",
            "eu_ai",
            True,
        ),
        # Session 36: the Greek 'γιγαντοεργοστάσια' (gigafactories); a Swedish permit 'utan myndigheternas tillstånd'.
        (
            "Η Ελλάδα θα διεκδικήσει ένα από τα ευρωπαϊκά γιγαντοεργοστάσια τεχνητής νοημοσύνης της ΕΕ.",
            "eu_ai",
            True,
        ),
        (
            "Taiwan förde upp Huawei på en lista över företag som taiwanesiska leverantörer inte får "
            "sälja till utan myndigheternas tillstånd.",
            "export_controls",
            True,
        ),
        # Session 36: a prohibited practice 'under the AI law', the EU named too far away (round 220, tuning half).
        (
            "Η δημιουργία σεξουαλικών deepfakes μπορεί να χαρακτηριστεί απαγορευμένη πρακτική "
            "βάσει του Νόμου περί Τεχνητής Νοημοσύνης.",
            "eu_ai",
            True,
        ),
        (
            "Korea's AI Basic Act defines high-impact AI but lists no prohibited practices under the AI law.",
            "eu_ai",
            False,
        ),
        # Session 36, the European Parliament in AI news (invented review in el, fi, hu, ro, sk, sv, da): rapporteurs,
        # committees by their abbreviations ('Výbor EP', 'az EP'), demands, and the Strasbourg plenary.
        (
            "Az EP jogi bizottsága elfogadta a szerzői jog "
            "és a generatív mesterséges intelligencia viszonyáról szóló jelentést.",
            "eu_ai",
            True,
        ),
        (
            "Ο εισηγητής του Ευρωπαϊκού Κοινοβουλίου για την τεχνητή νοημοσύνη στην εργασία συναντήθηκε με τη ΓΣΕΕ.",
            "eu_ai",
            True,
        ),
        (
            "Výbor EP pre zamestnanosť odporučil, aby o prepustení nikdy nerozhodovala iba umelá inteligencia.",
            "eu_ai",
            True,
        ),
        (
            "Plenul de la Strasbourg a adoptat o rezoluție privind inteligența artificială la locul de muncă.",
            "eu_ai",
            True,
        ),
        # Session 36, export controls in hu, ro, sk, da, cs, pl, tr (invented review): a sale China 'will be able to'
        # get (modal forms of allowing), Hungarian 'engedéllyel' (ly doubles before -val), Polish 'koncesja', chips
        # routed via Malaysia or Singapore; chips 'diverted' by a shortage are no smuggling.
        (
            "Trump announced that Nvidia will be able to sell H200 chips to China.",
            "export_controls",
            True,
        ),
        (
            "Prezident Donald Trump oznámil, že Nvidia bude môcť predávať do Číny čipy H200.",
            "export_controls",
            True,
        ),
        (
            "Donald Trump zapowiedział, że Nvidia będzie mogła sprzedawać chińskim klientom procesory H200.",
            "export_controls",
            True,
        ),
        (
            "Kína csak engedéllyel engedi külföldre az antimont.",
            "export_controls",
            True,
        ),
        (
            "Chiny objęły wywóz germanu systemem koncesji.",
            "export_controls",
            True,
        ),
        (
            "Prosecutors charged three men with sending servers with Nvidia chips to China via Malaysia.",
            "export_controls",
            True,
        ),
        (
            "The pandemic boom in laptops diverted chips away from the auto industry in the US and China.",
            "export_controls",
            False,
        ),
        # Session 36: Czech 'nesmí' (may not) and a Danish 'prior approval' (invented review of export controls).
        (
            "Důvodem jsou přísnější americká pravidla, kvůli nimž "
            "nesmí čínským výrobcům pamětí dodávat nejpokročilejší leptací zařízení.",
            "export_controls",
            True,
        ),
        (
            "Taiwan har føjet Huawei og SMIC til sin liste over "
            "virksomheder, som taiwanske selskaber kun må handle med efter forudgående godkendelse.",
            "export_controls",
            True,
        ),
        # Session 37: the Commission's AI strategy with AI a clause before it (round 77's tuning half: "Comisia
        # Europeană a lansat în 2018 Strategia europeană în domeniu"); a strategy for chips is industrial policy.
        (
            "Premierul a vorbit despre inteligența artificială în educație. "
            "Decizia vine după ce Comisia Europeană a lansat în 2018 Strategia europeană în domeniu.",
            "eu_ai",
            True,
        ),
        (
            "Ante la explosión global de la inteligencia artificial, la Comisión Europea ha adelantado la revisión "
            "de su estrategia de semiconductores.",
            "eu_ai",
            False,
        ),
        # Session 37: Huawei under "US sanctions" a clause away (round 226's tuning half, a Mate 70 launch story).
        (
            "Huawei se encuentra en una encrucijada tecnológica desde que las sanciones de Estados Unidos le "
            "prohibieron usar hardware y software desarrollados por empresas estadounidenses.",
            "export_controls",
            True,
        ),
        (
            "Huawei, which has been hit by US sanctions since 2019, launched the Mate 70 with its own operating "
            "system.",
            "export_controls",
            True,
        ),
        # Session 37: the Korean 'exception applied' (예외를 적용) to Samsung's and SK hynix's China fabs (round 227's
        # tuning half, ETNews).
        (
            "삼성전자와 SK하이닉스가 미국 정부의 대중국 장비 반입 규제 예외를 적용 받으면서 "
            "최신 장비 반입이 가능해졌다.",
            "export_controls",
            True,
        ),
        # Session 37, technology sent to Russia in breach of the sanctions (invented review 14, in fi, el, hu, sk, sv,
        # da, ro, pl: 96 of 208 missed): named goods, Russia as their destination, a court, customs or sanctions word.
        (
            "Anklagemyndigheden mener, at den tiltalte sendte elektroniske komponenter for over 12 mio. kr. til "
            "Rusland gennem mellemmænd i Kirgisistan.",
            "export_controls",
            True,
        ),
        (
            "Sąd w Gdańsku skazał przedsiębiorcę, który przez pośredników w Kazachstanie wysyłał do Rosji czujniki "
            "wykorzystywane w systemach naprowadzania.",
            "export_controls",
            True,
        ),
        (
            "Der Zoll hat in Frankfurt Oszilloskope beschlagnahmt, die über Kirgisistan an einen russischen "
            "Rüstungsbetrieb gehen sollten.",
            "export_controls",
            True,
        ),
        # Russia that receives nothing: its court and police seizing a blogger's electronics, its drones hitting
        # sensors.
        (
            "A Moscow court sentenced the blogger to five years; Russian police also seized his computers and "
            "electronics.",
            "export_controls",
            False,
        ),
        (
            "Russian drones hit a power plant in Kharkiv overnight, damaging transformers and sensors, prosecutors "
            "said.",
            "export_controls",
            False,
        ),
        # Session 37, European data-protection authorities in Czech, Slovak and Finnish (invented review 15): a German
        # state's commissioner by the city's adjective, the feminine commissioner, 'the Italian privacy protectors'.
        (
            "Hamburský pověřenec pro ochranu údajů zahájil proti Metě naléhavé řízení. Chtěl jím na tři měsíce "
            "zakázat trénování jazykových modelů na datech německých uživatelů Facebooku a Instagramu.",
            "eu_ai",
            True,
        ),
        (
            "Když italští ochránci soukromí na jaře 2023 na několik týdnů zastavili ChatGPT, musel OpenAI narychlo "
            "doplnit ověřování věku.",
            "eu_ai",
            True,
        ),
        (
            "Berliinin tietosuoja- ja tiedonvapausvaltuutettu on pyytänyt Applea ja Googlea poistamaan "
            "DeepSeek-sovelluksen saksalaisista sovelluskaupoistaan.",
            "eu_ai",
            True,
        ),
        (
            "Berlínska poverenkyňa pre ochranu údajov Meike Kampová nahlásila aplikáciu DeepSeek spoločnostiam "
            "Apple a Google ako nezákonný obsah.",
            "eu_ai",
            True,
        ),
        # Session 37: an export stop for weapon parts is arms policy (invented review 16 of near misses: the only one
        # of its 600 passages flagged).
        (
            "Flere partier i Folketinget kræver et stop for dansk eksport af våbendele til Israel, herunder "
            "komponenter til F-35-kampfly.",
            "export_controls",
            False,
        ),
        # Session 37: a chip cut down for China in Finnish, Slovak and Spanish forms (invented review 17 of passing
        # mentions): 'riisutun version', 'okresaný čip', 'chip recortado'.
        (
            "Nvidia on kehittänyt Kiinan markkinoille riisutun version Blackwell-piiristään. Siru on suunniteltu "
            "pysymään Washingtonin asettamien suorituskykyrajojen alapuolella.",
            "export_controls",
            True,
        ),
        (
            "Pre čínskych zákazníkov Nvidia pripravuje ďalší okresaný čip, ktorý má zostať tesne pod výkonovým "
            "stropom stanoveným americkými úradmi.",
            "export_controls",
            True,
        ),
        # Session 37: Finnish licensing words for China's mineral controls ('lupamenettely', 'erityislupa') and the
        # Korean 안티모니 (invented review 17 of passing mentions).
        (
            "Euroopan kannattaa ottaa opiksi siitä, miten nopeasti Kiina pystyi kuristamaan mantereen autoteollisuutta "
            "pelkällä lupamenettelyllä harvinaisiin maametalleihin.",
            "export_controls",
            True,
        ),
        (
            "Eurooppalaiset kennovalmistajat etsivät korvaajaa kiinalaiselle grafiitille, jonka vientiin Peking "
            "vaatii nykyään erityisluvan.",
            "export_controls",
            True,
        ),
        (
            "포탄 뇌관과 방탄 소재에 들어가는 안티모니를 중국이 수출 금지 품목에 올리면서 국제 가격이 세 배로 뛰었다.",
            "export_controls",
            True,
        ),
        # Session 37: Korean blocking verbs in passing mentions (invented review 17): 틀어막자, 판매를 막은, 출하가
        # 막히면서, 장비 반입 제한, 워싱턴의 규제.
        (
            "미국이 고성능 칩의 중국 판매를 틀어막자 중국 빅테크들이 자체 칩 개발에 속도를 내고 있다.",
            "export_controls",
            True,
        ),
        (
            "SK하이닉스 우시 공장은 미국의 장비 반입 제한 탓에 최첨단 공정으로 전환하지 못하고 있다.",
            "export_controls",
            True,
        ),
        # Session 37: chips that may not be sold or bought, told in Spanish and Italian clauses (invented review 17),
        # and ASM International as a chip-tool maker.
        (
            "Las acciones de Cambricon se han disparado, impulsadas por la apuesta a que Pekín empujará a sus "
            "tecnológicas a sustituir los chips de Nvidia, cuyas versiones más potentes no pueden venderse en China.",
            "export_controls",
            True,
        ),
        (
            "La disponibilità di acceleratori resta un collo di bottiglia, visto che i chip più avanzati di Nvidia non "
            "si possono più comprare dalla Cina.",
            "export_controls",
            True,
        ),
        # Session 37: the Dutch state's power to block or reverse Nexperia's decisions is corporate control, not a
        # ban on chips (round 224, tuning half: euro2day on the order being withdrawn); China's own ban still counts.
        (
            "Η εντολή που έδινε στην Ολλανδία την εξουσία να μπλοκάρει ή να αναθεωρήσει αποφάσεις της Nexperia, "
            "της κινεζικής εταιρείας μικροτσίπ, ακυρώθηκε.",
            "export_controls",
            False,
        ),
        (
            "The order gave the Netherlands the power to block or reverse decisions at Nexperia, the Chinese-owned "
            "chipmaker.",
            "export_controls",
            False,
        ),
        ("Η Κίνα μπλοκάρει τις εξαγωγές τσιπ της Nexperia.", "export_controls", True),
        # Session 38: "competition" in the market sense no longer vetoes as a competition authority would (round
        # 200, tuning half: a Huawei feature whose "ανταγωνισμό" sat 80 words from the sanctions).
        (
            "Οι κυρώσεις των ΗΠΑ είχαν αποκόψει τη Huawei από τις υπηρεσίες της Google, και ο "
            "ανταγωνισμός στην αγορά των smartphones άλλαξε.",
            "export_controls",
            True,
        ),
        # Session 38: US sanctions cutting a listed firm's phone off from Google, the firm named a sentence-part
        # before (round 229, tuning half: a Hungarian Mate 30 report).
        (
            "A Huawei szeptember közepén leplezte le a Mate 30 szériát, ám a készülékek hiába vannak "
            "megáldva kiváló hardverrel és erős kamerával, az érvényben lévő amerikai szankciók miatt "
            "hiányzik róluk a Google Mobile Services.",
            "export_controls",
            True,
        ),
        # Session 38: the EU as the designer of AI norms, in Korean (round 229, tuning half: a policy brief).
        (
            "EU는 AI 하드웨어 역량에서는 뒤처지지만, 글로벌 AI 규범의 설계자를 자임하고 있다.",
            "eu_ai",
            True,
        ),
        # Session 38: "Russian forces" as the recipients of technology goods, as "the Russian army" already was
        # (round 229, tuning half: UK sanctions on firms supplying Russia's forces).
        (
            "Η Βρετανία επέβαλε κυρώσεις σε εταιρείες που έστελναν ηλεκτρονικά εξαρτήματα στις ρωσικές δυνάμεις.",
            "export_controls",
            True,
        ),
        # Session 38: chipmaking machines a listed firm is barred from, with a relative clause between machine and
        # ban (round 230, tuning half: a Czech note on Huawei's 3 nm plans).
        (
            "Výroba takto malých čipů je náročná bez přístupu k EUV strojům, které má Huawei zakázané.",
            "export_controls",
            True,
        ),
        ("Huawei is barred from EUV machines.", "export_controls", True),
        # Session 38: Czech and Slovak lawmakers are not a law (round 230, tuning half: the European Parliament
        # blocking AI tools on its members' devices).
        (
            "Evropský parlament v interním e-mailu informoval své zákonodárce o zablokování AI nástrojů na jejich "
            "pracovních zařízeních.",
            "eu_ai",
            False,
        ),
        ("Evropský parlament schválil zákon o umělé inteligenci.", "eu_ai", True),
        # Session 38, invented review 18 (EU AI policy beyond the Act's name, in passing): the Parliament on
        # algorithmic management, Council conclusions, a Commission strategy named after a long clause, the
        # Commission by its short name, AI gigafactories in Slovak, the ban on scoring people by their social
        # behaviour, and "EU requirements" / "European rules" beside an AI tool.
        (
            "Európsky parlament nedávno schválil uznesenie, v ktorom žiada Komisiu o pravidlá pre "
            "algoritmické riadenie zamestnancov.",
            "eu_ai",
            True,
        ),
        (
            "A tagállamok versenyképességi miniszterei tanácsi következtetéseket fogadtak el a "
            "mesterséges intelligencia tudományos kutatásban való alkalmazásáról.",
            "eu_ai",
            True,
        ),
        (
            "EU 집행위는 제조·의료·국방 등 산업 현장의 인공지능 도입을 앞당기겠다는 새 전략을 내놓았다.",
            "eu_ai",
            True,
        ),
        (
            "Bolaget hoppas kunna söka stöd inom ramen för kommissionens nya strategi för att få fart "
            "på AI-användningen i industrin.",
            "eu_ai",
            True,
        ),
        (
            "Európska únia chce vybudovať niekoľko obrovských gigafabrík na umelú inteligenciu.",
            "eu_ai",
            True,
        ),
        (
            "Od února 2025 jsou v celé Unii zakázány systémy, které hodnotí lidi podle jejich sociálního chování.",
            "eu_ai",
            True,
        ),
        (
            "Stadens jurister har granskat den AI-drivna tjänsten mot EU:s krav på att invånare ska "
            "få veta när de samtalar med en maskin.",
            "eu_ai",
            True,
        ),
        (
            "Οι επιχειρήσεις μπορούν να ελέγξουν αν τα εργαλεία τεχνητής νοημοσύνης που χρησιμοποιούν "
            "εμπίπτουν στους νέους ευρωπαϊκούς κανόνες.",
            "eu_ai",
            True,
        ),
        # Session 38, invented review 19 (the same review in eight larger languages): ministers adopting
        # conclusions on AI with no "Council", emotion recognition at work banned, the Parliament on managing staff
        # "by algorithms", a European AI factory with the adjective inside; conclusions of a report are not the
        # Council's.
        (
            "Réunis à Luxembourg, les ministres européens de la recherche ont adopté des conclusions "
            "appelant à mieux mobiliser l'intelligence artificielle au service de la science.",
            "eu_ai",
            True,
        ),
        (
            "Desde fevereiro, estão proibidos na UE os sistemas de IA que reconhecem emoções no local de trabalho.",
            "eu_ai",
            True,
        ),
        (
            "Das Europaparlament hat die Kommission mit großer Mehrheit aufgefordert, eigene Regeln "
            "für die Steuerung von Beschäftigten durch Algorithmen vorzulegen.",
            "eu_ai",
            True,
        ),
        (
            "Bruselas eligió al centro para albergar una de las primeras fábricas europeas de IA, que "
            "se apoyará en el MareNostrum 5.",
            "eu_ai",
            True,
        ),
        (
            "The ministers discussed the conclusions of the report on artificial intelligence in Japan.",
            "eu_ai",
            False,
        ),
        # Session 38, invented review 21 (export controls in passing in eight more languages): China's curb told as
        # a clause of its own a sentence after the metal, Czech "galia" and Swedish "utförseln", a licence a few words
        # from the H20, the Dutch licence for ASML's DUV machines; export statistics and a share buyback stay out.
        (
            "Der Preis für Germanium hat sich binnen eines Jahres mehr als verdoppelt. Händler führen "
            "das darauf zurück, dass China seit dem Sommer 2023 für jede Lieferung ins Ausland eine "
            "Lizenz verlangt.",
            "export_controls",
            True,
        ),
        (
            "Antimon har blivit en het råvara, och priset har skjutit i höjden sedan Peking strypte utförseln.",
            "export_controls",
            True,
        ),
        (
            "Cena galia se za rok zdvojnásobila. Čína, která ovládá většinu světové produkce, loni "
            "zakázala jeho vývoz do Spojených států.",
            "export_controls",
            True,
        ),
        (
            "Nvidia a une nouvelle fois exclu la Chine de ses prévisions, faute de licences pour y écouler son H20.",
            "export_controls",
            True,
        ),
        (
            "Het aandeel van China in de omzet zakt verder, nu Den Haag voor steeds meer DUV-machines "
            "een vergunning eist.",
            "export_controls",
            True,
        ),
        (
            "China's exports of gallium rose 20 percent last year as demand from chipmakers grew.",
            "export_controls",
            False,
        ),
        (
            "ASML won approval from its shareholders for a new buyback while its China sales of DUV "
            "machines kept growing.",
            "export_controls",
            False,
        ),
        # Session 38, invented review 22 (Greek only): the Parliament as "Ευρωβουλή", the Council's telecoms
        # configuration by name, Brussels in the genitive as the EU actor.
        (
            "Στο συνέδριο της ΓΣΕΕ έγινε αναφορά στο ψήφισμα της Ευρωβουλής που ζητά από την Κομισιόν "
            "οδηγία για την αλγοριθμική διαχείριση.",
            "eu_ai",
            True,
        ),
        (
            "Το Συμβούλιο Τηλεπικοινωνιών ενέκρινε συμπεράσματα για την αξιοποίηση της τεχνητής "
            "νοημοσύνης στη δημόσια διοίκηση.",
            "eu_ai",
            True,
        ),
        (
            "Ο ΣΕΒ ζητά να αξιοποιηθεί η νέα στρατηγική των Βρυξελλών για να μπει η τεχνητή νοημοσύνη στη βιομηχανία.",
            "eu_ai",
            True,
        ),
        # Session 39, round 234 tuning half: Spanish "vetos" (plural) as a restriction word; hardware restrictions
        # imposed by the West in a story about China (new rule hardware-restrictions-on-china); without China, out.
        (
            "Los Huawei Mate 70, con su chip Kirin, son un símbolo de resistencia a los vetos de EE.UU. contra China.",
            "export_controls",
            True,
        ),
        (
            "Pekín lanzó decenas de modelos abiertos a pesar de las restricciones de hardware impuestas por Occidente.",
            "export_controls",
            True,
        ),
        (
            "Apple's hardware restrictions on repairs anger US customers and regulators.",
            "export_controls",
            False,
        ),
        # Round 235 tuning half: the Commission proposing something on AI, AI within 4 words (new rule
        # eu-proposes-on-ai); a proposal whose AI is a clause away stays out.
        (
            "De Commissie stelt voor om data die voor AI gebruikt worden net zo te behandelen als speelgoed.",
            "eu_ai",
            True,
        ),
        (
            "The Commission proposed a bigger budget for Horizon Europe, the research programme that also funds "
            "work on AI.",
            "eu_ai",
            False,
        ),
        # Round 236 tuning half: a white paper the Commission (Polish "KE") presents, AI near (new rule
        # eu-white-paper-on-ai), but not one on defence; "A.I" without its closing dot; Italian "dovuto al" as a cause.
        (
            "Biała księga przedstawiona w Brukseli przez KE ma przyspieszyć rozwój sztucznej inteligencji.",
            "eu_ai",
            True,
        ),
        (
            "La Commissione ha presentato il libro bianco sulla difesa europea e sul riarmo.",
            "eu_ai",
            False,
        ),
        (
            "Le disposizioni nazionali vanno armonizzate con il regolamento europeo sull'A.I di prossima "
            "promulgazione.",
            "eu_ai",
            True,
        ),
        (
            "Huawei, per colpa delle conseguenze dovuto al ban USA, scivola al quinto posto tra i produttori di "
            "smartphone.",
            "export_controls",
            True,
        ),
        # Round 217's tuning half: an AI law with the EU as its owner right by it, in a story on Korea's law (new rule
        # ai-law-owned-by-eu); another country's AI Act with no EU stays out.
        (
            "‘AI 기본법’은 유럽연합(EU)의 AI Act에 이어 세계 두 번째로 제정된 AI 관련 법률이다.",
            "eu_ai",
            True,
        ),
        (
            "Colorado's AI Act takes effect next year; lawmakers in Denver said it was their own approach to AI.",
            "eu_ai",
            False,
        ),
        # Invented review 23 (other countries' AI laws told beside the EU's): the EU's risk-based model by its features
        # (new rule eu-risk-model-beside-ai) and Korea's law second "after the EU" (new rule ai-law-second-after-eu);
        # a bank's risk-based lending and a funding round after an EU summit stay out.
        (
            "과학기술정보통신부는 인공지능기본법 시행령을 확정했다. "
            "한국은 유럽연합(EU)에 이어 세계 두 번째로 포괄적인 AI 법제를 시행하는 나라가 됐다.",
            "eu_ai",
            True,
        ),
        (
            "Brazil's Senate-approved AI bill borrows heavily from Europe's risk-based law, right down "
            "to a list of prohibited systems.",
            "eu_ai",
            True,
        ),
        (
            "Mistral closed its second funding round after the EU summit in Paris, where AI investment was discussed.",
            "eu_ai",
            False,
        ),
        (
            "The bank's risk-based approach to lending was praised by European supervisors.",
            "eu_ai",
            False,
        ),
        # Invented review 24 (look-alikes of this session's rules): the Commission's white paper on defence naming AI
        # drones is no AI white paper; the West's hardware restrictions in Japanese ("規制", a close restriction word).
        (
            "Die Kommission hat ihr Weißbuch zur europäischen Verteidigung vorgestellt. Darin schlägt "
            "sie gemeinsame Beschaffungen von Luftabwehr und Munition vor; auch Drohnen und "
            "KI-gestützte Aufklärung werden als Prioritäten genannt.",
            "eu_ai",
            False,
        ),
        (
            "中国のAI研究機関は西側のハードウェア規制をかいくぐり、旧世代チップで高性能モデルを開発している。",
            "export_controls",
            True,
        ),
        # Invented review 24: the Commission wanting AI-made content labelled, "skabt med kunstig intelligens ...
        # mærkes" (Danish, made with AI) and "生成AIで作られた ... 透かし" (Japanese, a watermark without "electronic").
        (
            "EU-Kommissionen foreslår, at billeder og video skabt med kunstig intelligens skal mærkes "
            "tydeligt, så brugerne kan se, hvad der er ægte. Forslaget skal nu forhandles med "
            "Europa-Parlamentet og medlemslandene.",
            "eu_ai",
            True,
        ),
        (
            "欧州委員会は、生成AIで作られた画像や音声に透かしや表示を義務付ける新たな規則案を公表し、違反した事業者には売上高に応じた制裁金を科す方針を示した。",
            "eu_ai",
            True,
        ),
        # Invented review 25 (sector news on AI duties in oblique wording): the European regulation as one phrase
        # ("evropskému nařízení") with AI close; the AI Act's dates with AI, the EU and a law word around them; the
        # EU's medical-device regulation beside an AI product certified under it is no EU rule on AI (masked).
        (
            "Pojišťovna z Brna přestavuje model pro oceňování životního pojištění. Analytici ho musí přizpůsobit "
            "evropskému nařízení, které klade přísné podmínky na umělou inteligenci při stanovení ceny pojištění.",
            "eu_ai",
            True,
        ),
        (
            "Fra august 2026 skal virksomheder, der bruger AI til at sortere jobansøgninger, kunne dokumentere, at "
            "et menneske fører tilsyn med udvælgelsen. Det fremgår af den europæiske forordning, som "
            "brancheforeningen nu har lavet en tjekliste om.",
            "eu_ai",
            True,
        ),
        (
            "From August 2026 employers that use AI to rank job applicants must tell candidates and keep a person "
            "in the loop, a Galway solicitor said of the new European rules.",
            "eu_ai",
            True,
        ),
        (
            "Egy debreceni kórház mesterséges intelligenciát alkalmazó röntgenelemző szoftvert vásárolt, amely az "
            "orvostechnikai eszközökről szóló uniós rendelet szerinti CE-jelöléssel rendelkezik.",
            "eu_ai",
            False,
        ),
        # Round 241's tuning half: "el nuevo marco regulador europeo ... en materia de IA" (a bar's AI guide) and
        # China's Export Control Law by its Japanese name ("輸出管理法", Nikkei).
        (
            "El colegio profesional ha publicado una guía que traslada a la práctica las recomendaciones del nuevo "
            "marco regulador europeo en materia de IA para los despachos.",
            "eu_ai",
            True,
        ),
        (
            "中国は安全保障にかかわる製品の輸出を許可制にする「輸出管理法」を施行し、特定の外国企業をリスト化して輸出を禁止できるようにした。",
            "export_controls",
            True,
        ),
        # Round 242's tuning half: the EU "invierte" in AI data centres (the verb's present tense); Poland's "kontynent
        # sztucznej inteligencji" (the AI Continent written out); computers sold to Russian counterparts under
        # sanctions (a law firm's warning).
        (
            "La Unión Europea invierte 30.000 millones en centros de datos de IA para reforzar su soberanía digital.",
            "eu_ai",
            True,
        ),
        (
            "Nowy akt ma zachęcić do inwestowania w łączność i chmurę obliczeniową, sprzyjające budowie "
            "„kontynentu sztucznej inteligencji”.",
            "eu_ai",
            True,
        ),
        (
            "Przedsiębiorco, zanim sprzedasz rosyjskim kontrahentom komputery albo urządzenia radiowe, sprawdź, "
            "czy nie zostały objęte sankcjami.",
            "export_controls",
            True,
        ),
        # Invented review 26 (export controls as a sector's business problem): Washington's approval for GPUs a lab
        # cannot buy for a Chinese partner (no sale word beside it); machine tools held by customs whose buyer "would
        # forward them to Russia" 20 words on; China's authorities "막은" (blocked) Nexperia's chip exports; Polish
        # "chińscy dostawcy" and French "permis" for China's graphite licences.
        (
            "Politechnika Gdańska nie może kupić kart graficznych Nvidii dla wspólnego laboratorium z uczelnią z "
            "Szanghaju – amerykańskie przepisy wymagają na to zgody Waszyngtonu.",
            "export_controls",
            True,
        ),
        (
            "A Lombardy machine-tool maker said customs officers had held two grinding machines at Malpensa on "
            "suspicion that the Armenian buyer would forward them to Russia in breach of EU sanctions.",
            "export_controls",
            True,
        ),
        (
            "넥스페리아 둥관 공장의 칩 수출을 중국 당국이 막은 여파로 국내 완성차 업체들도 재고 점검에 나섰다.",
            "export_controls",
            True,
        ),
        (
            "Budowa linii do produkcji anod opóźni się, bo chińscy dostawcy grafitu muszą teraz uzyskiwać pozwolenie "
            "na wywóz każdej partii.",
            "export_controls",
            True,
        ),
        (
            "Une start-up grenobloise attend son graphite deux fois plus longtemps depuis que la Chine soumet chaque "
            "expédition à un permis.",
            "export_controls",
            True,
        ),
        # Invented review 25: the AI-literacy duty in Swedish ("kravet på AI-kunnighet") with the EU near.
        (
            "Universitetet erbjuder nu alla anställda en webbkurs om generativ AI. Bakgrunden är kravet på "
            "AI-kunnighet som EU sedan februari ställer på alla som använder sådana system.",
            "eu_ai",
            True,
        ),
        # Invented review 27 (the EU's AI infrastructure and transparency rules in passing): RAISE, the EU's AI
        # science institute; the EU banning AI-made sexual deepfakes; the Commission's AI Continent in Finnish.
        (
            "Forscher aus Heidelberg setzen große Hoffnungen in RAISE, das neue virtuelle "
            "KI-Forschungsinstitut der EU.",
            "eu_ai",
            True,
        ),
        (
            "EU-landene og Europa-Parlamentet er blevet enige om at forbyde AI-værktøjer, der laver seksuelle "
            "deepfakes af virkelige personer.",
            "eu_ai",
            True,
        ),
        (
            "Teknologiateollisuus ry toivoo, ettei komission tekoälymanner-suunnitelman rahoitus valu pelkästään "
            "suurille jäsenmaille.",
            "eu_ai",
            True,
        ),
        # Round 245 (tuning half): the European Parliament's political agreement on AI, no law named; another
        # country's AI bill drafted on the model of the European law (the comparison counts, a GDPR one does not).
        (
            "Nel contesto europeo, il Parlamento europeo ha recentemente raggiunto un accordo politico per "
            "garantire che l'implementazione dell'AI sia sicura.",
            "eu_ai",
            True,
        ),
        (
            "El proyecto de ley de inteligencia artificial de Chile está inspirado en la ley europea.",
            "eu_ai",
            True,
        ),
        (
            "Brazil's new privacy law, similar to the European rules on data protection, covers AI training as well.",
            "eu_ai",
            False,
        ),
        # Round 246 (tuning half): "berichtete" or "raportuje" is a paper reporting, not a Parliament report.
        (
            "Wie die Zeitung berichtete, nutzt ein Abgeordneter des Europäischen Parlaments KI für seine Reden.",
            "eu_ai",
            False,
        ),
        (
            "Jak raportuje Reuters, poseł do Parlamentu Europejskiego używa sztucznej inteligencji do pisania "
            "przemówień.",
            "eu_ai",
            False,
        ),
        # Round 247 (tuning half): the European Parliament's decision on generative AI.
        (
            "Die FEP begrüßte insbesondere die Entscheidung des Europäischen Parlaments, sich mit dem zunehmenden "
            "Problem der generativen KI zu befassen.",
            "eu_ai",
            True,
        ),
        # Invented review 9, Greek: goods that may not be shipped to China without a government licence; a transfer of
        # chip technology that needs Washington's consent.
        (
            "Το Τόκιο πρόσθεσε 23 είδη εξοπλισμού κατασκευής ημιαγωγών στη λίστα προϊόντων που δεν μπορούν να "
            "αποσταλούν στην Κίνα χωρίς κυβερνητική άδεια.",
            "export_controls",
            True,
        ),
        (
            "Οποιαδήποτε μεταφορά τεχνολογίας ημιαγωγών προς την Κίνα θα απαιτεί πλέον τη συγκατάθεση της "
            "αμερικανικής κυβέρνησης.",
            "export_controls",
            True,
        ),
        # Round 248 (tuning half): the control of gold exports is no technology control.
        (
            "Selon le géologue, l'absence de contrôle sur les exportations de l'or brut a conduit à des pertes "
            "significatives pour le Mali. DeepSeek-r1, la nouvelle Intelligence Artificielle chinoise, bouleverse "
            "le monde.",
            "export_controls",
            False,
        ),
        # Invented reviews 10 and 27, Greek: a Parliament committee asking for duties on generative AI; the
        # deepfake-labelling duty the European regulation brings (the DSA's labels stay out).
        (
            "Η επιτροπή Νομικών Θεμάτων του Ευρωπαϊκού Κοινοβουλίου ζητά να υποχρεωθούν οι εταιρείες γενετικής "
            "τεχνητής νοημοσύνης να αποζημιώνουν τους δημιουργούς.",
            "eu_ai",
            True,
        ),
        (
            "Η υποχρέωση σήμανσης των deepfakes που φέρνει ο ευρωπαϊκός κανονισμός δεν θα σώσει από μόνη της την "
            "προεκλογική περίοδο.",
            "eu_ai",
            True,
        ),
        ("Under the DSA and other European rules, platforms must label deepfakes.", "eu_ai", False),
        # Round 250 (tuning half): another country's AI law set against the EU's strict rules (a contrast names the
        # EU's rules as much as a likeness does); a GDPR contrast stays out.
        ("EUの厳格規制やアメリカの自由放任とは異なる「第三の道」を選択した日本のAI新法", "eu_ai", True),
        (
            "Unlike the EU's strict rules, Canada's AI bill sets no penalties for artificial intelligence developers.",
            "eu_ai",
            True,
        ),
        (
            "Unlike the EU's GDPR rules, Canada's privacy bill sets no fines for artificial intelligence developers.",
            "eu_ai",
            False,
        ),
        # Round 251 (tuning half): Korean AI regulation told to exporters, and the wire's no-resale line, are no
        # export restriction.
        (
            "유럽연합, 'AI 규제법' 세계 첫 시행…수출기업 주목해야. 진단·의료기기 수출기업 모두 적용. "
            "[서울=뉴시스] 유럽연합 관보에 게재된 인공지능 규제법 (사진=한국바이오협회 제공) *재판매 및 DB 금지",
            "export_controls",
            False,
        ),
        # Round 251 (tuning half): Kenya's AI bill with the Act's risk pyramid is Kenya's law.
        (
            "Kenya's Artificial Intelligence Bill (2026) adopts a four-tier risk-based classification: banned "
            "'unacceptable risk' systems, strict 'high-risk' AI in healthcare and finance, 'limited risk' chatbots "
            "and 'minimal risk' systems.",
            "eu_ai",
            False,
        ),
        # Invented review 28: the Parliament on children's chatbots (no AI word), the Parliament wanting something
        # of AI firms, and another country's AI law told "unlike Brussels".
        (
            "Eurodeputowani wezwali Komisję Europejską do zakazania „uzależniających” chatbotów dla dzieci; rezolucję "
            "w tej sprawie poparło w Strasburgu 483 posłów.",
            "eu_ai",
            True,
        ),
        (
            "Een meerderheid in het Europees Parlement wil dat AI-bedrijven schrijvers betalen wanneer hun werk wordt "
            "gebruikt.",
            "eu_ai",
            True,
        ),
        (
            "Unlike Brussels, Tokyo has opted for a light touch: Japan's AI Promotion Act carries no fines and relies "
            "on companies to cooperate voluntarily.",
            "eu_ai",
            True,
        ),
        # Round 246 (tuning half): the European action plan on AI by that plain name; the "stratégie européenne"
        # behind a chip-tool maker's stake in an AI firm is a company's.
        (
            "Er is ook een Europees actieplan rond artificiële intelligentie, dat het vooral wil hebben over "
            "vertrouwen.",
            "eu_ai",
            True,
        ),
        ("Hay una estrategia europea de inteligencia artificial.", "eu_ai", True),
        (
            "La stratégie européenne derrière l'investissement d'ASML dans Mistral AI vise l'IA souveraine.",
            "eu_ai",
            False,
        ),
        # Round 254 (tuning half): a data-protection authority by its generic name warning about an AI service's
        # training in Europe; not the German press agency "DPA" in a photo credit; "Deep Seek" beside "cinesi".
        (
            "Meta ha comenzado a utilizar contenido público de usuarios adultos en Europa para el desarrollo de sus "
            "modelos de inteligencia artificial. La Autoridad de Protección de Datos ya había advertido a los "
            "usuarios.",
            "eu_ai",
            True,
        ),
        (
            "A kormány a mesterséges intelligencia fejlesztését célozza Magyarországon.  Fotó: DPA  A kabinet "
            "elrendelte egy mesterséges intelligencia alapú jogi rendszer fejlesztését Európa mintájára.",
            "eu_ai",
            False,
        ),
        (
            "Mistral AI, start up che mira a competere con Chat Gpt e Deep Seek, applicazioni rispettivamente "
            "americane e cinesi.",
            "deepseek",
            True,
        ),
        # Round 255 (tuning half): another country's AI bill "inspired by European models", a law word close by;
        # without one, "the European models" are AI models.
        (
            "Estamos convencidos que un proyecto de ley inspirado en modelos europeos precautorios no se ajusta a "
            "nuestro contexto de inteligencia artificial.",
            "eu_ai",
            True,
        ),
        ("Le Chat de Mistral est comparable aux autres modèles européens d'IA.", "eu_ai", False),
        # Round 254 (tuning half): French "approvisionnement" is supply, as English "supply" already was.
        (
            "Pékin a démontré qu'elle pouvait limiter l'approvisionnement à ces métaux critiques, en cas de froid "
            "diplomatique.",
            "export_controls",
            True,
        ),
        # Round 256 (tuning half): Italy's national AI law by its nickname is no EU rule.
        (
            "I professionisti sono stati investiti dalla Legge 132/2025, il cosiddetto AI Act italiano: scatta "
            "l'obbligo di trasparenza sull'uso dell'Intelligenza Artificiale.",
            "eu_ai",
            False,
        ),
        # Round 257 (tuning half): BIS also runs Section 232 tariff probes, and a report on one names it far from the
        # probe's name.
        (
            "Last April, the U.S. Department of Commerce Bureau of Industry and Security (BIS) initiated a Section 232 "
            "investigation into whether imported semiconductors threaten U.S. national security. The report was "
            "transmitted to the President in December, within the 270-day statutory time period, and the Secretary "
            "will now negotiate with like-minded countries. BIS concluded that the US manufactures only about 10 "
            "percent of the chips it requires.",
            "export_controls",
            False,
        ),
        # Round 257 (tuning half): the chip a firm "is allowed to sell to China", with no actor named.
        (
            "The Ascend 950PR delivers roughly 2.8 times the computing power of NVIDIA's H20 (the chip NVIDIA is "
            "allowed to sell to China), though it still falls short of the H200.",
            "export_controls",
            True,
        ),
        # Round 256 (tuning half): the Parliament on algorithmic systems at work, with no "AI".
        (
            "O Parlamento Europeu deu um sinal claro: o uso de sistemas algorítmicos na gestão de pessoas vai estar "
            "sob maior escrutínio regulatório. Foi aprovada uma resolução que pede à Comissão Europeia uma resposta.",
            "eu_ai",
            True,
        ),
        # Round 258 (tuning half): Japan's export "white list" (ホワイト国, Korean 백색국가) is a control instrument.
        (
            "日本政府が貿易手続きを簡素化する「ホワイト国」から韓国を除外する方針を示していることについて、装置の出荷は"
            "これまで通りできると語った。",
            "export_controls",
            True,
        ),
        # Invented review 30: the AI Act's high-risk class told without its name, beside Brussels and an algorithm;
        # the EU's high-risk third countries are a money-laundering list.
        (
            "Banky, které posuzují úvěruschopnost klientů pomocí algoritmů, čekají přísnější pravidla: Brusel takové "
            "systémy řadí mezi vysoce rizikové a od srpna 2026 po nich bude chtít podrobnou dokumentaci.",
            "eu_ai",
            True,
        ),
        (
            "As empresas de recrutamento que usam algoritmos para triar candidaturas vão ter de cumprir as exigências "
            "de «alto risco» fixadas por Bruxelas.",
            "eu_ai",
            True,
        ),
        (
            "The EU added Vietnam and Kenya to its list of high-risk third countries for money laundering, citing weak "
            "AI-driven monitoring of transactions.",
            "eu_ai",
            False,
        ),
        # Invented review 31 (export controls in passing): chips a firm "can no longer ship"; Chinese "出口受限"; the
        # Danish genitive "Nexperias".
        ("AMD took an $800 million write-down on MI308 chips it can no longer ship to China.", "export_controls", True),
        (
            "A AMD registrou uma baixa contábil ligada a estoques de chips MI308 que não pode mais embarcar para a "
            "China.",
            "export_controls",
            True,
        ),
        (
            "寒武纪上半年营收暴增，市场普遍认为英伟达高端芯片对华出口受限为国产AI芯片让出了空间。",
            "export_controls",
            True,
        ),
        (
            "En sønderjysk producent har måttet sende medarbejdere hjem, fordi leverancerne fra Nexperias kinesiske "
            "fabrik er standset af Beijings eksportforbud.",
            "export_controls",
            True,
        ),
        # Invented review 30: the emotion-recognition ban in Finnish ("tunnistaminen") and Turkish ("tanımayı").
        (
            "Työntekijöiden tunteiden tunnistaminen tekoälyn avulla on nyt kielletty koko EU:ssa, muistuttaa "
            "Työturvallisuuskeskus.",
            "eu_ai",
            True,
        ),
        (
            "Veli dernekleri, AB'nin okullarda ve iş yerlerinde duygu tanımayı yasaklaması nedeniyle kameraların "
            "sökülmesinden memnun.",
            "eu_ai",
            True,
        ),
        # "Illegal subsidies" is China's trade-defence charge against US chipmakers, not smuggling (it-r259-14,
        # FTA Online on Beijing's 2025 analog-chip probe).
        (
            "Il ministero del Commercio cinese ha avviato un'indagine per stabilire se Texas Instruments abbia "
            "ottenuto sovvenzioni illegali da parte di Washington per i suoi chip analogici.",
            "export_controls",
            False,
        ),
        (
            "China's commerce ministry is probing whether US makers of analog chips received illegal subsidies from "
            "Washington.",
            "export_controls",
            False,
        ),
        # A Californian fund backing a European AI firm is no place with its own AI law (en-r261-19, AFP on Mistral's
        # round beside the AI Act deal).
        (
            "The round, led by the Californian fund Andreessen Horowitz, values Mistral at 2 billion euros. EU member "
            "states and lawmakers reached an agreement on Friday on how to draft rules regulating AI models.",
            "eu_ai",
            True,
        ),
        # "Embargos américains à l'export" with the adjective inside, as "contrôles américains à l'export" already was
        # (fr-r262-09, Le Monde on China ordering firms off Nvidia's RTX Pro 6000D).
        (
            "Cette puce aux performances limitées a été conçue pour ne pas tomber sous le coup des embargos américains "
            "à l'export.",
            "export_controls",
            True,
        ),
        # The state a few words before the rules it imposes (nl-r262-07, VRT NWS, September 2022).
        (
            "Amerikaanse chipproducenten krijgen sinds vorige week ook strengere regels opgelegd over de uitvoer naar "
            "China en Rusland van chips die gebruikt worden voor artificiële intelligentie.",
            "export_controls",
            True,
        ),
        # The EU's bans told as 'the EU law that bans ...', in the words these languages use (invented review 33):
        # Hungarian "érzelmek gépi felismerése", Czech "číst emoce", Slovak "čítať emócie", Romanian
        # "identificarea biometrică", Danish "rangere borgere efter social adfærd", Turkish "biyometrik tanımayı"
        # (a town council is no parliament).
        (
            "A szakszervezet szerint a kamerás szoftvert az az uniós jogszabály, amely tiltja az érzelmek gépi "
            "felismerését a munkahelyeken, már nem engedi.",
            "eu_ai",
            True,
        ),
        (
            "Start-up přiznává, že s takovým produktem by v Evropě neuspěl: unijní legislativa, která zakazuje "
            "číst emoce lidí na pracovišti, už platí.",
            "eu_ai",
            True,
        ),
        (
            "Zakladatelia priznávajú, že s takýmto produktom by v Európe neuspeli – unijná legislatíva, ktorá "
            "zakazuje čítať emócie ľudí na pracovisku, platí.",
            "eu_ai",
            True,
        ),
        (
            "Proiectul a fost pus pe pauză. Motivul: legea UE care interzice identificarea biometrică în timp "
            "real în spațiile publice.",
            "eu_ai",
            True,
        ),
        (
            "Kommunens jurister gjorde opmærksom på, at den EU-lov, der forbyder myndigheder at rangere borgere "
            "efter social adfærd, allerede gælder.",
            "eu_ai",
            True,
        ),
        (
            "Belediye meclisindeki üye, AB'nin kamusal alanda anlık biyometrik tanımayı neredeyse tamamen "
            "yasaklayan yasası yürürlükteyken bu projeyi savunmanın mümkün olmadığını söyledi.",
            "eu_ai",
            True,
        ),
        # The high-risk class with the EU 12 words away and a machine-learning word (invented review 33).
        (
            "Hankinta on vaatinut paljon paperityötä, sillä koneoppimiseen perustuvat diagnostiikkaa tukevat "
            "järjestelmät eurooppalainen asetus luokittelee suuren riskin sovelluksiksi.",
            "eu_ai",
            True,
        ),
        # An AI Act date in Greek with the article ("τον Αύγουστο του 2026"), algorithms and the EU requiring (inv. 33).
        (
            "Νέα εποχή για την αξιολόγηση δανειοληπτών με αλγορίθμους. Από τον Αύγουστο του 2026 η ΕΕ απαιτεί από"
            " τις τράπεζες να τεκμηριώνουν τις αποφάσεις τους.",
            "eu_ai",
            True,
        ),
        # The EU requiring something of algorithms, no law named (new rule eu-requires-of-ai, invented review 33).
        (
            "Pankin algoritmi arvioi jatkossa hakijan maksukyvyn. Muutoksella on kiire, koska elokuusta alkaen EU"
            " vaatii luottokelpoisuutta pisteyttäviltä järjestelmiltä riskienhallintaa.",
            "eu_ai",
            True,
        ),
        # Washington not letting Nvidia sell its best chips to China, in Czech, Danish and Finnish (invented review 33).
        (
            "Alibaba reaguje na to, že Washington americké Nvidii nedovolí prodávat do Číny její nejvýkonnější čipy.",
            "export_controls",
            True,
        ),
        (
            "Baggrunden er, at Washington ikke længere lader chipgiganten sælge sine kraftigste processorer til "
            "kinesiske kunder.",
            "export_controls",
            True,
        ),
        (
            "Sijoittajia huolestutti Kiina: Washington ei enää anna Nvidian myydä tehokkaimpia tekoälypiirejään "
            "kiinalaisasiakkaille.",
            "export_controls",
            True,
        ),
        # The European Court of Auditors on the EU's AI plans (it-r263-11, agency copy on bluewin.ch, May 2024).
        (
            "Secondo un rapporto della Corte dei conti europea, le azioni messe in campo da Bruxelles per sviluppare "
            "un ecosistema di IA europeo non sono state ben coordinate con quelle degli Stati membri e della Cina.",
            "eu_ai",
            True,
        ),
        # A state letting, or no longer letting, a firm sell chips to China with a plain 'let' (new rule
        # state-lets-firm-sell, invented review 34).
        (
            "Nvidia's sales in China have shrunk since Washington stopped letting the company sell its most "
            "powerful processors to Chinese customers.",
            "export_controls",
            True,
        ),
        (
            "La Casa Blanca ya no deja a Nvidia vender sus chips más potentes a los clientes chinos.",
            "export_controls",
            True,
        ),
        (
            "Het aandeel ging onderuit: Washington laat de Amerikaanse chipreus zijn beste chips niet langer aan "
            "China verkopen.",
            "export_controls",
            True,
        ),
        # What Brussels decided or adopted 'on AI' (new rule eu-decided-on-ai, invented review 34).
        (
            "Le proviseur reste prudent : « Ce que Bruxelles a décidé sur l'IA nous oblige à garder un humain "
            "dans la boucle. »",
            "eu_ai",
            True,
        ),
        (
            "Tak każą reguły, które Bruksela przyjęła w sprawie sztucznej inteligencji, mówi rzecznik urzędu miasta.",
            "eu_ai",
            True,
        ),
        # Polish 'systemów odczytujących emocje', German 'hochriskant' beside 'ein lernendes System'
        # (invented review 34).
        (
            "Związkowcy przypominają, że unijne prawo od ubiegłego roku zakazuje w miejscu pracy systemów "
            "odczytujących emocje ludzi.",
            "eu_ai",
            True,
        ),
        (
            "Das Klinikum setzt auf ein lernendes System, das Lungenaufnahmen durchsucht. Die europäische "
            "Verordnung stuft solche Anwendungen als hochriskant ein.",
            "eu_ai",
            True,
        ),
        # An export-control story's date is no AI Act date (de-r264-11, techzeitgeist.de, August 2025: "EU Regulation
        # 2021/821" is the EU's dual-use export regulation).
        (
            "Wirtschaftliche Folgen und globale Fragmentierung der KI-Infrastruktur\n- Fazit: Handlungspfad in der "
            "globalen AI-Chip-Konfliktlage\nEskalierende Exportkontrollen und betroffene AI-Chip-Segmente\nIm August "
            "2025 verschärfen die USA die Exportkontrollen auf AI-Chips erneut. Laut Primärquellen umfasst das "
            "Maßnahmenpaket die Erweiterung der „Entity List“ um 140 neue Einträge (Stichtag: 2024-12-31), verschärfte "
            "Lizenzpflichten für Dual-Use-Güter (EAR, EU Regulation 2021/821), sowie sektorale Embargos für spez",
            "eu_ai",
            False,
        ),
        # A state's export controls in a China story, the technology 45 words away (el-r266-04, skai.gr, October
        # 2025: Democratic senators to Trump before the talks with China).
        (
            "date 2025-10-29 Μια ομάδα γερουσιαστών του Δημοκρατικού Κόμματος με επικεφαλής τον Τσακ Σούμερ προέτρεψε "
            "την Τετάρτη τον πρόεδρο Ντόναλντ Τραμπ να μην άρει τους περιορισμούς εθνικής ασφάλειας που επιβάλλονται "
            "στην Κίνα με σκοπό την επίτευξη εμπορικής συμφωνίας.\n\n«Οι έλεγχοι των εξαγωγών της Αμερικής, οι "
            "διασφαλίσεις των επενδύσεων και οι μακροχρόνιες συνεργασίες μας στον τομέα της ασφάλειας δεν πρέπει να "
            "τεθούν στο τραπέζι των διαπραγματεύσεων», έγραψαν οι γερουσιαστές, καλώντας επίσης τον Τραμπ να μην "
            "περιορίσει τις προσπάθειες του Προγράμματος Ασφάλειας Εξωτερικών Επενδύσεων του Υπουργείου Οικονομικών, "
            "το οποίο αποσκοπεί να διασφαλίσει ότι οι αμερικανικές εταιρείες δεν συμβάλλουν στην ανάπτυξη ευαίσθητων "
            "τεχνολογιών σε χώρες όπως η Κίνα.\n\nΠηγή: skai.gr",
            "export_controls",
            True,
        ),
        # The EU's luxury-goods ban on exports to Russia, caviar first, electronics among them (tr-r266-10, Özgür
        # Gazete Kıbrıs, March 2022: the fourth sanctions package).
        (
            "Avrupa Birliği (AB), Rusya'ya yönelik dördüncü yaptırım paketi kapsamında ülkenin enerji sektörüne yeni "
            "yatırımları ve lüks ürün ihracatını yasaklıyor\nRusya'dan demir ve çelik ürünleri ithalatına yasak "
            "uygulanacak\nAB Komisyonu, üye ülkelerin Rusya-Ukrayna savaşı nedeniyle kabul ettikleri yeni yaptırım "
            "paketinin detaylarına ilişkin açıklama yayımladı.\nBuna göre, Rusya'nın askeri sanayi gibi çeşitli "
            "sektörlerindeki kamu işletmeleriyle herhangi bir işlem yapılamayacak. Rusya'dan demir ve çelik ürünleri "
            "ithalatına yasak uygulanacak.\nSöz konusu yasak nedeniyle Rusya'nın 3,3, milyar Euro gelir kaybı "
            "yaşaması öngörülüyor. Bu alandaki ithalat kotaları diğer üçüncü ülkelere dağıtılarak telafi edilecek. "
            "Rusya enerji sektörüne yeni yatırım yapılmasına yasak getirilecek. Sivil nükleer enerji ve belirli "
            "enerji ürünlerinin AB'ye taşınması konusunda ise istisna uygulanacak.\nRus şirketlerinin "
            "derecelendirilmesine yasak getirilecek\nRusya'ya lüks araba ve mücevher gibi ürünlerin ihracatı "
            "yasaklanacak, Kremlin'le bağlantılı oligarklar, dezenformasyonda aktif rol alan kişiler ile savunma "
            "alanındaki şirketler yaptırım listesine eklenecek.\nAB'deki kredi derecelendirme kuruluşlarının Rus "
            "şirketlerinin derecelendirilmesine yasak getirilecek. Bu yasak, Rus firmaların AB mali piyasalarına "
            "erişimlerini daha fazla kaybetmelerine neden olacak.\nDünya Ticaret Örgütü imkaları da askıya "
            "alınacak\nRusya'nın “en çok kayrılan ülke” statüsü reddedilecek, Rus ürün ve hizmetleri bu statüden "
            "faydalanamayacak ve Rusya'nın Dünya Ticaret Örgütü (DTÖ) üyesi olarak sahip olduğu imkanlar askıya "
            "alınacak.\nSöz konusu yaptırımlar bu aşamadan sonra AB Resmi Gazetesi'nde yayımlanarak yürürlüğe "
            "girecek.\nSon yaptırım paketi kapsamında, Rusya'ya 300 Euro'dan daha pahalı havyar, içecek, puro, "
            "elektronik cihaz, parfüm, çanta, palto, takım elbise, aya",
            "export_controls",
            False,
        ),
        # China telling its firms to delay orders of Nvidia's H200 (es-r267-05, vozeconomica.es, after the Groq deal).
        (
            "Paralelamente, el gobierno chino ha solicitado a las empresas locales que retrasen los pedidos de los "
            "chips H200 de Nvidia. Esta decisión se inscribe en el contexto de tensiones geopolíticas que afectan la "
            "operativa de la compañía en el mercado chino.",
            "export_controls",
            True,
        ),
        # A court case accusing an AI trainer of breaking the EU's data-protection rules, worded in Dutch
        # (nl-r268-09, Informatieprofessional, May 2025: the consumer group's urgent case against Meta in Germany).
        (
            "Meta mag Facebook- en Instagram-berichten van EU-gebruikers inzetten om zijn AI-modellen te trainen. Een "
            "Duitse rechter heeft dat vrijdag bepaald in een spoedzaak die was aangespannen door een organisatie die "
            "zich inzet voor consumentenbescherming.\nDe organisatie beschuldigt het Amerikaanse techbedrijf van het "
            "schenden van EU-regels voor gegevensbescherming.",
            "eu_ai",
            True,
        ),
        # Washington banning the sale of AI chips to China, in Japanese (ja-r269-05, Diamond Online, September 2025:
        # the last sentence of a story on China's antitrust finding against Nvidia).
        (
            "2022年以降、米政府はエヌビディアなどの米国の半導体メーカーが、高性能な人工知能(AI)チップの多くを中国に販売"
            "することを禁止している。",
            "export_controls",
            True,
        ),
        # Western chips in a Russian drone, nine words apart, the sanctions in the next sentence (ro-r269-04,
        # Adevărul, January 2026: the Geran-5).
        (
            "Autoritățile ucrainene afirmă că au identificat microcipuri fabricate de companii occidentale într-un nou "
            "tip de dronă rusească, doborâtă la începutul anului 2026. Descoperirea ridică din nou semne de întrebare "
            "privind eficiența sancțiunilor impuse Moscovei.",
            "export_controls",
            True,
        ),
        # AI "now regulated in Europe", a heading in a stock-news box (fr-r270-11, Boursorama/AOF on Atos); the
        # finite German "während Europa reguliert" stays too vague (round 91).
        ("En avant toute dans l'IA générative. L'intelligence artificielle désormais régulée en Europe", "eu_ai", True),
        # The EU's AI factories in the Czech plural genitive, "jednu z evropských továren na umělou inteligenci"
        # (invented review 36).
        (
            "Národní superpočítačové centrum IT4Innovations při VŠB – Technické univerzitě Ostrava bude hostit jednu "
            "z evropských továren na umělou inteligenci. Projekt, který z poloviny zaplatí Evropská unie z programu "
            "pro vysoce výkonnou výpočetní techniku, má malým firmám a startupům zpřístupnit výpočetní kapacitu pro "
            "trénování modelů. Jeho součástí má být i regulatorní pískoviště, kde si podniky ještě před uvedením na "
            "trh ověří, zda jejich algoritmy obstojí podle evropských pravidel.",
            "eu_ai",
            True,
        ),
        # High-risk "smart systems" beside the Commission and the digital omnibus (invented review 36).
        (
            "Moderátorka: Evropská komise navrhuje odložit část povinností pro vysoce rizikové chytré systémy. Je to "
            "ústupek velkým technologickým firmám? Europoslanec Tomáš Hájek: Já bych to tak neviděl. Technické normy, "
            "podle kterých se firmy mají řídit, ještě nejsou hotové, a chtít po české firmě, aby splnila pravidla, "
            "která nikdo pořádně nezná, je nesmysl. Takzvaný digitální omnibus proto podpořím, ale zákaz sociálního "
            "skórování musí platit dál.",
            "eu_ai",
            True,
        ),
        # Chips re-exported "în Federația Rusă" under EU sanctions; Romanian "peste" (more than) is no fish, the
        # commodity word "pește" folded onto it (invented review 36).
        (
            "Procurorii DIICOT au efectuat joi percheziții la sediul unei firme din Voluntari care distribuie "
            "componente electronice, suspectată că a reexportat în Federația Rusă microprocesoare și circuite "
            "integrate aflate sub sancțiunile Uniunii Europene. Potrivit anchetatorilor, mărfurile, în valoare de "
            "peste 2 milioane de euro, erau facturate către companii-paravan din Turcia și Kazahstan. Administratorul "
            "societății este cercetat pentru nerespectarea regimului sancțiunilor internaționale.",
            "export_controls",
            True,
        ),
        # Romania's Authority for Digitalisation beside a national AI strategy is no data-protection authority (invented
        # review 36).
        (
            "Guvernul a adoptat Strategia națională în domeniul inteligenței artificiale pentru perioada 2024-2027, "
            "document elaborat de Ministerul Cercetării, Inovării și Digitalizării împreună cu Autoritatea pentru "
            "Digitalizarea României. Strategia prevede crearea unor centre de excelență în universități, burse pentru "
            "doctoranzi în învățare automată și deschiderea seturilor de date publice pentru dezvoltatorii de "
            "algoritmi. Ministrul de resort a declarat că, până în 2027, cel puțin o treime dintre instituțiile "
            "publice centrale ar trebui să folosească soluții de IA.",
            "eu_ai",
            False,
        ),
        # Romanian "peste" (more than) is no fish: the commodity word "pește" folded onto it and vetoed the chips
        # (invented review 36, inv36-ro-08).
        (
            "Procurorii au percheziționat o firmă suspectată că a reexportat în Rusia microprocesoare și circuite "
            "integrate aflate sub sancțiunile Uniunii Europene, în valoare de peste 2 milioane de euro.",
            "export_controls",
            True,
        ),
        # Dual-use rules on chips with no export word and no state (invented review 37, a minister's written answer).
        (
            "In a written Dáil reply, the Minister for Enterprise said Ireland favours 'a coordinated EU approach' to "
            "controls on advanced semiconductors and chipmaking equipment under the Dual-Use Regulation, rather than "
            "member states drawing up national lists of their own.",
            "export_controls",
            True,
        ),
        # The GDPR named beside AI with no case stays out: German "wirft ... Fragen auf" (raises questions), Italian
        # "ricorso a" (use of) and Spanish "demandó" (asked for) are no lawsuit (read-back of round 268's case words).
        ("Die DSGVO wirft bei der Nutzung von ChatGPT im Büro Fragen auf, erklärt die Kanzlei.", "eu_ai", False),
        ("Il ricorso a ChatGPT negli uffici pubblici deve rispettare il GDPR, ricorda la circolare.", "eu_ai", False),
        ("El RGPD se aplica también a la IA, demandó el ponente en la jornada sobre ChatGPT.", "eu_ai", False),
        # A regulated sector is no regulated AI: the participle counts only with Europe or the EU right after it
        # (read-back of round 270's "désormais régulée en Europe").
        ("Banks in the EU, a heavily regulated industry, are rolling out AI assistants for customers.", "eu_ai", False),
        ("La banca europea, un sector muy regulado, apuesta por la IA generativa en sus oficinas.", "eu_ai", False),
        # The EU's transparency duty for deepfakes, the long object before the label, in Hungarian (invented review 38).
        (
            "Szerkesztőségi szabályzatot fogadott el lapunk a mesterséges intelligencia használatáról. A jövőben "
            "minden olyan képet és hanganyagot, amelyet részben vagy egészben generatív MI hozott létre, jól látható "
            "jelöléssel közlünk – ezzel elébe megyünk az uniós átláthatósági kötelezettségnek, amely 2026 "
            "augusztusától írja elő a mesterségesen előállított vagy manipulált tartalmak, úgynevezett deepfake-ek "
            "megjelölését. Cikkeinket továbbra is újságírók írják és szerkesztők ellenőrzik.",
            "eu_ai",
            True,
        ),
        # The AI Act's top fine told for "the EU's requirements for algorithms" (invented review 38).
        (
            "Perakende sektörünün dikkatine: Avrupa'da mağaza zinciri işleten Türk şirketleri, müşteri davranışını "
            "analiz eden akıllı sistemler nedeniyle ağır yaptırımlarla karşılaşabilir. AB'nin algoritmalara yönelik "
            "şartlarını çiğneyenlere, yasaklı uygulamalarda 35 milyon avroya ya da küresel cironun yüzde 7'sine varan "
            "para cezaları öngörülüyor. Uzmanlar, Hollanda ve Almanya'daki şubelerde kullanılan dinamik fiyatlama ve "
            "kamera analitiği yazılımlarının envanterinin bir an önce çıkarılmasını öneriyor.",
            "eu_ai",
            True,
        ),
        # The same in Czech, the percentage in words ("sedmi procent", invented review 38).
        (
            "Obchodní řetězec Trhovec stáhl z testovacího provozu systém, který měl podle kamer v prodejnách "
            "odhadovat věk a náladu zákazníků a podle toho měnit ceny na digitálních cenovkách. Právní oddělení firmy "
            "upozornilo, že by za porušení evropských požadavků na algoritmy hrozily pokuty až do výše 35 milionů eur "
            "nebo sedmi procent celosvětového ročního obratu. „Riziko je prostě příliš vysoké,“ přiznal mluvčí. "
            "Chytré systémy bude řetězec dál používat jen k plánování zásob.",
            "eu_ai",
            True,
        ),
        # The Court of Auditors on the Chips Act by its Dutch name, AI chips beside it (invented review 38).
        (
            "Het doel van de Europese Chipwet, in 2030 twintig procent van de wereldwijde chipproductie in Europa, "
            "wordt vrijwel zeker niet gehaald. Dat concludeert de Europese Rekenkamer in een kritisch rapport. Vooral "
            "bij de geavanceerde chips die nodig zijn voor AI-toepassingen loopt Europa ver achter op Taiwan en de "
            "Verenigde Staten. In de Brainport-regio rond Eindhoven pleiten bedrijven voor meer Europees geld voor "
            "nieuwe fabrieken.",
            "eu_ai",
            False,
        ),
        # Whose permission it is makes it an export licence: Washington's, for tools shipped to China (invented
        # review 34); the Polish genitive "płytek krzemowych" is a chip word too.
        (
            "Como os equipamentos incorporam tecnologia norte-americana, a empresa neerlandesa precisa agora de uma "
            "licença de Washington, além da do governo de Haia, para os enviar para a China.",
            "export_controls",
            True,
        ),
        (
            "Holenderski producent maszyn do naświetlania płytek krzemowych obniżył prognozę. Spółka tłumaczy, że na "
            "wysyłkę części urządzeń do Chin potrzebuje teraz pozwolenia Amerykanów.",
            "export_controls",
            True,
        ),
        (
            "Two Chinese AI start-ups got the approval of Beijing to list their shares in Hong Kong, selling stock "
            "to investors in China.",
            "export_controls",
            False,
        ),
        # Smuggled into China with an export agency asking questions (round 272); graphics cards smuggled past
        # Hong Kong's customs to dodge China's taxes stay out.
        (
            "Nvidia reste sous surveillance, alors que le Département américain au Commerce aurait demandé au groupe "
            "d'examiner comment ses produits avaient fini par être introduits clandestinement en Chine.",
            "export_controls",
            True,
        ),
        (
            "Eine Schmugglerbande wollte Nvidia-Grafikkarten nach China schmuggeln, um die chinesische Umsatzsteuer "
            "zu sparen; die Polizei fand die GPUs in einer Kiste Hummer.",
            "export_controls",
            False,
        ),
        # An AI law listed beside NIS2 or DORA, which only the EU has, is the EU's (round 272, a law firm's
        # overview); Korea's AI Basic Act beside NIS2 stays out.
        (
            "後編の今回はGDPR、サイバーレジリエンス法、NIS2指令、AI法、デジタルサービス法の概要と"
            "対応のTo Doを取り上げる。",
            "eu_ai",
            True,
        ),
        (
            "Le cabinet compare la loi coréenne sur l'IA, en vigueur en janvier, avec les obligations de NIS2 pour "
            "les opérateurs essentiels.",
            "eu_ai",
            False,
        ),
        # The risk-based model right beside a generic AI-law name is the AI Act's (round 273, Czech trade press);
        # the Colorado AI Act's risk tiers stay out.
        (
            "Zákon o umělé inteligenci klasifikuje produkty podle rizik a přizpůsobuje tomu jejich kontrolu. Bude mít "
            "zároveň přímý i nepřímý dopad na kybernetickou bezpečnost.",
            "eu_ai",
            True,
        ),
        (
            "The Colorado AI Act sorts systems into risk tiers and takes effect next June.",
            "eu_ai",
            False,
        ),
        # The US FCC by its Portuguese name is no EU Commission, and a Commission press release ("comunicado") is no
        # policy communication (round 274).
        (
            "A Comissão Federal de Comunicações dos EUA proibiu esta quinta-feira chamadas automáticas que contenham "
            "vozes geradas por Inteligência Artificial (IA).",
            "eu_ai",
            False,
        ),
        (
            "Segundo o comunicado da Comissão, as plataformas devem avaliar os riscos da IA nas eleições.",
            "eu_ai",
            False,
        ),
        # Round 275: Korean "AI 액트" is the AI Act by its sound; Turkish "yasa dışı" (illegal) and the Slovak
        # "nariadenie Únie o digitálnych službách" (the DSA) are no AI law.
        (
            "AI를 포괄적으로 규율하는 법을 전면 시행하는 국가는 한국이 처음이다. "
            "유럽연합(EU)의 AI 액트는 제정됐지만, 핵심 조항은 오는 8월부터 단계적으로 시행된다.",
            "eu_ai",
            True,
        ),
        (
            "AB Komisyonu, yapay zeka sohbet robotu Grok üzerinden yayılan yasa dışı cinsel içerik nedeniyle X "
            "platformunu mercek altına aldı.",
            "eu_ai",
            False,
        ),
        (
            "Podľa nariadenia Únie o digitálnych službách musí X riešiť umelú inteligenciu Grok.",
            "eu_ai",
            False,
        ),
        # Round 276: battery gigafactories with AI in them, the batteries a sentence away, and the Global Partnership
        # on AI (GPAI) are no EU AI policy.
        (
            "Inteligencia Artificial y Gigafábricas: El Futuro que Europa No Puede Ignorar. Por qué la inversión en IA "
            "e infraestructuras de producción es fundamental para la competitividad europea, tras la cancelación del "
            "proyecto de Automotive Cells Company de producción de baterías en Italia.",
            "eu_ai",
            False,
        ),
        (
            "ACEA提出七项关键建议：构建行业主导的AI数据框架，推动全球人工智能合作(GPAI)；确保欧盟数据共享计划服务于欧洲相关方。",
            "eu_ai",
            False,
        ),
        # Round 277: the EU's Machinery Regulation with its AI safety functions is an EU rule on AI; the old Machinery
        # Directive without AI, and "non-EU" buyers in Germany's investment screening, stay out.
        (
            "I vår ska EU ersätta maskindirektivet med en maskinförordning. Nytt med förordningen är att två av de sex "
            "kategorierna kommer att handla om maskiner där säkerhetsfunktioner är implementerade med maskininlärning.",
            "eu_ai",
            True,
        ),
        (
            "Die EU-Maschinenrichtlinie regelt seit 2006 die CE-Kennzeichnung von Pressen, Kränen und Sägen.",
            "eu_ai",
            False,
        ),
        (
            "독일 경제부는 대외무역규제법을 개정, 비유럽연합(EU)의 첨단기술 기업 매수에 대한 통제를 확대하기로 했다. "
            "외자투자 규제 대상에는 AI와 로봇 외에 반도체가 포함된다.",
            "eu_ai",
            False,
        ),
        # Round 278: a German state DPA against the face search engine PimEyes; the AI Act as "o ato para a
        # Inteligência Artificial".
        (
            "Der baden-württembergische Landesdatenschutzbeauftragte hat ein Bußgeldverfahren gegen die "
            "Gesichtserkennungssuchmaschine PimEyes eröffnet.",
            "eu_ai",
            True,
        ),
        (
            "Aquela que deverá ser a versão final do ato para a Inteligência Artificial (IA), negociada entre o "
            "Conselho e o Parlamento Europeu, contempla a vigilância biométrica em tempo real.",
            "eu_ai",
            True,
        ),
        # Invented review 39: Finnish "mikropiirejä" (the plural stem) is a chip word; the Greek defence ministry's
        # armaments directorate issuing an ammunition export licence is no technology control, nor is a navy's
        # blockade of Taiwan, the chip island.
        (
            "Geran-2-lennokin romusta löytyi kymmeniä amerikkalaisten valmistajien mikropiirejä. Niiden vienti "
            "Venäjälle on ollut kiellettyä jo vuodesta 2022.",
            "export_controls",
            True,
        ),
        (
            "Σύμβαση 70 εκατ. ευρώ για την εξαγωγή πυρομαχικών υπέγραψαν τα Ελληνικά Αμυντικά Συστήματα. Η παραγωγή "
            "θα γίνει στο Λαύριο. Η άδεια εξαγωγής εκδόθηκε από τη Γενική Διεύθυνση Αμυντικών Εξοπλισμών και "
            "Επενδύσεων.",
            "export_controls",
            False,
        ),
        (
            "Maihinnousu tai Kiinan laivaston ylläpitämä saarto aiheuttaisi katastrofin. Saarella valmistetaan 90 "
            "prosenttia edistyneimmistä mikropiireistä.",
            "export_controls",
            False,
        ),
        # Invented review 41: Brussels' ban on emotion recognition at work told by its verbs ("infers workers'
        # emotions", "ha messo al bando"); a firm evading the Russia sanctions with microcontrollers.
        (
            "Since February last year Brussels has banned software that infers workers' emotions in the workplace, "
            "with exemptions only for medical or safety reasons.",
            "eu_ai",
            True,
        ),
        (
            "«Bruxelles ha messo al bando il riconoscimento delle emozioni sui luoghi di lavoro già da febbraio», "
            "spiega il segretario provinciale.",
            "eu_ai",
            True,
        ),
        (
            "De rechtbank heeft een elektronicagroothandel veroordeeld wegens het omzeilen van de Ruslandsancties. Het "
            "bedrijf verscheepte via Kazachstan tienduizenden microcontrollers en radiocomponenten.",
            "export_controls",
            True,
        ),
        # Invented review 42: the EU's farm fund paying for a barn whose owner bought an AI camera is no EU AI policy.
        (
            "Ilmajokelainen maitotila sai Manner-Suomen maaseudun kehittämisohjelmasta, jota rahoittaa osin EU:n "
            "maaseuturahasto, investointitukea uuden pihattonavetan rakentamiseen. Navettaan hankittiin tekoälyä "
            "hyödyntävä kamerajärjestelmä.",
            "eu_ai",
            False,
        ),
        # Invented review 43: Hong Kong's "規例" (regulation) for the EU's AI rules, Brussels beside it.
        (
            "創辦人坦言，布魯塞爾2024年通過的那套人工智能規例，令歐洲醫院採購時更重視數據來源及可解釋性。",
            "eu_ai",
            True,
        ),
        # The session's read-back: the Israeli shekel's "NIS 2 billion" beside an AI law is no NIS2 directive, and
        # the EU investing in AI for rural development is still EU AI policy (only the farm funds' names veto).
        ("Israel's new AI law sets aside NIS 2 billion for compute.", "eu_ai", False),
        ("L'UE investira 50 millions d'euros dans l'IA pour le développement rural.", "eu_ai", True),
        # Round 225's tuning half (el-r225-15, Vestager): the EU setting out to lead the world in AI is EU AI policy;
        # a company's or a member state's ambition to lead is not.
        (
            "η Ευρωπαϊκή Ένωση αποσκοπεί να μετατραπεί σε παγκόσμιο ηγέτη στον τομέα των συστημάτων Artificial "
            "Intelligence (AI), λέει η Vestager.",
            "eu_ai",
            True,
        ),
        ("SAP will weltweit führend bei KI für Unternehmen werden, sagte der Chef in Brüssel.", "eu_ai", False),
        # Round 281's tuning half (pt-r281-09): the Commission changing the GDPR for AI training is EU AI policy, the
        # digital omnibus told without its name.
        (
            "Alterações propostas no GDPR: a proposta inclui a criação de exceções que autorizem empresas de IA a "
            "processar dados sensíveis para treinar modelos.",
            "eu_ai",
            True,
        ),
        # Round 282's tuning half (zh-r282-03): export control applied to university research, licences refused.
        (
            "在英国政府的“出口管制联合部门” (ECJU) 拒绝了许可证申请后,帝国理工确认这两个研究中心将在今年年底前关闭。",
            "export_controls",
            True,
        ),
        # French "amende*" and Romanian "amend*" (a fine) also matched English "amends" and "amendment": Britain
        # amending its own GDPR for AI firms is no EU action; the EU doing it is (gdpr-changed-for-ai).
        ("Britain amends the UK GDPR for AI firms.", "eu_ai", False),
        ("Brussels amends the GDPR so that AI firms can train models on personal data.", "eu_ai", True),
        # Round 283's tuning half (pt-r283-07): a state's guidelines on exporting chips, to anywhere (the AI diffusion
        # rule unnamed) is an export control.
        (
            "O governo Biden anunciou diretrizes polêmicas sobre as exportações de chips de Inteligência Artificial, "
            "dividindo o mundo em três grupos.",
            "export_controls",
            True,
        ),
        # Round 284's tuning half (nl-r284-03): an AI factory with European funding a sentence later is the EU's.
        (
            "De Vlaamse overheid zag het graag gebeuren, een AI-fabriek in het Research Park in Zellik. In zo'n "
            "AI-fabriek kunnen ondernemingen, maar ook onderzoekers AI-toepassingen testen en ontwikkelen voor onder "
            "meer de gezondheids-, ruimtevaart- en luchtvaartindustrie. Het project, dat zowel in Charleroi als in "
            "Zellik zou komen, was op zo'n 80 miljoen euro geraamd, waarvan helft uit Europese financiering moest "
            "komen.",
            "eu_ai",
            True,
        ),
        # Invented review 46: the Commission's template for the public summary of training data (the AI Act's duty
        # for general-purpose models, the Act unnamed) is an EU AI rule; California's documentation law is not.
        (
            "Nová šablona Evropské komise pro veřejné shrnutí trénovacích dat jim však podle nakladatelů mnoho "
            "neprozradí.",
            "eu_ai",
            True,
        ),
        (
            "California's AB 2013 requires developers to post a summary of training data on their websites.",
            "eu_ai",
            False,
        ),
        # The AI Act's high-risk class in its long form, "umělé inteligence" for "AI" (cs-r288-06: a Commission page on
        # the health data space, the EU 20 words before), with an EU term close by.
        (
            "kontrolu na vnitrostátní úrovni i na úrovni EU a také podpořit jejich volný pohyb, jakož i skutečný "
            "jednotný trh se systémy elektronických záznamů, zdravotnickými prostředky a systémy umělé inteligence "
            "s vysokým rizikem.",
            "eu_ai",
            True,
        ),
        # The WHO's European region is no EU (ro-r288-03: a WHO report on AI rules in health).
        (
            "Primul raport al OMS Europa privind reglementarea inteligenței artificiale în sănătate arată un decalaj "
            "între tehnologiile IA și cadrul legal existent în cele 53 de state membre ale regiunii Europa.",
            "eu_ai",
            False,
        ),
        # Chinese "监管机构" is any regulator, not a data-protection authority (zh-r290-18: BaFin on banks' AI).
        (
            "金融監管機構Bafin警告銀行在使用人工智能時面臨風險。這在德國監管機構看來也帶來了風險，尤其是生成性AI。",
            "eu_ai",
            False,
        ),
        # A securities commission is no European Commission (it-r290-17: the US SEC in Italian).
        (
            "La Commissione per i titoli e gli scambi (SEC) degli Stati Uniti ha in programma di regolare l'utilizzo "
            "dell'intelligenza artificiale (IA) nei programmi di negoziazione di titoli.",
            "eu_ai",
            False,
        ),
        # The AI Continent in the genitive (de-r292-11: the Commission's skills academies).
        (
            "Die neuen Akademien tragen zu den Zielen des Aktionsplans für Wettbewerbsfähigkeit und des KI-Kontinents "
            "bei.",
            "eu_ai",
            True,
        ),
        # The AI Act's ban on reading emotions at work and in schools, in any words (invented review 50): an emotion
        # noun, a ban, an AI or software word and the EU close by; without the AI, an EU ban is on something else.
        (
            "Sedan februari 2025 är det förbjudet inom EU att använda AI-system som tolkar anställdas känslor på "
            "arbetsplatsen, och detsamma gäller elever i skolan.",
            "eu_ai",
            True,
        ),
        (
            "Softurile care „citesc” emoțiile angajaților prin camera web sunt interzise în Uniunea Europeană din 2 "
            "februarie 2025.",
            "eu_ai",
            True,
        ),
        ("EU förbjuder reklam som spelar på barns känslor, enligt ett nytt förslag.", "eu_ai", False),
        # The systems that read emotions count, a "use" of feelings does not (invented review 51; read-back).
        (
            "Dal febbraio 2025 l'Unione europea vieta i sistemi che deducono le emozioni delle persone sul luogo di "
            "lavoro.",
            "eu_ai",
            True,
        ),
        ("The EU bans advertising that uses children's feelings to sell sugary snacks.", "eu_ai", False),
        # A member state's regulator named beside the supervision of "AI systems" (invented review 50: Traficom).
        (
            "Liikenne- ja viestintävirasto Traficom ryhtyy koordinoimaan tekoälyjärjestelmien valvontaa Suomessa.",
            "eu_ai",
            True,
        ),
        # The country caps of the AI diffusion rule with the Romanian plural of "cap" (invented review 50).
        (
            "Regulile americane din ianuarie, care plasau România în „nivelul 2” al plafoanelor pentru exportul de "
            "cipuri de IA, au complicat achizițiile universităților.",
            "export_controls",
            True,
        ),
        # "European AI factories" in the Czech and Slovak word order (invented review 50).
        (
            "Rektor víta, že slovenské tímy sa môžu uchádzať o výpočtový čas v európskych AI továrňach.",
            "eu_ai",
            True,
        ),
        # Italy's AI Act supervisor named beside "the market of AI systems" (invented review 51).
        (
            "Sarà l'Agenzia per la cybersicurezza nazionale a vigilare sul mercato dei sistemi di intelligenza "
            "artificiale.",
            "eu_ai",
            True,
        ),
        # Portugal's AI Act supervisor as the press writes it, "Anacom", not the acronym (round 296).
        (
            "Os operadores de telecomunicações apelam equilíbrio ao novo regulador da Inteligência Artificial, a "
            "Anacom.",
            "eu_ai",
            True,
        ),
        # China's own AI law by name is no EU rule, whatever stands beside it ("AB" here is a law firm's logo, the
        # Turkish EU; round 297).
        ("ARTICLE 12 February 2025 中国人工智能法立法指南 AB AnJie Broad Law Firm", "eu_ai", False),
        # An illegal export of named lasers to China, the German adjective inflected (round 299).
        (
            "Ein Unternehmensberater und ein Unternehmer-Ehepaar sind wegen der illegalen Ausfuhr von Speziallasern "
            "nach China verurteilt worden.",
            "export_controls",
            True,
        ),
        # Users' data moved illegally to China is a privacy charge, not an illegal export (invented review 52).
        (
            "Comisara pentru protecția datelor din Berlin, Meike Kamp, le-a cerut companiilor Apple și Google să "
            "elimine aplicația DeepSeek din magazinele lor online din Germania, acuzând transferul ilegal al datelor "
            "utilizatorilor către servere din China.",
            "export_controls",
            False,
        ),
        # AI becoming part of military strategy is no AI strategy of the EU's (round 300).
        (
            "歐盟執委會指出，隨著人工智慧(AI)、自動系統和量子技術成為軍事戰略的一部分，現代戰爭的形態正在轉變。"
            "歐盟執委會將在明天提出一份國防工業轉型計畫。",
            "eu_ai",
            False,
        ),
        # Banned chips beside one of China's tech giants, China not named (round 301).
        (
            "Tencent loue des puces Nvidia interdites tandis que Google attaque le monopole de CUDA",
            "export_controls",
            True,
        ),
        # The same charge in Portuguese, "dados de usuários" without the article (invented review 53).
        (
            "A comissária de proteção de dados de Berlim pediu à Apple e ao Google que retirem o aplicativo da "
            "DeepSeek de suas lojas na Alemanha, alegando que a startup chinesa transfere ilegalmente dados de "
            "usuários para servidores na China.",
            "export_controls",
            False,
        ),
        # Supervising AI with the verb first, in Hungarian, "under the European regulation" (invented review 54).
        (
            "A Kossuth Rádió reggeli műsorában a digitalizációért felelős államtitkár elmondta: önálló hivatal "
            "felügyeli majd a mesterséges intelligencia használatát Magyarországon. Az új szerv az európai "
            "rendelet alapján fogad bejelentéseket.",
            "eu_ai",
            True,
        ),
        # The supervision of AI systems with the genitive between, in Turkish (invented review 54).
        (
            "Federal hükümet, yapay zekâ sistemlerinin denetimini Federal Ağ Ajansı'na veren yasa tasarısını "
            "onayladı; kurum Avrupa tüzüğü çerçevesinde ulusal denetim makamı olarak görev yapacak.",
            "eu_ai",
            True,
        ),
        # The AI Act's top fine by its percentage alone, in a founder's complaint (invented review 54).
        (
            '"과징금 한 방이면 회사 문 닫아요" 유럽 진출을 노리던 국내 생성형 AI 스타트'
            '업들이 현지 규제 부담에 한숨을 쉬고 있다. 한 대표는 "위반 시 전 세계 매출의'
            ' 최대 7%까지 물릴 수 있다는데, 초기 기업은 감당이 안 된다"고 토로했다.',
            "eu_ai",
            True,
        ),
        # The duty to tell people they talk to a machine, under "the new EU rules" (invented review 54).
        (
            "Virtuálna asistentka operátora Telnet SK sa bude predstavovať ako počítačový program. Firma tak "
            "reaguje na nové pravidlá EÚ, podľa ktorých musia spoločnosti ľuďom jasne povedať, že komunikujú so "
            "strojom, a nie s človekom.",
            "eu_ai",
            True,
        ),
        # The same duty in Chinese: the chatbot must disclose its machine identity under the EU's new rules.
        (
            "深圳一家出海企业在欧洲官网上线新版在线客服。公司负责人告诉记者，根据欧盟新规，聊天机器人必"
            "须向用户明确告知其机器身份。",
            "eu_ai",
            True,
        ),
        # "EU rules" in the Finnish plural and "artificially produced" content to be labelled (invented review 54).
        (
            "Tutkija Jussi Lehtonen huomauttaa, että EU-säännöt velvoittavat merkitsemään keinotekoisesti tuotetun "
            "kuva- ja äänisisällön, mutta velvoite koskee ensisijaisesti sisällön tuottajia.",
            "eu_ai",
            True,
        ),
        # Deepfakes to be marked "as artificially generated" under EU law (invented review 55).
        (
            "Fachleute verweisen darauf, dass solche Deepfakes nach EU-Recht künftig klar als künstlich erzeugt "
            "gekennzeichnet werden müssen.",
            "eu_ai",
            True,
        ),
        # "The European obligation" to label synthetic content (invented review 55).
        (
            "Diversi esperti ricordano che dall'agosto 2026 scatterà l'obbligo europeo di etichettare i contenuti "
            "sintetici come i deepfake.",
            "eu_ai",
            True,
        ),
        # The same in Portuguese: content generated or altered by AI, "assinalar" (invented review 55).
        (
            "A CNE admite ter poucos instrumentos: a obrigação europeia de assinalar conteúdos gerados ou "
            "alterados por inteligência artificial só se aplica a partir de agosto de 2026.",
            "eu_ai",
            True,
        ),
        # The chatbot duty told as "a computer program and not an adviser" (invented review 55).
        (
            "Dès la première ligne, un message précise qu'il s'agit d'un programme informatique et non d'un "
            "conseiller. « C'est une obligation des nouvelles règles européennes », explique le directeur.",
            "eu_ai",
            True,
        ),
        # The same in Polish: "dealing with a program, not a consultant" (invented review 55).
        (
            "Klienci banku usłyszą, że mają do czynienia z programem, a nie z konsultantem. Bank tłumaczy zmianę "
            "nowymi unijnymi przepisami.",
            "eu_ai",
            True,
        ),
        # The chatbot duty in Romanian: "when they talk to a machine", "the new European rules" (invented review 55).
        (
            "Compania spune că „noile reguli europene” o obligă să le spună clienților, fără echivoc, când discută "
            "cu o mașină și nu cu un om.",
            "eu_ai",
            True,
        ),
        # Pandemic travel restrictions in China delaying a chip-tool maker's deliveries are no control (round 302).
        (
            "A ASML citou atrasos de entregas por causa de restrições a viagens, principalmente na China, a "
            "fabricantes de chips como a TSMC.",
            "export_controls",
            False,
        ),
        # noyb by its full name or misspelt "NYOB", the complainant before national authorities (round 304).
        (
            "El grupo None of Your Business (NYOB) pidió a los organismos nacionales que detengan el uso de datos "
            "personales para entrenar los modelos de inteligencia artificial de Meta.",
            "eu_ai",
            True,
        ),
        # National data-protection authorities, the adjective between the noun and its complement (round 304).
        (
            "Las autoridades nacionales de protección de datos de Europa advirtieron a Meta, que quiere usar las "
            "publicaciones de sus usuarios para entrenar su inteligencia artificial.",
            "eu_ai",
            True,
        ),
        (
            "Le autorità nazionali per la protezione dei dati in Europa hanno avvertito Meta, che vuole usare i post "
            "per addestrare la sua intelligenza artificiale.",
            "eu_ai",
            True,
        ),
        (
            "As autoridades nacionais de proteção de dados na Europa avisaram a Meta, que quer usar as publicações "
            "para treinar a sua inteligência artificial.",
            "eu_ai",
            True,
        ),
        # The EU's AI regulation with "(人工知能)" between AI and the law word, Japan named as a place the rules reach
        # (round 305).
        (
            "欧州連合(EU)がAI(人工知能)規制案を公表してから2カ月強が経過した。ハイリスクに分類されたAIは事前審査が必要"
            "となる。例えば日本でもすでに広く使用されている、企業の人員採用などでのAIも対象となる。",
            "eu_ai",
            True,
        ),
        # Beijing advising its firms to refrain from using Nvidia's chips (round 305), in French and Spanish.
        (
            "La Chine a conseillé aux entreprises locales de s'abstenir d'utiliser les puces H20 de Nvidia dans les "
            "projets liés au gouvernement.",
            "export_controls",
            True,
        ),
        (
            "China pidió a las empresas locales abstenerse de usar los chips H20 de Nvidia en proyectos del gobierno.",
            "export_controls",
            True,
        ),
        # Taiwan's strategic high-tech commodities entity list by its name, without "export" (invented review 57).
        (
            "Taiwanin talousministeriö on lisännyt kiinalaiset Huawein ja SMIC:n strategisten korkean teknologian "
            "tuotteiden yhteisöluetteloonsa. Taiwanilaisyritykset tarvitsevat nyt ennakkoluvan ennen kuin ne "
            "toimittavat listatuille yhtiöille tuotteita.",
            "export_controls",
            True,
        ),
        (
            "Tayvan Ekonomi Bakanlığı, Huawei ile çip üreticisi SMIC'i stratejik yüksek teknoloji ürünlerine ilişkin "
            "kuruluş listesine ekledi. Tayvanlı şirketler iki firmaya ürün göndermeden önce onay almak zorunda.",
            "export_controls",
            True,
        ),
        # The Commerce Secretary withholding broadband money from states over their AI laws is no control (round 306).
        (
            "The draft order directs Commerce Secretary Howard Lutnick to identify onerous state AI laws and restrict "
            "broadband funding to states that enforce them.",
            "export_controls",
            False,
        ),
        (
            "Le décret charge le secrétaire au Commerce Howard Lutnick de priver de fonds fédéraux les États dont les "
            "lois sur l'IA sont jugées trop restrictives.",
            "export_controls",
            False,
        ),
        # Graphics cards smuggled into China past its customs or police, to pay less tax, are no export control
        # (round 307).
        (
            "Dem chinesischen Zoll sind Grafikkarten-Schmuggler ins Netz gegangen: Fast 6000 Grafikkarten wurden "
            "falsch deklariert, um weniger Steuern zahlen zu müssen. Die Ware wurde beschlagnahmt.",
            "export_controls",
            False,
        ),
        (
            "Un grupo de contrabandistas quería pasar tarjetas gráficas NVIDIA a China escondidas entre langostas, "
            "pero la policía china interceptó el camión.",
            "export_controls",
            False,
        ),
        # "the AI Regulation", capitalised inside a sentence, is legal English for the AI Act (round 307); a
        # title-case headline's "AI Regulation" is not.
        (
            "Article 50 of the AI Regulation stipulates that, from August 2026, deepfakes must be labelled.",
            "eu_ai",
            True,
        ),
        ("Senate Debates AI Regulation as Tech Firms Lobby", "eu_ai", False),
        # Software written ソフトウエア (large エ) is technology too: export controls on critical software (round 308).
        (
            "トランプ氏は10日、11月1日から中国に対し100%の対中追加関税を課すとともに、重要ソフトウエアの対中輸出規制を"
            "導入すると発表。これを受け、仮想通貨が急落した。",
            "export_controls",
            True,
        ),
        # Counterfeit chips and contraband hidden among electronics, seized by customs, are no control (invented
        # review 58); "not drugs but Nvidia GPUs smuggled to China" stays one (zh-r104-03, checked over every text).
        (
            "Tulli takavarikoi Vantaalla lähetyksen, jossa oli noin 12 000 väärennettyä mikropiiriä. Piirit oli "
            "merkitty tunnetun eurooppalaisen valmistajan logolla.",
            "export_controls",
            False,
        ),
        (
            "W kartonach po monitorach i kartach graficznych z Chin ukryto ponad 400 tys. sztuk nielegalnych "
            "papierosów. Kierowca został zatrzymany.",
            "export_controls",
            False,
        ),
        (
            "民警在一物流网点查获一批从境外寄来的二手显卡，拆开散热片后发现内部塞有冰毒共计3.2公斤。",
            "export_controls",
            False,
        ),
        # Counterfeit memory chips in Czech, the adjective between (invented review 59), and Malaysia's export-control
        # law by its name (the same review: its permit for US AI chips).
        (
            "Celníci zabavili na letišti Václava Havla zásilku téměř 8 000 padělaných paměťových čipů a "
            "mikrokontrolérů. Zboží přiletělo z Asie.",
            "export_controls",
            False,
        ),
        (
            "Companies that fail to notify the ministry at least 30 days before shipping US-made AI chips face fines "
            "or jail under the Strategic Trade Act 2010.",
            "export_controls",
            True,
        ),
        # The AI Act's Annex III by number, high risk and AI close, the law never named (invented review 60); the
        # medical-device regulation's Annex III with no AI stays out.
        (
            "Systemy AI, które automatycznie filtrują CV i punktują kandydatów, mieszczą się w pkt 4 załącznika III, a "
            "więc w katalogu systemów wysokiego ryzyka.",
            "eu_ai",
            True,
        ),
        (
            "Les dispositifs de classe III doivent passer par un organisme notifié selon l'annexe III du règlement sur "
            "les dispositifs médicaux, à haut risque pour les patients.",
            "eu_ai",
            False,
        ),
        # A mining rig's "hash rate" is no contraband (Danish "hash" read in every text, read-back of the session).
        (
            "Prosecutors say the smugglers shipped Nvidia H100 chips to China through Malaysia; the seized servers' "
            "hash rate logs were part of the evidence.",
            "export_controls",
            True,
        ),
        # Taiwan's list's words without a list word are industrial policy, no control (read-back of the session).
        ("政府は戦略的ハイテク産業への投資を拡大すると発表した。", "export_controls", False),
        (
            "China's exports of strategic high-tech products rose 12% last year, customs data showed.",
            "export_controls",
            False,
        ),
        # Farm markets shaken by other countries' export curbs are no technology control (round 310, a fertiliser
        # story ending on "export curbs by India and Russia's war").
        (
            "The restrictions add volatility to the global agriculture market, already hit by export curbs by India "
            "and Russia's war in Ukraine.",
            "export_controls",
            False,
        ),
        (
            "Les restrictions pèsent sur les marchés agricoles, déjà secoués par les restrictions à l'exportation de "
            "la Russie.",
            "export_controls",
            False,
        ),
        # Spanish "insta*" (urges) read "Instagram" as the European Parliament acting: only the verb's forms now
        # (round 311, an EP candidate's deepfakes on his Instagram channel); the verb itself still counts.
        (
            "Door AI gemaakte deepfakes verschenen deze week op het Instagramkanaal van een kandidaat voor het "
            "Europees Parlement.",
            "eu_ai",
            False,
        ),
        (
            "El Parlamento Europeo instó a la Comisión a regular la inteligencia artificial en el trabajo.",
            "eu_ai",
            True,
        ),
        # The Apply AI strategy by its name beside the strategy word, in any language's order (invented review 61);
        # "apply AI strategically" is advice, no EU strategy: the name's strategy form is case-sensitive now.
        (
            "Strategia „Apply AI” lansată de Comisie are, pe hârtie, ambiții mari pentru IMM-uri.",
            "eu_ai",
            True,
        ),
        (
            "To stay competitive, retailers must apply AI strategically across their supply chains.",
            "eu_ai",
            False,
        ),
        # MEPs calling for an algorithmic-management directive, the calling in Polish and Romanian past forms
        # (invented review 61).
        (
            "Eurodeputowani z komisji zatrudnienia wezwali Komisję do przygotowania dyrektywy o zarządzaniu "
            "algorytmicznym, także z użyciem sztucznej inteligencji.",
            "eu_ai",
            True,
        ),
        (
            "Eurodeputații au cerut o directivă privind managementul algoritmic la locul de muncă, inclusiv pentru "
            "sistemele de inteligență artificială.",
            "eu_ai",
            True,
        ),
        # Every list meets every text: stems that are other languages' words went (session 50's audit of
        # wildcard terms against the words of all labelled texts). Danish "stram*" (tighten) read Romanian
        # "strâmtoarea" (the Taiwan Strait), Swedish "märk*" (label) German "Märkte" (markets).
        (
            "Tensiunile din strâmtoarea Taiwan apasă pe acțiunile producătorilor de cipuri Nvidia și TSMC din China.",
            "export_controls",
            False,
        ),
        ("Die Märkte reagieren auf KI-Inhalte, die EU will Transparenz.", "eu_ai", False),
        # The Entity List abbreviated in Japanese commentary (round 312).
        ("米国、「ELリスト」に中国の二つの大学を加えた", "export_controls", True),
        # German court words in Dutch text: "*gericht" read "opgericht" (founded) and "Gericht*" "gericht op"
        # (aimed at) as a court acting; French "scrutin*" (ballot) read English "scrutiny" as an election (session
        # 50's audit of wildcard terms).
        (
            "Het bedrijf werd in 2019 opgericht en levert sindsdien halfgeleiders en sensoren aan Russische klanten.",
            "export_controls",
            False,
        ),
        (
            "The European Parliament adopted a resolution on generative AI, stepping up its scrutiny of the "
            "Commission's plans.",
            "eu_ai",
            True,
        ),
        # The Garante as Brazilian papers translate it (round 313).
        (
            "Salvini acha desproporcional a decisão do Garantidor de Privacidade que obrigou o ChatGPT a impedir o "
            "acesso na Itália.",
            "eu_ai",
            True,
        ),
        # The AI Act's top fine by its amount alone, with Europe close (invented review 62).
        (
            "Ingen fond vil eje en virksomhed, der risikerer de europæiske AI-bøder på op til 35 millioner euro.",
            "eu_ai",
            True,
        ),
        # Another country's AI bill replicating the European model: the EU's rules as a comparison (round 314).
        (
            "La Comisión de Ciencia y Tecnología dictaminó un proyecto que busca replicar en la Argentina el modelo "
            "europeo de regulación de Inteligencia Artificial.",
            "eu_ai",
            True,
        ),
        # Hong Kong's customs in the Italian plural: graphics cards smuggled into China past them (round 316).
        (
            "Sotto le aragoste il controllo dogane di Hong Kong ha trovato un carico illegale di 70 schede grafiche "
            "NVIDIA dirette in Cina.",
            "export_controls",
            False,
        ),
        # Asking leave to export in everyday words (invented review 63).
        (
            "Výrobce musí žádat Haag o svolení i k vývozu starších litografických skenerů ASML do Číny.",
            "export_controls",
            True,
        ),
        (
            "Siden april har eksportører af sjældne jordarter skullet søge om lov hos handelsministeriet i Beijing.",
            "export_controls",
            True,
        ),
        (
            "Japan har lagt till 23 typer av utrustning för chiptillverkning som inte får säljas till Kina utan "
            "handelsministeriets medgivande.",
            "export_controls",
            True,
        ),
        # Austria's AI service desk, set up for the AI Act, named beside its literacy duty (invented review 64).
        (
            "Schulen müssen seit Februar 2025 für ausreichende KI-Kompetenz ihres Personals sorgen, wie die "
            "KI-Servicestelle der RTR betont.",
            "eu_ai",
            True,
        ),
        # The same in the big languages' everyday words (invented review 65).
        (
            "Tokyo has added 23 types of chipmaking gear to the list of goods that need a government sign-off before "
            "they can leave Japan, keeping some of Tokyo Electron's tools out of Chinese fabs.",
            "export_controls",
            True,
        ),
        (
            "トランプ政権は、いったん止めていたエヌビディアの「H20」の中国向け販売にゴーサインを出した。",
            "export_controls",
            True,
        ),
        ("中国は黒鉛を国外に出す際に当局の許しを得るよう求める仕組みを導入した。", "export_controls", True),
        (
            "식각·세정·증착 장비 등 23개 품목은 앞으로 경제산업성의 허락 없이는 중국에 내보낼 수 없다.",
            "export_controls",
            True,
        ),
        ("中方要求部分高纯度石墨产品出境前先报批，不批不能走。", "export_controls", True),
        # Finnish "lupaa" alone is also "promises": Huawei promising chips is no licence (read-back of the session).
        ("Huawei lupaa toimittaa uusia siruja kiinalaisille asiakkaille ensi vuonna.", "export_controls", False),
        # A state's restrictions on China, said in three words, thirty words after the chip word (round 317).
        (
            "Der Deal bringt Nvidia eine halbe Million Halbleiter im Jahr ein. Die Aktie des Konzerns stieg in dieser"
            " Woche um über 15 Prozent, was Analysten als Reaktion auf die Aussicht werten, dass die neuen Abnehmer in"
            " der Golfregion Einnahmeverluste durch US-Beschränkungen gegenüber China überkompensieren könnten.",
            "export_controls",
            True,
        ),
        # "US-Sanktionen gegen China" were also the tariff rise of May 2024: no control without more.
        (
            "Die US-Sanktionen gegen China zeigen nochmals mehr, wie wichtig es ist, dass Europa bei"
            " Schlüsseltechnologien aus einer starken Position heraus agieren kann. Deshalb ist gut, dass in den"
            " Bereichen Halbleiter und Batterien Förderprogramme gestartet worden sind.",
            "export_controls",
            False,
        ),
        # A gigafactory beside EuroHPC is the EU's AI gigafactory call, whatever it is called (round 317) ...
        (
            "O Banco Português de Fomento apresentou uma candidatura em Bruxelas para a instalação de uma gigafábrica"
            " de dados em Sines. Portugal terá de concorrer com mais de 20 candidaturas entregues ao EuroHPC.",
            "eu_ai",
            True,
        ),
        # ... but not Tesla's battery gigafactory in a story that names EuroHPC's supercomputer too.
        (
            "A Tesla apresentou uma gigafábrica de baterias em Berlim; o supercomputador do EuroHPC fica noutro local.",
            "eu_ai",
            False,
        ),
        # Japanese calls the AI Act "the law that regulates AI", beside Japan's firms that must comply (round 318).
        (
            "EU(ヨーロッパ連合)で世界初のAIを規制する法律が成立した。"
            "日本の企業もEU域内で事業を展開しているため対応を求められることになる。",
            "eu_ai",
            True,
        ),
        # A Dutch firm "in Chinese handen" is Chinese-owned: no technology kept from China (round 318) ...
        (
            "Nederland heeft keihard ingegrepen bij de Nijmeegse chipmaker Nexperia, die deels in Chinese handen is.",
            "export_controls",
            False,
        ),
        # ... but chip technology that could end up in Chinese hands is.
        (
            "De regering wil voorkomen dat geavanceerde chiptechniek in Chinese handen terechtkomt.",
            "export_controls",
            True,
        ),
        # The US forced-labour import law keeps an entity list of its own (round 319).
        (
            "任何产自新疆的原材料及其下游产品，以及涉及UFLPA实体清单的企业产品均面临UFLPA的制裁风险。",
            "export_controls",
            False,
        ),
        # Technology on the embargo list against Russia (round 319, a chamber of commerce in 2022).
        (
            "Die EU hat Sanktionen gegen Russland verhängt. High-Tech-Produkte stehen auch auf der Embargoliste.",
            "export_controls",
            True,
        ),
        # A Chinese commission whose name a blank line cuts off is still no EU Commission (round 320).
        (
            "Promulgated by Cyberspace Administration of China, National Development and Reform\n\nCommission of the"
            " People's Republic of China, etc. Six government departments co-issued the Temporary Rules on Generative"
            ' AI Services ("Rules").',
            "eu_ai",
            False,
        ),
        # A government barring its civil servants from an app is security policy, not a control (round 321).
        (
            "El Gobierno neerlandés ha prohibido a los funcionarios usar la aplicación china de inteligencia artificial"
            " DeepSeek para su trabajo al ser «sensible al espionaje».",
            "export_controls",
            False,
        ),
        # China ordering its firms to suspend their purchases of Nvidia chips (round 321).
        (
            "Según el Financial Times, China ha ordenado a sus gigantes digitales, incluidos Alibaba y ByteDance,"
            " suspender inmediatamente sus compras y pruebas de los últimos chips de inteligencia artificial de"
            " Nvidia.",
            "export_controls",
            True,
        ),
        # Portuguese "sancionou projeto de lei" is signing a bill into law, no sanction (round 322) ...
        (
            "O presidente Joe Biden sancionou projeto de lei de US$ 280 bilhões para impulsionar a fabricação de chips"
            " e semicondutores nos Estados Unidos, parte do esforço para aumentar a competitividade em relação à"
            " China.",
            "export_controls",
            False,
        ),
        # ... and Getty's photographer Chip Somodevilla is no chip (round 322).
        (
            "Câmara dos EUA aprova projeto de lei para fortalecer competição contra China (Foto: Chip Somodevilla/Getty"
            " Images). A Câmara aprovou a lei, que inclui 52 bilhões de dólares para a produção de semicondutores.",
            "export_controls",
            False,
        ),
        # Brazil's AI bill by its number, where the Senate's commission reads as the EU's (round 323).
        (
            "La Commission temporaire du Sénat brésilien sur l'intelligence artificielle a approuvé un plan de travail"
            " pour discuter du projet de loi sur la réglementation de l'IA, le projet de loi du Sénat n° 2338. La"
            " Commission tiendra 15 sessions.",
            "eu_ai",
            False,
        ),
        # Social scoring told as people given points for their behaviour (invented review 66).
        (
            "Koniec z punktowaniem obywateli przez maszyny! Unia Europejska zakazała sztucznej inteligencji, która"
            " ocenia ludzi za ich zachowanie i przyznaje im „punkty społeczne” jak w Chinach.",
            "eu_ai",
            True,
        ),
        # The Commission's president a sentence-part before "gigafactories", AI in the sentence before (invented review
        # 67).
        (
            "Europe wants to build giant computer farms to train the next generation of artificial intelligence, and it"
            " is prepared to put billions on the table to do it. Commission President Ursula von der Leyen said €20bn"
            " would go towards up to five so-called gigafactories.",
            "eu_ai",
            True,
        ),
        # InvestAI's 200 billion told without its name (invented review 67) ...
        (
            "La presidente della Commissione von der Leyen ha annunciato un piano da 200 miliardi per l'intelligenza"
            " artificiale, di cui 20 destinati a grandi centri di calcolo.",
            "eu_ai",
            True,
        ),
        # ... not 200 billion dollars of tariffs.
        (
            "Trump minaccia dazi su 200 miliardi di dollari di merci cinesi; la Commissione europea studia la risposta,"
            " mentre l'intelligenza artificiale resta fuori dal negoziato.",
            "eu_ai",
            False,
        ),
        # The Commission's voluntary code for the makers of big AI models, told without the AI Act's words (invented
        # review 66).
        (
            "Nová pravidla z Bruselu pro ChatGPT a spol. Komise k tomu sepsala dobrovolný kodex, ke kterému se"
            " přihlásily OpenAI, Google či francouzský Mistral.",
            "eu_ai",
            True,
        ),
        # The chatbot duty put on the EU itself, not on its rules (invented review 67).
        (
            "Chatting to a customer service bot on a shopping website? From August, the company behind it will have to"
            " make clear you are talking to a machine and not a person. The new duty comes from Brussels.",
            "eu_ai",
            True,
        ),
        (
            "Ab August 2026 müssen Unternehmen klar sagen, wenn am anderen Ende kein Mensch sitzt, sondern eine"
            " Maschine. So schreibt es die EU vor.",
            "eu_ai",
            True,
        ),
        # The deal on "how to regulate it", AI the pronoun's referent (invented review 67).
        (
            "L'Europa mette le briglie all'intelligenza artificiale. Dopo una maratona negoziale, i governi dei"
            " Ventisette e gli eurodeputati hanno trovato la quadra su come regolarla.",
            "eu_ai",
            True,
        ),
        # The AI literacy duty told as staff who must know how to use AI, Brussels expecting it (invented review 66) ...
        (
            "Szkolenia z AI dla pracowników? Tego oczekuje od pracodawców Bruksela. Firmy, które korzystają ze"
            " sztucznej inteligencji, muszą zadbać o to, by ich ludzie wiedzieli, jak się nią posługiwać.",
            "eu_ai",
            True,
        ),
        # ... not an AI company's own course.
        ("OpenAI launches an AI training for staff of small firms in the EU; Tesla invests in xAI.", "eu_ai", False),
        # Hungarian "tilos" (forbidden) is a ban word too (invented review 66).
        (
            "Február 2-ától tilos az Európai Unióban olyan mesterséges intelligenciát használni, amely a polgárokat"
            " viselkedésük alapján pontozza és rangsorolja.",
            "eu_ai",
            True,
        ),
        # Another country's AI law called milder than the EU's (invented review 66).
        (
            "Kalifornia idzie własną drogą. Tamtejszy gubernator podpisał ustawę o modelach sztucznej inteligencji."
            " Eksperci zauważają jednak, że nowe przepisy są znacznie łagodniejsze od tych, które przyjęła Unia"
            " Europejska.",
            "eu_ai",
            True,
        ),
        # The agency that runs the controls stands for the state in its rules on chip exports (invented review 68).
        (
            "Anderzijds versoepelt het ministerie van Handel juist de regels voor chipexport: Nvidia mag nu"
            " tienduizenden geavanceerde chips leveren aan datacenters in de Emiraten.",
            "export_controls",
            True,
        ),
        # Polish names the AI diffusion rule in the locative too: "w amerykańskiej regule o dyfuzji AI" (invented review
        # 69).
        (
            "Polska znalazła się w drugiej grupie państw w amerykańskiej regule o dyfuzji AI, co oznacza limity na"
            " import najbardziej zaawansowanych procesorów graficznych z USA.",
            "export_controls",
            True,
        ),
        # The AI Office told plainly: a new office of the Commission that watches the biggest AI models (invented review
        # 70) ...
        (
            "BRUSEL (TASR) – Nový úrad Európskej komisie, ktorý dohliada na najväčšie modely umelej inteligencie, si"
            " vyžiadal od viacerých amerických spoločností podrobnosti o testoch.",
            "eu_ai",
            True,
        ),
        # ... not a president "leaving office" (French "office" is an English word too).
        (
            "Why Europe fears new US export restrictions: they were announced by Joe Biden days before leaving office."
            " EU Commissioner Henna Virkkunen said Europe must train AI models on its own supercomputers.",
            "eu_ai",
            False,
        ),
        # The AI gigafactories told as giant AI computing centres the EU will fund (invented review 70) ...
        (
            "Česko chce bojovat o jedno z obřích výpočetních center pro umělou inteligenci, která hodlá spolufinancovat"
            " Evropská unie.",
            "eu_ai",
            True,
        ),
        # ... not a company's own.
        ("Microsoft will build giant AI data centres in the EU, the company said.", "eu_ai", False),
        # The labelling duty for photos and videos made with AI, told in plain words (invented review 71).
        (
            "Ob ein Foto echt ist, lässt sich bisher oft kaum erkennen – die Europäische Union will das ändern: Wer"
            " Bilder, Videos oder Tonaufnahmen mit künstlicher Intelligenz erzeugt oder verfälscht, soll sie künftig"
            " kennzeichnen müssen.",
            "eu_ai",
            True,
        ),
        # The ban on police face recognition told as scanning passers-by's faces (invented review 70).
        (
            "Poliția nu va mai putea scana fețele trecătorilor pe stradă cu camere inteligente decât în cazuri foarte"
            " rare, precum căutarea unui copil răpit sau prevenirea unui atac terorist, și doar cu aprobarea unui"
            " judecător. Interdicția vine de la Bruxelles și se aplică în toate statele membre.",
            "eu_ai",
            True,
        ),
        # French "usines à IA" and Italian "fabbriche europee dell'intelligenza artificiale" (invented review 71).
        (
            "Le centre de calcul qui héberge le supercalculateur Jean Zay a été retenu parmi les « usines à IA »"
            " soutenues par l'Europe. L'enveloppe est partagée entre Bruxelles et l'État.",
            "eu_ai",
            True,
        ),
        # The Berlin data-protection commissioner in Japanese (invented review 73).
        (
            "ドイツ・ベルリン州のデータ保護監察官は、中国製AIアプリ「DeepSeek」が利用者の個人データを違法に中国へ"
            "移しているとして、米アップルとグーグルに対し、アプリストアから削除するよう求めた。",
            "eu_ai",
            True,
        ),
        # "Can use it" is no literacy duty: an AI app anyone in the EU can use (read-back of the session).
        ("Från i dag kan alla i EU använda den nya AI-appen, och den som vill kan använda den gratis.", "eu_ai", False),
        # US restrictions dodged in a chip story, China not within 40 words (round 324).
        (
            "Aunque el modelo R1 fue entrenado con chips de Nvidia, la inferencia, es decir la generación de "
            "respuestas, corre sobre procesadores propios de la empresa. ¿El resultado? Menor consumo energético, "
            "reducción de costos y mayor independencia tecnológica frente a proveedores extranjeros. Esto no es un "
            "detalle menor: en medio de las restricciones comerciales impuestas por EE.UU., las compañías encuentran "
            "formas de esquivar el bloqueo.",
            "export_controls",
            True,
        ),
        # The fear that China obtains the technology, as the reason the US restricted chip deals (round 324).
        (
            "こうした契約はこれまで、中国が技術を入手する恐れがあるとして米国が制限していた。UAEは先端AI半導体を"
            "年間50万個輸入できる可能性がある。",
            "export_controls",
            True,
        ),
        # Turkish "yasaklı madde" is a banned substance (drugs), beside smuggled processors (round 325).
        (
            "Kaçakçılık, dünyanın her yerinde herhangi bir ürün için yapılabiliyor. Bugüne kadar sigara, yasaklı madde "
            "ve alkol gibi ürünlerin kaçakçılık malzemesi olduğunu gördük. Ancak Çin'den gelen haberler, kaçakçıların "
            "işlemcilere de dadandıklarını gösteriyor.",
            "export_controls",
            False,
        ),
        # The AI Act's transparency obligations by that phrase in Dutch and Spanish, as English and German had them
        # (round 327: "Artikel 50(1) - Transparantieverplichtingen").
        (
            "Sinds augustus gelden in de EU transparantieverplichtingen voor AI-systemen die rechtstreeks met mensen "
            "communiceren.",
            "eu_ai",
            True,
        ),
        (
            "Desde agosto rigen en la UE obligaciones de transparencia para los sistemas de IA que conversan con "
            "personas.",
            "eu_ai",
            True,
        ),
        # Photos and videos to be labelled, the AI word being the deepfakes named a sentence later (invented review 76).
        (
            "Kuvassa pääministeri kättelee paavia, mutta tapaamista ei koskaan ollut. Tällaiset kuvat ja videot on "
            "jatkossa merkittävä Euroopan unionissa selvästi keinotekoisiksi. Brysselin linjaus koskee sekä kuvia "
            "tuottavia palveluita, joiden on upotettava tiedostoihin koneellisesti luettava tunniste, että niitä, "
            "jotka julkaisevat niin sanottuja syväväärennöksiä.",
            "eu_ai",
            True,
        ),
        # Content "created or modified by AI" to be labelled (invented review 76).
        (
            "Brusel zaviedol povinnosť označovať obsah vytvorený alebo upravený umelou inteligenciou a nástroje, ktoré "
            "ho generujú, musia do súborov vkladať strojovo čitateľnú značku.",
            "eu_ai",
            True,
        ),
        # A country in a tier of the US rule on how many AI chips each may buy (invented reviews 74 and 76).
        (
            "Η Ελλάδα βρέθηκε στη «δεύτερη κατηγορία» του αμερικανικού κανόνα που καθόριζε πόσους προηγμένους "
            "επεξεργαστές τεχνητής νοημοσύνης μπορεί να αγοράσει κάθε χώρα, μαζί με την Πορτογαλία και την Πολωνία.",
            "export_controls",
            True,
        ),
        (
            "Odchodząca administracja Joe Bidena umieściła Polskę w „drugiej kategorii” państw z limitami na zakup "
            "najbardziej zaawansowanych chipów do sztucznej inteligencji.",
            "export_controls",
            True,
        ),
        # The caps told from the buyers' side (invented review 81).
        (
            "La règle américaine publiée en janvier plafonne le nombre de puces avancées que peuvent acheter une "
            "partie des pays de l'UE, dont la Pologne et le Portugal.",
            "export_controls",
            True,
        ),
        # A tier 2 supplier is no tier of countries.
        (
            "Bosch, a tier 2 supplier for US carmakers, says it can buy enough chips again.",
            "export_controls",
            False,
        ),
        # China's licences for exporting drone parts, told by the drone makers who wait (invented reviews 80-81).
        (
            "Desde que China exige licencia para sacar del país determinados componentes de drones por su posible uso "
            "militar, el proveedor pide documentación sobre el cliente final.",
            "export_controls",
            True,
        ),
        (
            "Silniki i akumulatory utknęły, bo Pekin od ubiegłego roku wymaga specjalnej zgody na wywóz części do "
            "bezzałogowców.",
            "export_controls",
            True,
        ),
        # A US ban on approving Chinese drones for import or sale is no export control (round 203).
        (
            "美国联邦传播委员会宣布，将中国大疆（DJI）、Autel以及所有外国制无人机和零组件纳入国家安全风险列管名单，"
            "并且新型无人机未来将无法在美国获得进口或销售批准。",
            "export_controls",
            False,
        ),
        # Every shipment of magnets needing Beijing's licence (invented review 81).
        (
            "De små højttalere i et høreapparat indeholder magneter af sjældne jordarter, og de fleste produceres i "
            "Kina. Efter at Beijing har gjort hver eneste forsendelse afhængig af en licens, har flere producenter "
            "øget deres lagre.",
            "export_controls",
            True,
        ),
        # Chinese firms renting chips abroad instead of buying them, the US closing that door (invented review 74).
        (
            "Americké ministerstvo obchodu chce zatvoriť zadné dvierka, cez ktoré sa čínske firmy dostávajú k výkonným "
            "čipom bez toho, aby ich kupovali. Stačí si totiž prenajať výpočtový výkon v dátových centrách v Malajzii "
            "či Thajsku.",
            "export_controls",
            True,
        ),
        (
            "Čínské firmy, které se nemohou dostat k nejvýkonnějším čipům Nvidia, si je jednoduše pronajímají v "
            "datových centrech v Malajsii. Americké ministerstvo obchodu teď chce tuto skulinu zavřít.",
            "export_controls",
            True,
        ),
        # Rental prices are the market, not the controls.
        (
            "Rental prices for Nvidia H100 chips at Chinese cloud providers fell by a third this year, while US "
            "hyperscalers kept theirs steady.",
            "export_controls",
            False,
        ),
        # Chips sent to China "without the necessary permits" (invented review 75).
        (
            "To kinesiske statsborgere er tiltalt i USA for at have sendt hundredvis af grafikprocessorer til Kina "
            "uden de nødvendige tilladelser.",
            "export_controls",
            True,
        ),
        # Social scoring as "points for their conduct" in Danish (invented review 77).
        (
            "Siden februar 2025 har det været forbudt i hele EU at bruge kunstig intelligens til at give borgere point "
            "for deres opførsel.",
            "eu_ai",
            True,
        ),
        # The state not letting a firm sell its chips, the Chinese buyers named a clause later (invented review 75).
        (
            "Os americanos não deixam a Nvidia vender os seus melhores chips lá, e mesmo as versões reduzidas que a "
            "empresa desenhou especialmente para os clientes chineses foram sendo travadas.",
            "export_controls",
            True,
        ),
        # Rules on chip tools for China "tightened further" (invented review 75).
        (
            "米政府が日本とオランダに対し、中国向け半導体製造装置の規制をさらに強化するよう求めている。",
            "export_controls",
            True,
        ),
        # Exporting US AI chips from Malaysia needs "a permit" from its trade ministry (invented review 75).
        (
            "Da questo mese chi vuole esportare o far transitare sul territorio malese chip americani ad alte "
            "prestazioni per l'intelligenza artificiale dovrà prima ottenere un permesso dal ministero del Commercio.",
            "export_controls",
            True,
        ),
        # End-use certificates for magnets, wanted by Beijing (invented review 81); arms exports' certificates stay out.
        (
            "Applications filed by its Chinese vendors were still pending with authorities in Beijing, who now want "
            "end-use certificates stating the rare earth magnets will not be used for defence purposes.",
            "export_controls",
            True,
        ),
        (
            "The German government demands end-user certificates for its arms exports to Saudi Arabia, including "
            "missile technology.",
            "export_controls",
            False,
        ),
        # The Apply AI Strategy by its capitalised English name inside a Polish story (round 328); a headline's
        # "Apply AI Strategically" stays advice.
        (
            'Zgodnie z dokumentem "Apply AI Strategy", do którego dostęp uzyskał dziennik, celem jest poprawa '
            "wykorzystania sztucznej inteligencji w obronności.",
            "eu_ai",
            True,
        ),
        (
            "Five Ways Retailers Can Apply AI Strategically This Christmas",
            "eu_ai",
            False,
        ),
        # A US blacklist in Romanian with the possessive between its words ("pe lista sa neagră", round 329).
        (
            "Administrația Biden a adăugat alte 14 companii chineze pe lista sa neagră, a transmis Departamentul "
            "Comerțului din guvernul SUA.",
            "export_controls",
            True,
        ),
        # Intangible technology transfer, the research offices' control word, alone (round 329: a Czech university's
        # rule); "deemed exports" of GST law stay out.
        (
            "Opatření rektora požaduje dodržování mezinárodních kontrolních režimů, zejména omezení nehmotného přenosu "
            "technologií, a mezinárodních sankcí.",
            "export_controls",
            True,
        ),
        (
            "Universities must screen every transfer of intangible technology to visiting researchers.",
            "export_controls",
            True,
        ),
        (
            "Supplies to export-oriented units are deemed exports under the GST law, and refunds follow.",
            "export_controls",
            False,
        ),
        # A wire's name holding Europe is no EU term: "(EUROPA PRESS)" in a Spanish dateline above a firm's AI factory.
        (
            "MADRID, 5 Nov. (EUROPA PRESS) - Telefónica abrirá una fábrica de IA en Madrid junto a Nvidia.",
            "eu_ai",
            False,
        ),
        # The high-risk class at the end of a clause that begins with Brussels, 15 words on (invented review 83).
        (
            "European lenders are combing through their credit models after Brussels confirmed that AI used to judge "
            "whether individuals can borrow will be treated as high-risk.",
            "eu_ai",
            True,
        ),
        (
            "La banca española revisa sus modelos ante las nuevas exigencias de Bruselas. Los sistemas de inteligencia "
            "artificial que evalúan la solvencia de particulares pasan a ser de alto riesgo.",
            "eu_ai",
            True,
        ),
        # Swedish "unionens" (the union's), lower case, is the EU (invented review 83); "Unionens" is a trade union's.
        (
            "Programvaran är redan CE-märkt, men unionens lag om artificiell intelligens lägger till ytterligare krav "
            "på sjukhusets AI-stödda mammografi.",
            "eu_ai",
            True,
        ),
        (
            "Unionens ordförande vill se en lag om artificiell intelligens på arbetsplatsen som skyddar de anställda.",
            "eu_ai",
            False,
        ),
        # The EU's risk tiers in Chinese as "by level of risk", in a comparison with China's rules (invented review 83).
        (
            "与欧盟按风险高低对AI分级管理、并直接列出禁止清单的做法不同，我国对人工智能的监管更多采取专项规章加备案的方式。",
            "eu_ai",
            True,
        ),
        # An authority refusing the export or sale of technology goods to China, case by case (invented reviews 84
        # and 85); a takeover refused is investment screening and stays out.
        (
            "Ministerstvo hospodárstva zamietlo žiadosť bratislavskej firmy o vývoz optických senzorov do Číny.",
            "export_controls",
            True,
        ),
        (
            "Erhvervsstyrelsen har nægtet en virksomhed i Midtjylland tilladelse til at sælge termiske kameramoduler "
            "til en kinesisk droneproducent.",
            "export_controls",
            True,
        ),
        (
            "The government refused to approve the acquisition of a thermal-camera maker by a Chinese group.",
            "export_controls",
            False,
        ),
        # Inertial navigation units with the adjective between (invented review 84).
        (
            "Αρνητική απάντηση έλαβε ελληνική εταιρεία ηλεκτρονικών από τις αρμόδιες αρχές για την εξαγωγή μονάδων "
            "αδρανειακής πλοήγησης σε Κινέζο πελάτη.",
            "export_controls",
            True,
        ),
        # "To Russia" shortened in Chinese (invented review 85).
        (
            "經濟部早已將五軸工具機等列為對俄出口管制項目，業者出貨前須申請許可。",
            "export_controls",
            True,
        ),
        # "Sale abroad" is export told plainly (invented reviews 84 and 85).
        (
            "Chiny zaostrzyły zasady sprzedaży za granicę części do bezzałogowców. Na liście towarów wymagających "
            "licencji znalazły się m.in. niektóre silniki.",
            "export_controls",
            True,
        ),
        # Russia in the dative after a selling verb (invented review 84).
        (
            "Noul pachet de sancțiuni adoptat la Bruxelles lărgește lista bunurilor pe care companiile europene nu le "
            "mai pot vinde Rusiei: componente electronice, mașini-unelte.",
            "export_controls",
            True,
        ),
        # The AI chip rule's middle group in Finnish (invented review 84).
        (
            "Yhdysvaltain uusi sirusääntely jakoi maailman kolmeen koriin. Viro, Puola ja Portugali joutuivat "
            "keskimmäiseen ryhmään, jossa sirujen määrälle asetettiin katto.",
            "export_controls",
            True,
        ),
        # Greek "the Union's regulation on AI" (invented review 82).
        (
            "Η υποχρέωση απορρέει από τον κανονισμό της Ένωσης για την τεχνητή νοημοσύνη και αφορά όσους χρησιμοποιούν "
            "εφαρμογές «υψηλού κινδύνου» για λογαριασμό του Δημοσίου.",
            "eu_ai",
            True,
        ),
        # The AI chip rule's tiers as zones and bands in Greek and Slovak (invented review 87).
        (
            "Ανάσα για τους επενδυτές φέρνει η απόφαση του αμερικανικού υπουργείου Εμπορίου να μην εφαρμόσει τον "
            "κανόνα που χώριζε τον κόσμο σε τρεις ζώνες πρόσβασης στα τσιπ της Nvidia.",
            "export_controls",
            True,
        ),
        (
            "Americké ministerstvo obchodu zrušilo pravidlo, ktoré malo rozdeliť svet do troch pásiem prístupu k čipom "
            "pre umelú inteligenciu. Slovensko by v ňom patrilo do stredného pásma s kvótami.",
            "export_controls",
            True,
        ),
        # "Synthetic content" to be labelled, Brussels deciding, in Greek (invented review 86).
        (
            "Οι Βρυξέλλες αποφάσισαν ότι το συνθετικό περιεχόμενο θα φέρει σήμανση, ενώ οι πάροχοι τέτοιων εργαλείων "
            "θα υποχρεούνται να ενσωματώνουν ψηφιακό «αποτύπωμα» στα αρχεία.",
            "eu_ai",
            True,
        ),
        # Unlicensed goods that are no technology, or not exported, stay out.
        ("Unlicensed exports of cattle to Russia were stopped at the border.", "export_controls", False),
        ("無許可で中国製の家電を販売した業者が摘発された。", "export_controls", False),
        # Another jurisdiction's high-risk systems are not the EU's.
        ("Colorado's rules for high-risk systems were delayed.", "eu_ai", False),
        # Preventing shortages is no control.
        ("The new US rules are designed to prevent chip shortages in American factories.", "export_controls", False),
        # The weapons rare earths go into are no weapon made of them.
        ("Rare earths are essential for weapons, and China controls 90% of supply.", "export_controls", False),
        ("A ritkaföldfémek nélkülözhetetlenek a fegyverekhez, és Kína uralja a piacot.", "export_controls", False),
        # A mine's operating permit renewed by Chinese authorities is no control on the mineral leaving China.
        (
            "A kínai hatóságok meghosszabbították a CATL legnagyobb lítiumbányájának működési engedélyét.",
            "export_controls",
            False,
        ),
    ],
)
def test_shipped_rules_on_round_9_and_11_cases(shipped: Matcher, text: str, topic: str, expected: bool) -> None:
    """Sentences paraphrasing what rounds 9, 11 and 17-69's real news taught the shipped rules, each way round."""
    result = {r.id: r for r in shipped.match(text)}[topic]
    assert result.passed is expected, result.reason


def _prf(m: Matcher, path: Path) -> dict[str, tuple[float, float]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for r in rows:
        got = {x.id for x in m.match(r["text"], title=r.get("title", "")) if x.passed}
        for t in ("deepseek", "export_controls", "eu_ai"):
            if t in got and t in r["topics"]:
                tp[t] += 1
            elif t in got:
                fp[t] += 1
            elif t in r["topics"]:
                fn[t] += 1
    return {t: (tp[t] / ((tp[t] + fp[t]) or 1), tp[t] / ((tp[t] + fn[t]) or 1)) for t in tp}


def test_labelled_set_shape() -> None:
    rows = [json.loads(x) for x in (ROOT / "tests/data/topics_labelled.jsonl").read_text().splitlines() if x]
    assert len(rows) >= 150
    assert len({r["lang"] for r in rows}) >= 6
    negatives = sum(1 for r in rows if not r["topics"])
    assert negatives >= len(rows) // 4


@pytest.mark.parametrize("name", ["topics_labelled.jsonl", "topics_heldout.jsonl"])
def test_precision_and_recall(shipped: Matcher, name: str) -> None:
    scores = _prf(shipped, ROOT / "tests" / "data" / name)
    assert set(scores) == {"deepseek", "export_controls", "eu_ai"}
    for topic, (p, r) in scores.items():
        assert p >= 0.95, f"{name}: {topic} precision {p:.3f}"
        assert r >= 0.90, f"{name}: {topic} recall {r:.3f}"


@pytest.mark.parametrize("name", ["news_tune.jsonl", "news_tune2.jsonl"])
def test_real_news_tune_sets_stay_matched(shipped: Matcher, name: str) -> None:
    """The real-news sets the rules were tuned on (the holdouts are never gated: they measure, blind)."""
    from worker.evaluate import evaluate, read_rows

    report = evaluate(shipped, read_rows(ROOT / "tests" / "data" / name, {t.id for t in shipped.topics}))
    for topic, c in report.topics.items():
        assert c.precision >= 0.97 and c.recall >= 0.97, f"{name}: {topic} P {c.precision:.2f} R {c.recall:.2f}"
    for lang, c in report.languages.items():
        assert c.recall >= 0.9, f"{name}: recall {c.recall:.2f} in {lang}"


def test_skeleton_maps_every_word_character_back_to_the_text() -> None:
    """Both ways of building the skeleton (spaces collapsed; CJK script runs cut apart) map back exactly."""
    import random
    from bisect import bisect_right

    from worker.topics.anchors import Skeleton

    rnd = random.Random(7)
    alphabet = "ab Z9_.,-  \n中文字の한국어ＡＩ"
    for _ in range(5000):
        low = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 30))).lower()
        sk = Skeleton(low)
        assert sk.text.startswith(" ") and sk.text.endswith(" ") and "  " not in sk.text.strip(" ")
        for i, c in enumerate(sk.text):
            if c != " ":
                k = bisect_right(sk.after, i)
                assert low[i - 1 + (sk.removed[k - 1] if k else 0)] == c, (low, i)


def test_lowercasing_keeps_length_and_matches_the_per_character_definition() -> None:
    import random

    from worker.topics.terms import _FOLD_AFTER_LOWER, fold, lower_same_length

    def per_character(text: str) -> str:
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in fold(text))
        return low.translate(_FOLD_AFTER_LOWER)

    rnd = random.Random(2)
    alphabet = "İıIiΣσςΆάΈέΟΔΟΣ ’'aBßẞǅ.-_9âÂîÎûÛăĂşŞșȘţŢțȚ"
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 10)))
        assert lower_same_length(text) == per_character(text), text
        assert len(lower_same_length(text)) == len(text)


def test_phrases_sharing_an_anchor_are_found_the_same_when_indexed(monkeypatch: pytest.MonkeyPatch) -> None:
    from worker.topics import anchors

    words = ["jlxcr", "pqvr", "Mxtiw", "rck-nhj", "oqgq", "idni", "abcde", "fghij", "klmno", "pqrst"]
    # Phrases with a wildcard inside go through their anchor ("regierung"), the only ones that can be indexed.
    phrases = [f"Regierung* {w}" for w in words] + ["Regierung der Welt*", "*regierung XY", "REGIERUNG KLM"]
    topics = TopicsFile.model_validate({"topics": [{"id": "t", "rules": [{"id": "r", "any": phrases}]}]})
    text = (
        "Die Regierung jlxcr tagte. Regierung-Pqvr und Bundesregierung XY, REGIERUNG KLM, Regierung  mxtiw; "
        "regierungen abcde, Regierung klmno_x, Regierung der Weltbank, Regierung\nrck-nhj und Regierung fghi."
    )
    indexed = Matcher(topics)
    assert any(isinstance(g, anchors.IndexedGroup) for _, _, _, g in indexed.scanner.slots)
    monkeypatch.setattr(anchors, "INDEX_FROM", 10**6)
    plain = Matcher(topics)
    assert not any(isinstance(g, anchors.IndexedGroup) for _, _, _, g in plain.scanner.slots)
    got = indexed.match(text, title="Regierung oqgq")
    assert got == plain.match(text, title="Regierung oqgq")
    assert {m.term for m in got[0].mentions} >= {"Regierung jlxcr", "Regierung-Pqvr", "REGIERUNG KLM", "Regierung oqgq"}


# Words that a stem of some language's list once swallowed (lists are pooled across languages), and a
# form each concept must keep: (concept, must not match, must match).
_SWALLOWED = [
    ("ec_restriction", "zákazníky", "zákazu"),  # cs customers / a ban
    ("ec_restriction", "zakázky", "zakázaly"),  # cs orders / banned
    ("ec_export", "toimitusjohtaja", "toimitukset"),  # fi CEO / deliveries
    ("ec_export", "vanzelfsprekend", "vânzarea"),  # nl obviously / ro the sale
    ("ec_export", "ventaja", "ventas"),  # es advantage / sales
    ("ec_export", "eladósodás", "eladását"),  # hu indebtedness / its sale
    ("ec_compliance", "conform", "conformitate"),  # ro "according to" / compliance
    ("ec_minerals", "antimonopolní", "antimonu"),  # cs competition authority / antimony
    ("eu_non_eu_places", "seul", "Seul"),  # fr alone / the city, as written
    ("eu_inquiry", "kérdés", "kéri"),  # hu question / asks
    ("eu_country", "Germanium", "Deutschland"),
    ("ec_buy", "importante", "Importe"),  # es/it/pt important / de imports
    ("eu_ai_act_alias", "AI-aktier", "AI Akt"),  # sv AI stocks / the act
    ("eu_regulator_noun", "authoritarian", "authorities"),
    ("eu_block", "halten", "halted"),  # de to hold / en halted
]


@pytest.fixture(scope="module")
def shipped_concepts() -> dict[str, dict[str, list[object]]]:
    concepts: dict[str, dict[str, list[object]]] = read_yaml(ROOT / "topics.yaml")["concepts"]
    return concepts


_ONE_WORD = re.compile(r"^[^\W\d_][\w']*\*?$")  # a single word of letters, perhaps with a trailing wildcard


def redundant_terms(concepts: dict[str, dict[str, list[object]]]) -> list[tuple[str, str, str, str]]:
    """Terms a concept's language list (with its `all` list) already matches: compiled twice, or a single word a
    prefix term of the same list or of `all` covers ("Berichterstatter*" beside "Bericht*")."""
    found = []
    for cname, by_lang in concepts.items():
        compiled = {
            lang: [
                compile_term(TermSpec.model_validate(t) if isinstance(t, dict) else str(t))
                for t in terms
                if not str(t).startswith("@")  # another concept's terms are that concept's business
            ]
            for lang, terms in by_lang.items()
        }
        shared = compiled.get("all", [])
        for lang, own in compiled.items():
            everywhere = own + shared if lang != "all" else own
            prefixes = [
                t for t in everywhere if t.text.endswith("*") and _ONE_WORD.match(t.text) and not CJK.search(t.text)
            ]
            # what the `all` list compiles, then each term of this list as it comes: a term already there is a copy
            seen = {(t.regex, t.case_sensitive) for t in shared} if lang != "all" else set()
            for t in own:
                key = (t.regex, t.case_sensitive)
                if key in seen:
                    found.append((cname, lang, t.text, "written twice"))
                    continue
                seen.add(key)
                if not _ONE_WORD.match(t.text) or CJK.search(t.text):
                    continue
                body = t.text.rstrip("*")
                for p in prefixes:
                    if p.regex == t.regex or (p.case_sensitive and not t.case_sensitive):
                        continue
                    stem = p.text[:-1]
                    if body.startswith(stem) if p.case_sensitive else lowered(body).startswith(lowered(stem)):
                        found.append((cname, lang, t.text, f"covered by {p.text}"))
                        break
    return found


def test_redundant_terms_are_found() -> None:
    concepts: dict[str, dict[str, list[object]]] = {
        "a": {
            "all": ["chip*", "EUV"],
            "de": ["Chips", "KI-Chip", "Halbleiter*", "Halbleiterwerk", "halbleiter*", "Exportkontrolle", "EUV"],
            "en": ["EUV*", "euvx", "EUVL", "Export control*", "export-control*", "export controls"],
        },
        "b": {"all": ["Chips"]},  # another concept may hold the same word
    }
    assert redundant_terms(concepts) == [
        ("a", "de", "Chips", "covered by chip*"),
        ("a", "de", "Halbleiterwerk", "covered by Halbleiter*"),
        ("a", "de", "halbleiter*", "written twice"),
        ("a", "de", "EUV", "written twice"),
        ("a", "en", "EUVL", "covered by EUV*"),  # a case-sensitive prefix covers no case-insensitive "euvx"
        ("a", "en", "export-control*", "written twice"),  # hyphen and space are one separator
    ]


def test_shipped_concepts_write_each_term_once(shipped_concepts: dict[str, dict[str, list[object]]]) -> None:
    """No concept list holds a term twice or a word one of its prefix terms already matches: such copies cost
    compile time and hide what a list really adds (session 36 found 29 it had added, and 785 older ones)."""
    assert redundant_terms(shipped_concepts) == []


def nested_references(tf: TopicsFile) -> list[tuple[str, str, str]]:
    """(rule, outer, inner) where one term list of a rule names a concept and also one that concept already holds."""

    def reach(name: str, seen: set[str]) -> set[str]:
        """Every concept `name` refers to, directly or through others."""
        for terms in tf.concepts[name].values():
            for t in terms:
                if isinstance(t, str) and t.startswith("@") and t[1:] not in seen:
                    seen.add(t[1:])
                    reach(t[1:], seen)
        return seen

    found = []
    for topic in tf.topics:
        for rule in topic.rules:
            for term_list in rule.term_lists():
                if isinstance(term_list, dict):
                    continue
                named = [t[1:] for t in term_list if isinstance(t, str) and t.startswith("@")]
                found += [(rule.id, a, b) for a in named for b in named if b != a and b in reach(a, set())]
    return found


def test_nested_references_are_found() -> None:
    tf = TopicsFile.model_validate(
        {
            "concepts": {"outer": {"all": ["@middle"]}, "middle": {"all": ["@inner", "x"]}, "inner": {"all": ["y"]}},
            "topics": [{"id": "t", "rules": [{"id": "r", "any": ["@outer", "@inner"], "none": ["@middle"]}]}],
        }
    )
    assert nested_references(tf) == [("r", "outer", "inner")]  # through middle; one concept alone is no copy


def test_shipped_rules_name_each_concept_once() -> None:
    """No rule list names a concept beside another that already holds it: the copy adds nothing and hides which
    vocabulary the rule really uses (session 38's mineral rule listed ec_restriction beside ec_restriction_close)."""
    assert nested_references(load_topics(ROOT / "topics.yaml")) == []


@pytest.mark.parametrize(("concept", "unrelated", "intended"), _SWALLOWED)
def test_shipped_concepts_do_not_swallow_unrelated_words(
    shipped_concepts: dict[str, dict[str, list[object]]], concept: str, unrelated: str, intended: str
) -> None:
    """A concept's terms match its own word's forms, and not an ordinary word of some language that shares a stem."""
    rules = [{"id": "r", "any": [f"@{concept}"]}]
    tf = {"concepts": shipped_concepts, "topics": [{"id": "t", "rules": rules}]}  # with the concepts it refers to
    m = Matcher(TopicsFile.model_validate(tf))
    assert hits(m, f"x {unrelated} x") == []
    assert hits(m, f"x {intended} x") == [intended]


def _native_or_skip(m: Matcher) -> None:
    if m.scanner.native is None:
        pytest.skip("the native scan is not built here (no Rust toolchain at install time)")


def test_native_scan_finds_what_the_python_scan_finds_on_real_news(shipped: Matcher) -> None:
    """Same hits, in the same order, term by term, on every labelled text and title."""
    _native_or_skip(shipped)
    sc = shipped.scanner
    files = sorted((ROOT / "tests" / "data").glob("news_*.jsonl"))
    rows = [json.loads(x) for f in files for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(rows) > 3000
    for r in rows:
        for text in (r["text"], r.get("title") or ""):
            assert list(sc._scan_native(text, "text").items()) == list(sc.scan_python(text, "text").items()), r["id"]


def test_native_scan_matches_python_on_random_mixed_scripts(shipped: Matcher) -> None:
    """Random mixes of the shipped terms' pieces, Latin, Greek, Turkish, CJK, Hangul, full width and punctuation."""
    _native_or_skip(shipped)
    import random

    rnd = random.Random(7)
    pieces = [t.text.strip("*") for t in shipped.terms[::7]] + [
        "İ", "ı", "Σ", "ς", "ΑΣ", "ＡＩ", "Ｈ２０", "的", "の", "를", "・", "ー", "—", "-", "'", "’", ".", ",", "\n",
        "  ", "U.S.", "7%", "_", "é", "e\u0301", "ß", "ǅ", "①", "\u00a0", "\t", "x", "1", "歐盟", "輸出", "商務部",
        "晶片", "後",
    ]  # fmt: skip
    sc = shipped.scanner
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", "-", ""]) for _ in range(rnd.randint(0, 30)))
        assert list(sc._scan_native(text, "title").items()) == list(sc.scan_python(text, "title").items()), text


def test_native_scan_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_NATIVE", "0")
    assert matcher([{"id": "r", "any": ["chip*"]}]).scanner.native is None


def test_native_matching_gives_the_python_results_on_real_news(shipped: Matcher) -> None:
    """Native scan and scoring: every topic's score, verdict, rules, reason and mentions as in Python."""
    _native_or_skip(shipped)
    assert shipped.native is not None
    files = sorted((ROOT / "tests" / "data").glob("*.jsonl"))
    rows = [json.loads(x) for f in files for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
    for r in rows:
        text, title = r["text"], r.get("title") or ""
        assert shipped._match_native(text, title) == shipped.match_python(text, title), r["id"]


def test_native_matching_gives_the_python_results_on_stitched_terms(shipped: Matcher) -> None:
    """Texts stitched from the shipped terms (near windows, vetoes, masks, title and lead all exercised)."""
    _native_or_skip(shipped)
    import random

    rnd = random.Random(11)
    words = [t.text.replace("*", "") for t in shipped.terms] + ["der", "the", "和", "하고", "。", ",", "\n"] * 50
    for _ in range(1500):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 120)))
        title = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 8)))
        assert shipped._match_native(text, title) == shipped.match_python(text, title), (title, text)


def test_native_matching_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_NATIVE", "0")
    m = matcher([{"id": "r", "any": ["chip*"]}])
    assert m.native is None and m.scanner.native is None
    assert [r.passed for r in m.match("chips")] == [True]


def test_native_phrase_patterns_behave_like_python_regex() -> None:
    """Wildcards, compound starts, optional separators beside CJK and hyphen variants, in random texts."""
    terms = (
        "*chip export*|export* control*|수출 통제*|AI 기본법|US-Exportkontroll*|l'export* de puces|A.I. Act|*deepseek*"
    )
    terms += "|数据 保护|chip-sales ban*|Entity List*|KI-Verordnung|EU*"
    m = matcher([{"id": "r", "any": terms.split("|")}])
    _native_or_skip(m)
    import random

    rnd = random.Random(5)
    bits = (
        "chip|export|exports|control|controls|US|Chip|Exportkontrollen|수출|통제를|AI|기본법|l'|l’|exportation|de|puces"
    )
    bits += "|A.I.|Act|deepseek|DeepSeek|数据|保护|sales|ban|Entity|List|KI|Verordnung|EU|EUs|-|‐|–| |  |\n| - |x|的"
    bits += "|\n\n| \n \n|\n \r\n|\r\n\r\n| -\n|\n- "  # line breaks: one may sit inside a phrase, two may not"
    bits += '|"|“|”|„|«|»|\'|’| « | » |" | "'  # quotation marks around a phrase's words
    pieces = bits.split("|")
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", "-", "", ""]) for _ in range(rnd.randint(1, 14)))
        assert m._match_native(text, "") == m.match_python(text, ""), text


def test_lone_surrogates_are_replaced_not_an_error(shipped: Matcher) -> None:
    """JSON escapes can put lone surrogates into a text; they are no text and have no UTF-8 form (the automata
    need one): matching takes each as U+FFFD, natively and in Python alike."""
    text = "DeepSeek \ud800 wird von der italienischen Datenschutzbehörde gesperrt, Garante \udcff"
    clean = text.replace("\ud800", "\ufffd").replace("\udcff", "\ufffd")
    got = shipped.match(text, title="DeepSeek \udc80")
    assert got == shipped.match(clean, title="DeepSeek \ufffd")
    assert {r.id for r in got if r.passed} >= {"deepseek"}
