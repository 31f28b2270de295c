"""Source of ../stories_dev16/articles.jsonl and ../stories_dev16/gold.jsonl.

SIXTEENTH DEVELOPMENT story set (stories_dev16) for the cross-article deduplication benchmark.
It was written without running the timeline extractor, the `timeline` command or the dedup
benchmark on these texts and without reading the system's code, extraction or clustering rules
or word lists; only the format of the earlier sets was consulted (build_stories.py,
validate.py's check_stories, the docstring and first two stories of stories_dev13_spec, the
list of topics of the earlier sets, DATASETS.md section 2).  It is intended for DEVELOPMENT:
the system's errors on it may be read and used for tuning.  It is not a blind set.

10 stories (h01..h10), each with 5 gold events and one tricky pair, told by 3 or 4 articles
(36 in all) from invented outlets, published on different days over one to three weeks in
2026.  Five stories are politics, diplomacy and security (a Kenya-Uganda row over Migingo
Island, the Itaipu tariff talks between Paraguay and Brazil, Indian fishermen arrested by the
Sri Lanka Navy, Norway's closure of the Storskog crossing to Russia, a Mexico-U.S. water-treaty
dispute in Chihuahua) and five are crises on the ground (a Nipah death in Kozhikode, a school
abduction in Kebbi State, extortion killings of bus drivers in Lima, two explosions in
Västerås, depositors' bank hold-ups in Lebanon).  Each story has a short breaking item, one
or two follow-ups with background and quotes, and an analysis written days or weeks later that
retells the earlier events with dates or relative dates.

All articles are fiction written for this data set (invented outlets, people, companies, a
gang, a campaign group and events; real places and institutions).  Event mentions are marked
inline as [[eN|trigger]]; build_stories.py strips the markers, computes character offsets and
writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev16_spec \\
        --out tests/gold/stories_dev16

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included: Kenya "would send a protest note", the
army "would reinforce" its marine unit, the ministers "are due to meet", Frontex "has agreed to
send" officers, the commissioners "are expected to meet", a minute "would be signed", the
Centre "would send" a team, NIV "plan to publish", the army "would deploy", a strike "called
for Thursday", a sit-in "next Monday"), and background / side events are deliberately left
unmarked, even when they have the same type as a gold event: the seizure of boats and nets,
court hearings and remands, the 2009 Migingo survey, the ministers' joint communique and their
agreement to pull back, the statement read at the end of the Asunción march, Paraguay's hint
at selling power to Argentina, the 1974 and 1976 Palk Strait agreements, the detentions of
2025, the Sri Lankan navy's own statement, the compensation promised to fishermen's families,
the closure of the Storskog crossing itself, Finland's earlier statement, the 2015 bicycle
route, the Russian spokesman's remarks, the extension of the Frontex mission, National Guard
troops sent near La Boquilla, CONAGUA's statement, the 2020 La Boquilla protest, the State
Department spokesman's remarks, the Chihuahua governor's comment, the confirmation of the
Nipah diagnosis, the 2018 and 2023 outbreaks, the school closures and the easing of
restrictions in Kozhikode, the police tactical squad sent to the Kebbi forest, the policeman
and the nine villagers killed (part of the abduction and of the Ribah raid), the ransom calls,
the teachers' union's criticism and the governor's defence of his order, the students' release,
the 2021 Yauri abduction, the education minister's visit, the state of emergency in Lima, the
march to Congress during the strike, the interior minister's meeting with the transport
associations, the bus burnings, the evacuation and the bomb squad in Västerås, one boy's
release, the planned Swedish bill, the closure and reopening of the Lebanese banks, the Aley
teacher's questioning and release, the 2019 collapse and the 2022 hold-ups in Lebanon.
Aggregate mentions covering two or more gold events ("the navy's action", "Both hauls", "the
two raids", "the detained men", "The negotiation", "the two blasts", "the bombings in
Västerås", "The sequence that brought the soldiers out") and negated, generic or hypothetical
mentions ("the next one arrested", "a cheap deal", "a weak deal", "whether to protest again",
"any deal", "the next walkout would come without warning", "two further attacks were
prevented", "No one has been arrested", "after an abduction", "Every hold-up") are not marked.
Titles are not annotated.  One event, h08-e5 (the Carabayllo arrests), is mentioned in one
article only, twice.  Articles are 213-250 words; the articles of a story are published
on different days, so the same weekday name can point to different dates ("on Monday" in one
Kampala article is both the marines' past landing and the ministers' future meeting, told
apart by tense and by "March 16"; "on Wednesday" is the failed Asunción round in one Itaipu
article and the coming Foz do Iguaçu talks in the next; "on Thursday" is the Norwegian
announcement in an article published on a Sunday and the army's arrival in one published on a
Friday; "on Thursday" is the U.S. note in one Chihuahua-story article and the future El Paso
meeting in another), and some dates are only given relatively ("four days after", "two days
after", "two days later", "that weekend", "the day after", "the morning after", "the next
day", "the following Monday", "three days later", "five days later", "a week after", "two
weeks after", "hours after", "within a day", "a day before", "last Saturday", "last
Wednesday", "last Thursday", "last Tuesday", "last Friday", "last week", "last weekend", "next
Wednesday", "next Thursday", "next Monday", "next week").

Type conventions used here (the type list has no better fit):
  * Ugandan marine police detaining Kenyan fishermen, the Sri Lanka Navy's arrests of Indian
    fishermen off Delft Island and, five days later, off Talaimannar (a tricky pair), the arrest
    of suspected informants in Zuru, of gang suspects in Carabayllo, of two teenagers in
    Eskilstuna and of a depositor in Beirut are `arrest` events;
  * Kenya's protest note, the Tamil Nadu chief minister's letter, Russia's protest note to
    Norway and the U.S. diplomatic note to Mexico are `letter` events;
  * Kenyan coast guard boats and Ugandan marines sent to Migingo two days apart, a Frontex team
    and Norwegian army soldiers sent to the Storskog border two days apart, a central NCDC team
    and a mobile NIV laboratory sent to Kozhikode on consecutive days (three tricky pairs), and
    army troops sent to Danko Wasagu and to Lima and national police officers sent to Västerås
    are `deployment` events;
  * a technical round between ANDE and ENBPar and the foreign ministers' talks a week later (a
    tricky pair), the Palk Strait fisheries working group, the ministers' meeting in Jinja and
    the boundary and water commissioners' meeting in El Paso are `meeting` events; the tariff
    deal and the treaty minute signed after the talks are separate `agreement` events;
  * Paraguay's May 15 deadline for a new tariff is a `deadline` event dated to its expiry;
  * a march in Asunción, the Rameswaram fishermen's strike, a rally in Kirkenes, the farmers'
    occupation of La Boquilla dam and their railway and highway blockade at Delicias six days
    later (a tricky pair), Lima's transport strike and a depositors' sit-in are `protest`
    events, each dated to its first day;
  * the Norwegian government's announcement of the closure, Kerala's announcement of
    containment zones, the Kebbi governor's order closing boarding schools, the Swedish justice
    minister's condemnation and the Lebanese banks' association's closure announcement are
    `statement` events; words for the content of the statement (the closure, the zones) are
    not marked;
  * the Nipah death is a `casualties` event; only words for the death are marked;
  * the NIV's report on the virus and the bat samples is a `report` event;
  * the abduction of students in Danko and the raid on Ribah four days later, the shootings of
    two Lima bus drivers a week apart, two explosions in Västerås three days apart and two bank
    hold-ups in Hamra and Aley on consecutive days (four tricky pairs) are `attack` events; in
    the Lima story the shootings are the attacks, so words for the killings ("shot dead",
    "murdered", "killed") are marked, while in Kebbi State the deaths during the raid are part
    of the attack and are not marked separately;
  * closures of crossings, banks and schools as such, releases of hostages and detainees,
    court hearings, the lifting or easing of restrictions and the end of a strike or an
    occupation have no type in the list (or are side events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- h01
dict(story="h01", topic="Migingo Island row on Lake Victoria: Ugandan police detain Kenyan fishermen, Kenya's protest note, Kenyan coast guard boats and Ugandan marines sent to the island, foreign ministers' meeting (Migingo Island, Nairobi and Jinja; Kenya - Uganda)", events=[
    dict(e="e1", type="arrest", date="2026-03-03", participants=["Uganda Police Force", "Kenyan fishermen"],
         location="Migingo Island"),
    dict(e="e2", type="letter", date="2026-03-05", participants=["Kenya", "Uganda"], location="Nairobi"),
    dict(e="e3", type="deployment", date="2026-03-07", participants=["Kenya Coast Guard Service"], location="Migingo Island"),
    dict(e="e4", type="deployment", date="2026-03-09", participants=["Uganda People's Defence Force"], location="Migingo Island"),
    dict(e="e5", type="meeting", date="2026-03-16", participants=["Kenya", "Uganda"], location="Jinja"),
], tricky=[("e3", "e4", "two Kenyan coast guard patrol boats arriving at Migingo on Saturday vs about 60 Ugandan marines landing on the same island two days later, each side answering the other")],
note="The seizure of boats and nets (part of the arrest), the Jinja court's refusal of bail and the next hearing, "
     "the Ugandan police spokesman's confirmation, Kenya's demand for the men's release, Uganda's promise to "
     "answer the note, the alleged crossings by the coast guard boats on Sunday, the ministers' agreement to pull "
     "back and their joint communique, the 2009 joint survey and boundary commission and the survey still to come "
     "are side / background events. 'the next one arrested' is hypothetical and not marked.",
articles=[
dict(id="a1", source="East African Wire", published="2026-03-04",
     title="Ugandan police detain Kenyan fishermen near disputed Migingo Island",
     text="""KISUMU, Kenya - Ugandan marine police [[e1|detained]] eleven Kenyan fishermen and seized four boats in the waters around Migingo Island on Lake Victoria on Tuesday, fishing leaders and a Kenyan local official said.

