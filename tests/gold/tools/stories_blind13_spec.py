"""Source of ../stories_blind13/articles.jsonl and ../stories_blind13/gold.jsonl.

THIRTEENTH BLIND story set (stories_blind13) for the cross-article deduplication benchmark.
It was written BLIND by a helper that never read the system or ran it: without running the
timeline extractor, the `timeline` command, the dedup benchmark or the tests on these texts,
and without reading the system's code, extraction or clustering rules or word lists.  Only
the format of the earlier sets was consulted (build_stories.py, validate.py's check_stories,
the docstring and first two stories of stories_dev16_spec, the topic lists in
tests/gold/README.md, DATASETS.md section 2).  It is for REPORTING ONLY: the system's errors
on it must never be read or used for tuning.

10 stories (j01..j10), each with 5 gold events and exactly one tricky pair, told by 4
articles each (40 in all) from invented outlets, published on different days over one to
three weeks in 2026.  Five stories are politics, diplomacy and security (the Sarstoon River
dispute between Belize and Guatemala, shelling from Myanmar into Bangladesh, the Anjouan
governorship by-election in Comoros, the arrest of Gagauzia's governor and Western sanctions,
the Grand Ethiopian Renaissance Dam letters) and five are crises on the ground (a diphtheria
outbreak in Siguiri, Guinea, separatist attacks in Yahukimo, Papua, a dzud with two deadly
blizzards in Mongolia, power-cut protests in Basra, a gas explosion in an Almaty apartment
block).  Each story has a short breaking item, two follow-ups with background and quotes, and
an analysis written days or weeks later that retells the earlier events with dates or
relative dates.

All articles are fiction written for this data set (invented outlets, people, companies and
events; real places and institutions).  Event mentions are marked inline as [[eN|trigger]];
build_stories.py strips the markers, computes character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_blind13_spec \\
        --out tests/gold/stories_blind13

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, and every mention of them is marked, planned or
future references to an event that then happened included (Belize "asked ... to call a
special session", the ministers "were expected to meet" / "had agreed to meet", "a draft protocol", Dhaka would
"lodge the strongest possible protest", the BGB "will send" / "was sending" platoons, the AU
observers "would present" their findings, the candidate's call "to march on Thursday", the
citizens' platform "would publish a separate report", supporters "announced a rally", EU
ministers "are expected to approve sanctions", Washington "is expected to follow" and "would
announce its own sanctions", Cairo "would write" to the Security Council, the AU "would
convene" the ministers, who "are due to meet", experts "to submit a report", the WHO "would
send" a team, MSF "would deploy", vaccines "due to arrive", nurses "threatened a sit-in from
next Monday", Tokyo "would provide" aid, the FAO "would publish an assessment", organisers'
call "to block the main road", the ministry "would sign a contract", the commission "will
report").  Background and side events are left unmarked, even when they have the same type
as a gold event: the April 5 standoff on the Sarstoon and the Belizean boats' withdrawal,
Guatemala's answering note, a second Belizean patrol boat moved to Punta Gorda, the CARICOM,
U.S. and Mexican calls for restraint, the Guatemalan navy's statement, the planned pull-back
of the extra gunboats; the summons of the Myanmar ambassador, the Myanmar embassy's and the
military government's statements, the 2024 shells on Ghumdhum and the border guards who fled
then, a post in Puncak shot at, Rohingya boats turned back; the tear gas in Ouani on polling
day, the electoral commission's results, the detention of about 20 young men during the
Mutsamudu march, the ruling party's celebration, the Supreme Court's confirmation; the
prosecutors' statement, the court's remand and its extension, the Moldovan spokesman's reply,
a counter-rally in Chișinău, the EU foreign ministers' meeting, Russia's reaction to the EU
listings, earlier EU sanctions under the Moldova regime, the 2014 Gagauz referendum, a
protest planned for the end of May; Egypt's 2020 and 2021 letters and the Council's meetings,
Ethiopia's rejection of Egypt's letter, the Arab League's statement, Sudan's demand for data,
the ministers' communique and their next meeting in October, Ethiopia's agreement in
principle to share data; the children's deaths in Siguiri (a cumulative toll), the
government's emergency funds, the minister's visit, the 2023 outbreak, the vaccination
campaign; the teachers' evacuation, Komnas HAM's statement, the 2023 abduction of a New
Zealand pilot, the suspension of flights; the herders' deaths earlier in the winter, the
Red Cross appeal, Chinese fodder, the State Emergency Commission's meeting, the FAO's
December warning, the 2024 dzud; the protester's death during the Basra march, the funeral,
the governor's meeting with tribal sheikhs, a smaller protest in Nasiriyah, the 2018 Basra
protests, a new protest called for the following week; the explosion itself, the
evacuation, the akim's apology and compensation, the gas company's statement, the
pre-trial custody ruling, the director's questioning, the nationwide inspections and the
earlier blasts in Shymkent and Karaganda.  Aggregate mentions covering two gold events ("the
two shellings", "two very different accounts", "the two observer verdicts", "The West ...
moved quickly", "The Western penalties", "Both letters", "The international response", "the
foreign teams", "the international teams", "Both storms", "The human toll", "two weeks of
unrest", "The four detained men") and negated, generic or hypothetical mentions ("Bangladesh
is protesting to a government", "Every time there is an attack", "Arrests after an attack",
"No one has been charged", "If they walk out", "whether to block the road again", "A march
in the city is news", "a new session", "We are happy they are arresting bosses") are not
marked; nor is the predicate nominal "the second major protest" (the Umm Qasr blockade).
Titles are not annotated.  One event, j07-e5 (the Dekai arrests), is mentioned in one article
only, three times.  Articles are 212-244 words; the articles of a story are published on
different days, so the same weekday name can point to different dates ("on Tuesday" is
Belize's note in the first Sarstoon article and the OAS session, future in the second and
past in the third; "on Thursday" is the future Mutsamudu march in one Comoros article and
the citizens' report in the analysis; "last Friday" is written on a Friday, "last Tuesday" on
a Tuesday and "last Sunday" on a Sunday, each meaning a week before), and some dates are given
only relatively ("two days after", "two days later", "two days earlier", "three days after",
"three days later", "five days after", "six days after", "nine days after", "nine days
later", "less than a week after", "a week later", "a week earlier", "a week before", "the
day after", "the day before", "a day after", "the next day", "the following day", "the same
day", "the following Tuesday", "that Saturday", "at the weekend", "last Wednesday", "last
Sunday", "last Friday", "last Tuesday", "last week", "last week's", "later this month",
"next week", "next Monday", "within two weeks", "Three weeks after", "Two weeks after").

Type conventions used here (the type list has no better fit):
  * Belize's protest note to Guatemala and Bangladesh's protest note to Myanmar are `letter`
    events, and so are Egypt's letter to the UN Security Council and Sudan's letter to the
    African Union Commission two days later (a tricky pair);
  * Guatemalan gunboats and marines sent to Livingston, Border Guard Bangladesh platoons sent
    to Naikhongchhari and Teknaf, Indonesian army troops flown into Dekai, and a WHO
    rapid-response team and an MSF emergency team reaching Siguiri three days apart (a tricky
    pair) are `deployment` events;
  * the special session of the OAS Permanent Council in Washington and the two foreign
    ministers' meeting in the Adjacency Zone a week later (a tricky pair), and the Nile water
    ministers' meeting in Addis Ababa, are `meeting` events; the Sarstoon patrol protocol
    signed at the ministers' meeting and the Iraqi power-ship contract are `agreement` events;
  * shells from the fighting in Myanmar landing on Ghumdhum and, five days later, hitting a
    fishing boat on the Naf River (a tricky pair), and the gunmen's attack on the Kurima school
    and their shooting at a plane at the Anggruk airstrip five days later (a tricky pair) are
    `attack` events; the deaths they caused are part of the attacks and words for them are not
    marked, except that in Yahukimo, where the killing of the teachers is the attack,
    "killing", "killings" and "killed" are marked when they name it (not the participle
    "killing two teachers" in the clause of "attacked");
  * the Arakan Army's denial, the Russian foreign ministry's condemnation, Ethiopia's
    announcement that it will raise the reservoir, Guinea's declaration of the outbreak,
    Mongolia's declaration of a disaster, the Iraqi prime minister's office's order of an
    inquiry and the Kazakh president's order of nationwide checks are `statement` events;
  * the Anjouan by-election is an `election` event;
  * the African Union observers' preliminary report and the Comorian citizens' platform's
    report nine days later (a tricky pair), the AU experts' report on the filling plan, the
    FAO's livestock-loss report and the Almaty commission's report are `report` events;
  * the Mutsamudu march, the Comrat rally, the Siguiri nurses' sit-in and the Basra march and
    the Umm Qasr road blockade six days later (a tricky pair) are `protest` events, each dated
    to its first day;
  * the detention of the losing Comorian candidate, of Gagauzia's governor and of three
    suspects in Dekai, and the detention of two Almaty gas fitters and the arrest of the gas
    company's deputy director and an inspector a week later (a tricky pair) are `arrest`
    events;
  * the EU's asset freezes and travel bans and the U.S. Treasury's sanctions three days later
    (a tricky pair) are `sanction` events;
  * the three herders' deaths in the Zavkhan blizzard and the deaths of two herders and a boy
    in the Khövsgöl blizzard nine days later (a tricky pair), and the deaths in the Almaty
    explosion, are `casualties` events; only words for the deaths are marked ("died",
    "deaths", "perished", "were killed", "froze to death", "death toll"), not the storms or
    the explosion, nor "the dead" or "the victims";
  * UNICEF's delivery of Gavi-funded vaccine and Japan's emergency grant are `support` events.
"""

