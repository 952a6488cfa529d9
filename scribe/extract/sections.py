"""SOAP / DAP / BIRP narrative in clinical register, written from the structured facts.

Every sentence is third person and past tense, asks nothing, and carries the
turn indices it rests on, so the clinician can trace it back (the review app
links each sentence to its turns). Client words appear only as one short
quote marked as such. The narrative follows the structured facts: risk is
stated only as the risk engine settled it, every fact appears, none is
contradicted.
"""

from __future__ import annotations

import re
from typing import Any

from scribe.extract.findings import _risk_language, extract_improvements, rated_subject
from scribe.extract.lexicons import THEMES
from scribe.extract.register import normalise_appointment, person_words_outside_quotes, third_person
from scribe.extract.risk import (
    CLARIFIED_REASON,
    DEATH_THOUGHTS_REASON,
    DENIABLE,
    INTRUSIVE_REASON,
    MINIMISED_REPORT_REASON,
    REPORTED_REASON,
    THREAT_CLARIFIED_REASON,
    UNCLEAR_QUESTION_REASON,
    VOICE_REASON,
)
from scribe.extract.schema import SECTION_NAMES, affirmed_facets
from scribe.extract.text import speech_units, split_sentences

Sent = dict[str, Any]

_RISK_LABEL = {
    "suicidal_ideation": "suicidal ideation",
    "homicidal_ideation": "homicidal ideation",
    "self_harm": "self-harm",
}
_DOMAIN_LABEL = {"substance use": "Substance use", "functioning": "Functioning at work and home"}


def _join(items: list[str]) -> str:
    items = [x for x in items if x]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _union(*lists: list[int]) -> list[int]:
    return sorted({i for xs in lists for i in xs})


def _sentence(text: str, evidence: list[int]) -> Sent:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"[.!?]+$", "", text) + "."
    return {"text": text[0].upper() + text[1:], "evidence": list(evidence)}


# ---------------------------------------------------------------- subjective

# The chart's words for what the client talked about. The workspace names its themes with THEMES' own labels
# ("work and performance pressure"); the progress note never repeats a workspace theme, so it says it plainly.
_CONCERN_WORDS = {
    "self-worth and self-criticism": "self-criticism",
    "shame and guilt": "guilt",
    "grief and loss": "bereavement or loss",
    "relationship conflict": "conflict with a partner",
    "family dynamics": "family",
    "work and performance pressure": "stress at work",
    "academic pressure": "school",
    "anxiety and worry": "worry",
    "low mood and hopelessness": "low mood",
    "isolation and loneliness": "loneliness",
    "anger and irritability": "anger",
    "trauma and safety": "trauma-related concerns",
    "control and perfectionism": "perfectionism",
    "substance use and cravings": "substance use",
    "sleep and exhaustion": "sleep and tiredness",
    "body image and eating": "eating",
    "avoidance": "avoiding situations",
    "identity and belonging": "identity",
    "parenting stress": "parenting",
    "trust and betrayal": "trust",
}


