"""The rule language of topics.yaml as pydantic models, its concepts, and loading with precise errors."""

from __future__ import annotations

from pathlib import Path

import pydantic
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .. import cache, config
from ..config import load_model, unique_ids
from ..errors import ConfigError
from . import terms as _terms
from .terms import TermLike, compile_term, store_compiled

LANG_KEY = r"^([a-z]{2,3}|all)$"


TermList = list[TermLike] | dict[str, list[TermLike]]
Concepts = dict[str, dict[str, list[TermLike]]]  # concept → language (or "all") → terms


def flatten(value: TermList | None) -> list[TermLike]:
    """Terms from a plain list or a language-keyed mapping."""
    if value is None:
        return []
    if isinstance(value, dict):
        return [t for terms in value.values() for t in terms]
    return list(value)


class Near(BaseModel):
    """Proximity condition: an `any` hit within `within` words of one of `terms`."""

    model_config = ConfigDict(extra="forbid")
    terms: TermList
    within: int = Field(8, ge=0, le=100)


class Rule(BaseModel):
    """One rule of a topic."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    any: TermList
    all: list[TermList] = []
    none: TermList = []
    # None: a `none` term anywhere vetoes the rule. A number: it vetoes only the `any` hits within that
    # many words of it (a tariff story's "restrictions" next to "tariffs", not a paragraph away).
    none_within: int | None = Field(
        None, ge=0, le=100, description="`none` terms veto only the `any` hits within this many words of them"
    )
    near: Near | list[Near] | None = None
    weight: float = Field(1.0, gt=0, le=10)
    description: str = ""

    @field_validator("any")
    @classmethod
    def _nonempty(cls, v: TermList) -> TermList:
        if not flatten(v):
            raise ValueError("needs at least one term")
        return v

    def near_groups(self) -> list[Near]:
        """The proximity conditions as a list (one group or several, all required)."""
        if self.near is None:
            return []
        return self.near if isinstance(self.near, list) else [self.near]

    def term_lists(self) -> list[TermList]:
        """Every term list of the rule (any, all groups, none, near groups)."""
        return [self.any, *self.all, self.none, *(n.terms for n in self.near_groups())]


class Topic(BaseModel):
    """One topic of topics.yaml."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_]*$")
    name: str = ""
    description: str = ""
    threshold: float = Field(0.5, gt=0, le=1)
    exclude: TermList = []
    rules: list[Rule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_rules(self) -> Topic:
        unique_ids([r.id for r in self.rules], "rule")
        return self


class TopicsFile(BaseModel):
    """The whole topics.yaml."""

    model_config = ConfigDict(extra="forbid")
    languages: list[str] = Field([], description="Languages every concept must cover (ISO 639-1 codes)")
    concepts: Concepts = Field(
        {}, description="Named vocabularies: concept → language (or `all`) → terms; rules use them as @name"
    )
    topics: list[Topic] = Field(min_length=1)

    @field_validator("concepts", mode="before")
    @classmethod
    def _empty_concepts(cls, v: object) -> object:
        return {} if v is None else v  # a `concepts:` heading with nothing under it yet

    @model_validator(mode="after")
    def _unique(self) -> TopicsFile:
        unique_ids([t.id for t in self.topics], "topic")
        return self


def check_refs(terms: list[TermLike], concepts: Concepts, trail: tuple[str, ...], sound: set[str]) -> None:
    """Every `@concept` reference in `terms` names a concept and leads to no cycle; `sound` memoises."""
    for t in terms:
        if not (isinstance(t, str) and t.startswith("@")):
            continue
        name = t[1:]
        if name not in concepts:
            raise ValueError(f"unknown concept {t!r}")
        if name in trail:
            raise ValueError(f"concept cycle: {' → '.join((*trail, name))}")
        if name not in sound:
            check_refs(flatten(concepts[name]), concepts, (*trail, name), sound)
            sound.add(name)


def _compile_own(terms: list[TermLike]) -> None:
    """Compile the terms written in a list itself (references are checked, and compiled, where defined)."""
    for t in terms:
        if not (isinstance(t, str) and t.startswith("@")):
            compile_term(t)


def _check_concepts(tf: TopicsFile, name: str, sound: set[str]) -> None:
    """Every concept: known language keys, every declared language (or `all`) covered, sound terms.

    Each concept's own terms are compiled once and its references walked once (`sound` remembers the
    concepts already found free of unknown names and cycles): expanding every reference at every use,
    as matching does, compiled the shared vocabularies a dozen times over at each start.
    """
    declared = set(tf.languages)
    for cname, by_lang in tf.concepts.items():
        where = f"{name}: concept {cname!r}"
        bad = [k for k in by_lang if k != "all" and declared and k not in declared]
        if bad:
            raise ConfigError(f"{where}: language(s) {', '.join(bad)} not in `languages`")
        if declared and "all" not in by_lang:
            missing = sorted(declared - set(by_lang))
            if missing:
                raise ConfigError(f"{where}: no terms for {', '.join(missing)} (or give an `all` list)")
        for lang, terms in by_lang.items():
            try:
                _compile_own(terms)
                check_refs(terms, tf.concepts, (cname,), sound)
            except ValueError as exc:
                raise ConfigError(f"{where}: {lang}: {exc}") from exc


# A topics file this large is remembered once checked (worker/cache.py): parsing the shipped 400 KB of YAML
# and checking its 15,000 terms costs ~0.25 s of CPU in every process that loads it (`run --once`, `match`,
# `check`, each Celery worker's start). Small files are checked in milliseconds: not cached.
_CACHED_FROM = 32_768


def load_topics(path: Path) -> TopicsFile:
    """Load and validate topics.yaml, then compile every term to catch pattern errors early."""
    checked = _checked_file(path)
    data = cache.read(checked)
    if isinstance(data, dict):  # this very file was loaded and checked by this very code before
        try:
            return TopicsFile.model_validate(data)
        except ValidationError:  # a cache file of another shape: load and check the file itself
            pass
    tf: TopicsFile = load_model(path, TopicsFile, {"topics": "topic", "rules": "rule"})
    sound: set[str] = set()
    _check_concepts(tf, path.name, sound)
    for t in tf.topics:
        where = f"{path.name}: topic {t.id!r}"
        lists = [(f"{where}: exclude", t.exclude)]
        lists += [(f"{where}: rule {r.id!r}", tl) for r in t.rules for tl in r.term_lists()]
        for place, term_list in lists:
            try:
                found = flatten(term_list)
                _compile_own(found)
                check_refs(found, tf.concepts, (), sound)
            except ValueError as exc:
                raise ConfigError(f"{place}: {exc}") from exc
    store_compiled()  # the next process reads them back instead of compiling them again
    if checked is not None:
        cache.write(checked, tf.model_dump(mode="json"))
    return tf


def _checked_file(path: Path) -> Path | None:
    """The cache file of a large topics file as loaded and checked (named by its bytes and this code)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None  # load_model says what is wrong with the file
    if len(raw) < _CACHED_FROM:
        return None
    versions = f"pydantic {pydantic.VERSION}".encode()
    code = (Path(__file__), *_terms.CODE, Path(config.__file__))  # the models, terms and fold, load_model
    return cache.path("topics", *code, data=raw + versions)
