"""Nouns and verbs whose senses are mostly happenings, from WordNet 3.0: "accident", "arrest".

Written by benchmarks/build_happening_words.py from WordNet's sense index: do not edit, re-run
it. :data:`HAPPENING_NOUNS` (1021 nouns): a noun's senses of events and phenomena hold at
least 60% of its uses tagged in SemCor, or its first sense is one. :data:`ACT_NOUNS`
(4831 nouns): the same, its senses of acts counted with them ("murder", "election").
:data:`HAPPENING_VERBS` (5785 verbs): a verb's senses of doing and undergoing (the body,
change, competition, consumption, contact, creation, motion, possession, social life, weather)
hold 60% of its uses ("arrest", "flee"; not "know", "say", "seem").

WordNet's licence, whose notice goes with every copy:

WordNet Release 3.0

This software and database is being provided to you, the LICENSEE, by
Princeton University under the following license.  By obtaining, using
and/or copying this software and database, you agree that you have
read, understood, and will comply with these terms and conditions.:

Permission to use, copy, modify and distribute this software and
database and its documentation for any purpose and without fee or
royalty is hereby granted, provided that you agree to comply with
the following copyright notice and statements, including the disclaimer,
and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal
use or for distribution.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.

THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
OTHER RIGHTS.

The name of Princeton University or Princeton may not be used in
advertising or publicity pertaining to distribution of the software
and/or database.  Title to copyright in this software, database and
any associated documentation shall at all times remain with
Princeton University and LICENSEE agrees to preserve same.
"""

__all__ = ["ACT_NOUNS", "HAPPENING_NOUNS", "HAPPENING_VERBS"]

# In alphabetical order, a space or a line break apart.
_HAPPENINGS = """
abatement abiogenesis abiotrophy accident accommodation adrenarche advance aegir aerobiosis aerosol
aetiology affinity aftereffect afterglow aftermath aftershock airburst airflow airstream allogamy
allomerism allotropism allotropy alluviation alteration amperage amplitude angelus anticlimax
antiferromagnetism antitrade antitrades apocalypse apoptosis appalling approaching arc atavism
atmospherics attenuation augmentation augury aureole auspice autofluorescence autogamy autogenesis
autogeny avalanche avulsion baa backblast backfire backflow backflowing backlash backspin backwash
balefire ballistics bang bash beep bending betterment billow bioelectricity bioluminescence
birefringence bise bize blare blaring bleat bleep blend blip blizzard blowback blowout blowup bolide
bombilation bombination bonfire bong boom boreas bother bouncing brainwave brawl bray break breakers
breeze brisance brouhaha buffeting bunce bunfight burial burnup bust byproduct cackle cacophony
calamity campfire candlelight capacitance capillarity capsizing carom cataclysm cataplasia
catastrophe caterwaul caw cbr ceilidh celebration ceremonial ceremony cessation changeover charybdis
chattering checkmate cheep chemiluminescence chinook chirp chirrup chop chorus christianisation
christianization chug clack clamor clang clangor clangoring clangour clank clap clash clatter
cleistogamy click cliffhanger climbing clink clop clopping cloudburst cluck clucking clumping clunk
clunking cmb cmbr coarctation cockfight coincidence collision combining comeupance comeuppance
commemoration compaction compression concomitant concussion conductance conduction conductivity
conflagration conjuncture consequence conservation contest contingence contingency convergence
conversion coo corollary corona coronation corposant coruscation cotilion cotillion countercurrent
counterglow crackle crash creak creaking crepitation crosscurrent crosstalk crosswind crunch
crystallisation crystallization crystallizing current cyclosis damage death debacle debilitation
decalescence decathlon decease decrease decrepitation defeat defervescence deflexion deformation
dehiscence deliquium demolition denouement densification dent depolarisation depolarization
derailment deserts desquamation destabilization destiny detonation detriment deviation
dextrorotation diamagnetism diapedesis diastole dichroism diffraction digenesis dimorphism ding
discharge discus disembarrassment dismemberment dispersion dissilience dissipation distortion diving
do dogfight doom downdraft downfall downpour drag dribble drift driftage drip drippage dripping
drizzle drubbing drumbeat duster dwindling eager eagre earthquake easing easterly ebbtide eclipse
effect egress elastance electricity electromagnetism elements elves emergence emergency emersion emf
encroachment endgame endogeny energy enfeeblement entering enthronement enthronisation
enthronization entombment epidemic epiphany epiphenomenon eradication eruption etiology evanescence
eventuality exfoliation explosion extermination extrasystole factor facula fadeout fading faint
fatality fate fecundation ferrimagnetism ferromagnetism fertilisation fertilization fete fiasco
fiesta final fireball firelight firestorm fitting fizzle flake flapping flashflood flashing
flashover flick flicker floatation floodhead flotation flowing fluctuation fluke fluorescence
fluttering fluxion foehn fog fogbank fohn footfall footrace foreshock foretoken formal formalities
formality fortuity fortune foundering freestyle freshet fume fundamental funeral funrun fusion gale
galvanism gaslight gegenschein genesis glimmer glint glowing gobble godsend godspeed grassfire
gravitation gravity greening growl grumble grunt gurgle gush gust gymkhana gyration hail hailstorm
hap happening happenstance harmattan hassle haze headwind heartbeat heave heaving heterogenesis
hiatus highwater hiss hissing histocompatibility homestretch honk hubbub hurdles hurdling hurricane
hushing hydroelectricity hymeneals hysteresis iditarod idyll immersion impact impairment impedance
impetus impinging implosion impulsion incandescence inception incident inductance induction
inevitable ingress inhumation initiation instance instroke interlocking interment interreflection
interrupt intrusion inundation inversion investiture iop isomerisation isomerization jangle javelin
jingle jitter jolly jounce joust jump juncture karma khamsin kismat kismet knell knock knocking
kuroshio lahar lamplight landslide landslip leakage lessening levanter leverage levitation
levorotation licking liftoff lightening lightning lode loosening lottery luau luminescence luxation
macula maelstrom magnetism magnetosphere malfunction manifestation martyrdom marvel maundy meet
megadeath memorialisation memorialization menarche meow meshing metagenesis metempsychosis mew miaou
miaow miaul microseism microwave miracle mirage misadventure miscarriage mischance miscreation
misfire mishap mist mistral mizzle moksa monsoon moo moonbeam moonlight moonshine mounting mudslide
murmur murmuration murmuring mussitation mutagenesis mutilation mutter muttering myonecrosis
nascence nascency nativity neap necrobiosis necrosis neigh nicker nmr noise nonevent noreaster
northeaster norther northerly northwester nuptials occasion occultation occurrence occurrent
offshoot ohmage oink olympics omega omen oncoming onset oozing opacity opener ordeal origination
outbreak outcome outflow outgrowth outstroke overpressure overstrain pageantry pandemic pant
paradiddle parallax paramagnetism parhelion parousia pat peal pealing pedesis peeling peep pelter
pentathlon peripeteia peripetia peripety permutation phosphorescence photoconduction
photoconductivity photoelectricity photoemission piezoelectricity pileup plash playoff pleochroism
pleomorphism plop plump plunk pogonip polarization pollenation pollination polymorphism popping
portent potlatch poudrin pounding prang preakness predestination preindication prelim preliminary
prelude pressure prizefight procession prognostic prognostication prom promenade propulsion puff
pulsation pulse pulsing punctuation puncture purr pyroelectricity pyrolysis quake quarterfinal
quaver race racket radiance radiation radiopacity rain raindrop rainfall rainstorm raising rale
rarefaction rataplan rattle rattling ravage rave ray razing reactance reappearance rebirth rebound
receding recoil recombination recrudescence recurrence rededication redshift reflexion refraction
regatta regurgitation rejuvenation reluctance rematch remission repeat repechage repercussion replay
repulsion resiliency resistivity resonance result resurrection retrogression rhonchus ricochet
riffle ripple rippling riptide rise rising roar roaring rockslide rolling romp rubbing rumble
rumbling runaway runoff runup rustle samiel samsara sandblast sandstorm scintillation scorcher
scrape scratching screeching scrunch seaquake sedimentation seek seepage seiche seism semi semifinal
sepulture sequel sequella serendipity setback settling severance shakedown shear shimmer shimmy
shrilling shrinkage shrinking shutout sibilation sideshow sideswipe simoom simoon sinking sirocco
sizzle skirl slackening slalom slam slap sleepover sleet slipstream smack smash smoke smolder
smoulder smudge snore snowfall snowflake snowstorm snp soaker soliton southeaster souther southerly
southwester spark sparkling spattering spectrum spelldown spike spillover spin spirt splash splat
splatter splattering splutter spreading springtide sprinkle sprites spritz spurt sputter sputtering
squall squawk squeak squeal squish standoff starlight static steeplechase storm streamer streaming
strengthening stridulation striking strum sublimation subluxation submergence submerging submersion
subsequence subsidence subsiding substitution suction sultriness sunbeam sunburst sundog sunlight
sunray sunshine sunspot superconductivity superfecundation superfetation supertwister supervention
surcease surf surge susurration susurrus swash swish swoon swoosh syncope systole syzygy tailwind
takedown tap tapping temblor temperateness thelarche theophany thermal thermoelectricity thrashing
throbbing thrum thud thump thumping thunder thunderbolt thunderclap thundershower thunderstorm thunk
tick ticking ticktock tictac tide tilt ting tinkle tintinnabulation tocktact toot tootle topspin
torchlight tornado torque torrent tossup touching tournament tourney traction tragedy trajectory
tramontana tramontane trample trampling transformation transmigration transparence transparency
tribulation trichroism trickle trouncing tsunami turbulence turbulency twang tweet twinkle twister
twitter typhoon ultrasound ultraviolet undertide unification updraft uplift uplifting upshot upsurge
upthrow upthrust uv vagary valency vanishing variance variant variation vibrato vicissitude victory
virga visitation volcanism voltage volution vroom wages wake walkaway wallop walloping waltz waning
warping watergate waterpower waterspout wattage wave waveform wavelet weakening weather wedding
wester westerly whack whammy whicker whiff whinny whir whirl whirlpool whirlwind whirr whirring
whispering whistle whitecap whiteout whitewash whoosh wildfire win wind windage windstorm wipeout
withering wobble worst wrecking wring xenogenesis xt yaw yelp yelping yip z zap zephyr zing zizz
zoom
"""