def _concern_sentence(turns: list[dict[str, Any]], limit: int = 2, min_turns: int = 3) -> Sent | None:
    """The themes the client spoke about most (in at least ``min_turns`` turns), as presenting concerns."""
    counts: dict[str, list[int]] = {}
    for i, t in enumerate(turns):
        if t.get("speaker") != "client":
            continue
        # risk talk is the risk finding's, not a topic: "go to sleep and not wake up" is not about sleep
        low = " ".join(u.text for u in speech_units(str(t.get("text", ""))) if not _risk_language(u.text)).lower()
        for theme, pats in THEMES.items():
            if any(re.search(p, low) for p in pats):
                counts.setdefault(theme, []).append(i)
    ranked = sorted((kv for kv in counts.items() if len(kv[1]) >= min_turns), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
    if not ranked:
        return None
    return _sentence("Topics the client discussed: " + "; ".join(_CONCERN_WORDS.get(k, k) for k, _ in ranked),
                     _union(*(v[:2] for _, v in ranked)))


def _symptom_sentences(progress: dict[str, Any]) -> list[Sent]:
    out = []
    for s in progress.get("symptoms") or []:
        label = _DOMAIN_LABEL.get(s["domain"], str(s["domain"]).capitalize())
        out.append(_sentence(f"{label}: the client reported {s['text']}", s["evidence"]))
    return out


_SMALL_TALK = re.compile(r"\b(hear you|can you hear|see you|wifi|connection|traffic|parking|weather|running late|"
                         r"good (morning|afternoon)|thanks? (you )?for|sorry i'm late)\b", re.IGNORECASE)


def _about_a_concern(text: str) -> bool:
    low = text.lower()
    return not _SMALL_TALK.search(low) and any(re.search(p, low) for pats in THEMES.values() for p in pats)


# someone else's words or something read, not the client's account of themselves
_REPORTED = re.compile(r"\b(?:said|says|told|tells|read|heard|thinks)\b", re.IGNORECASE)
_LEAD_IN = re.compile(r"^(?:(?:and|but|so|because|cause|'cause|like|um|uh|well|yeah|i mean|anyway),?\s+)+", re.IGNORECASE)


def _client_quote(turns: list[dict[str, Any]], not_account: set[int], *, symptom_only: bool = True) -> Sent | None:
    """One short client sentence about how things have been, quoted and marked as the client's words:
    one naming a symptom, or (``symptom_only=False``, when the note would otherwise say nothing of
    the client's account) the first sentence on one of the workspace themes that is not small talk.
    Never from a turn in ``not_account``, the turns the risk findings and the next appointment cite: "no no i'm fine
    it's just the tired", the answer to a suicide question, and "friday at four o'clock is okay i sleep until noon", the
    answer to a time offered, are not the client's account of how things have been."""
    from scribe.extract.findings import symptom_cues_in

    for i, t in enumerate(turns):
        if t.get("speaker") != "client" or i in not_account:
            continue
        for u in speech_units(str(t.get("text", ""))):
            words = u.text.split()
            if not 5 <= len(words) <= 16 or "?" in u.text or '"' in u.text or _risk_language(u.text) \
                    or _REPORTED.search(u.text):
                continue
            if not re.search(r"\b(?:i|i'm|im|i've|my|me|we|we're|our|us)\b", u.text, re.IGNORECASE):
                continue  # the client's account of themselves, not a remark about the world
            if symptom_cues_in(u.text) or (not symptom_only and _about_a_concern(u.text)):
                # a quote starts where the client's own statement does, not on "because" or "and"
                quote = _LEAD_IN.sub("", u.text.strip()).rstrip(".!,;:")
                if len(quote.split()) >= 4:
                    return {"text": f'In the client\'s words: "{quote}."', "evidence": [i]}
    return None


# ---------------------------------------------------------------- objective

def _session_sentence(progress: dict[str, Any], n_turns: int) -> Sent | None:
    if n_turns == 0:
        return None
    facts = progress.get("session") or {}
    kind = f"{facts['session_type']} session" if facts.get("session_type") else "session"
    text = kind
    modality = str(facts.get("modality") or "")
    if modality:
        text += " conducted " + ("by telehealth" if modality == "telehealth" else modality.replace("-", " "))
    if facts.get("date"):
        text += f" on {facts['date']}"
    if facts.get("duration_s"):
        minutes = max(1, round(float(facts["duration_s"]) / 60))
        text += f", about {minutes} minute{'s' if minutes != 1 else ''} recorded"
    roles = [r for r in ("clinician", "client", "other") if (facts.get("attendees") or {}).get(r)]
    if roles:
        text += "; present: " + ", ".join("another family member or partner" if r == "other" else r for r in roles)
    return _sentence(text, [0, n_turns - 1])


_OBSERVED = re.compile(
    r"\b(?:i notice(?:d)?(?: that)?\s+|i can see(?: that)?\s+|i'm noticing(?: that)?\s+)?you(?P<verb>'re| are| seem| look| sound)\s+"
    r"(?P<what>(?:(?:a little|a bit|really|very|more|so|pretty|kind of)\s+)?(?:smiling|crying|tearful|teary|tearing up|shaking|"
    r"fidgeting|quiet|calm|calmer|flushed|tense|restless|laughing|relaxed|upset|tired|exhausted|lighter|brighter|"
    r"anxious|nervous|sad|down|flat|agitated|frustrated|angry|shaky|lighter today|more relaxed|more settled|settled)\b)",
    re.IGNORECASE,
)
_VERB_PAST = {"'re": "was", " are": "was", " seem": "seemed", " look": "looked", " sound": "sounded"}


def _observation_sentences(turns: list[dict[str, Any]], limit: int = 2) -> list[Sent]:
    """What the clinician said they saw ("you look tired") as an observation of the client."""
    out: list[Sent] = []
    for i, t in enumerate(turns):
        if t.get("speaker") != "clinician":
            continue
        for s in split_sentences(str(t.get("text", ""))):
            m = _OBSERVED.search(s.text)
            if m and not s.text.endswith("?"):
                out.append(_sentence(f"The client {_VERB_PAST[m.group('verb').lower()]} {m.group('what').lower()} in session "
                                     "(clinician's observation)", [i]))
                break
        if len(out) >= limit:
            break
    return out


def _measure_groups(progress: dict[str, Any], turns: list[dict[str, Any]] | None) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The measures by instrument and, for a 0-10 rating, by what it rates (``rated_subject``; "" where unnamed)."""
    by: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for m in progress.get("measures") or []:
        name = str(m["instrument"])
        subject = rated_subject(turns, list(m.get("evidence") or [])) if turns and name.endswith("rating") else None
        by.setdefault((name, subject or ""), []).append(m)
    return by


def _rating_label(name: str, subject: str) -> str:
    """ "Self-rating of urge on a 0-10 scale" for a rating, the instrument's own name for anything else."""
    return f"Self-rating{' of ' + subject if subject else ''} on a {name.removesuffix(' rating')} scale" \
        if name.endswith("rating") else name


def _measure_sentences(progress: dict[str, Any], turns: list[dict[str, Any]] | None = None) -> list[Sent]:
    """One sentence per instrument; a run of ratings (SUDS through an exposure) in the order given; a 0-10 rating
    says what it rates where the question named it ("Self-ratings of urge on a 0-10 scale")."""
    out = []
    for (name, subject), rated in _measure_groups(progress, turns).items():
        scores = _join([str(m["score"]) for m in rated])
        evidence = _union(*(m["evidence"] for m in rated))
        label = _rating_label(name, subject) if name.endswith("rating") else f"{name} score"
        if len(rated) > 1:
            label = label.replace("Self-rating", "Self-ratings").replace(" score", " scores") + " in session, in order"
        out.append(_sentence(f"{label}: {scores}", evidence))
    return out


def med_display(name: str) -> str:
    """A drug's name as a note writes it: the record keeps the lexicon's lower case, the note capitalises a
    vitamin's letter ("vitamin D", "vitamin B12")."""
    return re.sub(r"\bvitamin ([a-z])(\d*)\b", lambda m: f"vitamin {m.group(1).upper()}{m.group(2)}", name)


def _med_sentences(progress: dict[str, Any]) -> list[Sent]:
    words = {"current": "Current medication", "started": "Medication started", "changed": "Medication dose changed",
             "stopped": "Medication stopped"}
    out = []
    for m in progress.get("medications") or []:
        dose = f" {m['dose']}" if m.get("dose") else ""
        if m["status"] == "changed" and dose:
            text = f"{words['changed']}: {med_display(m['name'])}, now{dose}"
        else:
            text = f"{words.get(m['status'], 'Medication')}: {med_display(m['name'])}{dose}"
        out.append(_sentence(text, m["evidence"]))
    return out


_FACET_WORDS = {
    "wish_dead": "wish to be dead",
    "active_thoughts": "active thoughts",
    "method": "method considered",
    "intent": "intent",
    "plan": "plan",
    "preparatory_behavior": "preparatory behaviour",
    "behavior": "self-harm acts carried out",
}
# the same facets as the client denied them: "thoughts of a method and plan denied"
_DENIED_WORDS = {k: _FACET_WORDS[k] for k in DENIABLE} | {"method": "thoughts of a method"}
_TIMEFRAME_WORDS = {"current": "current", "recent": "within the past month", "past": "past history only"}


_DENIAL_CLAUSES = (
    (CLARIFIED_REASON.split(" (turn")[0], "described a wish to disappear, clarified as not a wish to be dead"),
    (DEATH_THOUGHTS_REASON.split(" (turn")[0], "described thoughts of death, which the client said were not a wish to die"),
    (INTRUSIVE_REASON, "unwanted intrusive thoughts, no urge or intent"),
    # the denial stands against someone else's report: the signed record keeps that there was one
    (REPORTED_REASON, "reported by another person present; the client denied it"),
    # a threat taken back when asked: the signed record keeps that it was said
    (THREAT_CLARIFIED_REASON, "a threat voiced in anger, which the client, asked, said was not meant"),
    # a command hallucination is chart data whatever the client wants: the signed record keeps that it was heard
    (VOICE_REASON.split(" (turn")[0], "a voice heard telling the client to end their life, which the client said was the voice's and not their own wish"),
)


def _risk_detail(field: str, item: dict[str, Any]) -> str:
    """The C-SSRS facets of one risk item as a clause: what was affirmed, when, and what was not."""
    facets = item.get("facets") or {}
    # the act told, not thoughts of it: "Self-harm: endorsed (current; self-harm acts carried out; ...)"
    said = [_FACET_WORDS[k] for k in affirmed_facets(field, facets)]
    parts = []
    if facets.get("timeframe"):
        parts.append(_TIMEFRAME_WORDS[facets["timeframe"]])
    if item.get("status") != "endorsed" and said == [_FACET_WORDS["active_thoughts"]]:
        # "Self-harm: denied (past history only)": the thoughts or acts were then, not now
        said = []
    parts += said
    if item.get("status") == "denied":
        # what the client described and why it is not the field: a fact of the session, not a review flag
        reasons = item.get("review_reasons") or []
        parts += [clause for prefix, clause in _DENIAL_CLAUSES if any(r.startswith(prefix) for r in reasons)]
    if item.get("status") == "endorsed":
        # who said it: the signed record keeps that the source was someone else in the room ("she says it daily")
        reasons = item.get("review_reasons") or []
        if MINIMISED_REPORT_REASON in reasons:
            parts.append("reported by another person present; the client minimised it")
        elif any(r.startswith(REPORTED_REASON) for r in reasons):
            parts.append("reported by another person present")
        # what the client denied when asked ("Any plan?" "No."), said as such; the rest of intent, plan and
        # preparation is only not reported
        asked = [k for k in DENIABLE if k in (item.get("denied_facets") or []) and not facets.get(k)]
        if asked:
            parts.append(_listed([_DENIED_WORDS[k] for k in asked], "and") + " denied")
        unreported = [_FACET_WORDS[k] for k in ("intent", "plan", "preparatory_behavior") if not facets.get(k) and k not in asked]
        if unreported and item.get("needs_review"):
            # a finding the clinician must read again may hold what the patterns missed (pills kept back, a
            # date picked): the note does not say none was reported, only that none is established
            parts.append(_listed(unreported, "and") + " not established")
        elif unreported:
            parts.append("no " + _listed(unreported, "or") + " reported")
    return f" ({'; '.join(parts)})" if parts else ""


def _listed(words: list[str], conjunction: str) -> str:
    """ "method, intent and plan" """
    return ", ".join(words[:-1]) + (f" {conjunction} " if len(words) > 1 else "") + words[-1]


def _risk_sentences(progress: dict[str, Any]) -> list[Sent]:
    out: list[Sent] = []
    for field, item in (progress.get("risk") or {}).items():
        status = item.get("status", "not_assessed")
        label = _RISK_LABEL.get(field, field)
        evidence = list(item.get("evidence", []))
        if status == "not_assessed":
            asked = [r for r in item.get("review_reasons") or [] if r.startswith(UNCLEAR_QUESTION_REASON.partition(" (")[0])]
            if asked:
                # asked, but the answer spoke to something else: say so, not "not assessed" as if never raised
                out.append({"text": f"{label.capitalize()} not assessed: asked about, but the answer did not address it.",
                            "evidence": evidence})
            else:
                out.append({"text": f"{label.capitalize()} not assessed this session.", "evidence": []})
        else:
            out.append({"text": f"{label.capitalize()}: {status}{_risk_detail(field, item)}.", "evidence": evidence})
        # A review flag is for the clinician before signing (the desk asks for it to be acknowledged),
        # never a sentence of the signed record.
    return out


# ---------------------------------------------------------------- assessment

def _dx_sentences(progress: dict[str, Any]) -> list[Sent]:
    return [_sentence(f"Diagnosis: {d['label']} ({d['icd10']})", d["evidence"]) for d in progress.get("diagnoses") or []]


_PROGRESS_CUE = re.compile(
    r"\b((real|good|a lot of|some|big|great) progress|that's progress|improv(ed|ing|ement)|moving in the right direction|"
    r"(it|that|the number|the anxiety) came down|that's a (real|big|huge) (shift|step|change|difference)|"
    r"(better|lower) than (last|before))\b",
    re.IGNORECASE,
)
_FORMULATION_CUE = re.compile(
    r"\b(consistent with|fits (with )?(the|a|that) pattern|keeps? (it|the \w+|that) going|maintain\w*|reinforc\w*|"
    r"the more (you|she|he|they) avoid|vicious (cycle|circle)|(the|that) cycle)\b",
    re.IGNORECASE,
)


def _clinician_cue(turns: list[dict[str, Any]], rx: re.Pattern[str]) -> list[int]:
    found = []
    for i, t in enumerate(turns):
        if t.get("speaker") == "clinician" and any(
                rx.search(s.text) and not s.text.endswith("?") for s in split_sentences(str(t.get("text", "")))):
            found.append(i)
    return found


def _assessment_sentences(progress: dict[str, Any], turns: list[dict[str, Any]]) -> list[Sent]:
    out = _dx_sentences(progress)
    symptoms = progress.get("symptoms") or []
    problems = [s for s in symptoms if not all(d.startswith(("improved", "reduced use")) or d.startswith("reduced anxiety")
                                               for d in s["text"].split(", "))]
    if problems:
        out.append(_sentence("Symptoms were reported in the areas of " + _join([str(s["domain"]) for s in problems]),
                             _union(*(s["evidence"][:1] for s in problems))))
    # Improvements are no current symptom, so they are not in the structured list; they are read from the turns.
    better: list[tuple[dict[str, Any], str]] = []
    for s in symptoms + extract_improvements(turns):
        for d in s["text"].split(", "):
            if d.startswith(("improved", "reduced anxiety", "reduced use")) and all(d != b for _, b in better):
                better.append((s, d))
    if better:
        out.append(_sentence("Progress: the client reported " + _join([d for _, d in better]),
                             _union(*(s["evidence"] for s, _ in better))))
    progress_turns = _clinician_cue(turns, _PROGRESS_CUE)
    if progress_turns:
        out.append(_sentence("The clinician noted progress in the work of the session", progress_turns[:2]))
    formulation = _clinician_cue(turns, _FORMULATION_CUE)
    if formulation:
        out.append(_sentence("The clinician shared a formulation of what maintains the difficulties", formulation[:2]))
    for name, rated in _measure_changes(progress, turns):
        out.append(_sentence(f"{name} moved from {rated[0]['score']} to {rated[-1]['score']} during the session",
                             _union(*(m["evidence"] for m in rated))))
    risk = progress.get("risk") or {}
    endorsed = [f for f, it in risk.items() if it.get("status") == "endorsed"]
    assessed = [f for f, it in risk.items() if it.get("status") != "not_assessed"]
    if endorsed:
        out.append(_sentence("Risk: " + _join([_RISK_LABEL.get(f, f) for f in endorsed]) + " endorsed this session",
                             _union(*(risk[f].get("evidence", []) for f in endorsed))))
    elif assessed:
        out.append(_sentence("Risk: no " + _join([_RISK_LABEL.get(f, f) for f in assessed]).replace(" and ", " or ")
                             + " endorsed this session", _union(*(risk[f].get("evidence", []) for f in assessed))))
    # Review flags are the desk's business (acknowledged before signing), never a sentence of the signed note.
    return out


def _measure_changes(progress: dict[str, Any], turns: list[dict[str, Any]] | None = None) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(_rating_label(name, subject), rated) for (name, subject), rated in _measure_groups(progress, turns).items()
            if len(rated) >= 2]


