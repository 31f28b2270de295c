"""Source of ../stories_blind5/articles.jsonl and ../stories_blind5/gold.jsonl.

FIFTH story set for the cross-article deduplication benchmark: a BLIND set, for reporting
only.  It was written without running the timeline extractor or the dedup benchmark on these
texts and without reading the system's code, extraction or clustering rules or word lists;
only the format of the earlier sets was consulted.  Never use it for tuning: do not inspect
the system's errors on it to change rules, word lists or thresholds.  Once it has been used
for tuning it is no longer blind and must be relabelled a development set.

All articles are fiction written for this data set (invented outlets, people and events,
some real places and institutions).  Event mentions are marked inline as [[eN|trigger]];
build_stories.py strips the markers, computes character offsets and writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_blind5_spec \\
        --out tests/gold/stories_blind5

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event.
Aggregate mentions covering two gold events ("both expulsions", "the tit-for-tat duties",
"the airlifts") and negated or hypothetical mentions are not marked.

Type conventions used here (the type list has no better fit):
  * the expulsion of diplomats and punitive trade tariffs are typed `sanction`;
  * a national strike is typed `protest`;
  * a government's appeal for international help is typed `statement`;
  * deaths in a dam breach, a levee breach, a flood or a ferry capsize are `casualties`
    events; the breach / flood / capsize itself is not annotated (like the tremor in s09);
  * evacuations and releases of detainees have no type and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- g01
dict(story="g01", topic="dam failure, levee breach and flood relief (Vrancea, Romania)", events=[
    dict(e="e1", type="casualties", date="2026-05-17", participants=["Putna valley residents"],
         location="Greșu"),
    dict(e="e2", type="casualties", date="2026-05-19", participants=["Vidra residents"], location="Vidra"),
    dict(e="e3", type="deployment", date="2026-05-18", participants=["Romanian Army"],
         location="Putna valley"),
    dict(e="e4", type="support", date="2026-05-21", participants=["Austria", "Hungary", "European Union"],
         location="Vidra"),
], tricky=[("e1", "e2", "deaths when the Valea Sării dam gave way (Sunday) vs deaths when a levee burst 30 km downstream two days later, in the same flood")],
note="The dam breach, the levee breach and the evacuation are not annotated; only the deaths are. "
     "The government's compensation promise (support) and the detention of the water-authority head (arrest) are side events.",
articles=[
dict(id="a1", source="Danube Valley Press", published="2026-05-18",
     title="Seven dead as dam bursts in eastern Romania",
     text="""FOCȘANI, Romania - At least seven people [[e1|died]] when an earth dam holding back the Valea Sării reservoir gave way late on Sunday after three days of torrential rain, sending a surge of water through villages in the Putna valley in eastern Romania, officials said on Monday.

The county emergency inspectorate said the [[e1|dead]] included an elderly couple and their grandson, whose house in Greșu was swept away. Fourteen people were still missing on Monday afternoon, and about 2,300 residents had been evacuated to schools and sports halls in Focșani.

The defence ministry said it was [[e3|sending]] 400 soldiers, amphibious vehicles and four helicopters to the valley to help rescuers reach cut-off hamlets. "The army will stay as long as it takes," Defence Minister Adrian Mureșan told reporters.

The dam, built in 1978 to supply irrigation canals, had been flagged as needing urgent repairs in a 2019 audit that was never acted on. Prosecutors in Vrancea opened a criminal investigation on Monday.

Forecasters warned of more rain along the lower Putna, where a flood-protection levee near the village of Vidra was already under strain. Floods in neighbouring Galați county killed several people in 2024."""),
dict(id="a2", source="Carpathian News Agency", published="2026-05-20",
     title="Levee bursts downstream of failed Romanian dam, two more dead",
     text="""VIDRA, Romania - Two more people [[e2|drowned]] on Tuesday when a flood-protection levee on the lower Putna burst near Vidra, 30 kilometres downstream of the dam that collapsed on Sunday night, Romanian authorities said.

A woman in her seventies and a volunteer firefighter [[e2|were killed]] when water poured into the village shortly before dawn. Mayor Ilie Stanciu said most of Vidra's 600 residents had left their homes on Monday after a warning from the county.

Upstream, rescuers found four more bodies in the mud in Greșu, raising the [[e1|death toll]] from the dam failure to 11. Three people are still missing there. The floods have now killed 13 people in Vrancea county, the worst loss of life from a natural disaster in Romania in more than a decade.

Soldiers [[e3|deployed]] to the valley on Monday used helicopters to lift 140 people from rooftops in Vidra, the defence ministry said.

Romania asked for help through the EU Civil Protection Mechanism on Tuesday evening. Austria and Hungary [[e4|offered]] high-capacity pumps and crews to drain flooded farmland, a European Commission official said.

Prime Minister Sorin Vlad declared Wednesday a day of national mourning."""),
dict(id="a3", source="Balkan & Black Sea Monitor", published="2026-05-27",
     title="A week after the dam failure, the Putna valley counts the cost",
     text="""GREȘU, Romania - A week after the Valea Sării dam gave way, [[e1|killing]] 11 people in this village and its neighbours, residents are returning to houses caked in mud and trying to salvage what the water left behind.

The levee breach at Vidra two days later [[e2|claimed]] two more lives, including a 34-year-old volunteer firefighter who had gone back to check on an elderly neighbour.

Pumping crews from Austria and Hungary, who [[e4|arrived]] last Thursday under the EU Civil Protection Mechanism, have drained about half of the flooded fields around Vidra. "Without them the water would have stood until July," said farmer Gheorghe Pană.

The 400 soldiers [[e3|sent]] to the valley last week have cleared the main road and rebuilt two footbridges; they will start leaving on Friday, the defence ministry said.

