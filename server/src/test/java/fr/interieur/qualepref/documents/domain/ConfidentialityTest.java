package fr.interieur.qualepref.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.security.domain.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfidentialityTest {

    @Test
    void restrictedDocumentsAreForTheReferentAndTheAuditorsOnly() {
        assertThat(Confidentiality.RESTRICTED.openTo(Set.of(Role.QUALITY_REFERENT))).isTrue();
        assertThat(Confidentiality.RESTRICTED.openTo(Set.of(Role.AUDITOR))).isTrue();
        assertThat(Confidentiality.RESTRICTED.openTo(Set.of(Role.AGENT))).isFalse();
        assertThat(Confidentiality.RESTRICTED.openTo(Set.of(Role.AGENT, Role.AUDITOR))).as("any role opening it")
                .isTrue();
    }

    @Test
    void publicAndInternalDocumentsAreForTheStaffAndTheAuditors() {
        for (Confidentiality c : Set.of(Confidentiality.PUBLIC, Confidentiality.INTERNAL)) {
            assertThat(c.openTo(Set.of(Role.AGENT))).isTrue();
            assertThat(c.openTo(Set.of(Role.QUALITY_REFERENT))).isTrue();
            assertThat(c.openTo(Set.of(Role.AUDITOR))).isTrue();
        }
    }

    @Test
    void noLevelIsOpenToAPilotOrTheDmatWithoutAGrantOnTheSite() {
        for (Confidentiality c : Confidentiality.values()) {
            assertThat(c.openTo(Set.of(Role.REGIONAL_PILOT, Role.DMAT_ADMIN))).as(c.name()).isFalse();
            assertThat(c.openTo(EnumSet.noneOf(Role.class))).as(c.name()).isFalse();
        }
    }

    @Test
    void onlyTheStaffWhoReadALevelClassifyADocumentAtIt() {
        assertThat(Confidentiality.RESTRICTED.classifiableBy(Set.of(Role.QUALITY_REFERENT))).isTrue();
        assertThat(Confidentiality.RESTRICTED.classifiableBy(Set.of(Role.AGENT))).isFalse();
        assertThat(Confidentiality.RESTRICTED.classifiableBy(Set.of(Role.AUDITOR))).as("auditors do not write")
                .isFalse();
        assertThat(Confidentiality.INTERNAL.classifiableBy(Set.of(Role.AGENT))).isTrue();
        assertThat(Confidentiality.PUBLIC.classifiableBy(Set.of(Role.AGENT))).isTrue();
    }
}
