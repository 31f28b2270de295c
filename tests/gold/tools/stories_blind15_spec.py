"""Source of ../stories_blind15/articles.jsonl and ../stories_blind15/gold.jsonl.

FIFTEENTH BLIND story set (stories_blind15) for the cross-article deduplication benchmark, for
REPORTING ONLY: the system's errors on it must never be read or used for tuning, and it is not
meant for the eval gate.  It was written without running the timeline extractor, the `timeline`
command or the dedup benchmark on these texts, without importing the `timeline` package and
without reading the system's code, extraction or clustering rules, data files or word lists;
only the format of the earlier sets was consulted (build_stories.py, validate.py's
check_stories, the docstring and first two stories of stories_dev16_spec, the list of topics of
the earlier sets in tests/gold/README.md, DATASETS.md section 2).

10 stories (pb01..pb10), each with 4 or 5 gold events and exactly one tricky pair, each told by
4 articles (40 in all) from invented outlets (four different outlets per story), published on
different days over one to three weeks in 2026: a short breaking item with a dateline, two
follow-ups with background and quotes, and an analysis written days or weeks later that
retells the earlier events with dates or relative dates.  Five stories are politics, diplomacy
and security:
  pb01  the New River Triangle (Tigri) border row between Guyana and Suriname: two detentions
        of Guyanese gold miners by Surinamese soldiers four days apart, Guyana's protest note,
        the foreign ministers' talks in Paramaribo;
  pb02  a government crisis in São Tomé and Príncipe: a no-confidence vote, a march by the
        ousted prime minister's supporters, the president's consultations, his televised
        announcement of a new prime minister, and the confidence vote on her programme;
  pb03  the Bay of Piran fishing row: a fishermen's harbour blockade in Piran, Slovenia's and
        Croatia's letters to the European Commission two days apart, Slovenian police boats
        sent into the bay, the foreign ministers' meeting in Brussels;
  pb04  the arrest of an independent radio director in Ocotal, Nicaragua: an exiles' rally in
        San José, U.S. Treasury and EU sanctions four days apart, Managua's rejection;
  pb05  violence in Narathiwat, southern Thailand: a bomb that derails a train near Rueso, an
        attack on a ranger outpost in Bacho two days later, army reinforcements, two suspects
        detained, peace talks with the BRN in Kuala Lumpur;
and five are crises on the ground:
  pb06  floods in the Taquari Valley, Rio Grande do Sul: flash-flood deaths, the governor's
        state of calamity, an army deployment, federal aid, and a deadly landslide in Encantado;
  pb07  pollution protests in Gabès, Tunisia: a sit-in at the phosphate complex, 12 arrests, a
        march through the city, an environment agency report, the industry minister's visit;
  pb08  a diphtheria epidemic in Zinder, Niger: the declaration, a UNICEF vaccine airlift, a
        WHO antitoxin shipment two days later, WHO's first situation report;
  pb09  a wildfire above Arafo, Tenerife: the Military Emergencies Unit and Greek air force
        water-bombers sent three days apart, a forest worker killed, a farmer arrested, the
        Spanish cabinet's aid;
  pb10  an oil spill on the Napo River, Ecuador: a Kichwa river and road blockade, the
        environment ministry's water report and a university laboratory's contradicting report
        four days later, talks in Coca and the compensation agreement.

All articles are fiction written for this data set (invented outlets, people, a collective, a
federation, a radio station and events; real places, institutions and companies).  No real
article was copied.  Event mentions are marked inline as [[eN|trigger]]; build_stories.py strips
the markers, computes character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_blind15_spec \\
        --out tests/gold/stories_blind15

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, one trigger per mention (when one clause names an event
twice, as in "sent the European Commission a letter" or "would visit Gabès next week to meet
residents", only one word is marked), and every mention of a key event is marked, anaphors
("the operation", "the sweep", "the raid", "the shooting", "the deployment", "That study"), reported speech and
planned or future references to an event that then happened included: Guyana "would deliver a
formal protest note", Ramdin "expected to meet" Sewdien, Sewdien "will host" Ramdin, Neves
"would receive" the party leaders and "was due to meet" them, Pontes must win "a vote of
confidence, scheduled for Friday", Croatia "would reply to the Commission in writing", police
"would send two patrol boats", Radić "had accepted an invitation to meet", exiled journalists
"would protest" in San José, the EU "is expected to impose its own sanctions", negotiators
"were due to resume ... peace talks", more troops "would be sent", the Defence Ministry
"promised to send troops", ministers "would announce an emergency package", the collective
"has also called a march", the agency "would publish" its results, Jaziri "would visit" Gabès,
UNICEF "had agreed to fly in vaccines", WHO "would send" antitoxin and "would issue its first
situation report", Greek Canadairs "are due to arrive", the cabinet "is expected to approve
emergency aid", the ministry and the university "would publish" their results, the talks
"would" be held in Coca.

Background and side events are deliberately left unmarked, even when they have the type of a
gold event: the seizure of dredges, fuel and gold, the Surinamese army's confirmation, the
magistrate and bail in Nieuw Nickerie, the 1969 Tigri clash, the 2000 oil-rig expulsion, the
2021 border commission and its single meeting, the hotline agreed at the talks; the failed
no-confidence motion of 2025 and the government's fall in 2012, the demands for early
elections, the second rally of Bragança's supporters, the stalled budget-support talks; the
Croatian police fine of May 2, Slovenia's written complaint of 2018, the 2017 arbitration award,
the EU court's 2020 ruling, the Croatian patrol boat's monitoring; the search of Obando's home,
the judge's 90-day order, two reporters detained last year, the 2018 protests, earlier U.S. and
EU sanctions on Nicaraguan officials, the State Department's remarks, the EU ministers' meeting
in Luxembourg, the second Sunday rally; the injuries on the train and the rangers' deaths (part
of the attacks), the suspension of rail services, the February round and the next round of
talks, the questioning at Inkayuthaborihan camp; the floods of 2023 and 2024, the rescues and
evacuations, the governor's visit to a shelter, the meteorologists' warning; the Gabès gas leak
and the pupils treated in hospital, the tear gas and stone-throwing, the release of the 12, the
2017 pledge, the march planned for World Environment Day; the diphtheria cases and deaths, the
laboratory confirmation, the request to WHO, the vaccination campaign, MSF's isolation ward and
the nurses sent by Kano State; the Tenerife fire itself, the evacuations, the funeral, the 2023
fire, the regional government's requests, the cabinet's disaster-zone declaration; the Napo
pipeline rupture and spill, the 2020 and 2022 spills, Petroecuador's water deliveries, its
conditional offer to meet "as soon as the roads are open", the first payments.  Aggregate
mentions covering two gold events ("All 23 men", "both letters", "both measures", "both took
place", "either incident", "either attack", "the number of people killed in Rio Grande do Sul
this week", "The 21 deaths of September") and negated, hypothetical or generic mentions ("No
arrests have been made", "has yet to release the results", "could trigger landslides", "the
next one taken", "a general election within 90 days", "Residents of Gabès have protested for
decades") are not marked.  Titles are not annotated.  Articles are 205-249 words.  Two events are
mentioned in one article only: pb04-e4 (the Nicaraguan communiqué, twice) and pb10-e5 (the Coca
agreement, three times).

Dates: the articles of a story are published on different days, so the same weekday name can
point to different dates (in pb02 "on Friday" is the president's consultations of March 13 in
the first article and the confidence vote of March 20 in the third, "on Thursday" the march of
March 12 and a rally called for March 19; in pb03 "last Saturday" is the Croatian fine of May 2
and "since Saturday" the police boats of May 9; in pb07 "Friday's leak" is April 10 and the
march "on Friday" April 17; in pb10 "on Friday" is the ministry report of November 6 and "last
Friday" the agreement of November 13), and many dates are given only relatively: "four days after", "on the
Friday of the same week", "two days later", "last Thursday", "next week", "a fortnight later",
"two days after", "six days after", "ten days after", "that Friday", "the following Monday",
"last week", "on the eve of", "last Saturday", "last Tuesday", "the next day", "On the
Tuesday", "that weekend", "from the weekend", "the day before", "The next day", "a week later",
"Nearly three weeks after", "two weeks before", "By the end of that week", "on the Sunday",
"three days after", "that same night", "the next morning", "Three days afterwards", "days
later", "two days earlier", "That Friday", "within days", "two days after that", "last Monday",
"nine days earlier", "last weekend", "a day earlier", "on the Thursday", "last Sunday", "five
days after", "four days earlier", "last Friday", "the following afternoon", "by the end of the
week".

Type conventions used here (the type list has no better fit):
  * the no-confidence vote and the confidence vote on a new government's programme in São
    Tomé (a tricky pair) are `election` events (parliamentary votes);
  * Guyana's protest note and the Slovenian and Croatian letters to the European Commission (a
    tricky pair) are `letter` events;
  * the detentions of Guyanese miners by Surinamese soldiers four days apart (a tricky pair),
    and the arrests of a radio director in Ocotal, of two bombing suspects in Rueso, of 12
    sit-in protesters in Gabès and of a farmer in Arafo are `arrest` events;
  * Slovenian police patrol boats sent into the Bay of Piran, Thai army reinforcements sent to
    Narathiwat, Brazilian army troops sent to the Taquari Valley, and the Military Emergencies
    Unit and Greek air force water-bombers sent to Tenerife (a tricky pair) are `deployment`
    events;
  * the foreign ministers' talks in Paramaribo and Brussels, the São Tomé president's
    consultations with party leaders, the Kuala Lumpur peace talks, the industry minister's
    visit to Gabès and the Coca talks are `meeting` events; the Coca compensation deal is a
    separate `agreement`;
  * the São Tomé president's televised announcement naming a new prime minister, the
    Nicaraguan foreign ministry's communiqué, the Rio Grande do Sul governor's declaration of a
    state of calamity and Niger's declaration of a diphtheria epidemic are `statement` events;
    words for the content (the appointment, the calamity, the epidemic) are not marked;
  * the fishermen's harbour blockade in Piran, the exiles' rally in San José, the Gabès sit-in
    and the march four days later (a tricky pair) and the Kichwa river and road blockade are
    `protest` events, each dated to its first day;
  * the U.S. Treasury and EU sanctions (a tricky pair) are `sanction` events;
  * the train bombing near Rueso and the assault on the Bacho ranger post two days later (a
    tricky pair) are `attack` events; their injuries and deaths are part of the attacks and not
    marked separately;
  * the deaths in the Taquari flash flood and in the Encantado landslide (a tricky pair) and the
    forest worker's death in Tenerife are `casualties` events; the flood, landslide and fire
    themselves are not annotated, and later deaths or bodies found from the flash flood (the
    toll rising from 11 to 16) are mentions of the flood's one `casualties` event;
  * the federal flood aid, the UNICEF vaccine airlift and the WHO antitoxin shipment two days
    later (a tricky pair) and the Spanish cabinet's wildfire aid are `support` events;
  * the Tunisian environment agency's report, WHO's situation report, and the Ecuadorian
    environment ministry's water report and the university laboratory's report four days later
    (a tricky pair) are `report` events;
  * releases on bail, court hearings, evacuations, the closing of roads and the lifting of a
    blockade have no type in the list (or are side events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- pb01
dict(story="pb01", topic="New River Triangle (Tigri) border row: Surinamese soldiers detain Guyanese gold miners twice in one week, Guyana's protest note, foreign ministers' talks in Paramaribo (Tigri and the upper New River, Georgetown, Paramaribo; Guyana - Suriname)", events=[
    dict(e="e1", type="arrest", date="2026-02-09", participants=["Suriname National Army", "Guyanese gold miners"], location="Tigri"),
    dict(e="e2", type="letter", date="2026-02-11", participants=["Guyana", "Suriname"], location="Georgetown"),
    dict(e="e3", type="arrest", date="2026-02-13", participants=["Suriname National Army", "Guyanese gold miners"], location="New River"),
    dict(e="e4", type="meeting", date="2026-02-19", participants=["Guyana", "Suriname"], location="Paramaribo"),
], tricky=[("e1", "e3", "14 Guyanese miners detained by a Surinamese patrol at a camp near the Tigri post on Monday February 9 vs nine more miners picked up four days later at a camp further up the same river, near the Lucie River mouth")],
note="The seizure of dredges, fuel and gold (part of the arrests), the Surinamese army's confirmation, Guyana's demand "
     "for the men's release, the court appearance and the release on bail in Nieuw Nickerie, Suriname's receipt and "
     "rejection of the note, the 1969 clash at Tigri, the 2000 expulsion of an oil rig, the 1799 colonial boundary "
     "arrangement, the 2021 decision to revive a border commission and its single meeting, and the commission and "
     "hotline agreed at the talks are side / background events. 'All 23 men' covers both arrests and is not marked.",
articles=[
dict(id="a1", source="Guiana Shield Wire", published="2026-02-10",
     title="Surinamese soldiers detain 14 Guyanese miners in disputed Tigri area",
     text="""GEORGETOWN - Surinamese soldiers [[e1|detained]] 14 Guyanese gold miners at a camp on the New River on Monday, in the forested border area that Guyana calls the New River Triangle and Suriname calls Tigri, Guyanese officials and a miners' group said.

