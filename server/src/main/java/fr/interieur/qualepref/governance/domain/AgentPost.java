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

/** A post an agent holds, in a category that carries training duties, from its start date (to its end, if any). */
@Entity
@Table(name = "agent_post")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class AgentPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agent_id")
    private long agentId;
    @Enumerated(EnumType.STRING)
    private DutyCategory category;
    @Column(name = "started_on")
    private LocalDate startedOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected AgentPost() {
    }

    public AgentPost(long agentId, DutyCategory category, LocalDate startedOn, LocalDate endedOn) {
        this.agentId = agentId;
        this.category = category;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
    }

    public void end(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public TrainingCompliance.Post facts() {
        return new TrainingCompliance.Post(category, startedOn, endedOn);
    }

    public Long id() {
        return id;
    }

    public long agentId() {
        return agentId;
    }

    public DutyCategory category() {
        return category;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    @Override
    public String toString() {
        return category + " " + startedOn + ".." + (endedOn == null ? "" : endedOn);
    }
}
