"""Source of ../stories_dev15/articles.jsonl and ../stories_dev15/gold.jsonl.

FIFTEENTH DEVELOPMENT story set (stories_dev15) for the cross-article deduplication benchmark.
It was written blind: without running the timeline extractor, the `timeline` command or any
benchmark on these texts, and without reading the system's code, extraction or clustering
rules, word lists, benchmarks or tests; only the format of the earlier sets was consulted
(build_stories.py, validate.py's check_stories, the docstring and first two stories of
stories_dev13_spec, the topic lists in tests/gold/README.md, DATASETS.md section 2).  It
leans on crises on the ground: accidents and disasters with deaths, militant attacks, arrests
and a handover, protests and blockades, relief, inquiry reports, a court deadline, local
elections, and the statements and meetings around them.

All articles are fiction written for this data set (invented outlets, people, companies, a
bus operator, a factory, a ship, a coal company, parties and events; real places and
institutions).  Event mentions are marked inline as [[eN|trigger]]; build_stories.py strips
the markers, computes character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev15_spec \
        --out tests/gold/stories_dev15

10 stories (f01..f10), each of 5 gold events with one tricky pair (two different events of
the same type that must not be merged), told by 3 or 4 articles (35 in all, 206-250 words)
from different outlets published on different days over one to three weeks.  The outlets
differ in kind: a short agency item on the day, a longer follow-up with background, an
analysis with quotes, a local paper's piece written days later that retells earlier events
with relative dates.  Tolls change between articles (14, 19, 21 dead in a bus crash; four then
seven drowned; 17, 23, 24, 26 dead in a factory fire; two, four, five dead in a landslide
wave; five, six, seven miners; 11, 18, 22 flood deaths).

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included: a meeting "due" on Tuesday, a march
"called" for next Thursday, a committee told to "report" within ten days, a ship that "would
reach" the settlement, soldiers who "would fly" at the weekend, scientists who "expect to
publish", marines "would be sent", a police chief who "will travel" to discuss a "handover",
a meeting "agreed" for next week, troops the government is "preparing to send", an EU flight
that "would bring" relief), and background / side events are deliberately left unmarked, even
when they have the same type as a gold event (the crash, the capsize, the fire, the
landslide, the explosion and the dike breach themselves; injuries; rescues and searches; the
homicide charge against the driver; the suspension of the bus operator; Costa Rica's buses to
the border; talks planned for next month; the June 2014 Mpeketoni raids; the Boni forest
operation since 2015; the Interior Cabinet Secretary's and the county commissioner's remarks;
soldiers to be stationed at Bodhei; the Dhaka court's remand order; the manufacturers'
association suspending the factory; the 2012 Tazreen fire; Greenland's emergency cabinet
meeting; the evacuation of Saattut; Denmark's promise to put up the same amount again; the
2017 Nuugaatsiaq wave; the police tear gas and eleven detentions at the Bangui march; the
opposition's complaint and the Constitutional Court's annulment of October 23; the 1988
local elections; the crew's return fire on the Mekong; the Lao foreign ministry's statement;
the suspect's 2019 warrant and the charges in Chiang Rai; the 2011 killing of 13 Chinese
sailors; the prosecutors' investigation, the court's custody decision and the inspectorate's
fine at Lupeni; the energy minister's visit; the 2008 Petrila explosion; the cattle theft, the
Gambella funeral, the Ethiopian troops' pull-back to the border and the April 2016 raid; the
handover of children planned at Akobo; the residents' petition, the court's hearings and its
order of July 16 as such; the plan submitted on July 31; the compensation payments; earlier
landfill blockades; the Chadian communications minister's remarks; the government's promise of
land; the second EU flight; the 2022 and 2024 floods).

Not marked, as the guidelines say:
  * aggregate mentions covering two gold events ("Together the two attacks have killed twelve
    people", "both reports", "the UN and EU money together", "Relief has arrived");
  * negated or hypothetical mentions ("No group had claimed the attack", "a new vote would have
    to be held" before the court ruled, the residents' threat to stop the trucks "unless" their
    demands were met, the lawyer who "would ask the court to order" a plan, "rather than a
    formal extradition", "Thailand has no extradition treaty", "there were no attacks", "Nobody
    has been charged over the boat");
  * noun modifiers ("election day") and generic mentions ("every ten years we hold a meeting",
    "They do not stop the next raid", "Lamu has been attacked repeatedly");
  * titles.

Type conventions used here (the type list has no better fit):
  * deaths in a bus crash and in a boat capsize four days later (a tricky pair), in a factory
    fire, in a landslide wave, in a methane explosion and in a river flood are `casualties`
    events, one per accident, dated to the accident; only words for the deaths ("killed",
    "died", "drowned", "deaths", "death toll") are mentions, and within one sentence only one;
  * an ambush on a bus and a raid on a police post five days later (a tricky pair), an attack
    on a polling station, gunmen firing on a navy patrol boat and a cross-border raid with
    abductions are `attack` events; in these stories the deaths are part of the attack and
    words for them are not marked (there is no casualties event in f02, f05, f06 or f08);
    sub-acts of the attack in their own clause ("opened fire", "came under fire", "struck",
    "targeted", "burned"/"set fire to" ballot boxes, "abducted") are marked as the attack;
  * paramilitary police sent to Lamu, a navy inspection ship and army engineers flown in five
    days later (a tricky pair), marines sent to Chiang Saen and Ethiopian troops crossing into
    South Sudan are `deployment` events;
  * the arrests of a bus driver, a factory owner and a mine director are `arrest` events, and
    so are a suspect's arrest in Laos and his handover to Thai police a week later (a tricky
    pair);
  * a highway blockade the day after a fire and a march in the capital a week later (a tricky
    pair), a roadblock in Mpeketoni, an opposition march, a miners' march, a landfill-road
    blockade (dated to its first day) and a bridge sit-in are `protest` events;
  * an inquiry committee's report, an observer mission's report, a geological survey's report
    and a mine-safety institute's preliminary report and a labour inspectorate's report a week
    later (a tricky pair) are `report` events ("report", "findings", "assessment",
    "conclusions", "verdict", "document", "publish");
  * a municipal election and a court-ordered rerun three weeks later (a tricky pair) are
    `election` events;
  * talks between ministers in Juba and a community peace conference in Pibor five days later
    (a tricky pair), a Panama-Costa Rica border meeting, police chiefs' talks in Vientiane and
    failed talks at a ministry in Kathmandu are `meeting` events; the Pibor deal signed on the
    conference's second day and the Kathmandu deal ending the blockade are `agreement` events;
  * a residents' seven-day ultimatum and the Supreme Court's deadline for a landfill plan (a
    tricky pair) are `deadline` events, each dated to the day it expired;
  * Greenland's emergency grant, a UN CERF allocation and an EU Humanitarian Air Bridge flight
    three days later (a tricky pair) are `support` events;
  * a minister's announcement banning night buses, al-Shabaab's claim of responsibility and a
    government's declaration of national disaster (with its appeal for help) are `statement`
    events.

Pronouns and general nouns are marked when they name a gold event in their own sentence ("It had
been arranged at a meeting" for the handover in f06-a3; "the assault" for the Bodhei raid;
"That document" for the labour inspectorate's future report).  Articles of a story are
published on different days, so the same weekday name points to different dates: "on Friday"
is June 19 in the Lamu Observer, October 16 in the Ubangi Courier, the coming July 10 in the
first Kathmandu article and July 31 in the last; "on Tuesday" is a future meeting in one Panama
article and a past one in the next; "on Monday" is a planned trip to Vientiane in one Mekong
article and a past meeting in another.  Some dates are only relative ("the morning after the
crash", "two days after the crash", "four days after", "four days later", "five days after",
"three days after", "within a day", "the previous week", "last Sunday", "last Saturday", "last
Friday", "last Wednesday", "last Thursday", "last week", "last month", "three weeks ago",
"eight days earlier", "a week earlier", "exactly a week after", "eleven days after", "two days
before the accord", "the day before his arrest", "the day after the fire", "the day after the
dike gave way", "ten days after", "next Thursday", "next week", "early next week", "at the
weekend", "due on Saturday", "three days late", "a few hours before").
"""

