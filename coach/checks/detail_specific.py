"""Whether a message that shares no concepts with any detail still refers to something specific
of the employer's, for detail coverage: the second test, read only when the first found none.

People paraphrase a detail in words no synonym group joins: "the drives between courthouses in
the north of the province" for "rotating through the circuit courts in Bathurst and Edmundston",
"the storage design for the northern site" for "battery bank sizing for the mini-grid". What
such a sentence has, and generic praise ("I enjoyed learning about the role and the team") has
not, is specific words: words that are rare in follow-up prose. How common a word is comes from
data, not from a list: rules/lexicon/follow-up-words.txt counts the sentences of
training/sentences/ each stem occurs in (scripts/build_common_words.py), and a word in fewer
than `common` of them is specific, unless it is a stop word, a generic concept of the lexicon
(past, career, project), or a word of the role's, the company's or the people's names.

A message refers to something specific when one sentence holds `need` specific concepts outside
what is the candidate's own ("at my last museum we ...", "I have spent six years ...") and
outside a topic the message claims was discussed that matches nothing in the notes (an invented
topic, which detail-unsupported reports: it is no detail of this interview).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from coach.checks.base import per_notes
from coach.checks.detail_unsupported import invented_topics
from coach.checks.detail_words import Normalise, _base, concept, concepts
from coach.checks.pleasantries import wish_spans
from coach.models import Notes
from coach.rulebook import rules_dir
from coach.text import WORD, Doc, lazy_compile

_SENTENCE = lazy_compile(r"[^.!?;\n]+")
_CLAUSE_BREAK = lazy_compile(r"[,:()—–]")
#: a sentence about the candidate's own background, not the employer's: "at my last job",
#: "in my current role", "I have spent six years", "I've worked with"
_OWN = lazy_compile(
    r"\b(?:my (?:last|previous|former|current|old|own|present)\b"
    r"|I(?:'ve|’ve| have| had)(?: also| always| already| often| never)? "
    r"(?!been (?:thinking|wondering|reflecting|reading|curious|keen|eager|glad|excited|"
    r"intrigued|mulling|looking)\b)"
    # a thought about the reader's side is no record: "I have wondered whether the kayaker ..."
    r"(?!(?:wondered|pondered|reflected|considered|noticed|realised|realized)\b)"
    r"(?:\w+ed|been|done|run|led|spent|"
    r"built|taught|grown|taken|kept|held|seen|made|brought|flown|written|driven)\b"
    # the candidate's record in the simple past or present: "I hold a degree", "I spent three
    # seasons", "I am also an experienced checker", "since completing my residency"
    r"|I (?:also )?(?:hold|held|spent|worked|trained|ran|led|managed|built|wrote|studied|"
    r"graduated|earned|completed|supervised|produced|served|taught|qualified)\b"
    r"|I am (?:also |now )?an? (?:experienced|qualified|certified|chartered|licensed|registered|"
    r"trained)\b"
    r"|\b(?:since|after|before|while) (?:completing|finishing|earning|leaving|starting) my\b"
    # a span of the candidate's own past: "During my MSc", "Over six years on nights at a
    # cross-dock", "In my four years at the council", "After a decade as a buyer", "my two
    # seasons with a ski patrol"
    r"|\b(?:during|throughout) my\b"
    r"|\b(?:(?:over|in|for|after|across) (?:my )?|my )(?:\w+ )?"
    r"(?:years?|decades?|seasons?|summers?|winters?|months?) (?:on|at|in|as|with|of)\b"
    # the record counted: "I have eight years of experience in tailoring", "I have five years
    # of testing behind me", "I've got two decades in kitchens"
    r"|\bI(?:'ve|’ve| have)(?: got)? (?:\w+ )?(?:years?|decades?|seasons?|summers?|winters?)"
    r" (?:of|in|as|on|at|with|behind)\b"
    # the qualities just told, offered: "I would bring that same steady habit to the co-op"
    r"|I(?:'d|’d| would) (?:also )?bring (?:that|this|these|those|the same)\b"
    # the candidate's own liking or ease, in the present: "I enjoy both the physical work in
    # the cellar", "I am comfortable with large groups" (not "I enjoy hearing about ...")
    r"|I (?:also |really |genuinely |truly )?(?:enjoy|love|like) "
    r"(?!(?:hearing|learning|reading|the idea|the thought|the sound|that|this|how|what)\b)"
    r"|I am (?:also |very |quite |entirely )?(?:comfortable|at home|at ease) (?:with|in|on)\b)",
    re.I,
)
#: a sentence wholly of the candidate's own: a lifelong passion ("Working with the sea has been
#: my passion since I spent holidays on my uncle's boat") or a creed ("I believe that careful
#: records and clean equipment are what make a farm successful"). What it names, the subject
#: before "has been my passion" too, is the candidate's, not a topic of the interview.
_OWN_WHOLE = lazy_compile(
    r"\b(?:has|have) (?:always |long )?been (?:a |my )(?:\w+ )?(?:passion|calling|dream)\b"
    r"|\bsince I was (?:a |an )?(?:\w+ )?(?:child|kid|boy|girl|teenager|student)\b"
    r"|\bI (?:\w+ )?believe (?:that )?[^.;!?]*?\b(?:is|are) what "
    r"(?:makes?|keeps?|builds?|turns?)\b",
    re.I,
)
#: the candidate's background said to suit the role, with the record that follows (often after a
#: colon): "my background suits the role: an MA in ...", "my experience is a strong match for"
_OWN_FIT = lazy_compile(
    r"\bmy (?:own )?(?:background|experience|skills?|skill set|(?:track )?record|qualifications|"
    r"training|profile|cv|résumé|resume)(?: \w+)? (?:suits|fits|matches|aligns|lines up|"
    r"would (?:suit|fit|match)|makes me|has prepared me|prepares me|"
    r"is (?:a|an) (?:\w+ )?(?:match|fit))\b",
    re.I,
)
#: a turn to the reader's side ("..., so your audit", "the units you are burning"): the
#: candidate's record then speaks of the interview's topic
_TURN = lazy_compile(r"\b(?:you|your|yours|we|our|us)\b|,\s*(?:and )?so\b", re.I)
#: what may stand between a clause's start and "I": a conjunction or a short adverb
_OWN_LEAD = lazy_compile(
    r"\s*(?:(?:and|but|so|then|also|now|currently|since then|where|when),?\s+)*", re.I
)
#: an ongoing activity is no background: "I have been reading about the gellan trial", "I have
#: kept thinking about the Friday sessions"; nor is a first step taken since the interview
#: towards the reader's work: "I have prepared a list of carriers for the route", "I have already
#: started a draft plan for the transfers" (a record is done for someone else, before)
_ONGOING = lazy_compile(
    r"I(?:'ve|’ve| have| had)(?: also| already)? (?:been|kept) \w+ing\b"
    r"|I(?:'ve|’ve| have)(?: also| already| since)? (?:prepared|started|begun|drafted|sketched|"
    r"jotted|noted|listed|outlined|put together|made (?:a|some)|looked into|read up)\b",
    re.I,
)


def own_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the body's sentences about the candidate's own background only: from a clause
    that opens with the candidate's record ("I spent three seasons in a cellar crushing 2,000
    tonnes", "Since completing my degree") to the sentence's end, when nothing after it turns
    to the reader's side ("..., so the burns you plan are work I know"). Their words are no
    interview detail. A record told of a detail in the middle of a clause ("the audit you
    described is work I have done") leaves the detail's words in; `_theirs`, for the specific
    words, leaves out more."""
    return doc.derived("own-spans", _own_spans)


