package fr.interieur.qualepref.referential.application;

import fr.interieur.qualepref.referential.domain.Channel;
import fr.interieur.qualepref.referential.domain.DeadlineUnit;
import fr.interieur.qualepref.referential.domain.IndicatorKind;
import fr.interieur.qualepref.referential.domain.ModuleKind;
import fr.interieur.qualepref.referential.domain.SiteType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One référentiel version as read from its data file, before it is stored. Every entry keeps the line it starts on,
 * so that a consistency error can name the file, the line and the field.
 */
public record ReferentialDocument(String file, String sha256, String version, String title, String subtitle,
                                  LocalDate publishedOn, LocalDate updatedOn, List<ModuleEntry> modules,
                                  List<CommitmentEntry> commitments, List<RequirementEntry> requirements,
                                  List<IndicatorEntry> indicators, List<GlossaryEntry> glossary) {

    public record ModuleEntry(int line, int number, String title, ModuleKind kind, boolean certOnly,
                              Set<SiteType> appliesTo) {
    }

    public record CommitmentEntry(int line, int number, int module, String section, String title, boolean optional,
                                  String intro, List<ItemEntry> items, List<String> controlMethods) {
    }

    public record ItemEntry(int line, String number, String text) {
    }

    public record RequirementEntry(int line, String code, String chapter, int number, String title, String text,
                                   List<String> controlMethods) {
    }

    public record IndicatorEntry(int line, String code, int commitment, String label, IndicatorKind kind,
                                 Integer deadlineValue, DeadlineUnit deadlineUnit, Channel channel, String source,
                                 List<String> criteria, Integer validFrom, Integer validUntil) {
    }

    public record GlossaryEntry(int line, String term, String definition) {
    }
}
