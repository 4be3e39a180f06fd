"""Topic stage: the rule language of topics.yaml and a matcher compiled once per process.

Terms (strings in a rule's lists):
- ``deepseek``            whole word, case-insensitive
- ``exportkontroll*``     word beginning: inflections (Exportkontrolle, Exportkontrollen)
- ``*exportkontroll*``    also inside closed compounds (Chipexportkontrollen); hyphenated
                          compounds (US-Exportkontrollen) match without the leading star
- ``KI`` / ``EU`` / ``H20``  a term written entirely in capitals is case-sensitive
- ``{term: "Deep Seek", case: sensitive}``  explicit case control
- ``@chip``               every term of the concept `chip` (topics.yaml `concepts:`)
- a space in a term matches whitespace or a hyphen, a hyphen matches a hyphen or a space; the whitespace may
  hold one line break but not a blank line (a heading without a full stop does not run into its paragraph)
- terms in CJK scripts (and Hangul) match anywhere: those scripts do not separate words; where they
  meet other word characters a word ends ("TSMC의", "H20芯片" hold the whole words TSMC and H20, "EUのAI Actに"
  the phrase AI Act, "欧盟2024/1689号" the number), and
  beside them the space of a phrase is optional ("AI 기본법" also finds "AI기본법", "수출 통제" finds
  "수출통제"; write such terms with the space: "수출통제" does not find "수출 통제")
- matching folds what writers vary: ’/' apostrophes, full-width ASCII (ＡＩ = AI), Greek accents and
  final sigma, Turkish ı/İ and â/î/û, Romanian ă/ș/ț in comma and cedilla forms (ş/ţ) and written
  without them ("dublă" = "dubla"; Turkish ş folds too), and traditional Chinese characters to
  simplified ones (歐盟 = 欧盟; words that differ, such as 晶片 and 芯片, are still written out)

A topic's ``exclude`` terms mask the hits they overlap ("Colorado AI Act" hides "AI Act"), themselves included,
except a longer term around them and, where a rule of the topic lists the excluded term among its ``any`` terms,
its own hit: "General Data Protection Regulation", excluded for eu_ai and a term of one of its rules, hides the
law word inside it and still counts as the GDPR. An excluded term that no rule of the topic lists in ``any``
stays hidden everywhere, also as a veto or near term; another term on exactly its span stays hidden.

A rule fires when: one of its ``any`` terms occurs (not masked by a topic ``exclude``), every
group in ``all`` occurs somewhere in title or text, no ``none`` term occurs (with ``none_within: N``:
none within N words of the hit), and, with ``near`` (one group or a list of groups), the ``any`` hit
lies within ``within`` words of a term of every group. Lists may be plain or keyed by language
(the keys only document; every rule applies whatever the article's language).

Concepts (``concepts:``) are the vocabulary: a name, and for each language of ``languages:`` the
ways that language says it (or ``all`` for words every language shares, like chip names). Rules
refer to them with ``@name``; `load_topics` refuses a concept that misses a declared language.

Scoring: each fired rule adds weight × (2.0 if in the title, 1.5 in the lead, else 1.0, plus
0.25 per further mention, at most +1); each extra distinct term adds 0.1; the topic score is
1 − exp(−sum), and the topic passes at ``threshold`` (default 0.5: one plain body mention of a
weight-1 rule passes, a weaker rule needs more evidence).

Cost per article does not grow with the number of terms: one Aho-Corasick automaton over the
lowercased text finds the anchor of every term in a single pass; only anchors that occur are
verified with the term's own pattern, in a window around the hit (and when many phrases share an
anchor, only those whose other words are around it: worker/topics/anchors.py).
"""

from __future__ import annotations

from .matcher import Matcher, matcher_for, passed, to_json
from .rules import Near, Rule, Topic, TopicsFile, load_topics

__all__ = ["Matcher", "Near", "Rule", "Topic", "TopicsFile", "load_topics", "matcher_for", "passed", "to_json"]
