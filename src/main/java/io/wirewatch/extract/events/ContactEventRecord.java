package io.wirewatch.extract.events;

import io.wirewatch.extract.text.TextRange;
import java.util.List;

/**
 * A diplomatic contact an article reports.
 *
 * @param type       PLOVER-style type (CONSULT, MEET, TELEPHONE, VISIT, NEGOTIATE, REDUCE_RELATIONS)
 * @param cameo      CAMEO code (040, 036...)
 * @param mode       how it is held
 * @param actors     the sides, initiator first where the text says who initiates
 * @param status     where it stands
 * @param level      at what level it is held
 * @param eventDate  when it happens or happened, as precise as the text says (2026-01), or null
 * @param evidence   the sentences that report it, in text order
 * @param confidence 0 to 1
 * @param goldstein  the CAMEO code's Goldstein value (-10 conflict to +10 cooperation)
 */
public record ContactEventRecord(ContactType type, String cameo, ContactMode mode, List<EventActor> actors,
        ContactStatus status, ContactLevel level, String eventDate, List<TextRange> evidence, double confidence, double goldstein) {
    public ContactEventRecord {
        actors = List.copyOf(actors);
        evidence = List.copyOf(evidence);
    }

    /** One side: a country code (ISO alpha-3) or an organisation's code (EU), the entity that stands for it, its sector. */
    public record EventActor(String code, String entityId, String sector, boolean initiator) {
    }
}
