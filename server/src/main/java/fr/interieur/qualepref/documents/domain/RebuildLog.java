package fr.interieur.qualepref.documents.domain;

import java.util.Optional;

/** The progress of index rebuilds, kept in the database so a rebuild resumes where it stopped. */
public interface RebuildLog {

    Progress start(String directory, Long siteId, String siteCode, long total);

    void advance(long id, long done, long lastSiteId, long lastDocumentId);

    void finish(long id, boolean succeeded, String detail);

    Optional<Progress> running();

    Optional<Progress> latest();

    /** A rebuild and how far it got. */
    record Progress(long id, String directory, String state, Long siteId, String siteCode, long total, long done,
                    long lastSiteId, long lastDocumentId, long startedAtMillis, String detail) {
    }
}
