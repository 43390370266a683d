"""Subject and verb agreement across a noun phrase: "the plots on the windward side desperately
needs", "the four young operators coming from Takoradi has been", "the report have been checked".

The pronoun and fixed-phrase cases live in `grammar_agreement`; this one reads the subject a
clause opens with, a determiner, a few words before its head noun and an optional phrase after
it (of/on/from ..., coming from ...), and the verb straight after. A noun phrase has several
readings ("the client needs" may be a noun), so the verb is reported only when every reading
of the words before it gives a head whose number the verb contradicts, and the head's number is
plain from its letters: a regular plural, one of English's closed list of irregular plurals
(larvae, people, criteria), or a known singular noun. Nouns of a group (team, crew, staff),
quantities (the rest of, a number of), spans (three years is) and adjectives standing for
people (the elderly) take either verb and are left alone. The scan starts from the verbs, found
by one C-level search: most sentences hold none after a noun phrase.
"""

from __future__ import annotations

from coach.checks.spelling_words import _words, lexicon
from coach.text import lazy_compile

#: verbs in -s read as verbs only where one must stand (after an adverb, before an object)
LEXICAL_VERBS = _words(
    "needs seems looks makes takes gives shows means depends requires remains helps keeps stays "
    "feels comes goes gets works runs holds grows wants sounds matters includes involves "
    "deserves belongs relies lies"
)
_ADVERB_BEFORE = lazy_compile(
    r"(?:[a-z]{3,}ly|still|also|really|all|always|now|often|never|just|both|truly|already)"
    r"[ \n]$"
)
SINGULAR_VERBS = _words("is was has does isn't wasn't hasn't doesn't")
PLURAL_VERBS = _words("are were have aren't weren't haven't")
_VERBS = SINGULAR_VERBS | PLURAL_VERBS | LEXICAL_VERBS
#: the plural of each singular verb, and the other way round, for the correction
CORRECTION = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
    "are": "is",
    "were": "was",
    "have": "has",
    "aren't": "isn't",
    "weren't": "wasn't",
    "haven't": "hasn't",
}
#: where the object of a lexical verb starts: "needs the", "seems to"
_OBJECT_START = _words(
    "the a an to their our my your his her its this that these those more some no every each "
    "it them us me him extra"
)
DETERMINERS = _words("the these those this that my our your their his her its each every a an")
_PLURAL_DETERMINERS = _words("these those")
_SINGULAR_DETERMINERS = _words("this that each every a an")
#: words that open a clause inside a sentence ("mentioned that the foals are"); not "and"
#: (which joins subjects) nor "after" and "before" (which are prepositions as often)
_SUBORDINATORS = _words(
    "that because since when while although though once if whereas unless until whether"
)
#: words a clause may open with before its subject
_OPENERS = _words(
    "and but so because since when while although though once as if that where whereas until "
    "unless after before"
)
_PREPOSITIONS = _words(
    "of in on at for from with by about under over near behind beside between among across "
    "along around into onto through inside outside without within during after before like "
    "up down off towards toward beyond beneath above below past per via"
)
#: words that cannot stand inside a subject's noun phrase: joins, verbs, pronouns, clauses
_STOP = (
    _words(
        "and or nor but than as not who whom whose which that what where when why how i you he "
        "she it we they me him us them is are was were be been being am has have had do does "
        "did will would can could shall should may might must isn't aren't wasn't weren't "
        "there here if then also very to too so just only even such own same no not more most "
        "less least fewer much"
    )
    | _PREPOSITIONS
    | DETERMINERS
)
#: English's irregular plurals (a closed list), which carry no final s
IRREGULAR_PLURALS = _words(
    "people children men women feet teeth geese mice lice oxen police cattle larvae algae "
    "antennae formulae vertebrae nebulae criteria phenomena bacteria fungi cacti alumni nuclei "
    "stimuli radii syllabi"
)
#: nouns that take either verb: groups (British "the crew have"), words with one form for both
#: numbers, and words of quantity or kind whose "of" phrase decides
_EITHER = _words(
    "team crew staff board panel family committee management government company council band "
    "club department faculty audience class group public majority minority personnel couple "
    "data media sheep deer fish aircraft offspring salmon trout shrimp squid craft series "
    "species means rest number lot lots bulk half part most all some none any kind kinds sort "
    "sorts type types variety range set pair total amount percent percentage proportion share "
    "remainder handful host plenty top whole other dozen hundred thousand million leadership "
    "administration organisation organization population community authority university "
    "partnership membership ownership congregation generation association corporation "
    "federation delegation opposition parliament commission institution foundation business "
    "nation party society city county constituency presidency agency ministry firm union "
    "workforce school hospital clinic practice office orchestra choir jury army navy"
)
#: a span or a sum, one whole: "three years is a long time", "two weeks seems fair"
MEASURES = _words(
    "years months weeks days hours minutes seconds decades seasons summers winters autumns "
    "springs nights weekends fortnights miles kilometres kilometers metres meters "
    "dollars pounds euros litres liters tonnes tons kilos grams"
)
#: words with a final s that are singular or take either verb
_S_NOT_PLURAL = _words(
    "news lens bias gas canvas alias atlas chaos ethos thanks kudos headquarters whereabouts "
    "crossroads diabetes measles mumps innings barracks odds premises sales works always "
    "perhaps yes this his hers its ours yours theirs"
)
#: adjectives that stand for people, with a plural verb: "the elderly are", "the best were"
_PEOPLE_ADJECTIVES = _words(
    "poor rich young old elderly sick dead wealthy needy homeless living best worst former "
    "latter first last brave blind deaf gifted few many"
)
#: singular words in -ae
_AE = _words("reggae sundae")
_NUMBERS = _words(
    "two three four five six seven eight nine ten twelve twenty several many few both"
)
#: a clause already has its verb before the comma: ", and the plots needs" opens a new one, but
#: in "the report, the letter, and the certificate have" the comma only lists subjects
_FINITE = lazy_compile(
    r"\b(?:is|are|was|were|am|has|have|had|do|does|did|will|would|can|could|shall|should|may|"
    r"might|must|[a-z]{3,}ed)\b|['’](?:s|re|ve|ll|d|m)\b"
)
_NEXT = lazy_compile(r"\s*([^\s,.;:!?]+)")
_AUXILIARY = lazy_compile(
    r"\b(?:is|are|was|were|am|has|have|had|do|does|did|will|would|can|could|shall|should|may|"
    r"might|must)\b|'(?:re|ve|ll|m)\b"
)


