"""A language pack's quote vocabulary (`quotes.yaml`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from warta.lang import load_yaml

PHRASE_LISTS = ("statement_phrases", "non_report_objects", "referring_subjects", "epithet_classes",
                "body_epithet_classes", "content_openers")
MAPS = ("sense_objects", "appeal_purposes", "office_abbreviations", "case_roles")


def verb_shape(prefixes: list[str]) -> re.Pattern:
    """A word of a prefix and at least three more lower-case letters."""
    return re.compile(rf"^(?:{'|'.join(map(re.escape, prefixes))})[a-z]{{3,}}$")


def time_nouns(lang: str) -> frozenset[str]:
    """Words of the time units, parts of day and one-word deixis of the pack's `times.yaml`
    ("bulan", "pagi", "kemarin")."""
    data = load_yaml(lang, "times.yaml")
    words = {w for key in (*data["units"], *data["parts_of_day"]) for w in key.split()}
    return frozenset(w.lower() for w in words | {k for k in data["deixis"] if " " not in k})


@dataclass(frozen=True)
class QuoteLexicon:
    """The vocabulary as sets of lower-case words (see `quotes.yaml` for each list)."""

    speech_cues: frozenset[str]
    speaker_suffixes: tuple[str, ...]
    reporting_verbs: frozenset[str]
    object_verbs: frozenset[str]
    sense_objects: dict[str, frozenset[str]]
    office_abbreviations: dict[str, tuple[tuple[str, ...], ...]]
    case_roles: dict[str, dict[str, frozenset[str]]]
    speaker_subject_verbs: frozenset[str]
    complement_verbs: frozenset[str]
    post_verbs: frozenset[str]
    upload_verbs: frozenset[str]
    caption_nouns: frozenset[str]
    infinitive_markers: frozenset[str]
    manner_markers: frozenset[str]
    causatives: frozenset[str]
    person_nouns: frozenset[str]
    kin_titles: frozenset[str]
    closeness_words: frozenset[str]
    group_pronouns: frozenset[str]
    continuation_cues: frozenset[str]
    counting_verbs: frozenset[str]
    predicate_words: frozenset[str]
    not_predicates: frozenset[str]
    office_modifiers: frozenset[str]
    complementizers: frozenset[str]
    conditionals: frozenset[str]
    consequents: frozenset[str]
    directive_complementizers: frozenset[str]
    appeal_purposes: dict[str, frozenset[str]]
    intention_markers: frozenset[str]
    interrogatives: frozenset[str]
    according_cues: frozenset[str]
    source_cues: frozenset[str]
    connectives: frozenset[str]
    statement_phrases: tuple[tuple[str, ...], ...]
    non_report_objects: tuple[tuple[str, ...], ...]
    content_openers: tuple[tuple[str, ...], ...]
    referring_subjects: tuple[tuple[str, ...], ...]
    passive_reports: frozenset[str]
    agentless_reports: frozenset[str]
    passive_beliefs: frozenset[str]
    judgement_passives: frozenset[str]
    topic_passives: frozenset[str]
    rumour_passives: frozenset[str]
    tail_cues: frozenset[str]
    document_openers: frozenset[str]
    document_prepositions: frozenset[str]
    documents: frozenset[str]
    reproduction_openers: frozenset[str]
    reproduction_nouns: frozenset[str]
    source_connectors: frozenset[str]
    source_prepositions: frozenset[str]
    adjunct_prepositions: frozenset[str]
    origins: frozenset[str]
    coordinators: frozenset[str]
    relativizers: frozenset[str]
    copulas: frozenset[str]
    cleft_openers: frozenset[str]
    recipients: frozenset[str]
    agent_markers: frozenset[str]
    naming_words: frozenset[str]
    negators: frozenset[str]
    denials: frozenset[str]
    contrastives: frozenset[str]
    statement_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    non_speakers: frozenset[str]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    own_voice_pronouns: frozenset[str]
    anaphora_markers: frozenset[str]
    descriptive_modifiers: frozenset[str]
    leading_demonstratives: frozenset[str]
    unnamed_heads: frozenset[str]
    member_heads: frozenset[str]
    nickname_glosses: frozenset[str]
    body_heads: frozenset[str]
    military_heads: frozenset[str]
    definite_bodies: frozenset[str]
    relational_heads: frozenset[str]
    epithet_classes: tuple[tuple[str, ...], ...]
    body_epithet_classes: tuple[tuple[str, ...], ...]
    real_name_markers: frozenset[str]
    spokesperson_links: frozenset[str]
    government_heads: frozenset[str]
    country_heads: frozenset[str]
    plural_quantifiers: frozenset[str]
    singular_quantifiers: frozenset[str]
    indefinite_quantifiers: frozenset[str]
    titles: frozenset[str]
    phrase_breaks: frozenset[str]
    adverbials: frozenset[str]
    clause_openers: frozenset[str]
    shared_subjects: frozenset[str]
    calendar: frozenset[str]
    bare_verbs: frozenset[str]
    subject_prepositions: frozenset[str]
    setting_prepositions: frozenset[str]
    foreign_endings: tuple[str, ...]
    time_nouns: frozenset[str]
    degrees: frozenset[str]
    active_verb: re.Pattern      # me-/ber- verbs
    passive_verb: re.Pattern     # di- verbs
    verbish: re.Pattern          # active or passive verbs
    stative_verb: re.Pattern     # ter- verbs
    predicate_verb: re.Pattern   # any of them
    subject_leads: frozenset[str]  # words a subject phrase is read past (`_trim_subject`)

    @classmethod
    def load(cls, lang: str) -> QuoteLexicon:
        data = load_yaml(lang, "quotes.yaml")
        shapes = data["verb_prefixes"]
        fields = {"time_nouns": time_nouns(lang),
                  "degrees": frozenset(load_yaml(lang, "entities.yaml")["degrees"]),
                  "active_verb": verb_shape(shapes["active"]),
                  "passive_verb": verb_shape(shapes["passive"]),
                  "verbish": verb_shape(shapes["active"] + shapes["passive"]),
                  "stative_verb": verb_shape(shapes["stative"]),
                  "predicate_verb": verb_shape(sum(shapes.values(), []))}
        for name in cls.__annotations__.keys() - fields.keys():
            value = data.get(name, {} if name in MAPS else [])
            if name in ("sense_objects", "appeal_purposes"):
                fields[name] = {verb: frozenset(value[verb]) for verb in value}
            elif name == "case_roles":
                fields[name] = {role: {side: frozenset(value[role].get(side, ()))
                                       for side in ("object_of", "subject_of")}
                                for role in value}
            elif name == "office_abbreviations":
                fields[name] = {abbr: tuple(tuple(o.lower().split()) for o in value[abbr])
                                for abbr in value}
            elif name in PHRASE_LISTS:
                fields[name] = tuple(tuple(w.lower() for w in p) for p in value)
            elif name in ("speaker_suffixes", "foreign_endings"):
                fields[name] = tuple(value)
            else:
                fields[name] = frozenset(w.lower() for w in value)
        # "Lebih lanjut X", "Sementara itu X": adverbials, cues and connectives before a subject
        fields["subject_leads"] = frozenset().union(*(fields[k] for k in (
            "adverbials", "speech_cues", "leading_demonstratives", "connectives")))
        return cls(**fields)

    def is_degree(self, word: str) -> bool:
        """Whether a token spells an academic degree ("M.Kes", "S.H.", "SpKK"; `entities.yaml`)."""
        bare = word.replace(".", "").lower()
        return bare in self.degrees or (bare.startswith("sp") and word[:2] == "Sp" and len(bare) <= 6)

    def is_predicate_verb(self, word: str) -> bool:
        """Whether a lower-case word has the shape of an Indonesian verb (me-, ber-, di-, ter-)
        without an English ending ("diplomacy", "distribution", "terrorism" are nouns)."""
        return self.predicate_verb.match(word) is not None and word not in self.not_predicates \
            and not word.endswith(self.foreign_endings)

    def ends_phrase(self, word: str, after_name: bool) -> bool:
        """Whether a lower-case `word` ends a speaker phrase it would run on into: a time noun
        ("Haniv bulan lalu"), a predicate or bare verb ("Collins baru saja", "X dapat"), or,
        after a name word, a ter- verb ("Moa tersenyum"; not "pria terkaya")."""
        low = word.lower()
        return word.islower() and (
            low in self.time_nouns | self.predicate_words | self.bare_verbs
            or after_name and self.stative_verb.match(low) is not None
            and low not in self.not_predicates | self.anaphora_markers | self.office_modifiers)

    def suffix_cue(self, word: str) -> int:
        """Length of the speaker suffix when `word` is a speech or according cue plus suffix
        ("ujarnya", "menurutnya"), else 0."""
        low = word.lower()
        for suf in self.speaker_suffixes:
            if low.endswith(suf) and (low[: -len(suf)] in self.speech_cues
                                      or low[: -len(suf)] in self.according_cues):
                return len(suf)
        return 0

    def statement_suffix(self, word: str) -> int:
        """Length of the author suffix when `word` is a statement noun plus suffix
        ("pernyataannya", "postingannya"), else 0."""
        low = word.lower()
        return next((len(suf) for suf in self.speaker_suffixes if low.endswith(suf)
                     and low[:-len(suf)] in self.statement_nouns), 0)

    def passive_suffix(self, word: str) -> int:
        """Length of the agent suffix when `word` is a passive report or belief plus suffix
        ("diakuinya", "dinilainya"), else 0."""
        low = word.lower()
        return next((len(suf) for suf in self.speaker_suffixes if low.endswith(suf) and (
            low[:-len(suf)] in self.passive_reports | self.passive_beliefs)), 0)

    def person_epithet(self, word: str) -> bool:
        """Whether a lower-case word heads an epithet only a person takes ("perempuan",
        "penyanyi")."""
        return word in self.person_nouns or any(word in c for c in self.epithet_classes)

    def is_according(self, word: str) -> bool:
        """Whether `word` is "menurut" or "menurutnya"."""
        low = word.lower()
        n = self.suffix_cue(low)
        return low in self.according_cues or n > 0 and low[:-n] in self.according_cues

    def is_cue_word(self, word: str) -> bool:
        low = word.lower()
        return (low in self.speech_cues or low in self.reporting_verbs
                or low in self.according_cues or self.suffix_cue(low) > 0)
