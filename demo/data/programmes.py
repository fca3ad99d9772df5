"""Demo mobility and exchange programmes.

Dates are day offsets relative to the day the demo is loaded:
  open:          gothenburg-maker-residency, belgrade-malmo-exchange
  closing soon:  nis-service-design-workshop
  upcoming:      bridge-mentorship, petrovaradin-fellowship
  closed:        stockholm-studio-fellowship (running now),
                 crafts-futures-residency, circular-city-exchange (already run)
"""

from __future__ import annotations

PROGRAMMES = [
    # --------------------------------------------------------------- OPEN
    {
        "slug": "gothenburg-maker-residency",
        "disciplines": ["furniture", "product-design"],
        "title": {
            "en": "Maker Residency in Gothenburg",
            "sr": "Резиденција у отвореној радионици у Гетеборгу",
            "sv": "Makerresidens i Göteborg",
        },
        "kind": "residency",
        "summary": {
            "en": "A six-week residency at Masthugget Makerspace for two designers from Serbia who want to prototype a product, a piece of furniture or a tool, with access to wood, metal, textile and digital fabrication workshops.",
            "sr": "Шестонедељна резиденција у Отвореној радионици Мастхугет за двоје дизајнера из Србије који желе да направе прототип производа, комада намештаја или алата, уз приступ радионицама за дрво, метал, текстил и дигиталну израду.",
            "sv": "Ett residens på sex veckor på Masthuggets makerspace för två formgivare från Serbien som vill ta fram en prototyp av en produkt, en möbel eller ett verktyg, med tillgång till verkstäder för trä, metall, textil och digital tillverkning.",
        },
        "host": "masthugget-makerspace",
        "partners": ["kulturbron-foundation", "kapija-cultural-centre"],
        "locations": [
            {"city": {"en": "Gothenburg", "sr": "Гетеборг", "sv": "Göteborg"}, "country": "SE"},
        ],
        "time_zone": "Europe/Stockholm",
        "application_opens_days": -21,
        "deadline_days": 38,
        "deadline_time": "23:59",
        "starts_days": 130,
        "ends_days": 171,
        "eligibility": {
            "en": [
                "Designers aged 18–35 who are resident in Serbia.",
                "Working in product, furniture, textile or interaction design, or in a related craft.",
                "At least one completed project you can show, either from your studies or from professional work.",
                "Able to work in English; no Swedish is required.",
            ],
            "sr": [
                "Дизајнери од 18 до 35 година са пребивалиштем у Србији.",
                "Рад у области дизајна производа, намештаја, текстила или интеракције, или у сродном занату.",
                "Најмање један завршен пројекат који можете да покажете, са студија или из професионалне праксе.",
                "Добро знање енглеског језика; шведски није потребан.",
            ],
            "sv": [
                "Formgivare mellan 18 och 35 år som är bosatta i Serbien.",
                "Verksam inom produkt-, möbel-, textil- eller interaktionsdesign, eller inom ett närliggande hantverk.",
                "Minst ett avslutat projekt som du kan visa, antingen från studierna eller från yrkeslivet.",
                "Du kan arbeta på engelska; svenska krävs inte.",
            ],
        },
        "funding": {
            "en": [
                "A stipend of SEK 24,000 for the six weeks, paid in two instalments.",
                "Return travel to Gothenburg and a furnished room in shared accommodation ten minutes' walk from the makerspace.",
                "Up to SEK 8,000 for materials, plus free use of all workshops and machines after a safety induction.",
            ],
            "sr": [
                "Стипендија од 24.000 шведских круна за шест недеља, исплаћена у две рате.",
                "Повратно путовање до Гетеборга и намештена соба у заједничком смештају, десет минута хода од радионице.",
                "До 8.000 круна за материјал, уз бесплатно коришћење свих радионица и машина након обуке о безбедности.",
            ],
            "sv": [
                "Ett stipendium på 24 000 kronor för de sex veckorna, utbetalat i två delar.",
                "Resa till och från Göteborg samt ett möblerat rum i delat boende tio minuters promenad från verkstaden.",
                "Upp till 8 000 kronor för material, och fri tillgång till alla verkstäder och maskiner efter en säkerhetsgenomgång.",
            ],
        },
        "how_to_apply": {
            "en": [
                "Fill in the online form with a short description of your project idea (max. 500 words) and what you want to make during the residency.",
                "Upload a portfolio of up to ten pages as a single PDF file.",
                "Shortlisted applicants are invited to a 20-minute video interview about two weeks after the deadline.",
            ],
            "sr": [
                "Попуните формулар на интернету са кратким описом идеје (највише 500 речи) и онога што желите да направите током резиденције.",
                "Приложите портфолио од највише десет страна као један ПДФ документ.",
                "Кандидати из ужег избора биће позвани на видео-разговор од двадесет минута, око две недеље после рока.",
            ],
            "sv": [
                "Fyll i formuläret på nätet med en kort beskrivning av din projektidé (högst 500 ord) och vad du vill göra under residenset.",
                "Ladda upp en portfolio på högst tio sidor som en enda pdf-fil.",
                "De sökande som går vidare bjuds in till en videointervju på 20 minuter ungefär två veckor efter sista ansökningsdag.",
            ],
        },
        "apply_url": "https://apply.masthugget-makerspace.example/maker-residency",
        "participants": [],
        "featured": True,
    },
    {
        "slug": "belgrade-malmo-exchange",
        "disciplines": ["service-design", "architecture-urbanism"],
        "title": {
            "en": "Belgrade–Malmö Social Design Exchange",
            "sr": "Размена друштвеног дизајна Београд–Малме",
            "sv": "Utbyte i social design Belgrad–Malmö",
        },
        "kind": "exchange",
        "summary": {
            "en": "Three designers from Belgrade and three from Malmö swap cities for four weeks, each working inside a host organisation on a real neighbourhood challenge, before meeting for a joint presentation week.",
            "sr": "Троје дизајнера из Београда и троје из Малмеа мењају градове на четири недеље и раде у организацији домаћину на стварном изазову из кварта, а затим се састају на заједничкој недељи презентација.",
            "sv": "Tre formgivare från Belgrad och tre från Malmö byter stad i fyra veckor och arbetar i en värdorganisation med en verklig utmaning i ett bostadsområde, innan de ses under en gemensam presentationsvecka.",
        },
        "host": "kapija-cultural-centre",
        "partners": ["sofielund-social-lab", "kulturbron-foundation"],
        "locations": [
            {"city": {"en": "Belgrade", "sr": "Београд", "sv": "Belgrad"}, "country": "RS"},
            {"city": {"en": "Malmö", "sr": "Малме", "sv": "Malmö"}, "country": "SE"},
        ],
        "time_zone": "Europe/Belgrade",
        "application_opens_days": -14,
        "deadline_days": 24,
        "deadline_time": "23:59",
        "starts_days": 75,
        "ends_days": 110,
        "eligibility": {
            "en": [
                "Designers and social innovators aged 20–35 living in Belgrade or in the Malmö region.",
                "Experience of at least one project carried out with a community, an association or a public institution.",
                "Good working English; some knowledge of the host city's language is an advantage, not a requirement.",
                "Available for the full five weeks, including the joint presentation week.",
            ],
            "sr": [
                "Дизајнери и друштвени иноватори од 20 до 35 година који живе у Београду или у области Малмеа.",
                "Искуство у најмање једном пројекту спроведеном са локалном заједницом, удружењем или јавном установом.",
                "Добро радно знање енглеског; познавање језика града домаћина је предност, али није услов.",
                "Расположивост током целих пет недеља, укључујући заједничку недељу презентација.",
            ],
            "sv": [
                "Formgivare och sociala innovatörer mellan 20 och 35 år som bor i Belgrad eller i Malmöregionen.",
                "Erfarenhet av minst ett projekt som genomförts tillsammans med en lokal grupp, en förening eller en offentlig verksamhet.",
                "God arbetsengelska; kunskaper i värdstadens språk är meriterande men inget krav.",
                "Möjlighet att delta under alla fem veckorna, inklusive den gemensamma presentationsveckan.",
            ],
        },
        "funding": {
            "en": [
                "A stipend of EUR 1,200 per month, or the equivalent in SEK.",
                "Return travel by train or plane and a private room in shared accommodation.",
                "A project budget of EUR 500 per participant for materials and workshops with residents.",
            ],
            "sr": [
                "Месечна стипендија од 1.200 евра или одговарајући износ у шведским крунама.",
                "Повратно путовање возом или авионом и засебна соба у заједничком смештају.",
                "Буџет од 500 евра по учеснику за материјал и радионице са становницима.",
            ],
            "sv": [
                "Ett stipendium på 1 200 euro per månad, eller motsvarande belopp i kronor.",
                "Resa tur och retur med tåg eller flyg samt ett eget rum i delat boende.",
                "En projektbudget på 500 euro per deltagare för material och workshoppar med boende.",
            ],
        },
        "how_to_apply": {
            "en": [
                "Submit the online form with a motivation letter (max. 400 words) describing a neighbourhood issue you care about.",
                "Attach a CV and a portfolio or project description of up to eight pages.",
                "Interviews take place online in the week after the deadline, and all applicants hear from us within a month.",
            ],
            "sr": [
                "Пошаљите формулар са мотивационим писмом (највише 400 речи) у коме описујете проблем из свог кварта који вам је важан.",
                "Приложите биографију и портфолио или опис пројекта од највише осам страна.",
                "Разговори се обављају преко интернета недељу дана након рока, а сви кандидати добијају одговор у року од месец дана.",
            ],
            "sv": [
                "Skicka in formuläret med ett personligt brev (högst 400 ord) där du beskriver en fråga i ditt bostadsområde som du brinner för.",
                "Bifoga ett cv och en portfolio eller projektbeskrivning på högst åtta sidor.",
                "Intervjuerna hålls på nätet veckan efter sista ansökningsdag, och alla sökande får besked inom en månad.",
            ],
        },
        "apply_url": "https://apply.kapija-cultural-centre.example/belgrade-malmo-exchange",
        "participants": [],
        "featured": True,
    },
    # ------------------------------------------------------- CLOSING SOON
    {
        "slug": "nis-service-design-workshop",
        "disciplines": ["service-design"],
        "title": {
            "en": "Service Design for Municipalities: a Three-Day Workshop in Niš",
            "sr": "Дизајн услуга за општине: тродневна радионица у Нишу",
            "sv": "Tjänstedesign för kommuner: en tredagarsworkshop i Niš",
        },
        "kind": "workshop",
        "summary": {
            "en": "An intensive three-day workshop in which young designers and municipal staff from southern Serbia learn service design methods by redesigning one real municipal service together.",
            "sr": "Интензивна тродневна радионица на којој млади дизајнери и запослени у општинама југа Србије уче методе дизајна услуга тако што заједно редизајнирају једну стварну општинску услугу.",
            "sv": "En intensiv workshop på tre dagar där unga formgivare och kommunanställda från södra Serbien lär sig tjänstedesignens metoder genom att tillsammans göra om en verklig kommunal tjänst.",
        },
        "host": "nisava-youth-initiative",
        "partners": ["sofielund-social-lab"],
        "locations": [
            {"city": {"en": "Niš", "sr": "Ниш", "sv": "Niš"}, "country": "RS"},
        ],
        "time_zone": "Europe/Belgrade",
        "application_opens_days": -30,
        "deadline_days": 4,
        "deadline_time": "17:00",
        "starts_days": 25,
        "ends_days": 27,
        "eligibility": {
            "en": [
                "Young designers, students and social innovators aged 18–30 from anywhere in Serbia.",
                "Employees of municipalities and public utility companies in southern Serbia, with no age limit.",
                "No previous experience of service design is needed; curiosity and a willingness to work in mixed teams are.",
                "There are 24 places: 16 for young participants and 8 for municipal staff.",
            ],
            "sr": [
                "Млади дизајнери, студенти и друштвени иноватори од 18 до 30 година из целе Србије.",
                "Запослени у општинама и јавним комуналним предузећима са југа Србије, без старосне границе.",
                "Претходно искуство у дизајну услуга није потребно, али јесу радозналост и спремност на рад у мешовитим тимовима.",
                "Укупно има 24 места: 16 за младе учеснике и 8 за запослене у општинама.",
            ],
            "sv": [
                "Unga formgivare, studenter och sociala innovatörer mellan 18 och 30 år från hela Serbien.",
                "Anställda i kommuner och kommunala bolag i södra Serbien, utan åldersgräns.",
                "Tidigare erfarenhet av tjänstedesign behövs inte, men nyfikenhet och vilja att arbeta i blandade grupper gör det.",
                "Det finns 24 platser: 16 för unga deltagare och 8 för kommunanställda.",
            ],
        },
        "funding": {
            "en": [
                "Participation is free of charge.",
                "Travel costs within Serbia are reimbursed up to RSD 6,000 against receipts.",
                "Participants from outside Niš get two nights' accommodation; lunch and coffee breaks are provided for everyone on all three days.",
            ],
            "sr": [
                "Учешће је бесплатно.",
                "Путни трошкови унутар Србије надокнађују се до 6.000 динара, уз приложене рачуне.",
                "Учесницима који не живе у Нишу обезбеђена су два ноћења, а ручак и паузе за кафу обезбеђени су за све учеснике сва три дана.",
            ],
            "sv": [
                "Det är kostnadsfritt att delta.",
                "Resekostnader inom Serbien ersätts med upp till 6 000 dinarer mot kvitto.",
                "Deltagare som inte bor i Niš får boende i två nätter, och lunch och fikapauser ingår för alla under samtliga tre dagar.",
            ],
        },
        "how_to_apply": {
            "en": [
                "Fill in the short online form; it takes about ten minutes.",
                "Tell us in two or three sentences which public service in your town you would most like to improve.",
                "Applications close at 17:00 on the deadline day, and everyone receives an answer within a week.",
            ],
            "sr": [
                "Попуните кратак формулар на интернету; за то вам треба десетак минута.",
                "У две-три реченице напишите коју јавну услугу у свом граду бисте највише волели да унапредите.",
                "Пријаве се затварају у 17 часова на дан рока, а сви кандидати добијају одговор у року од недељу дана.",
            ],
            "sv": [
                "Fyll i det korta formuläret på nätet; det tar ungefär tio minuter.",
                "Berätta med två eller tre meningar vilken offentlig tjänst i din stad du helst skulle vilja förbättra.",
                "Ansökan stänger klockan 17.00 sista ansökningsdagen, och alla får svar inom en vecka.",
            ],
        },
        "apply_url": "https://apply.nisava-youth-initiative.example/service-design-workshop",
        "participants": [],
        "featured": True,
    },
    # ----------------------------------------------------------- UPCOMING
    {
        "slug": "bridge-mentorship",
        "disciplines": ["graphic-design", "interaction-design", "illustration"],
        "title": {
            "en": "Bridge Mentorship for Young Designers",
            "sr": "Менторски програм „Мост“ за младе дизајнере",
            "sv": "Mentorprogrammet Bron för unga formgivare",
        },
        "kind": "mentorship",
        "summary": {
            "en": "A six-month programme that pairs ten early-career designers from Serbia and Sweden with experienced mentors from the other country, with monthly online meetings and one study visit.",
            "sr": "Шестомесечни програм који десеторо дизајнера на почетку каријере из Србије и Шведске повезује са искусним менторима из друге земље, уз месечне састанке преко интернета и једну студијску посету.",
            "sv": "Ett halvårslångt program som parar ihop tio formgivare i början av karriären från Serbien och Sverige med erfarna mentorer från det andra landet, med månatliga möten på nätet och ett studiebesök.",
        },
        "host": "kulturbron-foundation",
        "partners": ["kapija-cultural-centre", "norrstrom-school-of-design"],
        "locations": [
            {"city": {"en": "Stockholm", "sr": "Стокхолм", "sv": "Stockholm"}, "country": "SE"},
            {"city": {"en": "Belgrade", "sr": "Београд", "sv": "Belgrad"}, "country": "RS"},
        ],
        "time_zone": "Europe/Stockholm",
        "application_opens_days": 15,
        "deadline_days": 60,
        "deadline_time": "12:00",
        "starts_days": 100,
        "ends_days": 282,
        "eligibility": {
            "en": [
                "Designers aged 18–32 in the first five years of their professional practice.",
                "Resident in Serbia or Sweden; citizenship does not matter.",
                "Any design discipline, including social and service design.",
                "Able to commit around six hours a month for six months.",
            ],
            "sr": [
                "Дизајнери од 18 до 32 године у првих пет година професионалне праксе.",
                "Пребивалиште у Србији или Шведској; држављанство није важно.",
                "Све дизајнерске дисциплине, укључујући друштвени дизајн и дизајн услуга.",
                "Спремност да се програму посвети око шест сати месечно током шест месеци.",
            ],
            "sv": [
                "Formgivare mellan 18 och 32 år som är inne på sina första fem år i yrket.",
                "Bosatt i Serbien eller Sverige; medborgarskap spelar ingen roll.",
                "Alla designområden, även social design och tjänstedesign.",
                "Möjlighet att lägga ungefär sex timmar i månaden under sex månader.",
            ],
        },
        "funding": {
            "en": [
                "Mentoring is free for mentees; mentors are paid a fee by the foundation.",
                "One study visit of four to five days to the mentor's city, with travel and accommodation covered.",
                "A small budget of SEK 3,000 per mentee for books, software or materials.",
            ],
            "sr": [
                "Менторство је бесплатно за полазнике, а менторима хонорар исплаћује фондација.",
                "Једна студијска посета граду ментора у трајању од четири до пет дана, са плаћеним путем и смештајем.",
                "Мали буџет од 3.000 шведских круна по полазнику за књиге, софтвер или материјал.",
            ],
            "sv": [
                "Mentorskapet är kostnadsfritt för adepterna; mentorerna får arvode från stiftelsen.",
                "Ett studiebesök på fyra till fem dagar i mentorns stad, med resa och boende betalda.",
                "En mindre budget på 3 000 kronor per adept för böcker, programvara eller material.",
            ],
        },
        "how_to_apply": {
            "en": [
                "Applications open on the date shown above, through the foundation's online form.",
                "Describe what you hope to learn and what kind of mentor would help you most (max. 300 words).",
                "Add three examples of your work with a short note on your role in each.",
            ],
            "sr": [
                "Пријаве почињу на датум наведен изнад, преко формулара на сајту фондације.",
                "Опишите шта желите да научите и какав би вам ментор највише помогао (највише 300 речи).",
                "Додајте три примера својих радова са кратком напоменом о вашој улози у сваком од њих.",
            ],
            "sv": [
                "Ansökan öppnar det datum som anges ovan, via stiftelsens formulär på nätet.",
                "Beskriv vad du hoppas lära dig och vilken sorts mentor som skulle hjälpa dig mest (högst 300 ord).",
                "Lägg till tre exempel på dina arbeten med en kort kommentar om din roll i vart och ett.",
            ],
        },
        "apply_url": "https://apply.kulturbron-foundation.example/bridge-mentorship",
        "participants": [],
        "featured": False,
    },
    {
        "slug": "petrovaradin-fellowship",
        "disciplines": ["graphic-design", "product-design"],
        "title": {
            "en": "Petrovaradin Design Week Fellowship",
            "sr": "Стипендија Петроварадинске недеље дизајна",
            "sv": "Stipendieprogrammet vid Petrovaradins designvecka",
        },
        "kind": "fellowship",
        "summary": {
            "en": "Three fellows spend three months preparing an exhibition for the next Petrovaradin Design Week in Novi Sad, with a studio in the fortress, curatorial guidance and a production budget.",
            "sr": "Троје стипендиста током три месеца припрема изложбу за наредну Петроварадинску недељу дизајна у Новом Саду, уз атеље у тврђави, кустоско вођство и буџет за продукцију.",
            "sv": "Tre stipendiater ägnar tre månader åt att förbereda en utställning till nästa designvecka i Petrovaradin i Novi Sad, med ateljé i fästningen, stöd från en kurator och en produktionsbudget.",
        },
        "host": "petrovaradin-design-week",
        "partners": ["norrstrom-school-of-design"],
        "locations": [
            {"city": {"en": "Novi Sad", "sr": "Нови Сад", "sv": "Novi Sad"}, "country": "RS"},
        ],
        "time_zone": "Europe/Belgrade",
        "application_opens_days": 30,
        "deadline_days": 75,
        "deadline_time": "23:59",
        "starts_days": 130,
        "ends_days": 221,
        "eligibility": {
            "en": [
                "Designers aged 21–35 from Serbia, Sweden or another country of the Western Balkans or the Nordic region.",
                "A clear exhibition proposal that can be realised within three months.",
                "At least one place is reserved for a designer working on social or community-based projects.",
            ],
            "sr": [
                "Дизајнери од 21 до 35 година из Србије, Шведске или неке друге земље Западног Балкана или нордијског региона.",
                "Јасан предлог изложбе који може да се оствари у року од три месеца.",
                "Најмање једно место резервисано је за дизајнера који ради на друштвеним пројектима или пројектима са локалном заједницом.",
            ],
            "sv": [
                "Formgivare mellan 21 och 35 år från Serbien, Sverige eller ett annat land på västra Balkan eller i Norden.",
                "Ett tydligt utställningsförslag som går att genomföra inom tre månader.",
                "Minst en plats är reserverad för en formgivare som arbetar med sociala eller lokalt förankrade projekt.",
            ],
        },
        "funding": {
            "en": [
                "A monthly fellowship of EUR 1,000 for three months.",
                "A shared studio in Petrovaradin Fortress, and accommodation in Novi Sad for fellows from other cities.",
                "A production budget of up to EUR 2,500 per exhibition.",
            ],
            "sr": [
                "Месечна стипендија од 1.000 евра током три месеца.",
                "Заједнички атеље у Петроварадинској тврђави и смештај у Новом Саду за стипендисте из других градова.",
                "Буџет за продукцију до 2.500 евра по изложби.",
            ],
            "sv": [
                "Ett stipendium på 1 000 euro i månaden under tre månader.",
                "En delad ateljé i Petrovaradins fästning och boende i Novi Sad för stipendiater från andra städer.",
                "En produktionsbudget på upp till 2 500 euro per utställning.",
            ],
        },
        "how_to_apply": {
            "en": [
                "Send a proposal of up to two pages describing the exhibition, its audience and how it will be produced.",
                "Attach a portfolio and a rough budget.",
                "A jury of three, including one designer from Sweden, selects the fellows, and the results are published on this site.",
            ],
            "sr": [
                "Пошаљите предлог од највише две стране у коме описујете изложбу, њену публику и начин на који ће бити реализована.",
                "Приложите портфолио и оквирни буџет.",
                "Стипендисте бира трочлани жири, у коме је и један дизајнер из Шведске, а резултати се објављују на овом сајту.",
            ],
            "sv": [
                "Skicka ett förslag på högst två sidor som beskriver utställningen, dess publik och hur den ska produceras.",
                "Bifoga en portfolio och en ungefärlig budget.",
                "En jury på tre personer, varav en formgivare från Sverige, väljer ut stipendiaterna, och resultatet publiceras på den här webbplatsen.",
            ],
        },
        "apply_url": "https://apply.petrovaradin-design-week.example/fellowship",
        "participants": [],
        "featured": False,
    },
    # ------------------------------------------------------------- CLOSED
    {
        "slug": "stockholm-studio-fellowship",
        "disciplines": ["textile-fashion", "ceramics", "photography"],
        "title": {
            "en": "Norrström Studio Fellowship",
            "sr": "Стипендија за рад у атељеу Норстрем",
            "sv": "Norrströms ateljéstipendium",
        },
        "kind": "fellowship",
        "summary": {
            "en": "A six-month studio fellowship at Norrström School of Design in Stockholm for two designers from Serbia, combining independent work with teaching a short course for students.",
            "sr": "Шестомесечна стипендија за рад у атељеу Високе школе за дизајн Норстрем у Стокхолму за двоје дизајнера из Србије, која спаја самосталан рад и вођење кратког курса за студенте.",
            "sv": "Ett ateljéstipendium på sex månader vid Norrströms designhögskola i Stockholm för två formgivare från Serbien, som kombinerar eget arbete med att hålla en kortare kurs för studenterna.",
        },
        "host": "norrstrom-school-of-design",
        "partners": ["kulturbron-foundation", "kapija-cultural-centre"],
        "locations": [
            {"city": {"en": "Stockholm", "sr": "Стокхолм", "sv": "Stockholm"}, "country": "SE"},
        ],
        "time_zone": "Europe/Stockholm",
        "application_opens_days": -120,
        "deadline_days": -62,
        "deadline_time": "12:00",
        "starts_days": -12,
        "ends_days": 170,
        "eligibility": {
            "en": [
                "Designers aged 25–35 resident in Serbia, with at least three years of professional practice.",
                "Some teaching experience, for example workshops or guest lectures.",
                "Good command of English, which is the teaching language of the course.",
            ],
            "sr": [
                "Дизајнери од 25 до 35 година са пребивалиштем у Србији и најмање три године професионалне праксе.",
                "Извесно искуство у подучавању, на пример кроз радионице или гостујућа предавања.",
                "Добро знање енглеског, на коме се курс држи.",
            ],
            "sv": [
                "Formgivare mellan 25 och 35 år bosatta i Serbien, med minst tre års yrkeserfarenhet.",
                "Viss undervisningserfarenhet, till exempel workshoppar eller gästföreläsningar.",
                "Goda kunskaper i engelska, som är kursens undervisningsspråk.",
            ],
        },
        "funding": {
            "en": [
                "A stipend of SEK 18,000 per month.",
                "A studio at the school, a furnished flat in Stockholm and return travel.",
            ],
            "sr": [
                "Месечна стипендија од 18.000 шведских круна.",
                "Атеље у школи, намештен стан у Стокхолму и повратно путовање.",
            ],
            "sv": [
                "Ett stipendium på 18 000 kronor i månaden.",
                "En ateljé på skolan, en möblerad lägenhet i Stockholm samt resa tur och retur.",
            ],
        },
        "how_to_apply": {
            "en": [
                "This call is closed, and the current fellows have begun their stay in Stockholm.",
                "The next call is expected to open next autumn.",
            ],
            "sr": [
                "Конкурс је затворен, а овогодишњи стипендисти већ су започели боравак у Стокхолму.",
                "Следећи конкурс очекује се наредне јесени.",
            ],
            "sv": [
                "Ansökan är stängd, och årets stipendiater har redan påbörjat sin vistelse i Stockholm.",
                "Nästa utlysning väntas öppna nästa höst.",
            ],
        },
        "apply_url": "",
        "participants": [],
        "featured": False,
    },
    {
        "slug": "crafts-futures-residency",
        "disciplines": ["ceramics", "textile-fashion", "furniture"],
        "title": {
            "en": "Crafts Futures Residency",
            "sr": "Резиденција „Будућност заната“",
            "sv": "Residenset Hantverkets framtid",
        },
        "kind": "residency",
        "summary": {
            "en": "A five-week residency in western Serbia where designers from both countries worked side by side with the knitters and potters of Preplet Crafts Cooperative on new products rooted in local craft.",
            "sr": "Петонедељна резиденција у западној Србији на којој су дизајнери из обе земље радили раме уз раме са плетиљама и грнчарима Занатске задруге Преплет на новим производима укорењеним у локалном занату.",
            "sv": "Ett residens på fem veckor i västra Serbien där formgivare från båda länderna arbetade sida vid sida med stickerskorna och krukmakarna i Hantverkskooperativet Preplet på nya produkter med rötter i det lokala hantverket.",
        },
        "host": "preplet-crafts-cooperative",
        "partners": ["kulturbron-foundation", "kapija-cultural-centre"],
        "locations": [
            {"city": {"en": "Užice", "sr": "Ужице", "sv": "Užice"}, "country": "RS"},
        ],
        "time_zone": "Europe/Belgrade",
        "application_opens_days": -400,
        "deadline_days": -345,
        "deadline_time": "23:59",
        "starts_days": -300,
        "ends_days": -266,
        "eligibility": {
            "en": [
                "Designers aged 18–35 resident in Serbia or Sweden.",
                "Working in textiles, ceramics, furniture, product design or photography.",
                "A genuine interest in long-term collaboration with craftspeople, not only in a short visit.",
            ],
            "sr": [
                "Дизајнери од 18 до 35 година са пребивалиштем у Србији или Шведској.",
                "Рад у области текстила, керамике, намештаја, дизајна производа или фотографије.",
                "Искрено интересовање за дугорочну сарадњу са занатлијама, а не само за кратку посету.",
            ],
            "sv": [
                "Formgivare mellan 18 och 35 år bosatta i Serbien eller Sverige.",
                "Verksam inom textil, keramik, möbler, produktdesign eller fotografi.",
                "Ett verkligt intresse för långsiktigt samarbete med hantverkare, inte bara för ett kort besök.",
            ],
        },
        "funding": {
            "en": [
                "A stipend of EUR 1,500 for the five weeks.",
                "Travel, accommodation in the cooperative's guest house and all meals.",
                "Materials and kiln firings were paid for by the cooperative.",
            ],
            "sr": [
                "Стипендија од 1.500 евра за пет недеља.",
                "Путни трошкови, смештај у гостинској кући задруге и сви оброци.",
                "Трошкове материјала и печења у пећи сносила је задруга.",
            ],
            "sv": [
                "Ett stipendium på 1 500 euro för de fem veckorna.",
                "Resor, boende i kooperativets gästhus och alla måltider.",
                "Material och bränningar i ugnen bekostades av kooperativet.",
            ],
        },
        "how_to_apply": {
            "en": [
                "This call is closed. Four designers took part in the residency, and their projects are presented on this site.",
                "A new round is being planned; subscribe to the Kapija Cultural Centre newsletter to be notified when it opens.",
            ],
            "sr": [
                "Конкурс је затворен. У резиденцији је учествовало четворо дизајнера, а њихови пројекти представљени су на овом сајту.",
                "Нови круг је у припреми; пријавите се на билтен Културног центра Капија да бисте сазнали када почиње.",
            ],
            "sv": [
                "Ansökan är stängd. Fyra formgivare deltog i residenset, och deras projekt presenteras på den här webbplatsen.",
                "En ny omgång planeras; prenumerera på Kulturcentret Kapijas nyhetsbrev för att få veta när den öppnar.",
            ],
        },
        "apply_url": "",
        "participants": ["astrid-lindqvist", "maja-forsberg", "ana-colic", "oskar-sjoberg"],
        "featured": False,
    },
    {
        "slug": "circular-city-exchange",
        "disciplines": ["product-design", "service-design", "furniture"],
        "title": {
            "en": "Circular City Exchange: Novi Sad – Malmö",
            "sr": "Размена „Циркуларни град“: Нови Сад – Малме",
            "sv": "Utbytet Cirkulär stad: Novi Sad – Malmö",
        },
        "kind": "exchange",
        "summary": {
            "en": "A two-month exchange in which designers from Novi Sad and Malmö worked on repair, reuse and local material flows in both cities, hosted by Sofielund Social Innovation Lab and Petrovaradin Design Week.",
            "sr": "Двомесечна размена у којој су дизајнери из Новог Сада и Малмеа у оба града радили на поправци, поновној употреби и локалним токовима материјала, уз подршку Лабораторије за друштвене иновације Софилунд и Петроварадинске недеље дизајна.",
            "sv": "Ett utbyte på två månader där formgivare från Novi Sad och Malmö arbetade med reparation, återbruk och lokala materialflöden i båda städerna, med Sofielunds labb för social innovation och Petrovaradins designvecka som värdar.",
        },
        "host": "sofielund-social-lab",
        "partners": ["petrovaradin-design-week", "kulturbron-foundation"],
        "locations": [
            {"city": {"en": "Malmö", "sr": "Малме", "sv": "Malmö"}, "country": "SE"},
            {"city": {"en": "Novi Sad", "sr": "Нови Сад", "sv": "Novi Sad"}, "country": "RS"},
        ],
        "time_zone": "Europe/Stockholm",
        "application_opens_days": -560,
        "deadline_days": -505,
        "deadline_time": "23:59",
        "starts_days": -450,
        "ends_days": -390,
        "eligibility": {
            "en": [
                "Designers aged 20–35 living in Novi Sad or Malmö.",
                "Experience in product, service or interaction design.",
                "A commitment to share results openly under a Creative Commons licence.",
            ],
            "sr": [
                "Дизајнери од 20 до 35 година који живе у Новом Саду или Малмеу.",
                "Искуство у дизајну производа, услуга или интеракције.",
                "Спремност да се резултати отворено поделе под лиценцом Криејтив комонс.",
            ],
            "sv": [
                "Formgivare mellan 20 och 35 år som bor i Novi Sad eller Malmö.",
                "Erfarenhet av produkt-, tjänste- eller interaktionsdesign.",
                "Beredskap att dela resultaten öppet under en Creative Commons-licens.",
            ],
        },
        "funding": {
            "en": [
                "A monthly stipend of EUR 1,300 or SEK 15,000.",
                "Travel between the two cities and accommodation for the whole stay.",
                "A shared prototyping budget of EUR 6,000 for the whole group.",
            ],
            "sr": [
                "Месечна стипендија од 1.300 евра или 15.000 шведских круна.",
                "Путовање између два града и смештај током целог боравка.",
                "Заједнички буџет од 6.000 евра за израду прототипова за целу групу.",
            ],
            "sv": [
                "Ett stipendium på 1 300 euro eller 15 000 kronor i månaden.",
                "Resor mellan de två städerna och boende under hela vistelsen.",
                "En gemensam budget på 6 000 euro för prototyper till hela gruppen.",
            ],
        },
        "how_to_apply": {
            "en": [
                "This call is closed. The exchange resulted in four projects, which are presented on this site.",
                "Sofielund Social Innovation Lab plans to repeat the exchange with a new partner city.",
            ],
            "sr": [
                "Конкурс је затворен. Из размене су проистекла четири пројекта, представљена на овом сајту.",
                "Лабораторија за друштвене иновације Софилунд планира да понови размену са новим партнерским градом.",
            ],
            "sv": [
                "Ansökan är stängd. Utbytet resulterade i fyra projekt, som presenteras på den här webbplatsen.",
                "Sofielunds labb för social innovation planerar att upprepa utbytet med en ny partnerstad.",
            ],
        },
        "apply_url": "",
        "participants": ["nikola-djordjevic", "linnea-aberg", "stefan-scepanovic", "amir-haddad"],
        "featured": True,
    },
]
