package fr.interieur.qualepref.governance.domain;

/** The topics a comité des usagers covers (IV.5), and whether the référentiel requires each every year. */
public enum MeetingTopic {
    /** Quality results: indicators, satisfaction and mystery surveys. */
    QUALITY_RESULTS(true),
    /** Complaints and action plans. */
    COMPLAINTS_AND_ACTION_PLANS(true),
    /** Users' wishes and suggestions for improvement. */
    USER_SUGGESTIONS(true),
    /** Improvements of the existing services ("le cas échéant": not required). */
    SERVICE_IMPROVEMENTS(false),
    /** Template letters and e-mails presented for advice (chapter III, 16.x; not required by IV.5). */
    TEMPLATE_LETTERS(false);

    private final boolean required;

    MeetingTopic(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }
}
