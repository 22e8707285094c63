package nl.klantregistratie.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import nl.klantregistratie.test.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Through the real login form: the fifth wrong password in a row locks the account. */
class LockoutTest extends KaribuTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    MockMvc mvc;
    String username;

    @BeforeEach
    void account() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        login(Role.SUPPORT);
        username = UserAdminTest.uniqueUsername();
        users.createUser(username, "Lotte Lockout", Role.MEDEWERKER, UserAdminTest.GOOD_PASSWORD);
        logout();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        for (int i = 0; i < UserService.MAX_FAILED_LOGINS - 1; i++) {
            mvc.perform(formLogin("/login").user(username).password("verkeerd-" + i))
                    .andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(username).password(UserAdminTest.GOOD_PASSWORD))
                .andExpect(authenticated().withUsername(username));

        for (int i = 0; i < UserService.MAX_FAILED_LOGINS; i++) {
            mvc.perform(formLogin("/login").user(username).password("verkeerd-" + i))
                    .andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(username).password(UserAdminTest.GOOD_PASSWORD))
                .andExpect(unauthenticated());

        login(Role.SUPPORT);
        users.resetPassword(users.findByUsername(username).orElseThrow().getId(), "Na-de-blokkade-1");
        logout();
        mvc.perform(formLogin("/login").user(username).password("Na-de-blokkade-1"))
                .andExpect(authenticated().withUsername(username));
    }
}