# ---------------------------------------------------------------- plan

_PRESCRIBER = re.compile(r"\b(dr\.?|doctor|psychiatrist|prescriber|nurse practitioner|np|pcp|primary care|provider|"
                         r"(she|he|they) (increased|decreased|lowered|raised|started|stopped|switched|bumped|upped|put|took|"
                         r"wants|had)|(put|started|switched|bumped|upped|took) me)\b", re.IGNORECASE)
_SELF_CHANGE = re.compile(r"\b(i|i've) (just )?(stopped|quit|cut|skipped|went off|came off|started taking|doubled|"
                          r"halved|haven't (been )?tak\w*)\b", re.IGNORECASE)


_ON_MY_OWN = re.compile(_SELF_CHANGE.pattern + r"(?: (?:it|that|them|the \w+))?,? (?:myself|on my own|by myself|without (?:asking|"
                        r"telling) (?:anyone|the doctor|her|him|them))\b", re.IGNORECASE)


def _med_change_sentences(progress: dict[str, Any], turns: list[dict[str, Any]]) -> list[Sent]:
    verbs = {"started": "started", "changed": "changed", "stopped": "stopped"}
    out = []
    for m in progress.get("medications") or []:
        if m["status"] not in verbs:
            continue
        texts = " ".join(str(turns[i].get("text", "")) for i in m["evidence"] if 0 <= i < len(turns))
        what = f"{med_display(m['name'])} {verbs[m['status']]}"
        if m["status"] == "changed" and m.get("dose"):
            what = f"{med_display(m['name'])} dose changed to {m['dose']}"
        elif m["status"] == "started" and m.get("dose"):
            what = f"{med_display(m['name'])} started at {m['dose']}"
        # (a doctor named in the same turns does not outweigh "I stopped it myself")
        if _SELF_CHANGE.search(texts) and (not _PRESCRIBER.search(texts) or _ON_MY_OWN.search(texts)):
            out.append(_sentence(f"Medication change: {what}, as reported by the client; to be reviewed with the prescriber",
                                 m["evidence"]))
        else:
            out.append(_sentence(f"Medication change by the prescriber: {what}", m["evidence"]))
    return out


