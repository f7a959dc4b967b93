package fr.interieur.qualepref.documents.domain;

/**
 * The outcome of reading a file.
 *
 * @param mediaType the type detected from the bytes (never the name or the declared type)
 * @param status    what extraction made of it
 * @param text      the text, possibly empty, never null
 */
public record ExtractedText(String mediaType, Extraction status, String text) {

    public ExtractedText {
        text = text == null ? "" : text;
    }
}
