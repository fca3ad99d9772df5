"""Demo projects whose first discipline is architecture, service or interaction design.

All people and projects are fictional.
"""

from __future__ import annotations

PROJECTS = [
    # --- Fix Together: A Repair Café Kit for Malmö Libraries
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
    # --- A Square for Everyone in Hammarkullen
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
    # --- Borrow, Don't Buy: A Tool Library for Novi Sad
    {
        "slug": "novi-sad-tool-library",
        "title": {
            "en": "Borrow, Don't Buy: A Tool Library for Novi Sad",
            "sr": "Позајми, не купуј: библиотека алата за Нови Сад",
            "sv": "Låna, köp inte: ett verktygsbibliotek för Novi Sad",
        },
        "summary": {
            "en": "A service blueprint for a municipal tool library in Novi Sad, from membership and lending rules to repair evenings and volunteer training, tested with residents of Detelinara.",
            "sr": "Нацрт услуге за градску библиотеку алата у Новом Саду, од чланства и правила позајмљивања до вечери поправки и обуке волонтера, испробан са становницима Детелинаре.",
            "sv": "En tjänsteritning för ett kommunalt verktygsbibliotek i Novi Sad, från medlemskap och lånevillkor till reparationskvällar och utbildning av volontärer, testad med invånare i Detelinara.",
        },
        "year": 2025,
        "city": {"en": "Novi Sad", "sr": "Нови Сад", "sv": "Novi Sad"},
        "country": "RS",
        "disciplines": ["service-design"],
        "themes": ["circular-economy", "education"],
        "team": [
            {
                "designer": "stefan-scepanovic",
                "role": {
                    "en": "Service designer, research and prototyping",
                    "sr": "Дизајнер услуга, истраживање и прототипови",
                    "sv": "Tjänstedesigner, research och prototyper",
                },
            },
            {
                "designer": "amir-haddad",
                "role": {
                    "en": "Service designer and photo documentation",
                    "sr": "Дизајнер услуга и фотодокументација",
                    "sv": "Tjänstedesigner och fotodokumentation",
                },
            },
        ],
        "partners": ["sofielund-social-lab"],
        "programme": "circular-city-exchange",
        "cover_alt": {
            "en": "Abstract cover with a grid of small orange circles and blue hammer-like shapes on a cream background",
            "sr": "Апстрактна насловна илустрација са мрежом малих наранџастих кругова и плавих облика налик чекићима на кремастој подлози",
            "sv": "Abstrakt omslagsbild med ett rutnät av små orange cirklar och blå hammarliknande former mot krämvit bakgrund",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Most households in Novi Sad own a drill that is used for a few minutes a year, while many young families in rented flats own no tools at all. Stefan Šćepanović and Amir Haddad started from a lending library in Sofielund that Amir had photographed for years, and asked what a city-run version would need in Serbia. Over six weeks they interviewed librarians, hardware shop owners, retired craftsmen and tenants in Detelinara, and mapped every step from signing up to returning a dirty cement mixer.",
                    "sr": "Већина домаћинстава у Новом Саду има бушилицу која се користи по неколико минута годишње, док многе младе породице у изнајмљеним становима немају никакав алат. Стефан Шћепановић и Амир Хадад пошли су од библиотеке за позајмљивање у Софилунду, коју је Амир годинама фотографисао, и запитали се шта би градској верзији било потребно у Србији. Током шест недеља разговарали су са библиотекарима, власницима гвожђара, пензионисаним мајсторима и станарима Детелинаре, и мапирали сваки корак, од учлањења до враћања прљаве мешалице за бетон.",
                    "sv": "De flesta hushåll i Novi Sad äger en borrmaskin som används några minuter om året, medan många unga familjer i hyreslägenheter inte har några verktyg alls. Stefan Šćepanović och Amir Haddad utgick från ett lånebibliotek i Sofielund som Amir hade fotograferat i flera år och frågade sig vad en kommunal variant skulle behöva i Serbien. Under sex veckor intervjuade de bibliotekarier, järnhandlare, pensionerade hantverkare och hyresgäster i Detelinara och kartlade varje steg, från att skriva in sig till att lämna tillbaka en smutsig betongblandare.",
                },
            },
            {
                "type": "image",
                "alt": {
                    "en": "Wall chart of the service blueprint covered with sticky notes in five coloured rows",
                    "sr": "Зидни приказ нацрта услуге прекривен самолепљивим папирићима у пет обојених редова",
                    "sv": "Väggplansch med tjänsteritningen täckt av lappar i fem färgade rader",
                },
                "caption": {
                    "en": "The blueprint follows what users see and what happens behind the scenes across five rows.",
                    "sr": "Нацрт у пет редова прати оно што корисник види и оно што се дешава иза кулиса.",
                    "sv": "Ritningen följer i fem rader det som användaren ser och det som sker bakom kulisserna.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "The blueprint proposes running the tool library from branches of the City Library, which already have opening hours, staff and a lending system. Membership is free with a library card, power tools require a short safety session, and a monthly repair evening lets volunteers service returned tools while teaching visitors to sharpen, oil and fix their own. A two-week pilot with 60 tools in the Detelinara branch recorded 140 loans, and the city's environmental office is now discussing a longer trial period.",
                    "sr": "Нацрт предлаже да библиотека алата ради у огранцима Градске библиотеке, који већ имају радно време, запослене и систем позајмљивања. Чланство је бесплатно уз чланску карту, за електрични алат потребна је кратка обука о безбедности, а једном месечно, на вечери поправки, волонтери сервисирају враћени алат и уче посетиоце да сами наоштре, подмажу и поправе своје алате. Двонедељни пробни рад са 60 алата у огранку на Детелинари забележио је 140 позајмица, а градска служба за заштиту животне средине сада разматра дужи пробни период.",
                    "sv": "Ritningen föreslår att verktygsbiblioteket drivs från stadsbibliotekets filialer, som redan har öppettider, personal och ett lånesystem. Medlemskapet är gratis med lånekort, elverktyg kräver en kort säkerhetsgenomgång och en reparationskväll i månaden låter volontärer se över återlämnade verktyg och samtidigt lära besökarna att slipa, olja och laga sina egna. En pilot på två veckor med 60 verktyg i filialen i Detelinara gav 140 lån, och stadens miljöförvaltning diskuterar nu en längre försöksperiod.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "Nobody asked us for more tools. People asked for someone to show them how to use the ones they already have.",
                    "sr": "Нико није тражио од нас више алата. Људи су тражили некога ко ће им показати како да користе оно што већ имају.",
                    "sv": "Ingen bad oss om fler verktyg. Folk bad om någon som kunde visa hur man använder dem de redan har.",
                },
                "attribution": {
                    "en": "Stefan Šćepanović, service designer",
                    "sr": "Стефан Шћепановић, дизајнер услуга",
                    "sv": "Stefan Šćepanović, tjänstedesigner",
                },
            },
        ],
    },
    # --- A Playground for Everyone in Zemun
    {
        "slug": "zemun-playground-for-everyone",
        "title": {
            "en": "A Playground for Everyone in Zemun",
            "sr": "Игралиште за све у Земуну",
            "sv": "En lekplats för alla i Zemun",
        },
        "summary": {
            "en": "An inclusive playground in Zemun's City Park, designed with children who use wheelchairs, children on the autism spectrum and their parents, where every play area can be reached and shared.",
            "sr": "Инклузивно игралиште у земунском Градском парку, осмишљено заједно са децом која користе инвалидска колица, децом из спектра аутизма и њиховим родитељима, на коме је сваки део доступан свима.",
            "sv": "En inkluderande lekplats i Zemuns stadspark, formgiven tillsammans med barn som använder rullstol, barn med autism och deras föräldrar, där varje lekyta går att nå och dela.",
        },
        "year": 2024,
        "city": {"en": "Belgrade", "sr": "Београд", "sv": "Belgrad"},
        "country": "RS",
        "disciplines": ["architecture-urbanism"],
        "themes": ["social-inclusion", "public-space"],
        "team": [
            {
                "designer": "milica-dzajic",
                "role": {
                    "en": "Architect and project lead",
                    "sr": "Архитекта и руководитељка пројекта",
                    "sv": "Arkitekt och projektledare",
                },
            },
        ],
        "partners": ["kapija-cultural-centre"],
        "programme": None,
        "cover_alt": {
            "en": "Abstract cover of interlocking circles in sunny yellow, teal and coral, joined by a gentle ramp-like curve",
            "sr": "Апстрактна насловна илустрација са испреплетаним круговима у жутој, тиркизној и боји корала, повезаним благом кривом налик рампи",
            "sv": "Abstrakt omslagsbild med sammanflätade cirklar i solgult, blågrönt och korall, förbundna av en mjuk, rampliknande kurva",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "The old playground in Zemun's City Park had loose gravel underfoot, steps up to every slide and no place where a parent in a wheelchair could sit beside a child. Milica Džajić began with a series of Saturday workshops at Kapija Cultural Centre, where children built models of their ideal playground from cardboard and clay. Among them were children who use wheelchairs, children on the autism spectrum and their brothers and sisters, while their parents kept a diary of places in Belgrade where they felt unwelcome.",
                    "sr": "Старо игралиште у земунском Градском парку имало је растресит шљунак под ногама, степенице до сваког тобогана и ниједно место где би родитељ у инвалидским колицима могао да седне поред детета. Милица Џајић почела је серијом суботњих радионица у Културном центру Капија, на којима су деца од картона и глине правила макете свог идеалног игралишта. Међу њима су била деца која користе инвалидска колица, деца из спектра аутизма и њихова браћа и сестре, а родитељи су водили дневник места у Београду на којима су се осећали непожељно.",
                    "sv": "Den gamla lekplatsen i Zemuns stadspark hade löst grus under fötterna, trappor upp till varje rutschkana och ingen plats där en förälder i rullstol kunde sitta bredvid sitt barn. Milica Džajić började med en serie lördagsworkshoppar på Kulturcentret Kapija, där barnen byggde modeller av sin drömlekplats i kartong och lera. Bland dem fanns barn som använder rullstol, barn med autism och deras syskon, medan föräldrarna förde dagbok över platser i Belgrad där de kände sig ovälkomna.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "My son used to watch the other children from the path. Now he is the one who shows them the way to the sand table.",
                    "sr": "Мој син је раније са стазе посматрао другу децу. Сада он њима показује пут до стола са песком.",
                    "sv": "Förr tittade min son på de andra barnen från gången. Nu är det han som visar dem vägen till sandbordet.",
                },
                "attribution": {
                    "en": "A mother who took part in the workshops",
                    "sr": "Мајка која је учествовала у радионицама",
                    "sv": "En mamma som deltog i workshopparna",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "The built design replaces steps with a continuous ramp that winds around a low hill, so the highest point of the playground can be reached on wheels. Raised sand tables, a wide nest swing and trampolines set flush with the ground are arranged in a loop, and a quiet corner behind woven willow screens gives children who feel overwhelmed a place to rest. Rubber surfacing, contrasting edges and tactile markers guide children with low vision. The playground opened in 2024 and is maintained by the municipality of Zemun.",
                    "sr": "Изведено решење уместо степеница има непрекинуту рампу која се обавија око ниског брежуљка, па се до највише тачке игралишта може стићи и на точковима. Подигнути столови са песком, широка љуљашка у облику гнезда и трамполине у равни са тлом распоређени су у круг, а миран кутак заклоњен плетером од врбе пружа предах деци коју обузме превише утисака. Гумена подлога, контрастне ивице и тактилне ознаке воде децу слабијег вида. Игралиште је отворено 2024. године, а о њему брине градска општина Земун.",
                    "sv": "Den byggda lekplatsen ersätter trapporna med en sammanhängande ramp som slingrar sig runt en låg kulle, så att man kan nå lekplatsens högsta punkt på hjul. Upphöjda sandbord, en bred fågelbogunga och studsmattor i marknivå ligger längs en slinga, och ett lugnt hörn bakom flätade pilskärmar ger barn som blir överväldigade en plats att vila. Gummibeläggning, kontrastmarkerade kanter och taktila markeringar vägleder barn med nedsatt syn. Lekplatsen öppnade 2024 och sköts av kommunen Zemun.",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Children's cardboard model of a playground with a spiral ramp",
                            "sr": "Дечја макета игралишта од картона са спиралном рампом",
                            "sv": "Barns kartongmodell av en lekplats med en spiralramp",
                        },
                        "caption": {
                            "en": "One of the models built during the Saturday workshops.",
                            "sr": "Једна од макета насталих на суботњим радионицама.",
                            "sv": "En av modellerna som byggdes under lördagsworkshopparna.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Wide nest swing next to a gently sloping ramp with a yellow edge",
                            "sr": "Широка љуљашка у облику гнезда поред благо нагнуте рампе са жутом ивицом",
                            "sv": "Bred fågelbogunga bredvid en svagt sluttande ramp med gul kant",
                        },
                        "caption": {
                            "en": "The nest swing fits a child and a parent side by side.",
                            "sr": "У љуљашку-гнездо стају дете и родитељ, једно поред другог.",
                            "sv": "I fågelbogungan får ett barn och en förälder plats sida vid sida.",
                        },
                    },
                ],
            },
        ],
    },
    # --- Fikaprat: an App for Malmö's Language Cafés
    {
        "slug": "fikaprat-language-cafe-app",
        "title": {
            "en": "Fikaprat: an App for Malmö's Language Cafés",
            "sr": "Фикапрат: апликација за језичке кафее у Малмеу",
            "sv": "Fikaprat: en app för Malmös språkcaféer",
        },
        "summary": {
            "en": "A mobile app that helps newcomers in Malmö find Swedish-language cafés by level, neighbourhood and time, with easy-to-read Swedish, pictograms and reminders in eight languages.",
            "sr": "Мобилна апликација која придошлицама у Малмеу помаже да пронађу кафее за вежбање шведског према нивоу знања, делу града и термину, уз лако разумљив шведски, пиктограме и подсетнике на осам језика.",
            "sv": "En mobilapp som hjälper nyanlända i Malmö att hitta språkcaféer på svenska efter nivå, stadsdel och tid, med lättläst svenska, piktogram och påminnelser på åtta språk.",
        },
        "year": 2024,
        "city": {"en": "Malmö", "sr": "Малме", "sv": "Malmö"},
        "country": "SE",
        "disciplines": ["interaction-design"],
        "themes": ["migration-mobility", "social-inclusion"],
        "team": [
            {
                "designer": "dusan-milenkovic",
                "role": {
                    "en": "Interaction designer, interface and visual language",
                    "sr": "Дизајнер интеракције, интерфејс и визуелни језик",
                    "sv": "Interaktionsdesigner, gränssnitt och bildspråk",
                },
            },
            {
                "designer": "linnea-aberg",
                "role": {
                    "en": "Service designer, user research",
                    "sr": "Дизајнерка услуга, истраживање корисника",
                    "sv": "Tjänstedesigner, användarstudier",
                },
            },
        ],
        "partners": ["sofielund-social-lab"],
        "programme": None,
        "cover_alt": {
            "en": "Abstract cover of overlapping speech bubbles in mint, blue and warm brown, arranged like cups on a table",
            "sr": "Апстрактна насловна илустрација са преклопљеним облачићима за говор у боји нане, плавој и топлој смеђој, поређаним попут шољица на столу",
            "sv": "Abstrakt omslagsbild med överlappande pratbubblor i mintgrönt, blått och varmt brunt, ordnade som koppar på ett bord",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Malmö has dozens of language cafés run by libraries, churches, study associations and volunteers, but the information was scattered across notice boards, social media groups and printed flyers that went out of date within weeks. Linnéa Åberg interviewed newcomers at Sofielund Social Innovation Lab and found that many had given up after arriving at a café that had moved or closed. Others never dared to go, because they could not tell whether a group was meant for beginners or for people who already spoke quite well.",
                    "sr": "У Малмеу постоје десетине језичких кафеа које воде библиотеке, цркве, образовна удружења и волонтери, али су информације биле расуте по огласним таблама, групама на друштвеним мрежама и штампаним летцима који би застарели за неколико недеља. Линеа Оберг разговарала је са придошлицама у Лабораторији за друштвене иновације Софилунд и открила да су многи одустали пошто су стигли у кафе који се преселио или затворио. Други се нису ни усудили да оду, јер нису могли да процене да ли је група намењена почетницима или онима који већ прилично добро говоре.",
                    "sv": "Malmö har dussintals språkcaféer som drivs av bibliotek, kyrkor, studieförbund och volontärer, men informationen låg utspridd på anslagstavlor, grupper i sociala medier och tryckta flygblad som blev inaktuella inom några veckor. Linnéa Åberg intervjuade nyanlända på Sofielunds labb för social innovation och upptäckte att många hade gett upp efter att ha kommit till ett café som flyttat eller lagts ner. Andra vågade aldrig gå dit, eftersom de inte kunde avgöra om en grupp var tänkt för nybörjare eller för dem som redan pratade ganska bra.",
                },
            },
            {
                "type": "image",
                "alt": {
                    "en": "Phone screen showing a map of Malmö with coloured cup icons marking language cafés",
                    "sr": "Екран телефона са мапом Малмеа на којој обојене иконице шољица означавају језичке кафее",
                    "sv": "Mobilskärm med en karta över Malmö där färgade kopp-ikoner markerar språkcaféer",
                },
                "caption": {
                    "en": "Cafés are marked by level: green for beginners, blue for intermediate and brown for advanced speakers.",
                    "sr": "Кафеи су означени према нивоу: зелено за почетнике, плаво за средњи ниво и смеђе за напредне.",
                    "sv": "Caféerna är märkta efter nivå: grönt för nybörjare, blått för mellannivå och brunt för avancerade.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Dušan Milenković built the interface around three questions: where, when and how well do I speak? Every café has a colour-coded level, a photo of the entrance and a short description in easy-to-read Swedish, which can also be shown in Arabic, Dari, Tigrinya, Somali, Ukrainian, English, Serbian or Spanish. Organisers update their own listings through a simple web form, and the app sends a reminder the evening before. In its first year, 2024, the app listed 47 cafés and was used by about 3,000 people.",
                    "sr": "Душан Миленковић осмислио је интерфејс око три питања: где, када и колико добро говорим? Сваки кафе има ниво означен бојом, фотографију улаза и кратак опис на лако разумљивом шведском, који може да се прикаже и на арапском, дарију, тигриња, сомалском, украјинском, енглеском, српском или шпанском. Организатори сами ажурирају своје уносе преко једноставног веб-обрасца, а апликација вече пре састанка шаље подсетник. У првој години, 2024, апликација је обухватала 47 кафеа и користило ју је око 3.000 људи.",
                    "sv": "Dušan Milenković byggde gränssnittet kring tre frågor: var, när och hur bra pratar jag? Varje café har en färgkodad nivå, ett foto av entrén och en kort beskrivning på lättläst svenska, som också kan visas på arabiska, dari, tigrinja, somaliska, ukrainska, engelska, serbiska eller spanska. Arrangörerna uppdaterar själva sina uppgifter via ett enkelt webbformulär, och appen skickar en påminnelse kvällen innan. Under det första året, 2024, fanns 47 caféer med och omkring 3 000 personer använde appen.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "The photo of the door turned out to be the most important feature. If you know what the entrance looks like, you are already halfway inside.",
                    "sr": "Фотографија врата показала се као најважнија функција. Ако знаш како изгледа улаз, већ си напола унутра.",
                    "sv": "Fotot på dörren visade sig vara den viktigaste funktionen. Vet man hur entrén ser ut är man redan halvvägs inne.",
                },
                "attribution": {
                    "en": "Linnéa Åberg, service designer",
                    "sr": "Линеа Оберг, дизајнерка услуга",
                    "sv": "Linnéa Åberg, tjänstedesigner",
                },
            },
        ],
    },
    # --- Voting Booth for All
    {
        "slug": "voting-booth-for-all-stockholm",
        "title": {
            "en": "Voting Booth for All",
            "sr": "Гласачко место за све",
            "sv": "Valbås för alla",
        },
        "summary": {
            "en": "A study of how Stockholm's polling stations could be redesigned so that voters with disabilities or limited Swedish can cast their municipal ballot independently and in secret.",
            "sr": "Истраживање о томе како би гласачка места у Стокхолму могла да се преуреде да би бирачи са инвалидитетом или слабим знањем шведског на локалним изборима гласали самостално и тајно.",
            "sv": "En studie av hur Stockholms vallokaler kan utformas så att väljare med funktionsnedsättning eller begränsad svenska kan rösta i kommunvalet självständigt och i hemlighet.",
        },
        "year": 2025,
        "city": {"en": "Stockholm", "sr": "Стокхолм", "sv": "Stockholm"},
        "country": "SE",
        "disciplines": ["interaction-design", "graphic-design"],
        "themes": ["social-inclusion"],
        "team": [
            {
                "designer": "dusan-milenkovic",
                "role": {
                    "en": "Lead designer and researcher",
                    "sr": "Главни дизајнер и истраживач",
                    "sv": "Ansvarig formgivare och forskare",
                },
            },
        ],
        "partners": [],
        "programme": None,
        "cover_alt": {
            "en": "Abstract geometric cover of overlapping rectangles in three layers, recalling the stacked ballot papers of a Swedish election",
            "sr": "Апстрактна геометријска насловна илустрација са правоугаоницима који се преклапају у три слоја, као наслагани листићи на шведским изборима",
            "sv": "Abstrakt geometrisk omslagsbild med överlappande rektanglar i tre lager, som påminner om staplade valsedlar i ett svenskt val",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "In Swedish elections, voters take their ballot papers from a rack, mark an optional personal vote and seal the ballots in envelopes behind a screen. Yellow papers are for the Riksdag, blue for the region and white for the municipality, and the local white ballots are usually the longest and hardest to read. For people with low vision, a tremor or limited Swedish, the routine can be bewildering, and asking for help means giving up part of the secret ballot.",
                    "sr": "На изборима у Шведској бирачи узимају листиће са сталка, по жељи крстићем означе кандидата и иза паравана затварају листиће у коверте. Жути листићи су за парламент, плави за регион, а бели за општину, и управо су ови локални најдужи и најтежи за читање. Особама слабијег вида, онима којима дрхте руке или које тек уче шведски цео поступак може да буде збуњујући, а тражење помоћи значи да се делимично одричу тајности гласања.",
                    "sv": "I svenska val tar väljarna sina valsedlar från ett ställ, kryssar eventuellt för en kandidat och lägger sedlarna i kuvert bakom en valskärm. Gula sedlar gäller riksdagen, blå regionen och vita kommunen, och just de vita, lokala valsedlarna är ofta längst och svårast att läsa. För den som ser dåligt, har darriga händer eller fortfarande lär sig svenska kan rutinen vara förvirrande, och att be om hjälp innebär att delvis ge upp valhemligheten.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Ahead of the 2026 municipal elections, Dušan Milenković observed voting in three Stockholm polling stations and ran mock elections in a library in Rinkeby with twenty-four voters: wheelchair users, blind and partially sighted people, older residents and newcomers from a Swedish for immigrants class. The resulting proposals are modest and cheap: a lower, angled ballot rack with tactile party markers, envelopes with a notched corner, a lamp and a magnifier in every booth, and a picture guide to the whole process in eight languages.",
                    "sr": "Уочи општинских избора 2026. године Душан Миленковић посматрао је гласање на три бирачка места у Стокхолму и организовао пробне изборе у једној библиотеци у Ринкебију са двадесет четири бирача: корисницима инвалидских колица, слепим и слабовидим особама, старијим суграђанима и полазницима курса шведског за придошлице. Предлози који су из тога проистекли скромни су и јефтини: нижи, нагнути сталак за листиће са опипљивим ознакама странака, коверте са засеченим углом, лампа и лупа у свакој кабини и сликовни водич кроз цео поступак на осам језика.",
                    "sv": "Inför kommunvalet 2026 observerade Dušan Milenković röstningen i tre vallokaler i Stockholm och höll provval på ett bibliotek i Rinkeby med tjugofyra väljare: rullstolsanvändare, blinda och synsvaga, äldre invånare och deltagare från en sfi-klass. Förslagen som växte fram är enkla och billiga: ett lägre, lutande valsedelställ med kännbara partimarkeringar, kuvert med ett urklippt hörn, en lampa och ett förstoringsglas i varje valbås och en bildguide till hela röstningen på åtta språk.",
                },
            },
            {
                "type": "image",
                "alt": {
                    "en": "Abstract illustration of stacked horizontal bars and a single circle, evoking a ballot rack and a magnifier",
                    "sr": "Апстрактна илустрација са наслаганим водоравним тракама и једним кругом, која подсећа на сталак за листиће и лупу",
                    "sv": "Abstrakt illustration med staplade liggande band och en ensam cirkel, som för tankarna till ett valsedelställ och ett förstoringsglas",
                },
                "caption": {
                    "en": "The proposed ballot rack is 30 centimetres lower and tilted so that party names can be read from a wheelchair.",
                    "sr": "Предложени сталак за листиће нижи је за 30 центиметара и нагнут, тако да се називи странака могу прочитати и из инвалидских колица.",
                    "sv": "Det föreslagna valsedelstället är 30 centimeter lägre och lutar, så att partinamnen går att läsa från en rullstol.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "For the first time I did everything myself, from the rack to the ballot box. Nobody had to read the papers out loud for me.",
                    "sr": "Први пут сам све урадио сам, од сталка до гласачке кутије. Нико није морао да ми наглас чита листиће.",
                    "sv": "För första gången gjorde jag allt själv, från stället till valurnan. Ingen behövde läsa upp valsedlarna för mig.",
                },
                "attribution": {
                    "en": "Participant in the mock election at Rinkeby library",
                    "sr": "Учесник пробних избора у библиотеци у Ринкебију",
                    "sv": "Deltagare i provvalet på biblioteket i Rinkeby",
                },
            },
        ],
    },
    # --- Night Bus Guide for Shift Workers
    {
        "slug": "night-bus-guide-gothenburg",
        "title": {
            "en": "Night Bus Guide for Shift Workers",
            "sr": "Водич за ноћне аутобусе за сменске раднике",
            "sv": "Nattbussguiden för skiftarbetare",
        },
        "summary": {
            "en": "A service that tells night-shift workers in Gothenburg when the last and first buses leave, through text messages, small displays at dark stops and timetable cards handed out at workplaces.",
            "sr": "Услуга која радницима ноћних смена у Гетеборгу јавља када полазе последњи и први аутобуси, путем СМС порука, малих дисплеја на мрачним стајалиштима и картица са редом вожње које се деле на радним местима.",
            "sv": "En tjänst som talar om för nattskiftsarbetare i Göteborg när de sista och första bussarna går, via sms, små skärmar vid mörka hållplatser och tidtabellskort som delas ut på arbetsplatserna.",
        },
        "year": 2024,
        "city": {"en": "Gothenburg", "sr": "Гетеборг", "sv": "Göteborg"},
        "country": "SE",
        "disciplines": ["service-design"],
        "themes": ["public-space", "social-inclusion"],
        "team": [
            {
                "designer": "johan-ekstrom",
                "role": {
                    "en": "Project lead and urbanist",
                    "sr": "Руководилац пројекта и урбаниста",
                    "sv": "Projektledare och urbanist",
                },
            },
            {
                "designer": "stefan-scepanovic",
                "role": {
                    "en": "Service and interaction designer",
                    "sr": "Дизајнер услуга и интеракције",
                    "sv": "Tjänste- och interaktionsdesigner",
                },
            },
        ],
        "partners": ["masthugget-makerspace"],
        "programme": None,
        "cover_alt": {
            "en": "Abstract geometric cover of a long horizontal band with small rectangles along it and a circle above, like a night bus passing a stop",
            "sr": "Апстрактна геометријска насловна илустрација са дугачком водоравном траком, малим правоугаоницима дуж ње и кругом изнад, као ноћни аутобус који пролази поред стајалишта",
            "sv": "Abstrakt geometrisk omslagsbild med ett långt liggande band, små rektanglar längs det och en cirkel ovanför, som en nattbuss som passerar en hållplats",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Every night thousands of people in Gothenburg travel to and from work while most of the city sleeps: cleaners, bakers, care workers, warehouse staff on Hisingen and nurses finishing late shifts. Many rely on night buses that run less often, change routes at weekends and are poorly signed at the stops. In interviews at bus stops and in staff canteens, Johan Ekström heard the same story again and again: people wait in the cold without knowing whether the bus has already gone or will come at all.",
                    "sr": "Сваке ноћи хиљаде људи у Гетеборгу путују на посао или са посла док већина града спава: чистачице, пекари, неговатељи, магационери на острву Хисинген и медицинске сестре после касних смена. Многи зависе од ноћних аутобуса који ређе саобраћају, викендом мењају трасе и слабо су означени на стајалиштима. У разговорима на стајалиштима и у кантинама за запослене Јохан Екстрем је изнова слушао исту причу: људи чекају на хладноћи не знајући да ли је аутобус већ прошао и да ли ће уопште доћи.",
                    "sv": "Varje natt reser tusentals göteborgare till och från jobbet medan större delen av staden sover: städare, bagare, undersköterskor, lagerarbetare på Hisingen och sjuksköterskor som går av sena pass. Många är beroende av nattbussar som går glesare, byter linjesträckning på helgerna och är dåligt skyltade vid hållplatserna. I samtal vid busshållplatser och i personalmatsalar hörde Johan Ekström samma historia gång på gång: man står och väntar i kylan utan att veta om bussen redan har gått eller om den alls kommer.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Together with Stefan Šćepanović, who spent three months in Gothenburg, Johan built the service in weekly sessions at Masthugget Makerspace with a group of fourteen shift workers. It has three parts. A text message tells subscribers when their usual night bus is running late or has been replaced. A small solar-powered display, assembled and tested in the makerspace, shows the next two departures at poorly lit stops. And pocket-sized cards list the night routes from each large workplace in Swedish, Arabic, Somali and Tigrinya.",
                    "sr": "Заједно са Стефаном Шћепановићем, који је три месеца провео у Гетеборгу, Јохан је услугу развијао на недељним састанцима у Отвореној радионици Мастхугет, са групом од четрнаест сменских радника. Услуга има три дела. СМС порука обавештава кориснике када њихов уобичајени ноћни аутобус касни или је замењен. Мали дисплеј на соларни погон, склопљен и испробан у радионици, показује наредна два поласка на слабо осветљеним стајалиштима. А картице величине новчаника наводе ноћне линије од сваког већег радног места на шведском, арапском, сомалијском и тигриња језику.",
                    "sv": "Tillsammans med Stefan Šćepanović, som tillbringade tre månader i Göteborg, byggde Johan upp tjänsten under veckovisa träffar på Masthuggets makerspace med en grupp på fjorton skiftarbetare. Den består av tre delar. Ett sms meddelar prenumeranterna när deras vanliga nattbuss är försenad eller ersatt. En liten soldriven skärm, byggd och testad i makerspacet, visar de två nästa avgångarna vid mörka hållplatser. Och kort i plånboksformat visar nattlinjerna från varje större arbetsplats på svenska, arabiska, somaliska och tigrinja.",
                },
            },
            {
                "type": "image",
                "alt": {
                    "en": "Abstract illustration of small rectangles lined up along a band with an ellipse above, suggesting a stop display under the night sky",
                    "sr": "Апстрактна илустрација малих правоугаоника поређаних дуж траке, са елипсом изнад, која подсећа на дисплеј на стајалишту под ноћним небом",
                    "sv": "Abstrakt illustration med små rektanglar i rad längs ett band och en ellips ovanför, som för tankarna till en hållplatsskärm under natthimlen",
                },
                "caption": {
                    "en": "The solar display uses an e-paper screen that stays readable under streetlights and needs no mains connection.",
                    "sr": "Соларни дисплеј има екран од електронског папира који остаје читљив под уличним светлом и не мора да се прикључи на струјну мрежу.",
                    "sv": "Solskärmen har en display av e-papper som går att läsa i gatubelysningen och inte behöver anslutas till elnätet.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "The pilot ran for four months in 2024 on two night routes and at five stops, and around three hundred people signed up for the text messages. Waiting times did not change, but uncertainty did: in a follow-up survey most users said they now leave work knowing which bus to aim for, and several said they felt safer at the stops. The transport company has since asked to use the multilingual route cards as a template, and the display design is published as an open kit at the makerspace.",
                    "sr": "Пилот-пројекат трајао је четири месеца 2024. године на две ноћне линије и пет стајалишта, а за СМС поруке пријавило се око три стотине људи. Време чекања се није променило, али неизвесност јесте: у накнадној анкети већина корисника рекла је да сада са посла излази знајући на који аутобус треба да стигне, а неколико њих да се на стајалиштима осећају безбедније. Превозник је у међувремену затражио да вишејезичне картице са линијама користи као шаблон, а нацрт дисплеја објављен је као отворени комплет у радионици Мастхугет.",
                    "sv": "Piloten pågick i fyra månader under 2024 på två nattlinjer och vid fem hållplatser, och omkring trehundra personer anmälde sig till sms-tjänsten. Väntetiderna blev inte kortare, men osäkerheten minskade: i en uppföljande enkät sa de flesta användarna att de nu går från jobbet med vetskap om vilken buss de ska hinna till, och flera sa att de kände sig tryggare vid hållplatserna. Trafikbolaget har sedan dess bett att få använda de flerspråkiga linjekorten som förlaga, och skärmens konstruktion finns som öppen byggsats på makerspacet.",
                },
            },
        ],
    },
    # --- Green Spots: Mapping the Community Gardens of Niš
    {
        "slug": "green-spots-nis-garden-map",
        "title": {
            "en": "Green Spots: Mapping the Community Gardens of Niš",
            "sr": "Зелене тачке: мапа заједничких башта у Нишу",
            "sv": "Gröna punkter – stadsodlingarna i Niš på kartan",
        },
        "summary": {
            "en": "An online map of community gardens, orchards and forgotten green corners in Niš, researched, photographed and built by a group of secondary-school students with Nišava Youth Initiative.",
            "sr": "Интернет мапа заједничких башта, воћњака и заборављених зелених кутака у Нишу, коју је истражила, фотографисала и направила група средњошколаца са Омладинском иницијативом Нишава.",
            "sv": "En webbkarta över gemensamma odlingar, fruktträdgårdar och bortglömda gröna hörn i Niš, som en grupp gymnasieelever har undersökt, fotograferat och byggt tillsammans med Ungdomsinitiativet Nišava.",
        },
        "year": 2022,
        "city": {"en": "Niš", "sr": "Ниш", "sv": "Niš"},
        "country": "RS",
        "disciplines": ["interaction-design"],
        "themes": ["education", "urban-revitalisation"],
        "team": [
            {
                "designer": "stefan-scepanovic",
                "role": {
                    "en": "Interaction designer and workshop lead",
                    "sr": "Дизајнер интеракције и водитељ радионица",
                    "sv": "Interaktionsdesigner och workshopledare",
                },
            },
            {
                "designer": "ljubica-zivkovic",
                "role": {
                    "en": "Community organiser and mentor",
                    "sr": "Организаторка у заједници и менторка",
                    "sv": "Samhällsorganisatör och mentor",
                },
            },
        ],
        "partners": ["nisava-youth-initiative"],
        "programme": None,
        "cover_alt": {
            "en": "Abstract geometric cover of circles of different sizes scattered across intersecting stripes, like gardens marked on a city map",
            "sr": "Апстрактна геометријска насловна илустрација са круговима различитих величина расутим преко пруга које се укрштају, као баште означене на мапи града",
            "sv": "Abstrakt geometrisk omslagsbild med cirklar i olika storlekar utspridda över korsande ränder, som odlingar markerade på en stadskarta",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Niš has more green space than most people notice: gardens behind apartment blocks in Durlan, a school orchard in Pantelej, vegetable beds along the Nišava embankment tended by pensioners. None of it appeared on any map. Over one school year, Stefan Šćepanović and Ljubica Živković worked with eighteen teenagers from Nišava Youth Initiative, who walked the city neighbourhood by neighbourhood, interviewed gardeners, photographed the plots and recorded what grows there and who is welcome to join.",
                    "sr": "Ниш има више зеленила него што већина људи примети: баште иза стамбених зграда на Дурлану, школски воћњак на Пантелеју, леје с поврћем уз кеј Нишаве о којима брину пензионери. Ништа од тога није било ни на једној мапи. Током једне школске године Стефан Шћепановић и Љубица Живковић радили су са осамнаесторо тинејџера из Омладинске иницијативе Нишава, који су обишли град кварт по кварт, разговарали са баштованима, фотографисали парцеле и бележили шта на њима расте и ко може да се придружи.",
                    "sv": "Niš har mer grönska än de flesta lägger märke till: trädgårdar bakom hyreshusen i Durlan, en skolfruktträdgård i Pantelej och grönsaksland längs kajen vid Nišava som pensionärer sköter om. Inget av det fanns på någon karta. Under ett läsår arbetade Stefan Šćepanović och Ljubica Živković med arton tonåringar från Ungdomsinitiativet Nišava, som gick igenom staden stadsdel för stadsdel, intervjuade odlare, fotograferade odlingarna och antecknade vad som växer där och vem som är välkommen att vara med.",
                },
            },
            {
                "type": "image",
                "alt": {
                    "en": "Abstract illustration of scattered circles of different sizes over crossing bands, like points on a city map",
                    "sr": "Апстрактна илустрација расутих кругова различитих величина преко трака које се укрштају, као тачке на мапи града",
                    "sv": "Abstrakt illustration med utspridda cirklar i olika storlekar över korsande band, som punkter på en stadskarta",
                },
                "caption": {
                    "en": "Forty-three gardens were mapped, from single raised beds to a two-hectare orchard.",
                    "sr": "На мапу је унето четрдесет три баште, од појединачних уздигнутих леја до воћњака од два хектара.",
                    "sv": "Fyrtiotre odlingar kartlades, från enstaka pallkragar till en fruktträdgård på två hektar.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Stefan ran the design sessions like a small studio. The students sketched the map on paper before touching a computer, argued about symbols and colours, and tested early versions with their grandparents, which led to larger text and a simple list view next to the map. Each garden has a short profile written by the students in Serbian and English, with opening days, a contact person and a note on what help is needed. The site was built with free, open-source tools so that the youth group can maintain it without outside help.",
                    "sr": "Стефан је састанке водио као мали студио. Ученици су мапу најпре скицирали на папиру, пре него што су сели за рачунар, расправљали о симболима и бојама и прве верзије испробавали са бакама и декама, што је довело до крупнијих слова и једноставног приказа у облику списка поред мапе. Свака башта има кратак профил који су ученици написали на српском и енглеском, са данима када је отворена, особом за контакт и напоменом о томе каква је помоћ потребна. Сајт је направљен бесплатним алатима отвореног кода, тако да омладинска група може сама да га одржава.",
                    "sv": "Stefan ledde arbetet som en liten designstudio. Eleverna skissade kartan på papper innan de satte sig vid datorn, diskuterade symboler och färger och testade de första versionerna med sina mor- och farföräldrar, vilket ledde till större text och en enkel listvy bredvid kartan. Varje odling har en kort presentation som eleverna skrivit på serbiska och engelska, med öppettider, en kontaktperson och en notis om vilken hjälp som behövs. Webbplatsen är byggd med fria verktyg med öppen källkod, så att ungdomsgruppen kan sköta den utan hjälp utifrån.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Since the map went online in the spring of 2022, two neglected plots listed on it have been taken over by new groups of neighbours, and a primary school in Palilula has used it to plan a term of outdoor biology lessons. The students who built it still update the profiles every autumn, and Nišava Youth Initiative now runs a short course each year for younger members who want to join the map team and learn the basics of interaction design.",
                    "sr": "Откако је мапа постављена на интернет у пролеће 2022. године, две запуштене парцеле које се на њој налазе преузеле су нове групе комшија, а једна основна школа на Палилули искористила је мапу да испланира полугодиште часова биологије на отвореном. Ученици који су је направили и даље сваке јесени ажурирају профиле, а Омладинска иницијатива Нишава сада сваке године организује кратак курс за млађе чланове који желе да се придруже тиму и науче основе дизајна интеракције.",
                    "sv": "Sedan kartan publicerades våren 2022 har två försummade lotter på den tagits över av nya grupper av grannar, och en grundskola i Palilula har använt den för att planera en termin med biologilektioner utomhus. Eleverna som byggde kartan uppdaterar fortfarande presentationerna varje höst, och Ungdomsinitiativet Nišava håller nu varje år en kort kurs för yngre medlemmar som vill gå med i kartteamet och lära sig grunderna i interaktionsdesign.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "I had walked past the garden behind my school a hundred times. Now I know the man who planted its walnut tree in 1987.",
                    "sr": "Поред баште иза своје школе прошла сам сто пута. Сада знам човека који је 1987. засадио њен орах.",
                    "sv": "Jag hade gått förbi trädgården bakom min skola hundra gånger. Nu känner jag mannen som planterade valnötsträdet där 1987.",
                },
                "attribution": {
                    "en": "Teodora, 16, member of the map team",
                    "sr": "Теодора, 16 година, чланица тима за мапу",
                    "sv": "Teodora, 16 år, med i kartteamet",
                },
            },
        ],
    },
]
