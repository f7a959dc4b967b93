package fr.interieur.qualepref.documents.application;

import fr.interieur.qualepref.documents.domain.AcceptedTypes;
import fr.interieur.qualepref.documents.domain.ContentStore;
import fr.interieur.qualepref.documents.domain.ExtractedText;
import fr.interieur.qualepref.documents.domain.TextExtraction;
import fr.interieur.qualepref.documents.domain.UnacceptableFile;
import fr.interieur.qualepref.documents.domain.UploadedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives a file before any transaction opens: copies it into the store's staging area under the size limit,
 * decides its type from its bytes, refuses archives and programs, moves it to its hash and extracts its text. The slow
 * part (extraction) thus never holds a database connection.
 */
@ApplicationScoped
public class DocumentUploads {

    @Inject
    ContentStore store;

    @Inject
    TextExtraction extraction;

    @Inject
    @ConfigProperty(name = "qualepref.documents.max-upload-bytes", defaultValue = "52428800")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * @throws ContentStore.TooLarge beyond the limit
     * @throws UnacceptableFile      for a type the documentary system does not take
     */
    public UploadedFile receive(InputStream content, String submittedName) {
        ContentStore.Staged staged = store.stage(content, maxBytes);
        String type;
        try {
            if (staged.size() == 0) {
                throw new UnacceptableFile("The file is empty.");
            }
            type = extraction.detect(staged.file());
            AcceptedTypes.refusal(type).ifPresent(reason -> {
                throw new UnacceptableFile(reason);
            });
        } catch (RuntimeException e) {
            store.discard(staged);
            throw e;
        }
        ContentStore.StoredFile stored = store.keep(staged);
        ExtractedText text = extraction.extract(store.file(stored.sha256()).orElseThrow(), type);
        return new UploadedFile(stored.sha256(), stored.size(), UploadedFile.displayName(submittedName), text);
    }
}