def _own_spans(doc: Doc) -> list[tuple[int, int]]:
    text = doc.plain
    spans = []
    for m in _SENTENCE.finditer(text, doc.body_start):
        sentence = m.group()
        whole = _OWN_WHOLE.search(sentence)
        if whole is not None and not _TURN.search(sentence, whole.end()):
            spans.append((m.start(), m.end()))
            continue
        for own in _OWN.finditer(sentence):
            if _ONGOING.match(sentence, own.start()):
                continue
            breaks = [b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, own.start())]
            lead = _OWN_LEAD.match(sentence, breaks[-1] if breaks else 0)
            if lead is None or lead.end() != own.start() or _TURN.search(sentence, own.end()):
                continue  # a record told of a topic named in the sentence
            spans.append((m.start() + own.start(), m.end()))
            break
        else:
            # wherever it stands in the sentence: what comes before it is no part of the span
            fit = _OWN_FIT.search(sentence)
            if fit is not None and not _TURN.search(sentence, fit.end()):
                spans.append((m.start() + fit.start(), m.end()))
    return spans


@lru_cache(maxsize=1)
def sentence_counts() -> dict[str, int]:
    """Sentences of follow-up prose each stem occurs in (rules/lexicon/follow-up-words.txt)."""
    path = rules_dir() / "lexicon" / "follow-up-words.txt"
    out = {}
    for line in path.read_text("utf-8").splitlines():
        word, _, count = line.partition("\t")
        out[word] = int(count)
    return out


def _aliases(notes: Notes, method: Normalise) -> frozenset[str]:
    """Bases of the people's aliases ("Tom", "Dec"): a greeting by nickname names nothing."""
    words = (p for person in notes.interviewers for a in person.aliases for p in WORD.findall(a))
    return frozenset(_base(w, method) for w in words)


