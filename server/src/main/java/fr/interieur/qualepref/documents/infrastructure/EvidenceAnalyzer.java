package fr.interieur.qualepref.documents.infrastructure;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French analysis for titles, extracted text and notes: elision (l', d', qu'…), lower case, French stop words, accent
 * folding (so "reclamation" finds "réclamation", as users type without accents), then light French stemming (plural
 * and feminine forms). Lucene's own FrenchAnalyzer keeps accents, hence this chain. Stop words are removed before
 * folding, since the stop list is written with accents.
 */
public final class EvidenceAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream t = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        t = new LowerCaseFilter(t);
        t = new StopFilter(t, FrenchAnalyzer.getDefaultStopSet());
        t = new ASCIIFoldingFilter(t);
        t = new FrenchLightStemFilter(t);
        return new TokenStreamComponents(source, t);
    }

    /** Prefix and wildcard terms are not stemmed, but they are folded like the indexed text. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
