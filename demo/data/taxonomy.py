"""Demo taxonomy: disciplines, themes and partner organisations.

All organisations are fictional. Websites use the reserved .example TLD.
"""

from __future__ import annotations

DISCIPLINES = [
    {
        "slug": "graphic-design",
        "name": {"en": "Graphic design", "sr": "Графички дизајн", "sv": "Grafisk design"},
    },
    {
        "slug": "product-design",
        "name": {"en": "Product design", "sr": "Дизајн производа", "sv": "Produktdesign"},
    },
    {
        "slug": "textile-fashion",
        "name": {
            "en": "Textile and fashion design",
            "sr": "Текстил и модни дизајн",
            "sv": "Textil- och modedesign",
        },
    },
    {
        "slug": "architecture-urbanism",
        "name": {
            "en": "Architecture and urbanism",
            "sr": "Архитектура и урбанизам",
            "sv": "Arkitektur och stadsbyggnad",
        },
    },
    {
        "slug": "interaction-design",
        "name": {
            "en": "Interaction and UX design",
            "sr": "Дизајн интеракције и корисничког искуства",
            "sv": "Interaktionsdesign och UX",
        },
    },
    {
        "slug": "illustration",
        "name": {"en": "Illustration", "sr": "Илустрација", "sv": "Illustration"},
    },
    {
        "slug": "furniture",
        "name": {"en": "Furniture design", "sr": "Дизајн намештаја", "sv": "Möbeldesign"},
    },
    {
        "slug": "service-design",
        "name": {
            "en": "Social and service design",
            "sr": "Друштвени дизајн и дизајн услуга",
            "sv": "Social design och tjänstedesign",
        },
    },
    {
        "slug": "photography",
        "name": {"en": "Photography", "sr": "Фотографија", "sv": "Fotografi"},
    },
    {
        "slug": "ceramics",
        "name": {"en": "Ceramics", "sr": "Керамика", "sv": "Keramik"},
    },
]

THEMES = [
    {
        "slug": "sustainability",
        "name": {"en": "Sustainability", "sr": "Одрживост", "sv": "Hållbarhet"},
        "description": {
            "en": "Projects that reduce material and energy use, choose local resources and design for a long life rather than quick replacement.",
            "sr": "Пројекти који смањују потрошњу материјала и енергије, ослањају се на локалне ресурсе и осмишљени су да дуго трају, а не да се брзо замене.",
            "sv": "Projekt som minskar material- och energianvändningen, väljer lokala resurser och formges för ett långt liv snarare än snabba byten.",
        },
    },
    {
        "slug": "social-inclusion",
        "name": {
            "en": "Social inclusion",
            "sr": "Друштвена укљученост",
            "sv": "Social inkludering",
        },
        "description": {
            "en": "Design made with and for people who are too often left out: Roma communities, people with disabilities, older residents and newcomers.",
            "sr": "Дизајн настао са људима и за људе који су пречесто по страни: ромске заједнице, особе са инвалидитетом, старије суграђане и придошлице.",
            "sv": "Design som görs med och för människor som alltför ofta lämnas utanför: romska grupper, personer med funktionsnedsättning, äldre och nyanlända.",
        },
    },
    {
        "slug": "urban-revitalisation",
        "name": {"en": "Urban revitalisation", "sr": "Урбана обнова", "sv": "Stadsförnyelse"},
        "description": {
            "en": "Small, careful interventions that bring neglected streets, courtyards and neighbourhoods back into everyday use.",
            "sr": "Мале, промишљене интервенције које запуштене улице, дворишта и кварт враћају у свакодневни живот.",
            "sv": "Små, omsorgsfulla ingrepp som ger försummade gator, gårdar och stadsdelar en plats i vardagen igen.",
        },
    },
    {
        "slug": "circular-economy",
        "name": {"en": "Circular economy", "sr": "Циркуларна економија", "sv": "Cirkulär ekonomi"},
        "description": {
            "en": "Repair, reuse and remanufacture: projects that keep products and materials in circulation and turn waste streams into resources.",
            "sr": "Поправка, поновна употреба и прерада: пројекти који производе и материјале задржавају у оптицају и отпад претварају у сировину.",
            "sv": "Reparation, återbruk och återtillverkning: projekt som håller produkter och material i omlopp och gör avfallsflöden till resurser.",
        },
    },
    {
        "slug": "cultural-heritage",
        "name": {"en": "Cultural heritage", "sr": "Културно наслеђе", "sv": "Kulturarv"},
        "description": {
            "en": "Crafts, scripts, buildings and stories from the past, reinterpreted so that they stay alive and useful today.",
            "sr": "Занати, писма, грађевине и приче из прошлости, протумачени изнова како би остали живи и корисни и данас.",
            "sv": "Hantverk, skriftsystem, byggnader och berättelser från förr, omtolkade så att de lever vidare och kommer till nytta i dag.",
        },
    },
    {
        "slug": "public-space",
        "name": {"en": "Public space", "sr": "Јавни простор", "sv": "Offentliga rum"},
        "description": {
            "en": "Squares, parks, markets and streets designed together with the people who use them every day.",
            "sr": "Тргови, паркови, пијаце и улице осмишљени заједно са људима који их свакодневно користе.",
            "sv": "Torg, parker, marknader och gator som formas tillsammans med de människor som använder dem varje dag.",
        },
    },
    {
        "slug": "education",
        "name": {"en": "Education", "sr": "Образовање", "sv": "Utbildning"},
        "description": {
            "en": "Tools, workshops and learning materials that make design thinking and practical skills accessible to more people.",
            "sr": "Алати, радионице и наставни материјали који дизајнерско размишљање и практичне вештине приближавају што већем броју људи.",
            "sv": "Verktyg, workshoppar och läromedel som gör designtänkande och praktiska färdigheter tillgängliga för fler.",
        },
    },
    {
        "slug": "migration-mobility",
        "name": {
            "en": "Migration and mobility",
            "sr": "Миграције и мобилност",
            "sv": "Migration och mobilitet",
        },
        "description": {
            "en": "Work about moving between places and languages: newcomers finding their way, and designers learning from another city.",
            "sr": "Радови о кретању између места и језика: о придошлицама које траже свој пут и о дизајнерима који уче од другог града.",
            "sv": "Arbeten om att röra sig mellan platser och språk: nyanlända som hittar rätt och formgivare som lär sig av en annan stad.",
        },
    },
]

