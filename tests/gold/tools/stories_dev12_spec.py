"""Source of ../stories_dev12/articles.jsonl and ../stories_dev12/gold.jsonl.

TWELFTH DEVELOPMENT story set (stories_dev12) for the cross-article deduplication benchmark.
It was written without running the timeline extractor or the dedup benchmark on these texts
and without reading the system's code, extraction or clustering rules or word lists; only
the format of the earlier sets was consulted (build_stories.py, validate.py, the docstring
and first two stories of stories_dev11_spec, a list of the topics of the earlier sets,
DATASETS.md section 2).  It is intended for DEVELOPMENT: the system's errors on it may be
read and used for tuning.  It is not a blind set.

All articles are fiction written for this data set (invented outlets, people, companies,
mines, fish farms, syrups and events, some real places and institutions).  Event mentions
are marked inline as [[eN|trigger]]; build_stories.py strips the markers, computes
character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev12_spec \\
        --out tests/gold/stories_dev12

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event (the
drought and water rationing on Tarawa, Kiribati's 2019 switch of recognition and its 2022
departure from the Pacific Islands Forum, a vigil outside a Spanish Town school, INDECOM
taking over the case, a second police statement on the day of the arrests, the miners'
petition, earlier diamond output cuts, a smaller rally in Akureyri, a 2023 salmon escape in
the same fjord, the families' road blockade in Fao, a Kuwaiti foreign ministry statement,
the 2012 Khor Abdullah navigation agreement and the 2023 court ruling on it, the joint
committee's next meeting planned for August, the court eviction order and the eviction
itself, the funerals of the farmers, the 2012 Curuguaty massacre, a WHO experts' visit to
Oecusse, the round-up of stray dogs in Maliana and residents' protests against it, the
deaths of 11 children from the syrup, the syrup recall, parents' silent march in Kara, the
2022 syrup deaths in Gambia, the curfew in Las Navas and Catubig, the 2023 Oslo joint
statement, the National Democratic Front's demand for the commander's release, complaints
of violence logged by election monitors, four arrests for election-law violations and a
second opposition rally planned for next month).  Aggregate mentions covering two or more
gold events ("Within a week three partners had answered", "all 15 detained fishermen", "to
discuss the detentions", "Arrests are not enough", "the week's two attacks", "either
incident") and negated or hypothetical mentions ("MAST said it had not decided whether to
penalise the company", "should be protected from arrest", "He declined to say whether
charges were being considered") are not marked; nor is a vague offer of "further help"
made before a deployment.  Titles are not annotated.  Articles are 180-250 words; the
articles of a story are published on different days, so the same weekday name can point
to different dates (in one article "on Sunday" is both a past arrest and a future
meeting, told apart only by tense), and some dates are only given relatively ("since
Tuesday", "a day after", "the following day", "the next day", "two days after", "two days
before", "three days later", "five days after", "three days ago", "last Sunday", "last
Monday", "last Wednesday", "last Thursday", "last weekend", "last week", "a week ago",
"next Monday", "early next week").

Type conventions used here (the type list has no better fit):
  * deaths of children in a diarrhoea outbreak during a drought (one event, dated to its
    first day, whose toll rises from three to five across the articles), a schoolboy shot
    dead by police, two farmers and a police sergeant killed in an eviction, and the rabies
    deaths of a boy in Oecusse and, three days later, of a woman in Bobonaro district (a
    tricky pair) are `casualties` events; "died", "killed", "shot dead", "death",
    "killings" are mentions; the drought, the police operation, the eviction and the dog
    bites are not annotated;
  * the Kiribati government's state-of-disaster declaration, the Jamaican police high
    command's statement, Timor-Leste's outbreak declaration, a WHO medical product alert
    and the NPA's claim of responsibility for an ambush are `statement` events;
  * a New Zealand navy supply ship docking at Betio and an Australian army water team
    landing at Bonriki two days later (a tricky pair), an Australian veterinary team and
    an army infantry battalion sent to Northern Samar are `deployment` events;
  * Chinese desalination units and an Indonesian vaccine donation are `support` events;
  * residents' burning-tyre roadblocks in Spanish Town and a march on police headquarters
    in Kingston two days later (a tricky pair), miners' march through Jwaneng, an anglers'
    rally outside the Althingi, landless peasants' occupation of an estate and their Route 3
    blockade five days later (a tricky pair, both dated to their first day) and an
    opposition rally in Colombo are `protest` events;
  * INDECOM's arrest of two constables, the Kuwaiti coast guard detaining 11 fishermen and,
    two days later, a third boat's crew (a tricky pair), police arrests during an eviction,
    the arrests of a syrup importer's director in Lome and of a wholesaler in Kara two days
    later (a tricky pair) and the capture of a rebel commander are `arrest` events;
  * a mining company's retrenchment notice to the union and the union's letter to the
    President three days later (a tricky pair) and Iraq's protest note to Kuwait are
    `letter` events;
  * two-day talks at Botswana's minerals ministry (dated to their first day) and a session
    of a Kuwait-Iraq joint maritime committee are `meeting` events; the deals reached
    after them, and a land-purchase deal that ended a road blockade, are separate
    `agreement` events;
  * a food authority's inspection report and a marine institute's river-survey report six
    days later on the same salmon escape (a tricky pair), a national laboratory report on
    a contaminated syrup and election monitors' preliminary report are `report` events;
  * a food authority's fine on a fish farm is a `sanction` event;
  * an NPA ambush on an army patrol and a raid on a police station three days later (a
    tricky pair), and the firebombing of a candidate's office and an attack on election
    monitors on polling day two days later (a tricky pair) are `attack` events; deaths and
    injuries in them are part of the attack and not a separate event;
  * provincial council elections held on one day in nine provinces are one `election`;
  * the release and handover of fishermen, the syrup recall, evictions, curfews, water
    rationing, court appearances and the arrival of goods have no type in the list (or are
    side events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- x01
dict(story="x01", topic="drought water emergency: state of disaster, diarrhoea deaths of children, Chinese desalination units, a New Zealand navy supply ship and an Australian army water-purification team (South Tarawa, Kiribati)", events=[
    dict(e="e1", type="statement", date="2026-01-12", participants=["Government of Kiribati"], location="South Tarawa"),
    dict(e="e2", type="casualties", date="2026-01-13", participants=["South Tarawa children"], location="South Tarawa"),
    dict(e="e3", type="deployment", date="2026-01-16", participants=["Royal New Zealand Navy", "HMNZS Aotearoa"],
         location="Betio"),
    dict(e="e4", type="deployment", date="2026-01-18", participants=["Australian Defence Force"], location="Bonriki"),
    dict(e="e5", type="support", date="2026-01-15", participants=["China", "Government of Kiribati"],
         location="South Tarawa"),
], tricky=[("e3", "e4", "New Zealand navy supply ship docking at Betio on Friday vs Australian army water-purification team landing at Bonriki airport on Sunday, same drought emergency on the same atoll, two days apart")],
note="The drought itself, the water rationing, the La Nina forecast, Kiribati's 2019 switch of recognition to Beijing "
     "and its 2022 departure from the Pacific Islands Forum are background / side events. 'Within a week three "
     "partners had answered' covers three gold events and is not marked.",
articles=[
dict(id="a1", source="Pacific Islands Wire Service", published="2026-01-14",
     title="Kiribati declares disaster as drought turns Tarawa's wells brackish",
     text="""SOUTH TARAWA, Kiribati - Kiribati's government has [[e1|declared]] a state of disaster on South Tarawa, where eight months with almost no rain have left household tanks empty and the atoll's groundwater too salty to drink, officials said on Wednesday.

The [[e1|declaration]], approved by the cabinet on Monday, allows the government to ration water from the capital's two desalination plants and to request foreign help. About 70,000 people, more than half the country's population, live on the narrow strip of coral.

Three children under five have [[e2|died]] since Tuesday in an outbreak of diarrhoea that doctors at Tungaru Central Hospital blame on families drinking from contaminated wells. More than 140 people have been treated, the health ministry said.

"Mothers give babies well water because there is nothing else," said nurse Teretia Kaiea. "We tell them to boil it, but there is no money for kerosene."

New Zealand said its navy would [[e3|send]] the supply ship HMNZS Aotearoa with 250,000 litres of drinking water and a mobile desalination plant. The vessel was diverted from Suva on Tuesday and is expected at Betio port on Friday.

Canberra said it was preparing to [[e4|dispatch]] a team of army water engineers "within days", and Chinese diplomats in Tarawa said Beijing would [[e5|donate]] desalination units.

The Kiribati Meteorological Service said a La Nina pattern in the central Pacific was likely to keep rainfall below normal until at least April."""),
dict(id="a2", source="Tarawa Island Herald", published="2026-01-17",
     title="New Zealand ship brings water to Betio as outbreak claims fourth child",
     text="""BETIO - Hundreds of people queued with jerry cans at Betio port on Saturday as the New Zealand navy ship HMNZS Aotearoa pumped drinking water into tanker trucks, a day after it [[e3|arrived]] with 250,000 litres on board.

