"""Source of ../stories_blind14/articles.jsonl and ../stories_blind14/gold.jsonl.

FOURTEENTH BLIND story set (stories_blind14) for the cross-article deduplication benchmark,
for REPORTING ONLY: the system's errors on it must never be read or used for tuning.
It was written without running the timeline extractor, the `timeline` command or the dedup
benchmark on these texts and without reading the system's code, extraction or clustering rules
or word lists; only the format of the earlier sets was consulted (build_stories.py,
validate.py's check_stories, the docstring and first two stories of stories_dev16_spec, the
list of topics of the earlier sets in tests/gold/README.md, DATASETS.md section 2).

10 stories (ob01..ob10), each with 4 or 5 gold events and exactly one tricky pair, told by 4
articles each (40 in all) from invented outlets (at least 3 outlets per story), published on
different days over one to three weeks in 2026.  Five stories are politics, diplomacy and
security:
  ob01  the Sapodilla Cayes standoff: Honduran marines land on Lime Caye, Belize's protest note
        and its letter to the OAS, talks at the OAS in Washington, the marines' withdrawal;
  ob02  the Assumption Island agreement with India: the Seychelles National Assembly rejects
        it, a rally in Victoria, a second vote approves a revised text, the signing;
  ob03  the Cyprus buffer zone near Deneia: a Turkish Cypriot guard post, an assault on UN
        peacekeepers, UNFICYP reinforcements, a Security Council press statement, the leaders'
        meeting in Nicosia;
  ob04  the Gibraltar treaty: an EU-UK round in Brussels, a cross-border workers' march in La
        Línea, the ministers' talks in Málaga and the treaty text initialled there;
  ob05  a crackdown in Zanzibar: an opposition leader's arrest, a protest in Stone Town, U.S.
        visa restrictions and a British asset freeze on police commanders, Tanzania's rejection;
and five are crises on the ground:
  ob06  a wildfire on Madeira: two firefighters killed above Curral das Freiras, a state of
        calamity, Spanish rescEU planes, three residents killed near Camacha, a suspect arrested;
  ob07  raids on villages in Plateau State: Hurti (Bokkos) and Jannaret (Mangu) three days
        apart, an army battalion sent, a women's march in Jos, eleven arrests;
  ob08  Sudanese refugees in eastern Chad: a UNHCR report on arrivals at Adré, an EU grant, a
        Qatari airlift to Abéché, a water protest in Adré, a donors' meeting in N'Djamena;
  ob09  salty tap water in Montevideo: a university report, a march on OSE's headquarters, the
        government's water emergency, a sit-in at the Aguas Corrientes plant, an IDB loan;
  ob10  a Rohingya boat in Aceh: villagers block the landing in Pidie, a UNHCR appeal, three
        crew members arrested in Sigli, a fixer detained in Lhokseumawe, the regent's deadline.
Each story has a short breaking item with a dateline, two follow-ups with background and
quotes, and an analysis written days or weeks later that retells the earlier events with dates
or relative dates.

All articles are fiction written for this data set (invented outlets, people, a party, a civic
group, villages and events; real places and institutions).  Event mentions are marked inline as
[[eN|trigger]]; build_stories.py strips the markers, computes character offsets and writes the
JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_blind14_spec \\
        --out tests/gold/stories_blind14

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked; every mention of them is marked, anaphors ("the
incident", "the move", "the decision", "the measures") and mentions in reported speech and
quotes included, and planned or future references to an event that then happened are marked
too (Belize "would hand" a protest note, the ministers "are expected to meet", the troops "are
to leave", "a second vote", "Tuesday's vote", the governments "would sign", the
Council "expected to agree a press statement", the leaders "are due to meet", the ministers
"will meet in Málaga next Tuesday", the party "called on its members to protest", London
"would announce its own sanctions", Spain "will send" two planes, the army "would deploy", the
women "would march", the Commission "expected to announce emergency funding", Qatar "is due to
fly", donors "are to meet", "called a march", the IDB board "is expected to
approve").  Background and side events are deliberately left unmarked, even when they have the
type of a gold event: the Belize Coast Guard boat sent to Hunting Caye, the 48-hour deadline in
Belize's note, the 2023 detention of Belizean fishermen, Honduras's agreement to withdraw and
the fishing commission, Guatemala's statement, the referendums and the ICJ case; the February
signing of the Assumption deal in New Delhi, the 2018 failure in parliament, the petition, the
court challenge, the Agaléga facilities; the injuries of three peacekeepers, the UN mission's
and the Cypriot spokesman's statements, the 2023 Pyla scuffles, the leaders' agreement, the
removal of the post and the UN pullback, the mandate renewal; the 2020 framework, the 2016
referendum, the 2013 border queues, the ratification still to come; Khamis's rally in
Mwanakwerekwe, the 2024 detentions in Pemba, the 14 protesters detained, the U.S. embassy's
and EU's concern, the 2020 U.S. visa bans, the 2025 elections, Khamis's release on bail and
trial; the Portuguese air force firefighters, Morocco's offer, the 2016 and 2024 Madeira fires,
the injured, the lifting of the state of calamity; the 2023 Christmas attacks in Bokkos and the
arrests after them, reprisal attacks on herders, the governor's curfew and statement, the
police officers sent to Hurti, the police raids on hideouts; the fighting in Darfur, WFP's
warning, Britain's July pledge, the pledges made at the donors' meeting, the trucks to Adré;
the 2023 Uruguayan drought and the promised reservoir, OSE's reply, the presidency's press
conference, the OSE president's meeting with residents; the deaths at sea, the 2023 storming
of a shelter in Banda Aceh, UNHCR's first expression of concern on the Sunday, the refugees'
landing and their move to Lhokseumawe.  Aggregate mentions covering two gold events ("both
moves", "the two attacks that shook Plateau State", "sanctions by two Western
governments", "Then came the arrests", "The deaths came in two separate moments", "five
lives", "the wildfire that has killed five people", "the second time ... the two governments
had put their names to the deal") and negated, generic, hypothetical or predicate mentions
("if the talks failed", "within reach but not yet in hand", "Police said there were
no arrests", "Arrests after a massacre are now routine", "nobody has yet been arrested", "It
was the second arrest linked to the boat", "the largest border protest in more than a decade",
"the first time London has sanctioned a serving Tanzanian official", "to demand a second
rejection") are not marked.  Titles are not annotated.  ob04 avoids calling the text under
negotiation "the treaty" before it was initialled; after that, "the treaty", "the pact", "the
accord" and "the deal" are marked as the agreement.

Dates: explicit dates and weekday names are used; the articles of a story are published on
different days, so one weekday name can point to different dates ("on Tuesday" is the Brussels
round in one Gibraltar article and the opening of the Málaga talks in another; "Thursday" is
the U.S. visa restrictions in one Zanzibar article and Khamis's arrest in another).  Relative
dates used: "the next day", "the day after", "the day before", "two days after that", "two
days later", "three days later", "four days later", "five days later", "nine days after", "nine
days earlier", "eleven days after", "two weeks after", "a week earlier", "a day after", "a day
after that", "a day later", "the following day", "the following Tuesday", "the following
Monday", "the following Thursday", "the same evening", "that evening", "that night", "hours
later", "within hours", "the next morning", "three days after that", "the Tuesday before the
conference", "last Saturday", "last Sunday", "last Friday", "last Thursday", "last week",
"last weekend", "earlier this month", "since Tuesday", "since Thursday", "since mid-January",
"next Tuesday", "next Wednesday", "next Thursday", "next Monday", "later this week".

Type conventions used here (the type list has no better fit):
  * Honduran marines landing on Lime Caye, Turkish Cypriot personnel sent to a new post near
    Deneia and the UN reinforcements moved to the same spot three days later (a tricky pair),
    and the army battalion sent to Bokkos are `deployment` events; the marines leaving Lime Caye
    is a `withdrawal`;
  * Belize's protest note to Honduras and its letter to the OAS two days later (a tricky pair)
    are `letter` events;
  * the talks at the OAS, the Brussels negotiators' round and the Málaga ministers' talks a week
    later (a tricky pair), the Cyprus leaders' meeting and the donors' meeting in N'Djamena are
    `meeting` events; the initialling of the Gibraltar treaty text and the signing of the
    Assumption agreement are `agreement` events;
  * the Seychelles National Assembly's vote rejecting the agreement and its vote approving the
    revised text two weeks later (a tricky pair) are `election` events (parliamentary votes);
  * the rally in Victoria, the workers' march at La Línea, the Stone Town march, the women's
    march in Jos, the Adré residents' road blockade, the Montevideo march and the sit-in at the
    Aguas Corrientes plant four days later (a tricky pair) and the villagers' blocking of the
    beach in Pidie are `protest` events;
  * the arrest of Salum Khamis, of the Madeira arson suspect, of eleven suspects in Plateau
    State, of three Rohingya crew members in Sigli and of a fixer in Lhokseumawe three days
    later (a tricky pair) are `arrest` events; "held" and "in custody" naming the same
    detention are marked as the arrest;
  * the U.S. visa restrictions on Zanzibar police commanders and the British asset freeze and
    travel ban four days later (a tricky pair) are `sanction` events;
  * the Security Council press statement, the Tanzanian foreign ministry's rejection of the U.S.
    measures, Madeira's declaration of a state of calamity, Uruguay's declaration of a water
    emergency (its decree included) and UNHCR's appeal to let the refugees land are `statement`
    events; words for the content of a declaration (the calamity, the emergency) are not marked;
  * UNHCR's report on arrivals in Chad (the UN "warned" included) and the University of the
    Republic's report on tap water are `report` events;
  * the Spanish rescEU firefighting planes, the EU grant for refugees in Chad and the Qatari
    airlift two days later (a tricky pair) and the IDB loan for the Casupá reservoir are
    `support` events;
  * the deaths of two firefighters above Curral das Freiras and of three residents near Camacha
    two days later (a tricky pair) are `casualties` events; the fire itself is not annotated;
  * the assault on the peacekeepers and the raids on Hurti and, three days later, on Jannaret (a
    tricky pair) are `attack` events; the deaths during the Plateau raids are part of the attacks
    and are not marked separately, while "massacre" and "killings" naming a raid are marked as
    the attack;
  * the Pidie regent's deadline for moving the refugees is a `deadline` event dated to its
    expiry (November 23);
  * landings, releases on bail, court hearings and charges, the removal of a post, the lifting of
    a state of calamity and the end of a sit-in have no type in the list (or are side events)
    and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- ob01
dict(story="ob01", topic="Sapodilla Cayes standoff: Honduran marines land on Lime Caye, Belize's protest note to Honduras, Belize's letter to the OAS, foreign ministers' talks at the OAS and the marines' withdrawal (Lime Caye, Belmopan and Washington; Belize - Honduras)", events=[
    dict(e="e1", type="deployment", date="2026-02-10", participants=["Honduran Navy"], location="Lime Caye"),
    dict(e="e2", type="letter", date="2026-02-11", participants=["Belize", "Honduras"], location="Belmopan"),
    dict(e="e3", type="letter", date="2026-02-13", participants=["Belize", "Organization of American States"], location="Belmopan"),
    dict(e="e4", type="meeting", date="2026-02-19", participants=["Belize", "Honduras", "Organization of American States"],
         location="Washington"),
    dict(e="e5", type="withdrawal", date="2026-02-21", participants=["Honduran Navy"], location="Lime Caye"),
], tricky=[("e2", "e3", "Belize's protest note handed to the Honduran ambassador in Belmopan on Wednesday vs Belize's letter to the OAS asking for its good offices two days later; same sender, same subject")],
note="The Belize Coast Guard boat sent to Hunting Caye, the 48-hour deadline in the note and its expiry, the 2023 "
     "detention of two Belizean fishermen, Honduras's agreement to withdraw and the joint fishing commission, "
     "Guatemala's statement, Honduran media reports of more troops, the 1982 Honduran constitution, the referendums "
     "and the ICJ case are side / background events. 'if the talks failed' is hypothetical and not marked.",
articles=[
dict(id="a1", source="Caribbean Wire Service", published="2026-02-11",
     title="Honduran marines land on Belize-administered Sapodilla caye",
     text="""BELIZE CITY - About two dozen Honduran naval infantry [[e1|landed]] on Lime Caye, one of the Sapodilla Cayes at the southern end of the Belize Barrier Reef, on Tuesday and raised a Honduran flag beside a fishing camp, Belizean officials said.

