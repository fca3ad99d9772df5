"""Demo content for the home page, the section index pages, the standard
pages (about, contact, privacy) and the footer.

Every translatable text is a dict with "en", "sr" (Cyrillic) and "sv" keys.
Body texts are lists of plain-text paragraphs, one list per language, with
the same number of paragraphs in each language.
"""

from __future__ import annotations

HOME = {
    "title": {
        "en": "Mikser Showcase",
        "sr": "Миксер витрина",
        "sv": "Mikser Showcase",
    },
    "hero_title": {
        "en": "Design that crosses borders",
        "sr": "Дизајн без граница",
        "sv": "Design som korsar gränser",
    },
    "hero_text": {
        "en": (
            "Meet young designers and social innovators from Serbia and Sweden, explore the "
            "projects they are building and find your next residency, exchange or workshop. "
            "Mikser Showcase brings studios, cities and communities from Belgrade to Malmö "
            "together in one place."
        ),
        "sr": (
            "Упознајте младе дизајнере и друштвене иноваторе из Србије и Шведске, истражите "
            "пројекте на којима раде и пронађите своју следећу резиденцију, размену или "
            "радионицу. Миксер витрина на једном месту окупља студије, градове и заједнице "
            "од Београда до Малмеа."
        ),
        "sv": (
            "Möt unga formgivare och sociala innovatörer från Serbien och Sverige, utforska "
            "projekten de bygger och hitta ditt nästa residens, utbyte eller workshop. "
            "Mikser Showcase samlar studior, städer och gemenskaper från Belgrad till Malmö "
            "på ett och samma ställe."
        ),
    },
    "intro": {
        "en": (
            "The platform is run by Kapija Cultural Centre in Belgrade together with partners "
            "in Novi Sad, Niš, Stockholm, Gothenburg and Malmö. Our editors review every "
            "portfolio before it is published, and every open call states clearly who can "
            "apply and when the deadline is, so you can quickly decide whether it is right for you."
        ),
        "sr": (
            "Платформу води Културни центар Капија из Београда заједно са партнерима из Новог "
            "Сада, Ниша, Стокхолма, Гетеборга и Малмеа. Уредници прегледају сваки портфолио "
            "пре објављивања, а сваки отворени позив јасно наводи ко може да се пријави и до "
            "када, па брзо можете да процените да ли је прави за вас."
        ),
        "sv": (
            "Plattformen drivs av Kulturcentret Kapija i Belgrad tillsammans med partner i "
            "Novi Sad, Niš, Stockholm, Göteborg och Malmö. Våra redaktörer granskar varje "
            "portfolio innan den publiceras, och varje öppen utlysning anger tydligt vem som "
            "kan söka och när sista ansökningsdag är, så att du snabbt kan avgöra om den passar dig."
        ),
    },
}

INDEXES = {
    "designers": {
        "slug": {"en": "designers", "sr": "dizajneri", "sv": "formgivare"},
        "title": {"en": "Designers", "sr": "Дизајнери", "sv": "Formgivare"},
        "intro": {
            "en": (
                "Browse the portfolios of young designers and social innovators working in "
                "Serbia and Sweden, from product and graphic design to service design and "
                "community projects."
            ),
            "sr": (
                "Прегледајте портфолије младих дизајнера и друштвених иноватора који раде у "
                "Србији и Шведској, од дизајна производа и графичког дизајна до дизајна услуга "
                "и пројеката у локалној заједници."
            ),
            "sv": (
                "Bläddra bland portfolior från unga formgivare och sociala innovatörer som "
                "verkar i Serbien och Sverige, från produktdesign och grafisk design till "
                "tjänstedesign och lokala samhällsprojekt."
            ),
        },
    },
    "projects": {
        "slug": {"en": "projects", "sr": "projekti", "sv": "projekt"},
        "title": {"en": "Projects", "sr": "Пројекти", "sv": "Projekt"},
        "intro": {
            "en": (
                "Work by the designers on the platform, often made across borders: prototypes, "
                "public spaces, services and tools developed together with the people who use them."
            ),
            "sr": (
                "Радови дизајнера са платформе, често настали преко граница: прототипови, јавни "
                "простори, услуге и алати развијени у сарадњи са људима који их користе."
            ),
            "sv": (
                "Arbeten av formgivarna på plattformen, ofta gjorda över gränserna: prototyper, "
                "offentliga rum, tjänster och verktyg som tagits fram tillsammans med dem som "
                "använder dem."
            ),
        },
    },
    "programmes": {
        "slug": {"en": "programmes", "sr": "programi", "sv": "program"},
        "title": {"en": "Programmes", "sr": "Програми", "sv": "Program"},
        "intro": {
            "en": (
                "Residencies, exchanges, workshops, fellowships and mentorships between Serbia "
                "and Sweden. Each call shows who can apply, what is covered and when the "
                "deadline falls."
            ),
            "sr": (
                "Резиденције, размене, радионице, стипендије и менторски програми између Србије "
                "и Шведске. Уз сваки позив наведено је ко може да се пријави, шта је покривено "
                "и до када трају пријаве."
            ),
            "sv": (
                "Residens, utbyten, workshoppar, stipendier och mentorskap mellan Serbien och "
                "Sverige. Varje utlysning visar vem som kan söka, vad som ingår och när sista "
                "ansökningsdag är."
            ),
        },
    },
}

