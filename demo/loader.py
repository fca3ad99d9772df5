"""Build the demo site from the texts in demo/data: idempotent, in three languages.

Objects are found by slug, so a second run creates nothing new. English is the source language;
Serbian (Cyrillic) and Swedish are made with wagtail-localize from the same data.
"""

import html
from datetime import datetime, time, timedelta
from io import BytesIO
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from demo import artwork
from demo.data import designers as designer_data
from demo.data import pages as page_data
from demo.data import programmes as programme_data
from demo.data import projects as project_data
from demo.data import taxonomy as taxonomy_data
from demo.rich_text import paragraphs
from demo.submission_page import load_submission_page
from demo.translate import translate
from home.models import FooterText, HomePage, StandardPage
from pictures.warming import warm_renditions
from programmes.models import (
    ProgrammeIndexPage,
    ProgrammeLocation,
    ProgrammePage,
    ProgrammeParticipant,
)
from showcase.models import (
    DesignerIndexPage,
    DesignerPage,
    Discipline,
    Organisation,
    ProjectIndexPage,
    ProjectPage,
    ProjectTeamMember,
    Theme,
)

LANGUAGES = ("en", "sr", "sv")
TARGETS = ("sr", "sv")
ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "mikser-demo-admin"
ADMIN_EMAIL = "admin@mikser.example"


def string_pairs(data, language):
    """Every English string in `data` paired with its `language` translation.

    Texts are dicts {"en": …, "sr": …, "sv": …} of strings or of lists of paragraphs, nested
    anywhere in the data. Paragraphs are also paired in their HTML-escaped form, which is how
    wagtail-localize shows rich text segments.
    """
    pairs = {}

    def add(english, translated):
        pairs[english] = translated
        pairs[html.escape(english, quote=False)] = html.escape(translated, quote=False)

    def walk(node):
        if isinstance(node, dict):
            if "en" in node and language in node:
                english, translated = node["en"], node[language]
                if isinstance(english, str):
                    add(english, translated)
                else:
                    for en_item, tr_item in zip(english, translated, strict=True):
                        add(en_item, tr_item)
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple):
            for value in node:
                walk(value)

    walk(data)
    return pairs


def initials(name):
    return "".join(part[0] for part in name.split()[:2]).upper()