The troops [[e1|came ashore]] from two patrol boats shortly after dawn and pitched tents on the caye's northern beach, according to Belize's Ministry of Foreign Affairs. Fishermen from Punta Gorda who were drying conch on the island said the marines told them to leave "within the week".

"This is Belizean territory, and it has been administered by Belize for as long as Belize has existed," Foreign Minister Carla Westby told reporters in Belmopan. She said the government would hand a formal protest [[e2|note]] to the Honduran ambassador on Wednesday.

Honduras's defence ministry said in a short message that the [[e1|deployment]] was "a routine exercise of sovereignty over Honduran islands". Tegucigalpa wrote its claim to the Sapodillas into its 1982 constitution.

The Belize Coast Guard sent an extra boat to its station on nearby Hunting Caye on Tuesday afternoon. A spokesman said crews had been told to "observe and report" and to keep away from the Honduran camp.

The cayes, about 70 kilometres east of Punta Gorda, form a marine reserve popular with divers and lie beside fishing grounds worked by Belizean, Guatemalan and Honduran crews. Guatemala also claims them as part of its wider claim against Belize, which is now before the International Court of Justice."""),
dict(id="a2", source="Toledo Chronicle", published="2026-02-14",
     title="Belize asks OAS to help remove Honduran troops from Lime Caye",
     text="""PUNTA GORDA - Belize has [[e3|written]] to the Organization of American States asking for urgent help to end the Honduran military presence on Lime Caye, where about two dozen marines have been camped since Tuesday.

The [[e3|letter]], delivered to the OAS secretariat in Washington on Friday and seen by the Chronicle, says the [[e1|landing]] "violates the sovereignty of Belize and the spirit of good neighbourliness" and asks the organisation to "use its good offices without delay".

It follows a [[e2|note]] of protest that the foreign ministry handed to the Honduran ambassador, Óscar Villeda, in Belmopan on Wednesday. That [[e2|note]] demanded the removal of the troops within 48 hours. The deadline passed on Friday morning with no reply from Tegucigalpa, officials said.

"We are asking our neighbours to behave like neighbours," Foreign Minister Carla Westby said. She and her Honduran counterpart, Mauricio Paz, are expected to [[e4|meet]] at OAS headquarters next Thursday, a diplomat in Belmopan said.

In Punta Gorda, fishermen say they have stayed away from the Sapodillas all week. "My grandfather fished those cayes. Now there are soldiers on the beach and nobody will tell us if we can go back," said Elroy Cal, 54, who has lost four days of conch diving.

It is not the first time the cayes have caused trouble. In 2023 a Honduran patrol boat held two Belizean fishermen near the islands for several hours before letting them go."""),
dict(id="a3", source="Central American Dispatch", published="2026-02-20",
     title="Honduras agrees to pull marines off Lime Caye after OAS talks",
     text="""WASHINGTON - Honduras agreed on Thursday to [[e5|withdraw]] the marines it [[e1|sent]] to Lime Caye last week, after four hours of [[e4|talks]] with Belize at the headquarters of the Organization of American States.

Under the arrangement announced after the [[e4|meeting]], the troops are to [[e5|leave]] the caye by Saturday, and both countries will keep their navies at least five nautical miles from the Sapodilla Cayes while a joint commission studies fishing access.

Honduran Foreign Minister Mauricio Paz said his government was not giving up its claim. "A flag can be lowered. A right cannot," he told reporters after the [[e4|session]], which was chaired by an OAS assistant secretary general, Diane Forbes-Lamy.

Belize's Foreign Minister Carla Westby called the outcome "a victory for international law and for patience". Belize had [[e2|protested]] in writing the day after the [[e1|landing]] and [[e3|appealed]] to the OAS two days later, asking it to mediate.

The commission, with two members from each country, is due to report within six months. Guatemala, which was not at the table, said in a statement that it reserved its own claim to the cayes.

Diplomats in Washington said the quick outcome reflected quiet pressure from the United States and Mexico, both keen to avoid a standoff on a stretch of sea used by drug traffickers. Honduran media had reported on Wednesday that more troops were ready to sail from Puerto Cortés if the talks failed."""),
dict(id="a4", source="Caribbean Policy Monitor", published="2026-03-04",
     title="Lime Caye: how an eleven-day standoff ended",
     text="""ANALYSIS - When the last Honduran marines [[e5|sailed]] away from Lime Caye on February 21, the Sapodilla Cayes went back to what they have been for decades: a dive site with a flag dispute attached.

The standoff lasted eleven days. A Honduran naval detachment [[e1|came ashore]] on February 10 and raised its flag beside a Belizean fishing camp. Belize answered with a diplomatic [[e2|note]] the next day and, two days after that, with a [[e3|letter]] to the Organization of American States, a move that took the row to Washington rather than leaving it in Tegucigalpa.

The [[e4|talks]] at the OAS, held nine days after the [[e1|landing]], were short. Diplomats who attended say Honduras arrived wanting a dignified exit and that Belize was ready to offer one: a joint commission on fishing access. The [[e5|pullout]] followed two days later, on schedule.

"Tegucigalpa needed the flag picture for a domestic audience, and it got it," said Marisol Teck, who teaches international relations at the University of Belize. "Belize needed the soldiers gone, and it got that too. Nobody had to lose."

Neither underlying problem has gone away. Belizean conch divers say Honduran boats still work the Sapodilla banks at night. Guatemala's claim to the cayes, part of the case that Belize and Guatemala took to the International Court of Justice after referendums in both countries, still awaits a ruling.

And Honduras has not touched the article of its constitution that lists the islands as Honduran."""),
]),
# ---------------------------------------------------------------------------- ob02
dict(story="ob02", topic="Assumption Island agreement with India: the Seychelles National Assembly rejects it, a rally in Victoria, the Assembly approves a revised text and the two governments sign it (Victoria; Seychelles - India)", events=[
    dict(e="e1", type="election", date="2026-05-05", participants=["National Assembly of Seychelles"], location="Victoria"),
    dict(e="e2", type="protest", date="2026-05-16", participants=["Our Islands, Our Future"], location="Victoria"),
    dict(e="e3", type="election", date="2026-05-19", participants=["National Assembly of Seychelles"], location="Victoria"),
    dict(e="e4", type="agreement", date="2026-05-22", participants=["Seychelles", "India"], location="Victoria"),
], tricky=[("e1", "e3", "the National Assembly's 18-16 vote rejecting the Assumption Island agreement on May 5 vs its 19-15 vote approving the revised text two weeks later; same house, same deal")],
note="The first signing of the agreement in Delhi in February, the 2018 plan and its failure in parliament, the "
     "petition handed to the Speaker, India's High Commission statement, the smaller crowd outside the Assembly on "
     "the day of the second vote, the court challenge and its hearing, the Agaléga facilities and the start of work "
     "on the jetty are side / background events. 'the second time ... the two governments had put their names to "
     "the deal' covers both signings and is not marked.",
articles=[
dict(id="a1", source="Indian Ocean Wire", published="2026-05-06",
     title="Seychelles lawmakers reject Indian airstrip deal on Assumption Island",
     text="""VICTORIA, Seychelles - Seychelles' National Assembly on Tuesday [[e1|rejected]] an agreement that would have allowed India to build and run an airstrip and a jetty on remote Assumption Island, a setback for the government, which had championed the project as a boost to maritime security.

Lawmakers [[e1|voted]] 18 to 16, with one abstention, against ratifying the accord, which the two governments signed in New Delhi in February. Opposition members and two rebels from the ruling party said it would give a foreign military a foothold in the country's outer islands.

"We are not against India. We are against renting out a piece of Seychelles for thirty years," opposition member Marie-Claire Payet said after the [[e1|vote]].

Foreign Minister Daniel Mancienne said the government would renegotiate parts of the text with New Delhi and bring it back to the house for a second [[e3|vote]] "within weeks". India's High Commission said it respected the Assembly's [[e1|decision]] and remained committed to maritime cooperation with Seychelles.

Assumption, about 1,100 kilometres south-west of the main island of Mahé, has a small airstrip, a handful of government workers and no permanent population. India says the new facilities would help the Seychelles Coast Guard patrol an exclusive economic zone of 1.3 million square kilometres against illegal fishing, piracy and drug smuggling.

A similar plan collapsed in 2018, when the then opposition-controlled parliament refused to ratify it. The island lies about 30 kilometres from Aldabra, a UNESCO World Heritage atoll home to some 100,000 giant tortoises."""),
dict(id="a2", source="Mahé Herald", published="2026-05-17",
     title="Thousands rally in Victoria ahead of second Assumption vote",
     text="""Several thousand people [[e2|rallied]] outside the National Assembly in Victoria on Saturday to urge lawmakers to throw out an amended version of the Assumption Island agreement with India ahead of Tuesday's [[e3|vote]].

