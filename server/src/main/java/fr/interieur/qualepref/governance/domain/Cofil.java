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

/**
 * The site's comité de pilotage de la qualité (IV.1): who installed it and when, its formal composition, and the
 * records of the responsibilities it follows: the quality manager and their mission, the organisation chart, the
 * function descriptions. One per site.
 */
@Entity
@Table(name = "cofil")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class Cofil {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "installed_by")
    private CofilInstaller installedBy;
    @Column(name = "installed_on")
    private LocalDate installedOn;
    private String composition;
    @Column(name = "composition_document_id")
    private Long compositionDocumentId;
    @Column(name = "quality_manager")
    private String qualityManager;
    @Column(name = "quality_manager_mission_document_id")
    private Long qualityManagerMissionDocumentId;
    @Column(name = "organisation_chart_document_id")
    private Long organisationChartDocumentId;
    @Column(name = "function_descriptions_document_id")
    private Long functionDescriptionsDocumentId;

    protected Cofil() {
    }

    public Cofil(CofilInstaller installedBy, LocalDate installedOn) {
        this.installedBy = installedBy;
        this.installedOn = installedOn;
    }

    public void describe(CofilInstaller installedBy, LocalDate installedOn, String composition,
                         Long compositionDocumentId, String qualityManager, Long qualityManagerMissionDocumentId,
                         Long organisationChartDocumentId, Long functionDescriptionsDocumentId) {
        this.installedBy = installedBy;
        this.installedOn = installedOn;
        this.composition = composition;
        this.compositionDocumentId = compositionDocumentId;
        this.qualityManager = qualityManager;
        this.qualityManagerMissionDocumentId = qualityManagerMissionDocumentId;
        this.organisationChartDocumentId = organisationChartDocumentId;
        this.functionDescriptionsDocumentId = functionDescriptionsDocumentId;
    }

    public Long id() {
        return id;
    }

    public CofilInstaller installedBy() {
        return installedBy;
    }

    public LocalDate installedOn() {
        return installedOn;
    }

    public String composition() {
        return composition;
    }

    public Long compositionDocumentId() {
        return compositionDocumentId;
    }

    public String qualityManager() {
        return qualityManager;
    }

    public Long qualityManagerMissionDocumentId() {
        return qualityManagerMissionDocumentId;
    }

    public Long organisationChartDocumentId() {
        return organisationChartDocumentId;
    }

    public Long functionDescriptionsDocumentId() {
        return functionDescriptionsDocumentId;
    }

    @Override
    public String toString() {
        return "installed by " + installedBy + " on " + installedOn + ", quality manager " + qualityManager;
    }
}
