"""Helpers shared by the session scripts."""


def R(si, hi, sh):
    m = {"d": "denied", "e": "endorsed", "n": "not_assessed"}
    return {"suicidal_ideation": m[si], "homicidal_ideation": m[hi], "self_harm": m[sh]}


def M(name, dose, status):
    return {"name": name, "dose": dose, "status": status}


def D(code, label):
    return {"icd10": code, "label": label}


def meta(date, modality, fmt, stype):
    return {"date": date, "modality": modality, "note_format": fmt, "session_type": stype}
