"""Demo texts for the portfolio submission page (issue #5).

Every translatable text is a dict with "en", "sr" (Cyrillic) and "sv" keys, as in pages.py.
"""

from __future__ import annotations

SUBMISSION_PAGE = {
    "slug": {"en": "submit", "sr": "prijava", "sv": "skicka-in"},
    "title": {
        "en": "Submit your portfolio",
        "sr": "Пошаљите свој портфолио",
        "sv": "Skicka in din portfolio",
    },
    "intro": {
        "en": [
            "Are you a young designer or social innovator? Send us your portfolio in your own "
            "language: a few words about you and one to five projects with pictures.",
            "Our curators read every submission, and an editor approves it before anything is "
            "published. You can follow, download or withdraw your submission at any time with "
            "the private link we send you.",
        ],
        "sr": [
            "Да ли сте млади дизајнер или друштвени иноватор? Пошаљите нам свој портфолио на "
            "свом језику: неколико речи о себи и од једног до пет пројеката са сликама.",
            "Наши кустоси читају сваку пријаву, а уредник је одобрава пре него што било шта "
            "буде објављено. Своју пријаву можете у сваком тренутку пратити, преузети или "
            "повући преко приватног линка који вам шаљемо.",
        ],
        "sv": [
            "Är du en ung formgivare eller social innovatör? Skicka oss din portfolio på ditt "
            "eget språk: några ord om dig själv och ett till fem projekt med bilder.",
            "Våra kuratorer läser varje bidrag, och en redaktör godkänner det innan något "
            "publiceras. Du kan när som helst följa, ladda ner eller dra tillbaka ditt bidrag "
            "med den privata länk vi skickar dig.",
        ],
    },
    "thank_you_text": {
        "en": "Thank you! We will write to you when our curators have looked at your portfolio.",
        "sr": "Хвала! Јавићемо вам се када наши кустоси погледају ваш портфолио.",
        "sv": "Tack! Vi hör av oss när våra kuratorer har tittat på din portfolio.",
    },
}
