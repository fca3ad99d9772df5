"""The portfolio form: the designer, one to five projects with their images, consent.

Everything a visitor types is plain text: markup is refused with a message (it is escaped when
shown anyway), lengths match the page fields they end up in, and images go through
`images.check_and_clean`. The honeypot and the signed start time catch the simplest bots
without asking anything of people (no third-party captcha).
"""

import re
import secrets
import time
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import get_language, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from languages.collation import collation_key
from languages.countries import sorted_countries
from languages.localization import localize_all
from showcase.models import Discipline
from showcase.submissions import held_uploads
from showcase.submissions.link_kinds import link_kind
from showcase.submissions.uploaded_images import check_and_clean, inspect

MAX_PROJECTS = 5
MAX_IMAGES_PER_PROJECT = 12
MAX_LINKS = 8
START_SALT = "showcase.submissions.form-start"

# "<" followed by a letter, "/", "!" or "?" starts a tag, a comment or a declaration.
MARKUP = re.compile(r"<\s*[a-zA-Z/!?]")


def no_markup(value):
    if MARKUP.search(value or ""):
        raise ValidationError(
            _("Please write plain text: remove anything that looks like HTML or code (“<…>”)."),
            code="markup",
        )


# Zero-width (non-)joiners are format characters (Cf) that Persian, Indic scripts and emoji
# sequences need inside words; every other Cc/Cf character is refused in one-line fields.
JOINERS = {"\u200c", "\u200d"}


def invisible(character):
    return unicodedata.category(character) in ("Cc", "Cf", "Zs", "Zl", "Zp")


def single_line(value):
    """Refuse control and format characters (Cc, Cf): line breaks, bidi overrides (U+202E,
    U+2066…), zero-width characters; and values with nothing visible in them. A line break in
    a name breaks the e-mail headers it ends up in; a bidi override makes text lie about itself.
    """
    if not value:
        return
    controls = any(
        unicodedata.category(character) in ("Cc", "Cf") and character not in JOINERS
        for character in value
    )
    if controls or all(invisible(character) for character in value):
        raise ValidationError(
            _(
                "Please write this on one line, with visible characters only: no line breaks, "
                "invisible or text-direction characters."
            ),
            code="control_characters",
        )


# Embeddings, overrides and isolates reorder how text is shown ("Trojan Source"); the marks
# U+200E/U+200F, which right-to-left writing needs, are left alone.
DIRECTION_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def no_direction_controls(value):
    """Multi-line fields keep their line breaks, but not characters that reorder the text."""
    if value and DIRECTION_CONTROLS.intersection(value):
        raise ValidationError(
            _(
                "Please remove the invisible text-direction characters: they can make text "
                "display differently from what it says."
            ),
            code="direction_controls",
        )


class PlainTextField(forms.CharField):
    """A CharField that refuses markup; `rows` makes it a textarea, otherwise it is one line."""

    def __init__(self, *args, rows=None, **kwargs):
        if rows:
            kwargs.setdefault("widget", forms.Textarea(attrs={"rows": rows}))
        super().__init__(*args, **kwargs)
        self.validators.append(no_markup)
        self.validators.append(single_line if not rows else no_direction_controls)
        if self.max_length:
            self.widget.attrs.setdefault("maxlength", str(self.max_length))


def discipline_choices():
    """The disciplines, named in the visitor's language; the value is the shared slug."""
    sources = Discipline.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    return sorted(
        ((source.slug, localized.name) for source, localized in
         zip(sources, localize_all(sources), strict=True)),
        key=lambda choice: collation_key(choice[1], get_language() or "en"),
    )  # fmt: skip


def country_choices():
    # Serbia and Sweden first, then in the alphabet order of the visitor's language.
    return [("", _("Choose a country")), *sorted_countries()]


def start_token(started=None, nonce=None):
    """The form's signed start: when it was opened, and a nonce naming this one form."""
    return signing.dumps(
        {"t": started or time.time(), "n": nonce or secrets.token_urlsafe(18)}, salt=START_SALT
    )


def read_start_token(token):
    """(started, nonce) from a start token, or (None, None) if it is not one of ours."""
    try:
        value = signing.loads(token or "", salt=START_SALT)
        return float(value["t"]), str(value["n"])[:64]
    except (signing.BadSignature, TypeError, ValueError, KeyError):
        return None, None


