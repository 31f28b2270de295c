"""Source of ../stories_dev6/articles.jsonl and ../stories_dev6/gold.jsonl.

SIXTH DEVELOPMENT story set (stories_dev6) for the cross-article deduplication benchmark.
It was written without running the timeline extractor or the dedup benchmark on these texts
and without reading the system's code, extraction or clustering rules or word lists; only
the format of the earlier sets was consulted (stories_blind7_spec, the topic= lines of the
other spec files, DATASETS.md section 2).  It is intended for DEVELOPMENT: the system's
errors on it may be read and used for tuning.  It is not a blind set.

All articles are fiction written for this data set (invented outlets, people, companies and
events, some real places and institutions).  Event mentions are marked inline as
[[eN|trigger]]; build_stories.py strips the markers, computes character offsets and writes
the JSONL files:

    /tmp/venv/bin/python tests/gold/tools/build_stories.py --spec stories_dev6_spec \\
        --out tests/gold/stories_dev6

The annotation guidelines are those of the main story set (tests/gold/DATASETS.md, section 2):
only the story's key events are marked, every mention of them is marked (planned or future
references to an event that then happened included), and background / side events
are deliberately left unmarked, even when they have the same type as a gold event.
Aggregate mentions covering two gold events ("both letters", "the two prison riots") and
negated or hypothetical mentions are not marked.  Titles are not annotated.

Type conventions used here (the type list has no better fit):
  * deaths in a prison riot, a viaduct collapse, a hospital fire and a landslide are
    `casualties` events; the riot / collapse / fire / landslide itself is not annotated
    (like the tremor in s09).  The later deaths of injured people are mentions of the same
    casualties event (the toll rising);
  * a state-of-emergency decree, a health department's suspension of a vaccination
    campaign, a militant group's denial of involvement and a minister's announcement of
    dismissals are typed `statement`;
  * an engineering assessment by court-appointed experts and a ministry inspectors'
    findings are both `report` (a tricky pair);
  * road blockades by truck drivers are `protest`;
  * a police / environmental-agency operation sending agents into a territory and the
    dispatch of warships to escort merchant ships are `deployment`;
  * an explosive drone boat hitting a tanker, an ambush on a boat of agents and a raid on a
    village are `attack` events;
  * relief pledges and deliveries of relief goods are `support`;
  * placing suspects under house arrest or in pre-trial detention is `arrest`;
  * prisoner transfers, the release of a journalist to house arrest, the resumption of a
    vaccination campaign and the reopening of roads have no type and are left out of gold.
"""

