package fr.interieur.qualepref.registers.infrastructure;

import fr.interieur.qualepref.registers.domain.SurveyResult;
import fr.interieur.qualepref.registers.domain.SurveyRegister;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

@ApplicationScoped
public class JpaSurveyRegister extends JpaRegisterEntries<SurveyResult, LocalDate> implements SurveyRegister {

    public JpaSurveyRegister() {
        super(SurveyResult.class, "conductedOn");
    }
}
