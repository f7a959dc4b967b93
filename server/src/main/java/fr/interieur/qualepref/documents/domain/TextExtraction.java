package fr.interieur.qualepref.documents.domain;

import java.nio.file.Path;

/** Reads the text of a stored file, in bounded time and memory, deciding its type from its bytes. */
public interface TextExtraction {

    /** The detected media type of the file, e.g. "application/pdf". */
    String detect(Path file);

    /** The file's text and how the extraction went; never throws for a bad file (it is flagged instead). */
    ExtractedText extract(Path file, String mediaType);
}