def _intervention_sentences(progress: dict[str, Any]) -> list[Sent]:
    return [_sentence(f"Intervention delivered: {iv['name']}", iv["evidence"]) for iv in progress.get("interventions") or []]


def _homework_sentences(progress: dict[str, Any]) -> list[Sent]:
    out = []
    for hw in progress.get("homework") or []:
        text = third_person(str(hw["text"]))
        if person_words_outside_quotes(text) or "?" in text:
            continue
        out.append(_sentence(f"Homework: {text[0].upper() + text[1:]}", hw["evidence"]))
    return out


def _safety_sentences(progress: dict[str, Any]) -> list[Sent]:
    plan = next((iv for iv in progress.get("interventions") or [] if iv["name"] == "safety planning"), None)
    if plan is None:
        return []
    return [_sentence("A safety plan was developed or reviewed with the client in session", plan["evidence"])]


def _appointment_sentence(progress: dict[str, Any]) -> Sent | None:
    nxt = progress.get("next_appointment")
    if not nxt:
        return None
    phrase = re.sub(r"[.!?,;:\s]+$", "", str(nxt["text"]))
    date = normalise_appointment(phrase, (progress.get("session") or {}).get("date"))
    if date:
        return _sentence(f"Next appointment: {date}", nxt["evidence"])
    phrase = re.sub(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                    lambda m: m.group(0).capitalize(), phrase, flags=re.IGNORECASE)
    return _sentence(f"Next appointment: {phrase}", nxt["evidence"])


