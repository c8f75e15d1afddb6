"""Nouns whose senses are mostly happenings, from WordNet 3.0: "accident", "crash", "ceremony".

Written by benchmarks/build_happening_nouns.py from WordNet's sense index (a noun's senses of
events and phenomena hold at least 60% of its uses tagged in SemCor, or its first
sense is one): do not edit, re-run it. 1021 nouns.

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

__all__ = ["HAPPENING_NOUNS"]

# In alphabetical order, a space or a line break apart.
_NOUNS = """
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

HAPPENING_NOUNS = frozenset(_NOUNS.split())
