package nl.klantregistratie.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The login form's post, as a browser at this client address sends it (for MockMvc). */
public final class FormLogin {

    private FormLogin() {}

    public static MockHttpServletRequestBuilder from(String address, String username, String password) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