def _title_mentions(doc: Doc, notes: Notes, method: Normalise) -> list[tuple[int, int]]:
    """Spans of the words that mention the role or a person's title: a word of one beside
    another or beside a noun for a job ("how you lead the theatre and recovery team" to a
    Theatre and Recovery Lead). They name the reader's job, not a detail, though the details
    speak of theatres too; "the research your team is doing" still names research."""
    from coach.checks.detail_role import mention_spans

    return mention_spans(doc.body_tokens, notes, method)


def specific_concepts(
    words: Iterable[str], skip: frozenset[str], common: int, method: Normalise
) -> set[str]:
    """Concepts of the words that are rare in follow-up prose and name nothing generic."""
    counts = sentence_counts()
    found = set()
    for word in words:
        for part in word.split("-"):
            c = concept(part, method) if part else None
            if c is None or c.startswith("~"):
                continue
            base = _base(part, method)
            if base in skip or counts.get(base, 0) >= common:
                continue
            found.add(c)
    return found


def refers_to_specifics(
    doc: Doc,
    notes: Notes,
    skip: frozenset[str],
    need: int,
    common: int,
    method: Normalise,
    details: frozenset[str] = frozenset(),
    invented_common: int = 0,
) -> bool:
    """Whether one sentence of the body names `need` specific concepts of the employer's side;
    a concept of a detail (`details`) that the sentence shares counts as one of them."""
    skip = skip | per_notes(notes, f"alias-bases:{method}", lambda n: _aliases(n, method))
    text = doc.plain
    # an invented topic runs on to its sentence's end: what follows it in the sentence says
    # more of it ("the drone survey of the pier at Cill Rónáin and how the team merges ...")
    # either reading's topics: any topic, or (with `invented_common`) one that names something
    # rare, which also takes in near misses and topics a word of a detail only sits beside
    invented = [
        (s, _sentence_end(text, e))
        for common_ in {0, invented_common}
        for s, e, _ in invented_topics(doc, notes, method, common=common_)
    ]
    passed = invented + _salutations(doc, notes) + _title_mentions(doc, notes, method)
    passed += wish_spans(doc)  # "Happy Naadam": the reader's own days, not the interview
    passed += workings_spans(doc)  # "how the tours work"
    from coach.checks.detail_survey import survey_spans

    passed += survey_spans(doc)  # "the boats, the river and how a day works"
    passed += standing_spans(doc)  # "the estate is known far beyond the Blue Mountains"
    from coach.checks.detail_role import duty_spans, role_in_details

    passed += duty_spans(doc, notes)  # "what a Lodge Tour Guide does: welcoming visitors"
    from coach.checks.detail_trade import trade_spans

    passed += trade_spans(doc)  # "Adventure sports depend on trust"

    # a word of the role that a detail also has, outside a mention of the role ("covering the
    # courts up north" to a Court Interpreter, for "the circuit courts"): one concept of a detail
    role_words = role_in_details(notes, method) if details else frozenset()
    for m in _SENTENCE.finditer(text, doc.body_start):
        end = _theirs(m.group(), m.start())
        words = [
            w.group()
            for w in WORD.finditer(text, m.start(), end)
            if not any(s <= w.start() < e for s, e in passed)
        ]
        found = specific_concepts(words, skip, common, method)
        if details:
            # a generic concept of a detail ("projects", "current") counts only beside another
            # concept of a detail: "the research your team is doing currently", not "the
            # projects underway and an ambitious agenda"
            shared = concepts(words, method, skip) & details
            found |= shared if any(c[0] != "~" for c in shared) else set()
            if role_words:
                found |= {
                    c for w in words if _base(w, method) in role_words and (c := concept(w, method))
                }
        if len(found) >= need:
            return True
    return False


#: the employer's standing, praised: "Kamares has a reputation across Crete for fine oil", "the
#: estate is known far beyond the Blue Mountains", "the port plays a vital role for the region",
#: "tailoring here has such a long tradition", and the pride of its people in the trade. Its
#: place and trade words name no detail; "a history of cracked tiles" is a topic, not a standing.
_STANDING = lazy_compile(
    r"\b(?:has|have|had|enjoys?|earned|built)\s+(?:such\s+)?(?:a|an)\s+"
    r"(?:(?:proud|long|rich|great|fine|excellent|wonderful|strong|good|real|deserved|"
    r"well-deserved|enviable|outstanding|solid|fantastic|lovely)\s+)*"
    r"(?:reputation|name|history|tradition|heritage|standing)\b(?!\s+of\b)"
    r"|\b(?:is|are)\s+(?:so\s+|well\s+|widely\s+|rightly\s+)?"
    r"(?:known|respected|admired|renowned|famous)\s+(?:far|across|throughout|beyond|around|all|"
    r"along)\b"
    r"|\bplays?\s+(?:such\s+)?(?:a|an)\s+(?:vital|key|central|important|big|huge|special)\s+"
    r"(?:role|part)\b"
    # "X is known for building services people use every day"
    r"|\b(?:is|are)\s+(?:so\s+|well\s+|widely\s+|rightly\s+)?known\s+for\b",
    re.I,
)


