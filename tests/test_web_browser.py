"""The review app in a real browser: Debian's chromium, headless, driven by Playwright.

Playwright's own browser download cannot work offline: the system binary is
launched instead. ``SCRIBE_SCREENSHOTS=docs/screenshots`` also writes the
README's screenshots there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scribe.web.app import create_app
from tests.web_desk import PASSWORD, Clock, Desk, build_desk, serving

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def desk(scribe_home: Path) -> Desk:
    return build_desk(scribe_home)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def base(desk: Desk, clock: Clock) -> Iterator[str]:
    with serving(create_app(desk.store, users=desk.users, clock=clock)) as url:
        yield url


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = os.environ.get("SCRIBE_SCREENSHOTS")
    out = Path(target) if target else tmp_path / "shots"
    out.mkdir(parents=True, exist_ok=True)
    return out


def open_as(browser: Any, base: str, name: str) -> Any:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" and "Content Security Policy" in m.text else None)
    page.errors = errors
    page.goto(f"{base}/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/{'admin' if name == 'ada' else 'queue'}")
    return page


def sign(page: Any) -> None:
    """Sign the open draft, acknowledging every flag at once when any is left."""
    if page.locator("input[name=acknowledge_all]").count():
        page.check("input[name=acknowledge_all]")
    page.click("#sign-button")
    page.wait_for_selector("#signature")


def test_clinician_reviews_signs_amends_and_exports(browser: Any, base: str, desk: Desk, shots: Path) -> None:
    from fhir.resources.R4B.documentreference import DocumentReference

    page = open_as(browser, base, "alice")
    # The queue puts the risk-flagged draft first.
    first = page.locator("#queue tbody tr").first
    assert first.get_attribute("data-ref") == desk.refs["risk"]
    assert "risk" in first.inner_text().lower()
    page.screenshot(path=str(shots / "queue.png"), full_page=True)

    # Click a medication's evidence: the transcript turn that names it is highlighted and in view.
    first.locator("a.button").click()
    page.wait_for_url(f"{base}/notes/{desk.refs['risk']}")
    page.locator("#group-medications a.ev").first.click()
    turn = page.locator("#turn-3")
    page.wait_for_function("document.getElementById('turn-3').classList.contains('hl')")
    assert "sertraline" in turn.inner_text()
    page.wait_for_timeout(400)  # smooth scroll settles
    assert turn.is_visible()
    box, viewport = turn.bounding_box(), page.viewport_size
    assert box is not None and 0 <= box["y"] <= viewport["height"]
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shots / "review.png"), full_page=True)

    # The private workspace: visually distinct, the author's alone.
    page.click("a.button.private")
    page.wait_for_url(f"{base}/notes/{desk.refs['risk']}/workspace")
    page.fill("textarea[name=text]", "Pull to reassure; notice it next time.")
    page.click("#private-notes button[type=submit]")
    page.wait_for_selector("text=Pull to reassure")
    page.screenshot(path=str(shots / "workspace.png"), full_page=True)
    # the disclose button on the purple band is readable: its label is not the colour of its face
    ink, face = page.eval_on_selector("a.button[href$='/disclose']",
                                      "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]")
    assert ink != face, (ink, face)

    # Edit a section sentence, then sign with "acknowledge all".
    page.goto(f"{base}/notes/{desk.refs['risk']}")
    # The first drafted sentence of whichever section has one (sections are written from the facts).
    sentence_id = page.locator("[id^='f-sections-'][id$='-0']").first.get_attribute("id")
    sentence = page.locator(f"#{sentence_id}")
    sentence.locator("details.edit summary").click()
    sentence.locator("textarea").fill("Client reported passive death wishes at night; no plan.")
    sentence.locator("button[type=submit]", has_text="Save").click()
    page.wait_for_selector(f"#{sentence_id} >> text=no plan")
    page.check("input[name=acknowledge_all]")
    page.click("#sign-button")
    page.wait_for_selector("#signature")
    assert "Locked" in page.inner_text("#signature")
    assert page.locator("details.edit").count() == 0  # no edit controls on a signed note
    # A hand-made edit (with a valid CSRF token) is refused too.
    token = page.get_attribute("input[name=csrf_token]", "value")
    refused = page.request.post(f"{base}/notes/{desk.refs['risk']}/facts",
                                form={"op": "edit", "path": "medications/0", "f_dose": "1 mg"}, headers={"X-CSRF-Token": token})
    assert refused.status == 409

    # Export FHIR and validate it.
    fhir = page.request.get(f"{base}/notes/{desk.refs['risk']}/export/fhir")
    assert fhir.status == 200 and fhir.headers["content-type"].startswith("application/fhir+json")
    DocumentReference.model_validate(fhir.json())

    # Amend: a new draft version, the signed one untouched.
    page.click("#amend")
    page.wait_for_selector("text=Amendment in progress")
    sign(page)
    assert "version 2" in page.inner_text(".note-head")
    assert page.errors == []
    page.close()


def test_biller_gets_queue_and_export_but_not_workspace_or_transcript(browser: Any, base: str, desk: Desk) -> None:
    bob = open_as(browser, base, "bob")
    bob.goto(f"{base}/notes/{desk.refs['bob']}")
    sign(bob)
    bob.close()
    page = open_as(browser, base, "bill")
    assert page.locator("#queue tbody tr").count() == 1
    page.click("#queue a.button")
    page.wait_for_selector("#exports")
    assert page.locator("#transcript").count() == 0 and page.locator("a.button.private").count() == 0
    assert page.request.get(f"{base}/notes/{desk.refs['bob']}/export/fhir").status == 200
    assert page.goto(f"{base}/notes/{desk.refs['bob']}/workspace").status == 403
    assert page.goto(f"{base}/notes/{desk.refs['bob']}/transcript").status == 403
    assert "may not" in page.inner_text("main")
    page.close()


def test_admin_sees_no_note_text(browser: Any, base: str, desk: Desk) -> None:
    page = open_as(browser, base, "ada")
    body = page.inner_text("body")
    assert "alice" in body and "sertraline" not in body and "welcome back" not in body
    assert page.goto(f"{base}/notes/{desk.refs['risk']}").status == 403
    page.close()


def test_logout_idle_logoff_and_csrf_less_post(browser: Any, base: str, desk: Desk, clock: Clock) -> None:
    page = open_as(browser, base, "alice")
    # A POST without the token is refused and changes nothing.
    assert page.request.post(f"{base}/notes/{desk.refs['routine']}/sign", form={"acknowledge_all": "1"}).status == 403
    page.goto(f"{base}/notes/{desk.refs['routine']}")
    assert page.locator("#sign-button").count() == 1
    # Idle logoff: after the idle time the next request lands on the login page.
    clock.advance(15 * 60 + 1)
    page.goto(f"{base}/queue")
    assert page.url == f"{base}/login"
    page = open_as(browser, base, "alice")
    page.click("header button.link")
    page.wait_for_url(f"{base}/login")
    assert page.goto(f"{base}/queue").url == f"{base}/login"
    page.close()
