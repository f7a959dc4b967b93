package fr.interieur.qualepref.registers.infrastructure;

import fr.interieur.qualepref.registers.domain.AppointmentEntry;
import fr.interieur.qualepref.registers.domain.AppointmentRegister;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

@ApplicationScoped
public class JpaAppointmentRegister extends JpaRegisterEntries<AppointmentEntry, LocalDate>
        implements AppointmentRegister {

    public JpaAppointmentRegister() {
        super(AppointmentEntry.class, "requestedOn");
    }
}
