package fr.interieur.qualepref.governance.domain;

import java.util.List;
import java.util.Optional;

/** The agents of the site bound to the current transaction, with their posts and training records. */
public interface AgentRepository {

    List<Agent> agents();

    Optional<Agent> agent(long id);

    Optional<Agent> byReference(String reference);

    List<AgentPost> posts();

    List<AgentPost> postsOf(long agentId);

    Optional<AgentPost> post(long agentId, long id);

    List<TrainingRecord> trainings();

    List<TrainingRecord> trainingsOf(long agentId);

    void store(Agent agent);

    void store(AgentPost post);

    void store(TrainingRecord training);
}
