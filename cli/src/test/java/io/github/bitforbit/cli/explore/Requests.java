package io.github.bitforbit.cli.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;

/** Request bodies for the explorer's tests. */
final class Requests {

    static final ObjectMapper JSON = new ObjectMapper();

    private Requests() {
    }

    /** A request for dprk-2018 with the two default designs, 2,000 runs, seed 0. */
    static ObjectNode dprk() {
        ObjectNode o = JSON.createObjectNode().put("scenario", "dprk-2018").put("runs", 2000).put("seed", 0);
        o.putArray("designs").add("all-or-nothing").add("bit-for-bit");
        return o;
    }

    /** The parsed request. */
    static ExplorerRequest parse(ObjectNode o) {
        return ExplorerRequest.parse(bytes(o));
    }

    static byte[] bytes(ObjectNode o) {
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }
}