#: what the work means to the people there, praised: "how much the harvest means to everyone at
#: the winery", "how proud the whole team is of its lacquer". Only its clause names nothing:
#: "how proud you are of the studio, and how the new glazing stops condensation" names a topic.
_PRIDE = lazy_compile(
    r"\bhow\s+much\s+(?:\S+\s+){1,4}?means?\s+to\s+(?:every(?:one|body)|all|the\s+people|"
    r"the\s+(?:whole\s+)?(?:team|staff|crew))\b"
    r"|\bhow\s+proud\s+(?:\S+\s+){1,4}?(?:is|are|was|were|feels?)\s+of\b",
    re.I,
)
_CLAUSE_END = lazy_compile(r"[,;:()—–]|$")


def standing_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the body's sentences that praise the employer's standing or its people's pride:
    a place name in one ("a fine name in Broome") is no detail of the interview."""
    return doc.derived("standing-spans", _standing_spans)


def _standing_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the body's sentences that praise the employer's standing (`_STANDING`), and of
    the clauses that praise its people's pride (`_PRIDE`)."""
    text = doc.plain
    spans = []
    for m in _SENTENCE.finditer(text, doc.body_start):
        sentence = m.group()
        if _STANDING.search(sentence):
            spans.append((m.start(), m.end()))
            continue
        for pride in _PRIDE.finditer(sentence):
            breaks = [b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, pride.start())]
            end = _CLAUSE_END.search(sentence, pride.end())
            stop = end.start() if end is not None else len(sentence)
            spans.append((m.start() + (breaks[-1] if breaks else 0), m.start() + stop))
    return spans


#: how a thing works, with nothing said of it: "how the tours work", "how production works",
#: "how the company works" (what follows, "with the turf-cutters", is left to be read)
_WORKINGS = lazy_compile(r"\bhow (?:the |your |its |their |our )?[\w-]+ works?\b", re.I)


def workings_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the body's "how the X works": the workings of a whole, named by one word, are
    no detail of it."""
    return [(m.start(), m.end()) for m in _WORKINGS.finditer(doc.plain, doc.body_start)]


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE.match(text, pos)
    return m.end() if m else pos


#: a line of a few words ending in a comma: a greeting or a sign-off ("Kia ora Mere,",
#: "Ngā mihi,", "Le meas,"), whose words name nothing discussed
_SALUTATION_LINE = lazy_compile(r"^[ \t]*(?:\S+[ \t]+){0,3}\S+[ \t]*,[ \t]*$", re.M)


def _salutations(doc: Doc, notes: Notes) -> list[tuple[int, int]]:
    """Spans of the greeting and the sign-off, in whatever language: their words are rare in
    follow-up prose ("Kia ora", "Ngā mihi") but refer to no detail. A one-line note signs off
    inline, a few words and a comma before the candidate's name ("... Ngā mihi, Zoë Ngata")."""
    spans = [(m.start(), m.end()) for m in _SALUTATION_LINE.finditer(doc.plain, doc.body_start)]
    if doc.greeting is not None:
        spans.append(doc.greeting.span())
    name = r"\s+".join(re.escape(w) for w in notes.candidate.name.split())
    inline = re.search(
        rf"(?:^|[.!?]\s+)((?:\S+\s+){{0,3}}\S+,\s*{name})\W*$", doc.plain[doc.body_start :]
    )
    if inline:
        spans.append((doc.body_start + inline.start(1), doc.body_start + inline.end(1)))
    return spans


def _theirs(sentence: str, start: int) -> int:
    """Where the candidate's own background begins in the sentence (its end when it never
    does): the clause that says "my last job" or "I have worked" and all after it, or the whole
    sentence when its first clause does ("In my last job, I ran ...")."""
    whole = _OWN_WHOLE.search(sentence)
    if whole is not None and not _TURN.search(sentence, whole.end()):
        return start
    own = next(
        (m for m in _OWN.finditer(sentence) if not _ONGOING.match(sentence, m.start())), None
    )
    if own is None:
        fit = _OWN_FIT.search(sentence)
        return start + (fit.start() if fit is not None else len(sentence))
    breaks = [b.start() for b in _CLAUSE_BREAK.finditer(sentence, 0, own.start())]
    return start + breaks[-1] if breaks else start
