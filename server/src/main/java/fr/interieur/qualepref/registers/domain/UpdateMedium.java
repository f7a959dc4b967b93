package fr.interieur.qualepref.registers.domain;

/** Where a change of public information is published: the website (1.2, 11, 51.2) or the voice server (1.2, 8). */
public enum UpdateMedium {
    WEBSITE,
    VOICE_SERVER
}
