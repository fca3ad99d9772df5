"""Demo projects, part C: seven projects between Serbia and Sweden. All people and details are fictional."""

from __future__ import annotations

PROJECTS = [
    # ------------------------------------------------------------ 1 Stockholm
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
    # ------------------------------------------------------------- 2 Belgrade
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
    # ---------------------------------------------------------- 3 New Belgrade
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
    # ----------------------------------------------------------- 4 Gothenburg
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
    # ------------------------------------------------------------ 5 Stockholm
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
    # ------------------------------------------------------------------ 6 Niš
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
    # -------------------------------------------------------- 7 Kulturbron
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
