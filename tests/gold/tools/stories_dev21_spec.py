"""Source of ../stories_dev21/articles.jsonl and ../stories_dev21/gold.jsonl.

TWENTY-FIRST DEVELOPMENT story set (stories_dev21) for the cross-article deduplication benchmark.
It was written without running the timeline extractor, the `timeline` command or the dedup
benchmark on these texts and without reading the system's code, extraction or clustering rules
or word lists; only the format of the earlier sets was consulted (build_stories.py,
validate.py's check_stories, the docstring and first two stories of stories_dev16_spec, the
list of topics of the earlier sets in tests/gold/README.md, DATASETS.md section 2).  It is
intended for DEVELOPMENT: the system's errors on it may be read and used for tuning.  It is not
a blind set.

10 stories (o01..o10), each with 5 gold events and exactly one tricky pair, each told by 4
articles (40 in all) from invented outlets (4 different outlets per story), published on
different days over one to three weeks in 2026.  The theme is crises on the ground:
  o01  a prison break in Bertoua, Cameroon: the gunmen's assault on the central prison, the
       warders killed, an elite army unit flown in, an ambush on gendarmes at Mandjou two days
       later and the recapture of 19 escapees near Bélabo;
  o02  a stampede at a free New Year concert in Chattogram, Bangladesh: the deaths, the
       relatives' road blockade outside the hospital, the students' march the next day, the
       organiser's arrest in Dhaka and the probe committee's report;
  o03  floods and landslides around San Salvador, El Salvador: the deaths, a Mexican air force
       aid flight and an EU aid charter two days apart, a road blockade by flood victims in
       Soyapango and the environment ministry's landslide-risk report;
  o04  a passenger-train derailment near Cornești, Moldova: the deaths, Romanian helicopters for
       the injured, the state railway's preliminary report, the government commission's report
       four days later and the arrest of a track-section chief;
  o05  a grain-dust explosion at a silo in the port of Gdynia, Poland: the deaths, the shift
       supervisor's detention, a one-hour dockers' walkout, the terminal director's detention
       and the State Labour Inspectorate's report;
  o06  a riot in Auki, Malaita, Solomon Islands: the riot, the deaths, the national Police
       Response Team flown in and a Papua New Guinean police contingent two days later, and 27
       arrests;
  o07  a tea-estate strike in Sri Lanka's central hills: the strike, two rounds of wage talks at
       the Labour Ministry five days apart, the Tea Board's estimate of lost output and the wage
       agreement;
  o08  a typhoid outbreak in Labasa, Fiji: the deaths, the health ministry's outbreak
       declaration, an Australian medical team and a New Zealand airlift two days apart, and the
       Fiji Centre for Disease Control's laboratory report;
  o09  the Galeras volcano crisis near Pasto, Colombia: the Geological Service's orange alert and
       its red alert three days later, army troops sent to evacuate the slopes, a road blockade
       by the villagers of Genoy and the mayor's meeting with their leaders;
  o10  a raid on the hospital in Kaga-Bandoro, Central African Republic: the raid, the UN
       humanitarian coordinator's condemnation, the pull-out of a medical charity's staff and,
       two days later, of the World Food Programme's, and MINUSCA reinforcements.
Each story has a short breaking item with a dateline, two follow-ups with background, quotes
and changing figures (death tolls of 9 -> 13 -> 14, 11 -> 19 -> 21 -> 22, 4 -> 6 -> 7,
3 -> 4 -> 5, 2 -> 3, 2 -> 3 -> 4 -> 5; 57 -> 74 escapees), and an analysis written days or
weeks later that retells the earlier events with dates or relative dates.

All articles are fiction written for this data set (invented outlets, people, companies, a
charity, a union and events; real places and institutions).  Event mentions are marked inline as
[[eN|trigger]]; build_stories.py strips the markers, computes character offsets and writes the
JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev21_spec \\
        --out tests/gold/stories_dev21

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked, in reported speech and
quotes too, and planned or future references to an event that then happened are marked (a BIR
unit "would be sent", relatives "would block" the road, the committee "ordered to report" and
"due to submit its findings", students "called a march", Mexico's plane "would land", the EU
"preparing a humanitarian flight", a flight "due" on Wednesday, residents "would block" the
boulevard, the ministry "would publish", CFM "would publish", the commission "due to present its
own conclusions", the union "would hold a one-hour walkout", dockers "due to stop work", the
inspectorate "would publish", the Police Response Team "would be flown", Papua New Guinea "has
agreed to send", the minister "invited" both sides "to talks", both sides "would meet again",
the Tea Board "would publish", Canberra "would send" a team, New Zealand "will fly", the CDC
"would release", soldiers "would be sent", the mayor "would meet").  Background and side events
are deliberately left unmarked, even when they have the type of a gold event; each story's note
lists them.  Among them: the accidents themselves (the stampede or crush, the floods and
landslides, the derailment, the silo explosion and the blaze, the outbreak), injuries, a
fugitive captured during the Mandjou ambush, the 2022 Batouri escape, the suspension of the
Bertoua prison director, the warders' burial, the promise and payment of compensation in
Chattogram, a crush in Sylhet in 2019, the remand of the concert organiser, the national red
alert in El Salvador, the EU's 1.5 million euros of emergency funding, Guatemala's offer of
rescue teams, the 2020 storms, the day of mourning in Moldova, Romania's offer of rail
engineers, the resignation of CFM's technical director, the release of the Gdynia supervisor
under police supervision, a 2019 dust explosion in Szczecin, the teenager's arrest and death in
an Auki police cell, the Auki curfew and inquest, a road blockade near Hatton during the strike,
the planters' joint letter, the 2021 tea stoppage, the boil-water notice and school closures in
Labasa, the 2019 Ba outbreak, the governor's evacuation order and the lowering of the Galeras
alert on November 17, the soldiers' pull-back from Genoy, the deaths of the nurse and the
patient and the looting in Kaga-Bandoro (parts of the raid), an aid-convoy robbery near Mbrès,
gendarmes the CAR government said it had sent, and the return of one surgeon.  Aggregate
mentions covering two or more gold events ("the violence" for both Bertoua attacks, "by last
week 31 were back in custody", "Foreign help", "The aid", "two official explanations", "The
reinforcements", "The help from Canberra and Wellington", "both of its decisions", "the help it
lost"), negated, generic or hypothetical mentions ("until all the fugitives are caught",
"considering pulling its international staff out", "no plans yet to evacuate", "Attacks on
hospitals are attacks", "one attack on a hospital is enough", "ready to send rail engineers if
asked", "A report is a start"), appositive or predicate re-descriptions ("the first such
walkout") and titles are not marked.  Every gold event is mentioned in at least two articles.

Relative and bare-weekday dates used (the articles of a story are published on different days,
so the same weekday name can point to different dates): "the next day", "the following day",
"two days after the jailbreak", "a day after", "last weekend", "by last week" (o01); "the next
morning", "the day after", "a day later", "last Thursday" (o02); "two days after", "two days
after the storm", "on Wednesday of that week", "the Friday after the storm", "two and a half
weeks after", "next week" (o03); "three days after the derailment", "four days after that", "the
following Monday", "three days after", "three weeks after", "over the weekend", "last week's
heat" (o04); "eight days after", "two days after the blast", "six days later", "the day after the
supervisor's detention", "last Thursday", "last Friday" (o05); "a day after", "the day after the
rioting", "two days later", "the next morning", "three days later" (o06); "three days later",
"five days after that failed meeting", "the day before the second session", "last Thursday",
"the ten days" (o07); "over the weekend", "later in the week", "two days after", "a week ago",
"eight days after", "ten days after", "three days after the declaration", "two days later", "last
month" (o08); "three days after", "three days later", "the day after the red declaration", "the
following morning", "a day after", "on Tuesday" in an article published on a Friday (o09); "two
days after", "a week after", "the next day", "on the Monday", "two days later", "the day after
WFP's withdrawal", "last month", "last week" (o10).

Type conventions used here (the type list has no better fit):
  * The Bertoua jailbreak is one `attack` event: the gunmen's assault and the inmates' escape in
    it ("stormed", "blew open", "gunfight", "broke out", "escaped", "walked out", "jailbreak",
    "breakout", "raid", "assault"); the ambush on gendarmes at Mandjou two days later is a second
    `attack` (the tricky pair of o01); the raid on the Kaga-Bandoro hospital ("attacked",
    "stormed", "raid", "loot", "assault") is an `attack` whose deaths are part of it and are not
    marked separately.
  * The deaths of the warders, in the Chattogram crush, in the San Salvador floods and
    landslides, in the Cornești derailment, in the Gdynia explosion, in the Auki riot and from
    typhoid in Labasa are `casualties` events; only words for the deaths are marked ("killed",
    "died", "deaths", "dead", "death toll"), and later deaths of injured people belong to the same
    event as the toll rises.  The accidents themselves have no type in the list and are not
    marked.
  * Road blockades and sit-ins (the Chattogram relatives, Soyapango flood victims, Genoy villagers,
    whose "standoff" is the blockade), a students' march, a dockers' one-hour walkout, the Auki
    riot ("set fire", "riot", "rioting", "violence", "unrest", "rampage", "burn") and the tea
    strike are `protest` events, each dated to its first day.
  * An army unit flown to Bertoua, the Police Response Team and the Papua New Guinean police
    contingent sent to Auki two days apart (the tricky pair of o06), soldiers sent to evacuate
    Galeras' slopes and Rwandan MINUSCA peacekeepers reinforcing Kaga-Bandoro are `deployment`
    events.
  * The Mexican and EU aid flights two days apart (o03), Romanian helicopters airlifting injured
    passengers (o04), and the Australian medical team and the New Zealand airlift of
    water-treatment units two days apart (o08) are `support` events (two tricky pairs).
  * The Chattogram probe committee's report, the environment ministry's landslide-risk
    assessment, the Moldovan railway's preliminary report and the government commission's report
    (the tricky pair of o04), the State Labour Inspectorate's report, the Tea Board's estimate of
    lost output and the Fiji CDC's laboratory report are `report` events.
  * The Fiji health ministry's outbreak declaration, the Colombian Geological Service's raising
    of the Galeras alert to orange and three days later to red (the tricky pair of o09) and the
    UN humanitarian coordinator's condemnation are `statement` events; words for the content of
    the statement (the alert level, the boil-water notice) are not marked.
  * The recapture of escapees, the organiser's arrest, the detentions of the track chief, of the
    Gdynia shift supervisor and six days later of the terminal director (the tricky pair of o05)
    and the Auki arrests are `arrest` events.
  * Two rounds of wage talks at the Labour Ministry in Colombo (the tricky pair of o07) and the
    Pasto mayor's meeting with Genoy's leaders are `meeting` events; the tea wage deal signed
    after the second round is a separate `agreement` event.
  * The medical charity's and, two days later, the World Food Programme's pull-outs of staff from
    Kaga-Bandoro (the tricky pair of o10) are `withdrawal` events; "flown" and "moved" to Bangui
    name the same withdrawals.
  * Escapes outside the key events, releases of detainees, evacuations, closures of schools and
    airports, the end of a strike and the lifting or lowering of alerts have no type in the list
    (or are side events) and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- o01
dict(story="o01", topic="Prison break in Bertoua, Cameroon: gunmen storm the central prison and kill warders, an elite army unit is sent to the city, fugitives ambush a gendarmerie patrol at Mandjou, and gendarmes recapture 19 escapees near Bélabo (East Region, Cameroon)", events=[
    dict(e="e1", type="attack", date="2026-02-08", participants=["unidentified gunmen", "Bertoua Central Prison"], location="Bertoua"),
    dict(e="e2", type="casualties", date="2026-02-08", participants=["prison warders"], location="Bertoua"),
    dict(e="e3", type="attack", date="2026-02-10", participants=["escaped inmates", "Gendarmerie Nationale"], location="Mandjou"),
    dict(e="e4", type="arrest", date="2026-02-11", participants=["Gendarmerie Nationale", "escaped inmates"], location="Bélabo"),
    dict(e="e5", type="deployment", date="2026-02-09", participants=["Rapid Intervention Battalion"], location="Bertoua"),
], tricky=[("e1", "e3", "the armed assault that broke open Bertoua central prison on Sunday night vs the ambush on a gendarmerie patrol at Mandjou, a few kilometres north, two days later, blamed on the same fugitives")],
note='The fugitive captured during the Mandjou ambush, the wounding of the third warder and of two gendarmes, '
     "the roadblocks and checkpoints, the justice ministry's suspension of the prison director and its inquiry, "
     "the warders' burial, the governor's radio address, the 2022 escape from Batouri prison and its "
     "recaptures, the later recaptures that bring the total to 31 ('back in custody', an aggregate), the rights "
     "group's overcrowding figures and the ministry's promise of new walls are side / background events. The "
     "jailbreak is typed as the armed assault (e1): words for the inmates' escape in it ('broke out', "
     "'escaped', 'walked out', 'jailbreak', 'breakout') are marked as e1, while 'the escaped prisoners' and "
     "'The recaptured men' are noun modifiers and are not marked. The deaths of the warders are a separate "
     "casualties event (e2). 'the violence' (covering both attacks) and 'until all the fugitives are caught' "
     '(hypothetical) are not marked.',
articles=[
dict(id="a1", source="Central African Newswire", published="2026-02-09",
     title="Gunmen storm Bertoua prison, free dozens of inmates",
     text="""BERTOUA, Cameroon - Armed men [[e1|stormed]] the central prison in Bertoua, capital of Cameroon's East Region, late on Sunday and freed dozens of inmates, [[e2|killing]] two warders, local officials said on Monday.

