import '@tanstack/react-query';

interface TorreMutationMeta extends Record<string, unknown> {
  /** Do not refetch every query after this mutation succeeds. */
  skipInvalidate?: boolean;
  /** A 401 here is an expected answer (bad password), not an expired session. */
  skipAuthRedirect?: boolean;
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: TorreMutationMeta;
  }
}
