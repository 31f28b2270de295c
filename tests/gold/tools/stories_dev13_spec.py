"""Source of ../stories_dev13/articles.jsonl and ../stories_dev13/gold.jsonl.

THIRTEENTH DEVELOPMENT story set (stories_dev13) for the cross-article deduplication benchmark.
It was written without running the timeline extractor or the dedup benchmark on these texts
and without reading the system's code, extraction or clustering rules or word lists; only
the format of the earlier sets was consulted (build_stories.py, validate.py, the docstring
and first two stories of stories_dev12_spec, a list of the topics of the earlier sets,
DATASETS.md section 2).  It is intended for DEVELOPMENT: the system's errors on it may be
read and used for tuning.  It is not a blind set.

All articles are fiction written for this data set (invented outlets, people, companies,
boats, a shipyard, a plantation, a First Nation, a crypto exchange and events; real places
and institutions).  Event mentions are marked inline as [[eN|trigger]]; build_stories.py
strips the markers, computes character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev13_spec \\
        --out tests/gold/stories_dev13

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event (the
collision and sinking of the Csillag, the 2019 Hableany sinking, the court's custody order,
the lifting of the wreck, the day of mourning in Budapest, the tappers' gate blockade, the
rubber company's own statement, police sent to the Weala plantation, the human rights
commission's inquiry, the Maianga collapse itself, the rescue and the end of the search, the
evacuation of a tower in Kilamba, the municipal permit and stop order, a 2024 collapse in
Cazenga, the nobles' parallel ballot in Tonga, Pacific Islands Forum observers, a possible
Supreme Court petition, the 2023 expulsion of French forces from Burkina Faso, an attack on
an army post in the Sahel region, the road convoy to Lome, the payment of the shipyard wages,
a May Day march in Pula, the 2019 bankruptcy, the 2008 Ras Doumeira war, Qatar's 2010-2017
peacekeepers and their withdrawal, the African Union's call for restraint, the next round of
Djibouti-Eritrea talks, Eswatini's delayed drug tender, the 2025 U.S. funding cuts, the
ministry's appeals for help, the petition handed over at the march, the 1999 Marshall ruling,
the 2020 lobster clashes, traps cut loose near Meteghan, the RCMP reinforcements, the planned
working group, the exchange's withdrawal freeze as such, MAS's first comment, the Interpol red
notice, Lim's handover to Singapore, the creditors' court application and the 2022 crypto
collapses).  Aggregate mentions covering two or more gold events ("It took two rounds of
negotiation", "the letters", "both armies' moves", "The two lifelines", "Arrests do not pay
anybody back") and negated or hypothetical mentions ("they would not strike", "an indefinite
strike" threatened after a deadline, "further protests if patients were sent home", "No one has
yet been charged", "Council members have not yet discussed either document") are not marked.
Titles are not annotated.  Articles are 180-250 words; the articles of a story are published
on different days, so the same weekday name can point to different dates (in one Luanda
article "on Tuesday" is both the past collapse and the future laboratory report, told apart
only by tense; "on Monday" is a past letter in one Burkina Faso article; "Tuesday" is the
arrest at Changi in articles published on a Wednesday and a Sunday, "last Tuesday" in one
published on a Monday), and some dates are
only given relatively ("the following day", "the next morning", "two days after", "two days
later", "three days after", "four days after", "four days later", "five days after", "ten
days after", "a week after", "a week ago", "a month ago", "last Tuesday", "last Wednesday",
"last Thursday", "last Saturday", "yesterday", "today", "next Tuesday", "next Wednesday",
"next Monday", "next week", "early next week", "later next week", "later in the week").

Type conventions used here (the type list has no better fit):
  * the deaths in a boat sinking on the Danube and in the collapse of an apartment block are
    `casualties` events (one each, dated to the accident, whose tolls rise across the
    articles: seven to eleven, nine to 16); only words for the deaths ("killed", "died",
    "drowned", "death toll") are mentions; the collision, the sinking and the collapse
    themselves are not annotated;
  * Austrian army divers arriving in Budapest and Polish fire-service divers joining the
    search two days later (a tricky pair), Eritrean troops moving onto Ras Doumeira and
    Djiboutian reinforcements sent to Moulhoule three days later (a tricky pair) are
    `deployment` events;
  * the arrests of a cruise-ship captain, of a developer's managing director, of two men over
    an arson and of two crypto-exchange co-founders, one at Changi and one in Bali four days
    later (a tricky pair), are `arrest` events;
  * a safety bureau's preliminary report, and an engineering laboratory's report and an
    engineers' order's report three days later on the same collapse (a tricky pair), are
    `report` events;
  * a plantation strike (dated to its first day), an HIV patients' march, a shipyard workers'
    march, a defeated candidate's supporters' sit-in (dated to its first day) and a crypto
    customers' rally are `protest` events;
  * plantation guards firing on strikers, a crowd ransacking a lobster pound and an arson
    that destroyed a second pound four days later (a tricky pair) are `attack` events;
    injuries are part of the attack and not a separate event;
  * failed talks at a labour ministry and a second round at the Executive Mansion three days
    later (a tricky pair), talks at an economy ministry, Qatar-hosted talks in Doha and a
    chief's meeting with a federal minister are `meeting` events; the wage deal signed the
    morning after the second round is a separate `agreement` event;
  * a provincial government's statement suspending a developer, an electoral commission's
    statement refusing a recount, the EU's statement of regret, a health ministry's warning
    of a drug shortage, a federal minister's statement and a crypto exchange's statement
    freezing withdrawals are `statement` events;
  * a Tongan general election and the Legislative Assembly's secret-ballot election of a
    prime minister 13 days later (a tricky pair) are `election` events;
  * a junta's letter ending a training mission's status agreement, and Djibouti's letter to
    the UN Security Council and Eritrea's reply letter five days later (a tricky pair) are
    `letter` events;
  * the German and Belgian trainers' departures ten days apart (a tricky pair) are
    `withdrawal` events;
  * the junta's 30-day deadline for the mission (dated to October 7, when it expired), and a
    shipyard unions' wage deadline and the European Commission's deadline for a restructuring
    plan 13 days later (a tricky pair, each dated to its expiry) are `deadline` events;
  * a state loan guarantee for a shipyard, a Global Fund emergency grant and South Africa's
    donation of antiretrovirals two days later (a tricky pair) are `support` events;
  * the central bank's licence revocation and ten-year bans on a crypto exchange and its
    founders are one `sanction` event;
  * the sinking, the collapse, the search, the raising of a wreck, the payment of wages, the
    withdrawal freeze, the handover of a suspect, court hearings and custody orders have no
    type in the list (or are side events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- c01
dict(story="c01", topic="Danube sightseeing-boat sinking: deaths of Polish tourists, arrest of the cruise-ship captain, Austrian army divers, Polish fire-service divers and the safety bureau's preliminary report (Budapest, Hungary)", events=[
    dict(e="e1", type="casualties", date="2026-05-12", participants=["Csillag passengers", "Aurelia"], location="Budapest"),
    dict(e="e2", type="arrest", date="2026-05-13", participants=["Hungarian Police", "captain of the Aurelia"],
         location="Budapest"),
    dict(e="e3", type="deployment", date="2026-05-14", participants=["Austrian Armed Forces"], location="Budapest"),
    dict(e="e4", type="deployment", date="2026-05-16", participants=["Polish State Fire Service"], location="Budapest"),
    dict(e="e5", type="report", date="2026-05-21", participants=["Hungarian Transportation Safety Bureau"],
         location="Budapest"),
], tricky=[("e3", "e4", "Austrian army divers arriving with sonar on Thursday vs Polish fire-service divers joining the search on Saturday, same wreck under Margaret Bridge, two days apart")],
note="The collision and the sinking themselves, the rescue of 19 survivors, the sonar finding the wreck, the court's "
     "custody order, the lifting of the wreck by a floating crane, the day of mourning, the 2019 Hableany sinking "
     "and the bureau's final report due next year are side / background events. Only words for the deaths are marked for e1.",
articles=[
dict(id="a1", source="Central European Press Agency", published="2026-05-13",
     title="Seven dead as cruise ship hits sightseeing boat on the Danube in Budapest",
     text="""BUDAPEST - At least seven people were [[e1|killed]] and four are missing after a river cruise ship struck a small sightseeing boat near Margaret Bridge in central Budapest late on Tuesday, police said.