def _plan_sentences(progress: dict[str, Any], turns: list[dict[str, Any]], *, interventions: bool) -> list[Sent]:
    out = _intervention_sentences(progress) if interventions else []
    out += _homework_sentences(progress) + _med_change_sentences(progress, turns) + _safety_sentences(progress)
    appt = _appointment_sentence(progress)
    return out + ([appt] if appt else [])


# ---------------------------------------------------------------- BIRP response

_AGREES = re.compile(r"^\W*(yes|yeah|yep|okay|ok|sure|i can|i will|i'll|that helps|that helped|that makes sense|"
                     r"makes sense|i like|good idea|i think so|i guess|that's (good|helpful|fair|true)|right|mm-?hm|"
                     r"oh|huh|wow)\b", re.IGNORECASE)
_HESITANT = re.compile(r"\b(i don't know|not sure|i can't|i won't|that won't|doubt|no way|that's stupid|"
                       r"that's dumb|weird|awkward|hard to|scared|nervous about)\b|^\W*(no|not really|nah)\b", re.IGNORECASE)
_SETTLED = re.compile(r"\b(better|calmer|lighter|easier|lower|down to|helped|relaxed|less)\b", re.IGNORECASE)


def _response_sentences(progress: dict[str, Any], turns: list[dict[str, Any]], limit: int = 5) -> list[Sent]:
    out: list[Sent] = []
    for iv in progress.get("interventions") or []:
        j = iv["evidence"][-1]
        k = next((x for x in range(j + 1, min(j + 3, len(turns))) if turns[x].get("speaker") != "clinician"), None)
        if k is None:
            continue
        reply = str(turns[k].get("text", ""))
        head = " ".join(reply.split()[:25])
        if _HESITANT.search(head):
            text = f"The client was hesitant about {iv['name']}"
        elif _SETTLED.search(head):
            text = f"The client reported feeling better after {iv['name']}"
        elif _AGREES.search(head):
            text = f"The client engaged with {iv['name']} and agreed to continue"
        else:
            text = f"The client participated in {iv['name']}"
        out.append(_sentence(text, [k]))
        if len(out) >= limit:
            break
    for name, rated in _measure_changes(progress, turns):
        out.append(_sentence(f"{name} moved from {rated[0]['score']} to {rated[-1]['score']} during the session",
                             _union(*(m["evidence"] for m in rated))))
    return out


