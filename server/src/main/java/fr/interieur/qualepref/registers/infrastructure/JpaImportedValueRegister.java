package fr.interieur.qualepref.registers.infrastructure;

import fr.interieur.qualepref.registers.domain.ImportedValue;
import fr.interieur.qualepref.registers.domain.ImportedValueRegister;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

@ApplicationScoped
public class JpaImportedValueRegister extends JpaRegisterEntries<ImportedValue, LocalDate>
        implements ImportedValueRegister {

    public JpaImportedValueRegister() {
        super(ImportedValue.class, "periodStart");
    }
}
