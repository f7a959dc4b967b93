package fr.interieur.qualepref;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md, and "no route without a declaration of who may call it", enforced at build time. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.interieur.qualepref");
    }

    @Test
    void domainCodeKnowsNothingOfHttpSqlOrLucene() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "java.sql..",
                        "org.apache.lucene..", "org.yaml..", "org.flywaydb..", "..infrastructure..", "..api..")
                .check(classes);
    }

    @Test
    void applicationCodeDoesNotDependOnTheRestLayerOrInfrastructure() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..api..",
                        "..infrastructure..")
                .check(classes);
    }

    @Test
    void resourcesDoNotTouchRepositoriesOrInfrastructure() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    @Test
    void noPackageIsAGrabBag() {
        noClasses().should().resideInAnyPackage("..util..", "..common..", "..helper..", "..manager..", "..impl..")
                .check(classes);
    }

    static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS = List.of(GET.class,
            POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class, OPTIONS.class);

    @Test
    void everyRouteDeclaresWhoMayCallIt() {
        methods().that(new com.tngtech.archunit.base.DescribedPredicate<JavaMethod>("are JAX-RS routes") {
            @Override
            public boolean test(JavaMethod m) {
                return HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith);
            }
        }).should(new ArchCondition<JavaMethod>("declare @RolesAllowed, @PermitAll or @DenyAll (method or class)") {
            @Override
            public void check(JavaMethod m, ConditionEvents events) {
                boolean declared = declares(m.isAnnotatedWith(RolesAllowed.class), m.isAnnotatedWith(PermitAll.class),
                        m.isAnnotatedWith(DenyAll.class))
                        || declares(m.getOwner().isAnnotatedWith(RolesAllowed.class),
                        m.getOwner().isAnnotatedWith(PermitAll.class), m.getOwner().isAnnotatedWith(DenyAll.class));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(m, m.getFullName() + " declares no role"));
                }
            }
        }).allowEmptyShould(false).check(classes);
    }

    private static boolean declares(boolean... annotations) {
        for (boolean a : annotations) {
            if (a) {
                return true;
            }
        }
        return false;
    }
}