ORGANISATIONS = [
    {
        "slug": "kapija-cultural-centre",
        "name": {
            "en": "Kapija Cultural Centre",
            "sr": "Културни центар Капија",
            "sv": "Kulturcentret Kapija",
        },
        "website": "https://kapija-cultural-centre.example",
        "country": "RS",
    },
    {
        "slug": "petrovaradin-design-week",
        "name": {
            "en": "Petrovaradin Design Week",
            "sr": "Петроварадинска недеља дизајна",
            "sv": "Petrovaradins designvecka",
        },
        "website": "https://petrovaradin-design-week.example",
        "country": "RS",
    },
    {
        "slug": "norrstrom-school-of-design",
        "name": {
            "en": "Norrström School of Design",
            "sr": "Висока школа за дизајн Норстрем",
            "sv": "Norrströms designhögskola",
        },
        "website": "https://norrstrom-school-of-design.example",
        "country": "SE",
    },
    {
        "slug": "masthugget-makerspace",
        "name": {
            "en": "Masthugget Makerspace",
            "sr": "Отворена радионица Мастхугет",
            "sv": "Masthuggets makerspace",
        },
        "website": "https://masthugget-makerspace.example",
        "country": "SE",
    },
    {
        "slug": "sofielund-social-lab",
        "name": {
            "en": "Sofielund Social Innovation Lab",
            "sr": "Лабораторија за друштвене иновације Софилунд",
            "sv": "Sofielunds labb för social innovation",
        },
        "website": "https://sofielund-social-lab.example",
        "country": "SE",
    },
    {
        "slug": "nisava-youth-initiative",
        "name": {
            "en": "Nišava Youth Initiative",
            "sr": "Омладинска иницијатива Нишава",
            "sv": "Ungdomsinitiativet Nišava",
        },
        "website": "https://nisava-youth-initiative.example",
        "country": "RS",
    },
    {
        "slug": "kulturbron-foundation",
        "name": {
            "en": "Kulturbron Foundation",
            "sr": "Фондација Културброн",
            "sv": "Stiftelsen Kulturbron",
        },
        "website": "https://kulturbron-foundation.example",
        "country": "SE",
    },
    {
        "slug": "preplet-crafts-cooperative",
        "name": {
            "en": "Preplet Crafts Cooperative",
            "sr": "Занатска задруга Преплет",
            "sv": "Hantverkskooperativet Preplet",
        },
        "website": "https://preplet-crafts-cooperative.example",
        "country": "RS",
    },
]