The men were working two small dredges about six kilometres south of the Surinamese army post at Tigri when a patrol boat carrying some 20 soldiers pulled up at the camp, said Ramesh Bisnauth, secretary of the Upper Berbice Miners' Association. The soldiers seized the dredges, fuel drums and about 40 grams of gold, he said, and took the miners downriver.

"These men had Guyanese licences in their pockets. They were standing on Guyanese soil," Bisnauth said by telephone from Corriverton.

A spokesman for the Surinamese army in Paramaribo confirmed the [[e1|arrests]] on Tuesday, saying the miners had been "working illegally on Surinamese territory" and had been handed over to the military police.

Guyana's Ministry of Foreign Affairs said it would deliver a formal protest [[e2|note]] to Paramaribo and called for the immediate release of the men and their equipment.

The triangle of about 15,000 square kilometres between the New River and the Courantyne has been disputed since colonial times. Surinamese troops have held the Tigri post since a brief armed clash in 1969, and in 2000 Surinamese gunboats forced a Canadian-operated oil rig out of offshore waters that both countries claimed. Guyana administers none of the area but still counts it as part of its Region Six."""),
dict(id="a2", source="Demerara Courier", published="2026-02-12",
     title="Guyana protests to Suriname over detained miners",
     text="""Guyana formally [[e2|protested]] to Suriname on Wednesday over the [[e1|detention]] of 14 gold miners in the New River Triangle, and Foreign Minister Celeste Ramdin said she would take the matter up in person with her Surinamese counterpart.

The [[e2|note]], handed to Suriname's ambassador in Georgetown in the afternoon, describes Monday's [[e1|operation]] as "an unlawful use of force on Guyanese territory" and asks Paramaribo to free the men and return their dredges within 48 hours.

Ramdin told reporters that she expected to [[e4|meet]] Suriname's foreign minister, Harold Sewdien, in Paramaribo next week. "Guyana will not be provoked, but Guyana will not be silent either," she said.

The miners were taken to Nieuw Nickerie, where they appeared before a magistrate on Wednesday. Relatives who crossed the Courantyne by ferry said they had not been allowed to see them.

"My son went to the bush to feed his children, not to start a war," said Indra Persaud, whose 23-year-old son is one of the 14.

Mining officials in Region Six say several hundred Guyanese work small claims along the upper New River, most of them with permits from the Guyana Geology and Mines Commission. Suriname does not recognise those permits and says the claims lie on its side of the border.

In 2021 the two governments agreed to revive a joint border commission, but it has met only once. Opposition politicians in Georgetown on Wednesday called for troops to be sent to the Courantyne, a demand the government did not take up."""),
dict(id="a3", source="Wild Coast Times", published="2026-02-15",
     title="Suriname detains nine more Guyanese miners upriver",
     text="""PARAMARIBO - Surinamese soldiers have [[e3|detained]] nine more Guyanese gold miners in the disputed Tigri area, four days after the [[e1|arrest]] of 14 others a short distance downriver, the army said on Saturday.

The second group was [[e3|picked up]] on Friday morning at a camp near the mouth of the Lucie River, on the upper reaches of the New River, army spokesman Major Ricardo Kartowidjojo said. Soldiers also seized a dredge and two outboard engines. "Patrols are continuing. Our territory is not a free-for-all," he said.

The new [[e3|detentions]] came as Guyana waited for an answer to its protest [[e2|note]] of Wednesday. Suriname's foreign ministry said on Saturday that it had received the [[e2|letter]] and "rejected its premise", insisting that the whole triangle lies within Surinamese borders under a 1799 colonial boundary arrangement.

In Georgetown, Foreign Minister Celeste Ramdin called Friday's [[e3|arrests]] "a deliberate escalation" at a moment when the two capitals were preparing for [[e4|talks]].

The [[e4|meeting]] is still on. Surinamese Foreign Minister Harold Sewdien will [[e4|host]] Ramdin in Paramaribo on Thursday, his office confirmed.

Meanwhile, the 14 men [[e1|arrested]] on Monday were released on bail by a court in Nieuw Nickerie late on Friday and are expected back in Guyana early next week. Their dredges remain in army hands.

Surinamese officials say unlicensed gold mining along the border has poisoned creeks with mercury and fuelled the smuggling of fuel and gold in both directions."""),
dict(id="a4", source="Caribbean Affairs Review", published="2026-02-27",
     title="Tigri: an old border and new gold",
     text="""ANALYSIS - When the foreign ministers of Guyana and Suriname [[e4|sat down]] in Paramaribo last Thursday, the mood was polite and the result modest: a promise to revive a joint border commission that has barely functioned since 2021, and a telephone hotline between the two armies.

The crisis that brought them to the table built up in less than a week. On February 9 a Surinamese patrol [[e1|arrested]] 14 Guyanese miners at a camp on the New River. Georgetown [[e2|protested]] in writing two days later, and on the Friday of the same week soldiers [[e3|detained]] nine more men further upriver, near the Lucie River. By then some Guyanese politicians were talking openly about sending troops to the border.

"Neither side wants to be seen blinking," said Natasha Gopaul, a lecturer in international relations at the University of Guyana. "But both need the gold trade, and both know the miners are the weakest party."

The [[e4|talks]] did not touch the question of sovereignty over the triangle, which Suriname has claimed since independence in 1975. Nor did they settle what happens to the seized dredges. Guyana's [[e2|note]] had demanded their return within 48 hours; a fortnight later they were still in an army compound at Apoera.

