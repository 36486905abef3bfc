package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * A filter value the API does not know is a 400 that names it and what is allowed, never an empty
 * 200: the values are checked before any store is read (none exists here).
 */
class QueryApiFiltersTest {
    private final QueryApi api = new QueryApi(null, null, Clock.systemUTC());

    private static QueryParams query(String query) {
        return new QueryParams(URI.create("/api/x?" + query));
    }

    @Test
    void anUnknownStatusTypeOrDateIsABadRequestNamingTheAllowedValues() {
        assertThatThrownBy(() -> api.events(query("status=BOGUS")))
                .isInstanceOf(QueryParams.BadRequestException.class)
                .hasMessageContaining("'BOGUS'").hasMessageContaining("RESUMED").hasMessageContaining("SUSPENDED");
        assertThatThrownBy(() -> api.events(query("type=BOGUS")))
                .hasMessageContaining("'BOGUS'").hasMessageContaining("TELEPHONE");
        assertThatThrownBy(() -> api.events(query("since=notadate")))
                .hasMessageContaining("'notadate'").hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> api.dyads(query("status=bogus"))).hasMessageContaining("RESUMED");
        assertThatThrownBy(() -> api.alerts(query("severity=LOUD"))).hasMessageContaining("WARNING");
        assertThatThrownBy(() -> api.topEntities(query("type=PEOPLE"))).hasMessageContaining("PERSON");
        assertThatThrownBy(() -> api.topEntities(query("window=week"))).hasMessageContaining("hour, day");
    }

    @Test
    void anUnknownParameterIsABadRequestListingTheKnownOnes() {
        assertThatThrownBy(() -> api.events(query("stauts=RESUMED")))
                .isInstanceOf(QueryParams.BadRequestException.class)
                .hasMessageContaining("'stauts'").hasMessageContaining("status");
    }

    @Test
    void knownValuesAreReadInAnyCase() {
        QueryParams params = query("status=resumed&since=2026-02-01");
        assertThat(params.enumValue("status", io.wirewatch.schema.ContactStatus.class).name()).isEqualTo("RESUMED");
        assertThat(params.date("since")).hasToString("2026-02-01");
    }
}