STORIES = [
# ---------------------------------------------------------------------------- j01
dict(story="j01", topic="Sarstoon River dispute between Belize and Guatemala: Belize's protest note, Guatemalan gunboats and marines sent to Livingston, a special session of the OAS Permanent Council, the foreign ministers' meeting in the Adjacency Zone and the patrol protocol they sign (Sarstoon River, Belmopan, Livingston, Washington and the Adjacency Zone; Belize - Guatemala)", events=[
    dict(e="e1", type="letter", date="2026-04-07", participants=["Belize", "Guatemala"], location="Belmopan"),
    dict(e="e2", type="deployment", date="2026-04-09", participants=["Guatemalan Navy"], location="Livingston"),
    dict(e="e3", type="meeting", date="2026-04-14", participants=["Organization of American States", "Belize", "Guatemala"],
         location="Washington"),
    dict(e="e4", type="meeting", date="2026-04-21", participants=["Belize", "Guatemala"], location="Adjacency Zone"),
    dict(e="e5", type="agreement", date="2026-04-21", participants=["Belize", "Guatemala"], location="Adjacency Zone"),
], tricky=[("e3", "e4", "the special session of the OAS Permanent Council in Washington on Tuesday April 14, where ambassadors spoke, vs the two foreign ministers' own meeting at the OAS office in the Adjacency Zone a week later, same dispute, same two countries, OAS present at both")],
note="The April 5 standoff at the river mouth and the Belizean boats' retreat, Guatemala's answering note, the "
     "second Belizean patrol boat moved to Punta Gorda, the CARICOM, U.S. and Mexican calls for restraint, the "
     "ICJ case, the 2016 confrontations and the planned pull-back of the extra Guatemalan boats by the end of May "
     "are side / background events.",
articles=[
dict(id="a1", source="Caribbean Wire Service", published="2026-04-08",
     title="Belize protests to Guatemala after Sarstoon River standoff",
     text="""BELMOPAN - Belize has lodged a formal [[e1|protest]] with Guatemala over what it called the "unlawful obstruction" of a coast guard patrol on the Sarstoon River, the foreign ministry said on Tuesday.

The [[e1|note]], delivered to the Guatemalan embassy in Belmopan, says three Guatemalan navy gunboats surrounded a Belizean patrol boat and a group of environmental rangers near the mouth of the river on Sunday and ordered them to turn back. No shots were fired and nobody was hurt, but the Belizean boats withdrew after a standoff of about two hours.

"The Sarstoon is Belizean territory, and Belize will not be chased out of its own waters," Foreign Minister Dorian Castillo told reporters outside the National Assembly.

Belize has also asked the Organization of American States to call a special [[e3|session]] of its Permanent Council, a ministry official said.

Guatemala's navy said in a short statement that its boats had been patrolling "Guatemalan waters" and had acted within the law.

Guatemala claims roughly half of Belize's territory, and the two countries have asked the International Court of Justice to settle the claim; a ruling is still awaited. The Sarstoon, which forms their southern border, has seen repeated confrontations since 2016, when Guatemalan gunboats first turned back Belizean patrols there. Belizean activists and rangers have kept up regular trips to the river mouth to assert the country's claim, usually with a coast guard escort."""),
dict(id="a2", source="Central American Press Agency", published="2026-04-10",
     title="Guatemala reinforces navy base near disputed river",
     text="""GUATEMALA CITY - Two more Guatemalan navy patrol boats and about 120 marines [[e2|arrived]] in Livingston, the Caribbean port closest to the Sarstoon River, on Thursday, the defence ministry said, two days after Belize [[e1|protested]] over the treatment of one of its coast guard patrols.

A ministry spokesman, Colonel Héctor Barrios, said the [[e2|reinforcement]] was "routine and defensive" and aimed at drug smugglers as much as at any neighbour. "Our navy patrols our rivers. That is not a provocation," he said.

Guatemala's foreign ministry answered Belize's [[e1|note]] with one of its own on Wednesday, rejecting the [[e1|protest]] and describing the Sarstoon as "a Guatemalan river". Belize, for its part, put its coast guard on alert and moved a second patrol boat to Punta Gorda.

The OAS Permanent Council will hold a special [[e3|session]] on the dispute in Washington on Tuesday at Belize's request. Diplomats said the foreign ministers of both countries were also expected to [[e4|meet]] later this month at the OAS office in the Adjacency Zone, the strip along the border where the organisation has monitored incidents since 2003.

In Livingston, a town of Garifuna and Q'eqchi' fishermen that can only be reached by boat, the new arrivals drew crowds at the dock. "They come, they go. The river stays the same," said Marco Caal, who sets his nets near the river mouth. "What we want is for nobody to take our catch.\""""),
dict(id="a3", source="Hemisphere Report", published="2026-04-15",
     title="OAS urges restraint on Sarstoon; ministers to meet next week",
     text="""WASHINGTON - The Organization of American States urged Belize and Guatemala on Tuesday to avoid "any action that could escalate" their dispute over the Sarstoon River, after a special [[e3|session]] of its Permanent Council that lasted more than three hours.

Belize's ambassador, Carla Young, told the [[e3|meeting]] that Guatemala's [[e2|deployment]] of extra gunboats and marines to Livingston last week was "an attempt to settle by force what both countries have agreed to leave to the International Court of Justice". She cited the April 5 confrontation at the river mouth and the [[e1|note]] Belize sent two days later.

Guatemala's envoy, Rodrigo Estrada, said his government had "no warlike intentions" and had [[e2|reinforced]] its river base only to fight trafficking.

The council adopted no resolution. Instead, the OAS general secretariat announced that the foreign ministers of the two countries had agreed to [[e4|meet]] on April 21 at the organisation's office in the Adjacency Zone, with OAS officials present. The ministers will look at "practical measures" for patrols on the river, and OAS staff have circulated a draft [[e5|protocol]], an official said.

Several Caribbean delegations, speaking for CARICOM, backed Belize. The United States and Mexico called for restraint from both sides.

"The ambassadors talked past each other today," said Laura Méndez, a Central America analyst at a Washington think tank. "Whatever gets done will get done when the ministers sit at the same table. Neither capital wants this to become a military problem.\""""),
dict(id="a4", source="Central America Monitor", published="2026-04-29",
     title="A paper truce on the Sarstoon",
     text="""ANALYSIS - When the foreign ministers of Belize and Guatemala [[e4|sat down]] at the OAS office in the Adjacency Zone on April 21, they were expected to do little more than lower the temperature. They came out with a text.

The six-point [[e5|protocol]] they signed commits both navies to tell each other 24 hours before patrolling the lower Sarstoon, to keep a radio channel open and to let OAS observers ride along on request. Belizean rangers may keep visiting the river mouth, and Guatemala says it will pull its extra boats out of Livingston by the end of May.

The crisis had built fast. After a standoff at the river mouth on April 5, Belize [[e1|protested]] in writing two days later, and Guatemala answered on April 9 by [[e2|sending]] two more gunboats and about 120 marines to Livingston. A special [[e3|session]] of the OAS Permanent Council in Washington the following Tuesday produced speeches but no resolution; it took the ministers' [[e4|talks]] a week later to produce anything on paper.

"It is a traffic code, not a border," said Ian Gentle, a lecturer in international law at the University of Belize. "The [[e5|agreement]] says nothing about who owns the river, and it cannot, because that question is with the court in The Hague."

Fishermen on both banks say they will judge the [[e5|deal]] by whether their boats are left alone this summer."""),
]),
# ---------------------------------------------------------------------------- j02
dict(story="j02", topic="cross-border shelling from Myanmar into Bangladesh: shells on Ghumdhum, Bangladesh's protest note, Border Guard Bangladesh reinforcements, a shell hitting a fishing boat on the Naf River and the Arakan Army's denial (Bandarban, Dhaka, Teknaf; Bangladesh - Myanmar)", events=[
    dict(e="e1", type="attack", date="2026-02-03", participants=["Myanmar"], location="Ghumdhum"),
    dict(e="e2", type="letter", date="2026-02-04", participants=["Bangladesh", "Myanmar"], location="Dhaka"),
    dict(e="e3", type="deployment", date="2026-02-05", participants=["Border Guard Bangladesh"], location="Naikhongchhari"),
    dict(e="e4", type="attack", date="2026-02-08", participants=["Myanmar"], location="Naf River"),
    dict(e="e5", type="statement", date="2026-02-09", participants=["Arakan Army"], location=None),
], tricky=[("e1", "e4", "mortar shells from the Myanmar fighting landing on a village in Ghumdhum, Bandarban, on Tuesday February 3 vs a shell hitting a fishing boat on the Naf River off Teknaf five days later, both cross-border fire from Myanmar killing Bangladeshis")],
note="Bangladesh's summons of the Myanmar ambassador, the 2024 shells on Ghumdhum and the flight of Myanmar border "
     "guards into Bangladesh that year, the Myanmar embassy's and the military government's statements, the "
     "closure of schools and of the Teknaf land port and the ban on fishing in the Naf are side / background "
     "events. 'the two shellings' is aggregate and not marked; the words for the deaths caused by "
     "the shells ('the deaths of a schoolboy and a farmer') are part of the attacks and not marked.",
articles=[
dict(id="a1", source="Bay of Bengal Wire", published="2026-02-03",
     title="Shells from Myanmar kill two in Bangladesh border village",
     text="""COX'S BAZAR, Bangladesh - Two people were killed and four wounded on Tuesday when mortar shells fired during fighting across the border in Myanmar [[e1|landed]] on a village in Bangladesh's Bandarban district, police and local officials said.

The shells [[e1|hit]] Ghumdhum union in Naikhongchhari sub-district at around 11 a.m., one of them crashing through the tin roof of a house where a family was eating, said Kamal Uddin, chairman of the union council. A 12-year-old boy and a farmer working in a nearby paddy field died at the scene.

Border Guard Bangladesh (BGB) said the rounds came from the Myanmar side, where the Arakan Army, an ethnic armed group, has been fighting the military government's forces for control of the border area for more than two years. Residents said the sound of heavy guns carried across the frontier through the morning.

The [[e1|shelling]] was the deadliest of its kind since early 2024, when stray shells killed two people in the same area and hundreds of Myanmar border guards fled into Bangladesh to escape the fighting.

Bangladesh's foreign ministry said it would summon Myanmar's ambassador and lodge "the strongest possible [[e2|protest]]".

Local authorities closed two primary schools in Ghumdhum and told families living within a kilometre of the border to move in with relatives further inland. About 300 people had left their homes by the evening, Uddin said."""),
dict(id="a2", source="Dhaka Ledger", published="2026-02-05",
     title="Dhaka hands Myanmar envoy protest note, sends more border guards",
     text="""DHAKA - Bangladesh summoned Myanmar's ambassador on Wednesday and handed him a protest [[e2|note]] over Tuesday's deadly [[e1|shelling]] of a border village, and said it was [[e3|sending]] more border guards to the frontier.

The [[e2|note]] demands that Myanmar "take immediate and effective measures" to stop fire from crossing the border and "hold accountable those responsible" for the deaths of a schoolboy and a farmer in Ghumdhum, foreign ministry spokesman Tareq Ahmed told a briefing.

"We have conveyed our deep concern. Bangladesh will not tolerate its citizens being killed in their own homes," he said.

The Myanmar embassy said in a statement that its government "regrets the loss of life" and blamed the Arakan Army, which it calls a terrorist group.

Border Guard Bangladesh will [[e3|send]] three additional platoons to Naikhongchhari and Teknaf from Thursday, its director general, Major General Anwar Kabir, said after visiting Ghumdhum. "The border is secure. Our men will be on alert day and night," he said.

Bangladesh hosts about 1.2 million Rohingya refugees who fled Myanmar, most of them in camps in Cox's Bazar district, and officials fear the fighting across the border could push more people to cross. On Wednesday, the BGB said it had turned back two boats carrying about 40 Rohingya on the Naf River.

Villagers in Ghumdhum buried the two victims on Wednesday afternoon."""),
dict(id="a3", source="Chittagong Courier", published="2026-02-09",
     title="Fisherman killed as shell hits boat on Naf River",
     text="""TEKNAF - A fisherman was killed and three others were wounded when a shell fired from Myanmar [[e4|struck]] their boat on the Naf River on Sunday, five days after cross-border fire [[e1|hit]] a village in neighbouring Bandarban district.

The men had been casting nets near Shah Porir Dwip when the round [[e4|exploded]] in the water beside them at about 4 p.m., said Abdus Salam, a Teknaf police officer. The wounded were taken to the district hospital in Cox's Bazar.

The Arakan Army said in a [[e5|statement]] on Monday that its fighters "did not and would not" fire on Bangladeshi territory and accused the Myanmar military of [[e4|shelling]] the riverbank from its positions south of Maungdaw. The military government, in a separate statement, blamed the rebels.

Sunday's [[e4|shelling]] came despite the [[e3|arrival]] on Thursday of three extra BGB platoons along the border. Border guards said they had stepped up patrols on the river but could not stop rounds fired from the other side.

Fishermen in Teknaf, who already face a ban on fishing in parts of the Naf, said they would stay ashore. "The river is our only income, but it is not worth dying for," said Nurul Islam, who owns three boats.

Dhaka has not received any reply to the protest [[e2|note]] it handed Myanmar's ambassador last Wednesday, a foreign ministry official said on Monday."""),
dict(id="a4", source="South Asia Security Review", published="2026-02-20",
     title="Bangladesh's border war it cannot answer",
     text="""ANALYSIS - For Bangladesh, the first three weeks of February have shown how little a state can do when somebody else's war spills over its border.

The first [[e1|barrage]], on February 3, killed a boy and a farmer in Ghumdhum. The second, on February 8, [[e4|hit]] a fishing boat on the Naf River and killed a fisherman. Neither government nor rebels in Myanmar have accepted responsibility for the two shellings: the Arakan Army's [[e5|denial]] the day after the river [[e4|attack]] was matched, hours later, by the military's own.

Dhaka's response has followed the playbook it used in 2024. It summoned the ambassador and delivered a protest [[e2|note]] the day after the Ghumdhum [[e1|shelling]], and the BGB [[e3|deployed]] three extra platoons to Naikhongchhari and Teknaf on February 5. Neither step has changed the calculus of the armed men on the other bank.

"Bangladesh is protesting to a government that no longer controls the border," said Farhana Rahman, a security researcher in Dhaka. "The Arakan Army holds almost the whole Rakhine frontier. Dhaka has to decide whether it will talk to them openly."

So far it will not. Officials still insist that contact with the group goes through "informal channels".

Meanwhile the cost keeps rising. Schools in Ghumdhum remain closed, the land port at Teknaf has been shut since the river [[e4|attack]], and fishermen say they have lost most of the winter season."""),
]),
# ---------------------------------------------------------------------------- j03
dict(story="j03", topic="Anjouan governorship by-election in Comoros: the vote, the African Union observers' preliminary report, an opposition protest in Mutsamudu, the arrest of the losing candidate and a citizens' observer platform's report on ballot stuffing (Anjouan and Moroni; Comoros)", events=[
    dict(e="e1", type="election", date="2026-03-01", participants=["Anjouan voters"], location="Anjouan"),
    dict(e="e2", type="report", date="2026-03-03", participants=["African Union election observation mission"], location="Moroni"),
    dict(e="e3", type="protest", date="2026-03-05", participants=["Juwa party supporters"], location="Mutsamudu"),
    dict(e="e4", type="arrest", date="2026-03-06", participants=["Comoros gendarmerie", "Soilihi Abdou Madi"], location="Ouani"),
    dict(e="e5", type="report", date="2026-03-12", participants=["Plateforme citoyenne pour des élections transparentes"],
         location="Moroni"),
], tricky=[("e2", "e5", "the African Union mission's preliminary report in Moroni two days after the vote, which called it generally calm, vs the Comorian citizens' observer platform's report nine days later, which found ballot stuffing, same election, both observers' findings")],
note="The tear gas outside a polling station in Ouani on election day, the electoral commission's announcement of "
     "the results, the detentions of protesters during the march, the ruling party's celebration, the Supreme "
     "Court's confirmation of the result, the late governor's death and the 2019 protests are side / background "
     "events. 'the two observer verdicts' is aggregate and not marked.",
articles=[
dict(id="a1", source="Indian Ocean Press", published="2026-03-02",
     title="Anjouan votes for governor amid fraud claims",
     text="""MUTSAMUDU, Comoros - Voters on the Comorian island of Anjouan went to the polls on Sunday in a [[e1|by-election]] for governor, called after the death in December of the island's previous governor, Abdallah Saïd Toihir.

Turnout appeared low in the capital, Mutsamudu, where many polling stations opened more than two hours late, according to reporters and voters. In the town of Ouani, gendarmes fired tear gas to disperse a crowd that had gathered outside a school used as a polling station after a rumour spread that ballot boxes were being swapped.

The [[e1|vote]] is a two-way race between Anissi Mohamed Houmadi, a former education minister backed by the ruling Convention for the Renewal of the Comoros (CRC), and Soilihi Abdou Madi, a lawyer and Ouani businessman who is running for the opposition Juwa party.

Abdou Madi said on Sunday evening that his agents had been barred from "dozens" of polling stations and that he would not accept "a stolen result". A CRC spokesman dismissed the complaint as "the excuse of a man who knows he has lost".

An African Union observer mission of 14 people, which followed the [[e1|poll]] in all five of Anjouan's prefectures, said it would present its preliminary [[e2|findings]] in Moroni on Tuesday.

Anjouan, the most populous island of the Comoros archipelago after Grande Comore, has a history of separatism and contested elections. The national electoral commission is expected to announce provisional results within three days."""),
dict(id="a2", source="Comoros Tribune", published="2026-03-04",
     title="AU observers call Anjouan vote calm but flawed; ruling party wins",
     text="""MORONI - African Union observers said on Tuesday that Sunday's [[e1|election]] for governor of Anjouan had been "generally calm" but marred by late openings and the absence of opposition agents at many polling stations.

In its preliminary [[e2|report]], read to journalists at a Moroni hotel by the head of the mission, former Malagasy minister Hanta Rasoanaivo, the mission said it had visited 96 polling stations and found "no evidence of large-scale irregularities" but urged the authorities to publish results station by station.

On Wednesday, the national electoral commission announced that Anissi Mohamed Houmadi, the ruling party candidate, had won 57.8 percent of the votes against 42.2 percent for Soilihi Abdou Madi. Turnout was 51 percent.

Abdou Madi rejected the result and called on his supporters to [[e3|march]] through Mutsamudu on Thursday. "The AU saw only what it was shown," he said by telephone from Ouani. "The people of Anjouan know what happened."

CRC supporters celebrated in the streets of Mutsamudu on Wednesday evening, honking horns and waving the party's green flags.

The governor of Anjouan has limited powers, but the post carries weight in a country where the three islands jealously guard their autonomy. The opposition accuses the government of concentrating power since a 2018 referendum on the constitution, which it boycotted."""),
dict(id="a3", source="Africa Newsline", published="2026-03-07",
     title="Comoros opposition candidate arrested after Anjouan protest",
     text="""MUTSAMUDU, Comoros - Gendarmes [[e4|arrested]] Soilihi Abdou Madi, the opposition candidate defeated in last Sunday's governorship [[e1|election]] on Anjouan, at his home in Ouani on Friday, a day after security forces used tear gas to break up a [[e3|protest]] by his supporters.

Abdou Madi is accused of "disturbing public order" and "inciting rebellion", a prosecutor in Mutsamudu told reporters. His lawyer, Me Fatima Said, called the [[e4|arrest]] "a political abduction" and said her client had been flown to Moroni.

Several hundred people took part in Thursday's [[e3|march]], which set off from the Juwa party's offices in the old town and was stopped by gendarmes before it reached the governorate. Witnesses said officers fired tear gas into the narrow streets of the medina and detained about 20 young men. Two gendarmes were injured by stones, according to the police.

The African Union observers, whose preliminary [[e2|report]] on Tuesday described the [[e1|vote]] as "generally calm", said on Saturday that they were "following developments with concern".

A coalition of Comorian civil-society groups that deployed its own monitors, the Plateforme citoyenne pour des élections transparentes, said it would publish a separate [[e5|report]] next week.

"We will show what the international observers did not see," said the platform's coordinator, Nourdine Bacar. The Supreme Court has yet to rule on the opposition's challenge to the result."""),
dict(id="a4", source="Indian Ocean Review", published="2026-03-16",
     title="Anjouan: two observer verdicts, one governor",
     text="""ANALYSIS - Two weeks after Anjouan [[e1|elected]] a governor, the island has a winner, a jailed runner-up and two very different accounts of how the [[e1|vote]] went.

The second [[e5|account]] came on Thursday. In a 40-page [[e5|report]] presented in Moroni, the Plateforme citoyenne pour des élections transparentes said its monitors had seen ballot stuffing or the expulsion of opposition agents in 41 of the 212 polling stations it covered. The [[e5|document]] includes photographs of pre-filled ballots found in Domoni.

That is hard to square with the African Union's preliminary [[e2|assessment]] of March 3, which found "no evidence of large-scale irregularities". The AU team visited fewer than half as many stations and left the island the day after its [[e2|statement]].

Events since the March 1 [[e1|poll]] have not helped the government's case. The opposition [[e3|march]] through Mutsamudu on March 5 was broken up with tear gas, and the next day gendarmes [[e4|detained]] the defeated candidate, Soilihi Abdou Madi, who is still being held in Moroni. On Saturday the Supreme Court confirmed the result.

"The government will govern Anjouan, but it will struggle to persuade Anjouanais that it won fairly," said Ahmed Wadaane, a political scientist at the University of the Comoros.

The platform has asked for a recount in the 41 stations. The government says the two observer verdicts should not be "put on the same level", since only one came from an international mission."""),
]),
# ---------------------------------------------------------------------------- j04
dict(story="j04", topic="arrest of Gagauzia's governor: her detention at Chișinău airport, a rally in Comrat, a Russian foreign ministry statement, EU sanctions and then U.S. Treasury sanctions on her deputy and others (Chișinău, Comrat, Moscow, Brussels and Washington; Moldova - Russia - EU - United States)", events=[
    dict(e="e1", type="arrest", date="2026-05-05", participants=["Moldovan Anti-Corruption Centre", "Lidia Dermenji"],
         location="Chișinău"),
    dict(e="e2", type="protest", date="2026-05-06", participants=["Gagauz supporters of Lidia Dermenji"], location="Comrat"),
    dict(e="e3", type="statement", date="2026-05-07", participants=["Russian Ministry of Foreign Affairs"], location="Moscow"),
    dict(e="e4", type="sanction", date="2026-05-11", participants=["European Union", "Pavel Kara"], location="Brussels"),
    dict(e="e5", type="sanction", date="2026-05-14", participants=["United States Department of the Treasury", "Pavel Kara"],
         location="Washington"),
], tricky=[("e4", "e5", "the EU's asset freezes and travel bans on six people adopted by foreign ministers in Brussels on Monday May 11 vs the U.S. Treasury's sanctions on four of them and two companies three days later, same targets, same network")],
note="The court's 30-day remand, the Moldovan government spokesman's reply to Moscow, the EU foreign ministers' meeting "
     "at which the sanctions were adopted, Russia's reaction to the EU listings, the ban of a pro-Russian party in "
     "2023, the earlier EU sanctions under the Moldova regime since 2023, the 2014 Gagauz referendum and a counter-rally in Chișinău are "
     "side / background events. 'The Western penalties' covering both sanctions is aggregate and not marked.",
articles=[
dict(id="a1", source="Black Sea Wire", published="2026-05-05",
     title="Moldova detains Gagauzia governor on return from Moscow",
     text="""CHIȘINĂU - Moldovan anti-corruption officers [[e1|detained]] the governor of the autonomous region of Gagauzia, Lidia Dermenji, at Chișinău airport on Tuesday as she stepped off a flight from Moscow via Istanbul, prosecutors said.

Dermenji, 47, is suspected of channelling about 40 million lei (2.1 million euros) of Russian money into the campaigns of pro-Russian candidates in last year's parliamentary elections through a network of cash couriers, the Anti-Corruption Prosecutor's Office said in a statement.

Her lawyer, Grigore Culev, called the [[e1|arrest]] "a political order from Chișinău" and said his client had travelled to Moscow openly to attend an economic forum. "She has nothing to hide," he said.

Gagauzia, a region of about 130,000 mostly Russian-speaking people of Turkic origin in southern Moldova, has long been at odds with the pro-European government in Chișinău. In 2014, it held a referendum in which voters backed closer ties with a Russian-led customs union, which the central authorities declared illegal.

Dermenji was elected governor, or bashkan, in 2023 with the backing of a pro-Russian party that was later banned by Moldova's Constitutional Court.

Supporters announced a [[e2|rally]] in Comrat, the regional capital, for Wednesday. "The people of Gagauzia elected her, not the prosecutors," the regional assembly's speaker said in a video posted on social media.

A court in Chișinău is expected to decide on Thursday whether to keep her in custody."""),
dict(id="a2", source="Chisinau Reporter", published="2026-05-07",
     title="Thousands rally in Comrat; Moscow condemns governor's arrest",
     text="""COMRAT, Moldova - Several thousand people [[e2|rallied]] in the centre of Comrat on Wednesday to demand the release of Gagauzia's governor, Lidia Dermenji, who was [[e1|detained]] at Chișinău airport the day before.

Protesters waved Gagauz and Russian flags and carried portraits of Dermenji as speakers accused the government of "waging war on the autonomy". Police estimated the crowd at 4,000. The [[e2|demonstration]] ended peacefully after about three hours.

On Thursday, a court in Chișinău ordered Dermenji held for 30 days pending investigation.

In a [[e3|statement]] the same day, Russia's foreign ministry called the case "a crude act of political persecution" and said Moscow would "raise the matter in all international forums". A Moldovan government spokesman replied that Russia "has no say in the work of Moldovan prosecutors".

The European Union, which opened accession talks with Moldova in 2024, has backed Chișinău. EU foreign ministers are expected to approve [[e4|sanctions]] on Monday against people accused of helping Russia to destabilise the country, diplomats in Brussels said. Dermenji's deputy, Pavel Kara, is among those named in the draft list, according to two diplomats who have seen it.

In Chișinău, a few hundred people held a small counter-rally outside the prosecutor's office in support of the investigation.

"Comrat is angry, but Comrat is also tired," said Ivan Cebotari, a local teacher who joined Wednesday's [[e2|protest]]. "People here want cheap gas and good pensions more than they want Moscow.\""""),
dict(id="a3", source="European Affairs Daily", published="2026-05-12",
     title="EU sanctions Gagauz deputy governor and five others",
     text="""BRUSSELS - The European Union [[e4|imposed]] asset freezes and travel bans on Monday on six people it accuses of trying to destabilise Moldova, including the deputy governor of Gagauzia, Pavel Kara, less than a week after the region's governor was [[e1|arrested]] at Chișinău airport.

The [[e4|listings]], approved by foreign ministers at a meeting in Brussels, also target two businessmen, a former member of parliament and two organisers of what the EU calls "a vote-buying scheme financed from Moscow". The ministers said the six had helped move "tens of millions of euros" into Moldova in cash.

The EU's foreign policy chief said the [[e4|measures]] showed that "Moldova's path to Europe will be defended". Russia's foreign ministry called them "illegitimate" and promised a response.

The EU has used its Moldova sanctions regime several times since 2023, mostly against allies of a fugitive businessman convicted in Moldova of bank fraud.

In Gagauzia, where thousands joined a [[e2|rally]] in Comrat last Wednesday in support of the detained governor, Lidia Dermenji, regional officials said Kara had not travelled to the EU in years and would not be affected.

Washington is expected to [[e5|follow]]. A U.S. official told reporters on Monday that the Treasury would announce its own [[e5|sanctions]] "within days" and that they would go further than the EU's, reaching companies as well as individuals.

Dermenji, who is being held for 30 days, denies wrongdoing."""),
dict(id="a4", source="Eastern Europe Review", published="2026-05-22",
     title="Gagauzia's governor and the limits of Moscow's reach",
     text="""ANALYSIS - Three weeks ago, Gagauzia looked like the place where Russia could make most trouble for Moldova's pro-European government. It has not quite turned out that way.

Since Lidia Dermenji was [[e1|led away]] by anti-corruption officers at Chișinău airport on May 5, the region's response has been loud but limited. Thousands [[e2|gathered]] in Comrat the next day, but there have been no strikes and no blockades of the main road to the Ukrainian border, as some in Chișinău had feared. Moscow [[e3|denounced]] the case as "political persecution" on May 7 and has said little since.

The West, by contrast, moved quickly. The EU [[e4|blacklisted]] six people, including Dermenji's deputy Pavel Kara, on May 11. The U.S. Treasury [[e5|followed]] three days later, adding two Gagauz trading companies that it says moved cash from Russia through Turkish banks. Washington's [[e5|designations]] cut those companies off from dollar payments, which matters far more than a travel ban.

"The Western penalties hit the logistics, not the politics," said Natalia Grosu, a political analyst in Chișinău. "The network can find new couriers. What it cannot easily find is a bank."

The governor's custody was extended on Thursday by a further 30 days. Her party says it will try to hold another protest at the end of the month, but local officials admit crowds have been shrinking."""),
]),
# ---------------------------------------------------------------------------- j05
dict(story="j05", topic="Grand Ethiopian Renaissance Dam filling row: Ethiopia's announcement that it will raise the reservoir, Egypt's letter to the UN Security Council, Sudan's letter to the African Union Commission, the AU experts' report and the water ministers' meeting in Addis Ababa (Addis Ababa, Cairo, Port Sudan and New York; Ethiopia - Egypt - Sudan)", events=[
    dict(e="e1", type="statement", date="2026-07-06", participants=["Ethiopian Ministry of Water and Energy"], location="Addis Ababa"),
    dict(e="e2", type="letter", date="2026-07-08", participants=["Egypt", "United Nations Security Council"], location="New York"),
    dict(e="e3", type="letter", date="2026-07-10", participants=["Sudan", "African Union Commission"], location="Addis Ababa"),
    dict(e="e4", type="meeting", date="2026-07-20", participants=["Ethiopia", "Egypt", "Sudan", "African Union"],
         location="Addis Ababa"),
    dict(e="e5", type="report", date="2026-07-17", participants=["African Union panel of experts"], location=None),
], tricky=[("e2", "e3", "Egypt's letter to the president of the UN Security Council on Wednesday July 8 vs Sudan's letter to the chairperson of the African Union Commission two days later, both about the same Ethiopian announcement")],
note="Ethiopia's rejection of Egypt's letter, the Arab League statement, Egypt's earlier letters to the Council in "
     "2020 and 2021, the dam's inauguration in September 2025, the Roseires dam releases, the failed talks of "
     "2023 and Ethiopia's promise to share data are side / background events. 'Both letters' is aggregate and not "
     "marked.",
articles=[
dict(id="a1", source="Nile Basin Wire", published="2026-07-07",
     title="Ethiopia to raise Nile dam reservoir to record level; Egypt objects",
     text="""ADDIS ABABA - Ethiopia will raise the reservoir behind the Grand Ethiopian Renaissance Dam to its highest level yet during this year's rainy season, the Ministry of Water and Energy [[e1|announced]] on Monday, drawing an immediate rebuke from Egypt.

The ministry said the reservoir on the Blue Nile would be filled to 640 metres above sea level by the end of September, allowing the last of the dam's 13 turbines to run at full capacity. "This is the final step of a project that belongs to every Ethiopian," Minister Tesfaye Gebru told state television.

Egypt's foreign ministry said the [[e1|announcement]] was "a new unilateral act in violation of international law" and that Cairo would [[e2|write]] to the UN Security Council to "place the matter before its members". Egypt depends on the Nile for almost all of its fresh water.

Sudan, whose own dams lie just downstream, said it was studying the Ethiopian plan and demanded daily data on releases.

The $4 billion dam, Africa's largest hydroelectric project, was formally inaugurated last September after 14 years of construction. Egypt and Sudan have sought for more than a decade a binding agreement on how the reservoir is filled and operated during droughts. The last round of talks collapsed in December 2023.

Ethiopia says the dam, which can generate more than 5,000 megawatts, will lift millions out of poverty and does no significant harm downstream."""),
dict(id="a2", source="Cairo Evening Post", published="2026-07-09",
     title="Egypt takes Nile dam dispute to Security Council",
     text="""CAIRO - Egypt has asked the UN Security Council to urge Ethiopia to halt further filling of its giant Blue Nile dam until a binding agreement is reached, in a [[e2|letter]] delivered to the Council's president in New York on Wednesday.

The [[e2|letter]], signed by Foreign Minister Hisham Abdel-Latif, says Ethiopia's plan to raise the reservoir this summer "poses an existential threat to more than 100 million Egyptians" and asks the Council to "shoulder its responsibilities". A copy was sent to the UN secretary-general.

Ethiopia's foreign ministry rejected the [[e2|letter]] on Thursday as "another attempt to internationalise an African matter" and said the dam had "caused no harm to anyone".

Egypt wrote to the Council about the dam in 2020 and 2021, and the Council held two meetings on it, but it has always referred the dispute back to the African Union. Diplomats in New York said there was little appetite for a new session this time.

The African Union Commission said on Thursday that it would [[e4|convene]] the water ministers of the three countries in Addis Ababa later this month. It has also asked a panel of independent experts to review the Ethiopian filling plan.

The Arab League's secretary general said the bloc stood with Egypt and Sudan.

Egyptian officials have stopped short of threats, but the tone in Cairo has hardened since Ethiopia's [[e1|announcement]] on Monday. "We are patient, but patience is not a policy," a senior diplomat said."""),
dict(id="a3", source="Port Sudan Dispatch", published="2026-07-11",
     title="Sudan writes to African Union over Ethiopian dam plan",
     text="""PORT SUDAN - Sudan has [[e3|written]] to the chairperson of the African Union Commission asking for "urgent guarantees" that Ethiopia's plan to raise the reservoir of its Blue Nile dam will not endanger Sudanese dams and towns downstream, the foreign ministry said on Friday.

The [[e3|letter]], delivered in Addis Ababa on Friday morning, asks the AU to secure a daily exchange of data between Ethiopia's dam and Sudan's Roseires dam, 100 kilometres downstream. Without it, Sudanese engineers cannot plan releases safely during the peak of the flood, the ministry said.

Sudan's [[e3|move]] comes two days after Egypt took its [[e2|complaint]] to the UN Security Council. Unlike Cairo, Khartoum chose to keep the dispute within the African Union. "We are not asking anyone to take sides. We are asking for information," Sudan's irrigation minister, Mubarak Idris, told reporters.

The water ministers of Ethiopia, Egypt and Sudan are due to [[e4|meet]] in Addis Ababa on July 20 under AU auspices. A panel of experts appointed by the AU is to submit a [[e5|report]] on the Ethiopian filling plan before the [[e4|meeting]], an AU spokesman said.

Ethiopia's [[e1|announcement]] on Monday that it would fill the reservoir to 640 metres has revived a dispute that had been quiet since the dam's inauguration. In 2020, Sudan had to shut water stations around Khartoum after an unannounced filling lowered the river.

Sudan's civil war has left many of its river defences unmaintained."""),
dict(id="a4", source="Horn of Africa Review", published="2026-07-24",
     title="Nile dam talks: data, not water, is the prize",
     text="""ANALYSIS - When the water ministers of Egypt, Ethiopia and Sudan [[e4|met]] in Addis Ababa on Monday, few expected a treaty, and none came. The [[e4|talks]] at the African Union's headquarters ended after eight hours with a one-page communique and a promise to meet again in October.

But something moved. Ethiopia agreed in principle to share daily reservoir data with Sudan during the flood season, the central demand of the [[e3|letter]] Khartoum sent to the AU Commission on July 10. Egypt's request, in its [[e2|letter]] to the Security Council two days earlier, for a halt to filling got nowhere.

The agenda was shaped by the [[e5|report]] of the AU's panel of experts, delivered last Friday. The three hydrologists found that raising the reservoir to 640 metres this year would cut flows to Sudan by about 8 percent in August and "could be managed" if releases were coordinated. Their [[e5|findings]] gave Ethiopia cover and Sudan a concrete demand.

"Cairo wanted a political fight, and the experts turned it into a technical one," said Mekdes Alemu, a water-policy researcher in Addis Ababa.

The crisis began with Ethiopia's [[e1|announcement]] on July 6 that it would complete the filling this summer. Both letters have since been filed away; the data-sharing arrangement still needs to be written down and signed before the peak of the flood in late August."""),
]),
# ---------------------------------------------------------------------------- j06
dict(story="j06", topic="diphtheria outbreak in Siguiri, Guinea: the health ministry's declaration, a WHO rapid-response team and an MSF emergency team sent to Siguiri, UNICEF's vaccine delivery and a nurses' sit-in over hazard pay (Conakry and Siguiri; Guinea)", events=[
    dict(e="e1", type="statement", date="2026-10-05", participants=["Guinean Ministry of Health"], location="Conakry"),
    dict(e="e2", type="deployment", date="2026-10-07", participants=["World Health Organization"], location="Siguiri"),
    dict(e="e3", type="deployment", date="2026-10-10", participants=["Médecins Sans Frontières"], location="Siguiri"),
    dict(e="e4", type="support", date="2026-10-13", participants=["UNICEF", "Gavi", "Guinea"], location="Conakry"),
    dict(e="e5", type="protest", date="2026-10-19", participants=["Siguiri hospital nurses"], location="Siguiri"),
], tricky=[("e2", "e3", "WHO epidemiologists arriving in Siguiri on Wednesday October 7 vs an MSF emergency team arriving in the same town three days later to open a treatment unit, both outside medical teams sent to the same outbreak")],
note="The children's deaths (a rising cumulative toll, not one event), the government's emergency funds, the 2023 "
     "diphtheria outbreak in Siguiri, the vaccination campaign itself, the health minister's visit, the nurses' "
     "union's complaint about unpaid bonuses, the end of the sit-in and the payment of bonuses are side / background "
     "events. 'the international teams' covering the WHO and MSF teams is aggregate and not marked.",
articles=[
dict(id="a1", source="West Africa Health Wire", published="2026-10-06",
     title="Guinea declares diphtheria outbreak after child deaths in Siguiri",
     text="""CONAKRY - Guinea's health ministry [[e1|declared]] an outbreak of diphtheria in the northeastern prefecture of Siguiri on Monday after 11 children died of the disease in three weeks.

Laboratory tests in Conakry confirmed the bacterium in samples from six patients, the ministry said in a [[e1|statement]] read on national television. Another 84 suspected cases have been recorded, most of them in gold-mining villages along the Niger River where few children have been vaccinated.

"We are facing a disease we know how to prevent. Every death is one too many," Health Minister Dr. Mariama Kourouma said.

The World Health Organization said it would [[e2|send]] a rapid-response team of epidemiologists and infection-control specialists to Siguiri "in the coming days" to help trace contacts and set up isolation wards.

Diphtheria, a bacterial infection that attacks the throat and can block breathing, is easily prevented by vaccines given in infancy. But routine immunisation in Guinea has fallen sharply since the Ebola epidemic of 2014-2016 and the COVID-19 pandemic. In 2023, an outbreak in the same prefecture killed dozens of people, most of them children.

Doctors in Siguiri say they have almost no diphtheria antitoxin, the only specific treatment for patients who are already ill. The ministry said it had asked partners for urgent supplies.

Siguiri, about 700 kilometres from Conakry, is Guinea's main gold-mining area and draws tens of thousands of seasonal miners from across West Africa."""),
dict(id="a2", source="Conakry Observer", published="2026-10-09",
     title="WHO team reaches Siguiri as diphtheria deaths rise",
     text="""SIGUIRI, Guinea - A team of eight WHO epidemiologists and nurses [[e2|arrived]] in Siguiri on Wednesday to help fight a diphtheria outbreak that has now killed 17 children, health officials said.

The team, which includes two Guinean doctors seconded from the ministry, began training local staff on Thursday in how to isolate patients and trace their contacts. "The first days decide everything," said its leader, Dr. Joseph Mensah, a Ghanaian epidemiologist.

Médecins Sans Frontières said it would [[e3|deploy]] an emergency team of 20 people to Siguiri on Saturday to open a treatment unit next to the prefectural hospital, where children are sharing beds in a corridor.

UNICEF said 400,000 doses of vaccine, paid for by the Gavi vaccine alliance, were due to [[e4|arrive]] in Conakry on Tuesday, ahead of a vaccination campaign for children under 15 in the worst-hit sub-prefectures.

The government, which [[e1|declared]] the outbreak on Monday, has released 2 billion Guinean francs in emergency funds, about 230,000 dollars. Health Minister Mariama Kourouma travelled to Siguiri on Thursday.

Parents in the mining village of Kintinian said they had not seen a vaccinator in years. "We did not know this sickness could be stopped with an injection," said Aminata Keïta, whose four-year-old son is being treated at the hospital.

Nurses at the hospital say they are exhausted. Their union said they had not been paid a promised hazard bonus since the outbreak began."""),
dict(id="a3", source="Savanna News Agency", published="2026-10-14",
     title="Diphtheria vaccines land in Conakry; MSF opens unit in Siguiri",
     text="""CONAKRY - A chartered cargo plane [[e4|delivered]] 400,000 doses of diphtheria vaccine to Conakry on Tuesday, UNICEF said, allowing Guinea to start vaccinating children in the northeastern prefecture of Siguiri by the end of the week.

The [[e4|shipment]], financed by the Gavi vaccine alliance, also carried 500 vials of diphtheria antitoxin donated by the WHO, the only treatment for children who are already sick. The vaccines will be trucked to Siguiri under refrigeration.

In Siguiri, a 22-strong team from Médecins Sans Frontières [[e3|arrived]] on Saturday and opened a 40-bed treatment unit in tents beside the prefectural hospital. By Tuesday it was caring for 31 patients. The death toll has risen to 23, the health ministry said.

MSF's [[e3|arrival]] came three days after a WHO rapid-response team [[e2|reached]] the town. The WHO experts have helped local staff trace more than 600 contacts of confirmed cases.

The hospital's nurses have threatened a [[e5|sit-in]] from next Monday if they are not paid a hazard bonus of 500,000 francs a month promised when the outbreak was [[e1|declared]]. "We are touching sick children every day without protection. We deserve what was promised," said Fanta Camara, a nurse and union delegate.

A ministry official said the bonuses would be paid "as soon as the funds arrive from the treasury".

Health workers fear the outbreak could spread to Mali, just 30 kilometres away, as miners move back and forth across the border."""),
dict(id="a4", source="Global Health Monitor", published="2026-10-27",
     title="Siguiri's diphtheria outbreak: a crisis that was seen coming",
     text="""ANALYSIS - Three weeks after Guinea [[e1|declared]] a diphtheria outbreak in Siguiri on October 5, the number of new cases is finally falling. It has taken a familiar pattern of emergency help to get there, and it has exposed the same gaps as the outbreak of 2023.

The international response was fast by regional standards. The WHO [[e2|deployed]] epidemiologists to the town two days after the [[e1|declaration]], MSF [[e3|flew in]] an emergency team that Saturday, and UNICEF's [[e4|delivery]] of 400,000 vaccine doses on October 13 allowed a campaign that has now reached 280,000 children.

The local system was less ready. On October 19, nurses at Siguiri's prefectural hospital [[e5|stopped work]] and sat in the courtyard for three days, demanding hazard pay they had been promised at the start of the outbreak. The [[e5|sit-in]] ended only when the health ministry paid two months of bonuses in cash.

"Everyone praises the foreign teams, but it is Guinean nurses who wash the children," said Dr. Ibrahima Sow, a public-health specialist in Conakry. "If they walk out, the international teams cannot replace them."

By Sunday, the outbreak had killed 31 children. Most of them had never received a single dose of vaccine.

Experts say Guinea needs to repair routine immunisation in the mining areas, where seasonal migrants move too often to be reached by the ordinary system."""),
]),
# ---------------------------------------------------------------------------- j07
dict(story="j07", topic="separatist attacks in Yahukimo, Highland Papua: gunmen kill two teachers at a school in Kurima, the TPNPB claims it, army troops sent to Dekai, gunmen fire on a passenger plane at the Anggruk airstrip, and three suspects are arrested (Yahukimo regency; Indonesia)", events=[
    dict(e="e1", type="attack", date="2026-06-09", participants=["West Papua National Liberation Army"], location="Kurima"),
    dict(e="e2", type="statement", date="2026-06-10", participants=["West Papua National Liberation Army"], location=None),
    dict(e="e3", type="deployment", date="2026-06-12", participants=["Indonesian Army"], location="Dekai"),
    dict(e="e4", type="attack", date="2026-06-14", participants=["West Papua National Liberation Army"], location="Anggruk"),
    dict(e="e5", type="arrest", date="2026-06-18", participants=["Indonesian National Police"], location="Dekai"),
], tricky=[("e1", "e4", "gunmen killing two teachers and burning classrooms at a school in Kurima on Tuesday June 9 vs gunmen firing on a passenger plane landing at the Anggruk airstrip five days later, same regency, same armed group suspected")],
note="The evacuation of teachers and health workers to Wamena, the shots at a police post in Puncak, the 2023 "
     "abduction of a New Zealand pilot, the rights commission's statement, the police's own statements, the "
     "suspension of flights and the closure of schools are side / background events. 'the two attacks' is "
     "aggregate and not marked. The teachers' deaths are the Kurima attack: 'killing', 'killings' and 'killed' "
     "are marked where they name it, except the participle 'killing two teachers' in the clause of 'attacked'.",
articles=[
dict(id="a1", source="Archipelago Wire", published="2026-06-10",
     title="Gunmen kill two teachers in Indonesia's Papua highlands",
     text="""JAYAPURA, Indonesia - Gunmen [[e1|attacked]] a school compound in Indonesia's Highland Papua province on Tuesday, killing two teachers and setting fire to three classrooms, police said.

The [[e1|attack]] took place in the afternoon in Kurima district of Yahukimo regency, a remote area reachable only by small aircraft or on foot, shortly after pupils had gone home. A third teacher escaped into the forest and reached a military post the next morning, said the regional police spokesman, Commissioner Ignatius Rumbiak.

The victims, a 34-year-old mathematics teacher from Sulawesi and a 29-year-old local woman who taught at the primary school, were shot and hacked with machetes, he said.

On Wednesday, the West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Movement, [[e2|claimed]] responsibility for the [[e1|killings]], saying in a message to journalists that the teachers were "spies for the Indonesian military". Teachers' groups and the local church rejected the accusation.

"These were people who came to teach our children to read," said Pastor Yonas Kogoya of Kurima.

Separatist fighters have waged a low-level insurgency in Papua since the 1960s. Attacks on teachers, health workers and construction crews, whom the rebels accuse of serving the state, have increased in recent years. In 2023 the group abducted a New Zealand pilot and held him for more than a year.

Indonesia's human rights commission, Komnas HAM, called on both sides to protect civilians."""),
dict(id="a2", source="Jayapura Daily Star", published="2026-06-13",
     title="Troops arrive in Dekai after teachers' killing",
     text="""DEKAI, Indonesia - About 200 soldiers [[e3|landed]] in Dekai, the capital of Yahukimo regency, on Friday to reinforce security after Tuesday's [[e1|killing]] of two teachers in Kurima district, the military said.

The troops, from an infantry battalion based in East Java, were flown in on two Hercules transport planes and will be posted to the districts of Kurima, Anggruk and Ninia, said Colonel Agus Hartono, a spokesman for the regional military command. "Their task is to protect the people and to hunt down the killers," he said.

The [[e3|deployment]] follows a [[e2|claim]] of responsibility on Wednesday by the West Papua National Liberation Army (TPNPB), whose message called the teachers spies for the military. The rebels warned that outsiders working in the highlands would "share the same fate".

Dozens of teachers and health workers have been evacuated from Kurima to Wamena since the [[e1|attack]], leaving at least five schools and two clinics without staff, local officials said.

Papuan activists said they feared that the [[e3|arrival]] of more troops would lead to raids on villages and push families into the forest, as has happened in other regencies.

"Every time there is an attack, soldiers come and ordinary people pay," said Yoel Heluka, a youth leader in Dekai. "We want the killers caught, but we do not want our villages burned."

The bodies of the two teachers were flown to their families on Thursday."""),
dict(id="a3", source="Jakarta Ledger", published="2026-06-15",
     title="Rebels fire on plane in Papua days after school attack",
     text="""JAKARTA - Separatist gunmen [[e4|fired on]] a small passenger plane as it landed at an airstrip in Indonesia's Yahukimo regency on Sunday, wounding the pilot and a passenger, police said, five days after an [[e1|attack]] on a school in the same regency left two teachers dead.

The single-engine aircraft, operated by the local carrier Highland Air, was carrying six passengers and supplies to Anggruk when it was [[e4|hit]] by at least seven bullets during its landing run, said the regional police chief, Inspector General Markus Waine. The Australian pilot was shot in the arm but managed to bring the plane to a stop.

Nobody has claimed the [[e4|shooting]], but police said they suspected the same rebel unit that [[e1|killed]] the teachers in Kurima on Tuesday.

The [[e4|attack]] came despite the [[e3|arrival]] on Friday of some 200 soldiers to reinforce security in the regency. Police said a post in neighbouring Puncak regency had also been shot at on Saturday, without casualties.

Highland Air suspended all flights to the interior of Yahukimo until further notice, cutting off dozens of villages that depend on the small planes for food, fuel and medicine.

The West Papua National Liberation Army, which on Wednesday [[e2|said]] it had [[e1|killed]] the teachers because they were "spies", has repeatedly warned foreign pilots to stay away from the highlands. In 2023, its fighters seized a New Zealand pilot after landing in Nduga and released him only after 19 months."""),
dict(id="a4", source="Indo-Pacific Monitor", published="2026-07-01",
     title="Yahukimo: the arrests, and what comes after",
     text="""ANALYSIS - Police in Papua say they have the men who [[e1|killed]] two teachers in Kurima. Whether the [[e5|arrests]] bring calm to Yahukimo is another matter.

Officers [[e5|detained]] three men in a house on the edge of Dekai in the early hours of June 18, and police say one of them has confessed to taking part in the June 9 [[e1|raid]] on the school. A rifle they say was taken from a soldier in 2024 was found in the house. The men's families say they are farmers who were [[e5|picked up]] because they came from Kurima.

The past month has followed a grim script. The [[e1|killings]] of the teachers were [[e2|claimed]] by the West Papua National Liberation Army the following day. Jakarta answered by [[e3|flying]] about 200 soldiers into Dekai on June 12, and two days later rebels [[e4|shot at]] a Highland Air plane landing at Anggruk, wounding its pilot and a passenger. No one has been charged over the airstrip [[e4|shooting]].

"Arrests after an attack are a sign of the state's power, not of peace," said Marthen Wetipo, a human rights worker in Wamena. "What people want is for teachers and nurses to be able to come back."

Few have. Three weeks after the Kurima [[e1|killings]], most schools in the district are still closed, and flights into the interior resumed only on Monday. Papuan church leaders have called again for talks between the government and the rebels, an idea Jakarta has long rejected."""),
]),
# ---------------------------------------------------------------------------- j08
dict(story="j08", topic="winter dzud in Mongolia: three herders die in a blizzard in Zavkhan, the State Emergency Commission declares a disaster, a second blizzard kills two herders and a boy in Khövsgöl, Japan's emergency grant and the FAO livestock-loss report (Zavkhan, Khövsgöl and Ulaanbaatar; Mongolia)", events=[
    dict(e="e1", type="casualties", date="2026-01-17", participants=["Mongolian herders"], location="Zavkhan"),
    dict(e="e2", type="statement", date="2026-01-20", participants=["State Emergency Commission of Mongolia"], location="Ulaanbaatar"),
    dict(e="e3", type="casualties", date="2026-01-26", participants=["Mongolian herders"], location="Khövsgöl"),
    dict(e="e4", type="support", date="2026-01-29", participants=["Japan", "Mongolia"], location="Ulaanbaatar"),
    dict(e="e5", type="report", date="2026-02-03", participants=["Food and Agriculture Organization"], location="Ulaanbaatar"),
], tricky=[("e1", "e3", "three herders dying in a blizzard in Zavkhan on Saturday January 17 vs two herders and a boy killed by a second blizzard in Khövsgöl nine days later, both deaths of herders in the same dzud")],
note="The two blizzards themselves, the deaths of two people from cold earlier in the winter, the herder missing in "
     "Govi-Altai, the 2024 dzud, the Red Cross appeal, Chinese fodder aid, the government's hay distribution, the "
     "army's fodder convoys and the FAO's December warning are side / background events. 'Both storms' is aggregate and not marked.",
articles=[
dict(id="a1", source="Steppe Wire Service", published="2026-01-18",
     title="Three herders die in blizzard in western Mongolia",
     text="""ULAANBAATAR - Three herders [[e1|died]] in a blizzard in western Mongolia's Zavkhan province on Saturday after going out to search for livestock scattered by the storm, the National Emergency Management Agency said on Sunday.

The men, two brothers and their neighbour from Tosontsengel district, left their gers on horseback in the early afternoon as winds reached 25 metres per second and temperatures fell to minus 42 degrees Celsius. Rescuers found their bodies on Sunday morning about 12 kilometres from the camp.

The [[e1|deaths]] bring to five the number of people killed by cold since the start of the winter, the agency said. A herder from Govi-Altai province has been missing since Friday.

Large parts of Mongolia are in the grip of a dzud, a winter disaster in which deep snow and extreme cold after a dry summer leave animals unable to graze. Provincial officials in Zavkhan said more than 60,000 sheep, goats and cattle had died in the province since December.

"The snow is up to the knees of a horse. The animals cannot reach the grass, and we have no more hay," said Batbayar, a herder in Ikh-Uul district who, like many Mongolians, uses only one name.

In 2024, Mongolia's worst dzud in half a century killed more than seven million animals and pushed thousands of herding families into poverty. Forecasters expect more snow across the west in the coming week."""),
dict(id="a2", source="Ulaanbaatar Courier", published="2026-01-21",
     title="Mongolia declares disaster as dzud spreads",
     text="""ULAANBAATAR - Mongolia's State Emergency Commission [[e2|declared]] a state of disaster on Tuesday in nine of the country's 21 provinces, where snow and extreme cold have killed hundreds of thousands of animals and left herding families short of food and fuel.

The [[e2|declaration]] allows the government to release reserve hay and fodder, send army trucks to clear snowbound roads and ask for international help. It covers Zavkhan, Khövsgöl, Govi-Altai, Uvs, Arkhangai and four other provinces, home to about a third of the country's herders.

"The situation is worse than last month's forecasts. We must act before the spring, when losses peak," Deputy Prime Minister Ganzorig Dashdorj told reporters after the commission's meeting.

The three herders who [[e1|perished]] in Zavkhan at the weekend were buried on Tuesday. The Mongolian Red Cross Society said it would appeal for about 2 million dollars to provide cash, food and fuel to 8,000 of the poorest herding families.

Herders say the help is coming late. Hay prices in some western provinces have tripled since November, and many families have already sold animals to buy coal and flour.

The government estimates that 1.1 million animals have died so far this winter. The Food and Agriculture Organization warned in December that the dzud could be as bad as that of 2024, after a summer drought left pastures thin across the west and the centre of the country."""),
dict(id="a3", source="Asia Relief Bulletin", published="2026-01-28",
     title="Second blizzard kills herders and boy in northern Mongolia",
     text="""ULAANBAATAR - Two herders and a 12-year-old boy [[e3|were killed]] when a second blizzard swept across northern Mongolia's Khövsgöl province on Monday, nine days after three herders [[e1|died]] in a storm in neighbouring Zavkhan.

The boy and his uncle were caught in the open while moving the family's goats to a sheltered valley in Tsagaannuur district, the emergency agency said. A third herder [[e3|froze to death]] on the road to the district centre after his motorcycle broke down. The bodies were recovered on Tuesday.

The [[e3|deaths]] come six days after the government [[e2|declared]] a disaster in nine provinces, including Khövsgöl and Zavkhan. Army convoys carrying fodder have reached some districts, but many winter camps can only be reached by horse.

Japan's embassy said on Wednesday that Tokyo would [[e4|provide]] emergency aid to help herders through the winter, without giving an amount. China sent 500 tonnes of fodder by rail last week.

The Food and Agriculture Organization said it would publish an [[e5|assessment]] of livestock losses early next month, to guide aid through the spring birthing season.

"We lose the animals first, and then we lose the people," said Oyunaa Enkhbold, a doctor in the provincial capital, Mörön, who has treated dozens of herders for frostbite since the new year.

Mongolia has about 65 million head of livestock, and herding supports roughly a quarter of its 3.5 million people."""),
dict(id="a4", source="Eurasian Affairs Weekly", published="2026-02-05",
     title="Mongolia's dzud: counting the cost",
     text="""ANALYSIS - The numbers in the Food and Agriculture Organization's [[e5|report]] released in Ulaanbaatar on Tuesday are grim: 2.4 million sheep, goats, cattle, horses and camels dead since December, and more than 9,000 herding households that have lost over half their animals.

The [[e5|study]], based on surveys in the nine provinces where a disaster was [[e2|declared]] on January 20, warns that losses will rise sharply in March and April, when weakened animals give birth. It calls for cash transfers rather than food parcels, so that herders can buy hay locally.

The human toll has been smaller than in past dzuds but has shaped the public mood. Three herders [[e1|died]] in a blizzard in Zavkhan on January 17; nine days later, a second storm [[e3|killed]] two herders and a boy in Khövsgöl. Both storms struck herders who had gone out to save their animals.

International help has been modest. Japan's [[e4|grant]] of 1.5 million dollars, announced on January 29, was the largest single pledge, and has paid for fodder and fuel in Zavkhan and Uvs. The Red Cross appeal is less than half funded.

"Mongolia keeps treating the dzud as an emergency when it is now a climate pattern," said Tsetsegmaa Lkhagva, a pastoral economist at the National University of Mongolia. "We need insurance and hay reserves before the winter, not convoys after it.\""""),
]),
# ---------------------------------------------------------------------------- j09
dict(story="j09", topic="power-cut protests in Basra: a march on the provincial council in which a protester is shot dead, the prime minister's office orders an inquiry, two police officers arrested, a blockade of the road to Umm Qasr port, and a power-ship contract with a Turkish firm (Basra, Baghdad and Umm Qasr; Iraq)", events=[
    dict(e="e1", type="protest", date="2026-08-02", participants=["Basra residents"], location="Basra"),
    dict(e="e2", type="statement", date="2026-08-03", participants=["Office of the Prime Minister of Iraq"], location="Baghdad"),
    dict(e="e3", type="arrest", date="2026-08-05", participants=["Iraqi Ministry of Interior", "Basra police officers"], location="Basra"),
    dict(e="e4", type="protest", date="2026-08-08", participants=["Basra residents"], location="Umm Qasr"),
    dict(e="e5", type="agreement", date="2026-08-11", participants=["Iraqi Ministry of Electricity", "Karaburun Enerji"],
         location="Baghdad"),
], tricky=[("e1", "e4", "the march on the Basra provincial council building on Sunday August 2, where a protester was shot dead, vs the blockade of the main road to Umm Qasr port six days later, same movement, same grievance")],
note="The protester's death (part of the march), the suspension of the Basra police commander, the smaller protest "
     "in Nasiriyah, the 2018 Basra protests and the burning of the Iranian consulate, the Iranian gas cuts, the "
     "governor's meeting with tribal sheikhs, the funeral, the promise of extra power and the delays at the port are side / background events. "
     "The predicate nominal 'the second major protest' and the new protest called for the following week are not marked.",
articles=[
dict(id="a1", source="Tigris Wire", published="2026-08-02",
     title="Protester killed as thousands march on Basra council over power cuts",
     text="""BASRA, Iraq - Thousands of people [[e1|marched]] on the provincial council building in Basra on Sunday to protest against power cuts as temperatures passed 50 degrees Celsius, and one protester was killed when guards opened fire, medics and witnesses said.

The [[e1|demonstration]] began in the early evening in the Jumhuriya district, where many homes have had electricity for fewer than eight hours a day this week, and grew as it moved along the Shatt al-Arab corniche. Protesters chanted "No power, no water, no future" and threw stones and plastic bottles at the council's gates.

Witnesses said guards fired first into the air and then into the crowd. A 22-year-old man, Haidar Kadhim, was hit in the chest and died on the way to hospital, said a doctor at the Basra Teaching Hospital. At least nine others were wounded, among them two policemen.

Basra, Iraq's oil capital, produces most of the country's crude exports, but many of its residents live without reliable electricity or clean tap water. Iraq's national grid has struggled since Iran, which supplies much of the gas for its power stations, reduced deliveries this summer over unpaid bills.

In 2018, protests over power cuts and polluted water in Basra turned violent, and demonstrators set fire to government buildings and the Iranian consulate.

Organisers said they would return to the streets "until the power comes back"."""),
dict(id="a2", source="Baghdad Chronicle", published="2026-08-04",
     title="Iraq orders inquiry into Basra protest death",
     text="""BAGHDAD - Iraq's prime minister [[e2|ordered]] an investigation on Monday into the killing of a young man during Sunday's [[e1|demonstration]] in Basra and suspended the city's police commander, his office said.

In a [[e2|statement]], the prime minister's office said a committee led by the interior ministry's inspector general would report within a week, and that "those responsible for firing on citizens will be held to account, whatever their rank". It also promised an extra 600 megawatts for Basra province from Thursday.

Haidar Kadhim, 22, was shot dead outside the provincial council building when guards opened fire on the crowd during the [[e1|protest]]. His funeral on Monday drew several thousand people, who chanted against the government and the political parties.

Protest organisers, a loose network of young activists from Basra's poorer districts, said the promises were not enough. They called on supporters to [[e4|block]] the main road to Umm Qasr, Iraq's only deep-water port, on Saturday if power supplies did not improve. "They only hear us when the oil and the ships stop," said one organiser, Mustafa al-Asadi.

Basra's governor met tribal sheikhs on Monday evening in an attempt to calm the situation.

Iraq's electricity ministry blames the cuts on reduced gas imports from Iran and on damage to transmission lines during a sandstorm last month. Officials say demand in the south has reached record levels this summer."""),
dict(id="a3", source="Middle East Newsline", published="2026-08-09",
     title="Basra protesters block road to Umm Qasr port",
     text="""UMM QASR, Iraq - Hundreds of protesters [[e4|blocked]] the main road to Iraq's Umm Qasr port for about six hours on Saturday, burning tyres and parking trucks across the highway, in the second major protest over power cuts in Basra province in a week.

Lines of trucks stretched for kilometres on both sides of the [[e4|blockade]], and port officials said loading of grain and container ships was delayed. Security forces watched but did not intervene, and the road reopened in the evening after tribal leaders negotiated with the protesters.

On Wednesday, police [[e3|arrested]] two officers of the provincial council's guard force over the shooting at last Sunday's [[e1|march]] in Basra city, in which a 22-year-old man was killed. The interior ministry said the two were being held on suspicion of murder and that their weapons had been sent for ballistic tests.

A smaller protest took place in Nasiriyah, in neighbouring Dhi Qar province, on Friday.

The electricity ministry said it would [[e5|sign]] a contract on Tuesday with a Turkish company to moor a floating power plant at Umm Qasr, adding up to 400 megawatts to the southern grid within a month.

"A ship is a bandage, not a cure," said Ali Jabbar, a schoolteacher who joined the [[e4|protest]]. "But at least it is something we can see."

Protest organisers said they would decide next week whether to block the road again."""),
dict(id="a4", source="Gulf & Levant Review", published="2026-08-20",
     title="Basra's summer of anger, and a ship to calm it",
     text="""ANALYSIS - The floating power plant that Iraq's electricity ministry [[e5|contracted]] on August 11 will not reach Umm Qasr before early September. Until it does, Basra's government is running on promises.

The [[e5|deal]] with the Turkish firm Karaburun Enerji, worth about 180 million dollars a year, was Baghdad's most concrete answer to two weeks of unrest. It began on August 2, when thousands [[e1|marched]] on the provincial council building and guards shot dead a young man. The prime minister's office [[e2|responded]] the next day with an inquiry, the suspension of the city's police commander and a promise of extra power. Two guards were [[e3|arrested]] on August 5.

None of it stopped the [[e4|blockade]] of the road to Umm Qasr on August 8, which halted the country's main port for six hours and drove the point home in Baghdad: in Basra, unrest hits the economy directly.

"The protesters have learned where the pressure points are," said Zainab Hamid, an Iraqi researcher at a think tank in Amman. "A march in the city is news. A closed port is a crisis."

The inquiry committee promised in the prime minister's [[e2|statement]] has not published its findings. Families in Jumhuriya say they are still getting power for eight to ten hours a day, and organisers have called another protest for next week."""),
]),
# ---------------------------------------------------------------------------- j10
dict(story="j10", topic="gas explosion in an Almaty apartment block: the deaths, two gas-company fitters detained, the president's order for nationwide checks, the arrest of the company's deputy director and an inspector, and the government commission's report (Almaty and Astana; Kazakhstan)", events=[
    dict(e="e1", type="casualties", date="2026-11-16", participants=["Almaty residents"], location="Almaty"),
    dict(e="e2", type="arrest", date="2026-11-17", participants=["Almaty police", "AlmatyGazServis fitters"], location="Almaty"),
    dict(e="e3", type="statement", date="2026-11-18", participants=["President of Kazakhstan"], location="Astana"),
    dict(e="e4", type="arrest", date="2026-11-23", participants=["Anti-Corruption Agency of Kazakhstan", "AlmatyGazServis"],
         location="Almaty"),
    dict(e="e5", type="report", date="2026-12-04", participants=["Kazakh government commission"], location="Astana"),
], tricky=[("e2", "e4", "police detaining two gas-company fitters who had worked on the building's pipes the day after the blast vs investigators arresting the company's deputy director and a senior safety inspector a week later, same company, same explosion")],
note="The explosion itself (only words for the deaths are marked, as for an earthquake's toll), the evacuation of "
     "the neighbouring blocks, the questioning of the company's director, the akim's apology, the compensation "
     "payments, the nationwide inspections themselves, the earlier blasts in Shymkent and Karaganda and the company's own "
     "statement are side / background events. 'the four detained men' covering both arrests is aggregate and "
     "not marked.",
articles=[
dict(id="a1", source="Central Asia Wire", published="2026-11-16",
     title="Gas blast kills seven in Almaty apartment block",
     text="""ALMATY, Kazakhstan - Seven people were [[e1|killed]] and 14 injured when a gas explosion tore through a nine-storey apartment block in Almaty's Auezov district early on Monday, the Emergency Situations Ministry said.

The blast, at about 6:40 a.m., destroyed the stairwell and several flats between the third and sixth floors of the Soviet-era building on Zhandosov Street. Rescuers pulled survivors from the rubble for most of the day, working in temperatures below freezing.

Among the dead were two children, a ministry spokesman said. Eleven of the injured were in hospital, three of them in serious condition.

Residents said they had complained for weeks about a smell of gas in the stairwell. "We called the gas service three times. They came once, looked, and said everything was normal," said Gulnara Seitkali, 58, who lives in the next block and whose windows were blown in.

About 200 residents of the building and two neighbouring blocks were evacuated to a school and a sports centre. The city's akimat said it would pay for temporary housing.

Police opened a criminal case for violating safety rules that caused deaths. Officials said the likely cause was a leak in the building's internal gas pipes, but did not rule out other causes.

Many of Almaty's older apartment blocks use gas for cooking, and accidents are not rare. Similar blasts have hit Soviet-era blocks in Shymkent and Karaganda in recent years."""),
dict(id="a2", source="Almaty Herald", published="2026-11-18",
     title="Almaty blast toll rises to nine; two gas fitters detained",
     text="""The [[e1|death toll]] from Monday's gas explosion in an Almaty apartment block has risen to nine after two injured residents died in hospital, the city health department said on Wednesday.

Police [[e2|detained]] two fitters from the city gas-distribution company, AlmatyGazServis, on Tuesday on suspicion of negligence. Investigators say the men checked the building's pipes after residents reported a gas smell on November 9 and signed off the installation as safe. The two were placed in pre-trial detention for two months by a district court.

"The fitters are being made scapegoats for a company that has not replaced its pipes in decades," their lawyer, Yerlan Abenov, said.

The president [[e3|ordered]] on Wednesday an inspection of gas installations in all apartment blocks built before 1991, and told the government to find "everyone responsible, whatever their position". In a [[e3|statement]] released by his office in Astana, he also criticised regulators who had "ignored repeated warnings".

A government commission set up on Monday will [[e5|report]] on the causes of the explosion within two weeks, the deputy prime minister said.

AlmatyGazServis said in a statement that it was cooperating fully with the investigation and had sent extra crews to check neighbouring buildings.

Almaty's akim, or mayor, apologised to the victims' families on Tuesday and promised each family compensation of 10 million tenge, about 19,000 dollars. Funerals for six of the victims were held on Wednesday."""),
dict(id="a3", source="Silk Road Observer", published="2026-11-24",
     title="Gas firm's deputy chief arrested over Almaty explosion",
     text="""ALMATY - Kazakhstan's Anti-Corruption Agency [[e4|arrested]] the deputy director of Almaty's gas-distribution company and a senior safety inspector on Monday, widening the investigation into last week's apartment-block explosion that [[e1|killed]] nine people.

The agency said the deputy director, Nurlan Sadykov, is suspected of abuse of office for signing off on the postponement of pipe replacement in the Auezov district in 2024, while the inspector is suspected of taking bribes to approve inspections that never took place. Both deny wrongdoing.

Their [[e4|arrests]] follow the [[e2|detention]] last Tuesday of two AlmatyGazServis fitters who had inspected the building a week before the blast. The fitters' lawyer said the new [[e4|arrests]] showed that his clients were "the smallest links in the chain".

The company's director was questioned on Monday as a witness and released.

The president's [[e3|order]] last Wednesday to inspect older buildings across the country has turned up problems on a large scale. The Emergency Situations Ministry said on Monday that inspectors had cut the gas supply to more than 1,400 flats in five cities because of leaks or illegal connections.

Residents of the damaged block on Zhandosov Street remain in temporary housing. Engineers say the building may have to be demolished.

"We are happy they are arresting bosses and not only workers," said Aliya Nurpeisova, whose sister was among the dead. "But nobody will give us back our people.\""""),
dict(id="a4", source="Kazakh Business Review", published="2026-12-07",
     title="After the Almaty blast, a reckoning for the gas utilities",
     text="""ANALYSIS - The government commission's [[e5|report]] on the Almaty gas explosion, published on Friday, reads like a catalogue of everything that can go wrong in a post-Soviet utility.

The [[e5|findings]] are blunt. A corroded joint in the building's internal pipework leaked for at least ten days before the blast; an illegal connection made by a tenant on the fourth floor made it worse; and AlmatyGazServis had postponed replacing the block's pipes three times since 2019 to save money.

The explosion on November 16 [[e1|killed]] nine people. The next day police [[e2|detained]] the two fitters who had inspected the building a week earlier, and on November 23 the company's deputy director and a safety inspector were [[e4|arrested]]. The commission's [[e5|conclusions]] appear to back the fitters' lawyer, who argued from the start that the men were blamed for decisions taken well above them.

The president's [[e3|instruction]] of November 18 to check every gas installation in buildings built before 1991 has become the largest safety campaign in the country's history. Inspectors have cut off gas to more than 6,000 flats so far.

"The inspections will cost money and anger residents through the winter," said Dana Ospanova, an energy analyst in Astana. "But the [[e5|report]] leaves the government no choice."

The four detained men remain in custody. Prosecutors say charges will be filed by the end of the month."""),
]),
]
