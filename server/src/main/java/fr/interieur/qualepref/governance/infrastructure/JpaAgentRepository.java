package fr.interieur.qualepref.governance.infrastructure;

import fr.interieur.qualepref.governance.domain.Agent;
import fr.interieur.qualepref.governance.domain.AgentPost;
import fr.interieur.qualepref.governance.domain.AgentRepository;
import fr.interieur.qualepref.governance.domain.TrainingRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAgentRepository extends JpaGovernanceStore implements AgentRepository {

    @Override
    public List<Agent> agents() {
        return list(Agent.class, "SELECT a FROM Agent a ORDER BY a.name, a.id");
    }

    @Override
    public Optional<Agent> agent(long id) {
        return one(Agent.class, "SELECT a FROM Agent a WHERE a.id = :id", "id", id);
    }

    @Override
    public Optional<Agent> byReference(String reference) {
        return one(Agent.class, "SELECT a FROM Agent a WHERE a.reference = :r", "r", reference);
    }

    @Override
    public List<AgentPost> posts() {
        return list(AgentPost.class, "SELECT p FROM AgentPost p ORDER BY p.startedOn, p.id");
    }

    @Override
    public List<AgentPost> postsOf(long agentId) {
        return list(AgentPost.class, "SELECT p FROM AgentPost p WHERE p.agentId = :a ORDER BY p.startedOn, p.id",
                "a", agentId);
    }

    @Override
    public Optional<AgentPost> post(long agentId, long id) {
        return one(AgentPost.class, "SELECT p FROM AgentPost p WHERE p.agentId = :a AND p.id = :id", "a", agentId,
                "id", id);
    }

    @Override
    public List<TrainingRecord> trainings() {
        return list(TrainingRecord.class, "SELECT t FROM TrainingRecord t ORDER BY t.completedOn, t.id");
    }

    @Override
    public List<TrainingRecord> trainingsOf(long agentId) {
        return list(TrainingRecord.class,
                "SELECT t FROM TrainingRecord t WHERE t.agentId = :a ORDER BY t.completedOn, t.id", "a", agentId);
    }

    @Override
    public void store(Agent agent) {
        save(agent);
    }

    @Override
    public void store(AgentPost post) {
        save(post);
    }

    @Override
    public void store(TrainingRecord training) {
        save(training);
    }
}