class DemoLoader:
    def __init__(self, log=print, warm=None):
        self.log = log
        # settings.DEMO_WARM_RENDITIONS unless told: off in tests, whose transactions roll
        # renditions back (tests/conftest.py warms what the suite needs once per session).
        self.warm = settings.DEMO_WARM_RENDITIONS if warm is None else warm
        self.created = 0

    # -- infrastructure ---------------------------------------------------------------------

    def run(self):
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
        }
        self.collection = self.ensure_collection()
        self.terms = self.load_taxonomy()
        self.home = self.ensure_home()
        self.indexes = self.ensure_indexes()
        self.designers = self.load_designers()
        self.programmes = self.load_programmes()
        self.projects = self.load_projects()
        self.load_standard_pages()
        load_submission_page(self)
        self.load_footer()
        self.ensure_admin()
        # The first visit to each page would otherwise encode its AVIF and WebP renditions.
        if self.warm:
            warm_renditions(log=self.log)
        self.log(f"Demo content ready ({self.created} objects created).")

    def ensure_collection(self):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name="Demo content").first()
        return existing or root.add_child(name="Demo content")

    def image(self, title, data, filename):
        Image = get_image_model()
        existing = Image.objects.filter(collection=self.collection, title=title).first()
        if existing:
            return existing
        image = Image(title=title, collection=self.collection)
        image.file = ImageFile(BytesIO(data), name=filename)
        image.save()
        self.created += 1
        return image

    def translate_all(self, instance, data, same=()):
        for code in TARGETS:
            if instance.has_translation(self.locales[code]):
                continue
            translate(instance, self.locales[code], string_pairs(data, code), same=same)
            self.created += 1

    def publish(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    # -- content ----------------------------------------------------------------------------

    def load_taxonomy(self):
        en = self.locales["en"]
        terms = {}
        for model, items in (
            (Discipline, taxonomy_data.DISCIPLINES),
            (Theme, taxonomy_data.THEMES),
            (Organisation, taxonomy_data.ORGANISATIONS),
        ):
            for item in items:
                defaults = {"name": item["name"]["en"]}
                if model is Theme:
                    defaults["description"] = item.get("description", {}).get("en", "")
                if model is Organisation:
                    defaults.update(
                        website=item.get("website", ""), country=item.get("country", "")
                    )
                term, created = model.objects.get_or_create(
                    slug=item["slug"], locale=en, defaults=defaults
                )
                self.created += created
                self.translate_all(term, item)
                terms[(model, item["slug"])] = term
        return terms

    def ensure_home(self):
        en = self.locales["en"]
        home = HomePage.objects.filter(locale=en).first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's first migration makes a plain "Welcome" page the site root: replace it.
            for page in root.get_children().exact_type(Page):
                page.delete()
            data = page_data.HOME
            home = HomePage(
                title=data["title"]["en"],
                slug="home",
                hero_title=data["hero_title"]["en"],
                hero_text=data["hero_text"]["en"],
                intro=data["intro"]["en"],
                hero_image=self.image(
                    "Mikser Showcase hero", artwork.composition("home-hero"), "hero.png"
                ),
            )
            self.publish(root, home)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.root_page = home
        site.hostname = site.hostname or "localhost"
        site.port = site.port or 80
        site.site_name = "Mikser Showcase"
        site.save()
        self.translate_all(home, page_data.HOME)
        return home

    def ensure_indexes(self):
        indexes = {}
        for key, model in (
            ("designers", DesignerIndexPage),
            ("projects", ProjectIndexPage),
            ("programmes", ProgrammeIndexPage),
        ):
            data = page_data.INDEXES[key]
            index = model.objects.child_of(self.home).first()
            if index is None:
                index = model(
                    title=data["title"]["en"],
                    slug=data["slug"]["en"],
                    intro=data["intro"]["en"],
                    show_in_menus=True,
                )
                self.publish(self.home, index)
            self.translate_all(index, data)
            indexes[key] = index
        return indexes

    def child(self, parent, model, slug):
        return model.objects.child_of(parent).filter(slug=slug).first()

    def load_designers(self):
        index = self.indexes["designers"]
        designers = {}
        for item in designer_data.DESIGNERS:
            page = self.child(index, DesignerPage, item["slug"])
            if page is None:
                name = item["name"]["en"]
                page = DesignerPage(
                    title=name,
                    slug=item["slug"],
                    portrait=self.image(
                        f"Portrait: {name}",
                        artwork.portrait(item["slug"], initials(name)),
                        f"{item['slug']}.png",
                    ),
                    portrait_alt=item["portrait_alt"]["en"],
                    short_bio=item["short_bio"]["en"],
                    bio=paragraphs(item["bio"]["en"]),
                    city=item["city"]["en"],
                    country=item["country"],
                    spoken_languages=item["languages"],
                    links=[("link", link) for link in item.get("links", [])],
                    open_to_collaboration=item["open_to_collaboration"],
                    available_for_mobility=item["available_for_mobility"],
                    featured=item.get("featured", False),
                )
                page.disciplines = [self.terms[(Discipline, s)] for s in item["disciplines"]]
                self.publish(index, page)
            self.translate_all(page, item, same=(page.title,))
            designers[item["slug"]] = page
        return designers

    def programme_datetime(self, days, at, zone):
        day = timezone.localdate() + timedelta(days=days)
        hour, minute = (int(part) for part in at.split(":"))
        return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(zone))

    def load_programmes(self):
        index = self.indexes["programmes"]
        programmes = {}
        today = timezone.localdate()
        for item in programme_data.PROGRAMMES:
            page = self.child(index, ProgrammePage, item["slug"])
            if page is None:
                zone = item["time_zone"]
                page = ProgrammePage(
                    title=item["title"]["en"],
                    slug=item["slug"],
                    kind=item["kind"],
                    summary=item["summary"]["en"],
                    image=self.image(
                        f"Programme: {item['title']['en']}",
                        artwork.composition(item["slug"]),
                        f"{item['slug']}.png",
                    ),
                    image_alt=item["title"]["en"],
                    host=self.terms[(Organisation, item["host"])],
                    time_zone=zone,
                    applications_open_at=self.programme_datetime(
                        item["application_opens_days"], "09:00", zone
                    ),
                    application_deadline=self.programme_datetime(
                        item["deadline_days"], item.get("deadline_time", "23:59"), zone
                    ),
                    starts_on=today + timedelta(days=item["starts_days"]),
                    ends_on=today + timedelta(days=item["ends_days"]),
                    eligibility=paragraphs(item["eligibility"]["en"]),
                    funding=paragraphs(item["funding"]["en"]),
                    how_to_apply=paragraphs(item["how_to_apply"]["en"]),
                    apply_url=item.get("apply_url", ""),
                    featured=item.get("featured", False),
                )
                page.partners = [self.terms[(Organisation, s)] for s in item.get("partners", [])]
                page.disciplines = [
                    self.terms[(Discipline, s)] for s in item.get("disciplines", [])
                ]
                page.locations = [
                    ProgrammeLocation(city=loc["city"]["en"], country=loc["country"])
                    for loc in item["locations"]
                ]
                page.participants = [
                    ProgrammeParticipant(designer=self.designers[s])
                    for s in item.get("participants", [])
                ]
                self.publish(index, page)
            self.translate_all(page, item)
            programmes[item["slug"]] = page
        return programmes

    def story(self, blocks, slug):
        """Raw StreamField data for a project body, with generated pictures."""
        stream = []
        for position, block in enumerate(blocks):
            kind = block["type"]
            if kind == "paragraph":
                stream.append(("paragraph", paragraphs([block["text"]["en"]])))
            elif kind == "quote":
                stream.append(
                    (
                        "quote",
                        {"text": block["text"]["en"], "attribution": block["attribution"]["en"]},
                    )
                )
            elif kind == "image":
                stream.append(("image", self.captioned(block, f"{slug}-{position}")))
            elif kind == "gallery":
                images = [
                    self.captioned(image, f"{slug}-{position}-{n}")
                    for n, image in enumerate(block["images"])
                ]
                stream.append(("gallery", {"images": images}))
        return stream

    def captioned(self, block, seed):
        image = self.image(f"Project image {seed}", artwork.composition(seed), f"{seed}.png")
        return {
            "image": {"image": image, "decorative": False, "alt_text": block["alt"]["en"]},
            "caption": block["caption"]["en"],
        }

    def load_projects(self):
        index = self.indexes["projects"]
        projects = {}
        for item in project_data.PROJECTS:
            page = self.child(index, ProjectPage, item["slug"])
            if page is None:
                page = ProjectPage(
                    title=item["title"]["en"],
                    slug=item["slug"],
                    summary=item["summary"]["en"],
                    cover_image=self.image(
                        f"Cover: {item['title']['en']}",
                        artwork.composition(f"cover-{item['slug']}"),
                        f"cover-{item['slug']}.png",
                    ),
                    cover_alt=item["cover_alt"]["en"],
                    body=self.story(item["body"], item["slug"]),
                    year=item["year"],
                    city=item["city"]["en"],
                    country=item["country"],
                    programme=self.programmes.get(item.get("programme") or ""),
                    featured=item.get("featured", False),
                )
                page.disciplines = [self.terms[(Discipline, s)] for s in item["disciplines"]]
                page.themes = [self.terms[(Theme, s)] for s in item["themes"]]
                page.partners = [self.terms[(Organisation, s)] for s in item.get("partners", [])]
                page.team_members = [
                    ProjectTeamMember(designer=self.designers[m["designer"]], role=m["role"]["en"])
                    for m in item["team"]
                ]
                self.publish(index, page)
            self.translate_all(page, item)
            projects[item["slug"]] = page
        return projects

    def load_standard_pages(self):
        for item in page_data.STANDARD_PAGES:
            page = self.child(self.home, StandardPage, item["slug"]["en"])
            if page is None:
                page = StandardPage(
                    title=item["title"]["en"],
                    slug=item["slug"]["en"],
                    intro=item["intro"]["en"],
                    body=[("paragraph", paragraphs([text])) for text in item["body"]["en"]],
                    show_in_menus=item["key"] == "about",
                )
                self.publish(self.home, page)
            self.translate_all(page, item)

    def load_footer(self):
        footer, created = FooterText.objects.get_or_create(
            locale=self.locales["en"], defaults={"text": page_data.FOOTER["text"]["en"]}
        )
        self.created += created
        self.translate_all(footer, page_data.FOOTER)

    def ensure_admin(self):
        User = get_user_model()
        if not User.objects.filter(username=ADMIN_USERNAME).exists():
            User.objects.create_superuser(ADMIN_USERNAME, ADMIN_EMAIL, ADMIN_PASSWORD)
            self.created += 1
