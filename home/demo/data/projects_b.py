"""Demo projects, part B: seven projects. All people and projects are fictional."""
from __future__ import annotations

PROJECTS = [
    # ------------------------------------------------ Circular City Exchange
    {
        "slug": "second-cut-pine-offcut-furniture",
        "title": {
            "en": "Second Cut: Furniture from Pine Offcuts",
            "sr": "Други рез: намештај од отпадака боровине",
            "sv": "Andra snittet: möbler av spillvirke i furu",
        },
        "summary": {
            "en": "A circular furniture line of stools, benches and shelving made from Swedish pine offcuts and sawmill waste from Novi Sad, designed to be assembled without glue and taken back for repair.",
            "sr": "Циркуларна линија намештаја – хоклице, клупе и полице – од отпадака шведске боровине и отпада из новосадских пилана, осмишљена да се склапа без лепка и враћа на поправку.",
            "sv": "En cirkulär möbelserie med pallar, bänkar och hyllor av spillvirke i svensk furu och avfall från sågverk i Novi Sad, formgiven för att monteras utan lim och tas tillbaka för reparation.",
        },
        "year": 2025,
        "city": {"en": "Novi Sad", "sr": "Нови Сад", "sv": "Novi Sad"},
        "country": "RS",
        "disciplines": ["furniture"],
        "themes": ["circular-economy", "sustainability"],
        "team": [
            {
                "designer": "nikola-djordjevic",
                "role": {
                    "en": "Lead designer and maker",
                    "sr": "Главни дизајнер и израда",
                    "sv": "Huvudformgivare och tillverkare",
                },
            },
            {
                "designer": "linnea-aberg",
                "role": {
                    "en": "Material flows and take-back service",
                    "sr": "Токови материјала и услуга повраћаја",
                    "sv": "Materialflöden och återtagningstjänst",
                },
            },
        ],
        "partners": ["petrovaradin-design-week", "sofielund-social-lab"],
        "programme": "circular-city-exchange",
        "cover_alt": {
            "en": "Abstract cover of overlapping pale yellow rectangles and thin zigzag lines like saw teeth on a dark green background",
            "sr": "Апстрактна насловна илустрација са преклопљеним бледожутим правоугаоницима и танким цик-цак линијама налик зупцима тестере на тамнозеленој подлози",
            "sv": "Abstrakt omslagsbild med överlappande ljusgula rektanglar och tunna sicksacklinjer som liknar sågtänder mot mörkgrön bakgrund",
        },
        "featured": True,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "During the Circular City Exchange, Nikola Đorđević and Linnéa Åberg visited a window-frame joinery in Malmö that sends several tonnes of short pine pieces to the incinerator every year. Back in Novi Sad, the sawmills along the Danube canal pile up slabs and edge strips of poplar and pine that nobody buys. Both waste streams share the same problem: the pieces are too short or too narrow for ordinary furniture. The project set out to design a collection around those dimensions instead of fighting them.",
                    "sr": "Током размене „Циркуларни град“ Никола Ђорђевић и Линеа Оберг посетили су једну столарију у Малмеу која сваке године у спалионицу шаље неколико тона кратких комада боровине. У Новом Саду, пилане дуж канала Дунав–Тиса–Дунав гомилају окрајке и бочне летве од тополе и бора које нико не купује. Оба тока отпада имају исти проблем: комади су прекратки или преуски за обичан намештај. Пројекат је зато кренуо управо од тих мера и око њих осмислио колекцију, уместо да се са њима бори.",
                    "sv": "Under utbytet Cirkulär stad besökte Nikola Đorđević och Linnéa Åberg ett fönstersnickeri i Malmö som varje år skickar flera ton korta furubitar till förbränning. Hemma i Novi Sad hopar sågverken längs Donaukanalen bakar och kantribbor av poppel och furu som ingen köper. Båda avfallsflödena har samma problem: bitarna är för korta eller för smala för vanliga möbler. Projektet utgick därför från just de måtten och formgav en serie kring dem i stället för att kämpa emot dem.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "What is left over at a sawmill is not waste. It is just a size that nobody has designed for yet.",
                    "sr": "Оно што остане у пилани није отпад. То је само мера за коју још нико није дизајнирао.",
                    "sv": "Det som blir över på ett sågverk är inte avfall. Det är bara ett mått som ingen har formgett för ännu.",
                },
                "attribution": {
                    "en": "Nikola Đorđević, furniture designer",
                    "sr": "Никола Ђорђевић, дизајнер намештаја",
                    "sv": "Nikola Đorđević, möbelformgivare",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Low stool built from short pine blocks joined with oak dowels",
                            "sr": "Ниска хоклица од кратких борових блокова спојених храстовим типлама",
                            "sv": "Låg pall av korta furublock sammanfogade med ekdymlingar",
                        },
                        "caption": {
                            "en": "The Kratak stool uses no piece longer than 30 centimetres.",
                            "sr": "Хоклица „Кратак“ састоји се од комада који нису дужи од 30 центиметара.",
                            "sv": "Pallen Kratak består av bitar som inte är längre än 30 centimeter.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Long bench with a seat of narrow edge strips laid side by side",
                            "sr": "Дугачка клупа са седиштем од уских бочних летава сложених једна уз другу",
                            "sv": "Lång bänk med en sits av smala kantribbor lagda sida vid sida",
                        },
                        "caption": {
                            "en": "Edge strips from Novi Sad sawmills become a slatted bench seat.",
                            "sr": "Бочне летве из новосадских пилана постају седиште клупе.",
                            "sv": "Kantribbor från sågverken i Novi Sad blir till en spjälsits.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Wall shelf on steel brackets holding plants and books",
                            "sr": "Зидна полица на челичним носачима са биљкама и књигама",
                            "sv": "Vägghylla på stålkonsoler med växter och böcker",
                        },
                        "caption": {
                            "en": "The shelving is bolted together, so any board can be replaced.",
                            "sr": "Делови полице спојени су завртњима, па свака даска може да се замени.",
                            "sv": "Hyllans delar är bultade, så varje bräda kan bytas ut.",
                        },
                    },
                ],
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Every piece in the collection is assembled with dowels, wedges and bolts rather than glue, so that it can be taken apart at the end of its life. Linnéa designed a simple take-back service: buyers register their furniture with a code burnt into the underside, and when a part breaks or the piece is no longer wanted, it goes back to Nikola's workshop. There, parts are repaired, re-cut into smaller items or sold on. The first series of forty stools was presented at the closing exhibition of the exchange in Novi Sad.",
                    "sr": "Сваки комад колекције склапа се типлама, клиновима и завртњима, без лепка, како би могао да се растави на крају свог века. Линеа је осмислила једноставну услугу повраћаја: купци региструју намештај помоћу кода утиснутог на доњој страни, а када се неки део поломи или комад више није потребан, он се враћа у Николину радионицу. Тамо се делови поправљају, секу у мање предмете или поново продају. Прва серија од четрдесет хоклица представљена је на завршној изложби размене у Новом Саду.",
                    "sv": "Varje möbel i serien monteras med dymlingar, kilar och bultar i stället för lim, så att den kan tas isär när den är uttjänt. Linnéa formgav en enkel återtagningstjänst: köparna registrerar sina möbler med en kod som bränts in på undersidan, och när en del går sönder eller möbeln inte längre behövs går den tillbaka till Nikolas verkstad. Där lagas delarna, sågas om till mindre föremål eller säljs vidare. Den första serien på fyrtio pallar visades på utbytets avslutande utställning i Novi Sad.",
                },
            },
        ],
    },
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
                    "sr": "Нико од нас није тражио више алата. Људи су тражили некога ко ће им показати како да користе оно што већ имају.",
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
