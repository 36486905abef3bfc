package io.wirewatch.kb;

import java.time.LocalDate;

/**
 * A person holding a role for a time: Dmitry Peskov, press secretary of the President of Russia,
 * since 2012-05-22.
 *
 * @param personId the holder's {@link KbEntity#id()}
 * @param roleId   stable role id: country and role code, e.g. {@code RUS.SPOKESPERSON}
 * @param code     the role code (HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, SPOKESPERSON, INTL_OFFICIAL)
 * @param country  ISO 3166-1 alpha-3 code of the role's country, or the organisation for international roles
 * @param nameEn   the role in English
 * @param nameRu   the role in Russian, or null
 * @param start    first day, or null when unknown
 * @param end      last day, or null while it lasts
 */
public record RoleHolding(String personId, String roleId, String code, String country, String nameEn, String nameRu,
        LocalDate start, LocalDate end) {

    public boolean heldOn(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
