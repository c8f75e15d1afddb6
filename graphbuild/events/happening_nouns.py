"""Nouns whose senses are mostly happenings, from WordNet 3.0: "accident", "crash", "ceremony".

Written by benchmarks/build_happening_nouns.py from WordNet's sense index: do not edit, re-run
it. :data:`HAPPENING_NOUNS` (1021 nouns): a noun's senses of events and phenomena hold at
least 60% of its uses tagged in SemCor, or its first sense is one. :data:`ACT_NOUNS`
(4831 nouns): the same, its senses of acts counted with them ("murder", "election").

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

__all__ = ["ACT_NOUNS", "HAPPENING_NOUNS"]

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

HAPPENING_NOUNS = frozenset(_HAPPENINGS.split())
ACT_NOUNS = frozenset(_ACTS.split())
