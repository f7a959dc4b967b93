package fr.interieur.qualepref.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import java.time.LocalDate;

/** A member of a comité des usagers: who, for which stakeholder category and organisation, from when to when. */
@Entity
@Table(name = "committee_member")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class CommitteeMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "committee_id")
    private long committeeId;
    private String name;
    @Enumerated(EnumType.STRING)
    private StakeholderCategory category;
    private String organisation;
    @Column(name = "member_from")
    private LocalDate memberFrom;
    @Column(name = "member_until")
    private LocalDate memberUntil;

    protected CommitteeMember() {
    }

    public CommitteeMember(long committeeId, String name, StakeholderCategory category, String organisation,
                           LocalDate memberFrom, LocalDate memberUntil) {
        this.committeeId = committeeId;
        update(name, category, organisation, memberFrom, memberUntil);
    }

    public final void update(String name, StakeholderCategory category, String organisation, LocalDate memberFrom,
                             LocalDate memberUntil) {
        this.name = name;
        this.category = category;
        this.organisation = organisation;
        this.memberFrom = memberFrom;
        this.memberUntil = memberUntil;
    }

    public Membership membership() {
        return new Membership(id, name, category, memberFrom, memberUntil);
    }

    public Long id() {
        return id;
    }

    public long committeeId() {
        return committeeId;
    }

    public String name() {
        return name;
    }

    public StakeholderCategory category() {
        return category;
    }

    public String organisation() {
        return organisation;
    }

    public LocalDate memberFrom() {
        return memberFrom;
    }

    public LocalDate memberUntil() {
        return memberUntil;
    }

    @Override
    public String toString() {
        return name + " / " + category + " / " + organisation + " / " + memberFrom + ".."
                + (memberUntil == null ? "" : memberUntil);
    }
}