Organisers from the civic group Our Islands, Our Future put the crowd at 5,000; police said about 2,500. Marchers carried banners reading "Assumption is not for rent" and sang the national anthem before handing a petition to the Speaker.

"Assumption belongs to our children, not to any navy," said organiser Jean-Paul Hoareau. He said the Assembly's 18-16 [[e1|vote]] on May 5 had shown "that the people's representatives can still say no".

The [[e2|demonstration]] was peaceful and had dispersed by early evening.

The government says the new text answers the objections raised at the first [[e1|ballot]]. The lease is cut from thirty years to twenty, the number of Indian personnel on the island is capped at 60, and a new clause states that Seychelles keeps full command of the facilities. Foreign Minister Daniel Mancienne said on Friday he was confident of a majority.

Two ruling-party lawmakers who [[e1|voted]] against the deal earlier this month told the Herald they would now support it. Two opposition members say they are still undecided, and one independent has kept her intentions to herself.

The Speaker has limited Tuesday's debate to five hours, and the [[e3|division]] is expected in the late afternoon. Church leaders have called for calm whatever the result."""),
dict(id="a3", source="Asia-Africa Press Agency", published="2026-05-20",
     title="Seychelles parliament approves revised India deal",
     text="""VICTORIA - Seychelles' National Assembly [[e3|approved]] a revised agreement on Tuesday allowing India to build an airstrip and a jetty on Assumption Island, two weeks after lawmakers [[e1|threw out]] the original version.

The amended accord [[e3|passed]] 19 to 15 after a five-hour debate, with two ruling-party members who had [[e1|voted]] against it on May 5 switching sides. The new text shortens the lease to twenty years and caps Indian staff on the island at 60.

"This Assembly has protected our sovereignty and our coast guard at the same time," Foreign Minister Daniel Mancienne said after the [[e3|vote]]. Opposition member Marie-Claire Payet called the result "a sad day for the outer islands" and said her party would ask the Constitutional Court to review it.

Outside, a crowd much smaller than at Saturday's [[e2|rally]] chanted slogans as members left the building. Police said there were no arrests.

Indian officials said the two governments would [[e4|sign]] the amended text in Victoria on Friday. A delegation led by a junior Indian foreign minister is due to arrive on Thursday.

Analysts in New Delhi said Tuesday's [[e3|vote]] gives India a second foothold in the western Indian Ocean, after the airstrip and jetty it built on Mauritius's Agaléga islands. China, which has stepped up its own diplomacy in the region, made no comment.

The Seychelles Coast Guard, which has fewer than a dozen seagoing vessels, says it can currently patrol only a fraction of the country's waters."""),
dict(id="a4", source="Ocean Affairs Review", published="2026-05-27",
     title="Assumption: how a 'no' became a 'yes' in two weeks",
     text="""ANALYSIS - When Seychelles and India [[e4|signed]] the Assumption Island agreement in Victoria on May 22, it was the second time in four months that the two governments had put their names to the deal. The first text, signed in New Delhi in February, was [[e1|voted down]] by the National Assembly on May 5 by two votes.

What changed in between was partly the text and partly the street. Eleven days after the first [[e1|vote]], several thousand people [[e2|marched]] to the Assembly to demand a second rejection. Instead, the [[e2|protest]] seems to have convinced two wavering ruling-party members that the government could not afford another defeat. Three days later the revised accord [[e3|passed]] 19 to 15, with both of them voting yes.

The [[e4|signing]], three days after the second [[e3|vote]], took twenty minutes.

"The changes were real but modest," said Amina Labiche, a political scientist at the University of Seychelles. "Twenty years instead of thirty, sixty staff instead of no cap. The bigger change was that the government learned to count its votes before it called them."

The opposition's petition to the Constitutional Court is due to be heard in July. India, meanwhile, is expected to begin work on the jetty before the end of the year, once the south-east monsoon eases, and the airstrip is to follow in 2027.

For the fishermen of Mahé, the question is simpler: whether the new patrols will finally keep foreign trawlers out of their waters."""),
]),
# ---------------------------------------------------------------------------- ob03
dict(story="ob03", topic="Cyprus buffer zone near Deneia: Turkish Cypriot forces set up a post, an assault on UN peacekeepers, UNFICYP reinforcements, a Security Council press statement and the leaders' meeting (Deneia, New York and Nicosia; Cyprus)", events=[
    dict(e="e1", type="deployment", date="2026-06-08", participants=["Turkish Cypriot security forces"], location="Deneia"),
    dict(e="e2", type="attack", date="2026-06-10", participants=["Turkish Cypriot security forces", "UNFICYP"], location="Deneia"),
    dict(e="e3", type="deployment", date="2026-06-11", participants=["UNFICYP"], location="Deneia"),
    dict(e="e4", type="statement", date="2026-06-12", participants=["UN Security Council"], location="New York"),
    dict(e="e5", type="meeting", date="2026-06-17", participants=["Republic of Cyprus", "Turkish Cypriot community", "United Nations"],
         location="Nicosia"),
], tricky=[("e1", "e3", "about 20 Turkish Cypriot personnel sent to a new guard post inside the buffer zone near Deneia on Monday vs about 40 UN peacekeepers moved to the same spot three days later")],
note="The injuries of three peacekeepers, the UN mission's and the Cypriot government's statements, the Turkish "
     "Cypriot officials' remarks, the 2023 Pyla road dispute, the leaders' agreement to pull back, the removal of the "
     "post and the UN pullback, the January mandate renewal and the 1974 ceasefire line are side / background events. "
     "'agreed to undo both moves' covers both deployments and is not marked.",
articles=[
dict(id="a1", source="Mediterranean News Agency", published="2026-06-10",
     title="UN peacekeepers assaulted in Cyprus buffer zone",
     text="""NICOSIA - Turkish Cypriot security personnel [[e2|assaulted]] United Nations peacekeepers in the buffer zone near the village of Deneia on Wednesday, injuring three of them, the UN mission in Cyprus said.

The peacekeepers had been trying to lay a line of oil drums across a farm track to stop work on a new guard post that Turkish Cypriot forces [[e1|set up]] inside the zone on Monday, the mission said in a statement.

Witnesses said about 15 men in uniform [[e2|set upon]] the soldiers with fists and boots and knocked one of them to the ground. Two UN vehicles were damaged.

"We condemn this unacceptable [[e2|attack]] on our personnel, who were carrying out their mandated duties," said mission spokesman Aleksander Novak.

The Cypriot government spokesman, Andreas Charalambous, said the [[e1|deployment]] of armed personnel into the zone was "a deliberate attempt to change the status quo" and called on the UN to restore it.

Turkish Cypriot officials said the post was needed to stop illegal crossings by migrants and accused the peacekeepers of having provoked the [[e2|incident]].

The buffer zone, which runs for about 180 kilometres across the island, has been patrolled by the UN Peacekeeping Force in Cyprus since the 1974 ceasefire. Deneia is one of a handful of villages where farmers are allowed to work fields inside it. In 2023, a row over road works near Pyla ended in scuffles between Turkish Cypriot workers and peacekeepers."""),
dict(id="a2", source="Eastern Med Dispatch", published="2026-06-12",
     title="UN sends reinforcements to Deneia as Security Council weighs statement",
     text="""NICOSIA - The UN peacekeeping force in Cyprus [[e3|moved]] about 40 extra troops into the buffer zone near Deneia on Thursday, a day after Turkish Cypriot security personnel [[e2|attacked]] a patrol there.

The Slovak and Argentine soldiers, backed by four armoured vehicles, [[e3|took up positions]] about 200 metres from the disputed guard post, UNFICYP said. A spokesman said the [[e3|reinforcement]] was "a precautionary measure to maintain calm" and that the mission was talking to both sides.

The post, a prefabricated cabin ringed by razor wire, is manned by around 20 Turkish Cypriot personnel who were [[e1|sent]] there on Monday. Turkish Cypriot officials said on Thursday that it would stay and accused the UN of "siding with the Greek Cypriots".

Members of the UN Security Council were expected to agree a press [[e4|statement]] later on Friday, diplomats in New York said. A draft seen by the Dispatch "condemns in the strongest terms" the [[e2|assault]] on peacekeepers and calls on all sides to respect the buffer zone.

The three peacekeepers hurt on Wednesday, two Slovaks and an Argentine, were treated and released.

The island's two leaders are due to [[e5|meet]] at the UN compound in Nicosia next Wednesday, the UN said, in a meeting scheduled before the crisis. Diplomats said the post would now top the agenda.

In Deneia, farmers said they had not been able to reach their wheat and barley fields for three days. "The harvest does not wait for politicians," said Kyriakos Ioannou, 61."""),
dict(id="a3", source="Nicosia Evening Post", published="2026-06-18",
     title="Leaders agree to clear Deneia post after UN-hosted meeting",
     text="""The Greek Cypriot and Turkish Cypriot leaders agreed on Wednesday to clear both the Turkish Cypriot guard post and the extra UN positions near Deneia, in a step both sides presented as a return to the status quo.

The two men [[e5|met]] for three hours at the UN compound at the old Nicosia airport, their first [[e5|meeting]] since March. Under the arrangement, the Turkish Cypriot personnel will leave the post by Saturday and the UN will pull its reinforcements back to their bases within a week.

"Today both leaders chose calm over confrontation," said the UN's deputy special adviser, Mira Halvorsen, who hosted the [[e5|talks]].

The crisis began on June 8, when Turkish Cypriot forces [[e1|deployed]] to a spot inside the buffer zone between Deneia and the ceasefire line. Two days later a group of their personnel [[e2|beat]] three peacekeepers who were trying to block construction work. The UN [[e3|rushed]] about 40 extra soldiers to the area the next day, and on Friday the Security Council [[e4|condemned]] the [[e2|violence]] in a unanimous press statement.

The Cypriot government welcomed Wednesday's outcome but said it would watch "every metre" of the withdrawal. A Turkish Cypriot spokesman said the migrant crossings that had prompted the post remained a problem and that the north would seek "practical cooperation" with the UN on patrols.

Farmers in Deneia said they hoped to begin harvesting next week. Several told the Post they had lost up to a fifth of their crop."""),
dict(id="a4", source="Strategic Mediterranean Review", published="2026-06-30",
     title="Deneia: ten days at the edge of the Green Line",
     text="""ANALYSIS - The Deneia crisis is over, at least on paper. The Turkish Cypriot guard post has been dismantled and the UN's extra troops have gone back to their camps. But the ten days between the first [[e1|move]] into the buffer zone and the leaders' [[e5|meeting]] showed how thin the arrangements that keep Cyprus quiet have become.

The sequence was fast. On Monday, June 8, about 20 Turkish Cypriot personnel [[e1|occupied]] a patch of farmland inside the zone. Two days later, when peacekeepers tried to block the works, they were [[e2|attacked]] with fists and boots. The following day UNFICYP [[e3|reinforced]] the area with Slovak and Argentine soldiers, and a day after that the Security Council [[e4|statement]] demanded respect for the zone.

Five days later the leaders [[e5|sat down]] at the old airport and agreed to undo both moves.

"Neither side wanted to be the one that escalated further," said Elena Pavlides, a researcher at the University of Cyprus. "But neither side wanted to be the first to blink either. The UN gave them a way to blink together."

The underlying dispute is about who controls the zone's edges. Turkish Cypriot authorities argue that migrants cross it to reach the south and that they have a right to police it. The UN says any change needs its consent.

The Council renewed the mission's mandate in January for another year. The next renewal debate, diplomats expect, will be less routine."""),
]),
# ---------------------------------------------------------------------------- ob04
dict(story="ob04", topic="Gibraltar treaty negotiations: an EU-UK negotiators' round in Brussels, a cross-border workers' march at La Línea, the ministerial talks in Málaga and the treaty text initialled there (Brussels, La Línea and Málaga; EU - UK - Spain - Gibraltar)", events=[
    dict(e="e1", type="meeting", date="2026-03-10", participants=["European Commission", "United Kingdom"], location="Brussels"),
    dict(e="e2", type="protest", date="2026-03-13", participants=["cross-border workers"], location="La Línea de la Concepción"),
    dict(e="e3", type="meeting", date="2026-03-17", participants=["Spain", "United Kingdom", "Gibraltar", "European Commission"],
         location="Málaga"),
    dict(e="e4", type="agreement", date="2026-03-18", participants=["Spain", "United Kingdom", "Gibraltar", "European Commission"],
         location="Málaga"),
], tricky=[("e1", "e3", "the chief negotiators' round in Brussels on Tuesday March 10 vs the ministers' talks in Málaga a week later on the same treaty; both are rounds of the same negotiation")],
note="The 2016 referendum, the 2020 New Year's Eve framework, the 2013 border queues and the reef row, the "
     "ratification still to come, the Gibraltar Parliament debate, the ministers' and the commissioner's remarks and "
     "the mayor's request are side / background events. 'the largest border protest in more than a decade' re-describes "
     "the march in the same sentence and is not marked; 'a deal was within reach but not yet in hand' and 'the losers "
     "from a failure' are hypothetical and not marked.",
articles=[
dict(id="a1", source="Iberian Wire", published="2026-03-11",
     title="Gibraltar treaty round ends without deal in Brussels",
     text="""BRUSSELS - Negotiators for the European Union and Britain ended a round of [[e1|talks]] on Gibraltar's future relationship with the bloc late on Tuesday without closing the last open chapters of negotiations that have run for more than five years.

The two sides remain divided over who should carry out passport checks on travellers arriving at Gibraltar's airport and over how quickly the territory must bring its tobacco taxes into line with those in Spain, officials said.

"We have narrowed the gaps. We have not closed them," the Commission's chief negotiator, Katarina Lindqvist, told reporters after the [[e1|session]], which lasted more than eleven hours. Britain's lead negotiator, Tom Ashcroft, said a deal was "within reach but not yet in hand".

Spain's and Britain's foreign ministers will [[e3|meet]] in Málaga next Tuesday with Gibraltar's chief minister and the European commissioner for trade to try to settle the remaining issues, both delegations said.

A final text would replace the framework agreed on New Year's Eve 2020, days before Britain's departure from the EU single market took effect, which has kept the land border open under temporary rules. Under the draft, Gibraltar would join the Schengen area's travel rules, and Spanish officers, working alongside Frontex, would carry out the external checks.

About 15,000 people cross the border every day to work in Gibraltar, most of them Spanish residents of La Línea de la Concepción and other towns around the bay."""),
dict(id="a2", source="Strait Chronicle", published="2026-03-14",
     title="Border workers march in La Línea to press for Gibraltar deal",
     text="""LA LÍNEA DE LA CONCEPCIÓN - Around 1,500 cross-border workers [[e2|marched]] to the frontier with Gibraltar on Friday evening, calling on London, Madrid and Brussels to stop stalling over the future of the border.

The marchers, many of them cleaners, builders and hospitality staff who cross into the territory every morning, carried placards reading "Our bread is on the other side" and stopped traffic on the avenue leading to the crossing for about an hour. Local police said the [[e2|march]] passed off without incident.

"Every time the talks stall, we are the ones who stand in line," said Encarnación Ruiz, 47, who has worked in a Gibraltar hotel for eighteen years. "We want a piece of paper that lets us sleep at night."

The [[e2|protest]] was organised by a platform of Spanish unions and a Gibraltar-based workers' association, which said it was the largest on the border since 2013, when tighter Spanish checks during a row over an artificial reef left people queuing for up to seven hours.

Organisers said they had been spurred by the outcome of Tuesday's [[e1|round]] in Brussels, where negotiators again failed to agree on airport controls and tobacco duties.

Next Tuesday's [[e3|meeting]] in Málaga will bring together the Spanish and British foreign ministers, Gibraltar's chief minister and the EU's trade commissioner. La Línea's mayor, Rafael Molina, said he had asked to attend as an observer and had been turned down. "The people most affected will not be in the room," he said."""),
dict(id="a3", source="Euro-Atlantic News Service", published="2026-03-19",
     title="Britain, Spain and EU initial Gibraltar treaty in Málaga",
     text="""MÁLAGA, Spain - Britain, Spain, Gibraltar and the European Union [[e4|initialled]] the text of a treaty on Wednesday that will remove most physical checks at the land border between Spain and Gibraltar, ending years of uncertainty for the thousands who cross it every day.

The [[e4|deal]] came at the end of two days of [[e3|negotiations]] at a hotel in Málaga that started on Tuesday morning and ran well past midnight, according to officials from both delegations.

Under the [[e4|accord]], Spanish officers will carry out Schengen checks at Gibraltar's port and airport, with British officials present, and Gibraltar will phase in higher tobacco duties over four years. The territory keeps its own police and courts.

"This is a good day for Gibraltar, for Spain and for everybody who lives around this bay," the EU trade commissioner said. Gibraltar's chief minister called the [[e4|agreement]] "safe, fair and final", and the Spanish foreign minister said it settled "practical questions, not sovereignty".

The [[e4|pact]] must still be ratified by the British Parliament and the European Parliament and approved by EU governments. Gibraltar's Parliament will debate it next month.

Workers whose [[e2|march]] on the border last Friday drew around 1,500 people welcomed the news. The breakthrough on airport checks came late on Tuesday, officials said, after Britain accepted a compromise first floated at the Brussels [[e1|talks]] a week earlier.

Business groups in La Línea said they hoped the [[e4|treaty]] would bring new investment to one of Spain's poorest towns."""),
dict(id="a4", source="The Rock Ledger", published="2026-04-01",
     title="The Málaga deal: eight days that settled five years of talks",
     text="""ANALYSIS - For five years, Gibraltar's future relationship with the European Union moved slowly. Then, in little more than a week in March, it was settled.

The first signal was a failure. The Brussels [[e1|round]] on March 10 broke up without agreement, and negotiators on both sides briefed that the airport question might never be solved. Three days later, about 1,500 workers [[e2|demonstrated]] at the frontier in La Línea, the largest border protest in more than a decade.

The ministers who [[e3|gathered]] in Málaga the following Tuesday had read the headlines. People present at the [[e3|talks]] say the mood was different from the start: the Spanish side came with new wording on the airport, Britain accepted it after midnight, and the text was [[e4|initialled]] the next morning.

"The [[e2|march]] mattered more than people admit," said Luis Ocaña, who studies cross-border labour at the University of Cádiz. "It reminded Madrid that the losers from a failure would be Spanish voters."

The hard part may come now. The [[e4|treaty]] still has to pass the British and European parliaments, and opponents in Gibraltar argue that Spanish officers at the airport are a step toward shared sovereignty, whatever the text says.

The 2016 referendum, in which 96 percent of Gibraltarians voted to remain in the EU, still hangs over the debate. For now, border workers say the queues at the frontier have already grown shorter, and they intend to keep it that way."""),
]),
# ---------------------------------------------------------------------------- ob05
dict(story="ob05", topic="Zanzibar crackdown: the arrest of opposition leader Salum Khamis, a protest in Stone Town, U.S. visa restrictions and British sanctions on police commanders, and Tanzania's rejection (Stone Town, Washington, London and Dodoma; Tanzania)", events=[
    dict(e="e1", type="arrest", date="2026-04-02", participants=["Zanzibar Police", "Salum Khamis"], location="Stone Town"),
    dict(e="e2", type="protest", date="2026-04-04", participants=["Umoja Party"], location="Stone Town"),
    dict(e="e3", type="sanction", date="2026-04-09", participants=["United States", "Zanzibar Police"], location=None),
    dict(e="e4", type="sanction", date="2026-04-13", participants=["United Kingdom", "Hamadi Mussa"], location=None),
    dict(e="e5", type="statement", date="2026-04-09", participants=["Tanzania"], location="Dodoma"),
], tricky=[("e3", "e4", "U.S. visa restrictions on three Zanzibar police commanders on Thursday April 9 vs the British asset freeze and travel ban on the police commissioner four days later; same target group, same cause")],
note="Khamis's rally in Mwanakwerekwe, the 2024 detention of two party officials in Pemba, the 14 people "
     "detained at the protest, the tear gas, the court hearings, the charge and Khamis's release on bail, the U.S. "
     "embassy's and the EU delegation's concern, the 2020 U.S. visa bans after the elections, the 2025 elections, the "
     "EU review of budget support and the electoral commission's denial are side / background events. 'sanctions by "
     "two Western governments' and 'The sanctions are aimed at Zanzibar' cover both sanctions and are not marked; "
     "'the first time London has sanctioned a serving Tanzanian official' re-describes the British sanction in the "
     "same sentence, and 'detained opposition leader' is a modifier; neither is marked.",
articles=[
dict(id="a1", source="Swahili Coast Wire", published="2026-04-03",
     title="Zanzibar police arrest opposition leader Khamis",
     text="""STONE TOWN, Zanzibar - Police in Zanzibar [[e1|arrested]] opposition leader Salum Khamis at his home in Stone Town before dawn on Thursday, his party said, days after he accused the islands' government of tampering with voter registration.

Khamis, 58, chairman of the Umoja Party, was driven to the police headquarters at Malindi, where he spent the day being questioned, party spokeswoman Asha Juma said. Officers also took his laptop and two mobile phones.

Zanzibar's police commissioner, Hamadi Mussa, told reporters that Khamis was being [[e1|held]] on suspicion of incitement and "spreading false information likely to cause public alarm". He gave no further details.

The [[e1|arrest]] came four days after Khamis told a rally in Mwanakwerekwe that thousands of opposition supporters had been left off the electoral roll ahead of next year's local polls. The electoral commission has denied the claim.

The Umoja Party called on its members to [[e2|protest]] peacefully in Stone Town on Saturday. "They can lock up one man. They cannot lock up an island," Juma said.

Zanzibar, a semi-autonomous part of Tanzania with its own president and parliament, has a long history of disputed elections. Opposition parties rejected the results of the 2025 polls, and in 2024 police briefly detained two Umoja Party officials on the island of Pemba.

Rights groups, including Amnesty International, called for Khamis to be released or charged. The U.S. embassy in Dar es Salaam said it was following the case closely."""),
dict(id="a2", source="Zanzibar Courier", published="2026-04-05",
     title="Tear gas fired at Stone Town protest over Khamis detention",
     text="""Police fired tear gas on Saturday to break up a [[e2|protest]] by several hundred supporters of detained opposition leader Salum Khamis in Stone Town, witnesses said.

The [[e2|march]] set off from Darajani market shortly after midday prayers and headed toward the Malindi police station, where Khamis has been in [[e1|custody]] since Thursday. Riot police blocked the road near the port and fired canisters into the crowd when marchers refused to turn back.

Police said 14 people were detained for "unlawful assembly". Two people were treated in hospital for breathing problems, a doctor at Mnazi Mmoja Hospital said.

"We walked with our hands up. We were singing. Then the gas came," said Mwanaisha Ali, 34, a teacher who took part in the [[e2|rally]].

Police commissioner Hamadi Mussa said officers had acted "with restraint" against a [[e2|gathering]] that had not been authorised. He said Khamis would appear in court on Monday.

The U.S. embassy in Dar es Salaam said it was "deeply concerned" by the use of force and by the [[e1|detention]] of Khamis, and urged the authorities to respect freedom of assembly. The European Union delegation issued a similar message.

Traders in the old town, which depends heavily on tourism, pulled down their shutters as the gas drifted through the narrow lanes. Several hotels advised guests to stay inside until the evening.

Umoja Party officials said they were considering further action but would not call new demonstrations before Monday's hearing."""),
dict(id="a3", source="Global Affairs Wire", published="2026-04-10",
     title="U.S. bars Zanzibar police chiefs over crackdown",
     text="""WASHINGTON - The United States [[e3|imposed]] visa restrictions on Thursday on three senior Zanzibar police officers it accused of "undermining democracy" through the [[e1|arrest]] of opposition leader Salum Khamis and the violent dispersal of his supporters.

The State Department did not name the officers but said they included "the officials responsible" for the [[e1|detention]] of Khamis on April 2 and for the use of tear gas against a peaceful [[e2|demonstration]] in Stone Town two days later. Their immediate family members are also covered by the [[e3|restrictions]].

Tanzania's foreign ministry in Dodoma [[e5|rejected]] the [[e3|move]] within hours, calling it "unacceptable interference in the internal affairs of a sovereign state". In its [[e5|statement]], the ministry said the Zanzibar police had acted "within the law".

A British Foreign Office official said London would announce its own [[e4|sanctions]] "in the coming days", and the European Union said it was reviewing its budget support to Zanzibar.

Washington used similar visa bans against Tanzanian officials after the 2020 elections. Khamis was released on bail on Monday after a court in Vuga charged him with incitement, and his trial is set for June.

"It is a signal, not a solution," said Rashid Omar, a Tanzanian political analyst. "But the police commanders travel, and their children study abroad. They will feel it."

The Umoja Party welcomed the [[e3|decision]] and called for the officers to be removed from their posts."""),
dict(id="a4", source="Africa Policy Digest", published="2026-04-22",
     title="Zanzibar after the sanctions: a test for Dodoma",
     text="""ANALYSIS - Three weeks ago, few outside East Africa had heard of Salum Khamis. Since his [[e1|arrest]] on April 2, the Zanzibar opposition leader has become the subject of sanctions by two Western governments.

Events moved quickly. Two days after he was [[e1|taken]] from his home, police tear-gassed a [[e2|march]] by his supporters in Stone Town. The following Thursday, Washington [[e3|barred]] three police commanders from entering the United States, and Tanzania's foreign ministry [[e5|denounced]] the [[e3|decision]] the same evening as interference.

Britain went further four days later. On April 13 it [[e4|froze]] the British assets of Zanzibar's police commissioner, Hamadi Mussa, and banned him from travelling to the United Kingdom, the first time London has sanctioned a serving Tanzanian official.

Dodoma has so far said little about the British [[e4|measures]] beyond its earlier [[e5|protest]]. Officials in Stone Town insist the police acted lawfully, but diplomats say the mainland government is uncomfortable with the attention ahead of next year's local elections.

"The sanctions are aimed at Zanzibar, but the message is for Dodoma," said Neema Lyimo, a researcher at the University of Dar es Salaam. "The question is whether the government sees Khamis as a Zanzibar problem or a national one."

Khamis, out on bail, has returned to politics. He told supporters last weekend that he would not leave the islands, and that his trial in June would be "a trial of the electoral roll"."""),
]),
# ---------------------------------------------------------------------------- ob06
dict(story="ob06", topic="Madeira wildfire: two firefighters killed above Curral das Freiras, the state of calamity, Spanish rescEU planes, three residents killed near Camacha and a suspect arrested (Madeira; Portugal)", events=[
    dict(e="e1", type="casualties", date="2026-07-13", participants=["Câmara de Lobos volunteer firefighters"], location="Curral das Freiras"),
    dict(e="e2", type="support", date="2026-07-14", participants=["Spain", "European Union", "Madeira"], location="Madeira"),
    dict(e="e3", type="casualties", date="2026-07-15", participants=["residents of Camacha"], location="Camacha"),
    dict(e="e4", type="arrest", date="2026-07-17", participants=["Polícia Judiciária"], location="Câmara de Lobos"),
    dict(e="e5", type="statement", date="2026-07-13", participants=["Regional Government of Madeira"], location="Funchal"),
], tricky=[("e1", "e3", "two volunteer firefighters killed when flames trapped their vehicle above Curral das Freiras on Monday vs three residents killed when the fire reached the outskirts of Camacha on Wednesday; same fire, two days apart")],
note="The injured and evacuated, the 120 firefighters flown from Lisbon by the Portuguese air force, the Moroccan "
     "offer, the 2016 Funchal fires and their deaths, the 2024 fire, the court hearing of the suspect and the "
     "lifting of the state of calamity are side / background events. 'the death toll' / 'five dead' covering both "
     "casualties events are not marked; deaths are marked as casualties, the fire itself is not annotated.",
articles=[
dict(id="a1", source="Lusophone Wire", published="2026-07-14",
     title="Two firefighters die as wildfire spreads on Madeira",
     text="""FUNCHAL, Portugal - Two volunteer firefighters [[e1|died]] on Monday when flames trapped their vehicle on a mountain road above Curral das Freiras, on the Portuguese island of Madeira, where a wildfire has been burning for four days, regional officials said.

The men, aged 27 and 45, belonged to the volunteer fire brigade of Câmara de Lobos. Colleagues found their burnt-out truck late in the afternoon after losing radio contact with them, the regional civil protection service said.

"They went up that road because there were houses to save. They did not come back," the brigade's commander, Rui Gouveia, said, his voice breaking.

The regional government [[e5|declared]] a state of calamity on Monday night, giving the authorities power to close roads, requisition equipment and order evacuations. About 600 people have already left their homes in the hills around Funchal.

Strong, hot winds from the east have driven the flames across steep slopes of laurel forest and eucalyptus that ground crews struggle to reach. Portugal's prime minister said the government had asked for help through the European Union, and Spain will [[e2|send]] two Canadair water-bombing aircraft under the EU's rescEU scheme, expected on Tuesday.

Madeira has a history of deadly summer fires. In 2016, three people died when flames reached the edge of Funchal, and in 2024 a fire burned for almost two weeks in the island's mountainous interior.

Police said they were investigating whether the latest blaze had been started deliberately. It began on Thursday near Serra de Água."""),
dict(id="a2", source="Atlantic Islands Post", published="2026-07-16",
     title="Three residents killed as Madeira fire reaches Camacha",
     text="""Three people [[e3|were killed]] on Wednesday when a wall of flames driven by gusting wind swept into houses on the outskirts of Camacha, east of Funchal, the regional civil protection service said.

The victims, an elderly couple and their neighbour, were found in a house on a narrow lane that firefighters could not reach in time. The [[e3|deaths]] took the toll from the week-old fire to five.

Two volunteer firefighters from Câmara de Lobos [[e1|lost their lives]] on Monday above Curral das Freiras, on the other side of the mountain ridge.

The two Spanish Canadair aircraft that [[e2|arrived]] on Tuesday flew more than 40 water drops on Wednesday, but crews said smoke and wind kept them on the ground for much of the afternoon. The Portuguese air force has also flown in 120 firefighters from Lisbon.

"It came faster than a man can run," said Manuel Freitas, 63, who fled Camacha with his grandchildren as the fire crossed a gully behind the village.

The state of calamity that the regional government [[e5|announced]] on Monday remains in force. About 1,400 people are now out of their homes, and several roads in the east of the island are closed.

The regional health secretary said 17 people had been treated for burns or smoke inhalation since the weekend. Schools have been turned into shelters.

Meteorologists expect the wind to drop by Friday, which firefighters hope will allow them to contain the main front."""),
dict(id="a3", source="Southern Europe Press", published="2026-07-18",
     title="Portuguese police arrest suspect over deadly Madeira fire",
     text="""LISBON - Portuguese police [[e4|arrested]] a 41-year-old man on Friday on suspicion of starting the wildfire that has killed five people on the island of Madeira over the past week.

The Polícia Judiciária said the man, a farm labourer, was [[e4|detained]] at his home in Câmara de Lobos after witnesses reported seeing him near the spot where the fire began, near Serra de Água, on July 9. Investigators found a lighter and fuel residue in his van, the police said.

He is due to appear before a judge in Funchal on Saturday.

The fire has burned about 7,000 hectares of forest and farmland. Its deadliest days came this week: two volunteer firefighters were [[e1|killed]] on Monday when their truck was trapped by flames above Curral das Freiras, and on Wednesday three residents [[e3|died]] in a house near Camacha.

Firefighters said on Friday that the main front was under control for the first time, helped by lighter winds and by the two Canadair planes that Spain [[e2|sent]] under the EU's rescEU mechanism. Morocco had also offered aircraft.

Madeira's regional president said the island would need months to recover. He has asked Lisbon for emergency funds for farmers and for families who lost homes.

Police said the suspect had no previous convictions for arson. In the 2016 fires near Funchal, two men were later convicted of starting blazes."""),
dict(id="a4", source="Island Review", published="2026-07-31",
     title="After the fire: what Madeira's worst week says about the next one",
     text="""ANALYSIS - Two weeks after the fire that swept through Madeira's mountains, the island is counting what it lost: five lives, about 7,300 hectares, more than 40 homes.

The deaths came in two separate moments. On July 13, the fifth day of the fire, two volunteer firefighters [[e1|perished]] in their truck on the road above Curral das Freiras. That night the regional government [[e5|declared]] a state of calamity. Two days later, on the other side of the ridge, flames driven by an east wind reached Camacha and [[e3|killed]] an elderly couple and their neighbour.

In between, the first outside help [[e2|landed]]: two Spanish Canadair planes flown in under the EU's rescEU scheme the day after the firefighters' [[e1|deaths]].

Police [[e4|arrested]] a farm labourer in Câmara de Lobos four days after the Camacha [[e3|deaths]]. He has been charged with arson and remains in [[e4|custody]].

Fire experts say the bigger problem is the landscape. Eucalyptus and invasive acacia have spread across abandoned farm terraces, and fewer people live in the hills to clear them.

"We keep asking who lit the match," said Helena Abreu, a forest engineer at the University of Madeira. "We should also ask why there was so much to burn."

The regional government lifted the state of calamity on Tuesday and has promised a plan to clear firebreaks before next summer. Volunteer brigades say they need more trucks that can survive being caught by flames."""),
]),
# ---------------------------------------------------------------------------- ob07
dict(story="ob07", topic="attacks on villages in Plateau State: gunmen raid Hurti in Bokkos and Jannaret in Mangu three days apart, army reinforcements, a women's march in Jos and eleven arrests (Plateau State; Nigeria)", events=[
    dict(e="e1", type="attack", date="2026-01-10", participants=["gunmen", "Hurti villagers"], location="Hurti"),
    dict(e="e2", type="attack", date="2026-01-13", participants=["gunmen", "Jannaret villagers"], location="Jannaret"),
    dict(e="e3", type="deployment", date="2026-01-14", participants=["Nigerian Army", "Operation Safe Haven"], location="Bokkos"),
    dict(e="e4", type="arrest", date="2026-01-16", participants=["Plateau State Police Command"], location="Bokkos"),
    dict(e="e5", type="protest", date="2026-01-15", participants=["Plateau women's groups"], location="Jos"),
], tricky=[("e1", "e2", "the night raid on Hurti in Bokkos on Saturday January 10 vs the attack on Jannaret in neighbouring Mangu three days later; same kind of gunmen, same area")],
note="The deaths and burnt homes are part of the attacks and are not marked separately (the raids are the gold "
     "events); the 2023 Christmas attacks in Bokkos and the arrests after them, the governor's curfew, statement and "
     "visit, the police spokesman's confirmation, the burials, the reprisal attacks on herders, the police raids on "
     "hideouts (part of the arrests), the relief materials from the state emergency agency and the charges are side / "
     "background events. 'The two attacks that shook Plateau State' covering both attacks and the generic 'Arrests "
     "after a massacre are now routine' are not marked.",
articles=[
dict(id="a1", source="West Africa Newsdesk", published="2026-01-11",
     title="Gunmen kill at least 17 in Plateau village raid",
     text="""JOS, Nigeria - Gunmen [[e1|attacked]] the farming village of Hurti in Plateau State's Bokkos district late on Saturday, killing at least 17 people and setting fire to dozens of homes, local officials and residents said.

The [[e1|raid]] began at around 10 p.m., when armed men arrived on motorcycles and began shooting into houses, survivors said. Many villagers fled into the surrounding hills and returned on Sunday morning to find bodies in the streets.

"They came shouting, and they stayed for two hours. I hid with my children in a maize store until they left," said Rhoda Danjuma, 38, who lost her husband and a brother.

A police spokesman in Jos, Alfred Bako, confirmed the [[e1|attack]] and said officers had been sent to the area. He did not say who was responsible.

Local leaders blamed armed herders, whom they accuse of trying to drive farming communities off their land. Herder groups deny the charge and say their own members have been killed in reprisal attacks.

Bokkos was the scene of a wave of killings at Christmas 2023, when gunmen attacked more than a dozen villages over two days and close to 200 people died. Violence between farmers and herders in Nigeria's Middle Belt has killed thousands over the past decade.

Plateau State's governor ordered a dusk-to-dawn curfew in Bokkos on Sunday and called for calm. "The perpetrators will be found," he said in a statement.

The Red Cross said it had taken eleven wounded people to a hospital in Bokkos town."""),
dict(id="a2", source="Middle Belt Herald", published="2026-01-14",
     title="Second village attacked as Plateau violence spreads to Mangu",
     text="""Gunmen [[e2|struck]] the village of Jannaret in Plateau State's Mangu district on Tuesday evening, killing at least nine people, three days after the [[e1|massacre]] at Hurti in neighbouring Bokkos.

Residents said the attackers came from the direction of the forest reserve shortly after sunset and set fire to a church. "We heard about Hurti and we thought we were far enough away," said village head Pam Gyang. "We were not."

The death toll at Hurti has risen to 23, officials said on Tuesday, after more bodies were found in the bush around the village. Mass burials were held there on Monday.

The army said it would [[e3|deploy]] an extra battalion to Bokkos and Mangu from Wednesday to reinforce Operation Safe Haven, the military task force that has been responsible for security in the state since 2010. A spokesman, Major Ibrahim Sadiq, said the soldiers would set up bases in the worst-hit villages.

Women's groups in Jos said they would [[e5|march]] through the state capital on Thursday to demand protection for rural communities. "Our children are being buried every week," said organiser Naomi Dung.

Plateau's governor visited Hurti on Monday and promised to rebuild destroyed homes. Residents of Jannaret said no official had yet come to their village after Tuesday's [[e2|attack]].

Herders' associations condemned the [[e2|violence]] and called for an investigation, saying their members in Mangu had also been targeted in recent weeks."""),
dict(id="a3", source="Lagos Morning Post", published="2026-01-17",
     title="Police arrest 11 over Plateau killings as troops arrive",
     text="""Police in Plateau State said on Friday they had [[e4|arrested]] eleven men in connection with the [[e1|attack]] on Hurti village in Bokkos district last Saturday, as soldiers patrolled the area.

The suspects, aged between 19 and 45, were [[e4|picked up]] in a series of raids on hideouts in the forest south of Bokkos, police commissioner Aminu Lawal told reporters in Jos. Officers recovered four rifles, a pump-action shotgun and more than 300 rounds of ammunition, he said.

Lawal said the police had not yet established whether the same group carried out the [[e2|assault]] on Jannaret in Mangu on Tuesday, in which nine people died.

Soldiers of the extra battalion [[e3|arrived]] in Bokkos on Wednesday and have set up checkpoints on the main roads into Mangu, the army said.

On Thursday, hundreds of women dressed in black [[e5|marched]] through central Jos to the Government House, carrying placards that read "Stop the killings" and "Our farms are graves". The [[e5|procession]] was peaceful.

"We are tired of counting the dead," said one of the marchers, Esther Pwajok, who said she had lost three relatives at Hurti.

The state emergency management agency said it had delivered food, blankets and mats to about 2,000 people displaced from the two villages. Many are staying in schools and churches in Bokkos town.

The suspects will be charged in court next week, the police said."""),
dict(id="a4", source="Nigeria Security Monitor", published="2026-01-29",
     title="Hurti and Jannaret: a familiar pattern in Plateau",
     text="""ANALYSIS - The two attacks that shook Plateau State this month followed a pattern that residents of its farming districts know well.

The first came on the night of January 10, when gunmen on motorcycles [[e1|overran]] Hurti in Bokkos district. The toll from that [[e1|raid]] has since risen to 26. Three days later, a second group [[e2|hit]] Jannaret in Mangu, killing nine.

The official response followed the usual script. The army [[e3|sent]] an extra battalion the day after the Jannaret [[e2|attack]]. A day later, women in black [[e5|took to the streets]] of Jos to demand protection. And on January 16 the police announced they had [[e4|detained]] eleven suspects, all of them linked by investigators to the Hurti [[e1|killings]], not to Jannaret.

"Arrests after a massacre are now routine. Convictions are not," said Daniel Choji, a security researcher in Jos. "Of the hundreds of people picked up after the Christmas 2023 attacks, only a handful have been tried."

Local leaders say the soldiers are welcome but came too late. Many families from both villages have not returned to their farms, and planting for the next season is due to begin in April.

The eleven men [[e4|held]] since mid-January have been charged with murder and arson. Their lawyer says some of them were herders [[e4|arrested]] at random.

Jannaret's residents, meanwhile, say nobody has yet been arrested for the [[e2|killings]] in their village."""),
]),
# ---------------------------------------------------------------------------- ob08
dict(story="ob08", topic="Sudanese refugees in eastern Chad: a UNHCR report on arrivals at Adré, an EU emergency grant, a Qatari airlift to Abéché, residents' protest over water in Adré and a donors' meeting in N'Djamena (Adré, Abéché, Brussels, N'Djamena; Chad - Sudan)", events=[
    dict(e="e1", type="report", date="2026-09-01", participants=["UNHCR"], location="Geneva"),
    dict(e="e2", type="support", date="2026-09-03", participants=["European Union", "Chad"], location="Brussels"),
    dict(e="e3", type="support", date="2026-09-05", participants=["Qatar", "Chad"], location="Abéché"),
    dict(e="e4", type="protest", date="2026-09-08", participants=["Adré residents"], location="Adré"),
    dict(e="e5", type="meeting", date="2026-09-10", participants=["Chad", "UNHCR", "European Union", "donors"], location="N'Djamena"),
], tricky=[("e2", "e3", "the European Union's 25 million euro emergency grant announced in Brussels on Thursday vs the Qatari cargo plane of tents and medicine that landed in Abéché two days later; both aid for the same refugees")],
note="The fighting in West Darfur and the attacks on villages around El Geneina, the 2003 and 2023 refugee waves, "
     "WFP's ration cuts and warnings, Britain's earlier pledge, the trucks from Abéché to Adré, "
     "the pledges announced at the donors' meeting and the cholera cases are side / background events. The prefect's "
     "promise of boreholes and the EU commissioner's statement are not marked.",
articles=[
dict(id="a1", source="Savannah News Agency", published="2026-09-02",
     title="Record number of Sudanese refugees cross into Chad, UN says",
     text="""ADRÉ, Chad - More than 42,000 people fleeing fighting in Sudan's West Darfur state crossed into eastern Chad in August, the highest monthly figure in two years, the UN refugee agency [[e1|reported]] on Tuesday.

Most arrived through the border town of Adré, where makeshift shelters of branches and plastic sheeting now stretch for several kilometres along the wadi. Nine in ten of the new arrivals are women and children.

The [[e1|report]] said many refugees described attacks on their villages around El Geneina and on the roads leading to the border, and that about one in five children screened at the frontier was acutely malnourished.

"People are arriving with nothing," said Claire Mbaye, UNHCR's emergency coordinator in Adré. "The camps are already full. We are running out of everything."

The World Food Programme warned last month that it would have to cut rations for refugees in Chad by a third from October unless new money arrived. The European Commission is expected to announce emergency [[e2|funding]] later this week, diplomats in N'Djamena said.

Chad has taken in Sudanese refugees since the Darfur war of 2003, and more than a million have crossed since fighting broke out in Sudan in April 2023. The eastern provinces of Ouaddaï and Wadi Fira, among the poorest in the country, now host more refugees than local residents in some districts.

Adré itself has grown from about 40,000 people to more than 200,000 in three years, straining its few boreholes."""),
dict(id="a2", source="Humanitarian Desk", published="2026-09-04",
     title="EU pledges 25 million euros for Sudanese refugees in Chad",
     text="""BRUSSELS - The European Union [[e2|pledged]] 25 million euros in emergency aid on Thursday for Sudanese refugees in eastern Chad, days after the UN [[e1|warned]] that arrivals at the border had reached their highest level in two years.

The money will pay for food, clean water, shelter and health care in camps around Adré and Farchana, the European Commission said. About half will go to the World Food Programme, which has said it may have to cut rations.

"The people crossing into Chad have already lost everything once. We cannot let them lose everything twice," the commissioner for crisis management said in a statement announcing the [[e2|grant]].

UNHCR's [[e1|report]], released on Tuesday, counted nearly 43,000 arrivals in August, most of them women and children from West Darfur.

Qatar is due to [[e3|fly]] 60 tonnes of tents, blankets and medical supplies to the eastern city of Abéché on Saturday, the Qatari embassy in N'Djamena said. From there, the cargo will be trucked about 170 kilometres to Adré.

Aid groups welcomed the EU's [[e2|package]] but said it would not close the gap. The UN's appeal for Sudanese refugees in Chad this year is less than a third funded, according to UN figures.

"Twenty-five million is significant, but the need is measured in hundreds of millions," said Hassan Oumar of the Chadian Red Crescent.

Britain announced 8 million pounds for the same refugees in July."""),
dict(id="a3", source="Chad Daily Courier", published="2026-09-09",
     title="Adré residents protest over water as refugee numbers swell",
     text="""Hundreds of residents of Adré [[e4|protested]] on Tuesday outside the office of the prefect, saying that the arrival of tens of thousands of Sudanese refugees had left the town's taps and wells dry.

The demonstrators, many of them women carrying empty jerrycans, [[e4|blocked]] the main road to the border crossing for about three hours. Police kept watch but did not intervene, witnesses said. The [[e4|demonstration]] ended after the prefect promised that new boreholes would be drilled within a month.

"We welcomed our brothers from Sudan. But now a jerrycan of water costs five times what it did last year," said Achta Mahamat, 42, a trader.

Aid is arriving. A Qatari cargo plane [[e3|landed]] in Abéché on Saturday with 58 tonnes of tents and medicines, and trucks carrying the supplies reached Adré on Monday. The EU's 25 million euro [[e2|grant]], announced last Thursday, will begin to reach the camps next month, officials said.

Government ministers, UN agencies and donor countries are to [[e5|meet]] in N'Djamena on Thursday to discuss support for the east. Chad's minister for humanitarian action, Fatimé Adoum, said she would ask donors to fund water and schools for host communities as well as refugees.

Health workers reported a rise in cases of watery diarrhoea in the camps last week and warned that cholera could follow if water supplies did not improve."""),
dict(id="a4", source="Aid & Policy Review", published="2026-09-22",
     title="Chad's east: the money came, the water did not",
     text="""ANALYSIS - When ministers and donors [[e5|gathered]] in N'Djamena on September 10, they had a stark set of numbers in front of them. UNHCR had counted more than 42,000 new arrivals from Darfur in August alone, in a [[e1|report]] published nine days earlier.

The response in between had been fast by humanitarian standards. Two days after the [[e1|report]], Brussels [[e2|announced]] 25 million euros. Two days after that, a Qatari plane [[e3|touched down]] in Abéché with tents and medicines.

But residents of Adré had their own message. On September 8, the Tuesday before the [[e5|conference]], hundreds of women with empty jerrycans [[e4|blocked]] the road to the border to protest against the water shortage that the refugee influx has made worse.

The [[e5|meeting]] took note. Donors pledged about 140 million dollars, and for the first time a share was set aside explicitly for host communities: new boreholes in Adré, school classrooms, and a health centre for the town.

"The Adré [[e4|protest]] was a warning," said Moussa Idriss, a researcher at the University of N'Djamena. "If host towns turn against the refugees, the whole system in the east breaks down."

Two weeks on, the boreholes have not been drilled. Arrivals continue at about a thousand a day, according to UNHCR, and the rainy season has turned the tracks between Adré and the camps into mud.

The first EU-funded food deliveries are due at the end of the month."""),
]),
# ---------------------------------------------------------------------------- ob09
dict(story="ob09", topic="Montevideo water crisis: a university report on salty tap water, a march on OSE headquarters, the government's water emergency, a sit-in at the Aguas Corrientes plant and an IDB loan for the Casupá reservoir (Montevideo and Aguas Corrientes; Uruguay)", events=[
    dict(e="e1", type="report", date="2026-02-16", participants=["University of the Republic"], location="Montevideo"),
    dict(e="e2", type="protest", date="2026-02-19", participants=["consumer groups", "residents of Montevideo"], location="Montevideo"),
    dict(e="e3", type="statement", date="2026-02-19", participants=["Uruguay"], location="Montevideo"),
    dict(e="e4", type="protest", date="2026-02-23", participants=["residents of Aguas Corrientes"], location="Aguas Corrientes"),
    dict(e="e5", type="support", date="2026-02-26", participants=["Inter-American Development Bank", "Uruguay"], location="Washington"),
], tricky=[("e2", "e4", "the march of several thousand people to OSE's headquarters in Montevideo on Thursday vs the residents' sit-in blocking the access road to the Aguas Corrientes treatment plant four days later; same water crisis")],
note="The 2023 drought and water crisis and the promise of a reservoir, OSE's reply, the health ministry's "
     "advice, the presidency spokeswoman's press conference, the opposition senator's and the Canelones mayor's "
     "remarks, the OSE president's meeting with the residents, the rains and the start of construction are side / "
     "background events.",
articles=[
dict(id="a1", source="Río de la Plata Wire", published="2026-02-17",
     title="Montevideo tap water too salty, university study finds",
     text="""MONTEVIDEO - Tap water in Montevideo contains levels of sodium and chlorides well above Uruguay's drinking-water limits, the University of the Republic's Faculty of Chemistry said in a [[e1|report]] released on Monday, as a summer drought pushes seawater from the River Plate up the Santa Lucía River.

The [[e1|study]], based on 140 samples taken from homes and schools in 12 neighbourhoods over three weeks, found sodium concentrations of up to 440 milligrams per litre, more than twice the recommended maximum, and high levels of disinfection by-products.

"This water should not be drunk by people with high blood pressure, pregnant women or babies," said the chemist who led the work, Professor Valeria Sosa.

The state water company OSE said it was mixing fresher water from the Paso Severino reservoir with salty intake from the river to keep supplies flowing, and that the water remained "safe for most uses". The health ministry advised vulnerable groups to drink bottled water.

Consumer groups called a [[e2|march]] on OSE's headquarters for Thursday, demanding free bottled water for poor households and a timetable for a second reservoir. "Three years after the last crisis, nothing has been built," said Laura Pereira of the Uruguayan consumers' league.

In 2023, a historic drought forced OSE to mix salty water into Montevideo's supply for more than two months, and the government promised a new reservoir on the Casupá stream. Work on it has not yet begun.

Paso Severino was at 19 percent of capacity on Monday, OSE said."""),
dict(id="a2", source="Montevideo Ledger", published="2026-02-20",
     title="Thousands march on OSE as government declares water emergency",
     text="""Several thousand people [[e2|marched]] through central Montevideo to the headquarters of the state water company OSE on Thursday, carrying plastic bottles filled with brown water and chanting "We want water, not excuses".

Organisers put the crowd at 10,000; police estimated 4,000. The [[e2|march]] set off from the Plaza Independencia in the late afternoon and ended peacefully outside OSE's offices on Carlos Roxlo street.

Hours later, the government [[e3|declared]] a national water emergency for Montevideo and its metropolitan area. The [[e3|decree]] exempts bottled water from tax, orders OSE to hand out free water to about 200,000 low-income households, and speeds up tenders for new works.

"We have heard the people, and we have heard the scientists," the presidency's spokeswoman, Carolina Núñez, said at a press conference late on Thursday, referring to Monday's university [[e1|study]] on sodium in tap water.

Opposition lawmakers said the [[e3|announcement]] came too late. "The government waited for a crisis before acting," said senator Andrés Bianchi.

The water in some neighbourhoods now tastes noticeably salty, residents say. Supermarkets in Pocitos and Malvín ran short of bottled water on Wednesday, and several pharmacies limited sales to six litres per customer.

OSE's president, Martín Ferrer, said supplies would improve only when rain returned to the Santa Lucía basin. Meteorologists do not expect significant rainfall before early March."""),
dict(id="a3", source="Andes & Plata Agency", published="2026-02-24",
     title="Residents block access to Uruguay's main water plant",
     text="""AGUAS CORRIENTES, Uruguay - Residents of the town that hosts Uruguay's main water treatment plant [[e4|blocked]] the access road to the facility on Monday, saying their own homes had been left with salty water while Montevideo got priority.

About 300 people [[e4|camped]] behind a barricade of tyres at the gate to the Aguas Corrientes plant, which supplies more than half of the country's population. Tanker trucks carrying chemicals were turned back, but the plant continued to operate, OSE said.

"We live next to the plant, and we drink the worst water in the country," said Jorge Méndez, 58, one of the organisers of the [[e4|sit-in]]. "When Montevideo shouts, the government listens. We want the same."

The [[e4|protest]] came four days after several thousand people [[e2|marched]] on OSE's headquarters in the capital, prompting the government to [[e3|declare]] a water emergency that evening.

The mayor of Canelones department said he understood the residents' anger but asked them not to block deliveries that keep the water safe.

The government, meanwhile, hopes to move on the long-delayed Casupá reservoir. The Inter-American Development Bank's board is expected to [[e5|approve]] a 150 million dollar loan for the project on Thursday, the economy ministry said.

OSE's president, Martín Ferrer, was due to meet the Aguas Corrientes residents on Tuesday. Police said they had no plans to remove the tents."""),
dict(id="a4", source="Water & Cities Review", published="2026-03-10",
     title="Montevideo's salty summer: ten days that forced a reservoir",
     text="""ANALYSIS - The rain came back to the Santa Lucía basin last week, and Montevideo's tap water is slowly losing its salty taste. But February's crisis has already changed the politics of water in Uruguay.

It began with a university [[e1|report]] on February 16 showing sodium levels more than twice the recommended limit. Three days later, thousands of people [[e2|marched]] on the water company's headquarters, and the government [[e3|declared]] a water emergency that night.

The following Monday brought a different kind of [[e4|protest]]. Residents of Aguas Corrientes, the town beside the country's main treatment plant, [[e4|camped]] at its gate for two days, arguing that the capital had been served first.

Three days after that, the Inter-American Development Bank [[e5|approved]] a 150 million dollar loan for the Casupá reservoir, a project first promised during the 2023 drought and never started.

"Uruguay builds water infrastructure only when the water runs out," said Sofía Rodríguez, a hydrologist at the University of the Republic. "This time the pressure came from below, and from the chemists."

The IDB [[e5|financing]] covers about two thirds of the reservoir's cost. The government says construction will start in July and take three years.

Critics say the reservoir alone will not stop the next crisis. Agricultural runoff and a shrinking river mean Montevideo will need to cut leaks, which lose almost half of the water OSE treats, and to find a second source beyond the Santa Lucía."""),
]),
# ---------------------------------------------------------------------------- ob10
dict(story="ob10", topic="Rohingya boat in Aceh: villagers block a landing in Pidie, a UNHCR appeal, three Rohingya crew members arrested in Sigli, an Acehnese fixer detained in Lhokseumawe and the regent's deadline to move the refugees (Pidie and Lhokseumawe; Indonesia)", events=[
    dict(e="e1", type="protest", date="2026-11-15", participants=["villagers of Ujong Pie"], location="Pidie"),
    dict(e="e2", type="statement", date="2026-11-16", participants=["UNHCR"], location="Jakarta"),
    dict(e="e3", type="arrest", date="2026-11-17", participants=["Aceh Police", "Rohingya crew members"], location="Sigli"),
    dict(e="e4", type="arrest", date="2026-11-20", participants=["Aceh Police", "Acehnese fixer"], location="Lhokseumawe"),
    dict(e="e5", type="deadline", date="2026-11-23", participants=["Pidie regency", "UNHCR", "IOM"], location="Sigli"),
], tricky=[("e3", "e4", "police arresting the boat's captain and two crew members in Sigli on Tuesday vs police detaining an Acehnese man in Lhokseumawe three days later for arranging the landing; same boat, same smuggling case")],
note="The landing itself, the voyage from Cox's Bazar and the deaths at sea, the 2023 landings and the storming of a "
     "shelter in Banda Aceh, UNHCR's first expression of concern on Sunday, the regent's and the lawyer's remarks, the "
     "police spokesman's account, the food handed out by aid groups, the refugees' move to Lhokseumawe, the 2016 "
     "Indonesian regulation and the provincial government's and Jakarta's positions are side / background events. "
     "'It was the second arrest linked to the boat' is a predicate nominal, and 'Then came the arrests' covers both "
     "arrests; neither is marked.",
articles=[
dict(id="a1", source="Archipelago Wire", published="2026-11-16",
     title="Aceh villagers block Rohingya boat from landing",
     text="""BANDA ACEH, Indonesia - Hundreds of villagers in Aceh's Pidie district [[e1|blocked]] a beach on Sunday to stop about 150 Rohingya refugees from coming ashore, leaving a crowded wooden boat anchored a few hundred metres off the coast, local officials said.

Residents of the fishing village of Ujong Pie [[e1|formed a line]] along the shore and shouted at the passengers to leave, and some waded into the water to push back a smaller boat that tried to bring a group of women to land, witnesses said.

"We have helped them before. Now there are too many, and the government gives us nothing," said village head Teuku Hamdani, who took part in the [[e1|protest]].

The boat left the Kutupalong camps near Cox's Bazar in Bangladesh about three weeks ago, according to passengers who spoke to fishermen. At least three people died during the voyage and were buried at sea, they said.

The UN refugee agency said it was "very concerned" about the passengers, many of them women and children, and was talking to local authorities.

Aceh has received thousands of Rohingya in boats since late 2023. Sympathy in the province, where fishermen long saw rescuing people at sea as a duty, has worn thin. In December 2023, students stormed a shelter in Banda Aceh and forced refugees onto trucks.

Pidie police said officers were at the beach to prevent violence and were waiting for instructions from the district government on whether the refugees could land."""),
dict(id="a2", source="Jakarta Evening Herald", published="2026-11-18",
     title="Police arrest three Rohingya crew after Aceh landing",
     text="""Police in Aceh [[e3|arrested]] three Rohingya men on Tuesday on suspicion of people smuggling, a day after about 150 refugees were allowed off a boat that had been kept offshore in Pidie district.

The men, said by police to be the boat's captain and two crew members, were [[e3|detained]] at a sports hall in Sigli, the district capital, where the refugees are being housed. Police said each passenger had paid between 20 and 30 million rupiah for the voyage from Bangladesh.

The refugees came ashore on Monday evening after the UN refugee agency [[e2|appealed]] to the authorities to let them land on humanitarian grounds. In its [[e2|statement]], issued in Jakarta on Monday morning, UNHCR said the passengers included 64 children and several people who needed urgent medical care.

Villagers had [[e1|protested]] on the beach on Sunday, and some stayed at the shore until the boat was towed to Sigli harbour.

Pidie's regent, Muslim Razali, said the district could not look after the group for long. On Tuesday he set a [[e5|deadline]] of next Monday for UNHCR and the International Organization for Migration to move the refugees out of the sports hall, which is needed for a regional football tournament.

"We are not heartless. But this is not our responsibility alone," he said.

Indonesia is not a party to the 1951 Refugee Convention, but a 2016 presidential regulation requires local authorities to assist refugees found at sea. Aid groups handed out food and blankets at the hall on Tuesday."""),
dict(id="a3", source="Malacca Strait Post", published="2026-11-21",
     title="Indonesian man held in Lhokseumawe over Rohingya boat",
     text="""LHOKSEUMAWE, Indonesia - Indonesian police [[e4|detained]] a local man in Lhokseumawe on Friday on suspicion of arranging the landing of a boat carrying about 150 Rohingya refugees in Aceh's Pidie district last weekend.

It was the second arrest linked to the boat. Aceh police spokesman Joko Prasetyo said the 39-year-old man had received money from a contact in Malaysia to guide the vessel toward the Acehnese coast and organise transport for some passengers onward to Medan.

The three Rohingya crew members [[e3|held]] in Sigli since Tuesday have told investigators that they were paid to steer the boat and were not the organisers, according to their lawyer, Rina Marlina. "They are refugees themselves," she said.

Aid agencies are racing to meet the regent of Pidie's Monday [[e5|deadline]] to move the refugees out of the Sigli sports hall. IOM said it hoped to transfer the group to a former immigration facility in Lhokseumawe over the weekend.

UNHCR, which [[e2|urged]] Indonesia on Monday to let the boat land, said it welcomed the decision but that a longer-term solution was needed for the hundreds of Rohingya who now arrive in Aceh every year.

Residents of Ujong Pie, where villagers [[e1|turned back]] the boat last Sunday, said they did not want another landing. "We are fishermen, not a camp," one said.

The man [[e4|arrested]] in Lhokseumawe faces up to 15 years in prison if convicted of people smuggling, police said."""),
dict(id="a4", source="Asia Migration Review", published="2026-12-04",
     title="Pidie's boat: three weeks on, the same questions",
     text="""ANALYSIS - The refugees from the boat that was kept off the beach in Pidie now sleep on mats in a former immigration building in Lhokseumawe. They were moved there on November 22, the day before the regent's [[e5|deadline]] ran out.

Their arrival in Aceh followed a now familiar sequence. On November 15, residents of Ujong Pie [[e1|formed a human chain]] on the beach to keep the boat at sea. The next morning, UNHCR [[e2|called on]] Indonesia to let the passengers land, and they came ashore that evening.

Then came the arrests. Police [[e3|detained]] the captain and two crew members in Sigli on November 17, and three days later [[e4|picked up]] an Acehnese fixer in Lhokseumawe whom they accuse of arranging the landing and onward trips to Medan.

Rights groups say the pattern, in which crew members are prosecuted while organisers in Bangladesh and Malaysia go untouched, is common across the region. "The people in Aceh's jails are the last link in the chain, not the first," said Nurul Fadhilah of the Jakarta-based Migrant Care Institute.

The regent's six-day [[e5|ultimatum]] has drawn criticism from aid groups, who say it pushed them to move people before a proper site was ready. Water at the Lhokseumawe building is still trucked in daily.

Aceh's provincial government says it wants Jakarta to take over responsibility for refugees. Jakarta says that, under the 2016 regulation, the job belongs to local authorities. Meanwhile, fishermen along the coast report more boats on the horizon."""),
]),
]
