package fr.interieur.qualepref.governance.domain;

/** The posts that carry training duties, with the commitment that sets each. */
public enum DutyCategory {
    /** 4.1: agents of the physical reception. */
    RECEPTION("4.1"),
    /** 4.1: agents of the telephone reception. */
    TELEPHONE("4.1"),
    /** 4.3: the agents responsible for the website. */
    WEB_EDITOR("4.3"),
    /** 4.4: the référents qualité. */
    QUALITY_REFERENT("4.4"),
    /** 23.1: the digital mediators. */
    DIGITAL_MEDIATOR("23.1"),
    /** 28: the services delivering foreigners' titles. */
    FOREIGNERS_TITLES("28"),
    /** 33.1: agents trained against fraud. */
    FRAUD("33.1"),
    /** 45: coordination of interministerial public policies. */
    PUBLIC_POLICY_COORDINATION("45"),
    /** 50.2: the telephone agents of the cellule d'information du public (crisis communication). */
    CIP("50.2");

    private final String commitment;

    DutyCategory(String commitment) {
        this.commitment = commitment;
    }

    public String commitment() {
        return commitment;
    }
}