def disagreements(
    text: str, start: int, present: frozenset[str] | None = None
) -> list[tuple[int, int, str, str]]:
    """(start, end, verb, correction) for each verb that disagrees with its subject. `present`,
    the message's words in lower case, limits the search to the verbs it holds: each is found
    by `str.find` after a space (a verb at the start of a hard-wrapped line is not read), and
    only its few places are read."""
    verbs = _VERBS if present is None else _VERBS.intersection(present)
    found = []
    size = len(text)
    for verb in verbs:
        spaced = " " + verb
        at = text.find(spaced, start)
        while at >= 0:
            begin, end = at + 1, at + len(spaced)
            at = text.find(spaced, end)
            if end < size and (text[end].isalnum() or text[end] in "'’-_"):
                continue  # "is" of "isolated", "have" of "haven't"
            fixed = _judge(text, start, begin, end, verb)
            if fixed is not None:
                found.append((begin, end, verb, fixed))
    return sorted(found)


#: words in -ing that open a sentence without being a gerund
_NOT_GERUNDS = _words(
    "during nothing something anything everything morning evening thing spring string king "
    "ring wing ceiling according regarding including concerning following pending notwithstanding"
)


def gerund_opens(text: str, floor: int, at: int) -> bool:
    """The sentence holding `at` opens with a gerund and runs to `at` without a comma:
    "Learning that the probes reach the valley was", "Hearing how the teams share their notes
    was", where the verb agrees with the gerund, one action, not with the plural before it."""
    low = max(floor, at - 200)
    opening = max(text.rfind(". ", low, at), text.rfind("! ", low, at), text.rfind("? ", low, at))
    opening = max(opening + 2 if opening >= 0 else low, text.rfind("\n", low, at) + 1)
    sentence = text[opening:at]
    if any(mark in sentence for mark in ",;:()"):
        return False
    first = sentence.lstrip(" \t\"'“‘").split(" ", 1)[0]
    return (
        len(first) > 5
        and first[0].isupper()
        and first.endswith("ing")
        and first.lower() not in _NOT_GERUNDS
    )


