package mfainspector.lookup;

import java.util.List;

/** One page of a keyword search: the users on it and how many match in all. */
public record UserPage(int totalCount, List<ManagedUser> users) {

    public UserPage {
        users = List.copyOf(users);
    }
}
