package fr.interieur.qualepref.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of the API tests: the WAR that {@code mvn package} built, exactly as it ships (libraries,
 * migrations and référentiel data included), rather than a hand-assembled subset.
 */
public final class ServerDeployment {

    private ServerDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("qualepref.it.war", "target/qualepref-server.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("run the integration tests through Maven (mvn verify): " + war
                    + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
