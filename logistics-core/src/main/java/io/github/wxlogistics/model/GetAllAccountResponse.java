package io.github.wxlogistics.model;

import java.util.List;

/**
 * getAllAccount's reply.
 *
 * @param count number of accounts
 * @param list  the accounts
 */
public record GetAllAccountResponse(int count, List<Account> list) {

    /**
     * Copies {@code list}, reading {@code null} as empty.
     *
     * @param count number of accounts
     * @param list the accounts
     */
    public GetAllAccountResponse {
        list = list == null ? List.of() : List.copyOf(list);
    }
}
