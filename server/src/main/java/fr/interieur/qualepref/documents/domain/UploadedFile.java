package fr.interieur.qualepref.documents.domain;

import java.text.Normalizer;

/**
 * A file already in the content store, with its text, ready to become a version.
 *
 * @param sha256      the hash of its bytes (its name in the store)
 * @param size        its length in bytes
 * @param displayName the name the uploader gave, cleaned for display; never used as a path
 * @param text        its detected type and extracted text
 */
public record UploadedFile(String sha256, long size, String displayName, ExtractedText text) {

    /**
     * The uploader's file name reduced to something safe to show and to put in a Content-Disposition header: the last
     * path segment, without control characters or quotes, at most 255 characters; "document" when nothing is left.
     */
    public static String displayName(String submitted) {
        if (submitted == null) {
            return "document";
        }
        String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "document";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