_ACTS = """
abandonment abatement abdominocentesis abdominoplasty abduction abidance abiogenesis abiotrophy
ablation ableism ablism ablution abolishment abolition abort abortion abreaction abrogation
abruption abscondment abseil absenteeism abuse academicianship accenting accident accommodation
accomplishment accountancy accountantship accreditation accrual accruement acculturation acedia
achievement acidimetry acquiring acquisition acquittal acrobatics acting actinometry actinotherapy
action activating actualisation actualization actuation acupressure acupuncture adduction
adenoidectomy adherence adjournment adjudication adjunction adjustment administration administrivia
admission ado adoption adoxography adrenalectomy adrenarche adultery advance advent adventure
advocacy aegir aegis aerial aerobatics aerobics aerobiosis aerophagia aerophilately aerosol
aetiology affectation affinity afforestation affront affusion aftercare aftereffect afterglow
aftermath aftershock ageism aggrandisement aggrandizement aggro agincourt agism agon agribusiness
agriculture agrypnia aikido airburst airdrop airflow airlift airstream alamo algometry alkalimetry
allegiance allogamy allomerism allopathy allotropism allotropy alluviation alms almsgiving
alphabetisation alphabetization alpinism alteration altering alternation amalgamation ambages
ambassadorship amble ambulation ambuscade ambush amelioration amendment amnio amniocentesis
amortisation amortization amperage amplification amplitude amygdalotomy anagrams analysis anaplasty
anastylosis anathematisation anathematization anemography anemometry angelus angiography angioplasty
angling angulation animalisation annealing annexation annihilation annotating annoying anointing
anointment anthropolatry anthropometry anthropophagy antic anticlimax anticoagulation antifeminism
antiferromagnetism antipyresis antitrade antitrades apery apiculture apocalypse apoptosis
apostleship appalling appearing appeasement appendectomy appendicectomy application appointment
apportioning apportionment apprenticeship approach approaching approval approving aquaculture
aquatics aquiculture arbitrage arbitrament arbitrement arboriculture arborolatry arc archery argonne
arming aromatherapy arousal arranging arrest arrival arrogation arson arteriography arthrocentesis
arthrodesis arthrography arthroplasty arthroscopy artifice ascending ascesis assault assembling
assignation assigning assignment assist assistance associateship astrolatry astronavigation atavism
athletics atmospherics atomisation atomization attack attainder attainment attempt attendance
attenuation attorneyship auction audible augmentation augury aureole auscultation auspice auspices
authorship autoeroticism autoerotism autofluorescence autogamy autogenesis autogenics autogeny
autolatry automation automatism autopsy autosexing autosuggestion autotomy avalanche avarice
avaritia avenue averting avocation avoidance avulsion awakening award awarding baa babbitting
babinski babysitting baccarat bacchanalia backbend backblast backfire backflow backflowing
backgammon backhand backhander backing backlash backpacking backsliding backspin backstroke backwash
badgering badminton bailiffship bailment baiting baking balancing balefire ballet ballistics
ballooning balloting ballottement ballup bandaging banditry bang banging banking bannockburn
banqueting baptism barbarisation barbarism barbarization barbecuing bardolatry bareboating baring
barracking barratry barring barter baseball bash basketball basketry bastardisation bataan bathe
bathing bathymetry battering batting battle battue bawling beagling beanball beaner beano beating
beautification bedevilment bedrest beekeeping beep behalf behavior beheading belch belching
beleaguering bending benediction berit berith berth besieging best bestowal betise betrayal
betterment bezique bhakti bibliolatry bicycling biff billiards billow binge bingle bingo bioattack
biodefence biodefense bioelectricity biogeny biologism bioluminescence biopiracy bioterrorism
birdnesting birefringence birling bise bisection bishopry bitchery bivouacking biz bize blackball
blackening blackmail blare blaring blast blastoff blaxploitation bleat bleep blend blending blenheim
blessing blink blinking blip blitz blitzkrieg blizzard blockade blocking bloodbath bloodletting
bloodshed blooper blow blowback blowjob blowout blowup blunder boarding boating bobble bobsledding
bocce bocci boccie bodybuilding bohemianism bolide bolt bombilation bombination bombing boner
bonfire bong bookbinding booking bookkeeping boom boondoggle boost bootlegging boozing bopeep boreas
boring borodino borrowing bosie bossism botch bother bouncing bouvines bowdlerisation bowdlerism
bowdlerization bowling bowls boxing boycott boyne brachiation brainstorming brainwashing brainwave
braising branching branding brawl bray breach break breakaway breakdown breakers breaking breakout
breakup breaststroke breathing breeze brewing bribery bricklaying bridal bringing bris brisance
briss brith broadening broil broiling bronchospasm brouhaha brunanburh brushing brushup bruxism
buccaneering buffeting buffoonery buggery buildup bullfighting bullying bunce bunco bunfight bungle
bunko bunt burglary burial burning burnup burp burping burst burying buss bust bustle busywork
butchering buyback buying buyout buzz bw byplay byproduct cabg cabinetmaking cabinetry cackle
cacophony cadetship caesarean caesarian cakewalk calamity calculation calibration calisthenics
calling callisthenics callosectomy callosotomy calming calorimetry campaign campaigning campfire
camping canalisation canalization canasta cancan cancellation candidacy candidature candlelight
candlepins canfield cannae cannibalism cannonade cannulation cannulisation cannulization
canonisation canonization canter cantillation canulation canulisation canulization capacitance
capillarity caporetto capriole capsizing captaincy captainship capture caravanning cardinalship
cardiography cardiospasm cards care careen career careerism caress caressing carjacking carnage
carnival caroling carom carousal carouse carpentry carry cartage carting cartography casework
cassino castling castration cataclysm cataplasia catastrophe catching catechesis catering caterwaul
catharsis catheterisation catheterization catnap causa causation cause causing cauterisation
cauterization caw cbc cbr ceding ceilidh celebration celiocentesis celioscopy censoring censorship
census centesis centralisation centralization cephalometry ceramics ceremonial ceremony
certification cesarean cesarian cessation cession chaeronea chairmanship chalons champerty
chancellorship chandelle change changeover channelisation channelization chanoyu chanting chaplaincy
chaplainship chapultepec charades charlatanism charybdis chase chasse chastisement chastity
chattering cheating checkers checkmate checkout checkup cheep chemiluminescence chemosurgery
chemotaxis chemotherapy chewing chicanery chickamauga chieftaincy chieftainship childcare chiller
chinook chipping chiropractic chirp chirrup cholangiography cholecystectomy cholelithotomy chomp
chomping chop chopper chore choreography chorus christening christianisation christianization
chrysotherapy chug cinch cinematography circularisation circularization circumduction
circumnavigation circumscription circumvention circumvolution circus clack clamber clamor clampdown
clang clanger clangor clangoring clangour clank clap clash classwork clatter clawback clean cleaning
cleansing cleistogamy clerking clerkship click cliffhanger climax climbing clinch clink
clitoridectomy cloning clop clopping closedown closeout closing closure cloudburst clowning cluck
clucking clumping clunk clunking clutch clutches clyster cmb cmbr coaching coaction coalescence
coalescency coarctation cobbling cockfight cockfighting cockup cocooning codification coding
coeducation coercion cohabitation coincidence coition coitus collaboration collaborationism
collecting collectivisation collectivization collimation collision colonialism colonic colonisation
colonization colonoscopy colorimetry colostomy combat combing combining comedown comeupance
comeuppance coming comint commandership commandery commemoration commerce commercialisation
commercialism commercialization commissioning commitment committal commixture communalism
communisation communization commutation commute commuting compaction comparing comparison compiling
completion compliance complication compounding compressing compression compromise comptrollership
computation computerization comstockery concealing conceptualization conchology concomitant
concubinage concussion condensing conditioner condonation conduct conductance conducting conduction
conductivity conferment conferral confiscation conflagration conflux congregating conjuncture
conquering conquest conscription consecration consequence conservation consolidation constitutional
construction consuetude consulship consultancy consummation consumption contact contemplation
contest contingence contingency continuance continuation contortion contraception contracting
contraction contracture contradance contravention contredanse contretemps contribution
controllership contumacy convening conventionalisation conventionalization convergence converging
conversion conveyancing conveying coo cookery cooking cooperation cooperative copout coprophagia
coprophagy copulation copying coquetry corollary corona coronation corposant corregidor coruscation
corvee cosmetology cosmolatry costing cotilion cotillion councillorship councilorship counsellorship
counselorship countdown counteraction counterattack counterblow counterbombardment counterclaim
countercoup countercurrent counterdemonstration counterespionage counterfire counterglow
counterinsurgency counterintelligence countermarch countermeasure countermine countermove
counteroffensive counterplay counterpunch counterrevolution countershot countersubversion
countersuit counting coup courante course coursework coursing courtesy couture couvade cowpens
cozenage cpr crackdown cracking crackle craft craniotomy crapette crapshoot crapulence crash crawl
crawling creak creaking creation crecy creeping cremation crepitation cribbage crime criminalisation
criminalization cronyism crooning croquet crossbreeding crosscurrent crossing crosstalk crosswind
crouch crucifixion cruelty cruise crunch crusade crushing crying cryosurgery crystallisation
crystallization crystallizing cuckoldry cuddle cuddling culdoscopy cultism cultivation cunaxa
cunctation cunnilinctus cunnilingus cupping curacy curatorship curettage curettement curietherapy
curling current curvet custodianship cutback cutting cybercrime cybernation cyberwar cycling
cyclosis cytophotometry dab dacoity dairying dakoity dalliance damage dampening dancing dangling
darkening darning darts dating daubing dawah dawdling daycare deactivation deadening deal dealing
dealings deanship death deathblow debacle debarkation debauch debauchery debilitation debridement
debunking debut decalescence decampment decantation decapitation decathlon decease decentralisation
decimalisation decimalization decimation decipherment decision declassification decoding
decolonisation decolonization decompressing decompression decontamination decortication decrease
decrepitation decriminalisation decriminalization decryption deeds deerstalking defacement default
defeat defection defenestration defense deference deferment defervescence defibrillation deflexion
defloration deformation defrayal defrayment defusing deglutition degradation degustation dehiscence
dehumanisation dehumanization dekko delegating deliquium deliverance delivery demarche
demobilisation demobilization democratisation democratization demolishing demolition demonetisation
demonetization demonolatry demonstration demoralization demotion denationalisation denationalization
denouement densification densitometry dent denudation departure depletion deployment depolarisation
depolarization deportation depreciation depredation deracination derailment deregulating
deregulation dermabrasion descent desecration desegregation desertion deserts designing despoilation
despoilment despoliation desquamation destabilisation destabilization destiny destruction detecting
detente determination dethronement detonation detoxification detribalisation detribalization
detriment devaluation deviation deviationism devilment devilry deviltry devisal devising
devitalisation devitalization devoir devolvement devotional dextrorotation diabolatry diagnosing
diagnosis diagramming dialysis diamagnetism diapedesis diastole diathermy dichotomisation
dichotomization dichroism didactics dieting diffraction digenesis digging digitalisation
digitalization dimorphism din ding dining dint dionysia directorship dirtying disappearance
disappearing disarmament disarming disassembly disbandment disbarment discharge discipleship
discontinuance discontinuation discount discus disembarkation disembarkment disembarrassment
disembowelment disenfranchisement disengagement disentanglement disestablishment disforestation
disfranchisement disgorgement dishwashing disinfection disinfestation disinheritance disinterment
disinvestment dislocation dislodgement dislodgment dismantlement dismantling dismemberment dismissal
dismount disobedience dispensation dispersal dispersion displacement dispossession dispraise
disruption dissection disservice dissilience dissimulation dissipation dissociation distension
distortion distraint disturbance disunion divarication divergence diversification diversion diving
divorce divorcement do docking doddle dodging dogfight dogtrot doings domination dominoes dominos
donkeywork doom dorsiflexion dosimetry double doubleheader doubles dousing doweling downdraft
downfall downpour downshift downsizing downspin downswing downtick downturn doze drafting
draftsmanship drag drain drainage dramatics dramatisation dramatization draughts drenching dressage
dressmaking dribble dribbling drift driftage drifting drilling drinking drip drippage dripping
driving drizzle drogheda dropkick drowse drubbing drudgery drugging drumbeat drumfire drumming
ducking duckpins duel dumping dunk dupery duster duty dwindling dyeing eager eagre earthing
earthquake easing easterly eating ebbtide ecarte ecclesiasticism eccm echocardiography
echoencephalography echography echolocation eclipse ecm ecoterrorism ecotourism ect editorship
education edutainment effect effectuation effleurage effort egress egression eisteddfod ejection
elaboration elastance elbowing eldership election elective electricity electrification
electrocardiography electrocautery electrocution electromagnetism electromyography electroshock
electrosurgery electrotherapy elements elimination elint elisa elopement eluding elusion elves
emancipation embalmment embarkation embarkment embezzlement embolectomy embrace embracement
embracing emda emendation emergence emergency emersion emesis emf emigration emission emphasizing
employment empowerment emptying enactment encasement encephalography encirclement enclosing encoding
encore encounter encroachment encryption enculturation endarterectomy endearment endeavor endeavour
endgame endogeny endoscopy enema energizing energy enfeeblement enfilade enfolding enforcement
engagement engineering enhancement enlargement enlisting enrichment enrollment enrolment entering
enterostomy enterotomy enterprise entertainment enthronement enthronisation enthronization
entombment entrapment enucleation envelopment epidemic epikeratophakia epiphany epiphenomenon
episiotomy equalisation equalization equating equilibration equipping equitation eradication
erecting ergotropism erotica errand error eruption escalade escalation escapade escape escapism esm
espial espionage espousal etiology eucharist euchre eupnea eupnoea eurhythmics eurhythmy eurythmics
eurythmy euthanasia evacuation evaluation evanescence eventuality everting eviction evildoing
evisceration ew exacerbation exacta exaction examination excavation exchange excursion executing
execution exenteration exercise exercising exertion exfoliation exhibition exhumation exodus
expansion expatriation expedient expedition expending experiment exploit exploitation exploration
explosion exponentiation exporting expressage expropriation expulsion expunction expunging
expurgation extemporisation extemporization exteriorisation exteriorization extermination
extinguishing extirpation extradition extrasystole extravaganza extrication facelift factor facula
fade fadeout fading failure faint fair fakery falanga fallback falsifying falter faltering fandango
fantan farandole farming faro fart farting fartlek fashioning fast fastball fasting fatality fate
fatism fattism fatwa fault favor feasting feat featherbedding feathering fecundation feeding feint
fellatio fellation felony ferrimagnetism ferromagnetism ferrying fertilisation fertilization
festivity fetch fete feticide fetometry fetoscopy feud fiasco fibbing fielding fiesta fifo fight
fighting figuration filming final finalisation finalization finance financing finding fingering
fingerprinting fire fireball firelight fireman firestorm firewall firing fishing fistfight
fisticuffs fitting fives fixing fizzle flagellation flake flapping flashflood flashing flashover
flatus flex flick flicker flimflam flinch fling flip flirtation flirting flit floatation floating
flogging flood floodhead flooding floorshow floriculture flotation flow flowing flub fluctuation
fluke flunk fluorescence fluoridation fluoridisation fluoridization fluoroscopy flurry flutter
fluttering fluxion flying flypast fmri foehn foetometry foetoscopy fog fogbank fohn foiling fondling
fontenoy foolery football footfall footfault footrace footstep footwork foraging foray fording
foreclosure forehand foremanship forensics foreplay foreshock forestalling foretoken forging
forgoing formal formalisation formalities formality formalization fornication forsaking forswearing
fortuity fortune forwarding foul foundering founding foxhunt foxtrot fragmentation framing
fraternisation fraternization fraud fray freeing freestyle freshet frightening frisk frisking frolic
frottage frying fuck fucking fueling fumble fume fumigation fun funambulism fundamental funeral
funrun fusillade fusion gaffe gala gale gallop galvanism gambling gambol game gaming gaolbreak
gardening gaslight gasp gastrectomy gastroenterostomy gastrogavage gastromy gastroscopy gastrostomy
gavage gavotte gayness gaze gca gegenschein generalcy genesis genocide gentrification geophagia
geophagy geotropism germanism gerrymander gesture get getting giving glamorisation glamorization
glamourisation glamourization glance gliding glimmer glimpse glint glissade glower glowing gobble
godsend godspeed going goldbricking golf golfing gonioscopy googly goosebump gooseflesh governing
governorship grading graduation grafting grammatolatry granicus grappling grassfire gravimetry
gravitation gravity grazing greening greenmail grilling grip grooming grooving grope groundball
groundbreaking grounder growl grumble grunt gsr guardianship gulp gulping gumming gunfight gunfire
gunplay gunrunning gunshot gurgle gush gust guzzling gymkhana gymnastics gynaeolatry gyneolatry gyp
gyration habitude hackwork haematemesis haemodialysis haemorrhoidectomy haemostasia haemostasis
hagiolatry hail hailstorm haircare hairweaving halma halt hammering hammerlock hamming handling
handoff handover hands handspring handstand hap happening happenstance harakiri harikari
harlequinade harlotry harmattan harvesting hassle haul haulage hauling havoc haying haymaking haze
headlock headmastership headmistressship headshake headshaking headship headstand headwind
healthcare hearing heartbeat hearts heave heaving hecatomb heckling hegira heist hejira heliolatry
heliotherapy heliotropism help helpdesk hematemesis hemodialysis hemorrhoidectomy hemostasia
hemostasis heroics heterogenesis heterosexism heterosexualism heterosexuality hiatus hiding
hierolatry highjack highjacking highlife highwater hijack hijacking hijinks hike hiking hiss hissing
histocompatibility hit hitting hoax hobby hobbyism hockey holding holdup holocaust homage homecoming
homemaking homeopathy homer homestretch homework homicide homoeopathy homoeroticism homogenisation
homogenization homosexualism homosexuality honk honoring hoofing hooking hooky hooliganism hoops hop
hopscotch hornpipe horripilation horseplay horseshoes horseshow horsewhipping horticulture
hospitalisation hostilities hotfoot housebreaking housecleaning housekeeping housewifery housework
hrt hubbub huffing hug hugging hula hullabaloo humanisation humanization humming humoring hunting
hurdles hurdling hurl hurling hurricane hurrying husbandry hushing husking hustings hustle
hybridisation hybridization hybridizing hydroelectricity hydrometry hydropathy hydroponics
hydrotherapy hymeneals hymnody hyperalimentation hyperemesis hyperextension hyperpnea
hyperventilation hyphenation hypnoanalysis hypnogenesis hypnopedia hypnotherapy hypnotism
hypophysectomy hypopnea hypostatisation hypostatization hypsometry hysterectomy hysteresis
hysteroscopy hysterotomy ichthyolatry iconolatry idealization identification idiolatry iditarod
idleness idling idolatry idolisation idolization idyll ileostomy imbibing immersion immigration
immobilisation immobilization immobilizing immolation immunisation immunization immunohistochemistry
immunotherapy impact impairment impalement impasto impedance impetus impingement impinging
implementation implosion importation importing imposition imposture impounding impoundment impress
impressment imprisonment improvement impulsion inauguration inbreeding incandescence incasement
incendiarism inception incest incident incineration incitement inclining incoming incorporation
incubation inculcation incurrence incurring incursion indexation indexing indignity indirection
indoctrination inducing inductance induction indulging industrialisation industrialization
inevitable infiltration inflaming infliction infraction infringement ingestion ingraining
ingratiation ingress inhabitancy inhabitation inhalation inheritance inhibition inhumation
initiation injection injustice innings inoculating inoculation inquest inroad insemination
inspection inspectorship installing instance instauration instillation instilling instillment
instilment instroke instructorship insurgence insurgency insurrection intake integrating integration
intemperateness intensification interaction interbreeding interception intercommunion interference
interlocking intermediation interment intermission internationalisation internationalization
internship interpenetration interplay interposition interreflection interrupt interruption
interspersal interspersion intervention intifada intifadah intimidation intromission intrusion
intubation inunction inundation invalidation invasion inventorying inversion investigating investing
investiture invidia invigilation involvement iontophoresis iontotherapy iop ipo ipsus iridectomy
iridotomy irrigation irruption isomerisation isomerization isometrics issuance issuing issus
itemisation itemization itineration ivry iw iwo jab jabbing jacks jackstraws jailbreak jamboree
jamming jangle japery jaunt javelin jehad jejunostomy jena jerking jiggle jihad jingle jinks jitter
jitterbug jiujitsu job jogging joining jollification jolly jolt jostle jostling jounce journey
journeying joust joyride judgeship judo juggle jugglery juggling jujitsu jujutsu jump jumping
jumpstart juncture junketing jutting juxtaposition karaoke karate karma katharsis kayo keeping keno
keratoplasty keratoscopy keratotomy keystroke khamsin kick kicking kickoff kidnapping kill killing
kinesis kismat kismet kiss kissing kittee knavery kneel kneeling knell knock knockdown knocking
knuckleball knucklebones knuckler ko kuroshio kwanzaa lacrosse lag lahar lam laminectomy lamplight
lancers landscaping landslide landslip langside laparoscopy laparotomy lapidation lapse lapsing
larceny laryngectomy laryngismus lasek lashing lasik lateral latria launching laundering lavage
lavation lawmaking lawsuit layoff layover layup leakage leaner leap leapfrog leaping leaving lechery
lectureship lecturing legalisation legalization legateship legation legerdemain legislating
legislatorship legitimation lending lengthening lepanto lesbianism lessening leucotomy leuctra
leukotomy levanter leveling leverage leveraging levitation levorotation lexicography leyte
liberalisation liberalization liberation librarianship licking lieu lieutenancy lifesaving lifework
lifo lift liftoff ligation lightening lightning likening limp lindy liner lingering lipectomy
liposuction lipreading liquidation listening lithotomy litigation liturgy liveliness loafing loaning
lob lobbyism lobectomy lobotomy localization locating lockdown locking lockout lockstep lode logging
logistics logrolling longways looking loosening looting lope lordolatry lottery lotto lovemaking
lowering luau ludo luging lumbering luminescence lumpectomy lunching lunge lurch lutzen luxation
luxuria luxuriation lying lymphangiography lymphography lynching macula maelstrom magistracy
magistrature maglev magnetism magnetosphere magnification mahjong maintenance makeover makeready
makeshift makin making maldon malfeasance malfunction malingering malpractice maltreatment
malversation mambo mammography mammothermography management managership manduction maneuver manhunt
manicure manifestation manipulation manslaughter mantinea mantineia manufacture manufacturing
manumission mapmaking marathon maraud marbles marching marengo mariticide marketing marketplace
marshalship martyrdom marvel masking massacre massage masse mastectomy masterstroke mastication
mastoidectomy mastopexy masturbation matchmaking matchup mating matric matriculation maundy
maximation maximisation maximization mayhem mayoralty mccarthyism means measurement measuring
meatpacking meddling medevac medicaid medical medicare medivac meet megadeath megahit meld melee
melioration memorialisation memorialization menarche meniscectomy mensuration meow merchandising
merger merging merrymaking meshing meshugaas mesmerism messiahship metagenesis metalworking
metempsychosis meteortropism metrication metrification mew miaou miaow miaul micrometry microscopy
microseism microsurgery microwave migration mikvah militainment militarisation militarization
mimicry minden minelaying minesweeping mingling miniaturisation miniaturization minimisation
minimization mining ministration minuet minus miracle mirage misadventure misapplication
misappropriation misbehavior misbehaviour miscalculation miscarriage miscegenation mischance
mischief misconduct miscount miscreation miscue misdeal misdeed misdemeanor misdemeanour
misestimation misfeasance misfire misgovernment mishap mishegaas mishegoss mismanagement misplay
misreckoning misrule misstep mist mistake mistral mistreatment mistrial misuse mitigation mixing
mizzle mnemonic mobilisation mobilization mock modelling moderatorship modernisation modernization
modification moistening moksa molding molestation momism monetisation monetization moneymaking
monitoring monoculture monolatry monopolisation monopolization monsoon monte moo moonbeam moonlight
moonshine moonwalk moot mopping motivating motorcycling motoring motorisation motorization mottling
mountaineering mounting move movement moviemaking mpeg mri mudra mudslide mugging multiplication
murder murmur murmuration murmuring musclebuilding mussitation mutagenesis mutilation mutiny mutter
muttering mycophagy mydriasis myelography myonecrosis myotomy myringectomy myringoplasty myringotomy
nafta naprapathy narcoterrorism narcotraffic nascence nascency natation nationalisation
nationalization nativity naturism naturopathy nauch nautch navarino navigation neap necrobiosis
necrophagia necrophagy necropsy necrosis negligence neigh neocolonialism nephrectomy nephrotomy
nepotism nestle netball neurectomy neuroplasty neurosurgery neurotropism neutering neutrality
neutralization newspapering newspeak nicker nictation nictitation nightlife nightwork nim ninepins
ninjitsu ninjutsu nisus nmr noctambulation noctambulism noise nomenklatura nomination nonacceptance
nonaccomplishment nonachievement nonappearance nonattendance noncompliance nonevent nonfeasance
nonobservance nonparticipation nonperformance nonprofit nonproliferation nonresistance nonstop
nonviolence nookie nooky noreaster normalisation normalization northeaster norther northerly
northwester nosecount notification novation novelisation novelization novena nudge nudism
numismatics numismatology nuptials nursing nurturance nutation nystagmus obedience objectification
oblation obligation obliteration observance observation obstructionism obtainment obtention
obviation occasion occultation occupancy occupation occurrence occurrent oculism odyssey offence
offense offensive officiating officiation offshoot offside ohmage oink olympics omega omen omophagia
onanism oncoming onrush onset onslaught oophorectomy oophorosalpingectomy oozing opacity opener
operation operations ophiolatry ophthalmectomy ophthalmoscopy opposition oppression optimisation
optimization optometry orchidectomy orchiectomy orchiopexy orchotomy ordeal orgasm orgy orientation
origami origination ornamentalism orthoptics osteoclasis osteopathy osteotomy ostomy otoplasty
ousting out outbreak outcome outercourse outfitting outflow outgrowth outing outlay outreach
outstroke ovariectomy overachievement overacting overcapitalisation overcapitalization overeating
overexertion overexploitation overexposure overfeeding overflight overflow overhaul overindulgence
overlordship overpressure overproduction overprotection overreaction overrefinement overrun
overshielding overshoot oversimplification overstrain overtaking overthrow overturn overuse
overutilisation overutilization overwork overworking pachinko pachisi pacification packaging
paederasty paedophilia pageant pageantry pains pairing palatopharyngoplasty palliation pallone
palpation palpebration paltering pampering pancreatectomy pandemic pandiculation panhysterectomy
panipat pant panting panto pantomime paperhanging papering papermaking paperwork paracentesis
parachuting paradiddle paragliding parallax paramagnetism paraphilia parapraxis parasailing
parceling parcellation parcelling parcheesi parchesi parchisi pardon parhelion parimutuel parlay
parousia parry participation parting pas pass passado passero passing pasteurisation pasteurization
pastime pastorship pat patching patronage pauperisation peacekeeping peal pealing peasanthood
peccadillo peculation peddling pederasty pedesis pedicure pedophilia peek peekaboo peeling peep
pelota pelter pelvimetry penalisation penalization penalty penetration penning pentathlon penuchle
perambulation percussion peregrination perfecta performing perfusion perineotomy peripeteia
peripetia peripety perjury permutation perpetration perpetuation persecution personation
pervaporation petrissage petroglyph petting petty phacoemulsification phalloplasty pharsalus
pheresis philanthropy philately phlebectomy phlebotomy phonics phosphorescence photocoagulation
photoconduction photoconductivity photoelectricity photoemission photography photometry phototherapy
phototropism phrasing physiatrics physiotherapy phytotherapy piaffe pickings piecework
piezoelectricity piggyback pigsticking pileup pilferage pilgrimage pillaging pilotage piloting
pinball pinochle pinocle piquet piracy pirouette pitching placation plagiarisation plagiarization
planning planting plash plasmapheresis plassey plastering plateletpheresis playacting playback
playing playoff pleasantry pleasing pleating plebiscite pleochroism pleomorphism pleven plevna
pleximetry plod plodding plop ploughing plowing plumbery plump plunderage plundering plunge plunk
plunker pm pneumonectomy poaching pogey pogonip pogrom pogy poitiers poking polarization
polarography polishing pollenation pollination polymorphism polypectomy popery popping porn porno
pornography portent posing positioning possession potlatch potshot poudrin pounce pounding ppp
practice praetorship prance prang prank pratfall praxis preakness precaution precentorship
preceptorship preclusion predation predestination prefabrication preferment prefixation prehension
preindication prelim preliminary prelude premiership prep preparation prepayment presentation
presentment preservation presidentship pressing pressure prestidigitation pretend pretending
pretense prevention pricking primary primateship priming primping principalship printmaking
priorship prisonbreak privatisation privatization prizefight procedure proceeding proceedings
process procession proconsulate proconsulship procrastination procreation proctoplasty proctorship
proctoscopy procural procurance procurement production profanation professorship prognostic
prognostication programing programming progress project prolongation prom promenade promiscuity
promiscuousness pronation propaedeutic propaedeutics prophylaxis propitiation props propulsion
proration prorogation prosecution prostatectomy prostitution protagonism protection protectorship
provocation prowl psalmody psychoanalysis psychosurgery psyop publicizing publishing puff puffing
pugilism puking pull pulling pullout pulsation pulse pulsing punch punctuation puncture punishment
punting purchase purchasing purgation purge purging purification purr pursual pursuit purveyance
push pushball pushing pushup put putout putsch putt putting pydna pyelography pyramiding
pyroelectricity pyrography pyrolatry pyrolysis pyrotechny quackery quadrature quake quantisation
quantization quarrying quarterfinal quaver quelling quenching quickie quicky quislingism quoits race
racialism racing racket racketeering radiance radiation radiopacity radiophotography radioscopy
radiotherapy raffle raid railroading rain raindrop rainfall rainmaking rainstorm raising rale
rallying ramble ramification rampage ranching randomisation randomization ransacking rapine rappel
rapprochement rarefaction rassling rataplan rationing rattle rattling ravage ravaging rave ravenna
ray razing razmataz razzle razzmatazz rbi reaching reactance readjustment readmission readying
reaffiliation reallotment reappearance reapportionment rearmament rearrangement reassembly
reassignment reassurance rebellion rebirth rebound rebuff rebuilding reburial reburying
recalculation recapture recce recco reccy receding receipt recidivism reciprocation recirculation
recission reclamation reclassification reclining recoding recoil recombination recommencement
reconciliation reconnaissance reconnoitering reconnoitring recount recourse recovery recreation
recrudescence recruitment rectoplasty rectorate rectorship recurrence recusal recusancy recusation
recycling rededication redemption redeployment redetermination redevelopment redeye rediscovery
redisposition redistribution redshift reduction reelection reenactment reenlistment reentry
refabrication refereeing referendum refit reflex reflexion refocusing reforestation reform
refraction refueling refutal regaining regatta regimentation registration regulating regurgitation
rehabilitation rehearing rehearsal reification reimposition reinforcement reiteration rejection
rejuvenation relapse relapsing relay relegating relegation relishing relistening relocation
reluctance remand remarriage rematch remediation remedy remilitarisation remilitarization remission
remotion removal rendezvous renege renewal renovation renting reordering reorganisation
reorganization repair repatriation repayment repeal repeat repeating repechage repercussion
repetition replacement replacing replay replication repose repositing reposition repositioning
repossession reprisal republishing repulsion repurchase resale rescission rescue research resection
resettlement reshipment reshuffle reshuffling residency resiliency resistance resistivity resonance
respiration respite response responsibility restoration restraint result resumption resurgence
resurrection resurvey resuscitation retail retailing retake retaking retaliation retch retention
retraining retreat retrial retrogression reunification revel revelry revenge reversal reverting
revision revitalisation revitalization revival revivification revoke revolt revolution reward
rhinoplasty rhinoscopy rhinotomy rhizotomy rhonchus rhytidectomy rhytidoplasty ricochet riddance
ride riding riffle rifling rinsing riot ripple rippling riptide rise rising rite ritual rivalry roar
roaring roasting robbery rockslide rocroi rodeo roentgenography roguery role roleplaying rollback
roller rollerblading rolling rollover romanticisation romanticization romp roping rorschach rossbach
rotation rounders rounding roundup rousing routemarch routine roving rowing royalism rubbing rubdown
ruckus ruction ruffianism rugby ruggedisation ruggedization rugger ruining rulership ruling rumble
rumbling rumpus run runaway running runoff runup ruse rush rushing rustle rustling sabotage saccade
sacrament sacrifice sacrilege safari safeguard safekeeping sailing sailplaning sale salerno
salpingectomy salting salvation salvo samiel sampling samsara sanctification sandblast sandstorm
sanitisation sanitization sapphism sashay saturnalia satyagraha saunter sauteing save saving
savoring savouring scalage scaling scam scamper scan scat scathe scatophagy scheduling
schematisation schematization schism schooling schoolwork scintillation scission sclaff sclerotomy
scnt scorcher scoring scouring scouting scramble scrape scratching screeching screwing screwup
scrimmage scrubbing scrum scrummage scrunch scrutiny scud scudding scuffle sculling scumble scurry
seafaring sealing seaquake search secretaryship sectionalisation sectionalization secularisation
secularization seder sedimentation sedition seduction seek seeking seepage segue seiche seism
seismography selection selenolatry sell selling selloff sellout semi semifinal sempatch senatorship
sending sensitising sensitizing sentimentalisation sentimentalization separationism seppuku
septation septectomy sepulture sequel sequella sequestration serendipity serialisation serialization
serigraphy serve service services servicing setback settling sevens severance severing sewing sex
sexcapade sexism sexploitation shadowboxing shadowing shakedown shakeup shaking shamble shambling
shattering shave shaving shear shearing shellfire shelling shenanigan shiatsu shielding shift
shifting shillyshally shiloh shimmer shimmy shining shinney shinny shipbuilding shipping shirking
shirring shitwork shiver shoemaking shogi shooting shootout shoplifting shopping shove shovelboard
show showjumping shrift shrilling shrinkage shrinking shtup shuffle shuffleboard shuffling shufti
shunning shutdown shutout shutting shy sibilation sideshow sideslip sidestep sidestroke sideswipe
siege siesta sifting sighting sightseeing sigint sigmoidectomy sigmoidoscopy simmering simony simoom
simoon simulation singalong singing single singles sinking sinning sip sirocco sitting sizzle
skateboarding skating skedaddle skeet skiing skimming skincare skip skirl skirmish skit skittles
skulking skydiving slackening slacking slalom slam slap slapshot slaughter slaveholding slaying
sledding sleepover sleepwalking sleet sleuthing slicing slight slinging slip slipstream slowdown
slugfest smack smacker smacking smash smashing smelling smoke smoking smolder smooch smooching
smooth smoulder smudge smuggling snafu snap snick snickersnee sniff sniffle snivel sniveling
snogging snooker snooze snore snoring snorkeling snorting snowboarding snowfall snowflake snowstorm
snp snuffle snuggle snuggling soaker soar soaring sobbing socage soccer socialisation socialising
socialization socializing sodomy soiling soilure soissons sojourn soldering solecism solemnisation
solemnization solfege solfeggio solicitorship soliton solo solving somersault somersaulting somme
somnambulation somnambulism somniloquism somniloquy sonography sortie sortition sousing southeaster
souther southerly southwester spacefaring spaceflight spadework spank spanking sparge spark
sparkling spasmolysis spatter spattering spaying speakership specialization spectrometry
spectroscopy spectrum speeding speedup spelldown spending spiccato spike spillikins spillover spin
spinning spiritualisation spiritualization spirometry spirt spitting splash splashdown splashing
splat splatter splattering splenectomy splintering split splitsville splutter spoilation spoliation
sponsorship spoonfeeding sport sportfishing spotting spraying spreading spree springtide sprinkle
sprint sprites spritz spurt sputter sputtering spying squall squandering squandermania squat
squatting squawk squeak squeal squeeze squeezing squirm squish stabilisation stabilization stagger
staining stakeout stalking stalling stampede standoff stapedectomy stare stargazing starlight start
starting startle startup starving static stations stay stead stealing stealth steeplechase steering
steganography step sterilisation sterilization stertor stewardship stickball stickup stiffening
stifling stigmatisation stigmatization stillbirth stimulation stirring stitching stockpiling
stocktake stomp stonewalling stoning stoop stop stopgap stops storage storm stowing strabotomy
strafe straining strangling strangulation strapado strappado stratagem stratification streamer
streaming strengthening stretching strewing stride stridulation strike strikebreaking strikeout
striking striping stripping striving stroke stroking stroll struggle strum strut studentship study
stumble stumping stunt stunting stylisation stylization stylostixis subbing subjoining subjunction
sublimation subluxation submergence submerging submersion subrogation subsequence subsidence
subsiding substituting substitution subtraction subversion success succor succour succussion suck
sucking suction suffixation suffocation suicide sultriness summersault summerset sumo sunbeam
sunburst sundog sunlight sunna sunnah sunray sunshine sunspot superbia superconductivity
supererogation superfecta superfecundation superfetation superintendence supersedure supersession
supertwister supervention supervising supervision supination supping supplanting supplying support
supporting suprarenalectomy surcease surf surfacing surfboarding surfing surfriding surge surprisal
surveillance survey surveying sustainment sustentation susurration susurrus suttee suturing swabbing
swap swash swat sweeping sweepstakes swerve swerving swig swilling swim swimming swindle swinging
swipe swish switcheroo switching swiz swoon swoosh swop swordplay syllabication syllabification
symbolatry symbolising symbolizing symbololatry sympathectomy synchronising syncope syndication
systematisation systematism systematization systole syzygy taekwondo taichi taichichuan tailing
tailoring tailwind takedown takeoff takeover taking tally tampering tango tannenberg tantalization
tap tapering tapotement tapping tarantelle tarriance task taunt taunting tauromachy taxis
teachership teaching teamwork tears teasing technology teeoff teetotaling teetotalism telecommerce
telecommuting telemark telemarketing telemetry telephotography teleportation teleselling teleworking
telint temblor temperateness tempering tenancy tenderisation tenderization tending tennis tenpins
tenting tergiversation territorialisation territoriality territorialization terrorisation terrorism
terrorization tertry tessellation testcross testing tetherball tewkesbury thaneship thaumatolatry
theft thelarche theophany theoterrorism therapy thermal thermocautery thermoelectricity thermography
thermogravimetry thermometry thermopylae thermotherapy thermotropism thievery thieving thimblerig
thinning thoracentesis thoracocentesis thoracotomy thrash thrashing threshing throbbing thrombectomy
throttling throw thrum thrust thrusting thud thuggee thuggery thump thumping thunder thunderbolt
thunderclap thundershower thunderstorm thunk thwack thwarting thyroidectomy tick ticking tickling
ticktacktoe ticktacktoo ticktock ticonderoga tictac tiddlywinks tide tightening tiling tilling tilt
timework ting tinkle tinning tinting tintinnabulation titivation titration tittivation tko tlc
toasting tobogganing tocktact toil toilette toke tombola tomfoolery tomography tonometry
tonsillectomy toot tootle topolatry topspin torchlight tornado torque torrent tort torturing toss
tossup touchback touchdown touching tour tourism touristry tournament tourney tow towage toying tpn
tracheostomy tracheotomy tracing tracking traction trade tradeoff trading trafalgar tragedy trailing
training trajectory tramontana tramontane trample trampling transaction transfer transferral
transformation transfusion transgression transition transmigration transmission transmittal
transmitting transmogrification transmutation transparence transparency transplantation
transplanting transshipment transvestism transvestitism trapshooting trasimeno travel traveling
travelling traversal tread treason treasurership treatment trek tremble tremor trephination trespass
triage trial tribadism tribalisation tribalization tribulation tribuneship trichroism trick trickle
trifling trifurcation trimming trip triple trolling trophotropism tropism trot trouble trouncing
truancy trucking truckling trudge trumping try tsunami tsuris tsushima tug tumble tumbling tuning
turbulence turbulency turn turndown turning turnround turp turpitude tussle tutelage tutorship twang
tweak tweet twiddle twinkle twist twister twisting twitter tying tympanoplasty typhoon typography
typology tyrannicide ultrasonography ultrasound ultraviolet uncovering underachievement
underexposure underproduction undertaking undertide undoing unfastening unification unionisation
unionization uniting unloading unsnarling untangling untying updating updraft upending upkeep uplift
uplifting uppercut uppp uprising upshot upsurge uptake upthrow upthrust uptick upturn uranalysis
uranoplasty urinalysis usage use using usurpation utilisation utilization uv
uvulopalatopharyngoplasty vacationing vaccinating vaccination vagabondage vagary vaginismus valency
validation valmy valse valvotomy valvulotomy vandalism vanishing vaporization variance variant
variation variolation variolization vasectomy vasoconstriction vasodilation vasosection vasotomy
vasovasostomy veering vendetta vending vendition vendue venesection vengeance venipuncture
venography ventilation venting venture verbolatry verdict verdun veto viatication viaticus vibration
vibrato viceroyship vicissitude victimisation victory vigilantism vindication viniculture violation
violence virga viscometry viscosimetry visit visitation visiting vitiation viticulture vitrectomy
vivisection viziership vocalizing vocation voicing voidance volcanism volley volleyball voltage
volution vomiting vote voting voyage voyeurism vroom vulgarisation vulgarization vulvectomy waddle
wading wager wages waggle wailing waiting waiver wake wakening walk walkabout walkaway walking
walkout walkover wallop walloping waltz wandering waning wank war wardenship wardership warehousing
warfare warping washing washup watching watergate waterpower waterproofing waterspout wattage wave
waveform wavelet waxing wayfaring weakening weaning weather weaving wedding weeping weightlift
weightlifting welding welfare wester westerly wetting whack whacking whammy whang wheedling wheeze
whicker whiff whinny whipping whir whirl whirling whirlpool whirlwind whirr whirring whispering
whist whistle whistling whitecap whitelash whitening whiteout whitewash wholesale whoopee whoosh
whoredom wickedness wiggle wildfire wile willing wilting win wind windage winding windstorm windup
winemaking wings winking winning winnow winnowing wipe wipeout wiretap witching withdrawal withering
withholding wobble woodworking workflow workload workout worrying worship worst wounding wrecking
wrestle wrestling wriggle wring xenogenesis xenotransplant xenotransplantation xerography
xeroradiography xt yachting yaw yawn yawning yelp yelping yield yip yodeling ypres z zama zap zephyr
zing zizz zoning zooerastia zooerasty zoolatry zoom zoophilia zoophilism
"""

