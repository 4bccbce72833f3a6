package dev.slmworkbench.api.datasets.check;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One JSON record as its tokens pass, remembering only what the checks need: whether it is an
 * object, and for each mapped field its type and whether it is blank; for a chat's messages, each
 * turn's role and content. Fed token by token ({@link #token}); nothing of the text is kept.
 */
final class JsonRecord {

    static final Set<String> CHAT_ROLES = Set.of("system", "user", "assistant", "tool");

    private final FieldMapping mapping;
    /** The mapped column names, to their place in {@link #columns}. */
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final String[] columns;
    private final String[] roles;
    /** Per mapped column, for the record in progress: its value's type (null: absent), and whether it is blank. */
    private final String[] typeOf;
    private final boolean[] blank;

    private JsonToken first;
    private int depth;
    private String key;
    /** The mapped column whose value is being read, or -1. */
    private int mapped = -1;
    private boolean inMessages;
    private int turn;
    private String turnRole;
    private String turnContentType;
    private boolean turnContentBlank;
    private String turnKey;
    private String turnProblem;
    private boolean learnable;

    JsonRecord(FieldMapping mapping) {
        this.mapping = mapping;
        this.columns = new String[mapping.fields().size()];
        this.roles = new String[columns.length];
        int i = 0;
        for (Map.Entry<String, String> field : mapping.fields().entrySet()) {
            roles[i] = field.getKey();
            columns[i] = field.getValue();
            indexOf.putIfAbsent(field.getValue(), i++);
        }
        this.typeOf = new String[columns.length];
        this.blank = new boolean[columns.length];
    }

    /** Ready for the next record (one instance serves a whole file). */
    JsonRecord reset() {
        java.util.Arrays.fill(typeOf, null);
        java.util.Arrays.fill(blank, false);
        first = null;
        depth = 0;
        key = null;
        mapped = -1;
        inMessages = false;
        turn = 0;
        turnRole = null;
        turnContentType = null;
        turnContentBlank = false;
        turnKey = null;
        turnProblem = null;
        learnable = false;
        return this;
    }

    /** Takes the next token (the parser is on it); true once the record is whole. */
    boolean token(JsonToken token, JsonParser parser) throws IOException {
        if (first == null) {
            first = token;
            depth = token.isStructStart() ? 1 : 0;
            return depth == 0;
        }
        if (first != JsonToken.START_OBJECT) {
            depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
            return depth == 0;
        }
        if (token.isStructEnd()) {
            depth--;
            if (inMessages) {
                messagesEnd();
            }
            if (depth == 1) {
                mapped = -1;
            }
            return depth == 0;
        }
        if (depth == 1) {
            if (token == JsonToken.FIELD_NAME) {
                key = parser.currentName();
                return false;
            }
            Integer index = key == null ? null : indexOf.get(key);
            mapped = index == null ? -1 : index;
            if (mapped >= 0) {
                typeOf[mapped] = type(token);
                blank[mapped] = token == JsonToken.VALUE_STRING ? blank(parser) : token == JsonToken.VALUE_NULL;
                inMessages = mapping.kind() == DatasetKind.CHAT && token == JsonToken.START_ARRAY;
            }
        } else if (inMessages) {
            messagesToken(token, parser);
        }
        if (token.isStructStart()) {
            depth++;
        }
        return false;
    }

    /** Inside a chat's messages: depth 2 holds the turns, depth 3 a turn's keys. */
    private void messagesToken(JsonToken token, JsonParser parser) throws IOException {
        if (depth == 2) {
            turn++;
            turnRole = null;
            turnContentType = null;
            turnContentBlank = true;
            if (token != JsonToken.START_OBJECT && turnProblem == null) {
                turnProblem = "turn " + turn + " of \"" + mapping.fields().get("messages") + "\" is " + article(type(token))
                        + ", not an object with role and content.";
            }
        } else if (depth == 3) {
            if (token == JsonToken.FIELD_NAME) {
                turnKey = parser.currentName();
            } else if ("role".equals(turnKey)) {
                turnRole = token == JsonToken.VALUE_STRING ? parser.getText() : "";
                turnKey = null;
            } else if ("content".equals(turnKey)) {
                turnContentType = type(token);
                turnContentBlank = token != JsonToken.VALUE_STRING || blank(parser);
                turnKey = null;
            } else {
                turnKey = null;
            }
        }
    }

    /** A turn's object or the messages array has just closed (depth is already the one outside it). */
    private void messagesEnd() {
        if (depth == 2) {
            turnEnded();
        } else if (depth == 1) {
            inMessages = false;
        }
    }

    private void turnEnded() {
        if (turnProblem != null) {
            return;
        }
        String where = "turn " + turn + " of \"" + mapping.fields().get("messages") + "\"";
        if (turnRole == null) {
            turnProblem = where + " has no role.";
        } else if (!CHAT_ROLES.contains(turnRole)) {
            turnProblem = where + " has the role \"" + turnRole + "\"; a role is system, user, assistant or tool.";
        } else if (turnContentType == null) {
            turnProblem = where + " has no content.";
        } else if (!"text".equals(turnContentType) && !"nothing".equals(turnContentType)) {
            turnProblem = where + "'s content is " + article(turnContentType) + ", not text.";
        } else if ("assistant".equals(turnRole) && !turnContentBlank) {
            learnable = true;
        }
    }

    /** Whether the string the parser is on holds only white space (read without making a String). */
    private static boolean blank(JsonParser parser) throws IOException {
        char[] text = parser.getTextCharacters();
        int end = parser.getTextOffset() + parser.getTextLength();
        for (int i = parser.getTextOffset(); i < end; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    /** What is wrong with the whole record, as a sentence; null when nothing. */
    String problem() {
        if (first != JsonToken.START_OBJECT) {
            return "the record is " + article(type(first)) + ", not a JSON object.";
        }
        for (int i = 0; i < columns.length; i++) {
            String role = roles[i];
            String column = columns[i];
            int slot = indexOf.get(column);
            String type = typeOf[slot];
            String what = "\"" + column + "\" (the " + FieldMapping.label(role) + ")";
            if (type == null) {
                if (!mapping.kind().optional(role)) {
                    return "there is no " + what + ".";
                }
            } else if (mapping.kind() == DatasetKind.CHAT) {
                if (!"list".equals(type)) {
                    return what + " is " + article(type) + ", not a list of turns.";
                }
                if (turnProblem != null) {
                    return turnProblem;
                }
                if (turn == 0) {
                    return what + " has no turns.";
                }
                if (!learnable) {
                    return what + " has no assistant turn with content to learn from.";
                }
            } else if ("nothing".equals(type) && mapping.kind().optional(role)) {
                continue;
            } else if (!"text".equals(type)) {
                return what + " is " + article(type) + ", not text.";
            } else if (mapping.kind().target(role) && blank[slot]) {
                return what + " is empty.";
            }
        }
        return null;
    }

    private static String type(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false value";
            case VALUE_NULL -> "nothing";
            default -> "value";
        };
    }

    private static String article(String type) {
        return switch (type) {
            case "nothing" -> "null";
            case "object", "true/false value" -> "an " + (type.equals("object") ? "object" : "true/false value");
            default -> "a " + type;
        };
    }
}
