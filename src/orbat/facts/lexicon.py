"""Word lists the rules share (lemmas, lower case). Reference data (roles, force
words) extends them at build time; these are the built-in minimum."""

from __future__ import annotations

# a group's sub-unit named by region: "IS's Caucasus province", "its Sinai branch"
BRANCH_WORDS = {
    "province": "province",
    "wilayat": "province",
    "wilayah": "province",
    "vilayat": "province",
    "branch": "branch",
    "arm": "branch",
    "affiliate": "affiliate",
    "franchise": "affiliate",
    "wing": "wing",
    "faction": "faction",
}

# role nouns -> role attribute (spec: emir, wali, leader, commander, deputy, spokesman, founder, other)
ROLE_WORDS = {
    "emir": "emir",
    "amir": "emir",
    "wali": "wali",
    "governor": "wali",
    "leader": "leader",
    "chief": "leader",
    "head": "leader",
    "director": "leader",
    "commander": "commander",
    "deputy": "deputy",
    "spokesman": "spokesman",
    "spokesperson": "spokesman",
    "spokeswoman": "spokesman",
    "founder": "founder",
    "co-founder": "founder",
    "caliph": "leader",
    "qadi": "other",
    "mufti": "other",
}
MEMBER_WORDS = {
    "member", "militant", "fighter", "operative", "jihadist", "official", "ideologue", "cleric", "figure",
    "preacher", "judge", "recruiter", "financier", "administrator", "facilitator", "trainer", "strategist",
    "propagandist", "envoy", "emissary", "courier", "bombmaker", "treasurer", "negotiator",
}  # fmt: skip
# "top leadership position", "the helm"
TOP_POSITION_WORDS = {"position", "post", "helm", "leadership"}

FORCE_HEADS = {"forces", "force", "troops", "army", "military", "soldiers", "police", "servicemen"}

ATTACK_NOUNS = {
    "attack": None,
    "assault": None,
    "raid": "raid",
    "ambush": "raid",
    "bombing": "bombing",
    "blast": "bombing",
    "explosion": "bombing",
    "shooting": "shooting",
    "strike": None,
    "offensive": "raid",
    "siege": "raid",
    "massacre": "shooting",
    "stabbing": "other",  # "the stabbing of a priest in Normandy"
}
ATTACK_VERBS = {
    "attack": None,
    "storm": "raid",
    "besiege": "raid",  # "Marawi, which was besieged by Islamic State militants"
    "raid": "raid",
    "ambush": "raid",
    "overrun": "raid",
    "overran": "raid",  # (the lemmatizer leaves it as written when it tags it VBN)
    "bomb": "bombing",
    "shell": "rocket",
    "assault": None,
    "target": None,
    "torch": "other",  # "insurgents torched a village"
}
METHOD_CUES = {
    "suicide": "suicide_bombing",
    "ied": "ied",
    "roadside": "ied",
    "rocket": "rocket",
    "mortar": "rocket",
    "gunmen": "shooting",
    "shooting": "shooting",
    "stabbing": "stabbing",
    "kidnapping": "kidnapping",
    "abduction": "kidnapping",
    "car": None,
}
TARGET_CATEGORIES = (
    (
        "military",
        {
            "army",
            "military",
            "barracks",
            "soldier",
            "soldiers",
            "troops",
            "base",
            "peacekeepers",
            "servicemen",
            "garrison",
            "checkpoint",
        },
    ),
    ("police", {"police", "policemen", "officers", "patrol", "station"}),
    ("security", {"security", "fsb", "intelligence"}),
    ("government", {"government", "ministry", "official", "officials", "parliament"}),
    ("religious", {"mosque", "church", "shrine", "imam", "cleric"}),
    (
        "civilians",
        {
            "civilians", "market", "airport", "bus", "school", "hotel", "restaurant", "villagers",
            "passengers", "worshippers", "shoppers", "tourists", "students", "pilgrims", "mall",
        },
    ),
)

KILL_VERBS = {
    "kill": "killed",
    "assassinate": "killed",
    "eliminate": "killed",
    "execute": "executed",
    "behead": "executed",
    "neutralize": "killed",
    "neutralise": "killed",
    "slay": "killed",
    "martyr": "killed",
    "murder": "killed",
    "hang": "executed",
}
DIE_VERBS = {"die": "died", "perish": "died", "succumb": "died"}
DEATH_NOUNS = {
    "death": "unknown",
    "killing": "killed",
    "assassination": "killed",
    "execution": "executed",
    "demise": "unknown",
    "martyrdom": "unknown",
}
# "killing himself", "turned himself in", "appointed himself"
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
CAPTURE_VERBS = {
    "arrest": "arrested",
    "capture": "captured",
    "detain": "arrested",
    "seize": "captured",
    "surrender": "surrendered",
    "apprehend": "arrested",
    "nab": "arrested",
}

STATEMENT_NOUNS = {
    "statement": "statement",
    "message": "statement",
    "audio": "audio",
    "recording": "audio",
    "recordings": "audio",
    "speech": "audio",
    "video": "video",
    "magazine": "magazine",
    "communique": "statement",
    "interview": "news_agency",
    "post": "social_media",
    "tweet": "social_media",
    "address": "audio",
    "sermon": "audio",
    "eulogy": "audio",
    "clip": "video",
    "footage": "video",
}
SAY_VERBS = {"say", "state", "announce", "declare", "tell", "add", "claim", "report", "write", "warn"}

HEDGE_WORDS = {
    "appear",
    "seem",
    "likely",
    "probably",
    "possibly",
    "apparently",
    "believe",
    "think",
    "suspect",
    "presumably",
    "may",
    "might",
    "perhaps",
}
ALLEGE_WORDS = {"allegedly", "purportedly", "supposedly"}
REPORT_WORDS = {"reportedly"}
DENY_WORDS = {"deny", "reject", "dismiss"}
FUTURE_WORDS = {"will", "would", "could", "should", "shall"}

# descriptive heads for unnamed people: "the jihadist selected to lead ...", "four of his associates"
PEOPLE_HEADS = {
    "jihadist", "militant", "fighter", "commander", "leader", "man", "deputy", "associate", "member",
    "gunman", "insurgent", "rebel", "mujahideen", "soldier", "operative", "bodyguard", "comrade", "aide",
}  # fmt: skip
GROUP_ANAPHORS = {
    "group", "organization", "organisation", "jihadists", "militants", "movement", "insurgents", "network",
    "emirate", "alliance", "outfit", "insurgency", "militia", "caliphate", "coalition", "islamists", "extremists",
    "rebels", "terrorists", "mujahideen", "faction",
}  # fmt: skip


# a tie between groups told by a participle or adjective, and its kind ("al-Qaeda-linked",
# "ISIS-inspired", "aligned with"): read in facts.allegiance (alliances) and facts.leadership
# ("the leader of the al-Qaeda-aligned group, Hurras al-Din" leads Hurras al-Din)
LINK_WORDS = {
    "link": "linked",
    "affiliate": "affiliate",
    "ally": "ally",
    "align": "ally",
    "associate": "linked",
    "connect": "linked",
    "inspire": "linked",  # "the ISIS-inspired group Dawlah Islamiyah", "JAD, which is inspired by IS"
    "sympathetic": "linked",  # "JAD, a network sympathetic to the Islamic State"
    "close": "linked",  # "the Haqqani network is close to al-Qaeda" (two groups only: facts.allegiance)
    "loyal": "ally",  # "a faction loyal to al-Qaeda"
}
