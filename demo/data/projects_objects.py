"""Demo projects whose first discipline is furniture, product design, ceramics or textiles.

All people and projects are fictional.
"""

from __future__ import annotations

PROJECTS = [
    # --- Modular Stalls for Futoška Market
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
    # --- Second Thread: Textile Upcycling with Roma Women in Niš
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
    # --- Bakery Ash: Stoneware Glazed with Ash from Gothenburg Bakeries
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
    # --- Second Cut: Furniture from Pine Offcuts
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
    # --- Turtle and Comb: Pirot Motifs in Wool
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
    # --- Flat-Pack Classroom
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
    # --- Izvor: A Ceramic Water Filter for Allotment Gardens
    {
        "slug": "izvor-ceramic-water-filter",
        "title": {
            "en": "Izvor: A Ceramic Water Filter for Allotment Gardens",
            "sr": "Извор: керамички филтер за воду за градске баште",
            "sv": "Izvor – ett keramiskt vattenfilter för odlingslotter",
        },
        "summary": {
            "en": "A low-cost ceramic filter, thrown from Serbian clay and sawdust, that removes bacteria from rainwater collected in garden barrels and gives gardeners on Belgrade's allotments safe drinking water without a mains supply.",
            "sr": "Јефтин керамички филтер од српске глине и пиљевине који из кишнице сакупљене у бурадима уклања бактерије и баштованима на београдским парцелама без водовода даје безбедну воду за пиће.",
            "sv": "Ett billigt keramiskt filter av serbisk lera och sågspån som renar regnvatten från odlarnas tunnor från bakterier och ger säkert dricksvatten på Belgrads odlingslotter, där det saknas kommunalt vatten.",
        },
        "year": 2025,
        "city": {"en": "Belgrade", "sr": "Београд", "sv": "Belgrad"},
        "country": "RS",
        "disciplines": ["ceramics", "product-design"],
        "themes": ["sustainability"],
        "team": [
            {
                "designer": "ana-colic",
                "role": {
                    "en": "Designer and ceramicist",
                    "sr": "Дизајнерка и керамичарка",
                    "sv": "Formgivare och keramiker",
                },
            },
        ],
        "partners": [],
        "programme": None,
        "cover_alt": {
            "en": "Abstract geometric cover of a large circle resting in a rounded vessel shape, with fine stripes falling below it like drops of water",
            "sr": "Апстрактна геометријска насловна илустрација са великим кругом у заобљеном облику посуде и танким пругама испод њега, попут капи воде",
            "sv": "Abstrakt geometrisk omslagsbild med en stor cirkel i en rundad kärlform och tunna ränder under, som vattendroppar",
        },
        "featured": True,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "Belgrade's allotment gardens, from the plots along the Sava in Block 45 to the terraces above Karaburma, are mostly cut off from the city water supply. Gardeners bring drinking water from home in plastic bottles and water their tomatoes from rain barrels. On hot July days many older gardeners simply drink less than they should. Ana Čolić wanted to give them something as ordinary as a flower pot that would make the rainwater already on site safe to drink.",
                    "sr": "Београдске баште, од парцела уз Саву у Блоку 45 до тераса изнад Карабурме, углавном немају прикључак на градски водовод. Баштовани доносе воду за пиће од куће у пластичним флашама, а парадајз заливају из буради са кишницом. Током врелих јулских дана многи старији баштовани једноставно пију мање него што би требало. Ана Чолић желела је да им понуди нешто обично као саксија, што би кишницу која се већ налази на парцели учинило безбедном за пиће.",
                    "sv": "Belgrads odlingslotter, från lotterna längs Sava i Block 45 till terrasserna ovanför Karaburma, saknar oftast anslutning till det kommunala vattennätet. Odlarna tar med sig dricksvatten hemifrån i plastflaskor och vattnar tomaterna från regntunnor. Under heta julidagar dricker många äldre odlare helt enkelt mindre än de borde. Ana Čolić ville ge dem något lika vardagligt som en blomkruka, som kunde göra regnvattnet som redan finns på platsen säkert att dricka.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "The filter is a thick-walled pot thrown from red Šumadija clay mixed with sifted sawdust from a joinery in Zemun. In the kiln the sawdust burns away and leaves a network of tiny pores that let water through but hold back sediment and most bacteria; a thin coating of colloidal silver on the inside takes care of the rest. The pot hangs inside a glazed stoneware tank with a brass tap, and the whole set holds twelve litres, enough for a day's work on a plot.",
                    "sr": "Филтер је посуда дебелих зидова, израђена на витлу од црвене шумадијске глине помешане са просејаном пиљевином из једне столарије у Земуну. Током печења пиљевина изгори и остави мрежу ситних пора које пропуштају воду, а задржавају талог и већину бактерија; танак слој колоидног сребра са унутрашње стране уклања остатак. Посуда виси унутар глазираног резервоара од камене керамике са месинганом славином, а цео комплет прима дванаест литара, довољно за дан рада на парцели.",
                    "sv": "Filtret är en tjockväggig kruka, drejad av röd lera från Šumadija blandad med siktat sågspån från ett snickeri i Zemun. I ugnen brinner sågspånet bort och lämnar ett nät av små porer som släpper igenom vatten men håller kvar slam och de flesta bakterier; en tunn beläggning av kolloidalt silver på insidan tar hand om resten. Krukan hänger i en glaserad behållare av stengods med en mässingskran, och hela satsen rymmer tolv liter, tillräckligt för en dags arbete på lotten.",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Abstract illustration of nested semicircles and fine vertical stripes, suggesting a clay filter pot and dripping water",
                            "sr": "Апстрактна илустрација са угнежђеним полукруговима и танким усправним пругама, која подсећа на глинени филтер и капање воде",
                            "sv": "Abstrakt illustration med halvcirklar i varandra och tunna lodräta ränder, som påminner om en filterkruka av lera och droppande vatten",
                        },
                        "caption": {
                            "en": "Each filter is thrown by hand and fired at 900 °C in Ana Čolić's Belgrade studio.",
                            "sr": "Сваки филтер ручно се израђује на витлу и пече на 900 степени Целзијуса у београдском атељеу Ане Чолић.",
                            "sv": "Varje filter drejas för hand och bränns i 900 °C i Ana Čolićs ateljé i Belgrad.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Abstract illustration of a large rectangle crossed by diagonal bands, with a small circle at its lower edge, evoking a water tank and tap",
                            "sr": "Апстрактна илустрација великог правоугаоника преко којег прелазе косе траке, са малим кругом на доњој ивици, која подсећа на резервоар и славину",
                            "sv": "Abstrakt illustration av en stor rektangel som korsas av diagonala band, med en liten cirkel vid nederkanten, som för tankarna till en vattenbehållare och en kran",
                        },
                        "caption": {
                            "en": "The glazed tank comes in three colours chosen by the gardeners of Block 45.",
                            "sr": "Глазирани резервоар израђује се у три боје које су изабрали баштовани из Блока 45.",
                            "sv": "Den glaserade behållaren görs i tre färger som odlarna i Block 45 har valt.",
                        },
                    },
                ],
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "Twenty prototypes spent the 2025 season on plots in Block 45 and Karaburma. Samples taken every fortnight were analysed by an accredited laboratory, and after the first week of rinsing the filtered water met Serbian drinking-water standards for bacteria. Gardeners asked for a lid that keeps out wasps and a handle that makes the pot easier to lift when it needs scrubbing. The next series of fifty filters will be made with a ceramics class at a Belgrade vocational school and sold at cost.",
                    "sr": "Двадесет прототипова провело је сезону 2025. на парцелама у Блоку 45 и на Карабурми. Узорци узимани сваке друге недеље анализирани су у акредитованој лабораторији, и после прве недеље испирања филтрирана вода задовољавала је српске стандарде за воду за пиће када су у питању бактерије. Баштовани су тражили поклопац који не пропушта осе и дршку која олакшава подизање посуде када треба да се очисти. Следећа серија од педесет филтера биће израђена са одељењем керамичара у једној београдској средњој стручној школи и продаваће се по цени коштања.",
                    "sv": "Tjugo prototyper stod på lotterna i Block 45 och Karaburma under säsongen 2025. Prover togs varannan vecka och analyserades av ett ackrediterat laboratorium, och efter den första veckans genomspolning uppfyllde det filtrerade vattnet de serbiska kraven för dricksvatten när det gäller bakterier. Odlarna önskade ett lock som håller getingarna borta och ett handtag som gör krukan lättare att lyfta när den behöver skrubbas. Nästa serie på femtio filter tillverkas tillsammans med en keramikklass på en yrkesskola i Belgrad och säljs till självkostnadspris.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "I used to carry six litres of water up the hill every Saturday. Now I carry seedlings instead.",
                    "sr": "Сваке суботе носила сам шест литара воде уз брдо. Сада уместо тога носим расад.",
                    "sv": "Förut bar jag sex liter vatten uppför backen varje lördag. Nu bär jag plantor i stället.",
                },
                "attribution": {
                    "en": "Gordana, gardener in Karaburma",
                    "sr": "Гордана, баштованка на Карабурми",
                    "sv": "Gordana, odlare i Karaburma",
                },
            },
        ],
    },
    # --- The Whole Width: Zero-Waste Pattern Cutting
    {
        "slug": "whole-width-zero-waste-pattern-cutting",
        "title": {
            "en": "The Whole Width: Zero-Waste Pattern Cutting",
            "sr": "Цела ширина: кројење без отпада",
            "sv": "Hela våden – mönsterkonstruktion utan spill",
        },
        "summary": {
            "en": "A zero-waste pattern-cutting method developed with students and teachers at Norrström School of Design, in which every garment is planned across the full width of the fabric so that nothing ends up on the cutting-room floor.",
            "sr": "Метода кројења без отпада, развијена са студентима и наставницима Високе школе за дизајн Норстрем, у којој се сваки одевни предмет планира на целој ширини тканине, тако да ништа не заврши на поду кројачнице.",
            "sv": "En metod för mönsterkonstruktion utan spill, framtagen med studenter och lärare på Norrströms designhögskola, där varje plagg planeras över hela tygbredden så att ingenting hamnar på golvet i tillskärningen.",
        },
        "year": 2023,
        "city": {"en": "Stockholm", "sr": "Стокхолм", "sv": "Stockholm"},
        "country": "SE",
        "disciplines": ["textile-fashion"],
        "themes": ["sustainability", "education"],
        "team": [
            {
                "designer": "maja-forsberg",
                "role": {
                    "en": "Textile designer and guest teacher",
                    "sr": "Текстилна дизајнерка и гостујућа предавачица",
                    "sv": "Textilformgivare och gästlärare",
                },
            },
        ],
        "partners": ["norrstrom-school-of-design"],
        "programme": None,
        "cover_alt": {
            "en": "Abstract geometric cover of a rectangle split into tightly fitting triangles and blocks, like a pattern layout that uses the whole fabric",
            "sr": "Апстрактна геометријска насловна илустрација правоугаоника подељеног на троуглове и блокове који се тачно уклапају, као распоред кројева који користи целу тканину",
            "sv": "Abstrakt geometrisk omslagsbild med en rektangel uppdelad i tätt passande trianglar och block, som en mönsterläggning som använder hela tyget",
        },
        "featured": False,
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "en": "In a conventional pattern layout around fifteen per cent of the fabric is cut away and thrown out, and in a school, where students cut toiles and samples every week, the bins fill quickly. Invited by Norrström School of Design as a guest teacher, Maja Forsberg spent a semester with first-year fashion students. Together they weighed their offcuts and asked what a method would look like that starts from the rectangle of cloth rather than from the finished silhouette.",
                    "sr": "Код уобичајеног распореда кројева отприлике петнаест одсто тканине одсече се и баци, а у школи, где студенти сваке недеље кроје пробне моделе и узорке, канте се брзо напуне. На позив Високе школе за дизајн Норстрем, Маја Форсберг провела је један семестар као гостујућа предавачица са студентима прве године модног дизајна. Заједно су мерили отпатке и питали се како би изгледала метода која полази од правоугаоника тканине, а не од готове силуете.",
                    "sv": "Vid en vanlig mönsterläggning klipps ungefär femton procent av tyget bort och slängs, och på en skola, där studenterna klipper provplagg och prover varje vecka, blir soptunnorna snabbt fulla. På inbjudan av Norrströms designhögskola tillbringade Maja Forsberg en termin som gästlärare hos förstaårsstudenterna i mode. Tillsammans vägde de sina tygrester och frågade sig hur en metod skulle se ut som utgår från tygets rektangel i stället för från den färdiga silhuetten.",
                },
            },
            {
                "type": "quote",
                "text": {
                    "en": "The rule is simple: draw the fabric first, then let the garment find its place inside it.",
                    "sr": "Правило је једноставно: прво нацртај тканину, па пусти одевни предмет да у њој нађе своје место.",
                    "sv": "Regeln är enkel: rita tyget först och låt sedan plagget hitta sin plats i det.",
                },
                "attribution": {
                    "en": "Maja Forsberg, in her first lecture",
                    "sr": "Маја Форсберг, на свом првом предавању",
                    "sv": "Maja Forsberg under sin första föreläsning",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "en": "The method works in three steps. Students first draw the full width of the fabric at one-tenth scale on squared paper. Then they place the main pieces and treat every gap as a possible pocket, facing, collar or tie. Finally they sew a toile from the whole length and adjust the fit with pleats and gathers instead of cutting. By the end of the semester the class had reduced its textile waste from 41 to 6 kilos, and the method is now part of the first-year pattern-cutting course.",
                    "sr": "Метода има три корака. Студенти најпре нацртају целу ширину тканине у размери један према десет на папиру на квадратиће. Затим распореде главне делове, а сваки празан простор посматрају као могући џеп, пошав, крагну или траку за везивање. На крају сашију пробни модел од целе дужине и крој прилагођавају наборима и фалтама уместо сечењем. До краја семестра група је смањила текстилни отпад са 41 на 6 килограма, а метода је сада део курса кројења на првој години.",
                    "sv": "Metoden har tre steg. Först ritar studenterna hela tygbredden i skala 1:10 på rutat papper. Sedan placerar de huvuddelarna och ser varje lucka som en möjlig ficka, ett belägg, en krage eller ett knytband. Till sist syr de ett provplagg av hela längden och justerar passformen med veck och rynkningar i stället för att klippa. Vid terminens slut hade klassen minskat sitt textilspill från 41 till 6 kilo, och metoden ingår nu i förstaårskursen i mönsterkonstruktion.",
                },
            },
            {
                "type": "gallery",
                "images": [
                    {
                        "alt": {
                            "en": "Abstract illustration of a long rectangle divided into interlocking blocks and triangles, like a pattern layout with no gaps",
                            "sr": "Апстрактна илустрација дугачког правоугаоника подељеног на блокове и троуглове који се уклапају, као распоред кројева без празнина",
                            "sv": "Abstrakt illustration av en lång rektangel uppdelad i block och trianglar som griper in i varandra, som en mönsterläggning utan luckor",
                        },
                        "caption": {
                            "en": "A student's layout for a shirt: the triangles left between the sleeves became the collar and the pocket.",
                            "sr": "Распоред кројева за кошуљу једне студенткиње: троуглови који су остали између рукава постали су крагна и џеп.",
                            "sv": "En students mönsterläggning för en skjorta: trianglarna mellan ärmarna blev krage och ficka.",
                        },
                    },
                    {
                        "alt": {
                            "en": "Abstract illustration of two stacks of stripes, one much lower than the other",
                            "sr": "Апстрактна илустрација два стуба од пруга, од којих је један знатно нижи",
                            "sv": "Abstrakt illustration av två staplar av ränder, där den ena är betydligt lägre",
                        },
                        "caption": {
                            "en": "The class's offcuts, weighed at the start and at the end of the semester.",
                            "sr": "Отпаци целе групе, измерени на почетку и на крају семестра.",
                            "sv": "Klassens tygrester, vägda i början och i slutet av terminen.",
                        },
                    },
                ],
            },
        ],
    },
]
