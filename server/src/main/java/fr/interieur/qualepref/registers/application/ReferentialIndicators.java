package fr.interieur.qualepref.registers.application;

import fr.interieur.qualepref.referential.application.ReferentialCatalog;
import fr.interieur.qualepref.referential.domain.IndicatorDefinition;
import fr.interieur.qualepref.referential.domain.ReferentialVersion;
import fr.interieur.qualepref.registers.domain.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/** The référentiel's definition of an indicator named in an imported value or a survey result, whatever the version. */
@ApplicationScoped
public class ReferentialIndicators {

    @Inject
    ReferentialCatalog referential;

    /** The référentiel is read-only data loaded at start-up: a file of 10,000 values looks each code up once. */
    private final Map<String, List<Defined>> byCode = new ConcurrentHashMap<>();

    /** The definitions with this code (I22.1) in every version of the référentiel. */
    public List<Defined> withCode(String code) {
        if (code == null || !code.strip().matches("I[0-9]{1,2}\\.[0-9]{1,2}")) {
            return List.of();
        }
        return byCode.computeIfAbsent(code.strip(), this::lookUp);
    }

    private List<Defined> lookUp(String c) {
        List<Defined> found = new ArrayList<>();
        int commitment = Integer.parseInt(c.substring(1, c.indexOf('.')));
        for (ReferentialVersion v : referential.versions()) {
            referential.commitments(v, java.util.Optional.empty()).stream().filter(x -> x.number() == commitment)
                    .flatMap(x -> x.indicators().stream()).filter(d -> d.code().equals(c))
                    .forEach(d -> found.add(new Defined(commitment, d)));
        }
        return List.copyOf(found);
    }

    /** A refusal of {@code code} when no definition of it is fed by the register ({@code fed}), else none. */
    public List<FieldProblem> refuseUnless(String code, BiPredicate<Integer, IndicatorDefinition> fed, String what) {
        List<Defined> defined = withCode(code);
        if (defined.isEmpty()) {
            return List.of(new FieldProblem("indicator", "'" + code + "' is no indicator of the référentiel"));
        }
        if (defined.stream().noneMatch(d -> fed.test(d.commitment(), d.definition()))) {
            return List.of(new FieldProblem("indicator", code.strip() + " is not " + what));
        }
        return List.of();
    }

    /** A definition and its commitment. */
    public record Defined(int commitment, IndicatorDefinition definition) {
    }
}