# ---------------------------------------------------------------- sections

def build_sections(progress: dict[str, Any], turns: list[dict[str, Any]]) -> dict[str, list[Sent]]:
    fmt = progress.get("format", "SOAP")
    concern = _concern_sentence(turns)
    not_account = {i for item in (progress.get("risk") or {}).values() for i in item.get("evidence") or []}
    not_account |= set((progress.get("next_appointment") or {}).get("evidence") or [])
    quote = _client_quote(turns, not_account)
    subjective = ([concern] if concern else []) + _symptom_sentences(progress) + ([quote] if quote else [])
    if not subjective:
        # The client spoke, but of nothing the symptom screen names: say what it was about, never "nothing".
        concern = _concern_sentence(turns, min_turns=1)
        quote = _client_quote(turns, not_account, symptom_only=False)
        subjective = [s for s in (concern, quote) if s]
    session = _session_sentence(progress, len(turns))
    objective = (([session] if session else []) + _observation_sentences(turns) + _risk_sentences(progress)
                 + _measure_sentences(progress, turns) + _med_sentences(progress))
    assessment = _assessment_sentences(progress, turns)
    if fmt == "DAP":
        parts = {"Data": subjective + objective, "Assessment": assessment,
                 "Plan": _plan_sentences(progress, turns, interventions=True)}
    elif fmt == "BIRP":
        parts = {
            "Behavior": subjective + objective + [s for s in assessment if s["text"].startswith("Diagnosis")],
            "Intervention": _intervention_sentences(progress),
            "Response": _response_sentences(progress, turns),
            "Plan": _plan_sentences(progress, turns, interventions=False),
        }
    else:
        parts = {"Subjective": subjective, "Objective": objective, "Assessment": assessment,
                 "Plan": _plan_sentences(progress, turns, interventions=True)}
    return {name: parts.get(name, []) for name in SECTION_NAMES[fmt]}