The attackers, some of them in military fatigues, arrived in two pickup trucks shortly before midnight and [[e1|blew open]] the main gate with explosives, according to a prison official who asked not to be named. The [[e1|gunfight]] with the guards lasted about forty minutes before the gunmen drove off toward the forest east of the city with the escaped prisoners.

The regional governor's office put the number of fugitives at 57, among them several men awaiting trial for kidnapping and highway robbery in the districts bordering the Central African Republic. A third warder was seriously wounded and taken to the regional hospital.

"We heard the explosions, then [[e1|shooting]] all night. Nobody slept," said Jeanne Mbarga, a trader who lives opposite the prison on the road to Garoua-Boulaï.

Roadblocks went up on every exit from the city on Monday morning. The defence ministry said a unit of the Rapid Intervention Battalion, the army's elite force, would be [[e5|sent]] to Bertoua to help hunt the fugitives.

No group has claimed the [[e1|attack]]. Cameroon's prisons are badly overcrowded, and Bertoua's, built for 350 inmates, held more than 1,100 last year, according to a local rights group. A smaller escape from the prison in Batouri in 2022 ended with most of the inmates recaptured within a week."""),
dict(id="a2", source="Yaoundé Morning Post", published="2026-02-11",
     title="Bertoua fugitives blamed for ambush on gendarmes",
     text="""Gunmen believed to include inmates who [[e1|broke out]] of Bertoua central prison on Sunday night [[e3|ambushed]] a gendarmerie patrol near the village of Mandjou on Tuesday, wounding two gendarmes, security sources said.

The patrol had stopped a minibus on the road north of Bertoua when gunmen [[e3|opened fire]] from the roadside bush, a gendarmerie officer told the Post. They fled on foot after a few minutes. One of them, hit in the leg, was captured and identified as a prisoner who had been awaiting trial for armed robbery.

The [[e3|ambush]] came a day after some 200 soldiers of the Rapid Intervention Battalion (BIR) [[e5|arrived]] in Bertoua from Yaoundé. They have since set up checkpoints on the roads to Bélabo, Batouri and Garoua-Boulaï.

Officials now say 74 prisoners got away during Sunday's [[e1|jailbreak]], not 57 as first announced. The warder who was wounded in the [[e1|assault]] died in hospital on Monday, bringing the [[e2|death toll]] among prison staff to three.

"These are men with nothing to lose, and some of them have guns now," said a BIR officer at a checkpoint on the Bélabo road. "People must stay indoors after dark."

