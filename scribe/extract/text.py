"""Small text helpers shared by the rules engine, grounding and the wall.

Dose parsing (digits and spoken numbers), sentence splitting with offsets and
ConText-style cue windows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scribe.extract.lexicons import NUMBER_WORDS, SCALE_WORDS, UNIT_SURFACE

_NUM_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|hunner|thousand|point|half|oh)"
)
# ("a hundred three weeks back" is a hundred, three weeks ago: a small number after "hundred" or "thousand" that
# counts weeks or days starts a phrase of its own)
_TIME_COUNT_AFTER_SCALE = (
    r"(?:(?<=hundred )|(?<=thousand ))(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple)"
    r"\s+(?:of\s+)?(?:weeks?|days?|months?|years?|hours?|minutes?|nights?|mornings?)\b"
)
_SPOKEN = (
    # ("that one twenty before breakfast" is that one, twenty: "one" after "that", "this" or "which" is a pronoun)
    r"(?!(?:(?<=\bthat )|(?<=\bthis )|(?<=\bwhich ))one[\s-])"
    rf"(?:(?:a|an)[\s-]+)?{_NUM_WORD}"
    # ("seven an a half": "and" said "an")
    # (nothing runs on past "half": "seven and a half two times a day" is seven and a half, twice)
    # ("one of" counts what follows: "one capsule of one-fifty and one of seventy-five" is 150 and 75; and "one" closing
    # a strength named by its scale word is the tablet: "the metformin, the thousand one." is 1000)
    rf"(?:(?:(?<!half)|(?=[\s-]+(?:thousand|hundred)\b))(?:[\s-]+|[\s-]+and[\s-]+(?:a[\s-]+)?|[\s-]+an[\s-]+a[\s-]+(?=half\b))"
    rf"(?!{_TIME_COUNT_AFTER_SCALE})(?!one[\s-]+of\b)(?!(?:(?<=\bhundred )|(?<=\bthousand ))one\b(?=\s*[.,;:!?]))(?!(?:(?<=\bthe hundred )|(?<=\bthe thousand ))one\b){_NUM_WORD})*"
)
_DIGITS = r"(?:\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)"
NUMBER_RE = rf"(?:{_DIGITS}|{_SPOKEN})"
_UNITS = "|".join(sorted((re.escape(u) for u in UNIT_SURFACE), key=len, reverse=True))
DOSE_RE = re.compile(
    rf"(?<![\w.])(?P<num>{NUMBER_RE})[\s-]*(?P<unit>{_UNITS})(?![\w])", re.IGNORECASE
)
BARE_NUMBER_RE = re.compile(rf"(?<![\w.])(?P<num>{NUMBER_RE})(?![\w])", re.IGNORECASE)


def parse_number(phrase: str) -> float | None:
    """'50' -> 50, 'fifty' -> 50, 'point five' -> 0.5, 'one hundred and fifty' -> 150."""
    s = phrase.strip().lower().replace(",", "")
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        pass
    # ("an" inside a number is "and" said short: "seven an a half")
    words = [w for k, w in enumerate(re.split(r"[\s-]+", s)) if w and w != "and" and not (w == "an" and k > 0)]
    if words and words[0] in ("a", "an"):
        # "a hundred" is one hundred, "a half" one half; "a ten" (a rating) is ten, not one-ten
        if len(words) > 1 and words[1] in SCALE_WORDS:
            words[0] = "one"
        elif len(words) > 1 and words[1] != "half":
            words = words[1:]
        else:
            words = words[1:] if len(words) > 1 else ["one"]
    # a scale word said twice over is a stutter, not a product: "hundred hundred milligram"
    words = [w for k, w in enumerate(words) if not (k and w in SCALE_WORDS and words[k - 1] == w)]
    if not words:
        return None
    if "point" in words:
        k = words.index("point")
        # "the small one zero point two five" is "zero point two five" after a pronoun "one"
        whole = 0 if k and words[k - 1] == "zero" else _parse_int(words[:k]) if k else 0
        digits = [NUMBER_WORDS.get(w, 0 if w in ("oh", "zero") else -1) for w in words[k + 1:]]
        if whole is None or not digits or any(d < 0 or d > 9 for d in digits):
            return None
        return float(f"{whole}.{''.join(str(d) for d in digits)}")
    if words[-1] == "half":
        and_a_half = len(words) > 2 and words[-2] in ("a", "an")  # "one and a half": "and" already dropped
        if len(words) > 1 and words[-2] in ("a", "an"):
            words = words[:-2] + ["half"]
        count, strength = (NUMBER_WORDS.get(w, 0) for w in words[:2]) if len(words) == 3 else (0, 0)
        if re.search(r"\b(?:and|an|a)\s+(?:an?\s+)?half$", s) and 1 <= count <= 9 and 10 <= strength < 100:
            # tablets of a strength, not spoken hundreds: "one ten and a half", "one ten and half" is one and a half
            # tens, 15 (never 110.5)
            return strength * (count + 0.5)
        whole = _parse_int(words[:-1]) if len(words) > 1 else 0
        if whole is None:
            return None
        if len(words) == 2 and words[0] == "one" and not and_a_half:  # "one half"
            return 0.5
        return whole + 0.5
    digits = [0 if w in ("oh", "zero") else NUMBER_WORDS.get(w, -1) for w in words]
    if len(digits) >= 2 and all(0 <= d <= 9 for d in digits) and digits[0] > 0 and 0 in digits[1:]:
        # a number read out digit by digit, as off a form: "bupropion XL, three zero zero", "one five zero"
        return float("".join(str(d) for d in digits))
    value = _parse_int(words)
    return float(value) if value is not None else None


def _parse_int(words: list[str]) -> int | None:
    # "one fifty" / "two twenty-five": spoken hundreds without the word "hundred"
    if (
        len(words) >= 2
        and words[0] in NUMBER_WORDS
        and 1 <= NUMBER_WORDS[words[0]] <= 9
        and words[1] in NUMBER_WORDS
        and NUMBER_WORDS[words[1]] >= 10
        and not any(w in SCALE_WORDS for w in words)
    ):
        rest = _parse_int(words[1:])
        return NUMBER_WORDS[words[0]] * 100 + rest if rest is not None and rest < 100 else None
    # "fifteen sixty": hundreds said like a year
    if (len(words) >= 2 and words[0] in NUMBER_WORDS and 11 <= NUMBER_WORDS[words[0]] <= 19
            and words[1] in NUMBER_WORDS and NUMBER_WORDS[words[1]] >= 20 and not any(w in SCALE_WORDS for w in words)):
        rest = _parse_int(words[1:])
        return NUMBER_WORDS[words[0]] * 100 + rest if rest is not None and rest < 100 else None
    total = 0
    current = 0
    seen = False
    for w in words:
        if w in NUMBER_WORDS:
            current += NUMBER_WORDS[w]
            seen = True
        elif w == "oh":
            seen = True
        elif w in SCALE_WORDS:
            scale = SCALE_WORDS[w]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def format_number(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.3f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Dose:
    value: float
    unit: str
    start: int
    end: int

    @property
    def text(self) -> str:
        return f"{format_number(self.value)} {self.unit}"


def said_twice(num: str) -> int:
    """Where the second saying of a number said twice over starts in ``num`` ("seventy five seventy five", "one hundred fifty
    one hundred and fifty": a client repeating the strength), or 0 where it is said once."""
    words = [(w.group(0).lower(), w.start()) for w in re.finditer(r"[a-z]+", num, re.IGNORECASE)]
    said = [(w, k) for w, k in words if w != "and"]
    half = len(said) // 2
    if half and len(said) % 2 == 0 and [w for w, _ in said[:half]] == [w for w, _ in said[half:]] \
            and not re.search(r"\d", num) and not re.search(r"\band\s*$", num[:said[half][1]], re.IGNORECASE):
        # (not "three and three", the morning's and the night's: a split the daily total adds up)
        return said[half][1]
    return 0


def find_doses(text: str) -> list[Dose]:
    """Every 'N unit' expression in ``text`` with its char span."""
    out: list[Dose] = []
    for m in DOSE_RE.finditer(text):
        num, start = m.group("num"), m.start()
        lead_one = LEAD_ONE.match(num)
        if lead_one:  # "the big one fifty thousand units"
            num, start = num[lead_one.end():], start + lead_one.end()
        again = said_twice(num)
        if again:  # "seventy five seventy five milligram" is 75, said twice
            num, start = num[again:], start + again
        value = parse_number(num)
        if value is None or value <= 0:
            continue
        unit = UNIT_SURFACE[m.group("unit").lower()]
        out.append(Dose(value, unit, start, m.end()))
    return out


# a "one" before tens of thousands is the tablet or capsule, not a digit: "the big one fifty thousand" (no one says 150,000 so)
LEAD_ONE = re.compile(r"one[\s-]+(?=(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|\w+teen)[\s-]+thousand$)",
                      re.IGNORECASE)


def normalise_dose(dose: str | None) -> str | None:
    """'50mg' / 'fifty milligrams' -> '50 mg'; None stays None."""
    if not dose:
        return None
    found = find_doses(dose)
    if found:
        return found[0].text
    return dose.strip().lower() or None


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


_SENT_RE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def split_sentences(text: str) -> list[Sentence]:
    """Punctuation-based sentence split with char offsets (decimals kept intact)."""
    out: list[Sentence] = []
    protected = re.sub(r"(\d)\.(\d)", r"\1§\2", text)
    protected = re.sub(r"\b(Dr|Mr|Mrs|Ms|St|Prof|vs|Jr|Sr)\.", r"\1§", protected)
    # "two a.m.", "e.g.": the inner stop never ends a sentence, the last one does only before a capital
    protected = re.sub(r"\b([aApP](?=\.[mM]\.)|e(?=\.g\.)|i(?=\.e\.))\.", r"\1§", protected)
    protected = re.sub(r"(?<=§[mMge])\.(?=\s*[a-z,;:)])", "§", protected)
    for m in _SENT_RE.finditer(protected):
        raw = text[m.start():m.end()]
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        out.append(Sentence(stripped, m.start() + lead, m.start() + lead + len(stripped)))
    return out


# Where unpunctuated speech (ASR output) breaks into sayings: discourse joins and fillers.
_SPOKEN_UNIT_BREAK = re.compile(r"\s+(?=(?:and then|and|but|so|because|cause|you know|i mean|anyway|um|uh)\s)", re.IGNORECASE)
SPOKEN_UNIT_WORDS = 25


def speech_units(text: str) -> list[Sentence]:
    """Sentences, with any run-on longer than :data:`SPOKEN_UNIT_WORDS` words cut at spoken breaks.

    ASR text often has no punctuation, so one "sentence" is a whole turn; rules
    that look at one sentence at a time would see only its first cue.
    """
    out: list[Sentence] = []
    for sent in split_sentences(text):
        if len(sent.text.split()) <= SPOKEN_UNIT_WORDS:
            out.append(sent)
            continue
        cuts = [0] + [m.end() for m in _SPOKEN_UNIT_BREAK.finditer(sent.text)] + [len(sent.text)]
        begin = 0
        for cut in cuts[1:]:
            # keep pieces of at least four words: "and so" alone is no saying
            if len(sent.text[begin:cut].split()) < 4 and cut != len(sent.text):
                continue
            piece = sent.text[begin:cut]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                out.append(Sentence(stripped, sent.start + begin + lead, sent.start + begin + lead + len(stripped)))
            begin = cut
    return out


def speech_unit_at(text: str, pos: int) -> Sentence:
    """The :func:`speech_units` piece that holds ``pos`` (the sentence itself when it is short)."""
    for s in speech_units(text):
        if s.start <= pos < s.end + 1:
            return s
    return sentence_at(text, pos)


def sentence_at(text: str, pos: int) -> Sentence:
    for s in split_sentences(text):
        if s.start <= pos < s.end + 1:
            return s
    return Sentence(text, 0, len(text))


_CLAUSE_BREAK = re.compile(r"\b(but|however|although|though|except|whereas)\b|[;:]", re.IGNORECASE)


def clause_before(sentence: str, pos: int) -> str:
    """The part of ``sentence`` before ``pos``, cut at the last clause break."""
    left = sentence[:pos]
    last = None
    for m in _CLAUSE_BREAK.finditer(left):
        last = m
    return left[last.end():] if last else left


def clause_after(sentence: str, pos: int) -> str:
    right = sentence[pos:]
    m = _CLAUSE_BREAK.search(right)
    return right[: m.start()] if m else right


def any_match(patterns: tuple[str, ...] | list[str], text: str) -> re.Match[str] | None:
    for p in patterns:
        m = re.search(p, text, re.IGNORECASE)
        if m:
            return m
    return None
