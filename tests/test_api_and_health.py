"""The public API shows live pages only and filters by locale; /healthz/ reports the parts."""

from showcase.models import DesignerIndexPage, DesignerPage


def test_api_lists_pages_of_one_locale(client, demo):
    response = client.get("/api/v2/pages/?locale=sr&limit=50")
    assert response.status_code == 200
    items = response.json()["items"]
    assert items
    assert {item["meta"]["locale"] for item in items} == {"sr"}


def test_api_never_shows_drafts(client, demo):
    index = DesignerIndexPage.objects.get(locale__language_code="en")
    draft = DesignerPage(
        title="Secret Draft Designer",
        slug="secret-draft",
        short_bio="Not published.",
        city="Niš",
        country="RS",
        live=False,
    )
    index.add_child(instance=draft)
    draft.save_revision()

    listing = client.get("/api/v2/pages/?type=showcase.DesignerPage&limit=50").json()
    assert "Secret Draft Designer" not in [item["title"] for item in listing["items"]]
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    found = client.get("/api/v2/pages/?search=Secret+Draft+Designer").json()["items"]
    assert draft.pk not in [item["id"] for item in found]


def test_api_designer_detail_has_its_fields(client, demo):
    designer = DesignerPage.objects.live().filter(locale__language_code="sv").first()
    data = client.get(f"/api/v2/pages/{designer.pk}/").json()
    assert data["title"] == designer.title
    assert data["short_bio"] == designer.short_bio
    assert data["meta"]["locale"] == "sv"


def test_api_lists_images(client, demo):
    response = client.get("/api/v2/images/")
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] > 0


def test_healthz_reports_database_and_search(client, demo):
    response = client.get("/healthz/")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "ok"
    assert data["checks"]["database"]["ok"] is True
    assert data["checks"]["search"]["ok"] is True
    assert response["Cache-Control"].startswith("max-age=0")