The ship's [[e3|arrival]] on Friday brought the first real relief since the government [[e1|declared]] a state of disaster on Monday. Its on-board plant can produce another 100,000 litres a day, the New Zealand High Commission said.

The diarrhoea outbreak on South Tarawa has now [[e2|killed]] four children. A one-year-old girl from Bairiki [[e2|died]] at Tungaru Central Hospital on Friday morning, and nurses say the children's ward is full.

On Thursday, China [[e5|handed over]] 20 container-sized desalination units, which the Public Utilities Board is installing at Bairiki and Bikenibeu. Chinese Ambassador Liu Haoran said the [[e5|gift]] was worth about 2.6 million dollars and promised technicians to maintain it.

An Australian Defence Force team with mobile purification equipment will [[e4|fly in]] to Bonriki airport on Sunday aboard a C-17 transport aircraft, the Australian High Commission said.

Water on South Tarawa is still rationed at 20 litres per person a day, collected from trucks that tour the villages before dawn.

"Twenty litres is for drinking and cooking. For washing we use the lagoon," said Tebwebwe Aritiera, a mother of five in Temaiku. "The children get sick from the lagoon too.\""""),
dict(id="a3", source="Oceania Policy Review", published="2026-01-22",
     title="Tarawa's water crisis tests the Pacific's aid rivals",
     text="""ANALYSIS - When Kiribati [[e1|declared]] a state of disaster on January 12, its government knew that help would come. The question in Tarawa was how much, how fast and from whom.

Within a week three partners had answered. China's [[e5|donation]] of 20 desalination units came first, on January 15, a gesture its embassy publicised heavily. The New Zealand supply ship HMNZS Aotearoa [[e3|docked]] at Betio the following day. Australia's army water-purification team [[e4|landed]] at Bonriki last Sunday, two days after the New Zealanders, and has since set up three purification points in Bikenibeu and Eita.

The [[e4|deployment]] of some 40 Australian soldiers is small, but it matters politically. Kiribati switched recognition from Taipei to Beijing in 2019 and briefly left the Pacific Islands Forum in 2022, and Canberra has spent the years since rebuilding trust.

For families on South Tarawa the help came late. The diarrhoea outbreak that followed the drought has [[e2|killed]] five children, according to the health ministry, and more than 300 people have been treated.

Officials also worry about what happens when the ships and soldiers leave. The Chinese units need spare membranes that are not sold in Kiribati, and the Public Utilities Board has only four trained technicians.

"Disaster aid is welcome, but we need rain tanks and pipes, not photographs," said Tessie Eria, a community leader in Betio. Forecasters do not expect normal rainfall before April."""),
]),
# ---------------------------------------------------------------------------- x02
dict(story="x02", topic="police killing of a schoolboy, residents' burning-tyre roadblocks, police high command statement, march on police headquarters and INDECOM arrests of two constables (Spanish Town and Kingston, Jamaica)", events=[
    dict(e="e1", type="casualties", date="2026-02-07", participants=["Kemar Whyte", "Jamaica Constabulary Force"],
         location="Spanish Town"),
    dict(e="e2", type="protest", date="2026-02-08", participants=["Spanish Town residents"], location="Spanish Town"),
    dict(e="e3", type="statement", date="2026-02-09", participants=["Jamaica Constabulary Force"], location="Kingston"),
    dict(e="e4", type="protest", date="2026-02-10", participants=["St. Jago High School students", "Whyte family"],
         location="Kingston"),
    dict(e="e5", type="arrest", date="2026-02-12", participants=["Independent Commission of Investigations (INDECOM)",
         "two JCF constables"], location="Kingston"),
], tricky=[("e2", "e4", "residents' burning-tyre roadblocks in Spanish Town on Sunday vs students' and relatives' march on police headquarters in Kingston on Tuesday, same killing, two days apart")],
note="The police operation itself, a vigil outside the school on Monday evening, INDECOM taking over the case, "
     "the forensic tests, the constables' court appearance and earlier police killings are side / background events. "
     "The second police statement ('said it would cooperate') is a side event and is not marked.",
articles=[
dict(id="a1", source="Antilles News Agency", published="2026-02-09",
     title="Jamaica police under fire after schoolboy shot dead in Spanish Town",
     text="""KINGSTON, Jamaica - Residents of a Spanish Town community [[e2|blocked]] roads with burning tyres and old refrigerators on Sunday after police [[e1|shot dead]] a 16-year-old schoolboy during an operation late on Saturday, witnesses and officials said.

Kemar Whyte, a fifth-form student at St. Jago High School, was [[e1|killed]] in a lane in the Lakes Pen area of Jamaica's old capital. Relatives say he had gone out to buy bread for his grandmother.

The [[e2|roadblocks]] cut the main road between Spanish Town and Old Harbour for most of Sunday. Soldiers helped police clear the debris in the evening, and no arrests were reported.

In a [[e3|statement]] on Monday, the Jamaica Constabulary Force's high command said a team from the St. Catherine North division had come under fire and that a pistol was recovered at the scene. Two constables involved have been placed on administrative duties.

The Independent Commission of Investigations (INDECOM), which investigates abuses by the security forces, said it had taken over the case and collected the officers' firearms.

Kemar's mother, Sophia Whyte, said the family and his schoolmates would [[e4|march]] to police headquarters in Kingston on Tuesday. "They say he had a gun. My son had a bag of bread," she said.

Human rights groups say Jamaican police kill dozens of people every year and that convictions of officers remain rare."""),
dict(id="a2", source="Kingston Daily Ledger", published="2026-02-11",
     title="Hundreds march on police HQ demanding justice for Kemar",
     text="""Several hundred students, relatives and church members [[e4|marched]] to the headquarters of the Jamaica Constabulary Force on Old Hope Road on Tuesday, demanding justice for 16-year-old Kemar Whyte, who was [[e1|killed]] by police in Spanish Town last weekend.

The [[e4|demonstration]], which set off from Emancipation Park shortly after 10 a.m., was peaceful. Students in St. Jago High School uniforms carried placards reading "Bread is not a gun" and sang hymns outside the gates for two hours.

The mood was calmer than on Sunday, when residents of Lakes Pen set tyres alight and [[e2|blockaded]] the main road out of Spanish Town for nearly ten hours. Teachers said the school had asked students to stay away from the [[e2|blockades]] and that a vigil held outside the school on Monday evening had been organised with the principal's blessing.

In Monday's [[e3|statement]], the police high command insisted that officers had returned fire and that a 9mm pistol was found near the boy's body. Kemar's family and neighbours dispute that account.

INDECOM Commissioner Hugh Lindo told the Ledger that ballistic and forensic results were expected within days. He declined to say whether charges were being considered.

"We are not against the police. We are against murder," said Kemar's uncle, Devon Whyte, who led the marchers.

Opposition legislators have called for body cameras to be made compulsory for all officers on operations."""),
dict(id="a3", source="Northcoast Sentinel", published="2026-02-13",
     title="Two constables charged with murder of Spanish Town schoolboy",
     text="""MONTEGO BAY - Two police constables were [[e5|arrested]] and charged with murder on Thursday over the [[e1|killing]] of 16-year-old Kemar Whyte, the Independent Commission of Investigations (INDECOM) said, five days after the schoolboy [[e1|died]] in Spanish Town.

The officers, aged 27 and 31, were [[e5|taken into custody]] at INDECOM's offices in Kingston after ballistic tests showed that the pistol police said they found at the scene had not been fired. No fingerprints of the boy were found on the weapon, the commission said.

The [[e5|arrests]] follow a week of anger. Residents [[e2|blocked]] roads in Spanish Town with burning tyres the day after Kemar's [[e1|death]], and on Tuesday several hundred people [[e4|marched]] on police headquarters in Kingston.

The police high command, which [[e3|said]] on Monday that its officers had come under fire, said on Thursday it would cooperate fully with the prosecution and that both men had been suspended without pay.

The constables are expected to appear in the Home Circuit Court next week.

"It is a first step. Now we want to see a trial," said Sophia Whyte, Kemar's mother, speaking by telephone from the family home.

Jamaica's police commissioner faces growing pressure from the opposition and from church leaders, who say the force's use of deadly force in poor urban communities has gone unchecked for decades. Few murder charges against officers have ended in conviction."""),
]),
# ---------------------------------------------------------------------------- x03
dict(story="x03", topic="job cuts at a diamond mine: the mining company's retrenchment notice, miners' march, the union's letter to the President, talks at the ministry and a deal on voluntary separations (Jwaneng and Gaborone, Botswana)", events=[
    dict(e="e1", type="letter", date="2026-03-02", participants=["Kgalagadi Diamond Mining Company", "Botswana Mine Workers Union"],
         location="Gaborone"),
    dict(e="e2", type="protest", date="2026-03-04", participants=["Mokala mine workers", "Botswana Mine Workers Union"],
         location="Jwaneng"),
    dict(e="e3", type="letter", date="2026-03-05", participants=["Botswana Mine Workers Union", "President of Botswana"],
         location="Gaborone"),
    dict(e="e4", type="meeting", date="2026-03-09", participants=["Kgalagadi Diamond Mining Company", "Botswana Mine Workers Union",
         "Botswana Ministry of Minerals and Energy"], location="Gaborone"),
    dict(e="e5", type="agreement", date="2026-03-10", participants=["Kgalagadi Diamond Mining Company", "Botswana Mine Workers Union"],
         location="Gaborone"),
], tricky=[("e1", "e3", "the mining company's retrenchment notice to the union on Monday vs the union's letter to the President on Thursday, same job cuts, three days apart")],
note="The petition handed over at the end of the march, the company's earlier production cuts, output cuts across "
     "southern Africa in 2024 and 2025 and the shops closing in Jwaneng are side / background events; the "
     "petition is not marked as a letter. The two-day talks are dated to their first day.",
articles=[
dict(id="a1", source="Southern Africa Business Wire", published="2026-03-03",
     title="Botswana diamond miner to cut 1,200 jobs as sales slump",
     text="""GABORONE - Kgalagadi Diamond Mining Company (KDMC) plans to cut 1,200 jobs at its Mokala mine near Jwaneng, about a third of the workforce, after a prolonged slump in rough diamond sales, the company told workers in a [[e1|letter]] on Monday.

The [[e1|notice]], addressed to the Botswana Mine Workers Union and seen by Southern Africa Business Wire, says the cuts will take effect on April 30 and that mining in the western section of the open pit will stop for at least 18 months.

"The market for natural rough diamonds has not recovered from the rise of laboratory-grown stones and weak demand in China and the United States," chief executive Boitumelo Sebina wrote.

KDMC, in which the government holds a 15 percent stake, already halted one of its two processing plants last year. Diamonds account for more than three-quarters of Botswana's exports and about a third of government revenue.

Union leaders called the retrenchment plan "an ambush" and said members would [[e2|march]] through Jwaneng to the mine's offices on Wednesday.

"Nobody consulted us. They just sent a [[e1|letter]]," said branch chairman Kabelo Moremi.

The Ministry of Minerals and Energy said it was studying the company's plans and urged both sides to talk. Analysts at a Johannesburg brokerage said other producers in the region could follow with cuts of their own if prices did not recover by mid-year."""),
dict(id="a2", source="Gaborone Daily Monitor", published="2026-03-06",
     title="Mokala miners take their fight to the President",
     text="""The Botswana Mine Workers Union has [[e3|written]] to the President asking him to stop the planned dismissal of 1,200 workers at the Mokala diamond mine, a day after thousands of miners [[e2|marched]] through Jwaneng.

In the [[e3|letter]], delivered to the Office of the President on Thursday, union general secretary Onkemetse Dintwe says the job cuts would "empty a town built by diamonds" and asks the state to use its seat on the board of Kgalagadi Diamond Mining Company (KDMC) to block them.

Wednesday's [[e2|march]], which police estimated at 3,000 people, ended peacefully at the mine's administration block, where workers handed a petition to managers. Most shops in Jwaneng closed for the afternoon in support.

KDMC announced the cuts in a [[e1|notice]] to the union on Monday, giving workers less than two months before the first dismissals.

Minerals Minister Lesego Ramotswa said on Thursday that she would host [[e4|talks]] between the company and the union in Gaborone next Monday. "Government cannot stand aside when a whole town is at risk," she told reporters.

The company says it loses money on every carat it sells from the western pit at current prices. Union officials say KDMC paid its shareholders a large dividend only two years ago.

"They kept the profits in the good times. Now they want the workers to pay for the bad times," said Dintwe."""),
dict(id="a3", source="Kalahari Economic Review", published="2026-03-12",
     title="Mokala deal softens the blow, but Botswana's diamond problem remains",
     text="""ANALYSIS - The [[e5|agreement]] reached in Gaborone on Tuesday between Kgalagadi Diamond Mining Company and the Botswana Mine Workers Union will cost fewer jobs at the Mokala mine than feared: 750 instead of 1,200, all through voluntary separation packages worth up to 18 months' pay.

The [[e5|deal]] came after two days of [[e4|negotiations]] chaired by Minerals Minister Lesego Ramotswa, which began on Monday at her ministry. The government will also fund retraining for workers who leave.

Political pressure clearly played a part. The union's [[e3|letter]] to the President a week ago turned a company decision into a national issue, and the [[e2|march]] of some 3,000 miners through Jwaneng on March 4 showed how much the town depends on the mine.

KDMC's original [[e1|notice]] of March 2 gave workers less than two months. The [[e5|accord]] pushes the first departures back to the end of June.

But the underlying problem has not gone away. Prices for natural rough diamonds have fallen by around a third since 2022, as laboratory-grown stones take a growing share of the jewellery market. Producers across southern Africa cut output in 2024 and 2025, and further cuts are likely.

For Botswana, where diamonds account for most exports, the Mokala [[e4|talks]] are a preview of harder choices ahead. "This time the state had something to offer," said economist Neo Kebonang. "Next time there may be nothing left to share.\""""),
dict(id="a4", source="Botswana Press Service", published="2026-03-11",
     title="Jwaneng greets Mokala deal with relief and doubts",
     text="""JWANENG - Miners at the Mokala diamond mine returned to work on Wednesday with mixed feelings after their union and Kgalagadi Diamond Mining Company (KDMC) [[e5|signed]] a deal in Gaborone that reduces planned job cuts from 1,200 to 750.

Under the [[e5|settlement]], reached late on Tuesday, all departures will be voluntary, and workers who leave will receive up to 18 months' pay and government-funded retraining.

"Nobody will be pushed out. That is what we fought for," said Kabelo Moremi, the union's branch chairman, who took part in the [[e4|talks]] at the Ministry of Minerals and Energy on Monday and Tuesday.

Many workers remain uneasy. The western section of the pit will still close for at least 18 months, and contractors, who make up a large share of the workforce, are not covered by the [[e5|agreement]].

"The [[e5|deal]] is for permanent staff. I drive a haul truck for a contractor, and nobody has told me anything," said Thato Kgosi, 29.

The dispute began when KDMC announced the cuts in a [[e1|letter]] to the Botswana Mine Workers Union on March 2. Thousands of miners [[e2|marched]] through the town last Wednesday, and the next day the union [[e3|appealed]] in writing to the President to intervene.

Shopkeepers in Jwaneng said trade had already fallen in recent weeks. "When the miners are afraid, they stop spending," said grocer Mpho Seretse.

KDMC said it expected the first voluntary departures at the end of June."""),
]),
# ---------------------------------------------------------------------------- x04
dict(story="x04", topic="escape of farmed salmon in the Westfjords: food authority's inspection report, anglers' rally at parliament, marine institute's river survey report and a fine on the fish farm (Patreksfjordur and Reykjavik, Iceland)", events=[
    dict(e="e1", type="report", date="2026-09-08", participants=["Icelandic Food and Veterinary Authority (MAST)"],
         location="Selfoss"),
    dict(e="e2", type="protest", date="2026-09-12", participants=["Federation of Icelandic River Owners", "anglers"],
         location="Reykjavik"),
    dict(e="e3", type="report", date="2026-09-14", participants=["Marine and Freshwater Research Institute"],
         location="Hafnarfjordur"),
    dict(e="e4", type="sanction", date="2026-09-16", participants=["Icelandic Food and Veterinary Authority (MAST)", "Vestlax"],
         location="Selfoss"),
], tricky=[("e1", "e3", "food authority's inspection report on the torn net on Tuesday vs the marine institute's report on escaped salmon in rivers the following Monday, same escape, six days apart, both 'report' / 'findings'")],
note="The escape itself, the storm that tore the net, a smaller rally in Akureyri, a similar escape in the same fjord "
     "in 2023, Norway's 'traffic-light' rules and the company's planned appeal are side / background events. "
     "'MAST said it had not decided whether to penalise the company' is negated and not marked.",
articles=[
dict(id="a1", source="Nordic News Agency", published="2026-09-09",
     title="Thousands of farmed salmon escape in Iceland's Westfjords",
     text="""REYKJAVIK - Around 3,500 farmed salmon escaped from a sea pen in Patreksfjordur in Iceland's Westfjords after a storm tore a hole in its net, and the fish farm reported the damage eight days late, the Icelandic Food and Veterinary Authority (MAST) said on Tuesday.

The authority's [[e1|inspection report]] found a tear of about two metres near the bottom of the net and said divers employed by the operator, Vestlax, had noticed it during a routine check on August 24 but failed to inform regulators until September 1.

Vestlax, majority-owned by the Norwegian aquaculture group Nordhav, produces about 12,000 tonnes of salmon a year in three Westfjords fjords.

Scientists fear that escaped farmed fish will breed with Iceland's wild Atlantic salmon and weaken stocks that anglers from around the world pay up to several thousand dollars a day to fish.

"This is exactly the disaster we warned about," said Gudrun Hallsdottir, chair of the Federation of Icelandic River Owners, which called a [[e2|rally]] outside parliament in Reykjavik on Saturday.

The Marine and Freshwater Research Institute has begun trapping fish in rivers in the north-west of the country and said its [[e3|findings]] would be published early next week.

In its [[e1|report]], MAST said it had not decided whether to penalise the company. Vestlax said it "deeply regretted" the delay and had already replaced the damaged net."""),
dict(id="a2", source="Reykjavik Morning Post", published="2026-09-13",
     title="Anglers and farmers fill Austurvollur over salmon escape",
     text="""Several thousand people [[e2|gathered]] on Austurvollur square in front of the Althingi on Saturday to demand a ban on open-net salmon farming, after thousands of farmed fish escaped from a pen in the Westfjords.

The [[e2|protest]] brought together fly-fishing guides in waders, sheep farmers who own river rights in the north, and young environmental activists. Organisers put the crowd at 6,000; police did not give a figure. A smaller rally was held in Akureyri.

"Our grandparents looked after these rivers for a thousand years. One company can ruin them in a season," said farmer Einar Thorsteinsson from Hunavatnssysla, who drove five hours to attend.

Speakers pointed to Tuesday's [[e1|report]] by the Icelandic Food and Veterinary Authority, which found that the operator, Vestlax, had waited eight days before reporting a torn net in Patreksfjordur.

The Marine and Freshwater Research Institute will present the [[e3|results]] of its survey of some 30 rivers on Monday. Anglers say they have already caught farmed salmon, recognisable by their damaged fins, in at least six rivers.

Fisheries Minister Helga Bjork Sveinsdottir, who addressed the crowd briefly, was booed when she said the government would wait for the scientists' [[e3|findings]] before deciding on new rules.

Salmon farming has become one of Iceland's fastest-growing export industries and the main employer in several Westfjords villages, where many residents fear that a ban would empty their communities again."""),
dict(id="a3", source="North Atlantic Seafood Intelligence", published="2026-09-17",
     title="Record fine for Vestlax puts Icelandic fish farming on notice",
     text="""ANALYSIS - The fine of 120 million kronur that Iceland's Food and Veterinary Authority [[e4|imposed]] on Vestlax on Wednesday is the largest ever levied on a fish farmer in the country, and it will not be the last word on the Patreksfjordur escape.

The [[e4|penalty]] follows the Marine and Freshwater Research Institute's [[e3|report]] on Monday, which found escaped farmed salmon in 19 rivers, some more than 200 kilometres from the farm. MAST's own [[e1|inspection report]] last week had already established that the company waited eight days before reporting the torn net.

Vestlax said it would appeal the [[e4|fine]]. Shares in its Norwegian owner Nordhav fell 4 percent in Oslo on Wednesday.

The political mood has shifted quickly. The institute's [[e3|survey]] landed two days after anglers, river owners and farmers [[e2|rallied]] outside parliament last weekend, and several coalition lawmakers now say the licensing system must be tightened before new permits are issued.

Industry representatives argue that the escape was a single failure and that Iceland's rules are already stricter than Norway's "traffic-light" system. But a similar escape in the same fjord in 2023 undermines that case.

For investors, the risk is regulatory. A production cap or a shift to closed pens would raise costs in a sector where Icelandic farms already struggle with winter storms and sea lice. "The Patreksfjordur escape will be remembered as the moment the licence to operate was questioned," said analyst Kristin Magnusdottir."""),
dict(id="a4", source="Westfjords Weekly", published="2026-09-19",
     title="Patreksfjordur fears for its jobs after record fine",
     text="""PATREKSFJORDUR - In the town where Iceland's largest salmon escape began, the mood this week has been anxious rather than angry.

Vestlax employs about 90 people in Patreksfjordur and neighbouring Talknafjordur, and many residents worry that the 120-million-kronur [[e4|fine]] imposed by the Icelandic Food and Veterinary Authority (MAST) on Wednesday is only the beginning.

"People in Reykjavik talk about wild salmon. Here we talk about whether the school stays open," said Sigridur Jonsdottir, who runs a guesthouse and whose husband works on a feed barge.

The [[e4|penalty]] followed a [[e3|report]] by the Marine and Freshwater Research Institute on Monday that found escaped farmed fish in 19 rivers. Anglers and river owners, who [[e2|demonstrated]] outside parliament in Reykjavik a week ago, want open-net farming banned altogether.

Local officials point out that MAST's first [[e1|report]] on the escape, published on September 8, blamed the company's slow reporting of the damaged net rather than the farming method itself.

The institute's [[e3|study]] has nonetheless changed the debate. Several members of parliament have said they will not support new farming licences in the Westfjords until the industry moves to closed pens or land-based tanks.

Vestlax's local manager, Arnar Helgason, told a town meeting on Thursday that the company would appeal the [[e4|fine]] but would not cut jobs. "We made a mistake with the net, and we will pay for it. But this community should not pay for it," he said."""),
]),
# ---------------------------------------------------------------------------- x05
dict(story="x05", topic="Kuwaiti coast guard seizures of Iraqi fishing boats near Khor Abdullah, Iraq's protest note, a joint maritime committee meeting and a release deal (Kuwait - Iraq)", events=[
    dict(e="e1", type="arrest", date="2026-05-10", participants=["Kuwait Coast Guard", "Iraqi fishermen"],
         location="Bubiyan Island"),
    dict(e="e2", type="letter", date="2026-05-11", participants=["Iraqi Ministry of Foreign Affairs", "Kuwait"],
         location="Baghdad"),
    dict(e="e3", type="arrest", date="2026-05-12", participants=["Kuwait Coast Guard", "Iraqi fishermen"],
         location="Khor Abdullah"),
    dict(e="e4", type="meeting", date="2026-05-17", participants=["Kuwait-Iraq joint maritime committee"],
         location="Kuwait City"),
    dict(e="e5", type="agreement", date="2026-05-18", participants=["Kuwait", "Iraq"], location="Kuwait City"),
], tricky=[("e1", "e3", "Kuwaiti coast guard detaining 11 fishermen east of Bubiyan on Sunday vs seizing a third boat with four men near Fao on Tuesday, same dispute, two days apart")],
note="Families' road blockade in Fao, a Kuwaiti foreign ministry statement on Wednesday, the summoning of the Kuwaiti "
     "charge d'affaires, the 2012 navigation agreement and the 2023 Iraqi court ruling on it are side / background "
     "events, as is the committee's next meeting planned for August. 'all 15 detained fishermen' and 'to "
     "discuss the detentions' cover both arrests and are not marked.",
articles=[
dict(id="a1", source="Gulf Wire Service", published="2026-05-11",
     title="Kuwait detains 11 Iraqi fishermen, Baghdad protests",
     text="""KUWAIT CITY - Kuwait's coast guard [[e1|detained]] 11 Iraqi fishermen and seized their two boats on Sunday in waters east of Bubiyan Island, the Kuwaiti interior ministry said, accusing the crews of fishing illegally inside Kuwait's territorial sea.

The men, all from the southern Iraqi port town of Fao, were taken to a coast guard base and will be questioned by prosecutors, the ministry said. It published photographs of nets and about 800 kilograms of shrimp found on board.

Iraq's foreign ministry said on Monday it had [[e2|sent]] a protest note to the Kuwaiti embassy in Baghdad demanding the immediate release of the fishermen, who it said were in Iraqi waters in the Khor Abdullah channel. Officials also summoned Kuwait's charge d'affaires.

The [[e2|note]] calls the [[e1|seizure]] "a violation of the spirit of good neighbourliness" and asks Kuwait to let Iraqi consular staff visit the men.

The shallow Khor Abdullah waterway, Iraq's only route to the open sea from its main ports, has long been a source of friction. A 2012 agreement regulates navigation in the channel, but an Iraqi court ruling in 2023 voided Baghdad's ratification of it, and the two governments have yet to settle its status.

Fishermen in Fao say their catches have fallen sharply in recent years as pollution and shipping traffic push them farther south. "Every day we risk arrest," said boat owner Hussein Jabbar."""),
dict(id="a2", source="Basra Evening News", published="2026-05-14",
     title="Third Fao boat seized as families block port road",
     text="""FAO - Families of Iraqi fishermen held in Kuwait blocked the road to Fao port with burning tyres on Wednesday after the Kuwaiti coast guard [[e3|seized]] a third boat and its four-man crew on Tuesday.

The [[e3|seizure]] took place in the Khor Abdullah channel about 10 kilometres south of Fao, according to the boat's owner, Ali Kadhim, who said he spoke to his son by radio as Kuwaiti patrol boats approached. "He told me they were on our side of the markers," he said.

It came two days after the coast guard [[e1|detained]] 11 fishermen east of Bubiyan Island, and a day after Baghdad's [[e2|protest note]] demanding their release.

Kuwait's foreign ministry said on Wednesday that all the boats had been inside Kuwaiti waters and that the cases were in the hands of prosecutors.

Basra's provincial council called on the federal government to send navy patrols to escort fishing boats. Several hundred fishermen have stayed in port since the weekend, and fish prices in Basra markets have risen by a third.

A joint maritime committee of the two countries will [[e4|meet]] in Kuwait City on Sunday to discuss the detentions, Iraq's transport ministry said. The committee, made up of coast guard, navy and foreign ministry officials, last met in January.

"We want our men home before Eid," said Zainab Mohsen, whose husband and brother were among those [[e1|arrested]] on Sunday."""),
dict(id="a3", source="Gulf and Levant Analysis", published="2026-05-20",
     title="Fishermen deal eases Kuwait-Iraq tension, but the channel dispute remains",
     text="""ANALYSIS - Kuwait and Iraq [[e5|agreed]] on Monday to release all 15 detained fishermen and to set up a direct hotline between their coast guards, ending an eight-day row that threatened to spill into the wider dispute over the Khor Abdullah channel.

The [[e5|accord]], signed in Kuwait City, followed a day-long [[e4|session]] of the joint maritime committee on Sunday at which officials compared the boats' navigation data. Both sides dropped demands for an apology.

The crisis began on May 10, when Kuwaiti patrol boats [[e1|intercepted]] two Iraqi boats east of Bubiyan Island. A second [[e3|seizure]], of a boat with four men near Fao, followed two days later. Baghdad's angry [[e2|note]] of May 11 was read aloud on Iraqi television, and families blocked the road to Fao port.

Under the [[e5|deal]], the fishermen will be handed over at the Safwan border crossing on Thursday, and their boats returned within two weeks. The committee will meet again in August to map disputed fishing grounds.

The [[e5|agreement]] does not settle the legal status of the channel, which has been uncertain since an Iraqi court voided Baghdad's ratification of the 2012 navigation agreement. Kuwaiti lawmakers warned the government against any concession on the waterway.

For now, both governments have reasons to keep things calm. Iraq needs the channel for its new Grand Faw port, and Kuwait is building Mubarak al-Kabeer port on Bubiyan a few kilometres away."""),
]),
# ---------------------------------------------------------------------------- x06
dict(story="x06", topic="landless peasants' occupation of a soybean estate, deaths in the police eviction, arrests, a Route 3 blockade and a land institute deal (San Pedro, Paraguay)", events=[
    dict(e="e1", type="protest", date="2026-06-01", participants=["landless peasants", "National Peasant Federation (FNC)"],
         location="Guayaibi"),
    dict(e="e2", type="casualties", date="2026-06-04", participants=["peasants", "Paraguayan National Police"],
         location="Guayaibi"),
    dict(e="e3", type="arrest", date="2026-06-04", participants=["Paraguayan National Police", "peasants"],
         location="Guayaibi"),
    dict(e="e4", type="protest", date="2026-06-06", participants=["landless peasants", "National Peasant Federation (FNC)"],
         location="Santa Rosa del Aguaray"),
    dict(e="e5", type="agreement", date="2026-06-09", participants=["National Institute of Rural and Land Development (INDERT)",
         "National Peasant Federation (FNC)"], location="Asuncion"),
], tricky=[("e1", "e4", "peasant families' occupation of Estancia Santa Lucia from Monday vs the same federation's blockade of Route 3 at Santa Rosa del Aguaray from the following Saturday, five days apart, both dated to their first day")],
note="The court eviction order, the eviction operation itself, the funerals, the 2012 Curuguaty massacre and land "
     "titling under the dictatorship are side / background events. The deaths in the eviction are a `casualties` "
     "event; the eviction is not annotated. The occupation and the blockade are dated to their first day.",
articles=[
dict(id="a1", source="Rio de la Plata Press", published="2026-06-05",
     title="Three dead as Paraguayan police evict peasants from soybean estate",
     text="""ASUNCION - Two peasant farmers and a police officer were [[e2|killed]] on Thursday when police evicted hundreds of landless families from a soybean estate in Paraguay's San Pedro department, the Interior Ministry said.

Police [[e3|arrested]] 18 people, including two local leaders of the National Peasant Federation (FNC), and seized machetes and three shotguns, the ministry said in a statement. Eleven officers and at least nine civilians were treated in hospital.

About 300 families had [[e1|occupied]] the 4,000-hectare Estancia Santa Lucia near Guayaibi on Monday, saying the land had been handed illegally to a political ally during the Stroessner dictatorship and should be redistributed. A judge ordered their eviction on Wednesday at the request of the owner, a Brazilian-born soybean grower.

Accounts of the [[e2|deaths]] differ. Police say officers came under fire as they entered the estate at dawn. The FNC says police opened fire first, on people who were still asleep in their tents.

"They came with rifles against families with children," said FNC secretary general Teodolina Benitez, who called the [[e3|detentions]] political persecution.

Land is the most explosive issue in Paraguayan politics. About 2 percent of landowners hold more than three-quarters of the farmland, according to rights groups, and peasant groups have occupied dozens of estates in recent years. The 2012 Curuguaty massacre, in which 17 people died during an eviction, led to the removal of a president."""),
dict(id="a2", source="Diario del Norte", published="2026-06-07",
     title="Peasants keep Route 3 blocked for second day",
     text="""SANTA ROSA DEL AGUARAY - Hundreds of peasants kept Route 3 [[e4|blocked]] at Santa Rosa del Aguaray for a second day on Sunday, demanding the release of the farmers [[e3|detained]] three days ago and land for the families evicted from Estancia Santa Lucia.

The [[e4|blockade]], which began on Saturday morning after the funerals of the two farmers, has left a line of trucks loaded with soybeans and cattle stretching almost eight kilometres. Police have so far made no attempt to clear the road.

"We will not move until our compañeros are free," said Rufino Caceres, one of the organisers, standing beside a barricade of tree trunks.

The two peasants and a police sergeant [[e2|died]] during Thursday's eviction near Guayaibi. Relatives of the sergeant, a father of three from Santa Rosa, held a Mass for him in the town's church on Saturday evening.

The families who [[e1|took over]] the estate last Monday are now camped beside the road in plastic shelters. Many come from communities along the Jejui river where small cotton farms collapsed in the 1990s.

Provincial governor Alcides Ramirez said he had asked the land institute INDERT to find alternative land for the families. Truck drivers' associations warned that exports of soybeans through the river port of Concepcion could be delayed if the road stayed closed.

Prosecutors said 15 of the 18 people [[e3|arrested]] on Thursday would face charges of trespass and attempted homicide."""),
dict(id="a3", source="Cono Sur Review", published="2026-06-11",
     title="Paraguay buys peace in San Pedro, for now",
     text="""ANALYSIS - The [[e5|agreement]] signed on Tuesday between Paraguay's land institute, INDERT, and the National Peasant Federation has reopened Route 3, but it leaves the deeper conflict over land in San Pedro untouched.

Under the [[e5|deal]], INDERT will buy 2,500 hectares from a neighbouring ranch for the families evicted from Estancia Santa Lucia, and prosecutors will ask a judge to free the three youngest of those [[e3|arrested]] during the eviction. In exchange the federation lifted its [[e4|blockade]] of the highway, which had begun on June 6 and cut the main road north of Asuncion for four days.

The violence of a week ago weighed on both sides. The [[e2|killings]] at Santa Lucia, two farmers and a police sergeant, were the deadliest land clash in Paraguay in more than a decade, and the government feared a repetition of Curuguaty.

Yet the [[e1|occupation]] that started it all, on June 1, followed a pattern seen across the country. Peasant groups argue that much of the land in the north was titled fraudulently under Alfredo Stroessner and never returned. Landowners say occupations are organised invasions that scare away investment.

INDERT has neither the budget nor the land registry to resolve hundreds of competing claims. Its president, Marcelo Duarte, admitted on Tuesday that the institute had bought land for only 400 families last year. "Every [[e5|accord]] like this one buys time," said sociologist Ramon Fogel. "None of them buys a solution.\""""),
dict(id="a4", source="Mercosur Business Wire", published="2026-06-10",
     title="Paraguay's Route 3 reopens after land deal, trucks move north",
     text="""ASUNCION - Traffic returned to Paraguay's Route 3 on Wednesday after peasant farmers lifted a four-day [[e4|roadblock]] at Santa Rosa del Aguaray, following an [[e5|agreement]] with the government's land institute on Tuesday evening.

About 1,200 trucks, many carrying soybeans for the river port of Concepcion and cattle for slaughterhouses near the capital, had been stranded since Saturday, transport associations said. Grain traders estimated losses from late deliveries at several million dollars.

The [[e5|deal]] signed by the National Institute of Rural and Land Development (INDERT) and the National Peasant Federation (FNC) commits the institute to buy land for the roughly 300 families evicted from Estancia Santa Lucia near Guayaibi last Thursday, in an operation in which two farmers and a police sergeant were [[e2|killed]].

The families had [[e1|occupied]] the soybean estate for three days before the eviction.

Farm lobby groups criticised the [[e5|accord]], saying it rewarded land invasions. "If you block a national highway, you get land. That is the message," said Hector Cristaldo of the Union of Production Guilds.

FNC leaders said they would keep pressing for the release of the farmers [[e3|arrested]] during the eviction, 15 of whom remain in pretrial detention.

Soybean exports, Paraguay's main source of foreign currency, are at their seasonal peak, and analysts said any repeat of the [[e4|blockade]] could hurt the harvest's logistics. The government said it would use police to keep the highway open in future."""),
]),
# ---------------------------------------------------------------------------- x07
dict(story="x07", topic="rabies deaths in Oecusse and Bobonaro, the health ministry's outbreak declaration, an Indonesian vaccine donation and an Australian veterinary team (Timor-Leste)", events=[
    dict(e="e1", type="casualties", date="2026-07-06", participants=["Oecusse boy"], location="Pante Macassar"),
    dict(e="e2", type="statement", date="2026-07-07", participants=["Timor-Leste Ministry of Health"], location="Dili"),
    dict(e="e3", type="support", date="2026-07-10", participants=["Indonesia", "Timor-Leste"], location="Dili"),
    dict(e="e4", type="casualties", date="2026-07-09", participants=["Bobonaro woman"], location="Maliana"),
    dict(e="e5", type="deployment", date="2026-07-13", participants=["Australian veterinary team"], location="Oecusse"),
], tricky=[("e1", "e4", "rabies death of a nine-year-old boy in Oecusse on Monday vs rabies death of a woman in Bobonaro district on Thursday, same outbreak, three days apart")],
note="The dog bites, the ministry's vaccination order, a WHO team visit, the round-up of stray dogs in Maliana "
     "(and residents' protests against it) and the spread of rabies from West Timor to Oecusse in 2024 are side / "
     "background events. 'Australia said it was discussing further help' is too vague to be "
     "a mention of the later deployment and is not marked.",
articles=[
dict(id="a1", source="Dili News Service", published="2026-07-08",
     title="Timor-Leste declares rabies outbreak after boy dies in Oecusse",
     text="""DILI - Timor-Leste's health ministry [[e2|declared]] a rabies outbreak in the Oecusse enclave on Tuesday after a nine-year-old boy [[e1|died]] of the disease, the first human death from rabies in the country this year.

The boy, from a village near the enclave's main town, Pante Macassar, had been bitten on the leg by a stray dog in May, but his family did not seek treatment, officials said. He [[e1|died]] at Oecusse Referral Hospital on Monday after a week of fever and seizures.

In its [[e2|declaration]], the ministry ordered the vaccination of all dogs in Oecusse, free post-exposure vaccine for anyone bitten, and a ban on moving dogs out of the enclave. Schools will teach children how to avoid and report bites.

Rabies crossed into Oecusse from Indonesian West Timor in 2024, and health workers have since recorded more than 200 dog bites a month in the enclave, which is surrounded on land by Indonesia.

Indonesia's ambassador, Bambang Wirawan, said Jakarta would [[e3|donate]] 20,000 doses of dog vaccine "as a neighbour's duty". Australia said it was discussing further help with the ministry.

"We do not have enough vaccine for the dogs or for the people," said Dr Ermelinda Soares, a public health officer in Oecusse. "Every family has dogs, and many dogs have no owner."

The World Health Organization said it would send two experts to Oecusse this week to help with surveillance."""),
dict(id="a2", source="Nusantara Press Agency", published="2026-07-11",
     title="Indonesia sends rabies vaccine to Timor-Leste as second death reported",
     text="""JAKARTA/DILI - Indonesia on Friday [[e3|handed over]] 20,000 doses of animal rabies vaccine to Timor-Leste, a day after a woman [[e4|died]] of rabies in Bobonaro district, far from the Oecusse enclave where the outbreak was first reported.

The woman, 34, from a village near Maliana, was bitten by a puppy in April, her relatives said. Her [[e4|death]] on Thursday is the first confirmed rabies case in Timor-Leste's main territory and suggests the virus has crossed the land border with Indonesia's East Nusa Tenggara province as well.

The [[e3|donation]], delivered to the health ministry in Dili by Indonesian Ambassador Bambang Wirawan, includes cold boxes and training for 50 vaccinators, the Indonesian foreign ministry said.

Timor-Leste's health ministry [[e2|declared]] an outbreak on Tuesday, a day after the [[e1|death]] of a nine-year-old boy in Oecusse. Officials are now considering extending the emergency measures to Bobonaro and Cova Lima districts along the border.

Australia said a team of 12 veterinarians and vaccinators would [[e5|arrive]] in Oecusse early next week to help vaccinate an estimated 25,000 dogs in the enclave.

In Maliana, local authorities began rounding up stray dogs on Friday. Some residents protested that pets were being taken.

"The virus does not need a passport," said Indonesian health official Dr Yohanes Nahak in Kupang. "If we do not vaccinate on both sides of the border, it will keep coming back.\""""),
dict(id="a3", source="Asia-Pacific Health Watch", published="2026-07-16",
     title="Timor-Leste's rabies fight moves from emergency to endurance",
     text="""ANALYSIS - The Australian team that [[e5|arrived]] in Oecusse on Monday has vaccinated about 1,900 dogs in three days, working from motorbikes in villages that cars cannot reach. It is a good start, but the enclave has an estimated 25,000 dogs, and rabies control requires at least 70 percent coverage.

The [[e5|deployment]] of 12 Australian veterinarians and vaccinators, together with Indonesia's [[e3|gift]] of 20,000 vaccine doses, has given Timor-Leste the tools it lacked when the health ministry issued its outbreak [[e2|declaration]] on July 7, the day after a nine-year-old boy [[e1|died]] in Oecusse.

The greater worry is the main territory. The [[e4|death]] of a 34-year-old woman in Maliana a week ago showed that the virus is no longer confined to the enclave. Bobonaro district has no stock of human post-exposure vaccine, and patients must travel four hours to Dili.

Experience elsewhere in the region is sobering. Bali has fought rabies since 2008, and Flores since the late 1990s, without eliminating it. Both cases show that mass dog vaccination must be repeated every year and that culling stray dogs tends to backfire.

Officials in Dili say they plan a national vaccination campaign before the end of the year and will ask donors for about 3 million dollars. "We have one chance to stop this before it becomes permanent," said Dr Ermelinda Soares, who leads the response in Oecusse."""),
]),
# ---------------------------------------------------------------------------- x08
dict(story="x08", topic="contaminated children's syrup: national laboratory report, arrests of the importer's director in Lome and of a pharmacy wholesaler in Kara, WHO medical product alert (Togo)", events=[
    dict(e="e1", type="report", date="2026-08-03", participants=["Togo National Institute of Hygiene"], location="Lome"),
    dict(e="e2", type="arrest", date="2026-08-05", participants=["Togolese police", "Kossi Agbeko", "Medifarm Togo"],
         location="Lome"),
    dict(e="e3", type="statement", date="2026-08-06", participants=["World Health Organization"], location="Geneva"),
    dict(e="e4", type="arrest", date="2026-08-07", participants=["Togolese gendarmerie", "Essozimna Tchalla"],
         location="Kara"),
], tricky=[("e2", "e4", "police arresting the importer's director in Lome on Wednesday vs gendarmes arresting a pharmacy wholesaler in Kara on Friday, same contaminated syrup, two days apart")],
note="The deaths of 11 children since late June, the government's recall of the syrup, the criminal investigation, "
     "parents' silent march in Kara, the Indian regulator's inspection of the manufacturer and the 2022 deaths in "
     "Gambia are side / background events. 'Arrests are not enough' covers both arrests and is not marked.",
articles=[
dict(id="a1", source="West Africa Wire", published="2026-08-04",
     title="Togo lab finds toxic solvent in syrup linked to child deaths",
     text="""LOME - A children's paracetamol syrup linked to the deaths of 11 children in northern Togo contained toxic levels of diethylene glycol, the national laboratory said on Monday, prompting the government to order its withdrawal from every pharmacy in the country.

The [[e1|report]] by the National Institute of Hygiene found the industrial solvent at concentrations of up to 28 percent in three batches of Pedicalm syrup collected in Kara and Bassar. The safe limit is 0.1 percent.

The children, all under five, died of acute kidney failure between late June and the end of July. Doctors at Kara's university hospital first raised the alarm after five toddlers were admitted within a week with the same symptoms.

Pedicalm is made by Korvan Pharmaceuticals of Ahmedabad, India, and imported by the Lome-based distributor Medifarm Togo, according to the health ministry. Neither company responded to requests for comment.

Police have opened a criminal investigation for involuntary homicide. Health Minister Akouvi Mensah said that those responsible would answer before the courts.

The [[e1|findings]] echo a series of deaths linked to contaminated cough and fever syrups in recent years, including about 70 children in Gambia in 2022. Diethylene glycol, used in brake fluid and antifreeze, is sometimes substituted for pharmaceutical-grade solvents because it is cheaper.

Pharmacists in Lome said parents had been returning bottles since the weekend, when rumours about the syrup spread on social media."""),
dict(id="a2", source="Lome Morning Courier", published="2026-08-06",
     title="Head of syrup importer arrested in Lome",
     text="""Police on Wednesday [[e2|arrested]] the managing director of Medifarm Togo, the company that imported the Pedicalm children's syrup blamed for the deaths of 11 children in the north of the country, a prosecutor said.

Kossi Agbeko, 52, was [[e2|detained]] at the company's warehouse near the port of Lome and taken to the headquarters of the criminal investigation service. Investigators seized import documents and about 6,000 bottles of the syrup, the prosecutor's office said.

According to a source close to the investigation, the company imported 40,000 bottles in March without the quality certificate required by the national pharmaceutical regulator. Mr Agbeko's lawyer said his client had "followed every procedure" and would cooperate with the inquiry.

Monday's laboratory [[e1|report]] found diethylene glycol at up to 28 percent in three batches, hundreds of times the permitted limit.

The World Health Organization is expected to issue a global [[e3|alert]] on the syrup as early as Thursday, a WHO official in Lome said, so that other countries in the region can check their stocks. Pedicalm has also been sold in Benin and Burkina Faso, according to traders at the Grand Marche.

In Kara, where most of the children died, parents held a silent march to the regional hospital on Tuesday, carrying photographs of the victims.

"I bought this syrup in a pharmacy, not in the street. Who can we trust now?" asked Afi Tchangai, whose two-year-old son died in July."""),
dict(id="a3", source="Sahel Coast Journal", published="2026-08-08",
     title="Kara wholesaler held over syrup deaths as WHO issues alert",
     text="""KARA - Gendarmes in Kara on Friday [[e4|arrested]] a pharmacy wholesaler accused of continuing to supply Pedicalm children's syrup to rural drug shops after the government ordered it withdrawn.

The [[e4|arrest]] of Essozimna Tchalla, 45, came two days after police in Lome [[e2|detained]] the head of Medifarm Togo, the company that imported the syrup. Investigators say Tchalla's warehouse still held about 1,200 bottles on Thursday, three days after the recall.

On Thursday the World Health Organization [[e3|issued]] a medical product alert covering three batches of the syrup, which it said contained "unacceptable amounts" of diethylene glycol. In its [[e3|alert]], the WHO asked countries in West Africa to search pharmacies, clinics and informal markets.

The syrup has been linked to the deaths of 11 children in Kara and Bassar regions since late June. The contamination was confirmed by the National Institute of Hygiene in a [[e1|report]] published on Monday.

India's drug regulator said on Friday that it had sent inspectors to Korvan Pharmaceuticals, the Ahmedabad company that makes the syrup.

In the villages around Kara, many families buy medicine from roadside sellers who do not know what they are selling. Health workers have begun going from door to door to collect bottles.

"We found Pedicalm in a shop selling soap and batteries," said nurse Kodjo Amavi. "The bottles are everywhere.\""""),
dict(id="a4", source="Global Health Desk", published="2026-08-11",
     title="Togo's syrup deaths show the weak link in Africa's medicine supply",
     text="""ANALYSIS - The World Health Organization's [[e3|warning]] of August 6 about Pedicalm syrup was the latest in a string of alerts about contaminated children's medicines that have killed hundreds of children worldwide since 2022.

In Togo, the response has been faster than in some earlier cases. The National Institute of Hygiene's [[e1|analysis]], released on August 3, identified diethylene glycol within a week of samples reaching Lome. The [[e2|arrest]] of Medifarm Togo's director last Wednesday and the [[e4|detention]] of a Kara wholesaler two days later show that prosecutors are moving against the supply chain.

But the case also exposes gaps. Togo's pharmaceutical regulator has four inspectors for more than 300 licensed pharmacies and thousands of informal drug sellers. Import certificates are checked on paper; samples are rarely tested on arrival.

"The laboratory can test anything, but it only tests what somebody brings it," said a regional regulator who asked not to be named.

The African Medicines Agency, which began work in Kigali, is meant to help countries share inspection results and recall alerts. Its first task, officials say, will be a common list of approved manufacturers for essential children's medicines.

Meanwhile families in Kara are still waiting for answers. Parents have asked the government to pay for the funerals and to publish the names of every company involved. "Arrests are not enough if the same syrup comes back under another name," said Afi Tchangai, who lost her son in July."""),
]),
# ---------------------------------------------------------------------------- x09
dict(story="x09", topic="NPA ambush on an army patrol, the rebels' claim of responsibility, an infantry battalion sent to the province, a raid on a police station and the arrest of a rebel commander (Northern Samar, Philippines)", events=[
    dict(e="e1", type="attack", date="2026-10-05", participants=["New People's Army", "Philippine Army"], location="Las Navas"),
    dict(e="e2", type="statement", date="2026-10-06", participants=["New People's Army"], location=None),
    dict(e="e3", type="deployment", date="2026-10-07", participants=["Philippine Army"], location="Northern Samar"),
    dict(e="e4", type="attack", date="2026-10-08", participants=["New People's Army", "Philippine National Police"],
         location="Catubig"),
    dict(e="e5", type="arrest", date="2026-10-10", participants=["Philippine National Police", "Rolando Abenoja"],
         location="Catarman"),
], tricky=[("e1", "e4", "NPA ambush on an army patrol in Las Navas on Monday vs NPA raid on the Catubig police station on Thursday, same rebel unit and province, three days apart")],
note="The deaths and injuries in the two attacks are part of the attacks and not separate events. The 2023 Oslo "
     "joint statement on peace talks, a mining company's operations, the governor's curfew, the evacuation of "
     "villagers and earlier clashes are side / background events. 'the two attacks' is an aggregate mention and "
     "is not marked.",
articles=[
dict(id="a1", source="Manila Wire Service", published="2026-10-06",
     title="Four soldiers killed in rebel ambush in Northern Samar",
     text="""MANILA - Communist guerrillas [[e1|ambushed]] an army patrol in the mountains of Northern Samar on Monday, killing four soldiers and wounding six, the military said, in one of the deadliest rebel attacks in the Philippines in two years.

The [[e1|ambush]] took place near the village of Epaw in Las Navas town, when about 30 fighters of the New People's Army (NPA) set off a landmine under the lead vehicle of a two-truck convoy and then opened fire from a ridge, army spokesman Major Ariel Dacanay said.

On Tuesday, the NPA's regional command [[e2|claimed]] responsibility in a statement emailed to reporters. It said the patrol had been "guarding the interests of a mining company" and accused the soldiers of harassing farmers.

"These are the words of terrorists trying to justify murder," Dacanay said, adding that reinforcements would be [[e3|sent]] to the province within days.

The NPA has been fighting since 1969 for a Maoist revolution and is much weaker than at its peak in the 1980s. The government says only a few hundred armed fighters remain, many of them in the forested interior of Samar island.

The Philippine government and the National Democratic Front, the rebels' political arm, agreed in a joint statement in Oslo in 2023 to seek a resumption of peace talks, but no formal negotiations have taken place since.

Villagers in Las Navas said several families had fled to the town centre, fearing an army offensive."""),
dict(id="a2", source="Eastern Visayas Tribune", published="2026-10-09",
     title="Rebels raid Catubig police station days after deadly ambush",
     text="""CATARMAN - Rebels [[e4|attacked]] the police station in Catubig before dawn on Thursday, wounding two officers and escaping with seven rifles, three days after the New People's Army's deadly [[e1|ambush]] in neighbouring Las Navas.

About 20 gunmen surrounded the station at around 3 a.m. and fired at it for nearly an hour, provincial police director Colonel Renato Quitoriano said. The officers on duty retreated to a back room and called for help, but soldiers arriving from the nearby army detachment found the attackers gone.

The [[e4|raid]] came a day after the army [[e3|deployed]] an additional infantry battalion of about 500 soldiers to Northern Samar to hunt down the rebels responsible for Monday's [[e1|attack]], which killed four soldiers.

In Tuesday's [[e2|statement]], the NPA had warned that it would "punish the mercenary troops and police" that it accused of abusing villagers in the interior towns.

Governor Ramon Dalisay imposed a night curfew on Catubig and Las Navas on Thursday and asked residents to report any unfamiliar armed men. Schools in several villages were closed, and about 400 people took shelter in the Catubig gymnasium.

"We are caught between two fires," said Marites Balagapo, a rice farmer from Las Navas who fled with her children. "The rebels come at night, and the soldiers come in the day."

The battalion's commander said the [[e3|reinforcements]] would stay in Northern Samar "for as long as it takes\"."""),
dict(id="a3", source="Southeast Asia Security Monitor", published="2026-10-13",
     title="Catarman arrest is a blow to Samar's communist rebels, not the end",
     text="""ANALYSIS - The [[e5|arrest]] on Saturday of Rolando Abenoja, a senior commander of the New People's Army on Samar island, is the most significant success for the security forces in the region in years.

Police [[e5|captured]] Abenoja, 58, known as Ka Bino, at a boarding house in Catarman, the Northern Samar capital, where he had apparently come for medical treatment. Officials say he planned both the [[e1|ambush]] of October 5 in Las Navas, which killed four soldiers, and the [[e4|raid]] on the Catubig police station three days later.

The timing suggests the government's [[e3|deployment]] of a fresh battalion to the province on October 7 increased the pressure on rebel units, whose movements between the mountains and the towns became riskier.

Yet the [[e2|claim]] of responsibility issued after the Las Navas [[e1|ambush]] showed that the rebels still have a functioning regional command able to coordinate operations and propaganda. Analysts say the NPA on Samar has survived previous losses of leaders by splitting into smaller units.

The [[e5|arrest]] also complicates any return to peace talks. The National Democratic Front demanded Abenoja's release on Sunday, saying he was a consultant protected by earlier agreements, a claim the government rejects.

For residents of the interior, the immediate concern is the curfew and the presence of hundreds of soldiers in villages that had grown used to a fragile calm. "Security means farmers can go to their fields," said a parish priest in Catubig."""),
dict(id="a4", source="Visayas Daily", published="2026-10-11",
     title="Police capture NPA commander in Catarman",
     text="""CATARMAN - Police [[e5|arrested]] a senior commander of the New People's Army in the Northern Samar capital on Saturday, accusing him of planning the week's two attacks that killed four soldiers and wounded two police officers.

Rolando Abenoja, 58, alias Ka Bino, was [[e5|seized]] without a struggle at a boarding house near the provincial hospital, where police believe he was receiving treatment for diabetes, provincial police director Colonel Renato Quitoriano said. Officers recovered a pistol, two mobile phones and documents.

Quitoriano said Abenoja had directed last Monday's [[e1|ambush]] of an army patrol in Las Navas and the [[e4|raid]] on the Catubig police station on Thursday, when rebels took seven rifles.

The [[e5|arrest]] follows the [[e3|arrival]] of an additional army battalion in the province on Wednesday. Soldiers have set up checkpoints on the roads between Catarman and the interior towns of Las Navas and Catubig.

In a [[e2|statement]] on Tuesday, the NPA's regional command had claimed the Las Navas [[e1|ambush]] and threatened further action against soldiers and police.

Abenoja's lawyer said his client was a peace consultant and should be protected from arrest under earlier agreements between the government and the rebels' political wing.

Residents of Catarman said they were relieved but wary. "When a leader is caught, the others sometimes want revenge," said tricycle driver Joel Lucero. A night curfew remains in force in Las Navas and Catubig."""),
]),
# ---------------------------------------------------------------------------- x10
dict(story="x10", topic="provincial council elections: firebombing of an opposition candidate's office, attack on election monitors on polling day, the vote, monitors' preliminary report and an opposition rally over vote-buying (Kurunegala, Puttalam and Colombo, Sri Lanka)", events=[
    dict(e="e1", type="attack", date="2026-11-05", participants=["unidentified attackers", "opposition candidate's office"],
         location="Kurunegala"),
    dict(e="e2", type="attack", date="2026-11-07", participants=["unidentified attackers",
         "People's Action for Free and Fair Elections (PAFFREL)"], location="Anamaduwa"),
    dict(e="e3", type="election", date="2026-11-07", participants=["Sri Lankan voters", "Election Commission of Sri Lanka"],
         location=None),
    dict(e="e4", type="report", date="2026-11-09", participants=["People's Action for Free and Fair Elections (PAFFREL)"],
         location="Colombo"),
    dict(e="e5", type="protest", date="2026-11-11", participants=["opposition supporters"], location="Colombo"),
], tricky=[("e1", "e2", "firebombing of an opposition candidate's office in Kurunegala late on Thursday vs attack on PAFFREL monitors' van near Anamaduwa on polling day Saturday, same North Western Province election, two days apart")],
note="Counting and the announcement of results, the governors' rule since the councils' terms expired, complaints "
     "of violence logged by monitors, four arrests for election-law violations and a second rally planned for "
     "next month are side / background events. 'either incident' covers both attacks and is not marked.",
articles=[
dict(id="a1", source="Lanka Wire Service", published="2026-11-06",
     title="Candidate's office firebombed ahead of Sri Lanka provincial polls",
     text="""COLOMBO - Attackers [[e1|firebombed]] the campaign office of an opposition candidate in the central town of Kurunegala late on Thursday, two days before Sri Lanka's first provincial council [[e3|elections]] in more than a decade, police said.

No one was hurt in the [[e1|attack]], but the single-storey building on Puttalam Road was gutted along with posters, leaflets and two motorcycles parked outside. Witnesses told police that three men on motorbikes threw petrol bombs through the front window shortly before midnight.

The candidate, Nimal Senanayake, is standing for the North Western Provincial Council for the main opposition party. He blamed supporters of a rival candidate and said he would continue campaigning "from the street if necessary".

About 17 million people are eligible to vote on Saturday in the [[e3|elections]] for nine provincial councils, which have been run by centrally appointed governors since their terms expired between 2017 and 2019.

The election monitoring group People's Action for Free and Fair Elections (PAFFREL) said it had received more than 140 complaints of violence and intimidation during the campaign, most of them in North Western and Southern provinces.

Police spokesman Ruwan Gunasekara said 65,000 officers would be on duty for the [[e3|vote]].

The [[e3|polls]] are widely seen as a test for the government at the halfway point of its term, with opposition parties campaigning on the rising cost of living and on delays to promised public sector pay rises."""),
dict(id="a2", source="Colombo Evening Standard", published="2026-11-08",
     title="Ruling party leads as monitors' van attacked on polling day",
     text="""Turnout in Saturday's provincial council [[e3|elections]] reached about 61 percent, the Election Commission said on Sunday, as early results showed the ruling alliance winning comfortably in seven of the nine provinces.

Polling day was largely peaceful, but in Puttalam district a group of about ten men [[e2|attacked]] a van carrying election monitors from People's Action for Free and Fair Elections (PAFFREL) near Anamaduwa on Saturday afternoon, smashing its windows and injuring two observers.

The monitors had been following reports that voters were being bussed to a polling station. One of them, a university lecturer, needed stitches to a head wound, PAFFREL said.

The [[e2|assault]] came two days after the [[e1|firebombing]] of an opposition candidate's campaign office in Kurunegala, in the same North Western Province, where the contest between the two largest parties has been the most bitter.

Police said four people had been arrested for election-law violations across the island, none of them in connection with either incident.

PAFFREL executive director Sunil Wijeratne said the group would release a preliminary [[e4|report]] on Monday covering vote-buying, misuse of state vehicles and violence against candidates.

The main opposition party, which failed to win any council outright, said it would decide on its response after studying the results. Its leader told supporters that the [[e3|poll]] "was free on the day, but not fair in the weeks before it"."""),
dict(id="a3", source="South Asia Politics Review", published="2026-11-12",
     title="Sri Lanka's provincial polls leave a bitter aftertaste",
     text="""ANALYSIS - Several thousand opposition supporters [[e5|rallied]] outside the Election Commission in Colombo on Wednesday, accusing the government of buying votes in the November 7 provincial council [[e3|elections]]. The [[e5|demonstration]] passed off peacefully, but it was a reminder that a [[e3|vote]] meant to revive devolved government has deepened mistrust.

The protesters drew heavily on the preliminary [[e4|report]] that People's Action for Free and Fair Elections (PAFFREL) released on Monday. The monitors documented the distribution of cash, rice and roofing sheets in at least 23 constituencies, and said state vehicles had been used for campaigning in four provinces.

The [[e4|report]] also described the [[e2|attack]] on PAFFREL's own observers near Anamaduwa on polling day and the [[e1|arson attack]] on an opposition candidate's office in Kurunegala two days before the [[e3|vote]].

None of this is likely to change the result. The ruling alliance won seven of nine councils, and international observers were not invited. But the government had hoped the [[e3|polls]] would show it could deliver on promises of clean politics.

Provincial councils were created in 1987 to give more power to the regions, especially the Tamil-majority north and east. Their revival after years of rule by governors was welcomed by Tamil parties, who won both councils in their regions.

The Election Commission said complaints would be investigated. Opposition leaders said they would organise a second rally next month if no action was taken."""),
]),
]