All 23 men have since been freed on bail, though the nine taken in the second [[e3|sweep]] must report weekly to the police in Nieuw Nickerie. Miners' associations on the Guyanese bank say fewer crews have gone upriver since."""),
]),
# ---------------------------------------------------------------------------- pb02
dict(story="pb02", topic="São Tomé and Príncipe government crisis: a no-confidence vote topples the prime minister, a march by his supporters, the president's consultations with party leaders, his announcement of a new prime minister and the assembly's confidence vote (São Tomé; National Assembly, President)", events=[
    dict(e="e1", type="election", date="2026-03-10", participants=["National Assembly of São Tomé and Príncipe", "Jorge Bragança"], location="São Tomé"),
    dict(e="e2", type="protest", date="2026-03-12", participants=["supporters of Jorge Bragança"], location="São Tomé"),
    dict(e="e3", type="meeting", date="2026-03-13", participants=["Aurélio Neves", "parliamentary parties"], location="São Tomé"),
    dict(e="e4", type="election", date="2026-03-20", participants=["National Assembly of São Tomé and Príncipe", "Elsa Pontes"], location="São Tomé"),
    dict(e="e5", type="statement", date="2026-03-16", participants=["Aurélio Neves"], location="São Tomé"),
], tricky=[("e1", "e4", "the no-confidence vote that brought down Jorge Bragança's government on March 10 vs the confidence vote on Elsa Pontes's programme ten days later, both in the same National Assembly and passed by similar margins")],
note="Parliamentary votes are `election` events. The failed motion against Bragança in 2025, the fall of a government "
     "in 2012, the demands for early elections and the next general election (hypothetical or background), the "
     "second rally by Bragança's supporters on the eve of the confidence vote, the spokesman's and Bragança's "
     "remarks, the power company's announcement, the stalled budget-support talks and the walk-out are side events. "
     "The president's televised announcement naming Pontes is a `statement`; the appointment itself is not a separate event.",
articles=[
dict(id="a1", source="Gulf of Guinea Wire", published="2026-03-10",
     title="São Tomé parliament topples government in no-confidence vote",
     text="""SÃO TOMÉ - Lawmakers in São Tomé and Príncipe [[e1|voted]] on Tuesday to bring down the government of Prime Minister Jorge Bragança, eighteen months after he took office promising to end the islands' chronic fuel and power shortages.

The no-confidence [[e1|motion]], tabled by the opposition bloc after weeks of blackouts in the capital, passed with 29 votes in the 55-seat National Assembly. Four deputies from Bragança's own governing party sided with the opposition, and two abstained.

"Our people have spent too many nights in the dark while this government made promises," opposition leader Amílcar Sousa told the chamber before the [[e1|ballot]].

Bragança, who had dismissed the [[e1|motion]] as "an adventure by people who want jobs, not solutions", left the building without speaking to reporters. His spokesman said the prime minister respected the result.

Under the constitution, the government now stays in office only to handle current affairs. President Aurélio Neves said in a short statement that he would [[e3|receive]] the leaders of all parties represented in parliament on Friday before choosing a new head of government.

The archipelago of about 230,000 people depends heavily on foreign aid and on imported diesel for most of its electricity. A government last fell in a similar vote in 2012, and a previous motion against Bragança failed by three votes in 2025.

The national power company has rationed supply in the capital since January, and hospitals have relied on their own generators for weeks."""),
dict(id="a2", source="Lusophone Africa Press", published="2026-03-13",
     title="Thousands march in São Tomé for ousted premier",
     text="""Several thousand supporters of ousted Prime Minister Jorge Bragança [[e2|marched]] through the centre of São Tomé on Thursday, two days after parliament [[e1|voted]] his government out, demanding early elections rather than a new cabinet drawn from the current assembly.

The [[e2|march]] set off from Independence Square and ended outside the National Assembly, where riot police formed a line but did not intervene. Marchers carried portraits of Bragança and banners reading "Let the people decide".

"They removed him in a back room. Only the voters can choose the next government," said Vera Quaresma, a market trader who closed her stall to join the [[e2|demonstration]].

Police said about 3,000 people took part; organisers claimed 10,000.

President Aurélio Neves was due to [[e3|meet]] party leaders at the presidential palace on Friday morning. Palace officials said he would listen to all sides but gave no sign that he was considering dissolving parliament, which would require a general election within 90 days.

The opposition bloc that tabled Tuesday's [[e1|motion]] says it can assemble a majority of 30 deputies behind a new prime minister. Its leader, Amílcar Sousa, has refused to say whether he wants the job himself.

Fuel, meanwhile, remains short. The state electricity company said on Thursday that parts of the capital would continue to receive power for only eight hours a day until a tanker due next week arrives from Luanda."""),
dict(id="a3", source="Equator Times", published="2026-03-17",
     title="São Tomé president names economist Elsa Pontes prime minister",
     text="""President Aurélio Neves on Monday [[e5|named]] Elsa Pontes, a former deputy governor of the central bank, as São Tomé and Príncipe's new prime minister, six days after the National Assembly [[e1|ousted]] the government of Jorge Bragança.

In a televised [[e5|address]] from the presidential palace, Neves said Pontes had "the support of a majority of deputies and the confidence of our partners". He rejected calls for early elections, saying the country could not afford a campaign while it struggled to pay for fuel.

Pontes, 51, has no party card but is backed by the opposition bloc. She must present her programme to parliament and win a [[e4|vote]] of confidence, scheduled for Friday, before her government can take full office.

The nomination followed Friday's [[e3|consultations]] at the palace with delegations from all five parties in the assembly. Bragança's party told the president it would accept no prime minister other than Bragança and skipped the photograph at the end.

Bragança's supporters, who [[e2|marched]] on parliament last week, have called another rally for Thursday. Bragança himself said on Monday that the choice of Pontes was "legal but not legitimate".

Diplomats in the capital said the main donors, Portugal and the European Union, would wait for the confidence [[e4|vote]] before resuming talks on budget support that stalled in January."""),
dict(id="a4", source="Atlantic Islands Review", published="2026-03-30",
     title="Pontes inherits São Tomé's dark nights",
     text="""ANALYSIS - Elsa Pontes has her majority. On March 20 the National Assembly [[e4|approved]] her government's programme by 31 votes to 22, ten days after the same chamber had [[e1|voted down]] her predecessor by a similar margin. The question now is whether the lights come on.

Few governments in São Tomé have fallen as fast. Jorge Bragança lost the no-confidence [[e1|vote]] on March 10 after weeks of blackouts; two days later thousands of his supporters [[e2|marched]] on parliament demanding new elections. President Aurélio Neves [[e3|met]] the party leaders that Friday and, the following Monday, [[e5|announced]] that Pontes, a technocrat with no party card, would lead the new cabinet.

The confidence [[e4|vote]] itself was quieter than the streets had been. Bragança's deputies walked out before the count, and a second rally by his supporters on the eve of the [[e4|session]] drew only a few hundred people.

"The opposition won the arithmetic. Now it has to win the tanker schedule," said Hélder Mendes, an economist in Lisbon who advises several African governments on energy.

Pontes has promised to renegotiate fuel contracts with Angolan suppliers and to seek emergency budget support from Portugal and the European Union. Her first real test comes in June, when the dry season lowers the water at the small hydropower plant on the Contador River and the capital depends almost entirely on diesel.

Bragança says he will be back at the next general election."""),
]),
# ---------------------------------------------------------------------------- pb03
dict(story="pb03", topic="Bay of Piran fishing row: Slovenian fishermen blockade Piran harbour after a Croatian fine, Slovenia's and Croatia's letters to the European Commission, Slovenian police boats sent into the bay, the foreign ministers' meeting in Brussels (Piran, Ljubljana, Zagreb, Brussels; Slovenia - Croatia - European Commission)", events=[
    dict(e="e1", type="letter", date="2026-05-05", participants=["Slovenia", "European Commission"], location="Ljubljana"),
    dict(e="e2", type="letter", date="2026-05-07", participants=["Croatia", "European Commission"], location="Zagreb"),
    dict(e="e3", type="deployment", date="2026-05-09", participants=["Slovenian Police"], location="Bay of Piran"),
    dict(e="e4", type="meeting", date="2026-05-18", participants=["Slovenia", "Croatia", "European Commission"], location="Brussels"),
    dict(e="e5", type="protest", date="2026-05-03", participants=["Slovenian fishermen"], location="Piran"),
], tricky=[("e1", "e2", "Prime Minister Rozman's letter from Ljubljana asking the Commission to sue Croatia on Tuesday May 5 vs Foreign Minister Radić's reply from Zagreb to the same Commission two days later, on the same arbitration award")],
note="The Croatian police fine of May 2, the Croatian foreign ministry spokeswoman's remarks, Rozman's and Radić's other "
     "remarks, the Commission's acknowledgement, Slovenia's written complaint of 2018, the 2017 arbitration award, "
     "Croatia's withdrawal from the arbitration in 2015, the EU court's 2020 ruling, the Croatian patrol boat's "
     "monitoring and the joint line after the meeting are side / background events. 'both letters' is an aggregate "
     "and not marked. Slovenian police patrol boats sent into the bay are a `deployment`.",
articles=[
dict(id="a1", source="Adriatic Press Service", published="2026-05-05",
     title="Slovenia asks Brussels to act over Croatian fine in Piran Bay",
     text="""LJUBLJANA - Slovenian Prime Minister Matej Rozman [[e1|wrote]] to the President of the European Commission on Tuesday, asking the Commission to take Croatia to the EU Court of Justice for refusing to apply the 2017 arbitration award on the Bay of Piran.

The [[e1|letter]], released by the prime minister's office, follows a weekend in which Croatian police fined the skipper of a Slovenian trawler 6,000 euros for fishing in waters the tribunal gave to Slovenia, and dozens of fishing boats [[e5|blockaded]] the harbour in Piran in response.

"Slovenia has respected the law for nine years. We are asking the guardian of the treaties to do its job," Rozman wrote.

In Zagreb, a foreign ministry spokeswoman said Croatia did not recognise the award, having left the arbitration in 2015 after recordings showed a Slovenian judge discussing the case with a Slovenian official. Croatia would [[e2|reply]] to the Commission in writing, she said.

The Commission has so far declined to take sides, and in 2020 the EU's top court said it had no jurisdiction over the arbitration itself.

About 300 people watched from the quay on Sunday as some 40 trawlers and small gill-netters tied up side by side across the harbour mouth for a three-hour [[e5|blockade]]. "We fish where our grandfathers fished, and now we are treated as poachers," said Bojan Kravos, a fisherman from Izola.

Slovenia's fishing fleet has shrunk to fewer than 100 vessels, most of them based in Piran and Izola."""),
dict(id="a2", source="Ljubljana Herald", published="2026-05-08",
     title="Croatia tells Commission the Piran award is 'dead'",
     text="""Croatia sent the European Commission a [[e2|letter]] of its own on Thursday, answering Slovenia's [[e1|appeal]] to Brussels by saying that the 2017 arbitration award on the Bay of Piran "does not exist for the Republic of Croatia" and that the border can only be settled between the two neighbours.

The four-page [[e2|reply]] from Foreign Minister Goran Radić, seen by the Herald, says Croatian police acted lawfully when they fined a Slovenian skipper last Saturday, and accuses Ljubljana of "internationalising a neighbourly question".

Prime Minister Matej Rozman, whose [[e1|letter]] on Tuesday asked the Commission to sue Croatia, said the Croatian response showed "exactly why European institutions must act".

Rozman also said the police would [[e3|send]] two patrol boats into the bay from the weekend to accompany Slovenian fishing boats "in our waters, as the tribunal defined them". Interior ministry officials said the boats would stay in the inner bay and avoid contact with Croatian vessels.

Fishermen who [[e5|blocked]] Piran harbour on Sunday welcomed the plan but said they wanted the fine repaid. "An escort is nice. A fine of 6,000 euros is a month of work," said skipper Bojan Kravos.

The Commission said it had received both letters and was studying them. A spokesman would not say when it would respond.

Ljubljana first complained to the Commission in writing in 2018, which led to the court case Slovenia lost on jurisdiction two years later."""),
dict(id="a3", source="Kvarner Coast Daily", published="2026-05-11",
     title="Slovenian police boats enter Piran Bay; Zagreb calls it 'theatre'",
     text="""UMAG, Croatia - Two Slovenian police boats have been [[e3|patrolling]] the Bay of Piran since Saturday, escorting Slovenian trawlers into waters that Croatia considers its own, in the latest turn of a dispute that flared with a Croatian police fine on May 2.

Croatia's interior ministry said its own patrol boat, based in Umag, had "monitored" the Slovenian vessels but stayed on its side of the line Croatia recognises. Foreign Minister Goran Radić described the Slovenian [[e3|deployment]] as "theatre for a domestic audience".

Radić repeated the arguments of his [[e2|letter]] to the European Commission last Thursday: that the arbitration was "contaminated" and that only bilateral talks could fix the border. He said he had accepted an invitation to [[e4|meet]] his Slovenian counterpart, Tanja Zupan, in Brussels on May 18, with a senior Commission official in the chair.

Zupan confirmed the [[e4|meeting]] but said the tribunal's award "is not on the table, only its implementation". The Commission has not yet answered Slovenia's [[e1|request]] of last Tuesday that it take Croatia to court.

Croatian fishermen in Savudrija said they had seen the Slovenian boats but no incident. "They sail, we sail. Everybody films everybody," said Dario Benčić, who fishes for sardines out of the village harbour.

The bay covers only about 19 square kilometres, but access to the open Adriatic through it has been a point of national pride in Slovenia since independence in 1991."""),
dict(id="a4", source="Europe Desk Weekly", published="2026-05-22",
     title="Piran Bay: Brussels in the chair, not in the judge's seat",
     text="""ANALYSIS - Monday's [[e4|meeting]] in Brussels between the Slovenian and Croatian foreign ministers ended as most people expected: with a joint line about "continued dialogue" and no change on the water. Slovenian police boats are still [[e3|escorting]] trawlers in the bay, and Croatian police have issued no new fines.

The sequence this month was quick. A Slovenian skipper was fined on a Saturday; the next day Piran's fishermen [[e5|closed]] their harbour with a chain of boats. On the Tuesday Prime Minister Matej Rozman [[e1|wrote]] to the Commission asking it to sue Croatia, and two days later Zagreb answered with its own [[e2|letter]] calling the 2017 award "non-existent". The police boats [[e3|went in]] that weekend.

The Commission's role in the [[e4|talks]] was careful. Its official chaired but did not rule, and it has still not decided whether to act on Slovenia's [[e1|complaint]]; lawyers note that the EU court said in 2020 it could not judge the arbitration itself.

"Brussels wants to be a mediator, and Ljubljana wants it to be a policeman," said Marko Lipovšek, who teaches EU law in Maribor. "Neither capital will get what it asked for."

Fishermen, for now, have a practical truce. Several Piran skippers say they are back on their old grounds with a police boat in sight, and the harbour [[e5|protest]] has not been repeated. The 6,000-euro fine remains unpaid and is under appeal in a Croatian court."""),
]),
# ---------------------------------------------------------------------------- pb04
dict(story="pb04", topic="arrest of an independent radio director in Ocotal, Nicaragua: exiles' rally in San José, U.S. Treasury and EU sanctions on Nicaraguan officials, the Nicaraguan foreign ministry's rejection (Ocotal, San José, Washington, Luxembourg, Managua)", events=[
    dict(e="e1", type="arrest", date="2026-06-06", participants=["National Police of Nicaragua", "Sandra Obando"], location="Ocotal"),
    dict(e="e2", type="sanction", date="2026-06-11", participants=["United States Department of the Treasury", "Nicaragua"], location="Washington"),
    dict(e="e3", type="sanction", date="2026-06-15", participants=["European Union", "Nicaragua"], location="Luxembourg"),
    dict(e="e4", type="statement", date="2026-06-16", participants=["Nicaragua"], location="Managua"),
    dict(e="e5", type="protest", date="2026-06-07", participants=["Nicaraguan exiles"], location="San José"),
], tricky=[("e2", "e3", "the U.S. Treasury's sanctions on three Nicaraguan officials on Thursday June 11 vs the EU's listing of four officials, among them the same police chief, four days later")],
note="The search of Obando's home and the seizure of equipment (part of the arrest), the judge's 90-day detention "
     "order, the detention and expulsion of two reporters last year, the 2018 protests and crackdown, earlier U.S. "
     "and EU sanctions on Nicaraguan officials (2018 onwards, 2020), the State Department spokesperson's remarks, the "
     "EU foreign ministers' meeting in Luxembourg and the Treasury's accusation are side / background events. 'both "
     "measures' is an aggregate and not marked; 'reviewing all the tools at its disposal' is hypothetical.",
articles=[
dict(id="a1", source="Central America Wire", published="2026-06-07",
     title="Nicaraguan police arrest radio director in Ocotal",
     text="""OCOTAL, Nicaragua - Nicaraguan police [[e1|arrested]] Sandra Obando, director of the independent station Radio Voz de Dipilto, at her home in the northern city of Ocotal on Saturday, her family and a press freedom group said.

About a dozen officers, some in plain clothes, searched the house for two hours, took computers and a transmitter and led Obando away in handcuffs, her brother Julio Obando told the group by telephone. No reason was given for the [[e1|arrest]], he said.

The National Police did not comment. Government-aligned websites accused Obando, 47, of "spreading false news" about coffee prices and receiving foreign money, accusations often brought against critics under laws passed since 2020.

Radio Voz de Dipilto, which broadcasts farm news and call-in programmes to the coffee-growing hills along the Honduran border, was one of the last independent stations still on the air in the department of Nueva Segovia.

"Sandra is not a politician. She reads coffee prices and plays rancheras," said a colleague who asked not to be named.

Nicaraguan journalists living in exile in Costa Rica said they would [[e5|protest]] outside the Nicaraguan embassy in San José on Sunday afternoon to demand her release.

Hundreds of journalists have left Nicaragua since the crackdown that followed the 2018 protests, and several outlets have been confiscated by the state. Last year two reporters from the Caribbean coast were detained for several weeks before being expelled to Guatemala."""),
dict(id="a2", source="San José Chronicle", published="2026-06-08",
     title="Exiles rally in San José for detained Nicaraguan broadcaster",
     text="""Some 400 Nicaraguan exiles and Costa Rican journalists [[e5|gathered]] outside Nicaragua's embassy in San José on Sunday to demand the release of radio director Sandra Obando, who was [[e1|detained]] in Ocotal the day before.

The [[e5|rally]] lasted about two hours. Protesters held up photographs of Obando and old transistor radios, and read out the names of 30 other journalists they say have been jailed or forced into exile since 2018.

"Every time they take a microphone away, they think the silence will last. It never does," said Rafael Zeledón, a former newspaper editor from León who has lived in Costa Rica for seven years.

Relatives said on Sunday that they still did not know where Obando was. A lawyer for the family said she appeared to have been driven to Managua overnight, but the authorities had not confirmed it.

In Washington, a State Department spokesperson called her [[e1|arrest]] "another assault on the few independent voices left in Nicaragua" and said the United States was reviewing "all the tools at its disposal".

Several members of the European Parliament also urged the EU to act. Nicaragua's government has not commented on the case.

Costa Rican police kept the crowd on the opposite pavement from the embassy gate, and the [[e5|protest]] ended without incident. Organisers said they would return every Sunday until Obando is freed. Costa Rica hosts more than 200,000 Nicaraguans who have fled since the 2018 unrest."""),
dict(id="a3", source="Hemisphere Report", published="2026-06-12",
     title="U.S. sanctions Nicaraguan officials over journalist's arrest",
     text="""WASHINGTON - The U.S. Treasury [[e2|sanctioned]] three Nicaraguan officials on Thursday, among them the police chief of the northern department of Nueva Segovia, over last Saturday's [[e1|detention]] of radio director Sandra Obando.

The [[e2|measures]] freeze any assets the three hold in the United States and bar Americans from doing business with them. Besides the police chief, Commissioner Javier Ampié, they target a judge in Ocotal who ordered Obando held for 90 days and a deputy minister of communications.

The Treasury said Ampié had personally directed the [[e1|raid]] on Obando's home and that the judge had "turned the courts into an instrument of censorship".

Washington has sanctioned hundreds of Nicaraguan officials since 2018, and critics say the lists have done little to change the government's conduct. A senior official, briefing reporters, said Thursday's [[e2|designations]] were meant "to show the people carrying out repression that they are known by name".

The European Union is expected to impose its own [[e3|sanctions]] on Monday, when the bloc's foreign ministers meet in Luxembourg, two diplomats said. They said four Nicaraguan officials, including Ampié, would be added to the EU's list.

Exiles who [[e5|demonstrated]] outside the Nicaraguan embassy in San José on Sunday welcomed the U.S. [[e2|move]]. "It is a message to every police chief in the country," said Rafael Zeledón, one of the organisers.

Obando's family say she is in the El Chipote prison in Managua and has not been allowed to see a lawyer."""),
dict(id="a4", source="Segovias Digital", published="2026-06-25",
     title="Obando case: sanctions from two capitals, contempt from Managua",
     text="""ANALYSIS - Nearly three weeks after police [[e1|hauled]] Sandra Obando out of her home in Ocotal, the radio director is still in a Managua cell, and the government has answered international pressure with contempt.

The European Union [[e3|blacklisted]] four officials on June 15, four days after the U.S. Treasury [[e2|sanctioned]] three, among them Nueva Segovia's police chief. The next day the Foreign Ministry put out a [[e4|statement]] calling both measures "imperialist aggression" and saying Nicaragua "will not be blackmailed by those who finance terrorism".

The [[e4|communiqué]], read on state television by a ministry spokeswoman, also accused Obando of working for "foreign agents", the first official word on her case since her [[e1|arrest]].

Exiles point out that the Sunday [[e5|rally]] in San José, which drew several hundred people, was the largest in Costa Rica for more than a year, and that it was repeated a week later on a smaller scale.

Analysts doubt the EU [[e3|listing]] will change much. "These are people who never travel to Europe and keep no money there," said Carmen Lacayo, a political scientist at the University of Costa Rica. "The point is to make the list grow, so that every new officer thinks twice."

The EU first imposed sanctions on Nicaraguan officials in 2020. Its list now includes more than 30 names, and the U.S. list is far longer. Obando's trial date has not been set, and Radio Voz de Dipilto has been off the air since the [[e1|raid]]."""),
]),
# ---------------------------------------------------------------------------- pb05
dict(story="pb05", topic="violence in Narathiwat, southern Thailand: a bomb derails a train near Rueso, gunmen attack a ranger outpost in Bacho, army reinforcements, two suspects detained, and peace talks with the BRN in Kuala Lumpur (Narathiwat; Thailand - BRN - Malaysia)", events=[
    dict(e="e1", type="attack", date="2026-07-06", participants=["insurgents", "State Railway of Thailand"], location="Rueso"),
    dict(e="e2", type="attack", date="2026-07-08", participants=["insurgents", "Thai rangers"], location="Bacho"),
    dict(e="e3", type="deployment", date="2026-07-10", participants=["Royal Thai Army"], location="Narathiwat"),
    dict(e="e4", type="arrest", date="2026-07-12", participants=["Royal Thai Army", "two suspects"], location="Rueso"),
    dict(e="e5", type="meeting", date="2026-07-21", participants=["Thailand", "Barisan Revolusi Nasional", "Malaysia"], location="Kuala Lumpur"),
], tricky=[("e1", "e2", "the bomb that derailed a passenger train near Rueso on Monday July 6 vs the gunmen's assault on a ranger outpost in Bacho district two days later, both in Narathiwat and both unclaimed")],
note="The injuries on the train and the rangers' deaths are part of the attacks and not marked separately. The "
     "suspension and resumption of rail services, the February round of talks, the conflict since 2004 and its "
     "death toll, the 2013 start of Malaysian facilitation, the questioning at Inkayuthaborihan camp, the families' "
     "denials and the army's denial of beatings are side / background events. 'both took place' and 'either "
     "attack' are aggregates; 'No arrests have been made' over the Bacho attack is negated; none is marked.",
articles=[
dict(id="a1", source="Southeast Asia Wire", published="2026-07-07",
     title="Bomb derails train in Thailand's Narathiwat, seven hurt",
     text="""NARATHIWAT, Thailand - A bomb [[e1|exploded]] under a railway track in Thailand's southern province of Narathiwat on Monday as a passenger train passed, derailing the locomotive and injuring seven people, police said.

The device, hidden in a culvert about two kilometres north of Rueso station, [[e1|went off]] shortly after 8 a.m. as the train from Hat Yai to Sungai Kolok slowed for a bend. The locomotive and the first carriage left the rails and tipped onto the embankment. The driver suffered a broken leg; six passengers were treated for cuts and bruises at Rueso hospital.

Police Colonel Anan Suksawat said the bomb weighed about 15 kilograms and had been triggered by a mobile phone. "Whoever did this wanted to kill people on that train," he said.

No group claimed the [[e1|attack]]. Security officials routinely blame Malay Muslim insurgents, who have fought for greater autonomy in Narathiwat, Pattani and Yala since 2004 in a conflict that has killed more than 7,000 people.

The State Railway of Thailand suspended services south of Yala for at least two days while engineers repaired the line.

The [[e1|bombing]] came two weeks before negotiators from the Thai government and the main insurgent group, the Barisan Revolusi Nasional (BRN), were due to resume Malaysian-facilitated peace [[e5|talks]] in Kuala Lumpur. The previous round, in February, ended without agreement on a ceasefire, and both sides accused the other of stalling."""),
dict(id="a2", source="Chao Phraya Times", published="2026-07-09",
     title="Two rangers killed in attack on Narathiwat outpost",
     text="""Gunmen [[e2|attacked]] a paramilitary ranger outpost in Narathiwat's Bacho district late on Wednesday, killing two rangers and wounding three, two days after a bomb [[e1|derailed]] a passenger train in the same province.

About ten attackers [[e2|opened fire]] with assault rifles from a rubber plantation and threw two pipe bombs over the sandbag wall of the post in Ban Tha Phraya village, army spokesman Colonel Pramote Jaidee said. The [[e2|assault]] lasted about 20 minutes before the gunmen slipped back into the plantation.

Police said it was too early to link the [[e2|raid]] to Monday's [[e1|blast]] near Rueso, though both took place within 30 kilometres of each other.

The commander of the Fourth Army Region, Lieutenant General Sakda Wongsiri, said more troops would be [[e3|sent]] to the province "in the coming days" to guard railways, schools and rubber markets.

"We hear shooting at night every few months, but never this long," said a village headman who asked not to be named. "The children did not sleep."

Train services south of Yala resumed on Wednesday morning after crews repaired the track damaged in the [[e1|explosion]]. The railway said trains would run only in daylight for the time being.

In Kuala Lumpur, the Malaysian facilitator of the peace process, Zulkifli Hamzah, said the [[e5|talks]] scheduled for July 21 would go ahead. "Violence is exactly why we talk," he said. The BRN has not commented on either incident."""),
dict(id="a3", source="Deep South Monitor", published="2026-07-13",
     title="Two held over Narathiwat train bombing as troops pour in",
     text="""PATTANI - Soldiers [[e4|detained]] two men in Rueso district on Sunday on suspicion of planting the bomb that [[e1|derailed]] a passenger train there last week, the army said.

The suspects, aged 24 and 31, were [[e4|picked up]] in a dawn raid on a house in Ban Kalubi, where soldiers said they found mobile phones, wiring and fertiliser. They were taken to the Inkayuthaborihan army camp in Pattani for questioning under martial law, which allows suspects to be kept for seven days without charge.

The [[e4|arrests]] came two days after about 600 extra soldiers and rangers [[e3|arrived]] in Narathiwat, most of them from the 15th Infantry Division. The [[e3|deployment]] is meant to protect railway lines and villages along the Bacho and Rueso roads, the army said.

Lawyers from the Deep South Legal Aid Network said the families of the two men denied any involvement and had not been told what evidence the army held.

No arrests have been made over Wednesday's [[e2|attack]] on the ranger outpost in Bacho, in which two rangers died. Villagers there said soldiers had searched several houses since the [[e2|shooting]].

Residents of Rueso said the sudden [[e3|arrival]] of troops had brought some calm but also fear. "When soldiers come, young men leave for Malaysia," said a rubber trader. "Nobody wants to be the next one taken."

The Thai government's delegation to the Kuala Lumpur peace [[e5|talks]] on July 21 will be led by a retired general, Wichai Thongdee."""),
dict(id="a4", source="Asia Security Review", published="2026-07-24",
     title="Bombs, bullets and a table in Kuala Lumpur",
     text="""ANALYSIS - Thai government and BRN negotiators [[e5|met]] in Kuala Lumpur on Tuesday for the first time since February, and for once the calendar mattered more than the venue. The [[e5|talks]] came at the end of a violent fortnight in Narathiwat.

On July 6 a bomb [[e1|tore up]] the track beneath a passenger train near Rueso, injuring seven. Two days later gunmen [[e2|stormed]] a ranger post in Bacho, killing two. By the end of that week some 600 extra troops had [[e3|moved]] into the province, and on the Sunday soldiers [[e4|rounded up]] two young men from Rueso whom the army accuses of the [[e1|train bombing]].

Negotiators on both sides said the violence took up the first hour of the [[e5|meeting]]. The BRN delegation did not claim either attack, but did not condemn them either; the Thai side asked for a commitment to spare "soft targets" such as trains and schools.

"The BRN wants to show it still controls its fighters, and the army wants to show it can protect the railway," said Nattapong Saelim, a researcher at Prince of Songkla University's Pattani campus. "Neither message is fully convincing."

The two suspects have not been charged, and their families say they were beaten during interrogation, which the army denies.

Malaysia's facilitator said the next round would be held in September and would focus on a reduction of violence in the three provinces during the school term."""),
]),
# ---------------------------------------------------------------------------- pb06
dict(story="pb06", topic="floods in the Taquari Valley, Rio Grande do Sul: flash-flood deaths in Muçum and Roca Sales, the governor's state of calamity, an army deployment, a federal aid package, and a deadly landslide in Encantado three days later (Taquari Valley; Brazil)", events=[
    dict(e="e1", type="casualties", date="2026-09-14", participants=["residents of the Taquari Valley"], location="Muçum"),
    dict(e="e2", type="casualties", date="2026-09-17", participants=["residents of Encantado"], location="Encantado"),
    dict(e="e3", type="deployment", date="2026-09-15", participants=["Brazilian Army"], location="Taquari Valley"),
    dict(e="e4", type="support", date="2026-09-16", participants=["Brazil", "Rio Grande do Sul"], location="Taquari Valley"),
    dict(e="e5", type="statement", date="2026-09-14", participants=["Rafael Bortolini"], location="Porto Alegre"),
], tricky=[("e1", "e2", "the deaths in Monday's flash flood on the Taquari (11, then 14, then 16) vs five deaths when a hillside collapsed onto houses in Encantado, further up the same valley, on Thursday night")],
note="The flood and the landslide themselves are not annotated; their deaths are `casualties` events, and later "
     "deaths or bodies found from the flash flood (the toll rising from 11 to 16) belong to e1. The rescues, "
     "evacuations, the missing, the governor's request for helicopters, the Defence Ministry's promise, the field "
     "hospital, the governor's visit to a shelter in Estrela, the meteorologists' warning, the floods of 2023 and 2024 and the 2024 risk map are side / "
     "background events. 'the number of people killed in Rio Grande do Sul this week' and 'the 21 deaths' are "
     "aggregates and not marked; 'could trigger landslides' is hypothetical. The governor's declaration of a state "
     "of calamity is a `statement`.",
articles=[
dict(id="a1", source="Southern Brazil Wire", published="2026-09-15",
     title="Flash floods kill 11 in southern Brazil's Taquari Valley",
     text="""MUÇUM, Brazil - At least 11 people [[e1|died]] on Monday when the Taquari River burst its banks after two days of torrential rain in Brazil's southernmost state, Rio Grande do Sul, civil defence officials said.

Most of the [[e1|deaths]] were in Muçum and Roca Sales, small towns on the river's middle course where the water rose more than 12 metres in less than 24 hours. Firefighters and fishermen in aluminium boats pulled dozens of people from rooftops, and at least 20 people were still missing late on Monday.

Governor Rafael Bortolini [[e5|declared]] a state of public calamity in 42 municipalities on Monday night, a step that frees emergency funds and lets the state buy supplies without tenders. He said he had asked the federal government for army helicopters, and the Defence Ministry promised to [[e3|send]] troops on Tuesday.

"We lost everything in 2023, we lost everything again in 2024, and now this," said Claudete Fochesatto, 58, who spent the night on the roof of a grocery shop in Muçum with her husband and two neighbours. "I do not know who still has the strength to rebuild."

The valley, a region of small farms, poultry plants and furniture workshops about 120 kilometres north of Porto Alegre, was devastated by floods in September 2023 and again in May 2024. Many families had only just moved back into repaired homes.

Meteorologists said the rain was easing on Monday evening but warned that a second front could reach the region by Thursday."""),
dict(id="a2", source="Porto Alegre Tribune", published="2026-09-16",
     title="Army joins rescue effort as Taquari death toll climbs to 14",
     text="""About 600 soldiers and six army helicopters [[e3|arrived]] in the Taquari Valley on Tuesday to help search for the missing, as the [[e1|death toll]] from Monday's flash flood rose to 14.

The troops, from bases in Santa Maria and Porto Alegre, set up a field hospital in Lajeado and began ferrying food and drinking water to districts cut off by the river, the Southern Military Command said. It described the [[e3|deployment]] as the largest in the state since 2024.

Civil defence officials said 9,000 people had been driven from their homes and 18 were still missing. Three of the [[e1|dead]] were members of one family whose car was swept off a bridge in Roca Sales.

Governor Rafael Bortolini, who [[e5|declared]] a state of calamity on Monday night, said on Tuesday that the valley would need "billions, not millions" to recover. "Every year we rebuild the same bridges," he said during a visit to a shelter in Estrela.

The president's office said federal ministers would announce an emergency [[e4|package]] for the region on Wednesday, including credit for small businesses and a special payment for families who lost their homes.

Meteorologists warned that a new band of heavy rain expected from Thursday could trigger landslides on the steep, saturated slopes above the valley. State geologists began inspecting hillsides in Encantado, Arroio do Meio and Colinas, and some families were told to leave houses below unstable banks."""),
dict(id="a3", source="Pampa News Agency", published="2026-09-18",
     title="Landslide kills five in Encantado as new rain hits flood-stricken valley",
     text="""ENCANTADO, Brazil - A hillside collapsed onto a row of houses in Encantado on Thursday night, [[e2|killing]] five members of two families, three days after flash floods [[e1|killed]] 14 people further down the Taquari Valley.

Rescuers with sniffer dogs dug through mud and broken bricks until dawn. Firefighters said the victims included a baby and her grandmother. The [[e2|deaths]] in Encantado brought the number of people killed in Rio Grande do Sul this week to 19.

The houses stood on a slope that the town had classified as high-risk in 2024, but neighbours said the families had nowhere else to go. "They were told to leave on Wednesday. They had no car and no money for rent," said Paulo Gheller, who lives two streets away.

On Wednesday the federal government released 1.4 billion reais, about 250 million dollars, in emergency [[e4|aid]] for the valley. The [[e4|package]] includes a one-off payment of 5,000 reais per displaced family, cheap loans for farmers and money to rebuild two bridges.

Army engineers, among the 600 troops who [[e3|reached]] the valley on Tuesday, began shoring up the slope above the collapsed houses on Friday morning.

The new rain was lighter than feared, but the Taquari rose again by two metres overnight, and the road between Encantado and Lajeado was closed. Civil defence officials said 12 people from Monday's flood were still missing."""),
dict(id="a4", source="Latin America Climate Desk", published="2026-10-02",
     title="Third flood in three years tests Taquari Valley's patience",
     text="""ANALYSIS - Two weeks after the Taquari River rose 12 metres in a day, the valley is counting. The flash flood of September 14 [[e1|killed]] 16 people, two of them found downstream days later. Three days afterwards a landslide in Encantado [[e2|buried]] five more, a baby among them.

The response was faster than in 2024. Governor Rafael Bortolini [[e5|declared]] a state of calamity that same night, the army [[e3|sent]] 600 soldiers the next morning, and two days after the flood Brasília [[e4|released]] 1.4 billion reais for displaced families and farmers.

But speed is not the problem, engineers say. The Encantado [[e2|deaths]] happened on a slope the town had already mapped as dangerous, and most of the houses destroyed in Muçum had been rebuilt on the same plots after 2023.

"We keep paying people to rebuild in the river," said Juliana Sartori, a hydrologist at the Federal University of Rio Grande do Sul. "The money should buy land higher up."

The state says it will offer relocation to 1,200 families, but only a fraction have accepted, fearing the loss of farms and jobs. The federal [[e4|aid]] does not cover new land.

The 21 deaths of September have revived the debate about climate adaptation in Brazil's south, where heavy-rain events have become more frequent over the past decade. Several mayors in the valley are now asking for a dam-and-levee plan that was first proposed in the 1980s and never funded."""),
]),
# ---------------------------------------------------------------------------- pb07
dict(story="pb07", topic="pollution protests in Gabès, Tunisia, after a gas leak at the phosphate complex: a sit-in at the plant gates, the arrest of 12 protesters, a march through the city, an environment agency report and the industry minister's visit (Ghannouch and Gabès; Tunisia)", events=[
    dict(e="e1", type="protest", date="2026-04-13", participants=["Gabès Breathes", "Gabès residents"], location="Ghannouch"),
    dict(e="e2", type="arrest", date="2026-04-15", participants=["Tunisian police", "sit-in protesters"], location="Ghannouch"),
    dict(e="e3", type="protest", date="2026-04-17", participants=["Gabès Breathes", "Gabès residents"], location="Gabès"),
    dict(e="e4", type="report", date="2026-04-21", participants=["National Agency for Environmental Protection"], location=None),
    dict(e="e5", type="meeting", date="2026-04-23", participants=["Karim Jaziri", "Gabès Breathes"], location="Gabès"),
], tricky=[("e1", "e3", "the sit-in with tents at the gates of the phosphate complex in Ghannouch from Monday April 13 vs the march of thousands through central Gabès to the governor's office four days later, organised by the same collective")],
note="The gas leak of April 10 and the pupils treated in hospital, the company's statement, the governor's warning, "
     "the clearing of the sit-in with tear gas and the stone-throwing, the three injured police officers, the "
     "interior ministry's accusation, the appearance before a prosecutor and the release of the 12, the list of "
     "demands handed in, the sending of inspectors to take air samples, the 2017 pledge to move the units, decades "
     "of earlier protests in Gabès, the march planned for World Environment Day and the opening of the complex in 1972 are side / background events. 'has yet "
     "to release the results' is negated and not marked.",
articles=[
dict(id="a1", source="Maghreb Wire Service", published="2026-04-14",
     title="Gabès residents stage sit-in at chemical plant after pupils fall ill",
     text="""GABÈS, Tunisia - Hundreds of residents of the southern Tunisian city of Gabès began a [[e1|sit-in]] at the gates of the state phosphate-processing complex in Ghannouch on Monday, three days after a gas leak sent some 40 schoolchildren to hospital with breathing problems.

The protesters, organised by a local collective called Gabès Breathes, pitched tents across the access road and stopped lorries from entering the site, which is run by the Groupe Chimique Tunisien and turns phosphate rock into fertiliser and phosphoric acid.

"We will stay until they close the units that are poisoning our children," said Amel Ben Salah, a teacher at the primary school nearest the plant. "Every family here has someone with asthma."

The company said on Sunday that Friday's leak had been brought under control within an hour and that no worker had been hurt. Regional health officials said all but three of the pupils had been sent home.

The regional governor called on the protesters to "respect the law" and leave the road. The collective has also called a [[e3|march]] through the city centre on Friday.

Residents of Gabès have protested for decades against the complex, which opened in 1972 and discharges phosphogypsum waste into the gulf. In 2017 the government promised to move the most polluting units away from the coast, a pledge that has not been fulfilled. Fishermen say catches in the gulf have collapsed, and date growers in the oasis blame the plant for withered palms."""),
dict(id="a2", source="Tunis Courier", published="2026-04-16",
     title="Police break up Gabès sit-in, detain 12",
     text="""Police [[e2|arrested]] 12 people early on Wednesday as they cleared a two-day [[e1|sit-in]] outside the Groupe Chimique Tunisien complex in Gabès, activists and the interior ministry said.

Officers moved in at about 4 a.m., tearing down tents and firing tear gas after some protesters threw stones, witnesses said. The interior ministry said those [[e2|detained]] had "obstructed a vital economic installation" and assaulted officers; three police officers were lightly hurt.

Lawyers said the 12, among them two students and a retired chemical engineer, would appear before a prosecutor on Thursday.

Amel Ben Salah of the collective Gabès Breathes, which organised the [[e1|protest]], said the [[e2|arrests]] would only bring more people onto the streets. "They emptied the road. They cannot empty the city," she said. The collective said Friday's [[e3|march]] would go ahead as planned.

Lorries were entering the plant again by mid-morning, and the company said production had not been interrupted.

The environment ministry said it had sent inspectors from the National Agency for Environmental Protection to take air samples around the plant and would [[e4|publish]] their results "as soon as possible". Opposition deputies accused the government of protecting phosphate exports, a vital source of foreign currency, at the expense of public health.

Tunisia was once among the world's largest phosphate producers, but output has fallen since 2011 because of strikes, sit-ins and underinvestment. Gabès is also the site of the country's only large fertiliser export terminal."""),
dict(id="a3", source="Sahel and Maghreb Monitor", published="2026-04-18",
     title="Thousands march in Gabès against pollution",
     text="""Thousands of people [[e3|marched]] through Gabès on Friday, demanding the closure of the most polluting units at the city's phosphate complex and the release of the protesters [[e2|detained]] two days earlier.

The [[e3|march]], estimated by police at 5,000 people and by organisers at 15,000, set off from the central market after midday prayers and ended peacefully at the regional governor's office, where the collective Gabès Breathes handed in a list of demands.

"The complex gives bread with one hand and poison with the other," said Mabrouk Jelassi, a 62-year-old fisherman who walked at the front with a net draped over his shoulders.

The 12 people [[e2|arrested]] when police broke up the [[e1|sit-in]] at the plant gates on Wednesday were freed on Thursday pending trial on charges of obstruction. Several of them took part in Friday's [[e3|demonstration]].

Industry Minister Karim Jaziri said on Friday evening that he would [[e5|visit]] Gabès next week to meet residents and the collective. "I will come with figures and a timetable, not with promises," he told the radio station Mosaïque.

The National Agency for Environmental Protection has yet to release the results of air tests carried out after the leak of April 10. Activists say earlier studies showed sulphur dioxide and fluoride levels far above legal limits in neighbourhoods near the plant.

The Groupe Chimique Tunisien employs about 4,000 people in Gabès and is the region's largest employer."""),
dict(id="a4", source="Mediterranean Environment Review", published="2026-04-29",
     title="Gabès: the numbers behind the anger",
     text="""ANALYSIS - The National Agency for Environmental Protection's [[e4|report]] of April 21 confirmed what people in Gabès have said for decades. In the days after the gas leak of April 10, sulphur dioxide near the Ghannouch complex reached up to six times the national limit, and ammonia was detected at the gates of two schools.

The agency's [[e4|findings]] came after two weeks of unusual mobilisation. A [[e1|sit-in]] at the plant gates began on April 13 and lasted until police broke it up two days later, [[e2|detaining]] 12 people. That Friday, thousands [[e3|marched]] through the city to the governor's office.

When Industry Minister Karim Jaziri [[e5|visited]] Gabès last Thursday, he promised members of the collective Gabès Breathes a timetable: the two oldest acid units will stop by the end of 2027, and phosphogypsum discharges into the gulf will be cut by half within three years.

Activists are sceptical. A similar promise was made in 2017. "We have heard dates before. This time we have the agency's own numbers," said Amel Ben Salah, a teacher who helped lead the [[e1|sit-in]].

The [[e4|report]] also recommends permanent air monitoring stations in residential districts, something the collective has demanded since 2019. The minister said three stations would be installed this year.

Meanwhile, the trial of the 12 has been postponed to June. Their lawyers argue that the [[e2|arrests]] were meant to intimidate a peaceful movement. The collective plans another march on World Environment Day."""),
]),
# ---------------------------------------------------------------------------- pb08
dict(story="pb08", topic="diphtheria epidemic in Zinder, Niger: the health ministry's declaration, a UNICEF vaccine airlift, a WHO antitoxin shipment two days later, and WHO's first situation report (Zinder and Niamey; Niger - UNICEF - WHO)", events=[
    dict(e="e1", type="statement", date="2026-10-05", participants=["Niger Ministry of Public Health"], location="Niamey"),
    dict(e="e2", type="support", date="2026-10-08", participants=["UNICEF", "Niger"], location="Zinder"),
    dict(e="e3", type="support", date="2026-10-10", participants=["World Health Organization", "Niger"], location="Zinder"),
    dict(e="e4", type="report", date="2026-10-14", participants=["World Health Organization"], location=None),
], tricky=[("e2", "e3", "the UNICEF-chartered plane that landed 400,000 vaccine doses at Zinder on Thursday October 8 vs the WHO shipment of 3,000 vials of antitoxin that reached the same airport two days later")],
note="The diphtheria deaths and cases (counted in every article, never a single event) are not in gold. The "
     "laboratory confirmation, the government's request to WHO for antitoxin, the start of the vaccination "
     "campaign, MSF's isolation ward and antibiotics, the nurses sent by Kano State, Nigeria's outbreak since 2023, "
     "the paediatricians' remarks and the 2027 vaccination plan are side / background events. The delivery of "
     "vaccines and of antitoxin are `support` events; the declaration of the epidemic is a `statement`.",
articles=[
dict(id="a1", source="Sahel Wire", published="2026-10-06",
     title="Niger declares diphtheria epidemic in Zinder region",
     text="""ZINDER, Niger - Niger's health ministry [[e1|declared]] a diphtheria epidemic in the southern region of Zinder on Monday after recording 412 suspected cases and 31 deaths since late August, most of them among unvaccinated children.

In a [[e1|statement]] read on state television, Health Minister Mariama Souley said the disease had been confirmed by the national reference laboratory in Niamey in samples from the districts of Mirriah, Magaria and Zinder city.

Diphtheria, a bacterial infection that can block the airway and damage the heart, is prevented by a vaccine given in infancy. But routine immunisation coverage in parts of Zinder has fallen below 40 percent, according to health workers, after years of insecurity, strikes and shortages of fuel for the cold chain.

Doctors at the national hospital in Zinder said they had run out of antitoxin, the only specific treatment for severe cases. "We watch children struggle to breathe, and we have nothing to give them but oxygen and antibiotics," said a paediatrician who asked not to be named.

The minister said UNICEF had agreed to [[e2|fly]] in vaccines "within days" and that the government had asked the World Health Organization for antitoxin from its global reserve.

Neighbouring Nigeria, whose Kano State borders Zinder, has been fighting one of the world's largest diphtheria outbreaks since 2023, and traders cross the border daily. Health officials in Magaria said several of the first patients had family in Kano."""),
dict(id="a2", source="Niamey Express", published="2026-10-09",
     title="Vaccine shipment lands in Zinder as diphtheria cases climb",
     text="""A UNICEF-chartered cargo plane carrying 400,000 doses of diphtheria vaccine [[e2|landed]] in Zinder on Thursday, three days after the government [[e1|declared]] an epidemic in the region.

The [[e2|delivery]], which also included syringes, safety boxes and cold boxes, will allow health workers to start vaccinating children under 15 in the worst-hit districts on Monday, UNICEF's representative in Niger, Anna Kowalczyk, said at the airport.

The number of suspected cases has risen to 530 and the number of deaths to 38, the health ministry said on Thursday. Most patients are between two and 14 years old.

"Vaccines protect tomorrow's children. Today's sick children need antitoxin," said Dr Sani Maman, head of paediatrics at the national hospital in Zinder, where two wards have been turned into an isolation unit.

The World Health Organization said it would [[e3|send]] 3,000 vials of diphtheria antitoxin from its global stockpile by the weekend. Supplies of the antitoxin, made from horse serum by only a handful of producers, are tight worldwide, and WHO officials said they had to divert part of a batch meant for another country.

Médecins Sans Frontières, which runs a nutrition programme in Magaria, said it had opened a 40-bed isolation ward there and brought in antibiotics.

Health Minister Mariama Souley, who [[e1|announced]] the epidemic on Monday, said contact tracing had found cases in 11 of the region's 14 districts."""),
dict(id="a3", source="Global Health Dispatch", published="2026-10-12",
     title="WHO antitoxin reaches Niger's diphtheria zone",
     text="""Some 3,000 vials of diphtheria antitoxin [[e3|arrived]] in Zinder on Saturday on a flight organised by the World Health Organization, two days after UNICEF [[e2|flew]] in 400,000 doses of vaccine to fight the same outbreak.

The antitoxin neutralises the poison produced by the diphtheria bacterium and can save patients whose airways are already swelling. The [[e3|shipment]] is enough to treat about 1,500 patients, WHO said, and will be shared between the national hospital in Zinder and isolation units in Mirriah and Magaria.

Niger's health ministry, which [[e1|declared]] the epidemic last Monday, said on Sunday that it had recorded 602 suspected cases and 44 deaths.

The vaccination campaign using the doses UNICEF [[e2|delivered]] on Thursday began on Monday morning in Mirriah, where queues of mothers and children formed outside health centres before dawn.

Nigeria's Kano State has sent 20 nurses experienced in diphtheria care to Magaria, a rare example of cross-border cooperation since Niger's relations with its southern neighbour cooled in 2023.

WHO said it would issue its first situation [[e4|report]] on the outbreak on Wednesday. "The next two weeks will show whether we are ahead of this epidemic or behind it," said Dr Oumar Diallo, the WHO official in charge of the response in Zinder."""),
dict(id="a4", source="Sahel Policy Review", published="2026-10-23",
     title="Diphtheria in Zinder: a fast response to a slow failure",
     text="""ANALYSIS - When the World Health Organization's first situation [[e4|report]] on Niger's diphtheria outbreak came out on October 14, the numbers were grim: 1,240 suspected cases and 73 deaths in the Zinder region, two-thirds of them children under ten.

The outbreak had been officially [[e1|declared]] only nine days earlier, although doctors in Zinder say cases had been arriving since July. Once the alarm was raised, the supply chain worked: UNICEF's vaccine [[e2|airlift]] reached Zinder three days after the [[e1|declaration]], and the WHO antitoxin [[e3|consignment]] two days after that.

But the [[e4|report]] also shows why the epidemic happened. Only 37 percent of children in the region had received three doses of the diphtheria vaccine by their first birthday, down from 68 percent five years ago. In two districts, the WHO [[e4|bulletin]] found, not a single case had been vaccinated.

"Antitoxin and emergency campaigns are the fire brigade. Routine vaccination is the building code, and nobody has been enforcing it," said Hadiza Abdou, a public health researcher in Niamey.

The antitoxin [[e3|delivered]] on October 10 is already running low, and WHO says the global stockpile cannot supply another large order before December. Health officials hope the vaccination campaign, which had reached 310,000 children by last weekend, will slow new infections.

The government has promised to restore routine immunisation in every district by mid-2027, with funding from Gavi."""),
]),
# ---------------------------------------------------------------------------- pb09
dict(story="pb09", topic="wildfire above Arafo, Tenerife: the Military Emergencies Unit sent to the island, a forest worker killed, Greek air force water-bombers sent under rescEU, a farmer arrested on suspicion of starting the fire, and the Spanish cabinet's aid (Tenerife; Spain - Greece)", events=[
    dict(e="e1", type="deployment", date="2026-08-17", participants=["Military Emergencies Unit"], location="Tenerife"),
    dict(e="e2", type="deployment", date="2026-08-20", participants=["Hellenic Air Force"], location="Tenerife"),
    dict(e="e3", type="arrest", date="2026-08-22", participants=["Guardia Civil", "Arafo farmer"], location="Arafo"),
    dict(e="e4", type="casualties", date="2026-08-19", participants=["Jonay Rodríguez"], location="Candelaria"),
    dict(e="e5", type="support", date="2026-08-25", participants=["Spain"], location="Madrid"),
], tricky=[("e1", "e2", "some 300 soldiers of Spain's Military Emergencies Unit flown to Tenerife on Monday August 17 vs two Greek air force Canadair water-bombers that landed on the same island three days later to fight the same fire")],
note="The fire itself and its spread, the evacuations, the regional government's request for the UME, Spain's "
     "request for EU aircraft, the SEPRONA investigation, the funeral, the regional government's request for a "
     "disaster-zone declaration, the cabinet meeting, the 2023 Tenerife fire and the extension of the burning ban "
     "are side / background events. 'the first drops' by the Greek crews and the soldiers' firebreaks are "
     "activities within the deployments and not marked. Military water-bombers sent to fight the fire are a "
     "`deployment`; the cabinet's aid for farmers and households is `support`.",
articles=[
dict(id="a1", source="Canary Coast Wire", published="2026-08-18",
     title="Military emergency unit sent as wildfire rages above Tenerife towns",
     text="""SANTA CRUZ DE TENERIFE - Spain's Military Emergencies Unit (UME) [[e1|deployed]] some 300 soldiers to Tenerife on Monday as a wildfire that broke out in the hills above Arafo a day earlier spread through pine forest towards the island's central peaks, forcing about 4,000 people from their homes.

The troops, [[e1|flown in]] from bases in Gran Canaria and on the mainland with fire engines and heavy machinery, joined about 500 firefighters and forest brigade members on the ground. The regional government requested the [[e1|deployment]] on Sunday night, and the first units [[e1|landed]] at Tenerife North airport shortly after dawn.

Yeray Perdomo, head of emergencies for the Canary Islands government, said the fire had burned about 2,800 hectares and had a perimeter of more than 30 kilometres. "The wind is the enemy. At night it changes direction every hour," he said.

Villages above Arafo, Candelaria and Güímar were evacuated overnight, and the main road to the Teide national park was closed. Residents in the coastal towns reported ash falling on cars and swimming pools.

Spain has also asked the European Union's civil protection mechanism for firefighting aircraft. Officials in Madrid said a decision was expected within a day.

The island's last big fire, in August 2023, started in almost the same area and burned nearly 15,000 hectares over several weeks. Perdomo said this fire was moving faster because the hillsides were drier after the third consecutive winter with little rain."""),
dict(id="a2", source="Iberian Press Agency", published="2026-08-20",
     title="Forest worker killed fighting Tenerife blaze; Greek planes on the way",
     text="""A member of a Tenerife forest brigade [[e4|died]] on Wednesday when flames trapped his vehicle on a track above Candelaria, as the wildfire on the island spread for a fourth day.

Colleagues named him as Jonay Rodríguez, 44, a father of two from La Laguna with 20 years in the brigades. Regional emergency chief Yeray Perdomo called his [[e4|death]] "a blow to the whole island" and said an inquiry would examine why the vehicle had been on the track when the wind turned.

The fire has now burned more than 5,000 hectares. About 7,000 people have been evacuated.

Two Canadair water-bombers of the Greek air force are due to [[e2|arrive]] on Thursday under the EU's rescEU scheme, the European Commission said. They will be based at Tenerife South airport and will work alongside Spanish aircraft.

The 300 soldiers of the Military Emergencies Unit who [[e1|arrived]] on Monday have been digging firebreaks above Arafo and protecting the water-pumping stations that supply the island's north. Their commander said they could stay "as long as needed".

Investigators from the Guardia Civil's environmental unit, SEPRONA, said they believed the fire had been caused by human activity and were questioning farmers with plots near the spot where it began.

"We have lost a brother," said a forest worker outside the brigade base in La Esperanza, where colleagues laid flowers. "He knew these mountains better than anybody.\""""),
dict(id="a3", source="Tenerife Weekly News", published="2026-08-23",
     title="Man arrested over Tenerife wildfire as Greek planes join battle",
     text="""Guardia Civil officers [[e3|arrested]] a 58-year-old farmer in Arafo on Saturday on suspicion of starting the wildfire that has burned nearly 7,000 hectares of Tenerife, the force said.

The man is alleged to have burned brush on his plot last Sunday morning, despite a ban on agricultural burning in force since July. He was [[e3|detained]] at his home and will appear before a judge in Güímar on Monday, a Guardia Civil spokesman said.

Neighbours said the man had tried to put out the flames himself before calling the emergency services. "He is not an arsonist. He is an old farmer who made a terrible mistake," said one of them.

Two Greek air force Canadairs [[e2|landed]] at Tenerife South airport on Thursday, three days after Spain's Military Emergencies Unit [[e1|flew]] 300 soldiers to the island. The Greek crews made their first water drops over the Güímar valley on Friday morning.

Forest worker Jonay Rodríguez, who [[e4|died]] in the fire on Wednesday, was buried in La Laguna on Saturday. Hundreds of firefighters in uniform lined the road to the cemetery.

Firefighters said the blaze was stabilised but not yet under control. The regional government has asked Madrid to declare the affected municipalities a disaster zone, and the cabinet is expected to approve emergency [[e5|aid]] at its Tuesday meeting. Farmers in Arafo and Candelaria say they have lost vineyards, beehives and irrigation pipes worth millions of euros."""),
dict(id="a4", source="Southern Europe Review", published="2026-09-04",
     title="Tenerife's fire season: what the island learned, and what it did not",
     text="""ANALYSIS - The wildfire that began above Arafo on August 16 was declared extinguished on Tuesday, after burning about 7,400 hectares of pine forest and farmland. It was smaller than the 2023 fire, but it [[e4|killed]] a man, and it came faster.

The response ramped up quickly. The Military Emergencies Unit's [[e1|deployment]] came the next day, and two Greek air force Canadairs [[e2|joined]] the effort on the Thursday under the EU's rescEU scheme. By then forest worker Jonay Rodríguez had [[e4|died]] in a burning vehicle above Candelaria. The [[e3|arrest]] of an Arafo farmer that weekend, accused of burning brush in defiance of a ban, closed the question of how it started.

On August 25 the cabinet in Madrid [[e5|approved]] 80 million euros for farmers and households in the four municipalities affected, and declared them a disaster zone. The [[e5|package]] covers lost crops, damaged homes and the replacement of irrigation systems.

What has not changed is the landscape. "We have abandoned terraces full of dry grass right up against the pine forest," said Nieves Darias, a forest engineer at the University of La Laguna. "Every summer we are betting that no one strikes a match."

The regional government says it will pay farmers to clear land and graze goats on the slopes above the towns. The farmer accused of starting the fire has been released under investigation. Rodríguez's colleagues are demanding that the brigades be given fire-proof vehicles."""),
]),
# ---------------------------------------------------------------------------- pb10
dict(story="pb10", topic="oil spill on the Napo River, Ecuador: Kichwa communities' river and road blockade, the environment ministry's water report, a university laboratory's contradicting report, talks in Coca and the compensation agreement (Francisco de Orellana and the lower Napo; Ecuador)", events=[
    dict(e="e1", type="protest", date="2026-11-04", participants=["Federation of Kichwa Communities of the Lower Napo"], location="Francisco de Orellana"),
    dict(e="e2", type="report", date="2026-11-06", participants=["Ministry of Environment of Ecuador"], location="Quito"),
    dict(e="e3", type="report", date="2026-11-10", participants=["Central University of Ecuador"], location="Quito"),
    dict(e="e4", type="meeting", date="2026-11-12", participants=["Petroecuador", "Ministry of Environment of Ecuador", "Federation of Kichwa Communities of the Lower Napo"], location="Francisco de Orellana"),
    dict(e="e5", type="agreement", date="2026-11-13", participants=["Petroecuador", "Federation of Kichwa Communities of the Lower Napo"], location="Francisco de Orellana"),
], tricky=[("e2", "e3", "the environment ministry's report of Friday November 6 saying the Napo water was safe again downstream of Coca vs the Central University's laboratory report four days later finding hydrocarbons and metals well above limits in the same stretch of river")],
note="The pipeline rupture of November 1 and the spill itself, the landslide, the shutdown and repair of the "
     "pipeline, Petroecuador's statement, the water deliveries by tanker, the 2020 and 2022 spills and the 2020 "
     "court case, the ministry's defence of its method, Petroecuador's conditional offer to meet once the roads were open, the governor's remarks, the lifting of the blockade and "
     "the first payments are side / background events. The blockade of the river and the highway by the Kichwa "
     "communities is a `protest`, dated to its first day.",
articles=[
dict(id="a1", source="Andean Wire", published="2026-11-05",
     title="Kichwa communities blockade Napo River after oil spill",
     text="""FRANCISCO DE ORELLANA, Ecuador - Kichwa communities on the lower Napo River [[e1|blocked]] river traffic and the main highway out of the Amazon city of Francisco de Orellana on Wednesday, demanding clean water and compensation three days after a pipeline rupture spilled crude oil into the river.

Dozens of canoes were lashed together across the Napo below the city, also known as Coca, while several hundred people felled trees across the road to Lago Agrio. The [[e1|blockade]] stranded oil service trucks and passenger boats bound for villages downstream.

"Our children are bathing in oil. We drink from this river," said Rosa Grefa, a leader of the Federation of Kichwa Communities of the Lower Napo, which called the [[e1|protest]].

State oil company Petroecuador said a landslide had broken a section of its crude pipeline near the Coca River on Sunday, and that the flow had been stopped within hours. It estimated the spill at about 2,000 barrels and said containment booms had been placed at three points.

Petroecuador said it was delivering drinking water by tanker to 24 communities and that the environment ministry would [[e2|publish]] the results of water tests by the end of the week.

The area has suffered repeated spills. In 2020 a rupture caused by erosion poured more than 15,000 barrels into the Coca and Napo rivers, and another spill in 2022 reached a nature reserve. A court case brought by indigenous communities over the 2020 disaster is still unresolved."""),
dict(id="a2", source="Quito Journal", published="2026-11-07",
     title="Ministry says Napo water safe again; Kichwa blockade continues",
     text="""Ecuador's environment ministry [[e2|reported]] on Friday that water in the Napo River downstream of Francisco de Orellana was again within legal limits for hydrocarbons, five days after a pipeline rupture spilled crude into a tributary.

The ministry's [[e2|report]], based on samples taken at six points between Coca and the village of Pompeya, found total petroleum hydrocarbons below the 0.5 milligrams per litre limit at all but one site. It said the river could be used for bathing and fishing but advised boiling water before drinking.

Kichwa leaders rejected the [[e2|findings]] and said the river and road [[e1|blockade]] they began on Wednesday would continue. "The ministry measured the water where the current is strongest. Come to our beaches and look at the black sand," said Rosa Grefa of the Federation of Kichwa Communities of the Lower Napo.

Fuel deliveries to the region have been disrupted since the start of the [[e1|protest]], and the provincial governor said on Friday that several petrol stations in Coca had run dry.

The federation said a team from the Central University of Ecuador had taken its own samples from the river and from sediments near the villages, and that the university would [[e3|publish]] its results next week.

Petroecuador said the damaged section of pipeline had been bypassed and pumping would resume on Saturday. It said it was willing to meet community leaders "as soon as the roads are open", a condition the federation rejected."""),
dict(id="a3", source="Amazonia Press", published="2026-11-11",
     title="University study finds oil well above limits in Napo, contradicting ministry",
     text="""QUITO - Researchers at the Central University of Ecuador [[e3|reported]] on Tuesday that they had found petroleum hydrocarbons up to 14 times the legal limit in water and sediment samples from the lower Napo River, contradicting a government [[e2|report]] issued four days earlier.

The university's [[e3|study]], carried out at the request of Kichwa communities, also detected nickel and vanadium, metals commonly found in Amazon crude, at levels that the authors said posed a risk to fish and to people who eat them. Samples were taken along the riverbanks near five villages, where oil had settled in slow water.

"The ministry sampled the middle of the channel. We sampled where people bathe and wash," said chemist Patricio Andrango, who led the work. The ministry said on Tuesday that it stood by its [[e2|analysis]] and that the university's method "mixes water with mud".

The university [[e3|report]] has hardened the position of the communities, whose [[e1|blockade]] of the Napo and the highway out of Coca entered its seventh day. Dozens of oil trucks are parked along the road to Lago Agrio.

Petroecuador and the environment ministry said on Tuesday that they would hold [[e4|talks]] with the Federation of Kichwa Communities of the Lower Napo in Coca on Thursday, without first demanding an end to the [[e1|protest]]. The governor of Orellana province, Iván Cerda, will chair the [[e4|meeting]].

"We will go with the university's numbers in our hands," said federation leader Rosa Grefa."""),
dict(id="a4", source="Energy and Environment Monitor", published="2026-11-20",
     title="Napo spill deal ends blockade, leaves the science unsettled",
     text="""ANALYSIS - The agreement [[e5|signed]] in Coca last Friday ended a ten-day [[e1|blockade]] of the Napo River and the main road out of Ecuador's oil capital, and it will bring Kichwa families on the lower Napo more money than any previous spill. It did not settle the argument about how dirty the river is.

Under the [[e5|deal]], Petroecuador will pay 1,800 dollars to each of about 2,100 affected families, fund water filters and a clinic in Pompeya, and pay for independent monitoring of the river for two years by the Central University of Ecuador, whose laboratory [[e3|found]] hydrocarbons up to 14 times the legal limit on November 10.

That [[e3|study]] had directly contradicted the environment ministry's own [[e2|report]] four days earlier, which said the river was back within limits. The two sets of figures shaped the [[e4|talks]] that opened on November 12 and ran late into the night before the [[e5|accord]] was reached the following afternoon.

"The university's sampling gave the communities a weapon. Without it, the ministry's [[e2|report]] would have ended the discussion," said Lucía Andi, a lawyer who advised the federation during the [[e4|negotiations]].

The ministry has not withdrawn its figures, and Petroecuador insists that the spill of November 1 was caused by a landslide it could not have prevented. The first payments are due in December. The pipeline has been pumping again since November 7."""),
]),
]
