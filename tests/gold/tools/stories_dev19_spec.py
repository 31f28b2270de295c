"""Source of ../stories_dev19/articles.jsonl and ../stories_dev19/gold.jsonl.

NINETEENTH DEVELOPMENT story set (stories_dev19) for the cross-article deduplication benchmark.
It was written for DEVELOPMENT by a helper that did not read the system or run it: no timeline
extractor, `timeline` command, dedup benchmark or pytest was run on these texts, and none of the
system's code, extraction or clustering rules or word lists was read.  Only the format of the
earlier sets was consulted (build_stories.py, validate.py's check_stories, the docstring and first
two stories of stories_dev16_spec, the list of topics in tests/gold/README.md, DATASETS.md section
2).  The system's errors on it may later be read and used for tuning: it is not a blind set.

10 stories (i01..i10), each with 5 gold events and exactly one tricky pair, told by 4 articles
(40 in all, 221-250 words) from invented outlets, published on different days over one to three
weeks in 2026.  Five stories are economics, trade, labour and legal disputes (Niger's
nationalisation of a uranium mine near Arlit and the arrests of its operator's staff; a land-port
trade war between India and Bangladesh; a Greek ferry strike and pay talks before Easter; an
environmental fine, two payment deadlines and a settlement between Kazakhstan and an oil
consortium; Bolivia's diesel shortage with truckers' blockades, an emergency decree and loans from
CAF and Brazil) and five are security and crises (jihadist attacks in northern Benin; an ambush on
an Assam Rifles convoy in Manipur and the arrests after it; clan violence in Enga, Papua New
Guinea, with PNG soldiers and Australian police sent in; power-cut protests and arrests in
Madagascar; bombings, gendarme reinforcements, arrests and a march in Corsica).  Each story has a
short breaking item, one or two follow-ups with background and quotes, and an analysis or
retrospective written days or weeks later that retells the earlier events with dates or relative
dates.

All articles are fiction written for this data set (invented outlets, people, companies, an
armed group and events; real places and institutions).  Event mentions are marked inline as
[[eN|trigger]]; build_stories.py strips the markers, computes character offsets and writes the
JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev19_spec \\
        --out tests/gold/stories_dev19

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included: Orvane "would write" and "will serve a formal
notice", Togo "has offered to host talks", the clearing agents "would block" the road, the
commerce secretary "will meet" his counterpart, union leaders "are due to meet" the minister, "new
talks on Tuesday", a consortium "letter to the government this week", the minister "was ready to
meet" on May 26, the CAF board "is due to consider" a loan, Brazil "is expected to approve a credit
line", the ministry "would send" reinforcements, police companies "would reach" Imphal, Australia
"would send" officers, the governor "would call" the clans to talks, a "new demonstration on
Tuesday", the president "would address" the nation and "was expected to announce", the AfDB "is
expected to approve" a grant, the government "would send" gendarmes who "would arrive" that
weekend, a march "on Saturday"), and background / side events are deliberately left unmarked,
even when they have the same type as a gold event: the 2023 coup in Niger, permits revoked from
other miners, Orvane's first reaction, the gendarmerie's confirmation, the government spokesman's
radio interview, the second Lomé session pencilled in for July and the Malian and Burkinabe mining
codes; India's 2025 curbs on Bangladeshi garments, the exporters' request to New Delhi, Dhaka's
statement of regret, the police promise to the protesters, the joint monitoring committee and the
December review; the 2023 ferry strike, the cargo-ship exemption, SEEN's statement, the Holy Week
strike that was called off and the 2028 contract; the Atyrau court ruling and its appeal, the 2024
inspections, the ecology ministry's request to freeze accounts and the threatened quota cut; the
dollar shortage, YPFB's rationing, the talks at the vice-presidency that led to the truckers'
deal, the Santa Cruz farmers' warning and the coming fuel pricing law; the January 2025 attack in
Park W, Operation Mirador, the JNIM claim, the president's hospital visit, the release of four
suspects and the cleared militant camps; the 2015 Chandel ambush, the ethnic violence since 2023,
the chief minister's statement, the search operations, the NIA taking over the case, the remand
and bail of the Chandel men and the lifting of the blockade; the 2024 Akom massacre, the
killing of a clan leader, the NEC meeting, the curfew and liquor ban, the truce, guns and
compensation agreed at the talks and the next round planned for October; last year's unrest in
Madagascar, the government's statement on the right to protest, the court's release of nineteen
students, the national strike that was called and did not happen and the World Bank's possible
support; the FLNC's laying down of arms in 2014, the 1990s attacks on second homes, the "IFF"
graffiti, the interior minister's condemnation and visit, the autonomy talks, the charges against
three suspects and the release of the fourth, the clashes at the end of the Ajaccio march and the
Corsican assembly's debate.  Aggregate mentions covering two or more gold events ("The arrests
were leverage", "the three detained employees", "the second time in less than a week", "the new
import curbs", "the two bans", "the land-port war", "Both deadlines were real", "the foreign
money", "borrowing from its friends", "two attacks in the country's north this month", "both
attacks", "the deadliest fortnight", "the security build-up", "two bombings this month", "either
explosion", "planted the devices at Palombaggia on January 10 and in Ajaccio five days later",
"anger about the bombs") and negated, generic or hypothetical mentions ("ended without agreement",
"left without a deal", "if no agreement is reached", "Even if they agree next week", "a second
blockade", "a second, longer strike", "A strike at Easter would be a disaster", "There is room for
a deal", "no new attack has occurred", "no new killings have been reported", "Now they must sit
down", "mass arrests could push young men towards the militants", "If you arrest a whole
village", "Arresting the planner is worth more than arresting a hundred villagers", the cycle
"attack, arrests, anger, reinforcements", the Sahel pattern "seizure, arrests, then talks", the
Kazakh pattern "a very large fine, a very hard deadline", "a protest about power cuts", "Next time
someone will die", "Sending more uniforms has never solved a political problem") are not marked;
nor are appositives or predicate nominals that re-describe an event in the same sentence ("a
move officials said would protect", "in what prosecutors called a coordinated attack", "in the
first big protest outside the capital").  Verbal expressions of a deadline without a deadline
noun ("has until Friday to pay", "gave the consortium until May 29", "by midnight tonight") and
pronouns ("another", "It", "this") are not marked.  Titles are not annotated.  One event, i02-e5
(the Dhaka trade agreement), is mentioned in one article only, three times.

The articles of a story are published on different days, so the same weekday name can point to
different dates: "on Saturday" in one Corsican article is both the gendarmes' past landing
(January 17) and the coming march (January 24); "on Friday" in one Madagascar article is both the
past arrests at Ankatso (November 6) and the expected AfDB approval (November 13); "on Thursday"
is the failed ferry talks and "Holy Thursday" the threatened strike date in one Greek article;
"last Monday" (the Bangladeshi ban) and "next Monday" (the secretaries' meeting) stand side by
side in one Bongaon article; "on Tuesday" is the Niger decree in one article and the arrest at
Niamey airport in another.  Some dates are given only relatively: "two days after", "two days
later", "three days after", "three days later", "four days after", "five days after", "five days
later", "six days after that", "a day after", "a day before", "the next day", "the next morning",
"the following Tuesday", "the following Tuesday afternoon", "that Friday", "that weekend", "this
weekend", "over the weekend", "By the weekend", "a few days later", "in between", "within days",
"ten days ago", "three weeks ago", "At the end of March", "earlier this month", "this week", "last
week", "last week's", "last weekend's", "last Thursday", "last Friday", "last Monday", "since last
Tuesday", "next week", "next Monday", "next Wednesday", "midnight tonight", "Sunday's",
"Tuesday's", "Wednesday's", "Thursday's".  Every weekday name was checked against the 2026
calendar relative to its article's publication date.

Type conventions used here (the type list has no better fit):
  * Niger's nationalisation decree (i01-e1), Bolivia's energy-emergency decree (i05-e2), the Benin
    government's statement announcing national mourning (i06-e2), the PNG state of emergency
    (i08-e2) and the Malagasy president's televised address (i09-e3) are `statement` events; the
    content of the statement (the mourning, the curfew, the sacking of the JIRAMA board) is not
    marked separately;
  * Orvane's notice of dispute and the consortium's letter to the prime minister's office are
    `letter` events;
  * the gendarmes' detention of two Orvane managers at the Tassa mine and the police detention of
    its finance director at Niamey airport five days later (a tricky pair), the Manipur police
    arrests in Chandel and the NIA arrest in Guwahati six days later (a tricky pair), the Benin
    army's arrests near Malanville, the arrests of students at Ankatso and the SDAT arrests in
    Corsica are `arrest` events;
  * Bangladesh's ban on Indian goods through land ports and India's retaliatory curbs three days
    later (a tricky pair) are `sanction` events;
  * the clearing agents' road blockade at Petrapole, the Greek seamen's 48-hour strike, the
    Bolivian truckers' highway blockades, the Chandel highway blockade, the march in Antananarivo
    and the demonstration in Toamasina five days later (a tricky pair) and the Ajaccio march are
    `protest` events, each dated to its first day;
  * the talks in Lomé, the commerce secretaries' meeting in Dhaka (dated to its first day), the
    failed ferry talks with the minister and the second, all-night round five days later (a tricky
    pair), the Astana talks (dated to their first day) and the clan peace talks in Wabag are
    `meeting` events; the agreements signed after them are separate `agreement` events;
  * the Greek union's ultimatum and the Atyrau court's payment deadline and the energy ministry's
    second deadline two weeks later (a tricky pair) are `deadline` events dated to their expiry;
  * the CAF loan and the Brazilian credit line six days later (a tricky pair) and the African
    Development Bank grant are `support` events;
  * the assault on the Point Triple army post and the raid on the Karimama police station three
    days later (a tricky pair), the Tengnoupal ambush, the Enga raid and the bombing of the
    Palombaggia villas and of the Ajaccio estate agency five days later (a tricky pair) are
    `attack` events; the deaths in them are part of the attack and are not marked separately
    (where "the killings" or "the massacre" names the raid itself, it is marked as the attack);
  * army reinforcements sent to Kandi, central police companies sent to Imphal, PNG soldiers sent
    to Wapenamanda and Australian police sent to Wabag six days later (a tricky pair) and mobile
    gendarmes sent to Corsica are `deployment` events dated to their arrival;
  * the nationalisation as a transfer of property, releases of detainees, court rulings and
    remands, the lifting of blockades and the end of the strike have no type in the list (or are
    side events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- i01
dict(story="i01", topic="Niger nationalises the Tassa uranium mine near Arlit: the decree, two rounds of arrests of Orvane Mining staff (at the mine and at Niamey airport), the company's notice of dispute and talks in Lomé (Niger; Orvane Mining)", events=[
    dict(e="e1", type="statement", date="2026-06-02", participants=["Niger", "Orvane Mining"], location="Niamey"),
    dict(e="e2", type="arrest", date="2026-06-04", participants=["Niger Gendarmerie", "Orvane Mining"], location="Arlit"),
    dict(e="e3", type="letter", date="2026-06-08", participants=["Orvane Mining", "Niger"], location=None),
    dict(e="e4", type="arrest", date="2026-06-09", participants=["Niger Police", "Orvane Mining"], location="Niamey"),
    dict(e="e5", type="meeting", date="2026-06-18", participants=["Niger", "Orvane Mining", "Togo"], location="Lomé"),
], tricky=[("e2", "e4", "gendarmes detaining two Orvane managers at the Tassa mine on Thursday June 4 vs police detaining the company's finance director at Niamey airport five days later, same company, same dispute")],
note="The 2023 coup, the permits revoked from other Western miners, the suspension of ore exports through Benin, "
     "Orvane's first reaction ('studying the situation'), the gendarmerie officer's confirmation, the ministry's promise "
     "to respond, the government spokesman's radio interview, the arbitration claim that may follow and the Malian "
     "and Burkinabe mining codes are side / background events. 'the three detained employees', 'The arrests were "
     "leverage' and 'the second time in less than a week' cover both arrests and are not marked; the regional "
     "pattern 'seizure, arrests, then talks' is generic.",
articles=[
dict(id="a1", source="Sahel Wire Service", published="2026-06-03",
     title="Niger takes over Tassa uranium mine from Orvane",
     text="""NIAMEY - Niger's military government said on Tuesday it was [[e1|nationalising]] the Tassa uranium mine near Arlit, taking control of the country's newest uranium operation from its Canadian-French operator, Orvane Mining.

