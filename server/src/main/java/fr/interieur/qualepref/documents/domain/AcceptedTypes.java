package fr.interieur.qualepref.documents.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Which files the documentary system takes, by the type detected from their bytes: office documents and text whose
 * content can be searched, and photographs (a poster, a signed sheet) kept without text. Archives and programs are
 * refused: an archive is never expanded, and its members could not be searched or proved one by one.
 */
public final class AcceptedTypes {

    private static final Set<String> ACCEPTED = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/rtf", "text/html", "application/xhtml+xml",
            "text/plain", "image/jpeg", "image/png");

    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-tar", "application/gzip",
            "application/x-gzip", "application/x-7z-compressed", "application/x-rar-compressed",
            "application/vnd.rar", "application/x-bzip2", "application/x-xz", "application/java-archive");

    private AcceptedTypes() {
    }

    /** Why a file of this detected type is refused, or empty when it is accepted. */
    public static Optional<String> refusal(String detectedType) {
        if (ACCEPTED.contains(detectedType)) {
            return Optional.empty();
        }
        if (ARCHIVES.contains(detectedType)) {
            return Optional.of("The file is an archive (" + detectedType + "); archives are not expanded: upload "
                    + "each document on its own.");
        }
        return Optional.of("The file's content is of type " + detectedType + ", which is not accepted; accepted: "
                + "PDF, Word (DOC, DOCX), OpenDocument text, RTF, HTML, plain text, JPEG and PNG images.");
    }
}
