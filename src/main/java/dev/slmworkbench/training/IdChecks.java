package dev.slmworkbench.training;

import java.util.List;
import java.util.regex.Pattern;

/** The contract's id rule: anything else is refused before an upstream call is made. */
public final class IdChecks {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private IdChecks() {
    }

    public static boolean isValid(String id) {
        // "." and ".." would name another path of the upstream, not an item.
        return id != null && VALID.matcher(id).matches() && !id.chars().allMatch(c -> c == '.');
    }

    /** Returns the id, or throws a 400 naming the field when it breaks the contract's pattern. */
    public static String check(String field, String id) {
        if (!isValid(id)) {
            throw new InvalidRequestException("This id is not valid.",
                    List.of(new FieldError(field, "Ids are 1 to 128 letters, digits, '.', '_', ':' or '-', "
                            + "and not only dots.")));
        }
        return id;
    }
}
