"""Demo projects whose first discipline is graphic design, illustration or photography.

All people and projects are fictional.
"""

from __future__ import annotations

PROJECTS = [
    # --- Dvopis: A Two-Script Typeface for Belgrade Street Signs
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
    # --- Wayfinding for a Children's Hospital in Belgrade
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
    # --- Two Harvests: Seasonal Workers Between Serbia and Sweden
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
    # --- Birds of the Danube: A Riso Field Guide
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
    # --- Block by Block: An Archive of New Belgrade
    {
        "slug": "block-by-block-new-belgrade",
        "title": {
            "en": "Block by Block: An Archive of New Belgrade",
            "sr": "Блок по блок: архива Новог Београда",
            "sv": "Block för block – ett arkiv över Novi Beograd",
        },
        "summary": {
            "en": "A growing photo archive of New Belgrade's modernist housing blocks that pairs Oskar Sjöberg's pictures with the stories of people who have lived there since the 1960s.",
            "sr": "Архива фотографија модернистичких стамбених блокова Новог Београда која стално расте, у којој су слике Оскара Шеберга упарене са причама људи који у њима живе од шездесетих година.",
            "sv": "Ett växande fotoarkiv över de modernistiska bostadskvarteren i Novi Beograd, där Oskar Sjöbergs bilder möter berättelser från människor som har bott där sedan 1960-talet.",
        },
        "year": 2023,
        "city": {"en": "Belgrade", "sr": "Београд", "sv": "Belgrad"},
        "country": "RS",
        "disciplines": ["photography"],
        "themes": ["cultural-heritage", "urban-revitalisation"],
        "team": [
            {
                "designer": "oskar-sjoberg",
                "role": {"en": "Photographer", "sr": "Фотограф", "sv": "Fotograf"},
            },
            {
                "designer": "milica-dzajic",
                "role": {
                    "en": "Architect and oral-history researcher",
                    "sr": "Архитекткиња и истраживачица усмене историје",
                    "sv": "Arkitekt och forskare i muntlig historia",
                },
            },
        ],
        "partners": [],
        "programme": None,
        "cover_alt": {
            "en": "Abstract geometric cover of tall rectangles in a repeating grid, like the facades of modernist housing blocks",
            "sr": "Апстрактна геометријска насловна илустрација са високим правоугаоницима у мрежи која се понавља, као фасаде модернистичких стамбених блокова",
            "sv": "Abstrakt geometrisk omslagsbild med höga rektanglar i ett upprepat rutnät, som fasaderna på modernistiska bostadshus",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "New Belgrade was built on drained marshland from the late 1940s onwards as the capital of socialist Yugoslavia, and its numbered blocks remain one of Europe's largest collections of modernist housing. Much has been written about the architects; far less about the people who moved in with a suitcase and a stove and made the flats their homes. Oskar Sjöberg, who lives in a 1970s block himself, and architect Milica Džajić set out to record both the buildings and those lives before the generation of first residents is gone.",
                    "sr": "Нови Београд грађен је од касних четрдесетих година на исушеној мочвари као престоница социјалистичке Југославије, а његови нумерисани блокови и данас су једна од највећих целина модернистичког становања у Европи. О архитектама је много написано, а много мање о људима који су се уселили са једним кофером и шпоретом и од станова направили домове. Оскар Шеберг, који и сам живи у једном блоку из седамдесетих, и архитекткиња Милица Џајић одлучили су да забележе и зграде и те животе пре него што нестане генерација првих станара.",
                    "sv": "Novi Beograd byggdes från slutet av 1940-talet på utdikad sankmark som huvudstad i det socialistiska Jugoslavien, och de numrerade kvarteren är fortfarande en av Europas största samlingar av modernistiska bostäder. Mycket har skrivits om arkitekterna, betydligt mindre om människorna som flyttade in med en resväska och en spis och gjorde lägenheterna till sina hem. Oskar Sjöberg, som själv bor i ett kvarter från 1970-talet, och arkitekten Milica Džajić bestämde sig för att dokumentera både husen och livet i dem innan generationen som flyttade in först är borta.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Over two years they photographed twelve blocks, from the earliest slab buildings to the high-rises of the late 1970s, and recorded more than sixty conversations in kitchens, on balconies and on benches by the entrances. Residents lent family albums for scanning, and several borrowed Oskar's medium-format camera to photograph their own neighbours. The archive is organised by block and entrance, so visitors can follow a single stairwell through half a century. The first exhibition took place in the rooms of a former local community office.",
                    "sr": "Током две године фотографисали су дванаест блокова, од најранијих ламела до високих зграда с краја седамдесетих, и снимили више од шездесет разговора у кухињама, на терасама и на клупама испред улаза. Станари су позајмљивали породичне албуме за скенирање, а неколико њих узело је Оскаров фотоапарат средњег формата да сниме своје комшије. Архива је уређена по блоковима и улазима, тако да посетилац може да прати један исти улаз кроз пола века. Прва изложба одржана је у просторијама некадашње месне заједнице.",
                    "sv": "Under två år fotograferade de tolv kvarter, från de tidigaste lamellhusen till höghusen från slutet av 1970-talet, och spelade in över sextio samtal i kök, på balkonger och på bänkar utanför portarna. De boende lånade ut familjealbum för skanning, och flera av dem tog Oskars mellanformatskamera och fotograferade sina egna grannar. Arkivet är ordnat efter kvarter och port, så att besökaren kan följa ett och samma trapphus genom ett halvt sekel. Den första utställningen hölls i lokalerna till ett tidigare kvarterskontor.",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Abstract illustration of a tall grid of rectangles, like the facade of a housing slab",
                            "sr": "Апстрактна илустрација високе мреже правоугаоника, налик на фасаду стамбене ламеле",
                            "sv": "Abstrakt illustration av ett högt rutnät av rektanglar, som fasaden på ett lamellhus",
                        },
                        "caption": {
                            "en": "Facades were photographed at the same hour in every block, in the soft light of late afternoon.",
                            "sr": "Фасаде су у сваком блоку фотографисане у исто доба дана, под меком светлошћу касног поподнева.",
                            "sv": "Fasaderna fotograferades vid samma tid i varje kvarter, i det mjuka ljuset sent på eftermiddagen.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Abstract illustration of circles scattered over horizontal bands, suggesting balconies full of plants",
                            "sr": "Апстрактна илустрација кругова расутих преко водоравних трака, која подсећа на терасе пуне цвећа",
                            "sv": "Abstrakt illustration med cirklar utspridda över liggande band, som påminner om balkonger fulla av växter",
                        },
                        "caption": {
                            "en": "Balconies tell the story of each flat: glazed in, painted, planted or turned into a workshop.",
                            "sr": "Терасе причају причу сваког стана: застакљене, окречене, засађене или претворене у радионицу.",
                            "sv": "Balkongerna berättar varje lägenhets historia: inglasade, målade, planterade eller ombyggda till verkstad.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Abstract illustration of overlapping triangles beside a striped field, evoking a stairwell",
                            "sr": "Апстрактна илустрација троуглова који се преклапају поред пругастог поља, која подсећа на степениште",
                            "sv": "Abstrakt illustration med överlappande trianglar bredvid ett randigt fält, som för tankarna till ett trapphus",
                        },
                        "caption": {
                            "en": "Family photographs lent by residents hang next to portraits taken in the same rooms today.",
                            "sr": "Породичне фотографије које су позајмили станари стоје поред портрета снимљених данас у истим просторијама.",
                            "sv": "Familjefoton som de boende lånat ut hänger bredvid porträtt tagna i samma rum i dag.",
                        },
                    },
                ],
            },
            {
                "type": "quote",
                "text": {
                    "en": "We got the keys in 1974. There was mud up to our knees and no shop for a kilometre, but we had a bathroom and a view of the whole city.",
                    "sr": "Кључеве смо добили 1974. Блато до колена, ни продавнице на километар, али имали смо купатило и поглед на цео град.",
                    "sv": "Vi fick nycklarna 1974. Det var lera upp till knäna och ingen affär inom en kilometer, men vi hade badrum och utsikt över hela staden.",
                },
                "attribution": {
                    "en": "Radmila, resident of Block 45 since 1974",
                    "sr": "Радмила, станарка Блока 45 од 1974. године",
                    "sv": "Radmila, boende i Block 45 sedan 1974",
                },
            },
        ],
    },
    # --- Crafts That Travel: A Poster Series for Kulturbron
    {
        "slug": "crafts-that-travel-posters",
        "title": {
            "en": "Crafts That Travel: A Poster Series for Kulturbron",
            "sr": "Занати који путују: серија плаката за Фондацију Културброн",
            "sv": "Hantverk på resa – en affischserie för Stiftelsen Kulturbron",
        },
        "summary": {
            "en": "Twelve bilingual posters for the Kulturbron Foundation about crafts that travelled between Serbia and Sweden with the people who practise them, from kilims woven in Södertälje to coppersmithing in Västerås.",
            "sr": "Дванаест двојезичних плаката за Фондацију Културброн о занатима који су између Србије и Шведске путовали заједно са људима који их негују, од ћилима тканих у Седертељеу до казанџијског заната у Вестеросу.",
            "sv": "Tolv tvåspråkiga affischer för Stiftelsen Kulturbron om hantverk som har rest mellan Serbien och Sverige tillsammans med människorna som utövar dem, från kelimer vävda i Södertälje till kopparslageri i Västerås.",
        },
        "year": 2024,
        "city": {"en": "Stockholm", "sr": "Стокхолм", "sv": "Stockholm"},
        "country": "SE",
        "disciplines": ["graphic-design", "illustration"],
        "themes": ["cultural-heritage", "migration-mobility"],
        "team": [
            {
                "designer": "njegos-cosic",
                "role": {
                    "en": "Typographer and graphic designer",
                    "sr": "Типограф и графички дизајнер",
                    "sv": "Typograf och grafisk formgivare",
                },
            },
            {
                "designer": "dusan-milenkovic",
                "role": {
                    "en": "Graphic designer, illustrator and interviewer",
                    "sr": "Графички дизајнер, илустратор и аутор интервјуа",
                    "sv": "Grafisk formgivare, illustratör och intervjuare",
                },
            },
        ],
        "partners": ["kulturbron-foundation"],
        "programme": None,
        "cover_alt": {
            "en": "Abstract geometric cover of stepped triangles and a circle divided by stripes, combining a kilim motif with a copper vessel",
            "sr": "Апстрактна геометријска насловна илустрација са степенастим троугловима и кругом подељеним пругама, која спаја шару ћилима и бакарни суд",
            "sv": "Abstrakt geometrisk omslagsbild med trappstegsformade trianglar och en cirkel delad av ränder, som förenar ett kelimmönster med ett kopparkärl",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "From the late 1960s tens of thousands of workers from Yugoslavia came to Sweden, and many brought skills that never appeared on any work permit: weaving, embroidery, copper work, woodcarving. The Kulturbron Foundation asked Njegoš Ćosić and Dušan Milenković to tell some of these stories in a poster series for libraries and community centres in both countries. They chose twelve makers, among them a kilim weaver in Södertälje, a coppersmith's son in Västerås and a Swedish potter who learned to work on a hand-turned wheel in Zlakusa.",
                    "sr": "Од касних шездесетих година десетине хиљада радника из Југославије дошле су у Шведску, а многи су са собом донели вештине које ниједна радна дозвола није бележила: ткање, вез, казанџијски занат, дуборез. Фондација Културброн позвала је Његоша Ћосића и Душана Миленковића да неке од тих прича испричају кроз серију плаката за библиотеке и културне центре у обе земље. Изабрали су дванаесторо мајстора, међу њима ткаљу ћилима из Седертељеа, сина казанџије из Вестероса и шведску грнчарку која је у Злакуси научила да ради на ручном витлу.",
                    "sv": "Från slutet av 1960-talet kom tiotusentals arbetare från Jugoslavien till Sverige, och många hade med sig kunskaper som aldrig stod i något arbetstillstånd: vävning, broderi, kopparslageri, träsnideri. Stiftelsen Kulturbron bad Njegoš Ćosić och Dušan Milenković att berätta några av dessa historier i en affischserie för bibliotek och kulturhus i båda länderna. De valde ut tolv hantverkare, bland dem en kelimvävare i Södertälje, en kopparslagares son i Västerås och en svensk krukmakare som lärde sig dreja på handdriven drejskiva i Zlakusa.",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Abstract illustration of stepped triangles and diamonds in rows, echoing a kilim pattern",
                            "sr": "Апстрактна илустрација степенастих троуглова и ромбова поређаних у редове, која подсећа на шару ћилима",
                            "sv": "Abstrakt illustration med trappstegsformade trianglar och romber i rader, som påminner om ett kelimmönster",
                        },
                        "caption": {
                            "en": "Poster 3: the kilim weaver from Södertälje, with motifs redrawn from her own loom.",
                            "sr": "Плакат 3: ткаља ћилима из Седертељеа, са шарама прецртаним са њеног разбоја.",
                            "sv": "Affisch 3: kelimvävaren från Södertälje, med mönster som ritats av från hennes egen vävstol.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Abstract illustration of a large circle cut by parallel stripes, suggesting a hammered copper pot",
                            "sr": "Апстрактна илустрација великог круга пресеченог паралелним пругама, која подсећа на кован бакарни казан",
                            "sv": "Abstrakt illustration av en stor cirkel genomskuren av parallella ränder, som för tankarna till en hamrad kopparkittel",
                        },
                        "caption": {
                            "en": "Poster 7: three generations of a coppersmith family between Kraljevo and Västerås.",
                            "sr": "Плакат 7: три генерације казанџијске породице између Краљева и Вестероса.",
                            "sv": "Affisch 7: tre generationer av en kopparslagarfamilj mellan Kraljevo och Västerås.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Abstract illustration of rounded shapes lined up on a horizontal band, like pots drying on a shelf",
                            "sr": "Апстрактна илустрација заобљених облика поређаних на водоравној траци, као лонци који се суше на полици",
                            "sv": "Abstrakt illustration av rundade former i rad på ett liggande band, som krukor som torkar på en hylla",
                        },
                        "caption": {
                            "en": "Poster 11: the Swedish potter who learned her craft in Zlakusa.",
                            "sr": "Плакат 11: шведска грнчарка која је занат научила у Злакуси.",
                            "sv": "Affisch 11: den svenska krukmakaren som lärde sig sitt hantverk i Zlakusa.",
                        },
                    },
                ],
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Each poster pairs a large illustration built from the maker's own patterns and tools with a short first-person text in Swedish and Serbian. Njegoš set the Serbian in Cyrillic using his typeface Dvopis and drew matching Swedish headlines, so that neither language looks like a translation of the other. Dušan led the interviews, many of them held in a mix of both languages. In 2024 the series was shown in eight libraries in Sweden and four cultural centres in Serbia, and schools can order the posters free of charge.",
                    "sr": "Сваки плакат спаја велику илустрацију, састављену од шара и алата самог мајстора, са кратким текстом у првом лицу на шведском и српском. Његош је српски текст сложио ћирилицом у свом писму Двопис и нацртао одговарајуће шведске наслове, тако да ниједан језик не изгледа као превод другог. Душан је водио разговоре, од којих су се многи одвијали на мешавини оба језика. Серија је 2024. године изложена у осам библиотека у Шведској и у четири културна центра у Србији, а школе могу бесплатно да наруче плакате.",
                    "sv": "Varje affisch kombinerar en stor illustration, uppbyggd av hantverkarens egna mönster och verktyg, med en kort text i jagform på svenska och serbiska. Njegoš satte den serbiska texten med kyrilliska bokstäver i sitt typsnitt Dvopis och ritade matchande svenska rubriker, så att inget av språken ser ut som en översättning av det andra. Dušan höll i intervjuerna, av vilka många fördes på en blandning av båda språken. Serien visades 2024 på åtta bibliotek i Sverige och fyra kulturhus i Serbien, och skolor kan beställa affischerna kostnadsfritt.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "In Sweden nobody asked what my hands could do. The poster asks.",
                    "sr": "У Шведској ме нико није питао шта моје руке знају да раде. Плакат то пита.",
                    "sv": "I Sverige var det ingen som frågade vad mina händer kunde. Affischen frågar.",
                },
                "attribution": {
                    "en": "Slavica, kilim weaver in Södertälje",
                    "sr": "Славица, ткаља ћилима из Седертељеа",
                    "sv": "Slavica, kelimvävare i Södertälje",
                },
            },
        ],
    },
]
