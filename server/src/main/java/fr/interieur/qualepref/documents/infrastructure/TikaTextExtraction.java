package fr.interieur.qualepref.documents.infrastructure;

import fr.interieur.qualepref.documents.domain.ExtractedText;
import fr.interieur.qualepref.documents.domain.Extraction;
import fr.interieur.qualepref.documents.domain.TextExtraction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Text extraction with Apache Tika, limited to the parsers the documentary system needs (PDF, Word, OpenDocument,
 * RTF, HTML, plain text), listed here rather than discovered, so nothing else in the class path is ever run on an
 * uploaded file. The type is detected from the bytes (magic numbers and container inspection), never from the name.
 * Each file is parsed on a worker thread with a deadline and a cap on the characters kept; embedded files (e.g. an
 * archive inside a document) are not parsed.
 */
@ApplicationScoped
public class TikaTextExtraction implements TextExtraction {

    private static final Logger LOG = Logger.getLogger(TikaTextExtraction.class.getName());

    @Inject
    @ConfigProperty(name = "qualepref.documents.extraction-timeout-ms", defaultValue = "20000")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "qualepref.documents.max-text-chars", defaultValue = "2000000")
    int maxChars;

    private final Detector detector;
    private final Parser parser;
    private final ExecutorService workers;

    public TikaTextExtraction() {
        ClassLoader loader = TikaTextExtraction.class.getClassLoader();
        detector = new DefaultDetector(MimeTypes.getDefaultMimeTypes(loader), loader);
        parser = new AutoDetectParser(detector, new CompositeParser(
                org.apache.tika.mime.MediaTypeRegistry.getDefaultRegistry(),
                List.of(new PDFParser(), new OOXMLParser(), new OfficeParser(), new OpenDocumentParser(),
                        new RTFParser(), new JSoupParser(), new TXTParser())));
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "qualepref-text-extraction-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** For tests: explicit limits. */
    public TikaTextExtraction(long timeoutMillis, int maxChars) {
        this();
        this.timeoutMillis = timeoutMillis;
        this.maxChars = maxChars;
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    @Override
    public String detect(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ExtractedText extract(Path file, String mediaType) {
        if (!DocumentTypes.HAS_TEXT.contains(mediaType)) {
            return new ExtractedText(mediaType, Extraction.NO_TEXT, "");
        }
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        Future<Extraction> job = workers.submit(() -> parse(file, handler));
        Extraction status;
        try {
            status = job.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            return new ExtractedText(mediaType, Extraction.TIMEOUT, "");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            return new ExtractedText(mediaType, Extraction.TIMEOUT, "");
        } catch (ExecutionException e) {
            status = classify(e.getCause());
        }
        String text = status == Extraction.OK || status == Extraction.TRUNCATED ? handler.toString().strip() : "";
        if (status == Extraction.OK && text.isEmpty()) {
            status = Extraction.NO_TEXT;
        }
        return new ExtractedText(mediaType, status, text);
    }

    private Extraction parse(Path file, BodyContentHandler handler) throws Exception {
        ParseContext context = new ParseContext();
        // Embedded documents (attachments, archives inside a file) are not opened.
        context.set(Parser.class, EmptyParser.INSTANCE);
        try (InputStream in = TikaInputStream.get(Files.newInputStream(file))) {
            parser.parse(in, handler, new Metadata(), context);
            return Extraction.OK;
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return Extraction.TRUNCATED;
            }
            throw e;
        }
    }

    private static Extraction classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getName().endsWith("InvalidPasswordException")) {
                return Extraction.ENCRYPTED;
            }
        }
        LOG.info("text extraction failed, the file is kept and flagged CORRUPT: " + e);
        LOG.log(Level.FINE, "text extraction failure", e);
        return Extraction.CORRUPT;
    }
}