The 26-metre Csillag, carrying 27 Polish tourists from Lublin and three Hungarian crew members, sank within seconds of the collision at about 9.15 p.m. in heavy rain. Nineteen people were pulled from the water, two of them in a critical condition.

Police [[e2|detained]] the captain of the Swiss-registered cruise ship Aurelia, a 58-year-old Slovak national, on Wednesday morning on suspicion of negligently endangering river traffic. The Aurelia was later allowed to continue to Vienna with its 160 passengers after investigators seized its logbook and radar recordings.

Strong currents and muddy, fast-flowing water hampered the search. Hungarian police divers made two attempts to reach the wreck on Wednesday but were pulled back.

Austria's defence ministry said it would [[e3|send]] a team of army divers with sonar equipment on Thursday, and Poland's interior ministry said a group of fire service divers would [[e4|fly]] to Budapest later in the week.

City hall declared Thursday a day of mourning.

It was the deadliest accident on the river in Budapest since May 2019, when the sightseeing boat Hableany was hit by a cruise ship near the same bridge, leaving 28 people dead or missing."""),
dict(id="a2", source="Pest Daily Chronicle", published="2026-05-17",
     title="Polish divers join Danube search as toll rises to nine",
     text="""Polish fire service divers [[e4|joined]] the search for the missing passengers of the sightseeing boat Csillag on Saturday, two days after an Austrian army team [[e3|arrived]] in the city with sonar equipment.

The twelve Polish divers, flown in on a military transport plane, started work at first light from a pontoon at the Pest end of Margaret Bridge. Their [[e4|arrival]] had been requested by relatives of the victims, several of whom have waited on the embankment since Tuesday night.

The Austrians' sonar located the wreck on Friday, lying on its side about 40 metres downstream of the bridge. Two more bodies were recovered from the hull, bringing the number of people [[e1|killed]] to nine. Two passengers are still missing.

A floating crane from Komarno in Slovakia is due on Monday to lift the boat out of the river.

The captain of the cruise ship Aurelia remains in custody. Police [[e2|arrested]] him on Wednesday after the ship's radar data showed it had been overtaking another vessel under the bridge, and a Budapest court on Friday ordered him held for a month. His lawyer says the Csillag turned across the Aurelia's bow without warning.

"We will not leave until everyone is found," said Katarzyna Wrobel, whose parents were on the boat.

The Austrian team, 18 soldiers from an engineer battalion in Melk, is expected to stay until the wreck is raised."""),
dict(id="a3", source="Danube Region Review", published="2026-05-23",
     title="After the Csillag: why Budapest's river is still so dangerous",
     text="""ANALYSIS - Hungary's Transportation Safety Bureau took only nine days to publish its first account of the Csillag disaster. Its preliminary [[e5|report]], released on Thursday, says the cruise ship Aurelia was overtaking a freight barge under Margaret Bridge at 19 km/h, and that its radar was set to a range too long to show a small boat close ahead.

The bureau's [[e5|findings]] also criticise the sightseeing operator, whose boat had no automatic identification transponder, and the city, which lets more than 60 passenger vessels share a stretch of river under 400 metres wide.

The May 12 collision [[e1|killed]] ten Polish tourists and a Hungarian deckhand. Police [[e2|arrested]] the Aurelia's Slovak captain the following day, and he has been charged with criminal negligence.

The search turned into an international operation. Austrian army divers [[e3|arrived]] on May 14 and found the wreck within a day; a Polish fire service team [[e4|followed]] two days later and recovered the last two bodies.

None of this is new. After the Hableany sinking in 2019, an inquiry recommended separate traffic lanes for small boats and a speed limit under the bridges. Neither was introduced.

"We wrote the same sentences seven years ago," said Gabor Halasz, a former river pilot who now teaches at a maritime school in Gyor. "The bridges did not move. The traffic doubled."