The government has promised 50 million lei in compensation, but many families say they have not yet received forms to apply. Prosecutors on Monday detained the former head of the regional water authority, who signed off on the dam's last safety inspection in 2021.

Engineers say at least 40 other small dams in Romania share the same design."""),
]),
# ---------------------------------------------------------------------------- g02
dict(story="g02", topic="teachers' strikes and pay deal (Peru)", events=[
    dict(e="e1", type="protest", date="2026-03-11", participants=["SUTEP", "teachers"], location=None),
    dict(e="e2", type="protest", date="2026-04-13", participants=["SUTEP", "teachers"], location=None),
    dict(e="e3", type="agreement", date="2026-04-24", participants=["Peru", "SUTEP"], location="Lima"),
    dict(e="e4", type="deadline", date="2026-04-10", participants=["SUTEP", "Peru"], location=None),
], tricky=[("e1", "e2", "the two-day national teachers' strike in March vs the open-ended national strike from April 13, same union, same demands")],
note="The 2017 strike and its settlement are background; the rally in Lima and the offer of talks are side events.",
articles=[
dict(id="a1", source="Andean Wire", published="2026-03-12",
     title="Peruvian teachers stage two-day national strike",
     text="""LIMA - Teachers across Peru [[e1|walked out]] of state schools on Wednesday to demand a 30 percent pay rise and the restoration of pension rights cut in 2023, closing most classrooms in Lima, Cusco, Arequipa and Piura.

The National Union of Education Workers (SUTEP) said 82 percent of its members had joined the 48-hour [[e1|stoppage]], which ends on Thursday evening. The education ministry put participation at 55 percent and said schools in the Amazon region were largely open.

Union secretary-general Rosa Huamán said the government had ignored a list of demands submitted in January. "We will not stop at two days," she said. The union set a [[e4|deadline]] of April 10 for the cabinet to present a new pay offer.

Education Minister Javier Paredes said a 30 percent rise would cost 9 billion soles a year and was "simply not affordable", but that his door remained open. He accused the union of using pupils "as hostages".

