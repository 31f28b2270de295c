"""Source of ../stories_dev7/articles.jsonl and ../stories_dev7/gold.jsonl.

SEVENTH DEVELOPMENT story set (stories_dev7) for the cross-article deduplication benchmark.
It was written without running the timeline extractor or the dedup benchmark on these texts
and without reading the system's code, extraction or clustering rules or word lists; only
the format of the earlier sets was consulted (build_stories.py, the docstring and first story
of stories_dev6_spec, the topic= lines of the other spec files, DATASETS.md section 2).  It is
intended for DEVELOPMENT: the system's errors on it may be read and used for tuning.  It is
not a blind set.

All articles are fiction written for this data set (invented outlets, people, companies,
armed groups and events, some real places and institutions).  Event mentions are marked
inline as [[eN|trigger]]; build_stories.py strips the markers, computes character offsets and
writes the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev7_spec \\
        --out tests/gold/stories_dev7

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event.
Aggregate mentions covering two gold events ("both attacks", "the tit-for-tat expulsions",
"both votes") and negated or hypothetical mentions are not marked.  Titles are not annotated.

Type conventions used here (the type list has no better fit):
  * the hijacking of a bus and of a ship, a ransomware attack and a denial-of-service attack
    on websites, an ambush on an aid convoy, the raid and looting of an aid warehouse, the
    shelling of a market and pirates firing on a tanker are `attack` events;
  * deaths in an avalanche are `casualties` events, one per avalanche (like the tremor in
    s09, the avalanche itself is not annotated); bodies recovered later raise the toll of the
    same casualties event;
  * the expulsion of diplomats (declaring them persona non grata) is typed `sanction`, and
    the retaliatory expulsion is a second `sanction` (a tricky pair); recalling an
    ambassador for consultations is `withdrawal`;
  * a fine imposed by a ministry and the suspension of a company's water permit by a river
    basin authority are both `sanction` (a tricky pair);
  * an inspectorate's water-sampling findings are a `report`;
  * a recall referendum and the repeat vote at annulled polling stations are both
    `election` (a tricky pair);
  * a separatist group's claim of responsibility, an aid group's suspension of its road
    convoys, a government's refusal to pay a ransom, an electoral court's ruling annulling
    results, a prosecutor's announcement of an appeal and a government's declaration of a
    day of mourning are typed `statement`;
  * the ransom deadline set by hackers is a `deadline` (dated to the day it expired);
  * a ceasefire and a later force-separation accord are both `agreement` (a tricky pair);
  * the dispatch of troops or police to an area and of a frigate to a hijacked ship are
    `deployment`; a donation of snow ploughs is `support`;
  * capturing gunmen in a rescue raid, arresting suspected suppliers and arresting pirates
    after a boarding are `arrest` events (the first two are a tricky pair);
  * the freeing of hostages and crews, a court's acquittal, the spills and a tailings-dam
    breach itself, the reopening of roads and the resumption of deliveries have no type in
    the list and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- q01
dict(story="q01", topic="separatist hijacking of an intercity bus, claim of responsibility, rescue raid with captures and arrests of suspected suppliers (Santa and Bamenda, Northwest Region, Cameroon)", events=[
    dict(e="e1", type="attack", date="2026-10-06", participants=["Ambazonia Restoration Forces", "Mezam Express"],
         location="Santa"),
    dict(e="e2", type="statement", date="2026-10-07", participants=["Ambazonia Restoration Forces"], location=None),
    dict(e="e3", type="arrest", date="2026-10-09", participants=["Cameroon Armed Forces", "Ambazonia Restoration Forces"],
         location="Santa"),
    dict(e="e4", type="arrest", date="2026-10-12", participants=["Cameroon Police", "Jules Mbarga"], location="Bamenda"),
], tricky=[("e3", "e4", "two gunmen captured by soldiers in the raid on the separatist camp above Santa on Friday vs three suspected suppliers arrested by police in Bamenda on Monday, same hijacking case, three days apart")],
note="The freeing of the passengers has no type and is not in gold. The governor's refusal to negotiate, the "
     "dispatch of soldiers and helicopters on the first day, the Defence Ministry's statement, the bus company's "
     "suspension of services, the families' vigil and the 2024 Batibo abduction are side / background events; the "
     "rescue raid itself is not annotated, only the captures in it (e3).",
articles=[
dict(id="a1", source="Central African Wire", published="2026-10-07",
     title="Gunmen hijack bus with 31 passengers in Cameroon's Northwest",
     text="""BAMENDA, Cameroon - Armed men [[e1|hijacked]] a passenger bus carrying 31 people on the road between Bamenda and Santa in Cameroon's Northwest Region on Tuesday, regional officials said.

The bus, operated by the Bamenda-based company Mezam Express, was stopped at a barricade of felled trees near the village of Akum at about 7 a.m., Governor Adolphe Nkwenti told reporters. Six gunmen forced the driver to turn onto a dirt track leading into the hills. The passengers included traders heading to the Santa market, two nurses and at least four children, according to the bus company.

On Wednesday a separatist group calling itself the Ambazonia Restoration Forces [[e2|claimed]] the [[e1|hijacking]] in a video posted on social media. A masked man in the video said the passengers would be held until the government frees 12 fighters jailed in Yaoundé.

"We will not negotiate with criminals," Nkwenti said. He said soldiers of the army's Rapid Intervention Battalion had been sent to the area and that helicopters were searching the hills around Santa.

The group's [[e2|claim]] could not be independently verified, and it was not clear whether the passengers were being held together.

