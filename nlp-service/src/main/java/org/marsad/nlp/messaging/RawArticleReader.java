package org.marsad.nlp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.events.RawArticle;
import org.marsad.nlp.config.NlpConfig;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a {@link RawArticle} from the bytes of a Kafka record, strictly: the contract says UTF-8 JSON with
 * id, outlet, title, fetchedAt and source, and anything else is rejected with a reason a person can act on.
 */
@ApplicationScoped
public class RawArticleReader {

    private final ObjectMapper mapper;
    private final int maxTextChars;

    public RawArticleReader(ObjectMapper mapper, NlpConfig config) {
        this.mapper = mapper;
        this.maxTextChars = config.maxTextChars();
    }

    public RawArticle read(byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidArticleException("empty message: expected a RawArticle as JSON");
        }
        String json = decodeUtf8(value);
        RawArticle article;
        try {
            article = mapper.readValue(json, RawArticle.class);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("not a RawArticle in JSON: " + e.getOriginalMessage(), e);
        }
        if (article == null) {
            throw new InvalidArticleException("not a RawArticle in JSON: null");
        }
        requireText(article.id(), "id");
        requireText(article.outlet(), "outlet");
        if (article.title() == null) {
            throw new InvalidArticleException("missing required field 'title'");
        }
        if (article.fetchedAt() == null) {
            throw new InvalidArticleException("missing required field 'fetchedAt'");
        }
        requireText(article.source(), "source");
        long chars = (long) article.title().length() + length(article.body()) + length(article.html());
        if (chars > maxTextChars) {
            throw new InvalidArticleException("article too large: " + chars + " characters, the limit is "
                    + maxTextChars + " (marsad.nlp.max-text-chars)");
        }
        return article;
    }

    private static String decodeUtf8(byte[] value) {
        try {
            // a strict decoder: the default String constructor would silently turn bad bytes into U+FFFD
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("message is not valid UTF-8: " + e.getMessage(), e);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidArticleException("missing required field '" + field + "'");
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
