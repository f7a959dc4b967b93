package fr.interieur.qualepref.audits.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

public class RescheduleRequest {

    @NotNull(message = "is required (YYYY-MM-DD)")
    public LocalDate date;
}
