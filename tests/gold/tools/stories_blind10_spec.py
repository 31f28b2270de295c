"""Source of ../stories_blind10/articles.jsonl and ../stories_blind10/gold.jsonl.

TENTH story set for the cross-article deduplication benchmark (stories_blind10): a BLIND set,
for reporting only.  It was written without running the timeline extractor or the dedup
benchmark on these texts and without reading the system's code, extraction or clustering
rules, patterns or word lists; only the format of the earlier sets was consulted (the module
docstring and first two stories of stories_blind9_spec, build_stories.py, validate.py, a list
of the topics of the earlier story sets, DATASETS.md section 2).  Never use it for tuning: its
errors must never be read or used to change rules, word lists or thresholds; only its totals
are reported.  Once it has been used for tuning it is no longer blind and must be relabelled a
development set.

All articles are fiction written for this data set (invented outlets, people, companies and
events; real places and some real institutions).  Event mentions are marked inline as
[[eN|trigger]]; build_stories.py strips the markers, computes character offsets and writes the
JSONL files:

    cd /work/main && /tmp/venv/bin/python tests/gold/tools/build_stories.py \\
        --spec stories_blind10_spec --out tests/gold/stories_blind10

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events are
deliberately left unmarked, even when they have the same type as a gold event.  Side events
left out here include: a company's statement after a factory fire, a government order to
inspect factories, a prosecutor's hearing that keeps suspects in custody, the Interior
Ministry's earlier statement on talks, the canal authority's reply letter to the container
lines, a Rio Indio farmers' protest campaign, a negative test on a second farm, the culling of
a herd, a third shooting said to be unrelated, extra police patrols, KFOR's increased patrols,
Belgrade's condemnation of an arrest, a release pending trial, the tobacco board's planned
suspension of two more buyers, Houthi media claims of "confessions", the U.S. Nuclear Claims
Tribunal awards and other background from earlier years.  Aggregate mentions covering two gold
events ("two weekend shootings", "the two pledges", "protests by Serbs", "detained 11 ... in the
past week"), negated, conditional or hypothetical mentions ("new strikes") and predicate
nominals are not marked.  Titles are not annotated.

Type conventions used here (the type list has no better fit):
  * a deadly fire in a factory is one `casualties` event; its mentions are the fire nouns and
    the death words ("fire", "blaze", "disaster", "death toll");
  * a fire police preliminary report and a labour inspectorate's report on the same fire are
    two `report` events (a tricky pair); a national laboratory's confirmation of an animal
    disease is also `report` (triggers "confirmed", "test results"); the outbreak itself and
    the culling of a herd have no type and are left out;
  * a taxi strike with convoys, an app drivers' sit-in, a workers' rally at factory gates, a
    Serb rally and a road blockade, farmers blocking auction floors and a landowners' march on
    an embassy are `protest`;
  * the beating of a ride-hailing driver, shootings at a bar and at a basketball court and an
    ambush on a ranger patrol are `attack`; the deaths they cause are not separate events;
  * import bans by non-EU governments and a tobacco regulator's licence suspension are
    `sanction`;
  * soldiers sent to disinfection points, to city neighbourhoods and to a national park are
    `deployment`, dated to their arrival;
  * emergency EU aid, a development-bank loan and conservation grants are `support`;
  * a booking-cancellation deadline and two payment deadlines are `deadline`, dated to their
    expiry (the two payment deadlines are a tricky pair);
  * letters from shipping associations and from a head of state are `letter`;
  * the UN's relocation of its international staff out of a capital is `withdrawal`;
  * a canal authority's meeting with shippers, EU-facilitated negotiators' talks, closed
    Security Council consultations and two rounds of compensation talks are `meeting`
    (multi-day talks are dated to their first day);
  * a central bank's announcement, an EU statement and a UN Secretary-General's statement are
    `statement`;
  * a ministry's deal with taxi unions and a signed compensation accord are `agreement`;
  * detentions of a factory director, of taxi drivers, of poaching suspects, of a local
    politician and of aid workers are `arrest`;
  * there is no `election` event in this set.
"""

