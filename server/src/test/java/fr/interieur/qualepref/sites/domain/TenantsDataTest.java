package fr.interieur.qualepref.sites.domain;

import static fr.interieur.qualepref.referential.domain.SiteType.PREFECTURE;
import static fr.interieur.qualepref.referential.domain.SiteType.PREFECTURE_DE_POLICE;
import static fr.interieur.qualepref.referential.domain.SiteType.SOUS_PREFECTURE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.platform.errors.RuleViolation.Broken;
import fr.interieur.qualepref.referential.domain.ModuleKind;
import fr.interieur.qualepref.referential.domain.ModuleTerms;
import fr.interieur.qualepref.referential.domain.SiteType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import fr.interieur.qualepref.testing.ShippedReferential;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * tenants/sites.csv, the starting list of sites the DMAT imports (tenants/README.md): its format, the 101 préfectures
 * and the Préfecture de police, sous-préfectures under the préfecture of their department, and every row accepted by
 * the engagement rules of II.2 against the modules of the 2019 référentiel.
 */
class TenantsDataTest {

    /** Surefire runs in the server module's directory. */
    static final Path SITES = Path.of("..", "tenants", "sites.csv");

    static final List<String> HEADER = List.of("code", "name", "type", "department", "region", "parent", "cert",
            "engaged", "modules", "email", "phone", "website");

    static final Set<String> REGIONS = Set.of("Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne",
            "Centre-Val de Loire", "Corse", "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie",
            "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe",
            "Martinique", "Guyane", "La Réunion", "Mayotte");

    /** 01–19, 21–95, 2A, 2B and the five overseas departments: 96 + 5 = 101. */
    static final Set<String> DEPARTMENTS = Stream.of(
                    IntStream.rangeClosed(1, 95).filter(n -> n != 20).mapToObj(n -> String.format("%02d", n)),
                    Stream.of("2A", "2B", "971", "972", "973", "974", "976"))
            .flatMap(Function.identity()).collect(Collectors.toUnmodifiableSet());

    /** The modules of the 2019 text, as in qualepref-2019.yaml (same terms as ModuleSelectionRulesTest). */
    /** The modules as the shipped référentiel file defines them: tenants/ is checked against the real data. */
    static final List<ModuleTerms> MODULES_2019 = ShippedReferential.moduleTerms();

    static List<String> header;
    /** The data rows, header excluded. */
    static List<CSVRecord> rows;

    @BeforeAll
    static void readTheFile() throws IOException {
        try (Reader reader = Files.newBufferedReader(SITES, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            List<CSVRecord> all = parser.getRecords();
            assertThat(all).as("%s has a header and rows", SITES).hasSizeGreaterThan(1);
            header = all.get(0).toList();
            rows = all.subList(1, all.size());
        }
    }

    @Test
    void startsWithTheDocumentedHeader() {
        assertThat(header).as("header of %s (a UTF-8 BOM or a renamed column breaks the import)", SITES)
                .containsExactlyElementsOf(HEADER);
    }

    @Test
    void everyRowHasAllTwelveColumns() {
        List<String> wrong = rows.stream().filter(r -> r.size() != HEADER.size())
                .map(r -> "record " + r.getRecordNumber() + " (" + r.get(0) + "): " + r.size() + " columns")
                .toList();
        assertThat(wrong).as("rows without exactly %d columns", HEADER.size()).isEmpty();
    }

    @Test
    void codesAreValidSiteCodesAndUnique() {
        List<String> invalid = rows.stream().map(r -> col(r, "code"))
                .filter(code -> !SiteCode.isValid(code)).toList();
        assertThat(invalid).as("codes that are not site codes").isEmpty();
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(r -> col(r, "code"), TreeMap::new,
                Collectors.counting()));
        assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("codes given to more than one row").isEmpty();
    }

    @Test
    void valuesAreAmongTheAllowedOnes() {
        List<String> wrong = new ArrayList<>();
        for (CSVRecord r : rows) {
            String code = col(r, "code");
            if (Arrays.stream(SiteType.values()).noneMatch(t -> t.name().equals(col(r, "type")))) {
                wrong.add(code + ": type '" + col(r, "type") + "'");
            }
            for (String flag : List.of("cert", "engaged")) {
                if (!col(r, flag).equals("true") && !col(r, flag).equals("false")) {
                    wrong.add(code + ": " + flag + " '" + col(r, flag) + "' is neither true nor false");
                }
            }
            if (!col(r, "modules").matches("(\\d+( \\d+)*)?")) {
                wrong.add(code + ": modules '" + col(r, "modules") + "' is not a space-separated list of numbers");
            } else if (modules(r).size() != col(r, "modules").split(" ").length && !col(r, "modules").isEmpty()) {
                wrong.add(code + ": modules '" + col(r, "modules") + "' names a module twice");
            }
            if (col(r, "name").isBlank() || col(r, "name").length() > 200) {
                wrong.add(code + ": name blank or longer than 200 characters");
            }
        }
        assertThat(wrong).as("values outside the documented ones").isEmpty();
    }

