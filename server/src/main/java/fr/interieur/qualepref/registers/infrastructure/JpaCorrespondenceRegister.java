package fr.interieur.qualepref.registers.infrastructure;

import fr.interieur.qualepref.registers.domain.CorrespondenceEntry;
import fr.interieur.qualepref.registers.domain.CorrespondenceRegister;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

@ApplicationScoped
public class JpaCorrespondenceRegister extends JpaRegisterEntries<CorrespondenceEntry, LocalDate>
        implements CorrespondenceRegister {

    public JpaCorrespondenceRegister() {
        super(CorrespondenceEntry.class, "receivedOn");
    }
}
