package fr.interieur.qualepref.registers.infrastructure;

import fr.interieur.qualepref.registers.domain.UpdateEntry;
import fr.interieur.qualepref.registers.domain.UpdateRegister;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

@ApplicationScoped
public class JpaUpdateRegister extends JpaRegisterEntries<UpdateEntry, LocalDate> implements UpdateRegister {

    public JpaUpdateRegister() {
        super(UpdateEntry.class, "requestedOn");
    }
}
