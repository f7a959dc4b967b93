package fr.interieur.qualepref.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A comité des usagers (IV.5): the site's global committee (no module) or the committee of one module
 * ("un comité des usagers global ou des comités spécifiques par module").
 */
@Entity
@Table(name = "users_committee")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class UsersCommittee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "module_number")
    private Integer moduleNumber;

    protected UsersCommittee() {
    }

    public UsersCommittee(String name, Integer moduleNumber) {
        this.name = name;
        this.moduleNumber = moduleNumber;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The module of a per-module committee; null for the global committee. */
    public Integer moduleNumber() {
        return moduleNumber;
    }

    @Override
    public String toString() {
        return name + (moduleNumber == null ? " (global)" : " (module " + moduleNumber + ")");
    }
}
