package fr.interieur.qualepref.registers.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interieur.qualepref.registers.application.ImportReport.Rejection;
import fr.interieur.qualepref.registers.domain.CorrespondenceFacts;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a correspondence import file: line numbers, columns and reasons of every refusal. */
class CsvImportTest {

    record Result(List<CorrespondenceFacts> accepted, List<Rejection> rejected) {
        List<String> where() {
            return rejected.stream().map(r -> r.line() + ":" + r.column()).toList();
        }
    }

    static Result read(String csv) {
        List<CorrespondenceFacts> accepted = new ArrayList<>();
        List<Rejection> lines = new ArrayList<>();
        List<Rejection> all = new ArrayList<>(CsvFile.read(new StringReader(csv), CorrespondenceCsv.COLUMNS,
                CorrespondenceCsv.REQUIRED, line -> {
                    CorrespondenceFacts f = CorrespondenceCsv.facts(line, lines);
                    if (f != null) {
                        accepted.add(f);
                    }
                }));
        all.addAll(lines);
        all.sort(java.util.Comparator.comparingLong(Rejection::line));
        return new Result(accepted, all);
    }

    @Test
    void readsColumnsInAnyOrderAndAnyCase() {
        Result r = read("ReceivedOn,KIND,channel,reference,repliedOn\n2020-01-06,complaint,LETTER,A-1,2020-01-08\n");
        assertThat(r.rejected()).isEmpty();
        assertThat(r.accepted()).singleElement().satisfies(f -> {
            assertThat(f.reference()).isEqualTo("A-1");
            assertThat(f.repliedOn()).hasToString("2020-01-08");
        });
    }

    @Test
    void reportsEveryWrongValueWithItsLineAndColumn() {
        Result r = read("reference,channel,kind,receivedOn,repliedOn,announcedDelayDays\n"
                + "A-1,LETTER,COMPLAINT,2020-01-06,,\n"
                + "A-2,FAX,COMPLAINT,2020-13-06,,x\n"
                + "\n"
                + "A-3,LETTER,COMPLAINT,2020-01-06,2020-01-05,\n");
        assertThat(r.where()).containsExactly("3:channel", "3:receivedOn", "3:announcedDelayDays", "5:repliedOn");
        assertThat(r.accepted()).hasSize(1);
    }

    @Test
    void countsLinesOfQuotedValuesSpanningSeveralLines() {
        Result r = read("reference,channel,kind,receivedOn,redirectedOn,redirectedTo\n"
                + "A-1,LETTER,COMPLAINT,2020-01-06,2020-01-07,\"Direction\ndépartementale\"\n"
                + "A-2,LETTER,COMPLAINT,2020-01-06,2020-01-05,DDT\n");
        assertThat(r.where()).containsExactly("4:redirectedOn");
    }

    @Test
    void refusesAFileWithUnknownOrMissingColumnsAtItsHeader() {
        assertThat(read("reference,channel,colour\nA,LETTER,blue\n").where())
                .containsExactlyInAnyOrder("1:colour", "1:kind", "1:receivedOn");
        assertThat(read("").where()).containsExactly("1:null");
    }

    @Test
    void refusesALineWithTooFewValuesAndBrokenQuoting() {
        assertThat(read("reference,channel,kind,receivedOn\nA,LETTER\n").where()).containsExactly("2:null");
        assertThat(read("reference,channel,kind,receivedOn\nA,LETTER,COMPLAINT,2020-01-06\n\"B,LETTER\n").where())
                .containsExactly("3:null");
    }

    @Test
    void readsSemicolonSeparatedFiles() {
        Result r = read("reference;channel;kind;receivedOn\r\nA-1;EMAIL;SUGGESTION;2020-01-06\r\n");
        assertThat(r.rejected()).isEmpty();
        assertThat(r.accepted()).hasSize(1);
    }
}
