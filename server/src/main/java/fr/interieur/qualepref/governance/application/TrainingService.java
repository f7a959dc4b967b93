package fr.interieur.qualepref.governance.application;

import fr.interieur.qualepref.governance.domain.Agent;
import fr.interieur.qualepref.governance.domain.AgentPost;
import fr.interieur.qualepref.governance.domain.AgentRepository;
import fr.interieur.qualepref.governance.domain.DutyCategory;
import fr.interieur.qualepref.governance.domain.EvidenceDocuments;
import fr.interieur.qualepref.governance.domain.TrainingCompliance;
import fr.interieur.qualepref.governance.domain.TrainingCompliance.Assessment;
import fr.interieur.qualepref.governance.domain.TrainingEvidence;
import fr.interieur.qualepref.governance.domain.TrainingKind;
import fr.interieur.qualepref.governance.domain.TrainingRecord;
import fr.interieur.qualepref.platform.errors.Conflict;
import fr.interieur.qualepref.platform.errors.NotFound;
import fr.interieur.qualepref.platform.errors.RuleViolation;
import fr.interieur.qualepref.platform.errors.RuleViolation.Broken;
import fr.interieur.qualepref.platform.tenancy.SiteScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The agents of a site, their posts and training records, and their compliance (IV.3; 4, 28, 45, 50.2). */
@ApplicationScoped
@Transactional
@SiteScoped
public class TrainingService {

    @Inject
    AgentRepository agents;

    @Inject
    EvidenceDocuments documents;

    @Inject
    GovernanceAudit audit;

    @Inject
    Today today;

    /** An agent with posts, trainings and standing on a day. */
    public record AgentDetails(Agent agent, List<AgentPost> posts, List<TrainingRecord> trainings,
                               Assessment assessment) {
    }

    public List<AgentDetails> list() {
        audit.read("Agent");
        return all(today.date());
    }

    public AgentDetails details(long agentId) {
        audit.read("Agent");
        return details(agent(agentId), today.date());
    }

    public Agent addAgent(String name, String reference) {
        if (reference != null && agents.byReference(reference).isPresent()) {
            throw new Conflict("An agent with reference '" + reference + "' is already recorded.");
        }
        Agent agent = new Agent(name, reference);
        agents.store(agent);
        audit.changed("Agent", agent.id(), "CREATE", null, agent);
        return agent;
    }

    public AgentPost addPost(long agentId, DutyCategory category, LocalDate startedOn, LocalDate endedOn) {
        agent(agentId);
        period(startedOn, endedOn);
        AgentPost post = new AgentPost(agentId, category, startedOn, endedOn);
        agents.store(post);
        audit.changed("AgentPost", post.id(), "CREATE", null, post);
        return post;
    }

    /** Ends a post (the agent leaves it), or corrects its end date. */
    public AgentPost endPost(long agentId, long postId, LocalDate endedOn) {
        agent(agentId);
        AgentPost post = agents.post(agentId, postId).orElseThrow(() -> new NotFound("No post " + postId
                + " of agent " + agentId + "."));
        period(post.startedOn(), endedOn);
        String before = post.toString();
        post.end(endedOn);
        agents.store(post);
        audit.changed("AgentPost", post.id(), "UPDATE", before, post);
        return post;
    }

    public TrainingRecord addTraining(long agentId, TrainingCommand c) {
        agent(agentId);
        List<Broken> broken = new ArrayList<>();
        if (c.completedOn().isAfter(today.date())) {
            broken.add(new Broken("TRAINING_IN_FUTURE", "IV.3", "une formation ne s'enregistre qu'une fois suivie",
                    "a training is recorded once it has taken place"));
        }
        if (c.kind() == TrainingKind.CIP_REFRESHER && c.category() != DutyCategory.CIP) {
            broken.add(new Broken("REFRESHER_IS_FOR_CIP", "50.2",
                    "la formation de consolidation annuelle concerne la CIP",
                    "the yearly refresher is a CIP training"));
        }
        if (c.evidence() == TrainingEvidence.TUTORING && (c.tutor() == null || c.tutor().isBlank())) {
            broken.add(new Broken("TUTORING_NAMES_TUTOR", "IV.3", "un tutorat nomme son tuteur",
                    "a tutoring record names the tutor"));
        }
        if (c.evidence() != TrainingEvidence.TUTORING && c.evidenceDocumentId() == null) {
            broken.add(new Broken("TRAINING_EVIDENCE", "IV.3",
                    "l'attestation de formation ou la feuille d'émargement est jointe (document)",
                    "the attestation or the attendance sheet is attached (document id)"));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        if (c.evidenceDocumentId() != null) {
            documents.requireExists(c.evidenceDocumentId());
        }
        TrainingRecord training = new TrainingRecord(agentId, c.category(), c.kind(), c.completedOn(), c.title(),
                c.evidence(), c.evidenceDocumentId(), c.tutor());
        agents.store(training);
        audit.changed("TrainingRecord", training.id(), "CREATE", null, training);
        return training;
    }

    /**
     * Every agent with a training duty on {@code day} (today when null), the first to fall (or fallen) out of
     * compliance first.
     */
    public List<AgentDetails> compliance(LocalDate day, boolean onlyOutOfCompliance) {
        audit.read("Agent");
        return all(day == null ? today.date() : day).stream().filter(a -> a.assessment().nonCompliantFrom() != null)
                .filter(a -> !onlyOutOfCompliance || !a.assessment().compliant())
                .sorted(Comparator.comparing((AgentDetails a) -> a.assessment().nonCompliantFrom())
                        .thenComparing(a -> a.agent().name()))
                .toList();
    }

    public List<AgentDetails> all(LocalDate day) {
        return assessed(agents, day);
    }

    /** Every agent of the site bound to the transaction, assessed on {@code day} (also the national report's). */
    static List<AgentDetails> assessed(AgentRepository agents, LocalDate day) {
        Map<Long, List<AgentPost>> posts = agents.posts().stream().collect(Collectors.groupingBy(AgentPost::agentId));
        Map<Long, List<TrainingRecord>> trainings = agents.trainings().stream()
                .collect(Collectors.groupingBy(TrainingRecord::agentId));
        return agents.agents().stream().map(a -> details(a, posts.getOrDefault(a.id(), List.of()),
                trainings.getOrDefault(a.id(), List.of()), day)).toList();
    }

    private AgentDetails details(Agent agent, LocalDate day) {
        return details(agent, agents.postsOf(agent.id()), agents.trainingsOf(agent.id()), day);
    }

    private static AgentDetails details(Agent agent, List<AgentPost> posts, List<TrainingRecord> trainings,
                                        LocalDate day) {
        return new AgentDetails(agent, posts, trainings, TrainingCompliance.assess(
                posts.stream().map(AgentPost::facts).toList(), trainings.stream().map(TrainingRecord::facts).toList(),
                day));
    }

    private static void period(LocalDate from, LocalDate until) {
        if (until != null && until.isBefore(from)) {
            throw RuleViolation.of("POST_PERIOD", "IV.3", "la fin du poste précède sa prise",
                    "the post ends before it starts");
        }
    }

    private Agent agent(long id) {
        return agents.agent(id).orElseThrow(() -> new NotFound("No agent " + id + " in this site."));
    }
}
