package fr.interieur.qualepref.referential.infrastructure;

import fr.interieur.qualepref.referential.application.ReferentialDocument;
import fr.interieur.qualepref.referential.application.ReferentialDocument.CommitmentEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.GlossaryEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.IndicatorEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.ItemEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.ModuleEntry;
import fr.interieur.qualepref.referential.application.ReferentialDocument.RequirementEntry;
import fr.interieur.qualepref.referential.application.ReferentialFormatException;
import fr.interieur.qualepref.referential.application.ReferentialParser;
import fr.interieur.qualepref.referential.domain.Channel;
import fr.interieur.qualepref.referential.domain.DeadlineUnit;
import fr.interieur.qualepref.referential.domain.IndicatorKind;
import fr.interieur.qualepref.referential.domain.ModuleKind;
import fr.interieur.qualepref.referential.domain.SiteType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a référentiel data file (format: server/src/main/resources/referential/*.yaml, described in
 * docs/referential.md) into a {@link ReferentialDocument}, refusing anything malformed with file, line and field.
 */
@ApplicationScoped
public class YamlReferentialReader implements ReferentialParser {

    private static final Set<String> ROOT = Set.of("version", "title", "subtitle", "publishedOn", "updatedOn",
            "modules", "commitments", "requirements", "indicators", "glossary");
    private static final Set<String> MODULE = Set.of("number", "title", "kind", "appliesTo", "certOnly");
    private static final Set<String> COMMITMENT = Set.of("number", "module", "section", "title", "optional", "intro",
            "items", "controlMethods");
    private static final Set<String> ITEM = Set.of("number", "text");
    private static final Set<String> REQUIREMENT = Set.of("code", "chapter", "number", "title", "text",
            "controlMethods");
    private static final Set<String> INDICATOR = Set.of("code", "commitment", "label", "kind", "deadline", "channel",
            "source", "criteria", "validFrom", "validUntil");
    private static final Set<String> DEADLINE = Set.of("value", "unit");
    private static final Set<String> GLOSSARY = Set.of("term", "definition");

    @Override
    public ReferentialDocument parse(String file, byte[] content) {
        return read(file, content);
    }

    public static ReferentialDocument read(String file, byte[] content) {
        String text = decode(file, content);
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0);
            options.setCodePointLimit(16 * 1024 * 1024);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ReferentialFormatException(file, line, "(syntax)", e.getProblem());
        } catch (YAMLException e) {
            throw new ReferentialFormatException(file, 0, "(syntax)", e.getMessage());
        }
        if (root == null) {
            throw new ReferentialFormatException(file, 1, "(document)", "the file is empty");
        }
        YamlFields doc = new YamlFields(file, "", root, ROOT);
        return new ReferentialDocument(file, sha256(content), doc.string("version"), doc.string("title"),
                doc.optionalString("subtitle"), doc.date("publishedOn"), doc.optionalDate("updatedOn"),
                doc.mappings("modules", MODULE).stream().map(YamlReferentialReader::module).toList(),
                doc.mappings("commitments", COMMITMENT).stream().map(YamlReferentialReader::commitment).toList(),
                doc.mappings("requirements", REQUIREMENT).stream().map(YamlReferentialReader::requirement).toList(),
                doc.mappings("indicators", INDICATOR).stream().map(YamlReferentialReader::indicator).toList(),
                doc.mappings("glossary", GLOSSARY).stream().map(YamlReferentialReader::glossary).toList());
    }

    private static ModuleEntry module(YamlFields m) {
        return new ModuleEntry(m.line(), m.integer("number"), m.string("title"), m.enumValue("kind", ModuleKind.class),
                m.has("certOnly") && m.bool("certOnly"), m.enumSet("appliesTo", SiteType.class));
    }

    private static CommitmentEntry commitment(YamlFields c) {
        return new CommitmentEntry(c.line(), c.integer("number"), c.integer("module"), c.optionalString("section"),
                c.string("title"), c.has("optional") && c.bool("optional"), c.optionalString("intro"),
                c.mappings("items", ITEM).stream()
                        .map(i -> new ItemEntry(i.line(), i.string("number"), i.string("text"))).toList(),
                c.strings("controlMethods"));
    }

    private static RequirementEntry requirement(YamlFields r) {
        return new RequirementEntry(r.line(), r.string("code"), r.string("chapter"), r.integer("number"),
                r.string("title"), r.string("text"), r.strings("controlMethods"));
    }

    private static IndicatorEntry indicator(YamlFields i) {
        Integer deadlineValue = null;
        DeadlineUnit deadlineUnit = null;
        if (i.has("deadline")) {
            YamlFields d = i.mapping("deadline", DEADLINE);
            deadlineValue = d.optionalInteger("value");
            deadlineUnit = d.enumValue("unit", DeadlineUnit.class);
            if (deadlineValue != null && deadlineValue <= 0) {
                throw d.error("value", "a deadline must be positive");
            }
        }
        return new IndicatorEntry(i.line(), i.string("code"), i.integer("commitment"), i.string("label"),
                i.enumValue("kind", IndicatorKind.class), deadlineValue, deadlineUnit,
                i.optionalEnum("channel", Channel.class), i.optionalString("source"), i.strings("criteria"),
                i.optionalInteger("validFrom"), i.optionalInteger("validUntil"));
    }

    private static GlossaryEntry glossary(YamlFields g) {
        return new GlossaryEntry(g.line(), g.string("term"), g.string("definition"));
    }

    private static String decode(String file, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ReferentialFormatException(file, 0, "(encoding)", "the file is not valid UTF-8");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
