package fr.interieur.qualepref.audits.application;

import fr.interieur.qualepref.audits.domain.Audit;
import fr.interieur.qualepref.audits.domain.AuditGrid;
import fr.interieur.qualepref.audits.domain.AuditLine;
import fr.interieur.qualepref.audits.domain.AuditLineEvidence;
import fr.interieur.qualepref.audits.domain.AuditLines;
import fr.interieur.qualepref.audits.domain.GridLine;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import fr.interieur.qualepref.referential.application.ReferentialCatalog;
import fr.interieur.qualepref.referential.domain.ReferentialVersion;
import fr.interieur.qualepref.sites.domain.CommitmentExclusion;
import fr.interieur.qualepref.sites.domain.CommitmentExclusions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The grid of an audit, in the audited site's binding (the lines are the site's records): generated from the
 * référentiel and the site's modules and exclusions, optionally taking the evidence links of a previous audit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
@SiteScoped
public class GridService {

    @Inject
    AuditLines lines;

    @Inject
    ReferentialCatalog referential;

    @Inject
    CommitmentExclusions exclusions;

    public List<AuditLine> generate(Audit audit, Optional<Long> previousAudit) {
        ReferentialVersion version = audit.referentialVersion();
        List<AuditGrid.CommitmentSource> commitments = referential.commitments(version, Optional.empty()).stream()
                .map(c -> new AuditGrid.CommitmentSource(c.number(), c.module().number(), c.title(),
                        c.items().stream().map(i -> new AuditGrid.Item(i.number(), i.text())).toList(),
                        c.controlMethods().stream().map(m -> m.text()).toList()))
                .toList();
        List<AuditGrid.RequirementSource> requirements = referential.requirements(version).stream()
                .map(r -> new AuditGrid.RequirementSource(r.code(), r.title(),
                        r.controlMethods().stream().map(m -> m.text()).toList()))
                .toList();
        Map<Integer, String> excluded = exclusions.all().stream().collect(Collectors.toMap(
                CommitmentExclusion::commitmentNumber, CommitmentExclusion::justification));
        List<GridLine> grid = AuditGrid.generate(audit.site().modules(), commitments, requirements, excluded);
        List<AuditLine> stored = grid.stream().map(g -> new AuditLine(audit.id(), g)).toList();
        stored.forEach(lines::store);
        if (previousAudit.isPresent()) {
            Map<String, List<Long>> evidence = evidenceByReference(previousAudit.get());
            lines.ofAudit(audit.id()).forEach(l -> {
                List<Long> docs = evidence.get(l.reference());
                if (docs != null) {
                    lines.replaceEvidence(l.id(), docs);
                }
            });
        }
        return lines.ofAudit(audit.id());
    }

    public List<AuditLine> lines(long auditId) {
        return lines.ofAudit(auditId);
    }

    /** Line id → its evidence document ids. */
    public Map<Long, List<Long>> evidence(long auditId) {
        return lines.evidenceOf(auditId).stream().collect(Collectors.groupingBy(AuditLineEvidence::auditLineId,
                HashMap::new, Collectors.mapping(AuditLineEvidence::documentId, Collectors.toList())));
    }

    private Map<String, List<Long>> evidenceByReference(long auditId) {
        Map<Long, List<Long>> byLine = evidence(auditId);
        Map<String, List<Long>> byReference = new HashMap<>();
        for (AuditLine l : lines.ofAudit(auditId)) {
            List<Long> docs = byLine.get(l.id());
            if (docs != null) {
                byReference.put(l.reference(), docs);
            }
        }
        return byReference;
    }

    public Optional<AuditLine> line(long auditId, long lineId) {
        return lines.find(auditId, lineId);
    }

    public void replaceEvidence(long lineId, List<Long> documentIds) {
        lines.replaceEvidence(lineId, documentIds);
    }
}
