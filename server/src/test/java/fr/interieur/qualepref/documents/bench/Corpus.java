package fr.interieur.qualepref.documents.bench;

import fr.interieur.qualepref.documents.domain.Confidentiality;
import fr.interieur.qualepref.documents.domain.DocumentKind;
import fr.interieur.qualepref.documents.domain.IndexedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic corpus of prefecture documents: the vocabulary of the référentiel (read from the shipped YAML) and
 * of prefecture correspondence, documents of various lengths, spread over 330 sites and the 54 commitments. Document
 * {@code i} is always the same (it is generated from its own seed), so nothing is held in memory.
 */
public final class Corpus {

    static final int SITES = 330;
    static final int COMMITMENTS = 54;
    private static final String[] PHRASES = {
        "Madame, Monsieur, j'ai l'honneur de vous informer que votre demande a bien été enregistrée",
        "nous accusons réception de votre courriel et vous répondrons dans un délai de cinq jours ouvrés",
        "votre réclamation a été transmise au service compétent de la préfecture",
        "le dossier de demande de titre de séjour est incomplet, merci de fournir les pièces justificatives",
        "le rendez-vous au guichet de la sous-préfecture est confirmé",
        "l'usager a été orienté vers le point d'accueil numérique",
        "le comité des usagers s'est réuni et a examiné les résultats des enquêtes de satisfaction",
        "les horaires d'ouverture de l'accueil physique et téléphonique sont affichés à l'entrée",
        "la procédure de traitement des réclamations est diffusée à l'ensemble des agents",
        "le délai moyen de réponse aux courriers est suivi chaque mois par le référent qualité",
        "la permanence téléphonique est assurée du lundi au vendredi",
        "je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée"};
    private static final String[] TITLES = {"Registre des réclamations", "Procédure d'accueil", "Réponse type",
        "Compte rendu du comité des usagers", "Guide de l'agent", "Enquête de satisfaction", "Affichage des horaires",
        "Tableau de suivi des délais", "Note de service", "Bilan annuel"};
    private static final DocumentKind[] KINDS = {DocumentKind.RECORD, DocumentKind.RECORD, DocumentKind.RECORD,
        DocumentKind.REFERENCE, DocumentKind.TEMPLATE_REPLY, DocumentKind.MINUTES};

    private final List<String> words;
    private final long seed;

    private Corpus(List<String> words, long seed) {
        this.words = words;
        this.seed = seed;
    }

    /** The vocabulary of the référentiel file, in order of first appearance. */
    public static Corpus fromReferential(Path yaml, long seed) {
        try {
            String text = Files.readString(yaml, StandardCharsets.UTF_8).toLowerCase(Locale.FRENCH);
            Set<String> vocabulary = new LinkedHashSet<>();
            Matcher m = Pattern.compile("\\p{L}{3,}").matcher(text);
            while (m.find()) {
                vocabulary.add(m.group());
            }
            return new Corpus(new ArrayList<>(vocabulary), seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int vocabularySize() {
        return words.size();
    }

    /** A word, the frequent ones more often (skewed towards the start of the vocabulary). */
    String word(Random r) {
        double x = r.nextDouble();
        return words.get((int) (x * x * x * words.size()));
    }

    /** A mid-frequency word, for queries. */
    public String queryWord(Random r) {
        return words.get(20 + r.nextInt(Math.min(400, words.size() - 20)));
    }

    public IndexedDocument document(long id) {
        Random r = new Random(seed * 31 + id);
        long site = 1 + r.nextInt(SITES);
        DocumentKind kind = KINDS[r.nextInt(KINDS.length)];
        List<String> refs = new ArrayList<>();
        List<Integer> modules = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            int c = 1 + r.nextInt(COMMITMENTS);
            refs.add(r.nextBoolean() ? Integer.toString(c) : c + "." + (1 + r.nextInt(4)));
            modules.add(1 + (c - 1) / 8);
        }
        String title = TITLES[r.nextInt(TITLES.length)] + " " + word(r) + " " + word(r) + " " + (2019 + r.nextInt(8));
        int length = switch (r.nextInt(10)) {
            case 0, 1, 2 -> 30 + r.nextInt(50);
            case 3, 4, 5, 6, 7 -> 150 + r.nextInt(250);
            default -> 800 + r.nextInt(1200);
        };
        StringBuilder body = new StringBuilder(length * 9);
        int written = 0;
        while (written < length) {
            if (r.nextInt(5) == 0) {
                String p = PHRASES[r.nextInt(PHRASES.length)];
                body.append(p).append(". ");
                written += p.split(" ").length;
            } else {
                int sentence = 6 + r.nextInt(14);
                for (int i = 0; i < sentence; i++) {
                    body.append(word(r)).append(i == sentence - 1 ? ". " : " ");
                }
                written += sentence;
            }
        }
        LocalDate date = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(8 * 365));
        // one document in ten is restricted (decided by the id: the random sequence, hence the corpus, is unchanged)
        return new IndexedDocument(id, site, kind, id % 10 == 0 ? Confidentiality.RESTRICTED : Confidentiality.INTERNAL,
                title, refs, modules, date, body.toString(), "");
    }
}
