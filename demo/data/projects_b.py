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
    # ---------------------------------------------- Crafts Futures Residency
    {
        "slug": "turtle-and-comb-pirot-wool",
        "title": {
            "en": "Turtle and Comb: Pirot Motifs in Wool",
            "sr": "Корњача и чешаљ: пиротски мотиви у вуни",
            "sv": "Sköldpaddan och kammen: Pirotmotiv i ull",
        },
        "summary": {
            "en": "A collection of hand-woven wool throws and scarves that reinterprets Pirot kilim motifs in enlarged scale and muted Nordic colours, woven together with weavers from Preplet Crafts Cooperative.",
            "sr": "Колекција ручно тканих вунених прекривача и шалова која пиротске ћилимске мотиве тумачи у увећаној размери и пригушеним нордијским бојама, настала заједно са ткаљама Занатске задруге Преплет.",
            "sv": "En kollektion handvävda plädar och sjalar i ull som tolkar motiv från kelimer från Pirot i förstorad skala och dämpade nordiska färger, vävda tillsammans med väverskor från Hantverkskooperativet Preplet.",
        },
        "year": 2026,
        "city": {"en": "Užice", "sr": "Ужице", "sv": "Užice"},
        "country": "RS",
        "disciplines": ["textile-fashion"],
        "themes": ["cultural-heritage"],
        "team": [
            {
                "designer": "maja-forsberg",
                "role": {
                    "en": "Textile designer and weaver",
                    "sr": "Дизајнерка текстила и ткаља",
                    "sv": "Textilformgivare och vävare",
                },
            },
            {
                "designer": "oskar-sjoberg",
                "role": {
                    "en": "Photographer, documentation of the weaving process",
                    "sr": "Фотограф, документовање процеса ткања",
                    "sv": "Fotograf, dokumentation av vävprocessen",
                },
            },
        ],
        "partners": ["preplet-crafts-cooperative"],
        "programme": "crafts-futures-residency",
        "cover_alt": {
            "en": "Abstract cover of stacked red and grey diamonds with stepped edges on a background the colour of undyed wool",
            "sr": "Апстрактна насловна илустрација са наслаганим црвеним и сивим ромбовима степенастих ивица на подлози боје небојене вуне",
            "sv": "Abstrakt omslagsbild med staplade röda och grå romber med trappstegskanter mot en bakgrund i oblekt ullfärg",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Maja Forsberg arrived at the Crafts Futures Residency planning to work with knitting, but in the cooperative's storeroom she found a worn Pirot kilim that one of the older members had woven in the 1970s. Pirot kilims are woven so that both sides look the same, and motifs such as the turtle, the comb and the little tree each carry a name and a story. Maja spent the remaining weeks at an upright loom with two weavers, learning the technique properly before changing anything about it.",
                    "sr": "Маја Форсберг дошла је на резиденцију „Будућност заната“ с намером да ради са плетивом, али је у магацину задруге пронашла похабан пиротски ћилим који је једна од старијих чланица ткала седамдесетих година. Пиротски ћилими ткају се тако да им лице и наличје изгледају исто, а мотиви попут корњаче, чешља и дрвцета имају своје име и своју причу. Маја је преостале недеље провела за усправним разбојем са две ткаље, учећи технику како треба пре него што је у њој ишта променила.",
                    "sv": "Maja Forsberg kom till residenset Hantverkets framtid för att arbeta med stickning, men i kooperativets förråd hittade hon en nött kelim från Pirot som en av de äldre medlemmarna hade vävt på 1970-talet. Kelimer från Pirot vävs så att båda sidorna ser likadana ut, och motiven, som sköldpaddan, kammen och det lilla trädet, har var sitt namn och sin egen berättelse. Maja tillbringade resten av veckorna vid en stående vävstol tillsammans med två väverskor och lärde sig tekniken ordentligt innan hon ändrade något i den.",
                },
            },
            {
                "type": "image",
                "alt": {
                    "en": "Hands passing red wool weft through the warp of an upright loom",
                    "sr": "Руке провлаче црвену вунену потку кроз основу усправног разбоја",
                    "sv": "Händer som för ett rött ullinslag genom varpen i en stående vävstol",
                },
                "caption": {
                    "en": "Weaving a test panel on the cooperative's upright loom.",
                    "sr": "Ткање пробног узорка на усправном разбоју задруге.",
                    "sv": "En provbit vävs i kooperativets stående vävstol.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "The collection, finished in Gothenburg in spring 2026, consists of six throws and four long scarves. Maja enlarged single motifs until they read almost as abstract graphics, and replaced the traditional saturated reds with madder pink, lichen grey and the undyed brown wool of Pramenka sheep from the Zlatibor area. Every piece is still double-sided. Oskar Sjöberg photographed the whole process, from washing the raw fleece to tying the last knot, and his pictures travel with the collection as a record of who made it.",
                    "sr": "Колекција, довршена у Гетеборгу у пролеће 2026. године, обухвата шест прекривача и четири дугачка шала. Маја је појединачне мотиве увећала толико да делују готово као апстрактна графика, а традиционалне засићене црвене тонове заменила је ружичастом бојом броћа, сивилом лишаја и небојеном смеђом вуном праменке са Златибора. Сваки комад је и даље двостран. Оскар Шеберг фотографисао је цео процес, од прања сирове вуне до последњег чвора, а његове фотографије прате колекцију као сведочанство о томе ко ју је направио.",
                    "sv": "Kollektionen, som blev färdig i Göteborg våren 2026, består av sex plädar och fyra långa sjalar. Maja förstorade enskilda motiv tills de nästan blev abstrakt grafik och bytte ut de traditionella mättade röda färgerna mot krapprosa, lavgrått och den ofärgade bruna ullen från pramenkafår från trakterna kring Zlatibor. Varje plagg är fortfarande dubbelsidigt. Oskar Sjöberg fotograferade hela processen, från tvättningen av råullen till den sista knuten, och hans bilder följer med kollektionen som ett vittnesbörd om vilka som gjorde den.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "I wanted to change the scale and the colours, but never the rule that a kilim has no wrong side.",
                    "sr": "Желела сам да променим размеру и боје, али никако правило да ћилим нема наличје.",
                    "sv": "Jag ville ändra skalan och färgerna, men aldrig regeln att en kelim saknar avigsida.",
                },
                "attribution": {
                    "en": "Maja Forsberg, textile designer",
                    "sr": "Маја Форсберг, дизајнерка текстила",
                    "sv": "Maja Forsberg, textilformgivare",
                },
            },
        ],
    },
    # ------------------------------------------------ Independent projects
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
    {
        "slug": "flat-pack-classroom",
        "title": {
            "en": "Flat-Pack Classroom",
            "sr": "Учионица у пакету",
            "sv": "Klassrum i platta paket",
        },
        "summary": {
            "en": "A flat-pack set of desks, chairs and storage for small village schools in southern Serbia, cut from birch plywood on a CNC router and assembled by teachers and pupils without tools.",
            "sr": "Комплет расклопивих клупа, столица и ормарића за мале сеоске школе на југу Србије, исечен од брезове шперплоче на ЦНЦ глодалици, који наставници и ученици склапају без алата.",
            "sv": "Ett plattpaketerat set med bänkar, stolar och förvaring för små byskolor i södra Serbien, fräst i björkplywood med CNC-fräs och monterat av lärare och elever utan verktyg.",
        },
        "year": 2023,
        "city": {"en": "Vranje", "sr": "Врање", "sv": "Vranje"},
        "country": "RS",
        "disciplines": ["furniture", "product-design"],
        "themes": ["education", "sustainability"],
        "team": [
            {
                "designer": "astrid-lindqvist",
                "role": {
                    "en": "Furniture designer, structure and ergonomics",
                    "sr": "Дизајнерка намештаја, конструкција и ергономија",
                    "sv": "Möbelformgivare, konstruktion och ergonomi",
                },
            },
            {
                "designer": "nikola-djordjevic",
                "role": {
                    "en": "Furniture designer, production and local sourcing",
                    "sr": "Дизајнер намештаја, производња и локални добављачи",
                    "sv": "Möbelformgivare, produktion och lokala leverantörer",
                },
            },
        ],
        "partners": ["nisava-youth-initiative", "norrstrom-school-of-design"],
        "programme": None,
        "cover_alt": {
            "en": "Abstract cover of flat, puzzle-like shapes in birch beige and school-bus yellow slotting together on a slate-blue background",
            "sr": "Апстрактна насловна илустрација са равним облицима налик деловима слагалице, у боји брезе и јарко жутој, који се уклапају један у други на подлози боје шкриљца",
            "sv": "Abstrakt omslagsbild med platta, pusselliknande former i björkbeige och skolbussgult som griper in i varandra mot skifferblå bakgrund",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Many village schools in the Pčinja and Jablanica districts teach fewer than fifteen pupils, often of different ages in one room, at desks that are decades old. Replacing them is expensive, partly because driving assembled furniture up mountain roads costs almost as much as the furniture itself. Astrid Lindqvist and Nikola Đorđević met through Nišava Youth Initiative and set out to design a set that travels flat in an ordinary van, can be assembled by a teacher and pupils in one afternoon, and adjusts to children from seven to fifteen.",
                    "sr": "Многе сеоске школе у Пчињском и Јабланичком округу имају мање од петнаест ученика, често различитог узраста у истој учионици, који седе за клупама старим по неколико деценија. Њихова замена је скупа, делом зато што превоз склопљеног намештаја планинским путевима кошта готово колико и сам намештај. Астрид Линдквист и Никола Ђорђевић упознали су се преко Омладинске иницијативе Нишава и одлучили да осмисле комплет који се превози раван у обичном комбију, који наставник са ученицима може да склопи за једно поподне и који се прилагођава деци од седам до петнаест година.",
                    "sv": "Många byskolor i distrikten Pčinja och Jablanica har färre än femton elever, ofta i olika åldrar i samma klassrum, som sitter vid bänkar som är flera decennier gamla. Att byta ut dem är dyrt, bland annat för att det kostar nästan lika mycket att köra färdigmonterade möbler uppför bergsvägarna som möblerna själva. Astrid Lindqvist och Nikola Đorđević träffades genom Ungdomsinitiativet Nišava och bestämde sig för att formge ett set som transporteras platt i en vanlig skåpbil, kan monteras av en lärare och eleverna på en eftermiddag och går att anpassa till barn mellan sju och femton år.",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Stack of flat birch plywood parts strapped down in the back of a van",
                            "sr": "Наслагани равни делови од брезове шперплоче причвршћени каишем у задњем делу комбија",
                            "sv": "Stapel av platta delar i björkplywood fastspända med en rem i en skåpbil",
                        },
                        "caption": {
                            "en": "A complete set for a class of twelve fits in one van.",
                            "sr": "Комплет за одељење од дванаест ученика стаје у један комби.",
                            "sv": "Ett helt set för en klass på tolv elever får plats i en skåpbil.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Pupils slotting together a desk frame on a classroom floor",
                            "sr": "Ученици на поду учионице спајају рам клупе",
                            "sv": "Elever som sätter ihop ett bänkstativ på klassrumsgolvet",
                        },
                        "caption": {
                            "en": "Pupils in Crna Trava assembling their desks on the first day.",
                            "sr": "Ученици у Црној Трави склапају своје клупе првог дана.",
                            "sv": "Elever i Crna Trava monterar sina bänkar första dagen.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Chair with notches in the back legs allowing three seat heights",
                            "sr": "Столица са засецима на задњим ногама који омогућавају три висине седишта",
                            "sv": "Stol med skåror i bakbenen som ger tre sitthöjder",
                        },
                        "caption": {
                            "en": "Moving the seat up one notch lets the chair grow with the child.",
                            "sr": "Када се седиште подигне за један засек, столица расте заједно са дететом.",
                            "sv": "Genom att flytta upp sitsen ett hack växer stolen med barnet.",
                        },
                    },
                ],
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "All parts are cut from birch plywood on a CNC router in Niš, so spare parts can be made nearby from a shared file instead of being shipped from abroad. The joints are slotted and wedged, with no screws to lose, and the desktops are finished with linseed oil that pupils can renew themselves. In 2023 the set was installed in four schools. Teachers report that they now rearrange the room far more often, moving from rows to group work and back again in a couple of minutes.",
                    "sr": "Сви делови секу се од брезове шперплоче на ЦНЦ глодалици у Нишу, па резервни делови могу да се направе у близини према заједничкој датотеци, уместо да се довозе из иностранства. Спојеви су на утор и клин, без шрафова који би могли да се изгубе, а радне плоче премазане су ланеним уљем које ученици могу сами да обнове. Комплет је 2023. године постављен у четири школе. Наставници кажу да сада много чешће мењају распоред у учионици и да за пар минута прелазе са рада у редовима на рад у групама и назад.",
                    "sv": "Alla delar fräses i björkplywood med en CNC-fräs i Niš, så att reservdelar kan tillverkas i närheten utifrån en gemensam fil i stället för att skickas från utlandet. Fogarna är slitsade och kilade utan skruvar som kan komma bort, och bänkskivorna är behandlade med linolja som eleverna själva kan fylla på. Under 2023 installerades setet i fyra skolor. Lärarna berättar att de nu möblerar om mycket oftare och går från rader till grupparbete och tillbaka igen på ett par minuter.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "In a school with nine pupils, the furniture has to be a reading corner on Monday and a stage for the school play on Friday.",
                    "sr": "У школи са девет ученика намештај у понедељак мора да буде кутак за читање, а у петак позорница за школску представу.",
                    "sv": "I en skola med nio elever måste möblerna vara en läshörna på måndagen och en scen för skolpjäsen på fredagen.",
                },
                "attribution": {
                    "en": "Teacher at a village school near Crna Trava",
                    "sr": "Учитељица у сеоској школи код Црне Траве",
                    "sv": "Lärare på en byskola nära Crna Trava",
                },
            },
        ],
    },
    {
        "slug": "danube-birds-riso-guide",
        "title": {
            "en": "Birds of the Danube: A Riso Field Guide",
            "sr": "Птице Дунава: водич штампан на ризографу",
            "sv": "Fåglar vid Donau: en fälthandbok i risotryck",
        },
        "summary": {
            "en": "A pocket field guide to 36 birds of the Danube between Novi Sad and Belgrade, illustrated in four spot colours and printed on a risograph on recycled paper.",
            "sr": "Џепни водич кроз 36 врста птица са Дунава између Новог Сада и Београда, илустрован у четири боје и одштампан на ризографу на рециклираном папиру.",
            "sv": "En fälthandbok i fickformat om 36 fåglar längs Donau mellan Novi Sad och Belgrad, illustrerad i fyra dekorfärger och risotryckt på återvunnet papper.",
        },
        "year": 2022,
        "city": {"en": "Novi Sad", "sr": "Нови Сад", "sv": "Novi Sad"},
        "country": "RS",
        "disciplines": ["illustration"],
        "themes": ["sustainability", "education"],
        "team": [
            {
                "designer": "jovana-petrovic",
                "role": {
                    "en": "Illustration, design and printing",
                    "sr": "Илустрација, дизајн и штампа",
                    "sv": "Illustration, formgivning och tryck",
                },
            },
        ],
        "partners": ["petrovaradin-design-week"],
        "programme": None,
        "cover_alt": {
            "en": "Abstract cover of a wavy blue river band crossed by orange and fluorescent pink triangles shaped like wings",
            "sr": "Апстрактна насловна илустрација са таласастом плавом траком реке коју секу наранџасти и флуоресцентно ружичасти троуглови у облику крила",
            "sv": "Abstrakt omslagsbild med ett vågigt blått flodband som korsas av orange och fluorescerande rosa trianglar formade som vingar",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Jovana Petrović grew up watching cormorants dry their wings on the piers of Belgrade's bridges, yet she could name only a handful of the birds she saw. This guide covers 36 species that anyone can spot along the Danube between Novi Sad and Belgrade, from the pygmy cormorant and the grey heron to the white-tailed eagle on Great War Island. Each bird gets its own spread: a large illustration, a silhouette in flight, its call written out in plain words, and the best months and places to look for it.",
                    "sr": "Јована Петровић одрастала је гледајући вранце како суше крила на стубовима београдских мостова, а ипак је умела да именује тек неколико птица које је виђала. Овај водич обухвата 36 врста које свако може да примети дуж Дунава између Новог Сада и Београда, од малог вранца и сиве чапље до орла белорепана на Великом ратном острву. Свака птица добила је по две суседне стране: велику илустрацију, силуету у лету, свој глас записан обичним речима и месеце и места на којима ју је најлакше видети.",
                    "sv": "Jovana Petrović växte upp med att se skarvar torka vingarna på brofundamenten i Belgrad, men kunde ändå bara namnge ett fåtal av fåglarna hon såg. Den här handboken tar upp 36 arter som vem som helst kan få syn på längs Donau mellan Novi Sad och Belgrad, från dvärgskarven och gråhägern till havsörnen på ön Veliko ratno ostrvo. Varje fågel får ett eget uppslag: en stor illustration, en siluett i flykt, lätet nedskrivet med vanliga ord och de bästa månaderna och platserna att leta på.",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Open spread showing a grey heron printed in blue and orange riso inks",
                            "sr": "Отворене стране водича са сивом чапљом одштампаном плавом и наранџастом бојом на ризографу",
                            "sv": "Uppslag med en gråhäger tryckt i blå och orange risofärg",
                        },
                        "caption": {
                            "en": "Each species gets a spread with an illustration, a flight silhouette and its call.",
                            "sr": "Свака врста има две стране са илустрацијом, силуетом у лету и записом гласа.",
                            "sv": "Varje art får ett uppslag med illustration, flyktsiluett och läte.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Sheets of colour separations for the pygmy cormorant pinned to a studio wall",
                            "sr": "Листови са раздвојеним бојама за малог вранца закачени на зид атељеа",
                            "sv": "Ark med färgseparationer för dvärgskarven uppnålade på en ateljévägg",
                        },
                        "caption": {
                            "en": "Every illustration is drawn in separate layers, one for each ink.",
                            "sr": "Свака илустрација црта се у посебним слојевима, по један за сваку боју.",
                            "sv": "Varje illustration tecknas i separata lager, ett för varje färg.",
                        },
                    },
                ],
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "The guide was printed in an edition of 800 on the risograph of Petrovaradin Design Week, with soy-based inks on recycled paper, and launched with an early-morning bird walk on the Petrovaradin bank of the river. Jovana deliberately limited the palette to four inks, which keeps the print run cheap and forces every illustration to focus on the few features that actually help with identification. Half of the copies were given free to primary schools in both cities, together with a lesson plan written with a local ornithologist.",
                    "sr": "Водич је одштампан у тиражу од 800 примерака на ризографу Петроварадинске недеље дизајна, бојама на бази соје и на рециклираном папиру, а представљен је рано ујутру шетњом за посматрање птица на петроварадинској обали реке. Јована је намерно ограничила палету на четири боје, што штампу чини јефтином и приморава сваку илустрацију да се усредсреди на оних неколико обележја која заиста помажу при распознавању врста. Половина тиража бесплатно је подељена основним школама у оба града, заједно са планом часа написаним уз помоћ једног локалног орнитолога.",
                    "sv": "Handboken trycktes i en upplaga på 800 exemplar på Petrovaradins designveckas risograf, med sojabaserade färger på återvunnet papper, och lanserades med en fågelpromenad tidigt på morgonen på Petrovaradinsidan av floden. Jovana begränsade medvetet paletten till fyra färger, vilket håller nere tryckkostnaden och tvingar varje illustration att fokusera på de få kännetecken som faktiskt hjälper vid artbestämning. Hälften av upplagan delades ut gratis till grundskolor i båda städerna, tillsammans med en lektionsplanering som skrevs med hjälp av en lokal ornitolog.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "Once a child can tell a cormorant from a heron by its silhouette, the river stops being just a background.",
                    "sr": "Кад дете по силуети разликује вранца од чапље, река престаје да буде само позадина.",
                    "sv": "När ett barn kan skilja en skarv från en häger på siluetten slutar floden att vara bara en kuliss.",
                },
                "attribution": {
                    "en": "Jovana Petrović, illustrator",
                    "sr": "Јована Петровић, илустраторка",
                    "sv": "Jovana Petrović, illustratör",
                },
            },
        ],
    },
]