@dataclass
class Chosen:
    """An image the form was given: a new upload (with its header) or a held one."""

    field: str
    alt: str
    upload: object = None
    header: object = None
    held: held_uploads.HeldImage | None = None
    clean: object = None  # the CleanImage, once decoded

    @property
    def size(self):
        return self.upload.size if self.upload is not None else self.held.size

    @property
    def pixels(self):
        return self.header.pixels if self.upload is not None else self.held.pixels


def image_field(label):
    return forms.FileField(
        label=label,
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )


ALT_HELP = _("What the image shows, for people who cannot see it.")


def alt_field(label, help_text=ALT_HELP):
    return PlainTextField(label=label, max_length=250, required=False, help_text=help_text)


def held_field():
    return forms.CharField(widget=forms.HiddenInput, required=False)


class ImageChoices:
    """Image slots of a form: (file, alt text, held reference) field names.

    A slot is checked cheaply in `clean()` (`choose`), decoded by the formset once the whole
    POST is counted (`decode_images`), and, when the form comes back with errors, its cleaned
    image is held on the server (`hold_new_images`) so that it does not have to be chosen again.
    """

    def choose(self, file_name, alt_name, held_name):
        cleaned = self.cleaned_data
        upload = cleaned.get(file_name)
        alt = (cleaned.get(alt_name) or "").strip()
        token = cleaned.get(held_name)
        chosen = None
        if upload:
            if token:  # a new file replaces the held one
                self._set_data(held_name, "")
            try:
                chosen = Chosen(file_name, alt, upload=upload, header=inspect(upload))
            except ValidationError as error:
                self.add_error(file_name, error)
        elif token:
            try:
                chosen = Chosen(file_name, alt, held=held_uploads.read(token))
            except held_uploads.Tampered:
                self.tampered = True
                self._set_data(held_name, "")
                self.add_error(file_name, held_uploads.tampered())
            except ValidationError as error:
                self._set_data(held_name, "")
                self.add_error(file_name, error)
        if (upload or token) and not alt and alt_name not in self.errors:
            self.add_error(
                alt_name,
                ValidationError(_("Describe this image for people who cannot see it."), code="alt"),
            )
        if chosen is not None:
            self.inspected.append(chosen)
        return chosen

    def decode_images(self):
        """Decode and clean the inspected images (the expensive part), in order."""
        for chosen in self.inspected:
            if chosen.held is not None:
                chosen.clean = chosen.held.clean_image()
                if chosen.clean is None:  # swept meanwhile
                    self.add_error(chosen.field, held_uploads.expired())
                    self._set_data(self.held_name(chosen.field), "")
                continue
            try:
                chosen.clean = check_and_clean(chosen.upload)
            except ValidationError as error:
                self.add_error(chosen.field, error)

    def hold_new_images(self):
        """Hold the new uploads that passed their checks, for the form shown again."""
        for chosen in self.inspected:
            if chosen.upload is not None and chosen.clean is not None:
                chosen.held = held_uploads.hold(chosen.clean)
                self._set_data(self.held_name(chosen.field), chosen.held.token)

    def held_image(self, file_name):
        """The image held for a slot, to preview on the form shown again."""
        for chosen in getattr(self, "inspected", []):
            usable = chosen.clean is not None or chosen.upload is None
            if chosen.field == file_name and chosen.held is not None and usable:
                return chosen.held
        return None

    def reused_held_images(self):
        """Held images this post used without a new upload: released after submission."""
        return [chosen.held for chosen in getattr(self, "inspected", [])
                if chosen.upload is None and chosen.held is not None]  # fmt: skip

    def _set_data(self, name, value):
        if hasattr(self.data, "_mutable") and not self.data._mutable:
            self.data = self.data.copy()
        elif not hasattr(self.data, "_mutable"):
            self.data = dict(self.data)
        self.data[self.add_prefix(name)] = value


