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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One value imported from another system for one indicator and period. Tenant-owned (ADR 0004). */
@Entity
@Table(name = "imported_value")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class ImportedValue implements RegisterEntry<ImportedValueFacts> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    private String indicator;
    @Enumerated(EnumType.STRING)
    private ValuePeriod period;
    @Column(name = "period_start")
    private LocalDate periodStart;
    private BigDecimal value;
    private String source;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected ImportedValue() {
    }

    public ImportedValue(ImportedValueFacts facts, String by, OffsetDateTime at) {
        apply(facts, by, at);
    }

    @Override
    public final void apply(ImportedValueFacts f, String by, OffsetDateTime at) {
        if (!f.problems().isEmpty()) {
            throw new IllegalArgumentException("refused facts: " + f.problems());
        }
        this.indicator = f.indicator() == null || f.indicator().isBlank() ? null : f.indicator().strip();
        this.period = f.period();
        this.periodStart = f.periodStart();
        this.value = f.value();
        this.source = f.source() == null || f.source().isBlank() ? null : f.source().strip();
        this.reference = f.reference();
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
    public ImportedValueFacts facts() {
        return new ImportedValueFacts(indicator, period, periodStart, value, source);
    }

    @Override
    public String summary() {
        return "reference=" + reference + ", value=" + value + ", source=" + source;
    }
}
