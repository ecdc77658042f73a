package org.marsad.store.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.events.EnrichedArticle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of an articles.enriched message into an EnrichedArticle, or says why it cannot. */
@ApplicationScoped
public class ArticleReader {

    private final ObjectMapper json;

    public ArticleReader(ObjectMapper json) {
        this.json = json;
    }

    /** @throws InvalidArticleException for empty messages, invalid UTF-8 or JSON, and articles without id or outlet */
    public EnrichedArticle read(byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidArticleException("empty message");
        }
        EnrichedArticle article;
        try {
            article = json.readValue(strictUtf8(value), EnrichedArticle.class);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (article == null || article.id() == null || article.id().isBlank()) {
            throw new InvalidArticleException("article has no id");
        }
        if (article.outlet() == null || article.outlet().isBlank()) {
            throw new InvalidArticleException("article " + article.id() + " has no outlet");
        }
        return article;
    }

    // Jackson lets some malformed UTF-8 through (and replaces it); the contract says UTF-8, so we check it all.
    private static String strictUtf8(byte[] value) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("invalid UTF-8: " + e, e);
        }
    }
}