The bureau's final report is due next year."""),
dict(id="a4", source="Lublin Courier", published="2026-05-18",
     title="Lublin mourns pensioners lost in Budapest",
     text="""LUBLIN - Church bells rang across Lublin at noon on Monday for the pensioners who [[e1|died]] when their sightseeing boat sank on the Danube in Budapest last Tuesday.

The group of 27, members of a seniors' club from the Czechow district, had travelled by coach for a five-day tour of Hungary. Nine bodies have been recovered and two people are still missing. Nineteen survived, and eleven of them flew home on Sunday on a government plane.

"My mother sent me a photo of the Parliament lit up at night, ten minutes before," said Pawel Nowicki, 44. "Then nothing."

The twelve divers of the State Fire Service who [[e4|went]] to Budapest on Saturday are from Lublin's own specialist rescue unit, and several know families of the victims. Their commander said on Monday that they would stay until the last passenger was found. They are working alongside Austrian army divers, who [[e3|reached]] the city on Thursday.

The boat's Hungarian deckhand, Laszlo Bencze, 23, was among those who [[e1|drowned]]. Hungarian police are holding the master of the cruise ship that hit the boat; he was [[e2|taken into custody]] the morning after the accident.

The city council has opened a book of condolence at the town hall, and the regional government has promised to pay for the funerals."""),
]),
# ---------------------------------------------------------------------------- c02
dict(story="c02", topic="rubber tappers' strike at a plantation, guards firing on strikers, failed talks at the labour ministry, a second round at the Executive Mansion and a wage deal (Weala, Margibi County and Monrovia, Liberia)", events=[
    dict(e="e1", type="protest", date="2026-02-02", participants=["Rubber Tappers' Union of Margibi", "Weala Rubber Company tappers"],
         location="Weala"),
    dict(e="e2", type="attack", date="2026-02-04", participants=["Weala Rubber Company security guards", "striking tappers"],
         location="Weala"),
    dict(e="e3", type="meeting", date="2026-02-09", participants=["Ministry of Labour", "Rubber Tappers' Union of Margibi",
         "Weala Rubber Company"], location="Monrovia"),
    dict(e="e4", type="meeting", date="2026-02-12", participants=["Minister of State Joseph Tarpeh",
         "Rubber Tappers' Union of Margibi", "Weala Rubber Company"], location="Monrovia"),
    dict(e="e5", type="agreement", date="2026-02-13", participants=["Rubber Tappers' Union of Margibi", "Weala Rubber Company"],
         location="Monrovia"),
], tricky=[("e3", "e4", "failed talks at the Ministry of Labour on Monday vs the second round chaired by the Minister of State at the Executive Mansion on Thursday, same strike, same parties, three days apart")],
note="The tappers' gate blockade (part of the strike), the company's statement on 'non-lethal means', the police "
     "officers sent to the plantation at the weekend, the human rights commission's inquiry, a 2023 strike at "
     "another plantation and the falling rubber price are side / background events. The strike is dated to its "
     "first day; injuries in the shooting are part of the attack and not marked. 'It took two rounds of negotiation' "
     "covers both meetings and is not marked.",
articles=[
dict(id="a1", source="West Africa Wire", published="2026-02-05",
     title="Guards fire on striking rubber tappers in Liberia",
     text="""MONROVIA, Liberia - Security guards at a rubber plantation in Liberia's Margibi County [[e2|fired]] tear gas and shotgun pellets at striking tappers on Wednesday, wounding six people, a union official and hospital staff said.

About 3,000 tappers at the Weala Rubber Company have been on [[e1|strike]] since Monday, demanding a lower daily quota of latex and wages pegged to the U.S. dollar rather than paid in Liberian dollars. They have blocked the plantation's main gate and stopped tankers from taking latex to the port of Monrovia.

The [[e2|shooting]] happened when guards tried to escort three tankers through the gate, said Moses Kollie, secretary-general of the Rubber Tappers' Union of Margibi. Four of the wounded were treated at C.H. Rennie Hospital in Kakata, and two were taken to Monrovia.

The company, which is owned by a Malaysian group, said in a statement that its guards had used "non-lethal means" after being attacked with stones and cutlasses.

Labour Minister Cecelia Karnga summoned both sides to [[e3|talks]] at her ministry in Monrovia on Monday and urged the tappers to reopen the gate in the meantime. Kollie said the [[e1|walkout]] would go on until the guards involved were suspended.

Rubber is one of Liberia's main exports after iron ore and gold, and the plantations are among the country's biggest employers. Tappers say they must collect 20 buckets of latex a day to earn the basic wage."""),
dict(id="a2", source="The Capitol Sentinel", published="2026-02-10",
     title="Weala talks collapse; Executive Mansion steps in",
     text="""[[e3|Talks]] to end the week-old [[e1|strike]] at the Weala rubber plantation collapsed at the Ministry of Labour yesterday after the company refused to discuss paying tappers in U.S. dollars.

Union leaders walked out of the [[e3|meeting]] after four hours. "They offered us a bag of rice and a promise," said Moses Kollie of the Rubber Tappers' Union of Margibi. The company's local manager said its offer of a 10 percent raise in Liberian dollars was "generous in the current market".

The dispute has now moved to the Executive Mansion. Minister of State Joseph Tarpeh will [[e4|chair]] a new round on Thursday, and the company's managing director is flying in from Kuala Lumpur to attend, a presidency spokesman said.

Tension remains high on the plantation, where guards [[e2|opened fire]] on strikers last Wednesday. A 19-year-old tapper hit in the face has lost an eye, his family said. The Independent National Commission on Human Rights has opened an inquiry, and the Liberia National Police sent 40 officers to Weala at the weekend.

Strikers still block the main gate, and latex worth about 50,000 dollars a day is going to waste in the collection cups, the company says.

Market women in Weala town say business has stopped. "When the tappers don't earn, nobody eats," said Esther Gbeh, who sells rice and palm oil near the gate."""),
dict(id="a3", source="Mano River Economic Monitor", published="2026-02-16",
     title="What Liberia's rubber deal says about wages in a dollarised economy",
     text="""ANALYSIS - The [[e5|agreement]] signed at the Executive Mansion on Friday ended a 12-day [[e1|stoppage]] at the Weala rubber plantation and, with it, the longest labour dispute in Liberia's rubber belt since 2023.

Its terms are modest. The daily quota falls from 20 buckets of latex to 17, a third of the basic wage will be paid in U.S. dollars, and the company will cover medical bills for the tappers wounded when its guards [[e2|shot]] at strikers on February 4.

It took two rounds of negotiation. The first [[e3|round]], at the Ministry of Labour on February 9, broke down within hours. The [[e4|talks]] chaired by Minister of State Joseph Tarpeh on Thursday ran past midnight, and the [[e5|deal]] was initialled at dawn the next morning before being signed later that day.

Economists say the dollar clause matters more than the quota. Liberia's currency has lost a fifth of its value against the dollar in two years, while most food is imported and priced in dollars.

"Every employer in this country is watching Weala," said Josephine Cooper, a labour economist at the University of Liberia. "If tappers can get dollars, so will the security guards and the dockworkers."

Rubber prices, which fell by 8 percent last year, give the company little room. Its managing director said the [[e5|accord]] would cost about 1.4 million dollars a year."""),
]),
# ---------------------------------------------------------------------------- c03
dict(story="c03", topic="collapse of an apartment block being extended: deaths, provincial government statement, arrest of the developer's director, engineering laboratory report and engineers' order report (Maianga, Luanda, Angola)", events=[
    dict(e="e1", type="casualties", date="2026-03-03", participants=["residents of the Maianga block", "construction workers"],
         location="Maianga"),
    dict(e="e2", type="statement", date="2026-03-04", participants=["Luanda Provincial Government"], location="Luanda"),
    dict(e="e3", type="arrest", date="2026-03-05", participants=["Criminal Investigation Service (SIC)", "Adelino Neto",
         "Construtora Mutamba"], location="Talatona"),
    dict(e="e4", type="report", date="2026-03-10", participants=["Angola Engineering Laboratory (LEA)"], location="Luanda"),
    dict(e="e5", type="report", date="2026-03-13", participants=["Order of Engineers of Angola"], location="Luanda"),
], tricky=[("e4", "e5", "the engineering laboratory's preliminary report on the concrete on Tuesday vs the Order of Engineers' report on the permits on Friday, same collapse, three days apart, both 'report' / 'findings'")],
note="The collapse itself, the rescue of survivors, the end of the search, the evacuation of a tower in Kilamba, the "
     "municipal building permit, residents' complaints in January and a 2024 collapse in Cazenga are side / "
     "background events. Only words for the deaths are marked for e1.",
articles=[
dict(id="a1", source="Lusophone Africa Press Agency", published="2026-03-04",
     title="Nine dead as Luanda apartment block collapses during extension",
     text="""LUANDA - Rescuers pulled two survivors from the rubble of a seven-storey apartment block in Luanda's Maianga district on Wednesday, a day after it collapsed, but the number of people [[e1|killed]] rose to nine, the civil protection service said.

The block, built in 1974 and home to about 60 families, gave way shortly after 4 p.m. on Tuesday while workers were adding three floors on its roof. Firefighters said as many as 20 people could still be trapped.

In a [[e2|statement]] on Wednesday, the Luanda provincial government suspended all work by the developer, Construtora Mutamba, and said engineers would inspect 40 buildings the company had raised or extended in the capital since 2019. The governor also promised temporary housing for the surviving residents.

Neighbours said cracks had appeared in the stairwell weeks ago. "We complained to the administration in January. Nobody came," said Domingas Kiala, a teacher who lived on the third floor and was at work when the block fell.

The Angola Engineering Laboratory (LEA) took concrete samples from the site on Wednesday and will [[e4|report]] on the cause of the collapse, officials said.

Construtora Mutamba could not be reached for comment. Its offices in Talatona were closed on Wednesday, with a police car parked outside.

Luanda's population has more than doubled since 2000, and many older buildings in the city centre have been extended upwards without proper permits, engineers say."""),
dict(id="a2", source="Luanda Morning Post", published="2026-03-07",
     title="Developer's boss detained as Maianga toll reaches 14",
     text="""Police investigators on Thursday [[e3|detained]] the managing director of Construtora Mutamba, the company that was adding floors to the Maianga apartment block that fell on Tuesday, as the [[e1|death toll]] rose to 14.

Adelino Neto, 52, was [[e3|arrested]] at his home in Talatona by officers of the Criminal Investigation Service (SIC), a spokesman said. Prosecutors accuse him of continuing the work despite a stop order issued by the municipality in November.

Residents welcomed the [[e3|move]] but said the officials who approved the extension should also answer for it. Documents seen by the Post show that the Maianga municipal administration issued a permit for the three extra floors in October.

The provincial government, which on Wednesday [[e2|announced]] inspections of 40 other Mutamba buildings, said six families had been moved out of a tower in Kilamba as a precaution.

The Angola Engineering Laboratory is due to present its preliminary [[e4|findings]] on Tuesday. The Order of Engineers of Angola said it would publish its own [[e5|assessment]] later next week, after studying the permits and the original plans.

Rescue teams ended the search on Friday evening. Two people remain missing, among them a construction worker from Huambo.

"My brother came to Luanda for work in December," said Joaquim Chissola, waiting outside the Josina Machel hospital. "They told him the building was safe.\""""),
dict(id="a3", source="Southern Africa Construction Review", published="2026-03-16",
     title="Two reports on Maianga, one question: who signed?",
     text="""ANALYSIS - Two reports on the Maianga collapse, published three days apart last week, agree on what failed but not on who is to blame.

The Angola Engineering Laboratory's preliminary [[e4|report]], released on March 10, found that the concrete poured for the new columns on the roof was barely half the strength specified, and that the 1974 frame below was never checked for the extra load of three storeys. The laboratory's [[e4|study]] points squarely at the contractor, Construtora Mutamba, whose managing director has been in custody since his [[e3|arrest]] on March 5.

The Order of Engineers of Angola went further. Its [[e5|report]], issued on Friday, says the Maianga municipal administration approved the extension without a structural survey and that no licensed engineer signed the drawings. "This was a failure of the licensing system, not only of one company," said the order's president, Filomena Cassoma.

The collapse on March 3 [[e1|killed]] 16 people, most of them residents who were at home in the late afternoon.

The difference matters. If the [[e5|findings]] of the engineers' order are accepted, municipal officials could face charges alongside the developer. The provincial government has so far said nothing about the permit.

It is not the first warning. In 2024 a four-storey building in Cazenga collapsed after two floors were added, and an inspection programme announced then was never funded."""),
]),
# ---------------------------------------------------------------------------- c04
dict(story="c04", topic="general election, a defeated candidate's supporters' sit-in, electoral commission's statement refusing a recount and parliament's election of a prime minister (Nuku'alofa, Tonga)", events=[
    dict(e="e1", type="election", date="2026-06-18", participants=["Tonga"], location="Tonga"),
    dict(e="e2", type="protest", date="2026-06-22", participants=["supporters of Viliami Lolohea"], location="Nuku'alofa"),
    dict(e="e3", type="statement", date="2026-06-23", participants=["Tonga Electoral Commission"], location="Nuku'alofa"),
    dict(e="e4", type="election", date="2026-07-01", participants=["Legislative Assembly of Tonga", "Lavinia Mateaki",
         "Tevita Kaufusi"], location="Nuku'alofa"),
], tricky=[("e1", "e4", "general election of the people's representatives on Thursday June 18 vs the Legislative Assembly's secret-ballot election of the prime minister on Wednesday July 1, same new parliament, both 'election' / 'vote' / 'ballot'")],
note="The nobles' parallel ballot, the Pacific Islands Forum observers, the King's formal appointment of the prime "
     "minister, a possible Supreme Court petition, the 2010 reforms and the ceremonial swearing-in are side / "
     "background events. The sit-in is dated to its first day.",
articles=[
dict(id="a1", source="South Pacific Press Service", published="2026-06-19",
     title="Tonga voters sweep out ministers in general election",
     text="""NUKU'ALOFA, Tonga - Eleven of Tonga's 17 people's representatives lost their seats in Thursday's general [[e1|election]], preliminary results showed on Friday, after a campaign dominated by power cuts and the price of imported food.

Turnout in the [[e1|poll]] was 58 percent of about 61,000 registered voters, the Electoral Commission said. The nine seats reserved for nobles were filled in a parallel ballot among the kingdom's hereditary nobles.

Those defeated included the ministers of finance and energy. In Tongatapu 5, former police inspector Viliami Lolohea lost by 11 votes to newcomer Sitani Fonua and said he would ask for a recount.

The new Legislative Assembly will meet on July 1 to [[e4|elect]] a prime minister by secret ballot. The King then formally appoints the winner.

Two candidates have emerged: the outgoing deputy prime minister, Tevita Kaufusi, and Lavinia Mateaki, a businesswoman who won Vava'u 15 with the largest majority in the country and would be the first woman to lead a Tongan government.

Observers from the Pacific Islands Forum said [[e1|voting]] was orderly, though they noted long queues in Nuku'alofa where several polling stations opened late.

Since political reforms in 2010, the people's representatives have held a majority in the 26-seat house, but no prime minister has served a full term without facing a no-confidence motion.

"People [[e1|voted]] against the lights going off every evening," said 'Ofa Vea, a shopkeeper in Kolofo'ou."""),
dict(id="a2", source="Nuku'alofa Weekly Echo", published="2026-06-24",
     title="Lolohea camp stays put as commission rules out recount",
     text="""About 200 supporters of defeated candidate Viliami Lolohea have [[e2|camped]] outside the Electoral Commission's office on Taufa'ahau Road since Monday, singing hymns and demanding a recount in Tongatapu 5.

The [[e2|sit-in]] has been peaceful. Police have closed one lane of the road and churches in Kolomotu'a bring food every evening.

In a [[e3|statement]] on Tuesday, the commission rejected the request. It said all ballots in the constituency were counted twice as soon as polling stations closed, in the presence of both candidates' agents, and that the 11-vote margin stood. Mr Lolohea may still challenge the result by petition to the Supreme Court within 21 days, the commission added.

"We counted, and then we counted again," commission chairman Sione Tu'ipulotu told the Echo. "A third count would not change the arithmetic."

Mr Lolohea said he would not decide on a court petition until his lawyers had studied the tally sheets.

Last Thursday's [[e1|election]] swept out six ministers and brought in eleven new faces, four of them women. Lobbying for next Wednesday's [[e4|vote]] on a prime minister has been intense, with both camps inviting nobles' representatives to dinners and kava sessions this week.

Supporters of Lavinia Mateaki say she has 14 of the 26 votes. Tevita Kaufusi's camp says the count is far from settled and that several new members have not decided."""),
dict(id="a3", source="Islands Politics Review", published="2026-07-03",
     title="Tonga's first woman premier faces an impatient electorate",
     text="""ANALYSIS - Tonga's new prime minister, Lavinia Mateaki, was [[e4|elected]] by the Legislative Assembly on Wednesday by 15 votes to 11, becoming the first woman to lead the kingdom's government.

Her margin in the secret [[e4|ballot]] was wider than her own camp expected. At least two nobles' representatives appear to have backed her over Tevita Kaufusi, the outgoing deputy prime minister.

The June 18 general [[e1|election]] had already signalled a mood for change: eleven of the 17 people's representatives were replaced and the ministers for finance and energy were both defeated.

Not everyone accepts the result. Supporters of Viliami Lolohea, who lost in Tongatapu 5 by 11 votes, ended their [[e2|sit-in]] outside the Electoral Commission on Sunday after seven days, and his lawyers are preparing a petition to the Supreme Court. The commission's [[e3|statement]] of June 23 ruling out a recount was, his supporters say, "an answer without a hearing".

Mateaki's first problem is electricity. The power utility's diesel generators on Tongatapu are old, and the solar farms promised by the last government are two years behind schedule.

Her second is money. Tonga's debt to China's Export-Import Bank, contracted after the 2006 riots, still absorbs a large share of the budget.

She has promised a cabinet within a week and a supplementary budget in August. Tongans, who have seen five governments in a decade, will judge her quickly."""),
]),
# ---------------------------------------------------------------------------- c05
dict(story="c05", topic="end of a European military training mission: the junta's letter, the EU's statement of regret, German and Belgian trainers' pullouts and the 30-day deadline (Ouagadougou, Loumbila and Bobo-Dioulasso, Burkina Faso)", events=[
    dict(e="e1", type="letter", date="2026-09-07", participants=["Burkina Faso foreign ministry", "Delegation of the European Union"],
         location="Ouagadougou"),
    dict(e="e2", type="statement", date="2026-09-08", participants=["EU High Representative"], location="Brussels"),
    dict(e="e3", type="withdrawal", date="2026-09-23", participants=["German Armed Forces (Bundeswehr)",
         "European Training Mission Burkina"], location="Loumbila"),
    dict(e="e4", type="withdrawal", date="2026-10-03", participants=["Belgian Armed Forces", "European Training Mission Burkina"],
         location="Bobo-Dioulasso"),
    dict(e="e5", type="deadline", date="2026-10-07", participants=["Burkina Faso", "European Training Mission Burkina"],
         location="Burkina Faso"),
], tricky=[("e3", "e4", "German trainers leaving the Loumbila camp on Wednesday September 23 vs Belgian trainers leaving Bobo-Dioulasso on Saturday October 3, same mission, ten days apart, both 'left' / 'withdrawal' / 'pull out'")],
note="The 2023 expulsion of French special forces, Burkina Faso's turn to Russia, an attack on an army post in the "
     "Sahel region, the handover ceremony at Loumbila, the road convoy of vehicles to Lome, the departure of the last "
     "Italian and Spanish staff officers and the EU's budget figures are side / background events. The deadline is "
     "dated to the day it expired.",
articles=[
dict(id="a1", source="Sahel Press Agency", published="2026-09-08",
     title="Burkina Faso orders EU training mission out within 30 days",
     text="""OUAGADOUGOU - Burkina Faso's military government has ordered a European Union training mission to leave the country within 30 days, in a [[e1|letter]] delivered to the EU delegation in Ouagadougou on Monday, diplomats said.

The [[e1|note]], signed by the foreign minister, says the mission's status agreement "no longer corresponds to the needs of the Burkinabe armed forces" and sets a [[e5|deadline]] of October 7 for its roughly 180 European trainers to go.

The EU's foreign policy chief said in a [[e2|statement]] on Tuesday that the bloc "regrets" the decision and would respect it, but warned that the end of the mission would leave Burkinabe units without the medical and engineering training they had asked for.

Germany, which provides the largest contingent, said its 70 trainers at the Loumbila camp north-east of the capital would be the first to [[e3|leave]], probably before the end of the month. Belgium's 45 instructors in Bobo-Dioulasso are expected to [[e4|follow]].

The European Training Mission Burkina was set up in 2024 after earlier EU support was suspended, and it trains army medics, engineers and drivers rather than combat units.

Burkina Faso's military rulers expelled French special forces in 2023 and have since turned to Russia for weapons and instructors. A government spokesman said on state television that the country "chooses its partners freely".

Jihadist groups control or contest large parts of the country's north and east."""),
dict(id="a2", source="Faso Evening News", published="2026-09-25",
     title="German trainers leave Loumbila as EU mission winds down",
     text="""Seventy German trainers of the European mission [[e3|left]] Burkina Faso on Wednesday aboard a Luftwaffe A400M transport plane, the first of the mission's soldiers to go.

Their [[e3|departure]] from the Loumbila training camp, 20 kilometres north-east of the capital, was marked by a short ceremony in which a German colonel handed the keys of the camp's workshops and clinic to a Burkinabe officer. The Germans' trucks and generators left by road for the port of Lome in Togo.

The Belgian contingent in Bobo-Dioulasso will [[e4|pull out]] next week, the Belgian embassy said, leaving only a handful of Italian and Spanish staff officers in the capital. All must be gone before the [[e5|deadline]] of October 7.

Government spokesman Issouf Zongo said the [[e1|letter]] sent to the EU on September 7 "closed a chapter without hostility". He said the army would run the medical courses itself from January.

Some officers are less sure. "The Germans trained our ambulance drivers. Who trains the next ones?" said a lieutenant in Loumbila who asked not to be named.

On Sunday, an attack on an army post in the Sahel region killed 12 soldiers, the army said, the third such attack this month."""),
dict(id="a3", source="European Security Brief", published="2026-10-09",
     title="Burkina Faso: how the EU's last mission in the Sahel ended",
     text="""ANALYSIS - When Burkina Faso's [[e5|deadline]] expired on Wednesday, not a single European trainer was left in the country. The last of them, 45 Belgians, had [[e4|left]] Bobo-Dioulasso last Saturday, ten days after the Germans' [[e3|withdrawal]] from Loumbila.

The end was foretold. Since the junta's [[e1|letter]] a month ago, Brussels made no attempt to negotiate. The EU's [[e2|statement]] of regret, issued the day after the [[e1|letter]] arrived, was its only public response.

The European Training Mission Burkina cost about 35 million euros a year and was the EU's last military presence in the central Sahel, after missions in Mali and Niger closed in 2024. It had avoided combat training precisely so that it would be acceptable to the military government.

"We were the least controversial foreign troops in the country and we still had to go," a European diplomat in Ouagadougou said.

The Belgian [[e4|pullout]] was delayed by two days while aircraft were found. Officials in Brussels say the logistics of the first [[e3|departure]], by the Germans, had gone more smoothly.

What replaces the mission is unclear. Russian instructors are present in Ouagadougou, but they do not run medical or engineering courses, and the army's own schools lack teachers.

For Europe the lesson is blunt: training missions without political agreement on their purpose no longer survive a change of mood in the capital."""),
]),
# ---------------------------------------------------------------------------- c06
dict(story="c06", topic="unpaid wages at a shipyard: workers' march, talks at the economy ministry, state loan guarantee, the unions' strike deadline and the European Commission's deadline for a restructuring plan (Pula and Zagreb, Croatia)", events=[
    dict(e="e1", type="protest", date="2026-04-08", participants=["Arsenal shipyard workers"], location="Pula"),
    dict(e="e2", type="meeting", date="2026-04-14", participants=["Croatian Ministry of Economy", "Arsenal shipyard unions",
         "Arsenal shipyard management"], location="Zagreb"),
    dict(e="e3", type="support", date="2026-04-16", participants=["Government of Croatia", "Arsenal shipyard"], location="Zagreb"),
    dict(e="e4", type="deadline", date="2026-04-17", participants=["Arsenal shipyard unions"], location="Pula"),
    dict(e="e5", type="deadline", date="2026-04-30", participants=["European Commission", "Government of Croatia"],
         location="Brussels"),
], tricky=[("e4", "e5", "the unions' April 17 deadline for unpaid wages (threat of a strike) vs the European Commission's April 30 deadline for a restructuring plan, same shipyard, thirteen days apart, both 'deadline'")],
note="The shipyard's 2019 bankruptcy, the payment of the wages on Monday April 20, a May Day march planned by the "
     "unions, the two unfinished chemical tankers, job cuts in the restructuring plan and the sending of the plan "
     "are side / background events. Deadlines are dated to the day they expired.",
articles=[
dict(id="a1", source="Adriatic News Agency", published="2026-04-09",
     title="Croatian shipyard workers march for unpaid wages",
     text="""PULA, Croatia - About 2,000 shipyard workers and their families [[e1|marched]] through Pula on Wednesday, demanding their March wages from the loss-making Arsenal shipyard and a rescue plan from the government.

The [[e1|march]] went from the shipyard gate to the Forum, the city's Roman square, where union leaders read out a list of demands. Workers carried welding masks and banners reading "We build ships, not debts."

The unions gave management and the government until April 17 to pay the wages, a [[e4|deadline]] after which they say they will start an indefinite strike.

The economy ministry said the minister would [[e2|meet]] unions and management in Zagreb next Tuesday to discuss "all options, including state support".

The shipyard, which has two unfinished chemical tankers on its slipways, also faces a separate [[e5|deadline]]: the European Commission has given Croatia until April 30 to submit a restructuring plan, without which Brussels cannot approve any new state aid.

Arsenal employs about 2,300 people and is the largest private employer in Istria. It was rescued from bankruptcy in 2019 by a consortium of local investors, but has lost money in every year since.

"My father worked here, my grandfather worked here," said welder Marko Rakovac, 38. "If the yard closes, Pula becomes a city of hotels and nothing else."

The company's management did not comment."""),
dict(id="a2", source="Istria Herald", published="2026-04-17",
     title="State guarantee rescues Arsenal wages; strike threat lifted",
     text="""Arsenal shipyard workers will receive their March wages on Monday after the government yesterday approved a 38-million-euro state [[e3|guarantee]] for a bank loan to the yard, and the unions said they would not strike when their [[e4|ultimatum]] expires today.

The [[e3|guarantee]], approved at Thursday's cabinet session in Zagreb, covers a loan from a consortium of Croatian banks and will pay wages until the end of June and buy steel for one of the two tankers on the slipways.

It followed Tuesday's [[e2|talks]] at the economy ministry, where Economy Minister Davor Kralj told union leaders and the shipyard's management that the government would "not let Arsenal sink" but would not take it over either.

"We have our money. We do not yet have a future," said Sanja Ivancic, president of the metalworkers' union at the yard. She said the unions would hold a May Day march in Pula "to remind Zagreb".

The bigger test comes at the end of the month. The European Commission's April 30 [[e5|deadline]] for a restructuring plan is less than two weeks away, and without the plan Brussels can block any further state aid.

People who have seen drafts say the plan will cut about 600 jobs, close the old repair dock and move the yard towards smaller vessels such as ferries and fishing boats.

The shipyard's owners have not commented on job cuts."""),
dict(id="a3", source="Balkan Business Review", published="2026-05-04",
     title="Arsenal's restructuring plan buys time, not a future",
     text="""ANALYSIS - Croatia met the European Commission's [[e5|deadline]] with hours to spare: the restructuring plan for the Arsenal shipyard in Pula reached Brussels late on Thursday, April 30.

A month ago the yard looked finished. Wages were three weeks late, suppliers had stopped deliveries, and the [[e1|march]] of April 8 filled Pula's Roman Forum with angry welders.

The government's 38-million-euro loan [[e3|guarantee]], approved two days after the [[e2|meeting]] between the unions and the economy minister, bought time. The unions' [[e4|deadline]] of April 17 passed quietly once the wages were paid.

The plan itself is a compromise. It cuts 600 of 2,300 jobs over two years, closes the old repair dock and bets on ferries for Croatia's island lines, a market where domestic operators are renewing ageing fleets.

Brussels will now examine whether the [[e3|guarantee]] and any new aid are compatible with state-aid rules. Similar cases have taken more than a year.

The unions are divided. The metalworkers accept the cuts if they are voluntary; a smaller union of crane operators has said it will fight every dismissal. Their May Day march in Pula drew about 800 people, fewer than in April.

"The plan is survivable," said economist Ivo Bilic of the Zagreb School of Economics. "The question is whether anybody will order a ferry from a yard that nearly closed this spring.\""""),
]),
# ---------------------------------------------------------------------------- c07
dict(story="c07", topic="border standoff at Ras Doumeira: Eritrean troop move, Djibouti's letter to the UN Security Council, Djiboutian reinforcements, Eritrea's reply letter and Qatar-hosted talks (Ras Doumeira and Moulhoule, Djibouti - Eritrea; Doha)", events=[
    dict(e="e1", type="deployment", date="2026-07-06", participants=["Eritrean Defence Forces"], location="Ras Doumeira"),
    dict(e="e2", type="letter", date="2026-07-08", participants=["Djibouti", "UN Security Council"], location="New York"),
    dict(e="e3", type="deployment", date="2026-07-09", participants=["Djibouti Armed Forces"], location="Moulhoule"),
    dict(e="e4", type="letter", date="2026-07-13", participants=["Eritrea", "UN Security Council"], location="New York"),
    dict(e="e5", type="meeting", date="2026-07-20", participants=["Djibouti", "Eritrea", "Qatar"], location="Doha"),
], tricky=[("e2", "e4", "Djibouti's letter to the Security Council on Wednesday July 8 vs Eritrea's reply letter to the council on Monday July 13, same dispute, five days apart, both 'letter'"),
           ("e1", "e3", "Eritrean troops moving onto Ras Doumeira on Monday vs Djiboutian reinforcements sent to Moulhoule on Thursday, same border, three days apart, both 'deployment'")],
note="The 2008 border war, Qatar's 2010-2017 mediation and peacekeepers and their 2017 withdrawal, the African "
     "Union's call for restraint, the next round of talks and the return of prisoners of war in 2016 are side / "
     "background events. 'The letters' and 'both armies' moves' are aggregates and are not marked.",
articles=[
dict(id="a1", source="Horn of Africa News Agency", published="2026-07-09",
     title="Djibouti sends troops north after Eritrean move on disputed headland",
     text="""DJIBOUTI - Djibouti began [[e3|sending]] troops and armoured vehicles to its northern border with Eritrea on Thursday, three days after Eritrean soldiers [[e1|moved]] onto the disputed Ras Doumeira headland, the defence ministry said.

The ministry said about 300 Eritrean troops with heavy machine guns had dug in on the hill overlooking the Bab el-Mandeb strait. The Eritrean [[e1|deployment]], on Monday, was spotted by fishermen from Moulhoule, the nearest Djiboutian town.

In a [[e2|letter]] to the UN Security Council on Wednesday, Djibouti's ambassador asked the council to "act before the situation deteriorates" and to send a fact-finding mission to the border.

Defence officials would not say how many troops were involved, but said they would be stationed around Moulhoule and would not advance towards the Eritrean positions.

Eritrea's information ministry did not respond to requests for comment. Asmara has in the past denied occupying any Djiboutian land.

The two armies fought for three days at Ras Doumeira in June 2008. Qatar mediated a truce in 2010 and kept peacekeepers on the border until 2017, when it withdrew them during its own dispute with Gulf neighbours.

The African Union called on both countries to show restraint. Djibouti hosts military bases of the United States, France, China, Japan and Italy, and the strait carries a large share of the trade between Europe and Asia."""),
dict(id="a2", source="Red Sea Gazette", published="2026-07-14",
     title="Eritrea tells UN it never crossed the border",
     text="""Eritrea has told the UN Security Council that its soldiers never crossed into Djiboutian territory, in a [[e4|letter]] circulated in New York on Monday that called Djibouti's complaint "a fabrication designed to attract foreign money".

The Eritrean [[e4|reply]] came five days after Djibouti's own [[e2|letter]] to the council, which asked for a fact-finding mission to Ras Doumeira. Council members have not yet discussed either document.

Residents of Moulhoule say Djiboutian army trucks have been [[e3|arriving]] since last Thursday, and that soldiers have set up positions on the road to the headland. The army's [[e3|deployment]] has emptied the town's market; many families have sent children to relatives in Obock.

"We saw the Eritreans [[e1|come]] a week ago, at night, with their lights off," said Houmed Ali, a fisherman. "Now we see our own soldiers. Nobody goes to sea."

Qatar, which mediated between the two countries from 2010 to 2017, has invited both foreign ministers to [[e5|talks]] in Doha next Monday, a Qatari diplomat said. Djibouti has accepted. Eritrea has not replied publicly but sent a delegation to Doha on Sunday to prepare, according to a diplomat in the region.

Djibouti's foreign minister, Ibrahim Waberi, said his country wanted "a return to the positions of before July 6, nothing more and nothing less"."""),
dict(id="a3", source="Gulf and Horn Analysis", published="2026-07-22",
     title="Doha talks keep the Djibouti-Eritrea standoff cold",
     text="""ANALYSIS - Monday's [[e5|talks]] in Doha ended without an agreement, but also without anybody walking out, which in the history of Djibouti and Eritrea counts as progress. The two foreign ministers sat at the same table for six hours and agreed to meet again in September.

The crisis began on July 6, when Eritrean troops [[e1|advanced]] onto the Ras Doumeira headland. Djibouti answered with a [[e2|letter]] to the Security Council and a [[e3|deployment]] of its own around Moulhoule; Eritrea's [[e4|reply]] to the council, calling the complaint a fabrication, followed a week after its troops [[e1|moved]].

Qatar's role is awkward. Its peacekeepers left the border in 2017 without warning, and Djibouti blamed Doha for the vacuum that followed. Qatari officials now offer to return as monitors, but only if both sides agree.

The Security Council has avoided the matter. Several members see the letters as an invitation to take sides in a quarrel that neither party wants to escalate.

The stakes are higher than the barren hill suggests. The Bab el-Mandeb strait below it is one of the world's busiest shipping lanes, and Djibouti's ports handle almost all of Ethiopia's foreign trade.

For now both armies' moves look defensive. The danger, as in 2008, is an incident between patrols that neither capital ordered."""),
]),
# ---------------------------------------------------------------------------- c08
dict(story="c08", topic="shortage of HIV drugs: health ministry's warning, patients' march, Global Fund emergency grant and South Africa's donation of antiretrovirals (Mbabane, Eswatini)", events=[
    dict(e="e1", type="statement", date="2026-08-03", participants=["Eswatini Ministry of Health"], location="Mbabane"),
    dict(e="e2", type="protest", date="2026-08-06", participants=["Eswatini Network of People Living with HIV"],
         location="Mbabane"),
    dict(e="e3", type="support", date="2026-08-10", participants=["Global Fund", "Government of Eswatini"], location=None),
    dict(e="e4", type="support", date="2026-08-12", participants=["South Africa", "Government of Eswatini"],
         location="Ngwenya"),
], tricky=[("e3", "e4", "the Global Fund's emergency grant approved on Monday vs South Africa's donation of antiretrovirals delivered on Wednesday, same shortage, two days apart, both 'support' (grant / donation)")],
note="The delayed drug tender, the 2025 U.S. funding cuts, the ministry's appeals for help, the rationing to one-month "
     "supplies, the petition handed over at the march, a clinic nurses' complaint and the planned regional tender are "
     "side / background events. 'The two lifelines' covers two gold events and is not marked.",
articles=[
dict(id="a1", source="Southern Africa Health Wire", published="2026-08-04",
     title="Eswatini warns HIV drug stocks will run out within weeks",
     text="""MBABANE - Eswatini's health ministry has [[e1|warned]] that the country's stocks of antiretroviral drugs will run out within six weeks, and ordered clinics to give patients one month's supply instead of three.

In the [[e1|statement]], issued on Monday, the ministry said a delayed tender and a fall in donor funding had left the central medical stores with enough first-line tablets for about 40 days. It said no patient would be turned away, but that people should expect to visit clinics more often.

About one in four adults in Eswatini lives with HIV, the highest rate in the world, and some 230,000 people take antiretroviral treatment every day.

The ministry said it had appealed to the Global Fund to Fight AIDS, Tuberculosis and Malaria and to neighbouring South Africa for emergency help.

Patient groups said they would [[e2|march]] on the ministry in Mbabane on Thursday. "Monthly visits mean bus fares that many of our members cannot pay," said Thandeka Dlamini of the Eswatini Network of People Living with HIV. "People will miss doses, and the virus will come back stronger."

Health workers say the shortage follows cuts in U.S. funding last year, which closed mobile clinics and ended support for drug deliveries to rural areas.

Eswatini has been praised for bringing new HIV infections down by more than half over the past decade."""),
dict(id="a2", source="Mbabane Herald", published="2026-08-07",
     title="Hundreds march on health ministry over ARV shortage",
     text="""Hundreds of people living with HIV [[e2|marched]] to the Ministry of Health in Mbabane yesterday, carrying empty pill bottles and placards reading "Our lives are not a tender", three days after the ministry [[e1|admitted]] that stocks of antiretroviral drugs were running low.

The [[e2|march]], organised by the Eswatini Network of People Living with HIV, started at the bus rank and ended with a petition handed to the ministry's principal secretary, Dr Sibusiso Mamba.

Dr Mamba told the crowd that the Global Fund was expected to [[e3|approve]] emergency funding early next week, and that South Africa's health department was preparing a [[e4|donation]] of tablets to cover the gap until the new tender is delivered.

Marchers were not reassured. "We heard promises before," said Nomsa Shongwe, 34, who has taken ARVs for eleven years. "I want to see the boxes in the clinic."

Nurses at the Mbabane Government Hospital said some patients had already been given only two weeks' supply this week.

Police escorted the [[e2|march]] and no incidents were reported.

The ministry's [[e1|warning]] on Monday followed weeks of rumours in clinics, where nurses said they had been told to keep stock counts secret. The ministry denies this.

The network said it would hold further protests if patients were sent home without drugs."""),
dict(id="a3", source="Global Health Dispatch", published="2026-08-14",
     title="Eswatini's ARV scare shows the fragility of HIV programmes after aid cuts",
     text="""ANALYSIS - Eswatini's antiretroviral shortage has eased, for now. A 9-million-dollar emergency [[e3|grant]] from the Global Fund, approved on Monday, will pay for six months of first-line tablets, and South Africa [[e4|delivered]] three months' supply on Wednesday, trucked across the Ngwenya border post.

The two lifelines came within ten days of the health ministry's [[e1|warning]] that stocks would run out by mid-September, and less than a week after the [[e2|protest]] by patients outside the ministry in Mbabane.

South Africa's [[e4|donation]], worth about 4 million dollars, is unusual. Pretoria rarely gives medicines to neighbours, but officials say an outbreak of drug-resistant HIV across the border would soon become South Africa's problem too.

The underlying problem remains. Eswatini relied on the United States for about a third of its HIV budget until last year's cuts, and the government has not made up the difference. The Global Fund [[e3|money]] is a one-off.

"An emergency grant is a bridge, and you need land on the other side," said Dr Lindiwe Nkosi, a public-health researcher in Johannesburg.

The ministry says it will join a regional tender with Lesotho and Namibia next year to bring prices down. Until then, clinics will continue to hand out one month's supply at a time, and patient groups say they will keep counting."""),
]),
# ---------------------------------------------------------------------------- c09
dict(story="c09", topic="lobster-fishery dispute: a crowd ransacks a Mi'kmaw fishers' lobster pound, arson of a second pound, federal minister's statement, RCMP arrests and a chief's meeting with the minister (Saulnierville, Middle West Pubnico and Halifax, Nova Scotia, Canada)", events=[
    dict(e="e1", type="attack", date="2026-10-13", participants=["commercial fishermen", "Tuma'q First Nation fishers"],
         location="Saulnierville"),
    dict(e="e2", type="statement", date="2026-10-14", participants=["federal fisheries minister"], location="Ottawa"),
    dict(e="e3", type="attack", date="2026-10-17", participants=["Tuma'q First Nation fishers"], location="Middle West Pubnico"),
    dict(e="e4", type="arrest", date="2026-10-20", participants=["Royal Canadian Mounted Police (RCMP)", "two Yarmouth County men"],
         location="Yarmouth County"),
    dict(e="e5", type="meeting", date="2026-10-22", participants=["Chief Darlene Paul", "federal fisheries minister"],
         location="Halifax"),
], tricky=[("e1", "e3", "a crowd ransacking a lobster pound in Saulnierville on Tuesday night vs arson destroying a second pound in Middle West Pubnico early on Saturday, same dispute, four days apart, both 'attack'")],
note="The 1999 Marshall ruling, the 2020 clashes, the seizure of traps by fisheries officers, the RCMP reinforcements, "
     "the chief's statement, the planned working group and a boat-cutting incident at Meteghan wharf are side / "
     "background events. In 'No one has yet been charged over the Saulnierville raid' the negated charge is not "
     "marked (the raid is).",
articles=[
dict(id="a1", source="Maritime Press Agency", published="2026-10-14",
     title="Crowd ransacks Mi'kmaw lobster pound in Nova Scotia",
     text="""SAULNIERVILLE, Nova Scotia - A crowd of about 150 people [[e1|stormed]] a lobster pound in Saulnierville late on Tuesday, hauling out crates of lobster caught by Mi'kmaw fishers and dumping them on the ground, the RCMP said.

The [[e1|raid]] came two weeks into a self-regulated fishery run by the Tuma'q First Nation outside the federal commercial season, which opens in late November. Commercial fishermen say the Indigenous catch threatens stocks; the First Nation says it is exercising a treaty right confirmed by the Supreme Court in 1999.

Two Mi'kmaw fishers who were inside the building barricaded themselves in an office until police arrived, Chief Darlene Paul said.

"The police stood at the gate and watched," she said. "We called them for an hour."

The federal fisheries minister said in a [[e2|statement]] on Wednesday that "violence and intimidation have no place in Canada" and called on both sides to let the courts and negotiators settle the dispute. The [[e2|statement]] did not say whether fisheries officers would keep seizing traps set outside the season.

The RCMP said it was sending extra officers to the area and was reviewing video footage of the crowd.

Similar clashes in 2020 led to months of tension along St. Marys Bay, and to a federal inquiry into the policing of the dispute."""),
dict(id="a2", source="South Shore Chronicle", published="2026-10-19",
     title="Second lobster pound destroyed in suspected arson",
     text="""RCMP are treating as [[e3|arson]] a fire that destroyed a lobster pound in Middle West Pubnico early on Saturday, four days after a crowd [[e1|ransacked]] another pound used by Mi'kmaw fishers in Saulnierville.

No one was hurt in the [[e3|blaze]], which firefighters from three villages fought for five hours. The pound's owner, who had been buying lobster from fishers of the Tuma'q First Nation, said about 15,000 pounds of catch were lost.

Police said two men seen leaving the wharf in a pickup truck shortly before 3 a.m. were being sought and that [[e4|arrests]] were expected "in the coming days".

Chief Darlene Paul said the [[e3|fire]] proved that the federal government had failed to protect her community. "This is what happens when nobody is held responsible," she said.

The minister, who in a [[e2|statement]] last Wednesday called for calm, will [[e5|meet]] Chief Paul in Halifax on Thursday, her office confirmed.

Commercial fishermen's associations condemned the [[e3|fire]] but repeated their demand that fisheries officers enforce the season. "We do not burn buildings. We want the law applied," said Claude Doucet, a captain from Meteghan.

Dozens of lobster traps belonging to Mi'kmaw fishers were also cut loose near Meteghan wharf on Friday night, fishers said. The RCMP said it had received no complaint about the traps."""),
dict(id="a3", source="Atlantic Policy Review", published="2026-10-24",
     title="After the pound fires, Ottawa finally talks lobster",
     text="""ANALYSIS - Thursday's [[e5|meeting]] in Halifax between Chief Darlene Paul of the Tuma'q First Nation and the federal fisheries minister produced no agreement, but it did produce a promise: a working group to define a "moderate livelihood" fishery by the end of January.

The [[e5|talks]] came after the worst week on St. Marys Bay since 2020. On October 13 a crowd [[e1|ransacked]] a lobster pound in Saulnierville; four days later a second pound, in Middle West Pubnico, was [[e3|burned]] to the ground.

RCMP [[e4|arrested]] two men from Yarmouth County on Tuesday and charged them with arson over the [[e3|fire]] at the Pubnico pound a week ago. No one has yet been charged over the Saulnierville [[e1|raid]], although police say they have identified several people in video footage.

The underlying question is legal. In 1999 the Supreme Court recognised the Mi'kmaq's treaty right to fish for a moderate livelihood, but it never defined the term, and successive governments have avoided doing so.

Commercial fishermen fear an unregulated fishery; Mi'kmaw leaders fear a definition written without them. The minister's early [[e2|statement]], which condemned violence but said nothing about the fishery itself, satisfied neither side.

Police say the two men [[e4|detained]] on Tuesday are not members of any fishermen's association. The associations have offered a reward for information about the Saulnierville crowd."""),
]),
# ---------------------------------------------------------------------------- c10
dict(story="c10", topic="collapse of a cryptocurrency exchange: withdrawal-freeze statement, customers' rally at Speakers' Corner, a co-founder's arrest at Changi, the central bank's licence revocation and the other co-founder's arrest in Bali (Singapore - Bali, Indonesia)", events=[
    dict(e="e1", type="statement", date="2026-11-02", participants=["Kestrel Digital"], location="Singapore"),
    dict(e="e2", type="protest", date="2026-11-07", participants=["Kestrel Digital customers"], location="Hong Lim Park"),
    dict(e="e3", type="arrest", date="2026-11-10", participants=["Commercial Affairs Department", "Marcus Teo"],
         location="Changi Airport"),
    dict(e="e4", type="sanction", date="2026-11-12", participants=["Monetary Authority of Singapore", "Kestrel Digital",
         "Marcus Teo", "Daniel Lim"], location="Singapore"),
    dict(e="e5", type="arrest", date="2026-11-14", participants=["Indonesian National Police", "Daniel Lim"], location="Bali"),
], tricky=[("e3", "e5", "co-founder Marcus Teo arrested at Changi Airport on Tuesday vs co-founder Daniel Lim detained by Indonesian police in Bali on Saturday, same exchange collapse, four days apart, both 'arrest'")],
note="The partner firm's 'liquidity event', the fall of Kestrel's token, the Interpol red notice, Lim's handover to "
     "Singapore, the creditors' court application, the 2022 collapses of other crypto firms and MAS's earlier "
     "contacts with the company are side / background events. 'Arrests do not pay anybody back' is generic and "
     "covers both arrests; it is not marked.",
articles=[
dict(id="a1", source="Asia Markets Wire", published="2026-11-03",
     title="Singapore crypto exchange Kestrel freezes withdrawals",
     text="""SINGAPORE - Singapore-based cryptocurrency exchange Kestrel Digital has frozen all customer withdrawals, saying in a [[e1|statement]] late on Monday that it had lost access to about 480 million U.S. dollars in digital assets held by a trading partner.

The [[e1|announcement]] sent the exchange's own token down by 70 percent within hours, and customers in Singapore, Malaysia and the Philippines reported that the Kestrel app would no longer let them log in.

Kestrel, founded in 2019 by Marcus Teo and Daniel Lim Wei Jie, says it has about 350,000 users in Asia. It holds a licence from the Monetary Authority of Singapore (MAS) as a major payment institution.

MAS said on Tuesday it was "in close contact with the company" and urged customers to be wary of anyone offering to recover their funds for a fee.

Customers have formed a group on a messaging app with more than 20,000 members, and some of them said they would hold a [[e2|rally]] at Hong Lim Park, the city's designated protest site, on Saturday.

"I put my children's university money there because it had a Singapore licence," said a 46-year-old engineer who asked not to be named. "That was the whole point."

Singapore was hit hard by the 2022 collapses of several crypto lenders and funds based in the city, and MAS has since tightened its rules for retail investors."""),
dict(id="a2", source="Straits Evening Post", published="2026-11-11",
     title="Kestrel co-founder arrested at Changi as he tried to fly out",
     text="""Police [[e3|arrested]] Kestrel Digital co-founder Marcus Teo at Changi Airport on Tuesday as he was about to board a flight to Dubai, the Commercial Affairs Department said.

Teo, 41, is being investigated for cheating and criminal breach of trust. His [[e3|arrest]] came three days after about 800 customers of the failed crypto exchange [[e2|rallied]] at Hong Lim Park, demanding that the authorities stop the founders from leaving Singapore.

The other co-founder, Daniel Lim Wei Jie, 38, is believed to be in Indonesia. Police have asked Interpol to issue a red notice.

The Monetary Authority of Singapore said yesterday it would [[e4|revoke]] Kestrel's licence this week and ban both founders from the financial industry.

Kestrel froze withdrawals on November 2. In its [[e1|statement]] that day it blamed a trading partner for the loss of about 480 million U.S. dollars, but documents filed in the High Court by a group of creditors suggest that much of the money was lent to companies controlled by the founders.

"They told us Kestrel was regulated," said Ng Poh Lin, 63, a retired teacher who spoke at Saturday's [[e2|protest]] and lost her savings of 90,000 dollars. "Regulated means somebody checks."

Teo's lawyer said his client had been travelling to meet investors and "has nothing to hide"."""),
dict(id="a3", source="Fintech Asia Review", published="2026-11-16",
     title="Kestrel's fall: two weeks, two arrests and a licence gone",
     text="""ANALYSIS - In two weeks Kestrel Digital went from one of Singapore's best-known crypto brands to a criminal case. Its second co-founder, Daniel Lim, was [[e5|detained]] by Indonesian police at a rented villa in Canggu, Bali, on Saturday and is expected to be handed over to Singapore this week.

His [[e5|capture]] followed the [[e3|arrest]] of Marcus Teo at Changi Airport last Tuesday. Both men face charges of cheating and criminal breach of trust.

On Thursday the Monetary Authority of Singapore [[e4|revoked]] Kestrel's payment licence and barred both founders from working in the financial industry for ten years. The [[e4|penalties]] are the heaviest MAS has imposed on a crypto firm.

The speed is new. After the crypto collapses of 2022, regulators were criticised for moving slowly. This time the [[e2|rally]] at Hong Lim Park on November 7, where hundreds of customers demanded action, seems to have focused minds.

The hard part is the money. Kestrel's November 2 [[e1|statement]] spoke of a trading partner's losses; creditors now believe much of the 480 million dollars was lent to the founders' own companies in Dubai and the British Virgin Islands.

"Arrests do not pay anybody back," said Karen Ho, a restructuring lawyer who represents about 600 customers. "What matters is whether liquidators can follow the money offshore."

The High Court will hear the creditors' application to wind up the company next month."""),
dict(id="a4", source="Jakarta Daily Courier", published="2026-11-15",
     title="Police in Bali detain fugitive Singapore crypto boss",
     text="""DENPASAR, Indonesia - Indonesian police [[e5|arrested]] a Singaporean co-founder of the failed cryptocurrency exchange Kestrel Digital at a villa in Canggu, Bali, on Saturday, acting on an Interpol red notice, a police spokesman said.

Daniel Lim Wei Jie, 38, had been staying at the villa for about ten days under a different name, said Commissioner Made Suarta of the Bali regional police. He did not resist [[e5|arrest]] and is being held in Denpasar pending transfer to Jakarta.

Singapore police [[e3|arrested]] the other co-founder, Marcus Teo, at Changi Airport on Tuesday, as he prepared to board a flight to Dubai. Singapore's central bank [[e4|cancelled]] the exchange's licence on Thursday and banned both men from the finance industry.

Indonesia and Singapore signed an extradition treaty in 2022, and officials said Lim could be handed over within days.

Kestrel had thousands of customers in Indonesia, who bought its token through local agents. Several dozen of them gathered outside the police headquarters in Denpasar on Saturday afternoon after news of the [[e5|arrest]] spread.

"He drank coffee in Canggu while we lost everything," said Ketut Ardana, a tour guide who said he had put 200 million rupiah into the exchange.

The exchange froze withdrawals on November 2, blaming a trading partner for losses of about 480 million U.S. dollars."""),
]),
]