In a [[e1|decree]] read on state television late on Tuesday, the ruling council said the mine's assets, stockpiles and permits would pass to a new state company, the Société Nigérienne de l'Uranium de l'Aïr. It accused Orvane of under-declaring its output and of owing more than 80 billion CFA francs, about 140 million dollars, in taxes and royalties.

"The uranium of Niger belongs to the people of Niger," Mines Minister Col. Issoufou Garba said in the broadcast. "Those who came to take it without paying will not dictate terms to us."

Orvane, which is listed in Toronto and runs its African business from Paris, said it was "studying the situation" and rejected the tax claims. A spokeswoman, Claire Dumesnil, said the company would [[e3|write]] formally to the authorities within days to protect its rights.

The Tassa open pit, about 15 kilometres south-west of Arlit, began production in 2023 and shipped around 1,100 tonnes of uranium concentrate last year, most of it overland to the port of Cotonou.

Niger's military rulers, who seized power in July 2023, have already revoked permits held by several Western mining companies and suspended exports of ore by road through neighbouring Benin. Orvane had said as recently as March that its operations were running normally and that relations with the authorities were "constructive"."""),
dict(id="a2", source="Resource Africa Daily", published="2026-06-06",
     title="Two Orvane managers held at nationalised Niger mine",
     text="""Two managers of Orvane Mining have been [[e2|detained]] by gendarmes at the Tassa uranium mine in northern Niger, the company and a local official said, two days after the military government [[e1|seized]] the site.

The men, a French operations director and a Nigerien head of security, were [[e2|taken]] from the mine's administrative block on Thursday morning and flown to Niamey, according to a statement Orvane issued in Paris on Friday. It said they had been questioned about "alleged financial irregularities" and that neither had been charged or allowed to see a lawyer.

A gendarmerie officer in Agadez, who asked not to be named, confirmed the [[e2|arrests]] and said the investigation concerned export declarations going back three years.

"Our colleagues are engineers, not criminals," Orvane's chief executive, Marc-Antoine Leclerc, said. He called Tuesday's [[e1|takeover]] "a confiscation without a cent of compensation".

The company will serve a formal [[e3|notice]] of dispute on the government on Monday, a person familiar with the plan said. Under the mining agreement signed in 2021, such a notice opens a six-month window for negotiation, after which Orvane could file a claim with the World Bank's arbitration body, ICSID.

At Tassa, production has stopped. About 600 Nigerien employees were told to stay at home on full pay until the new state company takes over, a union representative in Arlit said.

Several Western miners have lost permits in Niger since the 2023 coup, and the authorities have increasingly turned to Russian and Turkish partners."""),
dict(id="a3", source="Niamey Tribune", published="2026-06-10",
     title="Orvane finance chief stopped at Niamey airport",
     text="""NIAMEY - Police [[e4|detained]] Orvane Mining's finance director for Niger at Diori Hamani International Airport on Tuesday as she was about to board a flight to Paris, the company said. It was the second time in less than a week that the authorities had held one of its staff.

The official, a Nigerien national named by colleagues as Aïchatou Maïga, was taken to the headquarters of the judicial police, where she was still being questioned on Wednesday. Her lawyer said investigators were asking about transfers from the company's local bank accounts.

Two other managers [[e2|arrested]] at the Tassa mine near Arlit last Thursday remain in custody in the capital.

Ms Maïga's [[e4|arrest]] came a day after Orvane sent the mines ministry a [[e3|letter]] formally notifying it of a dispute over last week's [[e1|nationalisation]]. The company says the government owes it compensation for a mine it valued at 900 million dollars in its last annual report.

Government spokesman Col. Abdourahamane Sani said in a radio interview that "the law applies to everyone, foreign or Nigerien". The ministry confirmed it had received the [[e3|notice]] and said it would respond "in due course".

There may be a way out. Togo has offered to host [[e5|talks]] between the two sides in Lomé next week, two diplomats in Niamey said, and Orvane's chief executive has told the Togolese side he is ready to travel. Togo has acted as a go-between for Niger's rulers in several disputes with Western governments since 2023."""),
dict(id="a4", source="Continental Resources Monitor", published="2026-06-24",
     title="Niger, Orvane and the new rules of Sahel mining",
     text="""ANALYSIS - In the space of three weeks, Niger has shown foreign miners what "resource sovereignty" means in practice.

It began with the [[e1|decree]] of June 2, which handed the Tassa uranium mine to a new state company. Two days later, gendarmes [[e2|detained]] two Orvane Mining managers at the site near Arlit. The following Tuesday, police [[e4|stopped]] the company's local finance director at Niamey airport. In between, Orvane [[e3|served notice]] of an investment dispute, the first formal step towards international arbitration.

Then both sides blinked. Niger's mines minister and Orvane's chief executive [[e5|sat down]] together in Lomé last Thursday, at Togo's invitation. According to two people briefed on the [[e5|meeting]], Niamey offered to free the three detained employees and to discuss compensation if Orvane withdrew its complaint and helped the new state company keep the pit running. Nothing was signed, and a second session is pencilled in for July.

"The arrests were leverage, and everyone in Lomé understood that," said Hamidou Tandja, a mining lawyer in Dakar. "It is ugly, but it is a negotiation."

The sequence - seizure, arrests, then talks - has become familiar in the Sahel. Mali and Burkina Faso have rewritten their mining codes since 2023 and pressed foreign operators for back taxes, sometimes holding their staff until a settlement was reached.

For Orvane, the choice is stark: arbitration could take five years. A deal in Lomé could bring money back within months, but would mean accepting that Tassa is no longer its mine."""),
]),
# ---------------------------------------------------------------------------- i02
dict(story="i02", topic="India - Bangladesh land-port trade war: Bangladesh's ban on Indian yarn, rice and potatoes, India's retaliatory curbs on Bangladeshi goods, a clearing agents' blockade at Petrapole, the commerce secretaries' meeting and the trade agreement in Dhaka (India - Bangladesh)", events=[
    dict(e="e1", type="sanction", date="2026-09-07", participants=["Bangladesh", "India"], location="Dhaka"),
    dict(e="e2", type="sanction", date="2026-09-10", participants=["India", "Bangladesh"], location="New Delhi"),
    dict(e="e3", type="protest", date="2026-09-12", participants=["Petrapole clearing agents", "truck drivers"], location="Petrapole"),
    dict(e="e4", type="meeting", date="2026-09-21", participants=["India", "Bangladesh"], location="Dhaka"),
    dict(e="e5", type="agreement", date="2026-09-22", participants=["India", "Bangladesh"], location="Dhaka"),
], tricky=[("e1", "e2", "Bangladesh's Monday order closing its land ports to Indian yarn, rice and potatoes vs India's notification three days later closing its land ports to Bangladeshi jute, food and plastics, one answering the other")],
note="India's 2025 curbs on Bangladeshi garments, the Indian exporters' request to New Delhi, Dhaka's statement of "
     "regret and call for dialogue, the police promise to carry the protesters' demands to Kolkata, the meeting "
     "first planned for November, the joint monitoring committee and the review set for December are side / "
     "background events. 'the new import curbs' and 'the two bans' cover both sanctions and are not marked; 'a "
     "second blockade' and 'Even if they agree next week' are hypothetical.",
articles=[
dict(id="a1", source="Dhaka Business Wire", published="2026-09-08",
     title="Bangladesh shuts land ports to Indian yarn and rice",
     text="""DHAKA - Bangladesh on Monday [[e1|barred]] imports of Indian cotton yarn, rice and potatoes through its land ports, a move officials said would protect local spinners and farmers but which traders on both sides of the border read as a reply to India's trade curbs of last year.

The commerce ministry's [[e1|order]], effective immediately, leaves the seaports of Chattogram and Mongla as the only entry points for the three products. Around 40 percent of India's yarn shipments to Bangladesh cross by truck at Benapole, the busiest land crossing between the two countries.

"Our mills are running at half capacity while cheap yarn comes over the border every day," Commerce Minister Rafiqul Haque told reporters. "This is not against anyone. It is for our own workers."

Indian exporters called the [[e1|restrictions]] unexpected and damaging. The Federation of Indian Export Organisations said it had asked the government in New Delhi to take the matter up with Dhaka "at the highest level".

In May last year India stopped Bangladeshi ready-made garments from entering through land ports in its north-east, forcing exporters to use the longer and costlier route through Kolkata and Nhava Sheva. Bangladeshi officials complained at the time that the measure broke the spirit of regional trade agreements.

Trade between the neighbours is worth roughly 13 billion dollars a year and runs heavily in India's favour. Yarn alone accounts for about 2 billion dollars of Indian exports to Bangladesh, whose garment industry depends on it."""),
dict(id="a2", source="Indian Trade Chronicle", published="2026-09-11",
     title="India hits back with land-port curbs on Bangladeshi jute and food",
     text="""NEW DELHI - India on Thursday [[e2|banned]] imports of Bangladeshi jute products, processed food and plastic goods through all land ports along the border, three days after Dhaka [[e1|closed]] its own crossings to Indian yarn, rice and potatoes.

A [[e2|notification]] from the Directorate General of Foreign Trade said the goods may now enter only through the seaports of Kolkata and Nhava Sheva. Officials described the [[e2|measure]] as a routine regulatory step and denied that it was retaliation.

"Trade has to be fair and reciprocal. One side cannot shut its doors and expect the other to keep them open," a senior commerce ministry official said on condition of anonymity.

Bangladesh's commerce ministry said in a brief statement that it regretted India's [[e2|decision]] and called for dialogue.

The effect on the border was immediate. At Petrapole, the Indian side of the Benapole crossing, clearing agents said close to 1,500 trucks were waiting in lines stretching several kilometres, many loaded with goods that can no longer cross either way.

The Petrapole Clearing Agents' Staff Welfare Association said its members would [[e3|block]] the approach road to the border on Saturday to press both governments to reverse the new import curbs. "Our people are earning nothing. Drivers are sleeping in their cabs," said its secretary, Kartik Mondal.

Bangladeshi jute mills sell about a fifth of their output to India. Mill owners in Khulna said the [[e2|ban]] would cost them orders worth 150 million dollars a year."""),
dict(id="a3", source="Bengal Frontier Times", published="2026-09-14",
     title="Border traders block Petrapole road; trade talks brought forward",
     text="""BONGAON, India - Hundreds of clearing agents, truck drivers and porters [[e3|blocked]] the road to the Petrapole border crossing for most of Saturday, halting what little traffic was still moving between India and Bangladesh.

The [[e3|blockade]] on Jessore Road began at about 8 a.m. and ended at dusk, after the district police superintendent promised to take the protesters' demands to the state government in Kolkata. Drivers parked their trucks across both lanes and cooked lunch on the tarmac.

"Two governments are fighting and we are the ones starving," said Anwar Sheikh, a driver from Murshidabad who had been waiting at the border for six days with a load of onions.

The protesters want Dhaka to lift its [[e1|ban]] on Indian yarn, rice and potatoes, in force since last Monday, and New Delhi to scrap the curbs on Bangladeshi jute, food and plastics it [[e2|imposed]] in response on Thursday.

Relief may be coming. India's commerce secretary will [[e4|meet]] his Bangladeshi counterpart in Dhaka next Monday, officials in both capitals said on Sunday. The [[e4|talks]] had been planned for November but were brought forward because of the standoff, an Indian official said.

Exporters remain wary. "Even if they agree next week, it will take a month to clear this backlog," said a Kolkata freight forwarder.

The association said it would hold a second blockade if nothing changed after the [[e4|talks]]. Petrapole handles about a third of all land trade between the two countries."""),
dict(id="a4", source="South Asia Economic Review", published="2026-09-28",
     title="How India and Bangladesh stepped back from a land-port war",
     text="""ANALYSIS - The land-port war between India and Bangladesh lasted a little over two weeks. Its cost will be counted for longer.

Dhaka moved first, with its [[e1|ban]] of September 7 on Indian yarn, rice and potatoes crossing by land. New Delhi answered three days later by [[e2|closing]] its border posts to Bangladeshi jute, processed food and plastics. By the weekend, thousands of trucks were stuck on both sides, and the clearing agents' [[e3|sit-down]] on the road to Petrapole on September 12 turned a technical dispute into a television story.

The commerce secretaries' [[e4|meeting]] in Dhaka on September 21 was scheduled to last one day. It ran into a second, and the [[e5|agreement]] signed there on September 22 restores land-port access for all the goods covered by the two bans from October 1. It also sets up a joint monitoring committee that will meet every quarter.

"Neither side wanted this fight to reach the garment sector, which is the real jewel," said Nasreen Akter, a trade economist at the University of Dhaka. "The [[e5|deal]] is mostly about face. Each can say the other blinked."

What the [[e5|accord]] does not do is touch India's 2025 restrictions on Bangladeshi clothing, which remain in force. Bangladeshi negotiators raised them at the [[e4|talks]], officials said, but agreed to leave them for a review in December.

Traders at Benapole say the backlog will take until late October to clear."""),
]),
# ---------------------------------------------------------------------------- i03
dict(story="i03", topic="Greek ferry strike before Easter: the seamen's 48-hour strike, a failed meeting with the shipping minister, a second round of talks with the shipowners, the union's ultimatum and the pay agreement (Piraeus; PNO, SEEN, Greek shipping ministry)", events=[
    dict(e="e1", type="protest", date="2026-03-31", participants=["Panhellenic Seamen's Federation"], location="Piraeus"),
    dict(e="e2", type="meeting", date="2026-04-02", participants=["Panhellenic Seamen's Federation", "Ministry of Maritime Affairs and Insular Policy"], location="Piraeus"),
    dict(e="e3", type="meeting", date="2026-04-07", participants=["Panhellenic Seamen's Federation", "SEEN", "Ministry of Maritime Affairs and Insular Policy"], location="Piraeus"),
    dict(e="e4", type="agreement", date="2026-04-08", participants=["Panhellenic Seamen's Federation", "SEEN"], location="Piraeus"),
    dict(e="e5", type="deadline", date="2026-04-08", participants=["Panhellenic Seamen's Federation", "SEEN"], location=None),
], tricky=[("e2", "e3", "the union's three-hour meeting with the shipping minister on Thursday April 2 that broke down vs the all-night second round with the minister and the shipowners that began the following Tuesday and produced the deal, same ministry, same dispute")],
note="The 2023 ferry strike, the coast guard's exemption for supply ships, the shipowners' warning about a second "
     "strike at Easter (never held), the Holy Week strike that was called off, the ferry operators' cost "
     "estimates, the tourism ministry's figures and the collective contract talks due in 2028 are side / "
     "background events. The deadline is the union's ultimatum, which expired at midnight on Wednesday April 8, "
     "the day of the deal.",
articles=[
dict(id="a1", source="Aegean News Agency", published="2026-03-31",
     title="Greek ferries idle as seamen begin 48-hour strike",
     text="""PIRAEUS - Greek ferries stayed tied up in port on Tuesday as seamen began a 48-hour [[e1|strike]] over pay and crewing levels, stranding thousands of travellers on the islands and in the mainland ports of Piraeus, Rafina and Lavrio less than two weeks before Orthodox Easter.

The Panhellenic Seamen's Federation, known by its Greek initials PNO, called the [[e1|stoppage]] after talks with ferry owners on a new collective contract stalled earlier this month. It wants a 9 percent pay rise and a minimum of two extra crew members on every ship carrying more than 500 passengers.

"In summer our members work sixteen hours a day, seven days a week, on ships that are short of hands," PNO general secretary Stelios Karagiannis said outside the union's offices near the port. "This is about safety as much as money."

The coast guard said about 120 scheduled sailings had been cancelled on Tuesday. Cargo ships carrying food and medicine to the smaller islands were exempted. Dozens of passengers slept in the terminal at Rafina overnight after missing the last departures to Andros and Tinos.

Union leaders are due to [[e2|meet]] Shipping Minister Dimitris Kallergis at the ministry in Piraeus on Thursday, a ministry spokeswoman said. The minister has called the [[e1|walkout]] "untimely and unfair to island communities".

PNO last held a nationwide ferry strike in 2023. Coastal shipping carries around 20 million passengers a year, a third of them between Easter and the end of September."""),
dict(id="a2", source="Athens Herald", published="2026-04-03",
     title="Ferry pay talks fail; seamen threaten Holy Week strike",
     text="""[[e2|Talks]] between Greek seamen and Shipping Minister Dimitris Kallergis ended without agreement on Thursday, and the seamen's union set ferry owners a [[e5|deadline]] of midnight next Wednesday to improve their pay offer or face a second, longer strike in the busiest week of the spring.

PNO general secretary Stelios Karagiannis said the three-hour [[e2|meeting]] at the ministry in Piraeus had produced "nothing but sympathy". The owners had offered 4 percent spread over two years, he said, and refused to discuss crew sizes.

The [[e5|ultimatum]] means a strike could begin on Holy Thursday and run through Easter Sunday, when hundreds of thousands of Greeks travel to their home islands.

"A strike at Easter would be a disaster for the islands and for the crews themselves," the Association of Greek Coastal Passenger Shipping Companies, known as SEEN, said in a statement. It said fuel and port costs had risen by a third since 2022.

Kallergis said he would bring both the union and the owners to the ministry for new [[e3|talks]] on Tuesday. "There is room for a deal, and there is time," he told Skai television.

The 48-hour [[e1|walkout]] that ended on Thursday morning cancelled about 240 sailings, according to coast guard figures, and left hotels on Naxos, Paros and Syros with a wave of cancellations. Island mayors complained that they had been given barely a day's notice of the [[e1|strike]].

Ferry operators said services had returned to normal by Thursday afternoon."""),
dict(id="a3", source="Hellenic Shipping Daily", published="2026-04-08",
     title="Seamen and ferry owners strike pay deal before Easter",
     text="""PIRAEUS - Greek seamen and ferry owners [[e4|agreed]] a two-year pay deal on Wednesday morning, calling off a Holy Week strike hours before the union's [[e5|deadline]] was due to run out.

The [[e4|agreement]], reached at about 7 a.m. after all-night [[e3|negotiations]] at the shipping ministry that began on Tuesday afternoon, gives crews a 6.5 percent rise this year and a further 3 percent in 2027. Ships carrying more than 800 passengers will carry one extra deckhand from June.

"We did not get everything, but we got respect," said PNO general secretary Stelios Karagiannis, unshaven, as he left the building. Shipowners' association president Andreas Vlachos said the [[e4|deal]] was "expensive but fair".

Shipping Minister Dimitris Kallergis, who chaired the [[e3|session]], said the government would compensate companies for part of the cost on routes to remote islands through the existing public service contracts.

The [[e4|breakthrough]] came a week after a first [[e2|round]] at the ministry last Thursday ended in mutual accusations. The union had then threatened to strike from Holy Thursday through Easter Sunday if owners did not improve their offer by midnight tonight.

Last week's 48-hour [[e1|strike]] cost the sector about 9 million euros, SEEN estimated.

Travel agents welcomed the news. Ferry bookings for Easter had fallen by around 15 percent since the end of March, according to the Hellenic Association of Travel and Tourist Agencies, as families waited to see whether ships would sail."""),
dict(id="a4", source="Mediterranean Travel Trade", published="2026-04-20",
     title="Record Easter at sea after a close call",
     text="""Greek ferries carried a record 1.1 million passengers between Holy Wednesday and Easter Monday, the shipping ministry said on Monday, a figure that looked unlikely only three weeks ago.

At the end of March, the seamen's union PNO had [[e1|shut down]] coastal shipping for two days, cancelling about 240 sailings. A first [[e2|meeting]] with Shipping Minister Dimitris Kallergis on April 2 went nowhere, and the union set a [[e5|deadline]] of midnight on April 8 for a better offer, threatening to strike over the holiday itself.

The government's gamble was to put both sides in one room. The [[e3|talks]] that began the following Tuesday afternoon ran for some sixteen hours, with Kallergis shuttling between two floors of the ministry. By breakfast on April 8 there was a two-year [[e4|deal]]: 6.5 percent this year, 3 percent next year, and an extra deckhand on the largest ships.

"The union proved it could stop the country. The owners proved they could wait. Easter made both of them reasonable," said Eleni Papadaki, a labour researcher at Panteion University in Athens.

Not everyone is happy. Smaller operators on the Dodecanese lines say the pay [[e4|settlement]] will push fares up by 5 to 8 percent this summer, and the island chambers of commerce want the state to cover more of the cost.

The next test comes in 2028, when the collective contract expires again."""),
]),
# ---------------------------------------------------------------------------- i04
dict(story="i04", topic="Kazakhstan's environmental fine on the Caspian Meridian Petroleum consortium: the court's payment deadline, the consortium's letter, the energy ministry's second deadline, talks in Astana and the settlement (Atyrau and Astana; Kazakhstan - Caspian Meridian Petroleum)", events=[
    dict(e="e1", type="deadline", date="2026-05-15", participants=["Caspian Meridian Petroleum", "Kazakhstan"], location="Atyrau"),
    dict(e="e2", type="deadline", date="2026-05-29", participants=["Ministry of Energy of Kazakhstan", "Caspian Meridian Petroleum"], location=None),
    dict(e="e3", type="letter", date="2026-05-12", participants=["Caspian Meridian Petroleum", "Government of Kazakhstan"], location="Astana"),
    dict(e="e4", type="meeting", date="2026-05-26", participants=["Ministry of Energy of Kazakhstan", "Caspian Meridian Petroleum"], location="Astana"),
    dict(e="e5", type="agreement", date="2026-05-28", participants=["Kazakhstan", "Caspian Meridian Petroleum"], location="Astana"),
], tricky=[("e1", "e2", "the Atyrau court's deadline for paying the fine, which ran out unpaid on Friday May 15, vs the energy ministry's second deadline of Friday May 29 set the next day, same fine, same consortium")],
note="The April court ruling and the appeal, the 2024 inspections, the ecology ministry's earlier fines on other "
     "operators, the threat to cut export quotas (never carried out), the consortium partners' statements, the "
     "earlier arbitration cases against other oil consortia and the payment schedule in the settlement are side / "
     "background events. 'the two deadlines' and 'both deadlines' are aggregate and not marked; 'if no "
     "agreement is reached' is hypothetical.",
articles=[
dict(id="a1", source="Caspian Business Wire", published="2026-05-11",
     title="Oil consortium faces Friday deadline over record Kazakh fine",
     text="""ATYRAU, Kazakhstan - The Caspian Meridian Petroleum consortium has until Friday to pay a record environmental fine of 480 billion tenge, about 930 million dollars, or risk having its bank accounts in Kazakhstan frozen, lawyers for both sides said on Monday.

A specialised economic court in Atyrau ruled in April that the consortium, which operates the onshore Zhaiyk oil and gas field north of the city, had flared gas illegally and stored sulphur in the open for more than three years. It ordered the company to pay in full by May 15. An appeal court upheld the ruling last week and refused to suspend the payment [[e1|deadline]].

Caspian Meridian, owned by the Norwegian group Nordhaven Energy, Japan's Sakura Resources and the state company QazaqGaz, says the fine is based on flawed measurements taken during inspections in 2024. It will set out its position in a [[e3|letter]] to the government this week, a spokesman said, and is ready to invest in cleaner equipment instead of paying a penalty.

"We are not refusing to pay anything. We are refusing to pay a number that has no basis in science," the spokesman, Daniyar Seitkali, said.

The ecology ministry said the company had known about the [[e1|cut-off]] date for a month.

Kazakhstan has pursued foreign oil partners for billions of dollars in recent years. Zhaiyk produces about 90,000 barrels of oil a day, most of it exported through the Caspian Pipeline Consortium to the Black Sea."""),
dict(id="a2", source="Steppe Economic Daily", published="2026-05-16",
     title="Kazakhstan sets new May 29 deadline after oil group misses payment",
     text="""ASTANA - Kazakhstan's energy ministry on Saturday gave the Caspian Meridian Petroleum consortium until May 29 to pay a 480 billion tenge environmental fine, after the company let a court-ordered [[e1|deadline]] pass on Friday without transferring any money.

The new [[e2|deadline]], announced in a ministry statement, comes with a threat: if the fine is not paid, the ministry says it may reduce the consortium's export quota from the Zhaiyk field from June. Ecology officials had earlier asked the courts to freeze the company's accounts.

The consortium [[e3|wrote]] to the prime minister's office on Tuesday asking for a negotiated solution. In the [[e3|letter]], seen by this newspaper, chief executive Henrik Solberg says the company would commit 300 million dollars over five years to gas-capture and sulphur-handling equipment at Zhaiyk, "which will do more for the people of Atyrau than a cheque to the budget".

Energy Minister Yerlan Dzhaksybekov said he was ready to [[e4|meet]] the company's management in Astana on May 26 but warned that "the law will be applied" if no agreement is reached. "We do not negotiate about court decisions. We negotiate about how they are carried out," he told reporters.

Nordhaven's shares fell 4 percent in Oslo on Friday as the first [[e1|deadline]] expired. Analysts at a Norwegian bank said the fine, if paid in full, would wipe out the consortium's profits for two years.

Kazakhstan wants to raise oil output to 2 million barrels a day by 2030 and depends heavily on foreign partners to do it."""),
dict(id="a3", source="Caspian Business Wire", published="2026-05-28",
     title="Caspian Meridian settles Kazakh fine a day before deadline",
     text="""ASTANA - Kazakhstan and the Caspian Meridian Petroleum consortium [[e5|agreed]] on Thursday to settle a record environmental fine, a day before the energy ministry's [[e2|deadline]] for payment was due to expire.

Under the [[e5|settlement]], signed at the energy ministry in Astana, the consortium will pay 210 billion tenge, less than half the original amount, in three instalments by March 2027. It will also spend 300 million dollars on equipment to capture flared gas and store sulphur safely at the Zhaiyk field.

The [[e5|deal]] follows two days of [[e4|talks]] between Energy Minister Yerlan Dzhaksybekov and the consortium's chief executive, Henrik Solberg, that opened on Tuesday. People familiar with the [[e4|discussions]] said the breakthrough came late on Wednesday, when the ministry agreed to count part of the investment against the fine.

"This is not a discount. This is money that will stay in Kazakhstan," Dzhaksybekov said at a [[e5|signing]] ceremony.

The consortium had let the original court-ordered [[e1|deadline]] of May 15 pass, arguing in a [[e3|letter]] to the government that the fine rested on flawed measurements. The ministry then set a second, final [[e2|deadline]] and threatened to cut Zhaiyk's export quota.

Nordhaven Energy, the Norwegian group that leads the consortium, said the [[e5|agreement]] "removes a serious uncertainty". Its shares rose 6 percent in Oslo.

Environmental groups in Atyrau were less pleased. "The fine has been cut in half, and the people who breathed the gas get nothing," said Aigerim Nurlanova of the local group Taza Zhaiyk."""),
dict(id="a4", source="Eurasia Energy Monitor", published="2026-06-08",
     title="Kazakhstan's fine-and-settle model",
     text="""ANALYSIS - The [[e5|settlement]] between Kazakhstan and the Caspian Meridian Petroleum consortium last month followed a pattern foreign oil companies in the country now know well: a very large fine, a very hard deadline, and then a negotiated discount.

The court in Atyrau had given the consortium until May 15 to pay 480 billion tenge for gas flaring and open sulphur storage. Caspian Meridian did not pay. Instead it [[e3|wrote]] to the prime minister's office on May 12, offering investment in place of a penalty. When that [[e1|deadline]] passed, the energy ministry simply set another, for May 29, and added the threat of export cuts.

That second [[e2|ultimatum]] concentrated minds. Two days of [[e4|talks]] in Astana from May 26 produced an [[e5|agreement]] on May 28 that cut the cash payment to 210 billion tenge and folded in 300 million dollars of spending on cleaner equipment.

"The government gets a headline number and a green project. The company gets certainty and a bill it can live with," said Marat Ospanov, an energy lawyer in Almaty. "Both deadlines were real, but neither was really about the date."

Critics say the model rewards delay. Other operators facing environmental claims will have noticed that the consortium paid less by missing a court order than it would have by obeying it.

Officials in Astana reject that reading. They point out that the [[e5|settlement]] includes penalties if the equipment is not installed by 2028, and that the full fine could be revived."""),
]),
# ---------------------------------------------------------------------------- i05
dict(story="i05", topic="Bolivia's diesel shortage: truckers' highway blockades, the presidential energy-emergency decree, a CAF emergency loan, the government-truckers agreement and a Brazilian credit line for diesel (El Alto and La Paz; Bolivia, CAF, Brazil)", events=[
    dict(e="e1", type="protest", date="2026-07-06", participants=["National Confederation of Heavy Transport"], location="El Alto"),
    dict(e="e2", type="statement", date="2026-07-07", participants=["Bolivia"], location="La Paz"),
    dict(e="e3", type="support", date="2026-07-08", participants=["CAF", "Bolivia"], location=None),
    dict(e="e4", type="agreement", date="2026-07-10", participants=["Bolivia", "National Confederation of Heavy Transport"], location="La Paz"),
    dict(e="e5", type="support", date="2026-07-14", participants=["Brazil", "Bolivia"], location="Brasília"),
], tricky=[("e3", "e5", "the 600-million-dollar emergency loan approved by the CAF board on Wednesday July 8 vs the 250-million-dollar credit line for diesel purchases approved by Brazil six days later, both foreign money for Bolivia's fuel imports")],
note="The 2023-2025 dollar shortage, YPFB's rationing and fuel queues, the talks at the vice-presidency that led to "
     "the deal, the Santa Cruz farmers' complaint, the IMF's silence, the bondholders' reaction, the second CAF "
     "tranche and the Petrobras shipments that the credit line will pay for are side / background events. 'the "
     "foreign money' and 'the borrowed diesel' cover both support events and are not marked; 'if the diesel does not "
     "arrive' is hypothetical.",
articles=[
dict(id="a1", source="Andean Press Agency", published="2026-07-07",
     title="Bolivian truckers block highways as diesel runs short",
     text="""LA PAZ - Bolivian truck drivers [[e1|blocked]] the main highways out of El Alto and La Paz on Monday and Tuesday, demanding a steady supply of diesel after weeks of queues at filling stations, and President Eduardo Salinas responded by [[e2|declaring]] a 60-day energy emergency.

Hundreds of lorries were parked across the road to Oruro and the route to Lake Titicaca, and drivers in Santa Cruz and Cochabamba joined the [[e1|protest]] on Tuesday, the National Confederation of Heavy Transport said. The confederation wants the state oil company YPFB to guarantee daily deliveries to its members.

"We wait three days for 200 litres. We cannot feed our families like this," said Rubén Mamani, a driver from El Alto, standing beside his truck near the toll booth at Senkata.

In a [[e2|decree]] published on Tuesday afternoon, Salinas allowed private companies to import and sell diesel without going through YPFB for two months and ordered the central bank to give fuel importers priority access to dollars. "We are not going to let the country stop," he said on television.

Bolivia has struggled to pay for imported fuel since its dollar reserves ran low in 2023. The government also asked the Development Bank of Latin America, CAF, for an emergency [[e3|loan]], which the bank's board is due to consider on Wednesday.

Transport leaders said the [[e1|blockades]] would continue until they received written guarantees. Police did not try to clear the roads."""),
dict(id="a2", source="La Paz Ledger", published="2026-07-09",
     title="CAF approves 600 million dollars for Bolivia fuel imports",
     text="""The Development Bank of Latin America, CAF, [[e3|approved]] a 600 million dollar emergency loan to Bolivia on Wednesday to help the government pay for fuel imports, as truckers kept highways around La Paz closed for a third day.

The [[e3|loan]], agreed at a board meeting held by video link, will be paid in two tranches, the first within ten days, Economy Minister Silvia Quiroga said. She said it would cover about six weeks of diesel imports.

"This money buys us time. It does not solve the structural problem," Quiroga told reporters at the ministry. The government hopes that Tuesday's emergency [[e2|decree]], which opens fuel imports to private companies, will ease the shortage within a month.

The truckers are not waiting. Their [[e1|blockade]], which started on Monday at the exits of El Alto, has spread to at least 40 points on the country's main roads, the road agency ABC said. Markets in La Paz reported shortages of vegetables and chicken, and prices of potatoes doubled in three days.

Leaders of the National Confederation of Heavy Transport met ministers at the vice-presidency on Wednesday night but left without a deal. "They offered promises. We want diesel in the tanks," said the confederation's president, Freddy Choque.

Farmers in Santa Cruz, who need diesel for the winter wheat harvest, warned that they would join the truckers' [[e1|action]] if the shortage continued into next week. Bolivia imports more than half of the diesel it consumes, mainly from Argentina, Chile and Brazil."""),
dict(id="a3", source="Altiplano Times", published="2026-07-11",
     title="Truckers lift roadblocks after deal on diesel",
     text="""EL ALTO, Bolivia - Bolivian truckers began clearing their [[e1|roadblocks]] on Saturday morning after their leaders [[e4|signed]] an agreement with the government late on Friday that guarantees them priority access to diesel for the next two months.

Under the [[e4|accord]], signed at the vice-presidency in La Paz after a second night of talks, YPFB will reserve 40 percent of its diesel deliveries for registered freight companies and open 30 dedicated filling points along the main transport corridors. The government also agreed to freeze road tolls until the end of the year.

"We have a signature. Now we want to see the fuel," said Freddy Choque, president of the National Confederation of Heavy Transport, as he announced the end of the five-day [[e1|stoppage]].

Traffic on the road to Oruro was moving by midday, although long lines of lorries remained at filling stations in El Alto.

The government says the supply will improve soon. Wednesday's [[e3|loan]] from CAF, the regional development bank, will pay for the first cargoes, and Brazil is expected to approve a [[e5|credit line]] for diesel purchases from Petrobras next week, a foreign ministry official said.

Opposition deputies criticised the [[e4|deal]] as a short-term fix. "They are promising diesel that the country cannot pay for," said Senator Marcela Rivero.

The truckers said they would return to the roads if the deliveries did not arrive by the end of July."""),
dict(id="a4", source="Latin Energy Report", published="2026-07-22",
     title="Bolivia buys time with borrowed diesel",
     text="""ANALYSIS - For the second time in three years, Bolivia has avoided a fuel collapse by borrowing from its friends. The question is what happens when the borrowed diesel runs out.

The crisis peaked in the first week of July. Truckers [[e1|shut]] the main highways out of El Alto on July 6, and within days they had closed roads in six of the nine departments. President Eduardo Salinas answered on July 7 with an emergency [[e2|decree]] that let private firms import fuel. CAF, the regional development bank, [[e3|lent]] 600 million dollars the next day, and by Friday July 10 the government had [[e4|settled]] with the transport confederation, promising its members priority diesel.

The last piece came from Brasília. On July 14, Brazil's government [[e5|approved]] a 250 million dollar credit line that Bolivia can use only to buy diesel and petrol from Petrobras. Money from the [[e5|facility]] will pay for a cargo due in Arica next week.

"Brazil did not do this out of charity. A Bolivian collapse would hit its own exporters and its gas supply," said Camila Torrez, an economist at the Catholic University in La Paz.

The foreign money gives Bolivia perhaps three months. YPFB still cannot pay its suppliers on time, and dollars remain scarce in the banks.

The truckers' [[e4|agreement]] expires in September. By then, the government has promised a new fuel pricing law, the first serious attempt to cut the subsidies that cost Bolivia more than 2 billion dollars a year."""),
]),
# ---------------------------------------------------------------------------- i06
dict(story="i06", topic="Jihadist attacks in northern Benin: an assault on an army post in Park W and a raid on the Karimama gendarmerie three days later, the government's statement and national mourning, army reinforcements sent to Alibori and arrests near Malanville (Alibori department; Benin)", events=[
    dict(e="e1", type="attack", date="2026-02-08", participants=["jihadist gunmen", "Benin Armed Forces"], location="Park W"),
    dict(e="e2", type="statement", date="2026-02-09", participants=["Government of Benin"], location="Cotonou"),
    dict(e="e3", type="attack", date="2026-02-11", participants=["jihadist gunmen", "Benin Republican Police"], location="Karimama"),
    dict(e="e4", type="deployment", date="2026-02-13", participants=["Benin Armed Forces"], location="Kandi"),
    dict(e="e5", type="arrest", date="2026-02-17", participants=["Benin Armed Forces", "suspected militants"], location="Malanville"),
], tricky=[("e1", "e3", "the night assault on the army post at Point Triple in Park W on Sunday February 8 vs the raid on the police station in Karimama on Wednesday February 11, both in Alibori, both blamed on the same network")],
note="The January 2025 attack in Park W, the 2022 attacks and the creation of Operation Mirador, the JNIM claim, "
     "the national mourning as such, the president's visit to the wounded, the army's sweep through the park, the "
     "release of four of the suspects, Niger's refusal to cooperate and the recruitment drive are side / "
     "background events. The soldiers and policemen killed are part of the attacks and not marked separately. "
     "'two attacks in the country's north this month' and 'both attacks' are aggregate and not marked; 'no new attack has occurred' is "
     "negated.",
articles=[
dict(id="a1", source="West Africa Wire", published="2026-02-09",
     title="Gunmen kill Beninese soldiers at post near Niger border",
     text="""COTONOU - Gunmen [[e1|attacked]] a Beninese army post in the W National Park near the borders with Niger and Burkina Faso late on Sunday, killing at least 14 soldiers, officials said.

Government spokesman Wilfried Houngbédji said in a [[e2|statement]] read on national television that the [[e1|assault]] on the post at Point Triple had been carried out by "a large number of terrorists" on motorbikes who arrived after dark and fought for about two hours. Eight soldiers were wounded and several vehicles burned, he said.

"The nation bows before its sons who fell defending our territory," Houngbédji said, [[e2|announcing]] three days of national mourning from Tuesday.

No group has claimed the [[e1|attack]], but security analysts pointed to Jama'at Nusrat al-Islam wal-Muslimin, the al Qaeda affiliate that has been pushing south from the Sahel. In January 2025 an attack on another post in the same park killed 28 Beninese soldiers.

A local official in Karimama, the nearest town, said residents had heard explosions and heavy gunfire until about midnight. "People are afraid to go to their fields," he said by telephone, asking not to be named.

Benin launched Operation Mirador in 2022 and has since sent around 3,000 troops to its northern border regions, where jihadist groups use the forests of the W and Pendjari parks as bases. The army has also been recruiting thousands of new soldiers to cover the long, porous border with Niger, with which relations have been tense since the coup in Niamey in 2023."""),
dict(id="a2", source="Cotonou Morning Post", published="2026-02-12",
     title="Second attack in three days: police station raided in Karimama",
     text="""KARIMAMA, Benin - Armed men [[e3|stormed]] the police station in Karimama before dawn on Wednesday, killing two police officers and setting fire to the building, three days after 14 soldiers died in an [[e1|attack]] on an army post in the nearby W National Park.

The attackers, about twenty of them, [[e3|struck]] shortly after 4 a.m., freed two detainees and took weapons and motorbikes, residents and a police source said. A third officer is missing.

"They came straight to the station, as if they knew exactly where everything was," said a trader who lives across the road. "Then they left towards the river."

The [[e3|raid]] on Karimama, a town of about 40,000 people on the Niger River, was the first on an urban police station in the Alibori department. Sunday's [[e1|attack]] on the post at Point Triple was the deadliest against Benin's army in more than a year.

The defence ministry said on Wednesday evening that it would [[e4|send]] reinforcements to the north "in the coming days", including special forces units and armoured vehicles. It did not give numbers.

The government [[e2|declared]] three days of mourning on Monday, and flags on public buildings in Cotonou and Porto-Novo are at half-mast until Thursday. Benin's president visited wounded soldiers at a military hospital in Parakou on Tuesday.

Opposition politicians called for a parliamentary inquiry into security in the north, saying soldiers at the border posts lacked equipment and air support."""),
dict(id="a3", source="Sahel Security Monitor", published="2026-02-18",
     title="Benin army detains suspects near Malanville after deadly attacks",
     text="""Beninese soldiers [[e5|detained]] eleven people in villages near Malanville on Tuesday on suspicion of helping the militants behind two attacks in the country's north this month, a military source and local officials said.

The suspects were [[e5|picked up]] in a dawn operation in and around Garou, a few kilometres from the Niger River border, and taken to Kandi for questioning. Some are accused of supplying fuel and food to fighters based in the W National Park, the source said.

The [[e5|arrests]] came four days after about 600 additional troops, including special forces, [[e4|arrived]] in Kandi, the main town of the Alibori department, to reinforce Operation Mirador. The defence ministry said the [[e4|reinforcements]] would stay "as long as necessary".

At least 14 soldiers were killed when gunmen [[e1|overran]] an army post at Point Triple on February 8, and two police officers died in a [[e3|raid]] on the police station in Karimama three days later. The al Qaeda-linked JNIM later claimed both attacks in a message on its propaganda channels.

Community leaders in Malanville warned that mass arrests could push young men towards the militants. "If you arrest a whole village, you give the recruiters a gift," said Moussa Bio, a local councillor.

Four of those detained were released on Wednesday morning, according to a relative.

Benin has accused Niger's military government of failing to patrol its side of the border. Niamey denies the charge and has refused to resume joint patrols."""),
dict(id="a4", source="Gulf of Guinea Review", published="2026-03-02",
     title="Benin's northern front moves closer to its towns",
     text="""ANALYSIS - Three weeks after the deadliest fortnight in Benin's war with jihadist groups, the army says the north is under control. People in Alibori are less sure.

The [[e1|attack]] of February 8 on the army post at Point Triple, deep in the W National Park, followed a familiar pattern: a remote position, a night assault, a heavy toll. What happened three days later did not. When gunmen [[e3|hit]] the police station in Karimama, they brought the fight into a town of 40,000 people for the first time.

The government's response was quick and conventional. It [[e2|declared]] national mourning on February 9, [[e4|sent]] some 600 soldiers and special forces to Kandi that Friday, and a few days later [[e5|rounded up]] eleven suspects in villages near Malanville. Four were released within a day, which did not help the army's reputation among local people.

"The state shows up with trucks and arrests. The militants show up with money and promises," said Aminatou Sanni, a researcher on security in the Sahel at the University of Abomey-Calavi. "Only one of those builds loyalty."

Officials in Cotonou point out that no new attack has occurred since the [[e4|deployment]], and that the army has cleared two militant camps inside the park. But the border with Niger remains open in practice and unpatrolled on the other side.

The real test, analysts say, will come in the dry season, when the rivers fall and the militants can move freely."""),
]),
# ---------------------------------------------------------------------------- i07
dict(story="i07", topic="Ambush on an Assam Rifles convoy in Manipur: the attack near Tengnoupal, two arrests in Chandel, a highway blockade against them, central police companies sent to Imphal and the NIA's arrest of the alleged planner in Guwahati (Manipur and Assam; India)", events=[
    dict(e="e1", type="attack", date="2026-10-06", participants=["Eastern Hills Liberation Front", "Assam Rifles"], location="Tengnoupal"),
    dict(e="e2", type="arrest", date="2026-10-08", participants=["Manipur Police"], location="Chandel"),
    dict(e="e3", type="protest", date="2026-10-09", participants=["Chandel residents"], location="Chandel"),
    dict(e="e4", type="deployment", date="2026-10-10", participants=["Central Armed Police Forces"], location="Imphal"),
    dict(e="e5", type="arrest", date="2026-10-14", participants=["National Investigation Agency"], location="Guwahati"),
], tricky=[("e2", "e5", "Manipur police arresting two young men in Chandel two days after the ambush vs the NIA arresting the alleged planner in Guwahati the following Wednesday, same ambush, different agencies and places")],
note="The 2015 Chandel ambush, the ethnic violence since 2023, the Home Ministry's earlier deployments, the "
     "soldiers' funeral, the chief minister's condolences, the search operations, the transfer of the case to "
     "the NIA, the court remand, the release on bail of one of the two men, the Myanmar border fencing and the "
     "end of the blockade are side / background events. The four soldiers killed are part of the ambush and not "
     "marked separately. The generic cycle 'attack, arrests, anger, reinforcements' and 'Arresting the "
     "planner is worth more than arresting a hundred villagers' are not marked.",
articles=[
dict(id="a1", source="Northeast Wire", published="2026-10-07",
     title="Four Assam Rifles soldiers killed in Manipur ambush",
     text="""IMPHAL - Militants [[e1|ambushed]] an Assam Rifles convoy on the Imphal-Moreh highway in Manipur's Tengnoupal district on Tuesday, killing four soldiers and wounding three, officials said.

The convoy of five vehicles was returning from a patrol near the Myanmar border when it was [[e1|hit]] by a roadside bomb at about 3 p.m., followed by gunfire from a wooded hillside above the road, an Assam Rifles spokesman said. Soldiers returned fire and the attackers withdrew towards the border.

A little-known armed group calling itself the Eastern Hills Liberation Front said in a message to local journalists that it had carried out the [[e1|ambush]]. Police said they were checking the claim.

The chief minister's office said in a statement that the [[e1|attack]] was "a cowardly act aimed at derailing peace" and announced compensation of 10 lakh rupees for the families of the dead.

The wounded were flown by helicopter to the Regional Institute of Medical Sciences in Imphal. Two are in a serious condition.

Security forces launched search operations in the forests around Tengnoupal and the nearby Chandel district on Tuesday night and closed the highway to civilian traffic.

The Imphal-Moreh road is Manipur's main trade link with Myanmar. It was the scene of one of the deadliest attacks on the army in the north-east, in June 2015, when 18 soldiers were killed in an ambush in Chandel district. Manipur has also been shaken since 2023 by ethnic violence that has killed more than 250 people and displaced tens of thousands."""),
dict(id="a2", source="Imphal Free Herald", published="2026-10-09",
     title="Two held over highway ambush; villagers block road in protest",
     text="""CHANDEL, Manipur - Police [[e2|arrested]] two men in Chandel town on Thursday in connection with Tuesday's [[e1|ambush]] on an Assam Rifles convoy, and on Friday hundreds of residents [[e3|blocked]] the Imphal-Moreh highway demanding their release.

The two, aged 22 and 25, were [[e2|detained]] during a search of houses on the edge of the town, Chandel's superintendent of police said. He said they were suspected of passing information about troop movements to the militants who killed four soldiers near Tengnoupal. A court in Chandel remanded them in police custody for seven days.

Their families say they are students who were home for the holidays. On Friday morning, women and young people [[e3|sat down]] on the highway at the entrance to Chandel and stopped all vehicles, including army trucks. "Our boys were [[e2|taken]] in the night without any warrant. Release them or show the evidence," said Lhingneikim, a member of a local women's group taking part in the [[e3|protest]].

The Union Home Ministry said on Friday that 15 more companies of the Central Armed Police Forces would [[e4|reach]] Imphal over the weekend to secure the highway and support the search. About 1,500 personnel are expected.

The state government has asked the National Investigation Agency to take over the case.

The [[e3|blockade]] has cut the road link between Imphal and the border town of Moreh, through which fuel and food also reach the southern hill districts."""),
dict(id="a3", source="Eastern Frontier Times", published="2026-10-15",
     title="NIA arrests alleged planner of Manipur ambush in Guwahati",
     text="""GUWAHATI - The National Investigation Agency on Wednesday [[e5|arrested]] a man it described as the main planner of last week's [[e1|ambush]] on an Assam Rifles convoy in Manipur, in which four soldiers were killed.

The suspect, a 38-year-old identified by the agency as a senior member of the Eastern Hills Liberation Front, was [[e5|caught]] at a rented flat in Guwahati's Beltola area in a joint operation with Assam Police, an NIA spokesperson said. He had been living in the city under a false name for several months, the spokesperson said.

The agency took over the case on Monday. The [[e5|arrest]] is the first it has made. Two young men [[e2|detained]] by Manipur police in Chandel last Thursday remain in custody, although the NIA said it had not yet found evidence linking them directly to the [[e1|attack]].

Their [[e2|detention]] set off a day-long [[e3|blockade]] of the Imphal-Moreh highway on Friday, which residents lifted on Saturday evening after talks with the district administration.

Security on the road has been tightened since 15 companies of central police [[e4|arrived]] in Imphal on Saturday. Convoys to Moreh now run twice a day under escort, officials said.

The suspect will be produced before a special NIA court in Imphal. The agency said it was also looking at how the group obtained the explosives used in the roadside bomb, which it believes came from across the border in Myanmar."""),
dict(id="a4", source="National Security Review", published="2026-10-26",
     title="After the Tengnoupal ambush, a familiar cycle in Manipur",
     text="""ANALYSIS - Three weeks after the [[e1|ambush]] that killed four Assam Rifles soldiers on the Imphal-Moreh highway, Manipur is living through a cycle that security officials in the north-east know by heart: attack, arrests, anger, reinforcements.

The [[e1|attack]] near Tengnoupal on October 6 was small by the standards of the 1990s but precise, a bomb followed by aimed fire from above the road. Two days later, local police [[e2|picked up]] two young men in Chandel on thin evidence. The next day their families and neighbours [[e3|sat down]] on the highway, stopping army trucks along with everyone else, and the Home Ministry [[e4|rushed]] 15 companies of central police to Imphal that weekend.

The most significant move came quietly. On October 14, the National Investigation Agency [[e5|arrested]] an alleged senior commander of the Eastern Hills Liberation Front in a rented flat in Guwahati, hundreds of kilometres from the jungle. The [[e5|arrest]] suggests that the group, which few analysts had heard of before this month, has support networks well beyond Manipur.

"Arresting the planner is worth more than arresting a hundred villagers," said Brig. (retd) Thangjam Ibomcha, who served in the region. "The Chandel [[e2|pick-ups]] did the opposite. They turned a community against the forces."

One of the two Chandel men was granted bail last week. The central police [[e4|deployment]] remains in place, and convoys to Moreh still move under escort."""),
]),
# ---------------------------------------------------------------------------- i08
dict(story="i08", topic="Tribal violence in Enga, Papua New Guinea: a raid on villages near Wapenamanda, the state of emergency, PNG soldiers sent to Wapenamanda, Australian Federal Police officers sent to Wabag and clan peace talks in Wabag (Enga Province; Papua New Guinea, Australia)", events=[
    dict(e="e1", type="attack", date="2026-08-01", participants=["Enga clan fighters"], location="Wapenamanda"),
    dict(e="e2", type="statement", date="2026-08-03", participants=["Government of Papua New Guinea"], location="Port Moresby"),
    dict(e="e3", type="deployment", date="2026-08-04", participants=["Papua New Guinea Defence Force"], location="Wapenamanda"),
    dict(e="e4", type="deployment", date="2026-08-10", participants=["Australian Federal Police"], location="Wabag"),
    dict(e="e5", type="meeting", date="2026-08-18", participants=["Enga clan leaders", "Enga Provincial Government"], location="Wabag"),
], tricky=[("e3", "e4", "about 150 PNG Defence Force soldiers flown into Wapenamanda on Tuesday August 4 vs some 40 Australian Federal Police officers arriving in Wabag six days later, both sent to contain the same fighting")],
note="The 2024 Akom massacre, the earlier fighting over land and the election dispute, the burning of houses and "
     "gardens (part of the raid), the recovery of bodies, the curfew and liquor ban under the emergency, the "
     "police mobile squads already in Enga, Australia's existing policing pact, the truce, guns and compensation agreed at the "
     "talks, the mine's suspension of its bus service and the next round of talks are side / "
     "background events. The deaths are part of the raid and not marked separately. 'the security build-up' "
     "covers both deployments and is not marked; 'no new killings have been reported' is negated and 'Now "
     "they must sit down' is not a reference to the talks.",
articles=[
dict(id="a1", source="Pacific Islands Wire", published="2026-08-02",
     title="At least 18 killed in clan raid in PNG's Enga province",
     text="""PORT MORESBY - Armed men [[e1|attacked]] three villages near Wapenamanda in Papua New Guinea's Enga province at dawn on Saturday, killing at least 18 people, including women and children, police said.

The attackers, armed with high-powered rifles and bush knives, burned dozens of houses and destroyed food gardens before retreating into the hills, Enga's provincial police commander, Chief Inspector Joseph Kandi, said by telephone. "Bodies are still being recovered. I expect the number to rise," he said.

Police believe the [[e1|raid]] was revenge for the killing of a clan leader last month in a long-running dispute over land between two groups in the Wapenamanda valley. Residents said several hundred people had fled towards the town, where they were sheltering in a church compound.

Kandi said his officers were outnumbered and outgunned. "We have thirty men and one vehicle for the whole district," he said. "The fighters have more guns than we do."

The prime minister's office said it was "deeply shocked" by the [[e1|massacre]] and that the National Executive Council would meet on Monday to consider further measures.

Enga, in the country's central highlands, has seen repeated outbreaks of tribal fighting in recent years, fuelled by disputes over land, elections and the proceeds of the Porgera gold mine. In February 2024 more than 50 men were killed in an ambush near Wabag, the provincial capital, one of the worst incidents of its kind. Modern firearms have made the fighting far deadlier than in the past."""),
dict(id="a2", source="Highlands Courier", published="2026-08-05",
     title="Soldiers arrive in Wapenamanda as Enga placed under emergency",
     text="""WAPENAMANDA - About 150 soldiers of the Papua New Guinea Defence Force [[e3|arrived]] in Wapenamanda on Tuesday, a day after the government [[e2|declared]] a state of emergency across Enga province following Saturday's [[e1|killings]] in three villages nearby.

The troops flew in on two chartered aircraft from Port Moresby and Lae and set up camp at the district headquarters, a military spokesman said. Their [[e3|deployment]] will last at least three months.

Under the emergency, [[e2|announced]] in Port Moresby on Monday after a meeting of the National Executive Council, soldiers and police may search homes and vehicles without a warrant, carrying guns in public is banned and a night curfew applies in the main towns. Sales of alcohol are suspended.

The death toll from the [[e1|attack]] rose to 23 on Tuesday after more bodies were found in the bush, police said.

"We welcome the soldiers, but they must stay until the guns are gone, not just until the television cameras leave," said Rosa Tumu, a teacher in Wapenamanda whose school is being used as a shelter.

Australia said on Tuesday that it would [[e4|send]] a team of Australian Federal Police officers to Enga next week to support local police under the two countries' policing agreement. The Australian High Commission did not say how many officers would go.

Provincial Governor Peter Yangen said he would call the leaders of the warring clans to peace [[e5|talks]] in Wabag once the fighting had stopped."""),
dict(id="a3", source="Moresby Daily", published="2026-08-11",
     title="Australian police reach Wabag; clans agree to talks",
     text="""WABAG - A team of about 40 Australian Federal Police officers [[e4|arrived]] in Wabag on Monday to help Papua New Guinean police contain the violence in Enga province, where 23 people were killed in a [[e1|raid]] on villages near Wapenamanda ten days ago.

The officers, who flew from Port Moresby on a Royal Australian Air Force transport plane, will work on investigations, communications and training rather than front-line patrols, an AFP spokeswoman said. The [[e4|deployment]] is the largest Australian police mission in the highlands since the policing agreement was signed.

They join about 150 PNG soldiers who have been in Wapenamanda since last Tuesday. Provincial police say no new killings have been reported since the soldiers [[e3|arrived]], although houses were burned in two hamlets on Thursday night.

In the first sign of progress, leaders of the two clans involved in the fighting have agreed to attend peace [[e5|talks]] in Wabag on August 18, Governor Peter Yangen said on Monday. The [[e5|talks]] will be held at the provincial assembly building and chaired by church leaders.

"Both sides have buried their dead. Now they must sit down, or there will be more to bury," Yangen said.

Critics say the emergency measures [[e2|imposed]] last week have done little to reach the source of the guns. A local MP said hundreds of high-powered rifles were still hidden in the villages.

The Porgera mine, about 100 kilometres to the west, said it had suspended its staff bus service through the valley as a precaution."""),
dict(id="a4", source="Pacific Affairs Review", published="2026-08-21",
     title="Enga's peace talks: a start, not a settlement",
     text="""ANALYSIS - The leaders of two Enga clans [[e5|met]] face to face in Wabag on Tuesday for the first time since the [[e1|massacre]] of August 1, in which 23 people were killed in villages near Wapenamanda. That alone counts as progress in a province where killings have followed one another for years.

The [[e5|meeting]], chaired by Catholic and Lutheran church leaders, produced a two-month truce, a promise to hand over 40 guns and an agreement to negotiate compensation, to be paid partly in pigs. A second round is planned for October.

It took a lot to get there. The government [[e2|declared]] a state of emergency two days after the [[e1|raid]], soldiers [[e3|flew in]] to Wapenamanda the next day, and six days after that the Australian Federal Police [[e4|sent]] some 40 officers to Wabag. Officials in Port Moresby say the security build-up gave clan leaders a reason to talk and a way to save face.

"Nobody signs a truce because he has changed his mind about his enemy. He signs because the cost of fighting has gone up," said Dr Michael Kawa, a political scientist at the University of Papua New Guinea.

The hard part is still ahead. The truce does not cover the other disputes that simmer across Enga, and the soldiers are due to leave in November. Without jobs, roads and courts that work, researchers warn, the guns will come out again."""),
]),
# ---------------------------------------------------------------------------- i09
dict(story="i09", topic="Power and water cuts in Madagascar: a march in Antananarivo, arrests of students at Ankatso, the president's televised address, a second demonstration in Toamasina and an African Development Bank grant for emergency power (Antananarivo and Toamasina; Madagascar, JIRAMA, AfDB)", events=[
    dict(e="e1", type="protest", date="2026-11-05", participants=["Malagasy students", "Antananarivo residents"], location="Antananarivo"),
    dict(e="e2", type="arrest", date="2026-11-06", participants=["Madagascar National Police", "Malagasy students"], location="Antananarivo"),
    dict(e="e3", type="statement", date="2026-11-08", participants=["President of Madagascar"], location="Antananarivo"),
    dict(e="e4", type="protest", date="2026-11-10", participants=["Malagasy students", "Toamasina residents"], location="Toamasina"),
    dict(e="e5", type="support", date="2026-11-13", participants=["African Development Bank", "Madagascar"], location=None),
], tricky=[("e1", "e4", "the march to the JIRAMA headquarters in Antananarivo on Thursday November 5 vs the demonstration in front of Toamasina's town hall the following Tuesday, same grievances, same student movement")],
note="Last year's unrest, the JIRAMA debt and the load-shedding schedule, the tear gas and the injured (part of "
     "the march), the court's release of nineteen students, the dismissal of the JIRAMA board and the energy "
     "minister announced in the address, the port workers' support in Toamasina, the World Bank's earlier "
     "loans and the rental power plants still to come are side / background events. 'the first big protest outside "
     "the capital' re-describes the Toamasina rally in the same sentence and is not marked; 'a protest about "
     "power cuts' (the movement as a whole), the national strike called 'if the cuts continue' and 'The planned "
     "national strike did not happen' are not marked.",
articles=[
dict(id="a1", source="Indian Ocean Wire", published="2026-11-05",
     title="Police fire tear gas as thousands march over Madagascar power cuts",
     text="""ANTANANARIVO - Police fired tear gas on Thursday to disperse thousands of people [[e1|marching]] on the headquarters of Madagascar's state power and water utility, JIRAMA, in protest at power cuts that have left parts of the capital without electricity for up to twelve hours a day.

The [[e1|march]], organised by student unions and neighbourhood associations, set off from the University of Antananarivo's Ankatso campus in the morning and swelled as it moved through the city centre, witnesses said. Many demonstrators carried empty water buckets and candles.

"We study by candlelight and we carry water up the hill every morning. In 2026! This is a shame for the country," said Fanja, a 20-year-old law student who gave only her first name.

Police blocked the road a few hundred metres from JIRAMA's offices at Ambohijatovo, and clashes broke out when some protesters threw stones. At least nine people were taken to hospital, according to the Red Cross.

JIRAMA, which is deeply in debt, says it cannot buy enough fuel for its diesel power plants and that low rainfall has reduced output at its hydroelectric dams. The company introduced a formal rotation of cuts in October.

The government said in a statement that the right to protest was guaranteed but that "acts of vandalism" would be punished.

Last year's protests over the same problem spread quickly from the capital to other cities and helped bring down the government of the day. Student leaders vowed to continue until the supply improved."""),
dict(id="a2", source="Antananarivo Express", published="2026-11-07",
     title="Police arrest 27 students at Ankatso after power-cut march",
     text="""ANTANANARIVO - Police [[e2|arrested]] 27 students at the University of Antananarivo's Ankatso campus before dawn on Friday, a day after a [[e1|demonstration]] against power and water cuts ended in clashes in the city centre.

Officers entered two student residences at about 4 a.m. and [[e2|took away]] young men and women accused of organising Thursday's [[e1|march]] and of throwing stones at police, the students' union said. A police spokesman said those [[e2|detained]] would be brought before a prosecutor on Monday.

"They came with dogs and broke down doors. This is how you treat criminals, not students," said Hery Rakotomalala, secretary of the union, who was not at the residence that night.

The union said it would hold a new [[e4|demonstration]] on Tuesday in Toamasina, the country's main port, where households have also suffered long cuts, and called on workers there to join.

The presidency said the head of state would [[e3|address]] the nation on Sunday evening about the energy crisis. Officials close to the government said he was expected to [[e3|announce]] changes at JIRAMA, whose board has been under pressure for months.

Human rights groups criticised the [[e2|raid]]. Amnesty International's regional office said the [[e2|arrests]] appeared designed "to intimidate students from exercising their right to protest".

Power cuts continued on Saturday, with some neighbourhoods of the capital receiving electricity for only six hours."""),
dict(id="a3", source="Island Affairs Weekly", published="2026-11-11",
     title="Toamasina joins protests as Madagascar president sacks power chiefs",
     text="""TOAMASINA - Several thousand people [[e4|demonstrated]] outside Toamasina's town hall on Tuesday, chanting for water and electricity, in the first big protest outside the capital since a [[e1|march]] in Antananarivo last week.

Dockworkers from the port joined students and market traders for the [[e4|rally]], which passed off peacefully. "We have the biggest port in the country and we cook on charcoal in the dark," said Jean-Claude Randria, a port worker.

The [[e4|protest]] came two days after the president, in a televised [[e3|speech]] on Sunday, dismissed JIRAMA's board and the energy minister and promised that rented power plants would add 120 megawatts to the grid by February. "I have heard your anger. It is justified," he said in the [[e3|address]].

Of the 27 students [[e2|arrested]] at the Ankatso campus on Friday, 19 were released by a court on Monday. Eight remain in custody, accused of violence during Thursday's [[e1|march]] on JIRAMA's headquarters.

The government is counting on foreign money to pay for the emergency plants. The African Development Bank's board is expected to [[e5|approve]] a grant of about 40 million dollars on Friday, an official at the finance ministry said, and the World Bank is considering further support.

Student leaders said they would keep up pressure until power cuts were reduced to four hours a day. They have called for a national strike next week if the cuts continue."""),
dict(id="a4", source="Africa Development Monitor", published="2026-11-20",
     title="Madagascar's power crisis: emergency money, old problems",
     text="""ANALYSIS - The African Development Bank [[e5|approved]] a 42 million dollar grant to Madagascar last Friday to help the state utility JIRAMA rent emergency power plants. It was the quickest money available, and it came after two weeks that reminded the government how fast anger over electricity can spread.

The trigger was a [[e1|march]] in Antananarivo on November 5, broken up with tear gas outside JIRAMA's offices. The police [[e2|raid]] on student residences at Ankatso the next morning, in which 27 students were held, turned a protest about power cuts into one about rights as well. By the time the president went on television on November 8 to [[e3|announce]] the sacking of the utility's board and the energy minister, the movement had already called its next [[e4|protest]], held in the port city of Toamasina two days later.

The bank's [[e5|grant]] will pay for about six months of rented diesel generation. It does nothing about JIRAMA's debts, which exceed 700 million dollars, or about the tariffs that do not cover the cost of producing power.

"Madagascar keeps buying time with borrowed generators," said Nirina Andrianjafy, an energy economist in Antananarivo. "The real reform, making JIRAMA pay its way, has been promised by every government for twenty years."

For now, the streets are calmer. The planned national strike did not happen, and the eight students still in custody are due in court next week."""),
]),
# ---------------------------------------------------------------------------- i10
dict(story="i10", topic="Bombings in Corsica: holiday villas blown up near Porto-Vecchio and an estate agency bombed in Ajaccio five days later, gendarme squadrons sent to the island, anti-terrorism arrests and a nationalist march in Ajaccio (Corsica; France)", events=[
    dict(e="e1", type="attack", date="2026-01-10", participants=["Corsican nationalist militants"], location="Porto-Vecchio"),
    dict(e="e2", type="attack", date="2026-01-15", participants=["Corsican nationalist militants"], location="Ajaccio"),
    dict(e="e3", type="deployment", date="2026-01-17", participants=["Gendarmerie mobile"], location="Corsica"),
    dict(e="e4", type="arrest", date="2026-01-20", participants=["SDAT", "Corsican nationalist suspects"], location="Bastia"),
    dict(e="e5", type="protest", date="2026-01-24", participants=["Corsican nationalist groups"], location="Ajaccio"),
], tricky=[("e1", "e2", "the night bombing of two holiday villas near Porto-Vecchio on Saturday January 10 vs the bomb that wrecked an estate agency in Ajaccio early on Thursday January 15, both blamed on the same nationalist network")],
note="The FLNC's laying down of arms in 2014, the wave of attacks on second homes in the 1990s and 2010s, the "
     "graffiti, the bomb-disposal teams, the interior minister's condemnation and visit, the autonomy talks with "
     "Paris, the court's remand of three suspects, the release of the fourth, the Assembly of Corsica's debate "
     "and the clashes at the end of the march are side / background events. 'two bombings this month', 'either "
     "explosion', 'planted the devices at Palombaggia on January 10 and in Ajaccio five days later' and 'anger "
     "about the bombs' cover both attacks and are not marked; 'Next time someone will die' is hypothetical.",
articles=[
dict(id="a1", source="Mediterranean Wire", published="2026-01-11",
     title="Two holiday villas destroyed by bombs in southern Corsica",
     text="""AJACCIO - Two holiday villas were destroyed by [[e1|explosions]] near Porto-Vecchio in southern Corsica late on Saturday, in what prosecutors called a coordinated attack by Corsican nationalists.

The houses, owned by families from the Paris region and empty at this time of year, stand a few hundred metres apart above the beach at Palombaggia. Neighbours heard two [[e1|blasts]] shortly before midnight, and firefighters found both buildings in ruins. No one was hurt.

The letters "IFF", for "I Francesi Fora" ("French out"), were painted on a wall near one of the villas, a gendarmerie source said.

The national anti-terrorism prosecutor's office in Paris said it had taken charge of the investigation into the [[e1|bombings]], which it described as "attempted destruction by explosive substance in connection with a terrorist enterprise".

Interior Minister Laurent Séverin condemned the [[e1|attack]] as "an intolerable act of intimidation" and said the state would "not give an inch to violence".

Attacks on second homes owned by mainlanders and foreigners were common in Corsica in the 1990s and 2000s, when clandestine groups used them to protest against rising property prices and what they called the colonisation of the island. The main armed group, the FLNC, announced in 2014 that it was laying down its arms, but there have been sporadic incidents since.

The [[e1|bombing]] comes as Paris and the Corsican authorities negotiate a new status of autonomy for the island, which could be put to a vote in parliament this year."""),
dict(id="a2", source="Island Gazette", published="2026-01-16",
     title="Bomb wrecks estate agency in Ajaccio; Paris sends gendarmes",
     text="""AJACCIO - A bomb [[e2|wrecked]] an estate agency in the centre of Ajaccio early on Thursday, five days after two holiday villas were [[e1|blown up]] near Porto-Vecchio, and the government said it would [[e3|send]] extra gendarmes to the island.

The device [[e2|went off]] at about 3.30 a.m. outside the agency on Cours Napoléon, which sells holiday homes to buyers from mainland France and abroad. The [[e2|blast]] shattered windows in the building above, where two families were asleep. Firefighters evacuated twelve residents. Nobody was injured.

"This time they chose a street where people live. Next time someone will die," said Ajaccio's deputy mayor, Marie-Paule Ceccaldi.

The anti-terrorism prosecutor's office said it was investigating the Ajaccio [[e2|blast]] together with last weekend's [[e1|attack]] at Palombaggia and did not rule out a link.

Interior Minister Laurent Séverin announced on Thursday evening that two squadrons of mobile gendarmes, about 150 officers, would [[e3|arrive]] in Corsica this weekend to guard property and support the investigation. He will visit the island next week.

Nationalist parties in the Assembly of Corsica condemned the violence but said the state was using it as an excuse to harden its position in the autonomy talks. "Sending more uniforms has never solved a political problem," said a spokesman for one group.

No group has claimed either explosion. Estate agents in Porto-Vecchio and Calvi said they had hired private security guards."""),
dict(id="a3", source="Mediterranean Wire", published="2026-01-21",
     title="Four arrested in Corsica over bombings",
     text="""BASTIA - Anti-terrorism police [[e4|arrested]] four men in Bastia and near Porto-Vecchio on Tuesday over two bombings this month that destroyed holiday villas and damaged an estate agency in Ajaccio, prosecutors said.

The suspects, aged between 19 and 31, were [[e4|detained]] in dawn raids by officers of the SDAT, France's anti-terrorism police, supported by gendarmes. Detectives found explosives and spray paint in a garage in Bastia, a source close to the investigation said. The men were flown to Paris for questioning.

The [[e4|arrests]] come after the mobile gendarmes sent to the island [[e3|landed]] in Ajaccio and Bastia on Saturday and began patrolling areas with many second homes.

Investigators believe the same small network planted the devices at Palombaggia on January 10 and in Ajaccio five days later, the source said.

Nationalist groups reacted angrily. Two of those held are members of a student union at the University of Corsica in Corte. A coalition of nationalist movements called a [[e5|march]] in Ajaccio on Saturday to demand their release and to protest against what it called "the criminalisation of a whole generation".

"These young people are being treated as terrorists before any trial," said Petru Antone Leca, a lawyer for one of the men.

The interior minister, who visited Bastia on Monday, said the [[e4|operation]] showed that "the state is present and determined"."""),
dict(id="a4", source="French Affairs Review", published="2026-02-02",
     title="Corsica's January of bombs, raids and marches",
     text="""ANALYSIS - For a few weeks in January, Corsica seemed to slip back into the 1990s.

It started on January 10, when two empty holiday villas at Palombaggia, near Porto-Vecchio, were [[e1|destroyed]] by bombs. Five days later, an estate agency in Ajaccio was [[e2|hit]], this time below flats where families were sleeping. Paris answered with about 150 mobile gendarmes who [[e3|reached]] the island on January 17, and three days later anti-terrorism police [[e4|detained]] four young men in Bastia and near Porto-Vecchio.

The [[e4|arrests]] turned anger about the bombs into anger about the state. On January 24 several thousand people [[e5|marched]] through Ajaccio behind banners reading "Libertà per i nostri figlioli", freedom for our children. The [[e5|demonstration]] ended with clashes near the prefecture, where riot police used tear gas.

Three of the suspects have since been charged and remanded in custody in Paris; the fourth was released.

"The bombers achieved something the nationalist parties could not: they made Paris look heavy-handed again," said Jean-Baptiste Orsoni, a historian at the University of Corsica.

The timing could hardly be worse for the autonomy talks, which resumed in Paris last week. Corsican negotiators say they cannot be seen to accept a deal while young islanders are in prison. Officials in Paris reply that there can be no negotiation under the threat of bombs.

The island's assembly will debate the crisis on Thursday."""),
]),
]