Peruvian teachers earn on average about 3,100 soles a month, less than half the pay of a police sergeant, according to union figures. The last open-ended national teachers' strike, in 2017, lasted more than two months and ended with a partial pay settlement."""),
dict(id="a2", source="Pacific Coast Herald", published="2026-04-14",
     title="Peru's teachers begin indefinite strike after deadline passes",
     text="""LIMA - Peru's public school teachers began an [[e2|indefinite strike]] on Monday, keeping about six million pupils at home, after the government let the union's [[e4|deadline]] pass on Friday without a new pay offer.

The [[e2|walkout]] is the second national action by the SUTEP union this year. Last month its members held a two-day [[e1|strike]] that closed most state schools but won no concessions.

Union leader Rosa Huamán told a rally outside the Congress building that the [[e2|strike]] would continue "until there is a signed agreement". She said teachers in 24 of Peru's 25 regions had stayed away from classrooms.

Prime Minister Raúl Benavides said the government would not negotiate "under pressure", but he invited union leaders to talks at the cabinet office on Wednesday. The education ministry warned that striking teachers would lose a day's pay for every day of absence.

Parents' associations in Cusco and Puno said they supported the teachers' demands but feared pupils would fall further behind after the disruption of the pandemic years. Private schools, which teach about a quarter of Peru's children, were unaffected."""),
dict(id="a3", source="Southern Cone Press Agency", published="2026-04-26",
     title="Peru signs pay deal with teachers, ending 12-day strike",
     text="""LIMA - Peru's government and the SUTEP teachers' union signed a [[e3|pay deal]] late on Friday that ends a 12-day national [[e2|strike]], and classes will resume in state schools on Monday.

Under the [[e3|agreement]], teachers' salaries will rise by 18 percent in two stages, in July and next January, and the government will send Congress a bill to restore the pension rights cut in 2023. The union had demanded 30 percent.

The [[e2|walkout]], which began on April 13 after the union's April 10 [[e4|deadline]] expired, kept about six million pupils out of school and became the longest teachers' action since 2017.

Union leader Rosa Huamán called the [[e3|accord]] "a partial victory" and said members would vote on it next week. She said the 48-hour [[e1|stoppage]] in March had "shown the government we were serious".

Finance Minister Carla Vizcarra said the increase would cost 4.2 billion soles next year and would be covered by savings elsewhere, without new borrowing. Education Minister Javier Paredes said lost lessons would be made up by shortening the July holidays by one week."""),
]),
# ---------------------------------------------------------------------------- g03
dict(story="g03", topic="spy arrest, expulsion of diplomats and retaliation (Norway - Russia)", events=[
    dict(e="e1", type="sanction", date="2026-09-08", participants=["Norway", "Russia"], location="Oslo"),
    dict(e="e2", type="sanction", date="2026-09-11", participants=["Russia", "Norway"], location="Moscow"),
    dict(e="e3", type="arrest", date="2026-09-04", participants=["Norwegian Police Security Service"],
         location="Vadsø"),
    dict(e="e4", type="statement", date="2026-09-08", participants=["Russia"], location="Moscow"),
], tricky=[("e1", "e2", "Norway's expulsion of three Russian diplomats vs Russia's retaliatory expulsion of three Norwegian diplomats three days later")],
note="Expulsions of diplomats are typed sanction. The 2023 expulsions are background; the summoning of "
     "the ambassador and the Norwegian foreign minister's reaction are side events.",
articles=[
dict(id="a1", source="Nordic News Bureau", published="2026-09-08",
     title="Norway expels three Russian diplomats over radar spying case",
     text="""OSLO - Norway on Tuesday [[e1|expelled]] three Russian diplomats it accused of running an agent who passed information about a military radar station in the Arctic, the foreign ministry said.

The three, who worked at the Russian embassy in Oslo, have a week to leave the country. Foreign Minister Kari Lindvik said the [[e1|expulsions]] followed the [[e3|arrest]] last Friday of a 41-year-old Norwegian engineer.

The Police Security Service (PST) said the man, who worked for a maintenance contractor at the Globus radar site in Vardø, had met one of the diplomats at least six times in Murmansk and Kirkenes since 2024. He was [[e3|detained]] at his home in Vadsø and has been charged with illegal intelligence activity.

In a [[e4|statement]] on Tuesday evening, Russia's foreign ministry called Oslo's [[e1|move]] "an unfriendly act based on fabrications" and said Moscow would respond.

Norway expelled 15 Russian embassy staff in 2023, accusing them of being intelligence officers working under diplomatic cover. Relations between the two neighbours, who share a 198-kilometre border in the far north, have been frozen since Russia's full-scale invasion of Ukraine."""),
dict(id="a2", source="Baltic Sea Times", published="2026-09-12",
     title="Russia expels three Norwegian diplomats in tit-for-tat move",
     text="""MOSCOW - Russia on Friday [[e2|expelled]] three Norwegian diplomats, giving them seven days to leave the country, in retaliation for Oslo's [[e1|expulsion]] of three Russian embassy employees earlier this week.

Norway's ambassador was summoned to the foreign ministry in Moscow and handed a note of protest, the ministry said. It did not name the three Norwegians, but said they included the embassy's defence attaché.

The ministry had [[e4|warned]] on Tuesday that Moscow would respond to what it called "an unfriendly act based on fabrications".

Oslo says the three Russians were handling a Norwegian engineer who was [[e3|arrested]] on September 4 on suspicion of passing information about the Globus radar in Vardø, which monitors Russian military activity on the Kola Peninsula. The engineer denies wrongdoing and has been remanded in custody for four weeks.

In Oslo, Foreign Minister Kari Lindvik said Russia's [[e2|decision]] was "regrettable but expected" and that Norway would not respond further. She said the embassy in Moscow would continue to issue visas and support Norwegian citizens in Russia with reduced staff."""),
dict(id="a3", source="Arctic Affairs Review", published="2026-09-19",
     title="Radar spy case chills Norway-Russia ties in the far north",
     text="""VARDØ, Norway - Two weeks after a local engineer was [[e3|arrested]] on suspicion of spying for Russia, residents of this fishing town at the tip of Norway are wondering what the case will mean for the border region.

Three Russian diplomats [[e1|expelled]] by Norway on September 8 flew out of Oslo on Tuesday. The three Norwegians [[e2|ordered out]] of Moscow in response left on Friday.

Both expulsions have been criticised by local politicians in Finnmark, who fear that the last channels of cooperation with Murmansk, on search and rescue and on fish stocks in the Barents Sea, could now be cut.

"We have worked with the Russians on oil spill drills and on the cod quota for 50 years, even in the Cold War," said Vardø's mayor, Tove Hansen.

The annual Norwegian-Russian fisheries commission is due to meet in October. Moscow has not said whether its delegation will attend. The radar station, operated by the Norwegian Intelligence Service, was upgraded in 2020 and remains one of the most sensitive military sites in the country."""),
]),
# ---------------------------------------------------------------------------- g04
dict(story="g04", topic="coup attempt and arrests (Burundi)", events=[
    dict(e="e1", type="attack", date="2026-07-10", participants=["mutinous soldiers", "RTNB"],
         location="Bujumbura"),
    dict(e="e2", type="arrest", date="2026-07-10", participants=["Burundi", "mutinous soldiers"],
         location="Bujumbura"),
    dict(e="e3", type="arrest", date="2026-07-13", participants=["Burundi", "Léonidas Hatungimana"],
         location="Gitega"),
    dict(e="e4", type="statement", date="2026-07-10", participants=["President of Burundi"], location="Gitega"),
], tricky=[("e2", "e3", "arrest of 17 soldiers on the day of the coup attempt vs arrest of the former army chief at his home three days later")],
note="The 2015 coup attempt is background; the AU condemnation and the arrest of five others at the weekend are side events.",
articles=[
dict(id="a1", source="Great Lakes Press Agency", published="2026-07-10",
     title="Burundi says it foiled coup attempt at state broadcaster",
     text="""BUJUMBURA - A group of Burundian soldiers [[e1|stormed]] the headquarters of the state broadcaster RTNB in Bujumbura before dawn on Friday and tried to read a statement on air, in what the government called an attempted coup.

Residents of the Kigobe district said they heard heavy gunfire for about two hours from 3 a.m. Army spokesman Colonel Floribert Biyereke said loyal troops had retaken the building by 6 a.m. and that two soldiers and a security guard had been killed in the [[e1|assault]].

Seventeen soldiers, including a major and two captains, [[e2|were arrested]] at the scene, the spokesman said. Around a dozen others fled in two pick-up trucks towards the Kibira forest, and a search was under way.

The president was in Gitega, the political capital, during the [[e1|attack]] and was "safe and in full control", his office said. He is expected to [[e4|address]] the nation later on Friday.

RTNB radio was off the air for most of the morning and resumed broadcasting at noon with music. Burundi's last coup attempt, in May 2015, was crushed after two days of fighting in the capital."""),
dict(id="a2", source="East African Correspondent", published="2026-07-11",
     title="Burundi president vows 'no mercy' after failed coup",
     text="""GITEGA - Burundi's president promised on Friday evening that the plotters behind the failed [[e1|putsch]] in Bujumbura would face "the full force of the law, and no mercy".

In a televised [[e4|speech]], he called them "a handful of misguided soldiers who wanted to drag our country back into darkness" and thanked the army for its loyalty. He did not say who he believed was behind it.

The 17 soldiers [[e2|detained]] after Friday's pre-dawn [[e1|raid]] on the state broadcaster have been moved to a military camp in Muha, a defence ministry official said. About a dozen mutineers who escaped were still being hunted in the hills of Bubanza province on Saturday.

The African Union and the East African Community condemned the [[e1|attack]] and urged Burundi to respect due process in dealing with the suspects.

Diplomats in Bujumbura said the mutineers appeared to have little support within the army. Burundi has been under pressure from a fuel shortage and rising prices since last year, and the government has blamed "foreign-funded saboteurs" for the crisis. Schools and markets in Bujumbura reopened on Saturday."""),
dict(id="a3", source="Francophone Africa Wire", published="2026-07-15",
     title="Burundi arrests former army chief over foiled coup",
     text="""BUJUMBURA - Burundian police have [[e3|arrested]] a former army chief of staff, retired General Léonidas Hatungimana, accusing him of masterminding last week's [[e1|assault]] on the state broadcaster, the prosecutor general said on Wednesday.

Hatungimana, 61, was [[e3|taken into custody]] at his home in Gitega on Monday and has been charged with undermining state security and murder, prosecutor Audace Ndikumana told a news conference.

His [[e3|detention]] brings to 23 the number of people held in the case. They include the 17 soldiers [[e2|rounded up]] on the day of the [[e1|raid]] and five others, among them two civilians, who were picked up over the weekend.

Hatungimana's lawyer said the general had been at home all night and had "nothing to do with any of this". He led the army from 2016 to 2020 and has been out of public life since then.

The president, who in a [[e4|speech]] on the night of the [[e1|coup attempt]] promised "no mercy" to those responsible, has replaced the commander of the Bujumbura military region. Human rights groups urged the authorities to allow the detainees access to lawyers and their families."""),
]),
# ---------------------------------------------------------------------------- g05
dict(story="g05", topic="floods, appeal for aid and aid flights (Beni, Bolivia)", events=[
    dict(e="e1", type="casualties", date="2026-02-09", participants=["Beni residents"], location="Beni"),
    dict(e="e2", type="statement", date="2026-02-12", participants=["Bolivia"], location="La Paz"),
    dict(e="e3", type="support", date="2026-02-14", participants=["Brazil", "Bolivia"], location="Trinidad"),
    dict(e="e4", type="support", date="2026-02-17", participants=["Argentina", "Bolivia"], location="Trinidad"),
], tricky=[("e3", "e4", "Brazil's air force aid flights to Trinidad on Saturday vs Argentina's Hercules aid flight to the same airport three days later")],
note="The appeal for international help is typed statement. The national disaster declaration (Tuesday), "
     "UNICEF's supplies and Peru's offer are side events; the 2014 floods are background.",
articles=[
dict(id="a1", source="Amazon Basin Report", published="2026-02-12",
     title="Bolivia appeals for international help as floods kill 19",
     text="""TRINIDAD, Bolivia - Floods in Bolivia's lowland Beni department have [[e1|killed]] 19 people since Monday, and the government on Thursday [[e2|appealed]] for international help to reach tens of thousands of people cut off by rising rivers.

The Mamoré and Ibare rivers burst their banks after weeks of heavy rain, submerging roads and cattle ranches across an area the size of Belgium. Civil defence officials said most of the [[e1|dead]] had drowned when their canoes capsized or when they were swept away trying to cross flooded roads.

The government declared a national disaster on Tuesday. In a [[e2|statement]] read at the presidential palace in La Paz two days later, government spokesman Marcelo Quiroga asked friendly countries for helicopters, boats, water purification units and food, saying the emergency was "beyond what our own resources can handle".

About 60,000 people have been forced from their homes, and many are sheltering on raised roads and in schools in Trinidad, the department's capital. Health officials warned of outbreaks of dengue and diarrhoea. In 2014, floods in the same region killed dozens of people and drowned hundreds of thousands of cattle."""),
dict(id="a2", source="Río de la Plata Wire", published="2026-02-15",
     title="Brazilian aid flights land in flooded Bolivian lowlands",
     text="""SANTA CRUZ, Bolivia - Two Brazilian air force cargo planes [[e3|landed]] in Trinidad, the capital of Bolivia's flooded Beni department, on Saturday with 40 tonnes of food, medicine and water purifiers, in response to La Paz's [[e2|call]] for international assistance.

The planes, from the air base at Porto Velho, also carried two inflatable boats and a team of 12 military medics, Brazil's embassy said.

Argentina said it would [[e4|send]] a Hercules transport plane with rescue boats and a team of 30 firefighters early next week. Argentine officials said the plane and crew were being prepared at El Palomar air base near Buenos Aires.

The [[e1|death toll]] from the floods rose to 27 on Saturday, civil defence said, with eight people still missing. Forecasters expect more rain in the Bolivian Amazon until the end of February.

UNICEF said it had distributed water tanks and hygiene kits stored in warehouses in Trinidad before the rainy season. The World Food Programme said it was assessing needs in the worst-hit municipalities of San Ignacio de Moxos and Loreto, which can only be reached by boat or light aircraft."""),
dict(id="a3", source="Humanitarian Desk Weekly", published="2026-02-20",
     title="Airlifts ease shortages in Bolivia's flood zone",
     text="""LA PAZ - An Argentine air force Hercules [[e4|touched down]] in Trinidad on Tuesday carrying rescue boats and 30 firefighters, three days after Brazilian cargo planes [[e3|brought]] the first foreign aid to Bolivia's flooded Beni department.

Together the airlifts have delivered more than 60 tonnes of supplies, according to Bolivia's civil defence agency, and shortages of drinking water in Trinidad have eased. Firefighters from the Argentine [[e4|mission]] are using their boats to reach farms along the Mamoré that have been cut off for two weeks.

The floods, which began on February 9, have [[e1|killed]] 31 people, and four are still missing.

Government spokesman Marcelo Quiroga said the response to Bolivia's February 12 [[e2|appeal]] had been "generous and fast". Peru has offered two helicopters, and the European Union announced 1.5 million euros in emergency funding on Wednesday.

Aid agencies warn that the hardest phase is still ahead. The water is receding slowly, and the government estimates that 250,000 head of cattle have died, wiping out the income of thousands of small ranchers. Schools in Beni will not reopen until March."""),
]),
# ---------------------------------------------------------------------------- g06
dict(story="g06", topic="fishing-rights dispute and talks (Senegal - Mauritania)", events=[
    dict(e="e1", type="arrest", date="2026-10-03", participants=["Mauritanian coastguard", "Senegalese fishermen"],
         location="Ndiago"),
    dict(e="e2", type="meeting", date="2026-10-08", participants=["Senegal", "Mauritania"], location="Nouakchott"),
    dict(e="e3", type="meeting", date="2026-10-20", participants=["Senegal", "Mauritania"], location="Dakar"),
    dict(e="e4", type="agreement", date="2026-10-22", participants=["Senegal", "Mauritania"], location="Dakar"),
], tricky=[("e2", "e3", "the fisheries ministers' meeting in Nouakchott vs the technical teams' talks in Dakar twelve days later, on the same subject")],
note="The August seizures, the lapsed licensing arrangement and the families' protest are background / side events. "
     "The release of the fishermen has no type and is not in gold.",
articles=[
dict(id="a1", source="West Atlantic Fisheries News", published="2026-10-05",
     title="Mauritania detains 23 Senegalese fishermen off Ndiago",
     text="""SAINT-LOUIS, Senegal - Mauritania's coastguard [[e1|detained]] 23 Senegalese fishermen and seized their pirogue off Ndiago, just north of the border, on Saturday, accusing them of fishing without a licence, Senegalese officials said.

The men, all from Saint-Louis's Guet Ndar fishing district, were taken to Nouakchott and are being held at the coastguard base there. Dozens of relatives gathered at the Saint-Louis fish market on Sunday to demand their release.

Senegal's fisheries minister, Awa Diallo, said the [[e1|arrests]] took place in waters covered by a bilateral licensing scheme that expired in July and has not yet been renewed. She said she would [[e2|meet]] her Mauritanian counterpart in Nouakchott on Thursday to "find a lasting solution".

Mauritania's coastguard says it has seized more than 40 foreign boats this year, including 11 Senegalese pirogues in August, and accuses Senegalese crews of using banned nets in spawning grounds.

About 5,000 fishermen from Saint-Louis depend on Mauritanian waters, where sardinella stocks are richer than off Senegal's northern coast. Clashes between Mauritanian patrols and Senegalese crews have caused several deaths over the past decade."""),
dict(id="a2", source="Sahel & Coast Agency", published="2026-10-09",
     title="Senegal and Mauritania to negotiate new fishing licences",
     text="""NOUAKCHOTT - The fisheries ministers of Senegal and Mauritania [[e2|met]] in Nouakchott on Thursday and agreed that technical teams would draft new licensing rules for Senegalese pirogues, but they did not settle the fate of 23 fishermen [[e1|arrested]] off Ndiago last Saturday.

The joint technical committee will [[e3|convene]] in Dakar on October 20, Mauritania's fisheries minister, Sidi Ould Bah, told reporters after the [[e2|talks]]. He said Mauritania wanted to cut the number of licences to 300 from 400 and to require part of every catch to be landed in Mauritanian ports.

Senegalese officials said the release of the fishermen would be discussed "in parallel" through diplomatic channels. The men's boat and catch remain impounded.

Fishermen's unions in Saint-Louis called a protest march for Saturday, accusing Dakar of being too soft on its neighbour. Union leader Moussa Guèye said crews could not wait "another three months" for new permits while the sardinella season passed.

The licensing arrangement between the two countries lapsed in July after talks on its renewal broke down over landing requirements and the use of fine-mesh nets."""),
dict(id="a3", source="Dakar Evening Wire", published="2026-10-23",
     title="Senegal and Mauritania renew fishing pact; detained crew to be freed",
     text="""DAKAR - Senegal and Mauritania [[e4|signed]] a new two-year fishing licence deal on Thursday, after three days of [[e3|negotiations]] between technical teams in Dakar, officials from both countries said.

Under the [[e4|accord]], Mauritania will grant 350 licences a year to Senegalese pirogues, and Senegalese crews will land 15 percent of their catch at the port of Nouakchott. Fine-mesh nets will be banned in Mauritanian waters.

Mauritania also agreed to free the 23 Saint-Louis fishermen [[e1|detained]] off Ndiago on October 3 and to return their boat. They are expected home by the weekend.

"The ministers' [[e2|meeting]] in Nouakchott had stalled over the number of licences. Our teams found a compromise," said a Senegalese negotiator who asked not to be named.

Fishermen in Saint-Louis welcomed the [[e4|agreement]] but said the quota was too small. "350 boats for a town with more than 4,000 pirogues is not a solution," said union leader Moussa Guèye. The European Union, which also holds fishing rights in Mauritania, is negotiating its own protocol with Nouakchott."""),
]),
# ---------------------------------------------------------------------------- g07
dict(story="g07", topic="air strike on a UN food convoy, second strike on a market, UN statement (Upper Nile, South Sudan)", events=[
    dict(e="e1", type="attack", date="2026-08-11", participants=["South Sudan People's Defence Forces", "World Food Programme"],
         location="Nasir"),
    dict(e="e2", type="attack", date="2026-08-13", participants=["Ulang market"], location="Ulang"),
    dict(e="e3", type="statement", date="2026-08-12", participants=["United Nations"], location="New York"),
    dict(e="e4", type="statement", date="2026-08-12", participants=["South Sudan People's Defence Forces"],
         location="Juba"),
], tricky=[("e1", "e2", "air strike on the WFP convoy near Nasir vs aerial bombing of Ulang market two days later, same state"),
           ("e3", "e4", "the UN Secretary-General's condemnation vs the army's statement the same day about the same strike")],
note="The army's own description of the convoy strike ('struck a hostile armed group') is marked as e1. "
     "MSF's figures, the AU/Security Council reactions and WFP's suspension are side events.",
articles=[
dict(id="a1", source="Nile Basin Press", published="2026-08-12",
     title="Air strike hits UN food convoy in South Sudan, five killed",
     text="""JUBA - An air strike [[e1|hit]] a convoy of UN-contracted food trucks near Nasir in South Sudan's Upper Nile state on Tuesday, killing five drivers and destroying 120 tonnes of sorghum, the World Food Programme said.

The 14-truck convoy was travelling from Malakal to Nasir, where tens of thousands of people displaced by fighting depend on food aid. WFP said the trucks were clearly marked and that the route had been shared in advance with "all parties".

The UN Secretary-General [[e3|condemned]] the [[e1|strike]] "in the strongest terms" and called for a prompt and independent investigation, his spokesperson told reporters in New York on Wednesday.

In a [[e4|statement]] in Juba on Wednesday, army spokesman Brigadier Santo Deng Malual said its aircraft had [[e1|struck]] "a hostile armed group" moving along the road and that any civilian casualties would be investigated.

Fighting between the army and armed youth groups around Nasir has displaced more than 80,000 people since last year. Aid agencies say at least nine aid workers have been killed in South Sudan in 2026, most of them drivers."""),
dict(id="a2", source="Horn & Nile Dispatch", published="2026-08-14",
     title="Second air strike in two days kills 11 at Upper Nile market",
     text="""NAIROBI - At least 11 civilians were killed when an aircraft [[e2|bombed]] a crowded market in Ulang, in South Sudan's Upper Nile state, on Thursday, two days after an [[e1|attack]] on a UN food convoy near Nasir, local officials and medics said.

Médecins Sans Frontières said its clinic in Ulang had treated 34 wounded people after the [[e2|bombing]], most of them women and children who had been buying and selling vegetables and fish.

Ulang county commissioner Gatwech Riek said the aircraft came from the direction of Malakal. The army did not comment on the Ulang [[e2|raid]].

On Wednesday, army spokesman Brigadier Santo Deng Malual had [[e4|insisted]] that its aircraft [[e1|targeted]] "a hostile armed group", not the trucks, near Nasir. The UN [[e3|statement]] the same day called the convoy [[e1|strike]] "a flagrant violation of international humanitarian law".

Diplomats said the UN Security Council would discuss the situation in Upper Nile in closed consultations next week. The government in Juba has accused armed youth in the area of preparing an offensive on the county headquarters at Nasir."""),
dict(id="a3", source="Global Aid Monitor", published="2026-08-20",
     title="WFP pauses Upper Nile road convoys after air strikes",
     text="""ROME - The World Food Programme has suspended food deliveries by road in South Sudan's Upper Nile state, a week after five of its contracted drivers were killed in an [[e1|air strike]] on a convoy near Nasir.

The suspension affects about 180,000 people who rely on monthly rations, the agency said on Wednesday. It will try to deliver some food by river barge and by air, at several times the cost.

WFP country director Marianne Lund said the Nasir [[e1|attack]] and a [[e2|bombing]] at Ulang market two days later, which killed 11 people, showed that "no one in this area is safe, not traders, not drivers, not children".

The UN Secretary-General, who [[e3|condemned]] the convoy [[e1|strike]] last week, has asked for an investigation. The army, which has [[e4|said]] its pilots were aiming at an armed group, has not responded.

Both air strikes have been condemned by the African Union and by several Western embassies in Juba. South Sudan's humanitarian affairs minister said the government regretted "any loss of civilian life" and would compensate the families of the drivers."""),
]),
# ---------------------------------------------------------------------------- g08
dict(story="g08", topic="prison break, manhunt and recaptures (Chimaltenango, Guatemala)", events=[
    dict(e="e1", type="attack", date="2026-11-15", participants=["Barrio 18", "Los Cipreses prison"],
         location="Chimaltenango"),
    dict(e="e2", type="deployment", date="2026-11-15", participants=["Guatemalan Army", "National Civil Police"],
         location="Chimaltenango"),
    dict(e="e3", type="arrest", date="2026-11-17", participants=["National Civil Police", "escaped inmates"],
         location="San Martín Jilotepeque"),
    dict(e="e4", type="arrest", date="2026-11-28", participants=["Guatemalan special forces", "Byron Catalán"],
         location="La Mesilla"),
], tricky=[("e3", "e4", "recapture of 12 escapees in a farmhouse on November 17 vs capture of the gang leader near the Mexican border eleven days later")],
note="The detention of two prison guards and the summoning of the interior minister are side events.",
articles=[
dict(id="a1", source="Central American Press Service", published="2026-11-16",
     title="Gunmen storm Guatemalan prison, free 31 inmates",
     text="""GUATEMALA CITY - Dozens of gunmen [[e1|stormed]] the Los Cipreses maximum-security prison in Chimaltenango early on Sunday, killing three guards and freeing 31 inmates, among them the leader of a Barrio 18 gang faction known as "El Zurdo", Guatemala's interior ministry said.

The [[e1|assault]] began shortly after 2 a.m., when explosives were used to blow open the main gate. Most of the escapees fled in four vans that were waiting on a dirt road behind the prison.

The government [[e2|deployed]] 2,000 soldiers and police officers to Chimaltenango and neighbouring departments on Sunday morning and set up roadblocks on the Pan-American Highway, Interior Minister Rodrigo Xitumul said. A reward of 500,000 quetzales was offered for information on the whereabouts of Byron Catalán, 38, alias "El Zurdo", who is serving 90 years for murder and extortion.

Prosecutors detained two prison guards on Sunday afternoon on suspicion of helping the attackers. The prison director was suspended.

It was the biggest escape from a Guatemalan prison in more than a decade. Los Cipreses, opened in 2019, holds about 900 inmates, most of them members of Barrio 18 or its rival, the Mara Salvatrucha."""),
dict(id="a2", source="Isthmus News Agency", published="2026-11-18",
     title="Guatemalan police recapture 12 escaped prisoners",
     text="""GUATEMALA CITY - Guatemalan police [[e3|recaptured]] 12 of the 31 fugitives from Los Cipreses prison, finding most of them hiding in a farmhouse outside San Martín Jilotepeque on Tuesday, the National Civil Police said.

The [[e3|arrests]] followed a tip from a neighbour who noticed unfamiliar vehicles at the property. Three of the men [[e3|captured]] on Tuesday were wounded in an exchange of fire, police spokesman Jorge Ajú said. Byron Catalán, the gang leader known as "El Zurdo", was not among them.

Officials said the 2,000 troops and officers [[e2|sent]] to Chimaltenango after Sunday's [[e1|attack]] had set up 60 checkpoints and searched more than 300 houses.

Congress summoned Interior Minister Rodrigo Xitumul to explain how the gunmen were able to reach the prison gate without being stopped, after local media reported that surveillance cameras had been out of order for a month.

Human rights groups have criticised conditions in Guatemala's prisons, which hold more than twice the number of inmates they were built for. The government has promised to build two new maximum-security jails by 2028."""),
dict(id="a3", source="Mesoamerica Report", published="2026-11-30",
     title="Guatemala captures gang leader 'El Zurdo' near Mexican border",
     text="""HUEHUETENANGO, Guatemala - Guatemalan special forces [[e4|captured]] Byron Catalán, alias "El Zurdo", on Saturday in a house near La Mesilla, close to the Mexican border, two weeks after his gang's [[e1|raid]] on Los Cipreses prison set him free.

Interior Minister Rodrigo Xitumul said Catalán's [[e4|arrest]] was "the most important blow against organised crime this year". He was flown by helicopter to a military base in Guatemala City and will be held in isolation.

Of the 31 fugitives from Los Cipreses, 19 are now back in custody, including 12 [[e3|caught]] in a farmhouse in San Martín Jilotepeque on November 17. Three guards were killed in the [[e1|breakout]].

The [[e2|deployment]] of 2,000 soldiers and police in Chimaltenango will be scaled back from Tuesday, the defence ministry said, though checkpoints will remain on main roads.

Catalán, who is serving 90 years, is believed to have run extortion rackets against bus companies from his cell. Mexican police said he had planned to cross into Chiapas on foot."""),
]),
# ---------------------------------------------------------------------------- g09
dict(story="g09", topic="trade-tariff dispute and suspension deal (Kenya - Tanzania)", events=[
    dict(e="e1", type="sanction", date="2026-06-01", participants=["Tanzania", "Kenya"], location=None),
    dict(e="e2", type="sanction", date="2026-06-15", participants=["Kenya", "Tanzania"], location=None),
    dict(e="e3", type="meeting", date="2026-06-22", participants=["Kenya", "Tanzania", "East African Community"],
         location="Arusha"),
    dict(e="e4", type="agreement", date="2026-06-23", participants=["Kenya", "Tanzania"], location="Arusha"),
], tricky=[("e1", "e2", "Tanzania's 35 percent levy on Kenyan dairy and cooking oil vs Kenya's retaliatory 30 percent tariffs on Tanzanian rice, maize flour and cement two weeks later")],
note="Punitive tariffs are typed sanction. The 2019 sugar/rice row is background; Kenya's threat of "
     "retaliation in a1 is hypothetical and unmarked.",
articles=[
dict(id="a1", source="East African Business Wire", published="2026-06-02",
     title="Tanzania slaps 35% levy on Kenyan dairy and cooking oil",
     text="""DAR ES SALAAM - Tanzania on Monday [[e1|imposed]] a 35 percent import levy on Kenyan processed milk, cooking oil and biscuits, saying the goods contained imported raw materials that do not qualify for duty-free trade under East African Community rules.

Dozens of trucks queued at the Namanga border post on Monday as Tanzanian customs officers began collecting it. Kenyan exporters said the [[e1|levy]] would wipe out a market worth about 180 million dollars a year.

Kenya's trade ministry called the [[e1|measure]] "a blatant breach" of the EAC customs union and said it was "considering all options", without giving details.

Tanzania's industry minister, Salum Mwakyusa, said Kenyan firms were blending cheap imported palm oil and milk powder and selling the products as East African goods. "We are protecting our farmers, not punishing our neighbours," he said.

Trade between the two largest economies in the bloc is worth about 1.2 billion dollars a year. A 2019 row over Kenyan sugar and Tanzanian rice, in which each side blocked the other's goods, took almost two years to resolve."""),
dict(id="a2", source="Rift Valley Business Daily", published="2026-06-16",
     title="Kenya hits back with tariffs on Tanzanian rice, maize and cement",
     text="""NAIROBI - Kenya's retaliatory [[e2|tariffs]] on Tanzanian rice, maize flour and cement took effect on Monday, two weeks after Dar es Salaam [[e1|imposed]] a 35 percent levy on Kenyan dairy products and cooking oil.

The new [[e2|duties]], set at 30 percent, will stay in place "for as long as our exporters are being discriminated against", Trade Minister Grace Wanjiru told parliament. "We did not start this," she said.

Millers in Mombasa and Nairobi warned that flour prices would rise, because Tanzania supplies about a third of the maize Kenya imports. Traders at the Namanga and Isebania border crossings said some lorries had been turned back and other drivers made to pay in cash.

The East African Community's secretary general invited the trade ministers of both countries to [[e3|talks]] at the bloc's headquarters in Arusha on June 22, a spokesman said.

Business groups on both sides of the border urged the governments to settle the dispute quickly. The Kenya Private Sector Alliance estimated that the row was already costing firms about 3 million dollars a week."""),
dict(id="a3", source="Lake Zone Press", published="2026-06-24",
     title="Kenya and Tanzania suspend rival tariffs after Arusha talks",
     text="""ARUSHA, Tanzania - Kenya and Tanzania [[e4|agreed]] on Tuesday to suspend the tit-for-tat duties they imposed on each other's goods this month, at the end of two days of [[e3|talks]] at the East African Community headquarters in Arusha.

Under the [[e4|deal]], Tanzania will lift its 35 percent [[e1|levy]] on Kenyan milk, cooking oil and biscuits from July 1, and Kenya will drop its [[e2|tariffs]] on Tanzanian rice, maize flour and cement on the same day.

A joint committee of customs experts will check the origin of disputed goods and present its findings within 60 days. The ministers' [[e3|meeting]], which opened on Monday, nearly broke down on its first evening over Tanzania's demand for a ban on imported palm oil in Kenyan cooking oil, delegates said.

Kenyan Trade Minister Grace Wanjiru said the [[e4|agreement]] showed that "the community works when we use it". Her Tanzanian counterpart said it was "a truce, not a final solution".

Truck drivers at Namanga said queues had already shortened on Tuesday evening as news of the [[e4|deal]] spread."""),
]),
# ---------------------------------------------------------------------------- g10
dict(story="g10", topic="ferry capsize, rescue, owner's arrest and inquiry report (Meghna River, Bangladesh)", events=[
    dict(e="e1", type="casualties", date="2026-07-22", participants=["MV Nodir Dak-2 passengers"],
         location="Chandpur"),
    dict(e="e2", type="deployment", date="2026-07-23", participants=["Bangladesh Navy", "Bangladesh Coast Guard"],
         location="Chandpur"),
    dict(e="e3", type="arrest", date="2026-07-25", participants=["Bangladesh Police", "Harun Mia"],
         location="Dhaka"),
    dict(e="e4", type="report", date="2026-08-05", participants=["investigation committee"], location="Dhaka"),
], tricky=[],
note="The capsize itself is not annotated; only the deaths are. The 2021 launch fire is background; "
     "the owner's bail is a side event.",
articles=[
dict(id="a1", source="Bay of Bengal Wire", published="2026-07-23",
     title="At least 23 dead as ferry capsizes on Meghna River",
     text="""CHANDPUR, Bangladesh - At least 23 people [[e1|died]] when an overcrowded ferry capsized in a storm on the Meghna River near Chandpur late on Wednesday, and dozens more were missing, officials said on Thursday.

The three-deck MV Nodir Dak-2 was carrying about 300 passengers from Dhaka to Barishal, although it was licensed for 180, survivors and river port officials said. Many passengers were travelling home ahead of a long weekend.

The navy and the coast guard [[e2|sent]] divers and two salvage vessels to the site on Thursday morning, but strong currents and poor visibility slowed the search. Fishermen rescued about 90 people in the first hours after the accident.

Among the [[e1|dead]] were nine children, district administrator Farhana Akter said. Families gathered on the riverbank at Chandpur, where bodies were laid out in a school building.

The shipping ministry set up a five-member committee and asked it to submit a [[e4|report]] within ten days.

Ferry accidents are common on Bangladesh's crowded rivers, where safety rules are poorly enforced. In 2021, a fire on a launch on the Sugandha River killed more than 40 people."""),
dict(id="a2", source="Ganges Delta News", published="2026-07-26",
     title="Ferry owner arrested as Meghna death toll reaches 41",
     text="""DHAKA - Police have [[e3|arrested]] the owner of the ferry that capsized on the Meghna River on Wednesday, as navy divers recovered more bodies from the wreck, raising the [[e1|death toll]] to 41.

Mohammad Harun Mia, 56, was [[e3|detained]] at his home in Dhaka's Sadarghat area on Saturday and charged with causing death by negligence, a police spokesman said. Investigators say the MV Nodir Dak-2 had no valid fitness certificate and was carrying far more passengers than allowed.

The ferry's master, who survived, is being treated in hospital in Chandpur and has not been charged.

Navy and coast guard divers [[e2|deployed]] at the site since Thursday located the hull on the river bed on Friday. A salvage vessel began lifting it on Saturday afternoon, and the search for 11 people still missing will continue for at least three days.

Relatives of passengers protested outside the river transport authority in Dhaka on Saturday, demanding compensation and stricter checks on overloading at Sadarghat, the capital's main river terminal."""),
dict(id="a3", source="Southern Asia Report", published="2026-08-06",
     title="Inquiry blames overloading for Meghna ferry disaster",
     text="""DHAKA - The ferry that capsized on the Meghna River last month was carrying more than twice its permitted load and had sailed despite a storm warning, a government inquiry said in a [[e4|report]] published on Wednesday.

The accident on July 22 [[e1|killed]] 44 people, including 12 children. It was Bangladesh's deadliest river disaster in five years.

The five-member committee also criticised delays in the [[e2|deployment]] of navy divers, who reached the wreck about 14 hours after it overturned, and said the river transport authority had renewed the MV Nodir Dak-2's licence without inspecting it.

The [[e4|findings]] recommend electronic passenger counts at major terminals and the suspension of officials who allowed the ferry to leave Sadarghat. The shipping minister said the government accepted "in principle" all 23 recommendations.

The ferry's owner, Mohammad Harun Mia, who was [[e3|arrested]] on July 25, was granted bail by a Dhaka court on Monday. His lawyer said the captain had ignored instructions not to sail in bad weather."""),
]),
]
