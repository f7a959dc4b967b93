package fr.interieur.qualepref.registers.infrastructure;

import fr.interieur.qualepref.registers.domain.CrisisTimeline;
import fr.interieur.qualepref.registers.domain.CrisisRegister;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

@ApplicationScoped
public class JpaCrisisRegister extends JpaRegisterEntries<CrisisTimeline, OffsetDateTime> implements CrisisRegister {

    public JpaCrisisRegister() {
        super(CrisisTimeline.class, "codActivatedAt");
    }
}
