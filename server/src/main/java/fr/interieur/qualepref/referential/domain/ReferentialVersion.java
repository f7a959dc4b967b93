package fr.interieur.qualepref.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.LocalDate;

/** One published version of the référentiel; sites are bound to one. Immutable once imported. */
@Entity
@Table(name = "referential_version")
@Cacheable
public class ReferentialVersion {

    @Id
    private Long id;
    private String code;
    private String title;
    private String subtitle;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "updated_on")
    private LocalDate updatedOn;
    @Column(name = "source_file")
    private String sourceFile;
    @Column(name = "source_sha256")
    private String sourceSha256;
    @Column(name = "loaded_at")
    private OffsetDateTime loadedAt;

    protected ReferentialVersion() {
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public LocalDate updatedOn() {
        return updatedOn;
    }

    /** The date the text took effect in its current form: its last update, else its publication. */
    public LocalDate effectiveOn() {
        return updatedOn != null ? updatedOn : publishedOn;
    }

    public String sourceFile() {
        return sourceFile;
    }

    public String sourceSha256() {
        return sourceSha256;
    }

    public OffsetDateTime loadedAt() {
        return loadedAt;
    }
}
