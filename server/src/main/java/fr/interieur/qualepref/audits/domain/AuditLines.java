package fr.interieur.qualepref.audits.domain;

import java.util.List;
import java.util.Optional;

/** The grid lines of the bound site (tenant-owned: no method names a site). */
public interface AuditLines {

    List<AuditLine> ofAudit(long auditId);

    Optional<AuditLine> find(long auditId, long lineId);

    void store(AuditLine line);

    List<AuditLineEvidence> evidenceOf(long auditId);

    void replaceEvidence(long lineId, List<Long> documentIds);
}
