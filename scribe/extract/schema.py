"""Pydantic models for the DESIGN.md extraction output.

Field names follow DESIGN.md exactly; extra keys (``session``,
``section_sentences``) are additions, never renames.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

NoteFormat = Literal["SOAP", "DAP", "BIRP"]
MedStatus = Literal["current", "started", "changed", "stopped"]
RiskStatus = Literal["endorsed", "denied", "not_assessed"]

SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "SOAP": ("Subjective", "Objective", "Assessment", "Plan"),
    "DAP": ("Data", "Assessment", "Plan"),
    "BIRP": ("Behavior", "Intervention", "Response", "Plan"),
}

RISK_FIELDS = ("suicidal_ideation", "homicidal_ideation", "self_harm")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Medication(_Model):
    name: str
    dose: str | None = None
    status: MedStatus = "current"
    evidence: list[int] = Field(default_factory=list)


class Diagnosis(_Model):
    icd10: str
    label: str
    evidence: list[int] = Field(default_factory=list)


RiskTimeframe = Literal["current", "recent", "past"]
DeniableFacet = Literal["method", "intent", "plan", "preparatory_behavior"]


class RiskFacets(_Model):
    """C-SSRS-informed detail of one risk field; true only for what the session affirmed."""

    wish_dead: bool = Field(default=False, description="wish to be dead or not wake up (suicidal ideation only)")
    active_thoughts: bool = Field(default=False, description="thoughts of the act itself (killing oneself, hurting someone, cutting)")
    method: bool = Field(default=False, description="a method was thought about")
    intent: bool = Field(default=False, description="some intent to act")
    plan: bool = Field(default=False, description="a worked-out plan")
    preparatory_behavior: bool = Field(default=False, description="steps taken: notes, saved pills, giving things away")
    behavior: bool = Field(default=False, description="an act carried out, not only thought of (self-harm: cutting, burning)")
    timeframe: RiskTimeframe | None = Field(default=None, description="most recent affirmed: current, recent (past month) or past")


def affirmed_facets(field: str, facets: dict[str, object]) -> list[str]:
    """The facet names a note says of one risk field, in RiskFacets order: a wish to be dead only of suicidal ideation,
    and no "active thoughts" beside an act carried out, which the act already says (C-SSRS: behaviour over ideation)."""
    names = [k for k in RiskFacets.model_fields if k != "timeframe" and facets.get(k)
             and not (k == "wish_dead" and field != "suicidal_ideation")]
    return [k for k in names if not (k == "active_thoughts" and "behavior" in names)]


class RiskItem(_Model):
    status: RiskStatus = "not_assessed"
    evidence: list[int] = Field(default_factory=list)
    needs_review: bool = Field(default=False, description="the engine met something a clinician must settle")
    review_reasons: list[str] = Field(default_factory=list, description="why, in words without transcript text")
    facets: RiskFacets = Field(default_factory=RiskFacets)
    denied_facets: list[DeniableFacet] = Field(
        default_factory=list, description="facets the client denied when asked (\"any plan?\" \"no\"), none of them affirmed")


class Risk(_Model):
    suicidal_ideation: RiskItem = Field(default_factory=RiskItem)
    homicidal_ideation: RiskItem = Field(default_factory=RiskItem)
    self_harm: RiskItem = Field(default_factory=RiskItem)


class Intervention(_Model):
    name: str
    evidence: list[int] = Field(default_factory=list)


class Homework(_Model):
    text: str
    evidence: list[int] = Field(default_factory=list)


class NextAppointment(_Model):
    text: str
    evidence: list[int] = Field(default_factory=list)


class Symptom(_Model):
    """A reported symptom domain (mood, anxiety, sleep, …) with short clinical descriptors."""

    domain: str = Field(description="mood, anxiety, sleep, appetite, energy, concentration, substance use or functioning")
    text: str = Field(description="what was reported, in clinical words (e.g. 'early waking, about 4 hours a night')")
    evidence: list[int] = Field(default_factory=list)


class Measure(_Model):
    """A score said aloud: a named instrument (PHQ-9, GAD-7, SUDS) or a 0-10 / 0-100 rating."""

    instrument: str
    score: int | float
    evidence: list[int] = Field(default_factory=list)


class SessionFacts(_Model):
    date: str | None = None
    modality: str | None = None
    session_type: str | None = None
    # role -> number of turns spoken in that role (who attended, by role)
    attendees: dict[str, int] = Field(default_factory=dict)
    duration_s: float | None = None


class SectionSentence(_Model):
    text: str
    evidence: list[int] = Field(default_factory=list)


class ProgressNote(_Model):
    format: NoteFormat = "SOAP"
    sections: dict[str, str] = Field(default_factory=dict)
    section_sentences: dict[str, list[SectionSentence]] = Field(default_factory=dict)
    medications: list[Medication] = Field(default_factory=list)
    diagnoses: list[Diagnosis] = Field(default_factory=list)
    risk: Risk = Field(default_factory=Risk)
    interventions: list[Intervention] = Field(default_factory=list)
    homework: list[Homework] = Field(default_factory=list)
    next_appointment: NextAppointment | None = None
    symptoms: list[Symptom] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    session: SessionFacts = Field(default_factory=SessionFacts)


class Metaphor(_Model):
    quote: str
    evidence: list[int] = Field(default_factory=list)


class PsychotherapyNote(_Model):
    themes: list[str] = Field(default_factory=list)
    metaphors: list[Metaphor] = Field(default_factory=list)
    hypotheses: list[str] = Field(default_factory=list)
    reflection_prompts: list[str] = Field(default_factory=list)


class Extraction(BaseModel):
    model_config = ConfigDict(extra="allow")

    progress_note: ProgressNote
    psychotherapy_note: PsychotherapyNote
