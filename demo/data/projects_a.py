"""Demo projects, part A: eight projects from Serbia and Sweden. All people are fictional."""

from __future__ import annotations

PROJECTS = [
    # ------------------------------------------------------------ 1 Futoška
    {
        "slug": "futoska-market-stalls",
        "title": {
            "en": "Modular Stalls for Futoška Market",
            "sr": "Модуларне тезге за Футошку пијацу",
            "sv": "Modulära marknadsstånd för Futoška-torget",
        },
        "summary": {
            "en": "A system of repairable market stalls designed with the vendors of Futoška Market in Novi Sad: every part can be replaced with a spanner, and the worktops are cut from reclaimed oak.",
            "sr": "Систем тезги лаких за поправку, осмишљен заједно са продавцима Футошке пијаце у Новом Саду: сваки део може да се замени уз помоћ кључа, а радне плоче исечене су од поново искоришћене храстовине.",
            "sv": "Ett system av reparerbara marknadsstånd som formgivits tillsammans med försäljarna på Futoška-torget i Novi Sad: varje del kan bytas med en skiftnyckel, och bänkskivorna är sågade av återvunnen ek.",
        },
        "year": 2025,
        "city": {"en": "Novi Sad", "sr": "Нови Сад", "sv": "Novi Sad"},
        "country": "RS",
        "disciplines": ["furniture", "product-design"],
        "themes": ["urban-revitalisation", "circular-economy"],
        "team": [
            {
                "designer": "nikola-djordjevic",
                "role": {
                    "en": "Lead designer and maker",
                    "sr": "Главни дизајнер и израда",
                    "sv": "Huvudformgivare och tillverkning",
                },
            },
            {
                "designer": "linnea-aberg",
                "role": {
                    "en": "User research with vendors",
                    "sr": "Истраживање са продавцима",
                    "sv": "Användarstudier med försäljarna",
                },
            },
        ],
        "partners": ["petrovaradin-design-week", "sofielund-social-lab"],
        "programme": "circular-city-exchange",
        "cover_alt": {
            "en": "Abstract composition of interlocking ochre and green rectangles arranged like a row of market stalls under a striped awning",
            "sr": "Апстрактна композиција од уклопљених окер и зелених правоугаоника поређаних као низ пијачних тезги под пругастом надстрешницом",
            "sv": "Abstrakt komposition av sammanfogade ockragula och gröna rektanglar, ordnade som en rad marknadsstånd under en randig markis",
        },
        "featured": True,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Futoška Market is one of the busiest green markets in Novi Sad, but many of its stalls were decades old: rusted frames, warped plywood and improvised tarpaulins held down with bricks. When a stall broke, vendors either patched it with wire or paid for a new one that failed just as quickly. Nikola Đorđević spent the first weeks of the project simply standing behind the counters, helping to set up at five in the morning and noting what gave way first: hinges, table legs and the joints of the awnings.",
                    "sr": "Футошка пијаца једна је од најпрометнијих зелених пијаца у Новом Саду, али многе њене тезге биле су старе више деценија: зарђали рамови, искривљена шперплоча и импровизоване цераде притиснуте циглама. Када би се тезга покварила, продавци су је крпили жицом или плаћали нову, која би се подједнако брзо распала. Никола Ђорђевић провео је прве недеље пројекта једноставно стојећи иза тезги, помажући продавцима да у пет ујутру поставе робу и бележећи шта прво попушта: шарке, ноге столова и спојеви надстрешница.",
                    "sv": "Futoška-torget är en av de livligaste grönsaksmarknaderna i Novi Sad, men många av stånden var flera decennier gamla: rostiga ramar, skev plywood och provisoriska presenningar som hölls på plats med tegelstenar. När ett stånd gick sönder lagade försäljarna det med ståltråd eller betalade för ett nytt som gick sönder lika snabbt. Nikola Đorđević tillbringade projektets första veckor med att helt enkelt stå bakom diskarna, hjälpa till att ställa upp klockan fem på morgonen och anteckna vad som gav vika först: gångjärnen, bordsbenen och markisernas fästen.",
                },
            },
            {
                "type": "image",
                "alt": {
                    "en": "Exploded drawing of a market stall showing the steel frame, oak worktop, shelves and awning as separate parts",
                    "sr": "Растављени цртеж пијачне тезге на коме се челични рам, храстова радна плоча, полице и надстрешница виде као засебни делови",
                    "sv": "Sprängskiss av ett marknadsstånd där stålramen, ekskivan, hyllorna och markisen visas som separata delar",
                },
                "caption": {
                    "en": "The stall as a kit of parts: twelve components, one size of bolt.",
                    "sr": "Тезга као комплет делова: дванаест елемената, једна величина завртња.",
                    "sv": "Ståndet som en byggsats: tolv delar, en enda bultstorlek.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "The resulting system uses one steel frame in two widths, with worktops, shelves, crates and an awning that clip on in different combinations. Everything is held together with standard M10 bolts, so a vendor can replace a broken part with a single spanner, and spares are kept in a shared locker at the market. The worktops are cut from reclaimed oak taken from the floors of decommissioned freight wagons and old school desks. Linnéa Åberg, visiting from Malmö during the Circular City Exchange, led the interviews with vendors that decided the final dimensions.",
                    "sr": "Систем који је настао заснива се на једном челичном раму у две ширине, на који се у различитим комбинацијама причвршћују радне плоче, полице, гајбе и надстрешница. Све је спојено стандардним завртњима М10, тако да продавац може једним кључем да замени покварени део, а резервни делови чувају се у заједничком ормарићу на пијаци. Радне плоче исечене су од поново искоришћене храстовине са подова расходованих теретних вагона и старих школских клупа. Линеа Оберг, која је током размене „Циркуларни град“ дошла из Малмеа, водила је разговоре са продавцима на основу којих су одређене коначне мере.",
                    "sv": "Systemet bygger på en enda stålram i två bredder, där bänkskivor, hyllor, backar och en markis kan fästas i olika kombinationer. Allt hålls ihop med vanliga M10-bultar, så att en försäljare kan byta en trasig del med en enda skiftnyckel, och reservdelarna förvaras i ett gemensamt skåp på torget. Bänkskivorna är sågade av återvunnen ek från golven i uttjänta godsvagnar och gamla skolbänkar. Linnéa Åberg, som kom från Malmö under utbytet Cirkulär stad, ledde intervjuerna med försäljarna som avgjorde de slutliga måtten.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "For thirty years I fixed my stall with wire. Now my grandson changes a leg in five minutes, and the table doesn't wobble when I weigh the peppers.",
                    "sr": "Тридесет година сам своју тезгу поправљала жицом. Сада мој унук замени ногу за пет минута, а сто се не клати док мерим паприке.",
                    "sv": "I trettio år lagade jag mitt stånd med ståltråd. Nu byter mitt barnbarn ett ben på fem minuter, och bordet vickar inte när jag väger paprikorna.",
                },
                "attribution": {
                    "en": "Verica, who sells vegetables at Futoška Market",
                    "sr": "Верица, продавачица поврћа на Футошкој пијаци",
                    "sv": "Verica, som säljer grönsaker på Futoška-torget",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "The first forty stalls were installed in the spring of 2025, financed jointly by the city's market company and the vendors themselves, who pay for them in small monthly instalments. In line with the rules of the exchange, all drawings, cutting lists and assembly instructions are published under a Creative Commons licence. Two markets elsewhere in Vojvodina have already built their own versions, and Nikola now runs short workshops in which vendors learn to maintain the stalls and pass the skills on to each other.",
                    "sr": "Првих четрдесет тезги постављено је у пролеће 2025. године, а финансирали су их заједно градско предузеће за пијаце и сами продавци, који их отплаћују у малим месечним ратама. У складу с правилима размене, сви цртежи, спискови делова за сечење и упутства за монтажу објављени су под лиценцом Криејтив комонс. Две пијаце у другим местима Војводине већ су направиле сопствене верзије, а Никола сада води кратке радионице на којима продавци уче да одржавају тезге и то знање преносе једни другима.",
                    "sv": "De första fyrtio stånden monterades våren 2025 och finansierades gemensamt av stadens marknadsbolag och försäljarna själva, som betalar av dem i små månatliga delbetalningar. I enlighet med utbytets regler publiceras alla ritningar, kaplistor och monteringsanvisningar under en Creative Commons-licens. Två marknader på andra håll i Vojvodina har redan byggt egna versioner, och Nikola håller nu korta workshoppar där försäljarna lär sig att sköta stånden och för kunskapen vidare till varandra.",
                },
            },
        ],
    },
    # ------------------------------------------------------------- 2 Dvopis
    {
        "slug": "dvopis-street-signs",
        "title": {
            "en": "Dvopis: A Two-Script Typeface for Belgrade Street Signs",
            "sr": "Двопис: породица слова за уличне табле Београда",
            "sv": "Dvopis: ett typsnitt med två skrifter för Belgrads gatuskyltar",
        },
        "summary": {
            "en": "A type family drawn for Serbian Cyrillic and Latin from the first sketch, adapted for Belgrade's street-name plates so that both scripts are equally legible from across the street.",
            "sr": "Породица слова осмишљена за српску ћирилицу и латиницу од прве скице, прилагођена таблама са називима улица у Београду тако да оба писма буду подједнако читљива и са друге стране улице.",
            "sv": "En typsnittsfamilj ritad för serbisk kyrillisk och latinsk skrift från första skissen, anpassad för Belgrads gatuskyltar så att båda skrifterna är lika lättlästa från andra sidan gatan.",
        },
        "year": 2024,
        "city": {"en": "Belgrade", "sr": "Београд", "sv": "Belgrad"},
        "country": "RS",
        "disciplines": ["graphic-design"],
        "themes": ["public-space", "cultural-heritage"],
        "team": [
            {
                "designer": "njegos-cosic",
                "role": {
                    "en": "Type designer",
                    "sr": "Дизајнер слова",
                    "sv": "Typsnittsformgivare",
                },
            },
            {
                "designer": "jovana-petrovic",
                "role": {
                    "en": "Sign layout and pictograms",
                    "sr": "Прелом табли и пиктограми",
                    "sv": "Skyltlayout och piktogram",
                },
            },
        ],
        "partners": ["kapija-cultural-centre"],
        "programme": None,
        "cover_alt": {
            "en": "Abstract grid of black and white squares in which fragments of Cyrillic and Latin letterforms mirror each other across a blue diagonal",
            "sr": "Апстрактна мрежа црних и белих квадрата у којој се делови ћириличних и латиничних слова огледају једни у другима преко плаве дијагонале",
            "sv": "Abstrakt rutnät av svarta och vita kvadrater där fragment av kyrilliska och latinska bokstäver speglar varandra över en blå diagonal",
        },
        "featured": True,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Belgrade's street signs are a patchwork: enamel plates from the 1970s, printed aluminium from the 2000s and temporary stickers, with Cyrillic on top and Latin squeezed underneath in whatever font was at hand. Njegoš Ćosić had photographed them for years while working on Dvopis, a type family that treats both Serbian scripts as equals. The street-sign project began when a municipality in central Belgrade asked whether Dvopis could make its new plates easier to read for residents, visitors and people with poor eyesight.",
                    "sr": "Уличне табле у Београду прави су мозаик: емајлиране табле из седамдесетих, штампани алуминијум из двехиљадитих и привремене налепнице, са ћирилицом одозго и латиницом стиснутом испод, сложеном у ком год фонту је био при руци. Његош Ћосић годинама их је фотографисао док је радио на Двопису, породици слова у којој су оба српска писма равноправна. Пројекат уличних табли почео је када је једна општина у центру Београда питала може ли Двопис да учини нове табле читљивијим за становнике, посетиоце и људе слабијег вида.",
                    "sv": "Belgrads gatuskyltar är ett lapptäcke: emaljskyltar från 1970-talet, tryckt aluminium från 2000-talet och tillfälliga dekaler, med kyrillisk skrift överst och latinsk inklämd nedanför i det typsnitt som råkade finnas till hands. Njegoš Ćosić hade fotograferat dem i flera år medan han arbetade med Dvopis, en typsnittsfamilj där båda de serbiska skrifterna är jämbördiga. Projektet med gatuskyltarna började när en stadsdelskommun i centrala Belgrad frågade om Dvopis kunde göra de nya skyltarna lättare att läsa för invånare, besökare och personer med nedsatt syn.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "For the signs, Njegoš drew a new signage cut with wider spacing, more open counters and heavier strokes that hold up against glare and distance. The Cyrillic and Latin names share a baseline and cap height, so neither script looks like a translation of the other. Jovana Petrović developed the layout of the plates, a system of arrows and house-number ranges, and small pictograms for landmarks such as schools, churches and tram stops. Prototypes were mounted on three streets in Dorćol and tested with pupils, pensioners and tourists at different times of day.",
                    "sr": "За табле је Његош нацртао нови сигнализациони рез са ширим размацима, отворенијим унутрашњим просторима слова и јачим потезима који остају читљиви и на одблеску и из даљине. Ћирилични и латинични називи деле исту основну линију и висину верзала, тако да ниједно писмо не делује као превод оног другог. Јована Петровић осмислила је прелом табли, систем стрелица и распона кућних бројева, као и мале пиктограме за оријентире попут школа, цркава и трамвајских стајалишта. Прототипови су постављени у три улице на Дорћолу и испробани са ђацима, пензионерима и туристима у различито доба дана.",
                    "sv": "Till skyltarna ritade Njegoš en ny skyltvariant med större spärrning, öppnare innerformer och kraftigare linjer som står emot bländning och avstånd. De kyrilliska och latinska namnen delar baslinje och versalhöjd, så att ingen av skrifterna ser ut som en översättning av den andra. Jovana Petrović utformade skyltarnas layout, ett system av pilar och husnummerintervall samt små piktogram för landmärken som skolor, kyrkor och spårvagnshållplatser. Prototyperna monterades på tre gator i Dorćol och testades med elever, pensionärer och turister vid olika tider på dygnet.",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Dark blue street-name plate with the name set in Cyrillic above and Latin below, both in the same weight",
                            "sr": "Тамноплава табла са називом улице исписаним ћирилицом горе и латиницом доле, оба истом дебљином слова",
                            "sv": "Mörkblå gatuskylt med namnet satt i kyrillisk skrift överst och latinsk skrift under, båda i samma vikt",
                        },
                        "caption": {
                            "en": "Both scripts share one baseline grid and one weight.",
                            "sr": "Оба писма деле исту мрежу основних линија и исту дебљину.",
                            "sv": "Båda skrifterna delar samma baslinjenät och samma vikt.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Specimen sheet comparing the Serbian italic forms of the Cyrillic letters б, г, д, п and т with the Russian forms",
                            "sr": "Узорак слова који пореди српске курзивне облике ћириличних слова б, г, д, п и т са руским облицима",
                            "sv": "Provark som jämför de serbiska kursiva formerna av de kyrilliska bokstäverna б, г, д, п och т med de ryska formerna",
                        },
                        "caption": {
                            "en": "Dvopis includes the Serbian letterforms that most international fonts get wrong.",
                            "sr": "Двопис садржи српске облике слова које већина међународних фонтова погрешно приказује.",
                            "sv": "Dvopis har de serbiska bokstavsformer som de flesta internationella typsnitt återger fel.",
                        },
                    },
                ],
            },
            {
                "type": "quote",
                "text": {
                    "en": "A street sign is the most democratic piece of typography there is. Everyone reads it, whether they want to or not, so it should never make anyone feel that their alphabet comes second.",
                    "sr": "Улична табла је најдемократскија типографија која постоји. Сви је читају, хтели или не, па никоме не сме да поручи да је његово писмо на другом месту.",
                    "sv": "En gatuskylt är den mest demokratiska typografi som finns. Alla läser den, vare sig de vill eller inte, så den får aldrig ge någon känslan av att deras alfabet kommer i andra hand.",
                },
                "attribution": {
                    "en": "Njegoš Ćosić, type designer",
                    "sr": "Његош Ћосић, дизајнер слова",
                    "sv": "Njegoš Ćosić, typsnittsformgivare",
                },
            },
        ],
    },
    # ------------------------------------------------------- 3 Second Thread
    {
        "slug": "second-thread-nis",
        "title": {
            "en": "Second Thread: Textile Upcycling with Roma Women in Niš",
            "sr": "„Друга нит“: прерада текстила са ромским женама у Нишу",
            "sv": "Andra tråden: textil redesign med romska kvinnor i Niš",
        },
        "summary": {
            "en": "A sewing workshop in a Roma settlement on the edge of Niš where women sort donated textiles, design small collections together and sell them, with fair pay, childcare and shared authorship.",
            "sr": "Шивачка радионица у ромском насељу на ободу Ниша у којој жене сортирају донирани текстил, заједно осмишљавају мале колекције и продају их, уз праведну зараду, чување деце и заједничко ауторство.",
            "sv": "En syverkstad i ett romskt bostadsområde i utkanten av Niš där kvinnor sorterar skänkta textilier, tar fram små kollektioner tillsammans och säljer dem, med rättvis lön, barnpassning och gemensamt upphov.",
        },
        "year": 2023,
        "city": {"en": "Niš", "sr": "Ниш", "sv": "Niš"},
        "country": "RS",
        "disciplines": ["textile-fashion"],
        "themes": ["social-inclusion", "circular-economy"],
        "team": [
            {
                "designer": "ljubica-zivkovic",
                "role": {
                    "en": "Co-founder and workshop lead",
                    "sr": "Суоснивачица и водитељка радионице",
                    "sv": "Medgrundare och verkstadsledare",
                },
            },
        ],
        "partners": ["nisava-youth-initiative"],
        "programme": None,
        "cover_alt": {
            "en": "Abstract pattern of overlapping strips in indigo, rust and mustard, stitched together along a single bright red line",
            "sr": "Апстрактна шара од преклопљених трака у индиго, рђастој и сенф боји, спојених дуж једне јарко црвене линије",
            "sv": "Abstrakt mönster av överlappande remsor i indigo, rost och senapsgult, sammansydda längs en enda klarröd linje",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Second Thread began in 2021 with four borrowed sewing machines in the community room of a Roma settlement on the edge of Niš. Many of the women who came already knew how to sew, mend and alter clothes, but had never been paid for those skills outside the family. Together with Nišava Youth Initiative, Ljubica Živković set up a simple routine: two sessions a week, a hot meal, pay for every hour of work and a volunteer who looks after the children in the next room.",
                    "sr": "„Друга нит“ почела је 2021. године са четири позајмљене шиваће машине у друштвеној просторији ромског насеља на ободу Ниша. Многе жене које су долазиле већ су знале да шију, крпе и преправљају одећу, али им те вештине никада нису биле плаћене изван породице. Заједно са Омладинском иницијативом Нишава, Љубица Живковић увела је једноставан ред: два сусрета недељно, топао оброк, накнаду за сваки сат рада и волонтерку која у суседној просторији чува децу.",
                    "sv": "Andra tråden startade 2021 med fyra lånade symaskiner i samlingslokalen i ett romskt bostadsområde i utkanten av Niš. Många av kvinnorna som kom kunde redan sy, laga och ändra kläder, men hade aldrig fått betalt för sina kunskaper utanför familjen. Tillsammans med Ungdomsinitiativet Nišava införde Ljubica Živković en enkel rutin: två träffar i veckan, ett varmt mål mat, ersättning för varje arbetad timme och en volontär som tar hand om barnen i rummet bredvid.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Donated clothes arrive in bags from schools, churches and second-hand shops. The group sorts them by fibre and colour, and what cannot be worn again is cut into panels for bags, aprons and patchwork jackets. Every collection is designed around one shared table: the women choose the palette, draw patterns in chalk and vote on which pieces go into production. Each label carries the first names of everyone who worked on the piece. The collections are sold at fairs in Niš and Belgrade and through a small online shop, and the income is shared openly.",
                    "sr": "Донирана одећа стиже у кесама из школа, цркава и продавница половне робе. Група је разврстава по врсти влакна и боји, а оно што више не може да се носи сече се на делове за торбе, кецеље и јакне од спојених комада тканине. Свака колекција настаје за једним заједничким столом: жене бирају палету боја, цртају кројеве кредом и гласају о томе који комади иду у израду. На свакој етикети стоје имена свих жена које су радиле на том комаду. Колекције се продају на сајмовима у Нишу и Београду и у малој интернет продавници, а приход се дели отворено.",
                    "sv": "Skänkta kläder kommer i kassar från skolor, kyrkor och secondhandbutiker. Gruppen sorterar dem efter fiber och färg, och det som inte går att bära igen klipps till delar för väskor, förkläden och lapptäcksjackor. Varje kollektion tas fram kring ett gemensamt bord: kvinnorna väljer färgskala, ritar mönster med krita och röstar om vilka plagg som ska tillverkas. På varje etikett står förnamnen på alla som har arbetat med plagget. Kollektionerna säljs på marknader i Niš och Belgrad och i en liten nätbutik, och intäkterna fördelas öppet.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "Here nobody asks where you live. They ask whether you can finish the hem before lunch.",
                    "sr": "Овде нико не пита где живиш. Питају да ли можеш да завршиш поруб пре ручка.",
                    "sv": "Här frågar ingen var du bor. De frågar om du hinner sy klart fållen före lunch.",
                },
                "attribution": {
                    "en": "Senada, a member of Second Thread since 2021",
                    "sr": "Сенада, чланица „Друге нити“ од 2021. године",
                    "sv": "Senada, medlem i Andra tråden sedan 2021",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Long table covered with sorted piles of denim, wool and printed cotton",
                            "sr": "Дугачак сто прекривен разврстаним гомилама тексаса, вуне и штампаног памука",
                            "sv": "Långt bord täckt av sorterade högar med denim, ull och mönstrad bomull",
                        },
                        "caption": {
                            "en": "Sorting day: fibre first, then colour.",
                            "sr": "Дан сортирања: прво влакно, па боја.",
                            "sv": "Sorteringsdag: först fiber, sedan färg.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Patchwork jacket made from panels of old denim and a floral tablecloth, hanging on a rail",
                            "sr": "Јакна од спојених комада старог тексаса и цветног столњака, окачена на шипку",
                            "sv": "Lapptäcksjacka sydd av gammal denim och en blommig bordsduk, upphängd på en klädstång",
                        },
                        "caption": {
                            "en": "A jacket from the spring 2023 collection, signed by five makers.",
                            "sr": "Јакна из пролећне колекције 2023, са потписима пет ауторки.",
                            "sv": "En jacka från vårkollektionen 2023, signerad av fem sömmerskor.",
                        },
                    },
                ],
            },
        ],
    },
    # ---------------------------------------------------- 4 Hospital signage
    {
        "slug": "childrens-hospital-wayfinding",
        "title": {
            "en": "Wayfinding for a Children's Hospital in Belgrade",
            "sr": "Систем оријентације за дечју болницу у Београду",
            "sv": "Vägvisning för ett barnsjukhus i Belgrad",
        },
        "summary": {
            "en": "A wayfinding system for a university children's hospital in Belgrade, with colour-coded zones, pictograms tested with young patients and signs in both Cyrillic and Latin.",
            "sr": "Систем оријентације за универзитетску дечју клинику у Београду, са зонама означеним бојама, пиктограмима провереним са малим пацијентима и таблама на ћирилици и латиници.",
            "sv": "Ett vägvisningssystem för ett universitetssjukhus för barn i Belgrad, med färgkodade zoner, piktogram som testats med unga patienter och skyltar med både kyrillisk och latinsk skrift.",
        },
        "year": 2022,
        "city": {"en": "Belgrade", "sr": "Београд", "sv": "Belgrad"},
        "country": "RS",
        "disciplines": ["graphic-design"],
        "themes": ["social-inclusion", "public-space"],
        "team": [
            {
                "designer": "jovana-petrovic",
                "role": {
                    "en": "Lead designer, signage and pictograms",
                    "sr": "Главна дизајнерка, табле и пиктограми",
                    "sv": "Huvudformgivare, skyltar och piktogram",
                },
            },
            {
                "designer": "milica-dzajic",
                "role": {
                    "en": "Spatial analysis and co-design with families",
                    "sr": "Анализа простора и заједничко осмишљавање са породицама",
                    "sv": "Rumslig analys och medskapande med familjer",
                },
            },
        ],
        "partners": [],
        "programme": None,
        "cover_alt": {
            "en": "Abstract composition of coloured circles, arrows and rounded squares in coral, teal and yellow on a white ground",
            "sr": "Апстрактна композиција од обојених кругова, стрелица и заобљених квадрата у боји корала, тиркизној и жутој на белој подлози",
            "sv": "Abstrakt komposition av färgade cirklar, pilar och rundade kvadrater i korall, blågrönt och gult mot vit bakgrund",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Over seventy years the hospital grew from a single pavilion into a maze of wings, bridges and basements. Parents arriving with a sick child were sent from one reception desk to another, and staff estimated that they spent almost an hour a day giving directions. Milica Džajić began by walking every route with families and nurses, timing the journeys and marking on the plans where people stopped, hesitated or turned back. The most confusing points turned out to be the lifts, the staircase landings and the corridor to the emergency department.",
                    "sr": "Болница је током седамдесет година од једног павиљона прерасла у лавиринт крила, пасарела и подрума. Родитеље који су стизали са болесним дететом слали су од једног шалтера до другог, а особље је процењивало да сваког дана проведе скоро сат времена објашњавајући пут. Милица Џајић почела је тако што је са породицама и медицинским сестрама прешла сваку путању, мерила колико траје и на плановима бележила где људи застају, оклевају или се враћају. Показало се да су најзбуњујућа места лифтови, одморишта степеништа и ходник ка хитној служби.",
                    "sv": "Under sjuttio år har sjukhuset vuxit från en enda paviljong till en labyrint av flyglar, gångbroar och källare. Föräldrar som kom med ett sjukt barn skickades från den ena receptionen till den andra, och personalen uppskattade att de ägnade nästan en timme om dagen åt att visa vägen. Milica Džajić började med att gå varje väg tillsammans med familjer och sjuksköterskor, ta tid på förflyttningarna och markera på ritningarna var människor stannade, tvekade eller vände om. De mest förvirrande punkterna visade sig vara hissarna, trapplanen och korridoren till akutmottagningen.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Jovana Petrović divided the building into four zones, each with its own colour and animal: a fox, an owl, a hedgehog and a fish. Children who cannot yet read follow the animals, while adults follow the colours and clear room numbers. Every pictogram was tested in the waiting rooms with children aged four to twelve, and about a third of the first sketches were redrawn after their comments. All signs are set in Dvopis by Njegoš Ćosić, with Cyrillic and Latin given equal weight, and key instructions are also printed in English and Romani.",
                    "sr": "Јована Петровић поделила је зграду на четири зоне, сваку са сопственом бојом и животињом: лисицом, совом, јежом и рибом. Деца која још не знају да читају прате животиње, а одрасли боје и јасне бројеве просторија. Сваки пиктограм испробан је у чекаоницама са децом од четири до дванаест година, а око трећине првих скица поново је нацртано на основу њихових коментара. Све табле сложене су Двописом Његоша Ћосића, у коме су ћирилица и латиница равноправне, а најважнија упутства штампана су и на енглеском и ромском језику.",
                    "sv": "Jovana Petrović delade in byggnaden i fyra zoner, var och en med en egen färg och ett eget djur: en räv, en uggla, en igelkott och en fisk. Barn som ännu inte kan läsa följer djuren, medan vuxna följer färgerna och tydliga rumsnummer. Varje piktogram testades i väntrummen med barn mellan fyra och tolv år, och ungefär en tredjedel av de första skisserna ritades om efter deras kommentarer. Alla skyltar är satta i Dvopis av Njegoš Ćosić, där kyrillisk och latinsk skrift väger lika tungt, och de viktigaste anvisningarna finns även på engelska och romani.",
                },
            },
            {
                "type": "image",
                "alt": {
                    "en": "Corridor wall with a large teal owl pictogram, an arrow and a room number",
                    "sr": "Зид ходника са великим тиркизним пиктограмом сове, стрелицом и бројем просторије",
                    "sv": "Korridorvägg med ett stort blågrönt ugglepiktogram, en pil och ett rumsnummer",
                },
                "caption": {
                    "en": "The owl zone on the second floor, where most of the outpatient clinics are.",
                    "sr": "Зона сове на другом спрату, где се налази већина амбуланти.",
                    "sv": "Ugglezonen på andra våningen, där de flesta mottagningarna finns.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "Before, I drew maps on the back of prescriptions. Now I just say: follow the hedgehog.",
                    "sr": "Раније сам цртала мапе на полеђини рецепата. Сада само кажем: пратите јежа.",
                    "sv": "Förut ritade jag kartor på baksidan av recept. Nu säger jag bara: följ igelkotten.",
                },
                "attribution": {
                    "en": "A nurse at the outpatient reception",
                    "sr": "Медицинска сестра на пријемном шалтеру амбуланте",
                    "sv": "En sjuksköterska i mottagningens reception",
                },
            },
        ],
    },
    # --------------------------------------------------- 5 Fix Together kit
    {
        "slug": "fix-together-repair-cafe-kit",
        "title": {
            "en": "Fix Together: A Repair Café Kit for Malmö Libraries",
            "sr": "„Поправимо заједно“: комплет за кафее поправки у библиотекама Малмеа",
            "sv": "Laga tillsammans: ett kit för reparationskaféer på Malmös bibliotek",
        },
        "summary": {
            "en": "A boxed kit of tools, role cards and multilingual posters that lets any library branch or association in Malmö run a monthly repair café without previous experience.",
            "sr": "Кутија са алатом, картицама улога и вишејезичним плакатима која сваком огранку библиотеке или удружењу у Малмеу омогућава да без претходног искуства организује месечни кафе поправки.",
            "sv": "En låda med verktyg, rollkort och flerspråkiga affischer som gör det möjligt för varje biblioteksfilial eller förening i Malmö att ordna ett reparationskafé varje månad utan tidigare erfarenhet.",
        },
        "year": 2025,
        "city": {"en": "Malmö", "sr": "Малме", "sv": "Malmö"},
        "country": "SE",
        "disciplines": ["service-design"],
        "themes": ["circular-economy", "education"],
        "team": [
            {
                "designer": "linnea-aberg",
                "role": {
                    "en": "Service design lead",
                    "sr": "Водитељка дизајна услуге",
                    "sv": "Ansvarig tjänstedesigner",
                },
            },
            {
                "designer": "amir-haddad",
                "role": {
                    "en": "Co-design workshops and photography",
                    "sr": "Радионице заједничког дизајна и фотографија",
                    "sv": "Medskapande workshoppar och fotografi",
                },
            },
            {
                "designer": "stefan-scepanovic",
                "role": {
                    "en": "Repair log and booking tool",
                    "sr": "Евиденција поправки и алат за пријаве",
                    "sv": "Reparationslogg och bokningsverktyg",
                },
            },
        ],
        "partners": ["sofielund-social-lab"],
        "programme": "circular-city-exchange",
        "cover_alt": {
            "en": "Abstract grid of small tool-like shapes, screws and circles in orange and slate grey, arranged inside the outline of an open box",
            "sr": "Апстрактна мрежа малих облика налик алату, шрафова и кругова у наранџастој и шкриљастосивој боји, распоређених унутар обриса отворене кутије",
            "sv": "Abstrakt rutnät av små verktygsliknande former, skruvar och cirklar i orange och skiffergrått, placerade inuti konturen av en öppen låda",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Malmö already had several repair cafés, but they depended on a handful of enthusiasts and tended to disappear when those people moved on. Libraries were keen to host them, yet staff did not know where to start: which tools to buy, how to handle insurance, who decides what can be repaired. During the Circular City Exchange, Linnéa Åberg, Amir Haddad and Stefan Šćepanović interviewed volunteers, librarians and visitors, and sat in on a dozen repair evenings to see where things went wrong.",
                    "sr": "У Малмеу је већ постојало неколико кафеа поправки, али су зависили од шачице ентузијаста и обично би нестали када би се ти људи одселили или посветили нечем другом. Библиотеке су желеле да их угосте, али запослени нису знали одакле да почну: који алат да набаве, како да реше осигурање и ко одлучује шта може да се поправи. Током размене „Циркуларни град“ Линеа Оберг, Амир Хадад и Стефан Шћепановић разговарали су са волонтерима, библиотекарима и посетиоцима и присуствовали десетак вечери поправки да би видели где ствари запињу.",
                    "sv": "Malmö hade redan flera reparationskaféer, men de var beroende av en handfull eldsjälar och brukade försvinna när de personerna flyttade eller gick vidare. Biblioteken ville gärna vara värdar, men personalen visste inte var de skulle börja: vilka verktyg som behövdes, hur försäkringen skulle lösas och vem som bestämmer vad som kan lagas. Under utbytet Cirkulär stad intervjuade Linnéa Åberg, Amir Haddad och Stefan Šćepanović volontärer, bibliotekarier och besökare och var med på ett tiotal reparationskvällar för att se var det brukade gå snett.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "The result is a sturdy box that fits on a library trolley. It holds a basic set of tools, a sewing kit and a multimeter, role cards for the host, the greeter and three fixers, a simple safety checklist and posters in six languages. Stefan designed a repair log that starts on paper and was later mirrored in a simple booking tool, so that every branch records what was brought in and whether it was saved. Amir photographed the objects and their owners, and the portraits now hang in every library that hosts repair evenings.",
                    "sr": "Резултат је чврста кутија која стаје на библиотечка колица. У њој су основни алат, прибор за шивење и мултиметар, картице улога за домаћина, особу која дочекује госте и три мајстора, једноставан списак безбедносних провера и плакати на шест језика. Стефан је осмислио евиденцију поправки која почиње на папиру, а касније је пренета у једноставан алат за пријаве, тако да сваки огранак бележи шта је донето и да ли је спасено. Амир је фотографисао предмете и њихове власнике, а портрети сада висе у свакој библиотеци која организује вечери поправки.",
                    "sv": "Resultatet är en stadig låda som får plats på en biblioteksvagn. Den innehåller grundläggande verktyg, ett sykit och en multimeter, rollkort för värden, mottagaren och tre reparatörer, en enkel säkerhetschecklista och affischer på sex språk. Stefan tog fram en reparationslogg som börjar på papper och senare fördes över till ett enkelt bokningsverktyg, så att varje filial antecknar vad som lämnats in och om det gick att rädda. Amir fotograferade föremålen och deras ägare, och porträtten hänger nu på alla bibliotek som ordnar reparationskvällar.",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Open grey box on a library trolley with tools, role cards and folded posters",
                            "sr": "Отворена сива кутија на библиотечким колицима са алатом, картицама улога и пресавијеним плакатима",
                            "sv": "Öppen grå låda på en biblioteksvagn med verktyg, rollkort och vikta affischer",
                        },
                        "caption": {
                            "en": "Everything a branch needs for its first evening fits in one box.",
                            "sr": "Све што огранку треба за прво окупљање стаје у једну кутију.",
                            "sv": "Allt en filial behöver för sin första kväll ryms i en enda låda.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Portrait of an older man holding a repaired table lamp next to a volunteer",
                            "sr": "Портрет старијег мушкарца са поправљеном стоном лампом поред волонтерке",
                            "sv": "Porträtt av en äldre man som håller en lagad bordslampa bredvid en volontär",
                        },
                        "caption": {
                            "en": "From Amir Haddad's series of portraits of repaired objects and their owners.",
                            "sr": "Из серије портрета Амира Хадада о поправљеним предметима и њиховим власницима.",
                            "sv": "Ur Amir Haddads porträttserie om lagade föremål och deras ägare.",
                        },
                    },
                ],
            },
            {
                "type": "quote",
                "text": {
                    "en": "The box made it possible for us to say yes. Before, a repair café sounded like a whole project; now it is simply the second Saturday of the month.",
                    "sr": "Кутија нам је омогућила да кажемо да. Раније је кафе поправки звучао као читав пројекат, а сада је то једноставно друга субота у месецу.",
                    "sv": "Lådan gjorde att vi kunde säga ja. Förut lät ett reparationskafé som ett helt projekt, nu är det helt enkelt andra lördagen i månaden.",
                },
                "attribution": {
                    "en": "A librarian at a Malmö branch library",
                    "sr": "Библиотекарка у једном огранку библиотеке у Малмеу",
                    "sv": "Bibliotekarie på en filial i Malmö",
                },
            },
        ],
    },
    # ------------------------------------------------------- 6 Bakery ash
    {
        "slug": "bakery-ash-stoneware",
        "title": {
            "en": "Bakery Ash: Stoneware Glazed with Ash from Gothenburg Bakeries",
            "sr": "Пепео из пекаре: посуђе од каменине са глеђу од пепела из гетеборшких пекара",
            "sv": "Bageriaska: stengods glaserat med aska från Göteborgs bagerier",
        },
        "summary": {
            "en": "A stoneware tableware series glazed with wood ash from Gothenburg's wood-fired bakeries, developed after the Crafts Futures Residency from glaze tests with the potters of Preplet Crafts Cooperative.",
            "sr": "Серија посуђа од каменине са глеђима од дрвеног пепела из гетеборшких пекара са пећима на дрва, развијена после резиденције „Будућност заната“ на основу проба са грнчарима Занатске задруге Преплет.",
            "sv": "En serie servis i stengods med glasyrer av vedaska från Göteborgs vedeldade bagerier, utvecklad efter residenset Hantverkets framtid utifrån glasyrprover med krukmakarna i Hantverkskooperativet Preplet.",
        },
        "year": 2026,
        "city": {"en": "Gothenburg", "sr": "Гетеборг", "sv": "Göteborg"},
        "country": "SE",
        "disciplines": ["ceramics", "product-design"],
        "themes": ["circular-economy", "cultural-heritage"],
        "team": [
            {
                "designer": "ana-colic",
                "role": {
                    "en": "Ceramicist, glaze development",
                    "sr": "Керамичарка, развој глеђи",
                    "sv": "Keramiker, glasyrutveckling",
                },
            },
            {
                "designer": "astrid-lindqvist",
                "role": {
                    "en": "Product design and production planning",
                    "sr": "Дизајн производа и планирање производње",
                    "sv": "Produktdesign och produktionsplanering",
                },
            },
        ],
        "partners": ["preplet-crafts-cooperative", "masthugget-makerspace"],
        "programme": "crafts-futures-residency",
        "cover_alt": {
            "en": "Abstract composition of stacked grey, celadon and charcoal ellipses, like plates seen from the side, above a warm ochre band",
            "sr": "Апстрактна композиција од наслаганих сивих, селадон и угљенисивих елипси, налик тањирима виђеним са стране, изнад топле окер траке",
            "sv": "Abstrakt komposition av staplade grå, celadongröna och kolsvarta ellipser, som tallrikar sedda från sidan, ovanför ett varmt ockragult band",
        },
        "featured": True,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "At Preplet Crafts Cooperative the potters still fire in wood kilns and finish some of their jugs with a glaze of clay mixed with ash from their own stoves. During the Crafts Futures Residency, Ana Čolić and Astrid Lindqvist spent their evenings testing these recipes and noticed how much the colour changed with the kind of wood that had been burnt. Back in Sweden, Astrid realised that Gothenburg's wood-fired sourdough bakeries produce several buckets of clean birch and beech ash every week, which usually ends up in the household waste.",
                    "sr": "У Занатској задрузи Преплет грнчари и даље пеку посуђе у пећима на дрва, а неке бокале премазују глеђу од глине помешане са пепелом из сопствених шпорета. Током резиденције „Будућност заната“ Ана Чолић и Астрид Линдквист проводиле су вечери испробавајући те рецептуре и приметиле колико боја зависи од врсте дрвета које је изгорело. По повратку у Шведску Астрид је схватила да гетеборшке пекаре са пећима на дрва сваке недеље произведу по неколико канти чистог пепела од брезе и букве, који обично заврши у кућном отпаду.",
                    "sv": "På Hantverkskooperativet Preplet bränner krukmakarna fortfarande i vedugnar och glaserar en del av sina kannor med lera blandad med aska från sina egna spisar. Under residenset Hantverkets framtid ägnade Ana Čolić och Astrid Lindqvist kvällarna åt att prova recepten och märkte hur mycket färgen förändrades beroende på vilket trä som hade eldats. Hemma i Sverige insåg Astrid att Göteborgs vedeldade surdegsbagerier varje vecka ger flera hinkar ren björk- och bokaska, som oftast hamnar bland hushållssoporna.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Since the spring of 2025, five bakeries have set their ash aside in labelled tins. Ana travels to Gothenburg every few months, and at Masthugget Makerspace the two designers wash, sieve and test each batch, keeping a shared log of every firing. Birch gives a pale, watery green, beech a warm speckled grey, and a mix from a pizza oven surprised them with a deep amber. The plates, bowls and cups are designed to stack tightly and go in the dishwasher, and each glaze is named after the bakery whose ash it contains.",
                    "sr": "Од пролећа 2025. године пет пекара одваја пепео у обележене лимене кутије. Ана на сваких неколико месеци путује у Гетеборг, а у Отвореној радионици Мастхугет две дизајнерке перу, просејавају и испробавају сваку туру пепела и воде заједнички дневник сваког печења. Бреза даје бледу, водњикаво зелену боју, буква топлу сиву са тачкицама, а мешавина из једне пећи за пицу изненадила их је дубоким ћилибарским тоном. Тањири, чиније и шоље осмишљени су тако да се тесно слажу и могу у машину за судове, а свака глеђ носи име пекаре чији пепео садржи.",
                    "sv": "Sedan våren 2025 sparar fem bagerier sin aska i märkta plåtburkar. Ana reser till Göteborg med några månaders mellanrum, och på Masthuggets makerspace tvättar, siktar och provar de två formgivarna varje sats och för en gemensam logg över varje bränning. Björk ger en blek, vattnig grön ton, bok en varm grå med prickar, och en blandning från en pizzaugn överraskade dem med djup bärnsten. Tallrikarna, skålarna och kopparna är formgivna för att staplas tätt och tåla diskmaskin, och varje glasyr är uppkallad efter bageriet vars aska den innehåller.",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Rows of small test tiles in pale green, grey and amber glazes laid out on a workbench",
                            "sr": "Редови малих пробних плочица са глеђима у бледозеленој, сивој и ћилибарској боји на радном столу",
                            "sv": "Rader av små provplattor med glasyrer i blekgrönt, grått och bärnsten utlagda på en arbetsbänk",
                        },
                        "caption": {
                            "en": "Test tiles from the first twelve batches of bakery ash.",
                            "sr": "Пробне плочице од првих дванаест тура пекарског пепела.",
                            "sv": "Provplattor från de tolv första satserna bageriaska.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Stack of speckled grey plates and bowls beside a tin labelled with a bakery's name",
                            "sr": "Наслагани сиви тањири и чиније са тачкицама поред лимене кутије на којој пише име пекаре",
                            "sv": "Stapel av prickiga grå tallrikar och skålar bredvid en plåtburk märkt med ett bageris namn",
                        },
                        "caption": {
                            "en": "Beech ash gives the everyday plates their speckled grey.",
                            "sr": "Буков пепео даје тањирима за сваки дан сиву боју са тачкицама.",
                            "sv": "Bokaskan ger vardagstallrikarna deras prickiga grå ton.",
                        },
                    },
                ],
            },
            {
                "type": "quote",
                "text": {
                    "en": "In Serbia ash was never waste. It scoured pots, fed the garden and finished the jugs. We only had to bring that habit to a Swedish city.",
                    "sr": "У Србији пепео никада није био отпад. Њиме се рибало посуђе, ђубрила башта и глазирали бокали. Требало је само да ту навику пренесемо у један шведски град.",
                    "sv": "I Serbien var aska aldrig avfall. Den skurade kastruller, gödslade trädgården och gav kannorna deras glasyr. Vi behövde bara ta med oss den vanan till en svensk stad.",
                },
                "attribution": {
                    "en": "Ana Čolić, ceramicist",
                    "sr": "Ана Чолић, керамичарка",
                    "sv": "Ana Čolić, keramiker",
                },
            },
        ],
    },
    # ------------------------------------------------------ 7 Hammarkullen
    {
        "slug": "hammarkullen-square",
        "title": {
            "en": "A Square for Everyone in Hammarkullen",
            "sr": "Трг за све у Хамаркулену",
            "sv": "Ett torg för alla i Hammarkullen",
        },
        "summary": {
            "en": "A participatory redesign of the central square in Hammarkullen, Gothenburg, that began with walks, temporary furniture and test events before a single line was drawn.",
            "sr": "Партиципативна обнова централног трга у гетеборшком насељу Хамаркулен, која је почела шетњама, привременим мобилијаром и пробним догађајима пре него што је нацртана иједна линија.",
            "sv": "En medskapande omgestaltning av torget i Hammarkullen i Göteborg som började med promenader, tillfälliga möbler och testevenemang innan ett enda streck hade ritats.",
        },
        "year": 2023,
        "city": {"en": "Gothenburg", "sr": "Гетеборг", "sv": "Göteborg"},
        "country": "SE",
        "disciplines": ["architecture-urbanism"],
        "themes": ["urban-revitalisation", "social-inclusion", "public-space"],
        "team": [
            {
                "designer": "johan-ekstrom",
                "role": {
                    "en": "Lead architect",
                    "sr": "Главни архитекта",
                    "sv": "Ansvarig arkitekt",
                },
            },
            {
                "designer": "milica-dzajic",
                "role": {
                    "en": "Participatory process and play areas",
                    "sr": "Партиципативни процес и простори за игру",
                    "sv": "Medskapandeprocess och lekytor",
                },
            },
        ],
        "partners": ["masthugget-makerspace"],
        "programme": None,
        "cover_alt": {
            "en": "Abstract plan of overlapping circles and paths in green, brick red and pale blue meeting in an open central square",
            "sr": "Апстрактни план од преклопљених кругова и стаза у зеленој, циглацрвеној и бледоплавој боји, који се сусрећу на отвореном средишњем тргу",
            "sv": "Abstrakt plan av överlappande cirklar och stigar i grönt, tegelrött och ljusblått som möts på ett öppet torg i mitten",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "The central square in Hammarkullen is where the neighbourhood meets: commuters on their way to the tram, teenagers after school, older men playing backgammon at folding tables. Yet it was laid out in the late 1960s for a very different way of life, with windswept paving, few places to sit and almost no shade. Instead of starting with drawings, Johan Ekström and Milica Džajić spent a summer on the square with a mobile workshop, asking residents in Swedish, Arabic, Somali and Finnish what they would keep, change or remove.",
                    "sr": "Централни трг у Хамаркулену место је где се цело насеље сусреће: људи који журе на трамвај, тинејџери после школе, старији мушкарци који на склопивим столовима играју таблу. Ипак, уређен је крајем шездесетих година за сасвим другачији начин живота, са поплочањем изложеним ветру, мало места за седење и готово без хлада. Уместо да почну цртежима, Јохан Екстрем и Милица Џајић провели су једно лето на тргу са покретном радионицом, питајући становнике на шведском, арапском, сомалијском и финском шта би задржали, променили или уклонили.",
                    "sv": "Torget i Hammarkullen är platsen där hela stadsdelen möts: pendlare på väg till spårvagnen, tonåringar efter skolan, äldre män som spelar backgammon vid hopfällbara bord. Ändå anlades det i slutet av 1960-talet för ett helt annat sätt att leva, med blåsig stenläggning, få sittplatser och nästan ingen skugga. I stället för att börja med ritningar tillbringade Johan Ekström och Milica Džajić en sommar på torget med en mobil verkstad och frågade de boende på svenska, arabiska, somaliska och finska vad de ville behålla, ändra eller ta bort.",
                },
            },
            {
                "type": "image",
                "alt": {
                    "en": "Residents assembling a wooden bench on a paved square under a striped shade sail",
                    "sr": "Становници склапају дрвену клупу на поплочаном тргу испод пругастог платна за хлад",
                    "sv": "Boende som monterar en träbänk på ett stenlagt torg under ett randigt solsegel",
                },
                "caption": {
                    "en": "A shade sail and benches built with residents were tested during the first summer.",
                    "sr": "Током првог лета испробани су платно за хлад и клупе које су направили становници.",
                    "sv": "Ett solsegel och bänkar som byggts med de boende testades under den första sommaren.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "With volunteers from Masthugget Makerspace, residents built temporary benches, planters and a shade sail, and the square hosted test events from a Friday evening market to a girls' football tournament. Each change was observed and discussed before it became part of the plan. The final design keeps the open centre that the annual carnival needs, adds a ring of trees and covered seating along the edges, and turns a former parking strip into a play area designed with the local school and accessible to children who use wheelchairs.",
                    "sr": "Уз помоћ волонтера из Отворене радионице Мастхугет, становници су направили привремене клупе, жардињере и платно за хлад, а на тргу су одржани пробни догађаји, од вечерње пијаце петком до фудбалског турнира за девојчице. Свака промена је посматрана и о њој се разговарало пре него што би ушла у план. Коначно решење задржава отворено средиште које је потребно за годишњи карневал, додаје појас дрвећа и наткривених места за седење по ободу, а некадашњу траку за паркирање претвара у простор за игру осмишљен са оближњом школом и приступачан деци која користе инвалидска колица.",
                    "sv": "Med hjälp av volontärer från Masthuggets makerspace byggde de boende tillfälliga bänkar, planteringslådor och ett solsegel, och på torget hölls testevenemang, från en kvällsmarknad på fredagar till en fotbollsturnering för tjejer. Varje förändring observerades och diskuterades innan den blev en del av planen. Det slutliga förslaget behåller den öppna mitten som den årliga karnevalen behöver, lägger till en ring av träd och sittplatser under tak längs kanterna och gör om en tidigare parkeringsremsa till en lekyta som tagits fram med den närliggande skolan och som är tillgänglig för barn som använder rullstol.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "We were asked what we wanted before anything had been decided. That had never happened here before.",
                    "sr": "Питали су нас шта желимо пре него што је било шта одлучено. То се овде никада раније није догодило.",
                    "sv": "Vi fick frågan vad vi ville innan något var bestämt. Det hade aldrig hänt här förut.",
                },
                "attribution": {
                    "en": "Hodan, a resident of Hammarkullen",
                    "sr": "Ходан, становница Хамаркулена",
                    "sv": "Hodan, boende i Hammarkullen",
                },
            },
        ],
    },
    # ------------------------------------------------------ 8 Two Harvests
    {
        "slug": "two-harvests-photo-essay",
        "title": {
            "en": "Two Harvests: Seasonal Workers Between Serbia and Sweden",
            "sr": "Две бербе: сезонски радници између Србије и Шведске",
            "sv": "Två skördar: säsongsarbetare mellan Serbien och Sverige",
        },
        "summary": {
            "en": "A photo essay following seasonal workers from southern Serbia who spend their summers in the strawberry fields of Skåne and come home each autumn for their own pepper harvest.",
            "sr": "Фото-есеј о сезонским радницима са југа Србије који лета проводе на пољима јагода у Сконеу, а сваке јесени се враћају кући на сопствену бербу паприка.",
            "sv": "En fotoessä om säsongsarbetare från södra Serbien som tillbringar somrarna på jordgubbsfälten i Skåne och varje höst återvänder hem till sin egen paprikaskörd.",
        },
        "year": 2024,
        "city": {"en": "Leskovac", "sr": "Лесковац", "sv": "Leskovac"},
        "country": "RS",
        "disciplines": ["photography"],
        "themes": ["migration-mobility"],
        "team": [
            {
                "designer": "oskar-sjoberg",
                "role": {"en": "Photographer", "sr": "Фотограф", "sv": "Fotograf"},
            },
            {
                "designer": "amir-haddad",
                "role": {
                    "en": "Photographer and interviews",
                    "sr": "Фотограф и интервјуи",
                    "sv": "Fotograf och intervjuer",
                },
            },
        ],
        "partners": ["kulturbron-foundation"],
        "programme": None,
        "cover_alt": {
            "en": "Abstract composition of two overlapping fields of red and green stripes, divided by a thin diagonal line like a road",
            "sr": "Апстрактна композиција од два преклопљена поља црвених и зелених пруга, раздвојених танком дијагоналом налик путу",
            "sv": "Abstrakt komposition av två överlappande fält med röda och gröna ränder, delade av en tunn diagonal linje som liknar en väg",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Every May, minibuses leave the villages around Leskovac for the strawberry fields and greenhouses of Skåne, and every September the same people come back in time to pick and roast peppers at home. Oskar Sjöberg, a Swede who has lived in Belgrade since 2018, heard about these journeys from a neighbour and wanted to understand what it means to belong to two harvests. He asked Amir Haddad, who photographs newcomers in Malmö, to join him, so that both places would be seen from the inside as well as from the outside.",
                    "sr": "Сваког маја комбији крећу из села око Лесковца ка пољима јагода и пластеницима у Сконеу, на југу Шведске, а сваког септембра исти људи се враћају на време да код куће беру и пеку паприке. Оскар Шеберг, Швеђанин који од 2018. године живи у Београду, за та путовања чуо је од комшије и пожелео да разуме шта значи припадати двема бербама. Позвао је Амира Хадада, који у Малмеу фотографише придошлице, да му се придружи, како би оба места била виђена и изнутра и споља.",
                    "sv": "Varje maj lämnar minibussar byarna kring Leskovac för jordgubbsfälten och växthusen i Skåne, och varje september kommer samma människor tillbaka i tid för att plocka och rosta paprika hemma. Oskar Sjöberg, en svensk som har bott i Belgrad sedan 2018, hörde talas om resorna av en granne och ville förstå vad det innebär att höra till två skördar. Han bad Amir Haddad, som fotograferar nyanlända i Malmö, att arbeta med honom, så att båda platserna skulle ses både inifrån och utifrån.",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Rows of strawberry plants under plastic tunnels at dawn, with a lone picker kneeling between them",
                            "sr": "Редови јагода под пластичним тунелима у свитање, са једном берачицом која клечи међу њима",
                            "sv": "Rader av jordgubbsplantor under plasttunnlar i gryningen, med en ensam plockare som knäböjer mellan dem",
                        },
                        "caption": {
                            "en": "Five in the morning in Skåne: the first crates of the day.",
                            "sr": "Пет сати ујутру у Сконеу: прве гајбе тог дана.",
                            "sv": "Klockan fem på morgonen i Skåne: dagens första lådor.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Strings of red peppers drying on the wall of a village house",
                            "sr": "Венци црвених паприка који се суше на зиду сеоске куће",
                            "sv": "Knippen av röda paprikor som torkar på väggen till ett hus på landet",
                        },
                        "caption": {
                            "en": "September in a village near Leskovac, when the second harvest begins.",
                            "sr": "Септембар у једном селу код Лесковца, када почиње друга берба.",
                            "sv": "September i en by nära Leskovac, när den andra skörden börjar.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Blurred snapshot of workers laughing around a table in a caravan, taken with a disposable camera",
                            "sr": "Замућена фотографија радника који се смеју за столом у камп-приколици, снимљена фотоапаратом за једнократну употребу",
                            "sv": "Suddig ögonblicksbild av arbetare som skrattar runt ett bord i en husvagn, tagen med en engångskamera",
                        },
                        "caption": {
                            "en": "A picture taken by one of the workers with a disposable camera.",
                            "sr": "Фотографија коју је једна од радница снимила фотоапаратом за једнократну употребу.",
                            "sv": "En bild som en av arbetarna tog med en engångskamera.",
                        },
                    },
                ],
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Over two seasons they travelled with three families, sharing the minibus, the workers' cabins and the kitchens at home. Oskar shot on medium-format film, while Amir recorded conversations and handed out disposable cameras to the workers themselves, whose pictures make up a third of the essay. The photographs avoid both pity and postcard beauty: early starts, sore backs, video calls with children, a birthday cake in a caravan and the long table in the yard when everyone is finally home. The essay was shown in Leskovac and Malmö, with captions in Serbian and Swedish.",
                    "sr": "Током две сезоне путовали су са три породице, делећи с њима комби, радничке бараке и кухиње код куће. Оскар је снимао на средњеформатном филму, а Амир је бележио разговоре и делио фотоапарате за једнократну употребу самим радницима, чије фотографије чине трећину есеја. Слике избегавају и сажаљење и разгледничку лепоту: рано устајање, болна леђа, видео-позиви са децом, рођенданска торта у камп-приколици и дугачак сто у дворишту када су сви коначно код куће. Есеј је изложен у Лесковцу и Малмеу, са текстовима уз фотографије на српском и шведском.",
                    "sv": "Under två säsonger reste de med tre familjer och delade minibussen, arbetarbarackerna och köken hemma. Oskar fotograferade på mellanformatsfilm, medan Amir spelade in samtal och delade ut engångskameror till arbetarna själva, vars bilder utgör en tredjedel av essän. Fotografierna undviker både medlidande och vykortsskönhet: tidiga morgnar, värkande ryggar, videosamtal med barnen, en födelsedagstårta i en husvagn och det långa bordet på gården när alla äntligen är hemma. Essän har visats i Leskovac och Malmö, med bildtexter på serbiska och svenska.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "In Sweden I am a worker. At home I am a mother, a neighbour and the one who makes the best ajvar in the street. I wanted the photographs to show both.",
                    "sr": "У Шведској сам радница. Код куће сам мајка, комшиница и она која прави најбољи ајвар у улици. Хтела сам да фотографије покажу и једно и друго.",
                    "sv": "I Sverige är jag arbetare. Hemma är jag mamma, granne och den som gör den bästa ajvaren på gatan. Jag ville att bilderna skulle visa båda.",
                },
                "attribution": {
                    "en": "Dragana, a seasonal worker from a village near Leskovac",
                    "sr": "Драгана, сезонска радница из једног села код Лесковца",
                    "sv": "Dragana, säsongsarbetare från en by nära Leskovac",
                },
            },
        ],
    },
]
