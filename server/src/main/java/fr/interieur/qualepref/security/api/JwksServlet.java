package fr.interieur.qualepref.security.api;

import fr.interieur.qualepref.security.application.SigningKeys;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigInteger;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * The public keys that verify our tokens, as a JWKS (RFC 7517) at the well-known path other services look for. It is
 * outside {@code /api/v1} because its address is a convention, not part of our API. Retired keys stay listed until
 * the last token they signed has expired.
 */
@WebServlet(urlPatterns = "/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

    @Inject
    SigningKeys keys;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (SigningKeys.Loaded key : keys.published()) {
            ECPublicKey pub = key.publicKey();
            list.add(Json.createObjectBuilder()
                    .add("kty", "EC")
                    .add("crv", "P-256")
                    .add("x", coordinate(pub.getW().getAffineX()))
                    .add("y", coordinate(pub.getW().getAffineY()))
                    .add("kid", key.row().kid())
                    .add("use", "sig")
                    .add("alg", key.row().algorithm()));
        }
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        // Short: a verifier must see a new key soon after a rotation.
        resp.setHeader("Cache-Control", "public, max-age=60");
        resp.getWriter().write(Json.createObjectBuilder().add("keys", list).build().toString());
    }

    /** RFC 7518 §6.2.1.2: the coordinate as exactly 32 big-endian bytes, base64url without padding. */
    static String coordinate(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] fixed = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, fixed, 32 - copy, copy);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(fixed, 32));
    }
}
