package fr.interieur.qualepref.registers.domain;

/** How a request reached the site (3.1, 17, 36) or how the reply left it. */
public enum CorrespondenceChannel {
    LETTER,
    EMAIL,
    /** The contact form of the site's website: an electronic sending, like an e-mail (3.1). */
    WEB_FORM,
    SUGGESTION_BOX,
    /** A telephone request the site traces in its register (18). */
    TELEPHONE;

    public boolean electronic() {
        return this == EMAIL || this == WEB_FORM;
    }
}