STORIES = [
# ---------------------------------------------------------------------------- z01
dict(story="z01", topic="deadly fire at a footwear factory, arrest of the company director, fire police preliminary report, labour inspectors' report and a workers' rally over unpaid wages (Di An, near Ho Chi Minh City, Vietnam)", events=[
    dict(e="e1", type="casualties", date="2026-04-14", participants=["Tan Hiep Footwear Co.", "factory workers"],
         location="Di An"),
    dict(e="e2", type="arrest", date="2026-04-16", participants=["Ho Chi Minh City police", "Nguyen Duc Khiem"],
         location="Ho Chi Minh City"),
    dict(e="e3", type="report", date="2026-04-17", participants=["Fire Prevention and Rescue Police"],
         location="Ho Chi Minh City"),
    dict(e="e4", type="report", date="2026-04-21", participants=["Ministry of Home Affairs labour inspectorate"],
         location="Hanoi"),
    dict(e="e5", type="protest", date="2026-04-20", participants=["Tan Hiep Footwear Co. workers"], location="Di An"),
], tricky=[("e3", "e4", "the fire police's preliminary report on the cause of the fire (an overloaded cable, Friday) vs the labour inspectors' report on locked exits and overtime (the following Tuesday), same fire, same factory, four days apart")],
note="The company's statement promising funeral costs, the government's order to inspect factories storing "
     "flammable chemicals, the city's inspection campaign, the questioning of a shift supervisor, the payment of "
     "March wages and the 2022 karaoke bar fire are background / side events.",
articles=[
dict(id="a1", source="Mekong Wire Service", published="2026-04-15",
     title="Fire at Vietnamese shoe factory kills 14 workers",
     text="""DI AN, Vietnam - A [[e1|fire]] tore through a footwear factory in Di An, an industrial city on the northern edge of Ho Chi Minh City, on Tuesday night, killing 14 workers and injuring 23 others, local officials said on Wednesday.

The [[e1|blaze]] started shortly after 9 p.m. in a storage area for glue and solvents at the Tan Hiep Footwear Co. plant, where about 600 people were working a late shift to finish an export order, a city official told state media. Most of the dead were found near a stairwell on the second floor.

"The smoke was black and it came very fast. We could not see the door," said Le Thi Hong, a 34-year-old machine operator who escaped through a window and was treated for burns at a hospital in Thu Duc.

Firefighters needed more than three hours to put out the flames. The fire police said they would release preliminary [[e3|findings]] on the cause within days.

Tan Hiep, which makes sports shoes for European and Japanese brands, said in a statement that it was cooperating with the authorities and would pay funeral costs for the victims' families. The government ordered the city to inspect every factory that stores flammable chemicals.

Vietnam has tightened fire rules since a karaoke bar fire in the same area killed 32 people in 2022, but inspectors say many older factories still have too few exits."""),
dict(id="a2", source="Asia Pacific Newsdesk", published="2026-04-18",
     title="Vietnam detains shoe factory director after deadly fire",
     text="""HO CHI MINH CITY - Police in Ho Chi Minh City have [[e2|detained]] the director of a footwear company whose factory [[e1|fire]] killed 15 workers this week, and fire investigators released a preliminary [[e3|report]] on Friday blaming an overloaded electrical cable.

Nguyen Duc Khiem, 51, the director of Tan Hiep Footwear Co., was [[e2|taken into custody]] on Thursday on suspicion of violating fire safety rules with serious consequences, the city police said. The offence carries a prison term of up to 12 years. A shift supervisor was questioned and released.

The [[e3|report]] said the cable had been run across a wooden shelf holding more than two tonnes of adhesives and solvents. The alarm system on the second floor had been switched off for repairs, according to the [[e3|report]].

One more worker died in hospital on Thursday, bringing the [[e1|death toll]] to 15. Nine of the injured remain in serious condition.

Labour inspectors from the Ministry of Home Affairs, which oversees workplace safety, are examining whether emergency exits were locked during the night shift, as several survivors have said. They are expected to [[e4|report]] next week.

Workers said the company had not yet paid their March wages, and the plant has been closed since Tuesday night. The city's labour department said it was looking for ways to support the families."""),
dict(id="a3", source="Indochina Press", published="2026-04-21",
     title="Workers at fire-hit Vietnamese factory rally for unpaid wages",
     text="""DI AN, Vietnam - Several hundred workers from a shoe factory where 15 colleagues died in a [[e1|fire]] a week ago [[e5|rallied]] outside its gates on Monday, demanding unpaid wages and compensation from the company.

The [[e5|protest]] by workers of Tan Hiep Footwear Co. ended peacefully in the afternoon after city labour officials promised that March wages would be paid by the end of the week from an emergency fund. The plant has been shut since the [[e1|disaster]], and most of its 2,400 workers have had no income.

"We worked for them for years. Now they tell us to wait," said Tran Van Nam, a cutter who has worked at the plant since 2015.

The company's director, Nguyen Duc Khiem, has been in custody since his [[e2|arrest]] last Thursday. His lawyer said he would cooperate with the investigation.

Fire police said in a preliminary [[e3|report]] on Friday that an overloaded cable near a store of glue caused the [[e1|fire]]. Workers at the rally said doors on the second floor were routinely locked at night to stop theft, a claim that labour inspectors, who are due to publish their [[e4|findings]] this week, have been examining.

Since the [[e1|fire]], city inspectors have checked 140 factories and ordered 11 of them to stop work until they install new exits and alarms."""),
dict(id="a4", source="Global Workplace Wire", published="2026-04-22",
     title="Inspectors say exits were locked at Vietnamese factory where 15 died",
     text="""HANOI - Two of the four emergency exits at a footwear factory near Ho Chi Minh City were padlocked on the night of April 14, when a [[e1|fire]] killed 15 workers, labour inspectors said in a [[e4|report]] released on Tuesday.

The [[e4|report]] by the Ministry of Home Affairs' labour inspectorate also said workers at Tan Hiep Footwear Co. had put in up to 80 hours of overtime a month, twice the legal limit, and that the company had not held a fire drill since 2023.

It goes further than the fire police's preliminary [[e3|findings]] last Friday, which blamed an overloaded electrical cable near a store of glue but did not address the exits.

The inspectors recommended a fine and a ban on the company's managers holding similar posts. Prosecutors will decide whether to add charges against the director, Nguyen Duc Khiem, who was [[e2|arrested]] last week.

On Monday, hundreds of workers [[e5|demonstrated]] at the factory gates over unpaid wages. City officials said on Tuesday that March wages had since been paid to 2,100 of the plant's 2,400 workers and that the rest would be paid on Thursday.

Labour groups said the [[e4|inspection report]] showed the need for independent unions. "Locked doors are a choice, not an accident," said Pham Thu Ha of the Vietnam Labour Rights Network, a Hanoi-based research group."""),
]),
# ---------------------------------------------------------------------------- z02
dict(story="z02", topic="taxi drivers' strike against ride-hailing apps, beating of an app driver, arrests of taxi drivers, app drivers' sit-in at parliament and a ministry deal with taxi unions (Casablanca and Rabat, Morocco)", events=[
    dict(e="e1", type="protest", date="2026-10-05", participants=["Casablanca taxi drivers", "taxi unions"],
         location="Casablanca"),
    dict(e="e2", type="attack", date="2026-10-06", participants=["taxi drivers", "Youssef Alaoui"], location="Casablanca"),
    dict(e="e3", type="arrest", date="2026-10-07", participants=["Casablanca police", "taxi drivers"],
         location="Casablanca"),
    dict(e="e4", type="protest", date="2026-10-09", participants=["ride-hailing drivers"], location="Rabat"),
    dict(e="e5", type="agreement", date="2026-10-12", participants=["Interior Ministry", "taxi unions"], location="Rabat"),
], tricky=[("e1", "e4", "the taxi drivers' strike and convoys in Casablanca on Monday vs the ride-hailing drivers' sit-in outside parliament in Rabat on Friday, same dispute, same week, opposite sides")],
note="Earlier scuffles between taxi and app drivers in Marrakech and Tangier, the Interior Ministry's statement that "
     "talks would continue, the suspects' appearance before a prosecutor and pre-trial detention, the talks on "
     "Monday themselves and the unions' promise of no new strikes are background / side events. 'A week of "
     "tension' (aggregate) is not marked.",
articles=[
dict(id="a1", source="North Africa Wire", published="2026-10-05",
     title="Casablanca taxi drivers strike against ride-hailing apps",
     text="""CASABLANCA, Morocco - Thousands of taxi drivers [[e1|went on strike]] in Casablanca on Monday and drove in slow convoys to the regional government headquarters, demanding that the authorities ban ride-hailing apps they accuse of stealing their passengers.

The [[e1|strike]] left commuters stranded at bus stops and tram stations across the city of four million people, and traffic on Boulevard Zerktouni came to a standstill for most of the morning.

"We pay for licences, insurance and taxes. They pay nothing and take our clients," said Abdelhak Bennani, 47, who has driven one of the city's red petit-taxis for 20 years.

Union leaders said about 9,000 of the city's 12,000 licensed taxis took part in the [[e1|protest]]. The Interior Ministry said in a statement that talks with the unions would continue.

Drivers who work for the apps, which operate in a legal grey zone in Morocco, said they would hold a [[e4|sit-in]] outside parliament in Rabat on Friday to demand that the government license them rather than ban them.

The dispute has simmered for years. Taxi drivers in Marrakech and Tangier have chased app drivers through the streets and handed them over to police, and some app users say they now sit in the front seat so that their driver can pass as a friend. The apps say more than 30,000 drivers use them in Morocco."""),
dict(id="a2", source="Atlantic Coast Herald", published="2026-10-08",
     title="Six taxi drivers held after app driver beaten in Casablanca",
     text="""CASABLANCA - Police in Casablanca [[e3|arrested]] six taxi drivers on Wednesday over an [[e2|assault]] on a ride-hailing driver and his passenger, two days after a city-wide taxi [[e1|strike]] against the apps.

The driver, Youssef Alaoui, 29, was [[e2|attacked]] late on Tuesday in the Ain Sebaa district by a group of men who smashed the windows of his car with iron bars and dragged him onto the road, police said. He suffered a broken arm. His passenger, a French tourist, was treated for cuts to her face.

The six men, aged 31 to 55, are suspected of taking part in the [[e2|beating]], which was filmed by a passer-by and widely shared online. Police said they were looking for at least two more men.

The main taxi union condemned the [[e2|assault]] but said its members had been "pushed to despair" by the apps. It said Monday's [[e1|walkout]] had been peaceful and that those responsible for Tuesday's [[e2|incident]] did not represent the profession.

Ride-hailing drivers said the [[e2|attack]] showed why they needed legal protection, and that their [[e4|sit-in]] in Rabat on Friday would go ahead. "Today it was Youssef. Tomorrow it could be any of us," said Karim Tazi, one of the organisers.

Tourism officials worry that the dispute could harm Morocco's image as it prepares for the 2030 World Cup."""),
dict(id="a3", source="Rabat Daily Dispatch", published="2026-10-10",
     title="App drivers rally outside Moroccan parliament",
     text="""RABAT, Morocco - Several hundred drivers who work for ride-hailing apps [[e4|demonstrated]] outside parliament in Rabat on Friday, demanding a law that would let them work legally, days after a taxi [[e1|strike]] in Casablanca and the [[e2|beating]] of one of their colleagues.

Protesters held up photos of Youssef Alaoui, the driver who was [[e2|assaulted]] in Casablanca on Tuesday night, and chanted "Work is not a crime". Police kept them behind barriers on Mohammed V Avenue, and the [[e4|sit-in]] ended peacefully after about four hours.

"We are not criminals. We are fathers trying to feed our families," said Nadia Berrada, one of a handful of women among the drivers.

Six taxi drivers [[e3|arrested]] over the [[e2|attack]] appeared before a prosecutor in Casablanca on Friday and were placed in pre-trial detention, a court official said.

Lawmakers from two opposition parties came out to speak to the crowd and promised to table a bill regulating the apps.

The Interior Ministry has invited the taxi unions to talks in Rabat on Monday, and officials said they hoped to sign an [[e5|agreement]] there. The app drivers said they had not been invited. "Once again they will decide about us without us," Berrada said."""),
dict(id="a4", source="Mediterranean Business Wire", published="2026-10-13",
     title="Morocco promises ride-hailing rules in deal with taxi unions",
     text="""RABAT - Morocco's Interior Ministry and the main taxi unions [[e5|agreed]] on Monday on a plan to license ride-hailing apps by mid-2027 under strict conditions, ending a week of tension that began with a [[e1|strike]] in Casablanca.

Under the [[e5|deal]], app drivers will need a professional driving permit and commercial insurance, and the number of licences will be capped in each city. Taxi drivers will get cheaper fuel and the right to use their own booking apps. The unions promised not to call new strikes before the end of the year.

App drivers, who were not invited to the talks, said the [[e5|accord]] ignored them. Hundreds of them had [[e4|rallied]] outside parliament on Friday.

The [[e2|attack]] on a ride-hailing driver in Casablanca last Tuesday, for which six taxi drivers were [[e3|arrested]] the next day, had increased pressure on the government to act. Interior Ministry officials said violence by either side would lead to the loss of a licence.

The app companies said they welcomed any move towards legal recognition but wanted to see the details. Consumer groups said the cap on licences would keep fares high.

Economists say the taxi sector employs about 180,000 people in Morocco, many of whom rent their licences from owners who do not drive."""),
]),
# ---------------------------------------------------------------------------- z03
dict(story="z03", topic="drought limits on the Panama Canal: container lines' and bulk shipowners' letters, the canal authority's meeting with shippers, a booking-cancellation deadline and a development-bank loan for a new reservoir (Panama Canal, Panama)", events=[
    dict(e="e1", type="letter", date="2027-02-08", participants=["Global Liner Council", "Panama Canal Authority"],
         location="London"),
    dict(e="e2", type="letter", date="2027-02-10", participants=["Pacific Dry Bulk Owners' Association", "Panama Canal Authority"],
         location="Tokyo"),
    dict(e="e3", type="meeting", date="2027-02-16", participants=["Panama Canal Authority", "shipping lines"],
         location="Panama City"),
    dict(e="e4", type="deadline", date="2027-02-26", participants=["Panama Canal Authority", "shipping lines"],
         location="Panama City"),
    dict(e="e5", type="support", date="2027-02-24", participants=["Inter-American Development Bank", "Panama"],
         location="Washington"),
], tricky=[("e1", "e2", "the container lines' letter asking for a delay of the draft cut (Monday) vs the dry-bulk owners' letter about slot auctions (Wednesday), same recipient, same drought, two days apart")],
note="The authority's announcement of the draft cut, the draft cut itself on March 1, the authority's reply letter to "
     "the container lines, the 2023 drought restrictions, the Rio Indio farmers' years of protest and the "
     "offer of a guaranteed share of crossings are background / side events.",
articles=[
dict(id="a1", source="Maritime Trade Daily", published="2027-02-09",
     title="Container lines urge Panama to delay canal draft cut",
     text="""PANAMA CITY - The world's biggest container lines [[e1|wrote]] to the Panama Canal Authority on Monday asking it to postpone a cut in the maximum draft of ships using the waterway, saying it would force vessels to leave thousands of boxes behind at the peak of the season.

In the [[e1|letter]], seen by Maritime Trade Daily, the London-based Global Liner Council said the authority had given carriers "less than four weeks" to adjust schedules and asked for a delay of at least a month.

The authority announced last week that because of low water in Gatun Lake, which feeds the locks, the maximum draft in the neopanamax locks would fall from 47 to 44 feet on March 1. Each foot of draft lost means a large container ship must carry about 300 fewer boxes.

Carriers face a Feb. 26 [[e4|deadline]] to cancel bookings for March crossings without paying a penalty.

An official of the authority said administrator Eduardo Quintero would [[e3|meet]] shipping lines in Panama City next week to explain the measures. "The rain did not come. We cannot invent water," the official said.

In 2023, a drought forced the authority to cut daily transits sharply, and some vessels waited more than two weeks to cross. Shipping lines fear a repeat during this year's dry season, which usually lasts until May."""),
dict(id="a2", source="Central America Wire", published="2027-02-12",
     title="Bulk shipowners join calls to ease Panama Canal limits",
     text="""PANAMA CITY - An association of Asian dry-bulk shipowners [[e2|wrote]] to the Panama Canal Authority on Wednesday asking it to keep more transit slots open to grain and coal carriers during the dry season, two days after container lines sent their own [[e1|letter]] opposing a draft cut.

The Tokyo-based Pacific Dry Bulk Owners' Association said in its [[e2|letter]] that bulk carriers, which rarely book crossings months in advance, were losing out in the auctions the authority uses to sell scarce slots. Some owners paid more than $1 million for a single crossing in 2023, it said.

The container lines' [[e1|appeal]], from the London-based Global Liner Council, asked the authority to postpone by a month a reduction in the maximum draft to 44 feet that is due to take effect on March 1.

The authority replied to the council in a letter on Thursday, saying that water conservation "cannot wait", according to a copy seen by Central America Wire. It did not say whether it would answer the bulk owners.

Administrator Eduardo Quintero will [[e3|meet]] representatives of container lines and bulk operators in Panama City on Tuesday, the authority said.

Gatun Lake stood at 80.4 feet on Thursday, more than four feet below its usual level for February, according to the authority's figures."""),
dict(id="a3", source="Isthmus Shipping Journal", published="2027-02-17",
     title="Panama Canal holds firm on draft cut after meeting shipping lines",
     text="""PANAMA CITY - The Panama Canal Authority will go ahead with a cut in the maximum draft of ships on March 1 but will reserve a share of daily crossings for bulk carriers, administrator Eduardo Quintero told shipping companies at a [[e3|meeting]] in Panama City on Tuesday.

About 60 representatives of container lines, bulk owners, tanker operators and agents attended the three-hour [[e3|session]] at the authority's headquarters in Balboa, participants said.

Quintero said that four of the 36 daily slots would be set aside for bulk carriers and sold at a fixed price rather than auctioned. The Pacific Dry Bulk Owners' Association, whose [[e2|letter]] on Feb. 10 complained about the auctions, called the offer "a first step".

Container lines, which [[e1|wrote]] to the authority last week seeking a delay of the draft cut, were less pleased. "We heard the numbers. We did not hear any flexibility," said one European carrier's representative, who asked not to be named.

Carriers that want to cancel March bookings without penalty must do so by the Feb. 26 [[e4|deadline]], Quintero said, adding that it would not be extended.

Quintero also told the shippers that the government expected [[e5|financing]] soon for a new reservoir on the Rio Indio, which would add enough water for about 12 more crossings a day from the early 2030s."""),
dict(id="a4", source="Americas Business Report", published="2027-02-25",
     title="IDB lends Panama $800 million for new canal reservoir",
     text="""WASHINGTON - The Inter-American Development Bank [[e5|approved]] an $800 million loan to Panama on Wednesday to help build a reservoir on the Rio Indio that would secure water for the Panama Canal and for about half of the country's population.

The [[e5|loan]], the largest the bank has made to Panama, will help pay for a dam, a tunnel to Gatun Lake and the resettlement of about 2,000 people in the valley, the bank said. Farmers in the area have protested against the project for years, and some said on Wednesday that they would challenge it in court.

The [[e5|financing]] comes as the canal prepares to cut the maximum draft of ships to 44 feet on March 1 because of drought. Friday's [[e4|deadline]] for shipping companies to cancel March bookings without penalty has already led several container lines to move cargo to routes through the Suez Canal or to U.S. rail links.

At a [[e3|meeting]] with shipping lines last week, administrator Eduardo Quintero said the reservoir was the canal's "only long-term answer" to drier years. Container lines had asked in a [[e1|letter]] earlier this month for the draft cut to be delayed.

The canal handles about 5 percent of world seaborne trade. Its revenue is one of the largest sources of income for Panama's government."""),
]),
# ---------------------------------------------------------------------------- z04
dict(story="z04", topic="foot-and-mouth disease on a cattle farm: laboratory confirmation, Swiss and British import bans, army at disinfection points and EU emergency aid (Neusiedl am See, Burgenland, Austria)", events=[
    dict(e="e1", type="report", date="2026-03-09", participants=["AGES"], location="Mödling"),
    dict(e="e2", type="sanction", date="2026-03-10", participants=["Switzerland", "Austria"], location="Bern"),
    dict(e="e3", type="sanction", date="2026-03-12", participants=["United Kingdom", "Austria"], location="London"),
    dict(e="e4", type="deployment", date="2026-03-11", participants=["Austrian Armed Forces"], location="Burgenland"),
    dict(e="e5", type="support", date="2026-03-19", participants=["European Commission", "Austria"], location="Brussels"),
], tricky=[("e2", "e3", "Switzerland's ban on Austrian livestock, meat and dairy (Tuesday) vs Britain's suspension of Austrian meat and dairy imports (Thursday), same target, same outbreak, two days apart")],
note="The outbreak itself, the culling of the herd, the surveillance zone, a second suspected case that tested "
     "negative, the 2025 outbreaks in Hungary and Slovakia and the border closures then, and Germany's statement "
     "that it saw no reason for restrictions are background / side events. 'Switzerland and Britain have banned' "
     "(aggregate) is not marked.",
articles=[
dict(id="a1", source="Alpine Press Service", published="2026-03-10",
     title="Austria confirms foot-and-mouth disease on Burgenland cattle farm",
     text="""VIENNA - Austria's food safety agency [[e1|confirmed]] on Monday the country's first case of foot-and-mouth disease in more than four decades, at a cattle farm near Neusiedl am See close to the Hungarian border. On Tuesday, Switzerland [[e2|banned]] imports of Austrian livestock, meat and dairy products.

The agency, AGES, said its laboratory in Mödling had found the virus in samples from three cows that had developed blisters and a high fever. All 180 cattle on the farm were culled overnight, and a ten-kilometre restriction zone was set up around it.

The Swiss [[e2|ban]], announced by the Federal Food Safety and Veterinary Office in Bern, covers live cattle, pigs, sheep and goats as well as fresh meat and raw-milk cheese, and applies until further notice.

Agriculture Minister Stefan Grabner said the government would [[e4|send]] soldiers to help set up disinfection points on roads leading out of the zone. "Every vehicle leaving the area will be cleaned. There will be no exceptions," he said.

Foot-and-mouth disease does not harm humans but spreads quickly among cloven-hoofed animals and can devastate farm exports. Outbreaks in Hungary and Slovakia in 2025 led Austria to close several small border crossings for weeks. Officials have not said how the virus reached the farm."""),
dict(id="a2", source="Central European Farm Wire", published="2026-03-12",
     title="Britain bans Austrian meat and dairy as soldiers man disinfection points",
     text="""EISENSTADT, Austria - Britain [[e3|suspended]] imports of meat, milk and dairy products from Austria on Thursday over an outbreak of foot-and-mouth disease in Burgenland, two days after Switzerland [[e2|imposed]] a similar ban.

The UK Department for Environment, Food and Rural Affairs said the [[e3|restrictions]] applied to products that had not been heat-treated and would stay in place for at least three months. Austrian cheese exports to Britain were worth about 40 million euros last year.

In Burgenland, about 300 soldiers [[e4|took up positions]] on Wednesday at 14 disinfection points around the restriction zone near Neusiedl am See, spraying the tyres of lorries and cars. The army [[e4|deployment]] is the largest for an animal disease in the country's history, a defence ministry spokesman said.

The outbreak was [[e1|confirmed]] on Monday by the national food safety agency AGES after tests on three cows. A second suspected case at a pig farm near Podersdorf tested negative on Wednesday.

Germany's agriculture ministry said it saw no reason for restrictions on Austrian goods, as the European Union's rules already limit movements from the affected zone.

Farmers' leaders in Burgenland said the Swiss [[e2|ban]] alone would cost the region's dairies millions. "We have done everything right, and we are paying for it," said Maria Horvath, who runs a dairy farm near Frauenkirchen."""),
dict(id="a3", source="Danube Correspondent", published="2026-03-16",
     title="A week into foot-and-mouth outbreak, Burgenland farmers count losses",
     text="""NEUSIEDL AM SEE, Austria - A week after laboratory [[e1|tests]] showed foot-and-mouth disease on a cattle farm here, dairy farmers in Burgenland say they are pouring away milk they cannot sell and fear for the spring season.

Cheese makers have lost their biggest foreign customers since Switzerland's [[e2|ban]] on Austrian dairy products last Tuesday. Two days later Britain [[e3|stopped]] imports of Austrian meat and raw-milk cheese, and buyers in several Asian markets have put orders on hold.

"Our cows are healthy, our milk is healthy, and nobody wants it," said Johann Pichler, who keeps 90 cows near Halbturn.

Soldiers who [[e4|arrived]] last Wednesday still stand at disinfection points on the roads out of the restriction zone, and queues of lorries stretch back for hundreds of metres at peak times. The army said the checkpoints would stay for at least three weeks.

No new case has been found since the first [[e1|confirmation]], and a suspected case at a pig farm tested negative. Officials say that if none is found for 30 days, the zone could be lifted.

The European Commission is expected on Thursday to approve emergency [[e5|funds]] to compensate farmers whose animals were culled or whose products could not be sold, an Austrian agriculture ministry official said."""),
dict(id="a4", source="Vienna Economic Desk", published="2026-03-20",
     title="EU to cover half of Austria's foot-and-mouth costs",
     text="""VIENNA - The European Commission [[e5|approved]] 12 million euros in emergency aid for Austria on Thursday to cover half of the cost of fighting an outbreak of foot-and-mouth disease in Burgenland and compensating farmers.

The [[e5|money]] will pay for the culling of animals, disinfection and lost sales at farms inside the restriction zone, the Commission said. Austria will pay the other half.

Since the disease was [[e1|confirmed]] on March 9, no further cases have been found, but Switzerland and Britain have banned Austrian meat and dairy products. The British [[e3|ban]], which took effect on March 12, is expected to last at least three months, while Swiss officials said they would review their [[e2|ban]] next week.

About 300 soldiers remain at the disinfection points where they were [[e4|deployed]] on March 11. The army said it would reduce their number once the zone is lifted.

Agriculture Minister Stefan Grabner said the [[e5|aid]] was "a sign of European solidarity" but farmers' groups said it would cover only a fraction of their losses. The dairy association of Burgenland estimates that lost exports have already cost its members 9 million euros.

Investigators are still trying to find out how the virus reached the farm. Veterinary officials are examining animal feed and visits by livestock traders from other countries."""),
]),
# ---------------------------------------------------------------------------- z05
dict(story="z05", topic="gang shootings at a bar and on a basketball court, army deployment to hillside neighbourhoods and arrests in police raids (Laventille and Morvant, Port of Spain, Trinidad and Tobago)", events=[
    dict(e="e1", type="attack", date="2026-08-08", participants=["gunmen", "bar customers"], location="Laventille"),
    dict(e="e2", type="attack", date="2026-08-09", participants=["gunmen", "young men"], location="Morvant"),
    dict(e="e3", type="deployment", date="2026-08-10", participants=["Trinidad and Tobago Defence Force"],
         location="Laventille"),
    dict(e="e4", type="arrest", date="2026-08-12", participants=["Trinidad and Tobago Police Service", "suspects"],
         location="Beetham Gardens"),
], tricky=[("e1", "e2", "the gunmen's attack on a bar in Laventille late on Saturday vs the shooting on a basketball court in Morvant on Sunday night, neighbouring districts, same gang feud, less than 24 hours apart")],
note="Extra police patrols after the first shooting, the seizure of two rifles, an unrelated shooting in Sea Lots "
     "on Tuesday, the minister's remarks and the country's 2024 murder record are background / side events. 'Two "
     "weekend shootings' (aggregate) is not marked.",
articles=[
dict(id="a1", source="Caribbean Wire Service", published="2026-08-09",
     title="Gunmen kill five at bar in Trinidad's Laventille",
     text="""PORT OF SPAIN, Trinidad and Tobago - Gunmen [[e1|opened fire]] on customers at a bar in Laventille, on the eastern edge of Port of Spain, late on Saturday, killing five men and wounding three others, police said.

Witnesses said two men wearing hoods got out of a car shortly before 11 p.m. and [[e1|sprayed]] the bar's open front with bullets from assault rifles while about 20 people were watching a cricket match on television. The car was later found burnt out in a nearby street.

The dead were aged between 19 and 44. Two of the wounded were in critical condition at the Port of Spain General Hospital on Sunday.

Acting Assistant Commissioner Marlon Baptiste said the [[e1|shooting]] appeared to be linked to a feud between two gangs over control of drug sales on the hillsides above the capital. "This was not random. The people who did this knew who they were looking for," he told reporters at the scene.

Police said they had stepped up patrols in Laventille and neighbouring Morvant and appealed to residents to come forward with information.

The twin-island nation of about 1.4 million people recorded more than 600 murders in 2024, the highest number in its history, and most killings involve guns smuggled from abroad. Community leaders said young men in the area were afraid to leave their homes."""),
dict(id="a2", source="Southern Caribbean Herald", published="2026-08-10",
     title="Soldiers sent to Port of Spain hillsides after second deadly shooting",
     text="""PORT OF SPAIN - The government [[e3|deployed]] soldiers to Laventille and Morvant on Monday after gunmen [[e2|killed]] three young men on a basketball court in Morvant on Sunday night, less than 24 hours after five men were [[e1|shot dead]] at a bar nearby.

About 200 Defence Force troops in armoured vehicles [[e3|moved into]] the area early on Monday and set up checkpoints on the main roads, alongside police officers, National Security Minister Keston Ramdial said.

Police said the [[e2|attack]] in Morvant, in which a 15-year-old boy was also wounded, was probably revenge for the [[e1|killings]] at the bar in Laventille on Saturday night. Witnesses said the gunmen [[e2|fired]] from a passing van and drove off towards the Lady Young Road.

"We will not allow a gang war to hold our people hostage," Ramdial said. He said the soldiers would stay "as long as it takes" and that more officers would be moved from other divisions.

Residents said many families had kept their children at home on Monday, and some schools in the area reported low attendance. A vendor near the basketball court, who gave her name only as Janelle, said she had heard about 30 shots. "Sunday evening, children playing, and then this," she said.

Opposition politicians said the government had no long-term plan to stop the flow of guns into the country."""),
dict(id="a3", source="Island News Agency", published="2026-08-13",
     title="Four held over Port of Spain shootings that killed eight",
     text="""PORT OF SPAIN - Police [[e4|arrested]] four men in raids in Beetham Gardens on Wednesday in connection with two weekend shootings that killed eight people in the east of the capital, Acting Assistant Commissioner Marlon Baptiste said.

Three of the men are suspected of taking part in Saturday's [[e1|attack]] on a bar in Laventille, in which five men died, and the fourth is accused of taking part in the [[e2|shooting]] on a basketball court in Morvant the next night, Baptiste said. Officers also seized two rifles and a pistol.

The [[e4|arrests]] were made by police supported by soldiers who were [[e3|sent]] into the area on Monday. The army [[e3|deployment]] would last at least a month, the Defence Force said.

On Tuesday, a man was shot and wounded in Sea Lots, but police said that incident was not linked to the weekend violence.

Baptiste said the four suspects, aged 18 to 27, were being questioned and could be charged with murder by the end of the week. Relatives of two of them gathered outside the police station in Besson Street and said the men were innocent.

Residents of Laventille said the streets had been calmer since the troops [[e3|arrived]], but many doubted it would last. "The soldiers will leave one day, and the guns will still be here," said a church pastor, Winston Charles."""),
]),
# ---------------------------------------------------------------------------- z06
dict(story="z06", topic="poachers kill two rangers in an elephant reserve, army deployment to the park, arrests of suspects, EU and U.S. grants for rangers (Minkebe National Park and Minvoul, Woleu-Ntem, Gabon)", events=[
    dict(e="e1", type="attack", date="2026-11-03", participants=["poachers", "ANPN rangers"],
         location="Minkebe National Park"),
    dict(e="e2", type="deployment", date="2026-11-06", participants=["Gabonese army"],
         location="Minkebe National Park"),
    dict(e="e3", type="arrest", date="2026-11-08", participants=["Gabonese gendarmerie", "suspected poachers"],
         location="Minvoul"),
    dict(e="e4", type="support", date="2026-11-10", participants=["European Union", "ANPN"], location="Libreville"),
    dict(e="e5", type="support", date="2026-11-12", participants=["United States", "ANPN"], location="Libreville"),
], tricky=[("e4", "e5", "the EU's 2-million-euro pledge for ranger equipment and training (Tuesday) vs the U.S. grant of $1.2 million for drones and patrols (Thursday), same recipient, same week, announced in the same city")],
note="The discovery of a poachers' camp with ivory, the elephant losses in the decade to 2014, earlier EU programmes, "
     "the funerals of the rangers, the suspects' transfer to Oyem and the government's promise of a new ranger law "
     "are background / side events. 'The two pledges' (aggregate) is not marked.",
articles=[
dict(id="a1", source="Equatorial News Agency", published="2026-11-04",
     title="Poachers kill two rangers in Gabon's Minkebe park",
     text="""LIBREVILLE, Gabon - Suspected elephant poachers [[e1|ambushed]] a ranger patrol in Minkebe National Park in northern Gabon on Tuesday, killing two rangers and wounding a third, the national parks agency said.

The patrol of six rangers and two soldiers came under [[e1|fire]] from automatic weapons as it crossed a stream about 30 kilometres from the border with Cameroon, the agency, ANPN, said in a statement. The survivors returned fire and the attackers fled into the forest.

The dead were named as Serge Mba Obiang, 38, and Ghislain Nze, 26. The wounded ranger was flown by helicopter to a hospital in Oyem.

Rangers found a camp near the scene with 14 elephant tusks, two rifles and supplies for several weeks, the agency said.

Forestry Minister Clarisse Ndong Ella said soldiers would be [[e2|sent]] to the park "within days" to back up the rangers. "Those who kill our rangers will be hunted down," she said.

Minkebe, a vast forest reserve on the border with Cameroon and Congo, lost most of its forest elephants to ivory poachers in the decade to 2014, researchers have estimated. Numbers have recovered slightly since Gabon increased patrols, but the agency says it has only about 30 rangers for an area of more than 7,500 square kilometres."""),
dict(id="a2", source="Central Africa Press", published="2026-11-09",
     title="Gabon arrests three suspects after rangers killed",
     text="""OYEM, Gabon - Gendarmes [[e3|arrested]] three men on Sunday near Minvoul, a town on the edge of Minkebe National Park, on suspicion of involvement in last Tuesday's [[e1|killing]] of two park rangers, a gendarmerie officer said.

The suspects, two Gabonese and a Cameroonian, were [[e3|picked up]] at a roadblock on the road to Oyem with a rifle and a bag of elephant meat, the officer said. They were transferred to Oyem for questioning on Monday.

About 150 soldiers [[e2|arrived]] in the park on Friday to reinforce the rangers, with trucks and two boats for the rivers. The [[e2|deployment]] is the largest in Minkebe since 2012, the defence ministry said.

Hundreds of people attended the funerals of the two rangers in Makokou and Bitam on Saturday. Colleagues carried their coffins, and the forestry minister promised their families state pensions.

Conservation groups said the [[e1|ambush]] showed that poaching networks were becoming better armed. "These are not villagers hunting for food. These are professionals with war weapons," said Aline Moussavou of the Libreville-based group Forest Guardians.

Officials said the government would ask foreign partners for help to buy equipment for rangers, who patrol on foot for weeks and are often outgunned."""),
dict(id="a3", source="Gulf of Guinea Dispatch", published="2026-11-11",
     title="EU gives Gabon rangers 2 million euros after deadly ambush",
     text="""LIBREVILLE - The European Union [[e4|pledged]] 2 million euros on Tuesday to equip and train rangers in Gabon's national parks, a week after two rangers were [[e1|killed]] by poachers in Minkebe National Park.

The [[e4|grant]] will pay for radios, night-vision equipment, vehicles and first-aid training for about 120 rangers, the EU ambassador to Gabon, Henrik Solberg, said at a ceremony in Libreville.

"Rangers protect a forest that matters to the whole planet. They should not die for it," he said. The EU has funded conservation in Gabon for more than two decades. Rangers in Minkebe have asked for better radios for years, because their old handsets do not work in much of the forest.

Three suspects [[e3|detained]] on Sunday near Minvoul are being questioned in Oyem. Soldiers [[e2|deployed]] to the park last week have begun joint patrols with rangers along the border with Cameroon, the army said.

The United States is expected to announce its own [[e5|package]] for the rangers on Thursday, a U.S. embassy spokesman said.

Gabon is home to more than half of Africa's remaining forest elephants, according to a 2021 survey. The government has promised a new law that would give rangers the same legal protection as soldiers."""),
dict(id="a4", source="Conservation Wire", published="2026-11-13",
     title="U.S. adds $1.2 million to protect Gabon's forest elephants",
     text="""LIBREVILLE - The United States [[e5|announced]] $1.2 million in funding on Thursday for anti-poaching work in northern Gabon, two days after the European Union [[e4|promised]] 2 million euros for the country's park rangers.

The U.S. [[e5|grant]] will pay for surveillance drones, satellite phones and an intelligence unit to track ivory traffickers across the borders with Cameroon and Congo, the U.S. embassy said.

Both donors acted after the [[e1|ambush]] in Minkebe National Park ten days ago in which two rangers died. The parks agency said the two pledges together were more than its entire annual budget for the north of the country.

Some conservationists warned that money alone would not help if arrests did not lead to convictions. Of 52 people arrested for elephant poaching in Gabon in the past three years, only nine have been sentenced, according to Forest Guardians.

The three men [[e3|arrested]] on Sunday near Minvoul have been charged with murder and illegal hunting, a prosecutor in Oyem said. Soldiers who [[e2|arrived]] in the park a week ago will stay until at least the end of the rainy season, the army said.

Gabon's forestry minister, Clarisse Ndong Ella, thanked both partners and said the country would add 40 rangers next year."""),
]),
# ---------------------------------------------------------------------------- z07
dict(story="z07", topic="closure of Serbian-run offices in north Kosovo: Serb rally in North Mitrovica, arrest of a local councillor, road blockade in Zvecan, EU statement and negotiators' talks in Brussels (North Mitrovica and Zvecan, Kosovo)", events=[
    dict(e="e1", type="protest", date="2026-05-11", participants=["Kosovo Serbs"], location="North Mitrovica"),
    dict(e="e2", type="arrest", date="2026-05-12", participants=["Kosovo Police", "Dragan Milosavljevic"],
         location="North Mitrovica"),
    dict(e="e3", type="protest", date="2026-05-13", participants=["Kosovo Serbs"], location="Zvecan"),
    dict(e="e4", type="statement", date="2026-05-14", participants=["European Union"], location="Brussels"),
    dict(e="e5", type="meeting", date="2026-05-19", participants=["Kosovo", "Serbia", "European Union"],
         location="Brussels"),
], tricky=[("e1", "e3", "the rally of several thousand Serbs in North Mitrovica on Monday vs the road blockade by hundreds of Serbs in Zvecan on Wednesday, same grievance, neighbouring towns, two days apart")],
note="The police closure of the offices on May 8, KFOR's increased patrols, stone-throwing and pepper spray, the "
     "Serbian government's condemnation, the councillor's release pending trial and the 2023 violence in the north "
     "are background / side events. 'Protests by Serbs' and 'a week of protests' (aggregate) are not marked.",
articles=[
dict(id="a1", source="Adriatic Press Agency", published="2026-05-12",
     title="Thousands of Serbs protest in north Kosovo over closure of offices",
     text="""MITROVICA, Kosovo - Several thousand ethnic Serbs [[e1|rallied]] in North Mitrovica on Monday against the closure of Serbian-run pension and health insurance offices by Kosovo police, waving Serbian flags and chanting against the government in Pristina.

The [[e1|demonstration]] was the largest in the divided town in more than a year. It began near the main bridge over the Ibar river, which separates the Serb-majority north from the Albanian-majority south, and moved to the municipal building.

Some protesters threw stones and bottles at police, who used pepper spray to push them back. Police said 11 officers were slightly hurt. NATO-led KFOR peacekeepers increased patrols in the town but did not intervene.

Kosovo police closed the offices on Friday, saying they operated illegally under Serbian rules. Thousands of elderly Serbs in the north collect their pensions there.

"They are taking away the last institutions we trust," said Milica Petrovic, 67, a retired teacher. "Where will I go for my pension now? To Belgrade?"

Organisers said they would [[e3|block]] the road to the municipal building in Zvecan on Wednesday to press for the offices to be reopened. Kosovo's government said it would not back down.

Relations between Kosovo and Serbia, which does not recognise its former province's independence, have been tense since violence in the north in 2023."""),
dict(id="a2", source="Southeast Europe Newsroom", published="2026-05-14",
     title="Serbs block road in Zvecan as Kosovo police arrest protest organiser",
     text="""ZVECAN, Kosovo - Hundreds of Serbs [[e3|blocked]] the road to the municipal building in Zvecan for several hours on Wednesday, a day after Kosovo police [[e2|arrested]] a local politician who helped organise Monday's [[e1|rally]] in North Mitrovica.

Dragan Milosavljevic, a municipal councillor in North Mitrovica, was [[e2|detained]] at his home on Tuesday morning on suspicion of inciting violence during the [[e1|protest]], in which 11 police officers were slightly injured, police said.

The [[e3|blockade]] in Zvecan, where protesters parked lorries and tractors across the road, ended peacefully in the evening after talks with KFOR officers. There was no contact with Kosovo police, who stayed several hundred metres away.

Belgrade condemned the [[e2|arrest]] as "political persecution" and said it would raise the issue with the European Union.

The European Union called on both sides to show restraint in a [[e4|statement]] on Thursday and asked Pristina to explain how Serbs in the north would now receive pensions and health insurance. "Unilateral steps without coordination undermine the dialogue," it said.

Kosovo Interior Minister Arben Kastrati said the offices had operated outside the law and that the state would pay pensions to those who registered with Kosovo institutions. He said police would "not tolerate" further roadblocks."""),
dict(id="a3", source="Brussels Diplomatic Report", published="2026-05-20",
     title="Kosovo and Serbia negotiators meet in Brussels after week of protests",
     text="""BRUSSELS - Chief negotiators from Kosovo and Serbia [[e5|met]] in Brussels on Tuesday for EU-facilitated talks on the closure of Serbian-run offices in northern Kosovo, after a week of protests by Serbs in the north.

The [[e5|talks]], hosted by the EU's special representative for the dialogue, Marta Lindqvist, lasted about five hours and ended without agreement, officials said. Both sides agreed to meet again in June.

The EU called the [[e5|meeting]] after its [[e4|statement]] last Thursday urging restraint failed to calm tensions. Diplomats said Brussels was frustrated that neither side had informed it before acting.

On May 11, several thousand Serbs [[e1|marched]] through North Mitrovica against the closures, and two days later hundreds [[e3|blocked]] a road in Zvecan for several hours.

Dragan Milosavljevic, a local councillor whose [[e2|arrest]] on May 12 angered Belgrade, was released on Friday pending trial. His lawyer said the charges of incitement were baseless.

Serbia's negotiator told reporters after the [[e5|meeting]] that Belgrade wanted the offices reopened. Kosovo's negotiator said pensions would be paid through Kosovo's own system from July.

"The people in the middle are pensioners who just want their money," Lindqvist said. The EU has warned both governments that their progress towards membership depends on the dialogue."""),
]),
# ---------------------------------------------------------------------------- z08
dict(story="z08", topic="late payments to tobacco growers: farmers block auction floors, a government payment deadline, the regulator's licence suspension of a contract buyer, a central-bank announcement on dollar payments and a second deadline (Harare, Zimbabwe)", events=[
    dict(e="e1", type="protest", date="2026-06-01", participants=["tobacco farmers"], location="Harare"),
    dict(e="e2", type="deadline", date="2026-06-05", participants=["Ministry of Lands, Agriculture, Fisheries, Water and Rural Development", "tobacco contractors"],
         location="Harare"),
    dict(e="e3", type="sanction", date="2026-06-08", participants=["Tobacco Industry and Marketing Board", "Mazowe Leaf"],
         location="Harare"),
    dict(e="e4", type="deadline", date="2026-06-19", participants=["Ministry of Lands, Agriculture, Fisheries, Water and Rural Development", "tobacco contractors"],
         location="Harare"),
    dict(e="e5", type="statement", date="2026-06-10", participants=["Reserve Bank of Zimbabwe"], location="Harare"),
], tricky=[("e2", "e4", "the first payment deadline for contract buyers, which expired on Friday June 5, vs the new deadline of June 19 set after it was missed, same ministry, same buyers, same debts")],
note="The ministry's announcement of the deadlines, the board's planned suspension of two more buyers, the farmers' "
     "union's remarks, the sales figures and earlier seasons' payment problems are background / side events.",
articles=[
dict(id="a1", source="Southern Africa News Service", published="2026-06-02",
     title="Zimbabwe tobacco farmers protest over late payments",
     text="""HARARE - Hundreds of tobacco farmers [[e1|protested]] at auction floors in Harare on Monday, blocking the gates with bales and refusing to sell more leaf until contract buyers paid them for crops delivered weeks ago.

The [[e1|protest]], in the Willowvale industrial area, halted sales for most of the day, according to the Tobacco Industry and Marketing Board, which regulates the trade. Riot police stood by but did not intervene.

"I delivered 40 bales in April and I have not seen one dollar," said Tendai Mupfumira, who grows tobacco on eight hectares near Marondera. "How do I pay my workers? How do I buy fertiliser for the next season?"

Most of Zimbabwe's tobacco is grown under contract schemes, in which buyers supply seed and fertiliser on credit and are supposed to pay farmers within days of delivery. Farmers say some contractors have delayed payments for up to seven weeks.

On Tuesday the agriculture ministry set contractors a Friday [[e2|deadline]] to clear all arrears, and warned that those who failed would lose their licences. It said buyers owed farmers about $31 million.

Tobacco is Zimbabwe's second-largest export after gold. Farmers have sold about 190 million kilograms of leaf this season, slightly more than at the same point last year, the board said."""),
dict(id="a2", source="Harare Commercial Wire", published="2026-06-09",
     title="Zimbabwe suspends tobacco buyer, sets new payment deadline",
     text="""HARARE - Zimbabwe's tobacco regulator [[e3|suspended]] the licence of contract buyer Mazowe Leaf on Monday for failing to pay farmers by a government [[e2|deadline]] that expired on Friday, and the agriculture ministry set a new [[e4|deadline]] of June 19 for other buyers to settle their debts.

The Tobacco Industry and Marketing Board said the [[e3|suspension]] would stay in place until Mazowe Leaf paid about 6,800 farmers the $9.4 million it owes them. The company cannot buy leaf or sign new contracts while suspended.

Mazowe Leaf said in a statement that it had been caught out by delays in receiving foreign currency from its banks and that it would pay farmers "within two weeks".

Seven other contractors paid most of what they owed before Friday, the board said, but still owe farmers about $6 million between them.

The farmers' anger boiled over on June 1, when hundreds of growers [[e1|blocked]] the gates of the auction floors in Harare's Willowvale area and halted sales for a day.

"[[e3|Suspending]] one company does not put money in our pockets," said Paul Chidziva, president of a growers' association in Mashonaland East. He said many farmers had sold their cattle to pay workers while waiting."""),
dict(id="a3", source="Agri-Markets Africa", published="2026-06-11",
     title="Central bank says tobacco farmers to get 70 percent in dollars",
     text="""HARARE - Zimbabwe's central bank [[e5|announced]] on Wednesday that tobacco farmers would receive 70 percent of their earnings in U.S. dollars from next week, up from 60 percent, as the government tries to end a row over late payments.

In a [[e5|statement]], the Reserve Bank of Zimbabwe said the rest would be paid in local currency at the official rate, and that banks must release dollars to contract buyers within 48 hours of a sale.

The bank's [[e5|announcement]] came two days after the tobacco regulator's [[e3|suspension]] of contract buyer Mazowe Leaf, which had blamed its late payments on slow access to foreign currency.

The remaining contractors must clear their arrears by June 19, a [[e4|deadline]] set after most of them missed an earlier one. Farmers who [[e1|protested]] at Harare's auction floors on June 1 said they doubted the new rules would work.

"Every season there is a new percentage. What we need is to be paid on time," said Rudo Makoni, a grower from Karoi.

Economists said the higher dollar share would please farmers but could weaken the local currency, the ZiG, which has lost about a fifth of its value this year.

Tobacco earned Zimbabwe about $1.2 billion last year, and the crop supports more than 150,000 small-scale growers."""),
dict(id="a4", source="Southern Africa News Service", published="2026-06-20",
     title="Most Zimbabwe tobacco buyers meet payment deadline, board says",
     text="""HARARE - All but two of Zimbabwe's 23 tobacco contract buyers had paid farmers in full by Friday's [[e4|deadline]], the Tobacco Industry and Marketing Board said on Saturday.

The board said it would suspend the licences of the two remaining companies on Monday unless they proved they had paid. It did not name them.

The board [[e3|suspended]] Mazowe Leaf on June 8 after the company missed a first [[e2|deadline]] on June 5. Mazowe Leaf has since paid about two-thirds of what it owed and has asked for its licence back, the board said.

Farmers' groups said the pressure had worked, but that it should not have taken a [[e1|blockade]] of the auction floors to get them paid. Hundreds of growers [[e1|protested]] at the Harare floors for a day at the start of the month.

The central bank's [[e5|announcement]] last week that farmers would get 70 percent of their earnings in U.S. dollars has also helped, buyers said, because they can now get foreign currency from banks more quickly.

The selling season usually ends in August. The board expects this year's crop to reach about 300 million kilograms, close to last year's record."""),
]),
# ---------------------------------------------------------------------------- z09
dict(story="z09", topic="Houthi detentions of UN and aid staff in Sanaa and Hodeidah, a UN Secretary-General statement, the UN's relocation of international staff to Aden and closed Security Council consultations (Sanaa and Hodeidah, Yemen)", events=[
    dict(e="e1", type="arrest", date="2026-07-02", participants=["Houthi authorities", "UN staff"], location="Sanaa"),
    dict(e="e2", type="statement", date="2026-07-03", participants=["UN Secretary-General"], location="New York"),
    dict(e="e3", type="arrest", date="2026-07-06", participants=["Houthi authorities", "aid workers"], location="Hodeidah"),
    dict(e="e4", type="withdrawal", date="2026-07-09", participants=["United Nations"], location="Sanaa"),
    dict(e="e5", type="meeting", date="2026-07-13", participants=["UN Security Council"], location="New York"),
], tricky=[("e1", "e3", "the dawn raids in Sanaa in which seven UN staff were seized (Thursday) vs the arrests of four aid workers in Hodeidah (the following Monday), same authorities, same accusations, four days apart")],
note="The detentions of UN staff since 2024, Houthi media claims of a spy network and of confessions, the confiscation "
     "of phones, the UN's review of its presence, WFP's suspension of food distributions in the north and the council "
     "members' remarks to reporters are background / side events. 'Detained 11 local employees ... in the past week' "
     "and 'the detention of 11 aid workers' (aggregate) are not marked.",
articles=[
dict(id="a1", source="Red Sea News Agency", published="2026-07-03",
     title="Houthis detain seven UN staff in Sanaa raids",
     text="""ADEN, Yemen - Houthi security forces [[e1|detained]] seven Yemeni employees of United Nations agencies in a series of raids on their homes in Sanaa on Thursday, the U.N. and relatives said.

The staff, who work for the World Food Programme, UNICEF and the U.N. Development Programme, were [[e1|taken]] from their homes before dawn by armed men in plain clothes, and their phones and laptops were confiscated, relatives said. Their families have not been told where they are held.

In a [[e2|statement]] on Friday, the U.N. Secretary-General demanded their immediate and unconditional release and said the U.N. was "gravely concerned" for their safety.

Houthi-run media said security services had uncovered "a spy network working for American and Israeli intelligence" under the cover of humanitarian work, without naming the detainees. The U.N. has rejected such accusations in the past.

The Houthis, who control Sanaa and most of Yemen's populous north, have held dozens of U.N. and aid workers since 2024. Several have been held without charge for more than a year, and one died in custody in 2025, according to the U.N.

Aid officials said the [[e1|raids]] would make it even harder to deliver food in the north, where millions of people depend on assistance after more than a decade of war."""),
dict(id="a2", source="Arabian Peninsula Wire", published="2026-07-07",
     title="Houthis detain more aid workers in Hodeidah",
     text="""DUBAI - Houthi authorities [[e3|arrested]] four more aid workers in the Red Sea port of Hodeidah on Monday, including an employee of the U.N. human rights office, days after seven U.N. staff were [[e1|seized]] in Sanaa, aid groups said.

The four, three of whom work for international charities, were [[e3|detained]] at a checkpoint as they left an office in the city, colleagues said. Their cars were also taken.

The latest [[e3|detentions]] came despite a [[e2|statement]] on Friday in which the U.N. Secretary-General called for the release of the staff held in Sanaa and said humanitarian workers "must never be targets".

Houthi media said on Tuesday that some of the detainees had "confessed" to collecting information for foreign intelligence services. Aid groups said any such statements were made under duress.

The U.N. said it was reviewing its presence in areas under Houthi control. Its resident coordinator, Amira Haddad, said staff were "working in fear" and that some national employees had stopped coming to work.

The Sanaa [[e1|raids]] last Thursday targeted staff of the World Food Programme, UNICEF and the U.N. Development Programme. The WFP has already cut food distributions in parts of the north because of funding shortages and restrictions on its work."""),
dict(id="a3", source="Geneva Humanitarian Report", published="2026-07-10",
     title="U.N. pulls international staff out of Sanaa after detentions",
     text="""GENEVA - The United Nations [[e4|withdrew]] its remaining international staff from the Yemeni capital Sanaa on Thursday, moving about 40 people to the government-held port city of Aden after Houthi authorities detained 11 local employees of U.N. agencies and aid groups in the past week.

The [[e4|relocation]] was carried out on two U.N. flights, a spokesman for the U.N. humanitarian office, Jens Andersen, told reporters in Geneva. National staff in Sanaa have been told to work from home.

Seven of the detainees were [[e1|seized]] in Sanaa on July 2. Four more were [[e3|arrested]] in Hodeidah on Monday. None has been charged, and the U.N. has not been allowed to visit them.

"We did not take this decision lightly. Millions of people depend on the work we do in the north," Andersen said. He said aid deliveries would continue through local partners.

The U.N. Secretary-General [[e2|condemned]] the first [[e1|detentions]] last week and has urged countries with influence over the Houthis to press for the staff's release.

The Security Council will hold closed-door [[e5|consultations]] on the detentions on Monday at the request of Britain, diplomats said.

The Houthis said the U.N. was "free to leave" and accused it of serving foreign interests."""),
dict(id="a4", source="UN Affairs Monitor", published="2026-07-14",
     title="Security Council presses Houthis to free U.N. staff",
     text="""UNITED NATIONS - Members of the U.N. Security Council [[e5|met]] behind closed doors on Monday to discuss the detention of 11 aid workers by Yemen's Houthis, and several called for their immediate release.

After the [[e5|consultations]], British and French diplomats told reporters that the detentions were "unacceptable" and that the council was united in demanding the staff be freed. Russia's envoy said the issue should be solved through dialogue.

The council was briefed by the U.N. humanitarian chief, who said the [[e4|pullout]] of international staff from Sanaa last week had been "a last resort" and that aid to millions of people in the north was now at risk.

Seven U.N. employees were [[e1|detained]] in dawn raids in Sanaa on July 2, and four aid workers, including a U.N. human rights officer, were [[e3|arrested]] at a checkpoint in Hodeidah on July 6.

The Secretary-General's [[e2|appeal]] on July 3 for their release has gone unanswered, U.N. officials said. Houthi officials have accused the detainees of spying, which the U.N. denies.

Diplomats said the council could not agree on a formal statement because of differences over how to refer to the Houthis. Several members said they would raise the issue with Oman, which has mediated between the Houthis and other parties."""),
]),
# ---------------------------------------------------------------------------- z10
dict(story="z10", topic="nuclear-testing legacy: president's letter to Washington, landowners' march on the U.S. embassy, technical talks in Honolulu, a ministerial round in Majuro and a trust-fund accord (Majuro, Marshall Islands - United States)", events=[
    dict(e="e1", type="letter", date="2027-01-11", participants=["Marshall Islands", "United States"], location="Majuro"),
    dict(e="e2", type="protest", date="2027-01-15", participants=["Bikini, Enewetak, Rongelap and Utrik communities"],
         location="Majuro"),
    dict(e="e3", type="meeting", date="2027-01-19", participants=["Marshall Islands", "United States"],
         location="Honolulu"),
    dict(e="e4", type="meeting", date="2027-01-26", participants=["Marshall Islands", "United States"],
         location="Majuro"),
    dict(e="e5", type="agreement", date="2027-01-28", participants=["Marshall Islands", "United States"],
         location="Majuro"),
], tricky=[("e3", "e4", "the two-day technical talks in Honolulu opening on Tuesday January 19 vs the ministerial round in Majuro opening on Tuesday January 26, same two governments, same subject, one week apart")],
note="The 67 U.S. nuclear tests of 1946-1958, the Nuclear Claims Tribunal awards, the 2023 compact funding, the "
     "U.S. embassy's written reply to the marchers and their petition, the decision to hold a further round and the planned "
     "ratification by the Nitijela are background / side events.",
articles=[
dict(id="a1", source="Pacific Islands News Service", published="2027-01-12",
     title="Marshall Islands president asks U.S. to reopen nuclear compensation",
     text="""MAJURO, Marshall Islands - Marshall Islands President Joachim Laijo [[e1|wrote]] to the U.S. secretary of state on Monday asking Washington to reopen talks on compensation for the 67 nuclear tests the United States carried out on Bikini and Enewetak atolls between 1946 and 1958.

In the four-page [[e1|letter]], released by his office, Laijo said the health and environmental damage from the tests "did not end when the testing ended" and that existing funds were "nowhere near" enough to care for survivors and their descendants.

A tribunal set up under an earlier agreement with Washington awarded the islanders more than $2 billion, but most of that money was never paid because the fund ran out. The United States says a 1986 settlement resolved all claims.

Officials said U.S. and Marshallese experts would hold technical [[e3|talks]] in Honolulu next week, the first such meeting in more than a decade.

Leaders of the four atoll communities most affected by the tests, Bikini, Enewetak, Rongelap and Utrik, said they would [[e2|march]] to the U.S. embassy in Majuro on Friday to support the president's request.

"Our grandparents were moved off their islands for the tests. Many of us still cannot go home," said Lemyo Jibas, a Rongelap councilwoman. "We want the United States to finish what it started," she added."""),
dict(id="a2", source="Micronesia Report", published="2027-01-16",
     title="Marshallese march on U.S. embassy over nuclear legacy",
     text="""MAJURO - About 1,500 people [[e2|marched]] through Majuro on Friday to the U.S. embassy, carrying photographs of relatives who died of cancer and banners reading "Pay the nuclear debt".

The [[e2|march]], organised by the local governments of Bikini, Enewetak, Rongelap and Utrik, was one of the largest in the capital in years. Schoolchildren and church choirs joined, and the crowd sang hymns outside the embassy gates before handing over a petition.

The embassy said in a written reply that the United States "recognises the special circumstances" of the affected communities and was ready to discuss their concerns.

The [[e2|protest]] came four days after President Joachim Laijo sent a [[e1|letter]] to the U.S. secretary of state asking Washington to reopen compensation talks.

U.S. and Marshallese officials will [[e3|meet]] in Honolulu on Tuesday to discuss health care, environmental monitoring and funding for survivors, the foreign ministry said.

Many Marshallese living near the former test sites have higher rates of thyroid cancer, and several islands remain unsafe for permanent settlement, according to studies by U.S. and international researchers. Some residents of Enewetak live next to a concrete dome that covers radioactive waste from the tests and is threatened by rising seas."""),
dict(id="a3", source="Honolulu Pacific Desk", published="2027-01-21",
     title="U.S., Marshall Islands end Honolulu talks on nuclear claims",
     text="""HONOLULU - U.S. and Marshall Islands officials ended two days of technical [[e3|talks]] on compensation for nuclear testing in Honolulu on Wednesday and agreed to hold a ministerial [[e4|round]] in Majuro next Tuesday.

The [[e3|meeting]], which began on Tuesday at the East-West Center, covered health care for survivors, clean-up of contaminated islands and the state of the trust funds set up under earlier agreements, both delegations said in a joint note.

U.S. officials described the [[e3|discussions]] as "constructive". A Marshallese negotiator, Neisha Lanki, said the two sides were "closer than we have been for 30 years" but still far apart on money.

The [[e3|talks]] were requested by President Joachim Laijo in a [[e1|letter]] on Jan. 11. About 1,500 people joined a [[e2|march]] on the U.S. embassy in Majuro last Friday in support of the request.

The Majuro [[e4|talks]] will be led on the U.S. side by Ambassador Karen Whitfield, the State Department's envoy for the Pacific compacts, and on the Marshallese side by Foreign Minister Ataji Lomae

Under a 2023 agreement, the United States promised the Marshall Islands $2.3 billion over 20 years, including $700 million for a trust fund, but the Marshallese say that deal did not address the nuclear legacy."""),
dict(id="a4", source="Island Affairs Wire", published="2027-01-29",
     title="U.S. agrees to add $350 million to Marshall Islands nuclear fund",
     text="""MAJURO - The United States and the Marshall Islands [[e5|signed]] an agreement on Thursday under which Washington will add $350 million over ten years to a fund for health care and clean-up in communities affected by U.S. nuclear tests.

The [[e5|accord]] was reached at the end of three days of [[e4|talks]] in Majuro that began on Tuesday, led by U.S. envoy Karen Whitfield and Marshallese Foreign Minister Ataji Lomae It must still be approved by the Marshallese parliament, the Nitijela.

The [[e5|deal]] does not reopen the claims awarded by a tribunal decades ago, a point the United States insisted on, but it creates a joint board on which the four most affected atolls will have seats.

A first [[e3|round]] of technical talks took place in Honolulu last week, after President Joachim Laijo [[e1|wrote]] to Washington on Jan. 11 asking for new negotiations.

Landowners who [[e2|marched]] on the U.S. embassy two weeks ago gave the [[e5|agreement]] a cautious welcome. "It is not justice, but it is a start," said Lemyo Jibas, a Rongelap councilwoman.

Laijo said the money would pay for a new cancer ward at Majuro's hospital and for soil and water testing on Rongelap and Enewetak."""),
]),
]