STORIES = [
# ---------------------------------------------------------------------------- p01
dict(story="p01", topic="prison riot deaths, army takeover of the prison, state-of-emergency decree and a second riot in another prison (Guayaquil and Cuenca, Ecuador)", events=[
    dict(e="e1", type="casualties", date="2026-07-12", participants=["Los Lobos"], location="Guayaquil"),
    dict(e="e2", type="deployment", date="2026-07-13", participants=["Armed Forces of Ecuador"], location="Guayaquil"),
    dict(e="e3", type="casualties", date="2026-07-15", participants=["Los Lobos"], location="Cuenca"),
    dict(e="e4", type="statement", date="2026-07-13", participants=["Andrés Villacrés"], location="Quito"),
], tricky=[("e1", "e3", "23 inmates killed in the gang fight at the Litoral penitentiary in Guayaquil on Sunday vs 6 inmates killed in the riot at Turi prison in Cuenca on Wednesday, same gang, same week")],
note="The riots themselves are not annotated, only the deaths (casualties). The transfer of gang leaders to La Roca, "
     "the planned sending of troops to Turi, the families' protest at Turi and the 2021 prison massacres are "
     "side / background events.",
articles=[
dict(id="a1", source="Andean Post Wire", published="2026-07-13",
     title="Gang battle in Ecuador's largest prison leaves 19 dead",
     text="""GUAYAQUIL, Ecuador - At least 19 inmates were [[e1|killed]] on Sunday when rival gang factions fought for control of a wing of the Penitenciaría del Litoral, Ecuador's largest prison, the national prison authority SNAI said.

Prisoners armed with pistols, machetes and at least one grenade broke through a wall between pavilions 8 and 9 shortly after the morning head count, according to SNAI. Guards pulled back from the wing, and police special forces did not regain control until late afternoon. Five guards who had been held hostage for several hours were freed unharmed.

Relatives gathered outside the prison gates through the night waiting for news. "They tell us nothing. We see the bodies come out in bags," said Marlene Chóez, whose son is serving a sentence for robbery.

SNAI director Gabriela Montúfar said the [[e1|bloodshed]] was the result of a dispute between two factions of the Los Lobos gang over the drug trade inside the prison. Forensic teams were still identifying the victims on Monday.

Interior Minister Patricio Endara said soldiers would be [[e2|sent]] into the Litoral "within hours" to take over the perimeter and the pavilions.

Ecuador's prisons have seen repeated massacres since 2021, when more than 300 inmates died in a series of riots. The Litoral alone has recorded more than 200 violent deaths in five years."""),
dict(id="a2", source="Pacific Coast Chronicle", published="2026-07-14",
     title="Troops take over Litoral prison as death toll rises to 23",
     text="""GUAYAQUIL - About 1,200 soldiers [[e2|moved into]] Ecuador's Penitenciaría del Litoral on Monday, a day after fighting between gang factions [[e1|killed]] 23 inmates, four more than first reported.

Armoured vehicles rolled through the main gate at dawn and troops searched all 12 pavilions, seizing 40 firearms, 300 knives and dozens of mobile phones, the armed forces joint command said. The [[e2|deployment]] will last at least 60 days, it said.

On Monday night President Andrés Villacrés [[e4|declared]] a state of emergency in the prison system in a televised address, saying the state would "take back every cell block". The [[e4|decree]] lets the army run prisons alongside the prison authority, SNAI, and suspends family visits for a month.

The [[e1|death toll]] from Sunday's massacre rose after four bodies were found under rubble in pavilion 9, SNAI said. Two of the dead were 19 years old.

SNAI also said it had begun moving 18 gang leaders to La Roca, a maximum-security unit nearby. Human rights groups said the transfers must respect court orders.

"The soldiers are welcome if they stop the killing. But they cannot stay forever," said Fernando Bastidas of the Permanent Committee for Human Rights in Guayaquil."""),
dict(id="a3", source="Highland Reporter", published="2026-07-17",
     title="Six dead in Cuenca prison riot days after Guayaquil massacre",
     text="""CUENCA, Ecuador - Six inmates were [[e3|killed]] and 14 injured on Wednesday in a riot at the Turi prison in the southern city of Cuenca, three days after the [[e1|massacre]] at the Litoral penitentiary in Guayaquil, the prison authority SNAI said.

The violence at Turi began at lunchtime, when prisoners from a faction linked to Los Lobos attacked inmates in pavilion B. Police regained control after about two hours. Officials believe the fighting was a reprisal for the transfer of Los Lobos leaders out of the Litoral.

Wednesday's [[e3|deaths]] came despite the state of emergency that President Andrés Villacrés [[e4|decreed]] on Monday. Under the [[e4|decree]], the army now runs the Litoral, where troops [[e2|deployed]] at dawn on Monday after 23 prisoners [[e1|died]] the day before. Turi has so far been guarded only by police.

Defence Minister Rocío Salgado said on Thursday that soldiers would also be sent to Turi and to three other prisons in the south "in the coming days".

Families of Turi inmates protested outside the prison on Thursday, demanding lists of the [[e3|dead]] and injured. "My husband called me at noon, then nothing," said Johanna Pesántez, 27.

Turi was one of four prisons hit by riots in February 2021, when 79 prisoners died on a single day."""),
]),
# ---------------------------------------------------------------------------- p02
dict(story="p02", topic="arrest of an investigative journalist, reporters' march and two international letters (Tegucigalpa, Honduras)", events=[
    dict(e="e1", type="arrest", date="2026-09-03", participants=["Technical Criminal Investigation Agency", "Rosa Elena Matamoros"],
         location="Tegucigalpa"),
    dict(e="e2", type="letter", date="2026-09-07", participants=["press freedom organisations", "Ernesto Zúniga"],
         location=None),
    dict(e="e3", type="letter", date="2026-09-09", participants=["members of the European Parliament", "Claudia Arriaga"],
         location=None),
    dict(e="e4", type="protest", date="2026-09-05", participants=["Honduran journalists"], location="Tegucigalpa"),
], tricky=[("e2", "e3", "the letter of 14 press freedom groups to the president on Monday vs the letter of 11 MEPs to the foreign minister on Wednesday, same subject, same week")],
note="The Portal Catracho ventilator story (a report, background), the judge's decision to release the journalist "
     "to house arrest, the government spokesman's comments and the killings of journalists since 2001 are side / "
     "background events.",
articles=[
dict(id="a1", source="Isthmus News Service", published="2026-09-04",
     title="Honduran journalist held after exposing ventilator contract",
     text="""TEGUCIGALPA, Honduras - Police investigators [[e1|arrested]] the Honduran investigative journalist Rosa Elena Matamoros at her home in Tegucigalpa on Thursday morning, days after she exposed an overpriced contract for hospital ventilators, her employer said.

Matamoros, 38, editor of the news website Portal Catracho, was [[e1|detained]] by agents of the Technical Criminal Investigation Agency (ATIC) on a warrant for "disclosure of confidential state information", according to the Public Ministry. Her laptop and two phones were seized.

Her [[e1|arrest]] came five days after Portal Catracho reported that the Health Ministry had paid 4.1 million dollars for 60 ventilators, three times the market price, to a company registered three weeks before the contract was signed. The ministry has denied any irregularity.

"They did not come for a criminal. They came for a source," said Portal Catracho's director, Julio Bonilla. He said the reporter had been allowed one phone call from the ATIC building.

The Honduran College of Journalists called on reporters to [[e4|march]] to the Public Ministry on Saturday to demand her release.

Honduras is one of the most dangerous countries in the Americas for the press. More than 90 media workers have been killed there since 2001, according to the national human rights commissioner."""),
dict(id="a2", source="Central American Reporter", published="2026-09-08",
     title="Press groups urge Honduran president to free reporter",
     text="""TEGUCIGALPA - Fourteen international press freedom organisations have [[e2|written]] to Honduran President Ernesto Zúniga urging him to secure the release of the journalist Rosa Elena Matamoros, who has been in custody since last Thursday.

In the [[e2|letter]], dated Monday, the groups - among them the Inter-American Press Freedom Network and the Geneva-based Media Defence Coalition - said the charge against her was "a pretext to punish legitimate reporting on public spending". They asked the president to repeal a 2014 secrecy law used in the case.

Matamoros, editor of the website Portal Catracho, was [[e1|picked up]] at her home by ATIC investigators after publishing a story on the purchase of overpriced ventilators.

On Saturday about 600 reporters, camera operators and students [[e4|marched]] from the National Autonomous University to the Public Ministry, carrying her photograph and giant cardboard pens. The [[e4|demonstration]] ended peacefully after a delegation handed a petition to a deputy prosecutor.

A government spokesman, Marcio Lagos, said on Monday that the president "respects press freedom" but would not interfere with the courts. The judge in the case is due to rule on Thursday on whether Matamoros stays in pre-trial detention.

Her lawyer, Karla Mejía, said her client was being held in the women's prison at Támara, north of the capital. Members of the European Parliament are also drafting a [[e3|letter]] on the case, an aide in Brussels said."""),
dict(id="a3", source="Caribbean and Central Review", published="2026-09-11",
     title="EU lawmakers press Tegucigalpa as judge frees journalist to house arrest",
     text="""BRUSSELS/TEGUCIGALPA - Eleven members of the European Parliament [[e3|wrote]] on Wednesday to Honduran Foreign Minister Claudia Arriaga, warning that the detention of the journalist Rosa Elena Matamoros could harm relations between Honduras and the European Union.

The cross-party [[e3|letter]], signed by lawmakers from six political groups, reminded Tegucigalpa that the EU's association agreement with Central America contains commitments on human rights and a free press. It followed a similar [[e2|appeal]] that 14 press freedom groups sent to President Ernesto Zúniga two days earlier.

On Thursday, a judge in Tegucigalpa ordered that Matamoros be released to house arrest pending trial, a week after her [[e1|arrest]]. She must report to the court every week and may not leave the country.

Prosecutors accuse her of publishing parts of a classified Health Ministry file in her report on the purchase of 60 ventilators at three times the market price.

Speaking outside her home, Matamoros thanked the hundreds of colleagues who [[e4|marched]] for her last Saturday and the signatories of both letters. "I will go on reporting," she said.

The MEPs' [[e3|message]] asked the foreign minister to explain by the end of the month how the secrecy law is compatible with Honduras's international obligations. The foreign ministry said it would reply "through the proper channels"."""),
]),
# ---------------------------------------------------------------------------- p03
dict(story="p03", topic="drone-boat attack on a tanker and Indian and French naval escort deployments (Gulf of Oman, off Fujairah, UAE)", events=[
    dict(e="e1", type="attack", date="2026-05-12", participants=["Cape Meridian"], location="Gulf of Oman"),
    dict(e="e2", type="statement", date="2026-05-12", participants=["United Arab Emirates"], location="Abu Dhabi"),
    dict(e="e3", type="deployment", date="2026-05-15", participants=["Indian Navy"], location="Gulf of Oman"),
    dict(e="e4", type="deployment", date="2026-05-18", participants=["French Navy"], location="Gulf of Oman"),
], tricky=[("e3", "e4", "India sending two destroyers and a frigate from Mumbai on Friday vs France sending a frigate from Abu Dhabi on Monday, both to escort ships in the Gulf of Oman after the same attack")],
note="The 2019 limpet-mine attacks off Fujairah, the 2019 Indian escort patrols, the UKMTO advisory, the war-risk "
     "surcharges and the tanker's repair are background / side events.",
articles=[
dict(id="a1", source="Gulf Maritime Wire", published="2026-05-12",
     title="Drone boat hits crude tanker off Fujairah",
     text="""FUJAIRAH, United Arab Emirates - An explosive-laden drone boat [[e1|struck]] an oil tanker in the Gulf of Oman on Tuesday, blowing a hole in its hull above the waterline and starting a fire, the vessel's manager and maritime security sources said.

The Liberian-flagged Cape Meridian, carrying about 1.9 million barrels of crude from Iraq's Basra terminal to India, was [[e1|hit]] on its port side about 20 nautical miles east of Fujairah shortly after 6 a.m., its Singapore-based manager, Straits Tanker Management, said. One crew member suffered burns. The fire was put out within two hours and the ship was sailing under its own power toward the Fujairah anchorage.

The UK Maritime Trade Operations centre urged ships in the area to "exercise caution". No group claimed the [[e1|attack]].

The United Arab Emirates [[e2|condemned]] what it called "a terrorist act against international navigation" and said it was working with partners to find those responsible. In its [[e2|statement]], the foreign ministry described the safety of shipping lanes as "a red line".

Tanker rates for voyages from the Gulf to Asia rose 12 percent on the news. About a fifth of the world's oil passes through the nearby Strait of Hormuz.

In 2019 several tankers were damaged by limpet mines off Fujairah, incidents that Washington blamed on Iran. Tehran denied involvement."""),
dict(id="a2", source="Arabian Sea Chronicle", published="2026-05-15",
     title="India sends warships to escort tankers in Gulf of Oman",
     text="""NEW DELHI - India has [[e3|dispatched]] two guided-missile destroyers and a frigate to the Gulf of Oman to escort Indian-flagged tankers, the defence ministry said on Friday, three days after a drone-boat [[e1|attack]] on a crude carrier bound for an Indian refinery.

The warships [[e3|sailed]] from Mumbai before dawn and will reach the area by Sunday, the ministry said. Navy spokesman Commander Vikram Rathore said the [[e3|deployment]] was "precautionary" and would protect about 40 Indian ships that pass through the region each week.

Tuesday's [[e1|strike]] on the Liberian-flagged Cape Meridian, off the Emirati port of Fujairah, was the first on a merchant ship in the area in several years. The tanker was carrying Iraqi crude for a refinery in Gujarat. Two of its 24 crew are Indian nationals.

France also said it would [[e4|send]] a frigate from its naval base in Abu Dhabi early next week to accompany French-linked vessels. "We will not leave merchant sailors alone," French Armed Forces Minister Claire Duhamel said in Paris.

India's shipping ministry told Indian-flagged vessels to report their positions every four hours. Insurers have added a war-risk surcharge for ships calling at Fujairah, shipbrokers said.

The Indian Navy has escorted ships in the region before, most recently after the tanker attacks of 2019."""),
dict(id="a3", source="Emirates Business Review", published="2026-05-20",
     title="French frigate joins Indian warships off Fujairah",
     text="""DUBAI - France [[e4|deployed]] a frigate from its Abu Dhabi base to the Gulf of Oman on Monday, joining three Indian warships in the area after last week's drone-boat [[e1|attack]] off Fujairah.

The French [[e4|mission]] will accompany ships owned, flagged or crewed by French companies, but will also answer calls from other vessels in distress, the French embassy said. Three container ships and a gas carrier sailed under its protection on Monday night.

India's two destroyers and frigate, [[e3|sent]] from Mumbai last Friday, have been in the area since Sunday.

Shipping executives in Dubai welcomed the escorts but said they would not bring war-risk premiums down quickly. Insurance for a call at Fujairah now costs about 0.3 percent of a vessel's value, up from 0.05 percent before the [[e1|explosion]] tore into the Cape Meridian earlier this month, brokers said.

The Cape Meridian has unloaded part of its cargo at Fujairah and is being repaired at a Dubai shipyard. Investigators have not said who launched the drone boat.

The UAE, which [[e2|condemned]] the [[e1|attack]] on the day it happened, has not commented on the foreign naval presence. Gulf officials have in the past been wary of Western and Asian navies operating close to their coasts."""),
]),
# ---------------------------------------------------------------------------- p04
dict(story="p04", topic="motorway viaduct collapse deaths, engineers' house arrest and two inquiry reports (Cosenza, Calabria, Italy)", events=[
    dict(e="e1", type="casualties", date="2026-10-06", participants=[], location="Cosenza"),
    dict(e="e2", type="arrest", date="2026-10-09", participants=["Cosenza prosecutors", "Viasud Manutenzioni"],
         location="Cosenza"),
    dict(e="e3", type="report", date="2026-10-12", participants=["Italian Ministry of Infrastructure and Transport"],
         location="Rome"),
    dict(e="e4", type="report", date="2026-10-15", participants=["Polytechnic University of Turin", "Cosenza prosecutors"],
         location="Cosenza"),
], tricky=[("e3", "e4", "the Transport Ministry inspectors' preliminary report on Monday vs the prosecutors' experts' assessment on Thursday, same viaduct, same cause")],
note="The collapse itself is not annotated, only the deaths (casualties); two injured people who died later are "
     "mentions of the same toll. The opening of the manslaughter investigation, the funerals, the planned revocation "
     "of the concession and the 2018 Morandi bridge collapse are side / background events.",
articles=[
dict(id="a1", source="Tyrrhenian Press Agency", published="2026-10-07",
     title="Seven killed as motorway viaduct collapses in Calabria",
     text="""COSENZA, Italy - Seven people were [[e1|killed]] on Tuesday evening when a 60-metre section of a motorway viaduct gave way near Cosenza in southern Italy, sending four cars and a lorry into the valley below, firefighters said.

The span of the Valle Crati viaduct on the A2 motorway, between the Cosenza Nord and Rende junctions, came down at about 7:40 p.m. during heavy rain. Rescuers worked through the night with floodlights and dogs to search the wreckage, 35 metres below the road deck.

Among the [[e1|dead]] were a couple from Rende and their nine-year-old son, and a Romanian lorry driver, the prefecture said. Three people were pulled alive from the cars and taken to the Annunziata hospital, two of them in critical condition.

Transport Minister Elena Ruffo, who visited the site on Wednesday morning, ordered ministry inspectors to examine the structure and promised "full light" on the causes. The motorway operator said the viaduct, built in 1972, had been inspected in March and "showed no critical issues".

Cosenza prosecutors have opened a manslaughter investigation.

The [[e1|deaths]] recalled the collapse of the Morandi bridge in Genoa in August 2018, which killed 43 people and led to a nationwide review of ageing motorway bridges."""),
dict(id="a2", source="Mezzogiorno Daily", published="2026-10-10",
     title="Three engineers under house arrest over Cosenza viaduct",
     text="""COSENZA - Police on Friday [[e2|placed]] three engineers under house arrest in the investigation into the collapse of a motorway viaduct near Cosenza, where the [[e1|death toll]] has risen to nine.

The engineers work for Viasud Manutenzioni, the company responsible for maintaining the Valle Crati viaduct, and are suspected of falsifying inspection records, prosecutor Antonio Greco said. Investigators believe an inspection in March that found "no critical issues" was never carried out on site.

"The [[e2|arrests]] are a precaution to stop the suspects tampering with evidence," Greco told reporters. Viasud said it was cooperating with the investigation and that its staff had "always worked correctly".

Two of the three people pulled alive from the wreckage on Tuesday [[e1|died]] in hospital on Thursday.

Ministry inspectors are due to [[e3|report]] on Monday on the state of the viaduct's steel tendons, and engineering experts appointed by the prosecutors must deliver their own [[e4|assessment]] by next Thursday. Transport Minister Elena Ruffo has said the operator's concession could be revoked if negligence is proven.

Hundreds of people are expected at the funeral of the Martino family in Rende on Saturday afternoon. The town has declared a day of mourning."""),
dict(id="a3", source="Italian Infrastructure Monitor", published="2026-10-16",
     title="Experts blame rusted tendons for Calabria viaduct collapse",
     text="""ROME - Corrosion of steel tendons caused the collapse of the Valle Crati viaduct near Cosenza that [[e1|killed]] nine people on October 6, according to an [[e4|assessment]] by engineering experts appointed by prosecutors and delivered on Thursday.

The experts, from the Polytechnic University of Turin, found that seven of the 12 tendons in the fallen span had lost more than half of their steel to rust, and that water had been leaking into the deck for "at least a decade". Their 140-page [[e4|report]] has been seen by this publication.

It confirms the main conclusions of the Transport Ministry's inspectors, whose preliminary [[e3|report]], published on Monday, blamed "grave and prolonged" maintenance failures and ordered checks on 31 similar viaducts in Calabria and Basilicata. The ministry [[e3|document]] also criticised the motorway operator for cutting its maintenance budget by 40 percent since 2019.

Lawyers for the three Viasud Manutenzioni engineers [[e2|placed]] under house arrest last Friday said the experts' [[e4|findings]] showed a design problem, not a failure of inspection, and asked for their release.

Transport Minister Elena Ruffo said she would ask the cabinet next week to revoke the operator's concession. The A2 between Cosenza Nord and Rende remains closed, and a temporary bypass is expected to open by Christmas."""),
]),
# ---------------------------------------------------------------------------- p05
dict(story="p05", topic="hospital ward fire deaths, minister's dismissals, arrests of hospital staff and of a contractor (Tlemcen, Algeria)", events=[
    dict(e="e1", type="casualties", date="2026-08-11", participants=[], location="Tlemcen"),
    dict(e="e2", type="arrest", date="2026-08-13", participants=["Algerian police", "Tlemcen University Hospital"],
         location="Tlemcen"),
    dict(e="e3", type="statement", date="2026-08-12", participants=["Karim Benhadid"], location="Tlemcen"),
    dict(e="e4", type="arrest", date="2026-08-17", participants=["Algerian police", "air-conditioning contractor"],
         location="Oran"),
], tricky=[("e2", "e4", "the detention of the hospital's former director and two maintenance officials on Thursday vs the arrest of the air-conditioning contractor in Oran the next Monday, same fire, same investigation")],
note="The fire itself is not annotated, only the deaths (casualties); a patient who died later is a mention of the "
     "same toll. The day of mourning, the nationwide hospital inspections and ward closures and earlier hospital "
     "fires are side / background events.",
articles=[
dict(id="a1", source="Maghreb Press Wire", published="2026-08-12",
     title="Nine patients die in Algerian hospital fire",
     text="""TLEMCEN, Algeria - Nine patients [[e1|died]] when fire swept through the internal medicine ward of the Tlemcen University Hospital in western Algeria late on Tuesday, the health ministry said.

The blaze broke out at about 11:30 p.m. in a storeroom on the third floor and spread quickly along the ward, filling the corridors with thick smoke, civil protection officials said. Firefighters evacuated 64 patients, some carried down ladders on stretchers. Most of the [[e1|victims]] were elderly people who could not leave their beds without help. Eleven people, including two nurses, were treated for smoke inhalation.

A short circuit in an air-conditioning unit is the most likely cause, according to a first assessment by the civil protection service.

On Wednesday Health Minister Karim Benhadid, who flew to Tlemcen in the morning, [[e3|announced]] the dismissal of the hospital's director and of the regional health director and ordered a fire-safety inspection of every public hospital in the country. "The state will not tolerate negligence that costs lives," he told reporters at the hospital gate.

The presidency declared a day of national mourning.

Algerian hospitals have been hit by several deadly fires in recent years, and doctors' unions have long complained about ageing buildings and overloaded electrical systems."""),
dict(id="a2", source="North Africa Observer", published="2026-08-14",
     title="Former director held over Tlemcen hospital blaze",
     text="""ORAN, Algeria - Police in Tlemcen have [[e2|detained]] the former director of the city's university hospital and two maintenance officials over a fire that [[e1|killed]] nine patients on Tuesday night, the prosecutor's office said on Friday.

The three men, [[e2|arrested]] on Thursday, have been charged with involuntary homicide and breaching safety rules. Investigators found that the smoke detectors on the ward had been switched off and that two emergency exits were locked, prosecutor Nadir Boukhari told state television.

The director had already been dismissed by Health Minister Karim Benhadid, who [[e3|said]] two days ago that "negligence that costs lives" would not go unpunished.

Relatives of the [[e1|dead]] welcomed the [[e2|arrests]] but said responsibility went higher. "The director did not lock those doors alone," said Mourad Bensalah, whose 74-year-old father had been treated on the ward for diabetes.

Doctors at the hospital said the internal medicine ward had been overcrowded for years, with patients sometimes sleeping on mattresses in the corridors. The ward has been closed and its patients moved to hospitals in Maghnia and Sidi Bel Abbès."""),
dict(id="a3", source="Algiers Weekly Review", published="2026-08-19",
     title="Air-conditioning contractor arrested in hospital fire probe",
     text="""ALGIERS - Police have [[e4|arrested]] the owner of a private company that installed air-conditioning units at Tlemcen University Hospital, where a fire [[e1|killed]] ten patients last week, judicial sources said on Tuesday.

The businessman, 52, whose firm won a contract to refit the hospital's cooling system in 2024, was [[e4|detained]] on Monday at his office in Oran. Investigators suspect that the units were second-hand equipment sold as new and that they were installed without the required safety certificate.

His [[e4|arrest]] follows last Thursday's [[e2|detention]] of the hospital's former director and two maintenance officials, who remain in prison.

A tenth patient, an 81-year-old woman, [[e1|died]] in a hospital in Oran on Saturday from the effects of smoke inhalation, the health ministry said.

Inspection teams sent out after Health Minister Karim Benhadid's [[e3|announcement]] of August 12 have so far closed two hospital wards, in Sétif and Béchar, over faulty wiring, the ministry said. Its inspectors are due to visit all 280 public hospitals by the end of October.

The opposition Workers' Party called for a parliamentary inquiry into public hospital contracts."""),
]),
# ---------------------------------------------------------------------------- p06
dict(story="p06", topic="oil producers' committee meeting, ministerial meeting in Riyadh, output-cut deal and Iraqi compliance statement (OPEC+, Saudi Arabia)", events=[
    dict(e="e1", type="meeting", date="2026-11-30", participants=["OPEC+ Joint Ministerial Monitoring Committee"], location=None),
    dict(e="e2", type="meeting", date="2026-12-03", participants=["OPEC+"], location="Riyadh"),
    dict(e="e3", type="agreement", date="2026-12-03", participants=["OPEC+"], location="Riyadh"),
    dict(e="e4", type="statement", date="2026-12-04", participants=["Iraqi Ministry of Oil"], location="Baghdad"),
], tricky=[("e1", "e2", "the monitoring committee's video meeting on Monday vs the full ministerial meeting in Riyadh on Thursday, same group, same week, same subject")],
note="The committee's recommendation is part of its meeting (not annotated separately). The 2023 cuts, the restoring "
     "of supply since 2025, the overproduction by Iraq and Kazakhstan and Kazakhstan's comments are background / side "
     "events.",
articles=[
dict(id="a1", source="Gulf Energy Wire", published="2026-11-30",
     title="OPEC+ committee leans towards output cut ahead of Riyadh meeting",
     text="""RIYADH - A committee of OPEC+ energy ministers [[e1|met]] by video link on Monday and recommended that the producer group cut crude output from January to stem a slide in prices, three delegates told Gulf Energy Wire.

The Joint Ministerial Monitoring Committee, chaired by Saudi Arabia and including Russia, the United Arab Emirates, Iraq, Kuwait and Algeria, has no power to take decisions, but its [[e1|meeting]] ended with "a clear consensus that the market needs support", one delegate said.

All 22 OPEC+ ministers will [[e2|gather]] in Riyadh on Thursday, the first time a full ministerial meeting of the group has been held in the Saudi capital. Delegates said a reduction of between 500,000 and 1 million barrels a day was on the table.

Brent crude fell below 58 dollars a barrel last week, its lowest level in five years, on signs of slowing demand in China and record output from the United States, Brazil and Guyana.

Iraq and Kazakhstan have repeatedly pumped more than their quotas this year, and other members want them to make up for the extra barrels before any new reduction, the delegates said.

OPEC+ last reduced output in 2023 and has been gradually restoring supply since April 2025."""),
dict(id="a2", source="Riyadh Business Daily", published="2026-12-04",
     title="OPEC+ agrees 800,000 bpd cut in first Riyadh ministerial",
     text="""RIYADH - OPEC+ [[e3|agreed]] on Thursday to lower its combined crude production by 800,000 barrels a day from January 1, its first reduction in more than three years, as prices hover near five-year lows.

The [[e3|deal]], reached after a six-hour [[e2|meeting]] of 22 energy ministers at a Riyadh hotel, will run until the end of June. Saudi Arabia will shoulder the largest share, 300,000 barrels a day, followed by Russia with 200,000 and the United Arab Emirates with 90,000.

The Saudi energy minister told reporters after the [[e2|session]] that the group had acted "early and in unity". Iraq and Kazakhstan must also make extra reductions to compensate for overproduction earlier in the year, according to the final communique.

The [[e3|cut]] is smaller than the figure of about 1 million barrels a day pushed by a ministerial committee at its online [[e1|meeting]] on Monday. Delegates said Russia had resisted a deeper reduction.

Brent rose 2.4 percent to 60.10 dollars a barrel on Thursday evening.

"The market wanted a signal and it got one, but the real question is compliance," said Hala Mansour, an oil analyst at the Dubai-based consultancy Crescent Energy Advisors."""),
dict(id="a3", source="Petroleum Markets Weekly", published="2026-12-08",
     title="Iraq pledges to honour OPEC+ cut as prices climb",
     text="""LONDON - Oil prices have gained about 6 percent since OPEC+ [[e3|decided]] last Thursday to pump 800,000 barrels a day less from January, but traders remain doubtful that all members will stick to their new quotas.

Iraq's oil ministry [[e4|said]] on Friday that Baghdad would honour the [[e3|accord]] and reduce exports from its southern terminals by 150,000 barrels a day in January. The [[e4|announcement]] surprised analysts, because Iraq has exceeded its quota in nine of the past twelve months.

Kazakhstan, the other large over-producer, sent only a junior official to the Riyadh [[e2|meeting]] and has not commented.

Saudi Arabia had wanted a bigger reduction. The monitoring committee of ministers that [[e1|met]] online on November 30 had pushed for a cut of 1 million barrels a day, delegates said, but Moscow argued that the market would tighten on its own in the spring.

Brent crude settled at 61.40 dollars on Monday, up from 57.90 dollars before the committee's [[e1|talks]].

The group's next ministerial meeting is scheduled for June."""),
]),
# ---------------------------------------------------------------------------- p07
dict(story="p07", topic="landslide deaths in a Himalayan village, army rescue deployment, Indian and Chinese relief aid (Myagdi, Nepal)", events=[
    dict(e="e1", type="casualties", date="2026-07-22", participants=[], location="Tallo Bagar"),
    dict(e="e2", type="deployment", date="2026-07-22", participants=["Nepal Army"], location="Tallo Bagar"),
    dict(e="e3", type="support", date="2026-07-24", participants=["India", "Nepal"], location=None),
    dict(e="e4", type="support", date="2026-07-27", participants=["China", "Nepal"], location="Pokhara"),
], tricky=[("e3", "e4", "India's relief package pledged on Friday vs China's delivery of relief supplies at Pokhara on Monday, same disaster, same kind of aid")],
note="The landslide itself is not annotated, only the deaths (casualties). The Nepali government's compensation "
     "for families, the monsoon deaths elsewhere in Nepal, the arrival of the Indian goods and the end of the "
     "search are side / background events.",
articles=[
dict(id="a1", source="Kathmandu Dispatch", published="2026-07-22",
     title="Landslide buries Nepal village, at least 17 dead",
     text="""BENI, Nepal - At least 17 people were [[e1|killed]] and 30 are missing after a landslide buried part of the village of Tallo Bagar in western Nepal's Myagdi district before dawn on Wednesday, police said.

A hillside above the Kali Gandaki river gave way at about 3 a.m. after two days of heavy monsoon rain, burying 23 houses and a primary school, said Deputy Superintendent Hari Thapa of the Myagdi police. Most of the [[e1|victims]] were asleep.

The Nepal Army [[e2|sent]] 150 soldiers and two helicopters to the village later on Wednesday, an army spokesman said. Soldiers and villagers dug with shovels and bare hands because the road from Beni, the district headquarters, was blocked in several places.

"We heard a roar like an aeroplane and then the houses below us were gone," said Bishnu Pun, 45, a farmer whose home was spared.

Nepal's disaster management authority said 112 people had died in floods and landslides across the country since the monsoon began in mid-June.

Meteorologists forecast more heavy rain in Gandaki and Karnali provinces until the weekend and warned people living on steep slopes to move to safer ground."""),
dict(id="a2", source="South Asia Newswire", published="2026-07-25",
     title="India pledges aid as Myagdi landslide toll climbs to 29",
     text="""KATHMANDU - India has [[e3|pledged]] 250 million Nepalese rupees in emergency relief for survivors of the landslide in Nepal's Myagdi district, the Indian embassy said on Friday, as the [[e1|death toll]] rose to 29.

The Indian [[e3|package]] includes tents, water purification units and medicines, to be flown to Pokhara by the Indian Air Force. "Nepal's grief is India's grief," Ambassador Rakesh Venugopal said in Kathmandu. China's embassy said Beijing would [[e4|send]] tents and food by air early next week.

Rescuers recovered 12 more bodies from the mud in Tallo Bagar on Thursday and Friday, and 18 people are still missing. About 600 soldiers, police and volunteers are now searching the site. The army, which [[e2|deployed]] its first troops and two helicopters there on Wednesday, has since brought in sniffer dogs.

Prime Minister Sushila Koirala visited the village on Thursday and announced 200,000 rupees in compensation for each bereaved family.

Survivors sleeping in the school of a neighbouring village complained of a lack of drinking water. "We have rice, but no clean water and no tarpaulins," said Maya Gurung, 33, whose house was destroyed.

Geologists warned that cracks had opened higher up the slope and that the rest of the village might have to be moved."""),
dict(id="a3", source="Mountain Post Weekly", published="2026-07-29",
     title="Chinese relief flight lands in Pokhara for landslide survivors",
     text="""POKHARA, Nepal - China [[e4|delivered]] 60 tonnes of tents, blankets and food to Pokhara on Monday for families displaced by last week's landslide in Myagdi district, where the [[e1|death toll]] has reached 34.

The Chinese [[e4|aid]], flown in on a military cargo plane and handed to Nepal's home minister at Pokhara International Airport, also includes 10 million yuan, about 1.4 million dollars, for rebuilding homes, the Chinese embassy said.

Relief goods from India, [[e3|promised]] last Friday, reached Pokhara a day earlier aboard two Indian Air Force transport aircraft. Diplomats in Kathmandu noted that the two neighbours appeared to be competing to be seen helping.

In Tallo Bagar, the army said on Tuesday that it was ending the search for the last four missing people. Soldiers [[e2|sent]] to the village on the day of the landslide have recovered 30 bodies; four more people [[e1|died]] in hospital.

About 140 families from Tallo Bagar and two neighbouring hamlets are living in tents on a football ground in Beni. District officials said they would be moved to prefabricated shelters before the end of the monsoon."""),
]),
# ---------------------------------------------------------------------------- p08
dict(story="p08", topic="gunmen kill polio vaccinators, Taliban denial, suspension of the vaccination campaign and counter-terrorism arrests (Bajaur, Khyber Pakhtunkhwa, Pakistan)", events=[
    dict(e="e1", type="attack", date="2026-10-19", participants=["polio vaccination team"], location="Khar"),
    dict(e="e2", type="statement", date="2026-10-20", participants=["Tehreek-e-Taliban Pakistan"], location=None),
    dict(e="e3", type="statement", date="2026-10-20", participants=["Khyber Pakhtunkhwa health department"],
         location="Peshawar"),
    dict(e="e4", type="arrest", date="2026-10-24", participants=["Counter Terrorism Department", "attack suspects"],
         location="Bajaur"),
], tricky=[("e2", "e3", "the Pakistani Taliban's denial of involvement vs the provincial health department's suspension of the campaign, both statements on Tuesday about the same shooting")],
note="The health department's suspension of the campaign is typed statement. Earlier attacks on polio teams, the "
     "planned resumption of vaccination under army protection and the nationwide campaign are background / side "
     "events.",
articles=[
dict(id="a1", source="Frontier Press Agency", published="2026-10-19",
     title="Gunmen kill two polio workers and police guard in Bajaur",
     text="""KHAR, Pakistan - Gunmen on a motorcycle [[e1|killed]] two polio vaccinators and the policeman guarding them in Pakistan's northwestern Bajaur district on Monday, police said, on the first day of a nationwide immunisation drive.

The team was going from door to door in a village near Khar, the district's main town, when two men [[e1|opened fire]] at about 10 a.m., district police officer Imran Khattak said. The gunmen escaped toward the Afghan border. A third member of the team, a woman, was wounded in the arm.

"They came to protect children from a crippling disease and this is how they are thanked," Khattak said.

No group immediately claimed the [[e1|shooting]]. Militants have targeted polio teams many times in Khyber Pakhtunkhwa province, accusing them of spying or of taking part in a Western plot against Muslims.

The week-long campaign aims to vaccinate 45 million children under five across Pakistan. Pakistan and Afghanistan are the last two countries where wild poliovirus still circulates; Pakistan has recorded 31 cases this year, most of them in Khyber Pakhtunkhwa.

The World Health Organization condemned the [[e1|killings]] and said health workers "must never be a target"."""),
dict(id="a2", source="Indus Daily Report", published="2026-10-21",
     title="Polio drive halted in Bajaur; Taliban deny shooting",
     text="""PESHAWAR - Health authorities in Khyber Pakhtunkhwa have [[e3|suspended]] the polio vaccination campaign in Bajaur district after Monday's [[e1|murder]] of two vaccinators and a police officer, while the Pakistani Taliban have [[e2|denied]] any role.

The provincial health department [[e3|said]] on Tuesday that door-to-door visits in Bajaur would stop until police could guarantee the safety of the teams. The [[e3|decision]] affects about 380,000 children. The campaign continues in the rest of the province, where 9,000 extra police have been assigned to protect vaccinators.

A spokesman for the Tehreek-e-Taliban Pakistan (TTP) [[e2|told]] journalists in a WhatsApp message on Tuesday that the group "does not target health workers" and blamed "enemy agencies". Security officials dismissed the [[e2|denial]], saying TTP fighters were active in the area.

Vaccinators' union leader Shazia Afridi said her members would not go back to work in Bajaur until the gunmen were caught. "Our colleagues were [[e1|shot]] for a few drops of vaccine," she said.

Khyber Pakhtunkhwa has lost more than 100 vaccinators and police escorts in attacks since 2012, according to provincial officials."""),
dict(id="a3", source="Peshawar Chronicle", published="2026-10-26",
     title="Two held over killing of Bajaur polio team",
     text="""PESHAWAR - Counter-terrorism police [[e4|arrested]] two men on Saturday suspected of [[e1|gunning down]] two polio workers and their police escort in Bajaur district a week ago, officials said on Sunday.

The suspects, aged 22 and 30, were [[e4|caught]] in a pre-dawn raid on a house in Mamund tehsil, close to the Afghan border, where officers also found two pistols and a motorcycle matching witness descriptions, the Counter Terrorism Department said.

Police said the men belonged to a local faction that broke away from the TTP, which [[e2|rejected]] responsibility for the [[e1|shooting]] last Tuesday.

Vaccination in Bajaur, [[e3|halted]] by the provincial health department after the [[e1|attack]], is due to resume on Tuesday under army protection. Officials said about 40 soldiers would accompany the teams in the villages of Mamund and Salarzai.

The families of the two vaccinators, both women from Khar, welcomed the [[e4|arrests]]. "We want them tried in public, so that nobody does this again," said Gul Zareen, the sister of one of the victims.

Pakistan has reported 33 polio cases so far this year, up from 31 a week ago."""),
]),
# ---------------------------------------------------------------------------- p09
dict(story="p09", topic="federal operation against illegal gold miners, ambush on environmental agents and miners' raid on an Indigenous village (Yanomami territory, Roraima, Brazil)", events=[
    dict(e="e1", type="deployment", date="2026-04-06", participants=["Federal Police of Brazil", "IBAMA"],
         location="Yanomami Indigenous Territory"),
    dict(e="e2", type="attack", date="2026-04-09", participants=["illegal gold miners", "IBAMA"], location="Uraricoera River"),
    dict(e="e3", type="attack", date="2026-04-11", participants=["illegal gold miners", "Yanomami"], location="Hakoma"),
    dict(e="e4", type="statement", date="2026-04-12", participants=["Ana Carolina Baré"], location="Brasília"),
], tricky=[("e2", "e3", "gunmen firing on an IBAMA boat on the Uraricoera on Thursday vs armed miners raiding the village of Hakoma on Saturday, same territory, same attackers, same week")],
note="The deaths in the village raid are part of the attack (casualties not annotated separately). The 2023 "
     "crackdown, the destruction of mining rafts and aircraft and the extension of the operation are background / "
     "side events.",
articles=[
dict(id="a1", source="Amazonia Press Service", published="2026-04-07",
     title="Brazil sends hundreds of agents to expel miners from Yanomami land",
     text="""BOA VISTA, Brazil - Brazil [[e1|sent]] about 400 federal police officers, environmental agents and soldiers into the Yanomami Indigenous Territory on Monday to expel thousands of illegal gold miners who have returned to the reserve on the Venezuelan border, the Justice Ministry said.

The [[e1|operation]], codenamed Curupira, will target mining camps and clandestine airstrips along the Uraricoera and Mucajaí rivers, where satellite images show that forest loss from mining has doubled since last year, said Federal Police superintendent Renata Lobo. Agents from the environmental agency IBAMA and the National Public Security Force are taking part.

Officials estimate that 7,000 miners, known as garimpeiros, are working in the territory, home to about 30,000 Yanomami. A similar crackdown in 2023 drove most of them out, but many have since returned, bringing malaria, mercury pollution and violence.

"The garimpeiros have been warned. Those who leave now will not be prosecuted. Those who stay will be," Lobo said.

The Hutukara Yanomami Association welcomed the [[e1|deployment]] but said the state had to stay "for good this time". Its leaders said miners had threatened several villages near the Uraricoera in recent weeks."""),
dict(id="a2", source="Brasilia Wire", published="2026-04-10",
     title="Gunmen ambush environmental agents in Yanomami territory",
     text="""BOA VISTA - Gunmen [[e2|opened fire]] on a boat carrying environmental agents on the Uraricoera River in Brazil's Yanomami territory on Thursday, wounding one agent, the environmental agency IBAMA said, four days into a federal [[e1|crackdown]] on illegal gold mining.

The agents returned fire and the attackers fled into the forest, IBAMA said. The [[e2|ambush]] happened near a mining camp that agents had dismantled on Wednesday. The agent, wounded in the shoulder, was flown by helicopter to Boa Vista and is in stable condition.

"This is what happens when you touch the interests of organised crime," IBAMA president Mauro Sardinha said, adding that some of the mining camps were financed by a São Paulo criminal faction.

Since the [[e1|operation]] began on Monday, agents have destroyed 48 mining rafts, 11 aircraft and 9,000 litres of fuel, and several hundred miners have left the reserve on foot or by boat, officials said.

Yanomami leaders said the [[e2|shooting]] confirmed their fears. "If they shoot at federal agents, imagine what they do to us," said Dário Xirixana of the Hutukara association."""),
dict(id="a3", source="South Atlantic Herald", published="2026-04-13",
     title="Two Yanomami killed as miners raid village",
     text="""BRASÍLIA - Armed miners [[e3|attacked]] the Yanomami village of Hakoma in northern Brazil on Saturday, killing two men and wounding a child, the Indigenous Peoples Ministry said.

About a dozen gunmen arrived by boat at dawn and [[e3|fired]] at the village's communal house, survivors told officials. The [[e3|raid]] came two days after gunmen [[e2|shot at]] a boat carrying IBAMA agents on the Uraricoera River, about 40 kilometres away.

Indigenous Peoples Minister Ana Carolina Baré [[e4|said]] on Sunday that the government would not "abandon the Yanomami a second time" and that the federal operation in the territory would be extended until at least the end of the year. In her [[e4|remarks]], made in Brasília, she also announced a permanent police base near Hakoma.

Police said Saturday's [[e3|assault]] appeared to be revenge for the destruction of mining equipment by the agents [[e1|deployed]] in the territory since April 6.

The Hutukara Yanomami Association said it had warned the authorities weeks ago that miners were threatening Hakoma. "They knew. Everybody knew," said association vice-president Júnior Hekurari.

The ministry said that a medical team had been flown to the village and that the wounded child, aged eight, was out of danger."""),
]),
# ---------------------------------------------------------------------------- p10
dict(story="p10", topic="truck drivers' highway blockades over cargo hijackings, Interior Ministry talks, security deal and a splinter blockade (Mexico City and Veracruz, Mexico)", events=[
    dict(e="e1", type="protest", date="2027-02-08", participants=["National Alliance of Transport Operators"], location="Mexico City"),
    dict(e="e2", type="meeting", date="2027-02-10", participants=["Mexican Interior Ministry", "National Alliance of Transport Operators"],
         location="Mexico City"),
    dict(e="e3", type="agreement", date="2027-02-11", participants=["Mexico", "National Alliance of Transport Operators"],
         location="Mexico City"),
    dict(e="e4", type="protest", date="2027-02-15", participants=["Veracruz Freight Union"], location="Córdoba"),
], tricky=[("e1", "e4", "the national truckers' alliance blocking nine highways into Mexico City on Monday vs a regional union blocking the Mexico-Veracruz highway near Córdoba the next Monday, same grievance")],
note="The talks lasted two days and are dated to their first day. The National Guard patrols promised in the deal, "
     "threats of new blockades and cargo thefts are side events.",
articles=[
dict(id="a1", source="Mesoamerican Wire", published="2027-02-09",
     title="Truckers choke Mexico City highways over hijackings",
     text="""MEXICO CITY - Thousands of truck drivers [[e1|blocked]] at least nine highways leading into Mexico City on Monday to demand protection from armed gangs who hijack lorries and kill drivers, causing tailbacks of up to 30 kilometres.

The [[e1|blockades]], organised by the National Alliance of Transport Operators (ANTAC), began at 7 a.m. on the Mexico-Puebla, Mexico-Querétaro and Mexico-Pachuca highways, among others. Drivers parked their rigs across all lanes and let only ambulances through.

"Every week another colleague is killed for a load of beer or tyres," said ANTAC president Rogelio Cárdenas. According to the alliance, cargo theft on Mexican highways rose 14 percent last year, and 61 drivers were murdered.

In the afternoon Interior Undersecretary Mariana Ledesma invited the transporters to [[e2|talks]] on Wednesday at the Interior Ministry, and the alliance lifted the [[e1|protest]] shortly after 6 p.m.

Drivers warned that they would be back on the roads if the government did not deliver.

Motorists were stuck for hours, and several thousand air travellers missed flights at Mexico City's airport, whose access roads were jammed. Business groups said the [[e1|stoppage]] cost the capital's economy about 1.5 billion pesos."""),
dict(id="a2", source="Mexico City Ledger", published="2027-02-12",
     title="Government, truckers sign highway security pact",
     text="""MEXICO CITY - Mexico's government and the country's largest truckers' alliance [[e3|signed]] an agreement on Thursday night to put National Guard patrols on 12 highway corridors where cargo hijackings are most common, three days after drivers [[e1|paralysed]] the capital's entry roads.

The [[e3|deal]] came at the end of two days of [[e2|negotiations]] at the Interior Ministry between Undersecretary Mariana Ledesma, officials of the security ministry and leaders of the National Alliance of Transport Operators (ANTAC).

Under the [[e3|accord]], the federal government will also create a special prosecutor's unit for cargo theft and open 40 guarded rest areas along the routes before the end of the year. Insurers will be invited to discuss lower premiums for lorries travelling in escorted convoys.

"We [[e1|blocked]] the roads on Monday because nobody listened. This time they listened," ANTAC president Rogelio Cárdenas said after the [[e3|signing]].

Ledesma said the [[e2|talks]] had been "tough but honest". She said the government would publish a monthly report on highway robberies.

Some regional truckers' groups, which were not invited to the ministry, criticised the [[e3|pact]] as a deal for the big hauliers of central Mexico."""),
dict(id="a3", source="Bajio Business Journal", published="2027-02-16",
     title="Veracruz truckers block highway, reject national deal",
     text="""CÓRDOBA, Mexico - Several hundred truck drivers [[e4|blocked]] the Mexico-Veracruz highway near Córdoba for 11 hours on Monday, saying last week's [[e3|agreement]] between the federal government and a national truckers' alliance did nothing for drivers in the state of Veracruz.

The [[e4|blockade]], organised by a regional group, the Veracruz Freight Union, stranded thousands of vehicles between Puebla and the port of Veracruz, Mexico's busiest, the federal highway authority said.

Unlike the [[e1|protest]] that paralysed the entry roads into Mexico City a week earlier, Monday's [[e4|action]] was not backed by the National Alliance of Transport Operators (ANTAC), whose leaders negotiated the national [[e3|deal]] during two days of [[e2|talks]] at the Interior Ministry.

"The National Guard will patrol the roads near Mexico City. And here? Here they kill us," said union leader Efraín Hoyos, whose brother, a driver, was shot dead in a hijacking near Orizaba in December.

The union ended the [[e4|roadblock]] at 6 p.m. after the Veracruz state government promised a meeting with federal officials this week. Port operators said about 2,000 containers had been delayed.

The Interior Ministry said the national [[e3|pact]] covered all of Mexico and that more corridors could be added."""),
]),
]