STANDARD_PAGES = [
    # ------------------------------------------------------------------ ABOUT
    {
        "key": "about",
        "slug": {"en": "about", "sr": "o-nama", "sv": "om-oss"},
        "title": {"en": "About us", "sr": "О нама", "sv": "Om oss"},
        "intro": {
            "en": "Who we are, who we work with and how the platform chooses the work it shows.",
            "sr": "Ко смо, с ким сарађујемо и како платформа бира радове које приказује.",
            "sv": "Vilka vi är, vilka vi samarbetar med och hur plattformen väljer de arbeten den visar.",
        },
        "body": {
            "en": [
                (
                    "Mikser Showcase began as a small exchange between design studios in Belgrade "
                    "and Malmö and has grown into a shared platform for young designers and social "
                    "innovators from Serbia and Sweden. The name comes from the Serbian word for "
                    "mixer: a place where people, disciplines and cities meet, and where something "
                    "new comes out of the mix."
                ),
                (
                    "The platform is run by Kapija Cultural Centre in Belgrade. Our partners are "
                    "Petrovaradin Design Week in Novi Sad, the Nišava Youth Initiative in Niš, "
                    "Norrström School of Design in Stockholm, Masthugget Makerspace in Gothenburg "
                    "and the Sofielund Social Innovation Lab in Malmö, with support from the "
                    "Kulturbron Foundation. Together we run residencies, exchanges, workshops, "
                    "fellowships and mentorships that let participants spend time working in the "
                    "other country."
                ),
                (
                    "Any designer or social innovator aged 18 to 35 who lives in Serbia or Sweden "
                    "can submit a portfolio. Our editors read every submission, check that the "
                    "images and links work and that the work is really the applicant's own, and "
                    "usually reply within two weeks. Published portfolios can link to projects "
                    "made together with other designers on the platform."
                ),
                (
                    "We believe good design grows out of everyday life and the people who live it: "
                    "a neighbourhood market, a school yard, a bus stop, a craft handed down within "
                    "a family. That is why we value projects made with communities rather than for "
                    "them, and why we publish everything in English, Serbian and Swedish, so that "
                    "no one has to leave their language at the door."
                ),
            ],
            "sr": [
                (
                    "Миксер витрина је почела као мала размена између дизајнерских студија из "
                    "Београда и Малмеа, а прерасла је у заједничку платформу за младе дизајнере и "
                    "друштвене иноваторе из Србије и Шведске. Назив смо изабрали јер желимо да "
                    "будемо миксер у правом смислу речи: место где се сусрећу људи, дисциплине и "
                    "градови и где из тог мешања настаје нешто ново."
                ),
                (
                    "Платформу води Културни центар Капија из Београда. Наши партнери су "
                    "Петроварадинска недеља дизајна из Новог Сада, Омладинска иницијатива Нишава "
                    "из Ниша, Висока школа за дизајн Норстрем из Стокхолма, Отворена радионица "
                    "Мастхугет из Гетеборга и Лабораторија за друштвене иновације Софилунд из "
                    "Малмеа, уз подршку Фондације Културброн. Заједно организујемо резиденције, "
                    "размене, радионице, стипендије и менторске програме који учесницима "
                    "омогућавају да неко време раде у другој земљи."
                ),
                (
                    "Портфолио може да пошаље сваки дизајнер или друштвени иноватор од 18 до 35 "
                    "година који живи у Србији или Шведској. Наши уредници читају сваку пријаву, "
                    "проверавају да ли слике и линкови раде и да ли је рад заиста ауторов, и "
                    "обично одговарају у року од две недеље. Објављени портфолији могу да буду "
                    "повезани са пројектима које су аутори радили заједно са другим дизајнерима "
                    "са платформе."
                ),
                (
                    "Верујемо да добар дизајн настаје из свакодневног живота и људи који га живе: "
                    "из пијаце у комшилуку, школског дворишта, аутобуског стајалишта или заната "
                    "који се преноси с колена на колено. Зато више ценимо пројекте који настају "
                    "са заједницом него за њу, и зато све објављујемо на енглеском, српском и "
                    "шведском, како нико не би морао да свој језик остави пред вратима."
                ),
            ],
            "sv": [
                (
                    "Mikser Showcase började som ett litet utbyte mellan designstudior i Belgrad "
                    "och Malmö och har vuxit till en gemensam plattform för unga formgivare och "
                    "sociala innovatörer från Serbien och Sverige. Namnet kommer från det serbiska "
                    "ordet för mixer: en plats där människor, discipliner och städer möts, och där "
                    "något nytt uppstår ur blandningen."
                ),
                (
                    "Plattformen drivs av Kulturcentret Kapija i Belgrad. Våra partner är "
                    "Petrovaradins designvecka i Novi Sad, Ungdomsinitiativet Nišava i Niš, "
                    "Norrströms designhögskola i Stockholm, Masthuggets makerspace i Göteborg och "
                    "Sofielunds labb för social innovation i Malmö, med stöd från Stiftelsen "
                    "Kulturbron. Tillsammans arrangerar vi residens, utbyten, workshoppar, "
                    "stipendier och mentorskap där deltagarna får arbeta en tid i det andra landet."
                ),
                (
                    "Alla formgivare och sociala innovatörer mellan 18 och 35 år som bor i Serbien "
                    "eller Sverige kan skicka in en portfolio. Våra redaktörer läser varje bidrag, "
                    "kontrollerar att bilder och länkar fungerar och att arbetet verkligen är den "
                    "sökandes eget, och svarar oftast inom två veckor. Publicerade portfolior kan "
                    "länka till projekt som gjorts tillsammans med andra formgivare på plattformen."
                ),
                (
                    "Vi tror att bra design växer fram ur vardagen och de människor som lever den: "
                    "ett torg i kvarteret, en skolgård, en busshållplats, ett hantverk som gått i "
                    "arv inom familjen. Därför värdesätter vi projekt som görs tillsammans med en "
                    "gemenskap snarare än åt den, och därför publicerar vi allt på engelska, "
                    "serbiska och svenska, så att ingen behöver lämna sitt språk utanför dörren."
                ),
            ],
        },
    },
    # ---------------------------------------------------------------- CONTACT
    {
        "key": "contact",
        "slug": {"en": "contact", "sr": "kontakt", "sv": "kontakt"},
        "title": {"en": "Contact", "sr": "Контакт", "sv": "Kontakt"},
        "intro": {
            "en": "Write to us, drop by the centre in Savamala or get in touch with our partners in Sweden.",
            "sr": "Пишите нам, свратите у центар у Савамали или се јавите нашим партнерима у Шведској.",
            "sv": "Skriv till oss, titta in på centret i Savamala eller kontakta våra partner i Sverige.",
        },
        "body": {
            "en": [
                (
                    "Kapija Cultural Centre is in Savamala, a few minutes' walk from Branko's "
                    "Bridge and the Sava riverfront. Our address is Savskih skela 7, 11000 "
                    "Belgrade, Serbia. The entrance is from the courtyard, on the ground floor, "
                    "and the building is accessible by wheelchair. Several tram and bus lines stop "
                    "in Karađorđeva Street, just around the corner."
                ),
                (
                    "For questions about portfolios, projects and open calls, write to "
                    "hello@mikser.example. We answer in English, Serbian or Swedish, usually "
                    "within three working days. The office is open Tuesday to Friday from 10:00 "
                    "to 17:00 and on Saturdays from 11:00 to 15:00, Belgrade time. If you would "
                    "like to show us your work in person, please book a time by e-mail first."
                ),
                (
                    "Each programme page names the Swedish host organisation and links to its "
                    "website, which is the best place for practical questions about the "
                    "programme, workspace and accommodation. If you are not sure whom to ask, "
                    'write to hello@mikser.example with "Sweden" in the subject line, and we will '
                    "forward your message to the right partner in Stockholm, Gothenburg or Malmö."
                ),
            ],
            "sr": [
                (
                    "Културни центар Капија налази се у Савамали, неколико минута хода од Бранковог "
                    "моста и обале Саве. Наша адреса је Савских скела 7, 11000 Београд, Србија. "
                    "Улаз је из дворишта, у приземљу, а зграда је приступачна за особе у "
                    "инвалидским колицима. Неколико трамвајских и аутобуских линија стаје у "
                    "Карађорђевој улици, одмах иза угла."
                ),
                (
                    "За питања о портфолијима, пројектима и отвореним позивима пишите на "
                    "hello@mikser.example. Одговарамо на српском, енглеском или шведском, "
                    "обично у року од три радна дана. Канцеларија ради од уторка до петка од "
                    "10 до 17 часова и суботом од 11 до 15 часова. Ако желите да нам свој рад "
                    "покажете уживо, молимо вас да претходно имејлом закажете термин."
                ),
                (
                    "На страници сваког програма наведена је шведска организација домаћин, уз "
                    "везу ка њеном сајту, где ћете најбрже добити одговоре на практична питања о "
                    "програму, радном простору и смештају. Ако нисте сигурни коме да се обратите, "
                    "пишите на hello@mikser.example и у наслов поруке упишите „Шведска“, а ми "
                    "ћемо вашу поруку проследити одговарајућем партнеру у Стокхолму, Гетеборгу "
                    "или Малмеу."
                ),
            ],
            "sv": [
                (
                    "Kulturcentret Kapija ligger i Savamala, några minuters promenad från "
                    "Brankobron och strandpromenaden längs Sava. Adressen är Savskih skela 7, "
                    "11000 Belgrad, Serbien. Ingången är från innergården, i bottenvåningen, och "
                    "byggnaden är tillgänglig för rullstol. Flera spårvagns- och busslinjer "
                    "stannar på Karađorđevagatan, precis runt hörnet."
                ),
                (
                    "Har du frågor om portfolior, projekt eller öppna utlysningar kan du skriva "
                    "till hello@mikser.example. Vi svarar på svenska, engelska eller serbiska, "
                    "oftast inom tre arbetsdagar. Kontoret har öppet tisdag till fredag klockan "
                    "10–17 och lördagar klockan 11–15, lokal tid i Belgrad. Om du vill visa oss "
                    "ditt arbete på plats ber vi dig att först boka en tid via e-post."
                ),
                (
                    "På varje programsida anges den svenska värdorganisationen med en länk till "
                    "dess webbplats, där du snabbast får svar på praktiska frågor om programmet, "
                    "arbetsplatsen och boendet. Om du är osäker på vem du ska fråga kan du skriva "
                    "till hello@mikser.example med ”Sverige” i ämnesraden, så skickar vi vidare "
                    "ditt meddelande till rätt partner i Stockholm, Göteborg eller Malmö."
                ),
            ],
        },
    },
    # ---------------------------------------------------------------- PRIVACY
    {
        "key": "privacy",
        "slug": {"en": "privacy", "sr": "privatnost", "sv": "integritet"},
        "title": {
            "en": "Privacy notice",
            "sr": "Обавештење о приватности",
            "sv": "Integritetspolicy",
        },
        "intro": {
            "en": "How Mikser Showcase collects, uses and protects your personal data, and what rights you have.",
            "sr": "Како Миксер витрина прикупља, користи и штити ваше податке о личности и која права имате.",
            "sv": "Hur Mikser Showcase samlar in, använder och skyddar dina personuppgifter och vilka rättigheter du har.",
        },
        "body": {
            "en": [
                (
                    "The controller of your personal data is Kapija Cultural Centre, Savskih skela "
                    "7, 11000 Belgrade, Serbia. We process personal data in accordance with the "
                    "Serbian Law on Personal Data Protection and, where it applies to people in "
                    "Sweden and elsewhere in the European Union, the General Data Protection "
                    "Regulation (GDPR). You can send questions about this notice to "
                    "privacy@mikser.example at any time."
                ),
                (
                    "When you submit a portfolio, we collect your name, e-mail address, city, "
                    "country, a short biography, links to your website or social media profiles, "
                    "and the images you upload. We also keep the date of your submission and the "
                    "editors' decision. We do not ask for sensitive personal data, and we ask you "
                    "not to include any in your biography or images. Your e-mail address is never "
                    "shown on the public site."
                ),
                (
                    "We use this data to review your submission, to publish your portfolio once it "
                    "has been approved, and to contact you about it. The legal basis for this "
                    "processing is your consent, which you give when you send the form (Article "
                    "6(1)(a) of the GDPR and Article 12 of the Serbian Law on Personal Data "
                    "Protection). We do not sell your data and we do not use it for advertising."
                ),
                (
                    "Published portfolios stay on the site for as long as your consent lasts. If a "
                    "submission is rejected, or if you withdraw it, your data and images are "
                    "deleted from our systems after 90 days; this short period lets us answer "
                    "follow-up questions and correct any mistakes. We do not keep personal data "
                    "for longer than is needed for the purpose for which it was collected."
                ),
                (
                    "You have the right to access the personal data we hold about you, to receive "
                    "a copy of it in a machine-readable format, to have it corrected and to have "
                    "it erased. You can withdraw your consent at any time; this does not affect "
                    "the lawfulness of processing carried out before the withdrawal. To exercise "
                    "any of these rights, write to privacy@mikser.example. We will reply within 30 days."
                ),
                (
                    "If you believe that we process your data unlawfully, you can lodge a complaint "
                    "with a supervisory authority. In Serbia this is the Commissioner for "
                    "Information of Public Importance and Personal Data Protection; in Sweden it is "
                    "the Swedish Authority for Privacy Protection (IMY). You can also turn to the "
                    "authority in the EU country where you live or work. We would be grateful if "
                    "you gave us the chance to resolve the matter first."
                ),
            ],
            "sr": [
                (
                    "Руковалац вашим подацима о личности је Културни центар Капија, Савских скела "
                    "7, 11000 Београд, Србија. Податке обрађујемо у складу са Законом о заштити "
                    "података о личности Републике Србије, а када се то односи на особе у Шведској "
                    "и другим државама Европске уније, и у складу са Општом уредбом о заштити "
                    "података (ГДПР). Питања о овом обавештењу можете у сваком тренутку да "
                    "пошаљете на privacy@mikser.example."
                ),
                (
                    "Када пошаљете портфолио, прикупљамо ваше име, имејл адресу, град, државу, "
                    "кратку биографију, линкове ка вашем сајту или профилима на друштвеним мрежама "
                    "и слике које поставите. Чувамо и датум пријаве и одлуку уредника. Не тражимо "
                    "посебне врсте података о личности и молимо вас да их не наводите у биографији "
                    "нити на сликама. Ваша имејл адреса се никада не приказује на јавном делу сајта."
                ),
                (
                    "Ове податке користимо да бисмо прегледали вашу пријаву, објавили портфолио "
                    "када буде одобрен и контактирали вас у вези са њим. Правни основ обраде је "
                    "ваш пристанак, који дајете приликом слања обрасца (члан 12. Закона о заштити "
                    "података о личности и члан 6. став 1. тачка а) ГДПР-а). Ваше податке не "
                    "продајемо и не користимо их за оглашавање."
                ),
                (
                    "Објављени портфолији остају на сајту док траје ваш пристанак. Ако пријава "
                    "буде одбијена или је повучете, ваши подаци и слике бришу се из наших система "
                    "након 90 дана; тај кратак рок нам омогућава да одговоримо на накнадна питања "
                    "и исправимо евентуалне грешке. Податке о личности не чувамо дуже него што је "
                    "потребно за сврху због које су прикупљени."
                ),
                (
                    "Имате право да приступите подацима о личности које о вама чувамо, да добијете "
                    "њихову копију у машински читљивом облику, да захтевате њихову исправку и да "
                    "захтевате њихово брисање. Пристанак можете да опозовете у сваком тренутку, "
                    "што не утиче на законитост обраде пре опозива. Да бисте остварили нека од "
                    "ових права, пишите на privacy@mikser.example. Одговорићемо у року од 30 дана."
                ),
                (
                    "Ако сматрате да ваше податке обрађујемо супротно закону, можете поднети "
                    "притужбу надзорном органу. У Србији је то Повереник за информације од јавног "
                    "значаја и заштиту података о личности, а у Шведској Шведска агенција за "
                    "заштиту приватности (ИМИ). Можете се обратити и надзорном органу у држави "
                    "Европске уније у којој живите или радите. Били бисмо вам захвални ако нам "
                    "најпре дате прилику да проблем решимо."
                ),
            ],
            "sv": [
                (
                    "Personuppgiftsansvarig är Kulturcentret Kapija, Savskih skela 7, 11000 "
                    "Belgrad, Serbien. Vi behandlar personuppgifter enligt den serbiska lagen om "
                    "skydd av personuppgifter och, när den är tillämplig för personer i Sverige "
                    "och i övriga EU, enligt dataskyddsförordningen (GDPR). Frågor om den här "
                    "informationen kan du när som helst skicka till privacy@mikser.example."
                ),
                (
                    "När du skickar in en portfolio samlar vi in ditt namn, din e-postadress, stad, "
                    "land, en kort biografi, länkar till din webbplats eller dina profiler i sociala "
                    "medier och de bilder du laddar upp. Vi sparar också datumet för ansökan och "
                    "redaktionens beslut. Vi efterfrågar inga känsliga personuppgifter och ber dig "
                    "att inte ta med sådana i biografin eller bilderna. Din e-postadress visas "
                    "aldrig på den publika webbplatsen."
                ),
                (
                    "Vi använder uppgifterna för att granska ditt bidrag, publicera din portfolio "
                    "när den har godkänts och kontakta dig om den. Den rättsliga grunden för "
                    "behandlingen är ditt samtycke, som du lämnar när du skickar formuläret "
                    "(artikel 6.1 a i GDPR och artikel 12 i den serbiska lagen om skydd av "
                    "personuppgifter). Vi säljer inte dina uppgifter och använder dem inte för reklam."
                ),
                (
                    "Publicerade portfolior finns kvar på webbplatsen så länge ditt samtycke gäller. "
                    "Om ett bidrag avslås eller om du drar tillbaka det raderas dina uppgifter och "
                    "bilder ur våra system efter 90 dagar; den korta fristen gör att vi kan svara "
                    "på följdfrågor och rätta eventuella misstag. Vi sparar inte personuppgifter "
                    "längre än vad som behövs för det ändamål de samlades in för."
                ),
                (
                    "Du har rätt att få tillgång till de personuppgifter vi har om dig, att få en "
                    "kopia av dem i ett maskinläsbart format, att få dem rättade och att få dem "
                    "raderade. Du kan när som helst återkalla ditt samtycke, vilket inte påverkar "
                    "lagligheten i den behandling som skett innan dess. Skriv till "
                    "privacy@mikser.example om du vill använda någon av dessa rättigheter. Vi "
                    "svarar inom 30 dagar."
                ),
                (
                    "Om du anser att vi behandlar dina uppgifter i strid med lagen kan du lämna in "
                    "ett klagomål till en tillsynsmyndighet. I Serbien är det kommissionären för "
                    "information av allmänt intresse och skydd av personuppgifter, och i Sverige "
                    "är det Integritetsskyddsmyndigheten (IMY). Du kan också vända dig till "
                    "tillsynsmyndigheten i det EU-land där du bor eller arbetar. Vi är tacksamma "
                    "om du först ger oss möjlighet att lösa frågan."
                ),
            ],
        },
    },
]

FOOTER = {
    "text": {
        "en": "A Serbian–Swedish platform for young designers and social innovators.",
        "sr": "Српско-шведска платформа за младе дизајнере и друштвене иноваторе.",
        "sv": "En serbisk-svensk plattform för unga formgivare och sociala innovatörer.",
    },
}
