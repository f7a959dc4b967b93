package fr.interieur.qualepref.audits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The verdict of a grid line, its comment, and (when given) the full list of its evidence documents. */
public class AssessmentRequest {

    @NotBlank(message = "is required: conforme, point fort, piste de progrès, point sensible, non-conformité mineure, "
            + "non-conformité majeure, non applicable or non évalué")
    public String verdict;

    @Size(max = 4000, message = "has at most 4000 characters")
    public String comment;

    @Size(max = 100, message = "lists at most 100 documents")
    public List<Long> evidence;
}