    @Test
    void departmentColumnNamesTheDepartmentOfTheCode() {
        Map<String, Set<String>> namesByCode = new TreeMap<>();
        Map<String, Set<String>> codesByName = new TreeMap<>();
        for (CSVRecord r : rows) {
            String department = new SiteCode(col(r, "code")).department();
            namesByCode.computeIfAbsent(department, d -> new TreeSet<>()).add(col(r, "department"));
            codesByName.computeIfAbsent(col(r, "department"), d -> new TreeSet<>()).add(department);
        }
        assertThat(namesByCode).as("department codes given more than one department name")
                .allSatisfy((code, names) -> assertThat(names).as(code).hasSize(1));
        assertThat(codesByName).as("department names used for more than one department code")
                .allSatisfy((name, codes) -> assertThat(codes).as(name).hasSize(1));
        assertThat(codesByName.keySet()).as("department names").noneMatch(String::isBlank);
        List<String> unnamed = rows.stream()
                .filter(r -> !type(r).equals(SOUS_PREFECTURE) && !col(r, "name").contains(col(r, "department")))
                .map(r -> col(r, "code") + " '" + col(r, "name") + "' does not name " + col(r, "department"))
                .toList();
        assertThat(unnamed).as("préfectures whose name does not name their department").isEmpty();
    }

    @Test
    void everyDepartmentHasExactlyOnePrefecture() {
        Map<String, List<String>> prefectures = rows.stream().filter(r -> type(r) == PREFECTURE)
                .collect(Collectors.groupingBy(r -> new SiteCode(col(r, "code")).department(), TreeMap::new,
                        Collectors.mapping(r -> col(r, "code"), Collectors.toList())));
        assertThat(prefectures.keySet()).as("departments with a préfecture").containsExactlyInAnyOrderElementsOf(
                DEPARTMENTS);
        assertThat(prefectures).as("departments with more than one préfecture")
                .allSatisfy((department, codes) -> assertThat(codes).containsExactly(department));
        assertThat(prefectures).hasSize(101);
    }

    @Test
    void theOnlyPrefectureDePoliceIsParis() {
        assertThat(rows.stream().filter(r -> type(r) == PREFECTURE_DE_POLICE).map(r -> col(r, "code")))
                .containsExactly("75-PP");
        assertThat(rows.stream().filter(r -> modules(r).contains(8)).map(r -> col(r, "code")))
                .as("sites taking module 8").containsExactly("75-PP");
    }

    @Test
    void everyRegionIsOneOfTheEighteenAndTheSameForADepartment() {
        Set<String> named = rows.stream().map(r -> col(r, "region")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(named).as("regions").isSubsetOf(REGIONS);
        Map<String, Set<String>> regionsByDepartment = rows.stream().collect(Collectors.groupingBy(
                r -> new SiteCode(col(r, "code")).department(), TreeMap::new,
                Collectors.mapping(r -> col(r, "region"), Collectors.toCollection(TreeSet::new))));
        assertThat(regionsByDepartment).as("departments whose sites name more than one region")
                .allSatisfy((department, regions) -> assertThat(regions).as(department).hasSize(1));
    }

    @Test
    void sousPrefecturesHangUnderThePrefectureOfTheirDepartmentAndOthersUnderNothing() {
        Map<String, CSVRecord> byCode = new HashMap<>();
        rows.forEach(r -> byCode.put(col(r, "code"), r));
        List<String> wrong = new ArrayList<>();
        for (CSVRecord r : rows) {
            String code = col(r, "code");
            String parent = col(r, "parent");
            if (type(r) != SOUS_PREFECTURE) {
                if (!parent.isEmpty()) {
                    wrong.add(code + ": only a sous-préfecture has a parent, not " + type(r));
                }
                continue;
            }
            CSVRecord p = byCode.get(parent);
            if (p == null) {
                wrong.add(code + ": parent '" + parent + "' is not in the file");
            } else if (type(p) != PREFECTURE) {
                wrong.add(code + ": parent " + parent + " is a " + type(p) + ", not a PREFECTURE");
            } else if (!new SiteCode(parent).department().equals(new SiteCode(code).department())) {
                wrong.add(code + ": parent " + parent + " is the préfecture of another department");
            }
            if (!code.contains("-")) {
                wrong.add(code + ": a sous-préfecture's code is <department>-<SUFFIX>");
            }
        }
        assertThat(wrong).as("sous-préfectures and their parents").isEmpty();
    }

    @Test
    void atLeastTenDepartmentsHaveSousPrefectures() {
        Set<String> departments = rows.stream().filter(r -> type(r) == SOUS_PREFECTURE)
                .map(r -> new SiteCode(col(r, "code")).department()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(departments).as("departments with sous-préfectures").hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyRowPassesTheEngagementRulesOfTheReferential() {
        List<String> broken = new ArrayList<>();
        for (CSVRecord r : rows) {
            List<Broken> rules = EngagementRules.check(type(r), Boolean.parseBoolean(col(r, "cert")),
                    Boolean.parseBoolean(col(r, "engaged")), modules(r), MODULES_2019);
            rules.forEach(b -> broken.add(col(r, "code") + " (" + col(r, "type") + ", cert=" + col(r, "cert")
                    + ", engaged=" + col(r, "engaged") + ", modules '" + col(r, "modules") + "'): " + b.rule()
                    + " (" + b.reference() + ") " + b.english()));
        }
        assertThat(broken).as("rows refused by the II.2 engagement rules").isEmpty();
    }

    private static String col(CSVRecord r, String column) {
        int index = HEADER.indexOf(column);
        return index < r.size() ? r.get(index) : "";
    }

    private static SiteType type(CSVRecord r) {
        return SiteType.valueOf(col(r, "type"));
    }

    private static Set<Integer> modules(CSVRecord r) {
        String modules = col(r, "modules");
        return modules.isEmpty() ? Set.of() : Arrays.stream(modules.split(" ")).map(Integer::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