_VERBS = """
abandon abate abbreviate abdicate abduct abet ablactate ablate abnegate abolish abort abrade abrase
abridge abrogate abscise abscond abseil absent absorb absquatulate abstain abuse abut aby abye
accelerate access acclimate acclimatise acclimatize accomplish accouter accoutre accredit accrete
accrue acculturate accumulate accustom ace acetylate acetylise acetylize achieve achromatise
achromatize acquire act action activate actualise actualize actuate acuminate adapt add addict
adduct adjoin adjourn adjudicate adjust admeasure administer administrate admix adolesce adopt adorn
adsorb adulterate advance advantage advect adventure aerify aerosolise aerosolize aestivate affect
affiliate affix afford afforest affranchise age agenise agenize agglomerate agglutinate aggrade
aggravate aggress aggrieve aggroup agitate aid ail airbrush airfreight airlift airt alchemise
alchemize alcoholise alcoholize alien alight aliment aline alkalify alkalinise alkalinize alkalise
alkalize alleviate alligator alliterate allocate allot allowance alloy ally alphabetise alphabetize
alter alternate aluminise aluminize amalgamate amass amble ambulate ambuscade ambush ameliorate
amerce americanise americanize ammoniate ammonify amortise amortize amplify amputate amuse
anaesthetise anaesthetize anastomose anatomise anatomize anchor ancylose anele anesthetise
anesthetize angle anglicise anglicize angulate animalise animalize animise animize ankylose anneal
annex annihilate annotate annul anodise anodize antagonise ante anthologise anthologize antic
antiquate antique antisepticize apparel append applique appoint apportion appose approach aquaplane
aquatint arbitrage arborise arborize arc arch archaise archaize archive arm armor armour arrange
array arrest arrive arrogate arterialise arterialize ascend ash asphalt asphyxiate aspirate assail
assassinate assault assemble assign assimilate assist assort asterisk astringe astrogate atomise
atomize atone atrophy attach attack attain attaint attemper attempt attenuate attire attitudinise
attitudinize attract attune auction auctioneer audition augment aurify author authorise autoclave
automate automatise automatize automobile autotomise autotomize avail avalanche avenge avert
avianise avianize aviate avoid avulse awake awaken award ax axe azure babbitt baby back backcross
backdate backfire background backhand backlash backlog backpack backpedal backscatter backslap
backslide backstitch backstop backstroke backtrack bacterise bacterize badge bag bail bake bald bale
balk balkanise balkanize ball ballast balloon ballot band bandage bandy bang banish bank bankroll
bankrupt banquet barb barbarise barbarize barbecue barbeque barber bard barde bare barf bargain
barge barnstorm baronetise baronetize barrel barricade barricado barter bash basify basset
bastardise bastardize baste bastinado bat batch bate batfowl bath bathe batik batten batter battle
baulk bayonet beach beak beam bean beat beautify beaver bebop becalm bechance becharm bed bedaub
bedeck bedew bedhop bedight bedim bedizen bedraggle beeswax befall befool befoul befriend beget
begild begin begrime behave behead bejewel belabour belay belch bell belly bellylaugh belt bemire
bench bend benday benefact benefice beneficiate benefit benficiate beplaster bequeath bereave berry
berth besiege besmear bespangle bespatter bespeckle bespot besprinkle best bestialise bestialize
bestir bestow bestrew bestride betide better bevel bewhisker bias bib bicycle biff bight bike bilge
bilk bill billow bin bind binge biodegrade birch bird birdie birdlime birdnest birdwatch birl birle
birth bisect bite bitt bituminise bituminize black blackball blackberry blacken blackjack blacklead
blackleg blacklist blackmail blacktop blanch blank blanket blaze blazon bleach blear bleed blemish
blench blend blight blindfold blindside blink blinker blister blitz blitzkrieg bloat blob block
blockade blood bloody bloom blossom blot blotch blow blub blubber bludgeon blue blueprint bluff
blunder blunt blush board boat bob bobble bobsled bodge bodypaint bog bogey boggle boil boldface
bollix bollocks bolshevise bolshevize bolster bolt bomb bombard bombproof bond bonderise bonderize
bonk bonnet boob boogie boomerang boondoggle boost boot bootleg bootstrap booze bop border borrow
boss botch bother bottle bottlefeed bottleneck bottom bounce bound bourgeon bouse bowdlerise
bowdlerize bower bowl bowse box boycott brace brachiate bracket brad braid brail brain braise brake
branch brand brandish brandmark brattice braze breach bread break breakfast bream breastfeed
breaststroke breathalyse breathalyze breathe brecciate breed breeze brevet brew bribe brigade
brighten brine bring brisk brisken broaden broadside brocade broider broil broker bromate brominate
bronze brooch broom brown browse bruise brunch brush brutalise brutalize bubble buck bucket buckle
buckram bud budge buff buffer buffet bugger bugle build bulge bulk bull bulldog bulldoze bulletproof
bulwark bum bumble bump bunch bunco bundle bung bungle bunk bunker bunt buoy bur burden burgeon
burglarise burglarize burgle burke burl burn burnish burp burr burrow burst burthen bury bus bush
bushel bushwhack busk buss bust bustle busy butcher butt butter butterfly button buttonhole buttress
buttweld butylate buy cab cabbage cabin cache cachinnate caddie caddy cadge cage cake cakewalk
calcify calcimine calcine calender calibrate calk calligraph callous callus calve camber campaign
camphorate can canal canalise canalize cancel cane canker cannibalise cannibalize cannon cannonade
cannulate cannulise cannulize canoe canoodle canopy cant canter canulate canvas canvass caparison
caper capitalise capitalize capitulate caponise caponize capriole capsize capsulate capsule
capsulise capsulize captain caption capture caracole caramelise caramelize caravan carbonise
carbonize carboxylate carburet carburise carburize card careen career caress carjack carmine
carnalise carnalize carnify carol carom carouse carpenter carry cart cartoon cartwheel carve cascade
caseate cash cashier casket cast castle castrate cat catabolise catabolize catalog catalyse catalyze
catapult catenate catenulate cater cathect catheterise catheterize catholicise catholicize catnap
caucus caulk cause causeway cauterise cauterize cave cavern cavort cede celebrate cement censor
centralise centralize centre centrifugate centrifuge cere certificate chaffer chain chair chairman
chalk chamfer champ champion chance chandelle change channel channelise channelize chap chaperon
chaperone char character charcoal charge chariot charleston charter chase chasse chauffeur chaw
cheapen cheat checker checkmate checkrow chemisorb cheque chequer chew chicane chickenfight
childproof chin chine chip chisel chlorinate chloroform chock choir choke chomp chondrify chop chord
choreograph chortle chouse christianise christianize chrome chronologise chronologize chuck chuckle
chuff chunk church churn chute cicatrise cicatrize cinch cinematise cinematize circle circuit
circularise circularize circumambulate circumcise circumfuse circumnavigate circumscribe
circumvallate circumvent circumvolve citify citrate civilise civilize clabber clam clamber clamp
clap clapboard clapperclaw claret clarion clash clasp classicise classicize claw clean cleanse clear
cleat cleave clench clerk clew click climax climb clinch cling clinker clip clobber clock clog clomp
clone close closet closure clot clothe cloture cloud clout clown cloy club clue cluster clutch
clutter coact coagulate coal coalesce coapt coarsen coast coat cobble cobblestone cocainise
cocainize cock cocker cockle cocoon coddle code codify coeducate coerce coffin cog coggle cohere
coif coiffe coiffure coil coin coinsure coke coldcock coldwork collaborate collapse collar collect
collectivise collectivize collimate colly colonise colonize color colorise colorize colour colourise
colourize comb combat combine combust come comfit commandeer commence commercialise commercialize
commingle comminute commission commix communalise communalize communise communize commutate commute
compact compart compartmentalise compartmentalize compass compel compere compete compile complement
complete complexify complexion complicate comply comport compost compound compress computerise
computerize con concatenate conceive concentrate conceptualise conceptualize concert concertina
concertise concertize concoct concrete concretise concuss condense condescend condition conduce
conduct cone confabulate confect confection confederate configure confine confiscate conflagrate
conflate conga congeal congee congest conglobate conglobe conglomerate conglutinate congregate
conjoin conjugate conjure conk conn connive conquer conscript consecrate consign consociate
consolidate consort constipate constitutionalise constitutionalize constrain constrict constringe
construct consubstantiate consume consummate containerise containerize contaminate content contort
contour contradance contravene contredanse contribute contrive control contuse convalesce convect
convene conventionalise conventionalize convert convolute convolve convoy cook cool cooper cooperate
coordinate cop cope copolymerise copolymerize copper copulate copy copyright corbel cord corduroy
core cork corkscrew corn corner cornice coronate corrade corral correct corrode corrugate corrupt
corset coruscate cosh cosign cosponsor cosset costume cough counteract counterattack counterchange
countercheck counterfeit countermarch countermine countersink counterstrike couple course court
covenant cower cowhide cowl cox cozen crab crack cradle craft cram cramp cranch crane crank crap
crape crash crate craunch crave crawl crayon cream crease create creep cremate crenel crenelate
crenellate creolize creosote crepe crescendo crew crib crick cricket criminalise criminalize crimp
crimson cringe crinkle cripple crisp crispen crisscross croak crochet crock crook crop croquet cross
crossbreed crosscut crosshatch crossruff crouch crowd crown crucify cruise crumb crumble crumple
crusade crush crust crystallize cub cuckold cuddle cudgel cuff cull culminate cultivate culture
cumber cumulate cup curb curdle cure curl currycomb curtail curtain curtsey curtsy curve curvet
cushion customise customize cut cutinize cybernate cycle cyclostyle dab dabble dado dally dam damage
damascene dampen dance dandify dandle dapple dare darken darn dart dash daub dawdle daydream
deaccession deactivate deaden deaerate deaminate deaminize debar debark debase debauch debilitate
debit debone debouch debug debut decaffeinate decalcify decamp decant decapitate decarbonate
decarbonise decarbonize decarboxylate decarburise decarburize decay decease deceive decelerate
decentralise decentralize decerebrate decertify dechlorinate decimalise decimalize decimate
declassify declaw decline declutch decoct decoke decollate decolonise decolonize decolor decolorise
decolorize decolour decolourise decolourize decommission decompose decompress deconcentrate
decontaminate decontrol decorate decorticate decouple decoy decrease decrepitate decrescendo
decriminalise decriminalize decussate dedifferentiate deepen deface defalcate defang defat default
defeat defecate defect defeminise defeminize defenestrate defervesce defibrillate defibrinate defile
deflagrate deflate deflect deflower defog defoliate deforest deform defraud defray defrock defrost
defuse degas degauss degenerate deglaze deglycerolise deglycerolize degrade degrease degust dehisce
dehorn dehumidify dehydrate dehydrogenate deice deign deionize delay delegate delete deliquesce
delist delocalize delouse delude deluge delve demasculinise demasculinize dematerialise
dematerialize demilitarise demilitarize demineralise demineralize demise demist demob demobilise
demobilize democratise democratize demodulate demolish demonetise demonetize demonise demonize
demoralise demoralize demote demulsify demyelinate demystify demythologise demythologize
denationalise denationalize denaturalise denaturalize denature denazify denitrify dent denudate
denude deoxidise deoxidize deoxygenate depart depersonalise depersonalize depilate deplane deplete
deploy deplumate deplume depolarise depolarize depopulate deport depose deposit deprave depressurise
depressurize deprive depute deputise deputize deracinate derail derate derecognise derecognize
deregulate derequisition derestrict desacralize desalinate desalinise desalinize desalt descale
descant descend desecrate desegregate desex desexualise desexualize desiccate design desist desorb
despatch despoil desquamate destabilise destabilize destain destalinise destalinize destress destroy
destruct desulfurize desulphurize desynchronise desynchronize detach detain deterge deteriorate
dethaw dethrone detick detonate detour detox detoxicate detoxify detract detrain detransitivise
detransitivize detribalise detribalize detusk devaluate devalue devastate devein develop deviate
devilise devilize devise devitalise devitalize devitrify devolve devour diabolise diabolize
diagonalise diagonalize diagram dialyse dialyze diazotize dibble dice dicker didder diddle die diet
diffract diffuse dig digitalise digitalize digitise digitize dignify dike dilapidate dilate dilute
diminish dimple dine dinge dip direct dirty disable disadvantage disafforest disappear disarm
disarrange disarray disarticulate disassemble disassociate disband disbar disbud disburden disburse
discard discase discerp discharge discipline disco discolor discolorise discolorize discolour
discolourise discommode disconnect disembark disembarrass disembody disembowel disenable disencumber
disenfranchise disengage disentangle disestablish disfavor disfavour disfigure disforest
disfranchise disgorge disgrace dish disharmonize dishevel dishonor dishonour disincarnate disinfect
disinfest disinherit disintegrate disinter disinvest disjoin disjoint disk dislocate dislodge
dismantle dismember dismount disobey disoblige disorganise disorganize disown dispatch dispel
dispense disperse displace displume disport dispose dispossess dispread disqualify disrespect
disrobe dissect dissever dissimilate dissipate dissociate dissolve distemper distend distil distill
distrain distress distribute district disunify disunite ditch dive diverge diversify divert divest
divide divorce dizen dizzy do dock doctor dodder dodge doff dog dogfight dogsled domesticate
domesticise domesticize don donate doodle dope dose doss double douche douse dower down download
downsize doze draft drag draggle dragoon drain dramatise drape draught draw dredge drench dress
dribble drift drill drink drip drive drivel drizzle droop drop dropforge dropkick drown drowse drub
drudge drug dry drydock duck duel dull dummy dump dung dunk duplex duplicate dusk dust dwindle dye
dyke dynamise dynamite dynamize eagle earn ease eat ebb ebonise ebonize economise economize eddy
edge edit educate educe eff efface effect effectuate effeminise effeminize effervesce effloresce
effuse egest egg egotrip egress eject elapse elbow elect electioneer electrocute electroplate
elegise elegize elevate eliminate elongate elope elude elute emaciate emanate emancipate emasculate
embalm embargo embark embattle embed embezzle emblazon emboss embower embrangle embrittle embrocate
embroider embrown emcee emend emerge emigrate emit empale empanel emplace emplane employ empower
empty empurple emulsify enable enact enamel encapsulate encase enchain encircle enclose enclothe
encounter encourage encrimson encroach encrust encumber endeavor endeavour endorse endow endue
energise energize enervate enfeeble enfeoff enfold enforce enfranchise engage engender engild englut
engorge engraft engrave enhance enkindle enlace enlarge enlist enmesh ennoble enplane enrich enrobe
enrol enroll ensconce enshrine enshroud ensile enslave ensnare ensnarl enter entertain enthrone
entitle entomb entrain entrap entrench entrust entwine enucleate envelop environ envisage envision
enwrap epilate epoxy equalise equalize equilibrate equip eradicate erase erect erode eroticize eruct
erupt escalade escalate escallop escort espouse essay establish esterify estivate estrange etch
eternalise eternalize eternise etherealize etherialise etherify etherise etherize etiolate
europeanise europeanize evacuate evanesce evaporate even evert evict eviscerate evolve exacerbate
exchange excise excogitate excrete execute exempt exenterate exercise exert exfoliate exhale exhaust
exhume exile exit exorcise exorcize expand expatriate expectorate expedite expel expend expense
experiment expiate explode exploit export expropriate expunge expurgate exsert exsiccate extemporise
extemporize exteriorise exteriorize exterminate extinguish extirpate extort extract extradite
extravasate extricate extrude exudate exude exuviate fabricate facilitate fade fag faggot fagot fail
faint fair fake falcon fall famish fan fancify fancy fantasise fantasize fantasy farce farm farrow
fart fashion fast fasten fat father fatigue fatten favor favour fawn feast feather featherbed
fecundate federalise federalize federate fee feed feint fell felt feminise feminize fence fend
ferret ferry fertilise fertilize fester festinate festoon fetch fete fetishize fetter fettle feud
feudalize fibrillate fictionalise fictionalize fiddle fidget field fight filch filet filibuster
filigree fill fillet filter filtrate fin finagle finalise finalize finance financier fine finedraw
finger fingerprint finish fink fire firebomb fireproof firm fish fishtail fissure fistfight fix
fixate fizz flagellate flail flake flambe flame flap flare flatten flaw flay fleck fledge flee
fleece fleer fleet flense flesh flex flicker flight flinch fling flip flit flitter float flock flog
flood floodlight flop floss flounce flounder flour flourish flow flower flub fluctuate fluff flump
flunk fluoridate fluoridise fluoridize flurry flush flute flutter flux fly flyfish foal foam fob
fodder fold foliate foment fondle fool foolproof foot footnote footslog forage foray force ford
forearm foreclose foredate forefend foregather foreground foreshorten forest forestall foreswear
forfeit forfend forgather forge forgo fork formalise formalize format formicate fornicate fort
fortify forward fossilise fossilize foster foul found founder fowl fox foxhunt foxtrot fractionate
fracture fragment fragmentise fragmentize franchise frank frap fraternise fraternize fray frazzle
freckle free freelance freeload freeze freight french frenchify frequent fresco freshen fress
fricassee fringe frisk fritter frivol frizz frizzle frock frog frogmarch frolic frost froth frown
fructify fruit frustrate ftp fuck fuddle fudge fuel fulfil fulfill full fullback fumble function
fund fundraise funk funnel furbish furcate furl furlough furnish furrow further fuse fusillade
fustigate gad gage gain gallivant gallop galumph gamble gambol game gang gangrene gaol gap garage
garb garden garland garment garner garnish garnishee garotte garrison garrote garrotte garter gas
gash gasify gasp gate gather gauffer gazette gazump gear gee gel gelatinise gelatinize geld geminate
generate gentrify genuflect germinate gerrymander gestate get geyser ghettoise ghettoize ghost
ghostwrite gi gibbet gift giggle gild gimp gin gip gird girdle girth give glaciate glamorise
glamourize glare glass glaze glean glide glissade globalise globalize glom gloss glower glue glut
gluttonise gluttonize glycerolise glycerolize gnarl gnash gnaw go gobble goffer goldbrick goldplate
golf goof goofproof goose gore gorge gormandise gormandize gouge gourmandize govern gown grab grace
gradate graduate graft grain grandstand grant granulate graph grapple grasp grass grate grave gray
graze grease green grey griddle grill grimace grime grin grind grip grit groin groom groove grope
gross ground grouse grout grovel grow grub grubstake guard guffaw guide guillotine gulp gum gun gush
gut gutter guttle guzzle gybe gyp gyrate habilitate habit habituate hack hackle haemagglutinate
haggle hale halloo halt halter ham hammer hamper hand handbuild handcolor handcolour handcraft
handcuff handicap handle handstamp handwash hang hap happen harden hare harlequin harm harness
harpoon harrow harshen harvest hash hasp hasten hat hatch hatchel haul have hawk hay haze head
headbutt headquarter heal heap heat heave heckle hectograph hedgehop heed heel heft heighten heist
helm help hem hemagglutinate hemorrhage hemstitch henna herd heterodyne hew hibachi hibernate
hiccough hiccup hie higgle highjack highlight hightail hijack hike hill hinder hinge hire hit hitch
hitchhike hive hoard hoax hob hobble hobnail hobnob hock hoe hog hoist hold hole hollow holystone
home homer homestead homogenise homogenize homologise hone honeycomb honor honour hood hoodwink hoof
hook hoop hoover hop hopple horn hornswoggle horse horseshoe horsewhip hose hospitalise hospitalize
host hotfoot hound houseclean huckster huddle hue huff hug hull humbug humidify humify hump hunch
hunker hunt hurdle hurl hurry hurtle husband hush husk hustle hybridise hybridize hydrate
hydrogenate hydrolise hydrolize hydrolyse hydrolyze hydroplane hygienise hygienize hymn hyperextend
hypertrophy hyperventilate hyphen hyphenate hypnotise hypnotize hypophysectomise hypophysectomize
ice ideate idle ignite illegalise illegalize illume illuminate illumine imagine imbed imbibe imbrue
imbue imitate immaterialise immaterialize immigrate immingle immix immobilise immobilize immolate
immunise immunize immure impact impair impale impanel impart impede impel impersonate impinge
implant implement implode import impose impound impoverish impregnate imprint imprison improve
improvise improvize inactivate inaugurate incandesce incapacitate incarcerate incarnadine incarnate
incase inch incinerate incise inclose incommode inconvenience incorporate increase incrust incubate
incurvate indemnify indent index indict indite indorse induce induct indue indulge indurate
industrialise industrialize infect infest infiltrate infix inflame inflate influence infract
infringe infuscate ingest ingraft ingrain ingurgitate inhale inherit inhibit inhume initiate inject
injure inlay inmarry innervate innovate inosculate input inscribe inseminate insert inset insinuate
inspan inspirit inspissate instal install instil instill institute institutionalise institutionalize
instrument instrumentate insufflate insulate integrate intensify inter interact interbreed
intercalate intercept interchange interdict interfere interlace interlard interleave interlock
interlope interlude intermarry intermingle intermix intern internationalise internationalize
interpenetrate interpose intersect intersperse interstratify intertwine intervene interweave
intransitivise intransitivize intrench introject intromit introvert intrude intrust intubate
intumesce intussuscept inunct inundate inure invade invaginate invalid invalidate invent inventory
invert invest invigilate invoice invoke inweave iodinate iodise iodize ionate ionise ionize iron
irrigate irrupt islamise islamize isolate isomerise isomerize italicise italicize itinerate jab jack
jacket jackknife jacklight jackrabbit jactitate jade jag jail jam jampack japan jaundice jaunt
jaywalk jazz jell jellify jelly jerk jet jettison jewel jib jig jiggle jimmy jitterbug jive job
jockey joggle join jollify jolt jostle jounce journey joust joyride jubilate judder jug juggle
julienne jump jumpstart junk junket junketeer juxtapose kayak kayo keel kennel keratinise keratinize
kern keynote kibosh kick kidnap kill kindle kink kip kiss kit kite kitten knap knead kneecap kneel
knife knight knit knock knot knuckle kowtow labor labour lace lacerate lacquer lactate ladder lade
laden ladle lag laicise laicize lam lamb lambast lambaste lame laminate lance land landscape
languish lapidate lapidify lapse lard lark larrup lash lasso latch lateralize lather laugh launch
launder lave lavish lay layer laze leach league lean leap leapfrog lease leash leather leaven leech
legalise legalize legislate legitimate legitimatise legitimatize legitimise legitimize lend lengthen
lessen let letter levant level lever leverage levitate levy liberalise liberalize liberate licence
license lick lifehack lift ligate light lighter lignify limber lime limit limn limp linearise
linearize lionise lionize lipstick liquefy liquidate liquidise liquidize liquify lithograph litigate
liven load loan lob lobby locate lock locomote loft logroll lollop loop loose loosen loot lop lope
lord lose lot lounge lour lower lube luff lug luge lumber luminesce lump lunch lunge lurch lust
lustrate luxate luxuriate lynch lyophilise lyophilize lyric lysogenize macadamise macadamize
macerate machicolate machinate machine macrame maculate madder madrigal magnetize magnify mail maim
mainline make malfunction malinger malnourish malt maltreat malversate mambo man manacle manage
mandate manducate maneuver mangle manhandle manicure manifold manipulate manoeuver manoeuvre mantle
manufacture manumit manure map mar maraud marble marbleise marbleize marcel march marginalise
marginalize marinade marinate market maroon marry marshal martyr martyrise martyrize masculinise
masculinize mash mass massacre massage masticate masturbate mat mate materialise materialize
matriculate matte maturate mature maul maunder maximise maximize meander mechanise mechanize meddle
medicate medicine meet melanise melanize meliorate mellow melodise melodize melt mend menstruate
mercerise mercerize merchandise merge mesh mess metabolise metabolize metal metalize metallize
metamorphose metastasise metastasize meter metricate metricise metricize metrify mewl microcopy
microfilm microwave micturate middle migrate mildew militarise militarize militate milk mill mime
mimeo mimeograph mimic mine mineralize mingle miniate miniaturise miniaturize minify minimize
minister minstrel mint mirror misalign misally misapply misappropriate misbehave miscarry miscast
misconduct misdeal misdeliver misdemean misdirect misdo misfire misfunction misgovern misguide
mishandle mislay mismanage mismarry mismatch mismate misplace misplay misprint mist mistime mistreat
misuse miter mix mizzle mob mobilise mobilize model modernise modernize modify modulate moil moisten
moisturise moisturize mold molder molest mollycoddle molt monetise monetize monger mongrelise
mongrelize monkey monopolise monopolize mooch moon moonlight moonshine moor mop mope morph mortar
mortgage mortice mortise mosey mosh mothball mother mothproof motivate motley motor motorbike
motorboat motorcycle motorise motorize mottle mould moulder moult mound mount mountaineer mouse
mousse move mow muck mud muddle muddy mudwrestle muff muffle mug mulch mulct munch munition murder
murk muscle mush mushroom muss muster mutate mutilate mutiny muzzle mythologise mythologize nab nail
nap narcotise narcotize narrow nationalise nationalize naturalise naturalize navigate nazify near
neaten neck necrose negative negociate nestle net nett neuter neutralise neutralize nibble nick
nickel nictate nictitate nigrify nip nitrate nitrify nitrogenise nitrogenize nobble nock noose
normalise normalize nosedive nosh notch nourish novate novelise novelize nudge nuke nullify nurse
nut nutate nutrify nuzzle obey objectify obligate oblige obliterate obsolesce obstinate obstipate
obstruct obtain obtrude obtund obturate occasion occidentalise occidentalize occlude occur off offer
officialise officialize officiate offload offsaddle oil ooze opacify opalesce opalise opalize open
operate oppress opsonize optimise optimize orb orbit orchestrate ordain ordinate organise organize
orientalise orientalize ornament orphan ossify ostracise ostracize oust outbid outbrave outcall
outcrop outcry outdistance outdo outdraw outfight outfit outflank outfox outgeneral outgo outgrow
outlaw outmaneuver outmanoeuvre outmarch outmatch outmode outpace outperform outplay outpoint output
outrange outrival outroar outrun outsail outscore outsell outshine outshout outsmart outsource
outspan outstrip outvie outvote outweigh outwit ovenbake overachieve overact overbid overboil
overcast overcharge overclothe overcloud overcome overcook overcrop overcrowd overcultivate overdo
overdose overdraw overdress overdrive overeat overexert overexploit overextend overfatigue overfeed
overfill overflow overfly overgorge overhaul overheat overindulge overlay overleap overlie overload
overmaster overpay overplay overpower overprice overprint overproduce overprotect overreach
overrefine overrun oversee oversew oversimplify oversleep overspecialise overspecialize overspend
overstep overstock overstrain overstretch overstuff oversupply overtake overtax overthrow overtire
overtrump overturn overuse overweary overwork ovulate owe own oxidate oxidise oxidize oxygenate
oxygenise oxygenize oyster ozonise ozonize pace pack package paddle padlock paganise paganize pain
paint pair pal pale palisade pall palm palpate palpebrate palpitate palsy pamper pan pander panel
panhandle pant pantomime paper par parachute parade paragraph parallelize paralyse paralyze parboil
parcel parch pare parent parget park parlay parody parole parry part participate partition partner
party pass paste pasteurise pasteurize pasture pat patch patent patinate patinise patinize patrol
patronage patronise patronize patter pattern pauperise pauperize pave paw pawn pay peak pearl peck
peculate pedal peddle pedicure pee peel peg pelt pen penalise penalize pencil penetrate pension
people peptise peptize perch percolate percuss peregrinate perfect perforate perform perfuse perish
perk perm permeate permute peroxide perpetrate persecute persevere personalise personalize perspire
pervade pervaporate pervert pestle pet petrify phase philander phlebotomise phlebotomize photocopy
photostat picket pickle picnic picture piece pierce pigeonhole piggyback pigment pile pilfer pillage
pillory pillow pilot pimp pin pinch ping pinion pinkify pinpoint pioneer pip pirate pirouette piss
pit pitch pitchfork pith pivot placard place plagiarise plagiarize plague plait plane plank plant
plash plaster plasticise plasticize plastinate plate platinize play playact pleach pleat plicate
plod plonk plop plough plow pluck plug plume plummet plump plunder plunge ply poach pock pocket
pockmark pod poetise poetize poise poison polarise polarize pole poleax poleaxe police polish
politicise politicize politick polka poll pollard pollenate pollinate pollute polychrome
polychromise polychromize polymerise polymerize pomade pommel pompadour poniard pontificate pooch
pool pop porcelainize port porter portion posit position postmark postpose posture pot potentiate
potter pouch poultice pounce pound pour powder powderise powderize power powerwash practice practise
prance prang prank prawn prearrange preassemble precess precipitate preclude preconceive
precondition precook predecease predigest preempt preen prefabricate prefigure prefix preform
preheat prehend preisolate prejudice premier premiere prepare prepay prepose prepossess preside
press pressure pressurise pressurize prettify prevent prey price prick prim prime primp prink print
prise privatise privatize privilege prize prizefight process procreate proctor procure prod produce
profane professionalise professionalize proffer profile profit profiteer programme progress prolapse
proliferate prolong promenade promote prompt pronate pronk proof prop propagate propel proportion
prosecute prosper prostitute prostrate protect protract provide provision prowl prune psalm ptyalise
ptyalize publish pucker puddle puff puke pule pull pulp pulsate pulse pulverise pulverize pumice
pummel pump pun punch punctuate puncture punish punt pup pupate purchase puree purge purify purl
purloin purple purpurate purse pursue purvey push pussyfoot put putrefy putt putter putty pyramid
quadruple quadruplicate quaff quail quake quantify quarantine quarry quarterback quash queen queer
quell quench quest queue quicken quickstep quilt quintuple quirk quiver rabbet rabbit race rack
racket racketeer raddle radiate radicalize raffle raft rafter raid railroad raiment rain raise rake
rally ram ramify rampage ranch randomise randomize ransack ransom rap rape rappel rarefy rarify rase
rasp rasterize rat ratchet ratify ration rationalise ravage rave ravel raven ravish ray raze razor
reabsorb reach reactivate readapt readjust readmit ready realign realine realise reallocate reallot
ream reanimate reap reappear reapportion rear rearm rearrange reassail reassemble reassign reave
reawaken rebate rebel rebind reboot rebound rebuild rebury recalcitrate recast recede receive recess
recharge recidivate reciprocate reclaim recline recode recognise recoil recombine recommence
recommit recompense reconcile recondition reconquer reconstitute reconvene reconvert recopy recoup
recover recreate recrudesce recruit recumb recuperate recur recurve recycle redden redecorate redeem
redeploy redeposit redesign redirect redispose redistribute redline redo redouble redress reduce
reduplicate reef reel reelect reenact reenforce reestablish reeve reface refashion referee reference
refill refinance refine refinish refit reflate reflectorise reflectorize refloat reforest reforge
reform refracture refreshen refrigerate refuel refund refurbish refurnish regain regale regenerate
regiment regorge regress regroup regrow regularise regularize regulate regurgitate rehabilitate
reharmonise reharmonize rehash rehear rehearse reheat reheel rehouse reign reignite reimburse
reimpose rein reinforce reinstall reinstate reinsure reintegrate reinvent reinvigorate reissue rejig
rejoin rekindle relace relapse relax release relegate relieve reline relinquish reload relocate
relyric remain remainder remake remarry remediate remedy remilitarise remilitarize remit remodel
remold remould remount remove remunerate rend render rendezvous renegade renew renormalise
renormalize renounce renovate rent reopen reorganise reorganize repaint repair repatriate repay
repel repercuss replace replant replay replenish replete replicate repoint repose reposit reposition
repossess repot repress reprint reprise reprize reprocess reproduce republish repulse repurchase
requite rescale rescue reseal reseat resect reseed resell resettle resew reship reshuffle resift
resign resile resize resmudge resole resorb resort respire rest restart restitute restock restore
restrain restrengthen restrict restructure resublime resubmit resume resurface resurrect resuscitate
resuspend ret retain retake retaliate retard retch retell retick retie retire retool retouch retrace
retransmit retread retreat retrench retrieve retrofit retroflex retrograde retrogress retrovert
retry return reunify reunite reuse rev revalue revamp revel revenge reverse revert revet revisit
revitalise revitalize revive revivify revoke revolt revolutionize revolve rewire rework rhumba rhyme
rib rice rick ricochet rid riddle ride riffle rifle rig right rigidify rinse riot rip ripen riposte
ripple rise risk ritualise ritualize rive roach roam roast rob robe rock rocket roil roister
roleplay roll rollerblade rollick romance romp roneo roof rook roost root rootle rope rosin rot
rotate rouge rough roughcast roughen round rouse rout route rove row rub rubber rubberise rubberize
rubberstamp rubify rubric rubricate ruck ruddle ruff ruggedise ruggedize ruin rumba ruminate rummage
rumple rumpus run rupture rush rust saber sabotage sabre sack sacrifice saddle safeguard sag sail
sailplane salinate salivate sallow saltate salvage salve samba sample sand sandbag sandblast
sandpaper sandwich sanitate sanitise sanitize sap saponify sashay sate satiate satisfice satisfise
saturate sauce saunter saute savage save saw scab scaffold scallop scalp scam scamp scamper scant
scar scarf scarify scarper scat scatter scavenge scend schematise schematize schlep schnorr school
schuss scintillate scissor sclaff scollop scoop scoot scorch score scotch scour scourge scowl
scrabble scrag scram scramble scrap scrape scratch scrawl screw scribe scrimmage scrimp scrimshank
script scroll scrounge scrub scud scuff scuffle scull sculpt sculpture scum scupper scurry scuttle
scythe seal seam seaplane sear seat secede seclude second secrete section sectionalise sectionalize
secularise secularize secure sedate sediment seduce seed seek seep seesaw segment segregate seine
seize sell sellotape send senesce sensibilise sensibilize sensify sensitize sensualise sensualize
sentimentalise sentimentalize sentimentise sentimentize sequester sequestrate serenade serialise
serialize serrate service sever sew sexualise sexualize shackle shade shadow shadowbox shaft shag
shake shallow sham shamanise shamanize shamble shame shampoo shanghai shank share shark sharpen
sharpshoot shatter shave shear sheathe shed sheer sheet shell shellac shellack shepherd shield shift
shill shimmer shimmy shin shine shingle shinny ship shipwreck shirk shirr shirt shiver shlep shnorr
shoal shoe shoehorn shoetree shoo shoot shop shoplift short shorten shoulder shove shovel shower
shred shrimp shrine shrink shrinkwrap shrivel shroud shrug shuck shudder shuffle shunt shush shut
shutter shuttle shuttlecock shy sic sick side sideline sideswipe sidetrack sidle sieve sift sigh
sightread sightsee sightsing signalise signalize silence silkscreen silt silver silverplate simmer
simonise simonize simper simplify simulate sin sing singe single sink sinter sip siphon sire sit
site size skank skate skateboard skedaddle sketch skew skewer ski skid skim skimcoat skimp skin
skipper skirmish skitter skittle skive skunk sky skydive skyjack skylark skyrocket slabber slack
slacken slag slake slalom slam slap slash slat slather slaughter slave slaver slay sled sledge
sledgehammer sleek sleep sleepwalk sleet sleigh slenderise slenderize slew slice slick slide slim
slime sling slink slip slit slither sliver slobber slog sloganeer slop slope slouch slough slow slue
slug sluice slum slumber slump slur slurp smack smash smatter smear smelt smile smirch smirk smite
smock smoke smolder smooch smooth smoothen smother smudge smuggle smut smutch snack snaffle snafu
snag snail snake snap snare snarf snatch sneak sneer sneeze snick snicker sniffle snigger snip snipe
snitch snog snooker snooze snore snorkel snow snowball snowboard snowmobile snowshoe snuggle soak
soap soar sob sober socialise socialize sock sod sodomise sodomize soil solder soldier sole
solemnise solemnize solidify solmizate solo solvate somersault somnambulate sonnet soot sop
sophisticate sorb sorcerise sorcerize sort soundproof soup sour source souse sovietise sovietize sow
space spacewalk spade spang spank spar spare sparge spark sparkle spat spatchcock spatter spawn spay
spear spearhead specialise specialize speciate speck speckle speed spew sphacelate spice spiel spike
spill spin spiral spirit spiritise spiritize spirt spit splash splatter splay splice splint splinter
split splotch splurge spoil spondaise spondaize sponge sponsor spool spoon spoonfeed sporulate
spotlight spotweld sprain sprawl spray spread spreadeagle spree spring sprinkle sprint spritz sprout
spruce spud spue spume spur spurt squander square squash squat squeegee squeeze squelch squinch
squint squire squirm squirt squish stab stabilise stabilize stable stack staff stag stage stagger
stain stake stale stalemate stalinise stalinize stalk stamp stampede stanch standardize staple
starboard starch start starve stash station staunch stave stay steady steal steam steamer steamroll
steamroller steepen steer stencil stenograph step sterilise sterilize stet stick stiffen stifle
stigmatise stigmatize stint stipple stitch stock stockade stockpile stoke stomach stomp stone
stonewash stooge stoop stop stopper stopple store stow strafe straggle straighten strain straiten
strand strangle strangulate strap stratify straw stray streak stream streamline streetwalk
strengthen stretch strew striate strickle stride strike string strip stripe strive stroke stroll
strop structure struggle strut stub stucco stuff stumble stun stunt stylise stylize stymie stymy sub
subcontract subdivide subdue subjoin subjugate sublease sublet sublimate sublime subluxate submarine
submerge submerse suborn subrogate subserve subside subsidise subsidize substitute subtilise
subtitle suburbanise suburbanize subvert succeed succor succour succuss suck suckle suction sudate
suds sue suffix suffocate suffuse sulfate sulfur sulfurette sully sulphur sulphurette summerise
summerize summit sun sunbathe sunburn sunder suntan sup superannuate supercede supercharge
superfetate superimpose superinfect superintend superpose superscribe supersede supervene supervise
supinate supplant supple supplement supply support suppress suppurate surcharge surf surface
surfboard surfeit surge surmount surpass surrender surround surtax suspend suspire suture swab
swaddle swag swage swagger swallow swamp swap swash swat swathe swatter sway sweat sweep swell
swelter swerve swig swill swim swindle swing swinge swipe swirl switch swivel swob swoon swoop swop
syllabicate syllabify syllabise syllabize symmetrise symmetrize symphonise symphonize sync
synchronize syncopate syncretise syncretize syndicate syphon syringe systematise systematize
systemise systemize taboo tabularise tabularize tabulate tack tackle tag tail tailgate tailor taint
take talc tame tamp tamper tampon tan tango tank tap tapdance tape taper tar target tariff tarmac
tarnish task tat tattoo tauten tax taxi team tear teargas tee teeter teetertotter teethe teetotal
teleport telescope temper temporise temporize tenant tender tenderise tenderize tense tenure
terminate terrace terrasse territorialise territorialize terrorise terrorize test tether thatch thaw
theme thermostat thicken thieve thin thoriate thrash thread thresh thrive thrombose throne throng
throttle throw thrust thumb thumbtack thump thunder thwack thwart ticket tide tidy tie tighten tile
till tiller tilt tin tinct tincture tinker tinsel tint tip tipple tippytoe tiptoe tire tissue tithe
titivate titrate titter tittivate tittup toast toboggan toddle toe toenail tog toggle toil tomahawk
tongue tonsure tool topdress tope topple torch torpedo toss totalise totalize tote totter touch
toughen tour tourney tousle tow towel toy track trade trademark traffic trail traipse tram trammel
tramp trample transact transaminate transduce transect transfer transfigure transform transfuse
transgress transistorise transistorize transit transition transitivise transitivize translocate
transmit transmogrify transmute transpirate transpire transplant transport transpose transship
transubstantiate transude trap trash traumatise traumatize travail travel traverse travesty trawl
tread treadle treasure treat tree trek trellis tremble tremor trench trend trepan trephine trespass
triangulate trice trick trickle trifurcate trigger trim trip triple triplicate trisect triumph troll
troop trot troubleshoot trounce trowel truck trudge true truncate trundle truss try tube tuck tucker
tug tumble tumefy tumesce tune tunnel turf turn turtle tusk tussle tweak tweedle tweeze twiddle twig
twill twine twirl twist twitch typecast typeset tyrannise tyrannize uglify ulcerate ultracentrifuge
umpire unarm unbar unbelt unbend unbind unblock unbolt unbox unbrace unbraid unbridle unbuckle
unburden unbutton uncase unchain unclasp unclip unclog unclothe unclutter uncoil uncompress uncork
uncouple uncrate uncross uncurl underachieve underact underbid undercharge undercoat undercut
underdress undergird undergrow underlay undermine undernourish underpay underperform underpin
underplay underprice underproduce underquote undersell undershoot underspend understock undertake
undo undock undrape undress undulate unearth unfasten unfit unfold unfreeze unfrock unfurl unhand
unharness unhitch unhook unhorse unicycle uniform uniformise uniformize unify unionise unionize
unite unitise unitize unknot unlace unlade unlash unlax unleash unload unlock unloose unloosen
unmake unmuzzle unpack unpick unpin unplug unravel unreel unroll unsaddle unsanctify unscramble
unscrew unseal unseat unsex unsheathe unsnarl unsolder unstaple unstrain unstrap unstring unstuff
unsubstantialise unsubstantialize untangle unthaw untie untwine untwist unveil unweave unwind unwire
unwrap unyoke unzip up upchuck update upend upheave upholster upload upraise uproot upstage urbanise
urbanize urinate use usher usurp utilise utilize vacate vaccinate vacuum vagabond valet vamoose vamp
vandalise vandalize vanish vanquish vaporise vaporize variegate varnish vascularise vascularize
vasectomise vasectomize vault veer veil vein velcro vend veneer venesect ventilate verbify verdigris
vermiculate vermilion verse versify vesicate vesiculate vest vesture vet vibrate victimise victimize
victual vie vinify virilise virilize visit visualize vitalise vitalize vitaminise vitaminize vitiate
vitrify vivify vivisect vocalise void volatilise volatilize volley vomit vote vouchsafe voyage
vulcanise vulcanize wad waddle wade waft wag wage wager waggle waitress waive wake waken walk wall
wallop wallow wallpaper waltz wamble wan wander wane wangle wank war ward ware warehouse warm wash
wassail waste water watercolor watercolour waterproof wattle wax waylay weaken wean weaponize wear
weary weatherproof weatherstrip weave web wed wedel wedge wee weed weep weightlift welch welcome
weld well welsh welt welter wench wend westernise westernize wet whack whale wham whang whap wharf
wheel wheelbarrow wheeze whelk whelp whimper whip whipsaw whirl whirligig whirlpool whisk whisker
whistlestop white whiten whiteout whittle wholesale whomp whoosh whop whore widen widow wield wiggle
wigwag wilt win wince winch wind windsurf wine wing wink winkle winnow winterise winterize wipe wire
withdraw wither withhold wive wobble wolf womanise womanize woo woolgather woosh work worm worsen
worst wound wrack wrap wreak wreathe wreck wrench wrest wrestle wrick wriggle wring wrinkle writhe
wrong xerox yacht yank yawn yellow yield yoke zero zigzag zinc zip zipper zone zoom
"""

HAPPENING_NOUNS = frozenset(_HAPPENINGS.split())
ACT_NOUNS = frozenset(_ACTS.split())
HAPPENING_VERBS = frozenset(_VERBS.split())