The men, from Sori and Muhuru Bay in Migori County, were first held at a police post on the rocky island and later taken by boat to Jinja, according to Dalmas Ochieng, chairman of the Muhuru Beach Management Unit. He said the officers accused them of fishing without Ugandan permits and confiscated nets and outboard engines worth about 1.2 million shillings.

"They were fishing where their fathers fished. Now they sit in a cell in another country," Ochieng said by telephone.

Uganda's police spokesman in Kampala confirmed the [[e1|arrests]] and said the fishermen had been "operating illegally in Ugandan waters". They would be charged in court in the coming days, he said.

Kenya's Ministry of Foreign and Diaspora Affairs said it would send a protest [[e2|note]] to Kampala and demanded the men's immediate release. A ministry official said Nairobi regarded the waters where the men had been fishing as Kenyan.

Migingo, a speck of rock smaller than half a hectare, is home to several hundred fishermen and traders and sits in some of the richest Nile perch grounds on the lake. Both countries claim it. A joint survey in 2009 placed the island on the Kenyan side of the border but left the surrounding waters in dispute, and Ugandan officials have kept a presence there ever since."""),
dict(id="a2", source="Lake Region Standard", published="2026-03-08",
     title="Kenyan coast guard boats reach Migingo as row with Uganda deepens",
     text="""Two patrol boats of the Kenya Coast Guard Service [[e3|arrived]] at Migingo Island on Saturday, four days after Ugandan police [[e1|arrested]] eleven fishermen from Migori County in the surrounding waters.

The boats, carrying about 30 officers, left Kisumu on Friday evening and anchored off the island's eastern landing site at dawn, residents said. A coast guard spokesman in Mombasa said the [[e3|deployment]] was meant "to protect Kenyan fishers going about their lawful business" and would last "as long as necessary".

The eleven men remain in custody in Jinja. A court there on Friday refused them bail and set their next hearing for March 17.

Nairobi's [[e2|note]], handed to the Ugandan High Commission on Thursday, calls the [[e1|detentions]] "a hostile act against Kenyan citizens on Kenyan territory" and asks Kampala to return the seized boats and nets.

Ugandan officials have not replied publicly. But a spokesman for the Uganda People's Defence Force said on Saturday that the army would [[e4|reinforce]] its marine unit on the lake "in response to any foreign military presence" near Ugandan waters.

On the island, traders say the tension has already hurt business. "Buyers from Kenya are afraid to come," said Rose Akinyi, who sells fuel and cooking oil from a tin shack near the jetty. "The fish are here, but nobody wants to be the next one arrested."

The Kenyan boats are expected to patrol between Migingo and the mainland at Sori in shifts."""),
dict(id="a3", source="Kampala Observer", published="2026-03-11",
     title="UPDF marines sent to Migingo; ministers to meet in Jinja",
     text="""KAMPALA - The Uganda People's Defence Force has [[e4|sent]] a company of marines to Migingo Island, the army confirmed on Tuesday.

The troops, about 60 of them from the UPDF base at Bugiri, [[e4|landed]] on the island on Monday, two days after Kenya's coast guard [[e3|moved]] patrol boats into the waters off the disputed rock, said an army spokesman, Lt Col Peter Mugisha. "We are there to protect Ugandan waters and Ugandan citizens. We are not there to fight anybody," he said.

Mugisha described the Kenyan [[e3|deployment]] as "provocative" and said the coast guard vessels had crossed into Ugandan waters twice on Sunday.

Foreign Affairs Minister Grace Atim said she would [[e5|meet]] her Kenyan counterpart in Jinja on Monday, March 16, to "bring down the temperature". She said Uganda had received Kenya's [[e2|protest]] and would answer it through the proper channels.

The ministry insisted that the eleven Kenyan fishermen [[e1|arrested]] on March 3 were being held lawfully and would face trial for illegal fishing. Their lawyers argue that the men were [[e1|seized]] on the Kenyan side of the lake.

Fish traders in Kampala say the price of Nile perch has risen by ten percent since the [[e1|arrests]], as Kenyan crews stay ashore.

Uganda and Kenya have argued over Migingo since the mid-2000s, when the perch boom turned the island into one of the most crowded places in East Africa. A boundary commission set up in 2009 never finished marking the water border."""),
dict(id="a4", source="Great Lakes Review", published="2026-03-20",
     title="Migingo: a rock, a fish and two flags",
     text="""ANALYSIS - When Kenya's and Uganda's foreign ministers [[e5|met]] in Jinja on Monday, they did what their predecessors have done at every flare-up over Migingo Island since 2008: they agreed to pull back and to let surveyors settle the matter later.

The joint communique from the [[e5|talks]] says both sides will withdraw their armed units from the island within 14 days and revive the boundary commission, which has not sat since 2019. Uganda also promised to "expedite" the case of the eleven Kenyan fishermen whose [[e1|detention]] on March 3 started the latest crisis.

It escalated fast. Nairobi [[e2|protested]] in writing two days later. Kenya's coast guard [[e3|sailed]] two patrol boats to the island that weekend, and Uganda answered by [[e4|landing]] some 60 marines on March 9. For a week the two flags flew a few dozen metres apart on a rock smaller than a football pitch.

"Nobody in Nairobi or Kampala wants a war over a fishing camp," said Esther Wanjala, who studies lake governance at Maseno University. "But both governments need to look tough in front of fishermen who vote."

Fishermen on both shores are less patient. The Nile perch catch has fallen by a third in a decade, and crews now go further out, into waters whose status nobody has settled.

