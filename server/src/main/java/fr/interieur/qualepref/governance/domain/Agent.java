package fr.interieur.qualepref.governance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A member of the site's staff whose training is recorded (IV.3 "l'enregistrement individualisé des formations"); not
 * necessarily a user of the platform. The reference is the site's own (a staff number), unique in the site.
 */
@Entity
@Table(name = "agent")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class Agent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String reference;

    protected Agent() {
    }

    public Agent(String name, String reference) {
        this.name = name;
        this.reference = reference;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String reference() {
        return reference;
    }

    @Override
    public String toString() {
        return name + (reference == null ? "" : " (" + reference + ")");
    }
}
