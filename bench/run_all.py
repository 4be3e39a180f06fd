"""Run every benchmark and write bench/RESULTS.md (each section names the command that produced it).

Run: make bench   (or: eval "$(scripts/services.sh env)" && python bench/run_all.py)
"""

from __future__ import annotations

import datetime
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    "bench_quality.py",
    "check_detection.py",
    "bench_topics.py",
    "bench_cpu.py",
    "profile_cpu.py",
    "bench_pipeline.py",
    "bench_alert_latency.py",
]
NOTES = """### Reading these numbers

- **Quality.** Both sets were written by us. The labelled set was used while writing the rules, so its
  perfect scores show the rules do what we meant, not how they generalise. The held-out set was written
  afterwards without looking at the rules; its *first* evaluation gave precision 1.00 for all three
  topics and recall 1.00 (deepseek), 0.58 (export_controls), 0.57 (eu_ai). The misses were general
  vocabulary gaps (permits and licences, "einschränken", "limita", national data-protection authorities,
  Swedish/Romanian/Dutch/Polish names of the AI Act, "the Commission"), fixed in the rules; the table
  above is after that fix, so the held-out set is no longer blind either. The remaining held-out miss
  (the Dutch seizure of Nexperia) is arguably not an export control. As an outside check, the 1,365
  entries of the real news feeds and the 48 real pages in ../shared/corpus (mostly unrelated news) give
  7 matches, all reviewed by hand as correct (US–China AI rivalry and chip-control pieces, an Irish
  data-protection probe into Grok).
- **Real news, first pass and after** (the multilingual detection issue). Two sets of real published
  news excerpts, labelled by people who never saw the rules, were split per language and label before any
  rule was written; the rules were tuned on the tune halves in two rounds, and each holdout measured once
  per round (`newswatch eval tests/data/news_holdout.jsonl`, `news_holdout2.jsonl`). The first row is
  the rules as they were before (918 terms); the final rules have 11,762 terms. Precision / recall:

  | measurement | deepseek | export_controls | eu_ai |
  |---|---|---|---|
  | holdout (338 texts) — first pass: the rules before this work | 1.00 / 0.99 | 0.98 / 0.61 | 0.98 / 0.65 |
  | holdout — after round 1 (rules tuned on tune only) | 1.00 / 1.00 | 1.00 / 0.95 | 0.99 / 0.92 |
  | holdout2 (226 texts) — first pass of the round-1 rules | 1.00 / 1.00 | 1.00 / 0.96 | 1.00 / 0.95 |
  | holdout2 — after round 2 (tuned on tune + tune2): final, blind | 1.00 / 1.00 | 1.00 / 0.99 | 1.00 / 0.95 |
  | holdout — after round 2 (figures seen once, misses never) | 1.00 / 1.00 | 0.98 / 0.95 | 0.99 / 0.96 |

  Recall per language (all topics of the texts in that language), before on the first holdout and after
  each round on both holdouts pooled:

  | language | before (holdout) | after round 1 (both holdouts) | after round 2 (both holdouts) |
  |---|---:|---:|---:|
  | cs | 0.36 (4/11) | 1.00 (19/19) | 1.00 (19/19) |
  | da | 0.67 (4/6) | 0.80 (8/10) | 0.80 (8/10) |
  | de | 0.89 (16/18) | 0.94 (30/32) | 0.97 (31/32) |
  | el | 0.44 (7/16) | 0.86 (25/29) | 0.93 (27/29) |
  | en | 1.00 (18/18) | 1.00 (30/30) | 1.00 (30/30) |
  | es | 0.93 (13/14) | 0.96 (27/28) | 0.96 (27/28) |
  | fi | 0.71 (5/7) | 1.00 (8/8) | 1.00 (8/8) |
  | fr | 0.67 (10/15) | 0.93 (26/28) | 0.96 (27/28) |
  | hu | 0.58 (7/12) | 0.94 (16/17) | 0.94 (16/17) |
  | it | 0.88 (14/16) | 1.00 (29/29) | 1.00 (29/29) |
  | ja | 0.59 (10/17) | 1.00 (29/29) | 1.00 (29/29) |
  | ko | 0.89 (16/18) | 1.00 (30/30) | 1.00 (30/30) |
  | nl | 1.00 (13/13) | 0.95 (19/20) | 0.95 (19/20) |
  | pl | 1.00 (10/10) | 0.95 (19/20) | 0.95 (19/20) |
  | pt | 0.86 (12/14) | 0.89 (24/27) | 0.93 (25/27) |
  | ro | 0.45 (5/11) | 1.00 (14/14) | 1.00 (14/14) |
  | sk | 0.22 (2/9) | 1.00 (14/14) | 1.00 (14/14) |
  | sv | 0.88 (7/8) | 1.00 (9/9) | 1.00 (9/9) |
  | tr | 0.42 (5/12) | 0.93 (14/15) | 0.93 (14/15) |
  | zh | 0.67 (10/15) | 1.00 (29/29) | 1.00 (29/29) |

  Danish stayed the weakest (8/10), so a third set of 61 Danish excerpts was gathered by a helper who
  never saw the rules and split before use (`news_tune3.jsonl`, `news_holdout3.jsonl`; the corpus holds
  little more Danish news). Holdout3 first pass, blind: deepseek 1.00 / 1.00, export_controls 0.83 / 0.71,
  eu_ai 0.88 / 0.78, Danish recall 0.80 (16/20). After tuning on tune3 only: unchanged on holdout3. Then
  its one clear miss (the AI Act named only as "the world's first comprehensive AI law") led to that
  epithet in ten languages, so holdout3 is no longer blind: eu_ai 0.89 / 0.89, Danish 0.85 (17/20);
  pooled over the three holdouts Danish is 0.83 (25/30). Its other errors are cases the labeller marked
  as borderline (an implied Huawei supply ban, dual-use export guidance labelled negative, a US AI-law
  analysis that compares with the AI Act labelled negative).

  Two more rounds, each gathered by eight helpers (one per language) who never saw the rules, each split
  per language and label before its first evaluation (`news_tune4/5.jsonl`, `news_holdout4/5.jsonl`):

  | measurement | deepseek | export_controls | eu_ai |
  |---|---|---|---|
  | round 4 (fi ro sv tr hu sk cs el), all 239 texts, first pass, blind | 1.00 / 1.00 | 0.93 / 0.97 | 0.93 / 0.91 |
  | holdout4 (117), first pass, blind | 1.00 / 1.00 | 0.96 / 0.96 | 0.88 / 0.90 |
  | holdout4, first pass, rows not marked borderline (100) | 1.00 / 1.00 | 1.00 / 0.96 | 0.96 / 0.96 |
  | holdout5 (fr es pt nl pl ja ko zh, 132), first pass after round 4, blind | 0.97 / 1.00 | 0.82 / 1.00 | 0.86 / 0.97 |
  | holdout5, first pass, rows not marked borderline (115) | 1.00 / 1.00 | 0.93 / 1.00 | 0.94 / 0.97 |

  Round 4's first-pass recall per language: cs 0.95, el 0.90, fi 0.95, hu 1.00, ro 1.00, sk 0.88 (15/17),
  sv 0.95, tr 1.00; round 5's holdout: 0.93 (pl) to 1.00. Recall generalises; precision is where the new
  text hurt, and the false alarms are nearly all passing mentions the labellers themselves marked as
  borderline (a Korean or Californian AI law compared in one sentence with the AI Act, US chip curbs as
  background to a DeepSeek model launch, Italy's DeepSeek block recalled in a story about Australia's).
  What was general was fixed and checked on every set (`bench/check_detection.py` lists each changed
  verdict): the Dutch term "exportban" also matched Hungarian "exportban" ("in exports"); Czech and
  Slovak restriction participles ("obmedzený prístup") and "akt o UI"; the Turkish circumflex
  (zekâ = zeka) now folds like ı/İ; nested terms in one place (欧盟AI法 in 欧盟AI法案) counted as two
  mentions and two terms; and `near` in Chinese and Japanese counted a whole unspaced paragraph as one
  word (now three characters are one: 4 false alarms gone, no true mention lost). After reading its
  misses, holdout4 gives 1.00 / 1.00, 0.97 / 1.00, 0.94 / 0.94 and holdout5 0.97 / 1.00, 0.87 / 1.00,
  0.89 / 1.00 (no longer blind). A veto on Italy's DeepSeek block when another country's ban is the
  story was tried and dropped: it lost six true mentions for three false alarms.
  Round 6 (`news_tune6/holdout6.jsonl`, 385 texts in all 20 languages, seven helpers, split per language
  before use): first pass over all 385, blind: deepseek 0.84 / 1.00, export_controls 0.82 / 0.98, eu_ai
  0.93 / 0.99; recall per language 0.91 (sk) to 1.00. Its labellers were told that a passing mention does
  not make an article about a topic, and the false alarms are exactly those (a Qwen or GPT-5 launch
  naming DeepSeek once, TSMC or Nvidia results with a sentence on export controls); the earlier rounds'
  labellers mostly labelled such articles positive (55 rows of rounds 1-5 are positives resting on one
  plain body mention). Raising the thresholds to 0.65 (one body mention no longer enough) gives holdout6
  0.94 / 1.00, 0.93 / 0.95, 0.95 / 1.00 but costs the old holdouts 5 points of recall, including real
  one-mention stories ("European Parliament adopts AI Act"), so the shipped thresholds stay at 0.5; a
  user who wants "stories about" rather than "mentions of" can raise `threshold` per topic. Rules
  unchanged by round 6.
  Round 7 (`news_tune7/holdout7.jsonl`, 385 texts in all 20 languages, seven helpers, split per language
  and kind before use) carries both conventions: `labels` (what the article is about, as in round 6) and
  `mentioned` (every topic the text says anything about; `newswatch eval --labels mentioned`). First
  pass over all 385, blind: about 0.87 / 1.00, 0.84 / 0.97, 0.95 / 0.97; mentioned 1.00 / 1.00,
  0.97 / 0.91, 1.00 / 0.92 (recall per language under `labels` 0.78 (ro, 7/9) to 1.00). So the rules
  find mentions with the precision asked for, and the precision lost under `labels` is passing mentions.
  From the tuning half: a `none` term anywhere in a text vetoed the whole rule, so a subsidy or antitrust
  sentence a paragraph away vetoed "China tells its firms to stop buying Nvidia's H200" (also ko-r6-011);
  rules now take `none_within: N` and export_controls uses 20 (+6 true, +2 borderline false on the
  tuning sets); chip-restrictions admits 20 words between the ban and the chip (Greek); "AI factories"
  written out in ro/sk/cs/es/it/pt/fr/nl/de. Holdout7 after those changes (reported once, not tuned on):
  about 0.81 / 1.00, 0.82 / 1.00, 0.98 / 0.98; mentioned 1.00 / 1.00, 0.95 / 0.96, 1.00 / 0.91. Its one
  new false alarm was a US tariff story naming the commerce ministry (fi-r7-005), which the local veto let
  through: the agency rules then got the whole-text veto back (Commerce also runs tariff probes; no change
  on the tuning sets). After that, holdout7, no longer blind: export_controls 0.96 / 0.96 (mentioned),
  0.83 / 1.00 (about); the table above shows it so.
  Round 8 (`news_holdout8.jsonl`, 213 texts in 16 languages; Danish, Swedish, Finnish and Slovak pages
  are used up), gathered the same way after all the changes above and kept whole as a holdout: first
  pass, blind: about 0.87 / 1.00, 0.81 / 1.00, 0.86 / 0.98 (recall per language 0.92 to 1.00);
  mentioned 1.00 / 1.00, 0.97 / 0.98, 0.94 / 0.93 (recall per language 0.89 (tr, 8/9) to 1.00). Its
  false alarms by `mentioned` are "AI Act" inside the US "GAIN AI Act" (US bills named "... AI Act" are
  now masked, after that pass: eu_ai 0.95 / 0.93, no longer blind) and Italy's DeepSeek block recalled
  in a sentence that the labellers did not count as a mention; its misses, AI-Act comparisons in Korean,
  Colorado and Turkish AI-law stories, which the rules veto on purpose (non-EU AI laws are hard negatives).
  Round 9 (`news_tune9/holdout9.jsonl`, 307 texts in all 20 languages, eight helpers, labelled both ways
  and split per language and kind before use; Danish, Swedish, Finnish and Slovak gave 5-12 texts each).
  First pass over all 307, blind: by `mentioned` deepseek 1.00 / 1.00, export_controls 0.97 / 0.97, eu_ai
  1.00 / 0.91; by `labels` 0.78 / 1.00, 0.82 / 0.97, 0.87 / 0.95. From the tuning half: the US Commerce
  Department banning DeepSeek on its staff's phones made the agency rule fire (also en-r7-001 and
  en-r6-002): government-device bans now veto it; the Greek "code of good practice" (κώδικας ορθής
  πρακτικής) for the EU's AI code. Holdout9 after those (reported once): by `mentioned` 1.00 / 1.00,
  0.98 / 1.00, 1.00 / 0.89; by `labels` 0.79 / 1.00, 0.83 / 1.00, 0.83 / 0.94. Two of its eu_ai misses
  named "the European data-protection rules" in Dutch and Greek, which the rules knew only in English
  and German: that phrase is now written out in 11 more languages (no other verdict changes on any set;
  holdout9 eu_ai 1.00 / 0.93 by mentions after it, no longer blind). A rule for "the EU's privacy rules
  near an AI service" built from concepts instead was tried and dropped: +3 true, +4 false on the other sets.
  Left: gallium/germanium export figures that the labellers read as export-control stories, the EU's
  InvestAI plan in Chinese without its name, and the AI Act compared in one sentence in Korean and
  Californian AI-law stories (vetoed on purpose).
  After round 9, a vocabulary audit per language (eight helpers, each addition grounded in a stored news
  page) added 1,290 terms the lists missed and replaced ~60 stems that swallowed ordinary words of some
  language (lists are pooled: Greek τσιπ* matched Tsipras, French vend* "vendredi", Finnish kiel*
  "kielimalli"); and the matcher now ends a word where CJK script meets Latin letters ("TSMC의", "H20芯片")
  and reads full-width ＡＩ as AI. Together, on every labelled set: three more true mentions (de-045,
  ja-r8-013, zh-r9-008), one more passing mention counted against "about" labels (ja-r8-013), nothing lost.
  These were checked on texts already seen; round 10 would be their blind test.
  Round 10 (224 texts in 18 languages, gathered after that audit, blind): by `mentioned` 1.00 / 1.00,
  0.99 / 0.93, 0.98 / 0.93; by `labels` 0.89 / 1.00, 0.80 / 0.97, 0.90 / 0.97. Its files were lost from
  a scratch directory before they were committed, so it is in no table and cannot be re-run.
  Round 11 (`news_tune11/holdout11.jsonl`, 212 texts in all 20 languages, seven helpers who never saw
  the rules, labelled both ways, split per language and kind before use; Swedish 3, Danish 5, Slovak 6
  texts: the stored pages in those languages are nearly used up). First pass over all 212, blind (after
  the audit, the CJK word boundary and the optional space inside Korean compounds): by `mentioned`
  1.00 / 1.00, 0.97 / 0.99, 0.96 / 0.92; by `labels` 0.86 / 1.00, 0.83 / 0.98, 0.95 / 0.96. From the
  tuning half: Czech and Slovak `zákaz*` (a ban) also matched zákazník (a customer), and `zakáz*`
  zakázka (an order), so a tariff story passed as an export control: both are now written as their
  inflected forms; the Czech "gigatovárna umělé inteligence" (an EU AI gigafactory). No other verdict
  changed on any labelled set or the corpus. Holdout11 after those (reported once): by `mentioned`
  1.00 / 1.00, 0.97 / 1.00, 0.96 / 0.96; by `labels` 0.88 / 1.00, 0.84 / 1.00, 0.92 / 1.00. Its false
  alarms by mentions: US Entity List additions over drone parts (a borderline hard negative) and a
  Chinese commentary on TikTok's GDPR fine that also speaks of AI companies' data; its miss, a Spanish
  consumer group saying DeepSeek breaks the GDPR (no authority acting). Left from the tuning half:
  Korean- and Californian-law stories that compare the AI Act in one sentence (vetoed on purpose), Meta's
  AI-training story naming the Irish regulator 60 words from the AI, and China's regulator summoning
  Nvidia over H20 "backdoors" (borderline).
  Round 12 (`news_tune12/holdout12.jsonl`, 182 texts in all 20 languages, six helpers who never saw the
  rules, labelled both ways, split per language and kind before use; Swedish 3, Danish 3, Hungarian 5,
  Finnish 6, Slovak 7: those languages' stored pages are nearly used up). Gathered in the next session,
  with no rule changed since round 11. Blind over all 182: by `mentioned` 1.00 / 1.00, 1.00 / 0.96,
  0.97 / 0.89; by `labels` 0.76 / 1.00, 0.80 / 0.98, 0.97 / 0.95. Holdout12 alone: by `mentioned`
  1.00 / 1.00, 1.00 / 0.96, 1.00 / 0.94; by `labels` 0.88 / 1.00, 0.80 / 0.95, 1.00 / 1.00. The misses
  by mentions: the EU's AI law compared in one sentence inside Korean- and Californian-law stories (vetoed
  on purpose; 3), a Greek national "AI factory" (written ΑΙ in Greek letters) whose EU network is named
  three sentences later, a Romanian excerpt that ends on the EDPB's name, H20 exports and a 15 % US fee in
  a Taiwanese earnings story, and (holdout) a Czech story on US sanctions cutting SMIC off American
  chipmaking equipment, which names neither a control nor an agency; the false alarm, a Finnish law
  firm's explainer of ChatGPT under the GDPR (borderline). The precision under `labels` is
  passing mentions again: DeepSeek named as the rival in Qwen, Mistral and OpenAI stories, export curbs in
  a sentence of chip-earnings stories. Nothing was tuned on round 12 in this session.
  Round 13 (`news_tune13/holdout13.jsonl`, 228 texts in all 20 languages, 142 positives and 86 hard
  negatives, six helpers who never saw the rules, asked this time for the shapes earlier rounds missed:
  the AI Act under local names, AI factories, DPAs acting on AI services, chip sales approved, taxed or
  blocked without the words "export control", minerals; split per language and kind before use; Swedish
  6, Slovak 6, Romanian 7, Danish 8: those stored pages are nearly used up). Blind over all 228 with
  round 12's rules: by `mentioned` 1.00 / 1.00, 1.00 / 0.94, 0.96 / 0.94; by `labels` 0.87 / 1.00,
  0.87 / 0.96, 0.96 / 0.97. Holdout13 blind: by `mentioned` 1.00 / 1.00, 1.00 / 0.89, 0.97 / 0.94; by
  `labels` 0.91 / 1.00, 0.92 / 0.96, 0.97 / 0.97. Recall by mentions per language over all 228 (small
  counts): el 0.71 (5/7), fr 0.75 (6/8), es and tr 0.88, en 0.91, de 0.92, the other 14 languages 1.00.
  From the tuning half: Greek and English "decided to sell" next to chips and China (Trump's H200
  decision; Greek αποφάσισε να πουλήσει), and Belgium's data-protection authority (l'APD, its French
  name) on Meta's AI training. Holdout13 after those (reported once): unchanged. Then, from a holdout
  miss, so holdout13 is no longer blind for it: the Greek abbreviation Ε.Ε. for the EU (ΕΕ was there),
  found with it and added too: EE. UU., S.U.A. and Η.Π.Α. for the United States. Holdout13 after all:
  by `mentioned` 1.00 / 1.00, 1.00 / 0.89, 0.97 / 0.97 (the table above). No verdict changed on any
  other labelled set. Left: in the holdout, China's foreign ministry answering on the RTX Pro 6000D
  order ban (borderline), H20 sales halted and a 15 % levy as one paragraph of an earnings story and a
  DeepSeek story with China disparaging the H20 (both mentions only), a Turkish DeepSeek story with one
  vague line on EU measures, and a Turkish DPA's AI guide citing the GDPR and the EDPS (false alarm); in
  the tuning half, a Californian-law story comparing the AI Act (vetoed on purpose), a Korean story on
  the Irish DPC's TikTok fine whose commissioner speaks of "AI engineers" (false alarm) and the Swedish
  IMY's annual report on its AI guidance (a borderline negative).
  Round 14 (`news_tune14/holdout14.jsonl`, 209 texts in 19 languages, 137 positives and 72 hard
  negatives, six helpers who never saw the rules, asked again for the shapes earlier rounds missed and
  for passing mentions inside other stories; split per language and kind before use; no Slovak text,
  every Slovak page the search found having been used, and Czech, Finnish and Romanian 3 each). Blind
  over all 209 with round 13's rules: by `mentioned` 1.00 / 1.00, 0.99 / 0.93, 0.98 / 0.93; by `labels`
  0.91 / 1.00, 0.77 / 0.96, 0.94 / 0.96. Holdout14 blind: by `mentioned` 1.00 / 1.00, 1.00 / 0.94,
  1.00 / 0.84; by `labels` 0.93 / 1.00, 0.83 / 0.96, 1.00 / 0.91. Recall by mentions per language over
  all 209 (small counts): sv 0.80 (4/5), da 0.83 (5/6), zh 0.89 (8/9), de 0.90 (9/10), pl and pt 0.91,
  en and ja 0.92, fr 0.93, the other ten languages 1.00. From the tuning half: Nvidia's "export-compliant"
  H20 (a control phrase now, German "exportkonform" with it), location tracking of exported chips (the
  Chip Security Act; Chinese 追蹤定位, which also finds round 11's tuning miss on the same story),
  exports to China allowed in one breath in a text about chips ("les exportations vers la Chine sont de
  nouveau autorisées" in an Nvidia earnings story), and Turkish wording of government-device bans (a US
  Commerce ban of DeepSeek on its staff's devices had been taken for an export control). Holdout14 after
  those (reported once): unchanged; no verdict changed on any other labelled set. Left: the six holdout
  misses, all marked borderline by their labellers (an EU "AI Factory" in a Danish EuroHPC supercomputer
  story; Hamburg's DPA counting complaints about Meta's AI training; Italy's DeepSeek ban alluded to as
  "first bans (e.g. in Italy)" in Polish; the Commission leaving Meta's AI training to national DPAs, in
  Portuguese; restricted chip access in one Japanese sentence of an EU AI story; a Swedish tariff story
  whose last paragraph turns to the export ban, vetoed by the tariff words around it); in the tuning
  half, a Danish DeepSeek story saying its storage in China likely breaches the GDPR (flagged eu_ai; the
  labeller said no).
  Round 15 (`news_tune15/holdout15.jsonl`, 178 texts in all 20 languages, 114 positives and 64 hard
  negatives, five helpers told that obvious queries were used up and to search by outlet, agency and
  local phrasing; Swedish 3, Danish 2, Finnish 2, Slovak 1: their stored pages are used up). Blind over
  all 178 with round 14's rules: by `mentioned` 1.00 / 1.00, 1.00 / 0.90, 0.98 / 0.94; by `labels`
  0.82 / 1.00, 0.82 / 0.96, 0.96 / 0.98. Holdout15 blind: by `mentioned` 1.00 / 1.00, 1.00 / 0.97,
  1.00 / 0.89; by `labels` 0.71 / 1.00, 0.82 / 1.00, 0.94 / 1.00. Recall by mentions per language over
  all 178 (small counts): tr 0.75 (3/4), it and nl 0.80 (8/10), fr, ko and pl 0.90, ja 0.91, the other
  13 languages 1.00. From the tuning half: technology kept "out of Chinese hands" by a government (a
  concept written out in all 20 languages, and a rule: with a technology or chip word and a government
  next to it), Turkish "göndermesine izin" (allowed to ship), Japanese 貿易制限措置, Italian "ha ottenuto
  il consenso per vendere chip IA in Cina", Chinese authorities pushing a firm off Nvidia's H20 ("evitando
  di fare affidamento sui sistemi H20", with "avoid relying on" in four more languages), and the Korean
  byline "AI리포터" masked for eu_ai (it had made an Irish DPC fine on TikTok look like an AI case).
  Holdout15 after those (reported once): unchanged; no verdict changed on any other labelled set, nor on
  the corpus's pages and feed entries or the 2,000 dense articles. Left: in the holdout, two stories on
  Korea's AI Basic Act that cite the EU's AI Act in one clause (vetoed on purpose: under `labels` they
  are hard negatives) and a Polish DeepSeek story with one sentence on chips imported illegally
  (borderline); in the tuning half, a Dutch consumer group telling the Dutch DPA about Meta's AI
  training, the DPA named some 80 words after the training (borderline).
  Round 16 (`news_tune16/holdout16.jsonl`, 181 texts in 18 languages, 116 positives and 65 hard
  negatives, five helpers as in round 15; no Finnish or Danish page left unused, Slovak 1, Swedish 3).
  Blind over all 181 with round 15's rules: by `mentioned` 1.00 / 1.00, 0.97 / 0.92, 1.00 / 0.96; by
  `labels` 0.93 / 1.00, 0.83 / 0.96, 0.96 / 0.96. Holdout16 blind: by `mentioned` 1.00 / 1.00,
  0.92 / 0.86, 1.00 / 0.91; by `labels` 0.91 / 1.00, 0.77 / 0.91, 0.95 / 0.91. Recall by mentions per
  language over all 181 (small counts): el 0.83 (5/6), pt and tr 0.86 (6/7), ja 0.88 (7/8), zh 0.89
  (8/9), de 0.90 (9/10), pl 0.91, the other eleven languages 1.00. From the tuning half: sanctions by name
  on Chinese AI firms ("amerykańskich sankcji, które nakładane są na chińskie spółki zajmujące się
  rozwojem AI"; a concept of sanction words in all 20 languages and a rule that wants a controlling
  state, China and an AI word close by: bans alone are often app or device bans). Then, from holdout16's
  misses, so holdout16 is no longer blind for them: firms made to justify buying a chip with China close
  by (Beijing and Nvidia's H20, the third time this story's shape was missed: round 14's tuning half had
  it in English; a concept in all 20 languages and a rule), and "suspend purchases" in five languages
  (China's CAC and the RTX Pro 6000D). Holdout16 after all: by `mentioned` 1.00 / 1.00, 0.93 / 0.96,
  1.00 / 0.91. No verdict changed on any other labelled set or on the corpus. Left: in the holdout, a
  Turkish story of Beijing advising firms not to use the H20 (the government named 14 words before the
  advice), an EU DSA probe of Grok (labelled eu_ai, borderline: neither the AI Act nor the GDPR) and a
  Japanese story of Meta's assistant held back in Europe; false alarms: a US military end-user list
  against Chinese aerospace firms (technology, not chips: the labeller said no, borderline) and the Dutch
  takeover of Nexperia (borderline).
  Round 17 (`news_tune17/holdout17.jsonl`, 218 texts in all 20 languages, 140 positives and 78 hard
  negatives, eight helpers who never saw the rules, one to three languages each, asked also for the
  shapes round 16 missed; Swedish 6, Danish 5, Hungarian and Greek 6, Slovak 8). Blind over all 218 with
  round 16's rules: by `mentioned` 1.00 / 1.00, 0.97 / 0.93, 1.00 / 0.92; by `labels` 0.82 / 1.00,
  0.85 / 0.95, 0.97 / 0.97. Holdout17 blind: by `mentioned` 1.00 / 1.00, 0.96 / 0.86, 1.00 / 0.91; by
  `labels` 0.81 / 1.00, 0.84 / 0.88, 0.94 / 0.94. Recall by mentions per language over all 218 (small
  counts): sk 0.75 (3/4), ro 0.78 (7/9), tr 0.80 (8/10), cs 0.86 (6/7), es and it 0.89 (8/9), fr and zh
  0.91, the other twelve languages 1.00, de and en among them. The tuning half changed nothing: its four
  misses are a Californian-law and a Korean-law story comparing EU rules (vetoed on purpose), a Turkish
  minister's vague "chip wars", and a Spanish DeepSeek story whose "presión gubernamental para eludir
  hardware de Nvidia" we flag (borderline). Then, from holdout17's misses, so holdout17 is no longer blind
  for them: the CNIL written "Cnil" (AFP's style; the upper-case acronym alone is matched case-sensitively),
  Italy's own AI law counting when the article ties it to the AI Act (a member state's law now vetoes
  only the looser EU rules, not the Act named outright), Beijing telling firms not to use or to explain
  why they buy Nvidia's chips in Slovak and Chinese ("aby nepoužívali čipy", 要求解釋其採購英偉達H20芯片的
  原因; "explain why" only where it is demanded, in 14 languages), and suppliers needing a licence to
  supply Huawei under US rules (a rule for the foreign direct product rule without its name, from a Czech
  story). Holdout17 after those: by `mentioned` 1.00 / 1.00, 0.96 / 0.96, 1.00 / 0.97. No verdict changed
  on any other labelled set, nor on the corpus or the dense articles except where they now carry round
  17's texts. Left: Italy's DeepSeek ban alluded to in one Turkish line, a Romanian magnet story's
  "recent restrictions" (both borderline), and a Swedish Nexperia story (China's stop of its chip
  deliveries, flagged; the labeller said no, borderline).
  Round 18 (`news_tune18/holdout18.jsonl`, 230 texts in all 20 languages, 149 positives and 81 hard
  negatives, eight helpers as in round 17, asked also for round 17's missed shapes and for passing
  mentions; Swedish 6, Danish and Finnish 8, Slovak 8). Blind over all 230 with round 17's rules: by
  `mentioned` 1.00 / 1.00, 0.96 / 0.93, 1.00 / 0.97; by `labels` 0.91 / 1.00, 0.75 / 0.97, 0.95 / 1.00
  (many passing mentions this round). Holdout18 blind: by `mentioned` 1.00 / 1.00, 0.94 / 0.94,
  1.00 / 0.97; by `labels` 0.93 / 1.00, 0.71 / 0.93, 0.94 / 1.00. Recall by mentions per language over
  all 230 (small counts): pt 0.80 (8/10), de 0.87 (13/15), ro 0.90, fr 0.91, en and ko 0.92, the other
  fourteen languages 1.00. From the tuning half: Beijing telling its firms to refrain from ordering or
  buying Nvidia chips (주문을 자제; the order/buy forms of "refrain" and "stop ordering" written out in all
  20 languages, plain "stop buying" left out because market commentary says it of shares), and the
  Entity List in Romanian with the indefinite article ("listă de entități"). Holdout18 after those
  (reported once): unchanged. Then, from holdout18's misses, so it is no longer blind for them: a bare
  "illegally" (ulovligt, illegal, 非法 ...) beside a chip word now counts as smuggling only with China,
  Russia or a controlling state close (a Danish Nvidia earnings story's "the worry is not that it is
  illegal" had been taken for smuggling; no smuggling story in any labelled set was lost), and "suspend
  the purchase" in the singular (Portuguese, Spanish, French, Italian; China's CAC and the RTX Pro 6000D).
  Holdout18 after all: by `mentioned` 1.00 / 1.00, 0.97 / 0.97, 1.00 / 0.97. No verdict changed on any
  other labelled set or on the corpus. Left: a German story of a 25 % tariff that also applies to H200
  exports to China and an English TSMC earnings line on the US "allowing more ... to be shipped to China"
  (both borderline), Californian- and Brazilian-law stories comparing the EU (vetoed on purpose), a
  French and a Korean DeepSeek story where Beijing steers DeepSeek to Huawei's chips (the Korean one
  fixed above), a Hungarian Pentagon list that "is not a sanction or export control" but names them (a
  false alarm, borderline), and a US bill barring CHIPS Act recipients from buying Chinese tools (a false
  alarm, borderline).
  Round 19 (`news_tune19/holdout19.jsonl`, 88 texts in 13 languages, 78 positives and only 10 hard
  negatives: the search tool's budget for the session ran out after some ten queries per helper, so no
  Greek, Japanese, Chinese, Swedish, Danish, Finnish or Slovak text, and one English; it measures recall
  more than precision). Blind over all 88 with round 18's rules: by `mentioned` 1.00 / 1.00,
  1.00 / 0.98, 0.97 / 0.89; by `labels` 0.78 / 1.00, 0.95 / 0.97, 0.94 / 0.89. Holdout19 blind: by
  `mentioned` 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.85; by `labels` 0.75 / 1.00, 0.95 / 1.00, 1.00 / 0.85.
  Recall by mentions per language over all 88 (small counts): es 0.60 (3/5), fr 0.67 (4/6), it 0.92, the
  other ten languages 1.00. The tuning half changed nothing (a Spanish teaser naming neither the EU nor the
  Act, a machine-translated French post calling the Act "l'acte", an Italian tag page on gallium, all
  borderline or near it; a Dutch DPA's warning about staff pasting data into chatbots, flagged, the
  labeller said no). From holdout19's misses, so it is no longer blind for them: "providers of
  general-purpose AI models", the AI Act's own term, in each language's official wording (a rule vetoed
  by other countries' AI laws: the Commission's French guidelines page for them named the EU 80 words
  away), and "at Union level" (a escala de la Unión, auf Unionsebene ...), the regulation's own wording
  for the EU (a Spanish Article 56 on the AI Office's codes of practice). Holdout19 after those: by
  `mentioned` 1.00 / 1.00, 1.00 / 1.00, 1.00 / 1.00. No verdict changed on any other labelled set or on
  the corpus.
  Then, from round 14's holdout (disclosed there as a miss, so holdout14 is no longer blind for it): a
  generically named EU AI programme in a text that names EuroHPC, the EU body that runs the AI factories
  (a Danish EuroHPC supercomputer story whose "AI Factory" came 150 words after the EU). Nothing else
  changed on any labelled set or the corpus; pooled Danish recall by mentions from 16/20 to 17/20.
  Round 20 (`news_tune20/holdout20.jsonl`, 266 texts in all 20 languages, 158 positives and 108 hard
  negatives; eight helpers, at least five hard negatives per language asked for, Finnish 8, Swedish and
  Danish 10). Blind over all 266 with round 19's rules: by `mentioned` 1.00 / 1.00, 0.99 / 0.93,
  1.00 / 0.97; by `labels` 0.82 / 1.00, 0.83 / 0.94, 0.95 / 0.98. Holdout20 blind: by `mentioned`
  1.00 / 1.00, 0.98 / 0.95, 1.00 / 0.96; by `labels` 0.90 / 1.00, 0.85 / 0.95, 0.92 / 1.00. Recall by
  mentions per language over all 266 (small counts): el 0.67 (4/6), fi 0.75 (3/4), ro 0.89, cs, tr 0.90,
  fr 0.91, de, ja 0.92, the other twelve languages 1.00. From the tuning half: French "soumis à un visa"
  (put under a licence) for China's gallium and germanium exports; the US government's 15 % / 25 % share
  of licensed chip sales to China ("ABD hükümeti, Nvidia'nın Çin'e sattığı çiplerden yüzde 15 komisyon
  alacak": rule `chip-sales-revenue-share`, the percentage and a cut word together, a chip, China and a
  government close by, tariffs veto); China "resuming" chip exports (Romanian "să reia", French and
  Italian forms), and Greek "για την αγορά" (for the purchase of). Holdout20 after those (reported once):
  unchanged. Then, from holdout20's misses, so it is no longer blind for them: a Danish car plant that must
  "lukke for produktionen" for want of chips is a shortage, not a restriction. Holdout20 after all: by
  `mentioned` 1.00 / 1.00, 1.00 / 0.95, 1.00 / 0.96. Left: a Japanese Korean-law story comparing the EU
  (vetoed on purpose), a German Nexperia story whose US blacklisting of Wingtech sits beside the Dutch
  takeover (the merger veto; borderline), a Finnish Trump-Xi report whose rare-earth deal never names a
  restriction (borderline), China approving H200 purchases in Greek and a Czech half-sentence on China
  again allowing H200 imports (both borderline), and a Greek how-to on objecting to Meta's AI training
  that names no regulator (borderline).
  Round 21 (`news_tune21/holdout21.jsonl`, 237 texts in all 20 languages, 138 positives and 99 hard
  negatives; the stored pages in the smaller languages are nearly used up: Romanian and Danish 5, Greek,
  Finnish and Swedish 7), measured with round 20's rules before anyone looked at it. Blind over all 237: by
  `mentioned` 1.00 / 1.00, 0.98 / 0.96, 0.94 / 0.85; by `labels` 0.79 / 1.00, 0.85 / 0.97, 0.89 / 0.93.
  Holdout21 blind: by `mentioned` 1.00 / 1.00, 0.95 / 0.95, 0.94 / 0.89. Recall by mentions per language
  over all 237 (small counts): ro 0.50 (1/2), pl 0.78 (7/9), sk 0.80 (4/5), en 0.88 (14/16), pt 0.89, es
  0.91, it, zh 0.92, ko 0.93, the other eleven languages 1.00. Four of the eight eu_ai misses are the
  class vetoed on purpose: Korean- and Californian-law stories that name the EU AI Act as a comparison
  (hard negatives by `labels`). From the tuning half: the AI Act cited by its number (Regulation (EU)
  2024/1689, rule `ai-act-by-number`) counts even beside another country's law (65 labelled texts carry
  the number, every one an EU-AI text by mention: a Romanian op-ed on a national law modelled on Italy's
  and California's); Spain's AI Act supervisor AESIA named outright; and a European privacy regulator
  banning "the Chinese start-up" in an article about a named AI app (a Brazilian DeepSeek story). Holdout21
  after those (reported once): unchanged. Then, from holdout21's misses, so it is no longer blind for them:
  two false alarms, Czech "zpřísnil postup" (a harder line) and Japanese 都市封鎖 (a Covid city lockdown) in
  chip stories. Holdout21 after all: by `mentioned` 1.00 / 1.00, 1.00 / 0.95, 0.94 / 0.89. Left: the
  Korean/Californian comparisons above, a Swedish DPA's sandbox and annual report on AI guidance (flagged,
  the labeller said no), a Turkish column on ChatGPT under KVKK and GDPR (flagged, borderline), a Slovak
  Nexperia story whose source says "import" for export, a Polish 2013 feature on the informal 2010
  rare-earth embargo and an English DeepSeek story where the controls are only implied (both borderline).
  No verdict changed on any other labelled set or on the corpus in either round.
  Round 22 (`news_tune22/holdout22.jsonl`, 137 texts in 13 languages, 83 positives and 54 hard
  negatives, five helpers on what was left of the search budget; no Swedish, Danish, Finnish, Hungarian,
  Slovak, Romanian or Greek text), measured with round 21's rules before anyone looked at it. Blind over
  all 137: by `mentioned` 1.00 / 1.00, 1.00 / 0.89, 0.96 / 0.79; by `labels` 0.79 / 1.00, 0.90 / 0.93,
  0.92 / 1.00. Holdout22 blind: by `mentioned` 1.00 / 1.00, 1.00 / 0.79, 1.00 / 0.87; by `labels`
  0.90 / 1.00, 0.93 / 0.82, 0.92 / 1.00. Recall by mentions per language over all 137 (small counts): pl
  0.75 (3/4), fr 0.78 (7/9), ko 0.82 (9/11), it 0.86, pt 0.88, de and ja 0.89, es 0.90, en 0.92, the other
  four languages 1.00. Every one of the six eu_ai misses is the class vetoed on purpose (Korean, Japanese
  and Californian AI-law stories naming the EU AI Act or "the EU" as a comparison; by `labels` eu_ai recall
  is 1.00). From the tuning half: an "export tax" of 15 % on chip sales to China (imposto de exportação,
  Exportsteuer ..., all 20 languages, as a cut word of `chip-sales-revenue-share`). Holdout22 after it
  (reported once): unchanged. Then, from holdout22's misses, so it is no longer blind for them: Beijing
  keeping Nvidia's chips out in words the rules lacked (customs told "nicht ins Land zu lassen", a
  government that "met en garde contre l'utilisation" of the H20, a firm made to "rinunciare
  all'utilizzo" of Nvidia GPUs: give-up, warn-against and advise-against forms in all 20 languages, the
  rule still wanting a government, a chip and China close by), and China restricting the world's access
  to its rare earths ("ograniczeń w dostępie ... do metali ziem rzadkich": the mineral rule takes an
  access or purchase word as well as an export word). Holdout22 after all: by `mentioned` 1.00 / 1.00,
  1.00 / 1.00, 1.00 / 0.87. No verdict changed on any other labelled set or on the corpus.
  Round 23 (`news_tune23/holdout23.jsonl`, 277 texts in all 20 languages, 166 positives and 111 hard
  negatives, eight helpers, older stories asked for as much as new ones: the 2019 Huawei listing, the 2022
  and 2023 chip rules, the 2023 gallium controls, Italy's 2023 ChatGPT ban), measured with round 22's rules
  before anyone looked at it. Blind over all 277: by `mentioned` 1.00 / 1.00, 0.96 / 0.95, 0.93 / 0.91; by
  `labels` 0.77 / 1.00, 0.87 / 0.96, 0.88 / 0.95. Holdout23 blind: by `mentioned` 1.00 / 1.00, 0.98 / 0.95,
  0.96 / 0.90; by `labels` 0.72 / 1.00, 0.88 / 0.97, 0.89 / 0.92. Recall by mentions per language over all
  277 (small counts): el 0.67 (4/6), fi 0.75 (3/4), cs 0.78 (7/9), sk 0.86 (6/7), pl 0.89 (8/9), ja 0.91,
  de and it 0.92, the other twelve languages 1.00, en among them. From the tuning half: Beijing urging firms
  to "avoid buying" Nvidia's chips (Greek "να αποφεύγουν να αγοράζουν": avoid-buying forms in all 20
  languages, in the rule that wants a government, a chip and China close by); "US$" and "US-Dollar" are a
  currency, not Washington (a Brazilian earnings story's "liberação de US$ 180 milhões em estoque do H20"
  had read as a licence); and South Korea's data-protection office described in the words of the Czech
  one's name ("Jihokorejský úřad pro ochranu osobních údajů") is not an EU authority (new concept
  `eu_foreign_dpa`, in the topic's `exclude`, in all 20 languages). Holdout23 after those (reported once):
  unchanged. Then, from holdout23's misses, so it is no longer blind for them: chips called sanctioned or
  banned right beside the chip word in a DeepSeek story without a China word near ("die bewährten, aber
  sanktionsbelegten Chips von Nvidia": new concept `ec_banned_adj` and rule `banned-chips-beside-china`),
  and Finland's deputy data-protection ombudsman (Apulaistietosuojavaltuutettu). Holdout23 after all: by
  `mentioned` 1.00 / 1.00, 0.98 / 0.98, 0.96 / 0.93. Left: two Korean-law stories naming the EU AI Act as a
  comparison (the class vetoed on purpose), the EU's €200 billion AI investment announced in Paris (no rule
  takes an EU investment in AI without a programme's name; a company investing "in the EU" would read the
  same), Polish "AI factories" in Kraków and Poznań without the EU named, the Council of Europe's AI
  convention (borderline), a Czech 2019 Huawei story about Android licences, a Slovak Nexperia story whose
  source says "import" for export; flagged against the labeller: three Nordic data-protection decisions on
  face recognition (a school, a stadium, the police: borderline by the labeller), a Finnish Clearview story
  that names the GDPR as the model of California's law, Taiwan's export-control entity list and a Greek
  Nexperia story. No verdict changed on any other labelled set or on the corpus.
  Round 24 (`news_tune24/holdout24.jsonl`, 225 texts in all 20 languages, 129 positives and 96 hard
  negatives, seven helpers asked for regional, trade and legal press, 2023-2024 coverage and passing
  mentions; Danish, Hungarian, Swedish and Romanian have 4-7 texts each, the stored pages in those languages
  being nearly used up), measured with round 23's rules before anyone looked at it. Blind over all 225: by
  `mentioned` 1.00 / 0.97, 0.96 / 0.91, 1.00 / 0.93; by `labels` 0.79 / 0.96, 0.83 / 0.97, 0.90 / 0.97.
  Holdout24 blind: by `mentioned` 1.00 / 1.00, 1.00 / 0.97, 1.00 / 0.95; by `labels` 0.77 / 1.00,
  0.82 / 1.00, 0.90 / 1.00. Recall by mentions per language over all 225 (small counts): el 0.50 (2/4), ro
  0.75 (3/4), fi 0.80 (4/5), zh 0.82 (9/11), ja 0.88 (7/8), en, fr and pl 0.92, es 0.93, the other eleven
  languages 1.00, de among them. From the tuning half: Chinese "不買/不要買" (not to buy) Nvidia's chips, told
  by the authorities; and a ban or block of an app (DeepSeek's, on government devices) is no trade restriction,
  though such stories name Nvidia's shares and China (new concept `ec_app_ban` in the topic's `exclude`, all
  20 languages). Holdout24 after those (reported once): unchanged. Then, from holdout24's misses, so it is no
  longer blind for them: Japanese "米国の規制により" (due to US regulation) beside a chip and China, with
  Chinese and Korean equivalents. Holdout24 after all: by `mentioned` 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.95.
  Left: a Korean-law story naming the EU AI Act as a comparison (vetoed on purpose), a French Senate report
  calling the AI Act "RIA" with the EU named 27 words away, a Cypriot text cut off at "the new EU Regulation
  for", a Polish excerpt that never names DeepSeek, and oblique or background mentions the labellers marked
  borderline (Nexperia without the ban named, "problemas geopolíticos", Huawei's 2019 troubles in Finnish
  and Romanian, one line in a 2020 SMIC earnings brief); flagged against the labeller: China's dual-use export
  ban on 20 Japanese defence firms and a Taiwanese story calling the Pentagon's list a "trade blacklist". No
  verdict changed on any other labelled set or on the corpus.
  Round 25 (`news_tune25/holdout25.jsonl`, 113 texts in 12 languages, 65 positives and 48 hard negatives,
  four helpers on the last of the session's search budget: de, en, fr, es, it, ja, ko, zh, and a few pl, cs,
  nl, pt), measured before anyone looked at it with round 24's rules plus `eu-invests-in-ai` (the EU itself
  investing in AI, written from round 23's holdout miss and probes in five languages before round 25 was
  gathered). Blind over all 113: by `mentioned` 1.00 / 1.00, 1.00 / 0.97, 0.93 / 0.90; by `labels` 0.75 /
  1.00, 0.92 / 1.00, 0.79 / 1.00. Holdout25 blind: by `mentioned` 1.00 / 1.00, 1.00 / 1.00, 0.85 / 0.92; by
  `labels` 0.75 / 1.00, 0.88 / 1.00, 0.85 / 1.00. Recall by mentions per language over all 113 (small
  counts): pt 0.80 (4/5), it 0.86 (6/7), de and en 0.91 (10/11), the other eight 1.00. The tuning half's three
  misses are implicit or comparisons (a minister's "Regulierung ... für uns Europäer", a Brazilian AI bill
  set against "a abordagem europeia", "U.S. export concessions" in a DeepSeek summary), so nothing was changed
  from it. From holdout25's false alarms, so it is no longer blind for them: the GDPR named as the model of
  another country's law ("유럽연합(EU)의 GDPR과 유사한", as in round 23's Finnish "gdpr-tietosuoja-asetusta
  muistuttavan Kalifornian CCPA-lain") vetoes that GDPR hit (new concept `eu_comparison`, 20 languages, within
  3 words). Holdout25 after all: by `mentioned` 1.00 / 1.00, 1.00 / 1.00, 0.92 / 0.92. Left: an Italian Meta
  AI story that only alludes to "European regulators", and the Hamburg data-protection commissioner's annual
  report on AI chatbots (flagged; no action against an AI service, said the labeller). No verdict changed on
  any other labelled set or on the corpus.
  Round 26 (`news_tune26/holdout26.jsonl`, 251 texts in all 20 languages, 145 positives and 106 hard
  negatives, five helpers on a fresh search budget asked for passing mentions inside longer stories,
  regional and trade press and 2023-2026 coverage, with queries naming events, outlets and people, since
  about 6,100 stored pages were used before), measured before anyone looked at it with round 25's rules.
  Blind over all 251: by `mentioned` 1.00 / 1.00, 0.95 / 0.96, 0.94 / 0.92; by `labels` 0.66 / 1.00, 0.88 /
  0.97, 0.88 / 0.96. Holdout26 blind: by `mentioned` 1.00 / 1.00, 0.95 / 0.93, 0.95 / 0.91; by `labels` 0.92 /
  1.00, 0.86 / 0.95, 0.86 / 0.95. Recall by mentions per language over all 251 (small counts): nl 0.75
  (6/8), fr 0.83 (10/12), cs 0.86 (6/7), ja 0.91 (10/11), pt 0.92 (11/12), the other 15 1.00, de (15/15) and
  en (17/17) among them. The tuning half's six misses were left: a Groningen "AI-fabriek" whose EU programme
  is only "een Europese subsidie" 30 words away, a Brazilian AI-bill guide listing the AI Act as one
  country's approach (vetoed on purpose), GDPR guidance for staff using AI and the CNIL's 2021 cookie advice
  for website chatbots (flagged; no action against an AI service, said the labellers), a Chinese court's
  patent ban on Micron's sales in China (flagged; a veto for patent suits within 20 words was tried and
  changed nothing, the ban being named 40 words before the suit, so it was dropped), and China reacting to a
  US market-access ban on Huawei (flagged). From holdout26's misses, so it is no longer blind for them: a
  state halting exports of chips or minerals without a restriction word (new rule `state-halts-exports`: a
  halt or suspend word within 10 words of an export word and of a chip or mineral word, China, Russia or a
  controlling state within 12; "de Chinese overheid de export van chips van Nexperia tot nader order heeft
  stilgelegd"), import bans as the topic's `exclude` (new concept `ec_import_ban`, 20 languages: a Danish
  motion for "forbud mod import" of Chinese technology into the EU), and Chinese 加碼 ("step up") only as
  stepping up controls, limits or sanctions (it had read "加碼美國設廠", investing more in American fabs, as a
  restriction). Holdout26 after all: by `mentioned` 1.00 / 1.00, 1.00 / 0.95, 0.95 / 0.91. Left: a Nexperia
  supply story that never names the ban, a Nvidia earnings story leaving H20 out of its outlook "en raison
  de l'incertitude réglementaire", a Korean-law story with the EU AI Act as a comparison, a Japanese story of
  Meta pausing AI training after "regulators pushed back", and a Slovak how-to on objecting to Meta AI
  training under the GDPR (flagged). Invented negatives for the new rule: exports halted by a storm or an
  earthquake are still flagged when a chip word and a state stand within its windows (two of four probes);
  the other two, and every verdict on the other labelled sets and the corpus, are unchanged.
  Round 27 (`news_tune27/holdout27.jsonl`, 235 texts in all 20 languages, 136 positives and 99 hard
  negatives, five helpers asked for the angles round 26 found little of: DeepSeek in passing, AI Act duties in
  company and sector stories, national regulators and courts on AI, export controls inside company results,
  Chinese mineral curbs in industry stories), measured before anyone looked at it with round 26's rules.
  Blind over all 235: by `mentioned` 1.00 / 0.97, 0.99 / 0.94, 0.98 / 0.96; by `labels` 0.71 / 1.00, 0.80 /
  0.96, 0.94 / 1.00. Holdout27 blind: by `mentioned` 1.00 / 1.00, 1.00 / 0.94, 0.96 / 0.93; by `labels` 0.73 /
  1.00, 0.68 / 0.95, 0.89 / 1.00. Recall by mentions per language over all 235 (small counts): hu 0.67 (2/3),
  pt 0.82 (9/11), cs 0.88 (7/8), pl 0.89 (8/9), ko 0.90 (9/10), en 0.93 (13/14), the other 14 1.00, de (14/14)
  among them. From the tuning half: an explicit control phrase within 5 words of China or Russia in a text with
  technology, chip or mineral vocabulary anywhere (new rule `export-control-phrase-beside-china`: China's
  rare-earth export licences told 84 words after the minerals, "Az exportengedélyért cserébe Kína"); it also
  fixed a Dutch miss of the first holdout (nl-008). Left from the tuning half: "R1" compared with Alibaba's model
  without naming DeepSeek, a Czech excerpt cut off at "Kvůli americkým restrikcím Nvid", and Nexperia Europe
  halting wafer supplies to Shanghai under the Dutch Goods Availability Act (flagged; no export control named,
  said the labeller). Holdout27 after the tuning change: unchanged. From holdout27's misses, so it is no longer
  blind for them: a chip cut down or made specially for China, told without a control word (new concept
  `ec_china_version`, 20 languages, and rule `china-version-chip`: a named AI chip or its maker within 8
  words, China within 20; "엔비디아가 중국 수출용으로 성능을 낮춰 출시한 H800"). Invented negatives found
  phones' "China-only version" with a Snapdragon chip, so the chip must be a named AI chip or its maker (new
  concept `ec_ai_chip_name`); bare "中国版" was dropped after it flagged "中国版OpenAI" in an older set. Holdout27
  after all: by `mentioned` 1.00 / 1.00, 1.00 / 0.97, 0.96 / 0.93. Left: a Singapore fraud case over Nvidia
  servers' end users that never names a control or China, a Korean-law story with the EU AI Act as a
  comparison, a Brazilian regulator's action on Meta with "pressões regulatórias" in Europe, and a Finnish
  law-firm product launch on GDPR impact assessments for AI (flagged). No verdict changed on any other labelled
  set or on the corpus, beyond nl-008.
  Round 28 (`news_tune28/holdout28.jsonl`, 183 texts in all 20 languages, 106 positives and 77 hard
  negatives, five helpers on what rounds 26 and 27 could not find; the Nordic, Greek and Turkish stored pages
  gave only 2-6 texts each), measured before anyone looked at it with round 27's rules. Blind over all 183:
  by `mentioned` 1.00 / 1.00, 0.95 / 0.91, 0.94 / 0.84; by `labels` 0.75 / 1.00, 0.75 / 0.91, 0.91 / 0.94.
  Holdout28 blind: by `mentioned` 1.00 / 1.00, 0.96 / 0.93, 0.94 / 0.94; by `labels` 0.67 / 1.00, 0.77 /
  0.95, 0.88 / 0.94. Recall by mentions per language over all 183 (small counts): it 0.62 (5/8), zh 0.82
  (9/11), fr, ko 0.88 (7/8), ja 0.89 (8/9), es 0.91 (10/11), de and en 0.92 (12/13), the other 12 1.00. Of
  the six eu_ai misses, two are California's and Korea's AI laws naming the AI Act as a comparison (vetoed
  on purpose) and one a Japanese HR story naming "EUのAI規則案" beside Japan's own AI bill. From the tuning
  half: the agency that runs the controls letting a listed firm buy or be supplied (new rule
  `agency-allows-listed-firm`: "Le département américain du Commerce permettra ainsi à Huawei d'acheter"),
  and the nudify apps Clothoff and DeepNude among the named AI apps (the Garante's 2025 block). Left from
  it: Chinese rare-earth magnet exports collapsing "nel mezzo delle restrizioni imposte da Pechino" 45
  words after the minerals, a Chinese State Council traceability rule, a Korean story on Big Tech's
  European data centres whose last line has the EU reviewing its AI rules, and flagged against the
  labellers an Australian DeepSeek ban naming Italy's action, Nexperia halting material supplies to its
  Chinese plant, and the Dutch takeover of Nexperia with a compliance line on export controls. Holdout28 after
  the tuning changes: unchanged. From holdout28's misses, so it is no longer blind for them: von der Leyen
  and the Commission's short name in Chinese, Japanese and Korean (冯德莱恩, 欧委会) among the EU actors and
  money "allocated" (拨款, 拨出, 拠出) among EU investing, for "冯德莱恩承诺从欧盟预算中额外拨出200亿欧元"; and
  German "verknappt" (makes scarce) among the halt words, for "China verknappt die Ausfuhr Seltener Erden".
  Holdout28 after all: by `mentioned` 1.00 / 1.00, 0.96 / 0.96, 0.94 / 1.00. Left: Section 301 tariffs on
  Chinese legacy chips (the labeller counted export-curb talk in it; the tariff veto keeps it out), and
  flagged, a Greek legal opinion on the GDPR and AI and Nvidia pausing H20 production in a Cambricon stock
  story. No verdict changed on any other labelled set or on the corpus.
  After round 28, from invented negatives rather than labelled news: China's export ban on urea, Russia's on
  petrol and India's on rice were flagged by the explicit-control-phrase rules whenever "technology" stood
  within 40 words. New concept `ec_commodity` (farm, food and fuel goods, 20 languages; no word another
  language uses otherwise, such as French "mais" or Korean 경유, also "via") vetoes `export-control-phrase`
  within 8 words and `export-restrictions-worded` and `export-control-phrase-beside-china` within 20. No
  verdict changed on any labelled set, the corpus or the dense articles; a chip control beside "wheat exports
  rose" is still flagged.
  Ninth session, from invented negatives before round 29: chip exports "halted" by an earthquake, a typhoon,
  a power cut or a dock strike, and export restrictions on medicines, vaccines, scrap metal or weapons, were
  flagged whenever chips, China or "technology" stood near. New concept `ec_disruption` (20 languages;
  earthquakes only as the cause, "after the earthquake", "地震の影響", since news also calls a control "un
  terremoto para Nvidia" or says it "在行业引发地震"; no word used as a metaphor, such as "storm", "flood",
  "tsunami" or "strike a deal") and medicines, vaccines and scrap in `ec_commodity` veto the restriction and
  halt rules within their windows (`export-control-phrase` now within 4 words, was 8: a truce listing
  "export controls on chips, China's soybean purchases and pharmaceutical tariffs" is still a control), and
  arms-export phrases join the topic's masks (a veto on "weapons" itself would have dropped "chips still end
  up in Russian weapons despite export controls"). No verdict changed on any labelled set, the corpus or the
  dense articles.
  Round 29 (`news_tune29/holdout29.jsonl`, 187 texts in all 20 languages, 103 positives and 84 hard
  negatives, six helpers; most stored pages in every language are now used, Greek, Turkish, Czech, Slovak,
  Romanian and the Nordic languages gave 4-7 texts each), measured before anyone looked at it with the rules
  above. Blind over all 187: by `mentioned` 1.00 / 1.00, 0.96 / 0.98, 0.95 / 0.85; by `labels` 0.84 / 1.00,
  0.82 / 1.00, 0.89 / 0.92. Holdout29 blind: by `mentioned` 1.00 / 1.00, 1.00 / 1.00, 0.86 / 0.86; by
  `labels` 0.92 / 1.00, 0.86 / 1.00, 0.79 / 0.92. Recall by mentions per language over all 187 (small
  counts): da 0/1, es 0.71 (5/7), el 0.75 (3/4), pt 0.88 (7/8), ja 0.89 (8/9), zh 0.90 (9/10), de (11/11),
  en (9/9) and the other 12 1.00. Three of the six eu_ai misses are Korea's, California's and Brazil's AI
  laws naming the EU's as a comparison (below the threshold on purpose). From the tuning half: Greek "ΑΙ"
  in Greek capitals after "εργοστάσια" (AI factories); tax words (`ec_tax_evasion`: VAT, Umsatzsteuer,
  增值税 ... in 20 languages) veto the smuggling rules over the whole text, for GPUs smuggled into China in
  a crate of lobsters to dodge its VAT; and the Pentagon's list of Chinese military companies (`ec_pentagon`)
  vetoes the blacklist rules, for SMIC added to "la liste noire du département américain de la Défense",
  which limits US investors. Left from it: a Danish consultation on the general digital omnibus whose AI
  words stand 100 words from the omnibus, and a TSMC earnings story whose one line says a customer's "AI出貨到
  中國受到限制" with no chip word. Holdout29 after the tuning changes: unchanged. From holdout29's misses, so
  it is no longer blind for it: the digital omnibus's AI words may stand 40 words away (were 30), for
  "Digital Omnibus ... la comisaria europea de tecnología, Henna Virkkunen ... los sistemas de IA".
  Holdout29 after all: by `mentioned` 1.00 / 1.00, 1.00 / 1.00, 0.87 / 0.93. Left: a Brazilian AI-law opinion
  with the EU regulation as a comparison, and flagged against the labellers a Swedish minister's answer on
  DeepSeek naming the data-protection authority's guidance on generative AI, and a Swedish lawyer's answer on
  using AI under the GDPR (GDPR guidance on AI with no regulator acting, flagged in earlier rounds too). No
  verdict changed on any other labelled set or on the corpus.
  Round 30 (`news_tune30/holdout30.jsonl`, 163 texts in all 20 languages, 91 positives and 72 hard
  negatives, five helpers steered to older stories, trade press, ministries and national AI-Act
  implementation because the obvious pages are used; Finnish gave one text, Danish, Greek, Swedish and
  Turkish three each), measured before anyone looked at it with round 29's rules. Blind over all 163: by
  `mentioned` 1.00 / 1.00, 1.00 / 1.00, 0.90 / 0.92; by `labels` 0.80 / 1.00, 0.83 / 1.00, 0.85 / 0.97.
  Holdout30 blind: by `mentioned` 1.00 / 1.00, 1.00 / 1.00, 0.82 / 0.88; by `labels` 0.88 / 1.00, 0.80 /
  1.00, 0.82 / 1.00. Recall by mentions per language over all 163 (small counts): el 0/1, ko 0.86 (6/7), en
  0.93 (13/14), de (11/11) and the other 16 1.00. Two of the three eu_ai misses are Korea's AI law with the
  EU's as a comparison (on purpose). From the tuning half: the Greek abbreviation "Ε.Ε" without its final
  dot ("ένα από τα 13 εργοστάσια τεχνητής νοημοσύνης της Ε.Ε,"). Holdout30 after it: unchanged; nothing was
  changed for its misses. Left: the four eu_ai false alarms are GDPR-and-AI guidance with no regulator
  acting (a Dutch authority's warning on chatbots, a CNIL guidance sheet, a German legal blog, a Mistral
  launch citing GDPR compliance). Requiring an enforcement word (fine, ban, block, inquiry) within 40 words
  for the two GDPR-near-AI rules was tried over every labelled set: 13 verdicts right for 15 wrong (earlier
  rounds' labellers counted Meta's AI-training notices and a regulator's guidance as mentions), so it was
  dropped. No verdict changed on any other labelled set or on the corpus.
  Round 31 (`news_tune31/holdout31.jsonl`, 147 texts in the 11 languages whose stored pages still gave new
  texts: de, en, fr, es, it, pt, nl, pl, ja, ko, zh; 87 positives and 60 hard negatives, four helpers),
  measured before anyone looked at it with round 30's rules and the changes above. Blind over all 147: by
  `mentioned` 1.00 / 1.00, 1.00 / 0.95, 1.00 / 0.97; by `labels` 0.76 / 1.00, 0.84 / 0.97, 0.84 / 1.00.
  Holdout31 blind: by `mentioned` 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.94; by `labels` 0.82 / 1.00, 0.80 /
  1.00, 0.88 / 1.00. Recall by mentions per language over all 147: nl and pt 0.88 (7/8), en 0.91 (10/11),
  de (11/11) and the other 7 1.00. From the tuning half: Portuguese and Spanish "limite à compra" / "límite a
  la compra" (the AI diffusion rule's caps on buying AI chips) among the restriction words, for "a lista de
  países que os Estados Unidos definiram como limite à compra de processadores de IA"; and, invented beside
  it, per-customer limits (`ec_retail_limit`: "per customer", "por cliente", "お一人様" ... in 20 languages) veto
  the chip-restriction rules, because a shop rationing graphics cards "in the US" was flagged (so it was
  before this round, with "restricted purchases"); "retailers" and "Händler" were tried and left out, since
  "China verbietet seinen Tech-Konzernen und Händlern den Kauf von Nvidia-Chips" lost its verdict. Left from
  it: a 2019 Dutch report on Google cutting Huawei off under "nieuwe, strengere regels van het Amerikaanse
  ministerie" with the firm named only as "het Chinese telefoonbedrijf" beside the rules. Holdout31 after the
  tuning changes: unchanged; its one miss is California's vetoed AI bill with the EU AI Act as a comparison
  (on purpose). No verdict changed on any other labelled set or on the corpus.
  Round 32 (`news_tune32/holdout32.jsonl`, 136 texts in 12 languages: de, en, fr, es, it, pt, nl, pl, cs,
  ja, ko, zh; 81 positives and 55 hard negatives, four helpers asked for texts hard for keyword rules:
  paraphrased controls and EU measures, and the same words in another sense), measured before anyone looked
  at it with round 31's rules. Blind over all 136: by `mentioned` 1.00 / 1.00, 0.94 / 0.92, 1.00 / 0.87; by
  `labels` 0.84 / 1.00, 0.80 / 0.97, 0.89 / 0.89. Holdout32 blind: by `mentioned` 1.00 / 1.00, 0.93 / 0.93,
  1.00 / 0.92; by `labels` 0.77 / 1.00, 0.80 / 1.00, 1.00 / 1.00. Recall by mentions per language over all
  136 (small counts): ko and nl 0.80 (8/10, 4/5), it 0.83 (5/6), de and en 0.90 (9/10), zh 0.92 (11/12), the
  other 6 1.00. From the tuning half: Hong Kong's, Macau's and China's own customs named (`ec_china_customs`,
  20 languages, named authorities only: German "Zoll" and Danish "told" are also tariffs) veto the smuggling
  rules over the whole text, for CPUs strapped to a smuggler's legs on the way from Macau ("Dem Zoll von
  Hongkong sind ... CPU-Schmuggler ins Netz gegangen"); a probe shows the cost, "Smugglers moved Nvidia H100
  chips to China via Hong Kong, evading US rules, and Chinese customs did not stop them" is no longer flagged.
  Left from it: an EU tender for an AI computing centre that never says gigafactory (borderline), Italy's AI
  framework law designating its AI authorities without naming the AI Act (vetoed as a national law), a
  Chinese abstract on the EU's AI strategy whose page interleaves pinyin ("戰(zhàn)略"), the Singapore server
  fraud case, and a stock column's "China does not want another boycott". Holdout32 after the tuning
  changes: unchanged. From holdout32's misses, so it is no longer blind for them: raw ores (nickel ore,
  bauxite, iron ore, coal; 20 languages) join `ec_commodity`, for Indonesia's "镍矿出口禁令" in a Chinese
  ferro-alloy outlet (its name holds 中国, beside the ban); and Korean and Japanese "access restricted"
  (접근이 제한, アクセスが制限) among the restriction words, for "중국처럼 고성능 칩 접근이 제한된 곳". Holdout32 after
  all: by `mentioned` 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.92; its one miss is Korea's AI law with the EU's
  as a comparison (on purpose). No verdict changed on any other labelled set or on the corpus.
  Round 33 (`news_tune33/holdout33.jsonl`, 163 texts in 15 languages; 97 positives and 66 hard negatives,
  four helpers asked for roundups, briefings, newsletters and market wraps where a topic is one item among
  others, and for current reporting; Romanian gave one text, Slovak and Hungarian three), measured before
  anyone looked at it with round 32's rules. Blind over all 163: by `mentioned` 1.00 / 1.00, 0.97 / 0.93,
  1.00 / 0.91; by `labels` 0.70 / 1.00, 0.77 / 0.94, 0.88 / 0.97 (the roundups' passing mentions).
  Holdout33 blind: by `mentioned` 1.00 / 1.00, 1.00 / 0.85, 1.00 / 0.95; by `labels` 0.64 / 1.00, 0.82 /
  0.90, 0.84 / 0.94. Recall by mentions per language over all 163 (small counts): fr 0.83 (5/6), es 0.86
  (6/7), it 0.88 (7/8), ja, ko and zh 0.91 (10/11), de (11/11), en (14/14) and the other 7 1.00. Nothing
  was changed from the tuning half: its misses are a passing "pile réglementaire qui contraint l'IA en
  Europe", the EU's 2020 data strategy, and STM shares falling on "nuove restrizioni commerciali alla Cina"
  with licences for US chipmaking tools 30 words on (all marked borderline by the labellers), and its one
  false alarm is the EU Chips Act's crisis toolbox, whose "出口限制" is an export restriction on chips the
  labeller did not count. From holdout33's misses, so it is no longer blind for them: Japan's catch-all
  controls and End User List by name (キャッチオール規制, 補完的輸出規制, 外国ユーザーリスト, "catch-all
  control") among the control instruments; and Korean and Japanese "access to" or "use of" chips restricted
  (칩 접근이 제한, 반도체 사용이 제한, 半導体へのアクセスが制限) among the restriction words, bound to the chip
  word: the bare "사용이 제한" flagged power rationing at chip plants in China in a probe (round 32's
  "접근이 제한" is now chip-bound too). Holdout33 after all: by `mentioned` 1.00 / 1.00, 1.00 / 1.00, 1.00 /
  0.95; left, the AI Act as the "proyecto de ley de IA que está preparando la Unión Europea" (vetoed
  because "proyecto de ley de IA" also names other countries' bills). No verdict changed on any other
  labelled set or on the corpus.
  Round 34 (`news_tune34/holdout34.jsonl`, 280 texts in 11 languages; 166 positives and 114 hard negatives;
  eight helpers, four of them on English and German alone, the two languages with the higher recall target;
  most pages on the obvious subjects were used by earlier rounds, so the texts lean on passing mentions,
  less common outlets and side stories), measured before anyone looked at it. Before that, sentences of my
  own in English and German (probes, not labelled data) had found chips "rerouted" to China, German
  "eingeschränkt" and the US "limiting" sales; those changes moved no verdict on round 34. Blind over all
  280: by `mentioned` 1.00 / 0.98, 0.95 / 0.97, 0.92 / 1.00; by `labels` 0.68 / 1.00, 0.72 / 0.98, 0.82 /
  1.00. Holdout34 blind: by `mentioned` 1.00 / 1.00, 0.89 / 0.97, 0.97 / 1.00; by `labels` 0.65 / 1.00,
  0.69 / 1.00, 0.90 / 1.00. Recall by mentions per language over all 280: ko 0.92 (11/12), it 0.93
  (13/14), de 0.98 (55/56), en (48/48) and the other 7 1.00. From the tuning half: the Korean spelling
  딥식 for DeepSeek, and "illegal" as an adjective ("trasferimento illegale di chip AI Nvidia in Cina"),
  with hacking, counterfeits, patents and trade secrets vetoing that loose rule (the probe "Chinese hackers
  illegally accessed chip designs" was flagged before); chips diverted or rerouted with China or Russia
  named right after the verb got a rule of their own (a first try with the verbs alone flagged "TSMC
  diverted capacity to AI chips" in a probe and a USTR tariff notice's "funneling non-market advantages to
  China" in round 23). Left: its false alarms are the BfDI's consultation report on AI in policing (a
  data-protection authority on AI, without enforcement: the labels of such texts differ between rounds),
  a court case on Meta's AI training, and "AI gigafactories" that are OpenAI's Stargate Norway and
  Microsoft's Sines data centre rather than the EU's programme. From holdout34's false alarms, so it is
  no longer blind for them: a US agency barring its staff from using DeepSeek ("verbietet seinen
  Mitarbeitern die Nutzung") joins the device bans that veto the agency rule, and the bare "more tightly"
  ("more tightly integrate these technologies") became "control/restrict/regulate more tightly".
  Holdout34 after: by `mentioned` 1.00 / 1.00, 0.94 / 0.97, 0.97 / 1.00; left, a Swiss text on its own AI
  rules naming the AI Act as a comparison, a US-China trade deal on rare-earth magnets and Nexperia's
  company-imposed "exportverbod" of wafers (all marked borderline), and Nvidia's results with H20 sales to
  China missing for "geopolitical problems". On the other labelled sets one text gained export_controls,
  rightly (a Polish DeepSeek story on chips obtained "nielegalnie"); the corpus did not change.
  Also tried this session and not shipped: a second stage (issue item 5), a logistic regression over
  hashed words and word pairs (CJK character pairs) trained on every earlier round, asked only where the
  rules found some evidence but did not pass; replayed on rounds 29-33 with each round's rules from before
  it, it added 2 true and 0 false matches at probability 0.5 and none at 0.7 or 0.9 (`/tmp`-only
  experiment): the misses left are too few and too different for it to learn from.
  Round 35 (`news_tune35/holdout35.jsonl`, 278 texts in all 20 languages; 156 positives and 122 hard
  negatives; helpers asked for older stories, 2018-2023, and for analysis, newsletters and market wraps
  where a topic passes by; the ten smaller languages gave 1-3 texts each), measured before anyone looked
  at it with round 34's rules. Blind over all 278: by `mentioned` 1.00 / 1.00, 0.96 / 0.96, 0.89 / 0.91;
  by `labels` 0.74 / 1.00, 0.74 / 1.00, 0.80 / 0.94. Holdout35 blind: by `mentioned` 1.00 / 1.00, 1.00 /
  0.97, 0.80 / 0.89; by `labels` 0.73 / 1.00, 0.81 / 1.00, 0.80 / 0.92. Recall by mentions per language over
  all 278: ro 0 of 1, fr 0.89 (8/9), en 0.93 (43/46), de 0.94 (47/50), es 0.95 (18/19), the other 15 1.00
  (small counts). From the tuning half: "export clearance"; a controlling state's approval right beside
  it for shipping chips to any country ("Nvidia AI chips to the UAE, with US government approval"; only
  the state, its capital or its agency, since "the government approved the new chip plant" is no control);
  chips to be sold with China as the destination a few words on and a controlling state within 20 words
  ("mit der US-Regierung über die Möglichkeit, Hochleistungschips ... nach China zu verkaufen"; the
  destination forms are directional only, since "sales in China", "ventes en Chine" and zh "由中国进口"
  flagged tariff stories in a first try, and company boards approving buy-backs now veto like mergers);
  EU/EEA regulators named by their countries with privacy and an AI service close, vetoed only by what
  stands beside them ("regulators in Italy, the Netherlands, Ireland, Belgium and South Korea" in an
  Australian DeepSeek story); Canada keeping Huawei out of its "systèmes de télécommunication" joins the
  network words that veto. Left from the tuning half: a vague "Handlungsbeschränkungen aus Washington",
  China banning purchases of Nvidia's H20 (labelled a hard negative here, a positive in earlier rounds),
  and the Romanian committee for data, digital services and AI without the AI Act's name. From
  holdout35's misses, so it is no longer blind for them: the Commission's AI bill as a
  "Gesetzesvorschlag" (with "Gesetzentwurf") and "réglementer l'IA" among the law words. Holdout35 after:
  by `mentioned` 1.00 / 1.00, 0.97 / 0.97, 0.81 / 0.96; its eu_ai false alarms are Swiss and South African
  texts on their own AI rules that name the AI Act (this round's labellers counted a named AI Act as no
  mention when it is only a comparison; the rules count it), GDPR named beside Meta's AI training without
  a regulator acting, a DSA case beside an OpenAI item, and "Italy banned DeepSeek" without the
  regulator's name; its export_controls false alarm is TSMC no longer supplying AI chips to Chinese
  customers, which the labeller marked borderline. On the other labelled sets two texts gained
  export_controls, both rightly (a Turkish White House briefing on whether Nvidia's best chips may be sold
  to China, a Chinese Nvidia earnings story); the corpus did not change, and three dense articles gained a
  topic, each for a sentence that mentions it (H20 sales to China, Blackwell for China, Italy's ruling on
  ChatGPT).
  Round 36 (`news_tune36/holdout36.jsonl`, 245 texts in 11 languages; 144 positives and 101 hard negatives;
  helpers on EU AI rules in 2025-2026 and on export controls seen from Asia, the Gulf and German firms, and
  one asked for hostile negatives sharing the topics' words: arms-export approvals, food export bans, oil
  sanctions, chip subsidies, app bans on government phones), measured before anyone looked at it with round
  35's rules. Before that, hostile sentences of my own had shown round 35's rule for chips sold to China with
  a state close flagging trade statistics ("Chip exports to China rose 20 percent, U.S. government data
  showed", in eight languages); it became a state weighing or negotiating such sales (talks or deliberation
  within 6 words of the state), and the agency rule now ignores CHIPS Act grants; round 36's figures are the
  same under either. Blind over all 245: by `mentioned` 1.00 / 1.00, 0.98 / 0.92, 0.93 / 0.95; by `labels`
  0.67 / 1.00, 0.90 / 0.95, 0.85 / 1.00. Holdout36 blind: by `mentioned` 1.00 / 1.00, 1.00 / 0.92, 0.89 /
  0.93; by `labels` 0.67 / 1.00, 0.96 / 0.96, 0.86 / 1.00. Recall by mentions per language over all 245: de
  0.91 (50/55; export_controls 0.83), en 0.95 (53/56), the other 9 1.00. From the tuning half: German
  "Verkäufe" was no sale word at all (only "verkauf*", which the umlaut plural escapes), so "spricht mit
  der US-Regierung über mögliche Verkäufe von KI-Chips ... nach China" was missed; lasers among the
  technologies (Trumpf's export licences for laser systems to China); Korea's "national core technologies"
  next to an approval or sale word; "trade crackdown" among the tariff words. Left: a DeepSeek round-up
  whose list of authorities mixes EU and non-EU countries, and Japan's AI law naming the AI Act (labelled a
  comparison). From holdout36's misses, so it is no longer blind for them: the Council of Europe is not the
  EU ("Europa" inside "Europarats" counted as the EU; its AI convention, signed by Switzerland, now masks in
  20 languages), and "gigafactories" beside "AI" with quotes between, the EU close (Tesla's and Stargate's
  veto). Holdout36 after: by `mentioned` 1.00 / 1.00, 1.00 / 0.92, 0.96 / 0.96; left, a Swiss text naming
  the AI Act, Mistral's 2023 round hinting at the AI Act deal, chips routed through Singapore's trade
  statistics, and an EU oil-sanctions story with one line on blacklisted Chinese drone suppliers (both
  marked borderline). No verdict changed on any other labelled set or on the corpus but what the first form
  of the sale rule had added in round 35: a round-35 text (TSMC no longer supplying AI chips to Chinese
  customers, labelled borderline) and one dense article (a Polish sentence on 20 % of H20 revenue from sales
  to China going to the US government) are no longer flagged.
  Round 37 (`news_tune37/holdout37.jsonl`, 257 texts in 11 languages, 203 of them English or German, the
  two languages with the 0.95 recall target; 147 positives and 110 hard negatives; markets and earnings,
  trade politics, AI-industry news, German business and digital policy, regional papers), measured before
  anyone looked at it with round 36's rules (and the German umlaut plurals completed after round 36).
  Blind over all 257: by `mentioned` 1.00 / 1.00, 0.99 / 0.99, 0.82 / 1.00; by `labels` 0.74 / 1.00,
  0.70 / 0.98, 0.79 / 1.00. Holdout37 blind: by `mentioned` 1.00 / 1.00, 0.98 / 0.98, 0.81 / 1.00; by
  `labels` 0.78 / 1.00, 0.58 / 0.96, 0.75 / 1.00. Recall by mentions: en 1.00 (85/85), de 0.98 (51/52), the
  other 9 1.00 (3-5 each). Nothing was changed from either half. Every eu_ai false alarm is a labelling
  convention the rules do not share: "DeepSeek is also banned in ... Italy over ... personal information"
  without the regulator's name (twice), Korea's and Australia's AI rules naming the EU AI Act as their
  model, a Czech government ban with "Datenschützer" warning in Germany, and Telekom's Munich "KI-Fabrik"
  (a company's AI factory, not the EU's programme). The export_controls ones: China ordering ByteDance and
  Alibaba to stop buying Nvidia GPUs (a positive in earlier rounds' labels, a purchase ban in this one's)
  and a regional teaser on "political pressure" over ASML's China exports that names no rule. Afterwards,
  from holdout37's false alarms, so it is no longer blind for them: Korea's AI law by its long English name
  ("Basic Act on the Development of Artificial Intelligence ...") and Australia's "mandatory guardrails"
  joined the non-EU laws whose stories do not count a named AI Act, with "Schweizer KI-Regulierung" (holdout34's
  Swiss text); over every labelled set that moved 3 verdicts to agree with their labels and 1 to disagree
  (round 8 had counted a Korean law overview citing the AI Act as its precedent as a mention: the rounds'
  labellers differ on these, the rules follow the README's choice).
  Round 38 (`news_tune38/holdout38.jsonl`, 236 texts in 13 languages, 165 of them English or German; 135
  positives and 101 hard negatives; the topics in passing in other industries' news: DeepSeek as "a
  DeepSeek moment" for biotech or carmakers, the AI Act for insurers, hospitals and HR, export controls for
  carmakers, drones, jet engines and machine tools; German commentaries and explainers), measured before
  anyone looked at it with round 37's rules. Blind over all 236: by `mentioned` 1.00 / 1.00, 0.96 / 0.90,
  0.94 / 0.89; by `labels` 0.57 / 1.00, 0.71 / 0.91, 0.82 / 0.97. Holdout38 blind: by `mentioned` 1.00 /
  1.00, 0.92 / 0.88, 0.94 / 0.89; by `labels` 0.46 / 1.00, 0.71 / 0.85, 0.89 / 1.00. Recall by mentions: de
  0.90 (46/51; export_controls 0.78), en 0.90 (46/51; eu_ai 0.73), the other 11 1.00 (0-8 each): the
  hardest round for the two strict languages, since a passing mention in another industry's story is
  often one vague clause. From the tuning half: the EU itself banning uses of AI within a few words ("EU
  wants to ban use of AI for surveillance", Turkish "Avrupa Birliği, yapay zeka kullanımında katı yasaklar",
  Korean "금지 AI" beside Europe), an EU institution banning an app on staff devices and non-EU laws close by
  vetoing. Left from it: a Handelsblatt editorial's "Strafzölle und Exportsanktionen" (the tariff word
  beside it vetoes), German export licensing named only as BAFA's workload or a 2010 association's wish
  for "weniger rigide Genehmigung von Exporten", the Council of the EU on AI in schools, and consumer groups
  (not regulators) against Meta's AI training. From holdout38's misses, so it is no longer blind for them:
  a government's licence for shipping technology with China or Russia as the destination, the government
  within 25 words ("allowed to ship jet engines to China's COMAC, lifting license suspensions"), with jet
  engines and machine tools among the technology words (a company's "license to sell cloud software to
  Chinese banks" stays out). Holdout38 after: by `mentioned` 1.00 / 1.00, 0.92 / 0.92, 0.94 / 0.89; left,
  machine tools exported to Russia against the sanctions (two German customs and court stories without a
  control word), a law firm's note on AI in credit scoring and an EU hospitals piece, and, as false alarms,
  the Commerce Department dropping its Chinese-drone import rule and a radio piece on what China could do
  with rare earths. The corpus did not change. At the end of the session hostile sentences showed the new
  ban rule too loose ("Die EU verbietet Einwegplastik ab 2026, KI soll beim Recycling helfen", "The EU banned
  RT ...; AI-generated copies"): it now needs the AI word within 3 words of the ban and a use or system word
  beside it ("ban use of AI", "bans AI systems"). That took back what it had added on other labelled sets
  (two Korean texts on Korea's AI law "unlike Europe" without banned-AI rules, which their rounds labelled
  as mentions) and kept round 38's. The same probes found "Italy's antitrust authority fined DeepSeek ...
  personal data" flagged (already before this session): competition, consumer and media authorities now veto
  the rule for AI apps blocked in a European country over privacy, as they veto the member-state rule; and
  "The EU imposed sanctions on Russian oil tankers of the shadow fleet; Nvidia shares rose" was flagged
  (also before): oil sanctions (tankers, the shadow fleet, the price cap, crude, in 20 languages) now veto
  the chip-restriction rule within 20 words. No labelled verdict moved with either.
  Round 39 (`news_tune39/holdout39.jsonl`, 117 texts, English 86 and German 31; 70 positives and 47 hard
  negatives; three helpers with the search budget's last look-ups, asked for any story of 2019-2026 where a
  topic appears, with search words varied widely), measured with round 38's rules before anyone looked at
  it. Blind over all 117: by `mentioned` 1.00 / 0.95, 1.00 / 0.97, 0.96 / 1.00; by `labels` 0.72 / 1.00,
  0.81 / 0.96, 0.96 / 1.00. Holdout39 blind: by `mentioned` 1.00 / 0.89, 1.00 / 0.95, 0.89 / 1.00. Recall by
  mentions: en 0.96 (53/55), de 1.00 (22/22). Nothing was changed: its three misses were marked borderline
  by the labellers (DeepSeek named only through its parent High-Flyer, Google suspending Huawei's Android
  licence without the Entity List's name, a Swiss federal page on the Council of Europe convention that cites
  Regulation (EU) 2024/1689 as a comparison).
  Round 40 (`news_tune40/holdout40.jsonl`, 290 texts in 18 languages: ja, ko, zh, da, sv, fi 20 each, el and tr 17,
  ro 16, cs, sk, pl, hu 15 each, fr, es, it, nl, pt 12 each; 177 positives and 113 hard negatives; five helpers,
  one per language group, 425 searches, told that 55-65 % of what the searches returned was already used, so
  older stories (2018-2023), customs and sanctions enforcement and EU documents make up much of it), measured
  with the rules before anyone looked at it. Blind over all 290: by `mentioned` 1.00 / 1.00, 0.93 / 0.88,
  0.96 / 0.86; by `labels` 0.87 / 1.00, 0.81 / 0.89, 0.86 / 0.88. Holdout40 blind: by `mentioned` 1.00 / 1.00,
  0.93 / 0.93, 1.00 / 0.88. Recall by mentions, blind: fi 0.64 (9/14), el 0.67 (6/9), sv 0.69 (9/13), ro 0.73
  (8/11), pt 0.88, fr 0.89, da 0.90, tr 0.90, pl 0.91, every other language 1.00. What the misses taught,
  fixed from the tuning half: Finnish and Swedish "Tulli"/"Tullen" (the customs agency) vetoed as tariffs
  (the tariff words are now the plural and compound forms); chips going to Russia under EU sanctions in
  Finnish and Swedish customs releases ("mikropiiri", "mikrokontrollerit"); "dual use" as technology context in
  14 more languages and the Danish "kontrol med eksport"; the French "restrictions américaines sur les
  semi-conducteurs"; the EU's "Coordinated Plan on AI" and "European approach to AI" (en, de, fr, ro); a
  newspaper's seat ("UK-based Financial Times", "Birleşik Krallık merkezli") no longer vetoes EU AI news; false
  alarms removed: Korea's AI framework act in Chinese and Japan's AI bill in French with the EU AI Act as
  comparison, F-35 parts licensed by a trade minister (fighter jets veto the agency rule), consumer CPUs
  smuggled into China past Chinese customs. After those, holdout40 (before its own misses were looked at):
  1.00 / 1.00, 0.93 / 0.95, 1.00 / 0.91. Its misses were then fixed too, so its figures since are not blind:
  the EU's AI White Paper (Greek, and its title in 9 languages), the Irish DPC in Romanian next to "its AI
  assistant", Portuguese "normas para a exportação", Swedish "Tullen" in a sanctions release, Polish customs
  duty ("cło") vetoing GPU smuggling, and two precision bugs that any language could hit: Danish "må ikke"
  (must not) counted as a restriction, and the German "billigt" (approves) reading Swedish and Danish
  "billigt" (cheaply) as an approval. The AI-gigafactory words now live in one rule only, the one with the
  battery and Tesla vetoes ("Northvolt's AI-driven gigafactory ... EU funding" no longer passes), with its
  AI window widened from 3 to 5 words so "KI-Offensive: 200 Milliarden Euro für Gigafabriken" still does.
  Left as they are (borderline by their labels): Russia-sanctions customs stories whose chips and sanction
  words are paragraphs apart, a podcast on export control naming no technology, a Swedish study on China's
  sanctions, a Finnish MEP's release, the FCC's import ban on Huawei equipment, Google suspending Huawei in
  2019, Swedish customs stopping turbine parts to Russia. Recall over all 290 now by mentions: el 0.78 (7/9),
  fi 0.79 (11/14), pl 0.91, sv 0.92, all others 1.00.
  Round 41 (`news_tune41/holdout41.jsonl`, 250 texts in all 20 languages: German and English 50 each, the
  Romance languages 12-13 each, the others 5-9; 152 positives and 98 hard negatives; five helpers with 311
  searches, asked for registers earlier rounds had not used: regional papers, trade press, wire copy,
  regulators' own orders, 2019-2026), measured with round 40's rules and the cross-language fixes before
  anyone looked at it. Blind over all 250: by `mentioned` 1.00 / 1.00, 0.92 / 0.94, 0.94 / 0.89; by `labels`
  0.90 / 1.00, 0.78 / 0.94, 0.87 / 0.90. Holdout41 blind: by `mentioned` 1.00 / 1.00, 0.97 / 0.97, 0.96 / 0.89.
  Recall by mentions, blind: en 0.95 (35/37), de 0.97 (32/33), it 0.89, pl 0.83 (5/6), hu 0.80 (4/5), ro 0.75
  (3/4), fr 0.71 (5/7), el 0.50 (1/2), all others 1.00. Fixed from the tuning half: an article on Korea's AI
  law that compares it with the EU AI Act four times no longer passes (the rule for the Act named amid other
  countries' laws weighs 0.3, not 0.4: a title and another mention, or five mentions); the EU weighing a ban
  on facial recognition or biometric identification is EU AI policy (a new rule with the 20 languages' words
  for them, which also finds a Slovak row of round 4); Italy's Garante as "the Guarantor" in English;
  Beijing telling firms "d'éviter le plus possible d'utiliser" H20 chips; false alarms removed: Berlin blocking
  a chip factory's sale (Czech), import curbs under Section 232 (Spanish), the Dutch seizure of Nexperia
  (Turkish "el koymak" read as smuggled goods seized), Korea's AI law in Italian. After those, holdout41
  (before its own misses were looked at): 1.00 / 1.00, 0.97 / 0.97, 1.00 / 0.93. Its misses were then fixed
  too (not blind since): the Irish DPC in French, and German arms licences to Israel ("military equipment" no
  longer technology context). Left as they are: Huawei on a US blacklist in Hungarian (the "USA-ban" mask that
  keeps Hungarian "-ban" from reading as a ban also hides the USA), a Greek story of China banning Nexperia's
  exports told as a chip shortage, a Nigerian DeepSeek story whose one line on Italy pulling the app sits
  beside South Korea, German dual-use licences to Ukraine, Trump's 2019 telecom decree. Between rounds 40 and
  41, a scan of every labelled text for terms of other languages' lists found words that are another
  language's common words and made them language-proof: Swedish "lag" (law) read English and German "lag",
  Polish "Unii" read Romanian "unii" (some), French "saisi" read Finnish "saisi", Czech "dat" read Dutch "dat",
  Hungarian "vám" read Slovak "vám" (each of the first three produced a false alarm on a sentence written to
  test it).
  Round 42 (`news_tune42/holdout42.jsonl`, 96 texts: English 50 and German 46; 57 positives and 39 hard
  negatives; two helpers with 85 searches, asked for registers and angles not yet used and for stories where a
  topic is one paragraph of a wider piece), measured with round 41's rules before anyone looked at it. Blind
  over all 96: by `mentioned` 1.00 / 1.00, 1.00 / 0.87, 0.95 / 0.95; by `labels` 0.78 / 1.00, 0.85 / 0.94,
  0.85 / 1.00. Holdout42 blind: by `mentioned` 1.00 / 1.00, 1.00 / 0.77, 1.00 / 1.00. Recall by mentions:
  en 1.00 (32/32), de 0.86 (25/29): all three export-control misses fell in the German holdout. Nothing was
  changed from the tuning half: its miss (a Bitkom survey whose one AI Act sentence is vetoed because the
  survey lists Japan, Britain and India) would need the "AI Act" alias to be vetoed only by places close to it,
  which gained 4 and lost 4 over the labelled sets (tried, reverted); its false alarm is the recurring case of
  the GDPR named against Meta's AI training by a consumer group rather than a regulator. One holdout miss was
  then fixed (not blind since): "Die USA schotten China von den neusten KI-Chips ab" ("abschotten" beside
  China as a restriction). Left: Aixtron's export licences 40 words from any chip word (adding Aixtron as a
  chip-tool maker also flagged Obama blocking its Chinese takeover), and a machine-translated story of Nvidia
  servers moved from Singapore to China.
  Round 43 (`news_tune43/holdout43.jsonl`, 44 German texts from business, market, earnings and regional
  pages, asked for stories where a topic appears only in passing; 27 positives, 17 hard negatives; one helper,
  24 searches), measured with round 42's rules before anyone looked at it. Blind over all 44: by `mentioned`
  1.00 / 1.00, 1.00 / 0.88, 1.00 / 0.86, recall 0.90 (26/29); holdout43 blind: 1.00 / 1.00 for all three
  topics. Fixed from the tuning half: export licences named in one clause of a chip-equipment maker's earnings
  report, far from any chip word (a new rule: an export-licence phrase in an article that names chips or chip
  tools anywhere, vetoed by weapons and military goods in 20 languages, which also veto the export-control
  phrase within 4 words: "Exportgenehmigungen für Kriegswaffen"); it also finds round 42's Aixtron holdout
  miss. Left: the AI Act only as "the world's first comprehensive AI rulebook" in a venture-capital story, and
  China's planned exemptions for Nexperia's chip exports inside a shortage story (both borderline).
  Round 44 (`news_tune44/holdout44.jsonl`, 295 texts in all 20 languages, 11-30 per language; 175 positives and
  120 hard negatives; six helpers with 381 searches, asked for passing mentions in market, company, trade and
  regional pages; they found 40-65 % of what searches returned already used by earlier rounds, ~100 % for the
  obvious stories), measured with round 43's rules before anyone looked at it. Blind over all 295: by
  `mentioned` 1.00 / 1.00, 0.98 / 0.88, 0.85 / 0.96; by `labels` 0.59 / 1.00, 0.69 / 0.98, 0.69 / 0.98.
  Holdout44 blind: by `mentioned` 1.00 / 1.00, 1.00 / 0.89, 0.78 / 0.96. Recall by mentions over all 295: de
  1.00 (18/18), en 0.95 (19/20), el 0.67 (4/6), sk 0.67 (2/3), ro 0.71 (5/7), fi 0.78 (7/9), tr 0.78 (7/9), es,
  nl 0.89, sv 0.91, the other eleven languages 1.00. The eu_ai precision is new: the helpers chose GDPR
  compliance guides for AI tools (local LLMs, AI in municipal casework, AI in hiring, the Dutch and Finnish
  authorities' general advice on AI) as hard negatives, and the rules that read the GDPR or a named authority
  near AI vocabulary as a data-protection action pass them. Requiring an authority or an enforcement word beside
  the GDPR was measured over every labelled set and left out: two versions removed 7 false alarms and lost 3
  true mentions, or removed 20 and lost 16 (earlier rounds' labellers counted an authority's guidance on AI, and
  consumer groups' GDPR suits against Meta's AI training, as the topic). Fixed from the tuning half:
  restrictions put on rare earths themselves with China nearby ("nu mai există restricții asupra pământurilor
  rare", a new rule; mining beside the mineral vetoes it), AMD's "shipment licenses" in an earnings story,
  German "Verschärfend hinzu kommen" (making a shortage worse) read as a tightened rule. After those, holdout44
  (before its own misses were looked at): 1.00 / 1.00, 1.00 / 0.89, 0.78 / 0.96 (the tuning half's fixes changed
  no holdout text). Two holdout misses were then fixed (not blind since): capitalised "Reglamento de IA" as the
  EU regulation's Spanish name (lower case stays a generic rule that needs the EU near it), Turkish "kontrolüne
  yönelik tedbirler" (measures to control rare earths). Left: a US chip-export restriction in one sentence of a
  Slovak antitrust story (the antitrust words veto it), an EU sanctions package keeping chips from the Russian
  army in a Dutch oil-price story, Beijing asking DeepSeek to train on Huawei chips instead of Nvidia's
  (Turkish), the Finnish minister on Chinese access to restricted Nvidia technology beside TikTok (vetoed),
  Huawei's 90-day reprieve in a Finnish market report, Trump-Xi summit reports whose only topic is a rare-earth
  deal (Greek, Romanian), Apple Intelligence withheld from the EU over the DMA (Japanese; the rules count EU
  digital rules applied to an AI service), AI scribes under the EU medical-device rules (Swedish).
  Round 45 (`news_tune45/holdout45.jsonl`, 233 texts in all 20 languages, 8-25 per language; 145 positives and
  88 hard negatives; five helpers with about 330 searches, asked for stories from several years (the 2019 Huawei
  listing, the 2022-2023 chip rules, the Dutch and Japanese tool controls, China's mineral controls, the AI
  Act's milestones, data-protection actions against AI services) and for passing mentions; 55-70 % of what
  searches returned was already used), measured with round 44's rules before anyone looked at it. Blind over all
  233: by `mentioned` 1.00 / 1.00, 0.95 / 0.92, 0.98 / 0.93; by `labels` 0.86 / 1.00, 0.74 / 0.97, 0.95 / 0.93.
  Holdout45 blind: by `mentioned` 1.00 / 1.00, 0.92 / 0.90, 0.95 / 0.91. Recall by mentions over all 233: en
  1.00 (17/17), de 0.93 (14/15), da 0.67 (4/6), cs 0.71 (5/7), hu 0.71 (5/7), ro 0.75 (6/8), el 0.88 (7/8), the
  other thirteen languages 1.00. Fixed from the tuning half: a controlling state's chip restrictions named as
  what a counter-move answers ("som reaktion på de seneste chip-handelsrestriktioner fra Washington", China's
  antitrust probe of Nvidia's Mellanox deal; a new rule with "in retaliation for / in response to" in 20
  languages, which the merger words of such a story do not veto; it also finds round 44's Slovak holdout miss of
  the same story). Tried and left out: OpenEuroLLM as EU AI policy (earlier rounds labelled two texts on it
  otherwise). After those, holdout45 (before its own misses were looked at): unchanged, 1.00 / 1.00, 0.92 /
  0.90, 0.95 / 0.91. Then fixed from the holdout (not blind since): Microsoft's "AI Diffusion Report" read as
  the US AI diffusion rule (Slovak), goods made "in limited quantities" read as a restriction (Hungarian
  "korlátozott mennyiségben", 20 languages), China's access to advanced chips with the US in the passage
  (Romanian, twice across rounds 44 and 45), Beijing ordering firms to stop buying Nvidia's AI chips reported
  beside the antitrust finding of the same day (a rule without the merger veto; Romanian forms, and "stop
  buying", "keine ... mehr zu kaufen" and the like in seven languages). Left: revoking the waivers of Korean
  chipmakers' China fabs (Czech), the AI-literacy duty and banned AI practices without the Act's name (German),
  a 2021 European Parliament press briefing (Greek), Trump "shooting down Huawei" (Hungarian), CNIL's GDPR
  recommendations for AI (the guidance case of round 44), Trump's 2019 telecom order (Finnish).
  Round 46 (`news_tune46/holdout46.jsonl`, 130 texts in all 20 languages, 2-22 per language; 77 positives and 53
  hard negatives; four helpers with 211 searches, the rest of the session's budget; they found 53-84 % of what
  searches returned already used, ~100 % for pages on a topic in Greek, Romanian and Slovak), measured with
  round 45's rules before anyone looked at it. Blind over all 130: by `mentioned` 1.00 / 1.00, 1.00 / 0.95, 0.90
  / 0.90; by `labels` 0.70 / 1.00, 0.79 / 0.97, 0.90 / 0.90. Holdout46 blind: by `mentioned` 1.00 / 1.00, 1.00 /
  0.94, 1.00 / 0.80. Recall by mentions over all 130: en 1.00 (15/15), de 0.93 (13/14), pt 0.50 (1/2), ro 0.75
  (3/4), it 0.80 (4/5), the other fifteen languages 1.00. Nothing was changed, from either half: every miss and
  false alarm is one a careful reader could label otherwise, or one the earlier rounds labelled the other way:
  Meta's AI training challenged in court by a consumer group (false alarm here, a true mention in rounds 9, 11
  and 37), Italy's national AI law aligned with the AI Act (a false alarm in the tuning half, a miss in the
  holdout, labelled differently by the same helper), Nexperia "darf keine bestimmten Bauteile mehr exportieren"
  inside a chip-shortage story ("mehr exportieren" is also "export more"), the 2021 AI Act proposal as "the EU's
  new rules" with fines of 6 % (the DSA's cap too), Trump on Beijing's "control over rare metals" in a tariff
  story.
  Round 47 (`news_tune47/holdout47.jsonl`, 259 texts in all 20 languages, 11-25 per language; 160 positives and 99
  hard negatives; six helpers with 359 searches; they found 44-70 % of what searches returned already used, ~100 %
  for the headline stories), measured with round 46's rules before anyone looked at it. Blind over all 259: by
  `mentioned` 1.00 / 1.00, 0.97 / 0.96, 0.97 / 1.00 (every topic at its target); by `labels` 0.84 / 1.00, 0.82 /
  0.95, 0.89 / 1.00. Holdout47 blind: by `mentioned` 1.00 / 1.00, 0.97 / 0.97, 0.97 / 1.00. Recall by mentions
  over all 259: en 1.00 (17/17), de 1.00 (15/15), da 0.80 (4/5), cs 0.86 (6/7), tr 0.89 (8/9), the other fifteen
  languages 1.00. From the tuning half: chips exported to China or Russia, the three words together, in a passage
  on sanctions (a new rule: a Turkish firm put on the US sanctions list for shipping US chips to Russia; Turkish
  "çipini" and five more case forms of "çip"); Chile's congressional "Comisión de Futuro" masked (it read as the
  European Commission beside Chile's AI bill, a recurring hard negative). From the holdout (disclosed; holdout47
  after: 1.00 / 1.00, 0.97 / 1.00, 0.97 / 1.00): Danish "bandlysning" (ban) and "Commerce-afdelingen" in a 2019
  Huawei story. Left: China's CAC telling infrastructure operators not to buy Micron's chips (Czech, a
  cybersecurity review labelled as a control, borderline), Nexperia's European unit halting wafers to China
  (Hungarian, "engedély nélkül" read as a licence), a Chinese 2021 car-chip shortage whose "断供" (supply cut) lies
  beyond the shortage veto's reach, and the Danish DPA's guidance on digital assistants (the guidance case of
  round 44).
  Round 48 (`news_tune48/holdout48.jsonl`, 268 texts in all 20 languages, 8-25 per language; 162 positives and 106
  hard negatives; six helpers with 359 searches, told to look for other years and other kinds of source than round
  47's; they found 40-90 % of what searches returned already used, ~100 % for DeepSeek in Greek, Romanian,
  Turkish, Slovak and Hungarian), measured with round 47's rules before anyone looked at it. Blind over all 268:
  by `mentioned` 1.00 / 1.00, 0.97 / 0.96, 1.00 / 0.86; by `labels` 0.88 / 1.00, 0.89 / 0.97, 0.93 / 0.85.
  Holdout48 blind: by `mentioned` 1.00 / 1.00, 1.00 / 0.95, 1.00 / 0.93. Recall by mentions over all 268: de 1.00
  (19/19), en 0.93 (14/15), ro, sk 0.67 (4/6, 2/3), da 0.83 (5/6), fi, nl 0.86 (6/7 each), cs, hu, ja 0.88 (7/8
  each), el 0.89 (8/9), pt 0.90 (9/10), the other nine languages 1.00. The eu_ai misses are mostly the EU's own
  policy pages and reports on them: the Commission's AI strategy, action plan or "European approach to AI" under
  no programme name. From the tuning half: a new rule (eu-ai-strategy) for an EU actor within 6 words of a
  strategy, action plan, approach, white paper or roadmap with "AI" within 5 (two new 20-language concepts: the
  policy documents, and countries' own AI strategies by name, which veto together with member states, companies,
  investors and China); Hungarian "MI-kontinens" (AI Continent) as a programme name; sanctions on Russian oil now
  veto state-halts-exports (an invented negative, no labelled text changed). From the holdout (disclosed;
  holdout48 after: 1.00 / 1.00, 1.00 / 0.95, 1.00 / 1.00): Japanese
  "規則", "規則案", "規則草案", "規制", "規制案" as law words (the Commission's 2021 draft),
  "E.U. data protection rules" with dots. Left: EU Parliament resolutions on
  copyright and intellectual property for AI (Slovak, Romanian), the Commission's 2018 AI investment plan (Czech),
  a Portuguese regulator on EU "regulatory fragmentation", a tariff story's passing "vientirajoitusten" (Finnish),
  Google cutting Huawei off Android under the US rules (Dutch, no chip in the text), the EU's economic-security
  proposal (Danish, not chips), Huawei "banned in America" in a 5G story and the Chips Act's crisis export ban
  (false alarms, both borderline).
  Round 49 (`news_tune49/holdout49.jsonl`, 161 texts in all 20 languages, 4-21 per language; 98 positives
  and 63 hard negatives; six helpers with about 200 searches, the rest of the session's budget, told to look
  for passing mentions in news on other subjects; they found 35-80 % of what searches returned already
  used), measured with round 48's rules before anyone looked at it. Blind over all 161: by `mentioned` 1.00
  / 1.00, 0.92 / 0.95, 0.94 / 0.85; by `labels` 0.62 / 1.00, 0.76 / 0.97, 0.83 / 0.88. Holdout49 blind: by
  `mentioned` 1.00 / 1.00, 0.92 / 0.85, 0.95 / 0.84. Recall by mentions over all 161: de 1.00 (14/14), en
  1.00 (15/15), el 0.00 (0/2), ro 0.50 (3/6), nl, sv 0.75 (3/4 each), zh 0.80 (4/5), the other thirteen
  languages 1.00. The eu_ai misses are opinion and analysis on the EU "over-regulating" AI that allude to
  its rules without naming them (Greek, Romanian), EU rules for AI products without the Act's name (Swedish)
  and the Commission's foresight strategy. From the tuning half: Slovak "obísť" and Czech "obejít" (bypass)
  count as smuggling only with what is bypassed (sanctions, restrictions, controls, bans, rules: "nesmú
  obísť menšie členské krajiny" in a Chips Act story was a false alarm); Chinese "不排除" (does not rule out)
  masked, whose "排除" read as Japanese "exclusion". From the holdout (disclosed; holdout49 after: 1.00 /
  1.00, 0.92 / 0.92, 0.96 / 0.88): Romanian "Actul european privind inteligența artificială", Chinese "不要出售"
  (not to sell) chipmaking tools to China. Left: the allusions above; ASML's CEO on "Exportbeperkingen" far
  from any chip word (Dutch); Turkey's own AI rules beside the EU's "Yapay Zeka Yasası (AI Act)" (a false
  alarm; Turkish press also calls the EU's Act "AB Yapay Zeka Kanunu", so Turkey's "Yapay Zeka Kanunu"
  cannot be masked); the Danish government on facial recognition beside the DPA (false alarm, the guidance
  case); vague US "제재" (sanctions) in a Korean DeepSeek story (false alarm, borderline).
  Round 50 (`news_tune50/holdout50.jsonl`, 270 texts in all 20 languages, 10-30 per language, Romanian,
  Greek and Turkish weighted up as the weakest; 164 positives and 106 hard negatives; seven helpers with
  about 370 searches, told to search sector press, opinion columns, law firms' alerts, parliaments, unions
  and regional papers; they found 38-72 % of what searches returned already used), measured with round 49's
  rules before anyone looked at it (one hard negative in its tuning half, a Romanian Huawei 5G story, turned
  out to be another site's copy of one in round 47). Blind over all 270: by `mentioned` 1.00 / 1.00, 0.98 / 0.97, 0.96 /
  0.94; by `labels` 0.83 / 1.00, 0.81 / 1.00, 0.86 / 0.94. Holdout50 blind: by `mentioned` 1.00 / 1.00,
  0.96 / 0.96, 0.95 / 0.88. Recall by mentions over all 270: el 0.86 (12/14), cs, hu, ko 0.88 (7/8 each),
  de 0.91 (10/11), ro 0.95 (18/19), the other fourteen languages 1.00. From the tuning half: Japan's AI
  promotion act by its Chinese names ("人工智能利用促进法") vetoes the EU's Act named beside it as a
  comparison. From the holdout (disclosed; holdout50 after: 1.00 / 1.00, 0.96 / 0.96, 0.97 / 0.90): Greek
  "Τ.Ν." (the abbreviation of AI) beside "κανονισμός" and "Ε.Ε." (a union resolution on the proposed AI
  regulation), and Sweden's own "AI-kommissionen" masked (read as the Commission beside "direktiv" in a
  debate piece on AI in schools). Left: calls for an EU directive on AI at work with "AI" far from the law
  word (Greek); "uniós szabályozás" phased in by August 2026 without the Act's name (Hungarian); the EU's
  "preventive" AI governance model against the US's (Romanian); OpenEuroLLM, which earlier labellers counted
  both ways (a Czech miss; as a term it turned a Swedish hard negative into a false alarm); US restrictions
  on fast chips in a DeepSeek story about data-protection officers and app stores (the privacy veto); a
  passing Korean "China controls Nvidia chips" beside the US TikTok ban (the TikTok veto); China capping
  rare-earth mining (Danish, a false alarm) and Moldova signing the Council of Europe convention beside the
  EU's Act (Romanian, a false alarm, borderline).
  Round 51 (`news_tune51/holdout51.jsonl`, 243 texts in all 20 languages, 8-24 per language; 145 positives
  and 98 hard negatives; seven helpers with about 370 searches, told to search court cases and customs
  seizures, China's mineral bans, licence waivers for Korean fabs in China, AI services paused in Europe
  over data protection and, as hard negatives, those paused over the DMA; they found 45-75 % of what searches
  returned already used; five texts whose 8-word shingles were at least half an earlier round's text were
  dropped before the split), measured with round 50's rules before anyone looked at it. Blind over all 243:
  by `mentioned` 1.00 / 1.00, 0.97 / 0.94, **0.80** / 0.87; by `labels` 0.86 / 1.00, 0.94 / 0.94, 0.71 /
  0.91. Holdout51 blind: by `mentioned` 1.00 / 1.00, 0.97 / 0.97, 0.80 / 0.91. Recall by mentions over all
  243: el 0.40 (2/5), fi 0.67 (4/6), pt, sk 0.86 (6/7 each), en 0.89 (8/9), ja 0.92, ro 0.93, tr 0.94, the
  other twelve languages 1.00. The eu_ai false alarms are the data-protection category earlier labellers
  counted both ways (a Swedish school's facial-recognition fine in Danish and Swedish, Danish DPA guidance on
  AI tools, a Dutch university forbidding student data in ChatGPT under the AVG, Portugal's CNPD hosting a
  delegation on AI, Meta training on EU users' data with no regulator named), the Commission's antitrust
  probe of Meta AI in WhatsApp (counted as EU action on AI since an earlier round's labels), Korea's AI law
  with a closing paragraph on the EU's own rules, Apple's DMA delay of its AI features, and Turkey's draft
  law modelled on the Act (borderline). Requiring an enforcement word beside the GDPR hit was measured and
  left out (7 verdicts better, 8 worse over every labelled set: Meta opt-out stories are labelled both
  ways). From the tuning half: "legal framework" words as law words in fifteen languages ("historicky
  prvého právneho rámca umelej inteligencie", the Commission's 2021 proposal); Turkish "ihracat kontrol
  listesi" (export control list) as the Entity List; Japan's AI promotion act in Italian, French and Spanish
  vetoes the EU's Act named beside it. From the holdout (disclosed; holdout51 after: 1.00 / 1.00, 0.97 /
  1.00, 0.80 / 0.91): "rare minerals" in Romanian, Spanish, Italian, Portuguese and English as minerals China
  controls. Left: Greek passing mentions of EU AI measures and an "AI gigafactory" without the EU named;
  Article 50(2) without the Act's name (English); Finnish police reprimanded over Clearview (law-enforcement
  data act); a government banning DeepSeek on its own devices (security policy by the rules, labelled
  data-protection action here); China's dual-use export ban on Japan without technology words (Greek); EU
  sanctioned microcontrollers diverted to Russia told three sentences from the export verb (Finnish); Meta's
  AI "禁輸" (embargo) in the EU (Japanese, a false alarm).
  Round 52 (`news_tune52/holdout52.jsonl`, 138 texts in all 20 languages, 5-10 per language; 83 positives
  and 55 hard negatives; seven helpers with about 200 searches, the rest of the session's budget, told to
  search gaming and hardware sites, crypto and personal-finance pages, company and ministry press releases,
  the Commission's representations, science magazines and the translation industry; they found 30-75 % of
  what searches returned already used; four texts that were copies of earlier rounds' were dropped before
  the split), measured with round 51's rules before anyone looked at it. Blind over all 138: by `mentioned`
  1.00 / 1.00, 1.00 / 0.95, 0.96 / 0.88; by `labels` 0.71 / 1.00, 0.76 / 0.94, 0.87 / 0.91. Holdout52
  blind (and after: nothing was changed from it): 1.00 / 1.00, 1.00 / 1.00, 0.91 / 0.91. Recall by mentions
  over all 138: da 0.50 (1/2), pl 0.67 (2/3), ro, sv 0.75 (3/4 each), tr 0.83 (5/6), the other fifteen
  languages 1.00. From the tuning half: "export policy" in English and Polish ("Stany Zjednoczone
  zaktualizowały pewne elementy swojej polityki wobec eksportu zaawansowanej elektroniki do Chin", a gaming
  site on the RTX 4090 vanishing from Nvidia's Chinese store), with the technology words export-control
  phrases need. Left: the Swedish DPA's fine on the police for Clearview told 50 words from the app's name
  (under the law-enforcement data act, borderline); a 2018 ZTE story calling the denial order only "the ban"
  (Turkish, borderline); the EU Council's 2019 conclusions on AI in a story on Romania's presidency; the
  Danish DPA on a municipal "algoritme" profiling the unemployed (no AI word); a Slovak law firm's blog on
  the data-protection act that names AI in passing beside "legislatíve" and Europe (a false alarm).
  After round 52, over every labelled set: facial recognition no longer counts as an AI service for the
  data-protection rules. Real-news labellers in rounds 23, 44, 49 and 51 (Danish, Swedish and Romanian
  texts) labelled all six texts where a DPA acts on facial recognition with no AI word or AI service (a Swedish
  school's attendance cameras, a Danish stadium, a Romanian firm's entrance) as hard negatives, and no real
  text the other way; DPA actions on Clearview still count (Clearview is an AI service by name). The EU
  limiting facial recognition (not only banning it) now counts through eu-bans-facial-recognition, with a
  new 20-language concept of limit verbs ("gezichtsherkenning drastisch te limiteren", which had matched only
  through the GDPR beside it). Verdicts over every labelled text: 6 better, 1 worse (a sentence we wrote in
  the first labelled set, a supermarket's facial-recognition cameras fined under the GDPR, kept with its
  label); eu_ai over rounds 50-52's 651 texts with the rules as shipped: 0.93 / 0.92.
  Round 53 (`news_tune53/holdout53.jsonl`, 19 texts in Greek, Danish and Finnish, the three languages with the
  lowest pooled recall; 10 positives and 9 hard negatives, no DeepSeek positive left to find; one helper with
  the session's last 50 searches, who found about 70 % of them already used; one more text, another site's
  copy of round 51's Finnish customs story, dropped before the split), measured with the rules after round
  52 before anyone looked at it. Blind over all 19: by `mentioned` export_controls 0.86 / 0.75, eu_ai 1.00 /
  1.00; recall el 0.67 (2/3), fi 0.67 (2/3), da 1.00 (4/4). Holdout53 blind (and after): export_controls
  0.75 / 1.00, eu_ai 1.00 / 1.00. From the tuning half: Finnish chips that "virrannut" (flowed) or
  "päätynyt" (ended up) to Russia count as diversion (round 51's Finnish customs case is found too); a
  temporary licence beside Huawei, ZTE or another usual target (new 20-language concept and rule: "λήξη της
  προσωρινής άδειας για συνεργασία με αμερικανικές εταιρείες" in a Greek phone story); no verdict changed
  elsewhere. Left: the US and EU keeping Huawei out of 5G networks and federal purchases (Finnish, a false
  alarm through "estänyt" and "kieltänyt").
  Round 54 (`news_tune54/holdout54.jsonl`, 213 texts in all 20 languages, 7-19 each with Greek and Finnish
  weighted up; 129 positives and 84 hard negatives; helpers asked for the AI Act seen from single sectors
  (hospitals, HR software, banks, schools, police), its national enforcement and sandboxes, data-protection
  annual reports, and export controls on less famous items (HBM, chip-design software, drones, antimony),
  Nexperia, transshipment and 2018-2022 stories; eight helpers with 310 searches, who found 38-75 % of the
  results already used; six texts at least half covered by an earlier round's text dropped before the
  split), measured with round 53's rules before anyone looked at it. Blind over all 213: by `mentioned`
  1.00 / 1.00, 0.95 / 0.93, 0.98 / 0.86; recall el 0.55 (6/11), sv 0.60 (3/5), es, pt, ro 0.86 (6/7 each),
  tr 0.88 (7/8), fi 0.89 (8/9), the other thirteen languages 1.00. Holdout54 blind: 1.00 / 1.00, 0.94 /
  0.94, 0.95 / 0.95 (by `labels` 0.88 / 1.00, 0.88 / 0.93, 0.76 / 0.94). From the tuning half: the plural
  "inteligências artificiais" (and French, Spanish, Italian plurals) as AI words ("a primeira regulação das
  inteligências artificiais", a Brazilian TV page on the Parliament's vote); "AIACT" written as one word
  (Greek opinion piece); the EU's planned Cloud and AI Development Act by name in 20 languages ("EU:n pilvi-
  ja tekoälykehityslain"); Romanian "reglementările referitoare la inteligența artificială" as an AI-law
  name; the EU investing in AI with the AI word up to 12 words on (was 8: "επενδυτικά κονδύλια από την Ε.Ε.
  ... κόμβο ΑΙ"; one earlier Greek miss found too, nothing else changed at 12, two unlabelled dense texts
  at 16); Swedish "begränsades exporten" (and Danish "begrænses") as restriction verbs; Denmark's party
  Enhedslisten no longer read as the Entity List (the Danish term now counts only in lower case: a
  deepfake-law story listing the parties was a false alarm). Widening the law-word-to-AI window from 5 to
  8 or 12 words (a Greek platform-work directive with "κανόνες της Ε.Ε." eleven words from the AI word) was
  measured and not shipped: 4 verdicts better and 7 worse at 8, 12 and 14 at 12. From the holdout, after
  its figures were taken (so holdout54 no longer measures them): Spanish AI Act names with the article
  ("reglamento europeo de la IA", in a story on Spain's draft law adapting it); "the state" or its treasury
  as the party taking the 15 % cut of licensed chip sales to China (new 20-language concept, used only by
  that rule); an export-control phrase aimed at China or Russia within 30 words of the agency that writes
  the controls, with no technology word (a Swedish market brief on Raimondo), tariff, commodity and arms
  words vetoing, and German "Düngemittel" (fertiliser) added to the commodities. Holdout54 after: 1.00 /
  1.00, 0.94 / 1.00, 0.95 / 1.00. Left: a 2017 ZTE plea for shipping US technology to Iran (sanctions
  framing, borderline); Turkey's note that the EU postponed its AI rules inside a story on Korea's AI law
  (the non-EU law vetoes); Washington's purchase ban on Chinese memory chips for government bodies and a
  Finnish 2021 investment blacklist (false alarms, both borderline); a Finnish GDPR guide on AI recruiting
  (data protection without an authority acting, the known precision gap).
  Round 55 (`news_tune55/holdout55.jsonl`, 202 texts in all 20 languages, 5-25 each with Greek weighted up;
  121 positives and 81 hard negatives; helpers asked for texts where a topic passes by inside a wider story
  (news round-ups, morning newsletters, year-in-review pieces, interviews, explainers, company results, the
  Trump-Xi meetings) and for confusable hard negatives (Kimi, MiniMax, Zhipu, Doubao and Qwen without
  DeepSeek, the CHIPS Act, Huawei Ascend without controls, the Data Act, Cyber Resilience Act, DSA and DMA,
  British, American and UN AI policy); eight helpers with 315 searches, who found 35-75 % of the results
  already used, Danish and Finnish 75 %; one text at least half covered by an earlier round's text dropped
  before the split), measured with round 54's rules before anyone looked at it. Blind over all 202: by
  `mentioned` 1.00 / 1.00, 0.98 / 0.90, 0.91 / 0.94; recall sv 0.67 (4/6), el 0.80 (12/15), it 0.83 (5/6),
  ja 0.86 (6/7), tr 0.91 (10/11), the other fifteen languages 1.00. Holdout55 blind: 1.00 / 1.00, 1.00 /
  0.85, 0.87 / 0.93 (by `labels` 0.47 / 1.00, 0.73 / 0.94, 0.73 / 1.00: most of this round's positives are
  passing mentions). From the tuning half: Swedish "AIförordning" (and Danish "AIforordning") written
  without the hyphen (a ministry memorandum on police facial recognition "i den utsträckning EU:s
  AIförordning medger"). From the holdout, after its figures were taken: Japanese barriers to exports as a
  restriction ("米国政府は、AIチップの輸出に関連する多くの障壁を緩和し", in a year-in-review; only the forms
  bound to 輸出, since a bare 障壁 made "中国は半導体の貿易障壁に直面している" a false alarm). Holdout55 after:
  1.00 / 1.00, 1.00 / 0.88, 0.87 / 0.93. Tried and not shipped: "stay away from" (stare alla larga, and
  English, Spanish, French, Portuguese forms) as telling firms off chips, for an Italian Huawei story's last
  line on Beijing steering firms away from Nvidia: invented probes (residents told to stay away from a chip
  plant after a fire in Shanghai, analysts in Beijing telling investors to stay away from Nvidia shares)
  became false alarms. Left: a Greek market report on Trump's threat over China's "περιορισμούς ... στα
  σπάνια μέταλλα" (the tariff words beside it veto), Busan summit reports that tell of the rare-earth deal
  with no control word ("hiçbir engel kalmadı", Turkish; Greek), China reviewing Meta's purchase of Manus
  under its technology-export rules (the merger words veto; borderline), a Swedish party motion's line on
  EU AI policy; false alarms: Apple delaying its AI features in the EU over the DMA (Japanese "規制" beside
  AI and EU), Italy's own AI law as "the first in the EU" (Greek), a Turkish newsletter's EU-China item, and
  ASML's fall on "new trade restrictions" that the text later calls tariffs (Spanish, borderline).
  Round 56 (`news_tune56/holdout56.jsonl`, 152 texts in all 20 languages, 2-24 each (Greek 24; Danish and
  Swedish 2 each: their helpers found 77-83 % of results already used and most of the rest in other
  languages); 86 positives and 66 hard negatives; helpers asked for precise events (the AI Act's bans and
  literacy duty, the code of practice signed or refused, noyb and LinkedIn, Malaysia's chip permits, Taiwan's
  entity list, Cadence's plea, smuggling trials) and for news agencies, regional papers and broadcasters;
  eight helpers with 291 searches; three texts at least half covered by an earlier round's text dropped
  before the split), measured with round 55's rules before anyone looked at it. Blind over all 152: by
  `mentioned` 1.00 / 0.93, 0.95 / 0.91, 0.91 / 0.88; recall cs 0.50 (1/2), el 0.62 (10/16), ja 0.80 (4/5),
  nl 0.83 (5/6), the other languages 1.00 (Slovak had no positive). Holdout56 blind: 1.00 / 1.00, 1.00 /
  0.89, 0.87 / 0.81 (by `labels` 0.80 / 1.00, 0.76 / 0.87, 0.87 / 0.93). From the tuning half: "Deep Seek"
  written apart now counts beside ChatGPT, OpenAI, a Greek model word or China in nine spellings (a Greek
  professor's interview); microelectronics as a chip word in 20 languages ("παράνομη εξαγωγή στη Ρωσία ειδών
  μικροηλεκτρονικής τεχνολογίας", a Cypriot extradition; no other verdict changed, labelled or dense);
  Greek "εξαγωγικές απαιτήσεις" (export requirements) as a control phrase (chips sold to Russia through a
  Bulgarian front company); Spanish "limitaciones" only with a preposition ("limitaciones a la exportación"),
  since "las limitaciones actuales de los semiconductores chinos" are shortcomings (a false alarm in a
  DeepSeek R2 story); reprint notices masked ("記事を、許可を得て掲載しています" in a METI magazine piece on Sakana
  AI read as a licence from the ministry). From the holdout, after its figures were taken: a member state's
  own AI law "as the first EU country to approve" one (Italy's, told in Greek in this round and round 55)
  vetoes the AI-law-near-EU rule as other countries' laws do. Holdout56 after: 1.00 / 1.00, 1.00 / 0.89,
  0.93 / 0.81. Tried and not shipped: a rule for any technology (not only chips) smuggled to China or Russia
  (4 verdicts better, 54 worse: data-protection stories on data sent "illegally" to China), and a narrower
  one for an illegal export beside China or Russia (no verdict changed: the hydrophones exported "παράνομα
  στην Κίνα" stand 40 words from any technology word). Left: a Greek businessman charged over quantum and
  nuclear parts for Russia (no chip word); a LinkedIn opt-out guide with the Dutch DPA far from the AI words
  (borderline); a Jourová quote on "a technology likened to the steam engine" (no AI word); an "AI giga
  factory" without the EU; a Hungarian story on ASML's stake in Mistral that gives the EU's share of global AI
  investment (a false alarm through eu-invests-in-ai).
  After round 56, from the Greek misses left in earlier rounds' labelled texts (Greek is the weakest pooled
  language; these texts are no longer blind): a licence or approval word up to 12 words from the sale or
  purchase word (was 10: "Η Κίνα έδωσε το «πράσινο φως» σε τρεις ... εταιρείες ... για να αγοράσουν τα τσιπ
  H200", round 20; nothing else changed, labelled or dense); a deal or truce on rare earths or another
  controlled mineral with China within 6 words and a controlling state's leader or government close by (new
  20-language concept and rule: "συμφωνία ενός έτους με την Κίνα για τις σπάνιες γαίες", the Busan truce
  that paused China's controls, round 44; with China allowed 15 words away an invented "Lynas signed a deal
  with the Pentagon on rare earths to reduce US dependence on China" was a false alarm, so 6). Verdicts over
  every labelled text: 2 better, none worse.
  Round 57 (`news_tune57/holdout57.jsonl`, 34 texts: 16 Greek, and Swedish, Dutch, Czech and Japanese 4-5
  each; 20 positives and 14 hard negatives; the session's last 69 searches, two helpers, who found about
  two-thirds of the results already used and much of the rest in other languages), measured with the rules
  after the Greek changes above before anyone looked at it. Blind over all 34: by `mentioned` deepseek
  1.00 / 1.00 (one text), export_controls 1.00 / 0.69, eu_ai 1.00 / 0.67; recall el 0.44 (4/9), cs 0.67
  (2/3), ja, nl, sv 1.00. Holdout57 blind: 1.00 / 1.00, 1.00 / 0.75, 1.00 / 0.33 (three eu_ai texts). Most
  Greek positives left in the stored pages are court stories: a Greek businessman charged in New York with
  smuggling quantum and nuclear-test equipment to Russia (three texts on one case), chips reaching Russia
  through India and third countries. From the tuning half: an illegal export to China or Russia, the three
  words together, of technology and not only chips ("εξήγαγε παράνομα τεχνολογίες για στρατιωτική και
  πολιτική χρήση στη Ρωσία"; new rule, privacy, tax, customs, arms and commodity words vetoing, Greek
  "εξήγαγε" added to the export words; the wider rule for any smuggling word with technology and Russia or
  China within 30 words was measured again and not shipped: 5 better, 14 worse). From the holdout, after its
  figures were taken: the Commission's High-Level Expert Group on AI and its ethics guidelines by name in 20
  languages, and in Greek as "ομάδα εμπειρογνωμόνων υψηλού επιπέδου" beside an EU term (an insurers'
  response to the Commission's 2020 consultation on trustworthy AI). Holdout57 after: 1.00 / 1.00, 1.00 /
  0.75, 1.00 / 0.67. Left: the Bogonikolos texts that say "smuggling" or "secrets" with the technology and
  Russia 15-30 words away; Czech firms' grey exports of machine tools and optics to Russia through Turkey
  (borderline); a Greek opinion piece on the EU's "new fields to regulate" in AI.
  Round 58 (`news_tune58/holdout58.jsonl`, 200 texts in all 20 languages, 7-21 each (Greek 21); 124 positives
  and 76 hard negatives; helpers asked for consequences far from Washington and Brussels (carmakers short of
  magnets, local firms and universities, provinces blocking DeepSeek), the EU's AI policy on the ground
  (EuroHPC AI factories, gigafactory bids, the Apply AI strategy, the digital omnibus, national supervisors)
  and less-told control events (the 50 % affiliates rule, the Samsung/SK Hynix waivers, China's battery-
  technology controls); eight helpers with 328 searches, who found 42-80 % of results already used; two texts
  at least half covered by an earlier round's text dropped before the split), measured with round 57's rules
  before anyone looked at it. Blind over all 200: by `mentioned` deepseek 1.00 / 1.00, export_controls
  0.98 / 0.93, eu_ai 0.95 / 0.86; recall cs 0.75 (3/4), pt 0.75 (6/8), el 0.77 (10/13), da 0.80 (4/5), fi
  0.83 (5/6), en, pl 0.86 (6/7), it 0.88 (7/8), the other twelve languages 1.00. Holdout58 blind: 1.00 /
  1.00, 1.00 / 0.96, 0.95 / 0.81 (by `labels` 0.67 / 1.00, 0.83 / 1.00, 0.82 / 0.78). From the tuning half:
  Greek "σπάνια μέταλλα" (rare metals) and the same in German, Portuguese, Polish, Korean and Chinese as a
  controlled mineral (Trump's threat over China's "περιορισμούς ... στα σπάνια μέταλλα", left in round 55);
  Italian, Spanish and Portuguese "limitando" and other verb forms of "limit" as a restriction ("gli Stati
  Uniti stanno limitando la vendita di tecnologie avanzate di chip ... alla Cina"; the adjectives "limitata",
  "limitado" were tried first and made an invented chip-shortage sentence a false alarm, so only verbs);
  the Greek AI Act name with its last word open ("πράξη για την τεχνητή νοημοσύν", an excerpt cut
  mid-word). Verdicts over every labelled text and the dense and corpus texts: 4 better, none worse. From
  the holdout, after its figures were taken: the Commission named right beside "gigafactories" with AI
  within 30 words ("A Comissão Europeia quer ter cinco gigafábricas na Europa", Portugal's Sines bid; new
  rule, battery and Tesla words veto as in the older one); opinions of the European Economic and Social
  Committee on AI (new 20-language concept and rule: two EUR-Lex opinions, Danish and Finnish). Holdout58
  after: 1.00 / 1.00, 1.00 / 0.96, 0.96 / 0.92. Tried and not shipped: a rule for China "making exports of
  graphite harder" (a Czech headline): invented market sentences ("weak demand hampered exports of rare
  earths from China") became false alarms; the technology window of export-restrictions-worded 30 -> 40
  words (a Reuters earnings story's last line on "the updated export restrictions U.S. officials
  announced"): 3 worse, none better. Left: Belgium's and the Netherlands' DeepSeek bans on civil servants'
  phones, labelled eu_ai in two texts and not in a third (borderline: security as much as data protection);
  the Commission's DSA probe of Grok (the rules count the DSA applied to an AI service, this labeller did
  not); a Czech graphite headline; a Greek teaser on "the rare-earth game"; a Greek MEP's committee opinion
  on AI in digital work; Chinese customs seizing smuggled CPUs (import duty, a false alarm: the page's
  pronunciation guides, "海關(guān)", break the customs word that vetoes it).
  Round 59 (`news_tune59/holdout59.jsonl`, 205 texts in all 20 languages, 5-15 each; 129 positives and 76 hard
  negatives; helpers asked for older years where a topic passes by (the Huawei ban of 2019-2020, the 2022 and
  2023 chip rules, the AI Act's proposal, vote and deal, Italy's ChatGPT ban), for the people in between (law
  firms, compliance pages, universities, hospitals, exporters' dual-use guidance) and for confusable negatives
  (5G vendor bans, arms exports, Russia oil sanctions, non-EU AI laws); eight helpers with 331 searches, who
  found 33-80 % of results already used; three texts at least half covered by an earlier round's text dropped
  before the split), measured with round 58's rules and code before anyone looked at it. Blind over all 205: by
  `mentioned` deepseek 1.00 / 1.00, export_controls 0.92 / 0.89, eu_ai 0.98 / 0.92; recall cs, da, ro 0.75 (3/4,
  3/4, 6/8), de 0.78 (7/9), es 0.80 (4/5), ja, tr 0.88 (7/8), el, nl 0.89 (8/9), the other eleven languages
  1.00. Holdout59 blind: 1.00 / 1.00, 0.85 / 0.85, 1.00 / 0.85 (by `labels` 1.00 / 1.00, 0.81 / 0.88, 0.96 /
  0.85). Export-control precision is this round's weak spot: 2018-2019 stories on Huawei and ZTE being kept out
  of US and Swedish networks and shops, Sweden's arms exports with its export-control council named, a Turkish
  Nexperia shortage story's "yasakların kalkması" (all four marked borderline by their labeller). From the
  tuning half: matching now folds Romanian ă, ș, ț (and the cedilla ş, ţ of older keyboards) so that Romanian
  written without diacritics matches ("produse cu dubla utilizare" in a government ordinance on dual-use export
  control; Turkish ş folds with them); with that, the bare "Comisia pentru Protecția Datelor" (written as the
  Irish DPC's name) left the named authorities, since it is also Korea's commission and made a Korean DeepSeek
  story a false alarm; "Google Play" is no longer a privacy word that vetoes export rules (Huawei losing Google
  Play to the US ban is the export-control story); Korean and Japanese import restrictions (수입규제, 輸入規制) veto
  like tariffs (Korean export statistics); Turkey's own AI regulations by name veto the AI-law-near-EU rule (a
  blog on "Türkiye'de Yapay Zeka Regülasyonları" modelled on the AI Act). Verdicts over every labelled text and
  the dense and corpus texts: 5 better, none worse; `python bench/check_detection.py --against 3a035d2` (the
  fold alone: both sides read this tree's rules) changed 4 verdicts of 22,185 texts, the two Romanian ones above
  and two of the 3,000 fuzz texts made of the rules' own words ("dubla utilizare"). From the holdout, after its
  figures were taken: the Dutch "handelsban" (trade ban) as a restriction, in exact forms since "handelsban*"
  matched the bank Handelsbanken in a Finnish fund story. Holdout59 after: 1.00 / 1.00, 0.86 / 0.89, 1.00 /
  0.89. Tried and not shipped: the EU investing in AI with Japanese and Chinese windows sized for their long
  sentences (von der Leyen's 200 billion euros told in Japanese, verb 25 characters after the actor): 1 better,
  2 worse (ASML's stake in Mistral, Korea's AI Basic Act in Chinese); Swedish 5G-network phrases as network
  words (no verdict changed). Left: the Commission's 2021 "Verordnungsentwurf" seven words from "KI"; a Danish
  union blog on a Parliament committee's AI hearing; Google's Huawei notice in Czech; a German manager charged
  over machine tools for Russia; Turkish firms hit by US sanctions for dual-use trade.
  Round 60 (`news_tune60/holdout60.jsonl`, 145 texts in all 20 languages, 4-10 each; 84 positives and 61 hard
  negatives; helpers asked for news rather than documents: regional outlets, business and market news with a
  passing mention, customs, police and court news, unions, schools and hospitals on the AI Act, data-protection
  authorities on chatbots; eight helpers with 269 searches (the session's last), who found 25-80 % of results
  already used, Danish, Swedish and Greek material nearly exhausted; six texts at least half covered by an
  earlier round's text dropped before the split), measured with the rules of the commit before it (77a870d)
  before anyone looked at it. Blind over all 145: by `mentioned` deepseek 1.00 / 1.00, export_controls 0.90 /
  0.88, eu_ai 0.92 / 0.89; recall tr 0.25 (1/4), cs 0.33 (1/3), sk 0.60 (3/5), el 0.75 (3/4), the other sixteen
  languages 1.00. Holdout60 blind: 1.00 / 1.00, 0.94 / 0.89, 0.89 / 0.80 (by `labels` 0.82 / 1.00, 0.76 / 0.87,
  0.89 / 0.89). The misses are mostly Czech and Slovak stories on goods for Russia's army leaving through
  Slovakia, told with no technology word, and Turkish texts on the AI Act. From the tuning half: network words
  (5G) veto the technology-sales rule as they already vetoed the listed-firm one (a Romanian "Clean Network"
  story: "Administratia Trump a restrictionat accesul companiei Huawei in SUA" beside "retelelor 5G"); "Türkiye"
  and "Turkey" are no longer places whose mere mention vetoes the AI-law-near-EU rules (a Turkish text on the
  EU's "Yapay Zeka Yasa Tasarısı" said Türkiye has no draft of its own; Turkey's own AI rules veto by their
  names since round 59); Slovak and Czech genitive "elektronických súčiastok/součástek" in the new goods
  concept. Verdicts over every labelled, dense and corpus text: 2 better, none worse. Nothing changed from the
  holdout: holdout60 after is its blind figure. Tried and not shipped: the goods concept beside
  technology-exported-illegally (no verdict changed: the Slovak drone-parts case names "vojenského materiálu",
  an arms word that vetoes it). Left, false alarms: the EU's Prüm II facial-image exchange criticised by the
  EDPS (Finnish; borderline), the EU's plan to push Huawei out of 5G with "bandlyst" in the US (Danish;
  borderline), a Finnish chip explainer's blockade "that would restrict chip supply", a Greek ChatGPT Edu pilot
  "compliant with the GDPR", Spain's arms-export board, whose name holds "tecnologías de doble uso"; misses:
  Turkey's first AI bill reviewed against the EU AI Act (labelled eu_ai; by the rules a comparison), a Turkish
  column on sanctions compliance with no technology.
  After round 60, from the eu_ai false alarms left in the labelled texts (no longer blind): a product said to
  comply with the GDPR ("DSGVO-konform", "σε συμμόρφωση με τον GDPR", 20 languages; new concept) is masked in
  eu_ai (its GDPR is no hit for any rule; first written as a veto on the two GDPR-near-AI rules, then moved to
  the topic's exclude so that an authority named right beside it, "nicht DSGVO-konform, sagt die Berliner
  Datenschutzbeauftragte", still counts: the same verdicts on every text), since it is a vendor's or ministry's
  claim and not an authority acting (a heise guide to running local LLMs, round 44; Greece's ChatGPT Edu pilot,
  round 60). An authority finding a service does not comply still counts (invented probes: the Garante on
  ChatGPT, the Irish DPC on Meta's AI training). Verdicts over every labelled, dense and corpus text: 2 better,
  none worse. Tried and not shipped: the Council of the EU and its ministers (EPSCO and others, 20 languages)
  within 20 words of AI as EU AI policy (a Greek minister at EPSCO on AI and jobs, round 60): 1 better, 4 worse
  (Council decisions on the Council of Europe's AI convention, a Turkish text on Türkiye's own AI definition).
  Round 61 (`news_tune61/holdout61.jsonl`, 45 texts in nine languages with unused material left: German,
  English, French, Spanish, Italian, Polish, Japanese, Korean, Chinese, 3-8 each; 28 positives and 17 hard
  negatives; three helpers with the session's last 45 searches, who found a third to two-fifths of results
  already used; no text half covered by an earlier one), measured with the rules of 06c8749 (after everything
  above) before anyone looked at it: a last blind check of this session's rules. Blind over all 45: by
  `mentioned` deepseek 1.00 / 1.00, export_controls 1.00 / 1.00, eu_ai 1.00 / 0.80; recall es 0.75 (3/4), en
  0.83 (5/6), the other seven languages 1.00. Holdout61 blind: 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.83 (by
  `labels` 0.75 / 1.00, 0.75 / 1.00, 0.60 / 0.75). The two misses: the Norwegian Consumer Council's complaint
  against Meta's AI training (a complaint to the authorities, no authority acting yet) and Belgium's ban of
  DeepSeek on civil servants' devices after a review citing data protection. Nothing was changed from this
  round. Tried and not shipped, for the Belgian ban (labelled eu_ai in four texts of rounds 51, 58 and 61, not
  eu_ai in a Dutch and a German one): letting a government's ban on its own devices count when data protection
  is cited (dropping the veto, or a new rule for bans on state devices): 1 better, 1 worse either way. Pooled
  blind over rounds 58-61 (595 texts, each against the rules before it): deepseek 1.00 / 1.00, export_controls
  0.94 / 0.91, eu_ai 0.96 / 0.88; recall per language cs 0.64 (7/11), tr 0.80 (16/20), el 0.81 (21/26), da 0.82
  (9/11), sk 0.83 (10/12), pt 0.88 (15/17), es 0.89 (16/18), the other thirteen 0.91-1.00.
  Seventeenth session, before round 62, from the export_controls misses left in every labelled set (no longer
  blind): thirteen 2019 Huawei stories in nine languages (cs, da, el, en, es, fi, hu, nl, ro) that tell the
  Entity List without naming it ("Google heeft de toegang van ... Huawei tot ... Android drastisch beperkt.
  Daarmee volgt Google de nieuwe strenge regels die het Amerikaanse ministerie ...", "zákaz obchodování mezi
  americkými firmami a společností Huawei"). New rule listed-firm-cut-off-from-us-suppliers: a firm of the usual
  target lists within 15 words of its US suppliers (Google, Android, the US chipmakers, "American companies" in
  20 languages; new concept ec_us_supplier) and of a stop or restriction word, a controlling state or its
  government within 20; tariffs, mergers, privacy and 5G-network words veto within 20 (a window of 30 also
  caught an executive order on network gear with Google's cut-off in passing; a veto window of 8 let an invented
  tariff sentence through). Verdicts over every labelled, dense and corpus text: 6 better, 1 worse (a Turkish
  consumer explainer on Google suspending its Huawei deal, labelled negative and borderline); the seven left
  name no government within 20 words of the firm, or no supplier (a Hungarian plant closure, Spanish with the
  firm named only as "la").
  Round 62 (`news_tune62/holdout62.jsonl`, 173 texts in all 20 languages, 5-15 each; 106 positives and 67 hard
  negatives; eight helpers with 313 searches, asked for angles earlier rounds searched little: 2021-2024 stories
  from before DeepSeek, the European Parliament and ministers on AI policy with no law named, sector and trade
  press, local angles, customs and court news; they found 36-80 % of results already used, Danish, Greek,
  Romanian and Swedish nearly exhausted; two texts at least half covered by an earlier round's text dropped
  before the split), measured with the rules of d81c823 (the Huawei rule above, which changed none of its
  verdicts) before anyone looked at it. Blind over all 173: by `mentioned` deepseek 1.00 / 1.00, export_controls
  0.93 / 0.95, eu_ai 0.95 / 0.82; recall ro 0.50 (2/4), da 0.67 (2/3), el 0.67 (4/6), hu 0.75 (3/4), pt 0.80
  (4/5), fr 0.83, ja 0.83, de 0.89, en 0.90, the other eleven 1.00. Holdout62 blind: 1.00 / 1.00, 0.94 / 0.89,
  0.96 / 0.82 (by `labels` 1.00 / 1.00, 0.94 / 0.94, 0.92 / 0.81). Eight of the fourteen eu_ai misses are the
  European Parliament adopting or calling for something on AI with no law named (the Voss report on copyright
  and generative AI in German, Greek, Romanian and Portuguese; resolutions on AI in education), which the
  prompt's angle had asked for. From the tuning half: the European Parliament, its members or a committee (new
  concept eu_parliament, 20 languages) with AI within 12 words and a resolution, report, recommendation, vote or
  call within 15 (new concept eu_ep_act) is EU AI policy; elections and campaigns veto within 20 (new concept
  eu_election), as do another country's AI law or a place with one; patrol boats, frigates, corvettes and
  submarines join the arms words whose export licences are no technology control (Germany's licence for patrol
  boats to Saudi Arabia); Romanian "ocoli*" only as circumvention of sanctions, restrictions, controls or
  embargoes ("Criza microcipurilor nu a ocolit România" means the crisis did not spare Romania). Verdicts over
  every labelled, dense and corpus text: 7 better (two EP texts of round 48 among them), 1 worse (a Korean
  AI-law story quoting the EP's "world's first rules on AI" as a comparison). Holdout62 after: 1.00 / 1.00, 0.94
  / 0.89, 0.96 / 0.89. Known weakness, from invented probes: the EP voting on something else with an unrelated
  AI sentence within 12 words still passes ("The European Parliament voted on the car emissions law; separately,
  Nvidia unveiled a new AI chip"); tightening the windows to 10 / 12 fixed that probe and lost a real EP
  resolution. Left: the Danish culture ministry's expert group asking for EU-level rules on AI training data
  (borderline), a Japanese police case on a military-grade infrared camera exported to China without a licence
  (no chip word), the French chip shortage story whose only control is a US blacklist in passing, the US State
  Department telling LG Uplus to stop using Huawei gear (network, labelled negative), a Japanese newsletter on
  Korea's AI law naming the EU's as a comparison. Pooled blind over rounds 58-62 (768 texts, each against the
  rules before it): deepseek 1.00 / 1.00, export_controls 0.94 / 0.92, eu_ai 0.96 / 0.87; recall per language cs
  0.71 (10/14), el 0.78 (25/32), da 0.79 (11/14), tr 0.84 (21/25), pt 0.86 (19/22), sk 0.87 (13/15), the other
  fourteen 0.91-1.00.
  Round 63 (`news_tune63/holdout63.jsonl`, 182 texts in all 20 languages, 4-16 each; 102 positives and 80 hard
  negatives; eight helpers with 314 searches, asked for 2018-2021 stories (the ZTE denial order, the 2020
  Huawei/TSMC rule, the Commission's 2020 white paper and 2021 proposal), export controls beyond the US-China
  headline (Western parts in Russia's drones and missiles, Malaysia's permits, US licences for chips to the
  Gulf), data-protection authorities on facial recognition and chatbots, the AI Act's national implementation
  and DeepSeek in everyday use; they found 35-75 % of results already used; six texts at least half covered by
  an earlier round's text, round 62's included, dropped before the split), measured with the rules of a427479
  (after round 62's changes and Czech and Greek dual-use words as technology context, which changed no verdict)
  before anyone looked at it. Blind over all 182: by `mentioned` deepseek 1.00 / 1.00, export_controls 0.93 /
  0.87, eu_ai 0.96 / 0.87; recall cs 0.50 (2/4), ro 0.50 (2/4), da 0.67 (2/3), el 0.71 (5/7), hu 0.75 (3/4), nl
  0.80 (4/5), fi 0.83 (5/6), en 0.88, de 0.90, the other eleven 1.00. Holdout63 blind: 1.00 / 1.00, 0.95 / 0.76,
  1.00 / 0.88 (by `labels` 0.83 / 1.00, 0.80 / 0.80, 1.00 / 0.88). Most export_controls misses are foreign
  components in Russia's weapons (Zelensky's count of Western parts in the missiles of one night, Ukraine's
  sanctions envoy asking the EU for tighter export control, a Czech leak on the Orion drone), the genre the
  prompt had asked for; most eu_ai misses the Commission's 2020-2021 proposals told without the AI Act's name.
  From the tuning half: proposal words (proposal, Vorschlag, proposition, voorstellen gepresenteerd, forslag,
  návrh, προταση, 提案 ..., 20 languages) join the strategy words of eu-ai-strategy, and the AI Act's own name
  within 8 words vetoes it, since there the EU is only the owner of a law another country's plan is compared
  with (an Australian and a Korean text, first caught by the proposal words; CJK "bill" words 法案/법안/草案 were
  tried first and dropped: five Asian AI-law stories turned into false alarms); drones (20 languages) and
  Czech/Slovak "součástky/súčiastky" among the goods whose sanctions are evaded (the Orion leak: "Rusko obchází
  embargo přes spojenecké státy a šedé trhy"); English "evades/evaded the embargo/sanctions"; Dutch 5G-net and
  antenna-network words, Romanian shortage words (each changed no verdict: the Huawei 5G texts name the firm
  again far from them). After the holdout's figures were taken, from the tuning half's Greek text and the
  holdout's three: new rule foreign-parts-in-russian-weapons, a component or chip within 8 words of a missile,
  drone or weapon, Russia within 15, a foreign or controlling-state origin within 15 (three new 20-language
  concepts: ec_component, ec_weapon_system, ec_foreign_origin), with sanctions, an embargo or a control word
  somewhere in the text, since a captured drone's parts listed with no such word were labelled negative in round
  40. Verdicts over every labelled, dense and corpus text against the blind rules: 7 better (two of them
  holdout63's), none worse. Holdout63 after: 1.00 / 1.00, 0.95 / 0.84, 1.00 / 0.88. Known weakness, from
  invented probes: a bare "parts" 8 words from a missile still passes where sanctions stand elsewhere ("its
  missiles hit a German-built power plant and parts of the grid"). Left: Zelensky's count itself (no sanctions
  word in the excerpt), a Finnish customs case on 3,500 drones exported to Russia (EU sanctions named, no
  evasion word close), a German 5G story with a passing Huawei ban, the Romanian chip-shortage story whose only
  control is a US sanction in passing, a Polish GDPR guide for chatbots and two Dutch 5G stories where Huawei is
  "in de ban" (banished). Pooled blind over rounds 58-63 (950 texts, each against the rules before it): deepseek
  1.00 / 1.00, export_controls 0.94 / 0.91, eu_ai 0.96 / 0.87; recall per language cs 0.67 (12/18), da 0.76
  (13/17), el 0.77 (30/39), tr 0.86 (25/29), ro 0.87 (26/30), sk 0.89 (16/18), the other fourteen 0.90-1.00.
  Round 64 (`news_tune64/holdout64.jsonl`, 188 texts in all 20 languages, 6-19 each; 92 positives and 96 hard
  negatives; eight helpers with 260 searches, asked for angles earlier rounds searched little (national
  parliaments and governments on DeepSeek, export controls or the AI Act; universities and research security;
  China's own technology export rules; the EU's AI policy in practice; passing mentions in market news) and, for
  the first time, for as many confusable negatives as positives (China's own AI rules, non-EU AI laws, US
  outbound-investment rules, CFIUS and merger reviews, TikTok's sale, China's import ban on Micron, tariffs, oil
  sanctions); they found 35-70 % of results already used; two texts at least half covered by an earlier one
  dropped before the split), measured with the rules of 8818c3e (after round 63's changes) before anyone looked
  at it. Blind over all 188: by `mentioned` deepseek 1.00 / 1.00, export_controls 0.81 / 0.85, eu_ai 0.76 / 0.86
  (by `labels` 0.75 / 1.00, 0.65 / 0.88, 0.68 / 0.85); recall cs 0.00 (0/3), de 0.57 (4/7), el 0.75 (3/4), zh
  0.82 (9/11), ja 0.83, nl 0.83, the other fourteen 1.00. Holdout64 blind: 1.00 / 1.00, 0.92 / 0.82, 0.58 / 0.78
  (by `labels` 0.86 / 1.00, 0.72 / 0.82, 0.50 / 0.75). The worst blind figures of the session, and partly of its
  own making: this round's prompt listed China's import ban on Micron among the hard negatives, while the
  topic's standing definition (every earlier round's, and the rules') counts China ordering its firms to stop
  buying a US chipmaker's chips as export_controls, so two Micron texts count as false alarms here and a
  Japanese one, labelled positive for the US ban it answers, as a miss; China's unreliable entity list was
  labelled both ways within the round (a Spanish text yes, a Turkish one no). The other false alarms: investment
  reviews (CFIUS blocking Lattice Semiconductor, a commentary on another blocked chip deal), the Treasury's list
  of sanctioned entities in a Lukoil refinery story, an investment blacklist of Chinese military firms,
  research-security "zwarte lijsten" of Chinese researchers, a Korean standards agency's briefing on foreign
  technical regulations; for eu_ai a Danish DPA's regulatory sandbox for AI, the UK's ICO on xAI citing the (UK)
  GDPR, the European Commission's (DSA) investigation of Grok beside Turkey's DPA, a Turkish parliamentary
  commission naming the AI Act as its model, an insurer's DeepSeek-and-GDPR explainer, a Japanese story on
  government DeepSeek blocks that names Italy's. The misses: universities' export-control rules for foreign
  doctoral students (German, Czech, Dutch), chips sold to Russia through Kyrgyzstan and Kazakhstan (Czech),
  China's export controls on US arms makers (the arms word beside the control phrase vetoes), the Commission's
  AI innovation package (Chinese), Taiwan's AI basic law naming the EU AI Act (a comparison by the rules). From
  the tuning half: CFIUS and the Committee on Foreign Investment join the merger words ("acquisition" was tried
  and dropped: it vetoed an invented "restrict China's acquisition of advanced AI chips"); oil-sanctions words,
  now with Lukoil, Rosneft, Gazprom Neft, Surgutneftegas and Sovcomflot by name, veto the Entity-List instrument
  rule, whose Romanian "lista entităților" in an oil story is the Treasury's list. After the holdout's figures
  were taken: Turkey's data-protection authority and law (KVKK, "Kişisel Verileri Koruma Kurumu") masked in
  eu_ai like other non-EU authorities (it changed no holdout64 verdict; an older Turkish holdout text on the
  Dutch DeepSeek ban stopped being a false alarm). Verdicts over every labelled, dense and corpus text against
  the blind rules: 3 better, none worse. Holdout64 after: unchanged. Tried and not shipped: China's unreliable
  entity list (20 languages) as a control instrument (no verdict changed; its typical use against US arms makers
  is sanctions rather than technology control). Pooled blind over rounds 58-64 (1,138 texts, each against the
  rules before it): deepseek 1.00 / 1.00, export_controls 0.92 / 0.90, eu_ai 0.94 / 0.87; recall per language cs
  0.57 (12/21), el 0.77 (33/43), da 0.81 (17/21), de 0.87 (47/54), tr 0.87, ro 0.88, the other fourteen
  0.90-1.00.
  Round 65 (`news_tune65/holdout65.jsonl`, 49 texts in 17 languages (no Swedish, Hungarian or Romanian text left
  unused), 1-6 each; 22 positives and 27 hard negatives; four helpers with the session's last 80 searches, asked
  this time for ordinary news of the kind a monitoring service receives every day, in proportion to how the
  press covers the subjects, with as many everyday confusers; they found 55-75 % of results already used, nearly
  all on-topic pages in the small languages; no text half covered by an earlier one), measured with the rules of
  6559988 (everything above) before anyone looked at it: a last blind check of this session's rules on typical
  text. Blind over all 49: by `mentioned` deepseek 1.00 / 1.00, export_controls 1.00 / 1.00, eu_ai 1.00 / 1.00
  (by `labels` 0.89 / 1.00, 0.78 / 1.00, 0.86 / 1.00: the passing mentions); holdout65 the same. Too few texts
  to say much alone; beside round 64 it says where the errors live: in the confusers and edge cases a round is
  asked to seek, not in the daily run of news. Nothing was changed from it. Pooled blind over rounds 58-65
  (1,187 texts, each against the rules before it): deepseek 1.00 / 1.00, export_controls 0.92 / 0.90, eu_ai 0.94
  / 0.87; recall per language cs 0.57 (12/21), el 0.77 (33/43), da 0.81 (17/21), tr 0.88, de 0.88, ro 0.88, the
  other fourteen 0.90-1.00.
  After round 65, tried and not shipped: funding words (funding, Förderung, financement, χρηματοδότηση, 資金 ...,
  20 languages) beside the investing words of eu-invests-in-ai, for a Greek report of Horizon Europe calls for
  AI (round 64's holdout): no labelled verdict gained, and two unit negatives kept from earlier rounds
  ("European AI startups still lag behind their US rivals in funding, the EU report says"; EU funding for
  Northvolt's "AI-driven" battery gigafactory) became false alarms. Also not shipped: China's unreliable entity
  list as a control instrument (above).
  After round 65, from the export_controls false alarms left in every labelled set (no longer blind, holdouts of
  rounds 60, 62 and 63 among them): Huawei 5G-network stories name the firm again and again, and "the ban on
  Huawei" three sentences after "5G networks" is still the network ban, which the listed-firm rule's 20-word
  veto did not reach (KPN's 5G deal where Huawei may go "in de ban", Vodafone's Huawei backdoors, the US State
  Department telling LG Uplus to stop using Huawei gear, the EU's plan to push Huawei out of mobile networks, a
  US order against Huawei telecom gear). Its vetoes now reach 80 words: 8 better, 1 worse (a Czech story on
  sanctions "destroying" Huawei that mentions 5G); 40 and 60 words gained 2 and 6. Invented probes: the Entity
  List with 5G named in passing still counts (other rules carry it).
  Eighteenth session, before round 66, from the tuned halves of rounds 58-64 (no longer blind): matching now
  folds traditional Chinese characters to simplified ones (OpenCC's table, 2,956 one-for-one pairs, so offsets
  hold; worker/topics/zh_fold.py, regenerated by scripts/gen_zh_fold.py), since half the labelled Chinese rows
  are Taiwanese or Hong Kong text and every term had needed its twin in the other script. Measured by rewriting
  each of the 803 labelled Chinese rows in the other script: verdicts the same for 801 before the fold and for
  803 after; over every labelled, dense and corpus text no verdict changed once supply-disruption phrases (供应中断,
  供給中断) were masked, since Taiwan's 中斷 now reads as the Japanese halt word 中断. Rules: China making a mineral's
  export harder ("Čína ... ztíží vývoz grafitu") joins the mineral-controls rule through the hinder words; a new
  20-language concept ec_civil_military (dual use told in words, "sowohl zivil als auch militärisch einsetzbar",
  軍事転用, only with a word for use or purpose or as "both ... and", since "civilian and military casualties" is
  war news) counts as technology beside an explicit control phrase: 3 better (Czech graphite, China's dual-use
  export ban on US defence firms, a Japanese infrared-camera export case), none worse.
  Round 66 (`news_tune66/holdout66.jsonl`, 163 texts in all 20 languages, 3-22 each (Czech 22, Danish 14, Greek
  11: the languages with the lowest pooled recall got a helper each); 86 positives and 77 hard negatives; eight
  helpers with about 330 searches, asked for sources earlier rounds searched little: regional papers and
  broadcasters, sector trade press (insurance, HR, medtech, legal), interviews and columns, law-firm, chamber
  and association posts, and stories from 2019-2023; they found 35-80 % of results already used, close to 100 %
  for headline stories in the small languages; three texts at least half covered by an earlier one dropped
  before the split), measured with the rules of 1218077 (the changes above) before anyone looked at it; the
  session's first rules give the same figures. Blind over all 163: by `mentioned` deepseek 1.00 / 1.00,
  export_controls 0.93 / 0.93, eu_ai 0.93 / 0.91 (by `labels` 0.80 / 1.00, 0.75 / 0.91, 0.78 / 0.95); recall sk
  0.00 (0/2), el 0.67 (2/3), es 0.75 (3/4), da 0.86, nl 0.86, the other fifteen 1.00 (Czech 13/13). Holdout66
  blind: 1.00 / 1.00, 0.92 / 0.86, 0.90 / 0.90. The false alarms: a 2018 GDPR seminar's slides signed "ΔΙΚΗΓΟΡΟΣ
  LLM" (the law degree read as a language model), the Czech central bank using ChatGPT for crypto licences under
  the EU's MiCA regulation, a DeepSeek business story where the White House banned the app on government
  devices, a Section 301 note whose source is an export-control compliance account, a research group on AI
  regulation "in international, EU and national context". The misses: a Danish agency's export-control FAQ
  (dual-use goods, no technology word), a Dutch ASML supplier moving to China because of the 2022 rules (told as
  "the trade conflict"), the AI Act described without its name in an HR trade paper and a Greek 2023 committee
  report, Czechia bidding for a European AI excellence centre. After the figures were taken: "LLM" after a
  lawyer's title masked (new 20-language concept eu_law_degree), the use of an app banned ("zakázal používání
  aplikace") joins the app-ban mask in 16 languages, MiCA joins the other EU acts: 3 better, none worse. Tried
  and not shipped: risk levels ("nivel de riesgo", "Risikostufe" ... 20 languages) and tier enumerations
  ("prohibido, alto, limitado y mínimo") as the AI Act's risk pyramid: it found the Spanish HR text and flagged
  a Chilean AI bill that copies the same four tiers. Holdout66 after: 1.00 / 1.00, 1.00 / 0.86, 0.95 / 0.90.
  Round 67 (`news_tune67/holdout67.jsonl`, 168 texts in all 20 languages, 4-16 each; 93 positives and 75 hard
  negatives; seven helpers with about 270 searches, asked for company press releases and investor news, think
  tanks, NGOs, unions and consumer groups, tech and product sites, newsletters and public-sector decisions
  (ministries, cities, universities); 25-80 % of results already used; one text at least half covered dropped),
  measured with the rules of 3d8f07d before anyone looked at it. Blind over all 168: by `mentioned` deepseek
  1.00 / 1.00, export_controls 0.97 / 0.97, eu_ai 0.82 / 0.89 (by `labels` 0.77 / 1.00, 0.80 / 0.97, 0.78 /
  1.00); recall sk 0.50 (2/4), ro 0.67 (2/3), ko 0.86, nl 0.88, the other sixteen 1.00. Holdout67 blind: 1.00 /
  1.00, 0.95 / 0.95, 0.76 / 0.93. Its eu_ai false alarms come from the sources it was asked for: three
  data-protection authorities acting on AI without acting against a service (the Dutch AP warning about
  employees pasting personal data into chatbots and its algorithm report on municipalities, Poland's UODO
  teaching schools about AI), labelled negative by the standing definition while earlier rounds labelled such
  texts both ways and a rule (eu-guidance-on-ai) counts DPA guidance; a university's rules for students' ChatGPT
  use ("in line with the world and European trend"), a GDPR line in a chatbot-ethics explainer, private
  investment in EU AI firms, and the US order pre-empting state AI laws, where the Greek plural "κανονισμούς για
  την τεχνητή νοημοσύνη" read as the Act's name. After the figures were taken: the Greek Act name takes the
  singular only; Italian "reti di telecomunicazioni" joins the network words, which now also veto the two rules
  on governments steering firms off chips or hindering the chip trade (Vodafone Italia's Huawei gear under
  golden-power conditions): 2 better, none worse (an invented sentence with a mobile network beside China's
  order off Nvidia chips is lost). Holdout67 after: 1.00 / 1.00, 1.00 / 0.95, 0.81 / 0.93.
  Round 68 (`news_tune68/holdout68.jsonl`, 151 texts in all 20 languages, 4-14 each; 85 positives and 66 hard
  negatives; seven helpers with about 230 searches, asked for the topics where they come up in passing inside
  other stories (economic outlooks, market reports, central banks, party programmes, speeches, interviews,
  year-in-review pieces) and for negatives from the same stories; only 15-55 % of results were already used, the
  lowest in many rounds; two texts at least half covered dropped), measured with the rules of 49e674e before
  anyone looked at it. Blind over all 151: by `mentioned` deepseek 1.00 / 1.00, export_controls 0.97 / 0.90,
  eu_ai 0.93 / 0.93 (by `labels` 0.29 / 1.00, 0.41 / 1.00, 0.50 / 0.94: most positives are passing mentions,
  which `labels` counts as negatives); recall el 0.75 (6/8), nl 0.75 (3/4), es, it and ro 0.80, the other
  fifteen 1.00. Holdout68 blind: 1.00 / 1.00, 0.92 / 0.86, 0.89 / 0.94. The misses are allusions: "no obstacle
  for rare earths" in a Trump-Xi report, "restrictions imposed by Washington" in a start-up interview, US
  pressure on ASML "not to supply its latest technology to Beijing" in a column, a market report's "stricter
  American rules for the export of chips", a Greek MEP on the Commission's AI initiatives and the Parliament's
  AIDA committee; the false alarms a Telekom-Nvidia AI factory story with "European rules" and data protection,
  the Bavarian DPA calling AI a high-risk technology, and China's commerce ministry answering EU oil sanctions
  on its refineries. After the figures were taken: "rules for the export of chips" and its twins in 20 languages
  join the control phrases (a rule on the generic rules word near an export word was tried first and dropped: it
  took "chip exports rose, the rules of the WTO ..."), and oil-sanctions words veto the commerce-agency rule: 2
  better, none worse. Holdout68 after: 1.00 / 1.00, 1.00 / 0.86, 0.89 / 0.94.
  Round 69 (`news_tune69/holdout69.jsonl`, 82 texts in all 20 languages, 1-10 each; 46 positives and 36 hard
  negatives; four helpers with the session's last 130 searches, the same angle as round 68 (topics in passing
  inside other stories); 25-63 % of results already used; three texts at least half covered by an earlier one
  dropped), measured with the rules of a727463 before anyone looked at it. Blind over all 82: by `mentioned`
  deepseek 1.00 / 1.00, export_controls 1.00 / 0.92, eu_ai 0.90 / 0.69 (by `labels` 0.42 / 1.00, 0.58 / 1.00,
  0.30 / 0.60); recall es, it and pl 0.67 (2/3 each), ja and ko 0.75, en 0.88, the other fourteen 1.00.
  Holdout69 blind: 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.50. Its eu_ai misses are the EU's AI rules alluded to
  without a name or an EU word close by: "nuove norme europee in materia di Intelligenza Artificiale" in an
  Italian op-ed (vetoed because the survey it quotes lists the United Kingdom among its countries), "el
  reglamento europeo que otorga cobertura legal a esta nueva tecnología" (the Bank of Spain's new AI
  supervision), "European legislators debating policies to limit AI risk", a Korean blog ending on the EU's 2024
  law; the false alarm the Bank of Spain asking banks about their AI use, read as Spain's regulator acting on
  AI. After the figures were taken: central banks and banking supervisors (the ECB, national central banks by
  name, "central bank" in 20 languages) join the authorities that are no data-protection authority: 1 better,
  none worse. Tried and not shipped: keeping the non-EU-place veto of law-word-on-ai-near-eu local (within 20,
  40 or 60 words of the hit: 23, 12, 7 better and 32, 17, 10 worse over every labelled text).
  Pooled blind over this session's rounds 66-69 (564 texts, each against the rules before it): deepseek 1.00 /
  1.00, export_controls 0.97 / 0.93, eu_ai 0.90 / 0.89; over rounds 58-69 (1,751 texts): 1.00 / 1.00, 0.93 /
  0.91, 0.92 / 0.88, recall per language el 0.78 (46/59), sk 0.79 (22/28), cs 0.80 (35/44), da 0.85, ro 0.86,
  the other fifteen 0.90-1.00. export_controls met both its goals on this session's blind text for the first
  time over several rounds; eu_ai did not, and its remaining errors are mostly of two kinds: the EU's AI rules
  alluded to in passing without a name ("the new European rules on AI"), and data-protection authorities acting
  on AI without acting against a service (warnings, reports, school programmes), which the standing definition
  excludes while earlier rounds' labels and a rule counted such guidance.
  Nineteenth session, before round 70, from older rounds' tuned halves and holdouts (no longer blind): the
  European Parliament acting on AI now reaches AI words 30 words away (was 12) and its act word 20 (was 15),
  since Greek, Hungarian and Portuguese reports name the AI a long sentence after the Parliament ("Οι
  ευρωβουλευτές κάλεσαν ... την ΕΕ να προστατεύσει τους καλλιτέχνες ... απέναντι στις «αναταράξεις» που προκαλεί η
  Τεχνητή Νοημοσύνη"): 5 better, none worse (20 and 30 words with the act word still within 15 gained 3 and 4).
  Round 70 (`news_tune70/holdout70.jsonl`, 128 texts in all 20 languages, 2-14 each; 71 positives and 57 hard
  negatives; seven helpers with about 270 searches, one per language group, the small languages first (Greek,
  Czech and Slovak, Danish/Romanian/Hungarian), asked for the everyday run of the three topics; 60-90 % of
  results already used, 84-90 % in the small languages, where helpers fell short of their targets (Greek 9
  texts, Slovak 4); one text half covered by an earlier one and one under 150 characters dropped), measured
  with the rules of e58faf9 (the change above) before anyone looked at it; the session's first rules give the
  same figures. Blind over all 128: by `mentioned` deepseek 1.00 / 1.00, export_controls 0.97 / 1.00, eu_ai
  1.00 / 1.00 (by `labels` 0.76 / 1.00, 0.81 / 1.00, 0.89 / 1.00); recall 1.00 in every language; holdout70
  blind 1.00 / 1.00 for all three. The one false alarm: South Korea's trade ministry limiting DeepSeek on its
  staff's computers ("komputerach służbowych"), read as the commerce agency restricting. After: work and
  government computers in 20 languages join the staff-device words that veto the agency rule: 1 better, none
  worse.
  Between rounds 70 and 71, from a check of the vocabulary rather than of any text: the character fold joins
  歐盟 and 欧盟 but not Taiwan's words, so 38 terms written with 人工智能 (人工智能办公室, 高风险人工智能,
  人工智能条例 ...) got their 人工智慧 twin and 34 with 数据, 意大利, 个人信息 or 芯片 theirs with 資料, 義大利,
  個人資料 or 晶片; a unit test keeps every term paired: 1 better (a Taiwanese report of the Commission's AI
  innovation package and its 人工智慧辦公室), none worse.
  Round 71 (`news_tune71/holdout71.jsonl`, 180 texts in all 20 languages, 5-22 each; 92 positives and 88 hard
  negatives; eight helpers with about 230 searches, asked for the topics where they come up in passing or
  sideways (company results, summits and trade talks, AI at work, in schools and hospitals, launches held back
  in Europe, start-up news, year reviews, sanctions evasion) and for negatives from the same kinds of stories;
  17-60 % of results already used; two texts at least half covered dropped), measured with the rules of
  8a33a67 before anyone looked at it. Blind over all 180: by `mentioned` deepseek 1.00 / 1.00,
  export_controls 0.98 / 0.91, eu_ai 0.96 / 0.86 (by `labels` 0.43 / 1.00, 0.63 / 0.97, 0.58 / 0.88); recall
  da 0.00 (0/2), el 0.50 (2/4), ro 0.75, it and pt 0.80, tr 0.86, en 0.92, the other thirteen 1.00; holdout71
  blind 1.00 / 1.00, 0.95 / 0.83, 0.92 / 0.79. The misses are allusions: a one-year "deal on rare earths" at
  the Trump-Xi summit, rare earths and "technology restrictions" as agenda items, a 2019 threat that China
  could hit rare-earth exports, Xi's jab at "third-party interference" in Europe's chip sales, a market wrap on
  "tightening" chip technology to China; the Commission's 2023 call to mark AI-generated content, InvestAI as
  one sentence in a start-up story, Meta's opt-out offered "to follow European law", a minister saying there is
  no European rule for AI in health; the false alarms a UK law firm's note on the UK's AI white paper and
  Portugal shutting out "high-risk" 5G vendors. After: the EU wanting AI-generated content labelled or
  watermarked counts (new concepts for the label words and the AI-generated words in 20 languages, within 6
  words of each other and 25 of the EU; another country's law, China, an AI company or a platform within 30
  veto, so YouTube's own labelling "first in the EU" does not): 2 better, none worse.
  Round 72 (`news_tune72/holdout72.jsonl`, 168 texts in all 20 languages, 3-23 each; 48 positives and 120
  hard negatives; eight helpers with about 270 searches, asked for two thirds confusers: AI laws outside the
  EU (the UK's, China's labelling rules, Korea's, Japan's, Brazil's, US states', the Council of Europe
  convention), national AI strategies and agencies, GDPR without AI, DMA/DSA and antitrust, the Chips Act,
  Section 232, Huawei 5G, oil sanctions, DeepMind/DeepL/Kimi; 40-85 % of results already used; three texts at
  least half covered dropped), measured with the rules of e1459cb before anyone looked at it. Blind over all
  168: by `mentioned` deepseek 1.00 / 1.00, export_controls 0.95 / 0.95, eu_ai 0.83 / 0.79 (by `labels` 0.50
  / 1.00, 0.73 / 1.00, 0.50 / 1.00); recall hu 0.00 (0/1), ko 0.67, en 0.75, de 0.86, the other thirteen
  1.00; holdout72 blind 1.00 / 1.00, 0.89 / 0.89, 0.67 / 1.00. Its eu_ai misses are Korean-law stories naming
  the EU only as the comparison (not flagged by design, see rounds 21-22) and Hungary's AI council "required
  by EU law"; its false alarms, all in the holdout, AI regulation outside the EU read as the EU's: a German
  summary of the UK's AI white paper ("Weißbuch zur KI", also the name of the Commission's 2020 paper), a Polish
  explainer of the UK's approach with the UK GDPR ("RODO") beside AI, and Spain's AI supervision agency AESIA
  opening its office (the AI Act's national authority, labelled negative because the Act is not named); a
  2019 Huawei 5G story with a US bill on Huawei chip sales. Nothing changed from it: its tuning half holds no
  false alarm and its misses are the comparisons above.
  Round 73 (`news_tune73/holdout73.jsonl`, 140 texts in all 20 languages, 2-19 each; 75 positives and 65 hard
  negatives; eight helpers with about 190 searches (the session's last), asked for outlets outside each
  language's main national papers, whose wording differs: Austrian, Swiss and South Tyrolean German, Belgian,
  Swiss, Luxembourg, Québec and African French, Flemish, Latin American Spanish and Brazilian, Angolan and
  Mozambican Portuguese, Taiwanese, Hong Kong and Malaysian Chinese, Cypriot Greek, Moldovan Romanian,
  Finland-Swedish, regional and trade papers; 18-80 % of results already used; one text half covered dropped),
  measured with the rules of e1459cb before anyone looked at it. Blind over all 140: by `mentioned` deepseek
  1.00 / 1.00, export_controls 0.97 / 0.94, eu_ai 0.92 / 0.81 (by `labels` 0.89 / 1.00, 0.82 / 0.96, 0.71 /
  0.94); recall sk and tr 0.00 (0/1 each), pl 0.50 (1/2), zh 0.73 (8/11), pt 0.83, the other fourteen 1.00;
  holdout73 blind 1.00 / 1.00, 0.94 / 0.88, 1.00 / 0.90. The misses: Hong Kong's name for the Apply AI
  strategy, China "resuming" rare-earth shipments, the 2020 foreign-direct-product rule on Huawei as one
  sentence in a 5G story, EU ministers' councils discussing AI (2019), Korea's and Brazil's laws compared with
  the EU's; the false alarms Chile's AI bill (its risk tiers and the "Comisión de Ciencia y Tecnología" read as
  the Commission, no country named), DeepSeek "blocked in Italy" labelled without eu_ai, and a 2019 interview
  imagining US chip-export curbs on Europe. After: Spanish and Portuguese parliaments' committees and national
  commissions are masked like Chile's "Comisión de Futuro", and the AI Act's risk pyramid is vetoed beside a
  Latin American legislature (Cámara de Diputados, Câmara dos Deputados ...): 1 better, none worse. Then every
  German term with ß got its Swiss spelling with ss (14 terms, Massnahmen, Weisses Haus ...; a unit test keeps
  the pairs): no verdict changed.
  Round 74 (`news_tune74/holdout74.jsonl`, 31 texts in 8 languages (Chinese, Japanese, Korean, Greek, Czech,
  Slovak, Danish, Romanian), 1-8 each; 12 positives and 19 hard negatives; two helpers with the session's last
  searches, the search budget ending under the first after 15; 62-95 % of results already used, close to all
  for the topics themselves in the small languages; one text half covered dropped), measured with the rules of
  e07a199 (everything above) before anyone looked at it: by `mentioned` deepseek 1.00 / 1.00, export_controls
  1.00 / 0.88, eu_ai 1.00 / 1.00 (one eu_ai positive); the miss is a Malaysian report of bail in Singapore's
  Nvidia-server fraud case that never names a control (labelled borderline). Too few texts to say much alone;
  nothing changed from it.
  Tried and not shipped: requiring an enforcement word (a block, inquiry or fine) for the GDPR-or-named-DPA
  rules, to drop data-protection guidance on AI: 8 better and 8 worse over every labelled text (the worse ones
  Meta-AI-training stories that earlier labellers counted), the label-policy question of the last notes.
  Pooled blind over this session's rounds 70-73 (616 texts, each against the rules before it): deepseek 1.00 /
  1.00, export_controls 0.97 / 0.94, eu_ai 0.94 / 0.87; over rounds 58-73 (2,367 texts): 1.00 / 1.00, 0.94 /
  0.92, 0.93 / 0.88, recall per language el 0.78 (54/69), sk 0.79 (27/34), da 0.82 (31/38), cs 0.84, ro 0.87,
  tr 0.89, the other fourteen 0.92-1.00. export_controls met both goals on this session's blind text again;
  eu_ai did not: its recall is lost to the EU named in a sentence about another country's law or a national AI
  body (which the rules leave alone on purpose) and to the topic alluded to without a name, its precision to
  AI regulation outside the EU that shares the EU's words (white papers, risk tiers, GDPR).
  Twentieth session (2026-12-04): rounds 75-79, five blind rounds with about 870 searches by helpers who never
  saw the rules (one of round 75's read the first lines of the last session's closing note, which lists error
  kinds, while listing the shared folder; it said nothing in it guided its choices, and the notes were moved out
  of the helpers' folder after), each compared with every earlier labelled text by 8-word shingles, split per
  language x kind before anyone looked, and measured once with the rules of the moment (copies kept); every
  change checked by a verdict diff over every labelled text in tests/data, the 2,000 dense articles and the
  corpus pages and feed entries, with unit cases each way in `tests/unit/test_topics.py` that fail on the rules
  before. Before round 75, from older rounds' errors (764090a): the Council of the EU debating AI counts (new
  rule eu-council-on-ai and a 20-language concept: EPSCO, "Rada EÚ pre konkurencieschopnosť", the Telecom
  Council, EU ministers; a member state's presidency or a company close by vetoes, and the Council's full
  official name, which opens its legal acts on the Council of Europe's AI convention, is left out); the
  Commission's 2020 white paper by its title moved to its own rule, which another country within 25 words
  vetoes (the UK's "Weißbuch zur KI-Regulierung", round 72's holdout); an export-control phrase within 6 words
  of Russia counts with no good named ("Yaptırımlar ve ihracat kontrolleri, Rusya ve İran"; grain, fuel, oil
  sanctions and the EU's luxury-goods ban veto); control lists are technology context ("under eksportkontrol
  ... på Kontrollisten"), and Slovak "dvojakého určenia" is dual-use: 8 better, none worse. From older
  holdouts, already measured: the European Parliament adopting a negotiating mandate counts as an act of its
  rule ("ενέκριναν σχέδιο διαπραγματευτικής εντολής", 20 languages; 1 better), and an obstacle or roadblock on
  rare earths, China within 30 words, counts for export_controls (new rule obstacle-on-minerals: "Δεν υπάρχει
  κανένα εμπόδιο για τις σπάνιες γαίες" after the Trump-Xi meeting; Finnish "este" left out, it is Spanish
  "this" and Romanian "is"; 1 better).
  Round 75 (`news_tune75/holdout75.jsonl`, 118 texts in 19 languages, 3-11 each; 50 positives and 68 hard
  negatives; eight helpers with about 190 searches, asked for the small languages first (Greek, Czech and
  Slovak, Danish, Romanian, Turkish) and for sideways sources; 67-90 % of results already used, close to all
  for the topics in the small languages; one text half covered dropped), measured with 764090a before anyone
  looked at it (with e07a199, the rules before this session: eu_ai 0.90 / 0.82). Blind over all 118: by
  `mentioned` deepseek 1.00 / 1.00, export_controls 1.00 / 0.96, eu_ai 0.90 / 0.86 (by `labels` 1.00 / 1.00,
  1.00 / 0.96, 0.86 / 1.00); recall el 0.00 (0/2), pl 0.50 (1/2), it 0.75 (3/4), the other sixteen 1.00;
  holdout75 1.00 / 1.00, 1.00 / 0.91, 1.00 / 0.88. Every tuning-half error is flagged borderline (German
  "Datenschützer" concerns beside a Czech device ban, a Greek AI gigafactory never called the EU's, Korea's AI
  law with the AI Act as its comparison, a Swedish DPA sandbox on generative AI); the holdout's misses are a
  Greek AI factory "among the first seven in Europe" and Poland's tier under the AI diffusion rule told as
  "limits" on US chip sales. Nothing changed from it.
  Round 76 (`news_tune76/holdout76.jsonl`, 127 texts in all 20 languages, 3-17 each; 71 positives and 56 hard
  negatives; about 170 searches, asked for 2019-2022 reporting (Huawei and SMIC, the October 2022 rules, the
  white paper and the 2021 proposal, the Dutch and Japanese tool controls, gallium and germanium, Clearview AI
  and Replika) and sideways sources; 20-80 % already used; four texts half covered dropped), measured with
  764090a (and 260e2f7, the same): by `mentioned` export_controls 0.97 / 1.00, eu_ai 1.00 / 0.92, no DeepSeek
  story (by `labels` 0.91 / 1.00, 0.94 / 0.97); recall fr 0.75 (3/4), de 0.89, en 0.90, the other seventeen
  1.00; holdout76 0.94 / 1.00, 1.00 / 0.93. Its misses: the Greek DPA's Clearview AI fine told in German, an
  AFP story on Mistral where "the EU has just agreed on a future regulation", a UK law firm contrasting "the
  approach taken by the European Union"; its false alarm a Korean Huawei 5G story. After: every EU member state
  is a European country in every language's list (German lacked Greece, Portugal and the eastern members,
  English the eastern members, the others Czechia, Hungary, Romania, Bulgaria, Croatia, Slovenia, Cyprus and
  the Baltic states), so their DPAs count as EU ones: 1 better, none worse.
  Round 77 (`news_tune77/holdout77.jsonl`, 129 texts in all 20 languages, 3-20 each; 70 positives and 59 hard
  negatives; about 170 searches, asked for 2018-2023 Entity List additions, the Commission's 2018 strategy and
  2019 ethics guidelines, the Parliament's 2020-2022 resolutions, DPA actions on ChatGPT, Replika, Clearview AI
  and Worldcoin, passing mentions, and confusers: China's AI rules, Canada's AIDA, the US AI executive orders,
  national strategies, tariffs, 5G bans, chip subsidies, GDPR without AI; 22-80 % already used; two texts
  dropped), measured with c246a7a: by `mentioned` deepseek 1.00 / 1.00, export_controls 0.91 / 0.97, eu_ai
  0.86 / 0.82 (by `labels` export_controls 0.68 / 1.00, eu_ai 0.78 / 0.88); recall el 0/1, ro 1/3, sk 2/3, sv
  2/3, ja 3/4, ko 4/5, en 10/11, the other thirteen 1.00; holdout77 1.00 / 1.00, 1.00 / 1.00, 0.87 / 0.76. Its
  false alarms: a Chinese court's patent ban on Micron sales and a Treasury investment blacklist read as
  controls, Poland's 5G vendor law, Romanian and Swedish national AI strategies beside "European" regulation,
  Worldcoin (one labeller of five counted it as AI); its misses the Commission's 2018 strategy and 2019 ethics
  guidelines told without their titles (Romanian, Swedish, Japanese) and the Parliament's 2020 decision setting
  up its AI committee. After: the ethics guidelines' title in the 16 languages that lacked it (no verdict
  changed; the Swedish text never gives the title). Tried and not shipped: EU commissioner words among the EU
  terms (3 worse, none better: the Cypriot data-protection commissioner is an "Επίτροπος").
  Round 78 (`news_tune78/holdout78.jsonl`, 120 texts in all 20 languages, 3-16 each; 57 positives and 63 hard
  negatives; about 190 searches, asked for everyday 2024-2026 stories where a topic passes by (results, market
  wraps, launches, trade fairs, ministers' speeches) and negatives from the same kinds of stories; 25-80 %
  already used; one text dropped), measured with 28f0e04: by `mentioned` deepseek 1.00 / 1.00, export_controls
  0.96 / 1.00, eu_ai 0.78 / 0.90 (by `labels` 0.29 / 1.00, 0.54 / 1.00, 0.48 / 1.00: most positives only
  mention their topic); recall pt 0.83 (5/6), de 0.88 (7/8), the other eighteen 1.00; holdout78 1.00 / 1.00,
  0.89 / 1.00, 0.75 / 0.90. Its false alarms: a Danish school chatbot sold as "GDPR sikker", EU institutions
  switching AI off on staff phones (Turkish), Apple Intelligence delayed under the DMA, a Greek minister at MWC
  with the Digital Networks Act, Eindhoven blocking ChatGPT after a data leak it reported to the DPA; its misses
  a California-law story comparing the AI Act and a Meta AI launch recalling the Irish DPC (both borderline).
  After: a product called GDPR-safe, -secure, -proof or -ready is a vendor's claim like GDPR-compliant, and
  Turkish "kamu personeli" and "iş telefonu" join the government-use words: 2 better, none worse.
  Round 79 (`news_tune79/holdout79.jsonl`, 95 texts in 19 languages, 1-16 each; 46 positives and 49 hard
  negatives; about 155 searches, the session's last, any angle an analyst's feed would show; 45-90 % already
  used, 85-90 % in the small languages, whose helpers fell short), measured with c417856: by `mentioned` 1.00 /
  1.00, 1.00 / 1.00, 0.94 / 0.89 (by `labels` 0.80 / 1.00, 0.94 / 1.00, 0.76 / 1.00); recall es 0.50 (1/2), de
  0.88 (7/8), the other fourteen 1.00; holdout79 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.86. All three errors are
  borderline (a Swiss blog and a Mexican bill comparing the EU's risk-based law, a university's DeepSeek ban
  quoting the Dutch DPA's warning); nothing changed.
  Tried and not shipped this session: widening the law-word rule's AI window from 5 to 8 words (6 better, 10
  worse); funding words (funding, Förderung, χρηματοδότηση ...) for the EU-invests rule (1 better, but an
  "AI-driven" battery plant that "received EU funding" passes, against an earlier case); plain Greek plural
  verbs (ενέκριναν) for the Parliament rule (a farm-budget vote with AI in the next sentence passes).
  Found reviewing the session's own changes, by probing each new rule with invented sentences, and mended
  (no verdict changed over any labelled, dense or corpus text): the Council concept had bare configuration names
  that countries share (Ireland's National Competitiveness Council, Hungary's Versenyképességi Tanács, Swedish
  "telekområdet", the telecom sector), the white-paper concept short forms and CJK names that firms' and China's
  and Korea's institutes' white papers carry ("a white paper on AI governance", 人工智能白皮书), the obstacle rule
  read "China's rare-earth dominance is an obstacle" as a control (now only "no obstacle / no roadblock"), and the
  Russia rule read "Russia's export ban on sunflower oil" as one (sunflower, vegetable oil, barley and fish join
  the commodities), and the Council rule read "the Council of the EU adopted the Chips Act to boost production of
  AI chips" as AI policy (chip words close by now veto); unit cases for each.
  Pooled blind over this session's rounds 75-79 (589 texts, each against the rules of its moment): deepseek
  1.00 / 1.00, export_controls 0.96 / 0.98, eu_ai 0.90 / 0.88; over rounds 58-79 (2,987 texts): 1.00 / 1.00,
  0.95 / 0.93, 0.92 / 0.88, recall per language el 0.76 (56/74), sk 0.82 (36/44), da 0.84, ro 0.86, cs 0.88, tr
  0.91, the other fourteen 0.93-0.98. export_controls met both goals on this session's blind text; eu_ai did
  not: its misses are the EU's rules named as a comparison in another country's AI-law story and EU AI policy
  alluded to without a name or title, its false alarms data-protection warnings and product claims, national AI
  strategies beside "European" regulation and EU digital rules that are not about AI, which labellers count
  both ways.
  Twenty-first session (2026-12-04): rounds 80-85, six blind rounds with about 950 searches by helpers who never
  saw the rules (the notes stay outside their folder), each compared with every earlier labelled text by 8-word
  shingles, split per language x kind before anyone looked and measured once with the rules of the moment
  (copies kept); every change checked by a verdict diff over every labelled text in tests/data, the 2,000 dense
  articles and the corpus pages and feed entries, with unit cases each way in `tests/unit/test_topics.py` that
  fail on the rules before. The stored pages' head-on stories are close to used up (70-100 % in the small
  languages); rounds 81-84 asked for sector and specialist sources (health, banking, insurance, law, energy,
  telecoms, culture, gaming, tax advisers, fund research ...), where 5-40 % were used, and round 85 for
  interviews, columns, newsletters and transcripts. Before round 80, from older rounds' errors (e85b338): the
  Apply AI Strategy by its literal translations beside an EU term (应用人工智能战略, AI適用戦略, "estrategia
  Aplicar la IA"; company "AI application strategies" left out), the AI Continent Action Plan in Chinese,
  Japanese and Korean, the European Parliament's AIDA committee by its full name in 20 languages, the UK's
  DSIT as a non-EU place (its own "White Paper on Artificial Intelligence"), and Finnish "EU-ministeri*"
  spelled out (it swallowed an "EU Ministerial Roundtable" on the Digital Networks Act): 5 better, none worse.
  Round 80 (`news_tune80/holdout80.jsonl`, 101 texts in 18 languages; 61 positives and 40 hard negatives;
  leaning to EU AI policy and its confusers; Greek and Romanian gave nothing: every result was used), measured
  with e85b338: by `mentioned` deepseek 1.00 / 1.00, export_controls 1.00 / 0.90, eu_ai 0.86 / 1.00. After:
  China's regulator ordering firms to halt orders of Nvidia chips with the order 14 words before the halt
  (window 12 -> 16), "halt/cease/suspend orders" in seven languages, and ByteDance named by its app ("TikTok
  owner", 20 languages) masked, since TikTok is an app-ban veto: 2 better.
  Round 81 (`news_tune81/holdout81.jsonl`, 124 texts in all 20 languages; 61 positives and 63 hard negatives;
  sector sources), measured with bbb7024: 1.00 / 1.00, 0.97 / 1.00, 0.90 / 0.86. Before it, from older errors:
  Huawei kept out of 5G infrastructure or equipment is the network ban (those phrasings in 20 languages; 3
  better), and the rule that counted the DSA, DMA or antitrust beside an AI service is gone, the two acts'
  names masked like the Chips Act's, as the topic's definition excludes them (it fired alone only on labelled
  false alarms: Grok under the DSA, Meta AI in WhatsApp, Apple Intelligence and the DMA; 5 better). After: a
  restriction word governing dependence ("ograniczyć zależność od amerykańskich dostawców") is masked: 1
  better.
  Round 82 (`news_tune82/holdout82.jsonl`, 127 texts in all 20 languages; 63 positives and 64 hard negatives;
  sector sources, half on EU AI policy or its confusers), measured with 5563f35: 1.00 / 1.00, 0.91 / 0.91,
  0.89 / 0.89. After: the technology-sales rule's vetoes reach 80 words like the listed-firm rule's (a 5G
  story names the network three sentences before the ban on Huawei's equipment), and "limit consumption" of
  rare earths is masked like "limit dependence" (from its holdout, after the figures were taken): 6 better,
  none worse. And the GDPR named alone no longer counts as data-protection action on AI: the two authority
  rules take named authorities and complainants only (Garante, CNIL, DPC, EDPB, noyb ...), and a new rule
  takes the GDPR with a case under it (investigation, complaint, fine) within 12 words and an AI service within
  40, since "companies using DeepSeek risk breaching the GDPR", "GDPR gilt auch für KI-Tools" and compliance
  guides were false alarms in every round: 34 better, 19 worse over every labelled text (the ones lost are
  consumer groups' court cases and how-tos on Meta's AI training, which labellers count both ways); over rounds
  58-82 eu_ai false alarms 42 -> 33, misses 57 -> 61.
  Round 83 (`news_tune83/holdout83.jsonl`, 127 texts in all 20 languages; 61 positives and 66 hard negatives;
  culture, media, gaming, crypto, cloud, universities, digital-rights groups; 40 EU AI mentions), measured with
  738f8fc: 1.00 / 1.00, 1.00 / 0.93, 0.95 / 0.95 (with the rules before the GDPR change eu_ai would have been
  0.90 / 0.95). After: copyright law and the EU's copyright directive are masked for eu_ai (from its holdout,
  after the figures: the EU court's first questions on AI and copyright): 1 better.
  Round 84 (`news_tune84/holdout84.jsonl`, 131 texts in all 20 languages; 69 positives and 62 hard negatives;
  energy, ports, suppliers, fund research, tax advisers, insurers, hospitals), measured with d9e6cbe: 1.00 /
  0.88 (both misses never name DeepSeek: "a Chinese company's low-cost model"), 0.97 / 0.94, 1.00 / 0.96.
  Round 85 (`news_tune85/holdout85.jsonl`, 124 texts in all 20 languages; 67 positives and 57 hard negatives;
  interviews, columns, newsletters, transcripts), measured with d9e6cbe: 1.00 / 1.00, 0.96 / 0.92, 0.96 /
  0.89. Their tuning errors are borderline, unnamed or comparisons in other countries' AI-law stories; nothing
  changed from them.
  Found reviewing the session's own changes with invented sentences, and mended (no verdict changed over any
  labelled, dense or corpus text): the AIDA committee's short forms need an EU term close by (Canada's AI bill
  is also AIDA), Polish "z 5G" is also "with 5G" and left the network words, and weak demand vetoes the rules
  for firms told to stop buying or halt orders of chips ("Apple told suppliers to halt orders of memory chips
  as demand in China slumped", which also passed with the older "stop buying").
  Tried and not shipped: Italy's actions vetoed by non-EU countries in the same list (4 better, 5 worse); the
  AI Act named amid another country's AI law passing alone (8 better, 13 worse); "AI Act" vetoed by non-EU
  places only within 30 or 60 words (9/11 and 6/4 better/worse); the GDPR with any warning, question or ban
  word (2 better, 10 worse, hence the narrower case words); tariff words vetoing the export-control phrase
  within 4 words (1 better, 3 worse).
  Pooled blind over this session's rounds 80-85 (734 texts, each against the rules of its moment): deepseek
  1.00 / 0.97, export_controls 0.97 / 0.94, eu_ai 0.92 / 0.93; over rounds 83-85 alone, the rounds measured
  after the GDPR change (382 texts): 1.00 / 0.96, 0.97 / 0.93, 0.97 / 0.93 - the first blind rounds where
  eu_ai meets both goals, on 92 positives. Over rounds 58-85 (3,721 texts): 1.00 / 0.99, 0.95 / 0.93, 0.92 /
  0.89, recall per language el 0.77 (62/81), sk 0.84 (42/50), da 0.85, ro 0.85, cs 0.88, the other fifteen
  0.91-0.98.
  Twenty-second session (2026-12-04): rounds 86-92, seven blind rounds with about 950 searches by helpers who
  never saw the rules, run as before (shingle check against every earlier text, split per language x kind
  before anyone looked, measured once with the rules of the moment, copies kept; every change checked by a
  verdict diff over every labelled text, the 2,000 dense articles and the corpus pages and feed entries, with
  unit cases in `tests/unit/test_topics.py` that fail on the rules before). Each round asked for a kind of text
  not asked for before: briefs, tickers and market wraps (86), official, legal and institutional texts (87),
  2018-2023 stories only (88), the local and practical angle (89), near misses both ways with two thirds hard
  negatives (90), the ordinary run of news since September 2025 (91) and the topics in passing inside other
  subjects (92, five helpers for the ten largest languages only). The stored pages in Greek, Romanian, Hungarian,
  Turkish, Czech, Slovak, Danish, Swedish and Finnish are close to used up: 70-90 % of results were used, and
  the helpers for them came back with 5-13 texts, mostly hard negatives.
  Round 86 (`news_tune86/holdout86.jsonl`, 124 texts in all 20 languages; 64 positives and 60 hard negatives),
  measured with 069078c: by `mentioned` deepseek 1.00 / 1.00, export_controls 1.00 / 0.97, eu_ai 1.00 / 0.92.
  After: China refusing Nvidia's chips entry ("中國當局已通知海關人員，輝達H200晶片不許進入中國") is the order off
  them told at the border; entry-refused and block-imports phrases in 20 languages: 1 better.
  Round 87 (`news_tune87/holdout87.jsonl`, 115 texts in all 20 languages; 58 positives and 57 hard negatives),
  measured with 1743512: 1.00 / 1.00, 0.97 / 0.88, 1.00 / 1.00. After: dual-use goods named beside an export
  control are the technology regime also where arms stand beside them (a government's yearly report on
  "krigsmateriel och produkter med dubbla användningsområden", the Slovak text of the dual-use regulation);
  arms-export statistics that name dual-use goods stay out, as the new rule needs a control word: 4 better (one
  is round 87's holdout, after its figures).
  Round 88 (`news_tune88/holdout88.jsonl`, 108 texts in 19 languages; 57 positives and 51 hard negatives;
  2018-2023 only, no DeepSeek text of that era found), measured with 836588a: - , 0.96 / 0.96, 1.00 / 0.84.
  After: Huawei's 5G antennas, 4G networks and the core network join the network words that veto the
  listed-firm rule, and "日本語" (the Japanese language) is masked for eu_ai, where the EU Delegation's
  "<日本語仮抄訳>" vetoed as Japan: 2 better.
  Round 89 (`news_tune89/holdout89.jsonl`, 106 texts in all 20 languages; 53 positives and 53 hard negatives),
  measured with 088d62d: 1.00 / 1.00, 0.95 / 0.95, 1.00 / 0.86. After: a named data-protection authority
  blocking or fining within 15 words, in a text about a named AI app, where the sentence names only "the
  application"; the Spanish gigafactory without its accent; personal data "transferred to China" under EU
  conditions vetoes the licensed-technology-exports rule (from its holdout, after the figures): 6 better.
  Round 90 (`news_tune90/holdout90.jsonl`, 118 texts in all 20 languages; 37 positives and 81 hard negatives:
  arms exports, food export bans, US state AI acts, Nvidia product news, rare-earth mining, casino and potato
  chips), measured with df7bd59: 1.00 / 0.93, 0.80 / 0.92, 1.00 / 0.75. Its export_controls false alarms are
  arms-export stories (F-35 parts for Israel, a Korean bill on defence exports), its eu_ai misses comparisons
  in Korea's and California's AI-law stories. After: arms exports named as such join the exclusions in 20
  languages and fighter-jet parts and defence technology are masked for export_controls; English "limiting
  the shipments": 3 better.
  Round 91 (`news_tune91/holdout91.jsonl`, 91 texts in 19 languages; 42 positives and 49 hard negatives),
  measured with 1493fb0: 1.00 / 1.00, 1.00 / 0.95, 1.00 / 0.93. After: Portuguese "estão restritas" (bare
  "restrit*" was 1 better, 1 worse: "restrita a países" is "limited to countries") and Germany's KI-MIG, the
  law that sets up the AI Act's supervision, named as such: 2 better.
  Round 92 (`news_tune92/holdout92.jsonl`, 65 texts in the ten largest languages; 33 positives and 32 hard
  negatives), measured with bace4cf: 1.00 / 1.00, 1.00 / 1.00, 0.91 / 0.91; its errors are two borderline
  holdout texts (a data-protection authority's school guide that touches AI, a comparison in Korea's election
  pledges), and nothing changed.
  Found reviewing the session's own rules with invented sentences, and mended: the entry-refused phrases also
  caught people refused entry ("外国记者不得进入芯片工厂", "Journalisten nicht nach China zu lassen"), so entry
  counts only as blocked imports or as entry into China refused; the named-authority rule fired on a roundup
  with a fine on a telemarketer and, far away, a DeepSeek model, so it now needs "the app", "the application" or
  "the chatbot" within 40 words (this gives back one labelled text, the Swedish authority's fine on the police
  for Clearview, "appen" 70 words before); Portuguese "restritas a" and English "restricted to" ("limited to")
  are masked for export_controls. Over every labelled text the session's final rules are 17 better and none
  worse than its first.
  Tried and not shipped: the Commission's guidance rule with its vetoes limited to 40 words (2 better, 1 worse
  and 3 unlabelled changes); the dual-use rule with an export word alone (4 better, 3 worse: arms-export
  statistics that name dual-use goods), then with the explicit control phrases as its second word (4 better, 1
  worse: "Dual-Use-Güter" is itself such a phrase); weapons words vetoing the export-restriction rule (1 better,
  2 worse: exports to Russia "used to make weapons").
  Pooled blind over this session's rounds 86-92 (727 texts, each against the rules of its moment): deepseek
  1.00 / 0.99, export_controls 0.96 / 0.94, eu_ai 0.99 / 0.89; over rounds 83-92, the rounds measured after
  the GDPR change (1,109 texts): 1.00 / 0.98, 0.96 / 0.94, 0.98 / 0.91 - every topic meets both goals there,
  eu_ai on 232 positives. Over rounds 58-92 (4,448 texts): 1.00 / 0.99, 0.95 / 0.93, 0.93 / 0.89, recall per
  language el 0.75 (67/89), sk 0.83 (48/58), ro 0.86, da 0.87, cs 0.90, the other fifteen 0.91-0.98. With the
  final rules this session's texts leave 16 eu_ai and export_controls misses, 13 of them marked borderline by
  their labellers (EU AI policy or a control alluded to without a name, excerpts cut before the topic's words);
  the other three are two comparisons in Korea's and California's AI-law stories, left alone by design, and a
  list of Clearview AI's fines across Europe. Its three false alarms are a Korean standards agency's briefing
  for exporters on the AI Act ("해외기술규제", foreign technical regulations, beside "수출기업"; masking it would
  also hide the US "기술 규제" on China), an F-35 parts licence and a data-protection authority's school guide.
  Twenty-third session (2026-12-04): rounds 93-99, seven blind rounds with the session's 1,000 searches by helpers who
  never saw the rules, run as before (shingle check against every earlier text, split per language x kind
  before anyone looked, measured once with the rules of the moment, copies kept; every change checked by a
  verdict diff over every labelled text, the 2,000 dense articles and the corpus pages and feed entries, with
  unit cases in `tests/unit/test_topics.py` that fail on the rules before). The kinds: the national angle (93:
  AI Act supervisors and implementing laws, AI factories, national authorities on AI apps, exporters and customs
  cases), the third-country angle (94: Gulf chip licences, the diffusion rule's tiers, diversion through
  Singapore, India and Japan under China's rare-earth licences), the topics in passing found by searching other
  subjects (95 and 96, two sets of subjects), near misses from the newest news with two thirds hard negatives
  (97) and the EU's AI rules in passing inside other subjects (98: 48 of its 105 texts are eu_ai positives).
  Searches on the topics themselves now return used pages in the smaller languages (76-95 % in rounds 93-94,
  no Danish, Swedish or Finnish positive in round 93); searching other subjects still found unused pages there.
  Round 93 (`news_tune93/holdout93.jsonl`, 101 texts in all 20 languages; 44 positives and 57 hard negatives),
  measured with ab9502a: by `mentioned` deepseek 1.00 / 1.00, export_controls 1.00 / 0.88, eu_ai 1.00 / 1.00.
  After: Japanese dual-use goods said as goods "that can be diverted to weapons" (兵器製造に転用, the spray-dryer
  case under Japan's foreign-trade law), Hungarian "kettős termék", and an unlicensed export (無許可, unlicensed,
  ungenehmigt, 무허가, 未经许可) right before an export word: 3 better.
  Round 94 (`news_tune94/holdout94.jsonl`, 96 texts in 17 languages; 54 positives and 42 hard negatives),
  measured with ba45a61: 1.00 / 1.00, 1.00 / 0.92, 0.90 / 0.90. After: restrictions circumvented, the evasion
  word beside the restriction word, with chips and China within 40 words (Nvidia's chips billed in Singapore
  and shipped to China): 1 better. Left: two borderline hints at US approval of Gulf chip purchases.
  Round 95 (`news_tune95/holdout95.jsonl`, 120 texts in 17 languages; 54 positives and 66 hard negatives),
  measured with 6e545ba: 1.00 / 1.00, 0.97 / 0.93, 0.94 / 0.94. After: Japanese orders paused (発注の一時停止,
  with Chinese and Korean twins) as a government telling firms off chips; national AI commissions masked for
  eu_ai, since German "Kommission" read inside Sweden's "AI-kommission": 2 better. Tried and not shipped: the
  minerals-deal rule with China within 12 words instead of 6 (2 better, 0 worse, but it fired on invented
  Japan-Australia and US-Ukraine minerals deals).
  Round 96 (`news_tune96/holdout96.jsonl`, 118 texts in 18 languages; 57 positives and 61 hard negatives),
  measured with b215bfd: 1.00 / 1.00, 0.88 / 0.97, 0.94 / 0.88. After: other countries' commissions (National
  Health Commission, FTC, SEC ...) masked for eu_ai; a state banning an app on its own devices vetoes the
  passing-restrictions rule: 3 better. Tried and not shipped: the AI-law rule's EU window at 40 words (4 better,
  4 worse). Left: a China-only graphics card with no reason given and customs seizing cards smuggled into China,
  which labellers count both ways.
  Round 97 (`news_tune97/holdout97.jsonl`, 106 texts in 19 languages; 38 positives and 68 hard negatives),
  measured with 1fa70ec: 1.00 / 1.00, 0.95 / 1.00, 0.90 / 0.82. After: Italian "interdipendenza" and
  "interdisciplinare" masked for export_controls (they begin like French "interdi*"): 1 better. A scan of every
  wildcard restriction, control and hindrance term against the words it matches in other languages' texts
  found no other false friend worth masking.
  Round 98 (`news_tune98/holdout98.jsonl`, 105 texts in 19 languages; 48 positives and 57 hard negatives),
  measured with 84973a6: deepseek 1.00 / 1.00 (one text), eu_ai 0.95 / 0.77 by `mentioned`, 0.64 / 0.93 by
  what the texts are about. Its misses are comparisons in Korea's and Japan's AI-law stories (4, left alone by
  design), EU rules alluded to without a name (police facial recognition, insurance), a Commission study on AI
  in health care and the Irish authority named 30 words from Meta's models. After: the EU banning or proposing
  to ban one of the AI Act's prohibited practices (social scoring, emotion recognition), the Act unnamed: 1
  better.
  Round 99 (`news_tune99/holdout99.jsonl`, 51 texts in the eight largest languages; 30 positives and 21 hard
  negatives; the session's search budget ran out during it), measured with the session's final rules (3975e6d):
  1.00 / 1.00, 0.93 / 0.88, 1.00 / 1.00. After: Japanese "貿易管理" (trade control, METI's word for the regime):
  1 better. Tried and not shipped: Aixtron as a chip word (1 better, 1 worse: Obama's block of its takeover is a
  merger review).
  Found probing the rules with invented sentences: getting round tariffs ("exporters circumvent tariffs by
  routing Chinese solar panels through Vietnam" beside chip news) read as chip smuggling; tariff-evasion phrases
  in 20 languages are masked for export_controls, with no verdict change over any labelled text. Left: the
  restriction rules still fire on "circumvent the restrictions on Google" beside Nvidia's China sales.
  Pooled blind over this session's rounds 93-99 (697 texts): deepseek 1.00 / 1.00, export_controls 0.95 / 0.93,
  eu_ai 0.95 / 0.86; over rounds 83-99 (1,806 texts): 1.00 / 0.98, 0.96 / 0.94, 0.97 / 0.89 - eu_ai recall
  falls just under the goal there (318 of 357), recall per language ja 0.79, el and fi 0.80, sk 0.82, sv 0.85,
  the other fifteen 0.88-1.00; over rounds 58-99 (5,145 texts): 1.00 / 0.99, 0.95 / 0.93, 0.93 / 0.88, recall
  per language el 0.77 (74/96), sk 0.81 (52/64), da and ro 0.87, ja 0.89, the other fifteen 0.91-0.96. Over
  every labelled text the final rules are 12 better and none worse than the session's first.
  Twenty-fourth session (2026-12-04): rounds 100-106, seven blind rounds (about 820 searches) by helpers who never
  saw the rules, run as before (shingle check against every earlier text, split per language x kind before
  anyone looked, measured once with the rules of the moment, copies kept; every change checked by a verdict
  diff over every labelled text, the 2,000 dense articles and the corpus pages and feed entries, with unit
  cases in `tests/unit/test_topics.py` that fail on the rules before). Each round sought a kind of text the
  earlier ones had little of: the topics in passing found through a third set of other subjects (100: EVs and
  magnets, metals, defence, market wraps, data centres, state visits), short items as a feed reader sees them
  (101: briefs, tickers, newsletter lines, teasers of 150-900 characters), opinion, analysis and interviews,
  where the topics come in allusive words (102), official and institutional text in its formal wording (103:
  ministry notices, parliamentary questions, regulators' orders, filings, client alerts), the newest news
  (104: late 2025 to spring 2026), EU AI policy beyond the headlines and export controls beyond Nvidia (105),
  and the ordinary run of news (106). The smaller languages' stored pages are used up on
  the topics: Greek, Romanian, Turkish, the Nordic and the Central European languages' helpers found 80-95 %
  of results used and brought back mostly hard negatives, and by round 106 even German, Japanese and Korean
  were 75-80 % used.
  Round 100 (`news_tune100/holdout100.jsonl`, 123 texts in all 20 languages; 49 positives and 74 hard
  negatives), measured with c3c1635: by `mentioned` deepseek 1.00 / 1.00, export_controls 0.95 / 0.91, eu_ai
  0.93 / 0.76. After: a government capping chip sales ("the US was discussing capping chip sales ... to certain
  countries", the diffusion rule's country caps; a cap word in 20 languages, market caps masked); an AI service
  held back in Europe over data protection (Meta AI in 2024; "DMA", "DSA" or "gatekeeper" vetoes, since Apple
  held its AI back under the DMA); EU support for AI told by its scale ("Unterstützung in Milliardenhöhe für die
  KI-Branche"): 2 better. Left: the Korean story of Meta and Apple together (its DMA vetoes), EU research grants
  for AI networks and a Danish list of the Commission's digital files.
  Round 101 (`news_tune101/holdout101.jsonl`, 88 short items in 17 languages; 44 positives and 44 hard
  negatives), measured with 437e476: 1.00 / 0.92, 1.00 / 0.79, 1.00 / 0.71. After: Liang Wenfeng alone passes
  for DeepSeek (a scraped brief had lost the linked name); the infinitive "regulate" in 16 languages is a law
  word ("lagstiftningen ... för att reglera artificiell intelligens"), the finite "Europe regulates" of the
  "America innovates" trope is not; German "strenger zu kontrollieren", Spanish "dejen de adquirir" and
  "limitaciones de": 6 better (one in round 83). Left: a newsletter line naming the AI Act beside Korea's AI
  priority, the Commission's two AI strategies 6 words from "AI" (a window of 7-10 was 2 better, 2 worse) and
  the diffusion rule called "sanctions" on Poland.
  Round 102 (`news_tune102/holdout102.jsonl`, 114 texts in 19 languages; 63 positives and 51 hard negatives),
  measured with ee96a82: 1.00 / 1.00, 1.00 / 0.86, 0.88 / 0.84. After: the adjective "regulatoria" no longer
  reads as a regulator (nouns only); the GDPR's full name is masked for eu_ai where its law word stands alone
  ("Tietosuoja-asetus", "General Data Protection Regulation": it read as an AI law beside "AI"; the acronyms
  stay); a "technology blockade" beside China or a controlling state (9+ languages; Chinese 技术封锁 was
  already a control phrase): 3 better. Left: the chip war and Brussels' rules alluded to without a control or
  law word ("les États-Unis ont déclaré la guerre à la Chine", "Europa hat sich auf die Regulierung
  beschränkt"), all marked borderline by their labellers, and a privacy authority's editorial naming AI 40
  words away.
  Round 103 (`news_tune103/holdout103.jsonl`, 94 texts in 17 languages; 47 positives and 47 hard negatives),
  measured with b83b650: 1.00 / 1.00, 0.90 / 0.90, 1.00 / 1.00. After: "Section 301" joins the tariff words,
  and its statutory "restricts U.S. commerce" and Korean statistics' "excluding the effect of" (영향을 배제) are
  masked: 2 better. Left: three borderline Japanese and Flemish official texts (Russia sanctions with an entity
  export ban, a licensing service's page, a Cabinet answer on university ties).
  Probing the new rules with invented sentences (no verdict change over any labelled text): the cap rule is
  vetoed by price, fee and wage words ("the US government capped drug prices last year; chipmaker Nvidia's
  sales rose"), the held-back rule wants the AI service within 7 words ("Samsung postponed its smartphone
  launch in Europe; privacy features of its AI assistant were praised"), and a technology blockade needs
  China, Russia or a controlling state beside it (not "the technology blockade of Gaza's internet").
  Round 104 (`news_tune104/holdout104.jsonl`, 79 texts in 16 languages; 46 positives and 33 hard negatives),
  measured with ed4cd29: 1.00 / 1.00, 1.00 / 0.88, 0.86 / 0.92. After: China's rare-earth licences 20 words
  from the minerals, not 15 ("la simplificación de los trámites para exportar tierras raras ... los plazos de
  licencia"), with mining and exploration licences masked, since the rule already fired on an invented "a new
  mining licence was granted" beside China's exports; a licence word right beside a China-bound chip model
  ("licenze H20", "H20-Lizenzen"): 2 better. Left: two borderline data-protection texts (a DSA case on Grok,
  the Dutch authority's guidance on customer-service chatbots) and a Chinese comparison with the AI Act in
  Korea's AI-law story, left alone by design.
  Round 105 (`news_tune105/holdout105.jsonl`, 108 texts in 14 languages; 64 positives and 44 hard negatives),
  measured with 4663a0a: export_controls 0.96 / 0.88, eu_ai 0.95 / 0.97 (no DeepSeek text). After: Spanish
  "Factorías de IA"; a chip plant's sale to a Chinese investor blocked, and German investment reviews, as merger
  words: 2 better. Left: diversion to Russia told as broad sanctions, and the Council of Europe's convention
  signed by the EU beside "AI regulation" (a hard negative by the definitions).
  Round 106 (`news_tune106/holdout106.jsonl`, 83 texts in 16 languages; 44 positives and 39 hard negatives),
  measured with eaeb09b: 1.00 / 0.94, 1.00 / 1.00, 0.94 / 1.00. Its two errors are marked borderline
  (DeepSeek implied but not named; a Turkish authority's Grok probe beside the Commission's "systemic risk"
  probe). A review of the session's words for false friends across languages then found Spanish and Portuguese
  "regular" and Italian "regolare" (also the adjective, and English "regular users of AI chatbots in the EU"
  read as an AI law): only "para regular", "per regolare" and the like count now, with no verdict change over
  any labelled text. A last review removed GDPR names that the new mask made dead and took the chip
  models from one list, with no verdict change either: these are the final rules (23,144 terms).
  Pooled blind over this session's rounds 100-106 (689 texts): deepseek 1.00 / 0.97, export_controls 0.97 /
  0.88, eu_ai 0.93 / 0.90; with the final rules the same texts give 1.00 / 0.99, 0.99 / 0.93, 0.95 / 0.92. Over
  rounds 83-106 (2,495 texts): 1.00 / 0.98, 0.97 / 0.93, 0.96 / 0.89, recall per language el 0.82, sk and fi
  0.83, sv 0.84, the other sixteen 0.88-1.00; over rounds 58-106 (5,834 texts): 1.00 / 0.99, 0.95 / 0.93, 0.93 /
  0.89, recall per language el 0.78 (76/98), sk 0.83, da 0.86, ro and cs 0.88, the other fifteen 0.89-0.97.
  Over every labelled text the final rules are 17 better and none worse than the session's first. `make lint`
  now types bench/ as well (13 errors there mended).
  Twenty-fifth session (2026-12-04): rounds 107-112, six blind rounds run as before, and two vocabulary reviews
  (about 540 searches in all). Round 107 went back to the eight languages with the lowest recall (el, sk, fi, sv,
  da, ro, cs, hu) with 16 searches each: 80-95 % of what the stored pages hold there was already used, and it
  brought 27 texts, 25 of them hard negatives (DMA and DSA fines, TikTok bans, tariffs), all rightly left alone, and
  2 positives, both found. Since nothing is left to gather blind in those languages, sixteen reviewers, one per
  language other than German and English, read 44 concepts' English, German and own lists and wrote what their press
  commonly says that the lists missed (case and verb forms, Finnish consonant gradation, Turkish k/ğ, Danish
  verb-second order, feminised names, katakana and Taiwan/Hong Kong wording, official AI-Act terms checked on the
  Commission's pages): about 1,270 terms after dropping stems that are words in another language (Swedish stoppa* is
  English "stoppages", Hungarian tilal* Finnish "tilalle", Korean 환적 sits inside 순환적) and the seven that caused a
  false alarm over the labelled texts; together 8 better and 1 worse (Shanghai customs seizing used graphics cards,
  now export_controls through 显卡, as English "graphics card*" would). Two matcher changes, both in Python and the
  native code: a quotation mark beside a word of a phrase no longer breaks it ('uma das primeiras “fábricas” de IA',
  « usines » d'IA), and an excluded term that a rule lists among its `any` terms keeps its own hit there (the GDPR's
  full names, excluded for eu_ai so that their law word is no AI law, count again as the GDPR in gdpr-action-on-ai);
  `check_detection.py --against 201ff6c` shows 2 verdict changes in 27,850 texts (the quoted phrase, and one fuzz
  text).
  Round 108 (`news_tune108/holdout108.jsonl`, 101 texts in en, fr, es, it, pt, nl, pl, zh: the topics in passing or
  in other words, in market reports and sector stories), measured with 47e13e2: deepseek 1.00 / 1.00,
  export_controls 1.00 / 0.86, eu_ai 0.96 / 0.81. After: "impossibilità di vendere in Cina" and its kin in seven
  languages as restriction words; an AI service credited for an image ("Image créée avec ChatGPT" above a CNIL
  report on data breaches) is masked; 50 words (40) between a data-protection authority or complainant and the AI
  service (4 better over every labelled text); the quotation marks: 4 better. Left: allusions without a law or
  control word.
  Round 109 (`news_tune109/holdout109.jsonl`, 108 texts in de, en, ja, ko, tr, fr, es, pt: the professional and
  trade press), measured with 8bf3532: 1.00 / 1.00, 1.00 / 0.96, 0.96 / 0.93; its four errors are all marked
  borderline (a Korean AI-law column comparing with the EU, Korea's PIPC consulting the CNIL about DeepSeek).
  Round 110 (`news_tune110/holdout110.jsonl`, 100 texts in en, de, fr, es, it, pt, ja, zh: what a tech-policy and
  China-tech feed carries, taken as it came), measured with 15a2a14 (both reviews in): 1.00 / 1.00, 1.00 / 0.97,
  0.82 / 0.93. Its three eu_ai false alarms were there before the reviews: two Mistral funding stories and Nvidia's
  "AI factories" pitched to Europe. After: a firm called Europe's champion, rival or answer to someone is masked for
  eu_ai in 20 languages ("un campeón europeo" beside "modelos de IA de uso general"): 1 better. Left: "le autorità
  europee" weighing competition risks, Nvidia's AI factories.
  The exclusion of export rules ("vývozné pravidlá pre čipy používané v oblasti umelej inteligencie", the AI
  diffusion rule) for eu_ai came from the Slovak review, where a commissioner's name beside US export rules for AI
  chips read as an AI law.
  Round 111 (`news_tune111/holdout111.jsonl`, 105 texts in en, de, fr, es, it, pt, nl, pl: EU AI rules as the other
  sections of a paper report them, culture and copyright, labour, health, schools, finance, police, consumer pages;
  55 eu_ai positives), measured with 978e7ca: eu_ai 0.96 / 0.93, no other error; five of its six errors are marked
  borderline (EU AI policy without a name). After: a "European country" is a country, not the EU acting ("deuxième
  pays européen ... où la reconnaissance faciale est interdite"; masked for eu_ai in 20 languages): 1 better.
  Round 112 (`news_tune112/holdout112.jsonl`, 76 texts in en, de, fr, es, ja, ko, zh, tr: the newest news, mid-2025
  to 2026), measured with a28322b, the final rules: 1.00 / 1.00 on all three topics (8, 26 and 10 positives), no
  error. Pooled blind over this session's rounds 107-112 (517 texts): deepseek 1.00 / 1.00, export_controls 1.00 /
  0.95, eu_ai 0.95 / 0.92; with the final rules 1.00 / 1.00, 1.00 / 0.96, 0.97 / 0.93. Over rounds 83-112 (3,012
  texts): 1.00 / 0.98, 0.97 / 0.94, 0.96 / 0.8995 (564 of 627), recall per language el, sk and fi 0.83, sv 0.84, the
  other sixteen 0.88-1.00 (no new positives in the first four: nothing left to gather); over rounds 58-112 (6,351
  texts): 1.00 / 0.99, 0.96 / 0.93, 0.94 / 0.89, recall per language el 0.78 (77/99), sk 0.83, da 0.86, ro and cs
  0.88, es 0.89, the other fourteen 0.91-0.97 (pooled figures are each round against the rules before it, read by
  this session's matcher). Over every labelled text the final rules are 17 better and 1 worse than the session's
  first (25,276 terms).
  Twenty-sixth session (2026-12-04): rounds 113-119, seven blind rounds run as before (about 1,000 searches, until
  the session's search budget ran out during round 119), each asking for a kind of source not asked for before.
  The stored tools of earlier sessions were gone, so the merge (shingle check against every earlier text, URL
  check, split per language x kind before anyone looked) and the pooled figures were rebuilt, now in the repository:
  `python bench/pooled_blind.py [--first N] [--last N] [--final]` matches each round with the topics.yaml of the
  commit it was measured with, as `bench/blind_rounds.tsv` records for rounds 83 on (round 110's, 15a2a14, is no
  longer in the history; d427906, its data commit's parent, stands in), read by this tree's matcher. So counted,
  rounds 83-112 give 1.00 / 0.98, 0.97 / 0.93 and 0.96 / 0.898 (563 of 627), where the last note said 0.94 and
  0.8995.
  Round 113 (`news_tune113/holdout113.jsonl`, 116 texts in en, de, fr, es, it, pt, ja, zh: the EU's AI rules and the
  export controls seen from home, national supervisors and implementation laws, local firms, hospitals, schools),
  measured with 058e852: deepseek 1.00 / 1.00, export_controls 1.00 / 1.00, eu_ai 1.00 / 0.94. After: a member
  state's authority named as the one that supervises AI with the EU within 50 words (the AI Act's national
  supervisors without the Act's name: "la vigilanza e controllo dell'intelligenza artificiale ... all'AgID", "come
  invece suggerito dalla Ue"; a concept in 20 languages), and the digital omnibus by its digital name beside the AI
  law within 80 words, the EU anywhere ("o Pacote Omnibus Digital ... alterações à Lei da Inteligência
  Artificial"; Canada's "omnibus bill" with its AI act stays out): 5 better over every labelled text.
  Round 114 (`news_tune114/holdout114.jsonl`, 105 texts in en, de, es, it, nl, pl, ko, tr: general-audience news,
  broadcasters, dailies, wires and local sites), measured with ed8dc57: 1.00 / 0.92, 0.92 / 0.96, 0.97 / 0.89;
  Korean is its weak language (two AI-Basic-Act stories naming the EU's act in passing, left out by design, and two
  Korean "technical regulation" stories read as export controls). After: "기술규제" (technical regulations that
  exporters meet, the WTO's TBT) and "무역기술장벽" masked for export_controls: 3 better. Turkish pages were used up
  (8 texts from 20 searches).
  Round 115 (`news_tune115/holdout115.jsonl`, 118 texts in en, de, fr, es, it, pt, ja, zh: science, universities,
  research and health news), measured with 5030789: 1.00 / 1.00, 1.00 / 0.95, 1.00 / 0.95. After: the end of
  exports as a halt word in eight languages ("la fin des exportations de la technologie des micropuces par les
  Pays-Bas"): 1 better. Left: EU AI strategies told by description (Apply AI as "la Estrategia para la
  Aplicación de la IA", a Horizon Europe "IA nella scienza" call), both in the holdout half.
  Round 116 (`news_tune116/holdout116.jsonl`, 118 texts in en, de, fr, es, it, nl, pl, ko: what chambers,
  associations, unions and town halls publish), measured with d5135d8: 1.00 / 1.00, 0.96 / 0.96, 1.00 / 0.94; every
  error in the holdout half (a town hall's ChatGPT licences with one sentence on the EU's AI regulation, China's export
  controls with no technology word, "contournant" in a DeepSeek newsletter read as smuggling), no change.
  Round 117 (`news_tune117/holdout117.jsonl`, 103 texts in es, pt, fr, de, tr, ja, ko, zh: foreign-language services,
  state media, wire copy and translations), measured with c0c3bd8: 1.00 / 1.00, 1.00 / 1.00, 0.97 / 0.91. After: a
  bare Chinese "AI office" no longer counts alone (Malaysia's 国家人工智能办公室 read as the EU's); outlet names that
  hold a non-EU place (Agência Brasil, Japan Times, Korea Herald ...) are masked for eu_ai so a credit line vetoes
  nothing; the AI Act's vocabulary ("risques inacceptables", plurals added in six languages) within 10 words of AI
  and 6 of the EU: 2 better.
  Round 118 (`news_tune118/holdout118.jsonl`, 117 texts in en, de, fr, es, it, pt, ja, zh: enforcement, courts and
  disputes), measured with 531fda7: 1.00 / 1.00, 1.00 / 0.97, 0.97 / 0.94. After: Italy's Garante translated word
  for word into French ("le garant de la confidentialité italienne") is a data-protection authority, and the Court of
  Justice's abbreviations (CJEU, CJUE, TJUE, TSUE, CGUE, EuGH, SDEU) are the EU: 2 better.
  Round 119 (`news_tune119/holdout119.jsonl`, 46 texts in el, sk, fi, sv, da, ro, cs, hu, any of the kinds above),
  measured with d3ea953: export_controls 1.00 / 0.75, eu_ai 0.88 / 0.70 on 8 and 10 positives; 5 of its 6 errors
  are marked borderline. After: "export control list" in fifteen more languages ("pe lista sa de control al
  exporturilor"): 1 better.
  Pooled blind over rounds 113-119 (723 texts): deepseek 1.00 / 0.99, export_controls 0.98 / 0.96, eu_ai 0.98 /
  0.92; with the final rules 1.00 / 0.99, 0.99 / 0.98, 0.99 / 0.94. Over rounds 83-119 (3,735 texts): 1.00 / 0.98,
  0.97 / 0.93, 0.96 / 0.905 (799 of 883): every topic meets both goals there; recall per language (all topics)
  0.85-1.00 but for sv 0.81 (22/27), el and sk 0.83 (20/24 each); eu_ai alone is lowest in Korean (0.74, 28 of 38:
  mostly Korean AI-law stories that name the EU's act as a comparison, left out on purpose) and Greek (0.75).
  Over every labelled text the final rules (25,514 terms) are 14 better and none worse than the session's first.
  Twenty-seventh session (2026-12-05): rounds 120-127, eight blind rounds run as before (about 1,000 searches
  with a fresh budget), each asking for a kind of source not asked for before; round 124 went to crypto sites,
  aggregators and content farms in the seven smallest languages, where news sites' pages were used up.
  Round 120 (`news_tune120/holdout120.jsonl`, 116 texts in en, de, fr, es, pt, it, ja, ko: the view from outside
  the EU and the US), measured with 61abffb: deepseek 1.00 / 1.00, export_controls 1.00 / 0.93, eu_ai 1.00 / 0.78;
  five of the eight eu_ai misses are Korea's, Japan's or Brazil's AI law with the EU's act named as its model,
  left out on purpose (the issue's hard negatives are such laws; a removal of that design was tried: 31 better, 17
  worse over every labelled text, and the unit cases that encode it broke, so it stays). Before it (from older
  tuning halves): Polish, Czech, Finnish and Romanian strategy stems no longer catch "strategic", a Parliament
  special committee is one of its acts, and the EU's strategy reaches AI 7 words on (2 better). After: a country's
  limited access to US chips (the diffusion rule's tiers, "accesso limitato ai microprocessori statunitensi", 20
  languages) and "strategic" and "critical" minerals where 13 languages lacked them (2 better).
  Round 121 (`news_tune121/holdout121.jsonl`, 51 texts in zh, nl, pl, tr, the same kind), measured with d00b47e:
  1.00 / 1.00, 0.93 / 1.00, 1.00 / 1.00. Before it: obstacles on rare earths removed (a Slovak Busan-summit report,
  round 95) count as the controls eased, 20 languages (1 better).
  Round 122 (`news_tune122/holdout122.jsonl`, 113 texts in en, de, fr, es, it, pt, ja, ko: the newest news, 2026
  only), measured with 8aef68b: 1.00 / 1.00, 0.94 / 1.00, 1.00 / 0.86 (three of the four eu_ai misses the Korean
  comparison again). Before it: the EU's transparency requirements for AI-generated content as its labelling duty
  (round 82's "EU:s transparenskrav", 20 languages; 1 better). Tried and dropped: German "verschärf*" narrowed to
  what tightens controls (a competition that "verschärfte sich" read as one: 2 better, 3 worse) and bare
  "Επιτροπή"/"Bizottság" as the Commission (1 better, 2 worse).
  Round 123 (`news_tune123/holdout123.jsonl`, 110 texts in en, de, fr, es, it, pt, nl, pl: rough text from the long
  tail), measured with 27b7676 (8aef68b's rules): 1.00 / 1.00, 1.00 / 0.97, 1.00 / 0.97. Tried and dropped: "after"
  words beside a state's ban ("dopo il ban USA"): 2 better, 6 worse.
  Round 124 (`news_tune124/holdout124.jsonl`, 28 texts in cs, el, fi, hu, ro, sk, sv), measured with b6cb5f7: -,
  1.00 / 0.83, 1.00 / 1.00 on 6 and 5 positives.
  Round 125 (`news_tune125/holdout125.jsonl`, 117 texts in en, de, fr, es, it, pt, ja, zh: the technical side),
  measured with f4b7ae1: 1.00 / 1.00, 1.00 / 0.94, 1.00 / 0.98. After: the EU's AI Pact (in no list at all before;
  20 languages, the EU within 25 words), export regulation said in words ("regular las exportaciones de microchips
  avanzados"), the validated end-user programme in every language (3 better); a review of programme and
  instrument names that followed added the European AI Alliance, the AI Innovation Package, RAISE and the AI Board,
  and ECCNs (3A090, 4A090 ...), EAR99, ECRA, the AI Overwatch and Remote Access Security Acts, the Affiliates Rule
  and China's Export Control Law (1 better).
  Round 126 (`news_tune126/holdout126.jsonl`, 104 texts in en, de, fr, es, ja, zh, ko, nl: what companies say about
  themselves), measured with 5758bb9, the session's final rules but for one halt word: 1.00 / 1.00, 1.00 / 1.00, 1.00 /
  0.90 (three passing eu_ai mentions, all in the holdout half).
  Round 127 (`news_tune127/holdout127.jsonl`, 44 texts in de, fr, it, es: explainers for general readers, the
  session's last searches), measured with d829e0b: 1.00 / 1.00, 1.00 / 0.85, 1.00 / 1.00. After: Spanish and
  Portuguese "stopped" (paró, detuvo, parou) as halt words ("Cuando China paró la exportación de tierras raras";
  1 better).
  Pooled blind over rounds 120-127 (683 texts): deepseek 1.00 / 1.00, export_controls 0.98 / 0.96, eu_ai 1.00 /
  0.92; with the final rules 1.00 / 1.00, 0.98 / 0.98, 1.00 / 0.92. Over rounds 83-127 (4,418 texts): 1.00 /
  0.99, 0.97 / 0.94, 0.97 / 0.907 (983 of 1,084): every topic meets both goals there; recall per language (all
  topics) 0.86-1.00 but for fi 0.80 (12/15), sv and sk 0.83 (24/29, 20/24) and el 0.85 (22/26). Over every labelled
  text the final rules (25,946 terms) are 11 better and none worse than the session's first.
  Twenty-eighth session (2026-12-05): rounds 128-135, eight blind rounds run as before (about 840 searches with a
  fresh budget; the shingle and URL checks against every earlier text rejected 14 near-copies). Round 128
  (`news_tune128/holdout128.jsonl`, 84 texts in en, de, fr, es, it, pt, nl, pl: looking back, timelines and
  year-in-review pieces), measured with b3ee78c (the previous session's final rules): deepseek 1.00 / 1.00,
  export_controls 1.00 / 0.96, eu_ai 1.00 / 1.00. Round 129 (`news_tune129/holdout129.jsonl`, 70 texts: the same
  kind in ja, zh, ko, tr and in the eight smallest languages, where 14 searches each found 31 new texts, 15 of them
  positives, none in Danish or Slovak), measured with 2470cdc (the same rules): 1.00 / 1.00, 1.00 / 1.00, 1.00 /
  0.93. Round 130 (`news_tune130/holdout130.jsonl`, 84 texts in en, de, fr, es, it, pt, ja, nl: the less-reported
  corners of each topic), measured with 1e30fd8 (the same rules): 1.00 / 1.00, 1.00 / 0.93, 1.00 / 0.96. After:
  quantum computers as technology beside an export-control phrase in every language (the Wassenaar-agreed national
  bans on machines of 34 qubits, missed in German and Portuguese; 2 better). Round 131
  (`news_tune131/holdout131.jsonl`, 88 texts in en, de, fr, es, it, zh, ko, pl: more corners, from photoresists and
  spyware to noyb's ChatGPT complaints), measured with 006087f: 1.00 / 1.00, 0.92 / 0.96, 0.93 / 0.96 (16 of its
  texts marked borderline, three of its four false positives among them). After: Polish "dual use" is a control
  phrase only for goods, items and products, as in English ("satelitami podwójnego zastosowania" launched for the
  army; 1 better; removing the bare form in the other 16 languages that have it was tried: 0 better, 11 worse, so it
  stays there), and a member state's national AI law in Chinese ("國家AI法案", Italy's) vetoes the looser EU rules as in
  the other languages (1 better). Round 132 (`news_tune132/holdout132.jsonl`, 89 texts in en, de, fr, es, it, pt,
  ja, nl: a third set of corners, Nexperia, Taiwan's core technologies, gigafactory bids, DeepSeek's app removal),
  measured with ce8b97e: 1.00 / 1.00, 1.00 / 0.91, 0.96 / 0.96. Round 133 (`news_tune133/holdout133.jsonl`, 80 texts
  in en, de, fr, es, it, pt, pl, ko: news of 2024 only), measured with ce8b97e: 1.00 / 1.00, 1.00 / 1.00, 0.96 /
  1.00. Round 134 (`news_tune134/holdout134.jsonl`, 84 texts in en, de, fr, es, it, ja, zh, nl: a topic in passing
  inside news about something else, found by searching the other subject), measured with 4457cf0 (ce8b97e's rules):
  1.00 / 1.00, 1.00 / 0.83, 0.94 / 0.71, the hardest kind again (as rounds 92, 95, 100 and 108 were): its seven
  eu_ai misses are each one allusive sentence ("the EU announced measures to cut the regulatory burden on AI", a
  Dutch AI facility "with money from Brussels"), five of them marked borderline by their labellers. After: Italian
  "Ue" (the EU in mixed case, as Italian papers write it) as an EU actor ("la strategia dell'Ue sull'Intelligenza
  artificiale"; 1 better). Round 135 (`news_tune135/holdout135.jsonl`, 86 texts in en, de, fr, es, it, pt, pl, ko:
  the same with other subjects, trade fairs, AGMs, crypto and commodity wraps), measured with 9d6e283: 1.00 / 1.00,
  0.96 / 0.93, 1.00 / 0.81 (two of its four eu_ai misses Korean texts putting the EU's act beside Korea's AI law,
  which the rules leave out on purpose). After: "key raw materials" among the minerals China controls, 20 languages
  ("Beijing anunció controles de exportación sobre materias primas claves"; 1 better).
  Pooled blind over rounds 128-135 (665 texts): deepseek 1.00 / 1.00, export_controls 0.98 / 0.94, eu_ai 0.97 /
  0.92; with the final rules 1.00 / 1.00, 0.99 / 0.96, 0.98 / 0.92. Over rounds 83-135 (5,083 texts): 1.00 / 0.99,
  0.975 / 0.938, 0.971 / 0.909 (1,153 of 1,269): every topic meets both goals there; recall per language (all
  topics) 0.86-1.00 but for fi and sk 0.83 (15/18, 20/24) and sv 0.84 (26/31); with the final rules 1.00 / 0.99,
  0.99 / 0.96, 0.98 / 0.92, and all languages 0.86-1.00 but fi (0.83). Over every labelled text the final rules
  (26,054 terms) are 6 better and none worse than the session's first. A review of the change then dropped 18
  terms that wider ones in the same list already cover ("technologie* quantique*" beside "technologi*"): 26,036
  terms, every score, mention and verdict on every labelled text and the corpus unchanged.
  Twenty-ninth session (2026-12-05): rounds 136-146, eleven blind rounds run as before (the session's whole search
  budget, which ran out during round 146; the shingle and URL checks against every earlier text rejected 11
  near-copies and one used page). Round 136 (`news_tune136/holdout136.jsonl`, 52 texts in cs, da, el, fi, hu, ro,
  sk, sv: a topic in passing, the eight smallest languages' last unused pages, 21 positives), measured with
  6592c16 (the previous session's final rules): deepseek 1.00 / 1.00, export_controls 1.00 / 0.92, eu_ai 1.00 /
  0.78. Round 137
  (`news_tune137/holdout137.jsonl`, 90 texts in en, de, fr, es, it, pt, nl, pl: passing mentions inside news on
  media, banking, telecoms, data centres, HR and local government), measured with 6592c16: 1.00 / 1.00, 1.00 /
  0.91, 1.00 / 0.96. Round 138 (`news_tune138/holdout138.jsonl`, 86 texts in ja, zh, ko, tr, en, de, fr, es: trade
  press, explainers, columns), measured with 6592c16: 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.71 (four of its six eu_ai
  misses are Japanese, Korean and Turkish explainers of their own countries' AI laws naming the EU act beside them,
  which the rules leave out on purpose). After: the EU's AI Pact in Korean ("인공지능 협약"; 1 better). Round 139
  (`news_tune139/holdout139.jsonl`, 82 texts in en, de, fr, es, it, pt, nl, pl: AI products, companies and people,
  EU rules on the side), measured with b7e069a: 1.00 / 1.00, 0.93 / 1.00, 0.97 / 0.93. After: Portuguese "uso
  dual" only for goods, items and products, as English and Polish (venture funds backing "startups ... de uso dual";
  1 better). Round 140 (`news_tune140/holdout140.jsonl`, 89 texts in ja, zh, ko, it, pt, nl, pl, de: company and
  market news, controls on the side), measured with 3a70f0d: 1.00 / 1.00, 1.00 / 0.85, 1.00 / 0.80. After: Polish
  rare earths as "rare minerals" ("rzadkich minerałów"; 1 better). Round 141 (`news_tune141/holdout141.jsonl`, 88
  texts in en, de, fr, es, it, ja, zh, ko: briefs, digests, tickers and show notes), measured with f8cc96a: 1.00 /
  1.00, 0.88 / 0.96, 0.95 / 0.95. After: chips that "fully meet export standards" in Chinese ("完全符合出口标准"), and
  a Quill paragraph class ('<p class="ql-block">') left in a page's text no longer read as English "block" (2
  better). Round 142 (`news_tune142/holdout142.jsonl`, 83 texts in en, de, fr, es, pt, it, nl, zh from the languages'
  other places: Swiss, Austrian, Belgian, Québec, Latin American, Brazilian, Taiwanese and Hong Kong outlets),
  measured with 48d3f7b: 1.00 / 1.00, 1.00 / 0.96, 0.93 / 0.76. After: no German "Behörde*" compound as a regulator
  ("Behördennetz", the authorities' network), and Spanish controls on the "salida" of rare earths, capital outflows
  masked (2 better). Round 143 (`news_tune143/holdout143.jsonl`, 86 texts in en, de, fr, es, it, pt, nl, pl: news of
  2023 only), measured with d2543fe: no DeepSeek story, 1.00 / 1.00, 1.00 / 1.00. Round 144
  (`news_tune144/holdout144.jsonl`, 74 texts in ja, zh, ko, tr, en, de, fr, es: the newest news, from October 2025
  on), measured with fda5668: 1.00 / 1.00, 0.97 / 0.90, 1.00 / 0.88. After: French "contrôles d'exportation" (the
  commonest French form was missing, so only the generic restriction rule caught it, and a tariff word beside it
  vetoed that) and Italian "controlli di esportazione" (1 better); then a review of every language's ways of
  saying export controls, bans, limits and licences beside a tariff word added 20 missing forms in French, Spanish,
  Portuguese, Italian, German, English, Finnish, Romanian and Chinese (no verdict changed). Round 145
  (`news_tune145/holdout145.jsonl`, 77 texts in it, pt, nl, pl, en, de, fr, es: the newest news, the topics in
  passing), measured with e0a8d4e: 1.00 / 1.00, 0.96 / 0.96, 1.00 / 0.67 (its four eu_ai misses are allusions all
  marked borderline: "the AI Action Plan" unnamed as the EU's, a section heading "Semplificazioni per l'AI" cut off,
  "strict rules, above all in the European Union"). Round 146 (`news_tune146/holdout146.jsonl`, 64 texts in ja, ko,
  zh, es, it, pt, de, en: EU digital and trade policy news, AI as one item), measured with 0634dc1 (e0a8d4e's
  rules): 1.00 / 1.00, 1.00 / 1.00, 0.96 / 0.85.
  Pooled blind over rounds 136-146 (871 texts): deepseek 1.00 / 1.00, export_controls 0.98 / 0.94, eu_ai 0.98 /
  0.87; with the final rules 1.00 / 1.00, 0.98 / 0.96, 0.98 / 0.87. Over rounds 83-146 (5,954 texts): 1.00 /
  0.99, 0.975 / 0.939, 0.971 / 0.903 (1,324 of 1,466): every topic meets both goals there; recall per language
  (all topics) 0.85-1.00 but for el 0.82 (28/34), with fi, sk and sv at 0.85 (17/20, 22/26, 28/33); with the final
  rules 1.00 / 0.99, 0.985 / 0.963, 0.980 / 0.917, and all languages 0.85-0.98 but el (0.82). Raising the weight of
  the EU act named beside another country's AI law (0.3 to 0.7) would be 14 better and none worse on rounds 83-146,
  whose labellers count such comparisons as mentions, but 22 better and 17 worse on the earlier rounds, whose
  instructions excluded them: a product choice (a Korean AI-law story that cites the EU act is not EU news), left
  as it is. After the search budget ran out, a review with invented sentences per language (licences and approvals
  of chip sales, China's mineral controls, smuggling, the AI Act's names, a data-protection authority acting on an
  AI service, in all twenty languages) found three gaps: Dutch approval as a separable verb ("keurde de verkoop
  ... goed"), Grok, Gemini, Copilot and Perplexity in Korean and Japanese script, and then Korean papers' "프랑스
  AFP통신" (France's AFP) read as a European country acting, now masked; a second pass (blacklists, orders to stop
  buying chips) found Swedish "svarta lista" after a genitive and Turkish "almayı bırakmalarını emretti" missing (no
  verdict changed by either). Over every labelled text the final rules (26,114 terms, after a review dropped the
  session's duplicates and the older exact forms its wildcards cover, every result unchanged) are 8 better and none
  worse than the session's first.
  Thirtieth session (2026-12-05): rounds 147-159, thirteen blind rounds run as before (the session's whole search
  budget, which ran out during round 159; the shingle and URL checks against every earlier text rejected 17
  near-copies, and one more copied a text of its own round). Round 147 (`news_tune147/holdout147.jsonl`, 64 texts in
  en, de, fr, es, it, pt, nl, pl: AI adoption news from one sector, hospitals, banks, HR, schools, carmakers, law
  firms), measured with 2722a23 (the previous session's final rules): deepseek 1.00 / 1.00, export_controls 1.00 /
  0.75, eu_ai 0.92 / 0.92. After: Beijing limiting (not stopping) its firms' H20 purchases, a controlling state's
  rules on selling chips to China with no control word (accounting rules veto), and US bills whose titles end in
  "Artificial Intelligence Act" (the GAIN AI Act) masked (2 better). Round 148 (`news_tune148/holdout148.jsonl`, 59
  texts in ja, zh, ko, tr and the last pages of cs, el, hu, ro), measured with 2722a23: 1.00 / 1.00, 1.00 / 0.88,
  0.89 / 1.00. Round 149 (76 texts in the eight large European languages: interviews and event reports), measured
  with 5545692: 1.00 / 1.00, 0.88 / 0.70, 0.96 / 0.92. After: not selling chips to China as a stance ("Nie
  sprzedawanie chipów do Chin", Amodei at Davos), a quarter's sales report and a market's answer kept out (1
  better). Round 150 (73 texts in ja, zh, ko, tr, en, de, fr, es: opinion and analysis), measured with 1d6ab28: 1.00
  / 1.00, 1.00 / 0.88, 0.94 / 0.85 (two of its three eu_ai misses are the EU act cited beside Taiwan's and other
  countries' AI rules, left out on purpose). After: Turkish "how AI systems will be regulated" with AI as the
  subject (a conference's "düzenlenmesi" is its organising) and Korean "규칙" (no verdict changed). Round 151 (64
  texts in it, pt, nl, pl and the last pages of sv, da, fi, sk: trade and professional press), measured with
  84a37dc: 1.00 / 1.00, 1.00 / 0.89, 0.94 / 1.00. After: a study or a survey is no GDPR case ("Deze paper onderzoekt
  ... AVG", "アンケート調査によると", masked in every language) and controls on technology transfer (2 better).
  Round 152 (80 texts: the newest news, dated 2026), measured with a98de16: 1.00 / 1.00, 0.94 / 1.00, 0.96 / 1.00.
  Round 153 (81 texts in ja, zh, ko, tr, en, de, fr, es: regional and local news, mid-size companies), measured with
  a98de16: 1.00 / 1.00, 0.92 / 0.92, 0.95 / 0.95. After: China stopping or cutting its mineral exports in every
  language's verbs ("la Chine aurait cessé ses exportations"; "exports fell" stays a statistic) and a car part's
  control module is no state control (1 better). Round 154 (85 texts: consumer technology, features held back in
  Europe), measured with f7ab4f3: 1.00 / 1.00, 1.00 / 1.00, 0.91 / 0.94. After: "norma" and "the European rule" as
  law words, and competition rules and antitrust cases are no AI law (1 better). Round 155 (82 texts in ja, zh, ko,
  tr, en, de, fr, es: science, research, culture and media), measured with 0521074: every figure 1.00. Then
  Galicia's own AI law joined the member states' national ones (a holdout text of round 153 prompted the review;
  that round's figure stays as measured; 1 better). Round 156 (79 texts: courts, enforcement and regulators'
  decisions), measured with 2ad644f: 1.00 / 1.00, 0.95 / 0.95, 1.00 / 0.83 (its five eu_ai misses are all holdout
  texts, two marked borderline: a consumer group's court case over Meta's AI training and the Court of Auditors on
  the EU's AI money). After: a review of enforcement wording in all twenty languages: the AI Act's national
  supervisors named without the EU (Bundesnetzagentur, ANACOM, AgID), the Act's "national competent authorities",
  the Berlin commissioner in Turkish and Swedish (no verdict changed). Round 157 (82 texts in ja, zh, ko, tr, it,
  pt, nl, pl: heavy industry), measured with 832157c: 1.00 / 1.00, 0.93 / 1.00, 1.00 / 0.92. After: Japanese and
  Chinese dual use only as goods ("造船業がデュアルユース産業", 2 better). Round 158 (83 texts: diplomacy and
  geopolitics), measured with 0dbcd43: 1.00 / 1.00, 0.96 / 0.96, 0.92 / 0.88. After: "het EU AI-kantoor", and a US
  president's AI order called a Verordnung, förordning, forordning, asetus or rendelet is no EU act (3 better).
  Round 159 (65 texts in ja, zh, ko, tr, en, de, fr, es: finance and investment; short of hard negatives, since the
  budget ran out during it), measured with 5384bc3: 1.00 / 1.00, 1.00 / 0.95, 1.00 / 0.96.
  Pooled blind over rounds 147-159 (973 texts): deepseek 1.00 / 1.00, export_controls 0.965 / 0.936, eu_ai 0.955 /
  0.932; with the final rules 1.00 / 1.00, 0.980 / 0.946, 0.972 / 0.935. Over rounds 83-159 (6,927 texts): 1.00 /
  0.993, 0.974 / 0.939, 0.968 / 0.908 (1,597 of 1,759): every topic meets both goals there; recall per language (all
  topics) 0.85-1.00 but for el 0.80 (28/35), with fi and sk at 0.85, sv and da at 0.86 and hu at 0.87; with the
  final rules 1.00 / 0.994, 0.985 / 0.961, 0.978 / 0.920, and every language 0.85-0.98 but el (0.80; six of its
  seven misses marked borderline). After the search budget ran out, invented sentences in all twenty languages (the
  EU's AI money, delays, code of practice, bans and fines; the licence deals' revenue share, validated end users and
  the diffusion rule; China's customs crackdown on Nvidia imports and transit states' permits; data-protection
  actions against Meta's AI training; calls to pause the AI rules; fines on AI services; China's rare-earth
  licensing and its pause; the EU's AI factories) found the revenue share paid for licences (told with the licence
  word, missed nearly everywhere), the diffusion rule and VEU in ten smaller languages, a customs crackdown and a
  chip-export permit with no controlling state named, AI training as a verb in six languages, noyb in Hangul,
  Romanian "Autoritatea elenă" and "fabrica de IA", and China's mineral "rules" paused (caught only in English,
  Finnish and Hungarian) missing; added (no verdict changed; a Czech "AI továrny" was dropped again, Nvidia's
  commercial AI factories go by that name). Over every labelled text and the corpus (24,746) the final rules (26,848
  terms) are 13 better and none worse than the session's first.
  Thirty-first session (2026-12-05): rounds 160-172, thirteen blind rounds run as before (the session's whole
  search budget, which ran out during round 172; the shingle and URL checks rejected 10 near-copies of earlier
  texts). Each round asked for a kind of text not asked for before, in eight languages: work and society (160),
  politics and elections (161), explainers and guides (162), security and data leaks (163), developers and
  startups (164), PC hardware, gaming and phones (165), transport, logistics, energy and farming (166), retail and
  advertising (167), travel, sport, entertainment and culture (168), think tanks and NGOs (169), personal blogs
  and forums (170), long reads and investigations (171), fact checks and transcripts (172). Measured each with the
  rules of its moment (`bench/blind_rounds.tsv`): round 160 1.00 / 1.00, 0.89 / 1.00, 1.00 / 1.00 (its one error a
  heading "Omzetdaling beperkt" read into its paragraph as "beperkt de": since then a phrase may wrap onto the
  next line but not cross a blank line, in the Python and the native scan; one verdict changed, see the
  detection-unchanged section); 161 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.75 (four of six eu_ai misses are the EU act
  cited beside Korea's, Taiwan's and Colombia's AI laws, left out on purpose; after: "European regulation of/on/for
  AI" in every word order is a name of the act, 2 better); 162 1.00 / 1.00, 1.00 / 0.93, 1.00 / 1.00 (after: "can
  no longer be exported" and its forms in all twenty languages, 1 better); 163 1.00 / 1.00, 0.81 / 1.00, 0.87 /
  0.95 (after: confidential information and industrial espionage veto the bare "illegally" beside chips, 1 better;
  masking "the US and Europe" as no EU term was tried, 1 better and 1 worse, and dropped); 164 every figure 1.00;
  165 1.00 / 1.00, 1.00 / 0.96, 0.80 / 1.00 (after: "export regulations" in the Romance languages, found by a
  review in all twenty, 1 better); 166 1.00 / 1.00, 0.95 / 0.90, 0.93 / 0.82 (all seven errors marked borderline
  by their labellers); 167 1.00 / 1.00, 0.93 / 1.00, 1.00 / 1.00 (after: consumer protection and advertising rules
  veto the trade-ministry rule, 1 better); 168 1.00 / 1.00, 0.91 / 1.00, 0.93 / 0.81 (eight of nine errors
  borderline); 169 1.00 / 1.00, 0.94 / 1.00, 0.97 / 1.00 (after: welfare, tax, employment and immigration
  authorities are no data-protection authority, 1 better); 170 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.95; 171 1.00 /
  1.00, 0.90 / 1.00, 1.00 / 1.00 (both errors borderline); 172 1.00 / 0.91, 1.00 / 0.81, 1.00 / 0.94 (five of six
  misses borderline, one an auto-transcript's "Deep seek"). Then, with no budget left, China letting chip or
  mineral exports resume (round 166's tuning half, checked with invented sentences in twenty languages; trade
  statistics and factories reopening after a lockdown veto; 1 better) and a review of "despite the US chip
  embargo" in all twenty languages (Finnish "sirusaarrosta" and Hungarian "chipembargó" added; no verdict changed).
  Pooled blind over rounds 160-172 (1,050 texts): deepseek 1.00 / 0.990, export_controls 0.954 / 0.964, eu_ai 0.970
  / 0.934; with the final rules 1.00 / 0.990, 0.964 / 0.974, 0.973 / 0.938. Over rounds 83-172 (7,977 texts): 1.00
  / 0.992, 0.972 / 0.941, 0.969 / 0.911 (1,853 of 2,033): every topic meets both goals there; recall per language
  (all topics) 0.85-1.00 but for el 0.80 (28/35, no new Greek text), with fi and sk at 0.85, sv and da at 0.86 and hu
  at 0.87; with the final rules 1.00 / 0.993, 0.983 / 0.962, 0.978 / 0.923. Over every labelled text and the
  corpus (25,796) the final rules (27,712 terms) are 8 better and none worse than the session's first.
  A last reading of the change dropped 10 exact terms that the session's wildcards cover (27,702 terms; the full
  dump of every result byte-identical).
  Thirty-second session (2026-12-05): rounds 173-186, fourteen blind rounds run as before (the session's whole
  search budget, which ran out during round 186: that round has 7 texts, all positives, in Spanish and Dutch; the
  shingle and URL checks rejected 13 near-copies of earlier texts). Each round asked for a kind of text not asked
  for before, in eight languages: cities and public administration (173), ethics, religion and readers' voices
  (174), health and pharma (175), law firms, compliance, banking and insurance (176), defence and space (177),
  telecoms, cloud and data centres (178), schools and ed-tech (179), publishing and copyright (180), cars and
  mobility (181), small businesses and HR (182), the semiconductor trade press (183), official statements and
  parliaments (184), podcasts, videos and newsletters (185), student media (186). Measured each with the rules of
  its moment (`bench/blind_rounds.tsv`), deepseek, export_controls, eu_ai: 173 1.00 / 1.00, 1.00 / 0.90, 0.95 /
  0.86 (after: a state ordering foreign chips removed or their purchase plans cancelled, in all twenty languages;
  1 better); 174 1.00 / 1.00, 1.00 / 0.92, 0.90 / 0.79 (after: the EU's ethics guidelines in looser words, the
  Vatican's "Pauselijke Commissie" is not the European Commission; 2 better); 175 1.00 / 1.00, 0.92 / 1.00, 0.95 /
  0.95; 176 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.96; 177 1.00 / 1.00, 0.96 / 1.00, 0.89 / 0.89; 178 1.00 / 1.00, 0.94
  / 1.00, 1.00 / 0.96 (after: gigafactories with AI a sentence-part away and the Commission further on; "US"
  describing tech firms is not the state; 9 better); 179 1.00 / 0.95, 0.75 / 0.75, 0.96 / 1.00 (after: "Deep Seek"
  spaced or in capitals against Japanese, Korean or Chinese script; 1 better); 180 1.00 / 1.00, 1.00 / 1.00, 1.00 /
  0.94 (after: the Parliament or a committee discussing AI or holding a hearing; 2 better); 181 1.00 / 1.00, 0.89 /
  1.00, 1.00 / 0.77 (after: "regulate AI" with its object in the Romance languages, the Apply AI Strategy in full
  words; 2 better); 182 1.00 / 1.00, 1.00 / 0.88, 1.00 / 1.00; 183 1.00 / 1.00, 1.00 / 0.93, 0.71 / 1.00 (after:
  "AI chips" are semiconductor policy, not AI policy; the VEU authorization by its acronym; 2 better); 184 1.00 /
  1.00, 1.00 / 0.90, 0.93 / 0.93; 185 1.00 / 1.00, 0.95 / 0.90, 1.00 / 0.92 (after: the CHIPS Act's translated names
  are a subsidy; 1 better); 186 1.00 / 1.00, no export-control text, 1.00 / 1.00. Then, with no budget left, two
  reviews with invented news sentences written by helpers who never saw the rules (72 positives and 24 near misses
  for 24 situations in each of the twenty languages, twice over, 3,840 sentences): the session's first rules
  missed 64 and 84 positives and flagged no near miss; after the fixes (orders to stop buying or to cancel orders in
  most languages, China's internet regulator as the actor of that order only, blacklists by description, licence and
  permission words, waivers for chip plants in China, the diffusion rule described, the digital omnibus by name,
  the Danish AI Act epithet, the EDPB's acronyms, Max Schrems as the complainant, "Chat GPT" spaced, Korea's
  headline "中 당국") 17 and 27 stay wrong, none a near miss (descriptions without a name, licence costs or permits
  with no China named, headlines with the EU or AI far apart, GDPR breaches argued by activists with no complaint).
  Pooled blind over rounds 173-186 (1,052 texts):
  deepseek 1.00 / 0.995, export_controls 0.963 / 0.948, eu_ai 0.963 / 0.928; with the final rules 1.00 / 1.00, 0.973
  / 0.958, 0.971 / 0.950. Over rounds 83-186 (9,029 texts): 1.00 / 0.993, 0.971 / 0.942, 0.968 / 0.913 (2,112 of
  2,312): every topic meets both goals there; recall per language (all topics) 0.85-0.98 but for el 0.80 (28/35, no
  new Greek text), with fi and sk at 0.85, sv and da at 0.86 and hu at 0.87; with the final rules 1.00 / 0.994, 0.982
  / 0.962, 0.977 / 0.928, and every language 0.85-0.98 but el 0.83 (29/35). Over every labelled text and the corpus
  (26,848) the final rules (28,624 terms) are 23 better and none worse than the session's first.
  A last reading dropped 20 terms that another term of the same group matches on the same span (28,606 terms; the
  full dump of every result byte-identical, and the invented and dense texts unchanged).
  Thirty-third session (2026-12-05): rounds 187-199, thirteen blind rounds run as before (the session's whole
  search budget, which ran out at the end of round 199; the shingle and URL checks rejected 30 near-copies of
  earlier texts). Each round asked for a kind of text not asked for before, in eight languages: climate, water and
  the energy use of AI (187), crypto, fintech and payments (188), news agencies' wire copy and its rewrites (189),
  local TV and radio stations' and regional portals' sites (190), customs, ports and smuggling cases (191), press
  releases and PR-wire copy (192), profiles of founders, officials and researchers (193), year-in-review and outlook
  pieces (194), market wraps, live blogs and earnings calls (195), research institutes and papers written up for
  the public (196), news about Southeast Asia, India, the Gulf, Africa and Latin America (197), aggregators, portal
  copies and machine-translated sites (198), gaming, esports and streaming (199). Measured each with the rules of
  its moment (`bench/blind_rounds.tsv`), deepseek, export_controls, eu_ai: 187 1.00 / 1.00, 0.95 / 1.00, 0.93 /
  0.87; 188 1.00 / 1.00, 1.00 / 0.94, 1.00 / 0.94; 189 1.00 / 1.00, 1.00 / 0.94, 1.00 / 0.94; 190 1.00 / 1.00, 0.92
  / 1.00, 0.94 / 0.88 (after: the Turkish "AP" for the European Parliament dropped, since terms match in every
  language and English wire copy carries the Associated Press's dateline; 1 better); 191 1.00 / 1.00, 0.90 / 0.97,
  1.00 / 1.00 (after: a state's dual-use controls with China or Russia close and no export word; 1 better); 192
  1.00 / 1.00, 1.00 / 0.94, 0.93 / 1.00; 193 1.00 / 1.00, 0.89 / 0.94, 1.00 / 0.88 (after: the European AI Research
  Council by its name in twenty languages; 1 better); 194 1.00 / 1.00, 0.88 / 0.94, 1.00 / 0.94; 195 1.00 / 1.00,
  1.00 / 0.97, 0.89 / 1.00 (after: regulators dissuading or discouraging their firms from buying a chip; 1 better);
  196 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.86; 197 1.00 / 1.00, 1.00 / 0.88, 0.70 / 0.78 (Brazil's and India's AI
  rules beside the EU's act, and Italy's DeepSeek block told without its authority, both ways); 198 1.00 / 1.00,
  1.00 / 1.00, 0.90 / 1.00; 199 1.00 / 1.00, 1.00 / 1.00, 1.00 / 1.00. Then, with no budget left, a third review
  with invented news sentences written by helpers who never saw the rules (72 positives for 24 new situations and
  48 near misses of 24 kinds in each of the twenty languages, 2,400 sentences; a near miss counts as wrong when any
  topic flags it): the session's first rules got 77 wrong (71 positives missed, 6 near misses flagged); after the
  fixes (location checks on exported chips in more words, deepfakes to be labelled in the EU, mineral shipments
  banned in French and Portuguese, Finnish export-rule compounds, chip-tool makers in Japanese, Korean and Chinese
  script, the AI Act's emotion-recognition ban told with a verb; timber and a Turkish merger review as vetoes) 56,
  of which 14 are other countries' AI laws modelled on the EU's (not flagged by design) and 4 are a company
  stopping its own chip sales in China. The first two reviews stay at 17 and 27 wrong, no near miss flagged.
  A fourth review asked the eight smallest languages (el, fi, sk, sv, da, hu, cs, ro) for the topics in passing
  inside stories about something else (72 positives and 48 near misses each, 960 sentences): 26 wrong with the
  session's first rules (one a Finnish roundwood export ban flagged), 20 after the AI Act's Greek name with
  "της ΕΕ", AI gigafactories as Greek "γιγαμονάδες" and a Finnish compound, blacklisting as a Finnish verb and
  a Hungarian "restrictive list", and roundwood as a commodity (28,838 terms; every other figure unchanged).
  A last reading dropped 10 terms the session had left beside a wildcard of the same group that matches them on the
  same span (28,827 compiled terms; the full dump of every result byte-identical).
  Pooled blind over rounds 187-199 (1,012 texts):
  deepseek 1.00 / 1.00, export_controls 0.961 / 0.961, eu_ai 0.953 / 0.924; with the final rules 1.00 / 1.00, 0.961
  / 0.969, 0.958 / 0.929. Over rounds 83-199 (10,041 texts): 1.00 / 0.994, 0.970 / 0.944, 0.967 / 0.914 (2,294 of
  2,509): every topic meets both goals there; recall per language (all topics) 0.85-0.98 but for el 0.80 (28/35, no
  new Greek text), with fi and sk at 0.85, sv and da at 0.86 and hu at 0.87; with the final rules 1.00 / 0.995, 0.980
  / 0.963, 0.975 / 0.928, and every language 0.85-0.99 but el 0.83 (29/35). Over every labelled text and the corpus
  (27,860) the final rules (28,828 terms) are 4 better and none worse than the session's first.
  Thirty-fourth session (2026-12-05): rounds 200-213, fourteen blind rounds run as before, then the search budget ran
  out during round 213 (the shingle and URL checks rejected 16 near-copies). Greek, the one language below its goal,
  had five rounds of its own: nineteen helpers, each sent to an angle of the Greek pages not tried before (business,
  Brussels and Cypriot pages; gadget sites, wire rewrites and market wraps; opinion and public bodies; industry,
  finance, consumer, defence and Cypriot sites; legal, education, media, IT business, health and labour pages), 176
  texts with 62 mentions, most helpers reporting nearly every relevant Greek page already used. The other nine asked
  for a kind of text not asked for before: consumer groups (201), robotics and drones (203), social media and content
  moderation (207), model launches and leaderboards (208), tabloids (209), Chinese big tech (210), the seven smallest
  languages' main outlets (211: 34 texts, the stored news there nearly used up), mining and metals (212), the smart
  home (213, cut short). Measured each with the rules of its moment (`bench/blind_rounds.tsv`), recall by mentions in
  Greek: 200 7 of 13, 202 12 of 12, 204 6 of 7, 205 15 of 16, 206 9 of 14 (eu_ai 4 of 9: a Commission study, a thesis
  abstract and Greek AI-factory pieces told without the EU, all marked borderline by their labellers); deepseek,
  export_controls, eu_ai in the others: 201 1.00 / 1.00, 1.00 / 0.73, 0.89 / 0.89; 203 1.00 / 1.00, 0.95 / 1.00, 1.00
  / 0.93; 207 1.00 / 1.00, 1.00 / 0.50, 0.90 / 0.93 (after: China's rule that exporting an algorithm needs Beijing's
  approval, the TikTok sale; 4 better); 208 1.00 / 1.00, 0.93 / 1.00, 0.92 / 0.92; 209 1.00 / 1.00, 1.00 / 0.88,
  1.00 / 1.00; 210 1.00 / 1.00, 0.96 / 0.89, 1.00 / 1.00 (after: Korean "cannot be brought into China"; 1 better); 211
  1.00 / 1.00, 1.00 / 0.83, 1.00 / 1.00; 212 1.00 / 1.00, 0.98 / 0.89, – (after: the Dutch "export tap", and China's
  crackdown on illegal mining masked; 2 better); 213 1.00 / 1.00, 1.00 / 1.00, 1.00 / 0.83. Three reviews with
  invented sentences written by helpers who never saw the rules (a near miss counts as wrong when any topic flags it):
  288 Greek sentences on all three topics, 13 wrong with the session's first rules and 4 with the final ones (Greek
  words for stopping purchases, tightening the reins, caps, brakes, frozen cargoes, the simplification package, the
  Cypriot commissioner, Liang Wenfeng's and Huawei's Greek spellings; social scoring beside the EU; the EU's AI
  factories by name with the EU within 30 words); 240 indirect Greek mentions, 54 wrong and then 25 with no near miss
  flagged (China's mineral rules delayed, lifted or taken back, in twenty languages; sensitive technology supplied to
  Russia or China, in twenty; R1 beside Hangzhou; general-purpose models without "AI"; chips that end up in China);
  and 720 sentences of EU AI policy told without the Act's name in el, ko, hu, ja, cs and es, 122 wrong and then 107
  (the 2018 Coordinated Plan on AI in twelve languages, the ALTAI list, the white paper and the expert group in more
  word orders; the EU as Hungarian "az unió", Spanish "veta"): of the 107, 10 are a data-protection authority's
  general advice on chatbots flagged (other sessions'
  reviews counted such warnings as positives), and most of the misses are a Commission study of AI or an EU funding
  call for AI, tried as rules and dropped because labellers split on them (a rule for Horizon Europe and Digital
  Europe with AI close: 3 better, 2 worse). Pooled blind over rounds 200-213 (811 texts): deepseek 1.00 / 1.00,
  export_controls 0.965 / 0.883, eu_ai 0.938 / 0.871; with the final rules 1.00 / 1.00, 0.972 / 0.920, 0.938 /
  0.871. Over rounds 83-213 (10,852 texts): 1.00 / 0.994, 0.970 / 0.939, 0.965 / 0.912 (2,415 of 2,648): every
  topic meets both goals there; recall per language (all topics) 0.86-0.98 but for el 0.79 (77/97), with fi, sk and
  da at 0.86 and hu and sv at 0.87; with the final rules 1.00 / 0.996, 0.979 / 0.960, 0.973 / 0.925, and every
  language 0.86-0.98 but el 0.80 (78/97). Over every labelled text and the corpus (28,671) the final rules (29,250
  terms) are 10 better and none worse than the session's first.
  Thirty-fifth session (2026-12-05): rounds 214-218, five blind rounds with a fresh search budget, which ran out
  during round 218 (the shingle and URL checks rejected 6 near-copies and 1 used page). Greek had two more rounds of
  its own, eight helpers on angles not tried before (business and markets, EU rules and data protection, AI models and
  gadget sites, broadcasters and regional papers; opinion and blogs, sector press, Cypriot outlets, 2018-2023 and
  passing mentions), who found two thirds to three quarters of the relevant Greek pages already used; round 215 went
  to Finnish, Hungarian, Slovak and Swedish regional papers, trade press, public bodies and law firms, 217 to how the
  Japanese and Korean press report Europe and AI, and 218 to passing mentions and older reporting in the eight
  smallest languages. Measured each with the rules of its moment (`bench/blind_rounds.tsv`), deepseek,
  export_controls, eu_ai: 214 (Greek) 1.00 / 1.00, 0.83 / 0.83, 1.00 / 0.70; 215 1.00 / 1.00, 0.80 / 0.80, 0.77 /
  0.62; 216 (Greek) 1.00 / 1.00, 1.00 / 0.79, 0.80 / 0.44; 217 1.00 / 1.00, –, 1.00 / 0.84; 218 1.00 / 1.00, 0.92 /
  0.89, 0.89 / 0.62. Greek recall by mentions 22 of 27, 16 of 24 and 2 of 4; almost every miss in the tuning halves
  is marked borderline by its labeller (Greece's AI factory told as "a European venture", a prime minister's call for
  common European rules on children and AI, a Council meeting on AI and jobs, a Commission answer on AI and the GDPR,
  a 2019 Huawei licence story, Chinese rare-earth controls named once in a trade-statistics story), and the one change
  they led to is the English participle "supplied" as a sale word (a licence so that products "can be supplied to
  Huawei"). Three reviews with invented sentences written by helpers who never saw the rules (a near miss counts as
  wrong when any topic flags it): 480 sentences of China's mineral controls told without "export", 24 in each
  language, 123 wrong with the session's first rules and 93 with the final ones (rule china-licences-for-minerals:
  licences, permits and approvals for magnets and rare earths with China close, mining licences and Hungarian mine
  compounds vetoed; rule mineral-used-as-weapon: the "rare-earth weapon", singular weapon words only; widening the
  restriction-beside-mineral window to 3, 4 or 5 words was tried and dropped, 1 better and 1-3 worse over the
  labelled news; another state's raw-ore export bans, which the prompt counted, left alone); 480 sentences of controls
  told as goods kept from leaving a country or reaching China, 139 wrong and then 125 (English "prevent" among the
  hindering words, the one language without it; chips kept out of Beijing's reach or the Chinese army's hands in
  fourteen languages; a general rule for the movement fixed 16 but over the labelled news made one text better and
  one worse, a Chinese employer keeping its staff from travelling abroad, and was dropped); 240 passages of EU AI
  rules and policy told the way local news does in fi, sv, da,
  sk, hu and el, 30 wrong and then 22, none flagged wrongly (rule high-risk-systems-near-eu: "high-risk systems" with
  the EU within 12 words and no AI word needed; the AI Continent plan in Czech, Slovak, Romanian, Greek and Turkish,
  Apply AI in Hungarian, Finnish social scoring inflected). A check of the 2018 Coordinated Plan on AI found no name
  for it in seven languages (sv, da, fi, sk, ro, tr, zh); added, no labelled text changed. Tried and dropped from the
  tuning halves: "European rules" as one phrase with AI within 12 words (10 better, 9 worse), the EU's AI factories by
  name with the EU anywhere in the text (1 better, 1 worse). Pooled blind over rounds 214-218 (315 texts): deepseek
  1.00 / 1.00, export_controls 0.898 / 0.841, eu_ai 0.900 / 0.672, the same with the final rules. Over rounds 83-218
  (11,167 texts): 1.00 / 0.994, 0.968 / 0.937, 0.964 / 0.906 (2,460 of 2,715): every topic meets both goals there;
  recall per language (all topics) 0.86-0.98 but for el 0.77 (117/152), fi 0.78 (28/36) and sv 0.83 (39/47); with
  the final rules 1.00 / 0.996, 0.977 / 0.957, 0.972 / 0.919, and every language 0.87-0.98 but el 0.78 (118/152)
  and fi 0.78 (28/36). Over every labelled text (26,767) the final rules (29,406 terms) are none better and none
  worse than the session's first: every change came from invented sentences and name checks.
  Thirty-sixth session (2026-12-05/06): rounds 219-223, five blind rounds with a fresh search budget (it ran out
  during 223), spent on the languages below the per-language goal (the shingle and URL checks rejected near-copies and
  used pages). Round 219 sent seven helpers to Greek wire copy, institutions and professions, tech and Cypriot media,
  and to Finnish and Swedish national and business press and EU-AI coverage; 220 eight to Greek regional press,
  economy and policy, education, health and justice, Finnish regional papers, politics and public bodies, tech and
  business media, and Romanian and Hungarian EU-AI coverage; 221 and 222 one each to Finnish passing mentions and
  older reporting, 223 two to Greek and Finnish passing mentions. The helpers found 45-85 % of the relevant pages
  already used. Measured each with the rules of its moment, deepseek, export_controls, eu_ai: 219 1.00 / 1.00, 0.96 /
  0.85, 0.91 / 0.87 (el 17 of 22, fi 13 of 15, sv 17 of 17); 220 1.00 / 1.00, 1.00 / 0.86, 1.00 / 0.75 (el 14 of 20,
  fi 16 of 21, hu 6 of 7, ro 7 of 7); 221 every positive (8) found; 222 7 of 8, one false alarm (a 2018 markets report
  on US pressure to shun Huawei network gear); 223 6 of 7, one false alarm (a law firm's blog on export sanctions
  against Russia, marked borderline). From their tuning halves: the Entity List told as "the list of companies US
  firms cannot do business with unless they hold a special licence" (a restriction in nine languages, a licence
  requirement in two); "ΑΙ Factories" typed with the Greek capitals Alpha and Iota, which no Latin "AI" term matched;
  and rule ai-act-vocabulary-beside-ai-law, the AI Act's own vocabulary (prohibited practices, high-risk) right beside
  a generic AI-law name, for "απαγορευμένη πρακτική βάσει του Νόμου περί Τεχνητής Νοημοσύνης" with Brussels 35 words
  before (widening the law-name rule's window to 40 instead: 6 better, 6 worse). Every other tuning-half miss is
  marked borderline by its labeller (an MEP's AI rapporteurship in a profile, "harmonisation with European rules" at a
  hearing on AI, Biden's "export restrictions" in a trade-war essay). Five reviews with invented passages by helpers
  who never saw the rules, the session's first rules -> final ones: export controls told without the phrase in el, fi,
  sv, hu, ro, sk, da, cs, pl, tr (400), 49 -> 22 wrong (Greek augmented past tenses, απέκοψε, απέκλεισε; "cut Huawei
  off" split in English and French; the modal future of allowing, "Nvidia will be able to sell H200 chips to China",
  missed in English, Slovak, Czech and Polish until then; Hungarian "engedéllyel", where ly doubles before -val;
  approvals required in seven languages; Czech and Slovak "may not"; chips routed via Malaysia or Singapore; Greek
  "send" and English "diverted" tried as words and dropped, each made a labelled negative positive); EU AI policy
  beyond the Act's name in el, fi, sv (120), 18 -> 15 (the Commission's "communication" on AI in seventeen languages,
  the EU's ministers in Greek, Finnish and Swedish word order, "rules of the game" in four languages; a rule for the
  EU's funding programmes near AI was tried again and dropped, 2 worse and none better: labellers call a Horizon
  Europe grant for an AI centre no EU AI policy); the European Parliament and MEPs in AI news in el, fi, hu, ro, sk,
  sv, da (280), 34 -> 16 (rapporteurs, committees, plenaries, amendments and "demands" as Parliament acts in all
  twenty languages, the committees' abbreviations and the Strasbourg plenary as the Parliament). The earlier reviews
  moved too: 480 of China's mineral controls 93 -> 91, 480 of goods kept from China 125 -> 122, 240 of EU AI rules in
  local news 22 -> 21. Tried and dropped as well: the Greek AI factory Pharos without the EU named (3 better, 3 worse:
  its labellers split), an explicit control phrase beside a controlling state with no technology word (3 better, 3
  worse). Pooled blind over rounds 219-223 (292 texts): deepseek 1.00 / 1.00, export_controls 0.939 / 0.868, eu_ai
  0.967 / 0.808; with the final rules 1.00 / 1.00, 0.940 / 0.887, 0.968 / 0.836. Over rounds 83-223 (11,459 texts):
  1.00 / 0.994, 0.967 / 0.936, 0.964 / 0.904 (2,519 of 2,788): every topic meets both goals there; recall per language
  (all topics) 0.86-0.98 but for el 0.76 (150/197) and fi 0.83 (76/92); with the final rules 1.00 / 0.996, 0.977 /
  0.955, 0.972 / 0.918, and every language 0.88-0.98 but el 0.78 (154/197) and fi 0.84 (77/92; Greek eu_ai 49 of 76
  and Finnish 44 of 54, their misses mostly marked borderline). Over every labelled text (27,059) the final rules
  (29,832 terms) are 11 better and none worse than the session's first.
  Thirty-seventh session (2026-12-06): rounds 224-228, five blind rounds with a fresh search budget (nearly spent by
  the last), sent to side angles and passing mentions once helpers found 40-85 % of the obvious pages used: 224 eight
  helpers on Greek and Finnish world news, sectors and explainers and Korean, Hungarian and Slovak passing mentions
  (140 texts); 225 eight on any topic in Danish, Romanian, Czech, Turkish, Swedish, Greek, Finnish and on Europe's AI
  rules in Japanese (118); 226 eight on regional and trade press, authorities, customs and courts in the eight largest
  languages (147); 227 four on Portuguese, Korean, Hungarian and Slovak side angles (59); 228 one on Greek everyday
  wording (12). Measured each with the rules of its moment, deepseek, export_controls, eu_ai: 224 1.00 / 1.00, 0.89 /
  0.57, 0.88 / 0.81 (most export misses are sanctions on Russia's technology told in passing: Russian-owned Finnish
  firms shipping components, parts in Russian drones); 225 1.00 / 1.00, 0.90 / 0.90, 0.92 / 0.92; 226 1.00 / 1.00,
  1.00 / 0.92, 1.00 / 0.74 (data-protection authorities fining facial-recognition systems, which its labellers
  counted); 227 1.00 / 1.00, 0.87 / 0.68, 1.00 / 0.73; 228 2 of 2 positives, one false alarm (the FCC's ban on
  Huawei devices, marked borderline). From their tuning halves: the state's power to block a company's decisions is
  corporate control, not a chip ban (the Dutch order over Nexperia, "μπλοκάρει ή να αναθεωρήσει αποφάσεις", in all
  twenty languages; 3 better, two of them earlier Greek holdouts); the Commission's AI strategy with the AI a clause
  away (window 7 -> 12 words, a semiconductor word close by vetoes: 7 better); a listed firm under a controlling
  state's sanctions a clause away ("Huawei ... desde que las sanciones de Estados Unidos le prohibieron usar hardware";
  1 better); the Korean waiver "예외를 적용" (1 better). Five reviews with invented passages by helpers who never saw
  the rules, the session's first rules -> final ones: technology sent to Russia in breach of the sanctions, told by a
  court or customs, in fi, el, hu, sk, sv, da, ro, pl (320), 97 -> 59 wrong (rule technology-to-russia-in-breach:
  named technology goods, Russia as their destination or recipient, a sanctions, court or customs word; a first
  version with Russia anywhere near fired on "Russian police also seized his electronics" and on war damage, so the
  destination is required); European data-protection authorities acting against AI services in el, fi, hu, ko, sk,
  ro, cs, da (320, scored on eu_ai alone), 33 -> 27 (German state commissioners by the city's adjective, Czech plural
  adjectives, Slovak and Finnish commissioners' titles; 12 of the 27 are an authority's general guidance flagged: a
  veto for it was tried and dropped, early rounds' labellers counted such guidance, 2 worse); 600 near misses only,
  30 in each of the twenty languages over ten kinds, 1 flagged (an export stop for weapon parts) -> 0; export
  controls mentioned in passing in stories about something else in el, fi, hu, sk, pt, es, ko, it (320), 77 -> 59
  (chips cut down for China in Finnish, Slovak, Czech, Spanish and Hungarian forms, Finnish licensing words for
  China's mineral controls, Korean blocking verbs, Spanish, Italian and Portuguese "may not be sold / bought"
  clauses, ASM International as a chip-tool maker; two broad rules were tried and dropped: a licence word beside a
  controlling state with a chip and China in the passage, 8 fixed and 3 labelled texts worse, and the China-fab
  waiver rule with a 20-word chip window, 3 fixed and 2 worse). The earlier reviews: 480 of China's mineral controls
  91 -> 90, 480 of goods kept from China 122 -> 120, 120 of EU AI policy in el, fi, sv 15 -> 14, the rest unchanged.
  Tried and dropped: the EU AI Act named as the comparison in a story on another country's AI law counted at full
  weight (43 better, 19 worse: the rounds before 67 were labelled under a rule that excluded it, later rounds count
  it; it stays at 0.3), a data-protection authority beside facial recognition (1 better, 14 worse), the European
  Parliament rule's AI window at 50 (3 better, 2 worse). A tidy before the rounds: 785 terms that their own concept
  list already held or covered with a prefix were removed (29,832 -> 29,523 terms; every score, rule and mention the
  same on 29,864 texts), and test_shipped_concepts_write_each_term_once keeps new copies out. Pooled blind over rounds
  224-228 (476 texts): deepseek 1.00 / 1.00, export_controls 0.923 / 0.785, eu_ai 0.938 / 0.815; with the final rules
  1.00 / 1.00, 0.935 / 0.813, 0.938 / 0.826. Over rounds 83-228 (11,923 texts): 1.00 / 0.994, 0.966 / 0.930, 0.963 /
  0.901 (2,594 of 2,880): every topic meets both goals there, eu_ai by a hair; recall per language (all topics)
  0.85-0.98 but for el 0.76 (168/221), fi 0.81 (92/114) and sk 0.82 (42/51); with the final rules 1.00 / 0.996,
  0.976 / 0.950, 0.971 / 0.916, and every language 0.86-0.98 but el 0.78 (172/221) and fi 0.82 (94/114). Over every
  labelled text (27,535) the final rules (30,933 terms, after 58 copied words were dropped again) are 16 better
  and none worse than the session's first.
  Thirty-eighth session (2026-12-06): rounds 229-232, four blind rounds with a fresh search budget (nearly spent by
  the last): 229 eight helpers on EU AI rules and export controls told in side stories in Greek, Finnish, Slovak,
  Hungarian, Korean and Romanian (127 texts); 230 eight on passing mentions in Greek, Finnish, Slovak, Czech, Swedish
  and Danish and on the EU's AI rules in passing in Japanese and Spanish (117); 231 eight on people and institutions
  in Greek, Finnish and Slovak and on passing mentions in Japanese, Spanish, Italian, French and Polish (137); 232 five
  on passing mentions in German, Portuguese, Dutch, Japanese and Italian (90). Helpers found 60-85 % of the smallest
  languages' pages already used (a Greek helper kept 2 positives of 14). Measured each with the rules of its moment,
  deepseek, export_controls, eu_ai: 229 1.00 / 1.00, 0.95 / 0.75, 1.00 / 0.78; 230 1.00 / 1.00, 1.00 / 0.75, 0.97 /
  0.85; 231 1.00 / 1.00, 0.84 / 0.70, 0.85 / 0.77 (data-protection authorities' general guidance on AI flagged
  again); 232 1.00 / 1.00, 0.86 / 0.60, 0.92 / 0.80; most misses marked borderline (sanctions on Russia's technology
  or China's mineral curbs alluded to, Europe "good at regulation", a heading on "the EU's AI and data laws"). From
  their tuning halves: Greek "ανταγωνισμ*" (competition in any sense) no longer vetoes as a competition authority
  would, only the authority and its law do (1 better; 1 worse, el-r16-009, a round-16 label stricter than today's
  guide that the bare word had rejected); a controlling state's sanctions beside the Google services they cut off, a
  listed firm anywhere in the text (1 better); the EU as the designer of AI "규범" (norms) in Korean (2 better; "규제"
  alone was tried and dropped, 3 better and 3 worse); "Russian forces" as recipients beside "the Russian army" in
  sixteen languages; chips or machines a listed firm is barred from, six words apart (1 better); Czech and Slovak
  lawmakers ("zákonodárce") no longer a law (1 better). Three reviews with invented passages on the EU's AI policy told
  beyond the Act's name and in passing, the session's first rules -> final ones: el, fi, sk, hu, ko, ja, sv, cs (320)
  38 -> 15; de, fr, es, it, pt, nl, pl, ro (320) 49 -> 26; da, tr, zh (120) 12 -> 7. What they brought: the
  Parliament on algorithmic management at work ("rules for managing staff by algorithms", a new concept beside its AI
  words), Council conclusions on AI by that name and ministers adopting conclusions with no "Council" (a new rule),
  a Commission strategy named after a long clause (a new rule with the actor 10 words away, strategy nouns only: with
  "approach" it flagged two comparisons with Japan's law), the Commission by its short name in ten languages, Slovak
  AI gigafactories, European AI factories with the adjective inside, the bans on scoring people by their social
  behaviour and on emotion recognition at work described, and "EU rules" / "European requirements" as one phrase with
  AI within 10 words (a new rule; 12 words flagged the Council of Europe's audiovisual report, data-protection,
  copyright, competition, DSA/DMA, chip and cookie words and a member state's own strategy veto). Tried and dropped:
  funding verbs beside the Commission and AI (2 better, 3 worse), "plan" as a strategy noun (6 better, 6 worse), the
  law-word window at 8 (15 better, 22 worse), Greek dual-use goods instead of the bare phrase (1 better, 1 worse),
  requiring a supply verb in technology-to-russia-in-breach, whose drones-and-army reading can fire on war news (1
  labelled text and 7 invented ones worse). A fourth review, export controls mentioned in passing in de, fr, nl, pl,
  sv, cs, ro, ja (320), 66 -> 52: China's curb told as a clause of its own a sentence after the metal it names (a
  new rule, china-curbs-exports-in-mineral-story: a restriction or licence word within 6 words of an export word,
  China within 15, a controlled mineral anywhere; 6 labelled texts better), Czech "galia" and Swedish "utförseln",
  a licence within 5 words of a China-bound chip model (2 before), and a new rule for the Dutch licences on ASML's
  DUV and EUV machines (a licence or restriction word within 5 words of a lithography tool, a controlling state
  within 15, China within 25); what is left there: the China-fab equipment waivers, TSMC barred from making
  Huawei's chips, Chinese labs short of compute, Jensen Huang's lobbying, each told a different way. A fifth, Greek
  only (80 passages on EU AI policy, 80 on export controls in passing): 14 -> 7 and 16 -> 12 wrong (the European
  Parliament as "Ευρωβουλή" was missing from its own rule's list, though the EU list had it; the telecoms Council
  by name; Brussels in the genitive as the EU actor). The earlier
  reviews: 3,560 passages 440 -> 428 wrong. Pooled blind over
  rounds 229-232 (471 texts): deepseek 1.00 / 1.00, export_controls 0.917 / 0.714, eu_ai 0.930 / 0.802; with the
  final rules 1.00 / 1.00, 0.921 / 0.753, 0.941 / 0.819. Over rounds 83-232 (12,406 texts): 1.00 / 0.995, 0.965 /
  0.924, 0.962 / 0.897 (2,687 of 2,996): eu_ai's recall now falls just short of its 0.90 goal; recall per language
  (all topics) 0.89-0.98 but for el 0.74 (179/241), fi 0.82 (112/136), hu 0.83 (79/95) and sk 0.84 (54/64); with the
  final rules 1.00 / 0.996, 0.974 / 0.947, 0.970 / 0.914, and every language 0.86-0.98 but el 0.77 (186/241) and fi
  0.84 (114/136). Over every labelled text (28,006) the final rules (31,464 terms) are 20 better and 1 worse than the
  session's first.
  Thirty-ninth session (2026-12-06): rounds 233-238, six blind rounds with a fresh search budget, spent in the
  sixth: 233 eight helpers on any topic, central or passing, in Greek, Finnish, Hungarian, Slovak, Turkish, Danish,
  Korean and Chinese (122 texts; 70-90 % of the small languages' pages already used: Greek kept 0 positives of 10,
  Finnish 2 of 13); 234 eight on regional and trade sources in German, English from outside the big US outlets,
  French, Spanish, Italian, Polish, Romanian and Czech (151); 235 eight in Dutch, Portuguese, Swedish, Japanese and
  specialist English, and on passing mentions in German, French and Spanish (155); 236 eight on stories from
  2018-2023 in Italian, Polish, Korean, Chinese, Czech, Romanian, Hungarian and Greek (130); 237 four in Korean,
  Chinese, Italian and English (67); 238 four in Korean, Spanish, French and German, cut short when the budget ran
  out (23). Measured each with the rules of its moment, deepseek, export_controls, eu_ai: 233 1.00 / 1.00, 0.97 /
  0.97, 0.93 / 0.87; 234 1.00 / 0.94, 1.00 / 0.83, 0.97 / 0.95; 235 1.00 / 1.00, 1.00 / 0.92, 0.93 / 0.89; 236 (no
  deepseek text) 0.97 / 0.86, 0.97 / 0.94; 237 1.00 / 1.00, 0.89 / 0.89, 1.00 / 0.80; 238 all 1.00. From their
  tuning halves: Spanish and Portuguese "vetos" (plural) as a restriction; hardware restrictions imposed by the US
  or the West in a story about China (new rule hardware-restrictions-on-china, new concepts ec_west and
  ec_hardware_word; 3 better); the Commission proposing something on AI, AI within 4 words (new rule
  eu-proposes-on-ai, concept eu_propose_verb; at 12 words it flagged a telecoms act and Horizon Europe's budget, 3
  worse; 2 better at 4); a white paper the Commission presents with AI near (new rule eu-white-paper-on-ai, the
  Polish "KE" as the Commission; white papers on defence, health or energy veto, from invented review 24); "A.I"
  without its closing dot; Italian "dovuto al", "per colpa del" and Spanish "a causa de" as causes in
  passing-state-restrictions (4 better together). **A change of reading**: the EU AI Act named as the comparison in
  a story on another country's AI law ("Korea's AI Basic Act, the second after the EU AI Act") now counts as a
  mention, as the labelling guide has said since round 67: the rule that gave it weight 0.3 is gone, ai-act-named
  keeps only a veto for a foreign law written into the same words ("die KI-Verordnung von Joe Biden"), and a new
  rule ai-law-owned-by-eu takes a generic AI-law name with the EU right by it ("유럽연합(EU)의 AI Act"). Over the
  tuning halves 40 better and 14 worse, every worse one labelled in rounds 5-60 under the older guide; over the blind
  rounds since 83, 38 better and none worse. Two reviews with invented passages: other countries' AI laws told
  beside the EU's, 16 per language in twenty languages (320): 62 wrong on the session's first rules, 41 on its final
  ones (new rules eu-risk-model-beside-ai, the EU's risk-based model by its features with AI near, and
  ai-law-second-after-eu, "after the EU" as one phrase with AI and a law word near: generic "second" words flagged
  Mistral's funding rounds); and look-alikes of the session's new rules, 12 per language (240): 47 -> 35 (the
  defence white paper vetoed, Japanese "規制" among the hardware restrictions, AI-made content "skabt med kunstig
  intelligens" and a plain "透かし" watermark for the labelling rule). What both reviews still show wrong:
  data-protection authorities' general AI guidance (flagged, as before), Italy's own AI law "the first in the EU",
  "after the EU summit" beside AI investment, the Commission's proposals on other things in stories naming AI, and
  the AI Act's fines (7 % of turnover) told without a nearer EU or AI word. The earlier invented
  passages (4,800): 551 -> 548 wrong. Pooled blind over rounds 233-238 (648 texts): deepseek 1.00 / 0.98,
  export_controls 0.973 / 0.901, eu_ai 0.959 / 0.915; with the final rules 1.00 / 0.98, 0.974 / 0.919, 0.961 / 0.946.
  Over rounds 83-238 (13,054 texts): 1.00 / 0.994, 0.965 / 0.922, 0.962 / 0.898 (2,805 of 3,125): eu_ai still just
  short of its 0.90 recall goal; recall per language (all topics) 0.90-0.98 but for el 0.74 (180/242), fi 0.83
  (114/138), sk 0.83 (58/70) and hu 0.85 (97/114); with the final rules 1.00 / 0.995, 0.974 / 0.945, 0.970 / 0.928,
  and every language 0.88-0.99 but el 0.77 (187/242) and fi 0.84 (116/138). Over every labelled text (28,654) the
  final rules (31,822 terms) are 83 better and 35 worse than the session's first; the 35 are all the comparison
  class above, labelled in rounds 4-66.
  Fortieth session (2026-12-06): rounds 239-244, six blind rounds with a fresh search budget, spent during the sixth:
  239 eight helpers in German, English, French, Spanish, Italian, Portuguese, Japanese and Chinese on regional, trade
  and passing-mention sources (194 texts); 240 eight in Korean, Dutch, Polish, Swedish, Czech, Turkish, Finnish and
  Slovak (130; 75-80 % of the small languages' pages already used: Finnish kept 3 positives of 12, Swedish 4 of 10);
  241 eight on sector and professional press (health, insurance, banking, HR, public administration, law) in German,
  English, French, Spanish, Italian, Portuguese, Japanese and Korean (191); 242 eight on business and sector press
  (logistics, energy, telecoms, media, data centres) in English, German, Spanish, Italian, French, Chinese, Polish and
  Dutch (189); 243 eight on stories from 2018-2023 in English, German, French, Spanish, Italian, Portuguese, Japanese
  and Korean (193); 244 six on news from 2024-2026 in English, German, Italian, French, Chinese and Spanish, cut short
  when the budget ran out (103). Measured each with the rules of its moment, deepseek, export_controls, eu_ai: 239
  1.00 / 0.92, 1.00 / 0.97, 0.96 / 0.87; 240 1.00 / 1.00, 0.95 / 0.86, 0.94 / 0.86; 241 1.00 / 1.00, 1.00 / 0.96, 0.95
  / 0.92; 242 1.00 / 1.00, 1.00 / 0.96, 0.94 / 0.76; 243 (no deepseek text) 0.92 / 0.98, 0.98 / 0.91; 244 1.00 / 1.00,
  0.95 / 0.95, 0.88 / 0.92. From their tuning halves: the European regulatory framework as one phrase ("nuevo marco
  regulador europeo ... en materia de IA"), China's Export Control Law by its Japanese name ("輸出管理法"), the EU
  investing in the present tense ("invierte"), Poland's "kontynent sztucznej inteligencji", computers and radio
  equipment sold to "rosyjskim kontrahentom" under sanctions (5 better, none worse). Three reviews with invented
  passages (helpers who never saw the rules, 16 per language in twenty languages, 320 each), the session's first rules
  and then its final ones: sector news on AI duties told without the Act's name, 68 -> 45 wrong (eu_rules_phrase gains
  the European regulation, framework, provisions and law, the Union's law and Brussels' rules; new rule
  ai-act-date-on-ai-duty, the Act's application dates with AI, the EU and a law word around them; the EU's
  medical-device regulation masked; AI literacy in every language; Morocco's CNDP is no European Commission); export
  controls as a sector's business problem, 34 -> 21 (technology goods up to 25 words from Russia as their destination,
  12 before; government-approved-chip-shipments widened to Washington's approval with GPUs within 15 words and a sale,
  a buyer or China within 25, no sale word beside it (first written as a second rule, state-approval-for-chips, that
  fired on every text the old one did and counted the same approval twice in the score; merged when read back);
  Japanese and Korean "blocked"; Polish "chińscy", French "permis"); the EU's AI infrastructure programmes and
  transparency rules in passing, 44 -> 27 (RAISE, the AI Skills Academy, the Finnish AI Continent; new rule
  eu-bans-ai-deepfakes). Tried and dropped: eu-rules-phrase-near-ai at 25 words (4 worse), law-word-on-ai-near-eu at 6
  or 8 words (8 and 22 worse), a law word beside the EU with AI within 10 (7 worse), pandemic words as a veto for chip
  restrictions (2 worse), generic AI-skills words (2 worse), the Czech "AI továrna" word order (Nvidia-branded AI
  factories). A second stage re-tried with far more data: a logistic regression over hashed words and word pairs
  trained on every tuning half (15,134 texts) added, on the holdouts' eu_ai rule misses, 21 true and 36 false matches
  at probability 0.5, 11 and 14 at 0.6 and none true at 0.8: not shipped (`/tmp`-only experiment). What the reviews
  still show missed: the Act's duties a sentence or more away from any AI word, deepfake labelling duties (left out on
  purpose: the DSA asks platforms to label deepfakes too), the Dutch licence for servicing lithography machines in
  China, US blacklists of Chinese exhibitors told with no technology word. The earlier invented passages (5,360): 626
  -> 603 wrong. Pooled blind over rounds 239-244 (1,000 texts): deepseek 1.00 / 0.978, export_controls 0.966 / 0.957,
  eu_ai 0.947 / 0.873 (234 of 268); with the final rules 1.00 / 0.978, 0.966 / 0.966, 0.948 / 0.884. Over rounds
  83-244 (14,054 texts): 1.00 / 0.993, 0.965 / 0.925, 0.961 / 0.896 (3,039 of 3,393): eu_ai still short of its 0.90
  recall goal; recall per language (all topics) 0.90-0.98 but for el 0.74 (180/242), sk 0.82 (63/77), fi 0.82
  (116/141) and hu 0.85 (97/114); with the final rules 1.00 / 0.994, 0.974 / 0.948, 0.968 / 0.926, and every language
  0.87-0.99 but el 0.78 (188/242) and fi 0.84 (118/141). Over every labelled text (29,654) the final rules (32,175
  terms) are 16 better and none worse than the session's first. Read back after CI: "culture de l'IA" (a firm's AI
  culture) left the AI-literacy words, since "européenne" beside it would read as the EU (no labelled or invented text
  changed); six phrases the session had added beside a term that already matched them ("cadrul european" beside
  "cadru* european", "europäische* Rechtsrahmen*" beside "europäische* Recht*") were dropped, with the older "uniós
  jogszabály*" that the new "uniós jog*" covers (the same rules, scores and matches on 36,951 texts).
  Forty-first session (2026-12-06): rounds 245-252, eight blind rounds with a fresh search budget, spent during the
  eighth: 245 eight helpers in German, English, French, Spanish, Italian, Portuguese, Polish and Greek on opinion,
  interviews, columns, newsletters and event reports (183 texts; Greek found 10 unused pages, one positive); 246 on
  civil society and politics (unions, consumer groups, NGOs, churches, councils, parliaments) in German, English,
  French, Spanish, Italian, Dutch, Japanese and Korean (192); 247 on culture, media and science press in German,
  English, French, Spanish, Italian, Portuguese, Polish and Chinese (186); 248 on sector press far from tech (defence,
  tourism, agriculture, retail, marketing, construction, ports, sport) in German, English, French, Spanish, Italian,
  Portuguese, Japanese and Turkish (184); 249 on consumer-tech and product news (AI features held back in the EU,
  China-only GPUs, Huawei phones) in German, English, French, Spanish, Italian, Portuguese, Dutch and Polish (190);
  250 on the EU's AI rules seen from abroad and from business in Korean, Japanese, Chinese, Spanish, Portuguese,
  Italian, Turkish and English (186); 251 on local and regional outlets in Spanish, Portuguese, Korean, Japanese,
  German, French, Italian and English (195); 252 in the eight smallest languages, cut short when the budget ran out
  after 4-7 searches each (14). Measured each with the rules of its moment, deepseek, export_controls, eu_ai: 245 1.00
  / 0.94, 0.93 / 0.88, 0.95 / 0.75; 246 1.00 / 1.00, 0.95 / 0.93, 0.83 / 0.88; 247 1.00 / 1.00, 1.00 / 0.87, 0.98 /
  0.90; 248 1.00 / 1.00, 0.88 / 0.95, 0.94 / 0.80; 249 1.00 / 1.00, 0.96 / 0.92, 0.87 / 0.92; 250 1.00 / 1.00, 0.92 /
  0.92, 0.98 / 0.82; 251 1.00 / 1.00, 0.96 / 0.96, 0.94 / 0.89; 252 (no deepseek text) 1.00 / 1.00, 1.00 / 1.00. From
  their tuning halves: the European Parliament's political or provisional agreement, trilogues and decisions as its
  acts on AI (20 languages); a new rule ai-law-modelled-on-eu-rules (another country's AI bill "nos moldes da lei
  europeia"; "ley/lei/legge/loi europea" join the EU-rules phrases); the Parliament's report words as nouns only
  ("Bericht*", "rapport*" and "raport*" also matched "wie Vatican News berichtete", "comme le rapporte" and, across
  languages through the Finnish and Turkish stems, "jak raportuje"); gold among the commodities whose export controls
  are no technology control; a new rule ai-law-contrasted-with-eu-rules with a 20-language concept of contrast words
  ("unlike", "anders als", "とは異なる", "와 달리"; plain comparatives without a "than" were dropped after they
  matched Greek DSA texts); Korean AI regulation and the wires' "재판매 및 DB 금지" line among the export-control
  exclusions; Kenya and Nigeria among the places with AI laws of their own; a new rule european-ai-strategy-phrase
  ("Er is ook een Europees actieplan rond artificiële intelligentie": "European" alone is no EU actor, so the plainest
  name of the EU's AI policy matched nothing; the adjective right by the noun, AI within 6, the strategy vetoes within
  20, and in Chinese, Japanese and Korean only the possessive "欧州の"). Two reviews with invented passages (helpers
  who never saw the rules, 16 per language): the EU's AI rules seen from abroad, AI products held back in the EU and
  the Parliament and Council on AI in twenty languages (320), 22 wrong on the session's first rules and 12 on its
  final ones (chatbots count as AI words; the Parliament "wants" as its act, not German "will", the future tense; a
  rule ai-law-contrasted-with-brussels for "unlike Brussels, Tokyo ..."); the AI Act carried out at home, EU AI money
  through national projects and MEPs in Greek, Finnish, Slovak, Hungarian, Korean, Japanese, Spanish and Portuguese
  (128), 17 -> 17: its misses are Horizon Europe and Digital Europe grants for AI projects, and a rule for them
  (eu-programme-funds-ai: 2 better, 3 worse) was dropped, since real labellers count a research grant as no AI policy.
  From the older reviews: Greek export words ("αποσταλούν", the transfer of technology, consent, "without a government
  licence"), the deepfake-labelling duty put on an EU-rules phrase (new rule eu-rules-label-ai-content; the DSA and
  platforms close by veto) and the Parliament "asks" ("ζητά"). The earlier invented passages (6,320): 696 -> 681
  wrong, none newly wrong. Tried and dropped: the state stopping a firm from making chips with the country as the
  actor (1 better, 2 worse), that rule's first form, with "Europe" too and an 8-word veto (2 better, 2 worse: "Europas
  KI-Strategie" as a trade-press heading, the "stratégie européenne" behind ASML's stake in Mistral),
  law-word-on-ai-near-eu with its non-EU-place veto limited to 30 or 60 words (23 better and 16 worse, 12 and 10),
  ai-law-owned-by-eu at 6 or 10 words (7 and 5, 10 and 11), competition words as a veto for the home-DPA rule (2
  worse). Pooled blind over rounds 245-252 (1,330 texts): deepseek 1.00 / 0.993, export_controls 0.942 / 0.921, eu_ai
  0.929 / 0.848 (289 of 341); with the final rules 1.00 / 0.993, 0.949 / 0.921, 0.937 / 0.865. Over rounds 83-252
  (15,384 texts): 1.00 / 0.993, 0.963 / 0.924, 0.958 / 0.891 (3,328 of 3,734): eu_ai further from its 0.90 recall goal
  as the rounds sought allusions and other countries' laws; recall per language (all topics) 0.90-0.97 but for el 0.74
  (181/243), sk 0.82 (64/78), fi 0.82 (117/142) and hu 0.85 (98/115); with the final rules 1.00 / 0.994, 0.973 /
  0.946, 0.965 / 0.922, and every language 0.87-0.98 but el 0.78 (189/243) and fi 0.84 (119/142). Over every labelled
  text (30,984) the final rules (32,538 terms) are 21 better and 2 worse than the session's first; the 2 (rounds 36
  and 55), and one hand-written negative in topics_labelled.jsonl ("unlike the EU's approach"), follow the older guide
  that excluded comparisons.
  Forty-second session (2026-12-06): rounds 253-258, six blind rounds with a fresh search budget, spent during the
  sixth: 253 eight helpers in Greek, Finnish, Slovak, Hungarian, Czech, Turkish, Swedish and Polish on any topic from
  sources not yet used (108 texts; 69-90 % of their results already used, Greek 9 texts and no positive: the smaller
  languages' stored pages are used up); 254 in German, English, French, Spanish, Italian, Portuguese, Dutch and
  Japanese through unusual queries (firms, towns, officials, products) (188); 255 on a topic as one paragraph of a
  story about something else, 2024-2026, in Korean, Chinese, German, English, French, Spanish, Italian and Polish
  (187); 256 on the EU's AI rules in everyday wording reached through sectors (HR, schools, hospitals, banks,
  insurers, city halls) in German, English, French, Spanish, Italian, Portuguese, Dutch and Japanese (182); 257 on
  news dated 2026 or late 2025 in German, English, French, Spanish, Italian, Korean, Chinese and Portuguese (180); 258
  on news built around people's words (interviews, speeches, press conferences) in German, French, Spanish, Italian,
  Portuguese, Japanese, Korean and Chinese, cut short when the budget ran out after 5-17 searches each (163). Measured
  each with the rules of its moment, deepseek, export_controls, eu_ai: 253 1.00 / 1.00, 1.00 / 0.88, 0.95 / 1.00; 254
  1.00 / 0.95, 0.93 / 0.87, 0.92 / 0.92; 255 1.00 / 0.95, 0.91 / 0.89, 0.95 / 0.79; 256 1.00 / 0.92, 0.88 / 0.93, 0.94
  / 0.84; 257 1.00 / 0.95, 0.95 / 0.96, 1.00 / 0.97; 258 1.00 / 1.00, 0.97 / 0.89, 0.91 / 0.83. From their tuning
  halves: a data-protection authority by its generic name warning about an AI service's training in Europe (new rule
  dpa-warns-on-ai-training-in-europe; the generic words became concept eu_dpa_words so it leaves out the acronym
  "DPA", also the German press agency's name, and european-dpa-on-ai now vetoes a photo credit or agency right by it:
  "Magyarországon.  Fotó: DPA"); "Deep Seek" spaced beside "cinesi" and "Chat GPT"; another country's AI bill
  "inspirado en modelos europeos" with a law word close by (new rule ai-law-modelled-on-european-model; without the
  law word "modèles européens d'IA" are AI models); French "approvisionnement" among the export words, as English
  "supply" is; "the so-called Italian AI Act" (Law 132/2025) among other countries' AI laws; a Section 232 tariff
  probe vetoes bis-acronym anywhere and control-instruments within 20 words (BIS runs those probes too); the chip a
  firm "is allowed to sell to China" with no actor named (new rule chip-allowed-to-be-sold-to-china); algorithmic
  systems beside the Parliament, as algorithmic management was; Japan's export "white list" (ホワイト国, Korean
  백색국가) among the control instruments. Two reviews with invented passages (helpers who never saw the rules, 16 per
  language, twenty languages): the EU's AI rules as sector duties, people's words and data-protection authorities
  described generically (320), 36 wrong on the session's first rules and 30 on its final ones (new rule
  high-risk-beside-eu with concepts eu_high_risk and eu_money_laundering: "high-risk" within 8 words of the EU or
  Brussels and an AI or algorithm word within 25, the EU's high-risk third countries vetoed; the emotion-recognition
  ban in Finnish "tunnistaminen" and Turkish "duygu tanımayı"; what is left is mostly authorities with no country
  named, which real papers rarely write); export controls in passing inside company, industry and diplomacy news
  (320), 25 -> 22 (English "no longer ship / export", Portuguese "não pode mais vender / exportar / embarcar", Chinese
  "出口受限", the genitive "Nexperias"). The earlier invented passages (6,768): 710 -> 703 wrong, none newly wrong.
  Tried and dropped: AI-Act vocabulary (high-risk, codes of practice) within 8 words of the EU beside a rules word (2
  better, 2 worse: the DSA's disinformation code, banks' systemic risk); "European model(s)" as an EU-rules phrase in
  ai-law-modelled-on-eu-rules (it matched "comparable aux autres modèles européens d'IA"); Italian
  "approvvigionamento" (no change); a rule for generic data-protection authorities acting on AI (1 invented better, 1
  real worse: a DSA case); dropping the member-state veto of eu-rules-phrase-near-ai, which reads "Dansk Erhverv" as
  Denmark's own rules (0 better, 1 worse). Left: the US subsidy rule on "foreign entities of concern" read as China's
  graphite curbs in a Korean battery story (its names are rare, and "IRA" is Portuguese "ira"); "China controls 90 %
  of exports of rare earths" (market share) reads as a control. Pooled blind over rounds 253-258 (1,008 texts):
  deepseek 1.00 / 0.960, export_controls 0.936 / 0.905, eu_ai 0.941 / 0.881 (192 of 218); with the final rules 1.00 /
  0.970, 0.941 / 0.919, 0.947 / 0.894. Over rounds 83-258 (16,392 texts): 1.00 / 0.992, 0.962 / 0.923, 0.957 / 0.891
  (3,520 of 3,952), eu_ai still short of its 0.90 recall goal; recall per language (all topics) 0.90-0.97 but for el
  0.74 (181/243), sk 0.82 (65/79), fi 0.82 (122/148) and hu 0.86 (104/121); with the final rules 1.00 / 0.993, 0.971 /
  0.945, 0.964 / 0.920, and every language 0.87-0.98 but el 0.78 (189/243) and fi 0.84 (124/148). Over every labelled
  text (31,992) the final rules (32,707 terms) are 13 better and none worse than the session's first. Read-back
  (d538deb): terms the session added that others already covered ("model* europe*" holds the Spanish, Italian,
  Portuguese and Polish word orders; Greek accents fold) went, and a Greek stem "αλγ*" that would also have matched
  Algeria became "αλγοριθμ*"; verdicts identical everywhere.
  Forty-third session (2026-12-06): rounds 259-264, six blind rounds with a fresh search budget, nearly spent by the
  sixth: 259 on 2024-2026 episodes reached by their own names (the digital omnibus, the code of practice, the H20 and
  H200 deals, the Entity List's affiliates rule, the Samsung and SK Hynix waivers, China's mineral controls and their
  pause) in German, English, French, Spanish, Italian, Dutch, Polish and Portuguese (158 texts; Dutch 10 and Polish 9:
  their stored pages are used up too); 260 on the same in the eight smaller languages (27: Greek none in 55 results,
  Danish, Finnish 2 each); 261 on briefs, tickers, digests and market wraps in German, English, French, Spanish,
  Japanese, Korean and Chinese (136; Swedish none); 262 on service journalism (guides, FAQs, checklists, deadline
  calendars) in German, English, French, Spanish, Italian, Portuguese, Polish and Dutch (153); 263 on surveys,
  studies, reports and rankings reported as news in German, English, French, Spanish, Italian, Portuguese, Japanese
  and Korean (160); 264 on reviews, retrospectives, timelines and outlooks in German, English, French, Spanish,
  Italian, Portuguese, Chinese and Korean (157). Measured each with the rules of its moment, deepseek,
  export_controls, eu_ai: 259 1.00 / 1.00, 0.93 / 0.98, 1.00 / 0.97; 260 – / –, 0.75 / 1.00, 0.80 / 0.80; 261 1.00 /
  1.00, 0.98 / 0.93, 0.96 / 0.96; 262 1.00 / 1.00, 1.00 / 0.94, 0.95 / 0.91; 263 1.00 / 1.00, 0.94 / 1.00, 0.93 /
  0.95; 264 1.00 / 1.00, 0.97 / 0.97, 0.93 / 0.93. A bug found on the way: topics.yaml held two keys twice (concept
  eu_high_risk, written a second time in session 42, so the high-risk-beside-eu vocabulary of that session was
  silently dropped; ec_share_pct's lists for ten languages), which YAML resolves by keeping the last value without a
  word; the loader now refuses a key repeated in one mapping and names both lines (all three YAML files), each pair
  was merged into one (verdicts unchanged on every labelled text), and the benchmarks read older commits' rules as
  YAML did then. From the tuning halves: "illegal subsidies" (China's trade-defence charge against US chipmakers) is
  no smuggling word (concept ec_illegal_subsidy, masked); a Californian fund or investor is no place with an AI law;
  French "embargos américains à l'export"; a state up to 8 words before the rules it imposes on chip sales (4 before);
  the European Court of Auditors reporting on the EU's AI plans (new rule eu-auditors-on-ai, its Chips Act reports
  veto); an export-control phrase vetoes ai-act-date-on-ai-duty. Two reviews with invented passages on allusion and
  paraphrase (helpers who never saw the rules, 16 per language): the eight smaller languages (el, fi, sk, hu, cs, ro,
  da, tr; 128), 28 wrong on the session's first rules and 15 on its final ones, and the eight larger ones (de, en, fr,
  es, it, pt, nl, pl; 128), 28 -> 16: the EU's bans told as "the EU law that bans" in six languages' own words,
  high-risk 12 words from the EU with an algorithm or machine-learning word within 40 (concept eu_algorithm_word),
  Greek AI Act dates with the article ("τον Αύγουστο του 2026"), the EU requiring something of AI systems (new rule
  eu-requires-of-ai), what Brussels decided "on AI" (new rule eu-decided-on-ai, concept eu_on_ai), a state letting or
  no longer letting a firm sell chips to China (new rule state-lets-firm-sell, concept ec_let). What is left there:
  banks' credit models told with no AI word at all, and national authorities described only by their job. Pooled blind
  over rounds 259-264 (791 texts): deepseek 1.00 / 1.000, export_controls 0.956 / 0.965, eu_ai 0.948 / 0.939 (184 of
  196); with the final rules 1.00 / 1.000, 0.961 / 0.975, 0.954 / 0.949. Over rounds 83-264 (17,183 texts): deepseek
  1.00 / 0.992, export_controls 0.961 / 0.925, eu_ai 0.957 / 0.893 (3,704 of 4,148), eu_ai still short of its 0.90
  recall goal; recall per language (all topics) 0.90-0.97 but for el 0.74 (181/243), fi 0.83 (123/149), sk 0.83
  (67/81) and hu 0.86 (105/122); with the final rules 1.00 / 0.993, 0.970 / 0.946, 0.964 / 0.923, and every language
  0.85-0.98 but el 0.78 (189/243). Over every labelled text (32,783) the final rules (33,107 terms) are 13 better and
  2 worse than the session's first (a DSA probe of Grok told as "a new step in tightening AI regulation in Europe",
  labelled no mention; round 6's AFP story on Mistral beside the AI Act deal, labelled then by what a text is about).
  Forty-fourth session (2026-12-06): rounds 265-271, seven blind rounds with a fresh search budget, spent during the
  seventh: 265 on diplomacy, geopolitics and trade talks (summits, truces, sanctions packages, the EU's AI rules as a
  point of friction with Washington, "digital sovereignty", the Brussels effect) in German, English, French, Spanish,
  Italian, Portuguese, Japanese and Chinese (161 texts); 266 on the same in Korean, Dutch, Polish, Czech, Hungarian,
  Romanian, Turkish and Greek (133; Greek 12); 267 on companies' own words and results (earnings, filings, guidance,
  releases) in the first round's eight languages (159); 268 on courts, prosecutions and enforcement (smuggling trials,
  customs cases, export-control fines, lawsuits and complaints against AI firms) in German, English, French, Spanish,
  Italian, Dutch, Polish and Korean (159); 269 on the same in Portuguese, Japanese, Chinese, Czech, Romanian,
  Hungarian, Turkish and Swedish (122); 270 on investing and personal-finance content (stock picks, fund letters,
  broker notes, crypto sites) in the eight languages of round 268 (158); 271 on the same in Portuguese, Japanese,
  Chinese, Czech, Finnish, Danish, Slovak and Greek (95: Danish, Greek 5 texts each, Finnish, Slovak 7; the budget ran
  out during it). Measured each with the rules of its moment, deepseek, export_controls, eu_ai: 265 1.00 / 1.00, 0.96
  / 0.94, 0.97 / 0.97; 266 1.00 / 1.00, 0.94 / 0.98, 0.94 / 0.76; 267 1.00 / 1.00, 1.00 / 0.96, 0.97 / 1.00; 268 1.00
  / 1.00, 0.95 / 1.00, 1.00 / 0.86; 269 1.00 / 1.00, 0.97 / 0.85, 1.00 / 0.92; 270 1.00 / 1.00, 1.00 / 0.98, 1.00 /
  0.97; 271 1.00 / 1.00, 0.88 / 0.96, 0.94 / 1.00. From the tuning halves: a state's own export controls within 4
  words, in a story that names China or Russia and technology (new rule state-export-controls-in-china-story: "Οι
  έλεγχοι των εξαγωγών της Αμερικής" with the technology 45 words away; a trade newsletter's "export control news"
  footer vetoes); the EU's luxury-goods ban on exports to Russia, caviar first, is no technology control (ec_luxury
  gains caviar in every language and vetoes export-control-phrase-beside-china); a government telling firms to delay
  chip orders is the order to stop buying (ec_stop_use, eight languages); a lawsuit or an accusation under the GDPR is
  a case (eu_gdpr_case) and Dutch "EU-regels voor gegevensbescherming" names the GDPR; Japanese "sale to China banned"
  wording; Western chips up to 10 words from a Russian drone (8 before) and Romanian "rusească"; a law word's
  participle with Europe or the EU right after it ("L'intelligence artificielle désormais régulée en Europe"). Four
  reviews with invented passages (helpers who never saw the rules, 16 per language): courts, enforcement, diplomacy
  and money in the eight smaller languages (128), 1 wrong on the session's first rules and none on its final ones; the
  topics at home (the national law implementing the EU's AI rules, the authority named to supervise AI, AI factories
  and sandboxes, the AI-literacy duty, high-risk software in job centres and hospitals, MEPs on the delay; local firms
  under export controls) in sixteen languages (256), 5 wrong, then 1: the Czech plural "továren na umělou
  inteligenci", high-risk "smart/intelligent systems" as the AI word in eighteen languages, Romanian "Federația Rusă",
  Romania's digitalisation authority as no data-protection authority, and a bug: Romanian "pește" (fish, a commodity
  veto) folded onto "peste" (more than), so any Romanian export-control story with "more than" a sum could be vetoed.
  The same angle in German, English, French and Spanish (64): 1 wrong, then none (dual-use rules on chips with a
  control word and no export word or state, new rule dual-use-controls-on-chips). The EU's AI rules in everyday
  inflected wording (oblique cases, abbreviations, paraphrase) in Greek, Finnish, Slovak, Hungarian, Czech, Romanian,
  Polish, Turkish, Danish, Swedish, Dutch and Portuguese (256): 12 wrong, then 7: Hungarian "uniós (átláthatósági)
  kötelezettség" as an EU-rules phrase 15 words from the label duty, the AI Act's top fine with algorithms as the AI
  word and percentages in words, the Chips Act by its Dutch, Danish and Swedish names; left: a data-protection fine
  for a leak beside a chatbot "that had nothing to do with it" (three helpers wrote it), a Trade Ministry guide for
  exporters on the AI Act's bans (read as an export control), a Hungarian election committee ("Bizottság"). The two
  earlier reviews on allusion (inv33, inv34) stay at 31 wrong of 256. Pooled blind over rounds 265-271 (987 texts):
  deepseek 1.00 / 1.000, export_controls 0.961 / 0.951, eu_ai 0.979 / 0.926 (188 of 203); with the final rules 1.00 /
  1.000, 0.965 / 0.965, 0.979 / 0.936. Over rounds 83-271 (18,170 texts): deepseek 1.00 / 0.992, export_controls 0.961
  / 0.927, eu_ai 0.958 / 0.895 (3,892 of 4,351), eu_ai still short of its 0.90 recall goal; recall per language (all
  topics) 0.90-0.97 but for el 0.74 (184/248), sk 0.82 (68/83), fi 0.83 (124/150) and hu 0.87 (120/138); with the
  final rules 1.00 / 0.993, 0.970 / 0.948, 0.964 / 0.923, and every language 0.85-0.98 but el 0.78 (193/248). Over
  every labelled text (33,770) the final rules (33,253 terms) are 9 better and none worse than the session's first. A
  read-back of the session's own words (`git diff f41ae4f`) narrowed two of them that the labelled texts never
  tripped: the GDPR case words lost German "wirft" ("wirft Fragen auf"), Italian "ricorso" ("il ricorso all'IA", the
  use of AI), Spanish "demandó" (also "asked for") and bare French "assigné", each of which made the GDPR named beside
  AI a case again; and the participle first counted alone, which also fired on "Banks in the EU, a heavily regulated
  industry, are rolling out AI assistants" (unit cases for both fail on the rules before).
  Forty-fifth session (2026-12-07): rounds 272-278, seven blind rounds with a fresh search budget, spent during the
  seventh: 272 on cybersecurity, IT-security and IT-administration press (DeepSeek's leaked database, jailbreak tests
  and device bans, chip smuggling and trackers, the AI Act beside NIS2, DORA and the Cyber Resilience Act) in German,
  English, French, Spanish, Italian, Portuguese, Japanese and Chinese (156 texts); 273 on the same in Korean, Dutch,
  Polish, Czech, Hungarian, Romanian, Turkish and Greek (108; Greek 9, Romanian 7); 274 on deepfakes, elections,
  children and chatbots (the AI Act's labelling duties, data-protection inquiries into Grok and Replika, DSA-only
  cases and the European Parliament's age-16 resolution as the hard cases) in the first round's eight languages (158);
  275 on the same in Korean, Dutch, Polish, Czech, Hungarian, Romanian, Turkish and Slovak (112; Slovak 1 positive);
  276 on cars, mobility, machinery and manufacturing (Nexperia, rare-earth magnets, graphite, the AI Act for vehicles
  and machines, carmakers putting DeepSeek in their cars) in the first round's languages (159); 277 on the same in
  Korean, Dutch, Polish, Czech, Hungarian, Romanian, Swedish and Finnish (107; Finnish 8 negatives, Hungarian 1
  positive); 278 on police, surveillance, biometrics, borders and the military (the AI Act's biometric bans and
  exemptions, Clearview and PimEyes before data-protection authorities, Western chips in Russian drones, China's
  drone-part controls) in the first round's languages (153; the budget ran out after 4-13 searches each). Measured
  each with the rules of its moment, deepseek, export_controls, eu_ai: 272 1.00 / 1.00, 1.00 / 0.97, 1.00 / 0.95; 273
  1.00 / 1.00, 0.89 / 1.00, 0.95 / 0.91; 274 1.00 / 1.00, 1.00 / 1.00, 0.84 / 0.96; 275 1.00 / 1.00, 1.00 / 1.00, 0.75
  / 0.90; 276 1.00 / 1.00, 0.98 / 1.00, 0.92 / 0.97; 277 1.00 / 1.00, 1.00 / 0.87, 0.94 / 0.76; 278 1.00 / 1.00, 0.97
  / 0.97, 1.00 / 0.78. From the tuning halves: chips "introduits clandestinement en Chine" with the Commerce
  Department close (new rule chips-smuggled-into-china; smuggling past China's customs to dodge its taxes stays out);
  an AI law listed within 6 words of NIS2 or DORA, which only the EU has (ai-law-beside-eu-cyber-acts); the AI Act's
  risk-based model right beside a generic AI-law name (risk-model-beside-ai-law, Czech and Slovak "podle rizik"); the
  US FCC and FTC by their names in six languages as no EU Commission, Portuguese "comunicado" (a press release) no
  policy paper; Korean "AI 액트"; Turkish "yasa dışı" (illegal) and the DSA's Czech and Slovak names masked; battery
  words veto AI gigafactories within 40 words (an opinion blog on battery "Gigafábricas" with AI); the Global
  Partnership on AI "(GPAI)" masked; the EU's Machinery Regulation with AI or machine learning within 50 words
  (machinery-regulation-on-ai: its AI safety functions, which labellers count); "non-EU" masked as no EU actor;
  PimEyes as an AI service beside data-protection authorities (facial-recognition words as such brought 19 labelled
  texts in wrongly: police cameras with a DPA's comment); Portuguese "ato para a Inteligência Artificial". Five
  reviews with invented passages (helpers who never saw the rules, 16 per language), the session's first rules and
  then its final ones: police, surveillance, borders and the military in Greek, Slovak, Finnish, Hungarian, Czech,
  Romanian, Danish and Swedish (128), 2 wrong, then none (Finnish "mikropiirejä", the plural stem, as a chip word; the
  Greek armaments directorate's "Εξοπλισμών" masked as arms; military and naval blockades of Taiwan masked as no trade
  control, which the new chip word needed); the same in German, English, French, Spanish, Italian, Portuguese, Dutch
  and Polish (128), 6 wrong, then none (Brussels' ban on emotion recognition at work by its verbs: "infers workers'
  emotions", "infieren", "inferem", "rozpoznających emocje", "messo al bando"; microcontrollers with the Russia
  sanctions evaded); deepfakes, elections and children in sixteen languages (128), 7 and 7, all the European
  Parliament's age-16 resolution that names AI companions, which its helpers labelled no EU AI rule and round 275's
  labellers split on; the EU's AI rules in passing in Greek (two helpers), Korean, Japanese, Spanish, Slovak, Finnish
  and Portuguese (128), 5 then 4 (the EU's farm and regional funds, new concept eu_non_ai_fund, veto
  eu-invests-in-ai), and in German, English, French, Italian, Dutch, Polish, Chinese and Turkish (128), 5 then 4 (Hong
  Kong's "人工智能規例"); left in both: private data centres their owners call "AI factories" with Europe close (five
  passages; only a rule that wants the EU as an institution, not Europe, would tell them apart), loan and scan
  software with no AI word, a Japanese keynote with "Japanese firms" close. The earlier reviews on allusion (inv33,
  inv34): 29 wrong of 256 (31 before). Pooled blind over rounds 272-278 (953 texts): deepseek 1.00 / 1.000,
  export_controls 0.977 / 0.977, eu_ai 0.906 / 0.898 (211 of 235); with the final rules 1.00 / 1.000, 0.978 / 0.983,
  0.940 / 0.928. Over rounds 83-278 (19,123 texts): deepseek 1.00 / 0.992, export_controls 0.962 / 0.929, eu_ai 0.955
  / 0.895 (4,103 of 4,586), eu_ai still short of its 0.90 recall goal; recall per language (all topics) 0.89-0.97 but
  for el 0.74 (186/251), sk 0.82 (69/84), fi 0.83 (124/150) and hu 0.88 (130/148); with the final rules 1.00 / 0.994,
  0.970 / 0.949, 0.963 / 0.924, and every language 0.85-0.98 but el 0.78 (195/251). Over every labelled text (34,723)
  the final rules (33,613 terms) are 18 better and none worse than the session's first. A read-back of the session's
  own words (`git diff a938922`) dropped "NIS 2" (the Israeli shekel's "NIS 2 billion" beside an AI law read as the
  EU's NIS2) and named the EU's farm and regional funds by their fund and programme names only, not bare "rural
  development", which the EU's own AI money can be for (unit cases for both fail on the rules before).
  Forty-sixth session (2026-12-07): rounds 279-286, eight blind rounds with a fresh search budget, spent during the
  eighth (its helpers got 0-2 searches each): 279 on governments and public administrations using and supervising AI
  (national AI Act supervisors and sandboxes, export-licensing offices, civil servants told to avoid DeepSeek) in
  German, English, French, Spanish, Italian, Portuguese, Japanese and Chinese (158 texts); 280 on the same in Korean,
  Dutch, Polish, Czech, Greek, Slovak, Finnish and Swedish (116; Slovak 1 positive, Finnish 2); 281 on science,
  universities, research security and supercomputing (AI factories, RAISE, the AI Act's research exemption, export
  control of research, the Entity List's supercomputing centres) in German, English, French, Spanish, Italian and
  Portuguese (120); 282 on the same in Japanese, Chinese, Korean, Dutch, Polish, Turkish, Czech and Romanian (134);
  283 on energy, data centres, cloud and digital sovereignty (AI gigafactory bids, the AI Act's energy reporting, GPU
  licences for the Gulf and Malaysia, DeepSeek and power stocks) in the first round's languages (160); 284 on the same
  in Korean, Dutch, Polish, Czech, Hungarian, Turkish, Danish and Greek (103; Danish 5 negatives, Greek 1 positive);
  285 on media, publishing, copyright and journalism (the AI Act's copyright and labelling duties, the code of
  practice, the European Parliament's copyright report, newsrooms testing DeepSeek's censorship) in the first round's
  languages (158); 286 on the same in Korean, Dutch, Polish, Slovak and Finnish (16, partial). Measured each with the
  rules of its moment, deepseek, export_controls, eu_ai: 279 1.00 / 1.00, 1.00 / 0.97, 0.92 / 0.98; 280 1.00 / 1.00,
  1.00 / 1.00, 0.97 / 0.88; 281 1.00 / 1.00, 0.96 / 0.92, 1.00 / 0.90; 282 1.00 / 1.00, 0.96 / 0.90, 0.93 / 0.76; 283
  1.00 / 1.00, 1.00 / 0.95, 1.00 / 0.93; 284 1.00 / 1.00, 1.00 / 0.96, 0.86 / 0.80; 285 1.00 / 1.00, 1.00 / 1.00, 0.94
  / 0.96; 286 1.00 / 1.00, no export-control text, 1.00 / 0.89. From the tuning halves: the EU setting out to lead the
  world in AI (new rule eu-aims-to-lead-in-ai, "η Ευρωπαϊκή Ένωση αποσκοπεί να μετατραπεί σε παγκόσμιο ηγέτη", round
  225's Vestager interview); the GDPR changed for AI (gdpr-changed-for-ai: the GDPR beside an amendment, loosening or
  exception with AI training close, the digital omnibus told without its name); export control applied to research and
  universities (export-control-on-research: Imperial College's centres closed after the UK's Export Control Joint Unit
  refused licences); a state's rules on exporting chips to anywhere, with "guidelines" as a rules word in seven
  languages (state-rules-on-chip-exports: the AI diffusion rule unnamed, "diretrizes polêmicas sobre as exportações de
  chips"); an EU AI programme's generic name with European money within 40 words
  (generic-eu-ai-programme-with-eu-money: an AI-factory bid's "Europese financiering" 30 words on; widening the
  general rule to 30 or 35 words brought 4 and 8 labelled texts in wrongly). A read-back found the GDPR-case words'
  French "amende*" and Romanian "amend*" (a fine) matching English "amends" and "amendment": now the nouns and verbs
  of fining only. Five reviews with invented passages (helpers who never saw the rules, 16 per language), the
  session's first rules and then its final ones: governments and the EU's AI rules in Greek (two helpers), Slovak,
  Finnish, Hungarian, Romanian and Danish (112), none wrong either time; the same in German, English, French, Spanish,
  Italian, Portuguese, Dutch and Japanese (128), 1 and 1 (a Japanese "規則（EU）2024/1689への", see below); media and
  copyright in Swedish, Romanian, Hungarian and Czech and energy and data centres in Greek, Finnish, Slovak and
  Turkish (128), 4 then none (the Commission's template for the public summary of training data, the Act unnamed: new
  rule eu-training-data-summary, California's law vetoes); the EU's AI research money in Turkish, Polish and Korean
  (48), 12 and 12: a rule for Horizon Europe and the Digital Europe Programme beside AI found 8 invented and 2
  labelled texts but brought 4 labelled texts in wrongly (labellers split on EU research grants for AI: rounds 111 and
  281 yes, 56, 58, 234 and 247 no), so it was dropped. Pooled blind over rounds 279-286 (965 texts): deepseek 1.00 /
  1.000, export_controls 0.989 / 0.951, eu_ai 0.951 / 0.903 (232 of 257); with the final rules 1.00 / 1.000, 0.989 /
  0.973, 0.951 / 0.911. Over rounds 83-286 (20,088 texts): deepseek 1.00 / 0.992, export_controls 0.963 / 0.930, eu_ai
  0.955 / 0.895 (4,335 of 4,843), eu_ai still short of its 0.90 recall goal; recall per language (all topics)
  0.88-0.97 but for el 0.75 (191/256), sk 0.81 (70/86) and fi 0.82 (125/153); with the final rules 1.00 / 0.994, 0.971
  / 0.950, 0.963 / 0.924, and every language 0.86-0.98 but el 0.79 (201/256) and fi 0.84 (128/153). Over every
  labelled text (35,688) the final rules (34,012 terms) are 13 better and none worse than the session's first. Noticed
  and left: a term with a non-word character (a slash, a dot) fails its word-boundary check where Chinese or Japanese
  script follows or precedes it with no space ("規則（EU）2024/1689への準拠"): the automaton splits scripts, but the
  raw-anchor and verification checks (worker/topics/scan.py and native/src/lib.rs) count a CJK character as a word
  character; a fix belongs to the matcher in both implementations, with check_detection.py, not to a session on words.
  Forty-seventh session (2026-12-07): a matching change first, then rounds 287-294, eight blind rounds with a fresh
  search budget, spent during the eighth (its helpers got 0-3 searches each). The matcher now ends a word where
  Chinese, Japanese or Korean script touches a phrase, a wildcard phrase or a term with a slash or a dot, as it did
  for single words ("EUのAI Actに", "欧盟AI Act规定", "規則（EU）2024/1689への", "U.S.の" were missed), in the Python
  scan and the native one alike (check_detection.py: 31 fuzz verdicts, none among the 36,493 labelled texts; see the
  detection-unchanged section). The rounds: 287 on health, medicine, pharma and medical devices (the AI Act beside the
  MDR, the health data space, DeepSeek in hospitals, controls on biotech lab equipment) in German, English, French,
  Spanish, Italian, Portuguese, Japanese and Chinese (160 texts); 288 on the same in Korean, Dutch, Polish, Czech,
  Romanian, Turkish, Hungarian and Swedish (110; Romanian, Hungarian and Swedish 2 positives each, Turkish 1); 289 on
  startups, venture capital and founders in the first round's languages (161); 290 on banks, insurers, fintech and
  their supervisors (160); 291 on startups and finance in Korean, Dutch, Polish, Czech, Turkish and Swedish (71; Czech
  no positives left); 292 on education, schools, universities and the AI-literacy duty (160); 293 on work, HR,
  recruiting, unions and platform workers (159); 294 on marketing, advertising, e-commerce and consumer protection
  (38, partial). Measured each with the rules of its moment, deepseek, export_controls, eu_ai: 287 1.00 / 1.00, 0.96 /
  0.96, 0.95 / 0.88; 288 1.00 / 1.00, 0.91 / 1.00, 0.91 / 0.78; 289 1.00 / 1.00, 1.00 / 0.97, 0.96 / 0.96; 290 1.00 /
  1.00, 1.00 / 1.00, 0.88 / 0.90; 291 1.00 / 1.00, 1.00 / 1.00, 0.94 / 0.79; 292 1.00 / 1.00, 0.95 / 0.91, 0.93 /
  0.78; 293 1.00 / 1.00, 0.86 / 0.96, 1.00 / 0.80; 294 1.00 / 1.00, 1.00 / 1.00, 0.90 / 0.90. Most eu_ai misses are
  the EU's AI policy told through a sector: Commission pilot calls and skills academies with AI as one field, the
  digital-education action plan's AI guidelines, data-protection cases on algorithms (the Garante's Foodinho fine,
  which six labellers counted) and on facial recognition at school gates; rules for the last two were tried and
  dropped (6 better and 11 worse, 4 better and 17 worse over every labelled text: earlier labellers counted them the
  other way). From the tuning halves: the AI Act's high-risk class with "artificial intelligence" written out in eight
  languages ("systémy umělé inteligence s vysokým rizikem"); the WHO's European region masked for eu_ai ("OMS Europa
  ... 53 de state membre ale regiunii Europa"); Chinese "监管机构", any regulator, no longer a data-protection
  authority's name (BaFin and the ECB's supervisors on banks' AI); securities commissions in six languages masked as
  other commissions ("la Commissione per i titoli e gli scambi (SEC)"); "KI-Kontinent*". Three reviews with invented
  passages (helpers who never saw the rules, 16 per language), the session's first rules and then its final ones:
  Latin names glued to Chinese, Japanese and Korean script (four helpers, 64), 1 wrong with the matcher before this
  session ("欧盟AI Act第50条") and none after; the EU's AI rules as hospital, bank, school, HR and startup news tells
  them in Greek, Slovak, Finnish, Hungarian, Romanian, Czech, Danish and Swedish (128), 14 then 7, and in German,
  English, French, Spanish, Italian, Portuguese, Dutch and Polish (128), 6 then 1. From them: the AI Act's ban on
  reading emotions told in any words (new rule eu-bans-emotion-reading: an emotion noun, a ban word, an AI, system or
  software word and the EU close by; a read-back found that its first version took any "use" word as the AI, so "the
  EU bans advertising that uses children's feelings" read as the AI Act, and it was narrowed); the supervision of "AI
  systems" beside a named national regulator in fifteen languages; the plural of "cap" in Romanian and Portuguese;
  "European AI factories" in the Czech and Slovak word order. What stays: a national AI supervisor or the AI-literacy
  duty named with no EU word, a Slovak bank blocking DeepSeek on its devices read as an export control. Pooled blind
  over rounds 287-294 (1,019 texts): deepseek 1.00 / 1.000, export_controls 0.957 / 0.969, eu_ai 0.938 / 0.850 (255 of
  300); with the final rules 1.00 / 1.000, 0.957 / 0.969, 0.952 / 0.857. Over rounds 83-294 (21,107 texts): deepseek
  1.00 / 0.993, export_controls 0.963 / 0.932, eu_ai 0.954 / 0.892 (4,590 of 5,143), eu_ai still short of its 0.90
  recall goal; recall per language (all topics) 0.87-0.97 but for el 0.75 (191/256), sk 0.81 (70/86) and fi 0.82
  (125/153); with the final rules 1.00 / 0.994, 0.971 / 0.951, 0.962 / 0.920, and every language 0.86-0.98 but el 0.79
  (201/256) and fi 0.84 (128/153). Over every labelled text (36,707) the final rules are 9 better and none worse than
  the session's first; over every invented passage (2,336) 84 wrong then 72.
  Forty-eighth session (2026-12-07): rounds 295-301, seven blind rounds with a fresh search budget, spent during the
  seventh (its helpers got 5-16 searches each), then four reviews with invented passages. The rounds, in German,
  English, French, Spanish, Italian, Portuguese, Japanese and Chinese: 295 on cars, transport, logistics and mobility
  (158 texts); 296 on smartphones, telecoms, consumer electronics and apps (158); 297 on law firms, compliance,
  audits, standards and certification (160); 298 on interviews, opinion, columns and letters (158); 299 on regional
  and local news (157); 300 on defence, space and the security industry (158); 301 on gaming, PCs and the hardware
  press (155, partial). Measured each with the rules of its moment, deepseek, export_controls, eu_ai: 295 1.00 / 1.00,
  0.97 / 1.00, 0.96 / 0.68; 296 1.00 / 1.00, 0.97 / 0.97, 0.94 / 0.84; 297 1.00 / 1.00, 1.00 / 1.00, 0.94 / 1.00; 298
  1.00 / 1.00, 1.00 / 0.97, 0.98 / 0.89; 299 1.00 / 1.00, 0.85 / 0.88, 0.95 / 0.93; 300 1.00 / 1.00, 0.93 / 1.00, 0.89
  / 0.92; 301 1.00 / 1.00, 0.98 / 0.93, 1.00 / 0.86. Five of round 295's twelve eu_ai misses are the European
  data-protection board's opinion on facial recognition at airports, told without an AI word and marked borderline by
  each labeller who took it; round 299's export-control errors are local sanctions and dual-use cases (machines,
  lasers, parts for Iran or Russia) that labellers counted both ways. From the tuning halves: "Anacom" in any case as
  Portugal's AI supervisor; China's own AI law by name among the non-EU laws; German "illegal*" inflected and compound
  lasers by name ("der illegalen Ausfuhr von Speziallasern nach China"); military strategy vetoing the EU-AI-strategy
  rules (new concept eu_military_strategy); banned chips beside China's tech giants (Tencent, Alibaba, ByteDance,
  Baidu). Four reviews with invented passages (helpers who never saw the rules, 16 per language), the session's first
  rules and then its final ones: the newest turns of the three stories in Greek, Finnish, Slovak, Hungarian, Romanian,
  Czech, Danish and Swedish (128), 1 wrong then 0, and in German, English, French, Spanish, Italian, Portuguese, Dutch
  and Polish (128), 1 then 0 (both a data-protection authority's charge that DeepSeek's app sends users' data to China
  "illegally", read as an illegal export: users' data now vetoes, in twenty languages); the EU's AI rules met in
  passing, inside other stories, in Japanese, Korean, Chinese, Turkish, Greek, Finnish, Slovak and Hungarian (128), 20
  then 12, and in the other twelve languages (192), 21 then 9. From them: two new rules, the AI Act's top fine told by
  its percentage alone ("up to 7% of turnover", new concept eu_turnover) and the chatbot duty told in plain words (new
  concept eu_machine_talk: people told they talk to a machine, beside an EU-rules phrase); the supervision of AI in
  Hungarian, Turkish, Japanese and Korean word orders; "the European obligation" and "the EU's new rules" as EU-rules
  phrases; "artificially generated" content in German and Finnish. What stays: the EU's rules named only as "the
  European model" or "Brussels' approach" in a story on another country's AI law (that law close by vetoes the loose
  phrases), and national supervisors or the emotion-recognition ban in a story set outside the EU. Pooled blind over
  rounds 295-301 (1,104 texts): deepseek 1.00 / 1.000, export_controls 0.957 / 0.964, eu_ai 0.948 / 0.881 (236 of
  268); with the final rules 1.00 / 1.000, 0.957 / 0.972, 0.956 / 0.884. Over rounds 83-301 (22,211 texts): deepseek
  1.00 / 0.993, export_controls 0.963 / 0.933, eu_ai 0.953 / 0.892 (4,826 of 5,411), eu_ai still short of its 0.90
  recall goal; recall per language (all topics) 0.87-0.97 but for el 0.75 (191/256), sk 0.81 (70/86) and fi 0.82
  (125/153); with the final rules 1.00 / 0.994, 0.970 / 0.952, 0.962 / 0.918, and every language 0.86-0.98 but el 0.79
  (201/256) and fi 0.84 (128/153). Over every labelled text (37,811) the final rules are 6 better and none worse than
  the session's first; over every invented passage (2,912) 115 wrong then 93.
  Forty-ninth session (2026-12-07): rounds 302-309, eight blind rounds with a fresh search budget, spent during the
  eighth, then five reviews with invented passages. The rounds: 302 on raw materials, mining, chemicals and the chip
  supply chain (de en fr es it pt ja zh, 160 texts); 303 with no sector in the eight smallest languages (33 texts: the
  stored pages there are nearly used up, Romanian gave none); 304 on civil society, NGOs, think tanks and human-rights
  groups (157); 305 on China's own media and the China beat (158), and 306 the same in Korean, Dutch, Polish and
  Turkish (78); 307 on entertainment, film, music, sport, celebrities, lifestyle and travel (159); 308 on crypto,
  blockchain, trading and market newsletters (160); 309 on trade fairs, conferences and summits (96, partial).
  Measured each with the rules of its moment, deepseek, export_controls, eu_ai: 302 1.00 / 1.00, 0.98 / 0.96, 1.00 /
  0.93; 303 -, 1.00 / 1.00, 1.00 / 1.00; 304 1.00 / 1.00, 0.97 / 0.91, 0.98 / 0.96; 305 1.00 / 0.94, 1.00 / 0.88, 0.89
  / 0.86; 306 1.00 / 1.00, 0.97 / 1.00, 0.89 / 0.89; 307 1.00 / 1.00, 0.85 / 1.00, 0.97 / 0.90; 308 1.00 / 1.00, 0.98
  / 0.95, 0.97 / 0.97; 309 1.00 / 1.00, 1.00 / 0.94, 0.90 / 0.86. Four of round 307's five export-control errors are
  graphics cards smuggled into China past its own customs (to pay less tax), the helpers' lures; three of round 305's
  seven eu_ai errors are the EU-China digital dialogue's "AI regulation", which its labellers read both ways. From the
  tuning halves: pandemic travel restrictions as disruptions, not controls (twenty languages); noyb by its full name
  and misspelt ("None of Your Business", "NYOB") and national data-protection authorities with the adjective inside
  the name in four Romance languages; Japanese "AI(人工知能)規制" as an AI-law word; refraining from using the chips
  ("s'abstenir d'utiliser", ten languages) as Beijing steering its firms off Nvidia; the US states' AI laws and the
  broadband money withheld over them vetoing the agency rule (new concept ec_state_ai_laws); China's customs and
  police by more names and paying less tax vetoing the smuggling rule; "of/under the AI Regulation", capitalised
  inside a sentence, as the AI Act's legal name; Japanese "ソフトウエア" as technology. Five reviews with invented
  passages (helpers who never saw the rules, 16 per language), the session's first rules and then its final ones: the
  EU's AI rules reached through the people and bodies who make, delay or enforce them, in Greek, Finnish, Slovak,
  Hungarian, Romanian, Czech, Turkish and Korean (128), 1 wrong then 1; chip and mineral controls reached through the
  people and bodies who decide them, in the same languages but Polish for Korean (128), 2 then 0 (Taiwan's strategic
  high-tech commodities list by its words beside an entity-list word, new rule strategic-high-tech-list); smuggling,
  customs and seizures both ways, in Japanese, Korean, Chinese, Turkish, Greek, Finnish, Polish and Dutch (128), 7
  then 0, and in German, English, French, Spanish, Italian, Portuguese, Czech and Hungarian (128), 7 then 1
  (counterfeit chips and contraband hidden among electronics now veto the smuggling rules, new concepts
  ec_counterfeit_goods and ec_contraband; Malaysia's and Singapore's export-control laws by name); the AI Act through
  its legal parts and jargon (articles, annexes, roles, procedures) in sixteen languages (256), 7 then 6 (the AI Act's
  Annex III by number beside high risk and AI, new rule annex-iii-high-risk-ai). A read-back of the session's new
  words, which every text meets whatever its language, took out Danish "hash" (a mining rig's hash rate vetoed a
  smuggling case), Turkish "esrar" and Korean "대마", kept broadband words to funds and the internet (French "haut
  débit" also names HBM) and left out "州法" (inside "欧州法"); Taiwan's list words had matched industrial policy
  alone ("戦略的ハイテク産業"), hence their rule. What stays: the Act's articles cited with no EU word and no AI-law
  name (Article 73's incident reports, Article 4's literacy duty, Article 57's sandboxes), a US order stopping a
  foundry's deliveries to China told without a control word. Pooled blind over rounds 302-309 (1,001 texts): deepseek
  1.00 / 0.988, export_controls 0.966 / 0.945, eu_ai 0.956 / 0.921 (197 of 214); with the final rules 1.00 / 0.988,
  0.981 / 0.952, 0.957 / 0.935. Over rounds 83-309 (23,212 texts): deepseek 1.00 / 0.993, export_controls 0.963 /
  0.934, eu_ai 0.953 / 0.893 (5,023 of 5,625), eu_ai still short of its 0.90 recall goal; recall per language (all
  topics) 0.87-0.97 but for el 0.75 (191/256), sk 0.81 (70/86) and fi 0.82 (128/156); with the final rules 1.00 /
  0.994, 0.971 / 0.952, 0.962 / 0.919, and every language 0.86-0.98 but el 0.79 (201/256) and fi 0.84 (131/156). Over
  every labelled text (38,812) the final rules are 9 better and none worse than the session's first; over every
  invented passage (3,680) 117 wrong then 101 (the 2,912 of earlier sessions 93 and 93, this session's 768 24 then 8).
  Fiftieth session (2026-12-07): rounds 310-316, seven blind rounds with a fresh search budget, spent during the
  seventh, then five reviews with invented passages and an audit of the wildcard terms. The rounds: 310 on agriculture,
  food, environment, climate and energy (de en fr es it pt ja zh, 160 texts); 311 on parliaments, parties, lobbying and
  elections in Dutch, Polish, Korean, Turkish, Greek, Finnish, Czech and Hungarian (122: the Greek, Finnish and Turkish
  pages are nearly used up); 312 on religion, ethics, schools, universities and research (157); 313 on weekly magazines,
  long reads, columns, interviews and podcasts (155); 314 on our languages written outside their home countries, from
  Latin America, Africa, Switzerland, Austria, Belgium, Taiwan, Hong Kong and Malaysia (155); 315 on press releases and
  official communiqués (153); 316 on aggregators, content farms, auto-translated copies and forums (138, partial).
  Measured each with the rules of its moment, deepseek, export_controls, eu_ai: 310 1.00 / 1.00, 0.97 / 1.00, 1.00 /
  0.85; 311 1.00 / 1.00, 1.00 / 1.00, 0.87 / 0.93; 312 1.00 / 1.00, 1.00 / 0.90, 0.91 / 0.93; 313 1.00 / 1.00, 0.95 /
  0.95, 0.97 / 0.94; 314 1.00 / 1.00, 0.93 / 0.95, 0.97 / 0.90; 315 1.00 / 1.00, 0.97 / 1.00, 0.89 / 0.94; 316 1.00 /
  0.93, 0.97 / 0.94, 0.97 / 0.97. Round 312's and 310's eu_ai misses include data-protection fines of facial recognition
  (the Swedish school, Mercadona) that never say AI: counting facial recognition as an AI service was tried and dropped
  (27 labelled texts better, 24 worse: the labellers split on the very same Swedish fine). From the tuning halves: farm
  markets and commodities veto export-control phrases; Spanish "insta" (urges) by its verb forms only ("insta*" read
  "Instagram" as the European Parliament acting); the Entity List as Japanese commentary abbreviates it ("ELリスト");
  Italy's Garante as Brazilian papers translate it ("Garantidor de Privacidade"); copying and replicating the European
  model as comparison words; Hong Kong's customs in the Italian plural. The audit matched every wildcard term against
  the words of all labelled texts, since every list meets every text whatever its language, and narrowed 35 stems that
  are other languages' words to their own forms: German "*gericht" and "Gericht*" met Dutch "opgericht" (founded) and
  "gericht op" (aimed at) as a court acting, French "scrutin*" (ballot) English "scrutiny" as an election, Danish
  "stram*" (tighten) Romanian "strâmtoarea" (the Taiwan Strait), Swedish "märk*" (label) German "Märkte", Finnish
  "vilja*" (grain) Swedish "vilja" (will), Italian "esport*" Portuguese "esporte" (sport), English "amend*" French
  "amende" (a fine), Turkish "satış*" (folded) "satisfaction", among others; nothing changed over the labelled texts.
  The smuggling rules' shared vetoes are now one group (ec_smuggling_veto). Five reviews with invented passages, the
  session's first rules and then its final ones: the EU's institutions acting on AI without the Act's name, in Greek,
  Finnish, Slovak, Hungarian, Romanian, Czech, Polish and Turkish (128), 5 wrong then 2 (the Apply AI strategy beside
  the strategy word in any order, MEPs calling in Polish and Romanian past forms); the EU's AI rules as a side remark in
  Greek, Finnish, Slovak, Hungarian, Romanian, Danish, Swedish and Turkish (128), 3 then 2 (the Act's EUR 35 million
  fine by its amount alone, new rule ai-act-35-million-fine-near-eu), and in German, English, French, Spanish, Italian,
  Portuguese, Dutch and Polish (128), 5 then 4 (Austria's AI service desk at the RTR as a national AI Act body); export
  controls told in everyday words in Greek, Finnish, Slovak, Hungarian, Romanian, Czech, Swedish and Danish (128), 10
  then 6, and in German, English, French, Spanish, Japanese, Korean, Chinese and Turkish (128), 17 then 12 (asking leave
  in everyday words: "a government sign-off", "ゴーサイン", "허락", "报批", "søge om lov", "svolení", "medgivande").
  What stays: Japan's 23 tool types and Blackwell kept home told with no permission or export word ("ne peuvent plus
  quitter l'archipel", "zůstanou jen pro Ameriku"), graphite held "in the hand" or waiting for "the authorities' stamp",
  chips leaving "through the back door". Pooled blind over rounds 310-316 (1,040 texts): deepseek 1.00 / 0.987,
  export_controls 0.967 / 0.963, eu_ai 0.936 / 0.925 (221 of 239); with the final rules 1.00 / 0.987, 0.975 / 0.967,
  0.941 / 0.933. Over rounds 83-316 (24,252 texts): deepseek 1.00 / 0.993, export_controls 0.963 / 0.935, eu_ai 0.953 /
  0.894 (5,244 of 5,864), eu_ai still short of its 0.90 recall goal; recall per language (all topics) 0.88-0.97 but for
  el 0.75 (193/259), sk 0.81 (70/86) and fi 0.82 (130/158); with the final rules 1.00 / 0.994, 0.971 / 0.953, 0.961 /
  0.919, and every language 0.86-0.98 but el 0.78 (203/259) and fi 0.84 (133/158). Over every labelled text (39,852) the
  final rules are 6 better and none worse than the session's first; over every invented passage (4,320) 141 wrong then
  126 (the 3,680 of earlier sessions 101 then 100, this session's 640 40 then 26).
  Fifty-first session (2026-12-07): rounds 317-323, seven blind rounds with a fresh search budget, spent during the
  seventh, then eight reviews with invented passages. The rounds: 317 on construction, real estate, data-centre
  building, energy and utilities (de en es fr it ja pt zh, 159 texts); 318 on public broadcasters, TV and radio news
  sites and transcripts (de en es fr it ja nl pl, 151); 319 on chambers of commerce, trade associations, small firms
  and the Mittelstand (de en es fr it ko pt zh, 154); 320 on the early years, 2018-2023, before the topics had settled
  names (160); 321 on tabloids, free dailies and popular press (120: Swedish and Danish gave negatives only, their
  stored pages on the topics used up); 322 on Washington as reported abroad, Congress, the White House and US agencies
  on chip sales and on the EU's AI rules (de en es fr it ja ko nl pt zh, 196); 323 on the topics seen from third
  countries (148, partial). (A round planned as 322 for the smaller languages was dropped before any helper started;
  the next two, merged as 323 and 324, were renumbered 322 and 323 so that the record stays consecutive.) Measured
  each with the rules of its moment, deepseek, export_controls, eu_ai: 317 1.00 / 1.00, 1.00 / 0.98, 0.94 / 0.94; 318
  1.00 / 1.00, 0.92 / 0.97, 1.00 / 0.81; 319 1.00 / 1.00, 0.92 / 0.90, 0.94 / 0.94; 320 1.00 / 1.00, 0.98 / 1.00, 0.97
  / 0.93; 321 1.00 / 1.00, 0.95 / 0.88, 1.00 / 0.93; 322 1.00 / 1.00, 0.90 / 0.97, 1.00 / 0.82; 323 1.00 / 1.00, 0.98
  / 0.98, 0.96 / 0.93. Rounds 318's and 322's eu_ai misses are the EU's rules told in plain spoken words ("la Unión
  Europea acaba de ponerse de acuerdo para regularla") and US officials on "Europe's over-regulation". From the tuning
  halves: a state's restrictions on China said in three words in a chip story ("US-Beschränkungen gegenüber China"); a
  gigafactory beside EuroHPC whatever it is called; Japanese "AIを規制する法律"; Dutch "Chinese handen" only as
  technology going into or kept out of Chinese hands, not a firm "in Chinese handen"; the UFLPA's own entity list;
  technology on an embargo list; China's commissions by the country's full name; civil servants barred from an app as
  a device ban; "suspend their purchases"; Portuguese and Spanish "sancionar" a bill (signing it into law); Getty's
  photographer Chip Somodevilla; Brazil's AI bill by its number. Eight reviews with invented passages, the session's
  first rules and then its final ones: the EU's AI rules told in plain spoken words in Greek, Finnish, Slovak,
  Hungarian, Romanian, Czech, Polish and Turkish (128), 26 wrong then 5, and in German, English, Spanish, French,
  Italian, Dutch, Portuguese and Japanese (128), 25 then 7 (new rules for social scoring told as points for behaviour,
  InvestAI's 200 billion, the Commission's code for AI models, the chatbot duty put on the EU itself, "how to regulate
  it", staff who must know how to use AI, "milder than the EU's"); Washington and the EU's AI rules and chip decisions
  in the same two sets of languages (128 each), 2 then 1 and 3 then 2; the EU's AI rules in plain words, a second
  pass, in Greek, Finnish, Slovak, Hungarian, Romanian, Czech, Swedish and Danish (128), 21 then 4, and in German,
  English, Spanish, French, Italian, Korean, Chinese and Turkish (128), 25 then 9 (the AI Office as "a new office of
  the Commission that watches the biggest AI models", the gigafactories as "giant AI computing centres the EU will
  fund", labels on photos and videos made with AI, police "scanning passers-by's faces"); privacy watchdogs acting on
  AI and "high-risk" software in plain words in the two sets (128 each), 2 then 2 and 6 then 4. What stays: the
  literacy duty told as staff who must "know what they are doing", Finnish "miten sitä aletaan jatkossa säännellä", a
  national supervisor named with no EU word, the Italian "Autorità garante" (also the competition authority's name).
  Pooled blind over rounds 317-323 (1,088 texts): deepseek 1.00 / 1.00, export_controls 0.951 / 0.960, eu_ai 0.974 /
  0.893 (226 of 253); with the final rules 1.00 / 1.00, 0.967 / 0.970, 0.983 / 0.905. Over rounds 83-323 (25,340
  texts): deepseek 1.00 / 0.993, export_controls 0.962 / 0.936, eu_ai 0.954 / 0.894 (5,470 of 6,117), eu_ai still
  short of its 0.90 recall goal; recall per language (all topics) 0.88-0.97 but for el 0.75 (193/259), sk 0.81 (70/86)
  and fi 0.82 (130/158); with the final rules 1.00 / 0.994, 0.971 / 0.954, 0.962 / 0.920, and every language 0.86-0.98
  but el 0.78 (203/259) and fi 0.84 (133/158). Over every labelled text (40,940) the final rules are 30 better and
  none worse than the session's first; over every invented passage (5,344) 236 wrong then 157 (the 4,320 of earlier
  sessions 126 then 123, this session's 1,024 110 then 34).
  Fifty-second session (2026-12-07): rounds 324-327, four blind rounds with a fresh search budget, spent early in the
  fourth, then eight reviews with invented passages. The rounds: 324 on cloud computing, remote access to chips, GPU
  rental and compute (de en es fr it ja ko zh, 160 texts); 325 on customs, borders, ports, freight and logistics (cs
  el fi nl pl pt sk tr, 160: their stored pages on the topics nearly used up, Czech and Slovak gave no DeepSeek text);
  326 on cars, electric vehicles, batteries and mobility (de en es fr it ja pt zh, 160); 327 on phones, consumer
  electronics, games and everyday apps (cs hu ko nl pl ro, 40, partial). Measured each with the rules of its moment,
  deepseek, export_controls, eu_ai: 324 1.00 / 1.00, 1.00 / 0.96, 1.00 / 1.00; 325 1.00 / 1.00, 0.88 / 0.84, 1.00 /
  0.96; 326 1.00 / 1.00, 0.88 / 1.00, 0.93 / 0.96; 327 1.00 / 1.00, 1.00 / 1.00, 0.67 / 0.86. Round 325's
  export_controls errors are Russia sanctions on goods that are no chips (aviation technology, oil drilling bits),
  arms smuggling and customs cases the labellers split; 326's false alarms are the EU's General Safety Regulation
  (driver-monitoring cameras) and the US ban on Chinese connected cars, both labelled both ways in earlier rounds.
  From the tuning halves: restrictions dodged in a chip story with the restricting state instead of China ("las
  compañías encuentran formas de esquivar el bloqueo"); the fear that China obtains the technology (ja, ko, zh);
  Turkish "yasaklı madde" (a banned substance) as an exclusion; the AI Act's transparency obligations by that phrase
  in six more languages. Tried and dropped: a rule for a data-protection authority on facial recognition (19 labelled
  texts better, 22 worse: the same Skellefteå and Mercadona cases are labelled both ways) and a veto for the General
  Safety Regulation (its mandate is an EU rule on AI in cars as much as the Machinery Regulation is). Eight reviews
  with invented passages (128 each), the session's first rules and then its final ones: export controls told in plain
  words (the cloud loophole, smuggled GPUs, parts reaching Russia) in Greek, Finnish, Slovak, Hungarian, Romanian,
  Czech, Polish and Turkish, 9 wrong then 4, and in Swedish, Danish, Korean, Chinese, Dutch, Portuguese, Japanese and
  Italian, 9 then 5; the EU's AI rules reaching ordinary people (labels on AI media, chatbots, credit scoring) in the
  first set, 6 then 2, and in Swedish, Danish, Korean, Chinese, German, English, Spanish and French, 3 then 2;
  data-protection authorities, ministries and DeepSeek in the first set and in German, English, Spanish, French,
  Italian, Dutch, Portuguese and Japanese, 3 then 3 and 2 then 2; China's export controls on minerals and technology
  in plain words in the first set, 8 then 3, and in the second, 11 then 3. New rules: a country put in a tier or
  category of the US rule on how many AI chips each may buy (new concept ec_country_tier), Chinese firms renting chips
  abroad with the controlling state in the passage (ec_rent), China's licences for exporting drone parts told by the
  drone makers who wait, end-use and end-user certificates for chips, minerals or drones (ec_end_use), every shipment
  needing a licence, "without the necessary permits", caps told from the buyers' side. What stays: data-protection
  authorities on facial recognition told without AI (labelled both ways), Russia diversion stories that name no ban,
  ASML's machines told as "may not be sent to China", Greek labels on content "produced by algorithms".
  Pooled blind over rounds 324-327 (520 texts): deepseek 1.00 / 1.00, export_controls 0.922 / 0.929, eu_ai 0.945 /
  0.966 (86 of 89); with the final rules 1.00 / 1.00, 0.930 / 0.943, 0.945 / 0.966. Over rounds 83-327 (25,860
  texts): deepseek 1.00 / 0.993, export_controls 0.961 / 0.936, eu_ai 0.953 / 0.895 (5,556 of 6,206), eu_ai still
  short of its 0.90 recall goal; recall per language (all topics) 0.88-0.97 but for el 0.75 (201/268), sk 0.82 (77/94)
  and fi 0.82 (138/168); with the final rules 1.00 / 0.994, 0.970 / 0.953, 0.962 / 0.921, and every language 0.86-0.98
  but el 0.79 (211/268) and fi 0.84 (141/168). Over every labelled text (42,265 rows of tests/data) the final rules
  are 3 better and none worse than the session's first; over this session's invented passages (1,024) 51 wrong then
  24 (the earlier sessions' 5,344 passages were not kept on this machine and were not re-read).
  Fifty-third session (2026-12-08): rounds 328-330, three blind rounds with a fresh search budget, spent during the
  third, then six reviews with invented passages. The rounds: 328 on defence, military, security services and dual-use
  goods (de en es fr it nl pl pt, 160 texts); 329 on universities, research, science and schools (cs da el fi hu ro sk
  sv, 158: Finnish ran dry at 18, the smaller languages' stored pages on the topics nearly used up); 330 on finance,
  markets, investors and company results (de en es fr ja ko tr zh, 152: Turkish stopped at 12 when the budget ran
  out). Measured each with the rules of its moment, deepseek, export_controls, eu_ai: 328 1.00 / 1.00, 0.91 / 0.98,
  0.93 / 0.93; 329 1.00 / 1.00, 1.00 / 0.90, 1.00 / 0.70; 330 1.00 / 1.00, 0.98 / 1.00, 0.96 / 0.96. Round 329's eu_ai
  misses are the Skellefteå school's facial-recognition fine told without AI (labelled both ways in earlier rounds),
  Horizon Europe and EU research or funding programmes that name AI as one goal among others, and national
  AI-in-education pages; 328's false alarms are an arms-export licence, a facial-recognition "total ban", an essay
  calling AI "dual use" and a DeepSeek story's bans read as controls, and NATO's AI strategy read as the EU's. From
  the tuning halves: the Apply AI Strategy by its capitalised name; intangible technology transfer (and deemed-export
  rules) as export-control words in all twenty languages (a Czech university's rule); Romanian "pe lista sa neagră";
  news outlets whose names hold Europe masked for eu_ai (Europa Press's dateline, Radio Free Europe, 欧洲时报). Tried
  and dropped: Horizon Europe within 15 words of AI as EU AI policy (3 labelled texts better, 4 worse); a named
  data-protection authority ordering or fining within 12 words of an AI or algorithm word (2 better, 3 worse; with AI
  words only, 2 better, 4 worse: the same cases are labelled both ways). Six reviews with invented passages, the
  session's first rules then its final ones: the EU's AI rules at work, in hospitals, banks, public offices and the
  police in Greek, Finnish, Slovak, Hungarian, Romanian, Czech, Polish and Turkish (128), 7 wrong then 6, and in
  Swedish, Danish, Korean, Chinese, German, English, Spanish and French (128), 7 then 2; export controls told from the
  security and defence side in the first set (128), 9 then 1, and in Swedish, Danish, Korean, Chinese, Dutch,
  Portuguese, Japanese and Italian (128), 14 then 11; the EU's AI rules and policy in Greek, Finnish and Slovak
  national news (72), 3 then 2; export controls in the same three (72), 6 then 3. New: a rule for an authority
  refusing the export or sale of technology goods to China or Russia (concept ec_refusal; takeovers veto), "sale
  abroad" as an export word, 对俄 and 対露 for Russia, inertial navigation units, Russia in the dative after selling
  verbs (ro, pl), the AI chip rule's tiers as baskets, zones and bands (fi, el, sk, cs), the high-risk class within 18
  words of Brussels (12 before), lower-case "unionens" (sv, da), Greek "of the Union" after a law word, Chinese
  "按风险高低", "synthetic content" in all twenty languages. What stays: data-protection authorities on AI uses told
  with algorithm words, ASML's machines 25 words from the refusal, smuggling rings to Russia told without a ban,
  Japan's fighter-jet exports read as an export licence (its defence-equipment agreement names technology), Italy's
  golden power on a semiconductor firm read as a chip restriction.
  Pooled blind over rounds 328-330 (470 texts): deepseek 1.00 / 1.00, export_controls 0.956 / 0.965, eu_ai 0.963 /
  0.846 (77 of 91); with the final rules 1.00 / 1.00, 0.957 / 0.982, 0.963 / 0.857. Over rounds 83-330 (26,330 texts):
  deepseek 1.00 / 0.993, export_controls 0.961 / 0.937, eu_ai 0.954 / 0.895 (5,633 of 6,297), eu_ai still short of its
  0.90 recall goal; recall per language (all topics) 0.88-0.97 but for el 0.75 (208/278), fi 0.82 (141/173) and sk
  0.84 (88/105); with the final rules 1.00 / 0.994, 0.970 / 0.954, 0.962 / 0.920, and every language 0.88-0.98 but el
  0.78 (218/278) and fi 0.83 (144/173). Over every labelled text (42,735 rows of tests/data) the final rules are 5
  better and none worse than the session's first; over this session's invented passages (656) 46 wrong then 25, and
  over the last session's (1,024) 24 then 23.
- **CPU targets** (the CPU issue): pipeline CPU per article ≤ 1.25× trafilatura alone's on the same pages
  and wall-clock speed ≥ 1.4× on 2 cores, measured side by side in one run (`bench_cpu.py`); `match`
  ≤ 1 ms per 5 KB dense article including language identification, ≤ 2 ms through `match --jsonl`, flat
  from 1,000 to 10,000 terms (`bench_topics.py`). Per-article matching cost follows the number of *hits*
  (one Aho-Corasick pass finds every term's anchor), so the dense texts are the slow ones.
  Where they stand in the tables above: CPU ratio and wall-clock speed are met in every round since the
  feeds are polled while the pool's processes start (they waited behind the forkserver's warm-up) and
  the last batches of a run shrink (before those two changes: wall 1.23× / 1.36× / 1.45× over 5 rounds).
  Matching with the native module (next session): 0.68-0.72 ms per dense article, flat from the shipped
  14,617 terms to 24,611, and 1.40 ms per further article through `match --jsonl` (within the 2 ms);
  with language identification in the same loop 1.15-1.24 ms then, so the 1 ms including language
  identification was not met (each alone was: 0.68 + 0.27); since language identification moved into the
  native module too, the pair costs 0.84-0.88 ms (the matching section above): met on that day, 0.998 ms
  on a slow one, 1.15 ms as `bench_topics.py` measured it on the slower night of the sixth session (0.90
  ms in one process alternating, identification over 600 characters): the target sits inside this
  machine's day-to-day noise. On the ninth session's faster day both matching targets held in both runs
  (0.76 / 0.68 ms including identification, 1.42 / 1.66 ms through `match --jsonl` with start-up) and the
  CPU ratio in all eight rounds (wall-clock 1.41× in the median of one run of two); on the eighth session's
  slower day they did not (the matching and CPU sections above). In the tenth session, with 600 more terms,
  all held in the median: 0.97 ms including identification, 1.58 ms through `match --jsonl`, CPU ratio 0.91
  and 1.08 and wall-clock 1.71× and 1.53× over runs of 3 and 5 rounds (one round of each under 1.4×); a
  third run at the session's end, on a faster day for trafilatura and with Elasticsearch just restarted,
  held the CPU ratio in the median (1.23) but not the wall-clock speed (1.28×). In the eleventh
  session, with language identification no longer importing numpy and `match --jsonl` on orjson: 0.69 and
  0.84 ms including identification, 1.38 and 1.55 ms through `match --jsonl` with start-up (0.91-1.02 s of
  it), CPU ratio 1.15 and 1.11 and wall-clock 1.27× and 1.47× in the median of 3 and 5 rounds. In the twelfth,
  with the garbage collector paused while start-up builds what lives on (0.6 s less of `run --once`'s serial
  start, 0.44 s less of `match`'s): 0.66 ms including identification, 1.23 ms through `match --jsonl` with
  start-up (0.73 s of it), CPU ratio 1.04 and wall-clock 1.63× in the median of 5 rounds, both in every round.
  The rest of this paragraph is the Python matching, which still runs where no Rust toolchain built the module.
  Matching in Python is flat in the number of terms but **not** within 1 ms: 2.3 ms per dense article (was 3.3,
  then 2.5), 3.1-3.4 ms per further article through `match --jsonl` (was 4.7, then 3.5). Words and
  wildcard-free phrases are in the automaton whole, over a skeleton of the text (lowercased, every run of
  non-word characters one space), so boundaries are checked natively and only wildcard phrases are
  verified around an anchor (phrase checks per dense article 860 -> 120); the scan loop maps offsets
  back inline and skips the second mapping for one-word terms, and scoring sorts a rule's hits once
  and intersects term sets in C (2.5 -> 2.3 ms). What is left: lowercasing and the skeleton 0.3 ms of
  a 5 KB text, the automaton 0.1 ms, the scan loop and wildcard phrases 0.6 ms, language
  identification 0.25-0.3 ms, and scoring ~270 verified hits against 45 rules (near windows, mentions,
  snippets) about 1 ms in Python. 1 ms in all needed the scan and the scoring in native code: see above.
- **Noise.** These 2 cores are shared with other people's test runs and with Elasticsearch and Redis:
  CPU time of a process varies by ±5 % between rounds, wall time much more when someone else runs
  tests. `bench_cpu.py` alternates the two commands and reports every round and the spread.
- **Before**, the same scripts on main without this work:
  - main at 78b9071 (topics.yaml with 7,901 terms), 2026-11-30, about one core busy with other people's
    work: `bench_cpu.py --rounds 3`: CPU ratio 3.14 / 3.14 / 3.17, wall-clock speed 0.33× / 0.33× / 0.35×
    (`run --once` 111 ms of CPU per article: its fixed start-up alone was 27.9 s of CPU, the topics
    compiled from scratch in the main process and in each of the three pool processes). `bench_topics.py`:
    dense articles match 3.83 ms, language identification 0.78 ms, both 5.15 ms; `match --jsonl` 9.14 ms
    per article with start-up (7.8 s of it), 5.26 ms without.
  - main at 7f5d3a9 (918 terms): `bench_cpu.py --rounds 3`: CPU ratio 1.26 / 1.34 / 1.37, wall-clock speed
    0.89× / 1.18× / 1.21×; `profile_cpu.py`: fixed start-up 3.6 s of CPU, language identification 2.0 ms,
    SimHash 0.73 ms, normalising the extracted text 0.31 ms per article; `bench_topics.py`: dense match
    0.78 ms, language identification 0.95 ms, both 1.72 ms; `match --jsonl` 2.66 ms per article.
- **Throughput** is end to end: polling, fetching over loopback, extraction, language identification,
  matching, SimHash, bulk indexing and Redis state, on the same 2 cores that Elasticsearch, Redis and the
  benchmark's HTTP server also use; the trafilatura baseline runs alone, on pages already in memory.
"""


def main() -> None:
    parts = [
        "# Benchmark results\n",
        f"Written by `python bench/run_all.py` on {datetime.date.today().isoformat()}: {platform.machine()}, "
        f"{__import__('os').cpu_count()} cores, Python {platform.python_version()}, Elasticsearch 9.2.0 and Redis "
        "started by `scripts/services.sh` on the same machine (they share the two cores with the benchmark).\n",
    ]
    for script in SCRIPTS:
        out = subprocess.run([sys.executable, str(HERE / script)], capture_output=True, text=True, check=True)
        parts.append(out.stdout.strip() + "\n")
        print(out.stdout)
    parts.append(NOTES)
    (HERE / "RESULTS.md").write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
