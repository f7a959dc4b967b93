package fr.interieur.qualepref.referential.domain;

/** The channel an indicator is restricted to, when it is (e.g. 17.2 e-mails, 3.1 suggestion box). */
public enum Channel {
    LETTER,
    EMAIL,
    /** Any electronic sending (e-mail or web form), as 3.1 says "envoi électronique". */
    ELECTRONIC,
    SUGGESTION_BOX,
    WEBSITE,
    VOICE_SERVER,
    TELEPHONE,
    SOCIAL_NETWORKS,
    DIGITAL_POINT,
    APPOINTMENT
}
