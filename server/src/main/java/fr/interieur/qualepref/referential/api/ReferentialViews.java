package fr.interieur.qualepref.referential.api;

import fr.interieur.qualepref.referential.domain.Commitment;
import fr.interieur.qualepref.referential.domain.CommitmentItem;
import fr.interieur.qualepref.referential.domain.ControlMethod;
import fr.interieur.qualepref.referential.domain.GlossaryTerm;
import fr.interieur.qualepref.referential.domain.IndicatorDefinition;
import fr.interieur.qualepref.referential.domain.Module;
import fr.interieur.qualepref.referential.domain.ModuleSelectionViolation;
import fr.interieur.qualepref.referential.domain.ReferentialVersion;
import fr.interieur.qualepref.referential.domain.Requirement;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the référentiel routes, built from the entities; field names are part of the API contract. */
public final class ReferentialViews {

    private ReferentialViews() {
    }

    public record VersionView(String version, String title, String subtitle, LocalDate publishedOn, LocalDate updatedOn,
                       boolean latest, String sourceSha256) {
        static VersionView of(ReferentialVersion v, boolean latest) {
            return new VersionView(v.code(), v.title(), v.subtitle(), v.publishedOn(), v.updatedOn(), latest,
                    v.sourceSha256());
        }
    }

    public record ModuleView(int number, String title, String kind, boolean certOnly, List<String> appliesTo,
                      long commitmentCount) {
        static ModuleView of(Module m, long count) {
            return new ModuleView(m.number(), m.title(), m.kind().name(), m.certOnly(),
                    m.appliesTo().stream().map(Enum::name).sorted().toList(), count);
        }
    }

    public record CommitmentSummary(int number, int module, String section, String title, boolean optional) {
        static CommitmentSummary of(Commitment c) {
            return new CommitmentSummary(c.number(), c.module().number(), c.section(), c.title(), c.optional());
        }
    }

    public record ItemView(String number, String text) {
        static ItemView of(CommitmentItem i) {
            return new ItemView(i.number(), i.text());
        }
    }

    public record DeadlineView(Integer value, String unit) {
    }

    public record IndicatorView(String code, String label, String kind, DeadlineView deadline, String channel,
                         String source, List<String> criteria, Integer validFrom, Integer validUntil) {
        static IndicatorView of(IndicatorDefinition d) {
            DeadlineView deadline = d.deadlineUnit().map(u -> new DeadlineView(d.deadlineValue().orElse(null),
                    u.name())).orElse(null);
            return new IndicatorView(d.code(), d.label(), d.kind().name(), deadline,
                    d.channel().map(Enum::name).orElse(null), d.source().orElse(null), d.criteria(),
                    d.validFrom().orElse(null), d.validUntil().orElse(null));
        }
    }

    public record CommitmentView(int number, int module, String moduleTitle, String section, String title,
                          boolean optional, String intro, List<ItemView> items, List<String> controlMethods,
                          List<IndicatorView> indicators) {
        static CommitmentView of(Commitment c) {
            return new CommitmentView(c.number(), c.module().number(), c.module().title(), c.section(), c.title(),
                    c.optional(), c.intro(), c.items().stream().map(ItemView::of).toList(),
                    texts(c.controlMethods()), c.indicators().stream().map(IndicatorView::of).toList());
        }
    }

    public record RequirementView(String code, String chapter, int number, String title, String text,
                           List<String> controlMethods) {
        static RequirementView of(Requirement r) {
            return new RequirementView(r.code(), r.chapter(), r.number(), r.title(), r.text(),
                    texts(r.controlMethods()));
        }
    }

    public record GlossaryView(String term, String definition) {
        static GlossaryView of(GlossaryTerm g) {
            return new GlossaryView(g.term(), g.definition());
        }
    }

    public record ViolationView(String rule, String reference, String fr, String en) {
        static ViolationView of(ModuleSelectionViolation v) {
            return new ViolationView(v.rule().name(), v.rule().reference(), v.french(), v.english());
        }
    }

    public record ModuleSelectionCheckView(String version, boolean accepted, List<ViolationView> violations) {
    }

    private static List<String> texts(List<ControlMethod> methods) {
        return methods.stream().map(ControlMethod::text).toList();
    }
}
