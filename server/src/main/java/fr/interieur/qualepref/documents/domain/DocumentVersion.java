package fr.interieur.qualepref.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One file of a document: its SHA-256 (the name of the bytes in the content store), size, detected type, the name the
 * uploader gave it (shown, never used as a path) and the extracted text. Versions are never changed or deleted.
 */
@Entity
@Table(name = "document_version")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "site_id", contextProperty = "qualepref.site_id")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "document_id")
    private long documentId;
    private int version;
    private String sha256;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "file_name")
    private String fileName;
    @Enumerated(EnumType.STRING)
    private Extraction extraction;
    @Column(name = "extracted_text")
    private String extractedText;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private OffsetDateTime uploadedAt;

    protected DocumentVersion() {
    }

    public DocumentVersion(long documentId, int version, UploadedFile file, String uploadedBy, OffsetDateTime at) {
        this.documentId = documentId;
        this.version = version;
        this.sha256 = file.sha256();
        this.sizeBytes = file.size();
        this.mediaType = file.text().mediaType();
        this.fileName = file.displayName();
        this.extraction = file.text().status();
        this.extractedText = file.text().text();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public long documentId() {
        return documentId;
    }

    public int version() {
        return version;
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return fileName;
    }

    public Extraction extraction() {
        return extraction;
    }

    public String extractedText() {
        return extractedText;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }
}
