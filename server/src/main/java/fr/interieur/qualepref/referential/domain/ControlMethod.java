package fr.interieur.qualepref.referential.domain;

import jakarta.persistence.Embeddable;

/**
 * One paragraph of the "méthode de contrôle et éléments de preuve" column: how an auditor checks a commitment or an
 * organisational requirement, and which evidence proves it.
 */
@Embeddable
public class ControlMethod {

    private int rank;
    private String text;

    protected ControlMethod() {
    }

    public int rank() {
        return rank;
    }

    public String text() {
        return text;
    }
}
