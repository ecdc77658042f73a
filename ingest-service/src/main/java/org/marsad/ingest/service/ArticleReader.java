package org.marsad.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.inject.Singleton;
import org.marsad.ingest.domain.SubmittedArticle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one pushed article (a request body or an NDJSON line) into a {@link SubmittedArticle},
 * refusing invalid UTF-8 and malformed JSON with a message rather than an error status.
 */
@Singleton
public class ArticleReader {

    private final ObjectReader reader;

    public ArticleReader(ObjectMapper mapper) {
        this.reader = mapper.readerFor(SubmittedArticle.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public SubmittedArticle read(byte[] json) {
        String text = decodeUtf8(json);
        try {
            SubmittedArticle article = reader.readValue(text);
            if (article == null) {
                throw new InvalidArticleException("expected a JSON object");
            }
            return article;
        } catch (MismatchedInputException e) {
            throw new InvalidArticleException(e.getPath().isEmpty()
                    ? "expected a JSON object"
                    : field(e) + " must be a string");
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static String field(JsonMappingException e) {
        JsonMappingException.Reference last = e.getPath().get(e.getPath().size() - 1);
        return last.getFieldName() != null ? last.getFieldName() : "value";
    }

    /** Strict decoding: Jackson would otherwise let some invalid sequences through as replacement chars. */
    private static String decodeUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("not valid UTF-8");
        }
    }
}