def _judge(text: str, floor: int, begin: int, end: int, verb: str) -> str | None:
    """The verb's correction when its subject's number contradicts it, else None."""
    # a verb in -s is read as one only where a verb must stand: after an adverb, or before its
    # object ("needs the barge"); in "the crew needs were" it is a noun
    if verb in LEXICAL_VERBS and _ADVERB_BEFORE.search(text, max(floor, begin - 24), begin) is None:
        after = _NEXT.match(text, end)
        no_object = after is None or after.group(1).lower() not in _OBJECT_START
        # "Bigger boats needs deeper berths": after a bare plural, no noun can stand there
        if no_object and not _bare_plural(text, floor, begin - 1):
            return None
    low = max(floor, begin - 40)
    cut = text.rfind(" ", low, begin - 1)
    before = text[cut + 1 if cut >= 0 else low : begin - 1]
    if "\n" in before:
        before = before[before.rfind("\n") + 1 :]
    lower = before.lower()
    if (
        not before[-1:].isalpha()
        or lower in _PRONOUNS
        or (lower in _STOP and lower not in _ADVERB_TAIL)
    ):
        return None  # "I have", "there is", "that was", "... done, is": no noun phrase ends here
    number = _subject_number(text, floor, begin - 1, verb)
    if number == "plural" and verb not in PLURAL_VERBS and not gerund_opens(text, floor, begin):
        return CORRECTION.get(verb) or _base_form(verb)
    if number == "singular" and verb in PLURAL_VERBS:
        return CORRECTION[verb]
    return None


#: words that end a subject which is no noun phrase: most verbs follow one of these
_PRONOUNS = _words("i you we they he she it there that this what which who these those here one")


def _base_form(verb: str) -> str:
    """The plural (base) form of a verb in -s: needs/need, goes/go, relies/rely."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("oes", "shes", "ches", "sses", "xes")):
        return verb[:-2]
    return verb[:-1]


def _clause(text: str, floor: int, end: int) -> list[str] | None:
    """The words from the clause's start up to `end`; None when its start is out of reach, when
    no determiner stands in it, or when a comma opens it that only lists subjects (no verb in
    the sentence before it). Found with `str.rfind`, which is far cheaper than a pattern."""
    begin = max(floor, end - 110)
    window = text[begin:end]
    cut = _last_stop(window)
    comma = window.rfind(",")
    if comma > cut:
        if cut < 0 and begin > floor:
            return None
        if not _FINITE.search(window[cut + 1 : comma].lower()):
            return None
        cut = comma
    elif cut < 0 and begin > floor:
        return None
    words = window[cut + 1 :].split()
    return words if not DETERMINERS.isdisjoint(w.lower() for w in words) else None


def _last_stop(window: str) -> int:
    """Where the last mark that ends a clause stands in `window` (-1 when none)."""
    return max(
        window.rfind("."),
        window.rfind("!"),
        window.rfind("?"),
        window.rfind(";"),
        window.rfind(":"),
        window.rfind("("),
        window.rfind(")"),
        window.rfind('"'),
        window.rfind("\n\n"),
    )


_COUNT_WORD = lazy_compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|"
    r"hundred|thousand|dozen|several|many|few|both|all|some|most)$"
)
#: plurals that name one field, trade or department: "Financial services is a regulated
#: sector", "Human resources is where I started"
_ONE_FIELD = _words(
    "services relations resources communications operations sales affairs studies sciences "
    "arts humanities needs works goods logistics customs savings earnings premises outdoors"
)


def _bare_plural(text: str, floor: int, verb_at: int) -> bool:
    """A sentence that opens with a plural and no determiner, after one or two describing
    words in lower case, straight before its verb: "Painted walkways is a start", "Small
    changes makes a difference"; not a name, a span ("Two weeks is") nor a field."""
    low = max(floor, verb_at - 50)
    opening = max(_last_stop(text[low:verb_at]), text.rfind("\n", low, verb_at) - low)
    if opening < 0 and low > floor:
        return False
    words = text[low + opening + 1 : verb_at].split()
    if not 2 <= len(words) <= 3 or not words[0][:1].isupper():
        return False
    rest = [w for w in words[1:]]
    head = words[-1]
    if any(not w.isalpha() or not w.islower() for w in rest) or not words[0].isalpha():
        return False  # "Twenty-three artisans is a team": a count is one whole
    lower = [w.lower() for w in words]
    if _COUNT_WORD.match(lower[0]) or not head.endswith("s"):
        return False
    if any(w in _STOP or w in _NUMBERS or w.endswith(("ly", "ing", "s")) for w in lower[:-1]):
        return False
    if head in _ONE_FIELD or head in MEASURES:
        return False
    return _number(head, lower[:-1], "") == "plural"


