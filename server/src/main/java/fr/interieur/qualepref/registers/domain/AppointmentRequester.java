package fr.interieur.qualepref.registers.domain;

/** Who asked for the appointment: the commitment the request is measured by. */
public enum AppointmentRequester {
    /** 37: an élu or a cadre territorial. */
    ELECTED_OFFICIAL,
    /** 40: a user at the origin of an authorisation procedure (polices administratives). */
    APPLICANT
}
