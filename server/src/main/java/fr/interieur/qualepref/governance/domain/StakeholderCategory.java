package fr.interieur.qualepref.governance.domain;

/** The categories of members of a comité des usagers (IV.5). */
public enum StakeholderCategory {
    CONSUMER_ASSOCIATION, USER_ASSOCIATION, PROFESSIONAL_ASSOCIATION, LOCAL_AUTHORITY, SITE, STATE_SERVICE, INVITED
}
