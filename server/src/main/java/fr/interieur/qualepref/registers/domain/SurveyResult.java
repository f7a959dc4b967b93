package fr.interieur.qualepref.registers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One survey result for one criterion (2, 3, 5–8, 10, 15, 51, 53, 54). Tenant-owned (ADR 0004). */
@Entity
@Table(name = "survey_result")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class SurveyResult implements RegisterEntry<SurveyFacts> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private SurveyKind survey;
    private String indicator;
    private String criterion;
    @Column(name = "conducted_on")
    private LocalDate conductedOn;
    private Integer respondents;
    private Integer satisfied;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected SurveyResult() {
    }

    public SurveyResult(SurveyFacts facts, String by, OffsetDateTime at) {
        apply(facts, by, at);
    }

    @Override
    public final void apply(SurveyFacts f, String by, OffsetDateTime at) {
        if (!f.problems().isEmpty()) {
            throw new IllegalArgumentException("refused facts: " + f.problems());
        }
        this.reference = f.reference() == null || f.reference().isBlank() ? null : f.reference().strip();
        this.survey = f.survey();
        this.indicator = f.indicator() == null || f.indicator().isBlank() ? null : f.indicator().strip();
        this.criterion = f.criterion() == null || f.criterion().isBlank() ? null : f.criterion().strip();
        this.conductedOn = f.conductedOn();
        this.respondents = f.respondents();
        this.satisfied = f.satisfied();
        this.recordedBy = by;
        this.updatedAt = at;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public int rowVersion() {
        return rowVersion;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    @Override
    public SurveyFacts facts() {
        return new SurveyFacts(reference, survey, indicator, criterion, conductedOn, respondents, satisfied);
    }

    @Override
    public String summary() {
        return "reference=" + reference + ", survey=" + survey + ", indicator=" + indicator + ", criterion="
                + criterion + ", conducted=" + conductedOn + ", satisfied=" + satisfied + "/" + respondents;
    }
}
