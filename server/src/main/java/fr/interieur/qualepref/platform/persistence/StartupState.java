package fr.interieur.qualepref.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the start-up sequence achieved. Readiness reports it: the server is ready only once the schema is migrated
 * and the référentiel loaded; a failure is kept with its reason so the health answer says what went wrong.
 */
@ApplicationScoped
public class StartupState {

    public enum Phase { STARTING, READY, FAILED }

    private record State(Phase phase, String schemaVersion, String failure) {
    }

    private final AtomicReference<State> state = new AtomicReference<>(new State(Phase.STARTING, null, null));

    void ready(String schemaVersion) {
        state.set(new State(Phase.READY, schemaVersion, null));
    }

    void failed(String reason) {
        state.set(new State(Phase.FAILED, null, reason));
    }

    public Phase phase() {
        return state.get().phase();
    }

    public Optional<String> schemaVersion() {
        return Optional.ofNullable(state.get().schemaVersion());
    }

    public Optional<String> failure() {
        return Optional.ofNullable(state.get().failure());
    }
}