Separatists have fought government forces in the English-speaking Northwest and Southwest regions since 2017, and kidnappings for ransom on the region's roads have become common. In 2024 gunmen abducted 17 passengers from a bus near Batibo and released them after a week."""),
dict(id="a2", source="Gulf of Guinea Press", published="2026-10-10",
     title="Cameroon troops free bus passengers, capture two gunmen",
     text="""SANTA, Cameroon - Cameroonian soldiers stormed a separatist camp in the hills above Santa before dawn on Friday, freeing 29 passengers held since gunmen [[e1|seized]] their bus on Tuesday, and [[e3|captured]] two of the kidnappers, the Defence Ministry said.

Four other gunmen were killed in the raid, the ministry said in a statement. Two passengers, a man and a teenage girl, are still missing and may have been moved to another camp, it said.

The two men [[e3|detained]] in the operation, aged 24 and 31, were flown by helicopter to Bamenda for questioning, a military source said. Soldiers also found weapons, a satellite phone and a notebook listing names and payments.

The Ambazonia Restoration Forces, which [[e2|claimed responsibility]] for the [[e1|kidnapping]] on Wednesday, had demanded the release of 12 jailed fighters. Government spokesman René Ekolo said no concession had been made to "terrorists".

Freed passengers described three days of marching between camps with little food and water. "They told us we were prisoners of war," said Comfort Ngwa, a 42-year-old trader, from a hospital bed in Bamenda. Eleven passengers were being treated for exhaustion and minor injuries.

Mezam Express said it had suspended its services on the Santa road until further notice.

More than 6,000 people have been killed since the conflict in Cameroon's English-speaking regions began in 2017, according to the International Crisis Group."""),
dict(id="a3", source="Savanna News Agency", published="2026-10-13",
     title="Three held in Bamenda over bus hijacking",
     text="""BAMENDA, Cameroon - Police in Bamenda on Monday [[e4|arrested]] three people suspected of supplying food, fuel and mobile phone credit to the separatists who [[e1|hijacked]] a bus near Santa a week ago, the regional police chief said.

The suspects, two men and a woman who runs a shop in the Nkwen district, were [[e4|picked up]] in early-morning raids, Commissioner Jules Mbarga said. He said their names had been found in a notebook seized at the camp where soldiers freed the passengers on Friday.

"These are the people who feed the kidnappers," Mbarga said. The woman's lawyer, Eric Tanyi, called the [[e4|arrests]] "a fishing expedition" and said his client sold goods to anyone who walked into her shop.

The three are to be questioned alongside the two gunmen [[e3|captured]] during Friday's raid, who are held at a gendarmerie base in Bamenda. Both men face terrorism charges before a military court, which can impose the death penalty.

The Ambazonia Restoration Forces, which [[e2|claimed]] the Oct. 6 [[e1|abduction]] of 31 passengers in a video the next day, has made no further statement since the raid.

Two passengers are still missing. Their families held a prayer vigil outside the governor's office on Sunday and asked the army not to use force to free them. Mezam Express has not resumed its service to Santa."""),
]),
# ---------------------------------------------------------------------------- q02
dict(story="q02", topic="avalanche deaths on a mountain highway, army search deployment, Azerbaijani snow ploughs, a second avalanche killing two soldiers and a day of mourning (Kazbegi, Georgia)", events=[
    dict(e="e1", type="casualties", date="2026-01-15", participants=["motorists"], location="Kobi"),
    dict(e="e2", type="deployment", date="2026-01-16", participants=["Georgian Defence Forces"], location="Kazbegi"),
    dict(e="e3", type="casualties", date="2026-01-18", participants=["Georgian Defence Forces"], location="Gudauri"),
    dict(e="e4", type="support", date="2026-01-17", participants=["Azerbaijan", "Georgia"], location="Kazbegi"),
    dict(e="e5", type="statement", date="2026-01-19", participants=["Government of Georgia"], location="Tbilisi"),
], tricky=[("e1", "e3", "12 motorists killed by the avalanche near Kobi on Thursday vs 2 soldiers killed by a second avalanche near Gudauri on Sunday while searching for survivors of the first, same road, same week")],
note="The avalanches themselves are not annotated, only the deaths. The closure and partial reopening of the highway, "
     "the avalanche warnings, the suspension of the search, the pull-back of rescue teams and the 2023 Shovi "
     "landslide are side / background events. The count of 14 people killed by avalanches since last Thursday "
     "covers both casualties events and is not marked.",
articles=[
dict(id="a1", source="Caucasus Wire Service", published="2026-01-16",
     title="Avalanche buries cars on Georgian mountain highway, nine dead",
     text="""TBILISI, Georgia - An avalanche swept across the Georgian Military Road near the village of Kobi on Thursday, burying at least 14 vehicles and [[e1|killing]] nine people, the Interior Ministry said.

The wall of snow hit a line of cars and trucks waiting to cross the Jvari Pass at about 3 p.m., hours after the road had been reopened following two days of heavy snowfall. Rescuers pulled 22 people alive from the snow overnight, several with hypothermia and broken bones. At least five people are still missing.

Among the [[e1|dead]] were three Armenian truck drivers and a family of four from Tbilisi, officials said.

Defence Minister Levan Dadiani said 250 soldiers with snowcats and two helicopters would be [[e2|sent]] to the Kazbegi district on Friday morning to help search for the missing.

"The snow is two to three metres deep in places. We are digging by hand," said Giorgi Beridze, head of the emergency service's mountain unit.

The Georgian Military Road is the only road link between Georgia and Russia and is used by thousands of Armenian trucks every month. It was closed in both directions on Thursday evening.

The National Environment Agency had warned of a high avalanche risk in the Kazbegi district since Monday. In 2023 a landslide in the mountain resort of Shovi killed more than 30 people."""),
dict(id="a2", source="Black Sea Herald", published="2026-01-17",
     title="Kazbegi avalanche toll rises to 12 as troops join search",
     text="""STEPANTSMINDA, Georgia - Soldiers [[e2|deployed]] to the snowbound Kazbegi district on Friday recovered three more bodies from under Thursday's avalanche on the Georgian Military Road, raising the [[e1|death toll]] to 12, the Interior Ministry said.

About 250 troops, backed by two Mi-8 helicopters and a dozen snowcats, began probing the snow with long poles at first light, the Defence Ministry said. The [[e2|deployment]] will continue "until the last missing person is found", Defence Minister Levan Dadiani said. Two people are still unaccounted for.

On Saturday morning a column of 20 snow ploughs and bulldozers [[e4|sent]] by Azerbaijan crossed into Georgia at the Red Bridge border post, Azerbaijan's Emergencies Ministry said. They will be used to clear the highway, which has been blocked since Thursday. Baku's [[e4|donation]] also includes two field kitchens for rescue teams.

Hundreds of Armenian and Russian trucks are stranded on both sides of the pass. Drivers waiting at Kobi said they had been told the road might not reopen for a week.

"My brother was two cars ahead of me. I saw the snow take him," said Armen Hakobyan, a truck driver from Yerevan whose brother was among those [[e1|killed]].

Forecasters expect more snow on Sunday, and the emergency service warned of further slides in the Truso and Sno valleys and on the slopes above the Gudauri ski resort."""),
dict(id="a3", source="Eurasia Dispatch", published="2026-01-20",
     title="Second avalanche kills two soldiers in Georgia's Kazbegi district",
     text="""GUDAURI, Georgia - Two soldiers searching for survivors of last week's avalanche on the Georgian Military Road were [[e3|killed]] on Sunday when a second slide struck their team near the Gudauri ski resort, the Defence Ministry said on Monday.

The soldiers, aged 21 and 26, were part of the 250-strong force [[e2|sent]] to the district last Friday. Five other members of their unit were dug out alive.

Their [[e3|deaths]] bring to 14 the number of people killed by avalanches in the area since last Thursday. The first slide, near the village of Kobi, [[e1|killed]] 12 motorists on Jan. 15, among them three Armenian truck drivers.

After Sunday's accident the army suspended the search for the last two missing people and pulled its teams back to Stepantsminda until the avalanche risk falls, Defence Minister Levan Dadiani said.

The government on Monday [[e5|declared]] Tuesday a day of national mourning. Flags flew at half-mast in Tbilisi, and the prime minister was due to attend the soldiers' funeral in Gori. The [[e5|announcement]] came as families of the [[e3|dead]] soldiers criticised commanders for sending young conscripts onto unstable slopes.

Snow ploughs and bulldozers [[e4|donated]] by Azerbaijan and delivered on Saturday reopened one lane of the highway to trucks on Monday afternoon.

"The mountain is still full of snow. Everyone here is afraid," said Nino Abashidze, a mountain guide in Gudauri."""),
]),
# ---------------------------------------------------------------------------- q03
dict(story="q03", topic="ransomware attack on a container terminal, ransom deadline, government refusal to pay and a denial-of-service attack on port and ministry websites (Constanta, Romania)", events=[
    dict(e="e1", type="attack", date="2026-03-08", participants=["BlackLyra", "Dobrogea Container Services"],
         location="Constanta"),
    dict(e="e2", type="deadline", date="2026-03-13", participants=["BlackLyra", "Dobrogea Container Services"],
         location=None),
    dict(e="e3", type="statement", date="2026-03-10", participants=["Government of Romania", "Radu Costache"],
         location="Bucharest"),
    dict(e="e4", type="attack", date="2026-03-12", participants=["Constanta Maritime Ports Administration",
                                                                "Romanian Ministry of Transport"], location=None),
], tricky=[("e1", "e4", "the ransomware attack that encrypted the container terminal's systems on Sunday vs the denial-of-service attack that knocked the port administration's and the ministry's websites offline on Thursday, same port, same week")],
note="The publication of stolen data after the deadline, the DNSC's on-site work, the Russian embassy's reply, the "
     "emergency cabinet meeting, the partial resumption of traffic and the 2024 ransomware attack on Romanian "
     "hospitals are side / background events. The conditional threat to publish data is not marked.",
articles=[
dict(id="a1", source="Danube Business Wire", published="2026-03-09",
     title="Ransomware halts Constanta container terminal",
     text="""CONSTANTA, Romania - A ransomware [[e1|attack]] crippled the computer systems of the largest container terminal at the Black Sea port of Constanta on Sunday, halting the loading of ships and leaving hundreds of trucks queuing outside the gates, the terminal's operator said.

Dobrogea Container Services said hackers had encrypted the software that tracks containers in the yard and schedules cranes, and that staff were working from paper lists on Monday. Four container ships were waiting at anchor.

A group calling itself BlackLyra left a ransom note on the company's servers demanding 4 million dollars in bitcoin. It set a [[e2|deadline]] of midnight on Friday for payment and threatened to publish customer data it said it had stolen.

The [[e1|cyberattack]] began at about 4 a.m. on Sunday, when few employees were on duty, chief executive Sorin Manolache said. "We are restoring systems from backups, but it will take days," he said.

Experts from the National Cyber Security Directorate (DNSC) were at the terminal on Monday. The directorate said it was too early to say how the hackers had got in.

Constanta, the European Union's largest port on the Black Sea, has handled a large share of Ukraine's grain exports since 2022. Freight forwarders said trucks carrying grain to the port's bulk terminals were not affected.

In 2024 a ransomware attack on a medical software provider disrupted about 100 Romanian hospitals."""),
dict(id="a2", source="Black Sea Maritime Report", published="2026-03-11",
     title="Romania refuses to pay Constanta port hackers, blames Russia-linked group",
     text="""BUCHAREST - Romania will not pay the ransom demanded by hackers who [[e1|hit]] the main container terminal at the port of Constanta on Sunday, the government [[e3|said]] on Tuesday, linking the group behind the [[e1|attack]] to Russian military intelligence.

Government spokesman Radu Costache, reading the [[e3|statement]] after an emergency cabinet meeting, said the Romanian state "does not negotiate with extortionists" and that the terminal's operator, Dobrogea Container Services, had agreed not to pay.

The BlackLyra group has demanded 4 million dollars in bitcoin and set a [[e2|deadline]] of midnight on Friday. Costache did not say what evidence linked the group to Moscow. The Russian embassy in Bucharest called the accusation "absurd and provocative".

Dobrogea Container Services said on Wednesday that about 40 percent of normal traffic had resumed, with cranes now scheduled by hand. Shipping lines have diverted at least three vessels to the Bulgarian port of Varna.

"Every day the terminal is half shut costs the port economy around 2 million euros," said Elena Marinescu of the Constanta Freight Forwarders' Association.

Security analysts said the government's [[e3|refusal]] to pay was expected. "The question now is what leaks on Saturday morning," said Andrei Tudose, a researcher at a Bucharest cyber security firm.

The DNSC said the hackers appear to have entered through a supplier's remote maintenance account."""),
dict(id="a3", source="Southeast Europe Press Agency", published="2026-03-14",
     title="Hackers leak Constanta terminal data after ransom deadline passes",
     text="""CONSTANTA - Hackers who [[e1|paralysed]] the port of Constanta's main container terminal last weekend published what they said were 60 gigabytes of its customer data early on Saturday, after the [[e2|deadline]] they had set for a ransom payment expired at midnight.

The files posted by the BlackLyra group on its leak site include invoices, crew lists and the passport scans of truck drivers, according to the National Cyber Security Directorate (DNSC).

Two days earlier a separate [[e4|attack]] flooded the websites of the Constanta Maritime Ports Administration and the Transport Ministry with junk traffic, knocking them offline for about six hours. The DNSC said Thursday's [[e4|disruption]] came from a network of hijacked home routers and that no data was taken.

A pro-Russian channel on Telegram praised the website [[e4|outage]], but no group has claimed it.

The government, which [[e3|announced]] on Tuesday that it would not pay the ransom, said the leak would be investigated by prosecutors. Transport Minister Mihai Stoica urged companies whose data had been published to warn their customers.

Dobrogea Container Services said on Friday that its terminal was working at about 70 percent of capacity, five days after the ransomware [[e1|intrusion]] began.

"Paying would only have financed the next attack," Stoica told reporters in Constanta."""),
]),
# ---------------------------------------------------------------------------- q04
dict(story="q04", topic="spy arrest at a border crossing, Moldovan expulsion of Russian diplomats, Russian retaliation and recall of the Moldovan ambassador (Moldova - Russia)", events=[
    dict(e="e1", type="arrest", date="2026-05-04", participants=["Security and Intelligence Service of Moldova"],
         location="Leuseni"),
    dict(e="e2", type="sanction", date="2026-05-06", participants=["Moldova", "Russia"], location="Chisinau"),
    dict(e="e3", type="sanction", date="2026-05-08", participants=["Russia", "Moldova"], location="Moscow"),
    dict(e="e4", type="withdrawal", date="2026-05-11", participants=["Moldova", "Victor Gaina"], location="Moscow"),
], tricky=[("e2", "e3", "Moldova's expulsion of three Russian diplomats on Wednesday vs Russia's retaliatory expulsion of three Moldovan diplomats on Friday, mirror measures two days apart")],
note="Expelled diplomats are typed sanction. The summoning of ambassadors, the Russian Foreign Ministry's statements, "
     "the officer's custody, the 2023 expulsion of Russian embassy staff and the aggregate 'tit-for-tat expulsions' "
     "are side / background or unmarked mentions. Moscow's promise to respond (a1) is a planned mention of e3.",
articles=[
dict(id="a1", source="Dniester Wire", published="2026-05-06",
     title="Moldova expels three Russian diplomats over spying case",
     text="""CHISINAU, Moldova - Moldova on Wednesday [[e2|expelled]] three Russian diplomats, accusing them of running a network that paid a border police officer for information, two days after the officer was [[e1|arrested]].

The Foreign Ministry summoned the Russian ambassador and [[e2|declared]] the three men, a counsellor and two attaches, persona non grata, giving them 72 hours to leave the country.

Officers of the Security and Intelligence Service (SIS) [[e1|detained]] the border police captain, 38, at the Leuseni crossing on the border with Romania on Monday. Prosecutors say he passed lists of vehicles and travellers, as well as details of NATO military convoys heading to Ukraine through Romania, to his Russian contacts for at least 14 months, in exchange for about 40,000 euros.

"The Republic of Moldova will not tolerate intelligence operations disguised as diplomacy," Foreign Minister Mihai Rusu told reporters.

Russia's Foreign Ministry said in a statement that the accusations were "groundless" and that Moscow would [[e3|respond]] "in a mirror manner".

Relations between Chisinau and Moscow have worsened steadily since Russia's full-scale invasion of Ukraine in 2022. Moldova, which applied to join the European Union that year, cut the staff of the Russian embassy in 2023, accusing Moscow of trying to destabilise the country.

The captain, whose name has not been made public, faces up to 20 years in prison if convicted of treason."""),
dict(id="a2", source="Eastern Europe Press Agency", published="2026-05-09",
     title="Russia retaliates, orders three Moldovan diplomats out",
     text="""MOSCOW - Russia on Friday [[e3|expelled]] three Moldovan diplomats, two days after Chisinau [[e2|sent home]] three Russians whom it accused of recruiting a spy in its border police.

Moldova's ambassador in Moscow, Victor Gaina, was summoned to the Foreign Ministry and handed a note [[e3|declaring]] a first secretary and two attaches persona non grata. They must leave Russia by Monday evening.

The [[e3|expulsion]] of the Moldovans was "a forced response to an unfriendly step by the Moldovan authorities", the ministry said, and it warned that further "provocations" would not go unanswered.

In Chisinau, Foreign Minister Mihai Rusu said Moldova regretted Moscow's [[e3|decision]] and that he would [[e4|recall]] Gaina for consultations. "Our embassy in Moscow will keep working, but with fewer people than ever," Rusu said.

The border police captain [[e1|arrested]] on Monday at the Leuseni crossing remains in custody in Chisinau. His lawyer, Ion Ciobanu, said his client denied spying and had only "talked to the wrong people".

Analysts said the tit-for-tat expulsions were unlikely to be the last. "Chisinau is showing Brussels it is serious about Russian interference, and Moscow cannot be seen to take that quietly," said Natalia Moraru of the Institute for European Policies in Chisinau.

About 2,400 Russian peacekeepers and other troops remain in Moldova's breakaway Transnistria region, which Chisinau wants withdrawn."""),
dict(id="a3", source="Balkan and Black Sea Review", published="2026-05-12",
     title="Moldova recalls ambassador from Moscow as spy row deepens",
     text="""CHISINAU - Moldova on Monday [[e4|recalled]] its ambassador to Russia for consultations, deepening a diplomatic row that began with the [[e1|arrest]] of a border police officer accused of spying for Moscow a week earlier.

Ambassador Victor Gaina left Moscow on Monday evening and will report to the president and the foreign minister in Chisinau on Tuesday, the Foreign Ministry said. His [[e4|departure]] leaves the embassy with a charge d'affaires and four other diplomats.

The [[e4|recall]] follows Moldova's [[e2|expulsion]] of three Russian diplomats last Wednesday and Moscow's [[e3|retaliation]] in kind two days later. The three Moldovan diplomats [[e3|ordered out]] by Russia landed in Chisinau on Monday afternoon, a few hours before Gaina's flight took off. The three Russians [[e2|expelled]] by Chisinau had left on Saturday on a flight to Istanbul.

The Russian Foreign Ministry said the ambassador's [[e4|withdrawal]] was "Chisinau's own choice" and that Russia's embassy in Moldova would continue to work normally.

Prosecutors charged the border police captain with treason on Friday. They said on Monday that they were looking for a second suspect, a customs officer who has not been seen at work since the captain was [[e1|detained]] at the Leuseni crossing on May 4.

Moldova's pro-Russian opposition accused the government of damaging trade with Russia, which still buys Moldovan fruit and wine. "Every expulsion costs our farmers," said Socialist lawmaker Andrei Cebotari."""),
]),
# ---------------------------------------------------------------------------- q05
dict(story="q05", topic="mayoral recall referendum, supporters' march on the electoral jury, annulment ruling and repeat vote at 23 polling stations (Puno, Peru)", events=[
    dict(e="e1", type="election", date="2026-11-08", participants=["Hernán Mamani", "voters of Puno"], location="Puno"),
    dict(e="e2", type="election", date="2026-11-15", participants=["Hernán Mamani", "voters of Atuncolla and Vilque"],
         location="Puno"),
    dict(e="e3", type="protest", date="2026-11-10", participants=["supporters of Hernán Mamani"], location="Puno"),
    dict(e="e4", type="statement", date="2026-11-11", participants=["National Elections Jury"], location="Lima"),
], tricky=[("e1", "e2", "the city-wide recall referendum on Nov. 8 vs the repeat vote at 23 annulled polling stations on Nov. 15, same mayor, same question, a week apart")],
note="A recall vote and a partial repeat vote are typed election; the JNE's ruling is typed statement. The mayor's "
     "fraud claim and his lawyers' request, the collection of signatures, the preliminary counts, the mayor's "
     "concession, the choice of an interim mayor, the 2013 Lima recall vote and the 2023 protests in Puno are "
     "side / background events.",
articles=[
dict(id="a1", source="Altiplano News Service", published="2026-11-09",
     title="Puno mayor narrowly loses recall vote, alleges fraud",
     text="""PUNO, Peru - Voters in the southern Peruvian city of Puno narrowly chose to remove Mayor Hernán Mamani from office in a recall [[e1|referendum]] on Sunday, according to a preliminary count, but the mayor refused to concede and alleged fraud.

With 97 percent of ballots counted on Monday, 50.6 percent of voters had backed his removal, a margin of about 1,300 votes, the national electoral office ONPE said. Turnout was 71 percent; voting is compulsory in Peru.

Mamani, a former teachers' union leader elected in 2022, is accused by opponents of mismanaging a 40-million-dollar project to clean up the bay of Lake Titicaca and of handing contracts to allies. He denies wrongdoing.

Late on Sunday he told supporters in the main square that ballots at 23 polling stations in the rural districts of Atuncolla and Vilque had been tampered with, and that his lawyers would ask the electoral jury to annul them.

"The people did not vote against me. Someone voted for them," Mamani said.

The recall campaign was organised by a coalition of neighbourhood associations and market traders, which collected more than 25,000 signatures last year to force the [[e1|vote]]. Its spokeswoman, Delia Condori, said the mayor should "respect the will of Puno".

If the result stands, the city council will choose an interim mayor to serve until the next municipal elections. In 2013 the mayor of Lima survived a recall vote by a similarly narrow margin."""),
dict(id="a2", source="Andes Journal", published="2026-11-12",
     title="Peru's election jury orders repeat vote in Puno after protest",
     text="""LIMA - Peru's National Elections Jury (JNE) on Wednesday [[e4|annulled]] the results from 23 polling stations in Sunday's recall [[e1|vote]] in the southern city of Puno and ordered a [[e2|repeat vote]] at those stations on Nov. 15.

The [[e4|ruling]] came a day after about 3,000 supporters of Mayor Hernán Mamani [[e3|marched]] to the offices of the special electoral jury in Puno, demanding that the results be thrown out. Police fired tear gas when some protesters threw stones at the building, and four officers were hurt.

The JNE said tally sheets from the 23 stations, in the rural districts of Atuncolla and Vilque, appeared to have been filled in by the same hand and that some recorded more votes than registered voters. About 4,800 people are registered to vote there.

In the preliminary count, 50.6 percent of Puno voters backed the mayor's removal, a margin of roughly 1,300 votes. Analysts said the [[e2|rerun]] could in theory change the outcome, but only if turnout at the stations was very high.

Delia Condori, spokeswoman for the recall campaign, called the JNE's [[e4|decision]] "a gift to a desperate mayor" but urged supporters to turn out again on Sunday. Mamani said the [[e4|ruling]] proved "what we said from the first night".

Tuesday's [[e3|protest]] was the largest in Puno since the deadly unrest that followed the fall of President Pedro Castillo in December 2022."""),
dict(id="a3", source="Pacific Andean Press", published="2026-11-16",
     title="Puno mayor removed after rerun confirms recall result",
     text="""PUNO - Mayor Hernán Mamani of Puno lost his post on Sunday after a [[e2|rerun]] at 23 polling stations confirmed the result of the Nov. 8 recall [[e1|referendum]], electoral officials said.

Voters at the stations in the rural districts of Atuncolla and Vilque, whose first results had been [[e4|thrown out]], backed the mayor by 53 percent to 47 percent in Sunday's [[e2|repeat ballot]]. That was not enough to close the gap: across the city, 50.4 percent voted to remove him, the national electoral office ONPE said.

The [[e1|original vote]] a week earlier had given the "yes" side 50.6 percent. Turnout at the 23 stations on Sunday was 64 percent.

The National Elections Jury (JNE) [[e4|ordered]] the [[e2|repeat]] last Wednesday after finding tally sheets that appeared to have been filled in by the same hand.

Mamani conceded on Sunday night. "I asked for the votes to be counted cleanly, and they were," he told reporters outside the town hall.

His supporters, who [[e3|protested]] outside the electoral jury's offices in Puno last Tuesday, accepted the result quietly, and police reported no incidents.

The city council is due to choose an interim mayor within 15 days. Delia Condori of the recall campaign said the next mayor's first task would be to publish every contract signed for the Lake Titicaca clean-up project."""),
]),
# ---------------------------------------------------------------------------- q06
dict(story="q06", topic="acquittal of police officers over a delivery rider's death, courthouse rally, prosecutor's appeal and a city march ending in arrests (Marseille, France)", events=[
    dict(e="e1", type="protest", date="2026-09-22", participants=["Truth for Yanis"], location="Marseille"),
    dict(e="e2", type="protest", date="2026-09-26", participants=["Truth for Yanis", "Samira Bensaïd"],
         location="Marseille"),
    dict(e="e3", type="arrest", date="2026-09-26", participants=["French National Police"], location="Marseille"),
    dict(e="e4", type="statement", date="2026-09-24", participants=["Marseille prosecutor's office", "Claire Vautrin"],
         location="Marseille"),
], tricky=[("e1", "e2", "the rally of several hundred people outside the courthouse on Tuesday evening, right after the verdict, vs the march of about 8,000 people from the Vieux-Port on Saturday, same cause, same city, four days apart")],
note="The court's acquittal has no type and is not in gold. The 2024 traffic stop and death, the police union's "
     "reaction, the prefecture's authorisation of the march, the clashes and injuries, and the 2023 Nanterre riots "
     "are side / background events.",
articles=[
dict(id="a1", source="Mediterranean Press Agency", published="2026-09-23",
     title="Anger in Marseille as police officers acquitted over rider's death",
     text="""MARSEILLE, France - Several hundred people [[e1|rallied]] outside Marseille's courthouse on Tuesday evening after a court acquitted three police officers over the death of Yanis Bensaïd, a 19-year-old delivery rider who died after a traffic stop in 2024.

The criminal court ruled that the officers, who pinned Bensaïd to the ground for several minutes after he fled a check on his scooter, had followed their training and could not have foreseen his heart failure. Prosecutors had asked for suspended prison sentences for manslaughter.

Outside, protesters chanted "Justice for Yanis" and held up photographs of the young man. Police fired tear gas shortly before midnight after some people threw bottles at officers guarding the building, and the [[e1|rally]] broke up soon afterwards. No arrests were reported.

"Today the court told us that my son's life was worth nothing," his mother, Samira Bensaïd, said on the courthouse steps.

The family's lawyer, Karim Oudjit, said he would ask the prosecutor to appeal. The collective Truth for Yanis called for a [[e2|march]] through the city centre on Saturday, starting at the Vieux-Port.

Police unions welcomed the verdict. "These officers have lived for two years under suspicion for doing their job," said Franck Delorme, a union official in the Bouches-du-Rhône department.

In 2023 the police killing of a 17-year-old during a traffic stop in Nanterre, near Paris, set off nights of rioting across France."""),
dict(id="a2", source="Riviera Daily Wire", published="2026-09-25",
     title="Prosecutor to appeal acquittal of Marseille officers",
     text="""MARSEILLE - The Marseille prosecutor's office [[e4|said]] on Thursday that it would appeal the acquittal of three police officers tried over the death of delivery rider Yanis Bensaïd, two days after the verdict set off an angry [[e1|protest]] outside the courthouse.

In her [[e4|announcement]], Prosecutor Claire Vautrin wrote that the court had "not drawn all the consequences" of medical evidence showing that Bensaïd was held face down for more than four minutes. The officers will now be tried again at the appeals court in Aix-en-Provence, probably not before late 2027.

Bensaïd's family welcomed the [[e4|decision]]. "It is a first step. We want a trial that looks at what really happened," said their lawyer, Karim Oudjit.

A lawyer for the officers, Hélène Marchetti, said her clients were "exhausted" and would answer the charges again "with the same calm".

Organisers expect several thousand people at Saturday's [[e2|march]], which the Bouches-du-Rhône prefecture authorised on Thursday along a route from the Vieux-Port to the prefecture building. About 600 police officers will be on duty.

Tuesday's [[e1|gathering]] ended with tear gas after bottles were thrown at police guarding the courthouse. Organisers said they had asked people coming on Saturday to remain calm and to leave before dark.

"Yanis was a kid who worked 60 hours a week on a scooter. He deserves better than this," said Nora Hamidi, a member of the collective Truth for Yanis."""),
dict(id="a3", source="Hexagone Press Service", published="2026-09-27",
     title="34 held after Marseille march over police acquittal",
     text="""MARSEILLE - Police [[e3|arrested]] 34 people in Marseille on Saturday night after clashes at the end of a [[e2|march]] by about 8,000 people against the acquittal of three officers over the death of delivery rider Yanis Bensaïd.

The [[e2|demonstration]] set off peacefully from the Vieux-Port at 2 p.m., led by Bensaïd's mother and sister. Organisers put the turnout at 15,000.

Trouble began at dusk near the Cours Julien, when groups of masked youths set fire to bins and threw stones at police, who answered with tear gas and stun grenades. Shop windows were smashed on the Rue de Rome, and 11 officers were slightly injured, the prefecture said.

Most of those [[e3|detained]] were between 17 and 25 years old, and 19 were still in custody on Sunday. The prefecture said the [[e3|arrests]] were for violence against police, damage and carrying weapons.

Saturday's [[e2|march]] drew far more people than the [[e1|rally]] of several hundred people outside the courthouse on Tuesday night, hours after the verdict.

Samira Bensaïd condemned the violence. "My son would not have wanted shop windows broken in his name," she said.

The prosecutor's office, which [[e4|announced]] on Thursday that it would appeal the acquittals, has asked for the case to be heard quickly. The city's mayor called for calm and said shopkeepers would be compensated for damage."""),
]),
# ---------------------------------------------------------------------------- q07
dict(story="q07", topic="lead-zinc tailings spill into a mountain river: inspectorate's report, ministry fine, residents' road blockade and suspension of the mine's water permit (Madan, Rhodope mountains, Bulgaria)", events=[
    dict(e="e1", type="report", date="2026-04-08", participants=["Regional Inspectorate of Environment and Water Smolyan"],
         location="Smolyan"),
    dict(e="e2", type="sanction", date="2026-04-10", participants=["Bulgarian Ministry of Environment and Water",
                                                                  "Rhodope Polymetal"], location="Sofia"),
    dict(e="e3", type="sanction", date="2026-04-13", participants=["East Aegean River Basin Directorate",
                                                                  "Rhodope Polymetal"], location="Plovdiv"),
    dict(e="e4", type="protest", date="2026-04-11", participants=["residents of Madan and Rudozem"],
         location="Rudozem"),
], tricky=[("e2", "e3", "the Environment Ministry's 1.2-million-euro fine on Friday vs the river basin directorate's suspension of the mine's water permit on Monday, same company, same spill, three days apart")],
note="The tailings-dam breach and the spill have no type and are not in gold. The prosecutors' investigation, the "
     "fishing and irrigation ban, the company's statements, the directorate's review of the permit (a1/a2, not a "
     "mention of the suspension), the governor's promise of blood tests, the inspectorate's new readings on Monday "
     "and the 2000 Baia Mare spill are side / background events.",
articles=[
dict(id="a1", source="Thracian News Agency", published="2026-04-09",
     title="Lead in Bulgarian river 38 times over limit after mine spill",
     text="""SMOLYAN, Bulgaria - Water in the Madanska river contains up to 38 times the permitted level of lead after a spill from a tailings pond at the Madan lead and zinc mine, the regional environment inspectorate said in a [[e1|report]] published on Wednesday.

Part of the wall of the Vlahovo pond, operated by the mining company Rhodope Polymetal, gave way late on Saturday after two days of heavy rain, sending grey sludge into the river, which flows into the Arda and on to the Kardzhali reservoir.

The inspectorate in Smolyan took samples at six points downstream. Its [[e1|findings]] also showed cadmium at 12 times the limit and zinc at 20 times the limit as far as 15 km from the mine. Dead fish were found along several kilometres of the river.

Environment Minister Teodora Petkova said the company would be [[e2|fined]] "the maximum the law allows" and that prosecutors had opened an investigation. "Someone knew this wall was weak and did nothing," she said during a visit to Madan.

Rhodope Polymetal said the breach was caused by exceptional rainfall, that the flow of sludge had been stopped on Sunday and that it was paying for bottled water for villages along the river.

Authorities have banned fishing and the use of river water for irrigation in the Madan and Rudozem municipalities. The mine employs about 900 people in a mountain region with few other jobs."""),
dict(id="a2", source="Balkan Environment Wire", published="2026-04-11",
     title="Bulgaria fines mining firm 1.2 million euros over river spill",
     text="""SOFIA - Bulgaria's Environment Ministry on Friday [[e2|fined]] the mining company Rhodope Polymetal 1.2 million euros over last weekend's tailings spill into the Madanska river in the Rhodope mountains.

The [[e2|fine]] is the largest the ministry has ever imposed on a single company, Environment Minister Teodora Petkova said. The ministry also ordered the company to pay for a clean-up of the riverbed and for two years of water monitoring.

The ministry based the [[e2|penalty]] on Wednesday's [[e1|report]] by the regional environment inspectorate in Smolyan, which found lead at up to 38 times the permitted level in the river.

Rhodope Polymetal said it would challenge the [[e2|sanction]] in court, arguing that the Vlahovo tailings pond had met all safety standards at its last inspection in 2025.

Residents of Madan and Rudozem plan to [[e4|block]] the main road from Smolyan to the Greek border on Saturday to demand health checks for everyone living along the river and the permanent closure of the pond. "Our children played in that water," said Mariana Hadzhieva, a teacher from the village of Petrovo.

The East Aegean River Basin Directorate in Plovdiv, which issues the mine's water permit, said it was reviewing the permit and would announce its conclusions next week.

In 2000 a cyanide spill from a tailings dam at a gold mine in Baia Mare, Romania, poisoned the Tisza and the Danube."""),
dict(id="a3", source="Plovdiv Courier", published="2026-04-14",
     title="Madan mine halted as authorities suspend water permit",
     text="""PLOVDIV, Bulgaria - Bulgarian authorities on Monday [[e3|suspended]] the water permit of the Madan lead and zinc mine, forcing its operator Rhodope Polymetal to halt its flotation plant nine days after a tailings spill poisoned the Madanska river.

The East Aegean River Basin Directorate said the [[e3|suspension]] would stay in place until the company repairs the wall of its Vlahovo tailings pond and an independent engineer certifies it as safe. Without the permit, the plant cannot draw or discharge water.

The [[e3|measure]] comes on top of a 1.2-million-euro [[e2|fine]] imposed by the Environment Ministry on Friday. The company called Monday's [[e3|decision]] "disproportionate" and said 900 jobs were at risk.

On Saturday about 1,500 residents [[e4|blocked]] the road between Smolyan and the Greek border near Rudozem for four hours, waving banners reading "Clean water, not lead". The [[e4|blockade]] ended after the regional governor promised free blood tests for lead for everyone living in the valley.

The miners' union said workers would receive 60 percent of their wages during the stoppage and urged the company to repair the dam wall "within weeks, not months".

The regional inspectorate, whose [[e1|report]] last week found lead in the river at 38 times the permitted level, said on Monday that new samples showed levels falling but still above the limit downstream of Madan."""),
]),
# ---------------------------------------------------------------------------- q08
dict(story="q08", topic="gang ambush on an aid convoy, suspension of road deliveries, police and army deployment on the highway and a raid on an aid warehouse (Cabaret and Arcahaie, Haiti)", events=[
    dict(e="e1", type="attack", date="2026-08-04", participants=["Baz Larenn", "Konbit Relief"], location="Cabaret"),
    dict(e="e2", type="statement", date="2026-08-05", participants=["Konbit Relief", "Marie-Claude Dorval"],
         location="Port-au-Prince"),
    dict(e="e3", type="deployment", date="2026-08-07", participants=["Haitian National Police", "Armed Forces of Haiti"],
         location="Cabaret"),
    dict(e="e4", type="attack", date="2026-08-09", participants=["Konbit Relief"], location="Arcahaie"),
], tricky=[("e1", "e4", "the ambush on the aid trucks near Cabaret on Tuesday vs the raid on the same aid group's warehouse in Arcahaie on Sunday, same road, under 10 km and five days apart")],
note="The aid group's suspension of road deliveries is typed statement. The hijacking of two fuel tankers in May, the "
     "gang's road 'tolls', the driver's funeral, the UN coordinator's condemnation and the displacement figures are "
     "side / background events; 'both attacks' (a3) covers e1 and e4 and is not marked.",
articles=[
dict(id="a1", source="Caribbean Wire Service", published="2026-08-05",
     title="Driver killed as gunmen ambush aid convoy north of Haiti's capital",
     text="""PORT-AU-PRINCE, Haiti - Gunmen [[e1|ambushed]] a convoy of aid trucks north of Port-au-Prince on Tuesday, killing a driver and setting two vehicles on fire, the aid group Konbit Relief said.

The six trucks, carrying rice, beans and cooking oil for about 9,000 displaced families in Saint-Marc, were stopped at a barricade of burning tyres near Cabaret on National Route 1 at about 10 a.m. The gunmen shot dead the driver of the lead truck, Jean-Robert Pierre, 44, looted four trucks and torched two of them. The other drivers fled on foot and reached a police post in Arcahaie hours later.

On Wednesday Konbit Relief [[e2|suspended]] all road deliveries north of the capital "until the safety of our staff can be guaranteed", its country director, Marie-Claude Dorval, said. "We have lost a colleague and a father of three," she told reporters.

Police said they suspected the Baz Larenn gang, which controls several stretches of the road between Cabaret and Arcahaie and charges "tolls" to passing vehicles.

The families in Saint-Marc, who fled gang violence in the Artibonite valley last year, depend on monthly deliveries, Dorval said.

National Route 1 is the main road linking the capital with the north of the country. In May gunmen hijacked two fuel tankers on the same stretch. More than a million Haitians have been forced from their homes by gang violence, according to the United Nations."""),
dict(id="a2", source="Antilles Dispatch", published="2026-08-08",
     title="Haiti sends armoured units to secure highway after aid convoy attack",
     text="""CABARET, Haiti - Haitian police and soldiers [[e3|deployed]] armoured vehicles along a 30 km stretch of National Route 1 north of the capital on Friday, three days after gunmen [[e1|attacked]] an aid convoy there and killed one of its drivers.

About 120 police officers and 40 soldiers of the Armed Forces of Haiti are taking part in the [[e3|operation]], which will set up three fixed checkpoints between Cabaret and Arcahaie, police spokesman Garry Desrosiers said. "The road belongs to the Haitian people, not to the gangs," he said.

The [[e3|deployment]] follows weeks of pressure from aid groups, bus owners and truckers' unions. Konbit Relief, which [[e2|halted]] its road convoys on Wednesday after the [[e1|ambush]], said it would wait to see whether the road stayed open before sending trucks again.

"We need more than a few days of armoured cars. We need the road to be safe in September and in December too," said the group's country director, Marie-Claude Dorval.

Residents of Cabaret said the Baz Larenn gang, which police blame for Tuesday's [[e1|attack]], had moved its roadblocks into the hills above the town as the armoured vehicles arrived. Bus owners said a few minibuses had resumed trips to Saint-Marc on Friday afternoon.

Jean-Robert Pierre, the driver, was buried in Port-au-Prince on Saturday morning. Konbit Relief said it would pay for his three children's schooling."""),
dict(id="a3", source="Hispaniola Post", published="2026-08-11",
     title="Gunmen loot aid warehouse in Haiti days after convoy ambush",
     text="""ARCAHAIE, Haiti - Armed men [[e4|raided]] a warehouse of the aid group Konbit Relief in Arcahaie on Sunday, wounding a guard and carrying off about 40 tonnes of food, five days after the group's trucks were [[e1|ambushed]] on the road to the north.

The [[e4|raid]] took place less than 10 km from checkpoints that police and soldiers set up on National Route 1 after their [[e3|deployment]] on Friday. About 20 gunmen arrived in pickup trucks shortly after 9 p.m. and spent more than an hour loading sacks of rice and beans, the aid group said.

Country director Marie-Claude Dorval said the [[e4|attack]] on the warehouse showed that gangs were targeting aid "wherever it is, on the road or behind a wall". The warehouse had become the group's main store for the north since it [[e2|suspended]] road deliveries from Port-au-Prince on Aug. 5.

Police said they were hunting the attackers but had not yet identified the gang involved.

Last week's [[e1|ambush]] near Cabaret killed the driver Jean-Robert Pierre and destroyed two trucks.

The UN humanitarian coordinator in Haiti condemned both attacks and said aid groups had recorded more than 40 security incidents on the country's roads since January. "Every sack of rice stolen is a meal taken from a displaced child," the coordinator said in a statement.

Konbit Relief said it would move its remaining stocks to Saint-Marc by sea."""),
]),
# ---------------------------------------------------------------------------- q09
dict(story="q09", topic="ceasefire between two federal states in a divided city, mortar attack on a livestock market, joint committee meeting and a force-separation accord (Galkayo, Somalia)", events=[
    dict(e="e1", type="agreement", date="2026-02-07", participants=["Puntland", "Galmudug"], location="Galkayo"),
    dict(e="e2", type="attack", date="2026-02-10", participants=["Puntland", "Galmudug"], location="Galkayo"),
    dict(e="e3", type="meeting", date="2026-02-12", participants=["joint ceasefire committee"], location="Galkayo"),
    dict(e="e4", type="agreement", date="2026-02-15", participants=["Puntland", "Galmudug"], location="Galkayo"),
], tricky=[("e1", "e4", "the ceasefire signed at a hotel in northern Galkayo on Saturday Feb. 7 vs the accord to pull forces 3 km back, signed at Galkayo airport on Sunday Feb. 15, same parties, same city, eight days apart")],
note="The fighting since Jan. 28, the displacement of residents, the denials of responsibility, the death of a wounded "
     "woman and the failed 2016 accord are side / background events. The planned committee meeting in a1 and a2 "
     "is the meeting that took place on Thursday (e3).",
articles=[
dict(id="a1", source="Horn of Africa Wire", published="2026-02-08",
     title="Puntland and Galmudug agree ceasefire in divided Galkayo",
     text="""GALKAYO, Somalia - Forces of Somalia's Puntland and Galmudug states [[e1|signed]] a ceasefire on Saturday to end ten days of fighting that killed at least 19 people in the divided central city of Galkayo, mediators said.

The [[e1|truce]], brokered by clan elders and a federal government envoy, Abdirahman Warsame, calls for an end to shelling, the reopening of the main road between the two halves of the city and an exchange of prisoners within a week.

A joint committee of officers and elders from both sides will [[e3|meet]] on Thursday in Galkayo to monitor the [[e1|agreement]] and mark a line that neither side's troops may cross.

The fighting broke out on Jan. 28 after Galmudug forces began building a checkpoint near the line that has divided the city since the 1990s. Puntland controls the north of Galkayo and Galmudug the south.

"Our people are tired of burying their children. This time the guns must stay quiet," Warsame said after the [[e1|signing]] at a hotel in northern Galkayo.

Aid agencies say about 30,000 people fled their homes during the clashes. Many have been sheltering in camps on the edges of the city, where water is scarce.

A similar accord in 2016 collapsed within weeks, and the two sides have fought repeatedly since then over checkpoints, grazing land and the control of roads."""),
dict(id="a2", source="Somali Coast Dispatch", published="2026-02-11",
     title="Mortar fire kills four at Galkayo market days after truce",
     text="""GALKAYO - Mortar shells [[e2|struck]] a crowded livestock market in southern Galkayo on Tuesday, killing four civilians and wounding 11, three days after Puntland and Galmudug [[e1|agreed]] to a ceasefire in the divided city, residents and officials said.

Galmudug's security minister, Hassan Gure, blamed Puntland forces for the [[e2|shelling]] and called it "a clear violation". Puntland's security ministry denied firing and said its troops had stayed in their positions.

"The first shell landed among the goats, the second among the people," said Farhan Ali, a trader who was wounded in the leg.

The [[e1|ceasefire]] signed on Saturday had largely held until Tuesday, although residents reported sporadic gunfire at night. Federal envoy Abdirahman Warsame urged both sides to show restraint and said the [[e2|attack]] would be investigated by the elders.

The joint ceasefire committee is due to [[e3|meet]] at Galkayo airport on Thursday. Elders said the [[e3|session]] would now focus on Tuesday's [[e2|bombardment]] and on pulling troops back from the dividing line.

Traders in the south of the city closed their shops on Wednesday in protest at the violence, and the market, one of the largest in central Somalia, stayed shut.

The United Nations said about 30,000 people displaced by the fighting since late January had not yet returned home."""),
dict(id="a3", source="East Africa Monitor", published="2026-02-16",
     title="Galkayo rivals agree to pull forces back from dividing line",
     text="""GALKAYO - Puntland and Galmudug on Sunday [[e4|signed]] an agreement to pull their forces 3 km back from the line dividing Galkayo, eight days after a first [[e1|ceasefire]] in the city was followed within days by a deadly mortar [[e2|attack]] on a market.

The [[e4|deal]], signed by the two states' security ministers at Galkayo airport, also creates a joint police force of 300 officers to patrol the dividing line and the market areas. Troops must pull back within 10 days, under the supervision of clan elders and African Union observers.

The text was drafted at a [[e3|meeting]] of the joint ceasefire committee on Thursday that ran late into the night, mediators said.

The toll from the [[e2|shelling]] of the livestock market on Feb. 10 rose to five on Saturday when a wounded woman died in hospital. Neither side has accepted responsibility.

Unlike the Feb. 7 [[e1|truce]], which only required the two sides to stop firing, Sunday's [[e4|accord]] sets out who controls which streets, said the federal envoy, Abdirahman Warsame. "The first [[e1|agreement]] stopped the guns. This one has to move them," he said.

Some families began returning to neighbourhoods near the dividing line on Sunday, residents said."""),
]),
# ---------------------------------------------------------------------------- q10
dict(story="q10", topic="pirate hijacking of a bulk carrier, EU frigate dispatch, pirates firing on a tanker from the hijacked ship and arrests by Spanish marines (off Eyl and Hafun, Somalia)", events=[
    dict(e="e1", type="attack", date="2026-06-04", participants=["Somali pirates", "Selena Star"], location=None),
    dict(e="e2", type="deployment", date="2026-06-05", participants=["Operation Atalanta", "Victoria"], location=None),
    dict(e="e3", type="attack", date="2026-06-07", participants=["Somali pirates", "Nordic Hawk"], location=None),
    dict(e="e4", type="arrest", date="2026-06-09", participants=["Spanish Navy", "Somali pirates"], location=None),
], tricky=[("e1", "e3", "the hijacking of the bulk carrier Selena Star east of Eyl on Thursday vs the attack on the tanker Nordic Hawk east of Hafun on Sunday by pirates in skiffs launched from the Selena Star, same pirates, three days apart")],
note="The freeing of the crew has no type and is not in gold. The frigate's arrival and shadowing, the owner's "
     "contacts with the ship, the planned handover of suspects to the Seychelles, the 2011 piracy peak and the 2023 "
     "hijacking of the MV Ruen are side / background events; the boarding operation itself is not annotated, only "
     "the arrests (e4).",
articles=[
dict(id="a1", source="Indian Ocean Maritime Wire", published="2026-06-05",
     title="Pirates hijack bulk carrier off Somalia",
     text="""NAIROBI - Somali pirates [[e1|hijacked]] a Liberian-flagged bulk carrier with 21 crew off Somalia's eastern coast on Thursday, the European Union's naval force said on Friday.

Armed men in two skiffs [[e1|boarded]] the MV Selena Star about 420 nautical miles east of the Puntland town of Eyl on Thursday afternoon, the EU Naval Force's Operation Atalanta said. The ship, owned by the Piraeus-based Kallisto Shipping, was carrying 54,000 tonnes of fertiliser from Oman to Mozambique.

The captain sent a distress call at 2:40 p.m. local time, reporting that the crew had not been able to reach the ship's secure room before the gunmen reached the bridge. The crew of 17 Filipinos and four Ukrainians were believed to be unharmed, the owner said.

Operation Atalanta said it was [[e2|sending]] the Spanish frigate Victoria, which was patrolling about 300 nautical miles to the north, to track the vessel and "protect the lives of the crew".

Kallisto Shipping said it had spoken to the captain on Thursday evening and had set up a crisis team in Piraeus.

Piracy off Somalia peaked in 2011, when pirates held dozens of ships and hundreds of sailors, and largely stopped after shipping companies hired armed guards. Attacks resumed in late 2023, when pirates seized the bulk carrier MV Ruen, which was freed by the Indian Navy three months later."""),
dict(id="a2", source="Gulf of Aden Shipping News", published="2026-06-08",
     title="Pirates use hijacked Selena Star to attack tanker",
     text="""DJIBOUTI - Pirates operating from the [[e1|hijacked]] bulk carrier Selena Star [[e3|attacked]] an oil tanker in the Indian Ocean on Sunday, but armed guards on the tanker drove them off, the EU naval force said.

Two skiffs launched from the Selena Star approached the Panama-flagged tanker Nordic Hawk about 150 nautical miles east of Hafun at around 7 a.m. The pirates used rifles and a rocket-propelled grenade, which missed. The tanker's security team returned fire, and the skiffs turned back after about 20 minutes. None of the tanker's 24 crew was hurt.

Operation Atalanta said the [[e3|attack]] showed that the pirates were using the Selena Star as a "mother ship" to hunt for further prey far from the coast.

The Spanish frigate Victoria, [[e2|dispatched]] on Friday, reached the Selena Star on Saturday and has been shadowing it since, keeping about 5 nautical miles away. A spokesman for the operation declined to say whether the frigate would try to free the ship.

Kallisto Shipping, which owns the Selena Star, said the pirates who [[e1|seized]] the vessel on Thursday had not yet made a ransom demand. The company said it had spoken briefly to the captain on Saturday and that the 21 crew members were being held on the bridge.

Insurers said they were likely to raise premiums for ships crossing the western Indian Ocean."""),
dict(id="a3", source="Maritime Security Bulletin", published="2026-06-10",
     title="Spanish marines free Selena Star crew, arrest 11 pirates",
     text="""MADRID - Spanish marines stormed the bulk carrier Selena Star off Somalia on Tuesday and [[e4|arrested]] 11 pirates, freeing all 21 crew members unharmed, the Spanish Defence Ministry said.

Marines from the frigate Victoria approached the ship in fast boats before dawn while a helicopter hovered overhead. The pirates surrendered after a brief exchange of fire in which one of them was wounded, the ministry said.

The 11 men [[e4|detained]] on board will be handed over to the Seychelles for trial under an agreement between the island nation and the European Union, a ministry spokeswoman said.

The [[e4|arrests]] came five days after the pirates [[e1|seized]] the Selena Star about 420 nautical miles east of Eyl, and two days after men in skiffs launched from it [[e3|attacked]] the tanker Nordic Hawk. The Victoria had been [[e2|sent]] to track the ship on June 5.

"We were sure we would spend months in Somalia," the ship's Filipino captain, Ramon Villanueva, said in a message released by the owner, Kallisto Shipping.

Operation Atalanta said the Selena Star, with a team of marines on board, was sailing to Djibouti, where the crew would be flown home.

Spain's defence minister praised the marines for "a clean operation without losses". The frigate has been part of Operation Atalanta since March."""),
]),
]