The ministers' [[e5|meeting]] set no date for the survey, and the eleven fishermen were still in a Jinja prison when it ended."""),
]),
# ---------------------------------------------------------------------------- h02
dict(story="h02", topic="Itaipu dam tariff dispute: a failed technical round in Asunción, a march in Asunción, the foreign ministers' talks at Foz do Iguaçu, the tariff agreement and Paraguay's May 15 deadline (Asunción and Foz do Iguaçu; Paraguay - Brazil)", events=[
    dict(e="e1", type="deadline", date="2026-05-15", participants=["Paraguay", "Brazil"], location=None),
    dict(e="e2", type="meeting", date="2026-05-06", participants=["ANDE", "ENBPar"], location="Asunción"),
    dict(e="e3", type="meeting", date="2026-05-13", participants=["Paraguay", "Brazil"], location="Foz do Iguaçu"),
    dict(e="e4", type="agreement", date="2026-05-14", participants=["Paraguay", "Brazil"], location="Foz do Iguaçu"),
    dict(e="e5", type="protest", date="2026-05-11", participants=["Nuestra Energía", "Paraguayan students and farmers"],
         location="Asunción"),
], tricky=[("e2", "e3", "the technical round between the two state power companies at ANDE in Asunción on May 6 vs the foreign ministers' talks at the dam's visitor centre in Foz do Iguaçu a week later, same tariff, same two countries")],
note="Paraguay's hint that it could sell power to Argentina (hypothetical), the statement read at the end of the "
     "march, the 1973 treaty and its annex review due in 2028, the Brazilian industry federation's reaction and "
     "the ratification still to come are side / background events. 'a cheap deal', 'a weak deal', 'whether to "
     "protest again' and 'return to the streets if the government gave way' are hypothetical and not marked; 'The "
     "negotiation' covering both meetings is not marked. The deadline is dated to its expiry, the day after the "
     "deal.",
articles=[
dict(id="a1", source="Southern Cone Press", published="2026-05-07",
     title="Itaipu tariff talks break up without deal",
     text="""ASUNCIÓN - A round of [[e2|talks]] on the price of electricity from the Itaipu hydroelectric dam broke up in Asunción on Wednesday without agreement, leaving Paraguay and Brazil little more than a week to settle the dispute.

The negotiators, from Paraguay's state power company ANDE and the Brazilian state holding company ENBPar, sat for nine hours at ANDE's headquarters. Brazil offered to keep the tariff that the two companies pay for Itaipu's power at 16.71 dollars per kilowatt-month. Paraguay is asking for at least 19.28 dollars, arguing that the dam's construction debt has been paid off and that the savings should go to the poorer partner.

"We moved, they did not," said ANDE's president, Rodrigo Benítez, as he left the building shortly before midnight.

Paraguay's government has set May 15 as the [[e1|deadline]] for a new tariff. Officials in Asunción have hinted that Paraguay could otherwise offer part of its share of the dam's output to buyers in Argentina, something the 1973 treaty does not clearly allow.

The foreign ministers of both countries are due to [[e3|meet]] in Foz do Iguaçu, on the Brazilian side of the dam, next Wednesday.

Itaipu, on the Paraná River, is one of the largest hydroelectric plants in the world. Paraguay uses only about a fifth of its half of the power and sells the rest to Brazil, which makes the tariff one of the most closely watched numbers in Paraguayan politics."""),
dict(id="a2", source="Paraguay Post", published="2026-05-12",
     title="Thousands march in Asunción over Itaipu price",
     text="""Thousands of people [[e5|marched]] through central Asunción on Monday to demand a better price for the electricity Paraguay sells to Brazil, four days before the government's [[e1|deadline]] for a new Itaipu tariff runs out.

Students, farmers' unions and the energy-sovereignty movement Nuestra Energía walked from the Plaza de la Democracia to Itaipu's Paraguayan offices on Avenida España, waving flags and banners that read "Half the dam, half the money". Police put the crowd at 8,000; organisers said 20,000.

"For fifty years Brazil has bought our water at a discount," said Lucía Ferreira, a 21-year-old engineering student. "The debt is paid. Now it is our turn."

The [[e5|demonstration]] ended peacefully in the evening after organisers read a statement calling on the government not to sign "a cheap deal".

Last Wednesday's technical [[e2|round]] at ANDE broke down over a gap of about 2.60 dollars per kilowatt-month. Brazilian officials say a higher tariff would push up electricity bills for Brazilian consumers, who take most of the dam's output.

Foreign Minister Ramón Villalba will hold [[e3|talks]] with his Brazilian counterpart, Helena Duarte, in Foz do Iguaçu on Wednesday. He told reporters on Monday that Paraguay "will not negotiate against itself" and that the Friday [[e1|cut-off]] stood.

Nuestra Energía said it would return to the streets if the government gave way."""),
dict(id="a3", source="Brasil Energy Wire", published="2026-05-14",
     title="Brazil and Paraguay sign Itaipu tariff deal",
     text="""FOZ DO IGUAÇU, Brazil - Brazil and Paraguay [[e4|signed]] an agreement on Thursday setting the price of Itaipu electricity at 18.40 dollars per kilowatt-month for the next three years, a day before a Paraguayan [[e1|ultimatum]] was due to expire.

The [[e4|deal]], announced by foreign ministers Helena Duarte and Ramón Villalba at the dam's administrative centre shortly after noon, followed eleven hours of [[e3|negotiations]] at the visitor centre on Wednesday that ran until 2 a.m.

Under the [[e4|accord]], the tariff is fixed in dollars until 2028. About a tenth of the revenue, Paraguay's share of the increase, will go to a fund for transmission lines in the Paraguayan Chaco, while Brazil gets a guarantee that its utilities can keep buying all the power Paraguay does not use.

"It is not the price we asked for, but it is the highest price Paraguay has ever received," Villalba said. Duarte called it "fair to both peoples" and said Brazilian consumers would barely notice the change.

Brazil's national industry federation said the new price would add about 0.3 percent to industrial power bills in the south-east.

Both congresses must ratify the text. In Asunción, the movement behind Monday's [[e5|march]] said it would study the figures before deciding whether to protest again.

Itaipu supplies roughly a tenth of Brazil's electricity and almost nine-tenths of Paraguay's."""),
dict(id="a4", source="Mercosur Business Monitor", published="2026-05-25",
     title="Why the Itaipu price fight ended a day early",
     text="""ANALYSIS - Paraguay got less than it wanted and more than it has ever had. The Itaipu tariff [[e4|agreement]] signed on May 14 lifts the price of the dam's power by about ten percent, to 18.40 dollars per kilowatt-month, and for the first time earmarks part of the money for Paraguayan infrastructure.

The negotiation followed a familiar script. The first technical [[e2|session]], between the two state power companies in Asunción on May 6, collapsed over a gap of 2.60 dollars. Five days later, thousands of students and farmers [[e5|took to the streets]] of the capital, and the government's May 15 [[e1|deadline]] suddenly looked less like posturing.

That pressure shaped the foreign ministers' [[e3|meeting]] in Foz do Iguaçu on May 13. Diplomats who were in the room say Brazil raised its offer twice after midnight, once Paraguay's minister pointed out that the street [[e5|protest]] had made a weak deal impossible for him to sell at home.

"Brasília does not want an angry neighbour sitting on a fifth of its hydropower," said Marcelo Aquino, an energy economist in São Paulo. "It paid a premium for quiet."

The harder questions were left out. The [[e4|pact]] says nothing about whether Paraguay may sell its surplus to third countries, and the annex of the 1973 treaty that fixes how costs are shared is due for another review in 2028."""),
]),
# ---------------------------------------------------------------------------- h03
dict(story="h03", topic="Indian fishermen arrested by the Sri Lanka Navy twice (off Delft Island and off Talaimannar), the Tamil Nadu chief minister's letter, a strike by Rameswaram fishermen and the fisheries working group meeting in Colombo (Palk Strait; India - Sri Lanka)", events=[
    dict(e="e1", type="arrest", date="2026-07-04", participants=["Sri Lanka Navy", "Indian fishermen"], location="Delft Island"),
    dict(e="e2", type="protest", date="2026-07-06", participants=["Rameswaram fishermen"], location="Rameswaram"),
    dict(e="e3", type="arrest", date="2026-07-09", participants=["Sri Lanka Navy", "Indian fishermen"], location="Talaimannar"),
    dict(e="e4", type="meeting", date="2026-07-16", participants=["India", "Sri Lanka"], location="Colombo"),
    dict(e="e5", type="letter", date="2026-07-05", participants=["Tamil Nadu", "Ministry of External Affairs"], location="Chennai"),
], tricky=[("e1", "e3", "18 fishermen and three trawlers seized off Delft Island on Saturday July 4 vs 12 more and two trawlers off Talaimannar on Thursday July 9, same navy, same fishing grounds, five days apart")],
note="The seizure of the trawlers (part of each arrest), the navy's statement, the remands by magistrates in "
     "Jaffna and Mannar, the 1974 and 1976 boundary agreements, the detentions of 2025, the Jaffna fishermen's "
     "complaints, the end of the strike, the state's compensation promise and the working group's next session are"
     " side / background events. 'the number of Tamil Nadu fishermen held', 'the navy's action', 'Both hauls', "
     "'the two raids' and 'the detained men' cover both arrests and are not marked. The strike is dated to its "
     "first day.",
articles=[
dict(id="a1", source="South Asia Newswire", published="2026-07-05",
     title="Sri Lanka navy arrests 18 Indian fishermen off Delft Island",
     text="""CHENNAI - The Sri Lanka Navy [[e1|arrested]] 18 fishermen from Tamil Nadu and seized three trawlers off Delft Island in the Palk Strait early on Saturday, fisheries officials in Rameswaram said.

In a statement, the navy said the trawlers had been caught bottom-trawling about four nautical miles inside Sri Lankan waters. The men were taken to the Kankesanthurai naval base and later handed over to fisheries inspectors in Jaffna.

Tamil Nadu Chief Minister K. Anbarasan [[e5|wrote]] to External Affairs Minister Subrahmanyam Rao on Sunday, urging him to secure the fishermen's release and the return of their boats. In the [[e5|letter]], released by his office, he called the [[e1|arrests]] "an unending cycle of humiliation for our fishing community" and asked New Delhi to raise the matter "at the highest level" with Colombo.

Fishermen's associations in Ramanathapuram district announced an indefinite [[e2|strike]] from Monday, with about 700 mechanised boats to stay in harbour.

"Our grandfathers fished around Katchatheevu. Now every trip is a gamble with prison," said P. Jesuraja, a boat owner in Rameswaram.

Sri Lanka says Indian bottom trawlers cross the maritime boundary almost nightly and destroy the nets of Tamil fishermen in its Northern Province, who are still recovering from the civil war. More than 500 Indian fishermen were detained in Sri Lankan waters in 2025, according to Indian figures. The boundary was fixed by agreements in 1974 and 1976."""),
dict(id="a2", source="Colombo Chronicle", published="2026-07-10",
     title="Navy detains 12 more Indian fishermen off Talaimannar",
     text="""The Sri Lanka Navy [[e3|detained]] 12 more Indian fishermen and two trawlers off Talaimannar, on the north-western tip of Mannar Island, on Thursday night, a navy spokesman said on Friday.

Commander Nalin Jayasekara said the trawlers had been working about three nautical miles inside Sri Lankan waters. The [[e3|arrests]] bring to 30 the number of Tamil Nadu fishermen held in Sri Lanka this month.

The 18 fishermen [[e1|captured]] near Delft Island last Saturday have been remanded by a Jaffna magistrate until July 20. The 12 [[e3|detained]] on Thursday are due before a court in Mannar on Monday.

"We are not targeting Indian fishermen. We are protecting our waters and our own people's livelihoods," Jayasekara said.

In Jaffna, northern fishermen welcomed the navy's action. "They come with big trawlers and take everything, even the eggs," said Anton Kirubakaran, head of a fishing cooperative in Point Pedro.

Across the strait, the [[e2|strike]] by Rameswaram fishermen entered its fifth day, with hundreds of boats tied up in the harbour. Their leaders say it will continue until all the men are freed.

Indian and Sri Lankan officials are scheduled to [[e4|meet]] in Colombo next Thursday for the Joint Working Group on fisheries, the first session of the panel in more than a year. Sri Lanka wants India to phase out bottom trawling in the strait; India wants fishermen released quickly and their boats returned."""),
dict(id="a3", source="Coromandel Review", published="2026-07-19",
     title="The Palk Strait: same talks, same trawlers",
     text="""ANALYSIS - The fisheries [[e4|talks]] in Colombo on Thursday ended the way they usually do: with a promise to meet again and a list of good intentions. Officials agreed to set up a hotline between the two coast guards and to study "alternative livelihoods" for trawler crews. On the question that matters, bottom trawling, there was no timetable.

The Joint Working Group [[e4|session]] came after a bad month. On July 4 the Sri Lanka Navy [[e1|seized]] 18 fishermen and three boats off Delft Island. Five days later it [[e3|arrested]] twelve more off Talaimannar. Both hauls were made well inside Sri Lankan waters, the navy says.

In Chennai, Chief Minister K. Anbarasan's [[e5|letter]] to New Delhi the day after the Delft [[e1|incident]] set the tone for Tamil Nadu politics. Its phrase, "an unending cycle of humiliation", has been repeated at every rally since.

The Rameswaram fishermen ended their ten-day [[e2|stoppage]] on Wednesday, a day before the Colombo [[e4|meeting]], after the state government promised compensation of 6,000 rupees a month to the families of the detained men.

"Every government tells us to stop trawling and buy deep-sea boats. Nobody gives us the money," said M. Sahayam, whose brother is among the men [[e3|arrested]] off Talaimannar.

Of the 30 men held since the two raids, none had been released by the weekend."""),
]),
# ---------------------------------------------------------------------------- h04
dict(story="h04", topic="closure of the Storskog border crossing: the Norwegian government's announcement, Russia's protest note, a Frontex team and Norwegian army reinforcements sent to the border, a rally in Kirkenes (Oslo, Moscow, Kirkenes and Storskog; Norway - Russia)", events=[
    dict(e="e1", type="statement", date="2026-11-05", participants=["Norway"], location="Oslo"),
    dict(e="e2", type="letter", date="2026-11-07", participants=["Russia", "Norway"], location="Moscow"),
    dict(e="e3", type="deployment", date="2026-11-10", participants=["Frontex"], location="Kirkenes"),
    dict(e="e4", type="deployment", date="2026-11-12", participants=["Norwegian Army"], location="Storskog"),
    dict(e="e5", type="protest", date="2026-11-14", participants=["Kirkenes residents"], location="Kirkenes"),
], tricky=[("e3", "e4", "about 40 Frontex officers arriving in Kirkenes on Tuesday vs some 150 soldiers from Brigade North reaching the Storskog crossing on Thursday, both sent to the same border in the same week")],
note="The closure of the crossing itself (from midnight on Saturday), the asylum seekers' arrival on bicycles, "
     "Finland's earlier statement, the 2015 bicycle route, the Russian spokesman's remarks and the response Russia"
     " 'reserved the right' to make (hypothetical), the Frontex team's patrols, the review of the closure after a "
     "month and the extension of the Frontex mission are side / background events.",
articles=[
dict(id="a1", source="Nordic News Agency", published="2026-11-06",
     title="Norway to shut Storskog crossing to Russia",
     text="""OSLO - Norway will close Storskog, its only border crossing with Russia, to all traffic from midnight on Saturday, the government [[e1|announced]] on Thursday, after more than 300 asylum seekers reached the Arctic checkpoint in ten days.

Justice Minister Ingrid Solheim [[e1|told]] a news conference in Oslo that most of the new arrivals had been brought to the Russian side by organised networks and pushed across on bicycles in freezing weather: "This is not a migration flow. It is an operation, and we will not let our border be used as a weapon."

The [[e1|announcement]] came a week after Finland's government said it had seen similar movements towards its own northern border.

According to the justice ministry, the EU border agency Frontex has agreed to [[e3|send]] officers to help the Norwegian police in Kirkenes from next week, although Norway is not a member of the European Union. Norway takes part in Frontex operations as a member of the Schengen area.

Storskog lies about 15 kilometres east of Kirkenes, a town of 3,500 people that depends heavily on cross-border trade and on Russian fishing boats using its port. Local officials said they had not been consulted.

In 2015 more than 5,000 people, mostly from Syria and Afghanistan, crossed at Storskog on bicycles, because Russian rules forbade crossing the border on foot and Norwegian rules forbade drivers from carrying passengers without papers.

The Kremlin did not immediately comment."""),
dict(id="a2", source="Eurasia Wire", published="2026-11-08",
     title="Moscow protests to Oslo over border closure",
     text="""MOSCOW - Russia's Foreign Ministry handed Norway's ambassador a [[e2|note]] of protest on Saturday over the closure of the Storskog border crossing, the ministry said.

The [[e2|note]] describes the shutdown, which took effect at midnight, as "an unfriendly and unjustified step" that "destroys decades of good-neighbourly cooperation in the High North". It accuses Norway of "inventing a migration threat" to justify a military build-up near the Russian border.

Ministry spokesman Oleg Tarasov told reporters that Russia reserved the right to respond, but did not say how.

Norway's government [[e1|said]] on Thursday that hundreds of asylum seekers had been sent towards the crossing by smuggling networks operating on the Russian side. Moscow denies any involvement and says border guards at the Borisoglebsky checkpoint checked every traveller's documents.

Residents of Nikel and Zapolyarny, Russian mining towns a short drive from the border, used Storskog to shop in Kirkenes and to visit relatives in Norway. "Now it is a wall," said Svetlana Kuzmina, a teacher in Nikel, whose daughter lives in Kirkenes. "We did not build it."

The Foreign Ministry also criticised plans by the EU border agency Frontex to [[e3|deploy]] officers in northern Norway next week, calling them proof that Oslo was acting "on instructions from Brussels".

Trade across Storskog has shrunk since 2022, but fishing and ship-repair links between Kirkenes and Murmansk have survived the sanctions."""),
dict(id="a3", source="Finnmark Gazette", published="2026-11-13",
     title="Soldiers at Storskog, Frontex in town, shops empty",
     text="""KIRKENES - A company of soldiers from Brigade North [[e4|arrived]] at the Storskog crossing on Thursday to reinforce the garrison that guards Norway's border with Russia, two days after about 40 Frontex officers [[e3|landed]] at Kirkenes airport.

The army said the soldiers, around 150 of them, would help the police and the Garrison of Sør-Varanger watch the 196-kilometre border between Storskog and the Pasvik valley. The Frontex team, from eleven countries, is working with the police at the closed crossing and on patrols along the border road.

The [[e4|reinforcement]] follows a week of rising tension. Russia sent Oslo a protest [[e2|note]] last Saturday, the day the crossing shut, two days after the government's [[e1|announcement]] in Oslo.

In town, the mood is gloomy. Shopkeepers on Dr. Wessels gate say Russian customers have disappeared. The supermarket near the harbour has put its Russian-language signs in storage.

"We voted for cooperation for thirty years. Nobody asked us," said Tor-Arne Lindvik, who runs a hardware store.

A group of residents, traders and Russian-born families plans to [[e5|rally]] in the town square on Saturday at noon to call for the crossing to reopen at least for local traffic. The mayor of Sør-Varanger said she would speak.

Police say no asylum seekers have tried to cross since the closure."""),
dict(id="a4", source="Arctic Affairs Review", published="2026-11-23",
     title="Storskog and the politics of a closed door",
     text="""ANALYSIS - Three weeks ago Storskog was the quietest border post in Europe. Today it is closed, guarded by soldiers and the subject of a diplomatic quarrel.

The chain of events was quick. On November 5 the Norwegian government [[e1|declared]] that it would shut the crossing after some 300 asylum seekers arrived on bicycles. Two days later Moscow [[e2|protested]] in writing, accusing Oslo of inventing a threat. The EU's border agency [[e3|flew in]] about 40 officers on November 10, and the army [[e4|moved]] some 150 soldiers from Brigade North to the crossing two days after that.

Kirkenes answered too. On November 14 roughly 1,200 people, a third of the town, [[e5|gathered]] in the square in sub-zero temperatures, carrying Norwegian and Russian flags and a banner reading "Neighbours, not enemies". It was the largest [[e5|demonstration]] in the town's history.

"The government is right that the arrivals were organised," said Kari Hætta, a researcher at the Norwegian Institute of International Affairs. "But Kirkenes pays the price for a problem made in Moscow and solved in Oslo."

Oslo says the closure will be reviewed after one month. The Frontex [[e3|mission]] has been extended to the end of January. The soldiers' [[e4|deployment]] has no end date.

Moscow has not yet said how it will respond, beyond its [[e2|note]]."""),
]),
# ---------------------------------------------------------------------------- h05
dict(story="h05", topic="1944 water treaty dispute: Chihuahua farmers occupy La Boquilla dam, a U.S. diplomatic note, a railway and highway blockade at Delicias, the boundary and water commissioners' meeting and the minute they sign (Chihuahua, Washington and El Paso; Mexico - United States)", events=[
    dict(e="e1", type="protest", date="2026-09-08", participants=["Chihuahua farmers"], location="La Boquilla"),
    dict(e="e2", type="letter", date="2026-09-10", participants=["United States", "Mexico"], location="Washington, D.C."),
    dict(e="e3", type="protest", date="2026-09-14", participants=["Chihuahua farmers"], location="Delicias"),
    dict(e="e4", type="meeting", date="2026-09-17", participants=["International Boundary and Water Commission",
         "Comisión Internacional de Límites y Aguas"], location="El Paso"),
    dict(e="e5", type="agreement", date="2026-09-18", participants=["United States", "Mexico"], location="El Paso"),
], tricky=[("e1", "e3", "farmers' occupation of La Boquilla dam from Tuesday September 8 vs their blockade of the railway and the federal highway at Delicias the following Monday, same farmers, same grievance, about 40 km apart")],
note="The National Guard troops sent to the area, the shutting of the dam's valves, CONAGUA's statement, the 2020 "
     "protest at La Boquilla, the State Department spokesman's remarks, Mexico's unpublished reply, the governor's"
     " comment on the blockade, the farmers' return home and the next delivery cycle are side / background events."
     " 'any deal' in the farmers' demands is hypothetical and not marked. The occupation is dated to its first "
     "day.",
articles=[
dict(id="a1", source="Border Wire Service", published="2026-09-09",
     title="Mexican farmers seize dam to stop water going to the U.S.",
     text="""CHIHUAHUA, Mexico - Several hundred farmers [[e1|took over]] La Boquilla dam in the northern Mexican state of Chihuahua on Tuesday, shutting the valves that release water down the Conchos River towards the Rio Grande and, under a 1944 treaty, to the United States.

The farmers, who arrived at dawn in pickup trucks and tractors, pushed past a handful of guards and set up camp on the dam wall. They say the reservoir is barely a third full after a third year of drought and that the water is needed for the pecan, alfalfa and cotton crops of the Delicias irrigation district.

"They want us to pay a debt with water we do not have," said Ramiro Chávez, a leader of the local water users' association. "First our fields, then the treaty."

Mexico's National Water Commission, CONAGUA, said the [[e1|occupation]] put the country's treaty obligations at risk and asked the farmers to leave peacefully. About 200 National Guard troops were sent to the area on Tuesday afternoon but stayed away from the dam.

Under the treaty, Mexico must deliver an average of 350,000 acre-feet of water a year to the United States from six Mexican tributaries of the Rio Grande, counted over five-year cycles. Mexico is far behind in the current cycle, which ends next year, and Texas farmers and officials have pressed Washington to act.

In 2020 a similar protest at La Boquilla ended in clashes with the National Guard in which a woman was killed."""),
dict(id="a2", source="Capitol Trade Letter", published="2026-09-11",
     title="State Department presses Mexico on water deliveries",
     text="""WASHINGTON - The State Department delivered a diplomatic [[e2|note]] to Mexico on Thursday demanding that it restore water deliveries owed under the 1944 treaty, two days after protesting farmers [[e1|seized]] a dam in the state of Chihuahua.

The [[e2|note]], handed to Mexico's embassy, says the United States is "deeply concerned" by Mexico's shortfall in the current delivery cycle and by "the loss of control" over La Boquilla dam. It asks Mexico City to present a plan within 30 days to make up the deficit.

A State Department spokesman, Daniel Marsh, said Washington "respects Mexico's sovereignty over its infrastructure" but expected the treaty to be honoured. "South Texas farmers are watching their fields dry up too," he said.

Texas agriculture groups welcomed the [[e2|move]]. "We have been asking for a tough message for two years," said Cynthia Ramos of the Lower Rio Grande Valley growers' council.

In Chihuahua, the farmers were still camped on the dam wall on Thursday. Their leaders said the [[e1|protest]] would continue until the federal government promised that no water from La Boquilla would be released this year.

The International Boundary and Water Commission and its Mexican counterpart, which manage the treaty, are expected to [[e4|meet]] next week in El Paso. Officials on both sides said a new minute, one of the technical agreements through which the treaty is applied, would be [[e5|signed]] soon afterwards."""),
dict(id="a3", source="Chihuahua Daily Post", published="2026-09-15",
     title="Farmers block railway and highway at Delicias",
     text="""DELICIAS - Farmers [[e3|blocked]] the railway line and the federal highway at the entrance to Delicias on Monday, parking tractors across the tracks and stopping freight trains between Chihuahua City and Ciudad Juárez.

The [[e3|blockade]], by about 1,500 farmers and their families, also cut Highway 45 for most of the day. Truck drivers said queues stretched for twelve kilometres. The railway operator said four trains carrying grain and cars for export were held up.

The [[e3|action]] widens a [[e1|protest]] that began last Tuesday at La Boquilla dam, 80 kilometres south, where farmers are still in control of the valves. The [[e1|occupation]] of the dam is now in its second week.

"The government listens to Washington faster than it listens to us," said Marisela Ortiz, a cotton grower. "So we are going to be where Washington can see us."

The farmers' anger grew after Washington sent Mexico a diplomatic [[e2|note]] last Thursday demanding the water. Mexico's foreign ministry has not published its reply.

The boundary and water commissioners of the two countries will [[e4|meet]] in El Paso on Thursday. The farmers want a seat at the table and guarantees that any deal will not take water from Chihuahua's reservoirs during the drought.

The governor of Chihuahua said on Monday that she supported the farmers' demands but not the [[e3|blocking]] of the railway, and asked them to let the trains through."""),
dict(id="a4", source="Americas Policy Review", published="2026-09-25",
     title="A minute for the Rio Grande",
     text="""ANALYSIS - The minute [[e5|signed]] in El Paso last Friday does not end the water dispute between Mexico and the United States, but it has taken the heat out of it for now.

The [[e5|agreement]], reached after a day and a night of [[e4|talks]] between the two countries' boundary and water commissioners, lets Mexico count water from the Rio Grande's own reservoirs, Amistad and Falcón, towards its treaty deliveries this year, instead of drawing down La Boquilla. In return Mexico commits to larger deliveries in the final year of the cycle if the rains return.

The crisis began on September 8, when farmers [[e1|occupied]] La Boquilla dam in Chihuahua. Two days later the State Department [[e2|wrote]] to Mexico demanding a plan to cover its deficit. The following Monday farmers [[e3|shut]] the railway and the main highway at Delicias for a day.

The commissioners' [[e4|meeting]] on September 17 was the first since the spring. Officials say the [[e5|deal]] was nearly done on Thursday night but held up by a dispute over the calculation of evaporation losses.

Farmers left La Boquilla on Saturday, after the federal government promised that no water would be released from the dam before next spring.

"Everyone was able to say they won," said Laura Benavides, a water-law specialist at the University of Texas at El Paso. "That is what a minute is for. The drought will decide the rest."

The next delivery cycle begins in October 2027."""),
]),
# ---------------------------------------------------------------------------- h06
dict(story="h06", topic="Nipah virus death in Kozhikode: the death of a rubber tapper, the state's containment-zone announcement, a central NCDC team and a mobile NIV laboratory sent to the district, and the NIV report on fruit bats (Kozhikode, Kerala, India)", events=[
    dict(e="e1", type="casualties", date="2026-06-08", participants=["rubber tapper"], location="Kozhikode"),
    dict(e="e2", type="statement", date="2026-06-09", participants=["Government of Kerala"], location="Kozhikode"),
    dict(e="e3", type="deployment", date="2026-06-10", participants=["National Centre for Disease Control"], location="Kozhikode"),
    dict(e="e4", type="deployment", date="2026-06-11", participants=["National Institute of Virology"], location="Kozhikode"),
    dict(e="e5", type="report", date="2026-06-19", participants=["National Institute of Virology"], location="Pune"),
], tricky=[("e3", "e4", "the five-member NCDC team reaching Kozhikode on Wednesday vs the NIV mobile biosafety laboratory arriving from Pune on Thursday, both central health resources sent to the same district on consecutive days")],
note="The confirmation of the diagnosis, the tapper's illness and his son's fever, the contact tracing, the school"
     " closures, the 2018 and 2023 outbreaks, the easing of restrictions and the yearly bat testing to come are "
     "side / background events. Only words for the death are marked for e1.",
articles=[
dict(id="a1", source="India Health Wire", published="2026-06-09",
     title="Kerala confirms Nipah death, seals off village wards",
     text="""KOZHIKODE, India - A 38-year-old rubber tapper who [[e1|died]] in a private hospital in Kozhikode on Monday was infected with Nipah virus, health officials confirmed on Tuesday. It is the first Nipah case in Kerala this year.

Health Minister Shylaja Menon [[e2|announced]] the containment zones in the Maruthonkara and Kuttiady areas at a news conference in Kozhikode, hours after the National Institute of Virology in Pune confirmed the diagnosis. Schools, shops and offices in the zones must close, and people may leave their homes only for essential needs.

The man fell ill with fever and confusion a week ago. His 14-year-old son has a fever and is in isolation at the Kozhikode Medical College Hospital, along with four other relatives. Doctors said the tapper's [[e1|death]] came four days after he was admitted.

"We have traced 212 contacts so far, and 31 of them are high-risk," said the district collector, Anoop Krishnan. "There is no need to panic. We have done this before."

The Union health ministry in New Delhi said it would [[e3|send]] a team from the National Centre for Disease Control to help with contact tracing and surveillance.

Nipah, which is carried by fruit bats, kills between 40 and 75 percent of the people it infects and has no vaccine. Kozhikode has seen several outbreaks since 2018, when 17 people died. Scientists believe bats in the forests of the Western Ghats regularly carry the virus."""),
dict(id="a2", source="Malabar Times", published="2026-06-12",
     title="Mobile lab from Pune joins Nipah fight",
     text="""A mobile biosafety laboratory from the National Institute of Virology in Pune [[e4|arrived]] at Kozhikode Medical College on Thursday, a day after a five-member central team [[e3|reached]] the district to help track the Nipah outbreak.

The laboratory, built into two trucks, can test samples for the virus on the spot in a few hours instead of sending them 1,200 kilometres to Pune. Its [[e4|arrival]] should speed up testing of the patient's contacts, district collector Anoop Krishnan said.

The team from the National Centre for Disease Control is led by an epidemiologist, Dr Ritu Sharma, and includes a veterinarian who will study bats in the plantation where the dead man worked.

All 46 samples tested so far have been negative, including that of the 14-year-old son of the tapper who [[e1|died]] on Monday. The boy's fever has gone down.

Life in the seven wards under containment has come to a halt since the health minister's [[e2|announcement]] on Tuesday. Police check vehicles at 23 points, and grocery shops may open only from 8 a.m. to 2 p.m. "We have food, but we have no work," said Sajeevan K., a rubber tapper in Maruthonkara.

NIV scientists say they plan to [[e5|publish]] a first analysis of the virus's genome and of bat samples collected near the village next week.

Schools across Kozhikode district will stay closed until Monday."""),
dict(id="a3", source="Health Policy South Asia", published="2026-06-22",
     title="What the latest Nipah scare taught Kerala",
     text="""ANALYSIS - The National Institute of Virology's [[e5|report]] on the Kozhikode Nipah case, released on Friday, confirms what scientists suspected: the virus that [[e1|killed]] a rubber tapper on June 8 is almost identical to strains found in fruit bats in the same hills in 2023.

The institute's [[e5|findings]] are based on samples from 64 bats caught within five kilometres of the man's home. Eleven of them carried antibodies, and two carried the virus itself.

For Kerala, the bigger lesson is how fast the response was. The state [[e2|declared]] containment zones within a day of the man's [[e1|death]]. The NCDC team [[e3|flew in]] the day after, and the mobile laboratory that [[e4|came]] from Pune on June 11 tested nearly 300 samples in ten days, all negative.

"In 2018 we waited days for every result. This time we had answers before dinner," said Dr Thomas Varghese, a former head of community medicine at the Kozhikode Medical College.

Critics say the state still does too little to keep people away from bats. Rubber and areca plantations push deeper into the forest every year, and fruit that bats have bitten is still eaten in many villages.

Restrictions in the zones were eased on Saturday and will end on June 30 if no new case appears. The health department says it will test bats in the district every spring from next year."""),
]),
# ---------------------------------------------------------------------------- h07
dict(story="h07", topic="school abduction in Kebbi State: gunmen abduct 37 students in Danko, the governor closes boarding schools, army troops sent to Danko Wasagu, a raid on Ribah that kills nine villagers and the arrest of five suspected informants in Zuru (Kebbi State, Nigeria)", events=[
    dict(e="e1", type="attack", date="2026-02-17", participants=["gunmen", "Government Secondary School Danko"], location="Danko"),
    dict(e="e2", type="statement", date="2026-02-18", participants=["Kebbi State Government"], location="Birnin Kebbi"),
    dict(e="e3", type="deployment", date="2026-02-19", participants=["Nigerian Army"], location="Danko Wasagu"),
    dict(e="e4", type="attack", date="2026-02-21", participants=["gunmen", "Ribah villagers"], location="Ribah"),
    dict(e="e5", type="arrest", date="2026-02-23", participants=["Nigeria Police Force", "suspected informants"], location="Zuru"),
], tricky=[("e1", "e4", "the night abduction of 37 students from the school in Danko on Tuesday February 17 vs the raid on Ribah village four days later in which nine villagers were killed, same local government area, probably the same gang")],
note="The police tactical squad sent to comb the forest, the killing of a policeman at the school gate (part of "
     "the abduction) and of nine villagers in Ribah (part of the raid, so 'shot dead' and 'were killed' there are "
     "not marked), the ransom calls, the teachers' union's criticism and the governor's defence of his order, the "
     "army's claim to have located the camp, the students' release on March 3, the 2021 Yauri abduction and the "
     "federal education minister's visit are side / background events. 'an abduction' in a quote is generic and "
     "not marked.",
articles=[
dict(id="a1", source="Sahel & Savannah News Agency", published="2026-02-18",
     title="Gunmen abduct 37 students from school in Nigeria's Kebbi State",
     text="""BIRNIN KEBBI, Nigeria - Gunmen [[e1|abducted]] 37 students from a government secondary school in Danko, in northwest Nigeria's Kebbi State, late on Tuesday, police and local officials said.

The attackers, some on motorcycles, [[e1|stormed]] the school's hostels shortly before midnight, shooting in the air, and led the students, aged between 12 and 17, into the bush towards the Zuru hills. A police officer on guard at the gate was shot dead, and a teacher was wounded.

"My two daughters were in that hostel. I heard the shooting from my house and ran, but they were gone," said Abubakar Sani, a farmer whose home is near the school.

Kebbi State police spokesman Nafiu Abdullahi said a tactical squad had been sent to comb the forest with local vigilantes. The army said it would [[e3|deploy]] more troops to the area.

On Wednesday, Governor Ibrahim Danladi [[e2|ordered]] all boarding schools in the state closed until further notice and asked parents in border areas to keep their children at home, saying: "We will not wait for another tragedy."

The [[e1|kidnapping]] is the largest in the state since June 2021, when gunmen took more than 80 students and teachers from a college in Yauri. Armed gangs, known locally as bandits, have kidnapped thousands of people across northwest Nigeria for ransom in recent years, often operating from forests that straddle state borders.

No group has claimed responsibility."""),
dict(id="a2", source="Northern Pilot", published="2026-02-20",
     title="Troops move into Danko Wasagu as parents wait",
     text="""KADUNA - Soldiers of the Nigerian Army's 8 Division [[e3|moved]] into Danko Wasagu local government area on Thursday to search for the 37 students [[e1|seized]] from their school in Danko on Tuesday night, the army said.

A spokesman for the division, based in Sokoto, said two battalions, supported by air force helicopters, had set up positions along the roads leading to the forests south of Danko. The [[e3|deployment]] is the largest in Kebbi State this year.

Parents gathered again on Friday outside the empty school, where bloodstains from the [[e1|raid]] could still be seen on the hostel steps. Some said they had received phone calls from the kidnappers asking for 50 million naira for each child.

"We do not have 50 million. We do not have 50,000," said Hauwa Musa, whose son is among the missing.

Governor Ibrahim Danladi's [[e2|order]] closing all boarding schools has been criticised by teachers' unions, who say it punishes children in safe areas and will push more girls out of school. "Closing schools is what the bandits want," said the state chairman of the Nigeria Union of Teachers.

The governor defended his [[e2|decision]] on Thursday, saying the state had no way of guarding more than 60 boarding schools at once.

Security analysts say the gang holding the students is probably one of several that moved into southern Kebbi from Zamfara State last year."""),
dict(id="a3", source="Abuja Ledger", published="2026-02-24",
     title="Five held as suspected informants after Kebbi attacks",
     text="""Police in Kebbi State have [[e5|arrested]] five men suspected of passing information to the gang that [[e1|kidnapped]] 37 students in Danko last week, a police spokesman said on Tuesday.

The men, including a motorcycle mechanic and a former school security guard, were [[e5|picked up]] in Zuru on Monday after their phone records were examined, said spokesman Nafiu Abdullahi. He said they had told the gang when the school's guard changed and where the hostel keys were kept.

The [[e5|arrests]] come two days after gunmen [[e4|raided]] Ribah, a village about 30 kilometres from Danko, on Saturday evening. Nine villagers were shot dead and several houses were burned, residents said. Police believe the same gang carried out the [[e4|attack]], possibly to punish the village for helping soldiers.

"They came because the army is here," said a Ribah resident who asked not to be named. "Now we are caught between the two."

The army, which [[e3|sent]] troops into the area last Thursday, said on Monday that it had "located" the gang's camp but would not risk an assault while the children were held there.

There has been no news of the students since the night of the [[e1|abduction]]. The Kebbi governor said negotiations were "at a sensitive stage" but repeated that the state would not pay a ransom.

Schools across the state remain closed."""),
dict(id="a4", source="West African Security Review", published="2026-03-06",
     title="After Danko: the students are home, the questions remain",
     text="""ANALYSIS - The 37 students from Danko walked out of the forest on Tuesday, two weeks after they were [[e1|taken]] from their hostels, and were handed to the Kebbi State government in Zuru. Officials insist no ransom was paid. Few people in Kebbi believe them.

The two weeks showed the limits of the state's response. The governor [[e2|shut]] every boarding school in Kebbi the morning after the [[e1|kidnapping]], a move that kept 40,000 pupils at home and has not yet been reversed. The army [[e3|deployment]] two days later, two battalions and helicopters, did not stop the gang from [[e4|attacking]] Ribah on February 21, when nine villagers were killed.

Local leaders say the Ribah [[e4|massacre]] was a warning to villages that had guided soldiers through the forest. Soldiers reached the village hours after the gunmen had left.

The [[e5|arrest]] of five suspected informants in Zuru on February 23 pointed to a different problem: gangs that know the schools from the inside. One of the five had worked as a night guard at the Danko school until last year.

"You can send soldiers after an abduction. You cannot send soldiers into every village every night," said Aisha Lawal, a security researcher in Abuja. "The real protection is information, and right now the bandits have more of it than the state."

The federal education minister visited Danko on Thursday and promised money for fences and lighting at schools in the northwest."""),
]),
# ---------------------------------------------------------------------------- h08
dict(story="h08", topic="extortion killings of bus drivers in Lima: a driver shot dead in San Juan de Lurigancho, a transport strike, a second driver shot in Ate, army troops deployed on the streets and the arrest of eight gang suspects in Carabayllo (Lima, Peru)", events=[
    dict(e="e1", type="attack", date="2026-04-06", participants=["extortion gang", "bus driver"], location="San Juan de Lurigancho"),
    dict(e="e2", type="protest", date="2026-04-09", participants=["Lima transport companies and drivers"], location="Lima"),
    dict(e="e3", type="attack", date="2026-04-13", participants=["extortion gang", "bus driver"], location="Ate"),
    dict(e="e4", type="deployment", date="2026-04-15", participants=["Peruvian Army"], location="Lima"),
    dict(e="e5", type="arrest", date="2026-04-17", participants=["Peruvian National Police", "Los Halcones del Norte"],
         location="Carabayllo"),
], tricky=[("e1", "e3", "a driver shot dead at a bus stop in San Juan de Lurigancho on Monday April 6 vs a second driver shot at the wheel in Ate a week later, both killed by extortion gangs, both on routes of Lima's east")],
note="The state of emergency itself, the drivers killed last year, the extortion demands and payments, the march "
     "to Congress during the strike, the interior minister's meeting with the associations, the next walkout "
     "threatened 'if another driver was killed' (hypothetical), the seizure of weapons in the raid and the bus "
     "burnings are side / background events. 'The sequence that brought the soldiers out' is an aggregate and not "
     "marked. In this story the shootings are the attacks, so words for the killings are marked as attack "
     "mentions.",
articles=[
dict(id="a1", source="Andean Press Agency", published="2026-04-07",
     title="Bus driver shot dead in Lima; transport firms call strike",
     text="""LIMA - A bus driver was [[e1|shot dead]] at the end of his route in the Lima district of San Juan de Lurigancho on Monday morning, the latest victim of gangs that extort money from the city's transport companies, police said.

Two men on a motorcycle [[e1|fired]] at least six shots at Julio César Quispe, 41, as he waited beside his bus at a terminal of the Los Andinos company. No passengers were hurt.

The company's manager said it had received threatening messages for weeks demanding 5,000 soles a week, and had refused to pay. Police said they were examining security camera footage.

Hours after the [[e1|killing]], the associations that represent Lima's private bus and minibus operators called a [[e2|strike]] for Thursday. They want the government to declare a state of emergency in the most affected districts and to create a special police unit against extortion.

"Every driver leaves home not knowing if he will come back," said Héctor Ramírez, a spokesman for one of the associations. "If the state cannot protect us, we will stop the city so that it listens."

Lima's buses are run by hundreds of small private companies, many of them informal. Gangs, some with members from abroad, charge them daily fees for each vehicle and burn or shoot at buses when they are not paid. More than a dozen transport workers were killed in the city last year."""),
dict(id="a2", source="Lima Evening Post", published="2026-04-10",
     title="Strike empties Lima's streets",
     text="""Most of Lima's buses stayed in their depots on Thursday as transport workers went on [[e2|strike]] against extortion, leaving millions of people to walk, cycle or squeeze into the few vehicles still running.

The metro and the Metropolitano express buses ran, but stations were overwhelmed by early morning. Many schools switched to online classes, and the education ministry told universities to suspend exams.

In the afternoon several thousand drivers, fare collectors and owners marched from Plaza Dos de Mayo to Congress, carrying photographs of colleagues killed by gangs. At the front was a portrait of Julio César Quispe, the driver [[e1|murdered]] at a bus terminal in San Juan de Lurigancho on Monday.

"I have two children. He had three. Which of us is next?" asked Carlos Huamán, who drives a minibus on the same route.

Organisers said the [[e2|stoppage]] had been followed by nine in ten companies. The transport ministry put the figure at 70 percent.

Interior Minister Fernando Alarcón met the associations late on Thursday and promised more police patrols at bus terminals. He said the government was "studying" the request for a state of emergency.

The associations said the [[e2|protest]] had made its point, but warned that the next walkout would come without warning if another driver was killed.

Economists at a Lima business school estimated that the day cost the city about 250 million soles in lost output."""),
dict(id="a3", source="Pacific Coast Wire", published="2026-04-16",
     title="Peru sends troops onto Lima streets after second driver killed",
     text="""LIMA - Peru's government [[e4|deployed]] army troops in eight districts of Lima on Wednesday under a 30-day state of emergency, two days after a second bus driver in a week was [[e3|killed]] by suspected extortionists.

About 1,200 soldiers began patrolling bus terminals and main roads alongside the police in San Juan de Lurigancho, Ate, Santa Anita, Comas and other districts, the defence ministry said. The [[e4|deployment]] is the first use of the army for street security in Lima this year.

The driver, Wilmer Torres, 33, was [[e3|shot]] at the wheel of his bus on the Carretera Central in Ate on Monday night by a passenger who then fled on a waiting motorcycle. Two passengers were wounded by broken glass.

The [[e3|shooting]] came a week after Julio César Quispe was [[e1|gunned down]] at a terminal in San Juan de Lurigancho. That [[e1|killing]] led to a citywide transport [[e2|strike]] last Thursday.

"We asked for soldiers a week ago. They waited for another funeral," said Héctor Ramírez, a transport union spokesman.

Human rights groups warned that soldiers are not trained for police work. The defence minister said the troops would not carry out arrests on their own and would act only in support of the police.

The company that employed Torres said it had paid the gang for months and stopped in March."""),
dict(id="a4", source="Andes Security Monitor", published="2026-04-28",
     title="Can soldiers stop Lima's extortion gangs?",
     text="""ANALYSIS - Two weeks after the army was [[e4|deployed]] on the streets of Lima, bus drivers say they feel safer at the terminals and just as exposed on the road.

The sequence that brought the soldiers out was short. On April 6 a driver, Julio César Quispe, was [[e1|shot]] at a terminal in San Juan de Lurigancho. Three days later the city's transport companies held a one-day [[e2|strike]] that brought much of the capital to a halt. On April 13 a second driver, Wilmer Torres, was [[e3|killed]] at the wheel in Ate. Two days after that, troops were [[e4|sent]] into eight districts.

The police, meanwhile, had their first success. On April 17 they [[e5|detained]] eight suspected members of a gang known as Los Halcones del Norte in a dawn raid in Carabayllo, on the northern edge of the city, and seized pistols, motorcycles and notebooks listing payments from bus companies. Prosecutors say two of the men took part in the [[e3|murder]] of Torres.

The [[e5|arrests]] were welcomed by the transport associations, but few believe they will last. "You take one gang out, another takes its routes," said Rosa Paredes, a criminologist at a Lima university.

Since the soldiers [[e4|arrived]], there have been no shootings at terminals, the interior ministry says, but at least 14 buses have been set on fire at night. The state of emergency expires in mid-May."""),
]),
# ---------------------------------------------------------------------------- h09
dict(story="h09", topic="two explosions in Västerås (a stairwell in Bäckby and a hair salon in Råby), the justice minister's statement, the arrest of two teenagers in Eskilstuna and national police reinforcements sent to the city (Västerås, Sweden)", events=[
    dict(e="e1", type="attack", date="2026-10-03", participants=["unknown attackers"], location="Bäckby"),
    dict(e="e2", type="attack", date="2026-10-06", participants=["unknown attackers"], location="Råby"),
    dict(e="e3", type="statement", date="2026-10-07", participants=["Swedish Ministry of Justice"], location="Stockholm"),
    dict(e="e4", type="arrest", date="2026-10-08", participants=["Swedish Police Authority", "two teenagers"], location="Eskilstuna"),
    dict(e="e5", type="deployment", date="2026-10-09", participants=["National Operations Department"], location="Västerås"),
], tricky=[("e1", "e2", "the explosive device in a stairwell in Bäckby early on Saturday October 3 vs the blast at a hair salon in Råby on Tuesday night, same city, same suspected gang conflict, three days apart")],
note="The evacuation of the building, the injured woman, the bomb squad's search, the earlier shootings in "
     "Västerås and Sweden's bombings since 2022, the prosecutor's detention deadline, the release of one boy, the "
     "planned bill and the 'two further attacks' that were prevented are side / background or hypothetical events."
     " 'the two blasts' and 'the bombings' cover both attacks and are not marked.",
articles=[
dict(id="a1", source="Scandinavian Wire", published="2026-10-03",
     title="Explosion damages apartment block in Västerås",
     text="""STOCKHOLM - An [[e1|explosion]] tore through the stairwell of an apartment block in the Swedish city of Västerås early on Saturday, injuring a woman and forcing about 60 residents out of their homes, police said.

The [[e1|blast]], at about 2.40 a.m. in the Bäckby district, blew out the building's entrance doors and shattered windows in neighbouring blocks. A woman in her seventies who lived on the ground floor was taken to hospital with cuts from flying glass; her injuries were not life-threatening.

Police said a powerful device had been placed outside the door of a flat on the first floor. They cordoned off the area and called in the national bomb squad to check for further explosives. Residents spent the rest of the night in a school gymnasium.

"It sounded like a bomb in a war film. The whole house shook," said a neighbour, Fatima Yusuf, 34.

Police spokesperson Karin Öberg said it was too early to say who was behind the [[e1|attack]] or whether it was linked to a conflict between criminal networks in the city. "We are treating it as attempted murder," she said.

Västerås, about 100 kilometres west of Stockholm, has seen several shootings linked to gang disputes over the past two years. Sweden has recorded more than 100 bombings a year since 2022, many of them carried out by teenagers recruited by criminal gangs through social media.

No one has been arrested."""),
dict(id="a2", source="Västmanland Courier", published="2026-10-09",
     title="Two teenagers held over Bäckby blast as police reinforce Västerås",
     text="""Police [[e4|arrested]] two teenage boys in Eskilstuna on Thursday on suspicion of carrying out the [[e1|bombing]] of an apartment block in Bäckby last weekend, the prosecutor's office said.

The boys, aged 16 and 17, were [[e4|detained]] at a flat in the city's Skiftinge district after officers traced a rented car seen near the building on the night of the [[e1|explosion]]. A prosecutor has until Sunday to ask a court to hold them.

Police are still looking for whoever planted the device that [[e2|exploded]] outside a hair salon in Råby on Tuesday night. Nobody was hurt, but the salon and a pizzeria next door were wrecked. Investigators believe the two blasts are linked to the same conflict between rival networks.

From Friday, officers from the National Operations Department are [[e5|arriving]] in Västerås to help the local police with patrols, surveillance and investigations. The police did not say how many would come.

Justice Minister Per Lindqvist [[e3|said]] on Wednesday that the government would give police "every tool they need", described the bombings in Västerås as "terrorism against ordinary people" and promised a bill to lower the age of criminal responsibility for serious explosives crimes.

In Bäckby, families who were evacuated after Saturday's [[e1|blast]] have moved back in, but the stairwell is still boarded up.

"My children ask me if the bomb will come back," said Leila Ahmadi, who lives on the third floor. "I tell them the police are here now. I hope it is true." """),
dict(id="a3", source="Nordic Security Review", published="2026-10-20",
     title="Västerås and Sweden's teenage bombers",
     text="""ANALYSIS - In the space of a week, Västerås went from a quiet industrial city to the latest front in Sweden's gang wars.

It began early on October 3, when a device [[e1|blew up]] in the stairwell of an apartment block in Bäckby. Three days later a second [[e2|blast]] wrecked a hair salon in Råby. Justice Minister Per Lindqvist [[e3|condemned]] the bombings on October 7 in unusually harsh terms, calling them "terrorism against ordinary people".

On October 8 police [[e4|held]] two boys, aged 16 and 17, in nearby Eskilstuna over the Bäckby [[e1|attack]]. One has since been released for lack of evidence. The younger boy remains in custody and, according to his lawyer, says he was paid 20,000 kronor by a man he had met online.

The next day the national police [[e5|sent]] about 50 officers from the National Operations Department to the city. Their [[e5|arrival]] has brought more visible patrols to Bäckby and Råby, and police say two further attacks were prevented.

The pattern is familiar. Criminal networks hire children, who face lighter sentences, to place explosives. The recruiters stay out of reach. The minister's [[e3|remarks]] echo those of his predecessors, and critics say tougher laws have done little to change the arithmetic.

"Lowering the age limit only moves the recruitment younger," said Jonas Ekdahl, a criminologist at Örebro University.

No one has been charged over the Råby [[e2|explosion]]."""),
]),
# ---------------------------------------------------------------------------- h10
dict(story="h10", topic="depositors' bank hold-ups in Lebanon: a man takes his savings at gunpoint in Hamra, a woman does the same in Aley the next day, the banks' association announces a closure, the Hamra depositor is arrested and depositors stage a sit-in at the central bank (Beirut and Aley, Lebanon)", events=[
    dict(e="e1", type="attack", date="2026-01-13", participants=["depositor", "bank branch in Hamra"], location="Hamra"),
    dict(e="e2", type="attack", date="2026-01-14", participants=["depositor", "bank branch in Aley"], location="Aley"),
    dict(e="e3", type="statement", date="2026-01-15", participants=["Association of Banks in Lebanon"], location="Beirut"),
    dict(e="e4", type="arrest", date="2026-01-16", participants=["Internal Security Forces", "Hamra depositor"], location="Beirut"),
    dict(e="e5", type="protest", date="2026-01-19", participants=["Depositors' Rights Committee"], location="Beirut"),
], tricky=[("e1", "e2", "a man holding up a bank branch in Hamra, Beirut, on Tuesday to take his own savings vs a woman doing the same at a branch in Aley on Wednesday, one day apart, same kind of act")],
note="The closure of the banks itself and their reopening, the Aley teacher's questioning and release, the 2019 "
     "financial collapse, the 2022 hold-ups, the unions' reaction, the deposit-recovery law and the riot police "
     "pushing back the crowd (part of the sit-in) are side / background events. 'Every hold-up' and 'depositors "
     "are again robbing them' are generic and not marked.",
articles=[
dict(id="a1", source="Levant News Agency", published="2026-01-14",
     title="Beirut depositor holds up bank to get his savings",
     text="""BEIRUT - A man armed with a pistol [[e1|held up]] a bank branch in Beirut's Hamra district on Tuesday and forced staff to hand him 28,000 dollars from his own frozen savings, before slipping away through a crowd that had gathered outside, security sources said.

The man, a 52-year-old former school bus driver, entered the branch shortly after it opened, poured petrol on the floor and threatened to set himself alight unless he was given his money. Seven employees and three customers were inside during the [[e1|standoff]], which lasted about two hours.

"He kept saying his wife needs surgery and the bank has had his money for six years," said a customer who was allowed to leave.

Supporters who heard of the [[e1|hold-up]] gathered at the door and cheered when he came out with a plastic bag of cash. Police arrived after he had left. The Internal Security Forces said they had identified him and were searching for him.

Lebanon's banks have restricted withdrawals of dollar deposits since the country's financial collapse in 2019, leaving savers with access to only small monthly sums. A wave of similar hold-ups in 2022 made some of those involved into popular heroes.

The Depositors' Rights Committee, a campaign group, said it would hold a [[e5|sit-in]] outside the central bank next Monday "so that nobody else has to pick up a gun to feed their family"."""),
dict(id="a2", source="The Beirut Courier", published="2026-01-16",
     title="Banks shut their doors after second hold-up",
     text="""Lebanon's banks closed their branches on Friday for three days after a second [[e2|hold-up]] in as many days, this time in the mountain town of Aley.

The Association of Banks in Lebanon [[e3|announced]] the closure on Thursday evening, saying staff could no longer work "under the threat of weapons and fire". Its [[e3|statement]] urged the government to protect bank employees and to pass a law on the recovery of deposits.

In Aley on Wednesday, a 39-year-old teacher carrying what turned out to be a toy pistol [[e2|stormed]] a branch on the main street and left with 9,500 dollars of her own money, which she said she needed for her daughter's cancer treatment. She was questioned by police and released the same night.

Early on Friday, security forces [[e4|arrested]] the man who carried out Tuesday's [[e1|raid]] on a branch in Hamra. He was [[e4|detained]] at his sister's flat in Tariq al-Jdideh, according to the Internal Security Forces, and most of the 28,000 dollars was recovered.

His [[e4|arrest]] angered campaigners. "The thief is the bank, not him," said Rami Haddad of the Depositors' Rights Committee, which plans a [[e5|sit-in]] at the central bank on Monday.

Bank employees' unions welcomed the closure but said it would solve nothing. Account holders queued at cash machines across Beirut on Friday morning."""),
dict(id="a3", source="Mediterranean Finance Review", published="2026-01-27",
     title="Lebanon's depositors take matters into their own hands, again",
     text="""ANALYSIS - Six years after Lebanon's banks froze their customers' dollars, depositors are again robbing them, of their own money.

The first case came on January 13, when a former bus driver [[e1|forced]] a Hamra branch to hand over 28,000 dollars by threatening to set himself on fire. The next day, a teacher with a toy gun [[e2|raided]] a branch in Aley. The Association of Banks responded on January 15 by [[e3|announcing]] a three-day shutdown of all branches, and on January 16 the Hamra man was [[e4|arrested]] at his sister's home.

The [[e4|arrest]] turned him into a symbol. On January 19, several hundred people [[e5|gathered]] outside the Banque du Liban on Hamra Street, some holding his photograph. The [[e5|sit-in]] lasted six hours and ended when riot police pushed the crowd back from the gates.

"Every hold-up is a referendum on the banking system, and the banks lose every time," said Nadine Khoury, an economist at the American University of Beirut.

The banks reopened on January 19, but the anger has not gone away. Parliament has still not passed the law on how losses will be shared between the state, the central bank, the commercial banks and their depositors, which the International Monetary Fund has made a condition for any rescue.

Until it does, savers can withdraw only a few hundred dollars a month in cash. The Aley teacher has not been charged."""),
]),
]