class DesignerForm(ImageChoices, forms.Form):
    """The designer, an optional portrait and the consent; the projects are a formset beside it."""

    name = PlainTextField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        validators=[single_line],
        help_text=_("We send the confirmation and your private link here. It is never shown."),
    )
    city = PlainTextField(label=_("City"), max_length=120)
    country = forms.ChoiceField(label=_("Country"), choices=country_choices)
    disciplines = forms.MultipleChoiceField(
        label=_("Disciplines"), choices=discipline_choices, widget=forms.CheckboxSelectMultiple
    )
    short_bio = PlainTextField(
        label=_("Short bio"),
        max_length=300,
        rows=4,
        help_text=_("Two or three sentences about you and your work (300 characters at most)."),
    )
    links = PlainTextField(
        label=_("Links"),
        required=False,
        max_length=2000,
        rows=3,
        help_text=_("Your website, portfolio or profiles: one address per line, at most 8."),
    )
    portrait = image_field(_("Portrait (optional)"))
    portrait_alt = alt_field(
        _("Describe your portrait"),
        help_text=_("Needed if you add a portrait: what it shows, for people who cannot see it."),
    )
    portrait_held = held_field()
    available_for_mobility = forms.BooleanField(
        label=_("I am available for mobility (residencies, exchanges)"), required=False
    )
    consent_privacy = forms.BooleanField(
        label=_("I have read the privacy notice and agree that you keep my data to review it."),
        error_messages={
            "required": _("Please agree to the privacy notice to send your portfolio.")
        },
    )
    consent_publication = forms.BooleanField(
        label=_("If my portfolio is accepted, you may publish it with my name and images."),
        error_messages={
            "required": _("Please agree to publication: we only review portfolios we may publish.")
        },
    )
    # Bots fill every field; people never see this one (hidden with CSS and from screen readers).
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.nonce = None
        self.inspected = []
        self.tampered = False
        if not self.is_bound:
            self.initial["started"] = start_token()

    @staticmethod
    def held_name(file_name):
        return "portrait_held"

    def clean(self):
        cleaned = super().clean()
        self.inspected = []
        self.choose("portrait", "portrait_alt", "portrait_held")
        return cleaned

    def portrait_image(self):
        """(CleanImage, alt) of the portrait, or None."""
        for chosen in self.inspected:
            if chosen.clean is not None:
                return chosen.clean, chosen.alt
        return None

    @property
    def held_portrait(self):
        return self.held_image("portrait")

    def clean_links(self):
        lines = [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]
        if len(lines) > MAX_LINKS:
            raise ValidationError(
                _("Please give at most %(max)s links."), code="too_many", params={"max": MAX_LINKS}
            )
        validate = URLValidator(schemes=["http", "https"])
        for line in lines:
            try:
                single_line(line)
                validate(line)
                parts = urlsplit(line)
                # Only to check that the host can be written in ASCII (shown to curators).
                (parts.hostname or "").encode("idna")
            except (ValidationError, UnicodeError, ValueError):
                raise ValidationError(
                    _("“%(value)s” is not a web address (it should start with https://)."),
                    code="invalid_url",
                    params={"value": line[:80]},
                ) from None
            if "@" in parts.netloc:
                # https://trusted.example@elsewhere.example/ goes to elsewhere.example.
                raise ValidationError(
                    _(
                        "“%(value)s” contains a user name or password (“…@”); please give the "
                        "address without it."
                    ),
                    code="userinfo",
                    params={"value": line[:80]},
                )
        return [{"kind": link_kind(url), "url": url} for url in lines]

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(_("Please leave this field empty."), code="honeypot")
        return ""

    def clean_started(self):
        started, nonce = read_start_token(self.cleaned_data["started"])
        now = time.time()
        if started is not None and now - started > settings.SUBMISSION_FORM_MAX_AGE:
            # A replayed or long-forgotten form: it comes back with a fresh start, so a person
            # who really filled it in only has to send it again.
            self._renew_start(now, None)
            raise ValidationError(
                _("This form was opened too long ago. Please check it and send it again."),
                code="expired",
            )
        if started is None or now - started < settings.SUBMISSION_MIN_FILL_SECONDS:
            # Either a bot or a very fast person: the form comes back with a fresh start time
            # that is valid, so a person only has to send it again.
            self._renew_start(started or now, nonce)
            raise ValidationError(
                _("That was very fast. Please check the form and send it again."), code="too_fast"
            )
        self.nonce = nonce
        return started

    def _renew_start(self, started, nonce):
        self.data = self.data.copy()
        self.data[self.add_prefix("started")] = start_token(started, nonce)