def _subject_number(text: str, floor: int, verb_at: int, verb: str) -> str | None:
    """ "plural" or "singular" when every reading of the clause's subject agrees, else None."""
    if verb not in PLURAL_VERBS and _bare_plural(text, floor, verb_at):
        return "plural"
    words = _clause(text, floor, verb_at)
    if words is None or len(words) < 2 or len(words) > 14:
        return None
    lower = [w.lower().replace("’", "'") for w in words]
    if lower[-1] in ("to", "not"):
        return None  # "the need to have": an infinitive
    if lower[-1] in _ADVERB_TAIL or lower[-1].endswith("ly"):
        words, lower = words[:-1], lower[:-1]
    if lower[-1] in ("that", "who", "which"):
        return None  # "the claims that have been open": a relative clause's own verb
    # "the stable hand mentioned that the foals are": the last clause that opens inside
    opened_by = None
    for i in range(len(lower) - 2, -1, -1):
        joins = lower[i] in _JOINS_CLAUSES and _finite_before(lower, i)
        if (lower[i] in _SUBORDINATORS or joins) and lower[i + 1] in DETERMINERS:
            opened_by = lower[i]
            words, lower = words[i + 1 :], lower[i + 1 :]
            break
    else:
        if lower[0] in _OPENERS and len(lower) > 1 and lower[1] in DETERMINERS:
            opened_by = lower[0]
            words, lower = words[1:], lower[1:]
    if not lower or lower[0] not in DETERMINERS:
        return None
    if opened_by is not None and _past_form(lower[-1]):
        # "the months since my contract ended have been": the opened clause has its own verb,
        # so the verb after it belongs to the clause around it
        return None
    if verb in ("were", "weren't") and opened_by in ("if", "though", "although", "as"):
        return None  # "if the plan were approved": the subjunctive
    det = lower[0]
    numbers = set()
    rest, rest_lower = words[1:], lower[1:]
    for h in range(len(rest)):
        if not _reading(rest_lower, h, det):
            continue
        numbers.add(_number(rest[h], rest_lower[:h], det))
        if len(numbers) > 1 or None in numbers:
            return None
    return numbers.pop() if len(numbers) == 1 else None


def _finite_before(lower: list[str], at: int) -> bool:
    """A verb stands between the last word that opened a clause and `at`: "the team are great
    and", not "mentioned that a certificate and" (the verb is the outer clause's)."""
    start = max((i + 1 for i in range(at) if lower[i] in _SUBORDINATORS), default=0)
    # "'s" may be a possessive ("the lab's work and the tour were") and a word in -ed a
    # describing word ("the invited call and the email are"), so neither counts here
    return _AUXILIARY.search(" ".join(lower[start:at])) is not None


#: words that join two clauses once the first has its verb: "the team are great and the
#: manager are kind" (before a verb, "and" joins subjects: "the report and the letter have")
_JOINS_CLAUSES = _words("and but or so")


