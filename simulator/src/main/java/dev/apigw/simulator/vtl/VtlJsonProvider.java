package dev.apigw.simulator.vtl;

import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.spi.json.AbstractJsonProvider;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Lets Jayway JsonPath walk our {@link JsonObject}/{@link JsonArray} documents. Reads raw values so JSON nulls stay
 * null inside JSONPath (the sentinel is only for what templates see).
 */
final class VtlJsonProvider extends AbstractJsonProvider {

    @Override
    public Object parse(String json) {
        try {
            return JsonBodyReader.parse(json);
        } catch (IllegalArgumentException e) {
            throw new InvalidJsonException(e);
        }
    }

    @Override
    public Object parse(InputStream jsonStream, String charset) {
        throw new UnsupportedOperationException("documents are parsed from strings");
    }

    @Override
    public String toJson(Object obj) {
        return JsonText.write(obj);
    }

    @Override
    public Object createArray() {
        return new JsonArray();
    }

    @Override
    public Object createMap() {
        return new JsonObject();
    }

    @Override
    public Object getMapValue(Object obj, String key) {
        Map<?, ?> map = (Map<?, ?>) obj;
        if (!map.containsKey(key)) {
            return UNDEFINED;
        }
        return obj instanceof JsonObject json ? json.raw(key) : map.get(key);
    }

    @Override
    public Object getArrayIndex(Object obj, int idx) {
        return obj instanceof JsonArray json ? json.raw(idx) : ((List<?>) obj).get(idx);
    }
}