class ProjectForm(ImageChoices, forms.Form):
    """One project: title, description, year, role and one to twelve images with alt text."""

    title = PlainTextField(label=_("Project title"), max_length=200)
    description = PlainTextField(label=_("Description"), max_length=3000, rows=6)
    role = PlainTextField(label=_("Your role"), max_length=120)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"] = forms.IntegerField(
            label=_("Year"), min_value=1950, max_value=timezone.now().year + 1
        )
        self.order_fields(["title", "description", "year", "role"])
        for n in range(MAX_IMAGES_PER_PROJECT):
            self.fields[f"image_{n}"] = image_field(_("Image %(number)s") % {"number": n + 1})
            self.fields[f"alt_{n}"] = alt_field(_("Describe image %(number)s") % {"number": n + 1})
            self.fields[f"held_{n}"] = held_field()
        self.clean_images = []
        self.inspected = []
        self.tampered = False

    @staticmethod
    def held_name(file_name):
        return file_name.replace("image_", "held_")

    def image_rows(self):
        """(file field, alt field, held field, held image) for the template."""
        return [
            (self[f"image_{n}"], self[f"alt_{n}"], self[f"held_{n}"],
             self.held_image(f"image_{n}"))
            for n in range(MAX_IMAGES_PER_PROJECT)
        ]  # fmt: skip

    def clean(self):
        # Only cheap checks here (images.inspect: nothing is decoded); the formset counts the
        # files, bytes and declared pixels of the whole POST before any image is decoded.
        cleaned = super().clean()
        self.inspected = []
        chosen_any = False
        for n in range(MAX_IMAGES_PER_PROJECT):
            chosen_any |= bool(cleaned.get(f"image_{n}") or cleaned.get(f"held_{n}"))
            self.choose(f"image_{n}", f"alt_{n}", f"held_{n}")
        if not chosen_any and not self.has_error("image_0"):
            self.add_error(
                "image_0",
                ValidationError(_("Add at least one image of this project."), code="no_image"),
            )
        return cleaned

    def decode_images(self):
        super().decode_images()
        self.clean_images = [
            (chosen.clean, chosen.alt, chosen.size)
            for chosen in self.inspected
            if chosen.clean is not None
        ]


class BaseProjectFormSet(forms.BaseFormSet):
    # Other forms posted with the projects whose images count in the same totals (the
    # designer form's portrait); the view sets it before validating.
    companions = ()

    def image_forms(self):
        return [*self.forms, *self.companions]

    def clean(self):
        inspected = [chosen for form in self.image_forms() for chosen in form.inspected]
        # Counted before anything is decoded (issue #11): a POST of many cheap files with
        # huge declared sizes costs a read of their headers, not minutes of a worker.
        if len(inspected) > settings.SUBMISSION_MAX_IMAGES:
            raise ValidationError(
                ngettext_lazy(
                    "Please send at most %(max)s image in all.",
                    "Please send at most %(max)s images in all.",
                    "max",
                ),
                code="too_many_images",
                params={"max": settings.SUBMISSION_MAX_IMAGES},
            )
        total = sum(chosen.size for chosen in inspected)
        if total > settings.SUBMISSION_MAX_TOTAL_UPLOAD_SIZE:
            raise ValidationError(
                _("Your images add up to %(size)s; please keep them under %(limit)s together."),
                code="too_large_in_all",
                params={
                    "size": filesizeformat(total),
                    "limit": filesizeformat(settings.SUBMISSION_MAX_TOTAL_UPLOAD_SIZE),
                },
            )
        pixels = sum(chosen.pixels for chosen in inspected)
        if pixels > settings.SUBMISSION_MAX_TOTAL_PIXELS:
            raise ValidationError(
                _(
                    "Your images add up to %(pixels)s megapixels; please keep them under "
                    "%(limit)s megapixels together (smaller exports are fine for a review)."
                ),
                code="too_many_pixels_in_all",
                params={
                    "pixels": -(-pixels // 1_000_000),
                    "limit": settings.SUBMISSION_MAX_TOTAL_PIXELS // 1_000_000,
                },
            )
        for form in self.image_forms():
            if getattr(form, "inspected", None):
                form.decode_images()

    def tampered(self):
        return any(getattr(form, "tampered", False) for form in self.image_forms())

    def hold_new_images(self):
        for form in self.image_forms():
            if getattr(form, "inspected", None):
                form.hold_new_images()

    def reused_held_images(self):
        return [held for form in self.image_forms() for held in form.reused_held_images()]

    def projects(self):
        """The filled-in projects, in order."""
        return [form for form in self.forms if form.has_changed() and form.cleaned_data]


ProjectFormSet = forms.formset_factory(
    ProjectForm,
    formset=BaseProjectFormSet,
    extra=MAX_PROJECTS - 1,
    min_num=1,
    max_num=MAX_PROJECTS,
    absolute_max=MAX_PROJECTS,
    validate_min=True,
    validate_max=True,
)
