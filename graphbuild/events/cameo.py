"""Our event types in CAMEO (Conflict and Mediation Event Observations, Gerner, Schrodt et al.,
codebook 1.1b3): the root code each type stands for, as data, with what it covers and what of
CAMEO it leaves out. An exported event carries its type's root code ("cameo" in events.jsonl);
'other' has none, nor 'appointment or dismissal', which CAMEO does not class.

The mapping is many-to-one where CAMEO splits what a reader lists together (a pledge of aid
is CAMEO 03, its delivery 07) and leaves CAMEO's roots that no type of ours stands for
(02 APPEAL as its own class, 08 YIELD, 09 INVESTIGATE, 10 DEMAND, 13 THREATEN, 14 PROTEST,
15 EXHIBIT FORCE POSTURE, 20 USE UNCONVENTIONAL MASS VIOLENCE) to 'other' or to the verbal
type that reads them ("demanded", "threatened" are statements).

>>> CAMEO_ROOT["military action"], CAMEO_ROOT["sanction"], cameo_code("other")
('19', '16', None)
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CAMEO", "CAMEO_ROOT", "CameoMapping", "cameo_code"]


@dataclass(frozen=True)
class CameoMapping:
    """One event type in CAMEO: the root it exports, the other roots it reaches, and the
    part of those roots it does not cover."""

    root: str | None
    name: str
    also: tuple[str, ...]
    covers: str
    leaves_out: str


CAMEO = {
    "statement": CameoMapping(
        "01",
        "MAKE PUBLIC STATEMENT",
        ("02", "05", "10", "11", "12", "13"),
        "what someone said, announced, denied, warned or reported (01); the verbal acts of other "
        "roots read by their verb: appeals and urging (02), praise (051), demands (10), "
        "criticism and condemnation (11), threats (13)",
        "the act a statement is about: 'said it would send tanks' is a statement (01), the "
        "sending is its own event; CAMEO's 'decline comment' (011) is a statement here too",
    ),
    "meeting or visit": CameoMapping(
        "04",
        "CONSULT",
        ("042", "043", "044"),
        "meetings, talks, summits and conferences held (04); visits made (042) and hosted (043); "
        "meeting at a third location (044)",
        "a phone call (041) only through 'talk'; a meeting's outcome (an agreement is 'application "
        "or agreement', 057); gatherings of protest (14) are not meetings",
    ),
    "military action": CameoMapping(
        "19",
        "FIGHT",
        ("18", "15"),
        "armed force used by an organised or human actor: attacks, shelling, bombing, invasion, "
        "firing missiles (19); killing, shooting and wounding by people, including crime "
        "(18 ASSAULT); mobilising and deploying forces (15 EXHIBIT FORCE POSTURE)",
        "harm by no actor (a storm, a crash, a fire) is 'other'; mass violence (20) is not told "
        "apart; taking ground is 'capture or loss of territory'",
    ),
    "capture or loss of territory": CameoMapping(
        "19",
        "FIGHT",
        ("192", "0874"),
        "a place taken, annexed, occupied or retaken (192 occupy territory); withdrawing or "
        "retreating from it, surrendering it (0874 retreat or surrender militarily)",
        "CAMEO has no root for territory itself: the code is FIGHT's; a political transfer of "
        "land by treaty is 'application or agreement' (057)",
    ),
    "aid or pledge": CameoMapping(
        "07",
        "PROVIDE AID",
        ("03", "033", "05"),
        "economic, military and humanitarian aid given, sent or delivered to a recipient (07); "
        "aid pledged, offered or promised (033 express intent to provide material aid)",
        "selling or offering goods to customers is no aid ('other'); diplomatic cooperation "
        "without material help (05) only when a recipient and aid are named",
    ),
    "sanction": CameoMapping(
        "16",
        "REDUCE RELATIONS",
        ("163", "1711", "172"),
        "sanctions, embargoes, bans and restrictions imposed (163 impose embargo, boycott or "
        "sanctions); assets frozen (1711 confiscate property); administrative sanctions and "
        "curfews (172)",
        "arrests and other coercion (17) are 'other'; a company's restrictions on its own "
        "products are 'other'",
    ),
    "appointment or dismissal": CameoMapping(
        None,
        "no root: CAMEO does not class appointments",
        ("0832",),
        "a person appointed, named, elected, replaced, dismissed or resigning; CAMEO reaches it "
        "only as a concession (0832 accede to demands for change in leadership)",
        "no root code is exported: an approximate one would be a wrong one",
    ),
    "application or agreement": CameoMapping(
        "05",
        "ENGAGE IN DIPLOMATIC COOPERATION",
        ("057", "046", "03", "12"),
        "agreements, deals, treaties and contracts signed or ratified (057 sign formal "
        "agreement); negotiating (046); applying to join (03 express intent to cooperate); "
        "rejecting or vetoing (12 REJECT)",
        "a business contract or order is an agreement here though CAMEO codes states' and "
        "groups' agreements; rejection (12) and agreement share one type of ours",
    ),
}
CAMEO_ROOT = {kind: mapping.root for kind, mapping in CAMEO.items() if mapping.root is not None}


def cameo_code(kind: str) -> str | None:
    """The CAMEO root code of an event type, None for 'other' (and for no type of ours)."""
    return CAMEO_ROOT.get(kind)
