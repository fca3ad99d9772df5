"""Demo designers: 8 based in Serbia, 6 in Sweden. All people are fictional."""

from __future__ import annotations

DESIGNERS = [
    # ------------------------------------------------------------------ Serbia
    {
        "slug": "jovana-petrovic",
        "name": {"en": "Jovana Petrović", "sr": "Јована Петровић", "sv": "Jovana Petrović"},
        "city": {"en": "Belgrade", "sr": "Београд", "sv": "Belgrad"},
        "country": "RS",
        "disciplines": ["graphic-design", "illustration"],
        "languages": ["sr", "en", "de"],
        "open_to_collaboration": True,
        "available_for_mobility": True,
        "links": [
            {"kind": "website", "url": "https://jovanapetrovic.example"},
            {"kind": "instagram", "url": "https://instagram.example/jovana.crta"},
        ],
        "short_bio": {
            "en": "Belgrade graphic designer and illustrator who builds wayfinding and information systems for hospitals, schools and other places where clarity matters.",
            "sr": "Графичка дизајнерка и илустраторка из Београда која осмишљава системе оријентације и информисања за болнице, школе и друга места где је јасноћа пресудна.",
            "sv": "Grafisk formgivare och illustratör i Belgrad som skapar vägvisnings- och informationssystem för sjukhus, skolor och andra platser där tydlighet är avgörande.",
        },
        "bio": {
            "en": [
                "Jovana Petrović studied graphic design in Belgrade and spent her first working years in a small studio, designing posters for independent theatres. The job taught her to say a lot with very little, but she soon wanted her work to help people in the moments when they are stressed, lost or in a hurry.",
                "Since 2021 she has focused on wayfinding and public information. Her system for a Belgrade teaching hospital combines colour-coded zones, pictograms tested with patients and signs set in both Cyrillic and Latin script. She is interested in how signage can treat people with dignity, especially children, older visitors and anyone who does not read Serbian.",
                "Alongside commissioned work, Jovana illustrates children's books and runs drawing workshops at Kapija Cultural Centre. She is looking for partners in Sweden who work on accessible public information and would gladly spend a few months in a Swedish studio.",
            ],
            "sr": [
                "Јована Петровић студирала је графички дизајн у Београду, а прве године каријере провела је у малом студију радећи плакате за независна позоришта. Тај посао ју је научио да са мало средстава каже много, али убрзо је пожелела да њени радови помажу људима у тренуцима када су уплашени, изгубљени или у журби.",
                "Од 2021. године бави се системима за оријентацију и јавним информацијама. Њен систем за једну београдску клиничку болницу спаја зоне означене бојама, пиктограме проверене са пацијентима и двописмене табле на ћирилици и латиници. Занима је како сигнализација може да поштује достојанство људи, посебно деце, старијих посетилаца и свих који не читају српски.",
                "Поред наручених послова, Јована илуструје књиге за децу и води радионице цртања у Културном центру Капија. Тражи партнере у Шведској који се баве приступачним јавним информацијама и радо би провела неколико месеци у неком шведском студију.",
            ],
            "sv": [
                "Jovana Petrović studerade grafisk design i Belgrad och tillbringade sina första yrkesår på en liten studio där hon gjorde affischer för fria teatrar. Arbetet lärde henne att säga mycket med små medel, men snart ville hon att hennes formgivning skulle hjälpa människor i stunder när de är stressade, vilse eller har bråttom.",
                "Sedan 2021 arbetar hon med vägvisning och offentlig information. Hennes system för ett universitetssjukhus i Belgrad kombinerar färgkodade zoner, piktogram som testats med patienter och skyltar med både kyrillisk och latinsk skrift. Hon intresserar sig för hur skyltning kan bemöta människor med värdighet, särskilt barn, äldre besökare och alla som inte läser serbiska.",
                "Vid sidan av uppdragen illustrerar Jovana barnböcker och håller teckningsworkshoppar på Kulturcentret Kapija. Hon söker samarbetspartner i Sverige som arbetar med tillgänglig offentlig information och skulle gärna tillbringa några månader på en svensk studio.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Jovana Petrović on a terracotta background",
            "sr": "Илустровани портрет Јоване Петровић на подлози боје теракоте",
            "sv": "Porträttillustration av Jovana Petrović mot terrakottafärgad bakgrund",
        },
        "featured": True,
    },
    {
        "slug": "nikola-djordjevic",
        "name": {"en": "Nikola Đorđević", "sr": "Никола Ђорђевић", "sv": "Nikola Đorđević"},
        "city": {"en": "Novi Sad", "sr": "Нови Сад", "sv": "Novi Sad"},
        "country": "RS",
        "disciplines": ["product-design", "furniture"],
        "languages": ["sr", "en", "hu"],
        "open_to_collaboration": True,
        "available_for_mobility": True,
        "links": [
            {"kind": "website", "url": "https://nikoladjordjevic.example"},
            {"kind": "behance", "url": "https://behance.example/nikoladjordjevic"},
        ],
        "short_bio": {
            "en": "Product and furniture designer from Novi Sad who makes sturdy, repairable things for markets, workshops and public spaces.",
            "sr": "Дизајнер производа и намештаја из Новог Сада који ствара чврсте предмете лаке за поправку, намењене пијацама, радионицама и јавним просторима.",
            "sv": "Produkt- och möbelformgivare från Novi Sad som gör robusta, reparerbara saker för marknader, verkstäder och offentliga rum.",
        },
        "bio": {
            "en": [
                "Nikola Đorđević grew up above his father's joinery workshop in Novi Sad and still thinks best with a pencil behind his ear. After studying industrial design he worked for a furniture exporter, where he learned how things are made at scale and how much material ends up in the skip at the end of every working day.",
                "His own practice is about sturdy, repairable objects for shared places. The best-known example is the modular stall system for Futoška Market, developed with the vendors during the Circular City Exchange between Novi Sad and Malmö. Every part can be replaced with a spanner and a few standard bolts, and the worktops are cut from reclaimed oak.",
                "Nikola teaches a weekly evening class in basic woodworking for young people and is open to collaborations with makerspaces and municipalities that want furniture people can fix themselves.",
            ],
            "sr": [
                "Никола Ђорђевић одрастао је изнад очеве столарске радионице у Новом Саду и још увек најбоље размишља са оловком за увом. После студија индустријског дизајна радио је за једног извозника намештаја, где је научио како се ствари праве у великим серијама и колико материјала на крају сваког радног дана заврши у контејнеру.",
                "Његова самостална пракса посвећена је чврстим предметима за заједничке просторе, које је лако поправити. Најпознатији пример је модуларни систем тезги за Футошку пијацу, развијен заједно са продавцима током размене „Циркуларни град“ између Новог Сада и Малмеа. Сваки део може да се замени уз помоћ кључа и неколико стандардних завртњева, а радне плоче исечене су од поново искоришћене храстовине.",
                "Никола једном недељно води вечерњи курс основа обраде дрвета за младе и отворен је за сарадњу са отвореним радионицама и општинама које желе намештај који људи могу сами да поправе.",
            ],
            "sv": [
                "Nikola Đorđević växte upp ovanför sin pappas snickeri i Novi Sad och tänker fortfarande bäst med en penna bakom örat. Efter studier i industridesign arbetade han för en möbelexportör, där han lärde sig hur saker tillverkas i stor skala och hur mycket material som hamnar i containern i slutet av varje arbetsdag.",
                "Hans egen praktik handlar om robusta, reparerbara föremål för gemensamma platser. Det mest kända exemplet är det modulära systemet av marknadsstånd för Futoška-torget, som togs fram tillsammans med försäljarna under utbytet Cirkulär stad mellan Novi Sad och Malmö. Varje del kan bytas med en skiftnyckel och några standardbultar, och bänkskivorna är sågade av återvunnen ek.",
                "Nikola leder en kvällskurs i grundläggande träbearbetning för unga en gång i veckan och är öppen för samarbeten med makerspaces och kommuner som vill ha möbler som människor kan laga själva.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Nikola Đorđević on an olive-green background",
            "sr": "Илустровани портрет Николе Ђорђевића на маслинастозеленој подлози",
            "sv": "Porträttillustration av Nikola Đorđević mot olivgrön bakgrund",
        },
        "featured": True,
    },
    {
        "slug": "ljubica-zivkovic",
        "name": {"en": "Ljubica Živković", "sr": "Љубица Живковић", "sv": "Ljubica Živković"},
        "city": {"en": "Niš", "sr": "Ниш", "sv": "Niš"},
        "country": "RS",
        "disciplines": ["textile-fashion", "service-design"],
        "languages": ["sr", "en"],
        "open_to_collaboration": True,
        "available_for_mobility": False,
        "links": [
            {"kind": "website", "url": "https://ljubicazivkovic.example"},
            {"kind": "instagram", "url": "https://instagram.example/druga.nit"},
        ],
        "short_bio": {
            "en": "Textile designer and community organiser in Niš who turns discarded clothing into new garments and a steady income for the women who make them.",
            "sr": "Текстилна дизајнерка и организаторка заједнице из Ниша која од одбачене одеће прави нове комаде и сталан приход за жене које их шију.",
            "sv": "Textilformgivare och samhällsorganisatör i Niš som gör kasserade kläder till nya plagg och en stadig inkomst för kvinnorna som syr dem.",
        },
        "bio": {
            "en": [
                "Ljubica Živković trained as a fashion designer, but she says she is above all an organiser who happens to work with textiles. She grew up in Niš watching her grandmother unpick old coats and remake them into children's jackets, and she still believes that the most sustainable garment is the one that already exists.",
                "In 2021 she co-founded a sewing workshop with Nišava Youth Initiative in a Roma settlement on the edge of the city. What began with a few borrowed machines has grown into Second Thread, an upcycling programme in which women sort donated textiles, design small collections together and sell them at fairs and online. Ljubica insists on fair pay, childcare during sessions and shared authorship of every piece.",
                "She is interested in exchanges with Swedish second-hand and textile-recycling initiatives, but would rather have partners visit Niš than leave the workshop for long periods herself.",
            ],
            "sr": [
                "Љубица Живковић школовала се за модну дизајнерку, али каже да је пре свега организаторка која ради са текстилом. Одрасла је у Нишу гледајући како бака пара старе капуте и од њих шије дечје јакне, и и даље верује да је најодрживији одевни предмет онај који већ постоји.",
                "Године 2021. са Омладинском иницијативом Нишава основала је шивачку радионицу у ромском насељу на ободу града. Оно што је почело са неколико позајмљених машина прерасло је у „Другу нит“, програм прераде у коме жене сортирају донирани текстил, заједно осмишљавају мале колекције и продају их на сајмовима и преко интернета. Љубица инсистира на правичној заради, чувању деце током радионица и заједничком ауторству сваког комада.",
                "Занимају је размене са шведским иницијативама за половну одећу и рециклажу текстила, али више воли да партнери дођу у Ниш него да она на дуже време напушта радионицу.",
            ],
            "sv": [
                "Ljubica Živković är utbildad modedesigner, men säger att hon framför allt är en organisatör som råkar arbeta med textil. Hon växte upp i Niš och såg sin mormor sprätta upp gamla rockar och sy om dem till barnjackor, och hon tror fortfarande att det mest hållbara plagget är det som redan finns.",
                "År 2021 grundade hon tillsammans med Ungdomsinitiativet Nišava en syverkstad i ett romskt bostadsområde i utkanten av staden. Det som började med några lånade symaskiner har vuxit till Andra tråden, ett redesignprogram där kvinnor sorterar skänkta textilier, tar fram små kollektioner tillsammans och säljer dem på marknader och på nätet. Ljubica håller fast vid rättvis ersättning, barnpassning under passen och gemensamt upphov till varje plagg.",
                "Hon är intresserad av utbyten med svenska second hand- och textilåtervinningsinitiativ, men vill hellre att partnerna kommer till Niš än att hon själv lämnar verkstaden under långa perioder.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Ljubica Živković on a mustard-yellow background",
            "sr": "Илустровани портрет Љубице Живковић на подлози боје сенфа",
            "sv": "Porträttillustration av Ljubica Živković mot senapsgul bakgrund",
        },
        "featured": True,
    },
    {
        "slug": "njegos-cosic",
        "name": {"en": "Njegoš Ćosić", "sr": "Његош Ћосић", "sv": "Njegoš Ćosić"},
        "city": {"en": "Belgrade", "sr": "Београд", "sv": "Belgrad"},
        "country": "RS",
        "disciplines": ["graphic-design"],
        "languages": ["sr", "en", "fr"],
        "open_to_collaboration": True,
        "available_for_mobility": True,
        "links": [
            {"kind": "website", "url": "https://njegoscosic.example"},
            {"kind": "other", "url": "https://dvopis.example"},
        ],
        "short_bio": {
            "en": "Belgrade type designer who draws typefaces that treat Serbian Cyrillic and Latin as equal partners, from street signs to school books.",
            "sr": "Дизајнер писама из Београда који пројектује фонтове у којима су српска ћирилица и латиница равноправне, од уличних табли до школских уџбеника.",
            "sv": "Typsnittsformgivare i Belgrad som ritar typsnitt där serbisk kyrillisk och latinsk skrift är jämbördiga, från gatuskyltar till skolböcker.",
        },
        "bio": {
            "en": [
                "Njegoš Ćosić fell in love with letters as a teenager, copying the lettering on old shop fronts in Dorćol. He studied graphic design in Belgrade, then took a year-long type design course abroad, and for the past six years he has drawn typefaces almost exclusively.",
                "His main project, Dvopis, is a type family designed for Serbian Cyrillic and Latin from the very first sketch, instead of adding one script to the other as an afterthought. It includes the Serbian italic forms of б, г, д, п and т that most international fonts still get wrong, and it is used in the wayfinding system of a Belgrade hospital.",
                "Njegoš teaches calligraphy and lettering workshops for secondary-school students and would like to work with Swedish designers on typefaces for multilingual public information.",
            ],
            "sr": [
                "Његош Ћосић заволео је слова још као тинејџер, прецртавајући натписе са старих дорћолских излога. Студирао је графички дизајн у Београду, затим похађао једногодишњи курс дизајна писама у иностранству, и последњих шест година готово искључиво пројектује писма.",
                "Његов главни пројекат, Двопис, породица је писама замишљена за српску ћирилицу и латиницу од прве скице, уместо да се једно писмо накнадно додаје другом. Садржи српске курзивне облике слова б, г, д, п и т које већина међународних фонтова и даље приказује погрешно, а користи се у систему оријентације једне београдске болнице.",
                "Његош води радионице калиграфије и цртања слова за средњошколце и волео би да са шведским дизајнерима ради на писмима за вишејезичне јавне информације.",
            ],
            "sv": [
                "Njegoš Ćosić förälskade sig i bokstäver redan som tonåring, när han kopierade texterna på gamla butiksskyltar i Dorćol. Han studerade grafisk design i Belgrad, gick sedan en ettårig kurs i typografi utomlands, och de senaste sex åren har han nästan uteslutande ritat typsnitt.",
                "Hans huvudprojekt, Dvopis, är en typsnittsfamilj som redan från första skissen är gjord för både serbisk kyrillisk och latinsk skrift, i stället för att den ena skriften läggs till i efterhand. Den innehåller de serbiska kursiva formerna av б, г, д, п och т som de flesta internationella typsnitt fortfarande återger fel, och den används i vägvisningen på ett sjukhus i Belgrad.",
                "Njegoš håller workshoppar i kalligrafi och bokstavsritning för gymnasieelever och vill gärna arbeta med svenska formgivare på typsnitt för flerspråkig samhällsinformation.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Njegoš Ćosić on a deep blue background",
            "sr": "Илустровани портрет Његоша Ћосића на тамноплавој подлози",
            "sv": "Porträttillustration av Njegoš Ćosić mot mörkblå bakgrund",
        },
        "featured": False,
    },
    {
        "slug": "milica-dzajic",
        "name": {"en": "Milica Džajić", "sr": "Милица Џајић", "sv": "Milica Džajić"},
        "city": {"en": "Belgrade", "sr": "Београд", "sv": "Belgrad"},
        "country": "RS",
        "disciplines": ["architecture-urbanism", "service-design"],
        "languages": ["sr", "en", "es"],
        "open_to_collaboration": True,
        "available_for_mobility": True,
        "links": [
            {"kind": "website", "url": "https://milicadzajic.example"},
            {"kind": "linkedin", "url": "https://linkedin.example/in/milicadzajic"},
        ],
        "short_bio": {
            "en": "Architect from Belgrade working on playgrounds, courtyards and pocket parks that are planned together with the children and neighbours who use them.",
            "sr": "Архитекткиња из Београда која ради на игралиштима, двориштима и џепним парковима осмишљеним заједно са децом и комшијама који их користе.",
            "sv": "Arkitekt från Belgrad som arbetar med lekplatser, gårdar och fickparker som planeras tillsammans med barnen och grannarna som använder dem.",
        },
        "bio": {
            "en": [
                "Milica Džajić is an architect who is happiest working at the scale of a courtyard. After graduating in Belgrade she spent three years at a large practice designing shopping centres, and left with the feeling that she had never once met the people who would use her buildings.",
                "Since then she has worked on small public spaces through an open, participatory process. In Savamala she turned empty lots into temporary pocket parks, and in New Belgrade she led the design of a playground where children who use wheelchairs can play alongside their friends instead of watching from the edge.",
                "Milica worked with Johan Ekström on the redesign of a square in Hammarkullen, Gothenburg, and wants to keep comparing how Serbian and Swedish cities involve residents in planning.",
            ],
            "sr": [
                "Милица Џајић је архитекткиња која се најбоље сналази у размери једног дворишта. Након дипломирања у Београду провела је три године у великом бироу пројектујући тржне центре и отишла са осећајем да никада није упознала људе који ће користити њене зграде.",
                "Од тада се бави малим јавним просторима кроз отворен процес у коме учествују грађани. У Савамали је празне парцеле претворила у привремене џепне паркове, а на Новом Београду водила је пројекат игралишта на коме деца у колицима могу да се играју заједно са друговима, уместо да их посматрају са стране.",
                "Милица је са Јоханом Екстремом сарађивала на обнови трга у гетеборшком насељу Хамаркулен и жели да настави да пореди како српски и шведски градови укључују становнике у планирање.",
            ],
            "sv": [
                "Milica Džajić är arkitekt och trivs bäst när hon arbetar i en innergårds skala. Efter examen i Belgrad ritade hon köpcentrum på ett stort kontor i tre år och slutade med känslan av att hon aldrig hade träffat de människor som skulle använda hennes byggnader.",
                "Sedan dess arbetar hon med små offentliga rum genom en öppen process där invånarna deltar. I Savamala förvandlade hon tomma tomter till tillfälliga fickparker, och i Nya Belgrad ledde hon utformningen av en lekplats där barn som använder rullstol kan leka tillsammans med sina kompisar i stället för att titta på från kanten.",
                "Milica har samarbetat med Johan Ekström kring omgestaltningen av ett torg i Hammarkullen i Göteborg och vill fortsätta jämföra hur serbiska och svenska städer involverar invånarna i planeringen.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Milica Džajić on a pale green background",
            "sr": "Илустровани портрет Милице Џајић на бледозеленој подлози",
            "sv": "Porträttillustration av Milica Džajić mot ljusgrön bakgrund",
        },
        "featured": False,
    },
    {
        "slug": "stefan-scepanovic",
        "name": {"en": "Stefan Šćepanović", "sr": "Стефан Шћепановић", "sv": "Stefan Šćepanović"},
        "city": {"en": "Novi Sad", "sr": "Нови Сад", "sv": "Novi Sad"},
        "country": "RS",
        "disciplines": ["interaction-design", "service-design"],
        "languages": ["sr", "en", "de"],
        "open_to_collaboration": True,
        "available_for_mobility": True,
        "links": [
            {"kind": "portfolio", "url": "https://stefanscepanovic.example"},
            {"kind": "linkedin", "url": "https://linkedin.example/in/stefanscepanovic"},
        ],
        "short_bio": {
            "en": "Service and interaction designer from Novi Sad who makes public services, from municipal counters to repair networks, simpler to use.",
            "sr": "Дизајнер услуга и интеракције из Новог Сада који јавне услуге, од општинских шалтера до мрежа за поправку, чини једноставнијим за коришћење.",
            "sv": "Tjänste- och interaktionsdesigner från Novi Sad som gör offentliga tjänster, från kommunens disk till reparationsnätverk, enklare att använda.",
        },
        "bio": {
            "en": [
                "Stefan Šćepanović started out building websites for local shops while he was still studying computer science in Novi Sad. He soon realised that the hardest problems were never in the code but in the forms, queues and rules around it, and switched to interaction and service design.",
                "He has redesigned online appointment booking for a regional health centre and, with Ljubica Živković and Dušan Milenković, simplified the most common municipal procedures in Niš. During the Circular City Exchange he spent two months in Malmö, where he helped develop a repair café kit and a digital material bank for Novi Sad.",
                "Stefan enjoys facilitating workshops with civil servants and believes that good public services are a form of respect. He is open to long-term collaborations with Swedish municipalities and innovation labs.",
            ],
            "sr": [
                "Стефан Шћепановић почео је да прави сајтове за локалне радње још док је студирао рачунарство у Новом Саду. Убрзо је схватио да најтежи проблеми никада нису у коду, већ у обрасцима, редовима и правилима око њега, па се окренуо дизајну интеракције и услуга.",
                "Редизајнирао је заказивање прегледа преко интернета за један регионални дом здравља, а са Љубицом Живковић и Душаном Миленковићем поједноставио је најчешће општинске процедуре у Нишу. Током размене „Циркуларни град“ провео је два месеца у Малмеу, где је учествовао у развоју комплета за кафе поправки и дигиталне банке материјала за Нови Сад.",
                "Стефан воли да води радионице са службеницима и сматра да су добре јавне услуге облик поштовања. Отворен је за дугорочну сарадњу са шведским општинама и лабораторијама за иновације.",
            ],
            "sv": [
                "Stefan Šćepanović började bygga webbplatser åt lokala butiker medan han fortfarande läste datavetenskap i Novi Sad. Han insåg snart att de svåraste problemen aldrig fanns i koden utan i blanketterna, köerna och reglerna runt den, och bytte inriktning till interaktions- och tjänstedesign.",
                "Han har gjort om tidsbokningen på nätet för en regional vårdcentral och, tillsammans med Ljubica Živković och Dušan Milenković, förenklat de vanligaste kommunala ärendena i Niš. Under utbytet Cirkulär stad tillbringade han två månader i Malmö, där han var med och tog fram ett kit för reparationskaféer och en digital materialbank för Novi Sad.",
                "Stefan leder gärna workshoppar med tjänstepersoner och anser att bra offentlig service är en form av respekt. Han är öppen för långsiktiga samarbeten med svenska kommuner och innovationslabb.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Stefan Šćepanović on a teal background",
            "sr": "Илустровани портрет Стефана Шћепановића на тиркизној подлози",
            "sv": "Porträttillustration av Stefan Šćepanović mot blågrön bakgrund",
        },
        "featured": False,
    },
    {
        "slug": "ana-colic",
        "name": {"en": "Ana Čolić", "sr": "Ана Чолић", "sv": "Ana Čolić"},
        "city": {"en": "Belgrade", "sr": "Београд", "sv": "Belgrad"},
        "country": "RS",
        "disciplines": ["ceramics", "product-design"],
        "languages": ["sr", "en", "it"],
        "open_to_collaboration": True,
        "available_for_mobility": True,
        "links": [
            {"kind": "website", "url": "https://anacolic.example"},
            {"kind": "instagram", "url": "https://instagram.example/ana.glina"},
        ],
        "short_bio": {
            "en": "Ceramicist from Belgrade who combines traditional Serbian pottery techniques with contemporary product design for everyday use.",
            "sr": "Керамичарка из Београда која спаја традиционалне српске грнчарске технике са савременим дизајном производа за свакодневну употребу.",
            "sv": "Keramiker från Belgrad som förenar traditionella serbiska krukmakartekniker med samtida produktdesign för vardagsbruk.",
        },
        "bio": {
            "en": [
                "Ana Čolić discovered clay at a summer workshop in western Serbia, where potters still fire their pots in wood kilns using techniques handed down through generations. She went back every summer for five years and later studied ceramics in Belgrade, always carrying the conviction that craft and industry need not be opposites.",
                "Her Belgrade studio produces tableware and tiles in small series, and she often works with neighbours, schools and cooperatives. During the Crafts Futures residency at Preplet Crafts Cooperative she and Astrid Lindqvist developed an unglazed clay cooler that keeps vegetables fresh without electricity.",
                "Ana is looking for exchange opportunities in Swedish ceramics workshops, especially those experimenting with local clays and low-energy firing.",
            ],
            "sr": [
                "Ана Чолић открила је глину на летњој радионици у западној Србији, где грнчари и данас пеку посуђе у пећима на дрва, техникама које се преносе генерацијама. Враћала се тамо сваког лета пет година заредом, а касније је студирала керамику у Београду, увек уверена да занат и индустрија не морају бити супротности.",
                "Њен београдски атеље прави посуђе и плочице у малим серијама, а често сарађује са комшијама, школама и задругама. Током резиденције „Будућност заната“ у Занатској задрузи Преплет, она и Астрид Линдквист развиле су неглазирани глинени хладњак који чува поврће свежим без струје.",
                "Ана тражи могућности за размену у шведским керамичким радионицама, посебно онима које експериментишу са локалним глинама и печењем уз малу потрошњу енергије.",
            ],
            "sv": [
                "Ana Čolić upptäckte leran på en sommarkurs i västra Serbien, där krukmakare fortfarande bränner sina kärl i vedeldade ugnar med tekniker som gått i arv i generationer. Hon återvände varje sommar i fem år och studerade senare keramik i Belgrad, alltid övertygad om att hantverk och industri inte behöver vara motsatser.",
                "I hennes ateljé i Belgrad tillverkas servisdelar och kakel i små serier, och hon samarbetar ofta med grannar, skolor och kooperativ. Under residenset Hantverkets framtid hos Hantverkskooperativet Preplet tog hon och Astrid Lindqvist fram en oglaserad lerkyl som håller grönsaker fräscha utan el.",
                "Ana söker utbytesmöjligheter i svenska keramikverkstäder, särskilt sådana som experimenterar med lokala leror och energisnål bränning.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Ana Čolić on a sand-coloured background",
            "sr": "Илустровани портрет Ане Чолић на подлози боје песка",
            "sv": "Porträttillustration av Ana Čolić mot sandfärgad bakgrund",
        },
        "featured": False,
    },
    {
        "slug": "oskar-sjoberg",
        "name": {"en": "Oskar Sjöberg", "sr": "Оскар Шеберг", "sv": "Oskar Sjöberg"},
        "city": {"en": "Belgrade", "sr": "Београд", "sv": "Belgrad"},
        "country": "RS",
        "disciplines": ["photography"],
        "languages": ["sv", "en", "sr"],
        "open_to_collaboration": True,
        "available_for_mobility": True,
        "links": [
            {"kind": "website", "url": "https://oskarsjoberg.example"},
            {"kind": "instagram", "url": "https://instagram.example/oskar.blok"},
        ],
        "short_bio": {
            "en": "Swedish photographer based in Belgrade since 2018, documenting modernist housing blocks, markets and the people who keep craft traditions alive.",
            "sr": "Шведски фотограф који од 2018. живи у Београду и бележи модернистичке стамбене блокове, пијаце и људе који чувају занатску традицију.",
            "sv": "Svensk fotograf som bor i Belgrad sedan 2018 och dokumenterar modernistiska bostadskvarter, marknader och människorna som håller hantverkstraditioner vid liv.",
        },
        "bio": {
            "en": [
                "Oskar Sjöberg came to Belgrade from Uppsala in 2018 for a three-month photography project and, as he puts it, never quite left. He now speaks Serbian with a noticeable accent, lives in a New Belgrade block from the 1970s and shoots mostly on medium-format film.",
                "His photo book Concrete and Sun, designed together with Jovana Petrović, portrays everyday life in the modernist blocks of New Belgrade: balconies full of plants, neighbours fixing cars, children on concrete playgrounds. During the Crafts Futures residency he documented the knitters and potters of Preplet Crafts Cooperative.",
                "Oskar is interested in photography as a tool for participation and often hands the camera to the people he portrays. He works in Swedish, English and Serbian.",
            ],
            "sr": [
                "Оскар Шеберг дошао је у Београд из Упсале 2018. године због тромесечног фотографског пројекта и, како сам каже, никада није сасвим отишао. Данас говори српски са приметним нагласком, живи у новобеоградском блоку из седамдесетих и снима углавном на средњеформатни филм.",
                "Његова фотографска књига „Бетон и сунце“, коју је обликовао заједно са Јованом Петровић, приказује свакодневни живот модернистичких блокова Новог Београда: терасе пуне цвећа, комшије који поправљају аутомобиле, децу на бетонским игралиштима. Током резиденције „Будућност заната“ документовао је плетиље и грнчаре Занатске задруге Преплет.",
                "Оскара занима фотографија као алат за учешће, па често даје апарат у руке људима које портретише. Ради на шведском, енглеском и српском.",
            ],
            "sv": [
                "Oskar Sjöberg kom till Belgrad från Uppsala 2018 för ett fotoprojekt på tre månader och har, som han själv säger, aldrig riktigt åkt hem. I dag talar han serbiska med märkbar brytning, bor i ett kvarter från 1970-talet i Nya Belgrad och fotograferar mest på mellanformatsfilm.",
                "Hans fotobok Betong och sol, som han formgav tillsammans med Jovana Petrović, skildrar vardagen i Nya Belgrads modernistiska kvarter: balkonger fulla av växter, grannar som lagar bilar, barn på lekplatser av betong. Under residenset Hantverkets framtid dokumenterade han stickerskorna och krukmakarna i Hantverkskooperativet Preplet.",
                "Oskar intresserar sig för fotografi som ett verktyg för delaktighet och ger ofta kameran till de människor han porträtterar. Han arbetar på svenska, engelska och serbiska.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Oskar Sjöberg on a grey-blue background",
            "sr": "Илустровани портрет Оскара Шеберга на сивоплавој подлози",
            "sv": "Porträttillustration av Oskar Sjöberg mot gråblå bakgrund",
        },
        "featured": False,
    },
    # ------------------------------------------------------------------ Sweden
    {
        "slug": "astrid-lindqvist",
        "name": {"en": "Astrid Lindqvist", "sr": "Астрид Линдквист", "sv": "Astrid Lindqvist"},
        "city": {"en": "Stockholm", "sr": "Стокхолм", "sv": "Stockholm"},
        "country": "SE",
        "disciplines": ["furniture", "product-design"],
        "languages": ["sv", "en", "de"],
        "open_to_collaboration": True,
        "available_for_mobility": True,
        "links": [
            {"kind": "website", "url": "https://astridlindqvist.example"},
            {"kind": "instagram", "url": "https://instagram.example/kvist.mobler"},
            {"kind": "linkedin", "url": "https://linkedin.example/in/astridlindqvist"},
        ],
        "short_bio": {
            "en": "Stockholm furniture designer who builds circular furniture from the pine offcuts that Swedish sawmills and joineries would otherwise burn.",
            "sr": "Дизајнерка намештаја из Стокхолма која прави циркуларни намештај од отпадака боровине које би шведске пилане и столарије иначе спалиле.",
            "sv": "Möbelformgivare i Stockholm som bygger cirkulära möbler av det furuspill som svenska sågverk och snickerier annars skulle elda upp.",
        },
        "bio": {
            "en": [
                "Astrid Lindqvist grew up in Dalarna, surrounded by forests and sawmills, and moved to Stockholm to study furniture design at Norrström School of Design. Her degree project was a stool made entirely from the short pine offcuts that most joineries sweep straight into the boiler.",
                "That stool grew into Kvist, a circular furniture line produced by a small joinery outside Stockholm. The pieces are finger-jointed from offcuts, assembled without glue wherever possible and sold with a take-back promise: worn parts are replaced, and furniture that is no longer wanted is taken apart and reused.",
                "During the Crafts Futures residency in Serbia, Astrid worked with the potters and knitters of Preplet Crafts Cooperative and came home convinced that Swedish design has a lot to learn from Serbian repair culture.",
            ],
            "sr": [
                "Астрид Линдквист одрасла је у Даларни, окружена шумама и пиланама, а у Стокхолм се преселила да би студирала дизајн намештаја на Високој школи за дизајн Норстрем. Њен дипломски рад била је хоклица направљена искључиво од кратких отпадака боровине, које већина столарија одмах убаци у котао.",
                "Из те хоклице настала је линија Квист, циркуларни намештај који производи мала столарија надомак Стокхолма. Комади се од отпадака спајају зупчастим спојем, склапају се без лепка где год је то могуће и продају уз обећање о преузимању: истрошени делови се замењују, а намештај који више није потребан раставља се и поново користи.",
                "Током резиденције „Будућност заната“ у Србији, Астрид је радила са грнчаркама и плетиљама Занатске задруге Преплет и вратила се кући уверена да шведски дизајн може много да научи од српске културе поправљања.",
            ],
            "sv": [
                "Astrid Lindqvist växte upp i Dalarna bland skogar och sågverk och flyttade till Stockholm för att studera möbeldesign vid Norrströms designhögskola. Hennes examensarbete var en pall gjord helt av de korta furubitar som de flesta snickerier sopar rakt in i pannan.",
                "Pallen blev startskottet för Kvist, en cirkulär möbelserie som tillverkas av ett litet snickeri utanför Stockholm. Möblerna fingerskarvas av spillbitar, monteras utan lim där det går och säljs med ett löfte om återtag: slitna delar byts ut, och möbler som inte längre behövs plockas isär och används igen.",
                "Under residenset Hantverkets framtid i Serbien arbetade Astrid med krukmakarna och stickerskorna i Hantverkskooperativet Preplet och kom hem övertygad om att svensk design har mycket att lära av den serbiska lagningskulturen.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Astrid Lindqvist on a warm ochre background",
            "sr": "Илустровани портрет Астрид Линдквист на топлој окер подлози",
            "sv": "Porträttillustration av Astrid Lindqvist mot varm ockragul bakgrund",
        },
        "featured": True,
    },
    {
        "slug": "johan-ekstrom",
        "name": {"en": "Johan Ekström", "sr": "Јохан Екстрем", "sv": "Johan Ekström"},
        "city": {"en": "Gothenburg", "sr": "Гетеборг", "sv": "Göteborg"},
        "country": "SE",
        "disciplines": ["architecture-urbanism", "service-design"],
        "languages": ["sv", "en", "no"],
        "open_to_collaboration": True,
        "available_for_mobility": True,
        "links": [
            {"kind": "website", "url": "https://johanekstrom.example"},
            {"kind": "linkedin", "url": "https://linkedin.example/in/johanekstrom"},
        ],
        "short_bio": {
            "en": "Gothenburg urbanist who runs participatory processes for squares, paths and courtyards in the city's suburbs.",
            "sr": "Урбаниста из Гетеборга који води партиципативне процесе за тргове, стазе и дворишта у градским предграђима.",
            "sv": "Stadsbyggare i Göteborg som leder medskapande processer för torg, gångvägar och gårdar i stadens förorter.",
        },
        "bio": {
            "en": [
                "Johan Ekström trained as an architect in Gothenburg and spent several years at the city planning office before starting his own small practice. He noticed that residents of the suburbs were consulted late, if at all, and usually only about the details of projects that had already been decided.",
                "His practice turns that order around. Together with residents, schools and local associations he starts with walks, temporary furniture and test events, and only then begins to draw. The participatory redesign of the square in Hammarkullen, carried out with Milica Džajić, and the lighting project in Biskopsgården are the best-known results.",
                "Johan often visits Belgrade and Novi Sad, where, he says, the culture of informal gathering in public space is a constant source of inspiration.",
            ],
            "sr": [
                "Јохан Екстрем школовао се за архитекту у Гетеборгу и неколико година радио у градском заводу за урбанизам пре него што је покренуо сопствени мали биро. Приметио је да се становници предграђа питају касно, ако уопште, и то обично само о детаљима пројеката о којима је већ одлучено.",
                "Његова пракса обрће тај редослед. Заједно са становницима, школама и локалним удружењима почиње шетњама, привременим мобилијаром и пробним догађајима, а тек онда узима оловку. Најпознатији резултати су партиципативна обнова трга у Хамаркулену, изведена са Милицом Џајић, и пројекат осветљења у Бископсгордену.",
                "Јохан често долази у Београд и Нови Сад, где му, како каже, култура спонтаног окупљања у јавном простору служи као стални извор инспирације.",
            ],
            "sv": [
                "Johan Ekström utbildade sig till arkitekt i Göteborg och arbetade flera år på stadsbyggnadskontoret innan han startade en egen liten praktik. Han märkte att invånarna i förorterna tillfrågades sent, om alls, och oftast bara om detaljer i projekt som redan var bestämda.",
                "Hans praktik vänder på ordningen. Tillsammans med boende, skolor och lokala föreningar börjar han med promenader, tillfälliga möbler och testevenemang, och först därefter börjar han rita. Den medskapande omgestaltningen av torget i Hammarkullen, som gjordes tillsammans med Milica Džajić, och ljusprojektet i Biskopsgården är de mest kända resultaten.",
                "Johan besöker ofta Belgrad och Novi Sad, där kulturen av spontana möten i det offentliga rummet enligt honom är en ständig inspirationskälla.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Johan Ekström on a brick-red background",
            "sr": "Илустровани портрет Јохана Екстрема на подлози боје цигле",
            "sv": "Porträttillustration av Johan Ekström mot tegelröd bakgrund",
        },
        "featured": False,
    },
    {
        "slug": "linnea-aberg",
        "name": {"en": "Linnéa Åberg", "sr": "Линеа Оберг", "sv": "Linnéa Åberg"},
        "city": {"en": "Malmö", "sr": "Малме", "sv": "Malmö"},
        "country": "SE",
        "disciplines": ["service-design", "interaction-design"],
        "languages": ["sv", "en", "da"],
        "open_to_collaboration": True,
        "available_for_mobility": True,
        "links": [
            {"kind": "portfolio", "url": "https://linneaaberg.example"},
            {"kind": "linkedin", "url": "https://linkedin.example/in/linneaaberg"},
        ],
        "short_bio": {
            "en": "Malmö-based service designer working on repair, reuse and circular economy at the scale of a neighbourhood.",
            "sr": "Дизајнерка услуга из Малмеа која се бави поправком, поновном употребом и циркуларном економијом на нивоу кварта.",
            "sv": "Tjänstedesigner i Malmö som arbetar med reparation, återbruk och cirkulär ekonomi på kvartersnivå.",
        },
        "bio": {
            "en": [
                "Linnéa Åberg studied interaction design in Malmö and worked at a digital agency before joining Sofielund Social Innovation Lab as a service designer. She describes her job as shaping the invisible parts of things: the routines, roles and agreements that decide whether a good idea survives its first winter.",
                "Her focus is repair and reuse at neighbourhood scale. She co-designed Fix Together, a repair café kit now used by libraries and associations across Malmö, and mapped the material flows of Sofielund with Nikola Đorđević. In Novi Sad she ran the user research with market vendors for the modular stall system.",
                "Linnéa also facilitates co-design sessions in Gothenburg and is always glad to meet designers who want to work with municipalities on practical circular solutions.",
            ],
            "sr": [
                "Линеа Оберг студирала је дизајн интеракције у Малмеу и радила у дигиталној агенцији пре него што се придружила Лабораторији за друштвене иновације Софилунд као дизајнерка услуга. Свој посао описује као обликовање невидљивих делова ствари: навика, улога и договора од којих зависи да ли ће добра идеја преживети своју прву зиму.",
                "Бави се поправком и поновном употребом на нивоу кварта. Учествовала је у осмишљавању комплета „Поправимо заједно“, који данас користе библиотеке и удружења широм Малмеа, а са Николом Ђорђевићем мапирала је токове материјала у Софилунду. У Новом Саду је са продавцима на пијаци спровела истраживање за модуларни систем тезги.",
                "Линеа води и радионице заједничког дизајнирања у Гетеборгу и увек радо упознаје дизајнере који желе да са општинама раде на практичним циркуларним решењима.",
            ],
            "sv": [
                "Linnéa Åberg studerade interaktionsdesign i Malmö och arbetade på en digital byrå innan hon kom till Sofielunds labb för social innovation som tjänstedesigner. Hon beskriver sitt jobb som att forma det osynliga: de rutiner, roller och överenskommelser som avgör om en bra idé överlever sin första vinter.",
                "Hennes fokus är reparation och återbruk på kvartersnivå. Hon var med och utvecklade Laga tillsammans, ett kit för reparationskaféer som i dag används av bibliotek och föreningar i hela Malmö, och kartlade materialflödena i Sofielund tillsammans med Nikola Đorđević. I Novi Sad gjorde hon användarstudier med torghandlarna inför det modulära ståndsystemet.",
                "Linnéa leder också medskapande workshoppar i Göteborg och träffar alltid gärna formgivare som vill arbeta med kommuner kring praktiska cirkulära lösningar.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Linnéa Åberg on a lilac background",
            "sr": "Илустровани портрет Линее Оберг на подлози боје јоргована",
            "sv": "Porträttillustration av Linnéa Åberg mot lila bakgrund",
        },
        "featured": False,
    },
    {
        "slug": "maja-forsberg",
        "name": {"en": "Maja Forsberg", "sr": "Маја Форсберг", "sv": "Maja Forsberg"},
        "city": {"en": "Gothenburg", "sr": "Гетеборг", "sv": "Göteborg"},
        "country": "SE",
        "disciplines": ["textile-fashion"],
        "languages": ["sv", "en", "fi"],
        "open_to_collaboration": True,
        "available_for_mobility": True,
        "links": [
            {"kind": "website", "url": "https://majaforsberg.example"},
            {"kind": "instagram", "url": "https://instagram.example/maja.maskor"},
        ],
        "short_bio": {
            "en": "Gothenburg textile designer working with knitting, weaving and upcycling, often in close collaboration with craft cooperatives.",
            "sr": "Текстилна дизајнерка из Гетеборга која ради са плетењем, ткањем и прерадом одеће, често у блиској сарадњи са занатским задругама.",
            "sv": "Textilformgivare i Göteborg som arbetar med stickning, vävning och redesign, ofta i nära samarbete med hantverkskooperativ.",
        },
        "bio": {
            "en": [
                "Maja Forsberg learnt to knit from her Finnish grandmother and studied textile design in Borås, the historic centre of the Swedish textile industry. She works between hand and machine, between new yarn and old garments, always looking for techniques that ordinary people can learn and use at home.",
                "In Niš she has worked with Ljubica Živković and the women of Second Thread on patterns for upcycled collections. During the Crafts Futures residency she built a pattern library with the knitters of Preplet Crafts Cooperative, translating traditional motifs into charts that can be knitted by hand or on a domestic knitting machine.",
                "Back in Gothenburg, Maja teaches at Masthugget Makerspace, where she hosts an open textile evening every Thursday.",
            ],
            "sr": [
                "Маја Форсберг научила је да плете од баке Финкиње, а текстилни дизајн студирала је у Буросу, историјском средишту шведске текстилне индустрије. Ради између руке и машине, између новог предива и старе одеће, увек у потрази за техникама које обични људи могу да науче и примењују код куће.",
                "У Нишу је са Љубицом Живковић и женама из „Друге нити“ радила на кројевима за колекције од прерађене одеће. Током резиденције „Будућност заната“ направила је библиотеку шара заједно са плетиљама Занатске задруге Преплет, преводећи традиционалне мотиве у шеме које се могу плести ручно или на кућној машини за плетење.",
                "Код куће у Гетеборгу Маја предаје у Отвореној радионици Мастхугет, где сваког четвртка води отворено текстилно вече.",
            ],
            "sv": [
                "Maja Forsberg lärde sig sticka av sin finska farmor och studerade textildesign i Borås, den svenska textilindustrins historiska centrum. Hon arbetar mellan hand och maskin, mellan nytt garn och gamla plagg, och letar alltid efter tekniker som vanliga människor kan lära sig och använda hemma.",
                "I Niš har hon arbetat med Ljubica Živković och kvinnorna i Andra tråden med mönster för redesignade kollektioner. Under residenset Hantverkets framtid byggde hon upp ett mönsterbibliotek tillsammans med stickerskorna i Hantverkskooperativet Preplet och översatte traditionella motiv till diagram som kan stickas för hand eller på en stickmaskin för hemmabruk.",
                "Hemma i Göteborg undervisar Maja på Masthuggets makerspace, där hon håller en öppen textilkväll varje torsdag.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Maja Forsberg on a rust-orange background",
            "sr": "Илустровани портрет Маје Форсберг на подлози боје рђе",
            "sv": "Porträttillustration av Maja Forsberg mot rostorange bakgrund",
        },
        "featured": False,
    },
    {
        "slug": "dusan-milenkovic",
        "name": {"en": "Dušan Milenković", "sr": "Душан Миленковић", "sv": "Dušan Milenković"},
        "city": {"en": "Stockholm", "sr": "Стокхолм", "sv": "Stockholm"},
        "country": "SE",
        "disciplines": ["graphic-design", "interaction-design"],
        "languages": ["sr", "sv", "en"],
        "open_to_collaboration": True,
        "available_for_mobility": True,
        "links": [
            {"kind": "website", "url": "https://dusanmilenkovic.example"},
            {"kind": "behance", "url": "https://behance.example/dusanmilenkovic"},
        ],
        "short_bio": {
            "en": "Serbian-born graphic and interaction designer in Stockholm who makes public information clearer for people who are still learning the language.",
            "sr": "Графички дизајнер и дизајнер интеракције пореклом из Србије, са седиштем у Стокхолму, који јавне информације чини јаснијим за људе који тек уче језик.",
            "sv": "Serbiskfödd grafisk formgivare och interaktionsdesigner i Stockholm som gör samhällsinformation tydligare för människor som fortfarande lär sig språket.",
        },
        "bio": {
            "en": [
                "Dušan Milenković grew up in Kragujevac and moved to Stockholm in 2017 to do a master's degree in interaction design. His first months in Sweden, spent deciphering letters from the authorities with a dictionary in hand, have shaped everything he has designed since.",
                "He works on public information for newcomers: letters in plain language, bilingual signage and digital services that still work on an old phone with a cracked screen. With Amir Haddad he designed Språkfika, a booking tool for language cafés in Stockholm libraries, and with Stefan Šćepanović and Ljubica Živković he simplified municipal procedures in Niš.",
                "Dušan regularly mentors young Serbian designers who are thinking about studying or working in Sweden and is happy to answer practical questions about moving.",
            ],
            "sr": [
                "Душан Миленковић одрастао је у Крагујевцу, а у Стокхолм се преселио 2017. године ради мастер студија дизајна интеракције. Први месеци у Шведској, када је са речником у руци одгонетао писма државних органа, обликовали су све што је од тада дизајнирао.",
                "Бави се јавним информацијама за придошлице: писмима на једноставном језику, двојезичном сигнализацијом и дигиталним услугама које раде и на старом телефону са напуклим екраном. Са Амиром Хададом осмислио је Спрокфику, алат за заказивање језичких кафеа у стокхолмским библиотекама, а са Стефаном Шћепановићем и Љубицом Живковић поједноставио је општинске процедуре у Нишу.",
                "Душан редовно менторише младе српске дизајнере који размишљају о студирању или раду у Шведској и радо одговара на практична питања о пресељењу.",
            ],
            "sv": [
                "Dušan Milenković växte upp i Kragujevac och flyttade till Stockholm 2017 för att läsa en master i interaktionsdesign. Hans första månader i Sverige, då han satt med ett lexikon och försökte tyda brev från myndigheter, har präglat allt han har formgett sedan dess.",
                "Han arbetar med samhällsinformation för nyanlända: brev på klarspråk, tvåspråkig skyltning och digitala tjänster som fungerar även på en gammal telefon med sprucken skärm. Tillsammans med Amir Haddad tog han fram Språkfika, ett bokningsverktyg för språkkaféer på Stockholms bibliotek, och med Stefan Šćepanović och Ljubica Živković förenklade han kommunala ärenden i Niš.",
                "Dušan är regelbundet mentor för unga serbiska formgivare som funderar på att studera eller arbeta i Sverige, och han svarar gärna på praktiska frågor om flytten.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Dušan Milenković on a dark green background",
            "sr": "Илустровани портрет Душана Миленковића на тамнозеленој подлози",
            "sv": "Porträttillustration av Dušan Milenković mot mörkgrön bakgrund",
        },
        "featured": False,
    },
    {
        "slug": "amir-haddad",
        "name": {"en": "Amir Haddad", "sr": "Амир Хадад", "sv": "Amir Haddad"},
        "city": {"en": "Malmö", "sr": "Малме", "sv": "Malmö"},
        "country": "SE",
        "disciplines": ["photography", "service-design"],
        "languages": ["ar", "sv", "en"],
        "open_to_collaboration": True,
        "available_for_mobility": False,
        "links": [
            {"kind": "website", "url": "https://amirhaddad.example"},
            {"kind": "instagram", "url": "https://instagram.example/amir.koksbord"},
        ],
        "short_bio": {
            "en": "Malmö photographer and community designer who uses images, food and conversation to make the knowledge of newcomers visible.",
            "sr": "Фотограф и дизајнер заједнице из Малмеа који сликама, храном и разговором чини видљивим знање придошлица.",
            "sv": "Fotograf och samhällsdesigner i Malmö som med bilder, mat och samtal synliggör nyanländas kunskap.",
        },
        "bio": {
            "en": [
                "Amir Haddad was born in Aleppo and came to Malmö as a teenager in 2015. He learnt Swedish at a language café in the local library, and photography at a youth centre in Rosengård, where a youth worker lent him a camera for the summer and never asked for it back.",
                "His projects combine photography and service design. Kitchen Table Malmö collects recipes and portraits of newcomers and the neighbours who welcomed them, while Språkfika, made with Dušan Milenković, helps libraries organise language cafés. During the Circular City Exchange he co-created the repair café kit and worked on a digital material bank for Novi Sad.",
                "Amir believes that design should start from the skills people already have rather than from what they lack. He works in Arabic, Swedish and English.",
            ],
            "sr": [
                "Амир Хадад рођен је у Алепу, а у Малме је као тинејџер стигао 2015. године. Шведски је научио у језичком кафеу локалне библиотеке, а фотографију у омладинском центру у Розенгорду, где му је један омладински радник позајмио фотоапарат за лето и никада га није тражио назад.",
                "Његови пројекти спајају фотографију и дизајн услуга. „Кухињски сто Малме“ сакупља рецепте и портрете придошлица и комшија који су их дочекали, док Спрокфика, настала са Душаном Миленковићем, помаже библиотекама да организују језичке кафее. Током размене „Циркуларни град“ учествовао је у изради комплета за кафе поправки и радио на дигиталној банци материјала за Нови Сад.",
                "Амир верује да дизајн треба да полази од вештина које људи већ имају, а не од онога што им недостаје. Ради на арапском, шведском и енглеском.",
            ],
            "sv": [
                "Amir Haddad föddes i Aleppo och kom till Malmö som tonåring 2015. Han lärde sig svenska på ett språkkafé på det lokala biblioteket och fotografi på en fritidsgård i Rosengård, där en fritidsledare lånade ut en kamera till honom över sommaren och aldrig bad att få tillbaka den.",
                "Hans projekt förenar fotografi och tjänstedesign. Köksbordet Malmö samlar recept och porträtt av nyanlända och de grannar som tog emot dem, medan Språkfika, som han gjorde tillsammans med Dušan Milenković, hjälper bibliotek att organisera språkkaféer. Under utbytet Cirkulär stad var han med och skapade kitet för reparationskaféer och arbetade med en digital materialbank för Novi Sad.",
                "Amir menar att design ska utgå från de färdigheter människor redan har snarare än från det de saknar. Han arbetar på arabiska, svenska och engelska.",
            ],
        },
        "portrait_alt": {
            "en": "Portrait illustration of Amir Haddad on a saffron background",
            "sr": "Илустровани портрет Амира Хадада на подлози боје шафрана",
            "sv": "Porträttillustration av Amir Haddad mot saffransgul bakgrund",
        },
        "featured": False,
    },
]