STORIES = [
dict(story="f01", topic="two migrant tragedies in Panama: deaths in a bus crash near Gualaca and in a boat capsize off Carreto four days later, the driver's arrest, a security ministry statement and Panama-Costa Rica talks (Chiriqui, Guna Yala and Paso Canoas, Panama)", events=[
    dict(e="e1", type="casualties", date="2026-03-03", participants=["migrants", "Transportes Volcan Azul"], location="Gualaca"),
    dict(e="e2", type="casualties", date="2026-03-07", participants=["migrants"], location="Carreto"),
    dict(e="e3", type="arrest", date="2026-03-04", participants=["National Police of Panama", "driver of the Transportes Volcan Azul bus"],
         location="David"),
    dict(e="e4", type="statement", date="2026-03-05", participants=["Rogelio Candanedo", "Ministry of Public Security of Panama"],
         location="Panama City"),
    dict(e="e5", type="meeting", date="2026-03-10", participants=["Panama", "Costa Rica"], location="Paso Canoas"),
], tricky=[("e1", "e2", "deaths of migrants in a bus plunge near Gualaca on Tuesday March 3 vs migrants drowned when a boat capsized off Carreto on Saturday March 7, same migrant flow, four days apart, tolls changing in both")],
note="The crash and the capsize themselves, the injuries, the rescue, the search for the missing and for the boat's crew, "
     "the homicide charge, the suspension of the operator's permit (part of e4), Costa Rica's buses to the border, the 2023 peak "
     "of the Darien crossings and the talks planned for next month are side / background events. Only words for the deaths "
     "are marked for e1 and e2.",
articles=[
dict(id="a1", source="Isthmus Wire", published="2026-03-04",
     title="Bus carrying migrants plunges into ravine in western Panama, 14 dead",
     text="""DAVID, Panama - At least 14 migrants were [[e1|killed]] when the bus carrying them towards the Costa Rican border left the Inter-American Highway and plunged into a ravine near Gualaca, in Chiriqui province, late on Tuesday, Panama's National Border Service said.

Thirty-one people were injured, eleven of them seriously, and were taken to hospitals in David and Boquete. Most of the passengers were Venezuelans, Haitians and Ecuadorians who had boarded the bus at a migrant reception station in Darien province about 14 hours earlier. Three of those who [[e1|died]] were children.

Rescuers worked through the night with ropes and floodlights to reach the wreck, which came to rest about 40 metres below the road.

Police [[e3|detained]] the driver, a 41-year-old Panamanian, on Wednesday morning at a hospital in David, where he was being treated for a broken arm. Prosecutors said they were investigating whether he had fallen asleep at the wheel or was driving too fast on a winding downhill stretch.

The bus belonged to Transportes Volcan Azul, a private company paid by the government to carry migrants across the country. Nobody at its office in Santiago de Veraguas answered the telephone on Wednesday.

Thousands of migrants still cross Panama every month, though far fewer than at the peak of 2023. A growing number now travel in the opposite direction, back towards Colombia and Venezuela, after giving up on reaching the United States."""),
dict(id="a2", source="Panama Coast Herald", published="2026-03-08",
     title="Second migrant tragedy in a week as boat capsizes off Guna Yala",
     text="""PANAMA CITY - Four migrants, among them a two-year-old girl, [[e2|drowned]] on Saturday when an overloaded boat carrying them south towards Colombia capsized in heavy swell off Carreto, on the Caribbean coast of the Guna Yala region, the National Aeronaval Service said.

Seventeen people were pulled from the water by Guna fishermen and an Aeronaval patrol boat, and three are still missing. Survivors said the two crewmen had steered onto a reef, jumped off and swum away. Most of the passengers were Venezuelans who had paid about 250 dollars each for the trip to Necocli.

The [[e2|deaths]] came four days after 19 people [[e1|died]] in a bus crash near Gualaca, in Chiriqui province at the other end of the country, and have put the government's handling of the so-called reverse flow under pressure.

On Thursday, Public Security Minister Rogelio Candanedo [[e4|announced]] that the bus operator's permit had been suspended and that migrant buses would no longer be allowed to run at night. "Nobody is going to drive these roads exhausted again," he told reporters.

The driver of the bus, who was [[e3|arrested]] in hospital the morning after the crash, has been charged with culpable homicide.

Candanedo is due to [[e5|meet]] Costa Rica's migration director, Alvaro Jimenez Loria, at the Paso Canoas border crossing on Tuesday. Costa Rica has been sending south-bound migrants to the border by the busload since last year, and Panama wants a say in the timetable."""),
dict(id="a3", source="Central America Monitor", published="2026-03-12",
     title="Panama's reverse migration turns deadly",
     text="""ANALYSIS - For a decade the danger for migrants crossing Panama lay in the Darien jungle. This month it moved to the highway and the sea.

On March 3 a chartered bus left the road near Gualaca and fell into a ravine, [[e1|killing]] 21 people, two of whom died in hospital at the weekend. Four days later an overloaded boat overturned off Carreto, in Guna Yala. The bodies of a woman and two teenage boys washed ashore on Monday, bringing the [[e2|death toll]] from that accident to seven.

The government's reply has been to police transport. Two days after the crash the security ministry [[e4|ordered]] migrant buses off the roads at night and suspended the operator, Transportes Volcan Azul. The driver, [[e3|taken into custody]] while still in a hospital bed, faces up to eight years in prison. Nobody has been charged over the boat, whose crew are still being sought.

Aid groups say that misses the point. "The bus was the only legal way south, and most people could not afford it, so the rest take boats," said Ingrid Batista, who runs a shelter for migrants in Colon.

Regional cooperation has been thin. At Paso Canoas on Tuesday, officials from Panama and Costa Rica [[e5|met]] for four hours and promised to share passenger lists and to stagger bus departures. No money for shelters was offered. "We are counting buses, not people," said a Costa Rican official who attended the [[e5|meeting]].

Both governments say they will talk again next month."""),
]),
dict(story="f02", topic="two al-Shabaab attacks in Lamu County: a bus ambush near Milihoi and a raid on the Bodhei police post five days later, the group's claim, paramilitary police sent in and a roadblock protest in Mpeketoni (Lamu, Kenya)", events=[
    dict(e="e1", type="attack", date="2026-06-09", participants=["al-Shabaab", "Pwani Link Express bus passengers"], location="Milihoi"),
    dict(e="e2", type="attack", date="2026-06-14", participants=["al-Shabaab", "National Police Reservists"], location="Bodhei"),
    dict(e="e3", type="deployment", date="2026-06-11", participants=["General Service Unit", "Kenya"], location="Lamu County"),
    dict(e="e4", type="statement", date="2026-06-10", participants=["al-Shabaab"], location=None),
    dict(e="e5", type="protest", date="2026-06-16", participants=["Mpeketoni residents", "matatu drivers"], location="Mpeketoni"),
], tricky=[("e1", "e2", "the ambush on a Mombasa-bound bus at Milihoi on Tuesday June 9 vs the night raid on the police post at Bodhei on Sunday June 14, same county, same group, five days apart")],
note="The deaths and injuries in both attacks are part of the attacks and not marked (no casualties event). The June 2014 "
     "Mpeketoni raids, the Kenya Defence Forces operation in the Boni forest since 2015, the Interior Cabinet Secretary's "
     "and the county commissioner's remarks, the soldiers to be stationed at Bodhei, the escorted convoys and the bus "
     "company's cut in departures are side / background events. 'No group had claimed the attack' is a negated mention of "
     "the claim and is not marked for e4.",
articles=[
dict(id="a1", source="Coast Wire Service", published="2026-06-09",
     title="Gunmen ambush bus in Kenya's Lamu County, six killed",
     text="""LAMU, Kenya - Suspected al-Shabaab militants [[e1|ambushed]] a passenger bus on the Lamu-Garsen road on Tuesday morning, killing at least six people and wounding nine, police said.

The gunmen [[e1|opened fire]] from thick bush near Milihoi, about 20 kilometres west of Mpeketoni, as the bus slowed on a stretch of road washed out by the long rains, a police commander in Lamu told Coast Wire Service on condition of anonymity. They escaped on foot towards the forest.

The bus, operated by Pwani Link Express, was travelling from the Mokowe jetty to Mombasa with about 50 passengers. Several of them survived by running into the maize fields on either side of the road. The wounded were taken to hospital in Lamu, and two with gunshot wounds to the chest were flown to Mombasa.

Police escort buses on the road in convoys, but the commander said this bus had left Mokowe an hour ahead of its convoy because it was already full.

No group had claimed the [[e1|attack]] by Tuesday evening. Police blamed al-Shabaab fighters who hide in the Boni forest, which runs along the border with Somalia and has sheltered the Somali group's Kenyan cells for more than a decade.

The road is the only land link between Lamu and the rest of the country. Traffic was stopped in both directions for the rest of the day while soldiers combed the bush."""),
dict(id="a2", source="The Coastline Herald", published="2026-06-12",
     title="Al-Shabaab says it carried out Lamu bus attack; paramilitary police sent in",
     text="""MOMBASA - The Somali militant group al-Shabaab on Wednesday [[e4|claimed responsibility]] for the [[e1|ambush]] of a bus near Milihoi in Lamu County, in which eight passengers were killed.

In a message posted on a channel linked to the group, it [[e4|said]] its fighters had [[e1|targeted]] "Kenyan crusader forces" on board. Police said two off-duty officers were among the passengers; both survived.

The government's answer came on Thursday, when Interior Cabinet Secretary Daniel Kiprono Mutai [[e3|sent]] 400 officers of the paramilitary General Service Unit to the county. "From today, no bus, no lorry and no matatu will use that road without armed men beside it," he told reporters in Mombasa after flying over the area by helicopter.

The officers, who [[e3|arrived]] in Mpeketoni by road on Thursday evening, will set up three new camps along the 115-kilometre road, the ministry said.

Lamu has been attacked repeatedly since June 2014, when gunmen killed about 60 people in raids on Mpeketoni and nearby villages. The construction of a new port at Lamu, meant to serve South Sudan and Ethiopia, has brought thousands of workers and much more traffic to the road.

"They came out of the bush in a line, like soldiers," said Mwanaisha Athman, 34, who was travelling to Mombasa with her son and hid in a ditch until soldiers came. "They were not in a hurry. They walked.\""""),
dict(id="a3", source="East Africa Security Review", published="2026-06-17",
     title="Lamu: the road, the forest and a second raid",
     text="""ANALYSIS - Five days after militants [[e1|ambushed]] a bus outside Milihoi, they [[e2|struck]] again in Lamu County, and this time at the state itself.

Late on Sunday about 30 fighters [[e2|raided]] a police post at Bodhei, in Lamu East, killing four National Police Reservists and carrying away rifles, ammunition and a radio. The [[e2|assault]] lasted nearly two hours before soldiers from a Kenya Defence Forces camp at Baure reached the village.

The [[e2|raid]] came three days after 400 General Service Unit officers were [[e3|deployed]] to the county. They were posted along the Lamu-Garsen road, the route of the bus, and not in the scattered villages on the edge of the Boni forest, where police posts are manned by a handful of reservists.

"The government guarded the road the militants had just used. They simply moved to where the police were weakest," said Halima Shariff, a security researcher in Nairobi.

Al-Shabaab, which [[e4|claimed]] the bus [[e1|attack]] within a day, has said nothing about Bodhei. Together the two attacks have killed twelve people in a county of about 150,000.

Anger has spread beyond the villages. On Tuesday hundreds of residents, boda-boda riders and matatu drivers [[e5|blocked]] the main road through Mpeketoni with burning tyres, demanding an army camp in every village and compensation for bereaved families. The [[e5|protest]] ended in the afternoon when the county commissioner promised to take their demands to Nairobi.

A Kenya Defence Forces operation in the Boni forest, launched in 2015, has never formally ended."""),
dict(id="a4", source="Lamu Observer", published="2026-06-20",
     title="Mpeketoni counts the cost of a week of fear",
     text="""MPEKETONI - Shops in Mpeketoni reopened on Friday for the first time since Tuesday's [[e5|demonstration]], when burning barricades closed the town's main road for most of the day and traders pulled down their shutters.

Residents say the anger had been building since June 9, when gunmen [[e1|attacked]] a Mombasa-bound bus at Milihoi and killed eight people, and boiled over after the night [[e2|raid]] on the police post at Bodhei last Sunday, in which four reservists died.

"My brother was one of the reservists at Bodhei. He had an old rifle and six bullets," said Omar Bwana Kombo, a fisherman who joined the [[e5|roadblock]] on Tuesday. "They send the GSU to guard the lorries, and the villages guard themselves."

The 400 paramilitary officers [[e3|sent]] to Lamu the previous week now ride with every convoy. Bus operators say the escorts have added two hours to the trip to Mombasa, and Pwani Link Express has cut its daily departures from six to two.

On Friday the county commissioner, Joseph Letoluo, said the army would station soldiers at Bodhei and two other villages and that reservists would receive new rifles.

Fatuma Salim, who sells mobile phones from a kiosk near the bus stage, said she had lost a week's takings. "I closed because of the [[e5|protest]], not because of al-Shabaab," she said. "But I understand why the young men went out.\""""),
]),
dict(story="f03", topic="knitwear factory fire in Konabari: deaths, a highway blockade the next day, the owner's arrest, a march in Dhaka a week later and the inquiry committee's report (Gazipur and Dhaka, Bangladesh)", events=[
    dict(e="e1", type="casualties", date="2026-01-14", participants=["Sonartori Knit Composite workers"], location="Konabari"),
    dict(e="e2", type="protest", date="2026-01-15", participants=["Sonartori Knit Composite workers", "relatives of the victims"],
         location="Konabari"),
    dict(e="e3", type="arrest", date="2026-01-17", participants=["Rapid Action Battalion", "Ashraful Karim Bhuiyan"], location="Dhaka"),
    dict(e="e4", type="protest", date="2026-01-22", participants=["garment union federations", "garment workers"], location="Dhaka"),
    dict(e="e5", type="report", date="2026-01-27", participants=["labour ministry inquiry committee",
         "Department of Inspection for Factories and Establishments"], location="Dhaka"),
], tricky=[("e2", "e4", "the spontaneous highway blockade by co-workers and relatives at Konabari the morning after the fire vs the unions' permitted march in central Dhaka a week later, same fire, same demands")],
note="The fire itself, the injuries, the court's remand order, the association's suspension of the factory, the buyers' "
     "promise to pay for funerals, the 2024 inspection, the 2012 Tazreen fire and the committee's ten-day time limit are "
     "side / background events. Only words for the deaths are marked for e1.",
articles=[
dict(id="a1", source="Bengal Press Service", published="2026-01-15",
     title="Seventeen dead in Bangladesh knitwear factory fire",
     text="""GAZIPUR, Bangladesh - At least 17 workers were [[e1|killed]] and more than 40 injured when fire swept through a knitwear factory in Konabari, an industrial suburb north of Dhaka, on Wednesday afternoon, fire service officials said.

The blaze started on the third floor of the six-storey Sonartori Knit Composite building, where yarn and finished sweaters were stored, and spread to the floors above within minutes. Most of the victims were found on a stairway between the fourth and fifth floors. Survivors said a collapsible gate at the bottom of the stairs was locked, as it was every day after the lunch break.

"We shouted for the key. Nobody came," said Rokeya Begum, 26, a sewing operator who escaped by climbing onto the roof of a neighbouring building.

Firefighters from 14 units took more than five hours to bring the fire under control. Its cause was not yet known.

On Thursday morning hundreds of workers and relatives of the missing [[e2|blocked]] the Dhaka-Tangail highway in front of the factory, demanding that the owner be punished. Traffic was halted for four hours before local officials persuaded them to leave.

The labour ministry set up a five-member committee under the Department of Inspection for Factories and Establishments and told it to [[e5|report]] within ten days. The factory, which employed about 1,800 people and made sweaters for European retailers, was inspected in 2024 and passed."""),
dict(id="a2", source="Dhaka Evening Ledger", published="2026-01-18",
     title="Owner of burnt Gazipur factory arrested after three days in hiding",
     text="""DHAKA - Officers of the Rapid Action Battalion have [[e3|arrested]] the owner of the Gazipur knitwear factory where 23 workers [[e1|died]] in a fire on Wednesday.

Ashraful Karim Bhuiyan, 58, was [[e3|picked up]] at a relative's flat in Uttara late on Saturday, a RAB spokesman said. He had not been seen since the evening of the blaze. A Dhaka court on Sunday remanded him in custody for five days of questioning on a charge of culpable homicide.

Punishing the owner had been the first demand of the workers and relatives who [[e2|blocked]] the Dhaka-Tangail highway at Konabari for four hours on Thursday. Six more bodies were identified at Dhaka Medical College Hospital on Friday and Saturday, most of them by DNA tests, and two workers are still missing.

Bhuiyan's lawyer, Nazmul Haque, said the stairway gate had been locked "to stop theft" and that his client had not been at the factory that day.

Garment unions say that is not enough. Five federations have called a [[e4|march]] in Dhaka next Thursday, from the National Press Club to the labour ministry, to demand compensation of 2.5 million taka for every family and the prosecution of the government inspectors who passed the building.

The Bangladesh Garment Manufacturers and Exporters Association said it had suspended the factory's membership, and its European buyers have promised to pay for the funerals."""),
dict(id="a3", source="South Asia Labour Review", published="2026-01-23",
     title="After Konabari, garment workers take their anger to the capital",
     text="""ANALYSIS - Several thousand garment workers [[e4|marched]] through central Dhaka on Thursday behind a banner bearing the names of the 24 people who [[e1|died]] at Sonartori Knit Composite eight days earlier.

On the morning after the blaze, co-workers and relatives who had spent the night outside the factory gates had staged a spontaneous [[e2|blockade]] of the highway at Konabari. Thursday's [[e4|rally]] was a different affair: organised by five union federations, it had a police permit, stayed on its agreed route and ended peacefully at the labour ministry, where leaders handed over a list of demands.

The owner, Ashraful Karim Bhuiyan, has been in custody since RAB officers [[e3|detained]] him last Saturday. Such speed is rare in Bangladesh. After the Tazreen fire of 2012, which killed 112 people, it took more than a year for the owners to be charged.

Much now depends on the government committee, whose [[e5|findings]] are due on Saturday. Unions want it to name the inspectors who passed the building in 2024, and buyers want to know whether the locked gate was a habit or an exception.

"Every factory has a gate like that. The question is who has the key," said Taslima Akter Munni, a union organiser who led Thursday's [[e4|procession]].

Factory owners, for their part, worry about orders. Several said European buyers had already asked for new fire audits."""),
dict(id="a4", source="The Gazipur Observer", published="2026-01-29",
     title="Inquiry blames locked gate and stored yarn for Konabari deaths",
     text="""GAZIPUR - A locked stairway gate and tonnes of yarn piled next to an electrical panel turned a small fire into the deadliest factory disaster in Bangladesh for years, according to the [[e5|report]] of a government inquiry.

In the [[e5|document]], handed to the labour minister on Tuesday, three days late, the five-member committee said the fire began with a short circuit on the third floor of the Sonartori Knit Composite building. The factory's fire licence had expired in October, and inspectors who visited in 2024 had "failed to check" the stairway gates.

The [[e1|death toll]] rose to 26 this week when two more workers died at the national burn institute in Dhaka.

The committee's [[e5|findings]] also say that the owner, Ashraful Karim Bhuiyan, who was [[e3|arrested]] on January 17, had been warned about the gate twice by his own compliance staff. The committee recommends charges against him and disciplinary action against two inspectors.

Workers in Konabari who [[e2|blocked]] the highway the day after the fire, and joined last week's [[e4|march]] in Dhaka, said the [[e5|report]] confirmed what they had said from the start.

"We told them on the first night. They needed two weeks and a committee to believe us," said Abdul Jalil, 41, a cutting master whose sister is still missing.

The factory remains sealed, and most of its 1,800 workers have not been paid for January."""),
]),
dict(story="f04", topic="landslide wave at Saattut: deaths, a Danish navy inspection ship and army engineers sent five days apart, Greenland's emergency grant and the geological survey's report (Uummannaq fjord, Greenland)", events=[
    dict(e="e1", type="casualties", date="2026-08-16", participants=["Saattut residents"], location="Saattut"),
    dict(e="e2", type="deployment", date="2026-08-17", participants=["Joint Arctic Command", "Royal Danish Navy"], location="Saattut"),
    dict(e="e3", type="deployment", date="2026-08-22", participants=["Danish Army engineer regiment"], location="Uummannaq"),
    dict(e="e4", type="support", date="2026-08-19", participants=["Government of Greenland", "Saattut evacuees"], location="Uummannaq"),
    dict(e="e5", type="report", date="2026-08-27", participants=["Geological Survey of Denmark and Greenland"], location="Copenhagen"),
], tricky=[("e2", "e3", "the navy inspection ship Tulugaq reaching Saattut on Monday August 17 vs 30 army engineers flown to Uummannaq on Saturday August 22, same disaster, same fjord, five days apart")],
note="The landslide and the wave themselves, the evacuation of the island, the government's emergency cabinet meeting, "
     "Denmark's promise to match the grant, the 2017 Karrat fjord landslide at Nuugaatsiaq, the ship's return to patrol "
     "duties and the municipality's housing plans are side / background events. Only words for the deaths are marked for e1.",
articles=[
dict(id="a1", source="Nordic Wire", published="2026-08-17",
     title="Landslide wave hits Greenland settlement, two dead",
     text="""NUUK - Two people were [[e1|killed]] and three are missing after a landslide sent a wave crashing into the settlement of Saattut in north-western Greenland late on Sunday, Greenland's police said.

A section of mountainside on the Nuussuaq peninsula, across the fjord from the island, broke away at about 11 p.m. and fell into the water, raising a wave several metres high that swept away boats, fish-drying racks and at least four houses near the shore.

Saattut has about 200 inhabitants, most of whom live from halibut fishing. Residents fled uphill in the late-summer dusk and spent the night in the church and the school. The two who [[e1|died]] were an elderly couple whose house stood on the beach, a municipal councillor told Nordic Wire by telephone.

A civilian helicopter from Uummannaq flew four injured people to hospital on Monday morning, and local boats were searching the shoreline for the missing.

The Joint Arctic Command said its inspection ship Tulugaq, which was on patrol off Disko Island, would [[e2|reach]] Saattut on Monday evening with a helicopter on board, to help with the search and to move residents off the island if needed.

Greenland's government held an emergency meeting in Nuuk on Monday.

In June 2017, a landslide in the Karrat fjord, north of Saattut, produced a wave that killed four people in Nuugaatsiaq. That settlement was evacuated and has never been reoccupied."""),
dict(id="a2", source="Arctic Sound Weekly", published="2026-08-20",
     title="Saattut emptied as toll rises; Nuuk approves emergency aid",
     text="""UUMMANNAQ - The last residents of Saattut were taken off the island on Tuesday aboard the Danish navy ship Tulugaq, which [[e2|arrived]] off the settlement on Monday evening and has since served as a floating base for the search.

The bodies of two fishermen were found in the shallows on Tuesday, bringing the number of people [[e1|killed]] by Sunday night's wave to four. One person, a 15-year-old boy, is still missing.

On Wednesday Greenland's government [[e4|approved]] 20 million kroner in emergency aid for the 187 evacuees, who are now sleeping in Uummannaq's school and sports hall. The [[e4|grant]] will pay for food, clothing and temporary housing, and for new boats and fishing gear to replace those lost, the minister for housing said.

"Our boats were our income. Without them we are guests," said Hans Zeeb, 52, who lost two dinghies and his drying racks.

Geologists are worried about the mountain itself. Denmark's defence ministry said on Wednesday that 30 soldiers from the army's engineer regiment would [[e3|fly]] to Uummannaq at the weekend with radar and GPS sensors to watch the slope above the fjord, where a new crack has been seen from the air.

The Geological Survey of Denmark and Greenland has been asked to say whether Saattut can ever be lived in again. Its scientists expect to [[e5|publish]] their first assessment next week.

Uummannaq's mayor said the evacuees would not be moved to Nuuk."""),
dict(id="a3", source="Copenhagen Courier", published="2026-08-28",
     title="Geologists say Saattut must stay empty for at least a year",
     text="""COPENHAGEN - Nobody should return to Saattut before next summer, according to a [[e5|report]] published on Thursday by the Geological Survey of Denmark and Greenland, which warns that a second and larger part of the mountain opposite the settlement could give way.

In the 40-page [[e5|document]], the survey said a crack about 300 metres long had opened behind the scar left by the August 16 landslide, and that the slope was moving by several centimetres a day. A collapse of that block could raise a wave up to 30 metres high at the village.

The August 16 wave [[e1|killed]] five people; the body of the last of the missing, a 15-year-old boy, was found on Monday.

The survey's [[e5|assessment]] relies partly on sensors installed by army engineers who [[e3|landed]] in Uummannaq last Saturday and have since flown daily to the slope by helicopter. The navy's inspection ship Tulugaq, [[e2|sent]] to the fjord the day after the disaster, has gone back to patrol duties.

For the 187 evacuees the news means a winter in Uummannaq. The 20 million kroner in emergency [[e4|aid]] approved by Greenland's government last week will not cover new homes, and the municipality of Avannaata has asked Copenhagen for more. Denmark has promised to put up the same amount again, but officials have not said when.

"We knew it in our hearts. Now it is on paper," said Arnaq Nielsen, a teacher from Saattut. "But where do we go? The fish are in our fjord, not in Uummannaq.\""""),
]),
dict(story="f05", topic="Central African Republic municipal elections: the October vote, an attack on a polling station in Bambari, an opposition march in Bangui, the African Union observers' report and the court-ordered rerun three weeks later (Bangui and Bambari)", events=[
    dict(e="e1", type="election", date="2026-10-11", participants=["Central African Republic", "National Elections Authority"],
         location="Central African Republic"),
    dict(e="e2", type="attack", date="2026-10-11", participants=["gunmen", "polling station in Bambari"], location="Bambari"),
    dict(e="e3", type="protest", date="2026-10-16", participants=["Bloc for Democratic Change"], location="Bangui"),
    dict(e="e4", type="report", date="2026-10-20", participants=["African Union observer mission"], location="Bangui"),
    dict(e="e5", type="election", date="2026-11-01", participants=["National Elections Authority", "voters of Bambari and Bangui"],
         location="Bangui"),
], tricky=[("e1", "e5", "the nationwide municipal vote on Sunday October 11 vs the rerun in Bambari and three Bangui arrondissements ordered by the Constitutional Court and held on Sunday November 1, same councils, three weeks apart")],
note="The provisional results, the police tear gas at the march, the opposition's fraud complaint, the Constitutional "
     "Court's annulment of October 23, the court's hearing, MINUSCA patrols, the 1988 local elections and the results of "
     "the rerun are side / background events. 'a new vote would have to be held' (before the court ruled) is "
     "hypothetical and not marked for e5.",
articles=[
dict(id="a1", source="Central Africa Press Agency", published="2026-10-12",
     title="Central Africans vote in first local elections in decades; polling station attacked",
     text="""BANGUI - Central Africans [[e1|voted]] on Sunday to choose mayors and municipal councils for the first time since 1988, in a ballot marred by an [[e2|attack]] on a polling station in the central town of Bambari.

Gunmen [[e2|stormed]] a primary school used as a polling station in Bambari's Elevage district in the early afternoon, shot dead a polling officer and set fire to four ballot boxes, the National Elections Authority (ANE) said. [[e1|Voting]] there was halted. Peacekeepers of the UN mission, MINUSCA, later secured the building.

No group claimed responsibility. Several armed factions are active around Bambari, in the Ouaka prefecture, and some had warned people not to take part.

In Bangui, [[e1|voting]] was calm but slow. Long queues formed outside schools in the 3rd and 5th arrondissements before polls opened at 6 a.m., and some stations ran out of ballot papers by midday.

The electoral roll has about 2.1 million names for 179 municipal councils, which will in turn choose mayors. The ruling National Unity Party fielded candidates in every commune; the main opposition alliance, the Bloc for Democratic Change, in about two-thirds of them.

The ANE said turnout was "satisfactory" but gave no figure. Provisional results are expected within five days.

Donors, who paid most of the cost of the [[e1|elections]], see them as a test of whether the state can govern outside the capital, where municipal delegations have been appointed by decree for almost four decades."""),
dict(id="a2", source="Ubangi Courier", published="2026-10-17",
     title="Tear gas in Bangui as opposition rejects local results",
     text="""BANGUI - Police fired tear gas on Friday to break up a [[e3|march]] by several thousand opposition supporters in Bangui, a day after provisional results gave the ruling National Unity Party control of six of the capital's eight arrondissements.

The [[e3|demonstration]], called by the Bloc for Democratic Change, set off from the Boy-Rabe district towards the headquarters of the National Elections Authority (ANE). Police stopped it at the Marabena roundabout. Witnesses said several people were hurt in the crush; police said eleven were detained.

The opposition says ballot boxes were stuffed during last Sunday's [[e1|vote]] in the 3rd, 5th and 7th arrondissements and that its observers were thrown out of counting rooms. It has filed a complaint with the Constitutional Court.

"We did not wait thirty-eight years to have our councils stolen in one night," said the alliance's spokeswoman, Prisca Ngaba, before the [[e3|procession]] set off.

The ANE rejected the accusations and said any irregularities would be examined by the courts.

In Bambari, where gunmen [[e2|burned]] ballot boxes and killed a polling officer on election day, the authority has not published any results. A MINUSCA spokesman said patrols in the town had been doubled.

Provisional figures put national turnout at 54 percent, higher than many had expected."""),
dict(id="a3", source="Africa Elections Monitor", published="2026-10-22",
     title="Observers call Central African local vote credible but flawed",
     text="""The African Union's observer mission has called the Central African Republic's first municipal [[e1|elections]] in almost four decades "broadly credible", but said the results in three Bangui arrondissements could not be relied on.

In its preliminary [[e4|report]], published in Bangui on Tuesday, the mission said its 60 observers had seen ballot boxes arrive at counting centres in the 3rd, 5th and 7th arrondissements with broken seals, and tally sheets that did not match the number of registered voters.

The [[e4|report]] also named Bambari, where [[e1|voting]] stopped after gunmen [[e2|attacked]] a polling station on October 11, and called on the authorities to "complete the process in safety".

It criticised the police for using tear gas against the opposition [[e3|march]] in Bangui last Friday, which it said had been peaceful until it was stopped.

The Constitutional Court began hearing the opposition's complaint on Wednesday. If it annuls the results, a new vote would have to be held within three weeks under the electoral code.

For the government, the observers' [[e4|verdict]] is mixed news. The president's office welcomed the word "credible" and said nothing about the rest.

"The provinces did well and the capital did badly," said Jean-Bedel Kossi, a political scientist at the University of Bangui. "That is better than the opposite, but Bangui deserved more.\""""),
dict(id="a4", source="Bangui Morning Post", published="2026-11-03",
     title="Rerun passes calmly in Bambari and three Bangui districts",
     text="""BANGUI - Voters in Bambari and in three of Bangui's arrondissements returned to the polls on Sunday in a [[e5|rerun]] ordered by the Constitutional Court, and this time there were no attacks and few complaints.

The court annulled the results of the October 11 [[e1|ballot]] in those four communes on October 23, citing the African Union observers' [[e4|report]], which had found broken seals on ballot boxes and tally sheets that did not add up.

Sunday's repeat [[e5|vote]] was watched by more than 300 national and foreign observers. Polling stations opened on time, and the National Elections Authority said ballot boxes had been sealed in front of party agents.

In Bambari, where gunmen [[e2|set fire to]] ballot boxes and shot dead a polling officer three weeks ago, MINUSCA peacekeepers guarded every polling station. Turnout there was low, about 31 percent, according to the authority.

The Bloc for Democratic Change, whose supporters [[e3|marched]] in Bangui last month and were dispersed with tear gas, took part in the second [[e5|vote]] and said it was "satisfied with the conditions", though not yet with the results.

"Last time the boxes were full before we came. Today they were empty, and we filled them," said Clarisse Yakite, a market trader in the 5th arrondissement.

Provisional results are due by Friday."""),
]),
dict(story="f06", topic="gunmen fire on a Thai navy Mekong patrol boat, marines sent to Chiang Saen, a suspected gang boss arrested in Laos, police chiefs' talks in Vientiane and his handover on the Friendship Bridge a week after the arrest (Golden Triangle, Thailand and Laos)", events=[
    dict(e="e1", type="attack", date="2026-04-05", participants=["drug gang", "Royal Thai Navy Mekong River patrol unit"],
         location="Chiang Saen"),
    dict(e="e2", type="arrest", date="2026-04-09", participants=["Lao police", "Thanakorn Wongsuwan"], location="Ton Pheung"),
    dict(e="e3", type="arrest", date="2026-04-16", participants=["Lao police", "Royal Thai Police", "Thanakorn Wongsuwan"],
         location="Chiang Khong"),
    dict(e="e4", type="meeting", date="2026-04-13", participants=["Royal Thai Police", "Laos Ministry of Public Security"],
         location="Vientiane"),
    dict(e="e5", type="deployment", date="2026-04-07", participants=["Royal Thai Navy", "Royal Thai Marine Corps"],
         location="Chiang Saen"),
], tricky=[("e2", "e3", "the arrest of the suspect by Lao police in Ton Pheung on Thursday April 9 vs his handover to Thai police at the Fourth Friendship Bridge on Thursday April 16, same man, one week apart")],
note="The deaths of the sailors are part of the attack and not marked. The 2011 killing of 13 Chinese sailors on the "
     "Mekong, earlier seizures of the gang's boats, the Lao foreign ministry's statement, the court hearing in Chiang Rai, "
     "the joint patrols with China and Myanmar and the casino zone are side / background events.",
articles=[
dict(id="a1", source="Mekong News Agency", published="2026-04-06",
     title="Two Thai sailors killed as gunmen fire on Mekong patrol boat",
     text="""CHIANG RAI, Thailand - Gunmen on the Lao bank of the Mekong River [[e1|opened fire]] on a Thai navy patrol boat near the Golden Triangle late on Sunday, killing two sailors and wounding three, the Royal Thai Navy said.

The boat, from the navy's Mekong River patrol unit, was inspecting a cargo barge about eight kilometres north of Chiang Saen when it [[e1|came under fire]] from automatic rifles and at least one rocket-propelled grenade, a navy spokesman said. The crew fired back and the attackers disappeared into the forest of Ton Pheung district, in Laos's Bokeo province.

Police in Chiang Rai said the [[e1|attack]] bore the marks of a methamphetamine ring whose boats the unit had seized twice since January. They gave no names.

The navy said two more patrol boats and a company of marines would be [[e5|sent]] to Chiang Saen within days, and that river traffic near the border would be searched at night until further notice.

Laos's foreign ministry said in a short statement that it regretted the loss of life and would cooperate with Thailand "in accordance with the law".

The stretch of river where Thailand, Laos and Myanmar meet is one of the main routes for synthetic drugs leaving Myanmar's Shan State. In 2011, 13 Chinese sailors were killed on two cargo boats a little further upstream, a massacre that led China, Laos, Myanmar and Thailand to begin joint river patrols."""),
dict(id="a2", source="Chiang Rai Post", published="2026-04-10",
     title="Laos arrests suspected gang boss over Mekong ambush",
     text="""Lao police have [[e2|arrested]] a Thai man suspected of ordering Sunday's [[e1|attack]] on a navy patrol boat on the Mekong, in which three sailors were killed, Thai officials said on Friday.

Thanakorn "Sua" Wongsuwan, 47, was [[e2|detained]] on Thursday at a rented house in Ton Pheung district, across the river from Chiang Saen, after Thai investigators passed his telephone numbers to their Lao counterparts, a senior officer of Provincial Police Region 5 said. Thanakorn has been wanted in Thailand since 2019 on drug-trafficking charges.

Thailand's national police chief, Kittisak Ruangsri, will [[e4|travel]] to Vientiane on Monday to discuss his [[e3|handover]] with Laos's minister of public security. Thailand has no extradition treaty with Laos, but the two countries have returned fugitives to each other under a police cooperation agreement.

The third sailor died in hospital in Chiang Rai on Wednesday. The navy held a funeral for all three at its base in Chiang Saen on Thursday.

Since Tuesday, marines [[e5|deployed]] from the navy's base at Sattahip have been patrolling the riverbank in armoured boats, and boatmen who carry tourists to the Golden Triangle say business has fallen by half.

"Every night we hear engines on the water without lights," said Somchai Inkaew, who runs a guesthouse near the jetty. "Now at least we also hear the navy.\""""),
dict(id="a3", source="Indochina Review", published="2026-04-18",
     title="A handover on the Friendship Bridge, and the limits of Mekong cooperation",
     text="""On Thursday morning, Lao police walked Thanakorn Wongsuwan to the middle of the Fourth Thai-Lao Friendship Bridge and [[e3|handed him over]] to Thai officers waiting on the Chiang Khong side. He was flown to Chiang Rai and charged that afternoon with murder and drug trafficking.

The [[e3|transfer]] came exactly a week after he was [[e2|arrested]] in Bokeo province and eleven days after gunmen [[e1|fired]] on a Thai navy boat near Chiang Saen, which by regional standards is fast. [[e3|It]] had been arranged at a [[e4|meeting]] in Vientiane on Monday between Thailand's police chief and Laos's minister of public security, who agreed to treat the case under a police cooperation accord rather than a formal extradition.

Officials on both sides now present the case as a model. The record is less tidy. Thanakorn had lived openly in Ton Pheung for years, a few kilometres from the casino zone, and Lao officers moved only after the April 5 [[e1|ambush]], which killed three sailors.

The marine company [[e5|deployed]] to Chiang Saen two days after the [[e1|attack]] is still there, and the navy says it will stay until the rainy season.

"One man crossed a bridge. The boats are still crossing the river," said Pornthip Saelee, who studies the drug trade at Mae Fah Luang University. "The gangs lose a manager and hire another one."

China, which patrols the river with Laos, Myanmar and Thailand, has not commented."""),
]),
dict(story="f07", topic="methane explosion at the Lupeni coal mine: miners' deaths, a march in Petrosani, the mine director's arrest, the mine-safety institute's preliminary report and the labour inspectorate's report a week later (Jiu Valley, Romania)", events=[
    dict(e="e1", type="casualties", date="2026-05-19", participants=["Lupeni mine miners", "Valea Jiului Coal Company"], location="Lupeni"),
    dict(e="e2", type="protest", date="2026-05-21", participants=["Lupeni miners' union", "miners"], location="Petrosani"),
    dict(e="e3", type="arrest", date="2026-05-22", participants=["Hunedoara prosecutors", "Cornel Dobrescu"], location="Lupeni"),
    dict(e="e4", type="report", date="2026-05-26", participants=["INSEMEX"], location="Petrosani"),
    dict(e="e5", type="report", date="2026-06-02", participants=["Hunedoara Territorial Labour Inspectorate"], location="Deva"),
], tricky=[("e4", "e5", "the mine-safety institute INSEMEX's preliminary report on Tuesday May 26 (covered methane sensors) vs the labour inspectorate's report on Tuesday June 2 (faked training records), same blast, one week apart")],
note="The explosion itself, the injuries, the rescue, the prosecutors' investigation, the court's custody order, the "
     "suspension of work at the mine, the 2008 Petrila explosion, Romania's coal phase-out and the company's statement are "
     "side / background events. Only words for the deaths are marked for e1.",
articles=[
dict(id="a1", source="Danubian Press Agency", published="2026-05-20",
     title="Five miners killed in methane blast in Romania's Jiu Valley",
     text="""PETROSANI, Romania - Five miners were [[e1|killed]] and eight injured in a methane explosion about 600 metres underground at the Lupeni coal mine in the Jiu Valley late on Tuesday, the state-owned operator said.

The blast tore through a gallery where a team of 14 men was preparing a new coal face shortly before the end of the evening shift, the Valea Jiului Coal Company said in a statement. Rescue teams from the mine-rescue station in Petrosani brought 31 miners to the surface during the night. Three of the injured, with severe burns, were flown to a hospital in Timisoara.

Prosecutors in Hunedoara county opened a manslaughter investigation, and experts from INSEMEX, the national mine-safety institute based in Petrosani, went down the shaft on Wednesday morning to take samples. Work at the mine has been suspended.

The Lupeni miners' union said its members would [[e2|march]] to the company's headquarters in Petrosani on Thursday to demand the dismissal of the mine's management. "For two years we have reported that the gas detectors beep and nobody comes," union leader Ion Craciun said.

The Jiu Valley was once the heart of Romania's coal industry, with more than 40,000 miners. Fewer than 2,000 remain, and the last mines are due to close by 2032 under the country's climate commitments.

In 2008, an explosion at the nearby Petrila mine killed 13 people."""),
dict(id="a2", source="Transylvania Herald", published="2026-05-23",
     title="Lupeni mine director detained as miners march in Petrosani",
     text="""PETROSANI - Prosecutors on Friday [[e3|detained]] the director of the Lupeni coal mine in his office at the pithead on suspicion of manslaughter, a day after about 2,000 miners and their families [[e2|marched]] through Petrosani demanding that someone answer for Tuesday's explosion.

Cornel Dobrescu, 56, spent the night being questioned at the prosecutor's office in Deva. A judge is expected to decide on Saturday whether to keep him in custody for 30 days. His lawyer said Dobrescu had "followed every rule" and had asked the company for new methane sensors months ago.

The number of miners [[e1|killed]] rose to six on Thursday when a 29-year-old electrician died of his burns in Timisoara.

Thursday's [[e2|protest]] was silent. Miners walked in their work clothes and helmets from the Lupeni road to the company's headquarters, carrying six black flags, and laid their lamps on the steps. Company managers did not come out.

"We do not want speeches. We want the people who switched off the alarms in prison," said Maria Toma, whose husband was among the injured.

The national mine-safety institute, INSEMEX, said it would present its preliminary [[e4|findings]] early next week. The labour inspectorate is carrying out a separate inquiry into working hours and safety training.

The energy minister visited the mine on Wednesday and promised compensation of 200,000 lei for each family."""),
dict(id="a3", source="Bucharest Business Weekly", published="2026-05-28",
     title="Covered sensors and a mine waiting to close: behind the Lupeni blast",
     text="""ANALYSIS - Two methane sensors near the coal face at Lupeni had been wrapped in plastic bags, so that they could not trigger the automatic power cut-off, according to the preliminary [[e4|report]] released by the mine-safety institute INSEMEX on Tuesday.

The institute's [[e4|findings]] explain how gas could build up in a gallery where, on May 19, an explosion [[e1|killed]] seven men. They do not explain why.

For that, investigators will look at the economics of a mine that the state plans to close within six years. Miners say the operator, the Valea Jiului Coal Company, has cut maintenance staff by a third since 2023 and pays bonuses for every metre of gallery driven.

The mine's director, Cornel Dobrescu, has been in custody since prosecutors [[e3|detained]] him last Friday. The miners who [[e2|marched]] in Petrosani the day before his [[e3|arrest]] say he is not the only one responsible. "The bags were not put there by the director," one shift foreman said. "They were put there so that the shift could finish."

The labour inspectorate's own [[e5|report]], on training and working hours, is due next week. That [[e5|document]] may be more uncomfortable for the company, which has already said it "will cooperate fully".

Coal still produces about a tenth of Romania's electricity, most of it from lignite mines in Oltenia. The Jiu Valley's hard coal goes mainly to a single power plant at Paroseni."""),
dict(id="a4", source="Hunedoara Gazette", published="2026-06-04",
     title="Inspectors: Lupeni miners signed for training they never had",
     text="""DEVA - Miners [[e1|killed]] in the Lupeni explosion on May 19 had signed safety training records for sessions that never took place, the Hunedoara Territorial Labour Inspectorate said in a [[e5|report]] published on Tuesday.

Inspectors found that 41 miners at Lupeni, including four of the seven who [[e1|died]], had signed attendance sheets for a methane-safety course on days when they were recorded as working underground. Shift logs also showed that teams regularly worked 12-hour shifts, against a legal limit of eight hours underground.

The inspectors' [[e5|conclusions]] go further than those of the mine-safety institute INSEMEX, whose preliminary [[e4|report]] a week earlier blamed methane sensors that had been wrapped in plastic bags. Prosecutors have asked for both reports to be added to the case file.

The inspectorate fined the Valea Jiului Coal Company 180,000 lei and sent its [[e5|findings]] to prosecutors. The mine's director, Cornel Dobrescu, has been in custody since his [[e3|arrest]] on May 22, and prosecutors said on Wednesday that two shift engineers were also under investigation.

Ion Craciun, the union leader who led the miners' [[e2|march]] of May 21, said the [[e5|report]] proved that the problem was not one man. "The papers were signed in the office, by the hundred, and everybody knew it," he said.

The company said it had dismissed its training manager. Lupeni remains closed, and its 600 workers are on 75 percent of their pay."""),
]),
dict(story="f08", topic="cross-border raid from South Sudan on villages in Gambella: the attack and abductions, Ethiopian troops crossing the border, government talks in Juba, a community peace conference in Pibor and the deal to return the children (Ethiopia and South Sudan)", events=[
    dict(e="e1", type="attack", date="2026-02-08", participants=["raiders from Greater Pibor", "Gambella villagers"], location="Jikawo"),
    dict(e="e2", type="deployment", date="2026-02-10", participants=["Ethiopian National Defense Force"], location="South Sudan"),
    dict(e="e3", type="meeting", date="2026-02-13", participants=["Ethiopia", "South Sudan"], location="Juba"),
    dict(e="e4", type="meeting", date="2026-02-18", participants=["Gambella regional officials", "Greater Pibor Administrative Area elders"],
         location="Pibor"),
    dict(e="e5", type="agreement", date="2026-02-19", participants=["Gambella Region", "Greater Pibor Administrative Area"],
         location="Pibor"),
], tricky=[("e3", "e4", "talks between the two governments' ministers in Juba on Friday February 13 vs the two-day peace conference of elders and regional officials in Pibor opening on Wednesday February 18, same raid, five days apart")],
note="The killings and abductions are part of the attack and not marked; the cattle theft, the April 2016 Gambella raid, "
     "the regional funeral, the troops' pull-back to the border, the first handover of children planned for the end of "
     "the month, UNICEF's role and the mobile courts are side / background events.",
articles=[
dict(id="a1", source="Horn Wire", published="2026-02-09",
     title="Raiders from South Sudan kill 28 in Ethiopia's Gambella, abduct children",
     text="""ADDIS ABABA - Armed raiders from South Sudan [[e1|attacked]] villages in Ethiopia's Gambella region on Sunday, killing at least 28 people and carrying off about 40 children, regional officials said.

The gunmen crossed the border before dawn and [[e1|struck]] three villages in Jikawo district, near the Baro river, burning huts and driving off more than 2,000 head of cattle, said Gatluak Riek, a spokesman for the Gambella regional government. Most of the dead were women and old men who could not run.

He said the attackers came from South Sudan's Greater Pibor Administrative Area, where cattle raids and child abductions have been common for decades.

The federal government in Addis Ababa said it was preparing to [[e2|send]] troops across the border to recover the children, and that it had informed the government in Juba. South Sudan's foreign ministry had not commented by Monday evening.

Survivors were taken to the health centre in Jikawo town, and some of the badly wounded to the regional hospital in Gambella. Aid workers said several hundred people had fled to the riverbank and were sleeping in the open.

The [[e1|attack]] recalled April 2016, when raiders from the same area killed more than 200 people in Gambella and abducted over 100 children, many of whom were returned months later after mediation by elders and the two governments.

Gambella, a lowland region on the South Sudanese border, also hosts more than 350,000 refugees from South Sudan's civil war."""),
dict(id="a2", source="Addis Herald", published="2026-02-14",
     title="Ethiopian troops pursue raiders inside South Sudan; ministers meet in Juba",
     text="""Ethiopian and South Sudanese ministers [[e3|met]] in Juba on Friday to discuss the return of about 40 children [[e1|abducted]] from Gambella last Sunday, as Ethiopian soldiers continued to search for the raiders inside South Sudan.

Federal troops [[e2|crossed]] the border on Tuesday near Akobo with Juba's consent, the defence ministry said, and have since recovered six children and about 500 cattle. A ministry spokesman said the soldiers had not fired a shot.

The death toll from the [[e1|raid]] on Jikawo district has risen to 31, after three of the wounded died in Gambella hospital.

At the [[e3|talks]] in Juba, Ethiopia's state minister for foreign affairs, Tesfaye Gebremariam, and South Sudan's interior minister, Angelo Deng Malual, agreed to hold a [[e4|meeting]] of elders and local officials from both sides in Pibor next week, Ethiopian officials said. Deng said his government would "do everything" to bring the children home.

In Gambella town, hundreds of people attended a funeral on Wednesday for 19 of the victims. Some mourners criticised the federal government for not protecting the border after the 2016 raids.

"Every ten years they come, and every ten years we hold a meeting," said Nyachuol Gatwech, whose two sons are missing. "I want my boys, not a meeting.\""""),
dict(id="a3", source="Nile Basin Review", published="2026-02-22",
     title="Children to come home under Pibor deal, but Gambella's border stays open",
     text="""ANALYSIS - Under an [[e5|agreement]] signed in Pibor on Thursday, community leaders from South Sudan's Greater Pibor Administrative Area have promised to return 34 children taken in the February 8 [[e1|raid]] on Gambella, and to hand over the cattle or pay for them.

The [[e5|deal]] was reached at a two-day [[e4|conference]] of chiefs, elders, youth leaders and officials from both sides that opened on Wednesday, with the UN mission in South Sudan providing transport and tents. The first children are to be handed over at Akobo by the end of the month.

It followed [[e3|talks]] between the two governments in Juba on February 13, five days after the [[e1|attack]], and a week-long operation by Ethiopian soldiers who [[e2|entered]] South Sudan on February 10. The soldiers, who recovered six children, have pulled back to the border.

The Pibor [[e4|gathering]] is a familiar ritual. After a raid in 2016, a similar accord brought most of the children back, but not an end to the raids.

"Agreements between elders work for the children who are alive. They do not stop the next raid," said Ojulu Okello, a researcher at Gambella University. He said both governments should pay for mobile courts and a joint police force along the border.

Gambella's president has promised to rebuild the three burnt villages before the rains. Many of their inhabitants are still camped along the Baro."""),
]),
dict(story="f09", topic="Kathmandu's rubbish crisis: the Banchare Danda residents' ultimatum, their blockade of the landfill road, failed talks at the urban development ministry, an agreement ending the blockade and the Supreme Court's deadline for a landfill plan (Nuwakot and Kathmandu, Nepal)", events=[
    dict(e="e1", type="deadline", date="2026-07-10", participants=["Landfill-Affected Struggle Committee", "Kathmandu Metropolitan City"],
         location="Banchare Danda"),
    dict(e="e2", type="protest", date="2026-07-11", participants=["Landfill-Affected Struggle Committee", "Banchare Danda residents"],
         location="Banchare Danda"),
    dict(e="e3", type="meeting", date="2026-07-14", participants=["Ministry of Urban Development", "Kathmandu Metropolitan City",
         "Landfill-Affected Struggle Committee"], location="Kathmandu"),
    dict(e="e4", type="deadline", date="2026-07-31", participants=["Supreme Court of Nepal", "Ministry of Urban Development",
         "Kathmandu Metropolitan City"], location="Kathmandu"),
    dict(e="e5", type="agreement", date="2026-07-18", participants=["Landfill-Affected Struggle Committee", "Ministry of Urban Development",
         "Kathmandu Metropolitan City"], location="Nuwakot"),
], tricky=[("e1", "e4", "the residents' seven-day ultimatum that ran out on Friday July 10 vs the Supreme Court's 15-day deadline for a landfill plan that expired on Friday July 31, same landfill, same city, both told as 'deadline'")],
note="Both deadlines are dated to the day they expired. The court's hearing and order of July 16, the residents' petition, "
     "the plan submitted on July 31, the compensation payments, the lifting of the blockade as such, earlier blockades "
     "of the landfill and the monsoon landslides on the road are side / background events. The residents' threat to block "
     "the road 'unless' their demands were met (before the blockade) is conditional and not marked for e2.",
articles=[
dict(id="a1", source="Himalayan News Service", published="2026-07-09",
     title="Kathmandu braces for garbage crisis as landfill villagers' ultimatum runs out",
     text="""KATHMANDU - Residents living around the Banchare Danda landfill in Nuwakot district said on Thursday that they would stop garbage trucks from Kathmandu reaching the site from Saturday unless the government met their demands by the end of their [[e1|ultimatum]] on Friday.

The seven-day [[e1|deadline]], set last Friday by the Landfill-Affected Struggle Committee, asks for compensation of 300,000 rupees for each household within two kilometres of the site, a plant to treat the leachate that runs into the Kolpu river, a health post and a paved access road.

"We have been patient for six years. The smell is in our food and the water is black," said the committee's coordinator, Bishnu Prasad Tamang.

Kathmandu Metropolitan City sends about 1,100 tonnes of waste a day to Banchare Danda, which replaced the nearby Sisdol landfill in 2021. The city's chief administrative officer, Ram Prasad Ghimire, said officials were "in contact" with the committee and urged residents not to punish the capital's three million people.

The landfill has been blocked several times in recent years, and each time rubbish piled up on Kathmandu's streets within days, blocking drains during the monsoon.

The residents have also filed a petition at the Supreme Court, which is due to hear it on July 16. Their lawyer said he would ask the court to order the government to produce a plan for the site's leachate and for a new landfill, since the current cells are almost full."""),
dict(id="a2", source="Kathmandu Chronicle", published="2026-07-15",
     title="Rubbish piles up as landfill blockade enters fifth day; talks fail",
     text="""Heaps of rotting garbage lined the streets of central Kathmandu on Wednesday as residents of Banchare Danda kept up their [[e2|blockade]] of the road to the city's only landfill for a fifth day.

Villagers have [[e2|blocked]] the access road with tree trunks and tents since Saturday, the day after their [[e1|ultimatum]] to the government expired without an answer. About 40 trucks loaded with waste are parked along the road below the village.

[[e3|Talks]] on Tuesday at the Ministry of Urban Development in Singha Durbar between the residents' struggle committee, ministry officials and Kathmandu Metropolitan City broke down after five hours. The ministry offered 150,000 rupees per household; the committee asked for 300,000 and a written timetable for the leachate plant. "They came with money and no plan," said the committee's coordinator, Bishnu Prasad Tamang, after the [[e3|meeting]].

Shopkeepers in Asan and New Road said customers were staying away because of the smell. The city has told residents to keep their waste at home, and the health ministry warned of cholera and dengue.

The Supreme Court will on Thursday hear a petition filed by the Banchare Danda residents against the government and the city.

"Every monsoon, the same story," said Sunita Maharjan, who runs a tea shop near Indra Chowk. "They pay the villagers for one year, and then they forget.\""""),
dict(id="a3", source="South Asia Urban Review", published="2026-07-21",
     title="Kathmandu's rubbish moves again, but the court's clock is ticking",
     text="""ANALYSIS - Garbage trucks reached Banchare Danda again on Sunday after residents lifted their week-long [[e2|blockade]] of the landfill road, under an [[e5|agreement]] signed on Saturday at the Nuwakot district administration office.

The [[e5|deal]] gives each household near the site 200,000 rupees this year, a health post within three months and a leachate treatment plant by next spring. It was signed by the struggle committee, the urban development ministry and Kathmandu Metropolitan City, four days after [[e3|talks]] at the ministry had collapsed over money.

Money was not the only pressure on officials. On Thursday, two days before the [[e5|accord]], the Supreme Court gave the ministry and the city a [[e4|deadline]] of July 31 to present a plan for the leachate and for a new landfill site. Lawyers say the court's involvement gave officials a reason to settle.

The court's [[e4|deadline]] is the harder part. Kathmandu has looked for a new landfill site for two decades, and the current cells at Banchare Danda are expected to be full within 18 months.

"Paying villagers is a policy of buying time," said Anjali Shrestha, an urban planner. "And a plan on paper is not a landfill."

The [[e1|ultimatum]] that ran out on July 10 was the fourth issued by Banchare Danda residents since 2022."""),
dict(id="a4", source="Trishuli Valley Times", published="2026-08-01",
     title="City files landfill plan hours before court deadline",
     text="""NUWAKOT - Kathmandu Metropolitan City and the urban development ministry handed their landfill plan to the Supreme Court on Friday afternoon, a few hours before the court's [[e4|deadline]] ran out.

The 60-page plan proposes a treatment plant for the leachate at Banchare Danda by April and names two possible sites for a new landfill in Dhading district. It gives no dates for either site.

Residents of Banchare Danda, who [[e2|blocked]] the landfill road for a week in July, said the plan did not match what they were promised. Under the [[e5|agreement]] of July 18, the leachate plant was to be built by March, and the health post was to open by October.

"The city did what the judges asked, on paper. What it promised us is still waiting," said Bishnu Prasad Tamang, the coordinator of the residents' struggle committee. The committee's [[e1|ultimatum]], which expired on July 10, had asked for the health post within a month.

The first compensation payments reached 212 households on Friday, the district administration office said. About 90 more are still waiting because of disputes over land titles.

The Supreme Court will hear both sides again on August 14. The judges can accept the plan, ask for changes or order officials to appear in person.

In Dhading, a village council near one of the proposed sites said on Friday that it would oppose any landfill in its area."""),
]),
dict(story="f10", topic="Chari river dike breach floods N'Djamena: deaths in Walia, the government's disaster declaration, a UN emergency fund grant, displaced families blocking the Chagoua bridge and an EU humanitarian air bridge flight three days after the UN money (Chad)", events=[
    dict(e="e1", type="casualties", date="2026-09-06", participants=["Walia residents"], location="N'Djamena"),
    dict(e="e2", type="statement", date="2026-09-07", participants=["Chad"], location="N'Djamena"),
    dict(e="e3", type="support", date="2026-09-09", participants=["Central Emergency Response Fund", "Chad"], location="N'Djamena"),
    dict(e="e4", type="protest", date="2026-09-10", participants=["displaced Walia families"], location="N'Djamena"),
    dict(e="e5", type="support", date="2026-09-12", participants=["European Union", "Chad"], location="N'Djamena"),
], tricky=[("e3", "e5", "the UN Central Emergency Response Fund's 6 million dollars released on Wednesday September 9 vs the EU Humanitarian Air Bridge flight with 40 tonnes of relief landing on Saturday September 12, same floods, three days apart")],
note="The dike breach and the flooding themselves, the injuries, the evacuations to schools, the government's promise of "
     "land, the second EU flight planned for later, the 2022 and 2024 floods, the police at the bridge and the cholera "
     "warning are side / background events. 'The UN and EU money together' is an aggregate mention and not marked. Only "
     "words for the deaths are marked for e1.",
articles=[
dict(id="a1", source="Sahel Press Agency", published="2026-09-07",
     title="Chari floodwaters breach dike in N'Djamena, 11 dead",
     text="""N'DJAMENA - At least 11 people were [[e1|killed]] when the swollen Chari river broke through a dike and flooded the Walia district of N'Djamena overnight on Sunday, Chad's civil protection service said on Monday.

Water rose to more than a metre in the streets within an hour, residents said, and thousands of people climbed onto roofs or waded towards the Ngueli road with children on their shoulders. Seven of those who [[e1|drowned]] were children, and about 30 people were injured when mud-brick walls collapsed.

Soldiers and civil protection teams in boats rescued several hundred people during the night. By Monday afternoon more than 40,000 residents had been moved to schools and public buildings in the city centre, officials said.

On Monday the government [[e2|declared]] a state of national disaster in N'Djamena and in two other provinces along the Chari and Logone rivers, and appealed for international help. The communications minister told reporters that the dike, built after the floods of 2022, "was not designed for a river at this level".

The Chari has been rising for three weeks after heavy rains upstream in the Central African Republic. The water gauge in N'Djamena reached 8.3 metres on Sunday, a few centimetres below its 2024 record.

In 2024, floods across Chad killed more than 500 people and affected nearly two million, according to the United Nations."""),
dict(id="a2", source="Chari Tribune", published="2026-09-11",
     title="Flood victims block Chagoua bridge as UN releases emergency funds",
     text="""N'DJAMENA - Hundreds of families driven from their homes by the floods in Walia [[e4|blocked]] the Chagoua bridge for most of Thursday, demanding plots of land on higher ground before the next rainy season.

Women and children sat on the road with mattresses and cooking pots, stopping traffic between the city centre and the south bank. Police negotiated with the organisers of the [[e4|protest]] but did not intervene, and the bridge reopened at dusk.

"We are in a classroom with four families. When school starts, where do we go?" said Achta Mahamat, a mother of five.

The [[e1|death toll]] from Sunday night's dike breach has risen to 18, civil protection said, after bodies were found in flooded houses near the river.

The UN's Central Emergency Response Fund on Wednesday [[e3|released]] 6 million dollars for shelter, clean water and food for the displaced, the UN humanitarian office in N'Djamena said. The [[e3|allocation]] followed the government's [[e2|declaration]] of a national disaster on Monday and its appeal for international help.

The European Union said a flight of its Humanitarian Air Bridge would [[e5|bring]] 40 tonnes of shelter kits, water purification units and medicines to N'Djamena on Saturday.

Aid agencies say more than 70,000 people in the capital are now without homes, and the river is still rising."""),
dict(id="a3", source="Humanitarian Dispatch", published="2026-09-16",
     title="N'Djamena floods: aid arrives, but Walia's families have nowhere to go",
     text="""ANALYSIS - Ten days after the Chari broke through its dike, the floods that [[e1|killed]] 22 people in N'Djamena's Walia district have turned into a housing crisis.

Relief has arrived quickly by Chadian standards. The first flight of the European Union's Humanitarian Air Bridge [[e5|landed]] at N'Djamena airport on Saturday with 40 tonnes of tents, water filters and medicines, and a second is planned for next week. The 6 million dollars [[e3|allocated]] by the UN's Central Emergency Response Fund last Wednesday has paid for food distributions in 31 schools.

But the UN and EU money together covers only shelter and food for about three months. The government, which [[e2|declared]] a national disaster the day after the dike gave way, has also promised land for the displaced, without saying where.

That is what the families who [[e4|blocked]] the Chagoua bridge last Thursday were asking for. "Tents are for a season. We need a place," said Mahamat Saleh, one of the organisers of the [[e4|sit-in]].

Urban planners say much of Walia is built on land that floods every few years and should not be rebuilt. Officials have mentioned sites north of the city, more than 20 kilometres from the markets where most Walia residents work.

Health workers fear cholera as the water recedes. No cases have been confirmed yet."""),
]),
]