The justice ministry has suspended the prison's director and ordered an inquiry into how the attackers knew the times at which the guards changed shifts. Residents of the neighbourhoods around the prison say the main gate had been damaged for months and was held shut with a chain."""),
dict(id="a3", source="Littoral Evening Standard", published="2026-02-13",
     title="Gendarmes recapture 19 Bertoua escapees near Bélabo",
     text="""Gendarmes have [[e4|recaptured]] 19 of the prisoners who [[e1|escaped]] from Bertoua central prison last weekend, most of them in a single sweep through the outskirts of Bélabo on Wednesday, the East Region's governor said on Thursday.

The men were found hiding in a disused sawmill and in farm huts along the railway line, the governor said in an address on state radio. Two of those [[e4|arrested]] were carrying Kalashnikov rifles that investigators believe were handed out by the gang that organised the [[e1|raid]] on the prison.

The recaptured men were being questioned about Tuesday's [[e3|attack]] on a gendarmerie patrol near Mandjou, in which two gendarmes were wounded, a security official said.

Investigators now think the [[e1|breakout]] was planned from outside to free a man accused of leading a kidnapping ring that has preyed on cattle traders near the border with the Central African Republic. He is still at large, along with 54 other inmates.

The three warders [[e2|killed]] on Sunday night were buried in Bertoua on Thursday. Hundreds of people followed the coffins through the city centre.

"My husband was two years from his pension," said Odile Ngono, the widow of one of the guards. "He asked for a transfer last year because he said the prison was not safe."

The soldiers of the elite Rapid Intervention Battalion [[e5|deployed]] in the city on Monday will stay until all the fugitives are caught, the governor said."""),
dict(id="a4", source="Pan-African Review", published="2026-02-24",
     title="Bertoua and the weakness of Cameroon's prisons",
     text="""ANALYSIS - When gunmen [[e1|blew open]] the gate of Bertoua's central prison on the night of February 8, they exposed how thin the state's hold on eastern Cameroon has become.

Three warders [[e2|died]] defending a jail built for 350 people and holding more than 1,100. Seventy-four inmates [[e1|walked out]]. The government's answer was fast: the next day it [[e5|flew in]] about 200 soldiers of the Rapid Intervention Battalion, a force usually seen fighting separatists in the west or jihadists in the far north.

It did not stop the violence at once. Two days after the [[e1|jailbreak]], fugitives [[e3|opened fire]] on a gendarmerie patrol at Mandjou, a few kilometres up the road. The following day gendarmes [[e4|caught]] 19 escapees around Bélabo, and by last week 31 were back in custody.

"The men who organised the [[e1|attack]] on the prison knew exactly when the guards changed," said Albert Ndzana, a lawyer in Bertoua who represents several of the inmates. "That does not come from the forest. That comes from inside."

The justice ministry has promised new walls and more guards, but it promised the same after the escape from Batouri in 2022. Cameroon spends less per prisoner than almost any country in the region, and pre-trial detainees, some held for years without a hearing, make up more than half of the prison population.

The man the [[e1|assault]] was apparently meant to free remains at large."""),
]),
# ---------------------------------------------------------------------------- o02
dict(story="o02", topic="Stampede at a New Year concert at M. A. Aziz Stadium, Chattogram: the deaths, the relatives' road blockade outside the hospital the next day, the students' march to the Press Club the day after, the organiser's arrest in Dhaka and the probe committee's report (Chattogram and Dhaka, Bangladesh)", events=[
    dict(e="e1", type="casualties", date="2026-04-14", participants=["concert-goers"], location="Chattogram"),
    dict(e="e2", type="protest", date="2026-04-15", participants=["victims' relatives"], location="Chattogram"),
    dict(e="e3", type="protest", date="2026-04-16", participants=["University of Chittagong students"], location="Chattogram"),
    dict(e="e4", type="arrest", date="2026-04-17", participants=["Rapid Action Battalion", "Tanvir Hossain Chowdhury"], location="Dhaka"),
    dict(e="e5", type="report", date="2026-04-23", participants=["Chattogram divisional probe committee"], location="Chattogram"),
], tricky=[("e2", "e3", "the victims' relatives blocking the road outside Chattogram Medical College Hospital on Wednesday vs the students' march to the Chattogram Press Club on Thursday, consecutive days, same city, same grievance")],
note="The stampede ('the crush', 'the disaster') itself is not annotated; only words for the deaths are (as for "
     'an earthquake), and the later deaths of injured people belong to the same casualties event. The injuries, '
     "the formation of the committee, the deputy commissioner's promise of compensation and its payment, the "
     "committee's visit to the stadium, the charges and the remand in custody, the police commissioner's and "
     "the home ministry's remarks and new rules, and a crush at a Sylhet fair in 2019 are side / background "
     "events. 'Anger came quickly' has no event word; 'A report is a start' and 'reports go into drawers' are "
     'generic and are not marked.',
articles=[
dict(id="a1", source="Bay of Bengal Wire", published="2026-04-15",
     title="Nine killed in crush at Chattogram New Year concert",
     text="""CHATTOGRAM, Bangladesh - At least nine people were [[e1|killed]] and more than 40 injured when a crowd surged through the gates of M. A. Aziz Stadium in Chattogram on Tuesday night, as thousands of young people tried to get into a free concert for the Bengali New Year, police said.

The crush began shortly after 8 p.m., when word spread that the headline band had arrived and that the gates would be shut once the stadium was full, witnesses said. Dozens of people fell on the steps of the north gate and were trampled.

Among the dead were two schoolgirls and a college student, said a doctor at Chattogram Medical College Hospital, where most of the injured were taken. Eleven people were in critical condition.

"There was no police at the gate, only four or five volunteers with sticks," said Rakib Hasan, 19, whose arm was broken.

The concert was organised by Sonali Events, a Dhaka company, under a permit for 15,000 people. Police estimated that twice that number had gathered outside.

Through the night, relatives crowded the emergency ward looking for names. Several said they would [[e2|block]] the road outside the hospital on Wednesday morning to demand a full list of the victims and compensation for the families.

The divisional commissioner formed a five-member committee to investigate the [[e1|deaths]] and ordered it to [[e5|report]] within a week.

New Year celebrations passed off peacefully elsewhere in the country."""),
dict(id="a2", source="Dhaka Ledger", published="2026-04-16",
     title="Families block Chattogram hospital road as stampede toll rises",
     text="""Relatives of the victims of Tuesday night's stampede at a Chattogram concert [[e2|blocked]] the road in front of the city's main hospital for four hours on Wednesday, demanding compensation and a full list of the dead.

Four of the injured died overnight and during the day, raising the [[e1|death toll]] to 13, officials at Chattogram Medical College Hospital said. Seven people remain in intensive care.

About 300 people, many of them women holding photographs, [[e2|sat down]] on the Panchlaish road with banners reading "Justice for our children". Traffic was backed up for several kilometres. The [[e2|sit-in]] ended in the afternoon after the deputy commissioner promised 200,000 taka to each bereaved family.

"My sister went to hear music. They gave her back to us in a sheet," said Shirin Akter, 27.

Students are planning more. The University of Chittagong's student council called a [[e3|march]] from the city's Chawkbazar area to the Chattogram Press Club on Thursday afternoon to demand action against the organisers and the police officers in charge that night.

Sonali Events has not commented. Its office in Dhaka was closed on Wednesday, and its owner's phone was switched off.

The committee investigating the disaster is due to submit its [[e5|findings]] by April 21. Members visited the stadium on Wednesday and took statements from volunteers and ticket-checkers, although the concert was free.

A smaller crush at a fair in Sylhet in 2019 killed three people, but no one was ever charged."""),
dict(id="a3", source="Port City Herald", published="2026-04-18",
     title="RAB arrests Chattogram concert organiser in Dhaka",
     text="""Bangladesh's Rapid Action Battalion on Friday [[e4|arrested]] the owner of the company that staged the Chattogram New Year concert at which 14 people [[e1|died]] in a crush at the stadium gates.

Tanvir Hossain Chowdhury, 44, managing director of Sonali Events, was [[e4|detained]] at a relative's flat in Dhaka's Uttara district before dawn, a RAB spokesman said. He will be brought to Chattogram and charged with causing death by negligence.

The [[e4|arrest]] came a day after several thousand students [[e3|marched]] through central Chattogram to the Press Club, chanting slogans against the organisers and the police. Thursday's [[e3|procession]] was peaceful. It followed Wednesday's four-hour [[e2|blockade]] of the road outside Chattogram Medical College Hospital by victims' relatives.

The fourteenth victim, a 16-year-old boy, [[e1|died]] on Friday morning, the hospital said.

Chowdhury's lawyer, Farid Uddin, said his client had hired 60 volunteers and asked the police for more officers. "He did everything the permit required. The crowd was the police's job," he said.

Police in Chattogram have not said how many officers were on duty at the stadium. The city's police commissioner told reporters on Thursday that his force had been "stretched across forty New Year events".

The home ministry said on Friday that large free concerts would need a separate crowd-safety plan from now on."""),
dict(id="a4", source="South Asia Monitor", published="2026-04-28",
     title="After the Chattogram crush, a report that blames everyone",
     text="""ANALYSIS - The committee that investigated the crush at Chattogram's M. A. Aziz Stadium [[e5|reported]] last Thursday what the port city already suspected: that the organisers sold a free concert to a crowd they could not hold, and that the police left them to it.

Its 62-page [[e5|report]] says 31,000 people gathered at gates built for a few thousand at a time, that only one of four gates was open, and that the nearest police post was 400 metres away. Fourteen people [[e1|died]] on April 14, most of them under 20.

Anger came quickly. The next morning, bereaved families [[e2|sat down]] across the road outside the city's main hospital. The day after, students [[e3|marched]] to the Press Club. A day later, the Rapid Action Battalion [[e4|picked up]] Tanvir Hossain Chowdhury, owner of the organising company, in Dhaka. He has been remanded in custody.

The [[e5|findings]] spread the blame wider than his company. They recommend disciplinary action against two police officers and the stadium's manager, and a ban on free events above 10,000 people without a crowd plan approved by the fire service.

"A report is a start," said Nusrat Jahan, a lawyer for six families. "But in this country, reports go into drawers."

Compensation has been paid to eleven of the fourteen families, the district administration says."""),
]),
# ---------------------------------------------------------------------------- o03
dict(story="o03", topic="Floods and landslides around San Salvador after a tropical storm: the deaths, a Mexican air force aid flight and a European Union aid flight to the same airport two days apart, a road blockade by flood victims in Soyapango and the environment ministry's landslide-risk report (San Salvador area, El Salvador)", events=[
    dict(e="e1", type="casualties", date="2026-06-13", participants=["residents of the San Salvador area"], location="San Salvador"),
    dict(e="e2", type="support", date="2026-06-15", participants=["Mexico", "El Salvador"], location="Monseñor Óscar Arnulfo Romero International Airport"),
    dict(e="e3", type="support", date="2026-06-17", participants=["European Union", "El Salvador"], location="Monseñor Óscar Arnulfo Romero International Airport"),
    dict(e="e4", type="protest", date="2026-06-19", participants=["residents of Soyapango"], location="Soyapango"),
    dict(e="e5", type="report", date="2026-06-22", participants=["Ministry of Environment and Natural Resources"], location="San Salvador"),
], tricky=[("e2", "e3", "a Mexican air force plane with 40 tonnes of aid landing at the international airport on Monday vs a European Union charter with shelter kits landing at the same airport on Wednesday")],
note='The storm, floods and landslides themselves are not annotated (only words for the deaths are); the '
     "recovery of bodies, the national red alert and the school closures, Guatemala's offer of rescue teams, "
     "the EU's release of 1.5 million euros in emergency funding (a support event of the same type, not a key "
     'event), the distribution of the aid by Civil Protection, the promise of new housing, the housing '
     "minister's agreement to meet the protesters, the 2020 storms and the 2001 landslides are side / "
     "background events. 'Foreign help' and 'The aid' (covering both deliveries) are aggregates and 'help "
     "cannot move a hillside' is generic; they are not marked.",
articles=[
dict(id="a1", source="Istmo Press Service", published="2026-06-14",
     title="Floods and landslides kill 11 around San Salvador",
     text="""SAN SALVADOR - Flash floods and landslides [[e1|killed]] at least 11 people in and around San Salvador on Saturday after a tropical storm dropped more than 300 millimetres of rain on the capital in less than a day, Civil Protection said.

Most of the victims lived in hillside communities in Soyapango and Ilopango, east of the city, where a swollen ravine swept away at least 20 houses before dawn. In Mejicanos, to the north, a mudslide buried a family of four as they slept.

"The water came down the gully like a train. We ran with the children and left everything," said Marta Hernández, 52, in a school in Soyapango that now shelters some 300 people.

More than 6,000 people spent Saturday night in shelters. The government declared a national red alert and closed schools until Wednesday.

Mexico's foreign ministry said an air force plane carrying 40 tonnes of food, water filters and tents would [[e2|land]] at El Salvador's international airport on Monday. The European Union said it was preparing a humanitarian [[e3|flight]] of its own, and Guatemala offered rescue teams.

Forecasters expect more rain through Tuesday, although the storm weakened as it moved north over Honduras on Saturday night.

San Salvador's ravines have filled with informal housing over the past three decades, much of it on slopes that geologists have long described as unsafe. Storms in 2020 destroyed thousands of homes in the same areas."""),
dict(id="a2", source="Central American Herald", published="2026-06-16",
     title="Mexican aid plane lands as El Salvador flood toll reaches 19",
     text="""A Mexican Air Force plane [[e2|landed]] at Monseñor Óscar Arnulfo Romero International Airport on Monday with 40 tonnes of food, water filters and tents for families driven from their homes by the weekend floods, as the [[e1|death toll]] in El Salvador rose to 19.

Salvadoran soldiers unloaded the cargo onto army trucks on the tarmac. "Mexico does not leave its neighbours alone in a moment like this," the Mexican ambassador, Raúl Esquivel, said at the airport.

Civil Protection said the [[e2|shipment]] would be handed out in Soyapango and Ilopango, where most of the 7,400 displaced people are staying in schools and churches.

Rescue workers found eight more bodies on Sunday and Monday, most of them in Ilopango, where part of a hillside gave way on Saturday morning. Four people are still missing.

The European Union's delegation in San Salvador said a chartered aid [[e3|flight]] carrying shelter kits and water pumps was due at the same airport on Wednesday. Brussels has also released 1.5 million euros in emergency funding for the relief effort.

In Soyapango, residents of the community of El Limón, where a ravine tore away a row of houses, said they would not return. "The government has to give us land somewhere else. Up there the hill is going to fall again," said Jorge Alvarado, a bus mechanic whose house is gone.

The education ministry said schools in the capital would stay closed for the rest of the week."""),
dict(id="a3", source="Cuscatlán Reporter", published="2026-06-18",
     title="EU aid flight arrives; flood victims plan Soyapango blockade",
     text="""A cargo plane chartered by the European Union [[e3|touched down]] at El Salvador's international airport on Wednesday with 60 tonnes of shelter kits, hygiene packs and water pumps, two days after a Mexican air force [[e2|delivery]] at the same airport.

The EU [[e3|consignment]] was flown from Panama, where the bloc keeps a humanitarian stockpile, an EU official said. Civil Protection will send most of it to shelters in Ilopango and Soyapango.

The [[e1|death toll]] from Saturday's floods and landslides reached 21 on Wednesday, when two bodies were pulled from the mud in Mejicanos. About 7,000 people remain in shelters.

Residents of hillside communities in Soyapango said they would [[e4|block]] the Boulevard del Ejército, one of the capital's main roads, on Friday morning to demand relocation to safer land. "We have been asking for twenty years. Maybe now they will listen," said Ana Cecilia Mejía, a community leader in El Limón.

The environment ministry said it would [[e5|publish]] an assessment of landslide risk in the metropolitan area next week, based on drone surveys flown since Sunday.

Officials in the president's office promised new housing for families whose homes were destroyed but gave no date or figure.

Many of San Salvador's slopes were already marked as high-risk after the landslides of 2001, but building on them never stopped."""),
dict(id="a4", source="Latin Affairs Weekly", published="2026-07-01",
     title="El Salvador's deadly slopes",
     text="""ANALYSIS - Two and a half weeks after a tropical storm [[e1|killed]] 22 people around San Salvador, the government has a map that says what residents of the capital's ravines have known for years.

The environment ministry's [[e5|report]], released on June 22, classifies 143 communities in the metropolitan area as being at "very high" risk of landslides, home to some 60,000 people. Most are in Soyapango, Ilopango and Mejicanos, where most of the [[e1|deaths]] occurred on June 13.

Foreign help came quickly. A Mexican air force plane [[e2|brought]] 40 tonnes of food and tents two days after the storm, and an EU [[e3|charter]] followed on Wednesday of that week with shelter kits and pumps. The aid kept 7,000 people fed and dry in schools and churches.

But help cannot move a hillside. The Friday after the storm, hundreds of residents of El Limón and nearby communities [[e4|blocked]] the Boulevard del Ejército for most of the morning, demanding land elsewhere. The [[e4|blockade]] ended only when the housing minister agreed to meet them.

The ministry's [[e5|assessment]] recommends relocating at least 4,000 families. It does not say where to, or who would pay.

"Every government promises relocation after a storm," said Rodrigo Pleitez, an urban planner at the Central American University. "Then the rain stops and the promise goes away with it." """),
]),
# ---------------------------------------------------------------------------- o04
dict(story="o04", topic="Passenger-train derailment near Cornești, Moldova: the deaths, Romanian helicopters for the injured, the state railway's preliminary report, the government commission's report four days later, and the arrest of a track-section chief (Ungheni District, Moldova)", events=[
    dict(e="e1", type="casualties", date="2026-09-04", participants=["train passengers"], location="Cornești"),
    dict(e="e2", type="support", date="2026-09-04", participants=["Romania", "Moldova"], location="Cornești"),
    dict(e="e3", type="report", date="2026-09-07", participants=["Calea Ferată din Moldova"], location="Chișinău"),
    dict(e="e4", type="report", date="2026-09-11", participants=["Moldovan government inquiry commission"], location="Chișinău"),
    dict(e="e5", type="arrest", date="2026-09-14", participants=["Prosecutor General's Office of Moldova", "Ion Ceban"], location="Ungheni"),
], tricky=[("e3", "e4", "the state railway's preliminary report on Monday blaming a rail cracked by heat vs the government commission's report on Friday of the same week blaming skipped inspections, both on the same derailment")],
note="The derailment ('the crash', 'the accident') itself is not annotated (only words for the deaths are); the "
     'injuries, the transport of the other injured by road, the day of mourning, the European loan of 2023, the '
     "speed cut on the line, the Romanian foreign minister's call and his offer of rail engineers "
     "(hypothetical), the resignation of CFM's technical director, the charges and Ceban's earlier written "
     "warnings are side / background events. 'two official explanations' covers both reports and is not marked; "
     'the second death named in one a2 sentence is not marked again.',
articles=[
dict(id="a1", source="Black Sea Wire", published="2026-09-05",
     title="Four dead as passenger train derails in western Moldova",
     text="""CHIȘINĂU - Four people were [[e1|killed]] and 31 injured when a passenger train derailed near the village of Cornești in western Moldova on Friday evening, the interior ministry said.

Three carriages of the evening service from Chișinău to Ungheni left the rails on a curve at about 7 p.m. and two of them rolled down an embankment into a field, officials said. About 180 passengers were on board.

Romania [[e2|sent]] two SMURD emergency helicopters across the border, and they flew six of the most badly injured passengers to hospitals in Iași, Romania's Department for Emergency Situations said. The others were taken by road to Ungheni and Chișinău.

"The carriage turned over twice. People were thrown on top of each other, and then it was dark," said Victor Rusu, a student who was travelling home for the weekend with a broken wrist.

The state railway company, Calea Ferată din Moldova (CFM), said it would [[e3|publish]] its preliminary findings on Monday. The prime minister's office said a government commission would also investigate.

The government declared Sunday a day of mourning.

Much of Moldova's 1,150-kilometre rail network dates from the Soviet era and has been barely maintained since. A European loan signed in 2023 was meant to rebuild the line between Chișinău and Ungheni, part of the route to Romania, but work has barely started."""),
dict(id="a2", source="Chișinău Courier", published="2026-09-08",
     title="Railway blames heat-cracked rail for Cornești crash",
     text="""Moldova's state railway company blamed a rail that cracked in last week's heat for Friday's derailment near Cornești, in a preliminary [[e3|report]] released on Monday.

The [[e3|document]] from Calea Ferată din Moldova (CFM) says the rail broke on a curve where temperatures on the track had reached 52 degrees Celsius, and that the train was travelling within the 60-kilometre speed limit. It calls the failure "unforeseeable".

The [[e1|death toll]] rose to six over the weekend. A 70-year-old woman [[e1|died]] in a Chișinău hospital on Saturday, and one of the passengers [[e2|airlifted]] to Iași by Romanian helicopters died there on Sunday, Romanian doctors said.

Passengers and local people doubt CFM's version. "The sleepers on that curve were rotten. You could see it from the road," said Gheorghe Lungu, who farms the field where the carriages came to rest.

A government commission headed by the deputy infrastructure minister, Natalia Cojocaru, is due to present its own [[e4|conclusions]] on Friday. She told reporters on Monday that she would not "sign anything that says nobody is to blame".

CFM has cut speeds to 40 kilometres an hour on the whole Ungheni line until further notice, adding an hour to the journey.

Romania's foreign minister, who called his Moldovan counterpart on Saturday, said Bucharest was ready to send rail engineers if asked."""),
dict(id="a3", source="Eastern Europe Today", published="2026-09-15",
     title="Moldova detains track chief after damning crash report",
     text="""Moldovan prosecutors on Monday [[e5|detained]] the head of the track section at Ungheni, three days after a government commission's [[e4|report]] found that inspections of the line where a passenger train derailed had not been carried out for months.

Ion Ceban, 56, was [[e5|taken into custody]] at his office in Ungheni, the Prosecutor General's Office said. He is suspected of signing inspection logs for the Cornești curve that investigators say were never done.

The commission's [[e4|findings]], presented by Deputy Infrastructure Minister Natalia Cojocaru on Friday, contradict the state railway's own preliminary [[e3|report]] of September 7, which blamed a rail that cracked in the heat. The commission says the rail failed because the sleepers beneath it had rotted and had been due for replacement since 2024.

The [[e1|death toll]] from the September 4 derailment rose to seven on Saturday, when a man died in a hospital in Iași, one of six passengers [[e2|airlifted]] there by Romanian helicopters on the night of the accident.

CFM's technical director resigned on Friday evening. The company said it "accepted the [[e4|conclusions]]" and would check every curve on the line.

"Somebody signed papers and went home. People [[e1|died]] on that curve," Cojocaru said on Friday.

Ceban's lawyer said his client had warned his superiors in writing about the sleepers twice last year."""),
dict(id="a4", source="Transit Europe Analysis", published="2026-09-25",
     title="What the Cornești derailment says about Moldova's railways",
     text="""ANALYSIS - Three weeks after seven people [[e1|died]] near Cornești, Moldova has two official explanations for its worst railway accident since independence, and only one of them survived the week.

The first came from the state railway itself. Three days after the derailment, Calea Ferată din Moldova [[e3|reported]] that a rail had cracked in the summer heat, a failure it called unforeseeable. Four days after that, a government commission [[e4|concluded]] that the rail broke because the sleepers under it had rotted, and that inspections on the curve had existed only on paper.

The commission's [[e4|report]] ended the railway's version. The following Monday prosecutors [[e5|arrested]] the track-section chief at Ungheni, Ion Ceban, who now faces charges of negligence causing death.

The night of the crash had shown another weakness. Moldova has no air ambulance of its own, and it was Romania that [[e2|provided]] the helicopters that carried six injured passengers to Iași. Two of them later [[e1|died]] there.

"We were lucky the border was only twenty kilometres away," said Sergiu Munteanu, a former CFM engineer. "The whole network is like that curve. Nobody has replaced anything since 1991."

The European loan meant to rebuild the line has been slow to turn into work on the ground. The government now says the Ungheni section will be renewed by 2028."""),
]),
# ---------------------------------------------------------------------------- o05
dict(story="o05", topic="Grain-dust explosion at a silo in the port of Gdynia: the deaths, the shift supervisor's detention, a one-hour walkout by dockers, the terminal director's detention six days after the supervisor's, and the State Labour Inspectorate's report (Gdynia and Gdańsk, Poland)", events=[
    dict(e="e1", type="casualties", date="2026-03-10", participants=["port workers"], location="Gdynia"),
    dict(e="e2", type="arrest", date="2026-03-12", participants=["Polish Police", "Bałtyk Grain Terminal shift supervisor"], location="Gdynia"),
    dict(e="e3", type="arrest", date="2026-03-18", participants=["Polish Police", "Marek Zieliński"], location="Gdańsk"),
    dict(e="e4", type="report", date="2026-03-23", participants=["State Labour Inspectorate"], location="Gdańsk"),
    dict(e="e5", type="protest", date="2026-03-13", participants=["NSZZ Solidarność", "Gdynia dockworkers"], location="Gdynia"),
], tricky=[("e2", "e3", "police detaining the terminal's shift supervisor in Gdynia on Thursday, two days after the blast, vs detaining its managing director at his home in Gdańsk the following Wednesday, on the same investigation")],
note="The explosion ('the blast') and the fire are not annotated (only words for the deaths are); the injuries, "
     "the prosecutors' investigation, the halt to loading, the company's statement and its earlier inspection, "
     "the ministry officials' visit, the supervisor's release under police supervision, the charges against the "
     "director, the owners' statement, the inspectorate's promise to check all terminals and a dust explosion "
     "at a grain elevator in Szczecin in 2019 are side / background events. 'His detention follows that of the "
     "terminal's shift supervisor' names e2 only by a pronoun and is not marked for it; 'the first such "
     "walkout' is an appositive re-description and is not marked.",
articles=[
dict(id="a1", source="Northern Europe Newswire", published="2026-03-11",
     title="Three killed in grain silo explosion at Gdynia port",
     text="""GDYNIA, Poland - Three workers were [[e1|killed]] and five injured on Tuesday when grain dust exploded inside a silo at a terminal in the port of Gdynia, fire officials said.

The blast at the Bałtyk Grain Terminal happened at about 2:40 p.m., while wheat was being loaded onto a ship bound for Algeria. It blew the roof off one of the terminal's concrete silos and started a fire that firefighters fought through the night. Thick smoke could be seen as far away as Hel, across the bay.

Two of the dead were conveyor operators working at the top of the silo, and the third was a lorry driver waiting in the yard below, a fire service spokesman said. Three of the injured suffered severe burns.

"It was like a bomb. The ground shook and then everything was black," said Paweł Nowak, a docker who was working on a neighbouring quay.

Prosecutors in Gdańsk have opened an investigation into the possible breach of safety rules. All loading at the terminal was halted.

The port's branch of the Solidarity trade union said its members would hold a one-hour [[e5|walkout]] on Friday in memory of the dead and to demand independent safety checks at all grain terminals.

Grain dust can ignite when it hangs in the air in high concentrations. A dust explosion at a grain elevator in Szczecin in 2019 injured two workers. Poland's Baltic ports have handled record volumes of grain since 2022."""),
dict(id="a2", source="Pomorze Daily", published="2026-03-13",
     title="Gdynia silo blast: supervisor detained, toll rises to four",
     text="""Police on Thursday [[e2|detained]] the shift supervisor who was in charge at the Bałtyk Grain Terminal in Gdynia when a silo exploded on Tuesday, prosecutors said.

The 38-year-old man, whose name was not released under Polish privacy rules, was [[e2|held]] for questioning about why the dust extraction system on the silo had been switched off during loading, a spokeswoman for the regional prosecutor's office in Gdańsk said.

A fourth victim, a 51-year-old crane operator, died of burns in hospital on Thursday, raising the [[e1|death toll]] to four. Two workers remain in a serious condition.

Dockers across the port are due to [[e5|stop work]] for an hour at noon on Friday. The Solidarity union said the [[e5|stoppage]] would begin with a minute's silence at the terminal gate.

"We have been warning about dust at that terminal for two years," said Krzysztof Wójcik, the union's chairman at the port. "The company wanted speed. Now four families are burying their men."

Bałtyk Grain Terminal said in a statement that it was cooperating fully with investigators and that its equipment had passed an inspection last autumn.

The fire in the damaged silo was put out on Wednesday morning, but some 8,000 tonnes of wheat inside are still smouldering, the fire service said. Officials from the infrastructure ministry visited the site on Wednesday and promised a review of safety at every port grain facility in the country."""),
dict(id="a3", source="Vistula Report", published="2026-03-19",
     title="Gdynia terminal director detained over silo explosion",
     text="""Police in Gdańsk on Wednesday [[e3|detained]] the managing director of the Bałtyk Grain Terminal, eight days after an explosion in one of its silos in the port of Gdynia [[e1|killed]] five workers.

Marek Zieliński, 49, was [[e3|arrested]] at his home in the city's Oliwa district and taken to the regional prosecutor's office, where he was charged with exposing employees to danger. Investigators say he ordered the dust extraction system switched off to speed up loading.

His [[e3|detention]] follows that of the terminal's shift supervisor last Thursday. The supervisor, who had been [[e2|in custody]] since, was released on Tuesday under police supervision after telling prosecutors that he had been acting on written instructions.

The fifth victim, a 24-year-old conveyor operator, [[e1|died]] on Sunday in the burns unit in Gryfice.

About 1,500 dockers [[e5|downed tools]] for an hour last Friday in memory of the dead, bringing cargo handling across the port to a halt. Union officials said the [[e5|strike]] was Gdynia's first in more than a decade.

The State Labour Inspectorate said it would [[e4|publish]] the results of its inspection of the terminal on Monday. The terminal's owners, a Polish-Danish group, said they were "shocked" by the charges against Zieliński and would support him.

Loading of grain at the terminal remains suspended, and traders say some shipments have been moved to Gdańsk."""),
dict(id="a4", source="Central European Analysis", published="2026-03-27",
     title="Gdynia's silo explosion and the price of speed",
     text="""ANALYSIS - The State Labour Inspectorate's [[e4|report]] on the Bałtyk Grain Terminal, published on Monday, reads less like an accident report than a list of warnings that nobody heeded.

The inspectors found that dust extraction on the silo that exploded on March 10 had been switched off for at least three weeks, that its sensors had not been calibrated since 2024 and that the terminal loaded ships 40 percent faster than its permit allowed. Five workers [[e1|died]], four of them employees and one a lorry driver waiting in the yard.

The inspectors' [[e4|findings]] support the prosecutors' case. Two days after the blast, police [[e2|detained]] the shift supervisor on duty. Six days later, they [[e3|arrested]] the managing director, Marek Zieliński, who is accused of ordering the extraction system switched off.

The port's dockers moved first, though. The day after the supervisor's [[e2|detention]], some 1,500 of them [[e5|walked off]] their quays for an hour, the first such walkout at Gdynia in years.

"The [[e4|report]] says what we said in the union for two years," said Krzysztof Wójcik, the Solidarity chairman at the port.

Poland's Baltic terminals now ship more grain than ever, much of it from Ukraine. The inspectorate says it will check every one of them by June."""),
]),
# ---------------------------------------------------------------------------- o06
dict(story="o06", topic="Riot in Auki, Malaita Province: the riot after a teenager's death in a police cell, the deaths in burned shops, the national Police Response Team flown in the next day, a Papua New Guinean police contingent two days later, and 27 arrests (Auki, Solomon Islands)", events=[
    dict(e="e1", type="protest", date="2026-07-06", participants=["Auki residents"], location="Auki"),
    dict(e="e2", type="casualties", date="2026-07-06", participants=["Auki residents"], location="Auki"),
    dict(e="e3", type="deployment", date="2026-07-07", participants=["Royal Solomon Islands Police Force"], location="Auki"),
    dict(e="e4", type="deployment", date="2026-07-09", participants=["Royal Papua New Guinea Constabulary"], location="Auki"),
    dict(e="e5", type="arrest", date="2026-07-10", participants=["Royal Solomon Islands Police Force", "rioters"], location="Auki"),
], tricky=[("e3", "e4", "about 60 officers of the national Police Response Team arriving in Auki from Honiara on Tuesday vs 40 Papua New Guinean officers landing in the same town on Thursday to reinforce them")],
note="The 17-year-old's arrest and death in a police cell on Saturday (of the same types as e5 and e2, but not "
     "key events), the curfew, the prime minister's office's appeal and promised inquiry, the provincial "
     "premier's appeal, the court appearances, the inquest, the release on bail and Malaita's older grievances "
     "are side / background events. 'The bodies of two men were found' has no event word; 'the unrest' in a1's "
     "first sentence shares its sentence with a marked e1 trigger; 'The reinforcements' (both contingents) is "
     "an aggregate and 'loot and walk away' is generic; they are not marked.",
articles=[
dict(id="a1", source="Pacific Islands Wire", published="2026-07-07",
     title="Two dead as rioters burn shops in Solomon Islands' Auki",
     text="""HONIARA - Rioters [[e1|set fire]] to dozens of shops and part of the provincial government offices in Auki, the capital of Solomon Islands' Malaita Province, on Monday, and police said two people [[e2|died]] in the unrest.

The [[e1|violence]] began in the morning, when a crowd of several hundred gathered outside Auki police station demanding answers over the death of a 17-year-old boy in a police cell on Saturday. Stones were thrown, and by midday the crowd had turned into a mob that moved down the main street.

The bodies of two men were found on Monday evening in the ruins of a burned store near the market, a police spokesman said. He said it was not yet clear whether they were looters or people trapped inside.

"We lost everything. Twenty years of work, gone in one afternoon," said Wendy Liufa, whose family runs a hardware shop that was looted and burned.

Police Commissioner Daniel Maeke said about 60 officers of the Police Response Team, the force's tactical unit, would be [[e3|flown]] from Honiara to Auki on Tuesday morning. A curfew from 6 p.m. to 6 a.m. has been imposed on the town.

The prime minister's office appealed for calm and promised an independent inquiry into the boy's death.

Auki, a town of about 8,000 people, is the main port of Malaita, the country's most populous island, where many people have long complained that the government in Honiara neglects them."""),
dict(id="a2", source="Honiara Star", published="2026-07-08",
     title="Police tactical unit reaches Auki; PNG to send officers",
     text="""About 60 officers of the Royal Solomon Islands Police Force's Police Response Team [[e3|arrived]] in Auki by boat and plane on Tuesday, a day after [[e1|riots]] left two people [[e2|dead]] and much of the Malaitan town's commercial centre in ashes.

The officers, in riot gear, patrolled the main street and the wharf on Tuesday afternoon. The town was quiet, but many shops stayed shut and smoke was still rising from burned buildings near the market.

Papua New Guinea has agreed to [[e4|send]] 40 officers of the Royal Papua New Guinea Constabulary under a regional policing arrangement, the foreign ministry in Honiara said. They are expected in Auki on Thursday.

"We have asked for help from our neighbours because our own police are stretched and tired," Police Minister Augustine Fono told reporters.

Malaita's provincial premier, Joseph Irofa'alu, said the [[e1|rioting]] had destroyed at least 35 businesses, the provincial lands office and the only bank branch in the town. He urged young people to hand back looted goods.

Relatives of the 17-year-old boy whose death in a police cell on Saturday set off the [[e1|unrest]] said he had been arrested for being drunk and was "healthy when they took him". Police have said he was found unconscious and died on the way to hospital.

An inquest has been opened. The boy is to be buried in his village in north Malaita on Friday."""),
dict(id="a3", source="Oceania Report", published="2026-07-11",
     title="Police arrest 27 in Auki as PNG officers join operation",
     text="""Police in Auki [[e5|arrested]] 27 people on Friday in house-to-house searches for goods looted during Monday's [[e1|riot]], a day after a contingent of Papua New Guinean police officers [[e4|landed]] in the Malaitan town.

Those [[e5|detained]] include three men suspected of being ringleaders, a police spokesman said. They will appear in the Auki magistrates' court on Monday.

The [[e2|death toll]] from the [[e1|violence]] rose to three on Thursday, when a woman who had been badly burned trying to save goods from her family's shop died at Kilu'ufi Hospital.

The 40 PNG officers, from the Royal Papua New Guinea Constabulary, joined some 60 members of the Solomon Islands police's tactical Police Response Team who [[e3|arrived]] on Tuesday. The PNG [[e4|contingent]] will stay for at least a month, the police ministry said.

"Nobody is going to be allowed to loot and walk away," said Superintendent Ben Oge, the police commander in Auki. "We have the names and we have the videos."

Some residents complained that the [[e5|arrests]] targeted young men from the settlements behind the town while those who planned the [[e1|rampage]] were left alone.

Businesses began to reopen on Friday for the first time since the [[e1|riot]]. The curfew now runs from 8 p.m. to 5 a.m."""),
dict(id="a4", source="Pacific Affairs Review", published="2026-07-22",
     title="Auki's riot and the limits of Pacific policing",
     text="""ANALYSIS - It took one afternoon for Auki to [[e1|burn]]. It took Honiara a day, and a call to Port Moresby, to regain control.

The [[e1|riot]] of July 6, set off by the death of a teenager in a police cell, destroyed 35 businesses in Malaita's provincial capital. Three people [[e2|died]]: two men found in a burned store and a woman who succumbed to her burns three days later.

The government's response followed a now familiar pattern. The day after the [[e1|rioting]], it [[e3|flew in]] its tactical Police Response Team from Honiara. Two days later, 40 officers from Papua New Guinea [[e4|arrived]] under a regional arrangement, and the next morning police [[e5|rounded up]] 27 people in house searches. Most of those [[e5|arrested]] have since been released on bail.

"Each time, the answer is more police, often from abroad," said Ruth Maetala, a researcher on Malaita. "Nobody asks why a town of 8,000 can turn on itself in an hour."

The reinforcements calmed the streets. Their presence also revived an old complaint in Malaita that the national police treat the island as a problem to be managed rather than a province to be served.

The inquest into the boy's death opens next month. Until it reports, many in Auki say, the anger that fed the [[e1|unrest]] will not go away."""),
]),
# ---------------------------------------------------------------------------- o07
dict(story="o07", topic="Tea estate strike in Sri Lanka's central hills: the strike over daily wages, a failed first round of talks at the Labour Ministry, the Tea Board's estimate of lost output, a second round of talks five days after the first, and the wage agreement (Hatton, Nuwara Eliya and Colombo, Sri Lanka)", events=[
    dict(e="e1", type="protest", date="2026-08-03", participants=["Up-Country Estate Workers' Union", "tea estate workers"], location=None),
    dict(e="e2", type="meeting", date="2026-08-06", participants=["Up-Country Estate Workers' Union", "Planters' Association of Ceylon", "Ministry of Labour"], location="Colombo"),
    dict(e="e3", type="meeting", date="2026-08-11", participants=["Up-Country Estate Workers' Union", "Planters' Association of Ceylon", "Ministry of Labour"], location="Colombo"),
    dict(e="e4", type="report", date="2026-08-10", participants=["Sri Lanka Tea Board"], location="Colombo"),
    dict(e="e5", type="agreement", date="2026-08-12", participants=["Up-Country Estate Workers' Union", "Planters' Association of Ceylon"], location="Colombo"),
], tricky=[("e2", "e3", "the first round of wage talks at the Labour Ministry in Colombo on Thursday, which collapsed, vs the second round at the same ministry the following Tuesday, which ran through the night and produced the deal")],
note='The road blockade between Hatton and Nuwara Eliya on Wednesday (a separate protest, not a key event), the '
     "companies' joint letter to the minister, the weekly Colombo tea auction, the 2021 stoppage and its wage "
     "gazette, the end of the strike and the Planters' Association's call for tax cuts are side / background "
     "events. 'The ten days that emptied Sri Lanka's tea estates' has no event word and 'the dispute' (the "
     "whole wage dispute) is not marked; 'left after four hours' is part of the first meeting.",
articles=[
dict(id="a1", source="Lanka Wire Service", published="2026-08-04",
     title="Tea pluckers strike across Sri Lanka's hill country",
     text="""HATTON, Sri Lanka - Tens of thousands of tea pluckers [[e1|walked off]] estates across Sri Lanka's central hills on Monday, demanding that their daily wage be raised from 1,350 rupees to 2,000 rupees to keep up with the cost of food.

Estates in Nuwara Eliya, Badulla and Kandy districts were almost deserted, with pluckers and factory workers gathering at estate offices and temples instead of in the fields, union officials said. The Planters' Association of Ceylon, which represents the plantation companies, said attendance had fallen to about 30 percent.

The [[e1|strike]] was called by the Up-Country Estate Workers' Union after the companies offered a rise of 150 rupees a day, linked to a higher daily plucking target.

"We pluck eighteen kilos a day in the rain and the leeches, and we cannot feed our children," said Letchumi Ramasamy, 46, outside the office of an estate near Hatton. "We are not asking for luxury."

Labour Minister Sanjeewa Perera invited the union and the companies to [[e2|talks]] at his ministry in Colombo on Thursday. He said the wage gap was "not impossible to close".

The plantation companies say costs have risen faster than tea prices and that many estates are losing money.

Most estate workers are descendants of Tamil labourers brought from southern India in the 19th century. A shorter stoppage in 2021 ended after the government fixed a minimum wage by gazette."""),
dict(id="a2", source="Hill Country Observer", published="2026-08-07",
     title="Tea wage talks collapse as strike enters fifth day",
     text="""[[e2|Talks]] between the Up-Country Estate Workers' Union and Sri Lanka's plantation companies broke down at the Labour Ministry in Colombo on Thursday, and the union said the [[e1|strike]] on the tea estates would go on.

The companies raised their offer to 1,600 rupees a day, the union said, but only if pluckers accepted a target of 20 kilos. The union lowered its demand to 1,900 rupees. The [[e2|meeting]] ended after four hours with no joint statement.

"They want more tea for the same money. That is not a raise, that is a trick," said the union's general secretary, Muthu Sivalingam, after leaving the ministry.

Labour Minister Sanjeewa Perera said both sides would [[e3|meet]] again at the ministry on Tuesday. "I will keep them in the room this time," he said.

The [[e1|stoppage]] entered its fifth day on Friday. On Wednesday, several hundred workers blocked the main road between Hatton and Nuwara Eliya for three hours, and police diverted traffic through tea estates.

The Sri Lanka Tea Board said it would [[e4|publish]] an estimate of the production lost to the dispute on Monday. Brokers at the weekly auction in Colombo said offerings of high-grown teas from Nuwara Eliya had fallen by a third and prices had jumped.

Several plantation companies warned in a joint letter to the minister that estates could not pay wages they did not earn, and that some fields would be abandoned if costs rose further."""),
dict(id="a3", source="Colombo Commercial Times", published="2026-08-13",
     title="Plantation companies and union sign tea wage deal",
     text="""Sri Lanka's plantation companies and the main estate union [[e5|signed]] a wage agreement on Wednesday raising tea pluckers' daily pay to 1,750 rupees, ending a ten-day [[e1|strike]] that had cut production across the central hills.

The [[e5|deal]] came at the end of a second round of [[e3|talks]] at the Labour Ministry in Colombo that began on Tuesday morning and ran through the night. The first [[e2|round]], last Thursday, had collapsed over the companies' demand for a higher plucking target.

Under the [[e5|accord]], the daily target stays at 18 kilos, and pluckers who exceed it will be paid 60 rupees for each extra kilo. The companies also agreed to a review of the wage in 18 months.

"It is less than we wanted, but the target is the same and the money is more," said Muthu Sivalingam, general secretary of the Up-Country Estate Workers' Union. Pluckers were expected back in the fields on Thursday.

On Monday the Sri Lanka Tea Board [[e4|reported]] that the [[e1|stoppage]] had cost about 9 million kilograms of green leaf, roughly 2 million kilograms of made tea, worth some 4 billion rupees in export earnings.

The Planters' Association of Ceylon said the new wage would add about 12 percent to production costs and urged the government to cut fertiliser taxes.

Tea is Sri Lanka's second-largest export after garments."""),
dict(id="a4", source="South Asia Labour Review", published="2026-08-24",
     title="Sri Lanka's tea strike: a raise, and the question of the target",
     text="""ANALYSIS - The ten days that emptied Sri Lanka's tea estates this month ended with a raise that pluckers can live with and a question that neither side has answered: how much tea a person should have to pick for a day's pay.

The [[e1|walkout]] began on August 3. Three days later, the union and the plantation companies [[e2|sat down]] at the Labour Ministry for the first time, and left after four hours. The companies would pay more only if pluckers picked more.

Five days after that failed [[e2|meeting]], the two sides returned to the ministry for a second [[e3|round]]. It ran through the night, and on the morning of August 12 they [[e5|signed]] an agreement that keeps the daily target at 18 kilos and raises the wage to 1,750 rupees.

What changed in between was the arithmetic. The day before the second [[e3|session]], the Tea Board [[e4|estimated]] that the [[e1|strike]] had already cost some 4 billion rupees in exports. "Once the Tea Board put a number on it, the companies started counting," said a broker in Colombo.

The [[e5|agreement]] is a victory for the union on the target, but it ties future rises to a review in 18 months, when the companies will push again for higher output.

Many of the estates' own problems are untouched: ageing bushes, crumbling line rooms and young people leaving for the cities and the Gulf."""),
]),
# ---------------------------------------------------------------------------- o08
dict(story="o08", topic="Typhoid outbreak in Macuata Province, Fiji: the deaths, the health ministry's outbreak declaration, an Australian medical team and a New Zealand airlift of water-treatment units two days apart, and the Fiji Centre for Disease Control's laboratory report (Labasa and Suva, Fiji)", events=[
    dict(e="e1", type="statement", date="2026-10-05", participants=["Ministry of Health and Medical Services"], location="Suva"),
    dict(e="e2", type="casualties", date="2026-10-03", participants=["residents of Macuata Province"], location="Labasa"),
    dict(e="e3", type="support", date="2026-10-08", participants=["Australia", "Fiji"], location="Labasa"),
    dict(e="e4", type="support", date="2026-10-10", participants=["New Zealand", "Fiji"], location="Labasa"),
    dict(e="e5", type="report", date="2026-10-13", participants=["Fiji Centre for Disease Control"], location="Suva"),
], tricky=[("e3", "e4", "a 22-member Australian medical team arriving in Labasa on Thursday vs a Royal New Zealand Air Force plane landing at Labasa on Saturday with water-treatment units and nurses, two donors, same town, two days apart")],
note='The boil-water notice and the school closures (content of the declaration), the hospital admissions and '
     "case counts, the Water Authority's inspection of its pipes, the vaccination of staff, the reopening of "
     'the market and schools, the 2019 outbreak in Ba and the planned lifting of the outbreak alert are side / '
     "background events. 'The help from Canberra and Wellington' is an aggregate and is not marked. Only words "
     "for the deaths are marked for e2, one casualties event whose toll rises from two to five; 'the outbreak' "
     'itself is not an event of the type list.',
articles=[
dict(id="a1", source="South Pacific Newswire", published="2026-10-06",
     title="Fiji declares typhoid outbreak after two children die",
     text="""SUVA - Fiji's health ministry [[e1|declared]] a typhoid outbreak in Macuata Province, on the northern island of Vanua Levu, on Monday after two children [[e2|died]] at Labasa Hospital over the weekend and more than 60 people were admitted with high fevers.

The Ministry of Health and Medical Services said 23 cases had been confirmed by laboratory tests and that most of the patients came from settlements around Labasa that take their water from the same treatment plant. It told residents of the town and nearby villages to boil all drinking water and closed four schools.

"This [[e1|declaration]] lets us move staff, money and supplies to the north immediately," the ministry's permanent secretary, Dr. Litia Tamani, told reporters in Suva. "Typhoid is treatable if people come to us early."

The children, aged four and nine, came from the same settlement at Vunimoli, health officials said.

Australia's High Commission said Canberra would [[e3|send]] a team of doctors, nurses and environmental health specialists to Labasa later in the week at Fiji's request.

Typhoid, spread by water and food contaminated with human waste, is endemic in parts of Fiji, especially after floods and in places with poor sanitation. An outbreak in Ba in 2019 infected more than 200 people but caused no deaths.

Labasa, a sugar town of about 28,000 people, was hit by heavy flooding in September, and residents say the water has tasted of mud for weeks."""),
dict(id="a2", source="Vanua Levu Herald", published="2026-10-09",
     title="Australian medical team lands in Labasa as third typhoid death reported",
     text="""A team of 22 Australian doctors, nurses and environmental health specialists [[e3|arrived]] in Labasa on Thursday to help contain the typhoid outbreak that has swept through the town and surrounding settlements.

The team, from the Australian Medical Assistance Team (AUSMAT), [[e3|flew in]] from Darwin on a chartered plane with a field laboratory and tents for a 20-bed isolation ward, which it began setting up in the grounds of Labasa Hospital.

A third person, a 61-year-old man from Vunimoli, [[e2|died]] on Wednesday, the hospital said. Since the ministry [[e1|declared]] the outbreak on Monday, the number of confirmed cases has risen to 141.

"The wards are full, and the nurses have not slept properly in a week," said a doctor at the hospital who asked not to be named. "The Australians' [[e3|arrival]] means we can finally rest some of our people."

New Zealand will [[e4|fly]] six water-treatment units and a dozen public-health nurses to Labasa on Saturday on a Royal New Zealand Air Force plane, its High Commission in Suva said.

The Water Authority of Fiji said it was inspecting the pipes between its treatment plant and the worst-hit settlements, some of which were damaged by last month's floods.

Health officials have begun vaccinating hospital staff, food handlers and families of patients. Labasa's market reopened on Thursday after a day of cleaning."""),
dict(id="a3", source="Oceania Health Report", published="2026-10-12",
     title="NZ airlifts water plants to Labasa; typhoid deaths rise to four",
     text="""A Royal New Zealand Air Force plane [[e4|landed]] at Labasa airport on Saturday with six water-treatment units and 12 public-health nurses, two days after an Australian medical team [[e3|arrived]] in the northern Fijian town to help fight a typhoid outbreak.

The New Zealand [[e4|airlift]] will allow the Water Authority of Fiji to supply clean water directly to six settlements where most of the cases have been found, a spokesman for the authority said.

The outbreak has now [[e2|killed]] four people. A 14-year-old girl [[e2|died]] at Labasa Hospital on Friday night, the health ministry said. There are 186 confirmed cases.

Health workers say the flood of patients has slowed since the ministry [[e1|declared]] an outbreak a week ago and told residents to boil their water. "We are seeing fewer new cases every day, but we are not there yet," said Dr. Ilisapeci Vuki, the hospital's medical superintendent.

The Fiji Centre for Disease Control said it would [[e5|release]] the results of its tests on water samples from the town's supply on Tuesday. Officials suspect a pipe cracked in last month's floods let sewage into the network.

The Australian team's field laboratory has cut the time for a typhoid test from three days to a few hours, doctors said.

Schools in Labasa remain closed."""),
dict(id="a4", source="Pacific Affairs Review", published="2026-10-23",
     title="Labasa's typhoid outbreak, traced to a cracked pipe",
     text="""ANALYSIS - The Fiji Centre for Disease Control's [[e5|report]] on the Labasa typhoid outbreak, released on October 13, confirmed what residents had suspected: sewage had been leaking into the town's water for weeks through a main cracked in September's floods.

The [[e5|findings]] came eight days after the health ministry [[e1|declared]] the outbreak, and ten days after the first of five [[e2|deaths]], a four-year-old girl from Vunimoli. By then, 200 people had fallen ill.

The response was quicker than in past crises. Three days after the [[e1|declaration]], Australia's medical team [[e3|landed]] with a field laboratory. New Zealand's [[e4|airlift]] of water-treatment units followed two days later, letting the Water Authority bypass the broken main.

"The help from Canberra and Wellington bought us time," said Dr. Litia Tamani, the ministry's permanent secretary. "But the pipe should never have been left like that."

The [[e5|report]] notes that the Water Authority had logged complaints about dirty water in the affected settlements as early as September 20. The authority says the complaints were handled as routine.

The ministry expects to lift its outbreak alert next week if no new cases appear. Labasa's schools reopened on Monday.

Fiji's health budget has grown in recent years, but much of the water network in its smaller towns dates from the 1970s."""),
]),
# ---------------------------------------------------------------------------- o09
dict(story="o09", topic="Galeras volcano crisis near Pasto: the Geological Service's orange alert and its red alert three days later, army troops sent to evacuate the slopes, a road blockade by residents of Genoy and the mayor's meeting with village leaders (Nariño, Colombia)", events=[
    dict(e="e1", type="statement", date="2026-11-02", participants=["Colombian Geological Service"], location="Pasto"),
    dict(e="e2", type="statement", date="2026-11-05", participants=["Colombian Geological Service"], location="Pasto"),
    dict(e="e3", type="deployment", date="2026-11-06", participants=["National Army of Colombia"], location="Genoy"),
    dict(e="e4", type="protest", date="2026-11-07", participants=["residents of Genoy"], location="Genoy"),
    dict(e="e5", type="meeting", date="2026-11-08", participants=["Mayor of Pasto", "Genoy community leaders"], location="Pasto"),
], tricky=[("e1", "e2", "the Geological Service raising the Galeras alert to orange on Monday vs raising it to red late on Thursday, same agency, same volcano, same observatory in Pasto")],
note="The earthquake swarm and ash emissions, the governor's evacuation order, the opening of shelters, the "
     "soldiers' pull-back to the edge of Genoy, the disaster agency's tents, the airport closure, the lowering "
     'of the alert back to orange on Tuesday, November 17 (a statement of the same type as e1 and e2, not a key '
     "event), the volcano's earlier eruptions and the agreement reached at the mayor's meeting are side / "
     "background events. Only the act of raising the alert is marked ('raised', 'moving', 'decision', "
     "'announcement', 'upgrade', 'declared', 'declaration'); the alert level as a state ('kept the volcano on "
     "red', 'The red level means') is content and is not marked. 'no plans yet to evacuate' is negated and "
     "'both of its decisions' is an aggregate.",
articles=[
dict(id="a1", source="Andean Press Agency", published="2026-11-03",
     title="Colombia raises Galeras volcano alert to orange",
     text="""PASTO, Colombia - The Colombian Geological Service [[e1|raised]] the alert level for the Galeras volcano to orange on Monday after recording more than 900 small earthquakes beneath the crater in 48 hours, warning that an eruption was possible within days or weeks.

The [[e1|decision]], announced by the service's volcano observatory in Pasto, the capital of Nariño department, which lies at the foot of the mountain, means residents of the high-risk zone should prepare to leave at short notice.

About 8,000 people live in that zone, in villages such as Genoy, Mapachico and La Florida on the volcano's northern and western slopes. Nariño's authorities said there were no plans yet to evacuate them, but schools in the area would close on Tuesday.

"The mountain has been talking for two weeks. The animals know it before we do," said Rosa Erazo, who grows potatoes and onions above Genoy. "But my family has been here for generations. Where would we go?"

Scientists at the observatory said the swarm was the strongest since 2010. Gas measurements showed a sharp rise in sulphur dioxide on Sunday.

Galeras, which rises 4,276 metres above sea level, is one of Colombia's most active volcanoes. It has erupted several times in the past three decades, usually with ash columns and small explosions rather than large lava flows. Pasto, a city of some 400,000 people, lies about nine kilometres from the crater."""),
dict(id="a2", source="El Sur Wire", published="2026-11-06",
     title="Galeras alert goes to red; evacuation of slopes ordered",
     text="""The Colombian Geological Service [[e2|raised]] the alert for the Galeras volcano to red late on Thursday, three days after [[e1|moving]] it to orange, as a column of ash rose two kilometres above the crater and fell on villages west of Pasto.

The red level means an eruption is imminent or under way. Nariño's governor, Alba Rosero, ordered the immediate evacuation of the 8,000 people living in the high-risk zone on the volcano's slopes.

The army said about 600 soldiers would be [[e3|sent]] to Genoy, Mapachico and La Florida from Friday morning to help move residents and guard the empty houses against looting.

"We are not going to wait for the mountain to decide for us," the governor said at a news conference shortly after midnight, an hour after the service's [[e2|announcement]].

Shelters have been opened in schools and sports halls in Pasto for 5,000 people. Many families said they would stay with relatives in the city instead.

In Genoy, some residents said they would not leave their farms and animals. "Every few years they tell us to go, and then nothing happens," said Jesús Chamorro, 63. "Who feeds the cows while we sit in a gym?"

Ash fell on parts of Pasto on Thursday night, and the city's airport, which lies north of the volcano, was closed on Friday as a precaution."""),
dict(id="a3", source="Bogotá Daily Dispatch", published="2026-11-08",
     title="Galeras villagers block road to stop evacuation",
     text="""Hundreds of residents of Genoy, a village on the slopes of the Galeras volcano, [[e4|blocked]] the only road into the village on Saturday to stop army lorries from taking them to shelters in Pasto, a day after some 600 soldiers [[e3|arrived]] to carry out a compulsory evacuation.

The soldiers withdrew to the edge of the village in the afternoon to avoid a confrontation, witnesses said. The [[e4|blockade]], made of rocks and tree trunks, was still in place on Saturday night.

"We have cows, pigs and a harvest in the ground. If we leave, thieves come, or the animals die," said Luz Marina Pasichaná, one of the organisers.

The rest of the high-risk zone has largely been emptied. The army [[e3|deployment]] has moved about 5,200 people from Mapachico, La Florida and other villages since Friday, the governor's office said.

Pasto's mayor, Andrés Guerrero, said he would [[e5|meet]] Genoy's community leaders in the city on Sunday to look for a solution, such as letting some men return by day to feed animals.

The Colombian Geological Service has kept the volcano on red since its [[e2|upgrade]] on Thursday night. Ash emissions eased on Saturday, but the service said the earthquake swarm beneath the crater had not stopped.

Colombia's disaster management agency has sent tents, mattresses and water to the shelters in Pasto."""),
dict(id="a4", source="Andes Review", published="2026-11-20",
     title="Galeras: an evacuation that did not quite happen",
     text="""ANALYSIS - Galeras did not erupt. On Tuesday the Colombian Geological Service lowered its alert from red to orange, and the people of its slopes began to go home. The three weeks before that show how hard it is to move people off a volcano that has cried wolf before.

The sequence was quick. On November 2 the service [[e1|raised]] the alert to orange after an earthquake swarm. Three days later, as ash rose above the crater, it [[e2|declared]] a red alert, and the governor ordered 8,000 people out.

The day after the red [[e2|declaration]], the army [[e3|moved]] about 600 soldiers onto the slopes. Most villages left. Genoy did not: the following morning its residents [[e4|barricaded]] the road with rocks and tree trunks and kept the soldiers out.

The [[e4|standoff]] ended at a [[e5|meeting]] in Pasto on Sunday, November 8, when the mayor and Genoy's leaders agreed that the village's men could return by day to feed livestock while families stayed in shelters.

"Genoy was not defying science. It was defying a state that only comes when there is an emergency," said Carolina Benavides, a sociologist at the University of Nariño.

The Geological Service stands by both of its decisions. Its director said the swarm had matched the patterns that came before past eruptions, and that a false alarm was better than a late one."""),
]),
# ---------------------------------------------------------------------------- o10
dict(story="o10", topic="Attack on the hospital in Kaga-Bandoro, Central African Republic: the raid, the UN humanitarian coordinator's condemnation, the pull-out of a medical charity and, two days later, of the World Food Programme's staff, and MINUSCA reinforcements (Nana-Grébizi prefecture, CAR)", events=[
    dict(e="e1", type="attack", date="2026-05-16", participants=["armed men", "Kaga-Bandoro hospital"], location="Kaga-Bandoro"),
    dict(e="e2", type="statement", date="2026-05-17", participants=["Hélène Marchetti", "United Nations"], location="Bangui"),
    dict(e="e3", type="withdrawal", date="2026-05-18", participants=["Action Santé Nord"], location="Kaga-Bandoro"),
    dict(e="e4", type="withdrawal", date="2026-05-20", participants=["World Food Programme"], location="Kaga-Bandoro"),
    dict(e="e5", type="deployment", date="2026-05-21", participants=["MINUSCA", "Rwanda"], location="Kaga-Bandoro"),
], tricky=[("e3", "e4", "the medical charity Action Santé Nord pulling its international staff out of Kaga-Bandoro on Monday vs the World Food Programme withdrawing its staff from the same town on Wednesday")],
note='The deaths of the nurse and the patient and the looting of the pharmacy (parts of the raid, not marked '
     "separately), the robbery of an aid convoy near Mbrès last month, the charity's first consideration of a "
     "pull-out (hypothetical), WFP's review of its presence and the suspension of food distributions, the "
     'gendarmes the government said it had sent (a deployment of the same type as e5, not a key event) and '
     "their late arrival, the EU's echo of the condemnation, the coordinator's planned visit and the return of "
     "one surgeon are side / background events. 'Attacks on hospitals' and 'one attack on a hospital is enough' "
     "are generic, 'Nobody came' is negated, and 'the help it lost' covers both withdrawals; they are not "
     'marked.',
articles=[
dict(id="a1", source="Ubangi Press", published="2026-05-17",
     title="Gunmen raid hospital in Central African town of Kaga-Bandoro",
     text="""BANGUI - Armed men [[e1|attacked]] the hospital in Kaga-Bandoro, in the north of the Central African Republic, on Saturday, killing a nurse and a patient and looting the pharmacy, aid workers said.

About fifteen gunmen on motorbikes entered the hospital compound in the early afternoon, fired into the air and went from ward to ward taking medicines, phones and money from staff and patients, according to a health worker who hid in a storeroom. The nurse was shot when he tried to stop them from entering the surgical ward.

The United Nations' humanitarian coordinator in the country, Hélène Marchetti, [[e2|condemned]] the [[e1|raid]] on Sunday. "Attacks on hospitals are attacks on the most vulnerable people in the Central African Republic," she said.

Action Santé Nord, a medical charity that runs the hospital's surgical ward with the health ministry, said it was considering pulling its international staff out of the town. Its director in Bangui, Dr. Paul Yakité, said the team was "shocked and exhausted".

No group claimed responsibility. Several armed groups operate in Nana-Grébizi prefecture, and aid workers say bandits linked to them control most roads around Kaga-Bandoro.

The town, about 330 kilometres north of Bangui, hosts a base of the UN peacekeeping mission, MINUSCA, and tens of thousands of displaced people living in camps. An aid convoy was robbed near Mbrès, to the east, last month."""),
dict(id="a2", source="Humanitarian Dispatch", published="2026-05-19",
     title="Medical charity withdraws staff from Kaga-Bandoro after hospital raid",
     text="""The medical charity Action Santé Nord [[e3|withdrew]] its 14 international staff from Kaga-Bandoro on Monday, two days after gunmen [[e1|stormed]] the town's hospital, killing a nurse and a patient.

The staff were [[e3|flown]] to Bangui on a UN Humanitarian Air Service plane. About 40 Central African employees will keep the surgical ward open for emergencies, the charity said, but planned operations have been suspended.

"We cannot ask our teams to work in a place where armed men walk into the operating theatre," said Dr. Paul Yakité, the charity's country director. "The [[e3|decision]] to leave was the hardest we have taken in ten years here."

In a [[e2|statement]] on Sunday, the UN humanitarian coordinator, Hélène Marchetti, called the [[e1|attack]] "a crime against the whole community" and urged the authorities to find those responsible.

The World Food Programme, which feeds some 60,000 displaced people in and around Kaga-Bandoro, said it was reviewing its presence in the town after its warehouse guards reported threats.

Health officials say the hospital is the only one offering surgery within 200 kilometres. Patients with gunshot wounds or complicated births may now have to be flown to Bangui.

The government in Bangui said it had sent gendarmes to the town and that those behind the [[e1|assault]] would be punished. Residents said they had seen no new officers by Monday evening."""),
dict(id="a3", source="Bangui Observer", published="2026-05-22",
     title="WFP pulls staff from Kaga-Bandoro; peacekeepers reinforce town",
     text="""The World Food Programme [[e4|pulled]] its staff out of Kaga-Bandoro on Wednesday, two days after the medical charity Action Santé Nord [[e3|evacuated]] its foreign team, leaving the northern town almost without international aid workers less than a week after a deadly [[e1|raid]] on its hospital.

WFP said its eight international and 20 national staff had been [[e4|moved]] to Bangui and that food distributions to 60,000 displaced people would be suspended "until security allows". A spokesman said guards at its warehouse had been threatened twice since the [[e1|attack]] on the hospital.

About 150 Rwandan peacekeepers of the UN mission, MINUSCA, [[e5|arrived]] in Kaga-Bandoro on Thursday to reinforce the base there, a MINUSCA spokesman said. They will patrol the town, the camps for displaced people and the road to the airstrip.

"The [[e4|departure]] of WFP is a disaster for families in the camps. People will go hungry within weeks," said Bernadette Zanga, who heads a women's association in one of the camps.

Aid groups said the [[e5|reinforcements]] came too late. "The peacekeepers' base is a kilometre from the hospital," said a humanitarian official in Bangui. "Nobody came while the gunmen were inside."

MINUSCA said it had not been told about the [[e1|raid]] until it was over.

The UN humanitarian coordinator, Hélène Marchetti, whose [[e2|condemnation]] on Sunday was echoed by the European Union, said she would visit the town next week."""),
dict(id="a4", source="Great Lakes & Sahel Review", published="2026-06-03",
     title="Kaga-Bandoro: how one raid emptied a town of aid",
     text="""ANALYSIS - It took about an hour for a group of gunmen to [[e1|loot]] Kaga-Bandoro's hospital on May 16. It has taken more than two weeks, so far, for the town to recover even a part of the help it lost as a result.

The [[e1|raid]] killed a nurse and a patient. The next day the UN's humanitarian coordinator, Hélène Marchetti, [[e2|denounced]] it as a crime against the whole community. On the Monday, the medical charity Action Santé Nord [[e3|flew out]] its 14 foreign staff. Two days later, the World Food Programme [[e4|pulled out]] too, suspending food for 60,000 displaced people.

The day after WFP's [[e4|withdrawal]], and only then, about 150 Rwandan soldiers of the UN mission, MINUSCA, [[e5|reinforced]] the base in the town.

"Everybody reacted after the fact," said Thierry Ngaïkosset, a researcher in Bangui. "The armed groups know it. They know that one attack on a hospital is enough to switch off aid in a whole prefecture."

Action Santé Nord has sent back one surgeon, and WFP says it will resume distributions next week, escorted by peacekeepers. But the camps have gone two weeks without rations, and doctors report rising malnutrition among children.

Nobody has been arrested for the hospital [[e1|attack]]. The gendarmes promised by the government arrived only last week."""),
]),
]
