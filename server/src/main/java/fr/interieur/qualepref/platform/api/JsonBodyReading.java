package fr.interieur.qualepref.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Marks failures that happen while reading a request body as the client's (400), so that the same JSON-B exceptions
 * raised while writing a response stay what they are: our bug (500).
 */
@Provider
public class JsonBodyReading implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (WebApplicationException e) {
            throw e;
        } catch (JsonbException | JsonParsingException | ProcessingException e) {
            throw new MalformedBody(e);
        }
    }

    /** A request body that is not JSON, or not of the expected shape. */
    public static final class MalformedBody extends RuntimeException {
        MalformedBody(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