def _past_form(word: str) -> bool:
    """A verb's past form by its letters: "ended", "started", not "need" or "bed"."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


_ADVERB_TAIL = _words("still also really all always now often never just both truly already")


def _reading(words: list[str], h: int, det: str) -> bool:
    """Whether words[h] can be the head: the words before it modify it, those after it are a
    phrase that starts with a preposition, or with a participle where a number or a plural
    determiner marks the words before it as a noun phrase ("the four operators coming from
    Takoradi"; "my flatmate reckons following up..." has a verb in -s, not a noun)."""
    head = words[h]
    if head in _STOP or any(w in _STOP or _not_a_modifier(w) for w in words[:h]) or h > 4:
        return False
    if head.endswith("s") and any(w.endswith("s") for w in words[:h]):
        return False  # "thinks more channels": a verb in -s before a plural is no modifier
    if any(len(w) > 4 and w.endswith("ing") for w in words[1:h]):
        return False  # "your work clearing invasive algae": a participle after its noun
    if "'" in head and not head.endswith("'s"):
        return False
    post = words[h + 1 :]
    if head.endswith("'s") or (len(head) > 4 and head.endswith("ed") and not head.endswith("eed")):
        return False
    if not post:
        return True
    if head.endswith("ing") and len(head) > 4:
        return False  # "operators coming from": the participle follows its head
    first = post[0]
    opens = (
        first in _PREPOSITIONS
        or (len(first) > 4 and first.endswith("ing") and _counted(words[:h], det))
        # "the boats moored in the yard"
        or (len(first) > 4 and first.endswith("ed") and len(post) > 1 and post[1] in _PREPOSITIONS)
    )
    if not opens:
        return False
    return len(post) <= 8 and not any(
        (w in _STOP and w not in _PREPOSITIONS and w not in DETERMINERS)
        or w in _OPENERS
        or _not_a_modifier(w)
        for w in post
    )


#: pronouns that open a clause without "that": "the pride everyone takes in the work is"
_CLAUSE_SUBJECTS = _words(
    "everyone everybody someone somebody anyone anybody nobody everything something anything "
    "nothing"
)


def _not_a_modifier(word: str) -> bool:
    """A contraction ("I'll", "doesn't"), a verb or a pronoun, or a pronoun that is the subject
    of a clause inside the noun phrase ("the care everyone puts in"): never one of its
    describing words, so the word after it is that clause's verb, not the head."""
    return ("'" in word and not word.endswith("'s")) or word in _CLAUSE_SUBJECTS


def _counted(before: list[str], det: str) -> bool:
    """A number or a plural determiner before the head: the words are surely a noun phrase."""
    return det in _PLURAL_DETERMINERS or any(w in _NUMBERS or w.isdigit() for w in before)


def _number(word: str, before: list[str], det: str) -> str | None:
    """The head's number from its letters, or None where they do not settle it."""
    if not word.isalpha() or not word.islower():
        return None  # a name, a code, a number in digits
    if word in _EITHER or word in MEASURES:
        return None
    if any(b in _NUMBERS for b in before) and word in MEASURES:
        return None
    if word in IRREGULAR_PLURALS or (word.endswith("ae") and len(word) > 4 and word not in _AE):
        return "plural"  # Latin plurals in -ae: pupae, amoebae
    if word in _NUMBERS:
        return "plural"
    if word == "one":
        return "singular"
    if word.endswith("s"):
        if (
            len(word) <= 3
            or word in _S_NOT_PLURAL
            or word.endswith(("ss", "us", "is", "ics", "ous", "ys'"))
            or det in _SINGULAR_DETERMINERS
        ):
            return None
        stems = (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else "")
        return "plural" if any(stem in lexicon() for stem in stems if stem) else None
    if word.endswith("ing") or word in _PEOPLE_ADJECTIVES or det in _PLURAL_DETERMINERS:
        return None
    if word.endswith(("a", "i", "ae", "en", "y")) and word + "s" not in lexicon():
        return None  # foreign plurals (data, criteria) and adjectives (the elderly)
    if any(b in _NUMBERS for b in before):
        return None
    return "singular" if (word + "s" in lexicon() or word + "es" in lexicon()) else None
