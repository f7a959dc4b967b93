package fr.interieur.qualepref.registers.infrastructure;

import fr.interieur.qualepref.registers.domain.AdministrativeFile;
import fr.interieur.qualepref.registers.domain.AdministrativeFileRegister;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

@ApplicationScoped
public class JpaAdministrativeFileRegister extends JpaRegisterEntries<AdministrativeFile, LocalDate>
        implements AdministrativeFileRegister {

    public JpaAdministrativeFileRegister() {
        super(AdministrativeFile.class, "receivedOn");
    }
}
