package fr.interieur.qualepref.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every resource of the platform lives under {@code /api/v1}; the version changes only with a breaking change. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Qual-e-pref API", version = "1",
        description = "Service-quality label of the French prefectoral network (référentiel Qual-e-pref). "
                + "Every error is an RFC 9457 application/problem+json body."))
public class RestApplication extends Application {
}
